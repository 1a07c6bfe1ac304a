"""Extractors: small components registered by name, each reading one kind of fact.

An extractor factory takes the pipeline config (a dict) and returns a callable
``extract(doc, facts)`` that reads a spaCy ``Doc`` and adds to a ``DocFacts``.
"""
from __future__ import annotations

from typing import Callable

REGISTRY: dict[str, Callable] = {}


def register(name: str):
    """Decorator: make an extractor factory available to pipelines under ``name``."""
    def deco(factory):
        REGISTRY[name] = factory
        return factory
    return deco


def get(name: str):
    _load_builtins()
    if name not in REGISTRY:
        raise KeyError(f"unknown extractor {name!r}; known: {', '.join(sorted(REGISTRY))}")
    return REGISTRY[name]


def _load_builtins():
    from . import containment, entities, focus, observations, owner_ranker, relations, roles  # noqa: F401  (registers them)
