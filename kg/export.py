"""The graph in other tools' formats: RDF serialisations, GraphML, and a nodes/edges CSV pair.

RDF formats keep every triple. ``trig``, ``nquads`` and ``jsonld`` keep one named graph per
document (document metadata in the default graph); ``turtle`` and ``ntriples`` hold the union.
Output is stable: the same graph gives the same bytes, whatever order it was read in.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset, URIRef

from . import writer
from .errors import UsageError
from .files import atomic_write
from .rdf import bind_prefixes, doc_iri, union
from .terms import BASE, DOC

RDF_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld"}
QUAD_FORMATS = ("trig", "nquads", "jsonld")
FORMATS = (*RDF_FORMATS, "graphml", "csv")
SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples",
            ".jsonld": "jsonld", ".graphml": "graphml", ".csv": "csv"}
ONTOLOGY_GRAPH = URIRef(BASE + "ontology")  # named graph of the ontology with --include-ontology

NODE_COLUMNS = ("Id", "Label", "Class", "Kind", "Aliases", "Documents")
EDGE_COLUMNS = ("Source", "Target", "Type", "Label", "Predicate", "Weight", "Sentence", "Document", "Confidence")


def format_for(path: str | Path | None, fmt: str | None) -> str:
    """The export format: FMT as given, else guessed from the output's suffix, else turtle."""
    if fmt:
        fmt = fmt.lower().replace("-", "")
        fmt = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "json": "jsonld"}.get(fmt, fmt)
        if fmt not in FORMATS:
            raise UsageError(f"unknown export format {fmt!r} (use one of: {', '.join(FORMATS)})")
        return fmt
    if path is not None and Path(path).suffix.lower() in SUFFIXES:
        return SUFFIXES[Path(path).suffix.lower()]
    return "turtle"


def select(ds: Dataset, document: str | None = None, include_ontology: bool = False) -> Dataset:
    """A copy of ``ds``, narrowed to one document's named graph (plus its metadata) if asked,
    with the ontology's triples in a named graph of their own if asked."""
    out = Dataset()
    bind_prefixes(out)
    if document is None:
        for s, p, o, g in ds.quads((None, None, None, None)):
            _target(out, g).add((s, p, o))
    else:
        iri = document_iri(ds, document)
        for s, p, o, _ in ds.quads((None, None, None, iri)):
            out.graph(iri).add((s, p, o))
        for s, p, o in ds.default_graph.triples((iri, None, None)):
            out.default_graph.add((s, p, o))
    if include_ontology:
        from .ontology import load_ontology
        g = out.graph(ONTOLOGY_GRAPH)
        for t in load_ontology():
            g.add(t)
    return out


def _target(out: Dataset, g):
    if g is None or g == out.default_graph.identifier or str(g).startswith("urn:x-rdflib:default"):
        return out.default_graph
    return out.graph(g)


def documents(ds: Dataset) -> list[URIRef]:
    """The named graphs of ``ds`` that are documents, sorted."""
    return sorted(g.identifier for g in ds.graphs() if str(g.identifier).startswith(str(DOC)) and len(g))


def document_iri(ds: Dataset, document: str) -> URIRef:
    """The named graph for a document given as its id, kgdoc:id or full IRI; UsageError if absent."""
    if document.startswith("kgdoc:"):
        iri = DOC[document[len("kgdoc:"):]]
    elif "://" in document:
        iri = URIRef(document)
    else:
        iri = doc_iri(document)
    known = documents(ds)
    if iri not in known:
        ids = ", ".join(str(d)[len(str(DOC)):] for d in known[:10]) or "none"
        raise UsageError(f"no document {document!r} in this graph (documents: {ids})")
    return iri


# --- RDF -----------------------------------------------------------------------------------

def serialize(ds: Dataset, fmt: str) -> bytes:
    """``ds`` in an RDF format of RDF_FORMATS, as UTF-8 bytes, in a stable order."""
    if fmt == "turtle":
        return writer.turtle(ds)
    if fmt == "ntriples":
        return _sorted_lines(union(ds).serialize(format="nt", encoding="utf-8"))
    if fmt == "nquads":
        return _sorted_lines(ds.serialize(format="nquads", encoding="utf-8"))
    if fmt == "trig":
        return writer.trig(ds)
    if fmt == "jsonld":
        return _jsonld(ds)
    raise UsageError(f"{fmt!r} is not an RDF format (use one of: {', '.join(RDF_FORMATS)})")


def _sorted_lines(data: bytes) -> bytes:
    # rdflib leaves two spaces where a default-graph quad has no graph term
    lines = sorted({line[:-3] + b" ." if line.endswith(b"  .") else line
                    for line in data.splitlines() if line.strip()})
    return b"".join(line + b"\n" for line in lines)


def _jsonld(ds: Dataset) -> bytes:
    """Compact JSON-LD with kg's context inline (a reader never has to fetch it)."""
    from .ontology import context

    data = json.loads(ds.serialize(format="json-ld", context=context(), auto_compact=True))
    if "@graph" not in data:  # one node: rdflib writes it at the top level
        data = {"@context": data.pop("@context"), "@graph": [data] if data else []}
    # rdflib nests the default graph as {"@graph": [...]}; JSON-LD reads such an object as a
    # graph named by a blank node, so its nodes go to the top level, as the spec wants them
    top = []
    for item in data["@graph"]:
        if set(item) == {"@graph"}:
            top.extend(item["@graph"])
        else:
            top.append(item)
    data["@graph"] = top
    return (json.dumps(_sorted_json(data), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _sorted_json(value, key: str | None = None):
    """JSON-LD arrays are sets (but @list): sort them so output does not depend on read order."""
    if isinstance(value, dict):
        return {k: (v if k == "@context" else _sorted_json(v, k)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=_json_order)
    return value


def _json_order(item):
    if isinstance(item, dict):
        return ("@id" in item, str(item.get("@id", "")), json.dumps(item, sort_keys=True, ensure_ascii=False))
    return (False, "", json.dumps(item, sort_keys=True, ensure_ascii=False))


# --- networkx: GraphML and CSV --------------------------------------------------------------

def flat_graph(ds: Dataset):
    """kg.network's projection with every attribute a scalar (what GraphML and CSV can hold):
    lists joined with "; ", numeric observations as one float attribute each."""
    import networkx as nx

    from .network import to_networkx

    g = to_networkx(ds)
    flat = nx.MultiDiGraph()
    for node, d in g.nodes(data=True):
        attrs = {"label": d.get("label", ""), "class": d.get("cls", ""), "kind": d.get("kind", ""),
                 "iri": d.get("iri", node), "aliases": "; ".join(d.get("aliases", ())),
                 "documents": "; ".join(d.get("documents", ()))}
        for name, value in observation_attributes(d.get("observations", ())).items():
            attrs.setdefault(name, value)
        flat.add_node(node, **attrs)
    for s, o, key, d in g.edges(keys=True, data=True):
        ev = d.get("evidence") or [{}]
        best = max(ev, key=lambda e: float(e.get("confidence", 0) or 0))
        flat.add_edge(s, o, key=key, predicate=d.get("predicate", key), label=d.get("predicate", key),
                      weight=float(max(len(d.get("evidence") or ()), 1)),
                      sentence=_one_line(str(best.get("sentence", ""))),
                      document=str(best.get("document", "")),
                      confidence=float(best.get("confidence", 0) or 0))
    return flat


def observation_attributes(observations) -> dict[str, float]:
    """Numeric observations as attributes: "GDP 2024 change [percent]" -> 5.4 (first one wins)."""
    attrs: dict[str, float] = {}
    for ob in observations:
        base = " ".join(str(x) for x in (ob.get("indicator", "?"), ob.get("year")) if x not in (None, ""))
        for field, unit in (("value", "unit"), ("change", "changeUnit")):
            v = ob.get(field)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                name = f"{base} {field}" + (f" [{ob[unit]}]" if ob.get(unit) else "")
                attrs.setdefault(name, float(v))
    return attrs


def _one_line(text: str) -> str:
    return " ".join(text.split())


def graphml(ds: Dataset) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(flat_graph(ds), buf, encoding="utf-8", infer_numeric_types=True)
    return buf.getvalue()


def csv_tables(ds: Dataset) -> dict[str, bytes]:
    """nodes.csv and edges.csv, as Gephi's spreadsheet import and Neo4j's LOAD CSV take them."""
    g = flat_graph(ds)
    obs_columns = sorted({k for _, d in g.nodes(data=True) for k in d} -
                         {"label", "class", "kind", "iri", "aliases", "documents"})
    nodes = io.StringIO(newline="")
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(NODE_COLUMNS + tuple(obs_columns))
    for node in sorted(g):
        d = g.nodes[node]
        w.writerow([node, _one_line(d["label"]), d["class"], d["kind"], _one_line(d["aliases"]), d["documents"]]
                   + [_number(d.get(c)) for c in obs_columns])
    edges = io.StringIO(newline="")
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for s, o, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        w.writerow([s, o, "Directed", d["label"], d["predicate"], _number(d["weight"]), d["sentence"],
                    d["document"], _number(d["confidence"])])
    return {"nodes.csv": nodes.getvalue().encode("utf-8"), "edges.csv": edges.getvalue().encode("utf-8")}


def _number(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


# --- one call for all -----------------------------------------------------------------------

def render(ds: Dataset, fmt: str, document: str | None = None, include_ontology: bool = False):
    """The export as bytes, or for csv as {file name: bytes}."""
    fmt = format_for(None, fmt)
    if document is not None or include_ontology:
        ds = select(ds, document, include_ontology)
    if fmt in RDF_FORMATS:
        return serialize(ds, fmt)
    if fmt == "graphml":
        return graphml(ds)
    return csv_tables(ds)


def export(ds: Dataset, fmt: str | None = None, out: str | Path | None = None,
           document: str | None = None, include_ontology: bool = False) -> list[Path] | bytes:
    """Write ``ds`` as ``fmt`` to ``out`` (atomically) and return the paths written; with no
    ``out``, return the bytes. For csv, ``out`` is a directory that gets nodes.csv and edges.csv."""
    fmt = format_for(out, fmt)
    data = render(ds, fmt, document, include_ontology)
    if out is None:
        if isinstance(data, dict):
            raise UsageError("csv export writes two files: give --out DIR")
        return data
    out = Path(out)
    if isinstance(data, dict):
        if out.suffix.lower() == ".csv":
            raise UsageError(f"{out}: csv export writes nodes.csv and edges.csv: give a directory")
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out}: not a directory (csv export writes nodes.csv and edges.csv into it)")
        paths = []
        for name, payload in data.items():
            atomic_write(out / name, payload)
            paths.append(out / name)
        return paths
    if out.is_dir():
        raise UsageError(f"{out}: is a directory (give a file name for --out)")
    atomic_write(out, data)
    return [out]
