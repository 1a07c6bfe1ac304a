"""The typer app every subcommand module registers on."""
from __future__ import annotations

import typer
from rich.console import Console

from .. import __version__

app = typer.Typer(
    name="kg",
    help="Build an RDF knowledge graph from news articles, then query, view and export it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
console = Console(emoji=False, highlight=False)
err_console = Console(stderr=True, emoji=False, highlight=False)


def _version(value: bool):
    if value:
        console.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print kg's version and exit.")):
    """kg turns news articles into an RDF knowledge graph: entities, relations,
    observations (the numbers of the news) and where each fact came from."""
