"""Time every saved query on a synthetic graph of >= 1,000,000 triples shaped like `kg build`'s
output (entities in per-document named graphs, reified statements with provenance, n-ary
observations, roles; entities and indicators drawn Zipf-like), for the store kg uses
(kg.sparql.run_query over Oxigraph, with its parameters bound) and for pyoxigraph queried
directly (the same bound text on the same Oxigraph store: what kg's layer costs); then rdflib's
memory store on a smaller graph, and the overhead of kg serve's worker processes.

    .venv/bin/python bench/bench_sparql.py [--docs 5200] [--repeat 9] [--rdflib-docs 100] [--unbound]

Prints medians in ms and ratios; exits 1 if a query misses the targets
(<= 100 ms median, <= 1.5x pyoxigraph direct). --unbound adds every saved query run without
parameters (`kg query out NAME`, default LIMITs applied), for information.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from kg import sparql  # noqa: E402

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
DOC = "https://w3id.org/kg-news/doc/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RELS = ("supplies", "componentOf", "produces", "headquarteredIn", "locatedIn", "partOf",
        "operates", "launched", "founded")
TITLES = ("director", "deputy director", "chief executive", "chairman", "professor", "mayor")

# example parameters for the saved queries, on entities the generator always makes
PARAMS = {
    "suppliers": {"product": "product:Model-1"},
    "indicator-growth": {"indicator": "indicator:GDP"},
    "entity-observations": {"entity": "place:Province-3"},
    "compare-places": {"indicator": "indicator:GDP", "year": "2023"},
    "people-positions": {"org": "organization:Company-7"},
    "organisations-in-place": {"place": "place:Province-3"},
    "document-facts": {"doc": "kgdoc:doc-17"},
    "fact-provenance": {"subject": "place:City-12"},
    "indicators-fell": {"about": "place:Province-3"},
    "relations": {"subject": "organization:Company-7"},
    "place-parts": {"place": "place:Province-3"},
    "find-entity": {"text": "company 77"},
    "products": {"product": "product:Model-1"},
    "describe-entity": {"entity": "organization:Company-7"},
    "neighbourhood": {"entity": "place:City-12"},
    "most-mentioned": {"class": "kg:Organization"},
}


def iri(x: str) -> str:
    return f"<{x}>"


def lit(v, dt: str | None = None) -> str:
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"' + (f"^^<{XSD}{dt}>" if dt else "")


def hex_id(*parts) -> str:
    """A stable node id (Python's hash() changes from run to run)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


class Zipf:
    """Rank k of n drawn with probability proportional to 1 / k**s: how often news names
    entities and indicators (a few very often, a long tail rarely)."""

    def __init__(self, n: int, s: float = 1.0):
        self.cum = list(itertools.accumulate(1 / k ** s for k in range(1, n + 1)))

    def __call__(self, r: random.Random) -> int:
        return bisect.bisect_left(self.cum, r.random() * self.cum[-1])


class Gen:
    """Writes N-Quads of a kg-shaped news graph. Entities and indicators are drawn Zipf-like
    (s = 1): the most mentioned company is in about a fifth of the articles, the most
    mentioned province in about a third, GDP is about a sixth of the observations."""

    def __init__(self, seed: int = 7):
        self.r = random.Random(seed)
        self.places = ([("Province", f"Province-{i}", f"Province {i}") for i in range(40)]
                       + [("City", f"City-{i}", f"City {i}") for i in range(600)]
                       + [("District", f"District-{i}", f"District {i}") for i in range(1400)])
        self.orgs = [("Company", f"Company-{i}", f"Company {i}") for i in range(3000)] + \
                    [("GovernmentBody", f"Office-{i}", f"Office {i}") for i in range(300)]
        self.people = [("Person", f"Person-{i}", f"Person {i}") for i in range(2500)]
        self.models = [("Product", f"Model-{i}", f"Model {i}") for i in range(300)]
        self.parts = [("Product", f"Part-{i}", f"part {i}") for i in range(1500)]
        self.facilities = [("Facility", f"Plant-{i}", f"Plant {i}") for i in range(300)]
        self.indicators = ["GDP", "industrial output", "retail sales", "PM2.5 concentration",
                           "per capita disposable income", "exports", "R&D spending", "steel output"] + \
                          [f"index {i}" for i in range(192)]
        self.zipf = {n: Zipf(n) for n in (40, 3300, 2500, len(self.indicators))}

    @staticmethod
    def node(kind_cls, slug):
        core = {"Province": "place", "City": "place", "District": "place", "Company": "organization",
                "GovernmentBody": "organization", "Person": "person", "Product": "product",
                "Facility": "facility"}[kind_cls]
        return f"{ID}{core}/{slug}"

    def entity(self, out, e, g):
        cls, slug, label = e
        n = iri(self.node(cls, slug))
        core = {"Province": "Place", "City": "Place", "District": "Place", "Company": "Organization",
                "GovernmentBody": "Organization"}.get(cls, cls)
        out.append(f"{n} {iri(RDF + 'type')} {iri(KG + cls)} {g} .")
        if core != cls:
            out.append(f"{n} {iri(RDF + 'type')} {iri(KG + core)} {g} .")
        out.append(f"{n} {iri(RDFS + 'label')} {lit(label)} {g} .")
        out.append(f"{n} {iri(SKOS + 'altLabel')} {lit(label.lower())} {g} .")
        out.append(f"{n} {iri(KG + 'mentionedIn')} {g} {g} .")
        return n

    def evidence(self, out, node, g, k):
        s = f"Sentence {k} of the article, about facts the extractors read."
        out += [f"{node} {iri(PROV + 'wasDerivedFrom')} {g} {g} .",
                f"{node} {iri(KG + 'sentence')} {lit(s)} {g} .",
                f"{node} {iri(KG + 'charStart')} {lit(k * 80, 'integer')} {g} .",
                f"{node} {iri(KG + 'charEnd')} {lit(k * 80 + 70, 'integer')} {g} .",
                f"{node} {iri(KG + 'extractor')} {lit('relations')} {g} .",
                f"{node} {iri(KG + 'confidence')} {lit('0.8', 'decimal')} {g} ."]

    def relation(self, out, s, p, o, g, k):
        out.append(f"{s} {iri(KG + p)} {o} {g} .")
        st = iri(f"{ID}statement/{hex_id(s, p, o, g, k)}")
        out += [f"{st} {iri(RDF + 'type')} {iri(RDF + 'Statement')} {g} .",
                f"{st} {iri(RDF + 'subject')} {s} {g} .", f"{st} {iri(RDF + 'predicate')} {iri(KG + p)} {g} .",
                f"{st} {iri(RDF + 'object')} {o} {g} ."]
        self.evidence(out, st, g, k)

    def document(self, d: int) -> list[str]:
        r, out = self.r, []
        g = iri(f"{DOC}doc-{d}")
        out += [f"{g} {iri(RDF + 'type')} {iri(KG + 'Document')} .", f"{g} {iri(RDF + 'type')} {iri(PROV + 'Entity')} .",
                f"{g} {iri(DCT + 'title')} {lit(f'Article {d} on regional development')} .",
                f"{g} {iri(DCT + 'publisher')} {lit(r.choice(['Xinhua', 'NBS', 'Daily', 'Wire']))} .",
                f"{g} {iri(DCT + 'date')} {lit(f'20{r.randint(18, 25)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}', 'date')} .",
                f"{g} {iri(KG + 'source')} {lit(f'news/{d}.txt')} ."]
        pick = lambda pool: pool[self.zipf[len(pool)](r)]  # noqa: E731  low numbers: the big names
        k = 0
        province = pick(self.places[:40])
        city = self.places[40 + (self.places.index(province) * 15 + r.randrange(15)) % 600]
        district = self.places[640 + (self.places.index(city) - 40) * 2 + r.randrange(2)]
        prov_n, city_n, dist_n = (self.entity(out, e, g) for e in (province, city, district))
        for s, o in ((city_n, prov_n), (dist_n, city_n)):
            k += 1
            self.relation(out, s, r.choice(("locatedIn", "partOf")), o, g, k)
        org, org2 = pick(self.orgs), pick(self.orgs)
        org_n, org2_n = self.entity(out, org, g), self.entity(out, org2, g)
        model = self.models[(self.orgs.index(org) * 7 + r.randrange(3)) % 300]
        model_n = self.entity(out, model, g)
        for rel, s, o in (("headquarteredIn", org_n, r.choice((city_n, dist_n))),
                          ("launched", org_n, model_n), ("produces", org2_n, model_n)):
            k += 1
            self.relation(out, s, rel, o, g, k)
        for _ in range(2):
            part = self.parts[(self.models.index(model) * 5 + r.randrange(5)) % 1500]
            part_n = self.entity(out, part, g)
            supplier = r.choice((prov_n, city_n, org2_n))
            k += 1
            self.relation(out, part_n, "componentOf", model_n, g, k)
            k += 1
            self.relation(out, supplier, "supplies", part_n, g, k)
        if r.random() < .5:
            fac_n = self.entity(out, self.facilities[self.orgs.index(org) % 300], g)
            k += 1
            self.relation(out, org_n, "operates", fac_n, g, k)
            k += 1
            self.relation(out, fac_n, "locatedIn", dist_n, g, k)
        person = pick(self.people)
        person_n = self.entity(out, person, g)
        title = r.choice(TITLES)
        role = iri(f"{ID}role/{hex_id(person_n, org_n, title)}")
        out += [f"{role} {iri(RDF + 'type')} {iri(KG + 'Role')} {g} .", f"{role} {iri(KG + 'holder')} {person_n} {g} .",
                f"{role} {iri(KG + 'organization')} {org_n} {g} .", f"{role} {iri(KG + 'title')} {lit(title)} {g} .",
                f"{role} {iri(RDFS + 'label')} {lit(f'{person[2]}, {title} of {org[2]}')} {g} .",
                f"{person_n} {iri(KG + 'worksFor')} {org_n} {g} ."]
        k += 1
        self.evidence(out, role, g, k)
        if r.random() < .2:
            k += 1
            self.relation(out, person_n, "founded", org_n, g, k)
        # two observations about the province, two about the city, one about the company
        for about, who in ((prov_n, province),) * 2 + ((city_n, city),) * 2 + ((org_n, org),):
            ind = self.indicators[self.zipf[len(self.indicators)](r)]
            ind_n = iri(f"{ID}indicator/{ind.replace(' ', '-').replace('&', '-').replace('.', '-')}")
            year = r.randint(2015, 2024)
            change = round(r.uniform(-3, 9), 1)
            ob = iri(f"{ID}observation/{hex_id(g, k, ind)}")
            k += 1
            out += [f"{ind_n} {iri(RDF + 'type')} {iri(KG + 'Indicator')} {g} .",
                    f"{ind_n} {iri(RDFS + 'label')} {lit(ind)} {g} .",
                    f"{ob} {iri(RDF + 'type')} {iri(KG + 'Observation')} {g} .",
                    f"{ob} {iri(KG + 'about')} {about} {g} .", f"{ob} {iri(KG + 'indicator')} {ind_n} {g} .",
                    f"{ob} {iri(KG + 'change')} {lit(change, 'decimal')} {g} .",
                    f"{ob} {iri(KG + 'changeUnit')} {lit('percent')} {g} .",
                    f"{ob} {iri(KG + 'year')} {lit(year, 'gYear')} {g} .",
                    f"{ob} {iri(RDFS + 'label')} {lit(f'{who[2]}: {ind} {change} percent ({year})')} {g} ."]
            if r.random() < .5:
                out += [f"{ob} {iri(KG + 'value')} {lit(r.randint(10, 10**6) * 1000, 'decimal')} {g} .",
                        f"{ob} {iri(KG + 'unit')} {lit('yuan')} {g} ."]
            self.evidence(out, ob, g, k)
        return out


def write_graph(path: Path, docs: int) -> None:
    gen = Gen()
    with path.open("w", encoding="utf-8") as f:
        for d in range(docs):
            f.write("\n".join(gen.document(d)) + "\n")


def median_ms(fn, repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def paired_ms(a, b, repeat: int) -> tuple[float, float, float, float]:
    """Medians (wall ms of A, of B, cpu ms of A, of B), A and B run in turn so that both
    see the same load from the other processes on the machine."""
    a(), b()  # warm up
    wall, cpu = ([], []), ([], [])
    for _ in range(repeat):
        for i, fn in enumerate((a, b)):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            wall[i].append((time.perf_counter() - t0) * 1000)
            cpu[i].append((time.process_time() - c0) * 1000)
    return (*(statistics.median(w) for w in wall), *(statistics.median(c) for c in cpu))


def bound_text(name: str) -> tuple[str, dict]:
    q = sparql.saved_queries()[name]
    params = sparql.parse_params(PARAMS.get(name, {}))
    form = sparql.query_form(q.text)
    return sparql.bind_params(q.text, params, form)[0], params


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=5200, help="synthetic articles (5200 gives > 1M triples)")
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--rdflib-docs", type=int, default=100, help="articles for the rdflib comparison (0: skip)")
    ap.add_argument("--no-pool", action="store_true", help="skip the worker-process overhead measurement")
    ap.add_argument("--unbound", action="store_true", help="also time each saved query without parameters")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.nq"
        t0 = time.perf_counter()
        write_graph(path, args.docs)
        t1 = time.perf_counter()
        store = sparql.open_store(path)
        t2 = time.perf_counter()
        triples = len(store.union)
        quads = len(store)
        print(f"synthetic graph: {args.docs} documents, {int(triples):,} triples in the union "
              f"({quads:,} quads with the named graphs); generated in {t1 - t0:.1f} s, loaded in {t2 - t1:.1f} s")

        print(f"\n{'query':24} {'rows':>6} {'kg ms':>8} {'pyoxigraph ms':>14} {'ratio':>6} {'kg cpu ms':>10}")
        worst_ms, worst_ratio, failed = 0.0, 0.0, []
        for name, q in sparql.saved_queries().items():
            text, params = bound_text(name)
            kg_run = lambda: sparql.run_query(store, q.text, PARAMS.get(name))  # noqa: E731
            on = store.store_for(q.text)  # the same Oxigraph store kg picks for this query
            direct = lambda: list(on.query(text, prefixes=sparql.PREFIXES))  # noqa: E731
            rows = len(kg_run())
            kg_ms, ox_ms, kg_cpu, _ = paired_ms(kg_run, direct, args.repeat)
            ratio = kg_ms / ox_ms if ox_ms else 1.0
            worst_ms, worst_ratio = max(worst_ms, kg_ms), max(worst_ratio, ratio)
            flag = "" if kg_ms <= 100 and (ratio <= 1.5 or kg_ms - ox_ms < 1.0) else "  MISSES TARGET"
            if flag:
                failed.append(name)
            print(f"{name:24} {rows:>6} {kg_ms:>8.2f} {ox_ms:>14.2f} {ratio:>6.2f} {kg_cpu:>10.2f}{flag}")
        print(f"\nworst median: {worst_ms:.1f} ms (target <= 100); worst ratio kg/pyoxigraph: {worst_ratio:.2f} "
              f"(target <= 1.5; ratios on sub-millisecond queries are noise)")

        if args.unbound:
            unbound(store, max(args.repeat // 3, 1))
        if not args.no_pool:
            pool_overhead(store, args.repeat)
        if args.rdflib_docs:
            compare_rdflib(Path(tmp), args.rdflib_docs)
    if failed:
        print("missed the targets: " + ", ".join(failed))
        return 1
    return 0


def unbound(store, repeat: int) -> None:
    """Each saved query as `kg query out NAME` runs it: no parameters, its default LIMIT if any."""
    print(f"\n{'without parameters':24} {'rows':>7} {'kg ms':>8}")
    for name, q in sparql.saved_queries().items():
        rows = len(sparql.run_query(store, q.text))
        ms = median_ms(lambda: sparql.run_query(store, q.text), repeat)
        print(f"{name:24} {rows:>7} {ms:>8.1f}")


def pool_overhead(store, repeat: int) -> None:
    """kg serve runs each query in a forked worker: what does the round trip cost?"""
    from kg.server import Pool
    pool = Pool(store, 1)
    try:
        print(f"\n{'kg serve worker overhead':24} {'in-process ms':>14} {'worker ms':>10}")
        for name in ("people-positions", "relations", "indicator-growth"):
            job = {"query": sparql.saved_queries()[name].text, "params": [f"{k}={v}" for k, v in PARAMS[name].items()],
                   "accept": None, "format": "json", "max_rows": 10000}
            local = median_ms(lambda: sparql.run_query(store, job["query"], PARAMS[name]).serialize("json"), repeat)
            remote = median_ms(lambda: pool.run(job, 30), repeat)
            print(f"{name:24} {local:>14.2f} {remote:>10.2f}")
    finally:
        pool.close()


def compare_rdflib(tmp: Path, docs: int) -> None:
    """The store decision: rdflib's memory store against Oxigraph on the same (smaller) graph."""
    from rdflib import Dataset
    path = tmp / "small.nq"
    write_graph(path, docs)
    ds = Dataset(default_union=True)
    t0 = time.perf_counter()
    ds.parse(str(path), format="nquads")
    t1 = time.perf_counter()
    store = sparql.open_store(path)
    t2 = time.perf_counter()
    print(f"\nstore choice on {docs} documents ({len(ds):,} quads): rdflib parse {t1 - t0:.1f} s, "
          f"Oxigraph load {t2 - t1:.2f} s")
    print(f"{'query':24} {'rdflib ms':>10} {'oxigraph ms':>12} {'rdflib/oxigraph':>16}")
    ns = {p: ns for p, ns in sparql.PREFIXES.items()}
    for name in ("suppliers", "most-mentioned", "indicators-fell", "place-parts", "relations"):
        text, _ = bound_text(name)
        t0 = time.perf_counter()  # once: rdflib takes 49 s for relations on 100 articles
        list(ds.query(text, initNs=ns))
        rd = (time.perf_counter() - t0) * 1000
        oxm = median_ms(lambda: list(store.store_for(text).query(text, prefixes=sparql.PREFIXES)), 3)
        print(f"{name:24} {rd:>10.1f} {oxm:>12.2f} {rd / oxm:>16.0f}x")


if __name__ == "__main__":
    sys.exit(main())
