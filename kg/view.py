"""The interactive network page (placeholder until issue 4: pyvis, offline)."""
from __future__ import annotations

import html


def render_html(dataset) -> str:
    n = len(set(dataset.subjects()))
    return f"<!doctype html><meta charset=utf-8><title>kg</title><p>{html.escape(str(n))} nodes</p>"
