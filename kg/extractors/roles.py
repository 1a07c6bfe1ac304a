"""Roles (to be filled in: see issue 3)."""
from __future__ import annotations

from ..model import DocFacts
from . import register


@register("roles")
def make_roles(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        return None
    return extract
