"""NER's entities as candidates (classified, trimmed, with firms that open with a place split off), and the
choice among overlapping candidates: the longest rule span wins.
"""
from __future__ import annotations

import re

from ..gazetteer import world_place
from ..lexicon import (FACILITY_NOUNS, FOCUS_ORG_NOUNS, known_place, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS,
    TITLE_WORDS)
from .classes import Cand, cap, classify, CONNECTORS, joined, name_class, NER_CLASSES, NOT_NAME_HEADS, PLACE_ORDER, trim
from .cues import is_place_name
from .names import NAME_PARTICLES
from .orgs import acting_firm


def ner(doc, out: list[Cand], skip: set[int]) -> None:
    for ent in doc.ents:
        if ent.label_ not in NER_CLASSES or ent.sent.start in skip:
            continue
        start, end = trim(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":
            while start < end and doc[start].lower_.rstrip(".") in TITLE_WORDS | {"secretary"}:
                start += 1
        if start >= end or re.fullmatch(r"[IVX]+\.?", doc[start].text) and end - start <= 2 \
                and doc[start].i == doc[start].sent.start:
            continue  # a section heading: "III. Overview"
        span = doc[start:end]
        if any(x.tag_ == "POS" and x.lower_ in ("'s", "\u2019s") for x in span) \
                and any(x.lemma_.lower() in FACILITY_NOUNS for x in doc[end - 1:end + 1]):
            continue  # "Kranich's Augsburg plant": an owner and its site, which the rules read
        if not cap(span[0]) or doc[end - 1].lower_ in NOT_NAME_HEADS:
            continue
        if len(span) == 1 and start > 0 and doc[start - 1].like_num and span.text.isupper():
            continue  # a unit after a number: "40 EFLOPS"
        if len(span) == 1 and (span[0].lower_ in TITLE_WORDS or span[0].lower_ in TITLE_HEADS):
            continue  # "its Executive Chairman"
        if len(span) == 1 and span[0].lower_ in TITLE_MODIFIERS and end < len(doc) \
                and (doc[end].lower_ in TITLE_WORDS or doc[end].lower_ in TITLE_HEADS):
            continue  # "Party secretary": part of a title
        if len(span) == 1 and ent.label_ == "ORG" and start == span[0].sent.start and once(doc, span[0]) \
                and span[0].dep_ == "nsubjpass" and not any(c.dep_ == "appos" for c in span[0].children) \
                and not (start + 1 < len(doc) and doc[start + 1].tag_ == "POS"):
            continue  # "Fabric is imported from ...": a first word named nowhere else, acted upon (firms act)
        if len(span) == 1 and start == span[0].sent.start and span[0].head.i == start + 1 \
                and span[0].head.text.islower() and (span[0].head.pos_ == "NOUN" or span[0].head.tag_ == "VBG") \
                and not named_elsewhere(doc, start):
            continue  # "Offset printing made up 27 percent": a capitalised first word, not a name
        if len(span) == 1 and span.text.lower() in FOCUS_ORG_NOUNS:
            continue  # 'the "Company"' of a press release: a description, read with the others
        if len(span) == 1 and span.text.isupper() and span[0].dep_ in ("compound", "nmod") \
                and span[0].head.tag_ == "NNS" and span[0].head.i > span[0].i:
            continue  # an acronym that says what kind: "PVC pipes", "LFP cells"
        if not any(x.pos_ == "PROPN" for x in span) and not known_place(span.text):
            continue
        if len(span) >= 3 and any(x.tag_ in ("VBD", "VBZ", "VBP") for x in span[1:]):
            continue  # a title-case headline clause: "Steel Output Kept Rising"
        if ent.label_ == "PERSON" and any(x.is_alpha and x.text.islower() and not joined(doc, x.i - 1)
                                          and not (x.lower_ in NAME_PARTICLES and start < x.i < end - 1)
                                          for x in span):  # "Agroquimica del Foo" keeps its particle
            continue
        if end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and cap(doc[end + 1]) \
                and world_place(doc[start:end + 2].text):
            end += 2  # "Mato Grosso" + "do Sul"
            span = doc[start:end]
        if ent.label_ in ("GPE", "LOC") and end + 1 < len(doc) and joined(doc, end) and cap(doc[end + 1]) \
                and doc[end + 1].is_alpha and not is_place_name(doc[end + 1].text) \
                and not world_place(doc[end + 1].text) and not (end + 2 < len(doc) and joined(doc, end + 2)):
            end += 2  # a double-barrelled town: "Vila-Real", "Castell-Platja"
            span = doc[start:end]
        cls = classify(span.text, ent.label_)
        if cls == "Facility" and ent.label_ == "FAC" and name_class(span.text) is None and (
                acting_firm(span.root) or end < len(doc) and doc[end].tag_ == "POS"):
            cls = "Company"  # "converters supplied by Ytown's Foo Electric Drive", "Foo Bar's plant": a maker, an owner
        if cls and ent.label_ in ("ORG", "PERSON") and cls not in PLACE_ORDER and cls != "Place" \
                and country_branch(doc, span, ent.label_):
            out.append(Cand(start, end, "Company" if ent.label_ == "PERSON" else cls, prio=2))
        elif cls:
            out.append(Cand(start, end, cls, prio=2 if placed_firm(doc, span, ent.label_, cls) else 1))


def placed_firm(doc, span, label: str, cls: str) -> bool:
    """An ORG that opens with a place and goes on with two or more capitalised words of its own
    ('Ytown Huafoo Pump Works'): the whole name, not the place, is what the words name."""
    if label != "ORG" or cls in PLACE_ORDER or cls == "Place":
        return False
    for n in (3, 2, 1):
        if n < len(span) - 1 and known_place(span[:n].text):
            rest = span[n:]
            return len(rest) >= 2 and all(cap(x) or x.lower_ in CONNECTORS or x.tag_ == "POS" for x in rest) \
                and not known_place(rest[0].text) and rest[0].lower_ not in PLACE_HEADS \
                and rest[-1].lower_ not in PLACE_HEADS
    return False


def country_branch(doc, span, label: str) -> bool:
    """A firm's name that ends with a country ('Foo Malaysia', 'Bar Hungary'): a branch or an exchange, not the
    country. NER's "person" so named counts when its first word opens an organisation's name elsewhere
    ('Bar Energy Technology ... Bar Hungary')."""
    last = known_place(span[-1].text)
    if len(span) < 2 or last is None or last[1] != "Country" or known_place(span[:-1].text) \
            or any(not (cap(x) and x.is_alpha) or x.ent_type_ == "NORP" or known_place(x.text) for x in span[:-1]):
        return False
    if label == "ORG":
        return True
    first = span[0].text
    return any(e.label_ == "ORG" and e[0].text == first and len(e) >= 2 and e.start != span.start for e in doc.ents)


def once(doc, tok) -> bool:
    """The word occurs nowhere else in the document, in any case."""
    return sum(t.lower_ == tok.lower_ for t in doc) == 1


def named_elsewhere(doc, i: int) -> bool:
    """The word at ``i`` stands alone as a capitalised name somewhere else in the document."""
    return any(t.text == doc[i].text and t.i != i and t.i != t.sent.start
               and not (t.i + 1 < len(doc) and cap(doc[t.i + 1])) and not (t.i > 0 and cap(doc[t.i - 1]))
               and not (t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.text.islower())  # "2. Visitor numbers"
               for t in doc)


def select(cands: list[Cand]) -> list[Cand]:
    taken: list[Cand] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start)):
        if any(k in used for k in range(c.start, c.end)):
            continue
        taken.append(c)
        used.update(range(c.start, c.end))
    return sorted(taken, key=lambda c: c.start)
