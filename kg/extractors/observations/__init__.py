"""Observations: the numbers of the news as n-ary facts ("Hebei's GDP grew 5.4 percent in 2024").

How a sentence is read:
1. ``quantities.find_quantities`` finds numbers with units, scales and qualifiers.
2. Quantities joined by commas / "and" form a list (respective lists have several).
3. Each list gets a role from its cue words: a level ("was", "reached", "to") or a
   change ("grew by", "an increase of", "dropped", "a 10.6% increase").  A change list
   right after a level list ("..., an increase of 4.9") joins it: one observation each.
4. The dependency parse gives the clause: the indicator is the subject noun phrase, or
   the object the number is "of" / moved "to", or the counted noun; the entity is the
   possessor, the place in a trailing "in/of" phrase, the subject, or the region in focus; the place
   the article is about (``focus.place_focus``, computed first) owns a macro measure no one else claims.
5. The year is the one the clause names (not a comparison base), else the paragraph's,
   else one resolved from "last year" / "the previous year" and the article's date.

The package: words and tokens (shared patterns and helpers), lists, years, frames, indicators, owners and
facilities (the Reader's mixins, one per phenomenon); here, the Reader's state and line loop, and the
registered extractor.
"""
from __future__ import annotations

import re

from ...model import DocFacts, Evidence, Mention
from .. import register
from ..focus import measure, place_focus
from ..quantities import find_quantities, Quantity
from .facilities import FacilitiesMixin
from .frames import FramesMixin
from .indicators import IndicatorsMixin
from .lists import ListsMixin
from .owners import OwnersMixin
from .words import ENTITY_CLASSES, EQUIVALENT, FACILITY_SIZE, MONEY_ADJ, TRAILER
from .years import YearsMixin

NAME = "observations"


@register(NAME)
def make_observations(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        facts.focus = place_focus(doc, facts)
        Reader(doc, facts).run()
    return extract


class Reader(ListsMixin, YearsMixin, FacilitiesMixin, FramesMixin, IndicatorsMixin, OwnersMixin):
    """Reads the observations of one document; holds the per-document context."""

    def __init__(self, doc, facts: DocFacts):
        # Doc.text joins every token on each call: the document's own text is the same string
        text = facts.document.text
        if not (len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text)):
            text = doc.text
        self.doc, self.facts, self.text = doc, facts, text
        self.sent_text = ""  # the sentence being read (evidence)
        self.rel_owner: Mention | None = None  # the antecedent of a relative clause's number
        date = facts.document.date
        self.doc_year = date.year if date else None
        self.doc_month = date.month if date else None
        self.tok_mention: dict[int, Mention] = {}
        for m in facts.mentions:
            self.index(m)
        self._focus = None
        self._title_org: Mention | None | bool = None  # (False: looked, none)
        self.last_resort = False  # did the list just read fall back on the place in focus?
        self._groups = None
        self.para_year: int | None = None
        self.lead_year: int | None = None  # the year the article's lead puts it in
        self.sentences_seen = 0
        self.last_about: Mention | None = None  # the entity the previous sentence was about

    # -- mentions ---------------------------------------------------------------
    def index(self, m: Mention) -> None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return
        for t in span:
            old = self.tok_mention.get(t.i)
            if old is None or (old.end - old.start) < (m.end - m.start):
                self.tok_mention[t.i] = m

    def mention_of(self, tok) -> Mention | None:
        m = self.tok_mention.get(tok.i)
        return m if m is not None and m.cls in ENTITY_CLASSES else None

    def evidence(self, span, confidence: float) -> Evidence:
        """Evidence in the sentence being read (Span.sent and Sent.text rescan tokens on each call)."""
        return Evidence(self.facts.document.id, span.start_char, span.end_char, self.sent_text, NAME, confidence)

    # -- the document -----------------------------------------------------------
    def run(self) -> None:
        trailer = TRAILER.search(self.text)  # "Related coverage": other stories' headlines
        quantities = [q for q in find_quantities(self.text) if trailer is None or q.start < trailer.start()]
        quantities = [q for q in quantities if not EQUIVALENT.search(self.text[max(0, q.start - 30):q.start])
                      or (q.unit == "percent" and re.match(r"\s+of\b", self.text[q.end:]))]  # (a ratio: "of GDP")
        if not quantities and not FACILITY_SIZE.search(self.text) and not MONEY_ADJ.search(self.text):
            return
        qi = 0
        prev_end = 0
        for sent in self.doc.sents:
            k = prev_end  # the end of the last sentence's words (its trailing space tokens may hold a break)
            while k > 0 and self.text[k - 1].isspace():
                k -= 1
            if prev_end == 0 or "\n" in self.text[k:sent.start_char + 1]:
                if self.lead_year is None and self.facts.observations:
                    self.lead_year = self.para_year  # the first paragraph with figures dates the article's
                self.para_year = None
            prev_end = sent.end_char
            self.sent_text = self.text[sent.start_char:sent.end_char].strip()
            self.sentences_seen += 1
            mine = []
            while qi < len(quantities) and quantities[qi].start < sent.end_char:
                if quantities[qi].start >= sent.start_char:
                    mine.append(quantities[qi])
                qi += 1
            self.sentence(sent, mine)

    def sentence(self, sent, qs: list[Quantity]) -> None:
        # a spaCy sentence may run over line breaks (titles, datelines): read line by line
        lines, pos = [], sent.start_char
        for part in re.split(r"(\n+)", self.text[sent.start_char:sent.end_char]):
            if part and not part.startswith("\n"):
                lines.append((pos, pos + len(part)))
            pos += len(part)
        for i, (a, b) in enumerate(lines):
            if i > 0:
                self.para_year = None
            self.line(sent, a, b, [q for q in qs if a <= q.start < b])

    def line(self, sent, a: int, b: int, qs: list[Quantity]) -> None:
        before = len(self.facts.observations)
        sized = self.facility_sizes(a, b)
        if sized:
            qs = [q for q in qs if not any(s <= q.num_start < e for s, e in sized)]
        lists = self.lists(qs, a)
        years = self.years(a, b, qs, [q for ql in lists if ql.role == "base" for q in ql.qs])
        abouts: list[Mention] = [o.about for o in self.facts.observations[before:]][-1:]
        used = []
        for ql in lists:
            if ql.role == "base":
                continue
            self.last_resort = False
            obs = self.read_list(sent, ql, lists, years, abouts, a, b)
            if self.last_resort:  # the place in focus owns macro measures only
                obs = [o for o in obs if o.about is not self.facts.focus or measure(o.indicator)]
            ql.obs = obs
            for o in obs:
                self.owner_for_money(o)
                self.facts.observations.append(o)
                used.append(o.year)
                if o.about is not None and len({id(x.about) for x in obs}) == 1:
                    abouts.append(o.about)
        for k, ql in enumerate(lists):
            if ql.role == "base":
                for o in self.base_observations(ql, lists, k, b):
                    self.facts.observations.append(o)
        lead = re.search(r"(?:^|[,;]|\bthat)\s*(?:in|by|as of|during|throughout|for)\s+(?:the\s+(?:whole|full|"
                         r"first \w+|end)\s+of\s+)?(1[89]\d\d|20\d\d)\s*,", self.text[a:b], re.I)
        if lead:
            self.para_year = int(lead.group(1))
            if self.lead_year is None and self.sentences_seen <= 2:
                self.lead_year = self.para_year
        elif used and used[-1]:
            self.para_year = used[-1]
        self.last_about = abouts[-1] if abouts else self.subject_entity(sent) or self.last_about
