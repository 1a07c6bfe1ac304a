"""The cues around a name that tell its class: what a '-based' follows, whether a name is a place's, plain
capitalised name words, and the uses that mark a name as a firm's ('a steelmaker', 'a Ytown-based shipowner'),
a place's ('a plant in Ulm', 'Nashik, India') or a person's ('X, who ...', 'founded by X').
"""
from __future__ import annotations

import re

from ..gazetteer import world_place
from ..lexicon import (COMPANY_CUES, COMPANY_VERBS, DESIGNATIONS, FACILITY_NOUNS, known_place, ORG_HEADS, PRODUCT_CUES,
    TITLE_HEADS, TITLE_WORDS)
from .classes import Cand, cap, joined


BASED = {"based", "headquartered"}


def based_at(doc, i: int) -> int | None:
    """Start of the place a '-based' at token ``i`` follows ('Ytown-based', 'San Foo-based'), or None."""
    if not (i + 1 < len(doc) and joined(doc, i) and doc[i + 1].lower_ in BASED and cap(doc[i - 1])):
        return None
    start = i - 1
    while start > 0 and cap(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" \
            and (is_place_name(doc[start - 1:i].text) or doc[start].ent_iob_ == "I"):
        start -= 1
    return start


LINK_HEADS = {"railway", "railroad", "highway", "expressway", "pipeline", "canal", "bridge", "tunnel"}


def is_place_name(name: str) -> bool:
    return bool(known_place(name) or world_place(name))


def plain_name_word(tok, inner: bool = False) -> bool:
    """A capitalised proper noun that is not a title, a name head or a nationality (unless ``inner``,
    a word before the last of a name: 'Thai' in 'Thai Binh')."""
    return cap(tok) and tok.pos_ in ("PROPN", "ADJ" if inner else "PROPN") \
        and (tok.is_alpha or re.fullmatch(r"[A-Z][a-z]*(-[A-Z][a-z]+)+", tok.text) is not None) \
        and (tok.ent_type_ not in ("NORP", "DATE") or tok.ent_type_ == "NORP"
             and (inner or tok.tag_ == "NNP" and not DEMONYM.search(tok.text))) and tok.lower_ not in ORG_HEADS and tok.lower_ not in TITLE_WORDS and tok.lower_ not in DESIGNATIONS


DEMONYM = re.compile(r"(an|ese|ish|ic|i|ch|sh)$")  # "Korean", "Chinese", "Thai": not place names


# -- one class per surface form, short forms, surnames -----------------------------------
def org_cue(doc, c: Cand) -> bool:
    left = [doc[k].lemma_.lower() for k in range(max(doc[c.start].sent.start, c.start - 2), c.start)
            if not cap(doc[k])]  # "steelmaker X", not the "Group" of "Foo Group appointed X"
    if any(w in COMPANY_CUES for w in left):
        return True
    if c.start >= 3 and doc[c.start - 1].lower_ in BASED and joined(doc, c.start - 2):
        return True  # "Ytown-based Foo Photovoltaic": people are not based, firms are
    root = doc[c.start:c.end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in COMPANY_VERBS:
        return True
    if root.dep_ == "nsubj" and firm_deed(root.head):
        return True  # "X owns a steel mill", "X signed a contract to supply turbines"
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in COMPANY_VERBS | AGENT_VERBS:
        return True  # "launched by X", "operated by X"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in FIRM_PARTS \
            and root.head.head.pos_ == "NOUN":
        return True  # "a subsidiary of X": people have no subsidiaries
    if root.dep_ == "poss" and root.head.lemma_.lower() in FIRM_HOLDINGS:
        return True  # "X's shares rose", "X's subsidiary"
    return any(c.dep_ == "relcl" and (c.lemma_.lower() in ("headquarter", "base", "list")
                                      or any(w.lower_ == "which" for w in c.children)) or org_appos(c)
               for c in root.children)  # "X, a firm", "X, which is listed in Y"


# what a firm, not a person, is said to do to a thing in the passive: "a mill operated by X"
AGENT_VERBS = {"operate", "make", "assemble", "distribute", "sell", "fabricate", "process"}
# what a firm is part of or has: "a subsidiary of X", "a unit of X"
FIRM_PARTS = {"subsidiary", "affiliate", "division", "spin-off", "spinoff", "unit", "arm"}

SITE_VERBS = {"own", "operate", "build"}  # not "run": a manager runs the plant
WORKS_NOUNS = {"factory", "plant", "mill", "fab", "gigafactory", "refinery", "smelter", "shipyard", "mine"}
DEAL_NOUNS = {"contract", "deal", "order", "tender", "agreement"}
DEAL_VERBS = {"sign", "win", "secure", "land", "clinch", "award"}


def firm_deed(v) -> bool:
    """What a firm, not a person, does: runs a works ('owns a steel mill') or signs a contract to make,
    build or supply something."""
    lemma = v.lemma_.lower()
    objs = [o for o in v.children if o.dep_ == "dobj"]
    if lemma in SITE_VERBS:
        return any(o.lemma_.lower() in WORKS_NOUNS for o in objs)
    if lemma in DEAL_VERBS:
        return any(o.lemma_.lower() in DEAL_NOUNS and any(
            a.dep_ in ("acl", "relcl") and a.lemma_.lower() in COMPANY_VERBS | AGENT_VERBS | {"build", "make"}
            for a in o.children) for o in objs)
    return False


# what only a firm has: "X's shares", "X's subsidiary"
FIRM_HOLDINGS = {"share", "shares", "stock", "subsidiary", "shareholder", "shareholders", "listing",
                 "valuation"}  # not revenue or profit: places have fiscal revenue and industrial profits


# nouns that describe a firm when a place says where it is: "a Ytown-based shipping line", "a Ztown
# apparel platform" (without the place, "a fan-out packaging platform" may be a product)
PLACED_ORG_NOUNS = {"line", "platform", "shipowner", "carrier", "chain", "retailer", "wholesaler", "trader",
                    "marketplace", "house", "mill", "player", "business", "outfit"}


def org_appos(a) -> bool:
    """An apposition that says its head is a firm: 'a steelmaker', 'a Ytown-based shipowner'."""
    if a.dep_ != "appos":
        return False
    lemma = a.lemma_.lower()
    if lemma in COMPANY_CUES:
        return True
    if lemma in FIRM_PARTS and any(k.dep_ == "prep" and k.lower_ == "of" for k in a.children):
        return True  # "X, a unit of Y"
    if lemma in PRODUCT_CUES or a.pos_ != "NOUN":
        return False
    kids = list(a.children)
    based = any(k.lower_ in BASED and any(cap(x) for x in k.children) for k in kids)  # "a Ytown-based line"
    placed = any(k.i < a.i and (k.ent_type_ in ("GPE", "NORP") or known_place(k.text)) for k in kids)
    return based or placed and lemma in PLACED_ORG_NOUNS


def place_cue(doc, c: Cand) -> bool:
    """A name used as a place: 'a plant in Ulm', 'headquartered in X', 'Nashik, India'."""
    root = doc[c.start:c.end].root
    if any(k.lower_ == "nearby" for k in root.children) or root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in ("resident", "villager"):
        return True  # "residents of nearby Ytown": firms and people are not nearby
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near"):
        h = root.head.head
        if h.lemma_.lower() in FACILITY_NOUNS or h.lemma_.lower() in ("locate", "base", "headquarter", "situate"):
            return True
    nxt = doc[c.end:c.end + 2]
    return len(nxt) == 2 and nxt[0].text == "," and known_place(nxt[1].text) is not None \
        and known_place(nxt[1].text)[1] in ("Country", "Province")


def person_cue(doc, c: Cand) -> bool:
    """A name used as a person's: 'X, a former engineer,', 'X, who ...', 'founded by X'."""
    root = doc[c.start:c.end].root
    for ch in root.children:
        if ch.dep_ == "appos" and ch.lemma_.lower() in TITLE_HEADS:
            return True
        if ch.dep_ == "relcl" and any(g.lower_ == "who" for g in ch.children):
            return True
    if aged(doc, c):
        return True
    if root.dep_ == "appos" and root.head.lower_ in TITLE_HEADS and root.head.pos_ == "NOUN":
        return True  # "said its managing director, X"
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in (
        "found", "co-found", "lead", "head")


def aged(doc, c: Cand) -> bool:
    """A name followed by an age: 'X, 29, a crane operator'."""
    k = c.end
    return k + 2 < len(doc) and doc[k].text == "," and doc[k + 2].text == "," and doc[k + 1].text.isdigit() \
        and 16 <= int(doc[k + 1].text) <= 99
