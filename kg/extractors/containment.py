"""Places the world says contain each other, when an article names both.

An article that names a city and the Chinese province GeoNames puts it in gets "city locatedIn
province", whether or not a sentence says so. Only places the article names are linked; a name
the gazetteer holds several times goes to the one in a province the article names. Countries are
left out: analysts do not expect "X locatedIn China" from an article that merely names both.
The evidence is the first sentence naming both, else the one first naming the city; confidence
is lower than a read fact's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import DocFacts, Evidence, Mention, Relation
from . import register
from .gazetteer import cities, fold
from .lexicon import ADMIN_WORDS

NAME = "containment"
CONFIDENCE = 0.6
CONTAINED = {"City", "District", "Place", "Municipality", "Province"}
CONTAINERS = {"Province", "Municipality", "Region", "Place"}
# GeoNames' first-level codes for China's provinces, regions and municipalities
CN_ADMIN1 = {
    "01": "Anhui", "02": "Zhejiang", "03": "Jiangxi", "04": "Jiangsu", "05": "Jilin", "06": "Qinghai",
    "07": "Fujian", "08": "Heilongjiang", "09": "Henan", "10": "Hebei", "11": "Hunan", "12": "Hubei",
    "13": "Xinjiang", "14": "Tibet", "15": "Gansu", "16": "Guangxi", "18": "Guizhou", "19": "Liaoning",
    "20": "Inner Mongolia", "21": "Ningxia", "22": "Beijing", "23": "Shanghai", "24": "Shanxi",
    "25": "Shandong", "26": "Shaanxi", "28": "Tianjin", "29": "Yunnan", "30": "Guangdong", "31": "Hainan",
    "32": "Sichuan", "33": "Chongqing",
}
CN_PROVINCES = {p.lower() for p in CN_ADMIN1.values()}
ALSO = {"xizang": "tibet"}  # other names of a division
# "Jilin Province", "Tibet Autonomous Region", "Siping City": the name without its designation
DESIGNATION = re.compile(rf"\s+(?:{ADMIN_WORDS}|(?:\w+\s+)?autonomous region)$")


@register(NAME)
def make_containment(config: dict):
    _provinces()  # load the gazetteer with the pipeline, not inside the first document
    def extract(doc, facts: DocFacts) -> None:
        link(doc, facts)
    return extract


def bare(name: str) -> str:
    """'Jilin Province' -> 'jilin'."""
    k = fold(name).replace(".", "").replace("’", "")
    k = DESIGNATION.sub("", k[4:] if k.startswith("the ") else k)
    return ALSO.get(k, k)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, list[str]]:
    """Folded Chinese city name -> the provinces GeoNames puts a city of that name in (largest first)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for c in cities().values():
        if c["countrycode"] == "CN" and c["admin1code"] in CN_ADMIN1:
            found.setdefault(bare(c["name"]), []).append((-c["population"], bare(CN_ADMIN1[c["admin1code"]])))
    return {k: [p for _, p in sorted(v)] for k, v in found.items()}


def provinces_of(name: str) -> list[str]:
    """The Chinese provinces a place of this name may lie in ('Siping' -> ['jilin'])."""
    return _provinces().get(bare(name), [])


def link(doc, facts: DocFacts) -> None:
    firsts: dict[str, Mention] = {}
    for m in facts.mentions:
        if m.end > m.start and m.key_text[:1].isupper():
            firsts.setdefault(bare(m.key_text), m)
    provinces = {k: m for k, m in firsts.items() if m.cls in CONTAINERS and k in CN_PROVINCES}
    if not provinces:
        return
    done = {(bare(r.subject.key_text), bare(r.object.key_text)) for r in facts.relations
            if r.predicate in ("locatedIn", "partOf")}
    for k, m in firsts.items():
        if m.cls not in CONTAINED or k in provinces:
            continue
        target = next((provinces[p] for p in provinces_of(m.key_text) if p in provinces), None)
        if target is not None and (k, bare(target.key_text)) not in done:
            facts.relations.append(Relation(m, "locatedIn", target, where(doc, facts, m, target)))


def where(doc, facts: DocFacts, m: Mention, target: Mention) -> Evidence:
    """The first sentence naming both places, else the one that first names the contained place."""
    targets = [y.start for y in facts.mentions if y.key_text == target.key_text]
    first = None
    for x in (x for x in facts.mentions if x.key_text == m.key_text):
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if any(sent.start_char <= t < sent.end_char for t in targets):
            return Evidence(facts.document.id, x.start, x.end, sent.text.strip(), NAME, CONFIDENCE)
        first = first or (x, sent)
    x, sent = first or (m, None)
    return Evidence(facts.document.id, x.start, x.end, sent.text.strip() if sent is not None else m.text,
                    NAME, CONFIDENCE)
