"""Shared fixtures: the real spaCy model (loaded once) and the seeds' build."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def _prefix_block() -> str:
    from rdflib import Graph
    from kg.rdf import bind_prefixes
    g = Graph(bind_namespaces="none")
    bind_prefixes(g)
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(g.namespaces()))


PREFIXES = "\n" + _prefix_block()  # kg's prefixes, for graphs written by hand in tests


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_model
    return load_model()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from kg.pipeline import Pipeline, load_config
    return Pipeline(load_config(), nlp=nlp)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory, pipeline):
    """The seeds built once per session with the real pipeline; returns the output directory."""
    from kg.builder import build, write_outputs
    out = tmp_path_factory.mktemp("seeds-out")
    result = build([str(SEEDS)], pipeline=pipeline)
    write_outputs(result, out)
    return out


@pytest.fixture
def extract(pipeline):
    """Run the full pipeline on one text and return its DocFacts (resolved)."""
    from kg.model import Document
    from kg.resolve import resolve

    def run(text: str, date=None):
        import datetime as dt
        doc = Document(id="t", text=text, date=date or dt.date(2025, 3, 20))
        facts = pipeline.extract(pipeline.nlp(text), doc)
        resolve([facts])
        return facts
    return run


# a small graph of our own, shaped as kg.rdf writes it (one named graph per document): a province
# supplies a product, a company sits in a city there, a person works for it, one observation
SMALL_TRIG = PREFIXES + """
kgdoc:d1 a kg:Document ; dcterms:title "Shanxi story" ; dcterms:date "2025-01-02"^^xsd:date ;
    kg:source "shanxi.txt" .

kgdoc:d1 {
  place:Shanxi a kg:Province, kg:Place ; rdfs:label "Shanxi" ; skos:altLabel "Shanxi Province" ;
      kg:mentionedIn kgdoc:d1 .
  place:Datong a kg:City, kg:Place ; rdfs:label "Datong" ; kg:mentionedIn kgdoc:d1 .
  organization:Acme a kg:Company, kg:Organization ; rdfs:label "Acme Motors" ; kg:mentionedIn kgdoc:d1 .
  product:Axles a kg:Product ; rdfs:label "axles" ; kg:mentionedIn kgdoc:d1 .
  person:Wang a kg:Person ; rdfs:label "Wang Fang" ; kg:mentionedIn kgdoc:d1 .
  place:Datong kg:locatedIn place:Shanxi .
  place:Shanxi kg:supplies product:Axles .
  statement:s1 a rdf:Statement ; rdf:subject place:Shanxi ; rdf:predicate kg:supplies ;
      rdf:object product:Axles ; prov:wasDerivedFrom kgdoc:d1 ;
      kg:sentence "Shanxi provides axles to carmakers across the north." ; kg:charStart 10 ; kg:charEnd 62 ;
      kg:extractor "relations" ; kg:confidence 0.8 .
  organization:Acme kg:headquarteredIn place:Datong .
  person:Wang kg:worksFor organization:Acme .
  role:r1 a kg:Role ; kg:holder person:Wang ; kg:organization organization:Acme ;
      kg:title "chief engineer" ; prov:wasDerivedFrom kgdoc:d1 ;
      kg:sentence "Wang Fang, chief engineer of Acme Motors, said so." ; kg:charStart 70 ; kg:charEnd 120 ;
      kg:extractor "roles" ; kg:confidence 0.9 .
  indicator:GDP a kg:Indicator ; rdfs:label "GDP" .
  observation:o1 a kg:Observation ; kg:about place:Shanxi ; kg:indicator indicator:GDP ;
      kg:value 2500000000000.0 ; kg:unit "yuan" ; kg:change 5.4 ; kg:changeUnit "percent" ;
      kg:year "2024"^^xsd:gYear ; rdfs:label "Shanxi: GDP 2500000000000 yuan +5.4 percent (2024)" ;
      prov:wasDerivedFrom kgdoc:d1 ; kg:sentence "Shanxi's GDP grew 5.4 percent in 2024." ;
      kg:charStart 121 ; kg:charEnd 160 ; kg:extractor "observations" ; kg:confidence 0.7 .
}
"""


class Trap:
    """A listening loopback port that nothing should connect to; ``connections()`` counts the
    connections made so far (the kernel completes them in the backlog, no accept needed)."""

    def __init__(self):
        import socket
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.setblocking(False)
        self.port = self.sock.getsockname()[1]

    def connections(self) -> int:
        import time
        time.sleep(0.1)  # let any handshake in flight land
        n = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except BlockingIOError:
                return n
            conn.close()
            n += 1


@pytest.fixture
def trap():
    """A loopback port to prove that kg fetched nothing (see Trap)."""
    t = Trap()
    yield t
    t.sock.close()
