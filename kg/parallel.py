"""Extraction in several processes: each loads the model once and takes chunks of documents.

Documents stream: at most ``workers * AHEAD`` chunks are read ahead of the results handed
back, so memory stays flat however large the corpus. Results come back in input order.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Iterable, Iterator

from .model import DocFacts, Document

AHEAD = 3  # chunks in flight per worker: enough to keep every worker busy
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")

_pipeline = None
_init_error: BaseException | None = None


def _init(config: dict) -> None:
    global _pipeline, _init_error
    try:
        from .pipeline import Pipeline
        _pipeline = Pipeline(config)
    except BaseException as err:  # re-raised by _run: a failing initializer would respawn forever
        _init_error = err


def _run(chunk: list[Document]) -> list[DocFacts]:
    if _init_error is not None:
        raise _init_error
    return list(_pipeline(chunk))


def chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@contextmanager
def one_thread_each():
    """Workers inherit one BLAS/OpenMP thread each: N processes on N cores, not N x threads."""
    saved = {k: os.environ.get(k) for k in THREAD_VARS}
    os.environ.update({k: "1" for k in THREAD_VARS})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def extract_parallel(documents: Iterable[Document], config: dict, workers: int,
                     chunk_size: int = 8) -> Iterator[DocFacts]:
    """DocFacts of ``documents``, in order, extracted by ``workers`` spawned processes."""
    ctx = mp.get_context("spawn")  # no fork of a loaded model or of threads
    with one_thread_each():
        pool = ctx.Pool(workers, initializer=_init, initargs=(config,))
    try:
        pending: deque = deque()
        todo = chunks(documents, chunk_size)
        for chunk in islice(todo, workers * AHEAD):
            pending.append(pool.apply_async(_run, (chunk,)))
        while pending:
            result = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(_run, (nxt,)))
            yield from result
        pool.close()
    finally:
        pool.terminate()
        pool.join()
