"""The Python API for notebooks: ``kg.load(path)`` and what it returns.

    >>> import kg
    >>> g = kg.load("out")                      # a build directory or a graph file
    >>> g.query("SELECT ?p WHERE { ?p a kg:Place }").rows
    >>> g.nx()                                  # networkx MultiDiGraph, as in the network view
    >>> g.export("graphml", "graph.graphml")
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Dataset, Graph

from .rdf import bind_prefixes


class KnowledgeGraph:
    """A kg graph in memory: ``.rdf`` (rdflib Dataset, one named graph per document),
    ``.nx()``, ``.query(sparql)`` and ``.export(fmt, path)``."""

    def __init__(self, rdf: Dataset, source: str | None = None):
        self.rdf = rdf
        self.source = source
        self._store = None  # Oxigraph copy of .rdf for SPARQL, rebuilt when .rdf changes
        self._stamp = None

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<KnowledgeGraph{where}: {len(self.documents)} documents, {self.quads} quads>"

    @property
    def quads(self) -> int:
        return sum(len(g) for g in self.rdf.graphs())

    @property
    def documents(self) -> list[str]:
        """The IRIs of the documents' named graphs, sorted."""
        from .export import documents
        return [str(d) for d in documents(self.rdf)]

    def nx(self):
        """The entity network as a networkx MultiDiGraph: the projection the network view draws
        (kg.network.to_networkx: nodes by IRI with label, cls, kind, observations; edges keyed
        by predicate with their evidence)."""
        from .network import to_networkx
        return to_networkx(self.rdf)

    def query(self, sparql: str, params=None, *, max_rows: int | None = None):
        """Run a SPARQL query (kg's prefixes predeclared; a saved query's name or a .rq path also
        works) and return a kg.sparql.Result: ``.rows``, ``.dicts()``, ``.graph()``,
        ``.serialize("json" | "csv" | ...)``. Read-only: updates and SERVICE are refused."""
        from .sparql import open_store, resolve_query, run_query

        if re.fullmatch(r"[\w\-./]+", sparql.strip()):
            sparql = resolve_query(sparql.strip())[1]
        stamp = tuple((str(g.identifier), len(g)) for g in self.rdf.graphs())
        if self._store is None or stamp != self._stamp:
            self._store, self._stamp = open_store(self.rdf), stamp
        return run_query(self._store, sparql, params, max_rows=max_rows)

    def export(self, fmt: str, path: str | Path | None = None, *, document: str | None = None,
               include_ontology: bool = False):
        """Write the graph as ``fmt`` (turtle, trig, nquads, ntriples, jsonld, graphml, csv) to
        ``path`` and return the paths written; with no path, return the bytes (not for csv,
        whose path is a directory for nodes.csv and edges.csv)."""
        from .export import export
        return export(self.rdf, fmt, path, document=document, include_ontology=include_ontology)


def load(source: str | Path | Dataset | Graph) -> KnowledgeGraph:
    """The graph at ``source``: a build directory (graph.trig), a graph file (.ttl .trig .nt
    .nq .jsonld), or an rdflib Dataset/Graph already in memory."""
    if isinstance(source, Dataset):
        return KnowledgeGraph(source)
    if isinstance(source, Graph):
        ds = Dataset()
        bind_prefixes(ds)
        for t in source:
            ds.add(t)
        return KnowledgeGraph(ds)
    from .store import load_dataset
    return KnowledgeGraph(load_dataset(source), str(source))
