"""Shared fixtures: the real spaCy model (loaded once) and the seeds' build."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def _prefix_block() -> str:
    from rdflib import Graph
    from kg.rdf import bind_prefixes
    g = Graph(bind_namespaces="none")
    bind_prefixes(g)
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(g.namespaces()))


PREFIXES = "\n" + _prefix_block()  # kg's prefixes, for graphs written by hand in tests


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_model
    return load_model()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from kg.pipeline import Pipeline, load_config
    return Pipeline(load_config(), nlp=nlp)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory, pipeline):
    """The seeds built once per session with the real pipeline; returns the output directory."""
    from kg.builder import build, write_outputs
    out = tmp_path_factory.mktemp("seeds-out")
    result = build([str(SEEDS)], pipeline=pipeline)
    write_outputs(result, out)
    return out


@pytest.fixture
def extract(pipeline):
    """Run the full pipeline on one text and return its DocFacts (resolved)."""
    from kg.model import Document
    from kg.resolve import resolve

    def run(text: str, date=None):
        import datetime as dt
        doc = Document(id="t", text=text, date=date or dt.date(2025, 3, 20))
        facts = pipeline.extract(pipeline.nlp(text), doc)
        resolve([facts])
        return facts
    return run
