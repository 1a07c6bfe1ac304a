"""kg export: every RDF format round-trips (rdflib and pyoxigraph), GraphML and CSV open as documented."""
from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib import namespace
from rdflib.namespace import RDF, RDFS, SKOS

from kg.export import FORMATS, RDF_FORMATS, export, render, select
from kg.model import DocFacts, Document, Entity, Evidence, Observation, Relation, Role
from kg.rdf import doc_iri, to_dataset, union
from kg.store import load_dataset
from kg.terms import ID, KG

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld"}
OX_FORMAT = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
             "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
TRICKY = 'He said "quoted" \\ backslash,\nnew line\tand tab — Zürich 北京 🚗'
ODD_IRIS = [ID["place/Xi'an"], ID["organization/A&B_(Group)"], ID["product/motor."],
            ID["place/Zürich"], ID["product/50%25-share"], URIRef("https://example.org/a#b~c")]


def tricky_dataset() -> Dataset:
    """A graph with every kind of kg fact, written by kg.rdf, plus odd IRIs and literals."""
    doc = Document(id="doc-a", text="x" * 200, source="a.txt", title='Title with "quotes"\nand 北京',
                   publisher="Pub & Co <b>", date=dt.date(2025, 3, 20))
    doc2 = Document(id="doc-b", text="y" * 50, source="b.txt")
    f = DocFacts(doc)
    ev = Evidence("doc-a", 3, 40, TRICKY, "test", 0.9)
    tj = f.mention("Tianjin", "Municipality", 0, 7)
    lamp = f.mention("headlights", "Product", 10, 20)
    car = f.mention("Model Ω", "Product", 25, 32)
    acme = f.mention("Acme Motors", "Company", 33, 40)
    ann = f.mention("Zoë O'Brien", "Person", 41, 50)
    for m, key in ((tj, "Place/Tianjin"), (lamp, "Product/headlights"), (car, "Product/Model-O"),
                   (acme, "Organization/Acme-Motors"), (ann, "Person/Zoe-O-Brien")):
        m.entity = key
    f.relations += [Relation(tj, "supplies", lamp, ev), Relation(lamp, "componentOf", car, ev),
                    Relation(acme, "launched", car, ev)]
    f.roles.append(Role(ann, acme, 'chief "engineer"', ev))
    f.observations += [Observation(tj, "GDP", ev, change=Decimal("5.1"), change_unit="percent", year=2024),
                       Observation(tj, "GDP", ev, value=Decimal("1.67E+12"), unit="yuan", year=2023,
                                   qualifier="more than")]
    g = DocFacts(doc2)
    m2 = g.mention("Tianjin Municipality", "Municipality", 0, 20)
    m2.entity = "Place/Tianjin"
    entities = {
        "Place/Tianjin": Entity("Place/Tianjin", "Municipality", "Tianjin", {"Tianjin Municipality"}),
        "Product/headlights": Entity("Product/headlights", "Product", "headlights"),
        "Product/Model-O": Entity("Product/Model-O", "Product", "Model Ω"),
        "Organization/Acme-Motors": Entity("Organization/Acme-Motors", "Company", "Acme Motors"),
        "Person/Zoe-O-Brien": Entity("Person/Zoe-O-Brien", "Person", "Zoë O'Brien"),
    }
    ds = to_dataset([f, g], entities)
    named = ds.graph(doc_iri("doc-a"))
    for i, iri in enumerate(ODD_IRIS):
        named.add((iri, RDF.type, KG.Place))
        named.add((iri, RDFS.label, Literal(f"odd {i}: {TRICKY}")))
        named.add((iri, KG.locatedIn, ODD_IRIS[i - 1]))
    named.add((ODD_IRIS[0], SKOS.altLabel, Literal("Xī’ān", lang="zh-latn")))
    named.add((ODD_IRIS[0], KG.value, Literal("1.50", datatype=namespace.XSD.decimal)))
    named.add((ODD_IRIS[0], KG.year, Literal("2024", datatype=namespace.XSD.gYear)))
    named.add((ODD_IRIS[0], KG.charStart, Literal(-0)))
    named.add((ODD_IRIS[1], KG.sentence, Literal("")))
    return ds


# --- canonical quads, for comparing with pyoxigraph's parse ----------------------------------

def _rdflib_term(t):
    if isinstance(t, Literal):
        dt_ = str(t.datatype) if t.datatype else (
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if t.language else str(namespace.XSD.string))
        return ("literal", str(t), dt_, (t.language or "").lower() or None)
    assert isinstance(t, URIRef), f"unexpected blank node {t!r}"
    return ("iri", str(t))


def _ox_term(t):
    if isinstance(t, ox.Literal):
        return ("literal", t.value, t.datatype.value, (t.language or "").lower() or None)
    assert isinstance(t, ox.NamedNode), f"unexpected term {t!r}"
    return ("iri", t.value)


def rdflib_quads(ds: Dataset, with_graphs: bool) -> set:
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        graph = None if (not with_graphs or str(g).startswith("urn:x-rdflib:default")) else str(g)
        out.add((_rdflib_term(s), _rdflib_term(p), _rdflib_term(o), graph))
    return out


def ox_quads(data: bytes, fmt: str) -> set:
    out = set()
    for q in ox.parse(data, format=OX_FORMAT[fmt]):
        graph = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        out.add((_ox_term(q.subject), _ox_term(q.predicate), _ox_term(q.object), graph))
    return out


def assert_same_dataset(a: Dataset, b: Dataset, with_graphs: bool) -> None:
    if not with_graphs:
        assert isomorphic(union(a), union(b))
        return
    names = lambda ds: {str(g.identifier) for g in ds.graphs() if len(g)}  # noqa: E731
    assert names(a) == names(b)
    for name in names(a):
        assert isomorphic(a.graph(URIRef(name)), b.graph(URIRef(name))), name
    assert rdflib_quads(a, True) == rdflib_quads(b, True)


def roundtrip(ds: Dataset, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"g{SUFFIX[fmt]}"
    export(ds, fmt, path)
    data = path.read_bytes()
    quads = fmt in ("trig", "nquads", "jsonld")
    assert_same_dataset(ds, load_dataset(path), with_graphs=quads)  # rdflib, through kg.store
    assert ox_quads(data, fmt) == rdflib_quads(ds, with_graphs=quads)  # a second parser


# --- tests -----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_tricky_graph_round_trips(fmt, tmp_path):
    roundtrip(tricky_dataset(), fmt, tmp_path)


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_seeds_round_trip(fmt, seeds_build, tmp_path):
    ds = load_dataset(seeds_build)
    assert len(ds) > 0
    roundtrip(ds, fmt, tmp_path)


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_output_is_stable_whatever_the_read_order(fmt, tmp_path):
    first = render(tricky_dataset(), fmt)
    # the same quads, read from N-Quads in reverse order, serialise to the same bytes
    lines = render(tricky_dataset(), "nquads").splitlines()
    (tmp_path / "r.nq").write_bytes(b"\n".join(reversed(lines)) + b"\n")
    assert render(load_dataset(tmp_path / "r.nq"), fmt) == first


def test_turtle_uses_kg_prefixes():
    text = render(tricky_dataset(), "turtle").decode()
    for prefix in ("@prefix kg:", "@prefix place:", "@prefix kgdoc:", "@prefix prov:"):
        assert prefix in text
    assert "place:Tianjin a kg:Municipality" in text or "place:Tianjin a kg:Place" in text


def test_jsonld_is_compact_with_the_published_context():
    import json

    from kg.ontology import context, ontology_file
    data = json.loads(render(tricky_dataset(), "jsonld"))
    assert data["@context"] == context() == json.loads(ontology_file("context.jsonld").read_text())["@context"]
    graphs = {g["@id"] for g in data["@graph"] if "@graph" in g}
    assert graphs == {"kgdoc:doc-a", "kgdoc:doc-b"}
    meta = [n for n in data["@graph"] if n.get("source") == "a.txt"]  # default graph: top level
    assert meta and meta[0]["@id"] == "kgdoc:doc-a"
    nodes = {n["@id"]: n for g in data["@graph"] if g.get("@id") == "kgdoc:doc-a" and "@graph" in g
             for n in g["@graph"]}
    assert nodes["place:Tianjin"]["supplies"] == "product:headlights"
    assert nodes["place:Tianjin"]["label"] == "Tianjin"


def test_document_selects_one_named_graph(tmp_path):
    ds = tricky_dataset()
    one = load_dataset(export(ds, "trig", tmp_path / "a.trig", document="doc-a")[0])
    names = {str(g.identifier) for g in one.graphs() if len(g)}
    assert str(doc_iri("doc-a")) in names and str(doc_iri("doc-b")) not in names
    assert (doc_iri("doc-a"), KG.source, Literal("a.txt")) in one.default_graph  # its metadata
    assert (doc_iri("doc-b"), KG.source, Literal("b.txt")) not in one.default_graph
    assert_same_dataset(select(ds, "kgdoc:doc-a"), one, with_graphs=True)


def test_unknown_document_is_a_usage_error():
    from kg.errors import UsageError
    with pytest.raises(UsageError, match="no document 'nope'.*doc-a"):
        render(tricky_dataset(), "trig", document="nope")


def test_include_ontology(tmp_path):
    from kg.ontology import load_ontology
    onto = load_ontology()
    ds = load_dataset(export(tricky_dataset(), "trig", tmp_path / "o.trig", include_ontology=True)[0])
    g = ds.graph(URIRef("https://w3id.org/kg-news/ontology"))
    assert isomorphic(g, onto)
    flat = load_dataset(export(tricky_dataset(), "turtle", tmp_path / "o.ttl", include_ontology=True)[0])
    assert (KG.Organization, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in union(flat)


def test_graphml_opens_with_networkx(tmp_path):
    from kg.network import to_networkx
    ds = tricky_dataset()
    path = export(ds, "graphml", tmp_path / "g.graphml")[0]
    g = nx.read_graphml(path, force_multigraph=True)
    projection = to_networkx(ds)
    assert g.number_of_nodes() == projection.number_of_nodes()
    assert g.number_of_edges() == projection.number_of_edges()
    tj = g.nodes[str(ID["place/Tianjin"])]
    assert tj["label"] == "Tianjin" and tj["class"] == "Municipality" and tj["kind"] == "Place"
    assert tj["GDP 2024 change [percent]"] == pytest.approx(5.1)
    assert tj["GDP 2023 value [yuan]"] == pytest.approx(1.67e12)
    preds = {(s, d["predicate"], o) for s, o, d in g.edges(data=True)}
    assert (str(ID["place/Tianjin"]), "supplies", str(ID["product/headlights"])) in preds
    assert (str(ID["person/Zoe-O-Brien"]), "worksFor", str(ID["organization/Acme-Motors"])) in preds


def test_graphml_of_the_seeds_has_the_projections_counts(seeds_build, tmp_path):
    from kg.network import to_networkx
    path = export(load_dataset(seeds_build), "graphml", tmp_path / "s.graphml")[0]
    g = nx.read_graphml(path, force_multigraph=True)
    projection = to_networkx(load_dataset(seeds_build))
    assert (g.number_of_nodes(), g.number_of_edges()) == (projection.number_of_nodes(),
                                                          projection.number_of_edges())
    assert g.number_of_nodes() > 5
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert any("beijing" in x.lower() or "hebei" in x.lower() for x in labels)
    # a fact the seeds state: Beijing supplies window regulators (an edge with its predicate)
    by_label = {d["label"].lower(): n for n, d in g.nodes(data=True)}
    edges = {(s, d["predicate"], o) for s, o, d in g.edges(data=True)}
    assert (by_label["beijing"], "supplies", by_label["window regulators"]) in edges


def test_csv_pair_has_documented_columns(tmp_path):
    from kg.export import EDGE_COLUMNS, NODE_COLUMNS
    paths = export(tricky_dataset(), "csv", tmp_path / "csv")
    assert [p.name for p in paths] == ["nodes.csv", "edges.csv"]
    with open(tmp_path / "csv" / "nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(tmp_path / "csv" / "edges.csv", newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert tuple(nodes[0])[:len(NODE_COLUMNS)] == NODE_COLUMNS
    assert tuple(edges[0]) == EDGE_COLUMNS
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)  # Gephi/Neo4j join on Id
    assert all(e["Type"] == "Directed" for e in edges)
    sup = [e for e in edges if e["Predicate"] == "supplies"]
    assert sup and sup[0]["Sentence"] == " ".join(TRICKY.split())  # one line per record
    tj = next(n for n in nodes if n["Label"] == "Tianjin")
    assert float(tj["GDP 2024 change [percent]"]) == 5.1 and tj["Aliases"] == "Tianjin Municipality"


def kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_cli_export_formats(seeds_build, tmp_path):
    r = kg("export", seeds_build)
    assert r.returncode == 0, r.stderr
    assert "@prefix kg:" in r.stdout  # turtle to stdout by default
    for fmt in FORMATS:
        out = tmp_path / (fmt if fmt == "csv" else f"g.{fmt}")
        r = kg("export", seeds_build, "--format", fmt, "--out", out)
        assert r.returncode == 0, (fmt, r.stderr)
        assert out.exists()
    r = kg("export", seeds_build, "--out", tmp_path / "guess.nq")
    assert r.returncode == 0 and ox_quads((tmp_path / "guess.nq").read_bytes(), "nquads")


def test_cli_errors_are_one_line(seeds_build, tmp_path):
    r = kg("export", seeds_build, "--format", "xlsx")
    assert r.returncode == 2 and r.stderr.strip().startswith("kg: error:") and "xlsx" in r.stderr
    r = kg("export", tmp_path / "missing.ttl")
    assert r.returncode == 2 and "missing.ttl" in r.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle .")
    r = kg("export", bad)
    assert r.returncode == 1 and "bad.ttl" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = kg("export", seeds_build, "--format", "csv")
    assert r.returncode == 2 and "--out" in r.stderr
    r = kg("export", seeds_build, "--document", "no-such-doc")
    assert r.returncode == 2 and "no-such-doc" in r.stderr


def test_cli_help():
    r = kg("export", "--help")
    assert r.returncode == 0
    for word in ("--format", "--out", "--include-ontology", "--document", "graphml", "csv"):
        assert word in r.stdout


def test_a_remote_jsonld_context_is_never_fetched(tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from kg.errors import KgError
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b'{"@context": {"name": "https://schema.org/name"}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        doc = tmp_path / "remote.jsonld"
        doc.write_text('{"@context": "http://127.0.0.1:%d/ctx.jsonld", "@id": "https://example.org/a", "name": "A"}'
                       % srv.server_address[1])
        with pytest.raises(KgError, match="remote.jsonld"):
            load_dataset(doc)
        r = kg("export", doc, "-f", "nt")
        assert r.returncode == 1 and "remote.jsonld" in r.stderr
    finally:
        srv.shutdown()
        srv.server_close()
    assert hits == []
