"""SPARQL over kg graphs: an Oxigraph store, predeclared prefixes, ?name parameters,
safety checks (no SERVICE, no LOAD, no update unless asked) and the standard result formats.

    >>> from kg.sparql import run_query
    >>> r = run_query("out", "SELECT ?p WHERE { ?p a kg:Place }")
    >>> r.vars, r.rows[:1]

Oxigraph (pyoxigraph) is the store: rdflib's SPARQL engine is one to three orders of
magnitude slower on a million triples (bench/bench_sparql.py measures both).
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

from .errors import KgError, UsageError
from .ontology import data_dir
from .rdf import NODE_KINDS
from .terms import ID, PREFIXES as TERM_PREFIXES

# predeclared in every query (a query's own PREFIX wins)
PREFIXES: dict[str, str] = {p: str(ns) for p, ns in TERM_PREFIXES.items()}
PREFIXES.update({kind: f"{ID}{kind}/" for kind in NODE_KINDS})

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
               ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}

# output formats: name -> (media type, result kinds it serves)
FORMATS = {
    "table": ("text/plain", {"select", "ask", "graph"}),
    "json": ("application/sparql-results+json", {"select", "ask"}),
    "xml": ("application/sparql-results+xml", {"select", "ask"}),
    "csv": ("text/csv", {"select", "ask"}),
    "tsv": ("text/tab-separated-values", {"select", "ask"}),
    "turtle": ("text/turtle", {"graph"}),
    "ntriples": ("application/n-triples", {"graph"}),
    "jsonld": ("application/ld+json", {"graph"}),
}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld", "text": "table"}
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
QUERY_WORDS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}


class QueryError(KgError):
    """The query does not parse, or cannot run; the message says where and why."""


class QueryRefused(KgError):
    """The query asks for something kg does not do (SERVICE, LOAD, an update on a read-only graph)."""


class ResultTooLarge(KgError):
    pass


# --- a small lexer: enough of SPARQL's tokens to see keywords outside strings, comments and IRIs
TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7-\uffff]+)
  | (?P<name>[A-Za-z_\u00c0-\uffff][\w\-.\u00b7-\uffff]*(?::[\w\-.:%\\\u00b7-\uffff]*)?|:[\w\-.:%\\\u00b7-\uffff]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def tokens(text: str):
    """(kind, text, offset) for each significant token; keywords come as kind 'name' without a colon."""
    for m in TOKEN.finditer(text):
        if m.lastgroup not in ("ws", "comment"):
            yield m.lastgroup, m.group(), m.start()


def keywords(text: str) -> list[str]:
    return [t.upper() for kind, t, _ in tokens(text) if kind == "name" and ":" not in t]


def query_form(text: str) -> str:
    """'select', 'construct', 'describe', 'ask', or 'update' (first keyword after the prologue)."""
    for word in keywords(text):
        if word in QUERY_WORDS:
            return word.lower()
        if word in UPDATE_WORDS:
            return "update"
    raise QueryError("not a SPARQL query: expected SELECT, CONSTRUCT, DESCRIBE or ASK")


def check_safe(text: str, allow_update: bool = False) -> str:
    """The query form, after refusing what would fetch from the network or change the graph."""
    words = set(keywords(text))
    if "SERVICE" in words:
        raise QueryRefused("SERVICE is refused: kg queries only its own graph and never fetches from the network")
    if "LOAD" in words:
        raise QueryRefused("LOAD is refused: kg never fetches from the network")
    form = query_form(text)
    if form == "update" and not allow_update:
        raise QueryRefused("SPARQL Update is refused: this graph is read-only")
    return form


# --- parameters: --param name=value binds ?name
def parse_term(value: str, prefixes: dict[str, str] | None = None):
    """A command-line value as an RDF term: <iri>, prefix:name, http(s)://..., a number,
    true/false, a quoted Turtle literal ("x"@en, "2024"^^xsd:gYear), else a plain string."""
    prefixes = PREFIXES if prefixes is None else prefixes
    v = value.strip()
    if re.fullmatch(r"https?://\S+", v):
        v = f"<{v}>"
    m = re.fullmatch(r"([A-Za-z][\w\-.]*)?:(\S*)", v)
    if m and (m.group(1) or "") in prefixes:
        return ox.NamedNode(prefixes[m.group(1) or ""] + m.group(2))
    if re.fullmatch(r"[+-]?\d+", v):
        return ox.Literal(v, datatype=ox.NamedNode(XSD + "integer"))
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", v):
        return ox.Literal(v, datatype=ox.NamedNode(XSD + "decimal"))
    if v in ("true", "false"):
        return ox.Literal(v, datatype=ox.NamedNode(XSD + "boolean"))
    if v.startswith(("<", '"', "'")):
        head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items())
        try:
            quads = list(ox.parse(f"{head}<urn:x:s> <urn:x:p> {v} .", format=ox.RdfFormat.TURTLE))
        except SyntaxError as e:
            raise UsageError(f"cannot read parameter value {value!r} as an RDF term: {e}") from None
        if len(quads) == 1:
            return quads[0].object
        raise UsageError(f"cannot read parameter value {value!r} as one RDF term")
    return ox.Literal(value)


def parse_params(pairs) -> dict:
    """['name=value', ...] (or a dict) -> {name: term}."""
    if not pairs:
        return {}
    items = pairs.items() if isinstance(pairs, dict) else (_split_param(p) for p in pairs)
    out = {}
    for name, value in items:
        name = name.lstrip("?$")
        if not re.fullmatch(r"\w+", name):
            raise UsageError(f"bad parameter name {name!r}: use --param name=value to bind ?name")
        if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            out[name] = value
        elif isinstance(value, str):
            out[name] = parse_term(value)
        else:
            out[name] = _from_rdflib(value)
    return out


def _split_param(p: str):
    name, eq, value = p.partition("=")
    if not eq or not name:
        raise UsageError(f"bad parameter {p!r}: use --param name=value")
    return name, value


def _pattern_brace(toks: list, i: int, form: str) -> int | None:
    """Index in TOKS of the '{' opening the WHERE pattern of the query form at TOKS[i]."""
    j = i + 1
    if form == "construct":
        if j < len(toks) and toks[j][1].upper() == "WHERE":
            raise QueryError("parameters need CONSTRUCT {template} WHERE {pattern}, not the short CONSTRUCT WHERE form")
        depth = 0  # skip the template
        for j in range(i + 1, len(toks)):
            if toks[j][1] == "{":
                depth += 1
            elif toks[j][1] == "}":
                depth -= 1
                if depth == 0:
                    break
        j += 1
    return next((k for k in range(j, len(toks)) if toks[k][1] == "{"), None)


def _closing(toks: list, k: int) -> int:
    depth = 0
    for m in range(k, len(toks)):
        depth += {"{": 1, "}": -1}.get(toks[m][1], 0)
        if depth == 0:
            return m
    return len(toks) - 1


LIMIT_OFF = {"none", "all", "0"}


def bind_params(text: str, params: dict, form: str) -> tuple[str, list]:
    """The query with the parameters bound, and the edits made (start, end, new text), in
    TEXT's offsets, for mapping error positions back.

    ?name is bound by a VALUES clause at the head of the WHERE pattern, and of every
    sub-query's pattern that uses ?name (so it is bound everywhere, as a prebinding, and a
    sub-query can start from it). A line ending in the comment `# only with ?name` is left
    out when ?name is not bound (an optional filter that would only cost time unbound).
    `limit` (unless the query has a ?limit) replaces every LIMIT (none: no limit), or adds one."""
    params = dict(params)
    toks = list(tokens(text))
    used = {t[1:] for kind, t, _ in toks if kind == "var"}
    edits = []
    limit = params.pop("limit") if "limit" in params and "limit" not in used else None
    for name in params:
        if name not in used:
            raise UsageError(f"parameter ?{name} does not appear in the query")
    for m in TOKEN.finditer(text):
        only = m.lastgroup == "comment" and re.fullmatch(r"#\s*only with \?(\w+)\s*", m.group())
        if only and only.group(1) not in params:  # drop the line, keep its newline
            edits.append((text.rfind("\n", 0, m.start()) + 1, m.end(), ""))
    if params:
        first = next(i for i, (k, t, _) in enumerate(toks) if k == "name" and t.upper() == form.upper())
        for i, (kind, t, off) in enumerate(toks):
            if i != first and not (kind == "name" and t.upper() == "SELECT"):
                continue
            k = _pattern_brace(toks, i, form if i == first else "select")
            if k is None:
                raise QueryError(f"parameters need a WHERE {{...}} pattern to bind in; this {form.upper()} has none")
            inside = {t2[1:] for kind2, t2, _ in toks[k:_closing(toks, k)] if kind2 == "var"}
            names = [n for n in params if i == first or n in inside]
            if names:
                values = " ".join(f"VALUES ?{n} {{ {params[n]} }}" for n in names) + " "
                edits.append((toks[k][2] + 1, toks[k][2] + 1, values))
    edits += _filter_substitutions(toks, params)
    if limit is not None:
        value = str(limit.value if isinstance(limit, ox.Literal) else limit).strip().lower()
        if value not in LIMIT_OFF and not re.fullmatch(r"\d+", value):
            raise UsageError(f"bad limit {value!r}: a number of rows, or none")
        spots = [(toks[i][2], toks[i + 1][2] + len(toks[i + 1][1])) for i in range(len(toks) - 1)
                 if toks[i][0] == "name" and toks[i][1].upper() == "LIMIT"]
        new = "" if value in LIMIT_OFF else f"LIMIT {int(value)}"
        edits += [(a, b, new) for a, b in spots]
        if not spots and new:
            edits.append((len(text), len(text), f"\n{new}\n"))
    edits.sort(key=lambda e: (e[0], e[1]))
    out, at = [], 0
    for a, b, new in edits:
        out += [text[at:a], new]
        at = b
    return "".join(out) + text[at:], edits


def _filter_substitutions(toks: list, params: dict) -> list:
    """Edits writing each parameter's value for ?name inside FILTER expressions (not in BOUND):
    the same answer as the VALUES binding, but a filter with constants only can be applied to
    the pattern it restricts (Oxigraph's planner cannot move it next to a VALUES clause)."""
    edits = []
    for i, (kind, t, _) in enumerate(toks):
        if kind != "name" or t.upper() != "FILTER":
            continue
        depth, j = 0, i + 1
        while j < len(toks):
            k2, t2, off = toks[j]
            if t2 in "({":
                depth += 1
            elif t2 in ")}":
                depth -= 1
                if depth <= 0:
                    break
            elif k2 == "var" and t2[1:] in params and not (toks[j - 1][1] == "(" and toks[j - 2][1].upper() == "BOUND"):
                edits.append((off, off + len(t2), str(params[t2[1:]])))
            elif depth == 0 and k2 != "name":  # FILTER fn(...) ends with its ')'
                break
            j += 1
    return edits


def _original_offset(offset: int, edits: list) -> int:
    """An offset in the bound query as one in the query as written."""
    shift = 0
    for a, b, new in edits:
        if offset < a + shift:
            break
        if offset < a + shift + len(new):
            return a
        shift += len(new) - (b - a)
    return offset - shift


# --- stores
_CACHE: OrderedDict = OrderedDict()


class GraphStore:
    """A graph loaded for SPARQL, in two Oxigraph stores:

    dataset  each document's named graph, and in the default graph their union (with_union);
    union    the union alone (the dataset's default graph), in a store of its own.

    Queries that name graphs (GRAPH, FROM) run on the dataset, all others on the union.
    Why two: Oxigraph's in-memory store finds a subject's triples by walking a list of that
    subject's quads in every graph, so in the dataset an entity that 1,000 articles mention
    costs some 6,000 steps per lookup, and an observation twice its own triples; in the union
    store each triple is there once. That copy costs about 4 s and 0.3 GB per million triples
    at load time, and makes plain queries 3 to 15 times faster (bench/bench_sparql.py).
    After an update (allow_update) the union copy is dropped and every query runs on the dataset."""

    def __init__(self, dataset: ox.Store):
        self.dataset = with_union(dataset)
        self.union: ox.Store | None = None
        if next(iter(dataset.named_graphs()), None) is not None:
            self.union = ox.Store()
            self.union.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                   for q in dataset.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def store_for(self, text: str) -> ox.Store:
        """The store to run TEXT on: the dataset if it names graphs, else the union."""
        if self.union is None or {"GRAPH", "FROM"} & set(keywords(text)):
            return self.dataset
        return self.union

    def __len__(self) -> int:
        return len(self.dataset)


def open_store(source) -> GraphStore | ox.Store:
    """The stores holding SOURCE (a GraphStore): a graph file, a build directory, an rdflib Graph
    or Dataset; a GraphStore or a pyoxigraph Store is returned as it is. Files are cached while
    unchanged."""
    if isinstance(source, (ox.Store, GraphStore)):
        return source
    if hasattr(source, "serialize") and hasattr(source, "triples"):  # rdflib Graph / Dataset
        return GraphStore(from_rdflib(source))
    from .store import graph_file

    path = graph_file(source).resolve()
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    store = load_file(path)
    _CACHE[key] = store
    while len(_CACHE) > 2:
        _CACHE.popitem(last=False)
    return store


def from_rdflib(g) -> ox.Store:
    """An rdflib Dataset (its graphs kept) or Graph (into the default graph) as an Oxigraph store,
    term by term."""
    from rdflib import Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from .rdf import to_oxigraph

    term = functools.lru_cache(maxsize=None)(to_oxigraph)  # each distinct term converted once

    def quad(s, p, o, c=None):  # no DefaultGraph() argument: pyoxigraph takes ten times longer with it
        c = getattr(c, "identifier", c)
        if c is None or c == DATASET_DEFAULT_GRAPH_ID:
            return ox.Quad(term(s), term(p), term(o))
        return ox.Quad(term(s), term(p), term(o), term(c))

    store = ox.Store()
    if isinstance(g, Dataset):
        store.bulk_extend(quad(*q) for q in g.quads((None, None, None, None)))
    else:
        store.bulk_extend(quad(*t) for t in g)
    return store


def load_file(path: Path) -> GraphStore:
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format (use .ttl, .trig, .nt, .nq or .jsonld)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as e:
        raise KgError(f"{path}: cannot parse as {fmt.name}: {e}") from None
    except OSError as e:
        raise KgError(f"{path}: cannot read: {e}") from None
    return GraphStore(store)


def with_union(store: ox.Store) -> ox.Store:
    """Copy every named graph's triples into the default graph, once each: plain patterns then
    see the whole graph as a set (Oxigraph's union-default-graph option repeats a triple
    once per graph), while GRAPH ?g still sees each document's own facts."""
    if next(iter(store.named_graphs()), None) is not None:
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


# --- results
@dataclass
class Result:
    """What a query answered: kind 'select' (vars, rows), 'ask' (boolean) or 'graph' (triples)."""
    kind: str
    vars: list[str] = field(default_factory=list)
    solutions: list = field(default_factory=list)  # pyoxigraph QuerySolution or Triple
    boolean: bool | None = None

    def __len__(self):
        return len(self.solutions) if self.kind != "ask" else 1

    def __bool__(self):
        return bool(self.boolean) if self.kind == "ask" else bool(self.solutions)

    @property
    def rows(self) -> list[tuple]:
        """SELECT rows as tuples of rdflib terms (None where unbound); triples for graphs."""
        if self.kind == "ask":
            return [(self.boolean,)]
        return [tuple(_to_rdflib(t) for t in s) for s in self.solutions]

    def __iter__(self):
        return iter(self.rows)

    def dicts(self) -> list[dict]:
        """SELECT rows as {var: python value} (IRIs as str, literals as Python values)."""
        return [{v: (_to_rdflib(t).toPython() if t is not None else None) for v, t in zip(self.vars, s)}
                for s in self.solutions]

    def graph(self):
        """CONSTRUCT / DESCRIBE results as an rdflib Graph with kg's prefixes."""
        from rdflib import Graph
        from .rdf import bind_prefixes
        g = Graph()
        bind_prefixes(g)
        for t in self.solutions:
            g.add(tuple(_to_rdflib(x) for x in t))
        return g

    def serialize(self, fmt: str = "json") -> bytes:
        fmt = output_format(fmt, self.kind)
        if fmt == "table":
            return self.table().encode()
        if self.kind == "graph":
            oxfmt = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                     "jsonld": ox.RdfFormat.JSON_LD}[fmt]
            used = used_prefixes(self.solutions) if fmt == "turtle" else None
            return ox.serialize(self.solutions, format=oxfmt, prefixes=used) or b""
        return {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt](self)

    def table(self) -> str:
        """An aligned plain-text table, IRIs shortened to kg's prefixes."""
        if self.kind == "ask":
            return ("true" if self.boolean else "false") + "\n"
        head = ["subject", "predicate", "object"] if self.kind == "graph" else self.vars
        body = [[short(t) for t in s] for s in self.solutions]
        widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(head)]
        line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
        out = [line(head), line(["-" * w for w in widths])] + [line(r) for r in body]
        out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
        return "\n".join(out) + "\n"


def used_prefixes(triples) -> dict[str, str]:
    """The predeclared prefixes that some IRI of these triples starts with."""
    iris = {t.value for tr in triples for t in (tr.subject, tr.predicate, tr.object) if isinstance(t, ox.NamedNode)}
    return {p: ns for p, ns in PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def output_format(fmt: str, kind: str) -> str:
    name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if kind not in FORMATS[name][1]:
        what = "CONSTRUCT/DESCRIBE" if kind == "graph" else kind.upper()
        fits = ", ".join(n for n, (_, kinds) in FORMATS.items() if kind in kinds)
        raise UsageError(f"format {name} does not fit a {what} result; use one of {fits}")
    return name


def short(t) -> str:
    """A term for a table cell: prefixed IRIs, literal values, _:blank nodes."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        iri = t.value
        best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
        if best and re.fullmatch(r"[\w\-.]*", iri[len(best):]):
            p = next(p for p, ns in PREFIXES.items() if ns == best)
            return f"{p}:{iri[len(best):]}"
        return f"<{iri}>"
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Literal):
        return t.value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return str(t)


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject),
                                            "predicate": _json_term(t.predicate), "object": _json_term(t.object)}}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != XSD + "string":
        d["datatype"] = t.datatype.value
    return d


def _json(r: Result) -> bytes:
    if r.kind == "ask":
        doc = {"head": {}, "boolean": bool(r.boolean)}
    else:
        doc = {"head": {"vars": r.vars}, "results": {"bindings": [
            {v: _json_term(t) for v, t in zip(r.vars, s) if t is not None} for s in r.solutions]}}
    return json.dumps(doc, ensure_ascii=False).encode()


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{xml_escape(t.value)}</literal>"
    if t.datatype.value != XSD + "string":
        return f"<literal datatype={quoteattr(t.datatype.value)}>{xml_escape(t.value)}</literal>"
    return f"<literal>{xml_escape(t.value)}</literal>"


def _xml(r: Result) -> bytes:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    if r.kind == "ask":
        out += ["</head>", f"<boolean>{'true' if r.boolean else 'false'}</boolean>"]
    else:
        out += [f"<variable name={quoteattr(v)}/>" for v in r.vars] + ["</head>", "<results>"]
        for s in r.solutions:
            out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                            for v, t in zip(r.vars, s) if t is not None) + "</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out).encode()


def _csv(r: Result) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if r.kind == "ask":
        w.writerows([["boolean"], ["true" if r.boolean else "false"]])
    else:
        w.writerow(r.vars)
        for s in r.solutions:
            w.writerow(["" if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value
                        for t in s])
    return buf.getvalue().encode()


def _tsv(r: Result) -> bytes:
    if r.kind == "ask":
        return b"?boolean\n" + (b"true\n" if r.boolean else b"false\n")
    lines = ["\t".join(f"?{v}" for v in r.vars)]
    lines += ["\t".join("" if t is None else str(t) for t in s) for s in r.solutions]
    return ("\n".join(lines) + "\n").encode()


# --- conversion to and from rdflib terms
def _to_rdflib(t):
    from rdflib import BNode, Literal, URIRef
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value, datatype=None if dt == XSD + "string" else URIRef(dt))
    if isinstance(t, ox.Triple):
        return (_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object))
    return t


def _from_rdflib(t):
    from rdflib import Literal
    from .rdf import to_oxigraph
    if isinstance(t, (int, float, bool)) or t is None:
        t = Literal(t)
    try:
        return to_oxigraph(t)
    except TypeError:
        raise UsageError(f"cannot bind a parameter to {t!r}") from None


# --- running
def run_query(source, text: str, params=None, *, max_rows: int | None = None,
              allow_update: bool = False) -> Result:
    """Run one SPARQL query over SOURCE (a path, a build directory, an rdflib Graph/Dataset, a
    GraphStore or a pyoxigraph Store). Named graphs are kept for GRAPH ?g; the default graph holds
    them all (see GraphStore; a pyoxigraph Store passed in is queried as it is).
    params: {'name': value} or ['name=value'] binds ?name. Raises QueryError (with line and column)
    on a malformed query, QueryRefused on SERVICE/LOAD/updates, ResultTooLarge past max_rows."""
    form = check_safe(text, allow_update=allow_update)
    store = open_store(source)
    if form == "update":
        if isinstance(store, GraphStore):
            store.union = None  # the union copy would be out of date
            store = store.dataset
        try:
            store.update(text, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(syntax_message(e)) from None
        return Result("ask", boolean=True)
    bound = parse_params(params)
    query, edits = bind_params(text, bound, form)
    if isinstance(store, GraphStore):
        store = store.store_for(text)
    try:
        answer = store.query(query, prefixes=PREFIXES)
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        kind = "select" if isinstance(answer, ox.QuerySolutions) else "graph"
        vars_ = [v.value for v in answer.variables] if kind == "select" else []
        if max_rows is None:
            items = list(answer)
        else:
            items = []
            for item in answer:
                if len(items) == max_rows:
                    raise ResultTooLarge(f"result too large: more than {max_rows} "
                                         f"{'rows' if kind == 'select' else 'triples'}; add a LIMIT")
                items.append(item)
    except SyntaxError as e:
        raise QueryError(syntax_message(e, text, query, edits)) from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query failed: {e}") from None
    return Result(kind, vars_, items)


def syntax_message(e: SyntaxError, text: str = "", query: str = "", edits: list = ()) -> str:
    """Oxigraph's 'error at 3:9: expected ...' as 'line 3, column 9: expected ...',
    positions given in the query as written (TEXT, before parameters were bound into QUERY)."""
    msg = str(e)
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, re.DOTALL)
    if not m:
        return f"syntax error: {msg}"
    line, col, rest = int(m.group(1)), int(m.group(2)), m.group(3)
    if edits:
        lines = query.split("\n")
        offset = sum(len(x) + 1 for x in lines[:line - 1]) + col - 1
        offset = _original_offset(offset, edits)
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"syntax error at line {line}, column {col}: {rest}"


# --- the saved queries in queries/


@dataclass
class SavedQuery:
    name: str
    path: Path
    title: str
    description: str
    params: dict[str, str]  # name -> what it is
    examples: dict[str, str]  # name -> example value
    text: str


def saved_queries(directory: Path | None = None) -> dict[str, SavedQuery]:
    """The library of .rq files, by name (file stem), read from their opening comment block:
    '# title: ...', '# answers: ...', '# param: ?name - what (example: value)'."""
    d = Path(directory) if directory else data_dir("queries")
    out = {}
    for path in sorted(d.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title, desc, params, examples = path.stem, [], {}, {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            key, _, value = body.partition(":")
            if key == "title":
                title = value.strip()
            elif key == "param":
                m = re.match(r"\s*\?(\w+)\s*[-\u2014:]?\s*(.*)", value)
                if m:
                    params[m.group(1)] = m.group(2).strip()
                    ex = re.search(r"\(example:\s*([^)]*)\)", m.group(2))
                    if ex:
                        examples[m.group(1)] = ex.group(1).strip()
            elif key == "answers":
                desc.append(value.strip())
            elif body and desc and key not in ("title", "param"):
                desc.append(body)
        out[path.stem] = SavedQuery(path.stem, path, title, " ".join(desc), params, examples, text)
    return out


def resolve_query(query: str) -> tuple[str, str]:
    """(label, text) for a .rq file path or a saved query's name."""
    p = Path(query)
    if p.suffix == ".rq" or p.is_file():
        if not p.is_file():
            raise UsageError(f"{query}: no such query file")
        try:
            return str(p), p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"{query}: cannot read: {e}") from None
    saved = saved_queries()
    if query not in saved:
        raise UsageError(f"{query}: not a .rq file nor a saved query (see `kg query --list`)")
    return query, saved[query].text
