"""The `kg` command line: one module per subcommand, each registering on ``app``."""
from __future__ import annotations

import sys

from ..errors import KgError
from .app import app, err_console

COMMANDS = ("build", "validate", "view", "query", "serve", "export", "push")


def main(argv: list[str] | None = None) -> int:
    import importlib

    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}")
    try:
        app(args=argv, prog_name="kg")  # standalone: usage errors exit 2, typer.Exit(n) exits n
    except KgError as e:
        err_console.print(f"kg: error: {e}", markup=False, highlight=False, soft_wrap=True)
        return e.exit_code
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except KeyboardInterrupt:
        return 130
    return 0


def run() -> None:
    sys.exit(main())
