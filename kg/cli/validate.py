"""kg validate"""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from .app import app, console


@app.command()
def validate(
    source: Path = typer.Argument(..., metavar="GRAPH", help="A graph file (.ttl .trig .nt .nq .jsonld) or a build directory."),
    limit: int = typer.Option(50, "--limit", help="Show at most this many violations."),
):
    """Check a graph against kg's SHACL shapes (ontology/shapes.ttl). Exit 1 if it does not conform."""
    from ..rdf import union
    from ..store import load_dataset
    from ..validate import validate as run

    g = union(load_dataset(source))
    conforms, violations = run(g)
    if conforms:
        console.print(f"{source}: conforms to kg's shapes ({len(g)} triples)", markup=False, highlight=False)
        return
    t = Table(title=f"{len(violations)} SHACL violation(s) in {source}")
    for col in ("focus node", "path", "message"):
        t.add_column(col, overflow="fold")
    for v in violations[:limit]:
        t.add_row(v.focus, v.path, v.message)
    console.print(t)
    if len(violations) > limit:
        console.print(f"... and {len(violations) - limit} more (use --limit)")
    raise typer.Exit(1)
