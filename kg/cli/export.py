"""kg export"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .app import app, err_console


@app.command()
def export(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A build directory or a graph file (.ttl .trig .nt .nq .jsonld)."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", metavar="FMT",
        help="turtle (default), trig, nquads, ntriples, jsonld, graphml or csv. "
             "Guessed from the --out suffix when not given."),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", metavar="FILE",
        help="Where to write (atomically). Default: standard output. For csv: a directory that gets nodes.csv and edges.csv."),
    include_ontology: bool = typer.Option(
        False, "--include-ontology",
        help="Add the ontology's triples (ontology/kg.ttl); in trig/nquads/jsonld as the named graph "
             "<https://w3id.org/kg-news/ontology>."),
    document: Optional[str] = typer.Option(
        None, "--document", "-d", metavar="ID",
        help="Export only this document's named graph (and its metadata): its id, kgdoc:ID or full IRI."),
):
    """Export the graph for other tools: RDF (turtle, trig, nquads, ntriples, jsonld), GraphML, or CSV.

    trig, nquads and jsonld keep one named graph per document, with provenance; turtle and ntriples hold the union of all graphs. graphml and csv hold the entity network: entities as nodes with label and class, relations as edges with their predicate, the numbers of the news as node attributes.

    The csv pair loads as it is in Gephi and with Neo4j's LOAD CSV WITH HEADERS. nodes.csv: Id, Label, Class, Kind, Aliases, Documents, then one column per observation. edges.csv: Source, Target, Type, Label, Predicate, Weight, Sentence, Document, Confidence.

    Example: kg export out --format jsonld --out graph.jsonld

    Example: kg export out --format csv --out tables/
    """
    from ..export import export as run_export, format_for
    from ..store import load_dataset

    fmt = format_for(out, fmt)  # a bad format fails before the graph is read
    data = run_export(load_dataset(source), fmt, out, document=document, include_ontology=include_ontology)
    if out is None:
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:  # `kg export out | head`: the reader has all it wants
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        for path in data:
            err_console.print(f"wrote {path}", markup=False, highlight=False)
