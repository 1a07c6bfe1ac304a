"""Turtle and TriG in a stable, readable order, written by Oxigraph's serializer (rdflib's
is ten times slower on large builds and rewrites some literals, e.g. "12"^^xsd:decimal).

A SortedGraph takes quads as they come (a document at a time in `kg build`) and keeps them
sorted on disk, in runs merged back when written: memory holds one run, not the graph. Each
item is the quad's sort key (term_code) followed by its N-Quads line, which Oxigraph parses
and serializes in pieces (a pyoxigraph term made in Python costs more than the whole line).
rdflib graphs (``kg export``) are written by the same code.
"""
from __future__ import annotations

import heapq
import io
import pickle
import re
import tempfile
from typing import BinaryIO, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .rdf import bind_prefixes

RUN = 25_000  # items sorted in memory before they go to disk as a run
CHUNK = 20_000  # triples per call of the serializer
SEP, NEXT = "\x00", "\x01"  # between a term's fields, between a quad's terms (and its line)
DEFAULT = "0" + SEP + SEP  # the default graph sorts before the named ones ("1", IRI, kind)
_NT = {**{c: f"\\u{c:04X}" for c in range(32)}, 10: "\\n", 13: "\\r", 34: '\\"', 92: "\\\\"}
_CONTROL = re.compile("[\x00-\x02]")
_ESCAPED = re.compile("\x02([\x03-\x05])")


def _escape(value: str) -> str:
    """The value without the separators: \x00-\x02 become \x02 + \x03-\x05, which sorts the same."""
    if value.isprintable() or not _CONTROL.search(value):
        return value
    return _CONTROL.sub(lambda m: "\x02" + chr(ord(m.group()) + 3), value)


def _unescape(value: str) -> str:
    return _ESCAPED.sub(lambda m: chr(ord(m.group(1)) - 3), value) if "\x02" in value else value


def term_code(t) -> str:
    """An rdflib term as the string it sorts by: its kind (B blank node, L literal, U IRI), value,
    datatype and language, joined by SEP. Strings sort as those fields would, one by one."""
    if isinstance(t, URIRef):
        return "U" + SEP + _escape(str(t)) + SEP + SEP
    if isinstance(t, Literal):
        return SEP.join(("L", _escape(str(t)), _escape(str(t.datatype)) if t.datatype else "",
                         _escape(t.language) if t.language else ""))
    if isinstance(t, BNode):
        return "B" + SEP + _escape(str(t)) + SEP + SEP
    raise TypeError(f"not an RDF term: {t!r}")


def term_nt(t) -> str:
    """An rdflib term in N-Triples, as Oxigraph would read it (blank node labels made plain)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        value = str(t)
        if not value.isprintable() or '"' in value or "\\" in value:
            value = value.translate(_NT)
        return f'"{value}"@{t.language}' if t.language else f'"{value}"^^<{t.datatype}>' if t.datatype \
            else f'"{value}"'
    if isinstance(t, BNode):
        return "_:" + (re.sub(r"[^A-Za-z0-9_]", "_", str(t)) or "b")
    raise TypeError(f"not an RDF term: {t!r}")


def graph_code(g) -> str:
    """A named graph (None: the default graph) as the string it sorts by: "1", IRI, kind."""
    if g is None:
        return DEFAULT
    return SEP.join(("1", _escape(str(g)), "B" if isinstance(g, BNode) else "U"))


def code_rdflib(code: str):
    """The rdflib term of a term_code."""
    kind, value, datatype, language = map(_unescape, code.split(SEP))
    if kind == "U":
        return URIRef(value)
    if kind == "L":
        return Literal(value, lang=language or None, datatype=URIRef(datatype) if datatype else None)
    return BNode(value)


class Sorter:
    """Tuples added in any order, read back sorted and without repeats, as often as asked.
    Past RUN tuples, each sorted run goes to an anonymous temporary file."""

    def __init__(self, run: int = RUN):
        self.run, self.buffer, self.files = run, [], []

    def add(self, item: tuple) -> None:
        self.buffer.append(item)
        if len(self.buffer) >= self.run:
            self._spill()

    def extend(self, items: list) -> None:
        self.buffer.extend(items)
        if len(self.buffer) >= self.run:
            self._spill()

    def _spill(self) -> None:
        self.buffer.sort()
        f = tempfile.TemporaryFile(prefix="kg-run-")
        for i in range(0, len(self.buffer), 1000):
            pickle.dump(self.buffer[i:i + 1000], f, pickle.HIGHEST_PROTOCOL)
        self.files.append(f)
        self.buffer = []

    @staticmethod
    def _read(f) -> Iterator[tuple]:
        f.seek(0)
        while True:
            try:
                chunk = pickle.load(f)
            except EOFError:
                return
            yield from chunk

    def __iter__(self) -> Iterator[tuple]:
        self.buffer.sort()
        if self.files:
            merged = heapq.merge(self.buffer, *(self._read(f) for f in self.files))
        else:
            merged = iter(self.buffer)
        last = None
        for item in merged:
            if item != last:
                yield item
                last = item

    def close(self) -> None:
        for f in self.files:
            f.close()
        self.files, self.buffer = [], []


class SortedGraph:
    """Quads kept sorted twice: by triple for Turtle (the union of all graphs) and by graph
    then triple for TriG."""

    def __init__(self, run: int = RUN):
        self.triples, self.quads, self.dotted = Sorter(run), Sorter(run), set()
        self._codes = _Codes(self._code)

    def add(self, s, p, o, g=None) -> None:
        """A triple of rdflib terms, in the named graph ``g`` (None: the default graph)."""
        self.update([(s, p, o)], g)

    def update(self, triples: Iterable[tuple], g=None) -> None:
        """Triples of rdflib terms, all in the named graph ``g`` (None: the default graph)."""
        codes, code = self._codes, self._code  # the IRIs' (code, N-Triples) are made once
        graph, graph_nt = graph_code(g), ("" if g is None else " " + term_nt(g)) + " ."
        if isinstance(g, URIRef) and g.endswith("."):
            self.dotted.add(str(g))
        by_triple, by_quad = [], []
        for s, p, o in triples:
            (ks, ns), (kp, np), (ko, no) = codes[s] if type(s) is URIRef else code(s), codes[p], \
                codes[o] if type(o) is URIRef else code(o)
            key = ks + NEXT + kp + NEXT + ko + NEXT
            line = ns + " " + np + " " + no
            by_triple.append(key + line + " .")
            by_quad.append(graph + NEXT + key + line + graph_nt)
        self.triples.extend(by_triple)
        self.quads.extend(by_quad)

    def _code(self, t) -> tuple[str, str]:
        """term_code and term_nt of ``t``; an IRI (or a literal's datatype) that ends in '.' is noted."""
        iri = t if isinstance(t, URIRef) else t.datatype if isinstance(t, Literal) else None
        if iri and iri.endswith("."):
            self.dotted.add(str(iri))
        return term_code(t), term_nt(t)

    def union(self) -> Iterator[tuple]:
        """The union of the graphs as rdflib triples, sorted, each once."""
        for item in self.triples:
            s, p, o, _ = item.split(NEXT)
            yield code_rdflib(s), code_rdflib(p), code_rdflib(o)

    def prefixes(self) -> dict[str, str]:
        return _usable(_prefixes()[0], self.dotted)

    def write_turtle(self, out: BinaryIO) -> None:
        """The union of the graphs as sorted Turtle; a subject's triples stay in one piece."""
        _serialize(out, _pieces(self.triples), ox.RdfFormat.TURTLE, self.prefixes())

    def write_trig(self, out: BinaryIO) -> None:
        """The default graph first, then each named graph by IRI, each sorted; a graph stays in one piece."""
        _serialize(out, _pieces(self.quads), ox.RdfFormat.TRIG, self.prefixes())

    def close(self) -> None:
        self.triples.close()
        self.quads.close()


def _pieces(items: Iterable[str]) -> Iterator[list[str]]:
    """Sorted items in pieces of at least CHUNK (but the last) that end where the first term
    changes: a subject (or a graph) is never cut in two."""
    piece: list[str] = []
    for item in items:
        if len(piece) >= CHUNK and item[:item.index(NEXT)] != piece[-1][:piece[-1].index(NEXT)]:
            yield piece
            piece = []
        piece.append(item)
    yield piece


class _Codes(dict):
    """What ``code`` makes of a term, kept by term (while the cache is not too big)."""

    def __init__(self, code):
        super().__init__()
        self.code = code

    def __missing__(self, t) -> str:
        if len(self) > 100_000:
            self.clear()
        code = self[t] = self.code(t)
        return code


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


class _Layout:
    """Our own sorted @prefix block, and a blank line between subjects and between graphs,
    over the serializer's output fed piece by piece (each piece ends between subjects)."""

    def __init__(self, out: BinaryIO):
        self.out, self.inside, self.last = out, False, None
        out.write((_prefixes()[1] + "\n").encode("utf-8"))

    def feed(self, data: bytes) -> None:
        lines = []
        for line in data.decode("utf-8").split("\n"):
            if line.startswith("@prefix") or not line:
                continue
            lead = "\t" if self.inside else ""
            new_block = line.startswith(lead) and not line.startswith(lead + "\t") and line != "}"
            if new_block and self.last is not None and not self.last.endswith("{"):
                lines.append("")
            lines.append(line)
            self.last = line
            if not self.inside and line.endswith("{") and not line.startswith("\t"):
                self.inside = True
            elif line == "}":
                self.inside = False
        if lines:
            self.out.write(("\n".join(lines) + "\n").encode("utf-8"))


def _serialize(out: BinaryIO, pieces: Iterable[list[str]], fmt, prefixes: dict) -> None:
    layout = _Layout(out)
    for piece in pieces:
        if piece:
            lines = "\n".join([item.rpartition(NEXT)[2] for item in piece]).encode("utf-8")
            quads = ox.parse(lines, format=ox.RdfFormat.N_QUADS)
            layout.feed(ox.serialize(quads, format=fmt, prefixes=prefixes))
    if layout.last is None:
        out.write(b"\n")


def sorted_graph(g, run: int = RUN) -> SortedGraph:
    """An rdflib Dataset (graphs kept) or Graph (in the default graph) as a SortedGraph."""
    out = SortedGraph(run)
    if isinstance(g, Dataset):
        for s, p, o, c in g.quads((None, None, None, None)):
            c = c.identifier if hasattr(c, "identifier") else c
            out.add(s, p, o, None if c is None or c == DATASET_DEFAULT_GRAPH_ID else c)
    else:
        for s, p, o in g:
            out.add(s, p, o)
    return out


def turtle(g) -> bytes:
    """The triples of ``g`` (a Graph, or a Dataset's union) as sorted Turtle."""
    out = io.BytesIO()
    sorted_graph(g).write_turtle(out)
    return out.getvalue()


def trig(ds: Dataset) -> bytes:
    """The dataset as TriG: the default graph first, then each named graph by IRI, each sorted."""
    out = io.BytesIO()
    sorted_graph(ds).write_trig(out)
    return out.getvalue()
