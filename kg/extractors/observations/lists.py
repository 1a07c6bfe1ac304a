"""Lists of numbers in a line: quantities joined by commas or "and" form a list, a list gets a role (a level or a
change) from its cue words, a change list right after a level list pairs with it, and each list is read into
observations, one per number (respective lists give several).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Observation
from ..quantities import Quantity
from .words import (ANAPHOR, BASE_CUE, BASE_YEAR, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_NOUN, CHANGE_WORDS, DOWN,
    LIFT_BEFORE, PAIR_GAP, RISE_IN, SHARE_BEFORE, WITH_AT)


@dataclass
class QList:
    """Quantities in a row ("5.2, 5.1 and 5.4 percent") with what the text says of them."""
    qs: list[Quantity]
    role: str = "value"  # value | change | share | convert
    sign: int = 1
    signs: list = field(default_factory=list)  # one per quantity, when they differ ("up 4 and down 7 percent")
    gap: str = ""  # text between the previous list and this one
    partner: "QList | None" = None  # the level list a change list goes with
    obs: list = field(default_factory=list)  # the observations read from it
    frame: dict = field(default_factory=dict)

    def sign_of(self, i: int) -> int:
        return self.signs[i] if len(self.signs) == len(self.qs) else self.sign


class ListsMixin:
    """The Reader's methods for lists (see the module docstring)."""

    # -- lists and roles --------------------------------------------------------
    def lists(self, qs: list[Quantity], a: int) -> list[QList]:
        out: list[QList] = []
        prev_end = a
        for q in qs:
            gap = self.text[prev_end:q.start]
            last = out[-1].qs[-1] if out else None
            if last and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", gap) and last.unit in (q.unit, None):
                out[-1].qs.append(q)
            else:
                out.append(QList([q], gap=gap))
            prev_end = q.end
        for ql in out:  # "35.2, 33.8 and 22.1 micrograms": the unit written once is everyone's
            unit = ql.qs[-1].unit
            for x in ql.qs:
                x.unit = x.unit or unit
        for ql in out:
            self.role(ql, a)
        merged: list[QList] = []
        for ql in out:  # "up 3.1 percent and down 6.4 percent": one list of changes, each with its sign
            prev = merged[-1] if merged else None
            if prev is not None and prev.role == ql.role == "change" and prev.partner is None and \
                    re.fullmatch(rf"\s*,?\s*(?:and\s+)?(?:{CHANGE_WORDS})(?:\s+by)?\s*", ql.gap, re.I) and \
                    ql.qs[0].unit == prev.qs[-1].unit:
                prev.signs = (prev.signs or [prev.sign] * len(prev.qs)) + [ql.sign] * len(ql.qs)
                prev.qs += ql.qs
                continue
            merged.append(ql)
        out = merged
        for i, ql in enumerate(out):
            if i and ql.role in ("change", "value"):
                prev = out[i - 2] if i > 1 and out[i - 1].role == "base" else out[i - 1]  # (past "from N in 2023,")
                if prev.role in ("change", "value") and prev.partner is None and ql.role != prev.role \
                        and len(prev.qs) == len(ql.qs) and self.pairs(ql.gap, prev.qs[-1].end) \
                        and not (ql.qs[-1].unit is None and re.search(r"\band\b", ql.gap)
                                 and re.match(r"\s+[a-z]+s\b", self.text[ql.qs[-1].end:])):
                    # (not "raised prices by 8 percent and cut 150 jobs": a count of its own noun)
                    ql.partner = prev
            if i and ql.gap.strip() == "(" and ql.role == "value":
                ql.role = "convert"
        return out

    def pairs(self, gap: str, at: int) -> bool:
        """Does ``gap`` join two lists into one fact ("..., an increase of", " to ", ", up ")?"""
        gap = re.sub(r"\([^)]*\)", " ", gap)
        if "," in gap:  # what precedes the comma may only name the count: "355,000 patents last year,"
            head, tail = gap.rsplit(",", 1)
            span = self.doc.char_span(at, at + len(head), alignment_mode="contract")
            if span is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
                return False
            if len(head.split()) > 20:
                return False
            gap = tail
        return len(gap) < 60 and PAIR_GAP.match(gap) is not None

    def role(self, ql: QList, a: int) -> None:
        q = ql.qs[0]
        left = self.text[max(a, q.start - 60):q.start]
        right = self.text[ql.qs[-1].end:ql.qs[-1].end + 40]
        right = re.sub(r"^[\s,]*respectively", "", right)
        if BASE_CUE.search(left) or re.search(r"\bbase (?:year|period|value|level)\s+(?:of|at)\s*$", left) or (re.search(r"\bfrom\s*$", left) and q.start > a and self.text[a:q.start].strip()
                                     and re.match(r"\s*(?:(?:in|for) \d{4}\s*)?to\b", right)) \
                or (re.search(r"\bfrom\s*$", left) and BASE_YEAR.match(right)):
            ql.role = "base"
            return
        if q.unit == "percent" and SHARE_BEFORE.search(left):  # "made up 18 percent" is no rise
            ql.role = "share"
            return
        m = CHANGE_NOUN.search(left) or CHANGE_BEFORE.search(left)
        if m and m.group(1).lower() == "up" and re.search(r"\b(?:set|sets|setting|sign|signs|signed|signing)\s+up\s*$", left):
            m = None  # "set up a 4 billion euro venture": no rise
        if m and q.unit == "percent" and not CHANGE_NOUN.search(left) and re.match(r"\s+of\s+(?:the|its|their|all)\b", right):
            m = None  # "machines cut 22 percent of the region's cane": a part of a whole, no fall
        if m and not re.search(r"\b(to|from)\s*$", left):
            ql.role = "change"
            ql.sign = -1 if m.group(1).lower() in DOWN else 1
            return
        m = LIFT_BEFORE.search(left)
        if m and q.unit == "percent" and re.match(r"\s*(?:to\b|,|\.|$|in\b|from\b|on\b|and\b|while\b)", right):
            ql.role = "change"  # "lifted sales 9% to ...", "cut costs 5%"
            ql.sign = -1 if m.group(1).lower() in DOWN or m.group(1).lower()[:4] in ("trim", "slas") else 1
            return
        more = re.match(r"\s*[a-z]+\s+(more|fewer|less)\s+than\b", right) if q.unit is None else None
        if more:  # "9 days more than in 2024": a change of the count
            ql.role, ql.sign = "change", (1 if more.group(1) == "more" else -1)
            return
        m = CHANGE_AFTER.match(right)
        if m and not re.search(r"\b(to|from|at|of|was|were|reached)\s*$", left.rstrip(" ,")) or \
                (m and re.search(r",\s*(an?\s+)?$", left)):
            ql.role = "change"
            ql.sign = -1 if m.group(1).lower() in DOWN else 1
            return
        if q.unit == "percent" and (SHARE_BEFORE.search(left) or (
                re.search(r",\s*$", left) and re.match(r"\s*of\s+(?:the|its|their)\s+(?:\w+\s+)?(?:total|market)\b", right))):
            ql.role = "share"

    # -- one list -> observations -------------------------------------------------
    def read_list(self, sent, ql: QList, lists, years, abouts, a: int, b: int) -> list[Observation]:
        k = lists.index(ql)
        host = lists[k - 1] if ql.role in ("convert", "share") and k else None  # the list it restates
        if ql.partner is not None or ql.role == "base":
            return []  # read together with its partner list, below; a base is no fact
        if ql.role == "change" and re.search(r"\([^()]*$", self.text[a:ql.qs[0].start]):
            return []  # "exports to X (up 9.1%) and Y (up 3.2%) offset ...": an aside on the noun before
        if self.text[max(a, ql.qs[0].start - 30):ql.qs[0].start].rstrip().endswith(("with", "at")) and \
                re.search(r"\bfollowed\s+by\s+[^,;]+?\s+(?:with|at)\s*$", self.text[a:ql.qs[0].start]) and \
                not (k and lists[k - 1].frame):
            return []  # "followed by Y with N" goes with the figure before it
        with_at = WITH_AT.search(self.text[max(a, ql.qs[0].start - 80):ql.qs[0].start])
        own = self.frame(sent, ql, abouts, a, b) if ql.role == "share" else None
        if own and own.get("share"):  # "..., and Ytown accounted for 40 percent of it": its own entity
            frame = own
        elif ql.role in ("convert", "share") and host is not None and host.frame:
            frame = dict(host.frame)
            if ql.role == "share":
                rest = re.match(r"\s*of\s+(?:the\s+)?([\w\s-]+?)(?=[,.;)]|$)", self.text[ql.qs[-1].end:b])
                whole = rest.group(1).strip() if rest else "total"
                frame["indicators"] = [f"share of {i}" if ANAPHOR.fullmatch(whole.lower()) else f"{i} share of {whole}"
                                       for i in frame["indicators"]]
        elif with_at and k > 0 and lists[k - 1].frame:
            frame = dict(lists[k - 1].frame)
            base = max(a, ql.qs[0].start - 80)
            g = "who" if with_at.group("who") else "next"  # "..., followed by Y with 5.2 million tonnes"
            who = self.mentions_in(base + with_at.start(g), base + with_at.end(g))
            if not who:
                return []
            frame["abouts"] = who[:1]
        else:
            frame = self.frame(sent, ql, abouts, a, b)
        other = next((c for c in lists if c.partner is ql), None)
        if not frame and other is not None and ql.role == "change":  # "a 9 percent rise in sales to N": N's clause
            frame = self.frame(sent, other, abouts, a, b)
            if frame:
                frame = dict(frame, indicators=[RISE_IN.sub("", i) for i in frame["indicators"]])
        if not frame:
            return []
        ql.frame = frame
        n = len(ql.qs)
        indicators = [self.that_of(i) for i in frame["indicators"]]
        ents = [self.definite(e) for e in frame["abouts"]]
        if len(indicators) != n:
            indicators = indicators[:1] * n
        if not ents or not indicators:
            return []
        if len(ents) != n:
            ents = ents[:1] * n
        out = []
        for i, q in enumerate(ql.qs):
            if ents[i] is None:
                continue
            ob = Observation(about=ents[i], indicator=indicators[i], evidence=None)
            unit = q.unit or frame.get("unit")
            if ql.role == "change":
                ob.change, ob.change_unit = ql.sign_of(i) * q.value, unit
            else:
                ob.value, ob.unit = q.value, unit
            ob.qualifier = q.qualifier
            start, end = q.start, q.end
            if other is not None:
                c = other.qs[i]
                if other.role == "change":
                    ob.change, ob.change_unit = other.sign_of(i) * c.value, c.unit or frame.get("unit")
                else:
                    ob.value, ob.unit = c.value, c.unit or frame.get("unit")
                    ob.qualifier = c.qualifier or ob.qualifier
                if c.qualifier and not ob.qualifier:
                    ob.qualifier = c.qualifier
                end = c.end
            ob.year = frame.get("year") or self.year_for(q, years, ob.change is not None, a, b,
                                                          other.qs[i] if other is not None else None)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            ob.evidence = self.evidence(span, frame.get("confidence", 0.8))
            out.append(ob)
        return out

    def that_of(self, indicator: str) -> str:
        """ "the added value of A was N; that of B was M": B's is the added value the text just gave."""
        m = re.match(r"(?:that|those) (of|in|for) (.+)", indicator)  # (and "those in rural areas")
        last = next((o.indicator for o in reversed(self.facts.observations)
                     if not o.indicator.startswith(("that ", "those ", "share of"))), None)
        if m is None or last is None:
            return indicator
        return f"{re.split(r' (?:of|in|for) ', last)[0]} {m.group(1)} {m.group(2)}"
