"""--workers: the same graph as one process, in order, streaming, and errors that surface."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.model import Document
from kg.parallel import AHEAD, chunks, extract_parallel
from kg.pipeline import load_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_chunks_cover_everything_in_order():
    assert list(chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunks([], 3)) == []


def test_two_workers_give_the_same_graph_as_one(tmp_path):
    kg = [sys.executable, "-m", "kg", "build", "-q", "--no-html", str(SEEDS)]
    one = subprocess.run(kg + ["--out", str(tmp_path / "one")], capture_output=True, text=True, cwd=ROOT)
    two = subprocess.run(kg + ["--out", str(tmp_path / "two"), "--workers", "2"], capture_output=True,
                         text=True, cwd=ROOT)
    assert one.returncode == 0, one.stderr
    assert two.returncode == 0, two.stderr
    for name in ("graph.ttl", "graph.trig"):
        a = (tmp_path / "one" / name).read_text()
        b = (tmp_path / "two" / name).read_text()
        assert a == b, name
    assert "kg:Observation" in (tmp_path / "two" / "graph.ttl").read_text()


def test_documents_stream_and_come_back_in_order():
    """The pool reads only a bounded window of documents ahead of the results it returns."""
    pulled = []

    def docs():
        for i in range(40):
            pulled.append(i)
            yield Document(id=f"d{i}", text=f"Hebei's GDP grew {i}.5 percent in 2024.")

    config = load_config()
    stream = extract_parallel(docs(), config, workers=2, chunk_size=2)
    first = next(stream)
    ahead = len(pulled)
    rest = list(stream)
    ids = [f.document.id for f in [first] + rest]
    assert ids == [f"d{i}" for i in range(40)]
    assert ahead <= 2 * AHEAD * 2 + 2, f"read {ahead} documents before the first result"
    assert any(o.change is not None for f in rest for o in f.observations)


def test_a_worker_that_cannot_load_the_model_fails_cleanly():
    config = dict(load_config(), model="no_such_model_xyz")
    with pytest.raises(Exception, match="no_such_model_xyz"):
        list(extract_parallel((Document(id="a", text="Text."),), config, workers=2))
