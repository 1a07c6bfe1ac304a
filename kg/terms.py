"""The kg ontology's terms, in one place (as rdflib does for its namespaces)."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/kg-news/"
KG = Namespace(BASE + "ontology#")  # classes and properties
ID = Namespace(BASE + "id/")  # entities, observations, roles, evidence
DOC = Namespace(BASE + "doc/")  # documents, and the named graph of each
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "kg": KG, "kgid": ID, "kgdoc": DOC, "rdf": RDF, "rdfs": RDFS, "owl": OWL,
    "skos": SKOS, "xsd": XSD, "prov": PROV, "dcterms": DCTERMS, "schema": SCHEMA,
}

# classes: the contract's core, then the subclasses the domain needs
CORE_CLASSES = ("Organization", "Person", "Place", "Facility", "Product",
                "Indicator", "Observation", "Role")
SUBCLASSES = {
    "Company": "Organization", "GovernmentBody": "Organization",
    "University": "Organization", "ResearchInstitute": "Organization",
    "Country": "Place", "Province": "Place", "Municipality": "Place",
    "City": "Place", "Region": "Place", "District": "Place",
}
CLASSES = CORE_CLASSES + tuple(SUBCLASSES)

# entity -> entity relations (the contract's closed set)
RELATIONS = ("supplies", "componentOf", "produces", "headquarteredIn", "locatedIn",
             "partOf", "operates", "launched", "founded", "worksFor")


def parent_class(name: str) -> str:
    """The core class a class name belongs to ('Company' -> 'Organization')."""
    return SUBCLASSES.get(name, name)


def term(local_name: str):
    """The IRI of an ontology term by local name."""
    return KG[local_name]
