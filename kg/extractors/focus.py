"""The document's focus: whom and when an unowned number is about.

1. The focus is the place the article is about: named in its title and lead and often after
   ("the province", "the port" count for the place they stand for); a country counts for less
   than a place inside it. ``place_focus`` computes it once, before ``observations``, whose reader
   gives it the figures of macro measures no other owner claims.
2. The stage runs after ``observations`` and repairs only weak cases. An observation of a macro measure (GDP,
   output, retail sales, exports, throughput ...) whose sentence does not name its owner (the
   owner came from an earlier sentence, is the dateline's city, or is a capitalised modifier like
   "Marine-tech" in "Marine-tech manufacturing grew") goes to the focus, or to the place "the
   state's" / "the port's" in its sentence stands for. A sentence that names its owner, or refers
   to one ("it", "the company"), and a place the paragraph goes on about are left alone.
3. An observation without a year takes the year its own sentence reports, else that of its
   paragraph's other figures, else the year the title or lead reports ("in 2025", "the first
   three quarters of 2025"), never a comparison base ("up from 2024", "than in 2024"); a year
   taken from "last year" only as a base ("96 more than at the end of last year") gives way to
   the lead's.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import DocFacts, Mention, Observation
from . import register
from .common import dateline

NAME = "focus"
PLACES = {"Place", "Country", "Province", "Municipality", "City", "Region", "District", "Facility"}
ORGS = {"Organization", "Company", "GovernmentBody", "University", "ResearchInstitute"}
DESIGNATION = re.compile(r"(?:'s|’s)$|\s+(?:province|state|municipality|city|prefecture|county|region)$", re.I)
# measures only a place (or a port, a zone) has: a release about it reports them without naming it each time
PLACE_MEASURE = re.compile(
    r"\b(?:gdp|gross domestic product|added value|value[- ]added|retail|consumption|fixed[- ]asset|"
    r"disposable income|per capita|cpi|ppi|consumer prices?|price index|unemployment|visitors|tourists|"
    r"tourism|population|grain|harvest|foreign trade|fiscal)\b", re.I)
# measures a place or a firm may have: the place's only when no firm was in view
MEASURE = re.compile(
    r"\b(?:output|production|investment|income|index|prices?|exports?|imports?|trade|containers?|teus?|"
    r"revenue|manufacturing|industry|industries|industrial|e-commerce|electricity|generation|passengers|"
    r"emissions|throughput|cargo|concentration|deposits|loans|expenditure|spending)\b", re.I)
# a sentence that refers to some owner without naming it: leave its observations alone
REFERENCE = re.compile(r"\b(?:it|its|they|their|our|we|both)\b|\b(?:two|three|four|five|six|these|those|all) "
                       r"(?:regions|provinces|cities|countries|states|areas|places|companies|firms|ports)\b|"
                       r"\bthe (?:company|firm|group|carmaker|automaker|maker|plant|factory|mine|mill|smelter|"
                       r"project|bank|operator|developer|"
                       r"manufacturer|producer|supplier|retailer|business|venture|brand|unit|subsidiary)\b", re.I)
# "the province" / "the state" / "the port": a definite kind standing for the place in focus
KINDS = {"province": {"Province"}, "state": {"Province"}, "city": {"City", "Municipality"},
         "municipality": {"Municipality", "City"}, "country": {"Country"}, "nation": {"Country"},
         "region": {"Region"}, "port": {"Facility"}, "zone": {"District", "Facility"},
         "district": {"District"}, "county": {"District", "City"}, "park": {"Facility"}}
KIND_REF = re.compile(r"\b(?:the|this) (" + "|".join(KINDS) + r")(?:'s|’s)?\b", re.I)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
BASE = re.compile(r"\b(?:than|from|over|since|compared (?:to|with)|versus|vs\.?|against|relative to|"
                  r"same period (?:of|in)|up from|down from)\s+(?:\S*\d[\d,.]*\s+(?:[a-z]+\s+){0,2}?(?=in |at |for ))?"
                  r"(?:(?:the )?(?:end of |same period (?:of|in) )?"
                  r"(?:in |of |at |for )?)?(?:\w+ )?$", re.I)  # "from 1,342 yuan in 2024": the base's year
LAST_YEAR = re.compile(r"\b(?:last year|the previous year|a year (?:earlier|ago|before))\b", re.I)
BASE_LAST_YEAR = re.compile(
    r"\b(?:than|from|over|compared (?:to|with)|against|versus|vs\.?)\s+(?:at\s+)?(?:that of\s+|the (?:end|close) of\s+|"
    r"the same (?:period|time) (?:of\s+)?)?(?:last year|the previous year|a year (?:earlier|ago|before))\b", re.I)
MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
# "in 2025", "the first three quarters of 2025", "the fiscal year ended March 31, 2025"
PERIOD_YEAR = re.compile(
    r"(?:\b(?:in|of|for|during|throughout|by the end of|at the end of)\s+(?:the\s+)?|"
    r"\b(?:quarters?|half|months?)\s+of\s+|"
    rf"\b(?:in|of|ended|ending|to|through|as of|as at|end of)\s+(?:{MONTHS})[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?)$", re.I)
FOUNDING = re.compile(
    r"\b(?:founded|established|set up|built|opened|launched|started|began|created|listed|born)\s+in\s+$", re.I)


def measure(indicator: str | None) -> bool:
    return bool(indicator) and bool(PLACE_MEASURE.search(indicator) or MEASURE.search(indicator))


@register(NAME)
def make_focus(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        Focus(doc, facts).run()
    return extract


def key(m: Mention) -> str:
    return _key(m.key_text)


@lru_cache(maxsize=65536)
def _key(name: str) -> str:  # asked of every pair of mentions
    return DESIGNATION.sub("", name.strip()).lower()


def doc_text(doc, facts: DocFacts) -> str:
    text = facts.document.text
    return text if len(text) == len(doc.text) else doc.text


def lead(text: str) -> tuple[int, int]:
    """The first paragraph that reads as prose (a dateline's, or the first long one)."""
    pos = 0
    for para in re.split(r"(\n\s*\n)", text):
        if len(para.split()) >= 12 and para.rstrip().endswith((".", '"', "”")):
            return pos, pos + len(para)
        pos += len(para)
    return 0, 0


def place_focus(doc, facts: DocFacts) -> Mention | None:
    """The place the article is about: named in its title and lead and often after."""
    text = doc_text(doc, facts)
    named = [m for m in facts.mentions if m.cls in PLACES and m.end > m.start
             and not m.text.isupper()]  # a dateline's "TAIYUAN" is where the reporter was
    score: Counter = Counter()
    best: dict[str, Mention] = {}  # each place's fullest proper name
    for m in named:
        k = key(m)
        if k[:1].isalpha() and not k.startswith("the "):
            score[k] += 1
            if m.key_text[:1].isupper() and (k not in best or len(m.key_text) > len(best[k].key_text)):
                best[k] = m
    score = Counter({k: n for k, n in score.items() if k in best})
    low_title = (facts.document.title or "").lower()
    a, b = lead(text)
    for k, m in best.items():
        if re.search(r"\b" + re.escape(k) + r"\b", low_title):
            score[k] += 2
        if any(a <= x.start < b for x in named if key(x) == k):
            score[k] += 2
    # a definite kind ("the province") stands for the top place of that kind
    for r in KIND_REF.finditer(text):
        cands = [k for k, m in best.items() if m.cls in KINDS[r.group(1).lower()]]
        if cands:
            score[max(cands, key=lambda k: score[k])] += 1
    for k, m in best.items():
        if m.cls == "Country":
            score[k] /= 2  # a country holds the place in focus, rarely is it
    top = score.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return best[top[0][0]]


class Focus:
    def __init__(self, doc, facts: DocFacts):
        self.doc, self.facts = doc, facts
        self.text = doc_text(doc, facts)
        self.title = facts.document.title or ""
        self.date = facts.document.date

    def run(self) -> None:
        if not self.facts.observations:
            return
        focus = self.facts.focus  # set before observations ran (none: none to find)
        if focus is not None:
            owners = Counter()  # distinct owners the extractor gave each sentence's numbers
            for x in {(x.evidence.sentence, id(x.about)) for x in self.facts.observations}:
                owners[x[0]] += 1
            for o in [o for o in self.facts.observations if owners[o.evidence.sentence] == 1]:
                target = self.owner(o, focus)
                if target is not None:
                    o.about = target
        self.fill_years()

    # -- 1. the focus -----------------------------------------------------------
    def lead(self) -> tuple[int, int]:
        return lead(self.text)

    def place_focus(self) -> Mention | None:
        return place_focus(self.doc, self.facts)

    # -- 2. weak owners ---------------------------------------------------------
    def bounds(self, o: Observation) -> tuple[int, int]:
        """The line of the sentence the observation was read in."""
        span = self.doc.char_span(o.evidence.start, o.evidence.end, alignment_mode="expand")
        if span is None:
            return o.evidence.start, o.evidence.end
        sent = span.sent
        a, b = sent.start_char, sent.end_char
        a = max(a, self.text.rfind("\n", a, o.evidence.start) + 1)
        nl = self.text.find("\n", o.evidence.end, b)
        return a, (nl if nl >= 0 else b)

    def owner(self, o: Observation, focus: Mention) -> Mention | None:
        """The owner a weakly owned observation should have, else None (leave it). A sentence whose
        numbers went to several owners (a respective list) is not asked."""
        a, b = self.bounds(o)
        m = o.about
        if m is not None and m.cls not in PLACES | ORGS:
            return None
        if m is not None and a <= m.start and m.end <= b and not (self.modifier(m) or self.dateline(m)):
            return None  # its sentence names it (or "the region" stands for it there)
        named = any(a <= x.start < o.evidence.start and key(x) == key(focus) and x is not m and not self.dateline(x)
                    for x in self.facts.mentions)  # the sentence names the focus before the number (not as a dateline)
        if m is not None and self.dateline(m) and named:
            return focus
        ind = o.indicator or ""
        if not measure(ind):
            return None
        if named:
            return focus  # the owner came from elsewhere
        if REFERENCE.search(self.text[a:b]):
            return None  # "its output", "the company's sales": an owner the extractor resolved
        kind = self.kind_target(o, focus)
        if kind is not None:
            return kind
        if m is None or self.modifier(m) or m.end == m.start or PLACE_MEASURE.search(ind) and m.cls in ORGS:
            return focus  # no owner, a guessed region, or a firm's name on a place's measure
        if self.named_once_elsewhere(m, o):
            return focus  # a place or firm the article names once, in another paragraph ("buyers in the X Delta")
        return None  # a place or a firm the story goes on about

    def named_once_elsewhere(self, m: Mention, o: Observation) -> bool:
        a, b = self.paragraph(o.evidence.start)
        same = [x for x in self.facts.mentions if key(x) == key(m) and x.end > x.start]
        return len(same) <= 1 and not any(a <= x.start < b for x in same)

    def dateline(self, m: Mention) -> bool:
        return dateline(self.text, m)

    def modifier(self, m: Mention) -> bool:
        """A capitalised common word at a sentence's head, modifying a noun: "Marine-tech manufacturing"."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start != span.sent.start:
            return False
        if any(t.pos_ == "PROPN" for t in span) or span.end >= len(self.doc):
            return False
        return span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i >= span.end

    def kind_target(self, o: Observation, focus: Mention) -> Mention | None:
        """The place a definite kind in the sentence names ("the port's", "the state's"): the focus
        if it is of that kind (not a province an aside named last)."""
        a, b = self.bounds(o)
        for m in self.facts.mentions:
            if a <= m.start < b and m.name and m.text.lower().startswith(("the ", "this ")) and m.cls in PLACES:
                if m.cls == focus.cls:
                    return focus
                return next((x for x in self.facts.mentions if x.key_text == m.name and x.end > x.start), m)
        r = KIND_REF.search(self.text, a, b)
        if r is None:
            return None
        classes = KINDS[r.group(1).lower()]
        if focus.cls in classes:
            return focus
        cands = Counter(key(m) for m in self.facts.mentions if m.cls in classes and m.end <= a
                        and m.key_text[:1].isupper() and m.end > m.start)
        if not cands:
            return None
        k = cands.most_common(1)[0][0]
        return max((m for m in self.facts.mentions if key(m) == k and m.key_text[:1].isupper()),
                   key=lambda m: len(m.key_text))

    # -- 3. years -----------------------------------------------------------------
    def base_only(self, o: Observation) -> bool:
        """Does the sentence name last year only as a comparison base (and no year by number)?"""
        a, b = self.bounds(o)
        line = self.text[a:b]
        return (not YEAR.search(line) and LAST_YEAR.search(line) is not None
                and not LAST_YEAR.search(BASE_LAST_YEAR.sub(" ", line)))

    def paragraph(self, pos: int) -> tuple[int, int]:
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return a, (b if b >= 0 else len(self.text))

    def reported_years(self, text: str) -> set[int]:
        """Years a passage reports (not comparison bases, not after the article's date)."""
        out = set()
        for y in YEAR.finditer(text):
            before = text[max(0, y.start() - 40):y.start()]
            if BASE.search(before) or FOUNDING.search(before) or not PERIOD_YEAR.search(before):
                continue
            year = int(y.group(1))
            if self.date is None or year <= self.date.year:
                out.add(year)
        return out

    def article_year(self) -> int | None:
        a, b = self.lead()
        years = self.reported_years(self.title) | self.reported_years(self.text[a:b])
        return years.pop() if len(years) == 1 else None

    def fill_years(self) -> None:
        article = self.article_year()
        if self.date is not None and article is not None:
            for o in self.facts.observations:
                if o.year == self.date.year - 1 and self.base_only(o):
                    o.year = article  # "96 more than at the end of last year": last year is the base
        todo = [o for o in self.facts.observations if o.year is None]
        for o in todo:
            own = self.reported_years(self.text[slice(*self.bounds(o))])
            if own:
                if len(own) == 1:
                    o.year = own.pop()  # the sentence dates it ("the fiscal year ended March 31, 2025")
                continue
            standing = o.change is None and not measure(o.indicator)
            a, b = self.paragraph(o.evidence.start)
            line = self.text[slice(*self.bounds(o))]
            same = {x.year for x in self.facts.observations if x.year is not None and a <= x.evidence.start < b
                    and not (x.evidence.sentence == o.evidence.sentence and str(x.year) in line)}
            # (not the base "from N in 2024" beside it: the sentence names that year only as a base)
            if len(same) == 1:
                o.year = same.pop()  # (a standing level among dated figures: "forest coverage rose to 63 percent")
            elif not same and not standing:  # a standing size alone ("covers 42 square km") needs no year
                o.year = self.section_year(a) or article or self.publication_period()

    def section_year(self, pos: int) -> int | None:
        """The year the nearest paragraph or heading before ``pos`` reports alone ("Review of 2025")."""
        lead_start = self.lead()[0]
        while pos > lead_start:
            a, b = self.paragraph(max(0, pos - 2))
            if a >= pos:
                break
            years = self.reported_years(self.text[a:b])
            if len(years) == 1:
                return years.pop()
            if years:
                return None
            pos = a
        return None

    def publication_period(self) -> int | None:
        """A figure no text dates is for the period the article reports on: the year it was published,
        or the year before for a January-February article (the season of annual reviews)."""
        if self.date is None:
            return None
        return self.date.year - 1 if self.date.month <= 2 else self.date.year
