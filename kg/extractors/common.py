"""Helpers shared by extractors: evidence from spans, mention lookup by token, hedges."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ..model import DocFacts, Evidence, Mention
from ..terms import parent_class
from .lexicon import HEDGE_MARKS, HEDGE_VERBS, MODALS


def dateline(text: str, m: Mention) -> bool:
    """"YINGKOU, Feb. 3 (Xinhua) --": where the reporter was, not what the lead is about."""
    return m.text.isupper() and len(m.text) > 3 and text.rfind("\n", 0, m.start) + 1 == m.start


DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}\b[^\n]{0,60}?\s(?:--|—|–)\s")


def in_dateline(text: str, m: Mention) -> bool:
    """A name inside "ZARAGOZA, Spain -- " or "YINGKOU, Feb. 3 (Xinhua) -- " at the head of a line."""
    start = text.rfind("\n", 0, m.start) + 1
    found = DATELINE.match(text, start)
    return found is not None and m.end <= found.end()


def evidence(facts: DocFacts, span, extractor: str, confidence: float = 0.8) -> Evidence:
    """Evidence for a fact read from ``span`` (a spaCy Span or Token) in its sentence."""
    sent = span.sent
    start = span.idx if hasattr(span, "idx") else span.start_char
    end = start + len(span.text) if hasattr(span, "idx") else span.end_char
    return Evidence(facts.document.id, start, end, sent.text.strip(), extractor, confidence)


class Sentences:
    """A document's sentences, listed once, found by token in log time."""

    def __init__(self, doc):
        self.list = list(doc.sents)
        self.starts = [s.start for s in self.list]

    def index(self, tok) -> int:
        return bisect_right(self.starts, tok.i) - 1

    def upto(self, tok, n: int) -> list:
        """The sentence of ``tok`` and the ``n - 1`` before it."""
        i = self.index(tok)
        return self.list[max(0, i - n + 1):i + 1]


def sentences(doc) -> Sentences:
    found = doc.user_data.get("kg_sentences")
    if found is None or found.list and found.list[-1].end != len(doc):
        found = doc.user_data["kg_sentences"] = Sentences(doc)
    return found


def covering(doc, *tokens):
    """The smallest span of ``doc`` that covers all the tokens given."""
    idx = [t.i for t in tokens if t is not None]
    return doc[min(idx):max(idx) + 1]


class MentionIndex:
    """Mentions by character offset, rebuilt when the list grows (no scan per lookup)."""

    def __init__(self, mentions: list[Mention]):
        self.size = len(mentions)
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.items]
        self.longest = max((m.end - m.start for m in self.items), default=0)

    def at(self, offset: int) -> list[Mention]:
        """Mentions covering a character offset."""
        hi = bisect_right(self.starts, offset)
        lo = bisect_right(self.starts, offset - self.longest - 1)
        return [m for m in self.items[lo:hi] if m.start <= offset < m.end]


def index(facts: DocFacts) -> MentionIndex:
    idx = getattr(facts, "_mention_index", None)
    if idx is None or idx.size != len(facts.mentions):
        idx = MentionIndex(facts.mentions)
        facts._mention_index = idx
    return idx


def mention_at(facts: DocFacts, token) -> Mention | None:
    """The entity mention covering a token, if any (the longest)."""
    found = index(facts).at(token.idx)
    return max(found, key=lambda m: m.end - m.start) if found else None


def mention_of(facts: DocFacts, token) -> Mention | None:
    """The mention a token stands for: the one it is the last word of, else the shortest covering it.

    In "Acme's Ytown factory" the token "Acme" is Acme and "factory" the factory.
    """
    found = index(facts).at(token.idx)
    if not found:
        return None
    end = token.idx + len(token.text)
    ends = [m for m in found if m.end == end or m.end == end - 2 and token.text.endswith("'s")]
    return max(ends or [], key=lambda m: m.end - m.start, default=None) or \
        min(found, key=lambda m: m.end - m.start)


def _hedged_at(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS):
            return True
        if c.dep_ == "mark" and c.lower_ in HEDGE_MARKS:
            return True
        if c.dep_ == "advmod" and (c.lower_ in ("never", "no", "not") or  # "no longer makes", "not any more"
                                   c.lower_ in ("longer", "more") and any(x.lower_ in ("no", "any") for x in c.children)):
            return True
    return False


def asserted(verb) -> bool:
    """False when a verb is negated, hedged or modal: 'does not supply', 'plans to make', 'may open'."""
    if _hedged_at(verb):
        return False
    tok = verb
    if tok.dep_ == "conj":  # "will make A and sell B": the modal is on the first verb only
        head = tok.head
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            return False
        tok = head
    for _ in range(4):
        infinitive = tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if (tok.dep_ not in ("xcomp", "pcomp", "prep", "pobj") and not infinitive) or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lemma_.lower() in HEDGE_VERBS or (tok.pos_ in ("VERB", "AUX") and _hedged_at(tok)):
            return False
    return True


def focus_org(facts: DocFacts, tok, n: int = 3, acting: bool = False) -> Mention | None:
    """The organisation a passage is about at ``tok`` ("it", "the company"): of those named in its
    last ``n`` sentences, a company before another body, then the one the document has named most
    often so far, then the latest. A supplier named once does not take over from the firm the story
    is about. With ``acting``, those the text has made the subject of a clause come first (else such
    ones of the whole text so far): not a firm only named as a supplier ("comes from Foo")."""
    lo = sentences(tok.doc).upto(tok, n)[0].start_char
    orgs = [m for m in facts.mentions if parent_class(m.cls) == "Organization" and m.start < tok.idx
            and m.key_text[:1].isupper() and not m.key_text.lower().startswith("the ")]
    counts = Counter(m.key_text for m in orgs)
    recent = [m for m in orgs if m.start >= lo]
    if acting:
        subjects = {m.key_text for m in orgs if is_subject(tok.doc, m)}
        recent = [m for m in recent if m.key_text in subjects] or [m for m in orgs if m.key_text in subjects] \
            or recent
    return max(recent, key=lambda m: (m.cls == "Company", counts[m.key_text], m.start), default=None)


def is_subject(doc, m: Mention) -> bool:
    """The mention is (in apposition to, or the owner of) the subject of a clause."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    for t in span or ():
        while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False
