"""Peak memory of `kg build` with the network page (graph.html) and without, on 1x and 4x a corpus.

    .venv/bin/python bench/bench_memory.py [--words 200000] [--html-only] [--scales 1,4]

The corpus is bench_build.py's synthetic one (recombined sentences of seeds/ and tests/corpus/);
4x is each article copied four times under other names. Each run is a fresh
`python -P -m kg build -q` process importing kg from the tree this file is in (so a copy of an
older tree measures the older code); its peak RSS is read from the kernel (ru_maxrss). The page should cost
memory bounded by what it shows, so the 'page' column should stay roughly flat from 1x to 4x.
Also prints the wall time of each run and the size of graph.html. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import make_corpus, peak_rss_mb  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--html-only", action="store_true", help="skip the --no-html runs")
    ap.add_argument("--scales", default="1,4", help="1, 4 or 1,4: the corpus sizes to measure (4x takes minutes)")
    a = ap.parse_args()
    if not set(a.scales.split(",")) <= {"1", "4"}:
        ap.error("--scales takes 1, 4 or 1,4")
    with tempfile.TemporaryDirectory(prefix="kg-bench-mem-") as tmp:
        tmp = Path(tmp)
        paths = make_corpus(tmp / "c1", a.words)
        big = tmp / "c4"
        big.mkdir()
        for k in range(4):
            for p in paths:
                (big / f"{p.stem}-{k}.txt").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"corpus: {len(paths)} articles, about {a.words:,} words (4x: {4 * len(paths)}); "
              f"load average {os.getloadavg()[0]:.1f}; kg from {ROOT}")
        os.environ["PYTHONPATH"] = str(ROOT)  # the children's kg is this tree's
        kg = [sys.executable, "-P", "-m", "kg", "build", "-q"]
        modes = [("page", [])] + ([] if a.html_only else [("no page", ["--no-html"])])
        rows = {}
        scales = [(f"{k}x", tmp / "c1" if k == "1" else big) for k in a.scales.split(",")]
        for name, corpus in scales:
            for mode, flags in modes:
                out = tmp / f"out-{name}-{mode.replace(' ', '-')}"
                t = time.perf_counter()
                rows[name, mode] = peak_rss_mb(kg + flags + [str(corpus), "--out", str(out)])
                html = out / "graph.html"
                size = f", graph.html {html.stat().st_size / 1e6:.1f} MB" if html.exists() else ""
                took = time.perf_counter() - t
                print(f"peak RSS {name} {mode:>8}: {rows[name, mode]:6.0f} MB  ({took:.0f} s{size})", flush=True)
        if len(scales) < 2:
            return 0
        for mode, _ in modes:
            print(f"{mode:>8}: 4x / 1x = {rows['4x', mode] / rows['1x', mode]:.2f}")
        if not a.html_only:
            for name, _ in scales:
                print(f"the page costs {rows[name, 'page'] - rows[name, 'no page']:+.0f} MB at {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
