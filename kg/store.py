"""Reading a built graph back: a graph file (.ttl .trig .nt .nq .jsonld) or a build directory."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from .errors import KgError, UsageError
from .rdf import bind_prefixes

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def graph_file(source: str | Path) -> Path:
    """The file to read for SOURCE: itself, or graph.trig (else graph.ttl) in a build directory."""
    path = Path(source)
    if path.is_dir():
        for name in ("graph.trig", "graph.ttl"):
            if (path / name).is_file():
                return path / name
        raise UsageError(f"{source}: no graph.trig or graph.ttl in this directory (run `kg build` first)")
    if not path.exists():
        raise UsageError(f"{source}: no such file or directory")
    if path.suffix.lower() not in FORMATS:
        raise UsageError(f"{source}: unknown graph format (use .ttl, .trig, .nt, .nq or .jsonld)")
    return path


def load_dataset(source: str | Path) -> Dataset:
    """The graph at SOURCE as an rdflib Dataset (named graphs kept where the format has them)."""
    path = graph_file(source)
    ds = Dataset()
    bind_prefixes(ds)
    try:
        if FORMATS[path.suffix.lower()] == "json-ld":  # via Oxigraph: rdflib would fetch a remote @context
            import pyoxigraph as ox
            quads = ox.parse(path=str(path), format=ox.RdfFormat.JSON_LD)
            ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
        else:
            ds.parse(str(path), format=FORMATS[path.suffix.lower()])
    except Exception as e:  # rdflib raises many types for bad syntax
        raise KgError(f"{path}: cannot parse as {FORMATS[path.suffix.lower()]}: {' '.join(str(e).split())}") from e
    return ds
