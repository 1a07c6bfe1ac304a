"""Annotated article sets for training: the articles of a directory read by the pipeline, and its checks.

A set is a directory of articles with an expected.yaml in the checker's format (``seeds/`` takes
``../shared/eval/seeds.yaml``). Labels are matched as ``../shared/eval/check_cq.py`` matches them.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ingest import expand, read_files  # noqa: E402
from kg.pipeline import Pipeline, load_config  # noqa: E402
from kg.resolve import resolve  # noqa: E402


def norm(text: str) -> str:  # the checker's label normalisation
    t = unicodedata.normalize("NFKC", str(text)).lower()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2013", "-")
    t = re.sub(r"[-_]+", " ", t)
    t = re.sub(r"[^\w' .%/]+", " ", t)
    t = re.sub(r"\s+", " ", t).strip(" .'")
    return re.sub(r"^the ", "", t)


def alts(spec) -> list[str]:
    if isinstance(spec, list):
        return [a for s in spec for a in alts(s)]
    return [a.strip() for a in str(spec).split("|") if a.strip()]


def same(a, b) -> bool:
    a, b = abs(Decimal(str(a))), abs(Decimal(str(b)))
    return abs(a - b) <= Decimal("1e-6") * max(Decimal(1), b)


def checks(directory: Path, kind: str) -> list[dict]:
    """The set's checks of one kind ('obs', 'rel', ...), optional ones included (they are true)."""
    y = directory / "expected.yaml"
    if not y.exists():
        y = ROOT.parent / "shared/eval/seeds.yaml"
    return [c[kind] for c in yaml.safe_load(y.read_text())["checks"] if kind in c]


def pipeline_before(stage: str) -> Pipeline:
    """The default pipeline up to (not including) ``stage``: what that stage sees when it runs."""
    names = load_config()["extractors"]
    return Pipeline(load_config(extractors=names[:names.index(stage)] if stage in names else names))


def read_set(directory: Path, pipe: Pipeline):
    """[(spaCy doc, DocFacts)] for the set's articles, resolved; and the entities by key."""
    docs = [d for d in read_files(list(expand([str(directory)]))) if not isinstance(d, Exception)]
    read = []
    for d in docs:
        doc = pipe.nlp(d.text)
        read.append((doc, pipe.extract(doc, d)))
    return read, resolve([f for _, f in read])


def names_of(m, entities) -> set[str]:
    """The normalised labels the checker would match the mention's entity by."""
    e = entities.get(m.entity) if m.entity else None
    return ({norm(e.label)} | {norm(a) for a in e.aliases}) if e else {norm(m.key_text)}
