"""SHACL validation of a built graph against ontology/shapes.ttl."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .ontology import ontology_file


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str


def validate(graph: Graph) -> tuple[bool, list[Violation]]:
    """Validate ``graph`` (the union of a build) against kg's shapes; never fetches anything."""
    from pyshacl import validate as shacl

    shapes = Graph().parse(ontology_file("shapes.ttl"))
    conforms, report, _text = shacl(graph, shacl_graph=shapes, inference="none", advanced=True,
                                    allow_warnings=True, do_owl_imports=False)
    violations = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        violations.append(Violation(
            focus=short(graph, report.value(r, SH.focusNode)),
            path=short(graph, report.value(r, SH.resultPath)),
            message=str(report.value(r, SH.resultMessage) or ""),
            severity=short(report, report.value(r, SH.resultSeverity)),
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return bool(conforms), violations


def short(g: Graph, term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            return g.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    return str(term)
