"""The knowledge graph as a networkx graph: entities as nodes, relations as edges, plus analytics.

``to_networkx(dataset)`` projects the RDF written by ``kg build`` onto an ``nx.MultiDiGraph``:

- node id: the entity IRI (str); attributes ``label``, ``cls`` (most specific class local
  name, e.g. "Province"), ``kind`` (core class, e.g. "Place"), ``aliases`` (sorted list),
  ``documents`` (sorted document IRIs), ``observations`` (list of dicts), ``roles`` (list).
- edge key and attribute ``predicate``: the relation local name ("supplies", ...); attribute
  ``evidence``: list of dicts (sentence, document, start, end, extractor, confidence[, title]).
- ``graph.graph["documents"]``: document IRI -> {title, publisher, date, source}.

The analytics are plain functions over that graph: ``importance``, ``neighbourhood``,
``find_node``, ``top_nodes``.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from .errors import UsageError
from .terms import CLASSES, KG, RELATIONS, SUBCLASSES, parent_class

NOT_ENTITIES = {"Indicator", "Observation", "Role"}
ENTITY_CLASSES = {KG[c]: c for c in CLASSES if c not in NOT_ENTITIES}
RELATION_TERMS = {KG[r]: r for r in RELATIONS}
EVIDENCE_FIELDS = {KG.sentence: "sentence", PROV.wasDerivedFrom: "document", KG.charStart: "start",
                   KG.charEnd: "end", KG.extractor: "extractor", KG.confidence: "confidence"}
OBSERVATION_FIELDS = {KG.value: "value", KG.unit: "unit", KG.change: "change",
                      KG.changeUnit: "changeUnit", KG.year: "year", KG.qualifier: "qualifier",
                      RDFS.label: "label"}
DOCUMENT_FIELDS = {DCTERMS.title: "title", DCTERMS.publisher: "publisher", DCTERMS.date: "date",
                   KG.source: "source"}


def _triples(data):
    """Every triple of a Dataset (all graphs), a Graph, or a graph file / build directory."""
    if isinstance(data, (str, Path)):
        from .store import load_dataset
        data = load_dataset(data)
    if hasattr(data, "quads"):
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from data.triples((None, None, None))


def _plain(o):
    """An RDF term as a plain Python value for attributes (str, int, float)."""
    if isinstance(o, Literal):
        v = o.toPython()
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        if type(v) in (int, float, str):  # not bool, not an unconverted Literal
            return v
    return str(o)


def to_networkx(dataset) -> nx.MultiDiGraph:
    """The entity graph of ``dataset`` (rdflib Dataset/Graph, or a path kg.store can load)."""
    types: dict = defaultdict(set)
    labels: dict = {}
    alt: dict = defaultdict(set)
    mentioned: dict = defaultdict(set)
    props: dict = defaultdict(lambda: defaultdict(list))  # statement/observation/role/doc -> p -> [o]
    edges: set = set()
    for s, p, o in _triples(dataset):
        if p == RDF.type:
            types[s].add(o)
        elif p == RDFS.label:
            labels.setdefault(s, str(o))
            props[s][p].append(o)
        elif p == SKOS.altLabel:
            alt[s].add(str(o))
        elif p == KG.mentionedIn:
            mentioned[s].add(str(o))
        elif p in RELATION_TERMS:
            edges.add((s, p, o))
        else:
            props[s][p].append(o)

    g = nx.MultiDiGraph()
    g.graph["documents"] = {}
    for node, ts in types.items():
        classes = [ENTITY_CLASSES[t] for t in ts if t in ENTITY_CLASSES]
        if classes and isinstance(node, URIRef):
            cls = _most_specific(classes)
            g.add_node(str(node), iri=str(node), label=labels.get(node) or _local(node), cls=cls,
                       kind=parent_class(cls), aliases=sorted(alt[node] - {labels.get(node)}),
                       documents=sorted(mentioned[node]), observations=[], roles=[])
        elif KG.Document in ts:
            g.graph["documents"][str(node)] = {k: str(props[node][p][0])
                                               for p, k in DOCUMENT_FIELDS.items() if props[node].get(p)}

    evidence = defaultdict(list)  # (s, p, o) -> evidence dicts
    for node, ts in types.items():
        if RDF.Statement in ts:
            pr = props[node]
            key = tuple(pr[x][0] if pr.get(x) else None for x in (RDF.subject, RDF.predicate, RDF.object))
            evidence[key].append(_evidence(pr))
        elif KG.Observation in ts:
            _add_observation(g, node, props, labels)
        elif KG.Role in ts:
            _add_role(g, props[node], evidence)

    for s, p, o in sorted(edges):
        if str(s) in g and str(o) in g:
            name = RELATION_TERMS[p]
            g.add_edge(str(s), str(o), key=name, predicate=name, evidence=evidence.get((s, p, o), []))
    for _, data in g.nodes(data=True):
        data["observations"].sort(key=lambda ob: (str(ob.get("indicator")), str(ob.get("year")), ob["iri"]))
    return g


def _most_specific(classes: list[str]) -> str:
    subs = sorted(c for c in classes if c in SUBCLASSES)
    return subs[0] if subs else sorted(classes)[0]


def _local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _evidence(pr) -> dict:
    return {k: _plain(pr[p][0]) for p, k in EVIDENCE_FIELDS.items() if pr.get(p)}


def _add_observation(g, node, props, labels) -> None:
    pr = props[node]
    about = str(pr[KG.about][0]) if pr.get(KG.about) else None
    if about not in g:
        return
    ob = {"iri": str(node)}
    ind = pr[KG.indicator][0] if pr.get(KG.indicator) else None
    if ind is not None:
        ob["indicator"] = labels.get(ind) or _local(ind)
    ob.update({k: _plain(pr[p][0]) for p, k in OBSERVATION_FIELDS.items() if pr.get(p)})
    ob.update(_evidence(pr))
    g.nodes[about]["observations"].append(ob)


def _add_role(g, pr, evidence) -> None:
    holder = pr[KG.holder][0] if pr.get(KG.holder) else None
    org = pr[KG.organization][0] if pr.get(KG.organization) else None
    if str(holder) not in g or str(org) not in g:
        return
    role = {"title": str(pr[KG.title][0]) if pr.get(KG.title) else "", "organization": str(org),
            **_evidence(pr)}
    g.nodes[str(holder)]["roles"].append(role)
    evidence[(holder, KG.worksFor, org)].append(role)


# --- analytics -----------------------------------------------------------------------------

def importance(graph: nx.MultiDiGraph, alpha: float = 0.85, iterations: int = 100,
               tol: float = 1e-9) -> dict[str, float]:
    """PageRank of each node over the undirected relation graph (sums to 1).

    Undirected, because "Beijing supplies X" makes both ends prominent in a news graph.
    Uses networkx's PageRank when scipy is there, else the same power iteration in numpy.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    simple = nx.Graph(graph.to_undirected(as_view=True))
    try:
        return nx.pagerank(simple, alpha=alpha, max_iter=iterations, tol=tol)
    except (ImportError, ModuleNotFoundError):
        return _pagerank_numpy(simple, alpha, iterations, tol)


def _pagerank_numpy(simple: nx.Graph, alpha: float, iterations: int, tol: float) -> dict[str, float]:
    import numpy as np

    nodes = list(simple)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    pairs = [(index[a], index[b]) for a, b in simple.edges() if a != b]
    src = np.array([a for a, b in pairs] + [b for a, b in pairs], dtype=np.int64)
    dst = np.array([b for a, b in pairs] + [a for a, b in pairs], dtype=np.int64)
    out = np.bincount(src, minlength=n).astype(float)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        share = np.where(out > 0, rank / np.maximum(out, 1), 0.0)
        dangling = rank[out == 0].sum()
        new = (1 - alpha) / n + alpha * (np.bincount(dst, weights=share[src], minlength=n) + dangling / n)
        done = np.abs(new - rank).sum() < n * tol
        rank = new
        if done:
            break
    return {v: float(rank[i]) for i, v in enumerate(nodes)}


def degree(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Number of relations each node takes part in (in or out)."""
    return dict(graph.degree())


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node whose IRI, label or alias is ``name`` (case-insensitive); UsageError if none."""
    if name in graph:
        return name
    want = name.casefold().strip()
    exact = [v for v, d in graph.nodes(data=True) if d.get("label", "").casefold() == want]
    if not exact:
        exact = [v for v, d in graph.nodes(data=True)
                 if want in (a.casefold() for a in d.get("aliases", ()))]
    if exact:
        return max(exact, key=lambda v: (graph.degree(v), v))  # the better-connected namesake
    labels = sorted({d.get("label", "") for _, d in graph.nodes(data=True)})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise UsageError(f"no entity labelled {name!r} in the graph{hint}")


def neighbourhood(graph: nx.MultiDiGraph, label: str, hops: int = 1) -> nx.MultiDiGraph:
    """The entities within ``hops`` relations of the one named ``label`` (either direction)."""
    if hops < 0:
        raise UsageError(f"--hops must be 0 or more, not {hops}")
    centre = find_node(graph, label)
    near = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), centre, cutoff=hops)
    sub = graph.subgraph(near).copy()
    sub.graph["focus"] = centre
    return sub


def top_nodes(graph: nx.MultiDiGraph, n: int, scores: dict[str, float] | None = None) -> nx.MultiDiGraph:
    """The subgraph of the ``n`` most important nodes (ties broken by IRI, so stable)."""
    if graph.number_of_nodes() <= n:
        return graph
    scores = scores if scores is not None else importance(graph)
    keep = sorted(graph, key=lambda v: (-scores.get(v, 0.0), v))[:n]
    return graph.subgraph(keep).copy()
