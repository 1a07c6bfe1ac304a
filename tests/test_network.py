"""kg.network: the networkx projection of the RDF graph, and its analytics."""
from __future__ import annotations

import pytest
from rdflib import Dataset

from conftest import SMALL_TRIG
from kg.errors import UsageError
from kg.network import (fill, find_node, importance, neighbourhood, skeleton, subject_sorted, to_networkx,
                        top_nodes)
from kg.writer import sorted_graph

ID = "https://w3id.org/kg-news/id/"
DOC = "https://w3id.org/kg-news/doc/"


@pytest.fixture(scope="module")
def graph():
    ds = Dataset()
    ds.parse(data=SMALL_TRIG, format="trig")
    return to_networkx(ds)


def test_entities_are_nodes_with_class_label_and_aliases(graph):
    assert set(graph) == {ID + "place/Shanxi", ID + "place/Datong", ID + "organization/Acme",
                          ID + "product/Axles", ID + "person/Wang"}
    shanxi = graph.nodes[ID + "place/Shanxi"]
    assert (shanxi["label"], shanxi["cls"], shanxi["kind"]) == ("Shanxi", "Province", "Place")
    assert shanxi["aliases"] == ["Shanxi Province"]
    assert shanxi["documents"] == [DOC + "d1"]
    assert graph.nodes[ID + "organization/Acme"]["cls"] == "Company"


def test_relations_are_directed_edges_with_evidence(graph):
    edges = {(s.rsplit("/", 1)[1], k, o.rsplit("/", 1)[1]) for s, o, k in graph.edges(keys=True)}
    assert edges == {("Datong", "locatedIn", "Shanxi"), ("Shanxi", "supplies", "Axles"),
                     ("Acme", "headquarteredIn", "Datong"), ("Wang", "worksFor", "Acme")}
    [ev] = graph.edges[ID + "place/Shanxi", ID + "product/Axles", "supplies"]["evidence"]
    assert ev == {"sentence": "Shanxi provides axles to carmakers across the north.", "document": DOC + "d1",
                  "start": 10, "end": 62, "extractor": "relations", "confidence": 0.8}
    [role] = graph.edges[ID + "person/Wang", ID + "organization/Acme", "worksFor"]["evidence"]
    assert role["title"] == "chief engineer"
    assert graph.graph["documents"][DOC + "d1"] == {"title": "Shanxi story", "date": "2025-01-02",
                                                   "source": "shanxi.txt"}


def test_observations_attach_to_their_entity(graph):
    [ob] = graph.nodes[ID + "place/Shanxi"]["observations"]
    assert ob["indicator"] == "GDP"
    assert (ob["value"], ob["unit"], ob["change"], ob["changeUnit"], ob["year"]) == (
        2500000000000, "yuan", 5.4, "percent", "2024")
    assert ob["sentence"] == "Shanxi's GDP grew 5.4 percent in 2024."
    # indicators, observations, roles and documents are not entities
    assert not any("indicator/" in v or "observation/" in v or "role/" in v for v in graph)


def test_two_passes_project_what_to_networkx_does():
    ds = Dataset()  # an indicator labelled otherwise than its IRI says
    ds.parse(data=SMALL_TRIG.replace('rdfs:label "GDP"', 'rdfs:label "gross product"'), format="trig")
    sg = sorted_graph(ds)
    stream = subject_sorted(sg)
    ref = to_networkx(ds)  # the Dataset's triples grouped by subject in memory, not sorted
    full = skeleton(stream())
    assert sorted(full) == sorted(ref) and sorted(full.edges(keys=True)) == sorted(ref.edges(keys=True))
    assert not any("label" in d for _, d in full.nodes(data=True))  # pass 1 keeps no facts
    fill(full, stream(), full)
    assert full.nodes[ID + "place/Shanxi"]["observations"][0]["indicator"] == "gross product"
    # the same facts, each node's attributes in the same order
    assert sorted((v, list(d.items())) for v, d in full.nodes(data=True)) == \
        sorted((v, list(d.items())) for v, d in ref.nodes(data=True))
    assert sorted(full.edges(keys=True, data=True)) == sorted(ref.edges(keys=True, data=True))
    assert full.graph["documents"] == ref.graph["documents"]


def test_the_second_pass_reads_facts_only_of_what_is_shown():
    ds = Dataset()
    ds.parse(data=SMALL_TRIG, format="trig")
    stream = subject_sorted(sorted_graph(ds))
    ref = to_networkx(ds)
    full = skeleton(stream())
    shown = full.subgraph([ID + "place/Shanxi", ID + "person/Wang"]).copy()
    fill(shown, stream(), full)
    assert dict(shown.nodes(data=True)) == {v: ref.nodes[v] for v in shown}
    assert shown.number_of_edges() == 0
    # Wang's role names Acme, an entity of the whole graph though not shown
    assert [r["organization"] for r in shown.nodes[ID + "person/Wang"]["roles"]] == [ID + "organization/Acme"]
    assert "label" not in full.nodes[ID + "place/Datong"]
    assert subject_sorted(ds) is None  # an rdflib Dataset is not read in two passes


def test_importance_ranks_the_hub_first(graph):
    scores = importance(graph)
    assert abs(sum(scores.values()) - 1) < 1e-6
    # a path Wang - Acme - Datong - Shanxi - Axles: the inner three outrank the two ends
    inner = [scores[ID + x] for x in ("organization/Acme", "place/Datong", "place/Shanxi")]
    assert min(inner) > max(scores[ID + "person/Wang"], scores[ID + "product/Axles"])
    top = top_nodes(graph, 3, scores)
    assert set(top) == {ID + "organization/Acme", ID + "place/Datong", ID + "place/Shanxi"}
    assert top_nodes(graph, 10, scores) is graph


def test_neighbourhood_by_label_or_alias(graph):
    assert set(neighbourhood(graph, "shanxi province", 1)) == {
        ID + "place/Shanxi", ID + "place/Datong", ID + "product/Axles"}
    two = neighbourhood(graph, "Axles", 2)
    assert set(two) == {ID + "product/Axles", ID + "place/Shanxi", ID + "place/Datong"}
    assert two.graph["focus"] == ID + "product/Axles"
    assert set(neighbourhood(graph, "Wang Fang", 0)) == {ID + "person/Wang"}


def test_unknown_label_is_a_usage_error_with_suggestions(graph):
    with pytest.raises(UsageError, match=r"no entity labelled 'Shanxl'.*'Shanxi'"):
        find_node(graph, "Shanxl")


def test_seeds_build_projects_every_entity(seeds_build):
    from kg.store import load_dataset
    ds = load_dataset(seeds_build)
    graph = to_networkx(ds)
    rows = ds.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
          GRAPH ?g { ?e a ?c } VALUES ?c { kg:Organization kg:Person kg:Place kg:Facility kg:Product }
        }""")
    assert graph.number_of_nodes() == int(next(iter(rows))[0]) > 10
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert "Lei Jun" in labels and any("Hebei" in x for x in labels)
