"""Place candidates from their context: what a firm is '-based' in, a capitalised name before a lower-case
designation ('Foo Tinh province'), and a name set beside a known place ('Ytown, in northern Ghana').
"""
from __future__ import annotations

import re

from ..gazetteer import world_place
from ..lexicon import DESIGNATIONS, known_place
from .classes import Cand, cap, head_class, joined
from .cues import based_at, plain_name_word


def based_places(doc, out: list[Cand]) -> None:
    """'Ytown-based Foo Leadframe', 'a Ztown-based firm': what a firm is based in is a place."""
    for t in doc:
        if t.text in ("-", "\u2013"):
            start = based_at(doc, t.i)
            if start is not None and doc[start].is_alpha:
                name = doc[start:t.i].text
                out.append(Cand(start, t.i, (known_place(name) or (None, None))[1] or world_place(name) or "Place",
                                prio=2, rule=True))


def designated_places(doc, out: list[Cand]) -> None:
    """'Foo Tinh province', 'Lishu county' -> the capitalised words before a lower-case designation
    name a place of its class; 'the city of Y', 'the Indian state of Kerala' likewise."""
    for t in doc:
        cls = PLACE_DESIGNATIONS.get(t.lower_)
        plural = cls is None and t.tag_ == "NNS" and t.lemma_.lower() != t.lower_  # "the cities of A and B"
        if plural:
            cls = PLACE_DESIGNATIONS.get(t.lemma_.lower())
        if cls is None or not t.text.islower():
            continue
        j = t.i
        while j > 0 and t.i - j < 4:
            if plain_name_word(doc[j - 1], t.i - j > 0) or j == t.i and gpe_word(doc[j - 1]):
                j -= 1
            elif j >= 3 and joined(doc, j - 1) and j < t.i and cap(doc[j - 2]):  # "Al-Foo province"
                j -= 2
            else:
                break
        if plural:
            listed_before(doc, t.i, cls, out)  # "A, B and C counties"
        if j < t.i and not plural and not (j > 0 and (joined(doc, j - 1) or cap(doc[j - 1])
                                                      and not doc[j - 1].is_punct)) \
                and not known_place(doc[j:t.i].text) and not head_class([x.text for x in doc[j:t.i]]):
            # "Lishu county": labelled "Lishu", the text as written kept as another name
            out.append(Cand(j, t.i + 1, cls, doc[j:t.i].text, prio=2, rule=True))
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and any(c.dep_ == "det" for c in t.children) \
                and not (plain_name_word(doc[t.i - 1]) or gpe_word(doc[t.i - 1])):  # "the X district of Y"
            k = t.i + 2
            while k < len(doc):
                start = k
                while k < len(doc) and k - start < 3 and plain_name_word(doc[k]):
                    k += 1
                    while k + 1 < len(doc) and joined(doc, k) and cap(doc[k + 1]):  # "Jelcz-Laskowice"
                        k += 2
                if k > start and not known_place(doc[start:k].text) \
                        and not head_class([x.text for x in doc[start:k]]):
                    out.append(Cand(start, k, cls, prio=2, rule=True))
                if not plural or k == start or k + 1 >= len(doc) or doc[k].lower_ not in (",", "and"):
                    break
                k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")


PLACE_DESIGNATIONS = {**DESIGNATIONS, "region": "Region"}  # "the Foo region"
ONE_WORD_NAME = re.compile(r"[A-Z][a-z]+(['\u2019][a-z]+)?")  # "Ytown", "Foo'a"


def listed_before(doc, i: int, cls: str, out: list[Cand]) -> None:
    """'A, B and C counties': one-word names listed before a plural designation are places of its class."""
    names, k = [], i - 1
    while k >= 0 and ONE_WORD_NAME.fullmatch(doc[k].text) and doc[k].pos_ == "PROPN" \
            and doc[k].ent_type_ not in ("NORP", "DATE"):
        names.append(k)
        if k >= 1 and doc[k - 1].lower_ in (",", "and"):
            k -= 3 if k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].text == "," else 2
        else:
            k -= 1
            break
    if len(names) < 2 or k >= 0 and cap(doc[k]) and doc[k].is_alpha and not doc[k].is_stop:
        return
    for n in names:
        if not known_place(doc[n].text):
            out.append(Cand(n, n + 1, cls, prio=2, rule=True))


def gpe_word(tok) -> bool:
    """A capitalised word NER calls a place, whatever its part of speech ('the Bayrakli district' as an ADJ)."""
    return cap(tok) and tok.is_alpha and tok.ent_type_ in ("GPE", "LOC") and tok.tag_ != "NNPS"


def described_places(doc, out: list[Cand]) -> None:
    """'Ytown, an ancient market town', 'Ztown, a county-level city administered by X': a name set beside
    a place designation with an article is a place of that class."""
    for t in doc:
        if not (cap(t) and t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "LOC", "ORG", "PERSON")):
            continue
        kind = next((a for a in t.children if a.dep_ == "appos" and a.text.islower() and a.lower_ in DESIGNATIONS
                     and any(d.lower_ in ("a", "an") for d in a.children)), None)
        if kind is None:
            continue
        start = t.i
        while start > 0 and t.i - start < 2 and plain_name_word(doc[start - 1], True) \
                and doc[start - 1].head.i == t.i and doc[start - 1].dep_ == "compound":
            start -= 1
        if start > 0 and cap(doc[start - 1]) and doc[start - 1].is_alpha:
            continue
        name = doc[start:t.i + 1].text
        if not known_place(name) and not head_class(name.split()):
            out.append(Cand(start, t.i + 1, DESIGNATIONS[kind.lower_], prio=2, rule=True))


def placed_names(doc, out: list[Cand]) -> None:
    """'Ytown, in northern Ghana', 'Ztown, Oman': a name NER missed, set beside a known
    country or province, is a place (of the class the world gazetteer gives it, if it knows it)."""
    for t in doc:
        if t.text != "," or t.i == 0:
            continue
        j = t.i
        while j > 0 and t.i - j < 3 and plain_name_word(doc[j - 1]) \
                and doc[j - 1].ent_type_ in ("", "GPE", "LOC", "PERSON"):
            j -= 1
        while 0 < j < t.i and doc[j].ent_iob_ == "I" and doc[j].ent_type_ in ("GPE", "LOC"):
            j -= 1  # "Bandar Seri Begawan, Brunei": the whole name NER found
        if j == t.i or j > 0 and cap(doc[j - 1]) and not doc[j - 1].is_punct:
            continue
        k = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "in")
        if k < len(doc) and doc[k].lower_ == "the":  # "in the Turkish province of Kocaeli"
            k += 1
        while k < len(doc) and doc[k].pos_ == "ADJ" and (doc[k].text.islower() or doc[k].ent_type_ == "NORP"):
            k += 1  # "in northern Ghana"
        if k + 1 < len(doc) and doc[k].lower_ in DESIGNATIONS and doc[k + 1].lower_ == "of":
            k += 2
        n = next((n for n in (3, 2, 1) if known_place(doc[k:k + n].text)), 0)
        after = known_place(doc[k:k + n].text) if n else None
        if after is None and k + 1 < len(doc) and world_place(doc[k].text) == "Province":
            n, after = 1, (doc[k].text, "Province")
        if after is None or after[1] not in ("Country", "Province") or \
                k + n < len(doc) and (doc[k + n].tag_ == "POS"  # "X, India's biggest miner": no place
                                      or cap(doc[k + n]) and not doc[k + n].is_punct):  # "X, Hubei Foo Forging's"
            continue
        name = doc[j:t.i].text
        out.append(Cand(j, t.i, world_place(name) or "Place", prio=2))


def listed_places(doc, out: list[Cand]) -> None:
    """'A, B and C': a one-word name listed with known places, which the world gazetteer
    knows as a place, is that place (whatever NER made of it)."""
    for t in doc:
        if t.dep_ != "conj" or not cap(t) or t.pos_ != "PROPN" or known_place(t.text) \
                or t.i + 1 < len(doc) and cap(doc[t.i + 1]) or cap(doc[t.i - 1]) and not doc[t.i - 1].is_punct:
            continue
        cls = world_place(t.text)
        if cls and (known_place(t.head.text) or world_place(t.head.text)) and cap(t.head):
            out.append(Cand(t.i, t.i + 1, cls, prio=2, rule=True))

