"""What stable, exact export costs over rdflib's own serialisers, by graph size; and push speed.

    .venv/bin/python bench/bench_export.py [--docs 50,500] [--push]

A synthetic build: N documents, each a named graph with 20 entities, 20 relations with their
statements, 5 observations and provenance (about 400 quads a document). For each RDF format:
  kg_s     kg.export.render (sorted, exact literals, inline JSON-LD context)
  rdflib_s rdflib's serialize of the same dataset (unordered)
  ratio    kg_s / rdflib_s
and for graphml and csv the time of the whole networkx path. With --push, the time to push the
build to a local Oxigraph server (started here on 127.0.0.1) per document graph.
Prints a table; nothing is written outside a temporary directory.
"""
from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rdflib import Dataset, Literal  # noqa: E402
from rdflib.namespace import RDF, RDFS, XSD  # noqa: E402

from kg.export import RDF_FORMATS, render  # noqa: E402
from kg.rdf import bind_prefixes, doc_iri, hashed, union  # noqa: E402
from kg.terms import ID, KG, PROV, RELATIONS  # noqa: E402


def synthetic(docs: int, seed: int = 1) -> Dataset:
    rnd = random.Random(seed)
    ds = Dataset()
    bind_prefixes(ds)
    pool = [ID[f"place/P{i}"] for i in range(docs * 5)] + [ID[f"organization/O{i}"] for i in range(docs * 5)]
    for d in range(docs):
        doc = doc_iri(f"doc-{d}")
        ds.default_graph.add((doc, RDF.type, KG.Document))
        ds.default_graph.add((doc, KG.source, Literal(f"d{d}.txt")))
        g = ds.graph(doc)
        ents = rnd.sample(pool, 20)
        for e in ents:
            g.add((e, RDF.type, KG.Place if "/place/" in e else KG.Organization))
            g.add((e, RDFS.label, Literal(e.rsplit("/", 1)[-1] + " “名”")))
            g.add((e, KG.mentionedIn, doc))
        for i in range(20):
            s, o = rnd.sample(ents, 2)
            p = KG[rnd.choice(RELATIONS)]
            g.add((s, p, o))
            st = hashed("statement", s, p, o, doc, i)
            for t in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                      (PROV.wasDerivedFrom, doc), (KG.sentence, Literal(f"Sentence {i} says \"so\".")),
                      (KG.charStart, Literal(i * 10)), (KG.confidence, Literal(Decimal("0.8")))):
                g.add((st, *t))
        for i in range(5):
            ob = hashed("observation", doc, i)
            g.add((ob, RDF.type, KG.Observation))
            g.add((ob, KG.about, ents[i]))
            g.add((ob, KG.indicator, ID["indicator/GDP"]))
            g.add((ob, KG.change, Literal(Decimal(rnd.randint(-50, 90)) / 10, datatype=XSD.decimal)))
            g.add((ob, KG.year, Literal("2024", datatype=XSD.gYear)))
    return ds


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def push_time(ds: Dataset) -> float:
    from kg.push import Store, push
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        exe = Path(sys.executable).with_name("oxigraph")
        proc = subprocess.Popen([str(exe), "serve", "--location", tmp, "--bind", f"127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            return timed(lambda: push(ds, Store(f"http://127.0.0.1:{port}/store")))
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default="50,500")
    ap.add_argument("--push", action="store_true")
    args = ap.parse_args()
    print(f"{'docs':>6} {'quads':>8} {'format':>9} {'kg_s':>8} {'rdflib_s':>9} {'ratio':>6}")
    for n in map(int, args.docs.split(",")):
        ds = synthetic(n)
        quads = sum(len(g) for g in ds.graphs())
        for fmt, rdflib_name in RDF_FORMATS.items():
            ours = timed(lambda: render(ds, fmt))
            theirs = timed(lambda: (union(ds) if fmt in ("turtle", "ntriples") else ds).serialize(format=rdflib_name))
            print(f"{n:>6} {quads:>8} {fmt:>9} {ours:>8.2f} {theirs:>9.2f} {ours / theirs:>6.2f}")
        for fmt in ("graphml", "csv"):
            print(f"{n:>6} {quads:>8} {fmt:>9} {timed(lambda: render(ds, fmt)):>8.2f} {'-':>9} {'-':>6}")
        if args.push:
            t = push_time(ds)
            print(f"{n:>6} {quads:>8} {'push':>9} {t:>8.2f} {'-':>9} {'-':>6}   ({quads / t:,.0f} quads/s)")


if __name__ == "__main__":
    main()
