"""The pipeline: spaCy model + extractors, assembled from a config dict (or TOML file)."""
from __future__ import annotations

import tomllib
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from . import extractors
from .errors import UsageError
from .model import DocFacts, Document
from .nlp import DEFAULT_MODEL, load_model

DEFAULT_CONFIG = {
    "model": DEFAULT_MODEL,
    "extractors": ["entities", "roles", "relations", "containment", "observations", "owner_ranker", "focus"],
    "batch_size": 16,
}


def load_config(path: str | Path | None = None, **overrides) -> dict:
    """DEFAULT_CONFIG, updated from a TOML file's [pipeline] table and keyword overrides."""
    config = dict(DEFAULT_CONFIG)
    if path:
        try:
            with open(path, "rb") as f:
                config.update(tomllib.load(f).get("pipeline", {}))
        except OSError as e:
            raise UsageError(f"{path}: cannot read the config: {e.strerror or e}") from e
        except tomllib.TOMLDecodeError as e:
            raise UsageError(f"{path}: not valid TOML: {e}") from e
    config.update({k: v for k, v in overrides.items() if v is not None})
    check_config(config, path or "config")
    return config


def check_config(config: dict, where) -> None:
    """Fail early, before a model loads, on unknown keys or extractors."""
    unknown = set(config) - set(DEFAULT_CONFIG)
    if unknown:
        raise UsageError(f"{where}: unknown [pipeline] key(s): {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(DEFAULT_CONFIG)})")
    names = config["extractors"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise UsageError(f"{where}: extractors must be a list of names")
    for name in names:
        try:
            extractors.get(name)
        except KeyError as e:
            raise UsageError(f"{where}: {e.args[0]}") from e


class Pipeline:
    """Documents -> DocFacts. One model load per pipeline; nlp.pipe batches the text."""

    def __init__(self, config: dict | None = None, nlp=None):
        self.config = load_config(**(config or {})) if config is None or "model" not in config else config
        self.nlp = nlp or load_model(self.config["model"])
        from .extractors.paragraphs import install
        install(self.nlp)  # a line break ends a sentence
        self.extractors = [(name, extractors.get(name)(self.config)) for name in self.config["extractors"]]

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocFacts]:
        """Facts per document. Each few batches run in a spaCy memory zone, so the strings and
        lexemes new words add are freed once their facts are read (memory stays flat)."""
        size = self.config["batch_size"]
        docs = iter(documents)
        while chunk := list(islice(docs, size * 4)):
            with self.nlp.memory_zone():
                for doc, document in self.nlp.pipe(((d.text, d) for d in chunk), as_tuples=True, batch_size=size):
                    yield self.extract(doc, document)

    def extract(self, doc, document: Document) -> DocFacts:
        facts = DocFacts(document)
        for _name, extract in self.extractors:
            extract(doc, facts)
        return facts
