"""Extraction in several processes: each loads the model once and takes chunks of documents."""
from __future__ import annotations

import multiprocessing as mp
from itertools import islice
from typing import Iterable, Iterator

from .model import DocFacts, Document

_pipeline = None


def _init(config: dict) -> None:
    global _pipeline
    from .pipeline import Pipeline
    _pipeline = Pipeline(config)


def _run(chunk: list[Document]) -> list[DocFacts]:
    return list(_pipeline(chunk))


def chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(documents: Iterable[Document], config: dict, workers: int,
                     chunk_size: int = 8) -> Iterator[DocFacts]:
    ctx = mp.get_context("spawn")  # no fork of a loaded model or of threads
    with ctx.Pool(workers, initializer=_init, initargs=(config,)) as pool:
        for result in pool.imap(_run, chunks(documents, chunk_size)):
            yield from result
