"""kg build: inputs -> pipeline -> resolution -> RDF -> files, with a summary."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import InputError, KgError
from .files import atomic_write
from .ingest import DEFAULT_MAX_BYTES, expand, read_files
from .model import DocFacts, Document
from .pipeline import Pipeline, load_config
from .export import serialize
from .rdf import to_dataset
from .resolve import resolve


@dataclass
class BuildResult:
    facts: list[DocFacts]
    entities: dict
    dataset: object
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        by_class = Counter(e.cls for e in self.entities.values())
        rels = Counter()
        for s, p, o in {(r.subject.entity, r.predicate, r.object.entity)
                        for f in self.facts for r in f.relations
                        if r.subject.entity and r.object.entity and r.subject.entity != r.object.entity}:
            rels[p] += 1
        rels["worksFor"] += len({(r.person.entity, r.org.entity) for f in self.facts for r in f.roles
                                 if r.person.entity and r.org.entity})
        return {
            "documents": len(self.facts),
            "skipped": len(self.errors),
            "entities": dict(sorted(by_class.items())),
            "relations": {k: v for k, v in sorted(rels.items()) if v},
            "roles": sum(len(f.roles) for f in self.facts),
            "observations": sum(1 for f in self.facts for o in f.observations
                                if o.about is None or o.about.entity is not None),
            "seconds": round(self.seconds, 2),
        }


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
    facts = list(progress(stream, len(files)) if progress else stream)
    if not facts:
        raise KgError("no document could be read" + (f" ({len(errors)} skipped)" if errors else ""))
    entities = resolve(facts)
    ds = to_dataset(facts, entities)
    return BuildResult(facts, entities, ds, errors, time.perf_counter() - t0)


def write_outputs(result: BuildResult, out: str | Path, html: bool = True) -> dict[str, Path]:
    """Serialise everything first, then replace the files: a failure leaves old output intact."""
    out = Path(out)
    payloads = {
        "graph.ttl": serialize(result.dataset, "turtle"),  # the same writer as `kg export`
        "graph.trig": serialize(result.dataset, "trig"),
    }
    if html:
        from .view import render_html
        payloads["graph.html"] = render_html(result.dataset)
    paths = {}
    for name, data in payloads.items():
        atomic_write(out / name, data)
        paths[name] = out / name
    return paths
