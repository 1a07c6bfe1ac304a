"""kg.network: the networkx projection of the RDF graph, and its analytics."""
from __future__ import annotations

import pytest
from rdflib import Dataset

from conftest import PREFIXES
from kg.errors import UsageError
from kg.network import find_node, importance, neighbourhood, to_networkx, top_nodes

ID = "https://w3id.org/kg-news/id/"
DOC = "https://w3id.org/kg-news/doc/"

# a small graph of our own, shaped as kg.rdf writes it (one named graph per document)
TRIG = PREFIXES + """
kgdoc:d1 a kg:Document ; dcterms:title "Shanxi story" ; dcterms:date "2025-01-02"^^xsd:date .

kgdoc:d1 {
  place:Shanxi a kg:Province, kg:Place ; rdfs:label "Shanxi" ; skos:altLabel "Shanxi Province" ;
      kg:mentionedIn kgdoc:d1 .
  place:Datong a kg:City, kg:Place ; rdfs:label "Datong" .
  organization:Acme a kg:Company, kg:Organization ; rdfs:label "Acme Motors" .
  product:Axles a kg:Product ; rdfs:label "axles" .
  person:Wang a kg:Person ; rdfs:label "Wang Fang" .
  place:Datong kg:locatedIn place:Shanxi .
  place:Shanxi kg:supplies product:Axles .
  statement:s1 a rdf:Statement ; rdf:subject place:Shanxi ; rdf:predicate kg:supplies ;
      rdf:object product:Axles ; prov:wasDerivedFrom kgdoc:d1 ;
      kg:sentence "Shanxi provides axles to carmakers." ; kg:charStart 10 ; kg:charEnd 45 ;
      kg:extractor "relations" ; kg:confidence 0.8 .
  organization:Acme kg:headquarteredIn place:Datong .
  person:Wang kg:worksFor organization:Acme .
  role:r1 a kg:Role ; kg:holder person:Wang ; kg:organization organization:Acme ;
      kg:title "chief engineer" ; prov:wasDerivedFrom kgdoc:d1 ;
      kg:sentence "Wang Fang, chief engineer of Acme Motors, said so." .
  indicator:GDP a kg:Indicator ; rdfs:label "GDP" .
  observation:o1 a kg:Observation ; kg:about place:Shanxi ; kg:indicator indicator:GDP ;
      kg:value 2500000000000 ; kg:unit "yuan" ; kg:change 5.4 ; kg:changeUnit "percent" ;
      kg:year "2024"^^xsd:gYear ; rdfs:label "Shanxi: GDP 2500000000000 yuan +5.4 percent (2024)" ;
      prov:wasDerivedFrom kgdoc:d1 ; kg:sentence "Shanxi's GDP grew 5.4 percent in 2024." .
}
"""


@pytest.fixture(scope="module")
def graph():
    ds = Dataset()
    ds.parse(data=TRIG, format="trig")
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
    assert ev == {"sentence": "Shanxi provides axles to carmakers.", "document": DOC + "d1",
                  "start": 10, "end": 45, "extractor": "relations", "confidence": 0.8}
    [role] = graph.edges[ID + "person/Wang", ID + "organization/Acme", "worksFor"]["evidence"]
    assert role["title"] == "chief engineer"
    assert graph.graph["documents"][DOC + "d1"] == {"title": "Shanxi story", "date": "2025-01-02"}


def test_observations_attach_to_their_entity(graph):
    [ob] = graph.nodes[ID + "place/Shanxi"]["observations"]
    assert ob["indicator"] == "GDP"
    assert (ob["value"], ob["unit"], ob["change"], ob["changeUnit"], ob["year"]) == (
        2500000000000, "yuan", 5.4, "percent", "2024")
    assert ob["sentence"] == "Shanxi's GDP grew 5.4 percent in 2024."
    # indicators, observations, roles and documents are not entities
    assert not any("indicator/" in v or "observation/" in v or "role/" in v for v in graph)


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
