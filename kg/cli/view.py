"""kg view"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import UsageError
from .app import app, console


@app.command()
def view(
    graph: str = typer.Argument(..., metavar="GRAPH",
                                help="A graph file (.ttl .trig .nt .nq .jsonld) or a `kg build` output directory."),
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="HTML file to write, or - for stdout (default: view.html beside GRAPH)."),
    open_page: bool = typer.Option(False, "--open", help="Open the page in the default web browser."),
    focus: Optional[str] = typer.Option(None, "--focus", "-f", metavar="LABEL",
                                        help="Show only the neighbourhood of this entity (label, alias or IRI)."),
    hops: int = typer.Option(1, "--hops", "-n", min=0, help="With --focus: how many relations away to reach."),
    query: Optional[Path] = typer.Option(None, "--query", "-q", metavar="FILE.rq",
                                         help="Show what a SPARQL query picks: a CONSTRUCT's entities and relations, "
                                              "or the entities a SELECT binds (with the relations among them)."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title (default: the graph's name)."),
    max_nodes: int = typer.Option(5000, "--max-nodes", min=1,
                                  help="Most entities drawn; beyond, the top ones by PageRank, with a note."),
    max_edges: int = typer.Option(20000, "--max-edges", min=0, help="Most relations drawn."),
    observations: Optional[bool] = typer.Option(None, "--observations/--no-observations",
                                                help="Draw numbers as small nodes beside their entity "
                                                     "(default: when the graph is small)."),
):
    """Write the interactive network page of GRAPH: entities coloured by class, sized by
    importance, relations as labelled arrows, numbers beside their entity; click a node for its
    facts and their source sentences. The page is one offline HTML file (no network needed)."""
    from ..store import graph_file, load_dataset
    from ..view import render_html, write_page

    path = graph_file(graph)  # a clear error for a missing file before any work
    text = None
    if query is not None:
        if not query.is_file():
            raise UsageError(f"{query}: no such query file")
        try:
            text = query.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"{query}: cannot read: {e}") from None
    dataset = load_dataset(path)
    name = title or (Path(graph).resolve().name if Path(graph).is_dir() else path.stem)
    page = render_html(dataset, title=name, focus=focus, hops=hops, query=text, max_nodes=max_nodes,
                       max_edges=max_edges, observations=observations)
    if str(out) == "-":
        sys.stdout.write(page)
        return
    target = out or path.parent / "view.html"
    write_page(page, target)
    console.print(f"wrote {target}", markup=False, highlight=False)
    if open_page:
        import webbrowser
        webbrowser.open(target.resolve().as_uri())
