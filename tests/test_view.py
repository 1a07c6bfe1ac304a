"""The network page: built offline and safe, then driven in a real headless Chromium.

The browser is the Debian chromium at /usr/bin/chromium driven by Playwright (no browser
download). Every page is opened from file:// with the network blocked for the page: any
request that is not the page itself is aborted and recorded, and the tests assert there were
none. Screenshots go to tests/artifacts/ (gitignored).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset

from conftest import PREFIXES, SMALL_TRIG as SMALL
from kg.cli import main as kg_main
from kg.network import to_networkx
from kg.view import (MAX_NODES, human_number, observation_text, render_graph, render_html,
                     script_json)

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ID = "https://w3id.org/kg-news/id/"

XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS = PREFIXES + """
kgdoc:evil a kg:Document ; dcterms:title "</title><script>alert('title')</script>" .
kgdoc:evil {
  organization:Evil a kg:Company, kg:Organization ; rdfs:label "<img src=x onerror=alert(1)>" ;
      skos:altLabel "</script><script>alert(2)</script>" , "<svg onload=alert(3)>" ;
      kg:mentionedIn kgdoc:evil .
  place:Town a kg:City, kg:Place ; rdfs:label "Town & <b>Country</b>" .
  organization:Evil kg:headquarteredIn place:Town .
  statement:x a rdf:Statement ; rdf:subject organization:Evil ; rdf:predicate kg:headquarteredIn ;
      rdf:object place:Town ; prov:wasDerivedFrom kgdoc:evil ;
      kg:sentence "It said <iframe src=javascript:alert(4)></iframe> & left </script>." .
}
"""


def dataset(trig: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=trig, format="trig")
    return ds


# --- the page as a file: offline and escaped ------------------------------------------------

def test_script_json_cannot_close_the_script_tag():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    import json
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_page_is_self_contained(tmp_path):
    page = render_html(dataset(SMALL), title="small")
    # no external script, stylesheet, image or frame; a CSP that forbids fetching anything
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import", page)
    assert "default-src 'none'" in page and "connect-src 'none'" in page
    assert page.count("</script>") == 3  # data, vis-network, kg's script
    assert "sourceMappingURL" not in page  # not even devtools would fetch a source map


def script_tags(page: str) -> tuple[int, int]:
    return page.count("<script"), page.count("</script>")


def test_untrusted_text_never_reaches_the_html_raw():
    page = render_html(dataset(XSS), title="<script>alert('t')</script>")
    assert XSS_LABEL not in page
    assert "<svg onload" not in page and "<iframe" not in page
    # nothing closed or opened a script: the same tags as a page of harmless text
    assert script_tags(page) == script_tags(render_html(dataset(SMALL), title="small"))
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page  # the title, escaped as text


def test_observation_text_is_short_and_human():
    assert observation_text({"indicator": "GDP", "change": 5.4, "changeUnit": "percent", "year": "2024"}) \
        == "GDP +5.4 % (2024)"
    assert observation_text({"indicator": "GDP", "value": 12500000000000, "unit": "yuan",
                             "qualifier": "more than", "change": -0.4, "changeUnit": "index point"}) \
        == "GDP more than 12.5 trillion yuan, -0.4 index point"
    assert human_number(3000) == "3,000" and human_number(2.5e9) == "2.5 billion"


def test_past_the_bound_the_page_says_what_was_left_out():
    import networkx as nx
    g = nx.MultiDiGraph()
    for i in range(30):
        g.add_node(f"n{i}", label=f"N{i}", cls="City", kind="Place")
    for i in range(1, 30):
        g.add_edge("n0", f"n{i}", key="partOf", predicate="partOf")  # n0 is the hub
    page = render_graph(g, max_nodes=10)
    assert "Showing the 10 most important of 30 entities" in page and "20 entities" in page
    assert '"N0"' in page  # the hub is kept


@pytest.mark.parametrize("bounds", [{}, {"max_nodes": 12, "max_edges": 9}])
def test_a_build_result_page_is_read_in_two_passes_and_is_the_same(seeds_build, monkeypatch, bounds):
    import kg.view
    from kg.network import importance
    from kg.store import load_dataset
    from kg.writer import sorted_graph
    sg = sorted_graph(load_dataset(seeds_build))  # what a kg build result holds
    full = to_networkx(sg)
    expected = render_graph(full, title="seeds", scores=importance(full), **bounds)
    monkeypatch.setattr(kg.view, "to_networkx", None)  # the whole projection is never made
    assert render_html(sg, title="seeds", **bounds) == expected
    assert ("most important of" in expected) == bool(bounds)


def test_the_page_is_written_in_pieces_that_join_to_the_same_text():
    import io
    from kg.view import _json_pieces, write_html
    data = {"a": [1, 2.5, None, True, {"x": "</script>&\u2028"}], "b": {}, "c": [], 3: "int key",
            "d": {"e": {"f": [["deep", "<b>"]]}}, "g": ("t", "u")}
    for depth in range(6):
        assert "".join(_json_pieces(data, depth)) == script_json(data)
    out = io.BytesIO()
    write_html(dataset(XSS), out, title="<b>")
    assert out.getvalue().decode("utf-8") == render_html(dataset(XSS), title="<b>")


def test_query_picks_the_subgraph():
    from kg.view import query_subgraph
    ds = dataset(SMALL)
    full = to_networkx(ds)
    built = query_subgraph(ds, full, "CONSTRUCT { ?s kg:supplies ?o } WHERE { ?s kg:supplies ?o }")
    assert set(built) == {ID + "place/Shanxi", ID + "product/Axles"}
    assert [k for *_, k in built.edges(keys=True)] == ["supplies"]
    picked = query_subgraph(ds, full, "SELECT ?p ?o WHERE { ?p kg:worksFor ?o }")
    assert set(picked) == {ID + "person/Wang", ID + "organization/Acme"}
    assert picked.number_of_edges() == 1


# --- the CLI --------------------------------------------------------------------------------

def test_cli_view_writes_a_focused_page(tmp_path, capsys):
    src = tmp_path / "g.trig"
    src.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "page.html"
    assert kg_main(["view", str(src), "--focus", "axles", "--hops", "1", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Neighbourhood of axles within 1 hop: 2 of 5 entities." in page
    assert (tmp_path / "page.html").stat().st_size > 100_000  # vis-network is inlined


def test_cli_view_errors_are_one_line(tmp_path, capsys):
    src = tmp_path / "g.trig"
    src.write_text(SMALL, encoding="utf-8")
    assert kg_main(["view", str(tmp_path / "missing.ttl")]) == 2
    assert kg_main(["view", str(src), "--focus", "Shanxl", "-o", str(tmp_path / "x.html")]) == 2
    rq = tmp_path / "remote.rq"
    rq.write_text("SELECT ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert kg_main(["view", str(src), "--query", str(rq), "-o", str(tmp_path / "x.html")]) == 1
    assert kg_main(["view", str(src), "--query", str(tmp_path / "none.rq")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"kg: error: {tmp_path / 'missing.ttl'}: no such file or directory",
                   "kg: error: no entity labelled 'Shanxl' in the graph (did you mean 'Shanxi'?)",
                   "kg: error: SERVICE is refused: kg queries only its own graph and never fetches "
                   "from the network",
                   f"kg: error: {tmp_path / 'none.rq'}: no such query file"]
    assert not (tmp_path / "x.html").exists()


# --- in the browser ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (see .ci/run)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Visit:
    """One page in a fresh context with the network blocked; records what the page tried."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1440, "height": 900})
        self.requests, self.blocked, self.failed, self.errors, self.dialogs = [], [], [], [], []

        def route(r):
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()
        self.context.route("**/*", route)
        self.page = page = self.context.new_page()
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-settled]", state="attached", timeout=60_000)

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def point(self, node_id):
        """Page coordinates of a node's centre, as drawn."""
        box = self.page.locator("#network").bounding_box()
        p = self.js("""id => { const n = kgView.network;
                         return n.canvasToDOM(n.getPositions([id])[id]); }""", node_id)
        return box["x"] + p["x"], box["y"] + p["y"]

    def panel(self) -> str:
        return self.page.locator("#panel-body").inner_text()

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_(path):
        v = Visit(browser, path)
        opened.append(v)
        return v
    yield open_
    for v in opened:
        v.close()


def entity_count(build_dir) -> int:
    from kg.store import load_dataset
    rows = load_dataset(build_dir).query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
          GRAPH ?g { ?e a ?c } VALUES ?c { kg:Organization kg:Person kg:Place kg:Facility kg:Product } }""")
    return int(next(iter(rows))[0])


def test_seeds_page_offline_every_entity_drawn(seeds_build, visit):
    page_file = seeds_build / "graph.html"
    v = visit(page_file)
    assert v.requests == [page_file.as_uri()]  # the page itself, nothing else
    assert v.blocked == [] and v.failed == [] and v.errors == []
    drawn = v.js("kgView.drawnEntities().length")
    assert drawn == entity_count(seeds_build) > 10
    assert v.js("kgView.state.settledBy") == "stabilized"
    # physics settled, then stopped: positions stay put
    before = v.js("JSON.stringify(kgView.network.getPositions())")
    v.page.wait_for_timeout(500)
    assert v.js("JSON.stringify(kgView.network.getPositions())") == before
    assert v.js("kgView.network.physics.options.enabled") is False
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / "seeds-network.png"))
    # numbers as nodes, on demand: one small node per observation, placed without moving the rest
    n_obs = sum(len(d["observations"]) for _, d in to_networkx(seeds_build).nodes(data=True))
    where = "JSON.stringify(kgView.network.getPositions(kgView.drawnEntities()))"
    before = v.js(where)
    v.page.locator("#numbers-toggle").set_checked(True)
    v.page.wait_for_timeout(300)
    assert v.js("kgView.nodes.get({filter: n => n.kind === 'observation'}).length") == n_obs
    assert v.js(where) == before
    v.page.locator("#numbers-toggle").set_checked(False)
    assert v.js("kgView.nodes.get({filter: n => n.kind === 'observation'}).length") == 0
    assert v.errors == []


def test_seeds_panel_lists_every_fact_of_the_busiest_node(seeds_build, visit):
    graph = to_networkx(seeds_build)
    busiest = max(graph, key=lambda n: (graph.degree(n) + len(graph.nodes[n]["observations"]), n))
    d = graph.nodes[busiest]
    v = visit(seeds_build / "graph.html")
    v.page.mouse.click(*v.point(busiest))
    v.page.wait_for_selector("#panel-body:not([hidden])")
    text = v.panel()
    assert d["label"] in text and d["cls"] in text and "pinned" in text
    assert v.page.locator("#panel-body .fact.rel-out, #panel-body .fact.rel-in").count() == graph.degree(busiest)
    assert v.page.locator("#panel-body .fact.obs").count() == len(d["observations"])
    for s, o, k in list(graph.out_edges(busiest, keys=True)) + list(graph.in_edges(busiest, keys=True)):
        assert k in text
        for ev in graph.edges[s, o, k]["evidence"]:
            assert ev["sentence"] in text  # the source sentence, verbatim


def test_small_page_hover_click_filter_search(tmp_path, visit):
    path = tmp_path / "small.html"
    path.write_text(render_html(dataset(SMALL), title="small"), encoding="utf-8")
    v = visit(path)
    assert v.errors == [] and v.blocked == []
    assert v.js("kgView.drawnEntities().length") == 5
    assert v.js("kgView.nodes.get({filter: n => n.kind === 'observation'}).map(n => n.label)") == ["GDP 2.5 trillion yuan, +5.4 % (2024)"]

    # hover previews a node's facts
    v.page.mouse.move(*v.point(ID + "place/Shanxi"))
    v.page.wait_for_selector("#panel-body:not([hidden])")
    text = v.panel()
    assert "Shanxi" in text and "Province" in text and "Also: Shanxi Province" in text
    assert "GDP 2.5 trillion yuan, +5.4 % (2024)" in text and "Shanxi's GDP grew 5.4 percent in 2024." in text
    assert "supplies →" in text and "axles" in text
    assert "Shanxi provides axles to carmakers across the north." in text
    assert "Shanxi story (2025-01-02)" in text and "hover preview" in text

    # click pins the panel; the role shows with its sentence
    v.page.mouse.click(*v.point(ID + "person/Wang"))
    v.page.mouse.move(5, 300)
    text = v.panel()
    assert "Wang Fang" in text and "pinned" in text and "chief engineer" in text
    assert "Wang Fang, chief engineer of Acme Motors, said so." in text

    # the class filter: "only" on Province hides every other class
    v.page.locator('#class-filter li[data-class="Province"]').hover()
    v.page.locator('#class-filter li[data-class="Province"] .only').click()
    assert v.js("kgView.drawnEntities()") == [ID + "place/Shanxi"]
    v.page.locator('#class-filter li[data-class="Company"] input').check()
    assert sorted(v.js("kgView.drawnEntities()")) == [ID + "organization/Acme", ID + "place/Shanxi"]
    v.page.locator("#legend-all").click()
    assert v.js("kgView.drawnEntities().length") == 5

    # search: type, Enter, the entity is selected and its panel shown
    v.page.keyboard.press("Escape")
    v.page.keyboard.press("/")
    v.page.keyboard.type("acme")
    assert v.page.locator("#search-results li").first.inner_text().startswith("Acme Motors")
    v.page.keyboard.press("Enter")
    v.page.wait_for_timeout(100)
    assert v.js("kgView.network.getSelectedNodes()") == [ID + "organization/Acme"]
    assert "headquarteredIn →" in v.panel() and "Datong" in v.panel()
    assert v.errors == [] and v.blocked == [] and v.dialogs == []


def test_xss_sample_runs_nothing(tmp_path, visit):
    path = tmp_path / "xss.html"
    path.write_text(render_html(dataset(XSS), title="<script>alert('t')</script>"), encoding="utf-8")
    v = visit(path)
    evil = ID + "organization/Evil"
    v.page.mouse.move(*v.point(evil))
    v.page.mouse.click(*v.point(evil))
    v.page.keyboard.press("/")
    v.page.keyboard.type("<img")  # search results show the label too
    v.page.wait_for_timeout(300)
    assert v.dialogs == [] and v.errors == [] and v.blocked == []
    assert v.js("document.querySelectorAll('img, svg, iframe, #panel b, #legend b').length") == 0
    handlers = v.js("""Array.from(document.querySelectorAll('*')).flatMap(
        e => Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(a => a.name))""")
    assert handlers == []
    assert v.js("document.querySelectorAll('script').length") == 3
    text = v.panel()
    assert XSS_LABEL in text and "</script><script>alert(2)</script>" in text
    assert "It said <iframe src=javascript:alert(4)></iframe> & left </script>." in text
    assert v.page.title() == "<script>alert('t')</script>"
    assert XSS_LABEL in v.page.locator("#search-results").inner_text()


def test_big_graph_degrades_on_purpose(tmp_path, visit):
    """Past the live-physics bound the layout comes precomputed; past MAX_NODES, the top ones."""
    import networkx as nx
    base = nx.barabasi_albert_graph(1500, 2, seed=3)
    g = nx.MultiDiGraph()
    for n in base:
        g.add_node(f"x{n}", label=f"E{n}", cls=("City", "Company", "Product")[n % 3], kind="x")
    for a, b in base.edges():
        g.add_edge(f"x{a}", f"x{b}", key="partOf", predicate="partOf")
    path = tmp_path / "big.html"
    path.write_text(render_graph(g, max_nodes=1200), encoding="utf-8")
    v = visit(path)
    assert v.js("kgView.state.settledBy") == "precomputed layout"
    assert v.js("kgView.drawnEntities().length") == 1200 < MAX_NODES
    notes = v.page.locator("#notes").inner_text()
    assert "Showing the 1,200 most important of 1,500 entities" in notes
    assert "physics is off" in notes
    assert v.errors == [] and v.blocked == []
