"""kg serve"""
from __future__ import annotations

import sys

import typer

from .app import app, err_console


@app.command()
def serve(
    source: str = typer.Argument(..., metavar="SOURCE",
                                 help="A graph file (.ttl .trig .nt .nq .jsonld) or a build directory."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind. Loopback by default; "
                             "anything else exposes the graph to the network."),
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, help="TCP port (0 picks a free one)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds a query may run before it is stopped (503)."),
    max_rows: int = typer.Option(10000, "--max-rows", help="Largest result, in rows or triples, before a query is refused (400)."),
    workers: int = typer.Option(2, "--workers", "-w", help="Query worker processes (queries run in parallel)."),
    allow_update: bool = typer.Option(False, "--allow-update",
                                      help="Accept SPARQL Update (in memory only; the graph file is not changed). "
                                           "Off by default: updates get 403."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log requests."),
):
    """Serve a graph as a SPARQL 1.1 endpoint, with a query page at / .

    Endpoint: http://HOST:PORT/sparql (GET ?query=, POST form or application/sparql-query).
    Results as JSON, XML, CSV or TSV; graphs as Turtle, N-Triples or JSON-LD, chosen by the
    Accept header or ?format=. Read-only by default; SERVICE and LOAD are always refused,
    so no query makes the server fetch anything.
    """
    from ..server import serve as run_server

    def ready(url: str) -> None:
        mode = "read-write" if allow_update else "read-only"
        err_console.print(f"kg serve: {source} at {url}  (SPARQL endpoint {url}sparql, {mode}; Ctrl-C stops)",
                          markup=False, highlight=False, soft_wrap=True)
        sys.stderr.flush()

    try:
        run_server(source, host, port, workers=workers, timeout=timeout, max_rows=max_rows,
                   allow_update=allow_update, quiet=quiet, ready=ready)
    except KeyboardInterrupt:
        pass
