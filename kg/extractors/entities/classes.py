"""A candidate entity (``Cand``) and the class of a name: from its head word(s) ('New Area', 'Bureau'), its first
word ('Universidad'), the place lexicon and the NER label; with small token helpers (capitalised words,
hyphens glued between words, trimming a span's edges, headlines) and the size order of places.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import world_place
from ..lexicon import (CASED_LEGAL_FORMS, COMPANY_HEADS, FACILITY_HEADS, FACILITY_HEADS_2, known_place, ORG_HEADS,
    PLACE_CLASS, PLACE_HEADS)

NER_CLASSES = {"ORG": "Organization", "PERSON": "Person", "GPE": "Place", "LOC": "Place",
               "FAC": "Facility", "PRODUCT": "Product"}
# NER "organisations" whose head says they are something else (an index, a card, a plan)
NOT_NAME_HEADS = {"index", "rate", "plan", "strategy", "card", "initiative", "policy", "program",
                  "programme", "project", "report", "forum", "day", "week", "year", "meter", "metre",
                  "percent", "mode", "award", "prize", "law", "act", "list", "ranking", "survey"}
CONNECTORS = {"of", "for", "on"}
PLACE_ORDER = {"Region": 5, "Country": 6, "Province": 4, "Municipality": 4, "City": 3, "District": 2}


@dataclass
class Cand:
    start: int  # token indices, end exclusive
    end: int
    cls: str
    name: str | None = None
    prio: int = 1
    rule: bool = False
    alias: str | None = None  # a facility's own name ('Foo Vista' of 'the Foo Vista smelter'), used alone later


# -- classification ---------------------------------------------------------------
def head_class(words: list[str]) -> str | None:
    """Class from the head word(s) of a name: 'New Area' -> District, 'Bureau' -> GovernmentBody."""
    if not words:
        return None
    if len(words) >= 2 and (words[-1].rstrip(".") in CASED_LEGAL_FORMS or "".join(words[-3:]).rstrip(".") == "A/S"):
        return "Company"  # "Norrland Pumps AB", "Fooviken Pumps A/S"
    low = [w.lower().rstrip(".") for w in words]
    if len(low) >= 3 and low[-2] == "de" and low[-1] in ("cv", "c.v", "rl", "r.l"):
        return "Company"  # "Grupo Andino SA de CV", "Aceros del Norte S. de R.L."
    two = " ".join(low[-2:])
    if len(low) >= 2 and two in FACILITY_HEADS_2:
        return "Facility"
    if len(low) >= 2 and two in PLACE_HEADS:
        return PLACE_HEADS[two]
    last = low[-1]
    if last in ORG_HEADS:
        if last in ("center", "centre") and "research" not in low:
            return "Facility"
        return ORG_HEADS[last]
    if last == "city" and len(low) >= 3:
        return "District"  # "Foo Lake Science and Technology City": a zone, not a city
    if last in PLACE_HEADS:
        return PLACE_HEADS[last]
    if last in FACILITY_HEADS:
        return "Facility"
    if len(low) >= 2 and (last in COMPANY_HEADS or two in COMPANY_HEADS or last in FIRM_HEADS or two in FIRM_HEADS):
        return "Company"
    if len(low) >= 2 and low[0] in FIRST_HEADS:
        return FIRST_HEADS[low[0]]  # "Universiti Foo Malaysia", "Instituto Nacional ..."
    return None


# more industry words that end firms' names ("Foo Wind Equipment", "Bar Photovoltaic")
FIRM_HEADS = {"equipment", "photovoltaic", "photovoltaics", "new energy", "new materials", "automation", "sensors",
              "lighting", "vehicles"}

# heads that open a name in other languages
FIRST_HEADS = {w: "University" for w in ("universiti", "universidad", "universidade", "université", "universite",
                                          "universität", "universitat", "università", "universita", "politecnico",
                                          "universitas", "universitet")}
FIRST_HEADS.update({w: "ResearchInstitute" for w in ("instituto", "institut", "istituto")})


def name_class(name: str) -> str | None:
    """Class of a whole name: lexicon place, else the head before its first 'of'/'for'."""
    known = known_place(name)
    if known:
        return known[1]
    words = re.split(r"\s+", name)
    pre = []
    for w in words:
        if w.lower() in CONNECTORS:
            break
        pre.append(w)
    return head_class(pre) or head_class(words)


def name_head(name: str) -> str:
    """The head word of a name, before its first 'of'/'for': 'department' of 'X Department of Y'."""
    words = []
    for w in name.split():
        if w.lower() in CONNECTORS:
            break
        words.append(w)
    return words[-1].lower() if words else ""


def classify(name: str, ner_label: str) -> str | None:
    base = NER_CLASSES.get(ner_label)
    if base is None:
        return None
    by_name = name_class(name)
    if by_name:
        return by_name
    words = name.split()
    if ner_label in ("PERSON", "GPE", "LOC") and 2 <= len(words) <= 3 and words[0] in COMPASS \
            and all(w[:1].isupper() for w in words):
        return "Province"  # "Central Anatolia", "Lower Saxony": no one's name starts with a bearing
    if ner_label != "PERSON" or " " in name.strip():  # one-word "people" may share a city's name
        return world_place(name) or base
    return base


COMPASS = {"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest",
           "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}


# -- small token helpers -------------------------------------------------------------
_CAPS: dict[int, bool] = {}  # cap() by vocabulary entry: many rules ask it of every token


def cap(tok) -> bool:
    hit = _CAPS.get(tok.orth)
    if hit is None:
        if len(_CAPS) >= 200_000:
            _CAPS.clear()
        hit = _CAPS[tok.orth] = _cap(tok.text)
    return hit


def _cap(t: str) -> bool:
    return bool(t[:1].isupper()) and any(c.isalpha() for c in t)


# every prefix of a lexicon place's lower-case name: a token no name starts with needs no span lookups
PLACE_PREFIXES = {k[:n] for k in PLACE_CLASS for n in range(1, len(k) + 1)}


def joined(doc, i) -> bool:
    """Token i is a hyphen glued between two words ("Hunan-Hubei")."""
    return (doc[i].text in ("-", "\u2013") and i > 0 and i + 1 < len(doc)
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_)


def trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, possessive markers, quotes and punctuation at the edges of a span."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "'", "\u2019s")
                           or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in ("of", "for", "on", "and", "&")):  # "Foo Electrolysis of"
        end -= 1
    return start, end


def is_headline(sent) -> bool:
    """Title-case lines (headlines) mislead NER: most content words capitalised, no final stop."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    if len(words) < 6 or sent.text.rstrip().endswith((".", '"', "\u201d", "?", "!")):
        return False
    return sum(cap(t) for t in words) / len(words) >= 0.75


def place_rank(cls: str) -> int:
    """How large a kind of place is: District < City < Province/Municipality < Region < Country."""
    return PLACE_ORDER.get(cls, 0)
