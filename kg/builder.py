"""kg build: inputs -> pipeline -> resolution -> RDF -> files, with a summary.

Documents stream: each one's facts are pickled to a file in a temporary directory as soon as
they are read, and its spaCy Doc is dropped. Resolution then reads only the mentions back;
a second pass turns each document's facts into quads, kept sorted on disk in runs (a
writer.SortedGraph) from which the Turtle and TriG are written. Memory holds the mentions,
the entities and one run of quads, not the graph."""
from __future__ import annotations

import pickle
import shutil
import sys
import tempfile
import time
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import InputError, KgError
from .files import atomic_files
from .ingest import DEFAULT_MAX_BYTES, expand, read_files
from .model import DocFacts, Document, Mention
from .pipeline import Pipeline, load_config
from .rdf import Triples, add_facts, describe_document, doc_iri, to_dataset
from .resolve import resolve
from .writer import SortedGraph


class Spill:
    """DocFacts pickled one after another into a file: written once, then read back in order.
    Held in memory, the small objects of every document would pin memory spaCy freed around them."""

    def __init__(self, path: Path):
        self.path, self.count = path, 0
        self._file = open(path, "wb")

    def add(self, facts: DocFacts) -> None:
        pickle.dump(facts, self._file, pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def close(self) -> None:
        self._file.close()

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[DocFacts]:
        with open(self.path, "rb") as f:
            for _ in range(self.count):
                yield pickle.load(f)


@dataclass
class MentionTable(DocFacts):
    """What resolution reads of a document: its text and metadata, and copies of its mentions
    (``mentions`` as the extractors listed them, ``extra`` those only facts hold), without the
    relations, roles and observations."""
    extra: list[Mention] = field(default_factory=list)

    def all_mentions(self):
        yield from self.mentions
        yield from self.extra


def mentions_only(facts: DocFacts) -> MentionTable:
    copies: dict[int, Mention] = {}

    def copy(m: Mention) -> Mention:
        if id(m) not in copies:
            copies[id(m)] = Mention(sys.intern(m.text), m.cls, m.start, m.end, m.name and sys.intern(m.name))
        return copies[id(m)]

    listed = [copy(m) for m in facts.mentions]
    extra = [copy(m) for m in facts.all_mentions() if id(m) not in copies]
    return MentionTable(facts.document, listed, extra=extra)


class ResolvedFacts:
    """The spilled DocFacts read back in order, each mention given the class, name and entity
    that resolution gave its copy in ``table``."""

    def __init__(self, spill: Spill, table: list[MentionTable]):
        self.spill, self.table = spill, table

    def __len__(self) -> int:
        return len(self.spill)

    def __iter__(self) -> Iterator[DocFacts]:
        for facts, resolved in zip(self.spill, self.table):
            for m, r in zip(facts.all_mentions(), resolved.all_mentions()):
                m.cls, m.name, m.entity = r.cls, r.name, r.entity
            yield facts


@dataclass(eq=False)
class BuildResult:
    facts: ResolvedFacts  # read back from disk on each pass: len() and iteration
    entities: dict
    graph: SortedGraph  # every quad, sorted on disk, for the writer
    counts: dict
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    @cached_property
    def dataset(self):
        """The graph as an rdflib Dataset, made when first asked for (it holds every triple)."""
        return to_dataset(self.facts, self.entities)

    def triples(self, pattern=(None, None, None)):
        """The union graph's triples as rdflib terms, streamed from disk (what kg.network reads)."""
        if pattern != (None, None, None):
            raise ValueError("only the whole graph is streamed")
        yield from self.graph.union()

    def summary(self) -> dict:
        by_class = Counter(e.cls for e in self.entities.values())
        return {"documents": len(self.facts), "skipped": len(self.errors),
                "entities": dict(sorted(by_class.items())), **self.counts,
                "seconds": round(self.seconds, 2)}


def extract(documents: Iterable[Document], config: dict, workers: int = 1,
            pipeline: Pipeline | None = None) -> Iterator[DocFacts]:
    """Run the pipeline over documents, in this process or in ``workers`` processes."""
    if workers <= 1:
        yield from (pipeline or Pipeline(config))(documents)
        return
    from .parallel import extract_parallel
    yield from extract_parallel(documents, config, workers)


def build(inputs: list[str], config: dict | None = None, workers: int = 1, strict: bool = False,
          max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
          on_error: Callable[[InputError], None] | None = None,
          progress: Callable[[Iterable, int], Iterable] | None = None,
          pipeline: Pipeline | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs`` (paths, directories or "-")."""
    t0 = time.perf_counter()
    config = config or (pipeline.config if pipeline else load_config())
    errors: list[InputError] = []
    files = list(expand(inputs))  # a missing path fails now, before the model loads
    items = read_files(files, max_bytes=max_bytes, encoding=encoding)

    def documents():
        for item in items:
            if isinstance(item, InputError):
                if strict:
                    raise item
                errors.append(item)
                if on_error:
                    on_error(item)
                continue
            yield item

    stream = extract(documents(), config, workers, pipeline)
    work = Path(tempfile.mkdtemp(prefix="kg-build-"))
    spill = Spill(work / "facts.pickle")
    try:
        for facts in (progress(stream, len(files)) if progress else stream):
            spill.add(facts)  # the spaCy Doc is gone once its facts are read
        spill.close()
        if not spill:
            raise KgError("no document could be read" + (f" ({len(errors)} skipped)" if errors else ""))
        table = [mentions_only(f) for f in spill]
        entities = resolve(table)
        facts = ResolvedFacts(spill, table)
        graph, counts = load(facts, entities)
    except BaseException:
        spill.close()
        shutil.rmtree(work, ignore_errors=True)
        raise
    result = BuildResult(facts, entities, graph, counts, errors, time.perf_counter() - t0)
    weakref.finalize(result, shutil.rmtree, work, ignore_errors=True)
    return result


def document_triples(facts: DocFacts, entities: dict):
    """(None, the document's metadata) for the default graph, (its IRI, its facts) for its graph."""
    meta, body = Triples(), Triples()
    describe_document(meta, facts)
    add_facts(body, facts, entities)
    return [(None, meta), (doc_iri(facts.document.id), body)]


def load(facts: Iterable[DocFacts], entities: dict) -> tuple[SortedGraph, dict]:
    """Every document's quads, sorted on disk, and the counts of the summary."""
    graph = SortedGraph()
    rels, works, roles, observations = set(), set(), 0, 0
    for f in facts:
        for g, triples in document_triples(f, entities):
            graph.update(triples, g)
        rels.update((r.subject.entity, r.predicate, r.object.entity) for r in f.relations
                    if r.subject.entity and r.object.entity and r.subject.entity != r.object.entity)
        works.update((r.person.entity, r.org.entity) for r in f.roles if r.person.entity and r.org.entity)
        roles += len(f.roles)
        observations += sum(1 for o in f.observations if o.about is None or o.about.entity is not None)
    by_predicate = Counter(p for _, p, _ in rels)
    by_predicate["worksFor"] += len(works)
    return graph, {"relations": {k: v for k, v in sorted(by_predicate.items()) if v},
                   "roles": roles, "observations": observations}


def write_outputs(result: BuildResult, out: str | Path, html: bool = True) -> dict[str, Path]:
    """Serialise everything first, then replace the files: a failure leaves old output intact."""
    out = Path(out)
    names = ["graph.ttl", "graph.trig"] + (["graph.html"] if html else [])
    with atomic_files(out, names) as files:
        result.graph.write_turtle(files["graph.ttl"])  # the same writer as `kg export`
        result.graph.write_trig(files["graph.trig"])
        if html:
            from .view import write_html
            write_html(result, files["graph.html"])  # in pieces: never the whole page in memory
    return {name: out / name for name in names}
