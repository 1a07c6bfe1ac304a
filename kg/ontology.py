"""Where the ontology files are: ontology/ beside the package (editable install) or inside it."""
from __future__ import annotations

from pathlib import Path

from .errors import KgError

_HERE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The directory holding kg.ttl, the SHACL shapes and context.jsonld."""
    for candidate in (_HERE.parent / "ontology", _HERE / "ontology"):
        if candidate.is_dir():
            return candidate
    raise KgError(f"ontology files not found (looked in {_HERE.parent / 'ontology'} and {_HERE / 'ontology'})")


def ontology_file(name: str = "kg.ttl") -> Path:
    """One file of the ontology directory; a clear error when it is missing."""
    path = ontology_dir() / name
    if not path.is_file():
        raise KgError(f"{path}: ontology file missing (is kg installed from a full checkout?)")
    return path


def load_ontology():
    """The ontology (ontology/kg.ttl) as an rdflib Graph."""
    from rdflib import Graph

    from .rdf import bind_prefixes

    path = ontology_file("kg.ttl")
    g = Graph()
    bind_prefixes(g)
    try:
        g.parse(str(path), format="turtle")
    except Exception as e:  # rdflib raises many types for bad syntax
        raise KgError(f"{path}: cannot parse the ontology: {e}") from e
    return g


def context() -> dict:
    """The JSON-LD @context (ontology/context.jsonld) as a dict, without the outer object."""
    import json

    path = ontology_file("context.jsonld")
    try:
        return json.loads(path.read_text(encoding="utf-8"))["@context"]
    except (ValueError, KeyError) as e:
        raise KgError(f"{path}: not a JSON-LD context file: {e}") from e
