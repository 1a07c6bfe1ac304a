"""A learned second opinion on whose figure an observation is.

The observations reader picks an owner by rules. This stage lists the other entities a reader
could take the figure to be about (those named in its sentence and the two before, the place and
the firm in focus), describes each by a few general features (where it stands in the parse
relative to the number, its class against the kind of measure, how near and how often it is
named), and scores them with a conditional logit trained on annotated articles
(``tools/train_owner_ranker.py``; weights in ``owner_ranker.json``). The rules' pick gets a
fixed bonus (``prior``), so the model moves a figure only when it is clearly surer.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..model import DocFacts, Mention, Observation
from . import register
from .common import focus_org, sentences
from .focus import MEASURE, PLACE_MEASURE
from .observations.owners import stands_for
from .observations.words import ORG_CLASSES, PLACE_CLASSES

NAME = "owner_ranker"
WEIGHTS = Path(__file__).with_name("owner_ranker.json")
CLASSES = PLACE_CLASSES | ORG_CLASSES | {"Facility", "Product"}
FIRM_MEASURE = re.compile(r"\b(?:revenue|sales|profit|orders?|deliveries|shipments|capacity|market share|"
                          r"valuation|funding|employees|staff|workers|customers|users|stores|plants?)\b", re.I)
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OWNER_PREPS = {"in", "of", "for", "across", "at"}
PARTNER_PREPS = {"to", "from", "with", "than", "by", "between", "into"}


def group_of(cls: str) -> str:
    if cls == "Country":
        return "country"
    if cls in PLACE_CLASSES:
        return "place"
    if cls == "GovernmentBody":
        return "gov"
    if cls in ORG_CLASSES:
        return "org"
    return "facility" if cls == "Facility" else "product"


class Ranker:
    """Scores candidate owners of one document's observations."""

    def __init__(self, doc, facts: DocFacts):
        self.doc, self.facts = doc, facts
        text = facts.document.text  # Doc.text joins every token on each call
        self.text = text if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text) else doc.text
        self.sents = sentences(doc).list
        self.starts = [s.start_char for s in self.sents]
        self.ments = sorted((m for m in facts.mentions if m.cls in CLASSES), key=lambda m: m.start)
        self.count = Counter(m.key_text for m in self.ments)
        self.first = {}
        for m in self.ments:
            self.first.setdefault(m.key_text, m.start)
        self.datelines = {m.key_text for m in self.ments if m.start < 300 and m.text.isupper() and len(m.text) > 2}
        self.previous: str | None = None  # the owner of the figure read before
        self._clause: dict[tuple[int, int], dict] = {}

    def sent_index(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def clause(self, q: int, qe: int) -> dict:
        """What all candidates of the number at q..qe share: its sentence, parse path and clause (once)."""
        found = self._clause.get((q, qe))
        if found is None:
            i = self.sent_index(q)
            sent = self.sents[i]
            num = self.doc.char_span(q, qe, alignment_mode="expand")
            path = [num.root] + list(num.root.ancestors) if num is not None else None
            here = [x for x in self.ments if sent.start_char <= x.start < sent.end_char]
            found = self._clause[(q, qe)] = {"i": i, "sent": sent, "path": path, "here": here,
                                             "unnamed": self.unnamed_subject(path)}
        return found

    def candidates(self, ob: Observation) -> list[Mention]:
        """One mention per entity a reader could take the figure to be about, the nearest first
        ("the province" standing for the place in focus)."""
        q = ob.evidence.start
        i = self.sent_index(q)
        lo = self.sents[max(0, i - 2)].start_char
        hi = self.sents[i].end_char
        near = [m for m in self.ments if lo <= m.start < hi]
        near.sort(key=lambda m: abs(m.start - q) + (0 if m.start >= self.sents[i].start_char else 10_000))
        out, seen = [], set()
        extra = [ob.about, self.facts.focus]
        tok = self.doc.char_span(q, ob.evidence.end, alignment_mode="expand")
        if tok is not None:
            extra.append(focus_org(self.facts, tok[0]))
        for m in [stands_for(self.facts, m) for m in near] + extra:
            if m is not None and m.key_text not in seen:
                seen.add(m.key_text)
                out.append(m)
        return out

    def features(self, ob: Observation, m: Mention) -> dict[str, float]:
        q, qe = ob.evidence.start, ob.evidence.end
        c = self.clause(q, qe)
        i, sent = c["i"], c["sent"]
        j = self.sent_index(m.start) if m.start < sent.end_char else i + 1
        f: dict[str, float] = {}
        back = i - j
        f["same_sentence"] = float(back == 0)
        f["previous_sentence"] = float(back == 1)
        f["two_back"] = float(back == 2)
        f["elsewhere"] = float(back < 0 or back > 2)
        f["same_paragraph"] = float("\n" not in self.text[min(m.end, q):max(m.start, q)])
        kind = group_of(m.cls)
        if back == 0:
            f["before_number"] = float(m.end <= q)
            f["after_number"] = float(m.start >= qe)
            f["distance"] = min(abs((m.start if m.start >= qe else m.end) - q), 300) / 100
            if c["path"] is not None:
                f.update(self.parse_features(sent, m, c["path"]))
        f[f"class_{kind}"] = 1.0
        ind = ob.indicator or ""
        f[f"macro_{kind}"] = float(bool(PLACE_MEASURE.search(ind)))
        f[f"firm_{kind}"] = float(bool(FIRM_MEASURE.search(ind)))
        f[f"measure_{kind}"] = float(bool(MEASURE.search(ind)))
        f["is_focus"] = float(self.facts.focus is not None and m.key_text == self.facts.focus.key_text)
        f["mentions"] = math.log1p(self.count.get(m.key_text, 0))
        f["early"] = float(self.first.get(m.key_text, 10**9) < 400)
        f["named_in_indicator"] = float(m.key_text.lower() in ind.lower())
        f["definite"] = float(m.text.lower().startswith(("the ", "this ")))
        f["dateline"] = float(m.key_text in self.datelines)
        f["possessive"] = float(self.text[m.end:m.end + 2] in ("'s", "’s"))
        f["previous_owner"] = float(self.previous is not None and m.key_text == self.previous)
        if back == 0:
            here = c["here"]
            f[f"here_{kind}"] = 1.0
            f[f"unnamed_subject_{kind}"] = float(c["unnamed"])
            f["first_in_sentence"] = float(bool(here) and here[0].key_text == m.key_text)
            before = [x for x in here if x.end <= q and group_of(x.cls) == kind]
            f["nearest_of_kind_before"] = float(bool(before) and before[-1].key_text == m.key_text)
        return f

    def unnamed_subject(self, path) -> bool:
        """Does the number's clause have a subject that names no entity ("Textile firms employed ...")?"""
        clause = next((t for t in path if t.pos_ in ("VERB", "AUX")), None) if path is not None else None
        subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None) if clause is not None else None
        if subj is None or subj.pos_ == "PRON":
            return False
        return not any(m.start < subj.idx + len(subj.text) and subj.idx < m.end or
                       m.start >= subj.left_edge.idx and m.end <= subj.right_edge.idx + len(subj.right_edge.text)
                       for m in self.ments)

    def parse_features(self, sent, m: Mention, path: list) -> dict[str, float]:
        """Where the mention stands in the parse relative to the number (``path``: its token and ancestors)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return {}
        root = span.root
        mine = [root] + list(root.ancestors)
        common = next((t for t in mine if t in path), None)
        f = {}
        if common is not None:
            steps = mine.index(common) + path.index(common)
            f["tree_distance"] = min(steps, 10) / 5
        on_path = root.head in path and root.head is not root
        clause = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)  # the verb the number hangs on
        f["subject_of_clause"] = float(root.dep_ in SUBJECTS and root.head is clause)
        f["subject_of_path"] = float(on_path and root.dep_ in SUBJECTS and root.head is not clause)
        f["possessor_in_clause"] = float(root.dep_ == "poss" and (root.head in path or root.head.head is clause))
        f["possessor_on_path"] = float(root.dep_ == "poss" and root.head.head in path and root.head.head is not clause)
        f["compound_on_path"] = float(root.dep_ in ("compound", "amod", "nmod") and root.head in path)
        prep = root.head if root.dep_ == "pobj" else None
        f["owner_prep"] = float(prep is not None and prep.lower_ in OWNER_PREPS and
                                (prep.head in path or prep.head.head in path))
        f["partner_prep"] = float(prep is not None and prep.lower_ in PARTNER_PREPS)
        f["object"] = float(root.dep_ in ("dobj", "attr", "oprd"))
        f["sentence_subject"] = float(root.dep_ in SUBJECTS and root.head == sent.root)
        f["appos"] = float(root.dep_ == "appos")
        f["in_clause"] = float(any(t in path for t in root.ancestors) and root.dep_ not in ("dobj", "pobj"))
        return f


@lru_cache(maxsize=None)
def load_weights(path: str = str(WEIGHTS)) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def score(weights: dict, feats: dict[str, float]) -> float:
    w = weights["weights"]
    return sum(w.get(k, 0.0) * v for k, v in feats.items())


@register(NAME)
def make_owner_ranker(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        rerank(doc, facts, load_weights())
    return extract


def respective(facts: DocFacts) -> set[tuple[str, str]]:
    """(sentence, indicator) of the figures of respective lists: they share both, not their owner."""
    owners: dict[tuple, set] = {}
    for ob in facts.observations:
        if ob.about is not None and ob.evidence is not None:
            owners.setdefault((ob.evidence.sentence, ob.indicator), set()).add(ob.about.key_text)
    return {k for k, v in owners.items() if len(v) > 1}


def rerank(doc, facts: DocFacts, weights: dict) -> None:
    """Give each single-owner observation to the best-scored candidate, the rules' pick getting ``prior``."""
    if not facts.observations:
        return
    ranker = Ranker(doc, facts)
    prior = weights.get("prior", 0.0)
    listed = respective(facts)
    for ob in facts.observations:
        if ob.about is None or ob.evidence is None:
            continue
        cands = ranker.candidates(ob) if (ob.evidence.sentence, ob.indicator) not in listed else []
        if len(cands) > 1:
            ob.about = max(cands, key=lambda m: score(weights, ranker.features(ob, m))
                           + (prior if m.key_text == ob.about.key_text else 0.0))
        ranker.previous = ob.about.key_text
