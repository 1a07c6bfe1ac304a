"""How long the network page takes to settle in headless Chromium, by graph size.

    .venv/bin/python bench/bench_view.py [--sizes 500,5000,20000] [--edges-per-node 4]

For each size: a synthetic graph (scale-free, like news graphs: a few hubs, many leaves) of N
entities and 4N relations goes through kg.view.render_graph with the default bounds, then
Chromium opens the file (network blocked) and we read, from the page itself:
  settle_ms  time from navigation start until the layout settled and physics stopped
  by         'stabilized' (the layout converged) or 'time limit' (the page's 30 s guard)
  ms/node    settle time per drawn entity
  click_ms   the round trip of one click-and-panel after settling (is the page usable?)
  frame_ms   one full redraw, as each frame of a pan or zoom costs (edges hide while moving
             past 1,000 entities)
Also the same for the largest size past the bound (--max-nodes raised), to show why the bound.
Prints a table; results/ keeps nothing (timings are machine-dependent).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.view import MAX_NODES, render_graph  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CLASSES = ["Company", "Province", "City", "Person", "Product", "Facility", "GovernmentBody"]
PREDICATES = ["supplies", "produces", "locatedIn", "partOf", "operates", "worksFor", "launched"]


def synthetic(n: int, per_node: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph shaped as kg.network.to_networkx makes it, of n entities and about per_node*n relations."""
    rnd = random.Random(seed)
    base = nx.barabasi_albert_graph(n, per_node, seed=seed)
    g = nx.MultiDiGraph()
    g.graph["documents"] = {"https://example.org/doc/1": {"title": "synthetic"}}
    for v in base:
        cls = rnd.choice(CLASSES)
        g.add_node(f"https://w3id.org/kg-news/id/x/{v}", label=f"{cls} {v}", cls=cls,
                   kind=cls, aliases=[], documents=[], observations=[], roles=[])
    for a, b in base.edges():
        p = rnd.choice(PREDICATES)
        g.add_edge(f"https://w3id.org/kg-news/id/x/{a}", f"https://w3id.org/kg-news/id/x/{b}", key=p,
                   predicate=p, evidence=[{"sentence": f"{a} {p} {b}.", "document": "https://example.org/doc/1"}])
    return g


def measure(page_path: Path, browser) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    t0 = time.perf_counter()
    page.goto(page_path.as_uri(), wait_until="commit")
    page.wait_for_selector("html[data-settled]", state="attached", timeout=180_000)
    wall = time.perf_counter() - t0
    state = page.evaluate("({ms: kgView.state.stabilizedMs, by: kgView.state.settledBy,"
                          " drawn: kgView.drawnEntities().length, edges: kgView.edges.length})")
    # one click on the most important node, until its panel is there
    first = page.evaluate("Object.keys(kgView.kg.nodes).sort((a,b)=>kgView.kg.nodes[b].score-kgView.kg.nodes[a].score)[0]")
    t1 = time.perf_counter()
    page.evaluate("id => kgView.select(id, false)", first)
    page.wait_for_selector("#panel-body:not([hidden]) h2")
    state["click_ms"] = (time.perf_counter() - t1) * 1000
    # one full frame, as when panning or zooming (edges included)
    state["frame_ms"] = page.evaluate("() => { const t = performance.now(); kgView.network.redraw();"
                                      " return performance.now() - t; }")
    state["wall_s"] = wall
    state["errors"] = errors
    page.close()
    return state


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,20000")
    ap.add_argument("--edges-per-node", type=int, default=4)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from playwright.sync_api import sync_playwright

    runs = [(n, MAX_NODES) for n in sizes]
    if max(sizes) > MAX_NODES:
        runs.append((max(sizes), max(sizes)))  # past the bound: what the bound protects from
    print(f"{'entities':>9} {'bound':>6} {'drawn':>6} {'edges':>7} {'html MB':>8} {'render s':>9} "
          f"{'settle ms':>10} {'ms/node':>8} {'click ms':>9} {'frame ms':>9}  by")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n, bound in runs:
            g = synthetic(n, args.edges_per_node)
            t = time.perf_counter()
            page = render_graph(g, title=f"bench {n}", max_nodes=bound, max_edges=max(20000, 4 * bound))
            render_s = time.perf_counter() - t
            path = Path(tmp) / f"bench-{n}-{bound}.html"
            path.write_text(page, encoding="utf-8")
            r = measure(path, browser)
            print(f"{n:>9,} {bound:>6} {r['drawn']:>6} {r['edges']:>7} {len(page) / 1e6:>8.1f} {render_s:>9.2f} "
                  f"{r['ms']:>10.0f} {r['ms'] / max(r['drawn'], 1):>8.2f} {r['click_ms']:>9.0f} {r['frame_ms']:>9.0f}  {r['by']}"
                  + (f"  errors: {r['errors'][:2]}" if r["errors"] else ""), flush=True)
        browser.close()


if __name__ == "__main__":
    main()
