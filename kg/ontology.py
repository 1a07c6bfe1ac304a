"""Where the ontology files are: ontology/ beside the package (checkout, editable install) or
kg/data/ontology inside it (a wheel: setup.py copies the folder there). Saved queries likewise."""
from __future__ import annotations

from pathlib import Path

from .errors import KgError

_HERE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The top-level folder ``name`` (ontology, queries) of a checkout, or its copy in an installed wheel."""
    candidates = (_HERE.parent / name, _HERE / "data" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise KgError(f"{name}/ not found (looked in {' and '.join(str(c) for c in candidates)})")


def ontology_dir() -> Path:
    """The directory holding kg.ttl, the SHACL shapes and context.jsonld."""
    return data_dir("ontology")


def ontology_file(name: str = "kg.ttl") -> Path:
    """One file of the ontology directory; a clear error when it is missing."""
    path = ontology_dir() / name
    if not path.is_file():
        raise KgError(f"{path}: ontology file missing (an incomplete checkout or install?)")
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
