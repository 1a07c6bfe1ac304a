"""kg push: a real Oxigraph server on loopback, started by the test; a tiny HTTP server for auth,
retries and errors (it stands for a store, not for anything kg ships)."""
from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import KgError, UsageError
from kg.push import Store, auth_headers, push
from kg.rdf import bind_prefixes, doc_iri
from kg.sparql import run_query
from kg.store import load_dataset
from kg.terms import ID, KG

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph(tmp_path):
    """A real Oxigraph server on 127.0.0.1 (base URL), with an empty store of its own."""
    exe = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    assert exe, "the oxigraph server CLI is missing: pip install -e '.[test]'"
    port = free_port()
    proc = subprocess.Popen([str(exe), "serve", "--location", str(tmp_path / "store"),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            sparql(base, "ASK { }")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"oxigraph did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def sparql(base: str, query: str) -> dict:
    """A SPARQL query over HTTP, the answer as SPARQL JSON results."""
    from kg.sparql import PREFIXES
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    req = urllib.request.Request(f"{base}/query", data=urllib.parse.urlencode({"query": head + query}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def rows(results: dict) -> set:
    """SPARQL JSON results as a set of rows, each a frozenset of (var, type, value, datatype)."""
    return {frozenset((v, t["type"], t["value"], t.get("datatype"), t.get("xml:lang"))
                      for v, t in b.items()) for b in results["results"]["bindings"]}


def local(source, query: str) -> set:
    return rows(json.loads(run_query(source, query).serialize("json")))


QUERIES = [
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "SELECT DISTINCT ?e ?label WHERE { ?e a kg:Place ; rdfs:label ?label }",
    "SELECT DISTINCT ?e ?label WHERE { ?e a kg:Organization ; rdfs:label ?label }",
    "SELECT ?d ?title ?date WHERE { ?d a kg:Document . OPTIONAL { ?d dcterms:title ?title } "
    "OPTIONAL { ?d dcterms:date ?date } }",
    "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(kg:)) && isIRI(?o)) }",
    "SELECT DISTINCT ?ob ?v ?c ?y WHERE { ?ob a kg:Observation OPTIONAL { ?ob kg:value ?v } "
    "OPTIONAL { ?ob kg:change ?c } OPTIONAL { ?ob kg:year ?y } }",
]


def quad_count(base: str) -> int:
    named = sparql(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(named["results"]["bindings"][0]["n"]["value"])


def test_push_seeds_then_query_over_http(oxigraph, seeds_build):
    ds = load_dataset(seeds_build)
    report = push(ds, Store(f"{oxigraph}/store"))
    assert report.protocol == "gsp" and report.triples == len(list(ds.quads((None, None, None, None))))
    docs = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith(str(doc_iri("")))}
    assert docs and docs <= set(report.graphs)
    for q in QUERIES:
        assert rows(sparql(oxigraph, q)) == local(seeds_build, q), q
    places = {dict((v, val) for v, _, val, _, _ in r)["label"] for r in local(seeds_build, QUERIES[1])}
    assert places  # the seeds name places; the store answers with the same ones
    supplied = sparql(oxigraph, "SELECT ?what WHERE { ?b rdfs:label 'Beijing' ; kg:supplies ?p . "
                                "?p rdfs:label ?what }")
    assert "window regulators" in {b["what"]["value"].lower() for b in supplied["results"]["bindings"]}
    assert quad_count(oxigraph) == sum(len(g) for g in ds.graphs() if str(g.identifier) in docs)


def test_pushing_again_replaces_rather_than_duplicates(oxigraph, seeds_build):
    ds = load_dataset(seeds_build)
    store = f"{oxigraph}/store"
    push(ds, Store(store))
    first = quad_count(oxigraph)
    push(ds, Store(store))
    assert quad_count(oxigraph) == first
    # a rebuilt document lost a fact: the store loses it too
    doc = sorted(str(g.identifier) for g in ds.graphs() if len(g) and "doc/" in str(g.identifier))[0]
    victim = next(iter(ds.graph(URIRef(doc))))
    ds.graph(URIRef(doc)).remove(victim)
    push(ds, Store(store))
    assert quad_count(oxigraph) == first - 1
    s, p, o = victim
    assert not sparql(oxigraph, f"ASK {{ GRAPH <{doc}> {{ {s.n3()} {p.n3()} {o.n3()} }} }}")["boolean"]


def small(label: str = "Zürich \"HQ\"\nline 2") -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    ds.graph(doc_iri("a")).add((ID["place/Zurich"], RDFS.label, Literal(label)))
    ds.graph(doc_iri("a")).add((ID["place/Zurich"], KG.locatedIn, ID["place/Switzerland"]))
    ds.default_graph.add((doc_iri("a"), KG.source, Literal("a.txt")))
    return ds


def labels_in(base: str, graph: str) -> set:
    r = sparql(base, f"SELECT ?l WHERE {{ GRAPH <{graph}> {{ ?s rdfs:label ?l }} }}")
    return {b["l"]["value"] for b in r["results"]["bindings"]}


def test_one_graph_merges_or_replaces(oxigraph):
    g = "https://example.org/graph/news"
    store = f"{oxigraph}/store"
    push(small("old"), Store(store), graph=g)
    push(small("new"), Store(store), graph=g)
    assert labels_in(oxigraph, g) == {"old", "new"}  # added to
    push(small("newer"), Store(store), graph=g, replace=True)
    assert labels_in(oxigraph, g) == {"newer"}  # replaced
    r = sparql(oxigraph, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    assert r["results"]["bindings"][0]["n"]["value"] == "3"  # union: document metadata included


@pytest.mark.parametrize("protocol", ["auto", "update"])
def test_sparql_update_when_the_url_only_takes_updates(oxigraph, protocol):
    label = 'Zürich "HQ"\nline 2 \\ 北京'
    report = push(small(label), Store(f"{oxigraph}/update", protocol=protocol))
    assert report.protocol == "update"
    assert labels_in(oxigraph, str(doc_iri("a"))) == {label}
    push(small("again"), Store(f"{oxigraph}/update", protocol=protocol))
    assert labels_in(oxigraph, str(doc_iri("a"))) == {"again"}  # replaced there too
    assert sparql(oxigraph, f"ASK {{ {doc_iri('a').n3()} kg:source 'a.txt' }}")["boolean"]


# --- a scripted HTTP server for auth, retries and errors ----------------------------------------

class Scripted:
    """Answers each request with the next (status, body) of ``script``; records what came."""

    def __init__(self, script, need_auth: str | None = None):
        self.script, self.need_auth, self.seen = list(script), need_auth, []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.seen.append((self.command, self.path, dict(self.headers), body))
                if outer.need_auth and self.headers.get("Authorization") != outer.need_auth:
                    status, text = 401, "authentication required"
                else:
                    status, text = outer.script.pop(0) if outer.script else (204, "")
                self.send_response(status)
                if status == 503:
                    self.send_header("Retry-After", "0")
                self.send_header("Content-Length", str(len(text.encode())))
                self.end_headers()
                self.wfile.write(text.encode())

            do_PUT = do_POST = _any

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted():
    servers = []

    def make(script=(), need_auth=None):
        servers.append(Scripted(script, need_auth))
        return servers[-1]
    yield make
    for s in servers:
        s.close()


def test_transient_errors_are_retried(scripted):
    srv = scripted([(503, "busy"), (502, "gateway"), (204, "")])
    ds = Dataset()
    ds.graph(doc_iri("a")).add((ID["place/X"], RDFS.label, Literal("X")))
    report = push(ds, Store(srv.url, retries=3, backoff=0.01))
    assert report.requests == 3 and [m for m, *_ in srv.seen] == ["PUT"] * 3
    assert srv.seen[-1][1] == "/store?graph=" + urllib.parse.quote(str(doc_iri("a")), safe="")
    assert srv.seen[-1][2]["Content-Type"].startswith("application/n-triples")


def test_retries_run_out_with_a_clear_error(scripted):
    srv = scripted([(503, "busy")] * 5)
    with pytest.raises(KgError, match=r"HTTP 503.*busy.*after 2 attempts"):
        push(small(), Store(srv.url, retries=1, backoff=0.01))


def test_4xx_fails_at_once_with_the_stores_message(scripted):
    srv = scripted([(400, "Parse error at line 3\nmore detail")])
    with pytest.raises(KgError) as e:
        push(small(), Store(srv.url, retries=3, backoff=0.01))
    assert "HTTP 400" in str(e.value) and "Parse error at line 3" in str(e.value) and "\n" not in str(e.value)
    assert len(srv.seen) == 1  # no retry on a client error


def test_basic_auth_from_the_environment(scripted, monkeypatch):
    token = "Basic " + base64.b64encode(b"admin:s3cret").decode()
    srv = scripted(need_auth=token)
    with pytest.raises(KgError, match="HTTP 401.*--user"):
        push(small(), Store(srv.url, protocol="gsp"))
    monkeypatch.setenv("KG_PUSH_PASSWORD", "s3cret")
    push(small(), Store(srv.url, headers=auth_headers("admin")))
    assert srv.seen[-1][2]["Authorization"] == token


def test_header_auth_from_the_environment(scripted, monkeypatch):
    srv = scripted(need_auth="Bearer tok-123")
    monkeypatch.setenv("STORE_AUTH", "Authorization: Bearer tok-123")
    push(small(), Store(srv.url, headers=auth_headers(header_envs=("STORE_AUTH",))))
    assert all(h["Authorization"] == "Bearer tok-123" for _, _, h, _ in srv.seen)
    monkeypatch.delenv("KG_PUSH_PASSWORD", raising=False)
    with pytest.raises(UsageError, match="KG_PUSH_PASSWORD"):
        auth_headers("admin")


def test_unreachable_store():
    port = free_port()  # nothing listens there
    with pytest.raises(KgError, match=r"cannot reach http://127\.0\.0\.1.*after 2 attempts"):
        push(small(), Store(f"http://127.0.0.1:{port}/store", retries=1, backoff=0.01))


def test_bad_arguments():
    with pytest.raises(UsageError, match="http"):
        Store("file:///etc/passwd")
    with pytest.raises(UsageError, match="protocol"):
        Store("http://127.0.0.1:1/store", protocol="ftp")
    with pytest.raises(UsageError, match="absolute IRI"):
        push(small(), Store("http://127.0.0.1:1/store"), graph="not an iri")


def kg(*args, env=None):
    import os
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_cli_push(oxigraph, seeds_build, scripted):
    r = kg("push", seeds_build, "--endpoint", f"{oxigraph}/store")
    assert r.returncode == 0, r.stderr
    assert "pushed" in r.stdout and "gsp" in r.stdout
    q = QUERIES[1]
    assert rows(sparql(oxigraph, q)) == local(seeds_build, q)
    srv = scripted(need_auth="Basic " + base64.b64encode(b"bob:pw").decode())
    r = kg("push", seeds_build, "-e", srv.url, "--user", "bob", env={"KG_PUSH_PASSWORD": "pw"})
    assert r.returncode == 0, r.stderr
    r = kg("push", seeds_build, "-e", srv.url, "--user", "bob", "--password-env", "NOPE_UNSET")
    assert r.returncode == 2 and "NOPE_UNSET" in r.stderr
    r = kg("push", seeds_build, "-e", srv.url, "--header-env", "NOPE_UNSET")
    assert r.returncode == 2 and r.stderr.startswith("kg: error:")
    bad = scripted([(403, "forbidden")])
    r = kg("push", seeds_build, "-e", bad.url, "--protocol", "gsp")
    assert r.returncode == 1 and "HTTP 403" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_cli_push_help():
    r = kg("push", "--help")
    assert r.returncode == 0
    for word in ("--endpoint", "--graph", "--replace", "--user", "--password-env", "--header-env", "--retries",
                 "--chunk"):
        assert word in r.stdout


# --- large graphs go in chunks ---------------------------------------------------------------

def test_large_graphs_go_in_chunks_and_still_replace(oxigraph, seeds_build):
    ds = load_dataset(seeds_build)
    size = 40
    graphs = [g for g in ds.graphs() if len(g)]
    assert max(len(g) for g in graphs) > 3 * size  # several requests for some document
    report = push(ds, Store(f"{oxigraph}/store", chunk=size))
    assert report.requests == sum(-(-len(g) // size) for g in graphs) > len(report.graphs)
    for q in QUERIES:
        assert rows(sparql(oxigraph, q)) == local(seeds_build, q), q
    first = quad_count(oxigraph)
    # rebuilt: the biggest document lost a fact and gained one; pushed again in chunks, the
    # first request still replaces the whole graph
    big = max((g for g in graphs if "doc/" in str(g.identifier)), key=len)
    victim = next(iter(big))
    big.remove(victim)
    big.add((ID["place/Nowhere"], RDFS.label, Literal("Nowhere")))
    push(ds, Store(f"{oxigraph}/store", chunk=size))
    assert quad_count(oxigraph) == first
    s, p, o = victim
    assert not sparql(oxigraph, f"ASK {{ GRAPH <{big.identifier}> {{ {s.n3()} {p.n3()} {o.n3()} }} }}")["boolean"]
    assert labels_in(oxigraph, str(big.identifier)) >= {"Nowhere"}


def test_chunks_over_sparql_update_replace_too(oxigraph):
    store = f"{oxigraph}/update"
    report = push(small("first"), Store(store, protocol="update", chunk=1))
    assert report.requests == 3  # two triples of the document graph, one of the default graph
    push(small("second"), Store(store, protocol="update", chunk=1))
    assert labels_in(oxigraph, str(doc_iri("a"))) == {"second"}
    assert quad_count(oxigraph) == 2


def test_blank_nodes_stay_in_one_request(oxigraph):
    from rdflib import BNode
    from kg.push import chunks
    ds = small("x")
    g = ds.graph(doc_iri("a"))
    node = BNode()  # an observation without an IRI, four triples
    g.add((node, KG.about, ID["place/Zurich"]))
    for i in range(3):
        g.add((node, RDFS.comment, Literal(f"part {i}")))
    bodies = [b.decode().strip().splitlines() for b in chunks(g, 2)]
    assert [len(b) for b in bodies] == [4, 2]
    assert all(line.startswith("_:") for line in bodies[0]) and not any("_:" in line for line in bodies[1])
    push(ds, Store(f"{oxigraph}/store", chunk=2))
    r = sparql(oxigraph, "SELECT (COUNT(?c) AS ?n) WHERE { ?b kg:about ?z ; rdfs:comment ?c }")
    assert r["results"]["bindings"][0]["n"]["value"] == "3"  # one node, all its triples together
