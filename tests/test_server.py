"""kg serve over real HTTP on loopback: SPARQLWrapper and plain urllib, every content type,
concurrency, refusals, the timeout, the row cap, and the query page in headless Chromium."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph

from test_query import ID, EVIL, write_news_graph

ROOT = Path(__file__).resolve().parent.parent
PLACES = "SELECT ?p ?l WHERE { ?p a kg:Place ; rdfs:label ?l } ORDER BY ?l"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


class Server:
    def __init__(self, source, *args):
        cmd = [sys.executable, "-m", "kg", "serve", str(source), "--port", "0", "-q", *args]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        m = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        assert m, line + (self.proc.stderr.read() if self.proc.poll() is not None else "")
        self.url = m.group(1)
        self.endpoint = self.url + "sparql"

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    d = write_news_graph(tmp_path_factory.mktemp("news"))
    (d / "graph.html").write_text("<!doctype html><title>network view</title>")
    return d


@pytest.fixture(scope="module")
def server(news):
    s = Server(news, "--timeout", "2")
    yield s
    s.stop()


def http(url, data=None, headers=None, method=None):
    """(status, headers, body) without raising on 4xx/5xx."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get(server, query, accept=None, **extra):
    qs = urllib.parse.urlencode({"query": query, **extra}, doseq=True)
    return http(f"{server.endpoint}?{qs}", headers={"Accept": accept} if accept else {})


# --- SPARQLWrapper, a real client
def wrapper(server, query, fmt):
    from SPARQLWrapper import SPARQLWrapper
    sw = SPARQLWrapper(server.endpoint)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw.query().convert()


def test_sparqlwrapper_json_and_xml(server):
    from SPARQLWrapper import JSON, XML
    doc = wrapper(server, PLACES, JSON)
    assert [b["l"]["value"] for b in doc["results"]["bindings"]] == ["Lakeshire", "Northern Belt", "Port Vell"]
    dom = wrapper(server, PLACES, XML)
    assert [n.firstChild.data for n in dom.getElementsByTagName("literal")] == ["Lakeshire", "Northern Belt", "Port Vell"]


def test_sparqlwrapper_csv_tsv(server):
    from SPARQLWrapper import CSV, TSV
    rows = list(csv.reader(io.StringIO(wrapper(server, PLACES, CSV).decode())))
    assert rows[0] == ["p", "l"] and rows[1] == [ID + "place/Lakeshire", "Lakeshire"]
    lines = wrapper(server, PLACES, TSV).decode().splitlines()
    assert lines[0] == "?p\t?l" and lines[1] == f'<{ID}place/Lakeshire>\t"Lakeshire"'


def test_sparqlwrapper_ask_and_construct(server):
    from SPARQLWrapper import JSON, TURTLE
    assert wrapper(server, "ASK { ?x kg:supplies product:brake-pads }", JSON)["boolean"] is True
    assert wrapper(server, "ASK { ?x kg:supplies product:Zephyr-X1 }", JSON)["boolean"] is False
    ttl = wrapper(server, "CONSTRUCT { ?s kg:supplies ?o } WHERE { ?s kg:supplies ?o }", TURTLE)
    g = Graph().parse(data=ttl, format="turtle")
    assert len(g) == 2


@pytest.mark.parametrize("accept,check", [
    ("application/sparql-results+json", lambda b: json.loads(b)["results"]["bindings"][0]["l"]["value"] == "Lakeshire"),
    ("application/sparql-results+xml", lambda b: ET.fromstring(b).tag.endswith("sparql")),
    ("text/csv", lambda b: b.decode().splitlines()[0] == "p,l"),
    ("text/tab-separated-values", lambda b: b.decode().splitlines()[0] == "?p\t?l"),
    (None, lambda b: "results" in json.loads(b)),
])
def test_select_content_negotiation(server, accept, check):
    status, headers, body = get(server, PLACES, accept)
    assert status == 200
    assert headers["Content-Type"].startswith(accept or "application/sparql-results+json")
    assert check(body)


@pytest.mark.parametrize("accept,rdflib_fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")])
def test_graph_content_negotiation(server, accept, rdflib_fmt):
    status, headers, body = get(server, "DESCRIBE place:Port-Vell", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    g = Graph().parse(data=body.decode(), format=rdflib_fmt)
    assert {str(o) for o in g.objects()} >= {"Port Vell", ID + "place/Lakeshire"}


def test_format_parameter_and_406(server):
    status, headers, body = get(server, PLACES, format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    status, _, body = get(server, "DESCRIBE place:Port-Vell", "text/csv")
    assert status == 406 and b"text/turtle" in body


def test_post_form_and_sparql_query_with_params(server):
    form = urllib.parse.urlencode({"query": "SELECT ?l WHERE { ?x kg:supplies ?o ; rdfs:label ?l }",
                                   "param": "o=product:wiper-motors"}).encode()
    status, _, body = http(server.endpoint, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    assert [b["l"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Port Vell"]
    status, _, body = http(server.endpoint, PLACES.encode(), {"Content-Type": "application/sparql-query",
                                                             "Accept": "text/csv"})
    assert status == 200 and body.decode().splitlines()[1].endswith(",Lakeshire")
    status, _, _ = http(server.endpoint, b"x", {"Content-Type": "text/plain"})
    assert status == 415


def test_fifty_concurrent_queries(server):
    queries = [(PLACES, "Lakeshire"), ("SELECT ?l WHERE { ?x kg:supplies product:brake-pads ; rdfs:label ?l }", "Lakeshire"),
               ("SELECT ?l WHERE { person:Mara-Quill kg:founded ?o . ?o rdfs:label ?l }", "Ardent Motors")]

    def one(i):
        text, expect = queries[i % len(queries)]
        status, _, body = get(server, text)
        return status, json.loads(body)["results"]["bindings"][0]["l"]["value"] == expect
    with ThreadPoolExecutor(50) as ex:
        results = list(ex.map(one, range(50)))
    assert results == [(200, True)] * 50


def test_update_is_refused(server):
    for data, ctype in ((urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode(),
                         "application/x-www-form-urlencoded"),
                        (b"DELETE WHERE { ?s ?p ?o }", "application/sparql-update")):
        status, _, body = http(server.endpoint, data, {"Content-Type": ctype})
        assert status == 403 and b"read-only" in body
    status, _, _ = get(server, "CLEAR ALL")
    assert status == 403
    assert get(server, "ASK { ?s ?p ?o }")[2] == b'{"head": {}, "boolean": true}'


def test_bad_query_is_400_with_position(server):
    status, headers, body = get(server, "SELECT * WHERE {\n  ?s ?p }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert re.match(rb"syntax error at line 2, column \d+: ", body), body
    assert get(server, "")[0] == 400


def test_service_refused_without_outbound_connection(server, trap):
    port = trap.port
    status, _, body = get(server, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
    status2, _, _ = get(server, f"SELECT * WHERE {{ ?x ?y ?z . SeRvIcE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}")
    assert (status, status2) == (403, 403) and b"SERVICE is refused" in body
    assert trap.connections() == 0


def test_runaway_query_times_out_and_server_recovers(server):
    t0 = time.monotonic()
    status, _, body = get(server, RUNAWAY)
    elapsed = time.monotonic() - t0
    assert status == 503 and b"timed out after 2 s" in body
    assert elapsed < 10
    assert get(server, PLACES)[0] == 200  # the worker was replaced


def test_result_cap_and_host_check(news):
    s = Server(news, "--max-rows", "5", "--workers", "1")
    try:
        status, _, body = get(s, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 400 and b"more than 5 rows" in body
        assert get(s, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")[0] == 200
        status, _, _ = http(s.endpoint + "?query=ASK%7B%7D", headers={"Host": "attacker.example"})
        assert status == 403
    finally:
        s.stop()


def test_allow_update(news, tmp_path):
    s = Server(news, "--allow-update")
    try:
        data = urllib.parse.urlencode({"update": 'INSERT DATA { place:Lakeshire rdfs:comment "added" }'}).encode()
        assert http(s.endpoint, data, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 204
        assert json.loads(get(s, 'ASK { place:Lakeshire rdfs:comment "added" }')[2])["boolean"] is True
        status, _, body = http(s.endpoint, urllib.parse.urlencode({"update": "LOAD <http://example.org/x>"}).encode(),
                               {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 403 and b"LOAD" in body
    finally:
        s.stop()
    assert "added" not in (news / "graph.trig").read_text()  # in memory only


def test_pages(server, news):
    status, headers, body = http(server.url)
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert not re.search(rb"""(src|href)=["']?(https?:)?//""", body)  # nothing remote
    status, _, body = http(server.url + "queries")
    assert {q["name"] for q in json.loads(body)["queries"]} >= {"suppliers", "documents"}
    status, _, body = http(server.url + "view")
    assert status == 200 and b"network view" in body
    assert http(server.url + "nope")[0] == 404


def test_query_page_in_chromium_escapes_article_text(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server.url)
        page.wait_for_selector("#saved option[value='most-mentioned']", state="attached")
        page.select_option("#saved", "most-mentioned")
        page.click("#run")
        page.wait_for_selector("#results table")
        cells = page.locator("#results td").all_inner_texts()
        assert EVIL in cells and "Ardent Motors" in cells  # ?class=kg:Organization, the example
        assert page.locator("#results img").count() == 0 and dialogs == []
        page.fill("#params", "")
        page.fill("#query", "SELECT * WHERE { ?s ?p }")
        page.click("#run")
        page.wait_for_selector("#error:not([hidden])")
        assert "400 syntax error" in page.inner_text("#error")
        browser.close()
    assert all(u.startswith(server.url) for u in requests), requests
