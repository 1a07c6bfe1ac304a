"""Product candidates: model names ('QX9 Pro', 'KT-20'), a name with a model number said to be a product ('the
Vela 3, a laptop'), and names launched, unveiled or rolled out.
"""
from __future__ import annotations

import re

from ..common import asserted
from ..lexicon import (known_place, LAUNCH_VERBS, MODEL_SUFFIXES, MODEL_TOKEN, NOT_MODEL, ORG_HEADS, PRODUCT_CUES,
    TITLE_WORDS)
from .classes import Cand, cap, head_class, joined, name_class
from .cues import is_place_name


def models(doc, out: list[Cand]) -> None:
    """Product model names: 'QX9 Pro', 'KT-20', 'ZB-M12', 'Lumen X3' (family name + model)."""
    last = -1
    for t in doc:
        if t.i <= last or not MODEL_TOKEN.match(t.text) or NOT_MODEL.match(t.text) or t.like_num or unit(doc, t):
            continue
        start, end = t.i, t.i + 1
        while start >= 2 and joined(doc, start - 1) and doc[start - 2].text.isupper():
            start -= 2  # "ZB-M12"
        while end < len(doc) and doc[end].text in MODEL_SUFFIXES:
            end += 1
        for _ in range(2):  # family name: "Lumen X3", "Bao Long X3"
            prev = doc[start - 1] if start > 0 else None
            if prev is not None and cap(prev) and prev.pos_ == "PROPN" and prev.i != prev.sent.start \
                    and not known_place(prev.text) and prev.lower_ not in ORG_HEADS.keys() | TITLE_WORDS \
                    and (prev.ent_type_ not in ("ORG", "GPE") or t.ent_type_ == prev.ent_type_):
                start -= 1
            else:
                break
        if len(t.text) <= 2 and start == t.i and end == t.i + 1:
            continue  # a bare "S7" may be anything
        out.append(Cand(start, end, "Product", prio=3, rule=True))
        last = end - 1


def unit(doc, t) -> bool:
    """'a 450-kWh pack', '5,000 mAh': a unit after a number, not a model name like 'iPhone'."""
    k = t.i - 1 - (t.i > 1 and doc[t.i - 1].text == "-")
    return t.text[:1].islower() and k >= 0 and doc[k].like_num


NOT_NUMBERED = {"phase", "line", "group", "terminal", "article", "level", "category", "stage", "round", "grade",
                "class", "tier", "zone", "block", "gate", "unit", "no", "number", "chapter", "section", "lot",
                "plan", "top", "version", "route", "district", "road", "hall", "building", "platform", "pier"}


def numbered_models(doc, out: list[Cand]) -> None:
    """'the Vela 3, a laptop', 'launched the Corsa 7': a name and a model number, said to be a product."""
    for t in doc[:-1]:
        n = doc[t.i + 1]
        number = n.text.isdigit() and len(n.text) <= 3 or ROMAN.match(n.text) is not None
        if not (cap(t) and t.pos_ == "PROPN" and t.is_alpha and number) \
                or t.ent_type_ == "DATE" or n.ent_type_ == "DATE" or t.lower_ in NOT_NUMBERED \
                or t.lower_ in ORG_HEADS or t.lower_ in TITLE_WORDS or known_place(t.text) \
                or head_class([t.text]):
            continue
        root = t if n.head.i == t.i else n if t.head.i == n.i else None
        if root is None:
            continue
        said = any(a.dep_ == "appos" and a.lemma_.lower() in PRODUCT_CUES for a in root.children) \
            or root.dep_ == "appos" and (root.head.lemma_.lower() in PRODUCT_CUES or launch_object(root.head))
        if said or launch_object(root):  # "the Vela 3, a laptop", "debuted a 650-watt module, the Zenit V"
            start = t.i - 1 if t.i > 0 and cap(doc[t.i - 1]) and doc[t.i - 1].pos_ == "PROPN" \
                and doc[t.i - 1].i != doc[t.i - 1].sent.start and not known_place(doc[t.i - 1].text) else t.i
            while start >= 2 and joined(doc, start - 1) and cap(doc[start - 2]) and doc[start - 2].is_alpha:
                start -= 2  # "E-Foo 3", "QR-Bar 20": a prefix glued by a hyphen
            out.append(Cand(start, t.i + 2, "Product", prio=3, rule=True))


ROMAN = re.compile(r"^(II|III|IV|V|VI|VII|VIII|IX|X)$")


def launch_object(tok) -> bool:
    """The token is (coordinated with) the object of an asserted 'launch', 'unveil', 'roll out'."""
    while tok.dep_ == "conj":
        tok = tok.head
    v = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or v.lemma_.lower() not in LAUNCH_VERBS:
        return False
    if v.lemma_.lower() == "roll" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return False
    return asserted(v)


def products(doc, chosen: list[Cand]) -> None:
    """A name launched, unveiled or rolled out is a product unless its head says otherwise
    ("rolled out Glacier Mist, a sparkling tea")."""
    for c in chosen:
        if c.cls == "Product" or c.rule or known_place(doc[c.start:c.end].text):
            continue
        if launch_object(doc[c.start:c.end].root) and name_class(doc[c.start:c.end].text) is None:
            c.cls = "Product"
    for c in chosen:  # "the Foo Ardent, a midsize electric pickup": a name said to be a kind of product
        span = doc[c.start:c.end]
        root = span.root
        if c.cls != "Product" and not c.rule and name_class(span.text) is None and not known_place(span.text) \
                and any(a.dep_ == "appos" and a.lemma_.lower() in PRODUCT_CUES and a.i > root.i
                        and any(d.lower_ in ("a", "an") for d in a.children) for a in root.children):
            c.cls = "Product"
    for c in chosen:  # "launched the daily Foo Express service": a name of the kind of thing launched
        root = doc[c.start:c.end].root
        if c.cls in ("Company", "Organization", "Person", "Place") and root.dep_ == "compound" \
                and root.head.i == c.end \
                and root.head.lemma_.lower() in LAUNCHED_KINDS and launch_object(root.head) \
                and doc[c.end - 1].lower_.rstrip(".") not in ORG_HEADS and not is_place_name(doc[c.start].text):
            c.cls, c.rule = "Product", True


LAUNCHED_KINDS = {"service", "app", "brand", "platform", "model", "range", "series", "label", "product"}
