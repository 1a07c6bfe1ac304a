"""kg push"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .app import app, console, err_console


@app.command()
def push(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A build directory or a graph file (.ttl .trig .nt .nq .jsonld)."),
    endpoint: str = typer.Option(
        ..., "--endpoint", "-e", metavar="URL",
        help="The store's Graph Store Protocol URL (Oxigraph: http://HOST:7878/store, Fuseki: .../DATASET/data), "
             "or its SPARQL Update URL (.../update)."),
    graph: Optional[str] = typer.Option(
        None, "--graph", "-g", metavar="IRI",
        help="Put every triple into this one named graph. Default: one named graph per document, "
             "document metadata in the default graph."),
    replace: bool = typer.Option(
        False, "--replace",
        help="Replace the content of the --graph (or, per document, of the default graph) instead of adding "
             "to it. Document graphs are always replaced."),
    protocol: str = typer.Option(
        "auto", "--protocol", metavar="PROTO",
        help="gsp (Graph Store HTTP Protocol), update (SPARQL Update), or auto: gsp, falling back to update "
             "when the URL does not take graph uploads."),
    user: Optional[str] = typer.Option(None, "--user", "-u", help="User for HTTP basic auth; the password is read from --password-env."),
    password_env: str = typer.Option("KG_PUSH_PASSWORD", "--password-env", metavar="VAR",
                                     help="Environment variable holding the basic-auth password."),
    header_env: List[str] = typer.Option(
        [], "--header-env", metavar="VAR",
        help="Environment variable holding a whole header, e.g. 'Authorization: Bearer TOKEN' (repeatable)."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries on connection errors, timeouts and HTTP 408/429/5xx."),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1, help="Seconds to wait for each answer."),
    chunk: int = typer.Option(50_000, "--chunk", min=1, metavar="N",
                              help="At most N triples per request: a larger graph goes in several (the first "
                                   "replaces, the others add)."),
):
    """Load the graph into a triple store over HTTP (SPARQL 1.1 Graph Store Protocol or SPARQL Update).

    Pushing the same build again replaces rather than duplicates: each document's named graph is replaced as a whole. HTTP 4xx errors fail at once with the store's message; connection errors, timeouts, 408, 429 and 5xx are retried with backoff.

    Example: kg push out --endpoint http://127.0.0.1:7878/store

    Example: KG_PUSH_PASSWORD=... kg push out -e https://db.example/ds/data --user admin --graph https://example.org/news --replace
    """
    from ..push import Store, auth_headers, push as run_push
    from ..store import load_dataset

    store = Store(endpoint, protocol=protocol, headers=auth_headers(user, password_env, tuple(header_env)),
                  retries=retries, timeout=timeout, chunk=chunk)
    report = run_push(load_dataset(source), store, graph=graph, replace=replace)
    if graph is None and report.graphs == ["(default graph)"]:
        err_console.print(f"kg: note: {source} has no named graphs, so its triples were added to the store's "
                          "default graph (push a build directory to get one graph per document, or use "
                          "--graph IRI --replace)", markup=False, highlight=False)
    console.print(f"pushed {report.triples} triples in {len(report.graphs)} graph(s) to {report.endpoint} "
                  f"({report.protocol}, {report.requests} request(s))", markup=False, highlight=False)
