"""kg query"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import UsageError
from .app import app, console

FORMAT_HELP = ("Output: table (default), csv, tsv, json, xml for SELECT/ASK; turtle (default), "
               "ntriples, jsonld (or table) for CONSTRUCT/DESCRIBE.")


@app.command()
def query(
    source: Optional[str] = typer.Argument(None, metavar="SOURCE",
                                           help="A graph file (.ttl .trig .nt .nq .jsonld) or a build directory."),
    query_arg: Optional[str] = typer.Argument(None, metavar="QUERY",
                                              help="A .rq file, or the name of a saved query (see --list)."),
    expr: Optional[str] = typer.Option(None, "--expr", "-e", metavar="TEXT", help="The query text itself."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
    param: List[str] = typer.Option([], "--param", "-p", metavar="NAME=VALUE",
                                    help="Bind ?NAME to VALUE: place:Beijing, <iri>, 42, 5.4, \"text\"@en, "
                                         "\"2024\"^^xsd:gYear, or plain text. Repeatable."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the result to this file (atomically)."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the saved queries and their parameters, then exit."),
    show: bool = typer.Option(False, "--show", help="Print the query text (after resolving a saved name) and exit."),
):
    """Run a SPARQL query over a built graph.

    The prefixes kg, rdf, rdfs, owl, skos, xsd, prov, dcterms, kgdoc and one per node kind
    (place, organization, person, product, indicator, ...) are predeclared. Plain triple
    patterns see every document's facts; GRAPH kgdoc:<id> { ... } sees one document's.

    Examples:

      kg query out suppliers --param product=product:SU7-Ultra

      kg query out -e 'SELECT ?p WHERE { ?p a kg:Person }' --format csv
    """
    from ..sparql import resolve_query, run_query, saved_queries

    if list_:
        print_list(saved_queries())
        return
    if source is None:
        raise UsageError("missing SOURCE: a graph file or build directory (see kg query --help)")
    if expr is not None and query_arg is not None:
        raise UsageError("give either QUERY or -e TEXT, not both")
    if expr is None and query_arg is None:
        if show:  # `kg query NAME --show`: SOURCE is the query
            source, query_arg = None, source
        else:
            raise UsageError("missing QUERY: a .rq file, a saved query's name, or -e 'TEXT'")
    label, text = ("-e", expr) if expr is not None else resolve_query(query_arg)
    if show:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        result = run_query(source, text, param)
    except Exception as e:
        from ..sparql import QueryError
        if isinstance(e, QueryError) and label != "-e":
            raise QueryError(f"{label}: {e}") from None
        raise
    name = fmt or ("turtle" if result.kind == "graph" else "table")
    data = result.serialize(name)
    if out is not None:
        from ..files import atomic_write
        atomic_write(out, data)
    else:
        sys.stdout.buffer.write(data)
        if data and not data.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()


def print_list(saved) -> None:
    from rich.table import Table
    from rich.text import Text

    t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    t.add_column("name", no_wrap=True)
    t.add_column("answers")
    t.add_column("parameters")
    for q in saved.values():
        t.add_row(Text(q.name), Text(q.title), Text(", ".join(f"?{p}" for p in q.params)))
    console.print(t)
