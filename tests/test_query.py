"""kg query and kg.sparql: the saved queries on a small news graph of our own and on the seeds,
output formats, parameters, parse errors, and what is refused."""
from __future__ import annotations

import datetime as dt
import json
import re
import socket
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from kg import sparql
from kg.cli import main
from kg.model import DocFacts, Document, Entity, Evidence, Mention, Observation, Relation, Role
from kg.rdf import to_dataset, union

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
EVIL = "Acme <img src=x onerror=alert(1)> & Sons"

ENTITIES = {  # key -> (class, label)
    "Organization/Ardent-Motors": ("Company", "Ardent Motors"),
    "Product/Zephyr-X1": ("Product", "Zephyr X1"),
    "Product/brake-pads": ("Product", "brake pads"),
    "Product/wiper-motors": ("Product", "wiper motors"),
    "Place/Lakeshire": ("Province", "Lakeshire"),
    "Place/Port-Vell": ("City", "Port Vell"),
    "Place/Northern-Belt": ("Region", "Northern Belt"),
    "Person/Mara-Quill": ("Person", "Mara Quill"),
    "Facility/Vell-Works": ("Facility", "Vell Works"),
    "Organization/Acme": ("Company", EVIL),
}


def _facts(doc_id, text, date, publisher, title=None):
    return DocFacts(Document(id=doc_id, text=text, source=f"{doc_id}.txt", title=title,
                             publisher=publisher, date=date))


def _m(f: DocFacts, key: str) -> Mention:
    cls, label = ENTITIES[key]
    m = Mention(label, cls, 0, len(label), entity=key)
    f.mentions.append(m)
    return m


def _ev(f, sentence, extractor="test"):
    start = f.document.text.index(sentence)
    return Evidence(f.document.id, start, start + len(sentence), sentence, extractor, 0.9)


def news_facts():
    """Two short articles of our own, as kg's extractors would read them."""
    s1 = "Lakeshire supplies brake pads and Port Vell supplies wiper motors for the Zephyr X1."
    s2 = "Ardent Motors, headquartered in Port Vell, launched the Zephyr X1."
    s3 = "Mara Quill, founder and chief executive of Ardent Motors, spoke on Monday."
    s4 = "Lakeshire's GDP grew 4.2 percent in 2023 to 812 billion yuan, while Port Vell's fell 1.3 percent."
    s5 = "Port Vell is a city in Lakeshire, part of the Northern Belt."
    text1 = " ".join([s1, s2, s3, s4, s5])
    f1 = _facts("ardent-2024", text1, dt.date(2024, 5, 2), "Test Wire", "Ardent launches the Zephyr X1")
    rel = lambda f, s, p, o, sent: f.relations.append(Relation(_m(f, s), p, _m(f, o), _ev(f, sent)))  # noqa: E731
    rel(f1, "Place/Lakeshire", "supplies", "Product/brake-pads", s1)
    rel(f1, "Place/Port-Vell", "supplies", "Product/wiper-motors", s1)
    rel(f1, "Product/brake-pads", "componentOf", "Product/Zephyr-X1", s1)
    rel(f1, "Product/wiper-motors", "componentOf", "Product/Zephyr-X1", s1)
    rel(f1, "Organization/Ardent-Motors", "launched", "Product/Zephyr-X1", s2)
    rel(f1, "Organization/Ardent-Motors", "headquarteredIn", "Place/Port-Vell", s2)
    rel(f1, "Person/Mara-Quill", "founded", "Organization/Ardent-Motors", s3)
    rel(f1, "Place/Port-Vell", "locatedIn", "Place/Lakeshire", s5)
    rel(f1, "Place/Lakeshire", "partOf", "Place/Northern-Belt", s5)
    f1.roles.append(Role(_m(f1, "Person/Mara-Quill"), _m(f1, "Organization/Ardent-Motors"),
                         "chief executive", _ev(f1, s3)))
    gdp = dict(indicator="GDP", change_unit="percent", year=2023)
    f1.observations += [
        Observation(_m(f1, "Place/Lakeshire"), evidence=_ev(f1, s4), change=Decimal("4.2"),
                    value=Decimal("812000000000"), unit="yuan", **gdp),
        Observation(_m(f1, "Place/Port-Vell"), evidence=_ev(f1, s4), change=Decimal("-1.3"), **gdp),
    ]
    t1 = "Steel output in Lakeshire dropped 6.5 percent in 2023. Ardent Motors makes the Zephyr X1 at Vell Works in Port Vell."
    f2 = _facts("lakeshire-steel", t1, dt.date(2024, 6, 10), "Test Wire")
    t1a, t1b = t1.split(". ")
    f2.observations.append(Observation(_m(f2, "Place/Lakeshire"), "steel output", _ev(f2, t1a),
                                       change=Decimal("-6.5"), change_unit="percent", year=2023))
    rel(f2, "Organization/Ardent-Motors", "produces", "Product/Zephyr-X1", t1b)
    rel(f2, "Organization/Ardent-Motors", "operates", "Facility/Vell-Works", t1b)
    rel(f2, "Facility/Vell-Works", "locatedIn", "Place/Port-Vell", t1b)
    f3 = _facts("acme", f"{EVIL} opened a shop in Lakeshire.", dt.date(2024, 7, 1), None)
    _m(f3, "Organization/Acme")
    _m(f3, "Place/Lakeshire")
    entities = {k: Entity(k, cls, label) for k, (cls, label) in ENTITIES.items()}
    return [f1, f2, f3], entities


def write_news_graph(directory: Path) -> Path:
    """The news graph as a build directory (graph.trig + graph.ttl); returns the directory."""
    facts, entities = news_facts()
    ds = to_dataset(facts, entities)
    directory.mkdir(parents=True, exist_ok=True)
    ds.serialize(str(directory / "graph.trig"), format="trig")
    union(ds).serialize(str(directory / "graph.ttl"), format="turtle")
    return directory


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    return write_news_graph(tmp_path_factory.mktemp("news"))


def q(source, name, **params):
    """Rows of a saved query as tuples of short cells."""
    r = sparql.run_query(source, sparql.saved_queries()[name].text, params or None)
    return [tuple(sparql.short(t) for t in s) for s in r.solutions], r


def col(rows_result, var):
    rows, r = rows_result
    i = r.vars.index(var)
    return [row[i] for row in rows]


# --- the library
def test_library_has_documented_queries():
    saved = sparql.saved_queries()
    assert len(saved) >= 12
    for name, s in saved.items():
        assert s.title and s.title != name, name
        assert s.description, name
        head = s.text.split("\n", 3)
        assert head[0].startswith("# title:"), name
        body = "\n".join(line for line in s.text.splitlines() if not line.startswith("#"))
        for p in s.params:  # every documented parameter is a variable of the query (or its LIMIT)
            assert (f"?{p}" in body) if p != "limit" else ("LIMIT" in body), (name, p)


def test_list_names_every_saved_query(capfd):
    assert main(["query", "--list"]) == 0
    out = capfd.readouterr().out
    for name in sparql.saved_queries():
        assert name in out


def test_suppliers(news):
    rows, r = q(news, "suppliers")
    assert [row[3] + " <- " + row[5] for row in rows] == [
        "brake pads <- Lakeshire", "wiper motors <- Port Vell"]
    assert col(q(news, "suppliers", product="product:wiper-motors"), "supplierLabel") == []
    assert col(q(news, "suppliers", product="product:Zephyr-X1"), "supplierLabel") == ["Lakeshire", "Port Vell"]


def test_indicator_growth(news):
    rows, r = q(news, "indicator-growth", indicator="indicator:GDP")
    assert [(x[2], x[3], x[4], x[5]) for x in rows] == [
        ("Lakeshire", "2023", "4.2", "percent"), ("Port Vell", "2023", "-1.3", "percent")]
    assert len(q(news, "indicator-growth")[0]) == 3  # steel output too


def test_entity_observations(news):
    rows, r = q(news, "entity-observations", entity="place:Lakeshire")
    got = sorted((x[r.vars.index("indicatorLabel")], x[r.vars.index("value")], x[r.vars.index("change")])
                 for x in rows)
    assert got == [("GDP", "812000000000", "4.2"), ("steel output", "", "-6.5")]


def test_compare_places(news):
    rows, r = q(news, "compare-places", indicator="indicator:GDP", year="2023")
    assert col((rows, r), "placeLabel") == ["Lakeshire", "Port Vell"]
    assert q(news, "compare-places", indicator="indicator:GDP", year="2019")[0] == []


def test_people_positions(news):
    rows, r = q(news, "people-positions", org="organization:Ardent-Motors")
    assert [(x[0], x[1], x[2]) for x in rows] == [
        ("Ardent Motors", "Mara Quill", "chief executive"), ("Ardent Motors", "Mara Quill", "founder")]
    assert all(x[4] for x in rows)  # the sentence


def test_organisations_in_place_follow_parts(news):
    rows, r = q(news, "organisations-in-place", place="place:Northern-Belt")
    assert sorted((x[1], x[2], x[3]) for x in rows) == [
        ("Ardent Motors", "headquarteredIn", "Port Vell"), ("Ardent Motors", "operates", "Port Vell")]
    assert q(news, "organisations-in-place", place="place:Port-Vell")[0]
    assert not q(news, "organisations-in-place", place="place:Nowhere")[0]


def test_document_facts_reads_one_named_graph(news):
    rows, r = q(news, "document-facts", doc="kgdoc:lakeshire-steel")
    facts = col((rows, r), "fact")
    assert "Ardent Motors produces Zephyr X1" in facts
    assert any(f.startswith("Lakeshire: steel output") for f in facts)
    assert not any("supplies" in f for f in facts)  # those are in the other article
    assert len(rows) == 4
    assert q(news / "graph.ttl", "document-facts", doc="kgdoc:lakeshire-steel")[0] == []  # no named graphs


def test_fact_provenance(news):
    rows, r = q(news, "fact-provenance", subject="place:Port-Vell", object="product:wiper-motors")
    row = dict(zip(r.vars, rows[0]))
    assert row["fact"] == "Port Vell supplies wiper motors"
    assert row["sentence"].startswith("Lakeshire supplies brake pads")
    assert row["doc"] == "kgdoc:ardent-2024" and row["date"] == "2024-05-02" and row["publisher"] == "Test Wire"
    assert row["extractor"] == "test"


def test_most_mentioned(news):
    rows, r = q(news, "most-mentioned")
    assert rows[0][1:] == ("Lakeshire", "3")
    assert ("Ardent Motors", "2") in [x[1:] for x in rows]
    assert col(q(news, "most-mentioned", **{"class": "kg:Person"}), "label") == ["Mara Quill"]


def test_indicators_fell(news):
    rows, r = q(news, "indicators-fell")
    assert [(x[0], x[1], x[2]) for x in rows] == [("steel output", "Lakeshire", "-6.5"), ("GDP", "Port Vell", "-1.3")]


def test_documents(news):
    rows, r = q(news, "documents")
    assert col((rows, r), "doc") == ["kgdoc:acme", "kgdoc:lakeshire-steel", "kgdoc:ardent-2024"]


def test_relations_and_products(news):
    assert len(q(news, "relations")[0]) == 13  # 12 stated + worksFor from the role
    assert col(q(news, "relations", predicate="kg:supplies"), "subjectLabel") == ["Lakeshire", "Port Vell"]
    rows, r = q(news, "products", product="product:Zephyr-X1")
    assert [(x[1], x[2]) for x in rows] == [("launched", "Ardent Motors"), ("produces", "Ardent Motors")]


def test_place_parts_transitive(news):
    parts = col(q(news, "place-parts", place="place:Northern-Belt"), "partLabel")
    assert parts == ["Lakeshire", "Port Vell", "Vell Works"]


def test_find_entity(news):
    assert col(q(news, "find-entity", text="vell"), "label") == ["Port Vell", "Vell Works"]


def test_describe_and_neighbourhood(news):
    r = sparql.run_query(news, sparql.saved_queries()["describe-entity"].text, {"entity": "person:Mara-Quill"})
    g = r.graph()
    assert r.kind == "graph" and len(g) >= 4
    assert {str(o) for o in g.objects(None, None)} >= {"Mara Quill", ID + "organization/Ardent-Motors"}
    r = sparql.run_query(news, sparql.saved_queries()["neighbourhood"].text, {"entity": "place:Port-Vell"})
    g = r.graph()
    preds = {str(p).rsplit("#", 1)[-1] for p in g.predicates()}
    assert {"supplies", "locatedIn", "headquarteredIn", "label"} <= preds
    assert len(set(g.subjects())) == 5  # Port Vell, Ardent Motors, Vell Works, Lakeshire, wiper motors


# --- the seeds: every saved query runs; facts that are true in the seed articles
def test_every_saved_query_runs_on_the_seeds(seeds_build):
    for name, s in sparql.saved_queries().items():
        params = {k: v for k, v in s.examples.items() if k not in ("doc",)} if s.params else None
        r = sparql.run_query(seeds_build, s.text, params)
        assert r.kind in ("select", "graph"), name


def _labels(r, var):
    return [d[var] for d in r.dicts()]


def test_seeds_documents_and_mentions(seeds_build):
    r = sparql.run_query(seeds_build, sparql.saved_queries()["documents"].text)
    assert [str(d["date"]) for d in r.dicts()] == ["2026-01-15", "2025-03-20"]
    top = {(d["label"], int(d["documents"])) for d in
           sparql.run_query(seeds_build, sparql.saved_queries()["most-mentioned"].text).dicts()}
    assert any(label.lower().startswith("beijing") and n == 2 for label, n in top)
    assert any(label.lower().startswith("hebei") and n == 2 for label, n in top)


def test_seeds_beijing_supplies_window_regulators(seeds_build):
    r = sparql.run_query(seeds_build, sparql.saved_queries()["relations"].text, {"predicate": "kg:supplies"})
    pairs = {(d["subjectLabel"].lower(), d["objectLabel"].lower()) for d in r.dicts()}
    assert any(s.startswith("beijing") and "window regulator" in o for s, o in pairs), pairs
    assert any(s.startswith("hebei") and "batter" in o for s, o in pairs), pairs


def test_seeds_lei_jun_founder_and_ceo(seeds_build):
    r = sparql.run_query(seeds_build, sparql.saved_queries()["people-positions"].text)
    lei = {d["title"].lower() for d in r.dicts() if d["personLabel"] == "Lei Jun" and d["orgLabel"] == "Xiaomi"}
    assert "founder" in lei, lei
    assert any(re.search(r"\b(ceo|chief executive)\b", t) for t in lei), lei


# --- the command line
def run(capfd, *argv):
    code = main(["query", *map(str, argv)])
    out, err = capfd.readouterr()
    return code, out, err


def test_cli_table_and_param(news, capfd):
    code, out, err = run(capfd, news, "suppliers", "--param", "product=product:Zephyr-X1")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["product", "productLabel", "component", "componentLabel", "supplier", "supplierLabel"]
    assert "product:Zephyr-X1" in lines[2] and "Lakeshire" in lines[2]
    assert lines[-1] == "(2 rows)"


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_cli_result_formats(news, capfd, fmt, tmp_path):
    text = "SELECT ?p ?l WHERE { ?p a kg:Place ; rdfs:label ?l } ORDER BY ?l"
    code, out, err = run(capfd, news, "-e", text, "--format", fmt)
    assert code == 0, err
    if fmt == "csv":
        assert out.splitlines()[:2] == ["p,l", f"{ID}place/Lakeshire,Lakeshire"]
    elif fmt == "tsv":
        assert out.splitlines()[:2] == ["?p\t?l", f'<{ID}place/Lakeshire>\t"Lakeshire"']
    elif fmt == "json":
        doc = json.loads(out)
        assert doc["head"]["vars"] == ["p", "l"]
        assert doc["results"]["bindings"][0]["l"] == {"type": "literal", "value": "Lakeshire"}
        assert len(doc["results"]["bindings"]) == 3
    else:
        ns = {"s": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(out)
        assert [v.get("name") for v in root.findall("s:head/s:variable", ns)] == ["p", "l"]
        assert root.find("s:results/s:result/s:binding/s:uri", ns).text == f"{ID}place/Lakeshire"


@pytest.mark.parametrize("fmt,rdflib_fmt", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_cli_graph_formats(news, capfd, fmt, rdflib_fmt):
    code, out, err = run(capfd, news, "describe-entity", "-p", "entity=place:Port-Vell", "-f", fmt)
    assert code == 0, err
    g = Graph().parse(data=out, format=rdflib_fmt)
    assert (None, None, None) in g and len(g) >= 5
    assert {str(o) for o in g.objects()} >= {"Port Vell", ID + "place/Lakeshire"}


def test_cli_out_file_is_written(news, capfd, tmp_path):
    target = tmp_path / "res.csv"
    code, out, err = run(capfd, news, "documents", "-f", "csv", "-o", target)
    assert code == 0 and out == ""
    assert target.read_text().startswith("doc,date,publisher,title,source")


def test_cli_malformed_query_gives_line_and_column(news, capfd, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x\nWHERE {\n  ?x a kg:Place . ?x rdfs:label ?l ?m }\nLIMIT 3\n")
    code, out, err = run(capfd, news, bad)
    assert code == 1
    assert re.search(r"bad\.rq: syntax error at line \d+, column \d+: expected", err), err
    assert len(err.strip().splitlines()) == 1


def test_parse_error_position_ignores_bound_params(news):
    text = "SELECT ?x WHERE { ?x a kg:Place . ?x rdfs:label ?l ?m }"
    with pytest.raises(sparql.QueryError) as plain:
        sparql.run_query(news, text)
    with pytest.raises(sparql.QueryError) as bound:
        sparql.run_query(news, text, {"x": "place:Lakeshire"})
    assert "line 1, column 56" in str(plain.value) and str(plain.value) == str(bound.value)


def test_cli_usage_errors(news, capfd):
    assert run(capfd, news, "documents", "--format", "turtle")[0] == 2  # a SELECT as Turtle
    assert run(capfd, news, "documents", "--format", "yaml")[0] == 2
    assert run(capfd, news)[0] == 2
    assert run(capfd, news, "no-such-query")[0] == 2
    assert run(capfd, news / "missing.ttl", "documents")[0] == 2
    code, out, err = run(capfd, news, "suppliers", "-p", "nope=1")
    assert code == 2 and "?nope" in err


def test_refusals_make_no_connection(news, capfd, trap):
    """SERVICE and LOAD are refused before anything could connect to the listener."""
    socket.create_connection(("127.0.0.1", trap.port), timeout=5).close()
    assert trap.connections() == 1  # the trap sees a connection when there is one
    port = trap.port
    for text in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                 f"select * where {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                 f"LOAD <http://127.0.0.1:{port}/data.ttl>"):
        code, out, err = run(capfd, news, "-e", text)
        assert code == 1 and "refused" in err, err
    assert trap.connections() == 0


def test_updates_refused_unless_asked(news):
    with pytest.raises(sparql.QueryRefused):
        sparql.run_query(news, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    store = sparql.load_file(news / "graph.ttl")
    sparql.run_query(store, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", allow_update=True)
    assert sparql.run_query(store, "ASK { <urn:a> <urn:b> <urn:c> }").boolean is True


@pytest.mark.parametrize("text", [
    'SELECT ?service WHERE { ?service ?p "SERVICE <http://x> { }" }',
    "SELECT ?s WHERE { ?s <http://example.org/SERVICE> ?o } # SERVICE <http://x>",
    "SELECT ?s WHERE { ?s kg:service ?o }",
    "SELECT ?s WHERE { ?s ?p '''LOAD\n<http://x>''' }",
])
def test_keywords_in_strings_comments_and_names_are_fine(news, text):
    assert sparql.run_query(news, text).kind == "select"


def test_param_terms():
    assert sparql.parse_term("place:Lakeshire").value == ID + "place/Lakeshire"
    assert sparql.parse_term("<http://e.org/x>").value == "http://e.org/x"
    assert sparql.parse_term("https://e.org/x").value == "https://e.org/x"
    assert sparql.parse_term("42").datatype.value.endswith("#integer")
    assert sparql.parse_term("-1.5").datatype.value.endswith("#decimal")
    assert sparql.parse_term('"2024"^^xsd:gYear').datatype.value.endswith("#gYear")
    assert sparql.parse_term('"Pékin"@fr').language == "fr"
    assert sparql.parse_term("Lei Jun").value == "Lei Jun"
    with pytest.raises(Exception):
        sparql.parse_term('"unterminated')


def test_api_accepts_rdflib_graphs_and_dicts(news):
    from kg.store import load_dataset
    ds = load_dataset(news)
    r = sparql.run_query(ds, "SELECT ?l WHERE { ?x kg:supplies ?y . ?x rdfs:label ?l } ORDER BY ?l")
    assert [str(row[0]) for row in r.rows] == ["Lakeshire", "Port Vell"]
    r = sparql.run_query(union(ds), "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Observation }")
    assert r.dicts() == [{"n": 3}]


def test_limit_parameter_widens_or_narrows(news):
    assert len(q(news, "documents")[0]) == 3
    assert col(q(news, "documents", limit="1"), "doc") == ["kgdoc:acme"]
    assert len(q(news, "documents", limit="none")[0]) == 3
    rows, r = q(news, "indicator-growth", limit="1")  # the latest year, the largest change
    assert [(x[2], x[4]) for x in rows] == [("Lakeshire", "4.2")]
    assert len(q(news, "most-mentioned", limit="2")[0]) == 2
    r = sparql.run_query(news, "SELECT ?p WHERE { ?p a kg:Place }", {"limit": "2"})  # added where none
    assert len(r) == 2
    with pytest.raises(sparql.UsageError, match="bad limit"):
        q(news, "documents", limit="many")


def test_listing_queries_have_a_default_limit():
    """relations, products and suppliers stop at 1000 rows unless told otherwise."""
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import RDF, RDFS
    ds = Dataset()
    g = ds.graph(URIRef("https://w3id.org/kg-news/doc/big"))
    k = lambda s: URIRef(KG + s)  # noqa: E731
    car = URIRef(ID + "product/Car")
    g.add((car, RDF.type, k("Product")))
    g.add((car, RDFS.label, Literal("car")))
    for i in range(1001):
        part, maker = URIRef(ID + f"product/Part-{i}"), URIRef(ID + f"organization/Maker-{i}")
        g.add((part, RDFS.label, Literal(f"part {i}")))
        g.add((maker, RDFS.label, Literal(f"maker {i}")))
        g.add((part, k("componentOf"), car))
        g.add((maker, k("supplies"), part))
        g.add((maker, k("produces"), car))
    store = sparql.open_store(ds)
    for name, every in (("relations", 3003), ("products", 1001), ("suppliers", 1001)):
        assert "default 1000" in sparql.saved_queries()[name].params["limit"], name
        assert len(q(store, name)[0]) == 1000, name
        assert len(q(store, name, limit="none")[0]) == every, name
        assert len(q(store, name, limit="5")[0]) == 5, name
    rows, r = q(store, "relations", subject="organization:Maker-7")  # bound: all of its rows
    assert sorted(x[1] for x in rows) == ["produces", "supplies"]


def test_an_rdflib_dataset_answers_as_its_file(news):
    from rdflib import BNode, Literal
    from rdflib.namespace import RDFS, XSD
    from kg.store import load_dataset
    ds = load_dataset(news / "graph.trig")
    for text in ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                 "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }"):
        assert set(sparql.run_query(ds, text).rows) == set(sparql.run_query(news / "graph.trig", text).rows)
    g = Graph()
    node = BNode()
    g.add((node, RDFS.label, Literal("Genève", lang="fr")))
    g.add((node, RDFS.comment, Literal("1.50", datatype=XSD.decimal)))
    r = sparql.run_query(g, "SELECT ?l ?c WHERE { ?x rdfs:label ?l ; rdfs:comment ?c }")
    [(label, comment)] = r.solutions
    assert (label.value, label.language, comment.value, comment.datatype.value) == (
        "Genève", "fr", "1.5", str(XSD.decimal))


def test_params_reach_subqueries_and_filters(news):
    """A parameter is bound inside sub-queries too, and written into FILTERs as its value."""
    text = ("SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?x a ?class } } }")
    assert sparql.run_query(news, text, {"class": "kg:Person"}).dicts() == [{"n": 1}]
    bound, _ = sparql.bind_params("SELECT ?x WHERE { ?x rdfs:label ?l FILTER(CONTAINS(?l, ?t) && BOUND(?t)) }",
                                  sparql.parse_params({"t": "Vell"}), "select")
    assert 'CONTAINS(?l, "Vell")' in bound and "BOUND(?t)" in bound
    r = sparql.run_query(news, "SELECT ?x WHERE { ?x a kg:Facility ; rdfs:label ?l FILTER(CONTAINS(?l, ?t) && BOUND(?t)) }",
                         {"t": "Vell"})
    assert [sparql.short(s[0]) for s in r.solutions] == ["facility:Vell-Works"]


def test_only_with_lines_are_dropped_when_unbound(news):
    text = "SELECT ?x WHERE {\n  ?x a kg:Place .\n  ?x kg:partOf ?in .  # only with ?in\n}"
    assert len(sparql.run_query(news, text)) == 3  # every place
    assert col(q(news, "most-mentioned", **{"class": "kg:Place"}), "label")[0] == "Lakeshire"
    r = sparql.run_query(news, text, {"in": "place:Northern-Belt"})
    assert [sparql.short(s[0]) for s in r.solutions] == ["place:Lakeshire"]


def test_plain_queries_run_on_the_union_copy(news):
    store = sparql.load_file(news / "graph.trig")
    assert store.union is not None and len(store.union) < len(store)
    assert store.store_for("SELECT * WHERE { ?s ?p ?o }") is store.union
    assert store.store_for("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }") is store.dataset
    n = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert sparql.run_query(store.union, n).dicts() == sparql.run_query(store.dataset, n).dicts()


def test_result_cap(news):
    with pytest.raises(sparql.ResultTooLarge, match="more than 5 rows"):
        sparql.run_query(news, "SELECT * WHERE { ?s ?p ?o }", max_rows=5)
