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

The projection is made in two passes over a stream that keeps each subject's triples together:
``skeleton``, the entities and relations alone, then ``fill``, the labels, evidence, observations
and roles. ``to_networkx`` fills the whole skeleton; a page of a large build (``subject_sorted``)
fills only the part it shows.
"""
from __future__ import annotations

import difflib
import math
import sys
from collections import defaultdict
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
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
# terms the two-pass projection tests for each triple, looked up once
TYPE, LABEL, ALT, MENTIONED, INDICATOR = RDF.type, RDFS.label, SKOS.altLabel, KG.mentionedIn, KG.indicator
STATEMENT, OBSERVATION, ROLE, DOCUMENT = RDF.Statement, KG.Observation, KG.Role, KG.Document
REIFIED = (RDF.subject, RDF.predicate, RDF.object)


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
    """The entity graph of ``dataset`` (rdflib Dataset/Graph, a path kg.store can load, or a kg build
    result): its ``skeleton``, all of it filled."""
    stream = subject_sorted(dataset) or by_subject(dataset)
    g = skeleton(stream())
    fill(g, stream(), g)
    del g.graph["indicators"]
    return g


def by_subject(data):
    """A function streaming ``data``'s triples with each subject's together, held in memory: the
    subjects in the order of their first rdf:type (the order of the nodes), then the untyped."""
    pairs, typed = defaultdict(list), {}
    for s, p, o in _triples(data):
        pairs[s].append((p, o))
        if p == TYPE:
            typed.setdefault(s)
    order = [*typed, *(s for s in pairs if s not in typed)]
    return lambda: ((s, p, o) for s in order for p, o in pairs[s])


# --- the projection in two passes ---------------------------------------------------------------

def subject_sorted(data):
    """A function streaming ``data``'s triples with each subject's together (a SortedGraph, or a
    kg build result holding one), or None for anything else."""
    from .writer import SortedGraph
    graph = data if isinstance(data, SortedGraph) else getattr(data, "graph", None)
    return graph.union if isinstance(graph, SortedGraph) else None


def _subjects(triples):
    """(subject, [(p, o), ...]) for each subject of a stream that keeps a subject's triples together."""
    for s, group in groupby(triples, key=itemgetter(0)):
        yield s, [(p, o) for _, p, o in group]


def skeleton(triples) -> nx.MultiDiGraph:
    """Pass 1: the entities (attributes ``cls`` and ``kind`` only) and their relations (``predicate``);
    no labels, sentences or observations.
    ``triples`` must keep each subject's triples together (see ``subject_sorted``)."""
    g = nx.MultiDiGraph()
    edges, indicators = set(), set()
    for s, pairs in _subjects(triples):
        classes = []
        for p, o in pairs:
            if p in RELATION_TERMS:
                edges.add((sys.intern(str(s)), str(p), sys.intern(str(o))))
            elif p == TYPE:
                if o in ENTITY_CLASSES:
                    classes.append(ENTITY_CLASSES[o])
            elif p == INDICATOR:
                indicators.add(o)
        if classes and isinstance(s, URIRef):
            cls = _most_specific(classes)
            g.add_node(sys.intern(str(s)), cls=cls, kind=parent_class(cls))
    for s, p, o in sorted(edges):
        if s in g and o in g:
            name = RELATION_TERMS[URIRef(p)]
            g.add_edge(s, o, key=name, predicate=name)
    g.graph["indicators"] = indicators
    return g


def fill(shown: nx.MultiDiGraph, triples, full: nx.MultiDiGraph) -> None:
    """Pass 2: give the nodes and edges of ``shown`` (a part of ``full``, the ``skeleton`` of the same
    stream, or ``full`` itself) their facts (see the module docstring), and ``full`` its documents.
    Memory holds the facts of what is shown, not of the whole graph."""
    iri = {name: str(p) for p, name in RELATION_TERMS.items()}
    wanted = {(s, iri[k], o) for s, o, k in shown.edges(keys=True)}
    indicators, labels, evidence, observations = full.graph["indicators"], {}, defaultdict(list), []
    documents = full.graph["documents"] = {}
    for _, data in shown.nodes(data=True):
        data.update(observations=[], roles=[])  # their facts may come before the entity
    for s, pairs in _subjects(triples):
        pr: dict = defaultdict(list)
        types, alt, mentioned = set(), set(), set()
        for p, o in pairs:
            if p == TYPE:
                types.add(o)
            elif p == ALT:
                alt.add(str(o))
            elif p == MENTIONED:
                mentioned.add(str(o))
            elif p not in RELATION_TERMS:
                pr[p].append(o)
        label = str(pr[LABEL][0]) if pr.get(LABEL) else None
        if s in indicators:
            labels[s] = label
        if any(t in ENTITY_CLASSES for t in types) and isinstance(s, URIRef):
            if str(s) in shown:
                data = shown.nodes[str(s)]
                facts = dict(iri=str(s), label=label or _local(s), cls=data["cls"], kind=data["kind"],
                             aliases=sorted(alt - {label}), documents=sorted(mentioned),
                             observations=data["observations"], roles=data["roles"])
                data.clear()
                data.update(facts)  # in the order of the module docstring
        elif DOCUMENT in types:
            documents[str(s)] = {k: str(pr[p][0]) for p, k in DOCUMENT_FIELDS.items() if pr.get(p)}
        if STATEMENT in types:
            key = tuple(str(pr[x][0]) if pr.get(x) else None for x in REIFIED)
            if key in wanted:
                evidence[key].append(_evidence(pr))
        elif OBSERVATION in types:
            about = str(pr[KG.about][0]) if pr.get(KG.about) else None
            if about in shown:
                ob = _observation(s, pr)
                shown.nodes[about]["observations"].append(ob)
                observations.append((ob, pr[INDICATOR][0] if pr.get(INDICATOR) else None))
        elif ROLE in types:
            holder = pr[KG.holder][0] if pr.get(KG.holder) else None
            org = pr[KG.organization][0] if pr.get(KG.organization) else None
            if str(holder) in full and str(org) in full:
                role = _role(pr, org)
                if str(holder) in shown:
                    shown.nodes[str(holder)]["roles"].append(role)
                key = (str(holder), str(KG.worksFor), str(org))
                if key in wanted:
                    evidence[key].append(role)
    for ob, ind in observations:
        if ind is not None:
            ob["indicator"] = labels.get(ind) or _local(ind)
    for s, o, k, data in shown.edges(keys=True, data=True):
        data["evidence"] = evidence.get((s, iri[k], o), [])
    for _, data in shown.nodes(data=True):
        data["observations"].sort(key=lambda ob: (str(ob.get("indicator")), str(ob.get("year")), ob["iri"]))


def _most_specific(classes: list[str]) -> str:
    subs = sorted(c for c in classes if c in SUBCLASSES)
    return subs[0] if subs else sorted(classes)[0]


def _local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _evidence(pr) -> dict:
    return {k: _plain(pr[p][0]) for p, k in EVIDENCE_FIELDS.items() if pr.get(p)}


def _observation(node, pr) -> dict:
    """An observation's dict; "indicator" holds a place for the indicator's label."""
    ob = {"iri": str(node)}
    if pr.get(KG.indicator):
        ob["indicator"] = None
    ob.update({k: _plain(pr[p][0]) for p, k in OBSERVATION_FIELDS.items() if pr.get(p)})
    ob.update(_evidence(pr))
    return ob


def _role(pr, org) -> dict:
    return {"title": str(pr[KG.title][0]) if pr.get(KG.title) else "", "organization": str(org),
            **_evidence(pr)}


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
    simple = _undirected(graph)
    try:
        return nx.pagerank(simple, alpha=alpha, max_iter=iterations, tol=tol)
    except (ImportError, ModuleNotFoundError):
        return _pagerank_numpy(simple, alpha, iterations, tol)


def _undirected(graph) -> nx.Graph:
    """The simple undirected graph of the relations (no attributes: fast to build)."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((a, b) for a, b in graph.edges() if a != b)
    return simple


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


def layout(graph: nx.MultiDiGraph, pivots: int = 40, seed: int = 7, spacing: float = 90.0) -> dict:
    """Positions {node: (x, y)} computed ahead of the browser, for graphs too big for live physics.

    Each large connected component gets a pivot-MDS layout (Brandes & Pich: BFS distances to a
    few pivots, then the top two principal axes; O(pivots * edges)); small ones get networkx's
    spring layout; then the components are packed in rows, largest first. About ``spacing``
    units between neighbours, the scale vis-network draws nodes at.
    """
    import numpy as np

    rnd = np.random.default_rng(seed)
    und = _undirected(graph)
    parts = []
    for comp in sorted(nx.connected_components(und), key=lambda c: (-len(c), min(c))):
        nodes = sorted(comp)
        if len(nodes) == 1:
            xy = np.zeros((1, 2))
        elif len(nodes) < 300:
            pos = nx.spring_layout(und.subgraph(nodes), seed=seed)
            xy = np.array([pos[v] for v in nodes])
        else:
            xy = _pivot_mds(und.subgraph(nodes), nodes, pivots, rnd)
        xy = xy - xy.mean(axis=0)
        size = max(np.abs(xy).max(), 1e-9)
        radius = spacing * 0.6 * math.sqrt(len(nodes))  # area grows with the node count
        xy = xy / size * radius if len(nodes) > 1 else xy
        xy += rnd.normal(scale=spacing * 0.15, size=xy.shape) if len(nodes) > 2 else 0
        parts.append((nodes, xy, radius if len(nodes) > 1 else spacing * 0.3))
    # shelf packing: rows of components, about as wide as the whole is tall
    total = sum((2 * r + spacing) ** 2 for _, _, r in parts)
    width = max(math.sqrt(total), 2 * parts[0][2] + spacing) if parts else 0
    out, x, y, row_h = {}, 0.0, 0.0, 0.0
    for nodes, xy, r in parts:
        d = 2 * r + spacing
        if x > 0 and x + d > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + d / 2, y + d / 2
        for v, (px, py) in zip(nodes, xy):
            out[v] = (float(px + cx), float(py + cy))
        x, row_h = x + d, max(row_h, d)
    return out


def _pivot_mds(sub: nx.Graph, nodes: list, k: int, rnd):
    import numpy as np

    index = {v: i for i, v in enumerate(nodes)}
    n, k = len(nodes), min(k, len(nodes))
    # adjacency in CSR form, so each BFS is a few numpy operations per level
    pairs = np.array([(index[a], index[b]) for a, b in sub.edges()], dtype=np.int64).reshape(-1, 2)
    src = np.concatenate([pairs[:, 0], pairs[:, 1]])
    dst = np.concatenate([pairs[:, 1], pairs[:, 0]])
    order = np.argsort(src, kind="stable")
    dst = dst[order]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(src, minlength=n))])

    def bfs(start: int):
        dist = np.full(n, -1.0)
        dist[start] = 0
        frontier, level = np.array([start]), 0
        while frontier.size:
            level += 1
            lo, hi = indptr[frontier], indptr[frontier + 1]
            counts = hi - lo
            idx = np.repeat(lo - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts) + np.arange(counts.sum())
            nxt = np.unique(dst[idx])
            nxt = nxt[dist[nxt] < 0]
            dist[nxt] = level
            frontier = nxt
        return dist

    dist = np.zeros((n, k))
    mind = np.full(n, np.inf)
    pivot = int(rnd.integers(n))
    for j in range(k):  # max-min pivots: each the farthest from those chosen so far
        dist[:, j] = bfs(pivot)
        mind = np.minimum(mind, dist[:, j])
        far = np.flatnonzero(mind == mind.max())
        pivot = int(rnd.choice(far))
    c = dist ** 2
    c = c - c.mean(axis=0) - c.mean(axis=1, keepdims=True) + c.mean()
    _, vecs = np.linalg.eigh(c.T @ c)
    return c @ vecs[:, [-1, -2]]
