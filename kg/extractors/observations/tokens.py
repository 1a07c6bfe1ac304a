"""Plain helpers on tokens and words that need no reading state: verbs, asides, hedged goals, trade partners,
plurals and participles, month numbers, a conjunct's own tokens, the head of a quantity, the noun a count
counts and a phrase's singular head.
"""
from __future__ import annotations

import re

from ..lexicon import HEDGE_VERBS
from ..quantities import Quantity
from .words import GROUP_NOUNS, IRREGULAR, MONTHS, NUMBER_WORDS, REF_NOUNS


# -- token helpers -------------------------------------------------------------------------
def is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod")


def aside(tok, q: Quantity, doc) -> bool:
    """Is a year token inside a relative clause that the quantity is not in ("..., founded in 1998, ...")?"""
    if tok is None:
        return False
    num = doc.char_span(q.num_start, q.num_start + 1, alignment_mode="expand")
    counted = num[0].head if num is not None else None
    for anc in tok.ancestors:
        if anc.dep_ in ("relcl", "acl", "appos"):
            if counted is not None and counted in anc.ancestors:  # "86 tons of ore mined in 2024"
                return False
            return not anc.left_edge.idx <= q.num_start <= anc.right_edge.idx
    return False


def hoped(verb) -> bool:
    """Is a verb the goal of a hedge the lemmatiser missed ("hopes to push output past N": lemma "hop")?"""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
        form = tok.lower_
        if any(re.sub(suffix, "", form) in HEDGE_VERBS for suffix in (r"s$", r"es$", r"d$", r"ed$", r"ing$")) \
                or re.sub(r"ing$", "e", form) in HEDGE_VERBS:
            return True
    return False


def partner(prep) -> bool:
    """Does a preposition name a trade partner ("exports to X", "trade with X", "imports from X")?"""
    flow = prep.head.lemma_.lower()
    return (prep.lower_ in ("to", "into") and flow == "export") or (prep.lower_ == "with" and flow == "trade") \
        or (prep.lower_ == "from" and flow in ("import", "purchase"))


def plural(unit: str) -> str:
    return unit if unit.endswith("s") or unit in ("percent", "people") else unit + "s"


def participle(verb) -> str:
    """ "handles" -> "handled": the past participle, by rule (the tagger gives no inflection)."""
    if verb.tag_ in ("VBD", "VBN"):
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):  # "ship" -> "shipped"
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def month_number(name: str) -> int:
    return [m[:3] for m in MONTHS.split("|")].index(name[:3].lower()) + 1


def is_ref_phrase(low: list[str]) -> bool:
    """ "region", "three areas", "new area": words that stand for an entity named elsewhere."""
    if low in (["it"], ["they"]):
        return True
    return 0 < len(low) <= 3 and (low[-1] in REF_NOUNS or low[-1] in GROUP_NOUNS) and all(
        w in NUMBER_WORDS or w in ("new", "whole", "entire", "two", "three") for w in low[:-1])


def own_tokens(mem, ids) -> list:
    """A conjunct's own words: its subtree without the conjuncts, commas and "and" hanging on it."""
    out = []
    for x in mem.subtree:
        if x.i not in ids or x.dep_ in ("cc", "punct"):
            continue
        chain, y = [], x
        while y.i != mem.i:
            chain.append(y)
            y = y.head
        if not any(c.dep_ == "conj" for c in chain):
            out.append(x)
    return sorted(out, key=lambda x: x.i)


def unit_head(span):
    """The token a quantity's words hang on ("percent" in "5.2 percent", else the number)."""
    ids = {t.i for t in span}
    for t in span:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return span[-1]


def counted_noun(span, q: Quantity):
    """The noun a bare count counts ("355,000 patents"), or the people of "15,000 people"."""
    if q.unit == "people":
        return unit_head(span)
    if q.unit is not None:
        return None
    num = span[-1]
    if num.dep_ in ("nummod", "compound", "quantmod") and num.head.i > num.i and num.head.pos_ in ("NOUN", "PROPN"):
        return num.head
    for of in num.children:  # "300 of the village's 540 households": the whole's noun
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of.lower_ == "of" else None
        if whole is not None and whole.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in whole.children):
            return whole
    return None


def w_text(t) -> str:
    return t.text if (t.is_upper or any(c.isdigit() for c in t.text) or t.pos_ == "PROPN") else t.lower_


def singular_tail(text: str, tokens) -> str:
    """ "average PM2.5 concentrations" -> "... concentration": the head noun, when it ends the phrase."""
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), None)
    words = text.split()
    if head is None or not tokens or head.i != tokens[-1].i or head.tag_ != "NNS" or len(words) < 2:
        return text
    words[-1] = head.lemma_ if head.lemma_ and words[-1].lower() == head.lower_ else words[-1]
    return " ".join(words)
