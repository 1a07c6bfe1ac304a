"""Turtle and TriG in a stable, readable order, written by Oxigraph's serializer (rdflib's
is ten times slower on large builds and rewrites some literals, e.g. "12"^^xsd:decimal)."""
from __future__ import annotations


import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .rdf import bind_prefixes, to_oxigraph


def _term(t, cache: dict):
    hit = cache.get(t)
    if hit is None:
        hit = cache[t] = to_oxigraph(t)
    return hit


def _iris(cache: dict):
    """Every IRI written, datatypes included."""
    for t in cache:
        if isinstance(t, URIRef):
            yield str(t)
        elif isinstance(t, Literal) and t.datatype:
            yield str(t.datatype)


def _key(t) -> tuple:
    return (type(t).__name__, str(t), getattr(t, "datatype", None) or "", getattr(t, "language", None) or "")


def _prefixes() -> tuple[dict[str, str], str]:
    g = Graph(bind_namespaces="none")
    bind_prefixes(g)
    pairs = sorted((p, str(ns)) for p, ns in g.namespaces())
    return dict(pairs), "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in pairs)


def _usable(prefixes: dict[str, str], iris) -> dict[str, str]:
    """The prefixes under which no IRI's local part ends in '.': Turtle allows it escaped
    ("motor\\."), but rdflib's parser does not read it back."""
    bad = {p for iri in iris if iri.endswith(".")
           for p, ns in prefixes.items() if iri.startswith(ns)}
    return {p: ns for p, ns in prefixes.items() if p not in bad}


def _layout(text: str) -> str:
    """Our own sorted @prefix block, and a blank line between subjects and between graphs."""
    _, head = _prefixes()
    out, inside = [], False
    for line in text.split("\n"):
        if line.startswith("@prefix") or not line:
            continue
        lead = "\t" if inside else ""
        new_block = line.startswith(lead) and not line.startswith(lead + "\t") and line != "}"
        if new_block and out and not out[-1].endswith("{"):
            out.append("")
        out.append(line)
        if not inside and line.endswith("{") and not line.startswith("\t"):
            inside = True
        elif line == "}":
            inside = False
    return head + "\n" + "\n".join(out) + "\n"


def turtle(g) -> bytes:
    """The triples of ``g`` (a Graph, or a Dataset's union) as sorted Turtle."""
    cache: dict = {}
    triples = {(s, p, o) for s, p, o, *_ in (g.quads((None, None, None, None))
                                              if isinstance(g, Dataset) else g)}
    ordered = sorted(triples, key=lambda t: (_key(t[0]), _key(t[1]), _key(t[2])))
    data = ox.serialize([ox.Triple(_term(s, cache), _term(p, cache), _term(o, cache)) for s, p, o in ordered],
                        format=ox.RdfFormat.TURTLE, prefixes=_usable(_prefixes()[0], _iris(cache)))
    return _layout(data.decode("utf-8")).encode("utf-8")


def trig(ds: Dataset) -> bytes:
    """The dataset as TriG: the default graph first, then each named graph by IRI, each sorted."""
    cache: dict = {}
    quads = []
    for s, p, o, c in ds.quads((None, None, None, None)):
        gid = c.identifier if hasattr(c, "identifier") else c
        default = gid is None or gid == DATASET_DEFAULT_GRAPH_ID
        quads.append(((0, "") if default else (1, str(gid)), s, p, o, None if default else gid))
    quads = sorted(set(quads), key=lambda q: (q[0], _key(q[1]), _key(q[2]), _key(q[3])))
    data = ox.serialize([ox.Quad(_term(s, cache), _term(p, cache), _term(o, cache),
                                 ox.DefaultGraph() if g is None else _term(g, cache))
                         for _, s, p, o, g in quads], format=ox.RdfFormat.TRIG,
                        prefixes=_usable(_prefixes()[0], _iris(cache)))
    return _layout(data.decode("utf-8")).encode("utf-8")
