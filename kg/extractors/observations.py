"""Observations (to be filled in: see issue 3)."""
from __future__ import annotations

from ..model import DocFacts
from . import register


@register("observations")
def make_observations(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        return None
    return extract
