"""kg.load(): the notebook API, and the README example run as written."""
from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

import kg
from kg.errors import UsageError
from kg.network import to_networkx
from kg.rdf import doc_iri, union
from kg.sparql import QueryRefused
from kg.store import load_dataset
from kg.terms import ID, KG

ROOT = Path(__file__).resolve().parent.parent


def test_load_a_build(seeds_build):
    g = kg.load(seeds_build)
    assert isinstance(g.rdf, Dataset)
    assert len(g.documents) == len(list((ROOT / "seeds").glob("*.txt")))
    assert all(d.startswith(str(doc_iri(""))) for d in g.documents)
    assert "documents" in repr(g) and str(seeds_build) in repr(g)


def test_nx_is_the_network_views_projection(seeds_build):
    g = kg.load(seeds_build)
    net = g.nx()
    ref = to_networkx(load_dataset(seeds_build))
    assert isinstance(net, nx.MultiDiGraph)
    assert set(net.nodes) == set(ref.nodes) and set(net.edges(keys=True)) == set(ref.edges(keys=True))
    assert all("label" in d and "cls" in d for _, d in net.nodes(data=True))


def test_query_answers_and_follows_changes(seeds_build):
    g = kg.load(seeds_build)
    q = "SELECT ?d WHERE { ?d a kg:Document } ORDER BY ?d"
    assert [str(r[0]) for r in g.query(q).rows] == g.documents
    place = "SELECT ?l WHERE { ?p a kg:Place ; rdfs:label ?l }"
    before = {r["l"] for r in g.query(place).dicts()}
    g.rdf.graph(doc_iri("extra")).add((ID["place/Atlantis"], RDF.type, KG.Place))
    g.rdf.graph(doc_iri("extra")).add((ID["place/Atlantis"], RDFS.label, Literal("Atlantis")))
    assert {r["l"] for r in g.query(place).dicts()} == before | {"Atlantis"}


def test_query_by_saved_name_and_params(seeds_build):
    g = kg.load(seeds_build)
    assert g.query("documents").kind == "select"
    r = g.query("SELECT ?l WHERE { ?p rdfs:label ?l FILTER(?p = ?who) }",
                params={"who": ID["place/Nowhere"]})
    assert r.rows == []


def test_query_is_read_only(seeds_build):
    with pytest.raises(QueryRefused):
        kg.load(seeds_build).query("DELETE WHERE { ?s ?p ?o }")


def test_export_from_the_api(seeds_build, tmp_path):
    g = kg.load(seeds_build)
    ttl = g.export("turtle")
    assert isinstance(ttl, bytes) and b"@prefix kg:" in ttl
    assert isomorphic(Graph().parse(data=ttl, format="turtle"), union(g.rdf))
    paths = g.export("csv", tmp_path / "tables")
    assert sorted(p.name for p in paths) == ["edges.csv", "nodes.csv"]
    (path,) = g.export("nquads", tmp_path / "g.nq", document=g.documents[0])
    assert {str(x.identifier) for x in load_dataset(path).graphs() if len(x)} >= {g.documents[0]}


def test_load_a_graph_file_and_an_rdflib_graph(seeds_build, tmp_path):
    g = kg.load(seeds_build / "graph.ttl")
    assert g.query("ASK { ?s a kg:Document }").boolean
    mem = Graph()
    mem.add((ID["place/X"], RDF.type, KG.Place))
    assert kg.load(mem).query("ASK { ?s a kg:Place }").boolean
    with pytest.raises(UsageError, match="no such file"):
        kg.load(tmp_path / "missing.ttl")


def test_the_readme_notebook_example_runs(seeds_build, tmp_path):
    text = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    code = re.findall(r"```python\n(.*?)```", text, re.DOTALL)[-1]
    assert "kg.load(" in code
    (tmp_path / "out").symlink_to(seeds_build)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        ns: dict = {}
        exec(compile(code, "docs/export.md", "exec"), ns)
    finally:
        os.chdir(cwd)
    assert isinstance(ns["net"], nx.MultiDiGraph) and ns["places"]
    assert (tmp_path / "graph.graphml").exists() and (tmp_path / "tables" / "nodes.csv").exists()
    assert ns["ttl"].startswith(b"@prefix")
