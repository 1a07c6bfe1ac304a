"""Helpers shared by extractors: evidence from spans, mention lookup by token."""
from __future__ import annotations

from ..model import DocFacts, Evidence, Mention


def evidence(facts: DocFacts, span, extractor: str, confidence: float = 0.8) -> Evidence:
    """Evidence for a fact read from ``span`` (a spaCy Span or Token) in its sentence."""
    sent = span.sent
    start = span.idx if hasattr(span, "idx") else span.start_char
    end = start + len(span.text) if hasattr(span, "idx") else span.end_char
    return Evidence(facts.document.id, start, end, sent.text.strip(), extractor, confidence)


def mention_at(facts: DocFacts, token) -> Mention | None:
    """The entity mention covering a token, if any (the longest)."""
    best = None
    for m in facts.mentions:
        if m.start <= token.idx < m.end and (best is None or m.end - m.start > best.end - best.start):
            best = m
    return best
