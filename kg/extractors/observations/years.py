"""The year of a figure: the years a line names, which one belongs to each quantity (not a comparison base), else
the paragraph's or the lead's, else one resolved from "last year" and the article's date; and the compared
number of "from N in 2023", observed with its own year.
"""
from __future__ import annotations

import re

from ...model import Observation
from ..quantities import Quantity
from .lists import QList
from .tokens import aside, month_number
from .words import BASE_AFTER, BASE_BEFORE, BASE_PHRASE, BASE_YEAR, FOUNDED, MONTH_RANGE, MONTHS, WEEKDAY, YEAR


class YearsMixin:
    """The Reader's methods for years (see the module docstring)."""

    # -- years ------------------------------------------------------------------
    def years(self, a: int, b: int, qs: list[Quantity], bases=()):
        """(year, is_base, attached_to_a_quantity) for each year the line names."""
        out = []
        for m in YEAR.finditer(self.text, a, b):
            before = self.text[max(a, m.start() - 40):m.start()]
            after = self.text[m.end():m.end() + 20]
            if any(q.start <= m.start() < q.end for q in qs):
                continue
            if re.search(r"\d[\s-]*$", before) or re.match(r"\s*(?:percent|%|yuan)", after):
                continue
            if FOUNDED.search(before):
                continue  # "set up in 2009": when the body began, not when the figure was
            if self.doc_year and int(m.group(1)) > self.doc_year and re.search(r"\b(?:by|until|through)\s+$", before):
                continue  # "plans to double capacity by 2028": a target, not the figure's year
            undated = re.sub(rf"\b(?:{MONTHS})\s+$", "", before, flags=re.I)  # "over June 2024"
            base = bool(BASE_BEFORE.search(before) or BASE_AFTER.match(after)
                        or (undated != before and BASE_BEFORE.search(undated))) or any(
                re.fullmatch(r"\s*(?:in|for|during|at the end of)\s+", self.text[q.end:m.start()] or "x") for q in bases)
            attached = any(re.fullmatch(r"\s*(?:in|for|during|by)\s+", self.text[q.end:m.start()] or "x")
                           for q in qs if q not in bases)
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            out.append((int(m.group(1)), base, attached, span[0] if span is not None else None))
        return out

    def year_for(self, q: Quantity, years, changed: bool, a: int, b: int,
                 partner: Quantity | None = None) -> int | None:
        for x in (q, partner):  # "rose 27 percent to 1.1 million tonnes in 2025": the level's year is the change's
            m = re.match(r"\s*(?:in|for|during|by)\s+(1[89]\d\d|20\d\d)\b", self.text[x.end:b]) if x else None
            if m:
                return int(m.group(1))
        focus = [y for y, base, attached, tok in years if not base and not attached and not aside(tok, q, self.doc)]
        if focus:
            return focus[0] if len(set(focus)) == 1 else focus[-1]
        done = [tok for y, base, att, tok in years if att and not base and tok is not None and tok.idx < q.start]
        if done and self.doc_year and re.search(r"\bthis year\b", self.text[done[-1].idx:q.start], re.I):
            return self.doc_year  # "12.8 billion in 2024, and in the first eight months of this year rose 11.3 percent"
        attached = {y for y, base, att, _ in years if att and not base}
        if len(attached) == 1:
            return attached.pop()
        line = BASE_PHRASE.sub(" ", self.text[a:b].lower())
        if self.doc_year:
            rng = MONTH_RANGE.search(line)
            if rng and not re.search(r"\b(last year|the previous year|a year ago)\b", line):
                end = month_number(rng.group("end"))
                return self.doc_year if self.doc_month is None or end <= self.doc_month else self.doc_year - 1
            if re.match(r"\s*(?:a year (?:earlier|before|ago)|the (?:previous|prior) year|the year before)\b", line):
                return (self.para_year or self.lead_year or self.doc_year - 1) - 1  # "A year earlier it had earned N"
            end_of = re.search(rf"\bend of (?P<m>{MONTHS})\b(?!\s+\d)", line)
            if end_of and self.doc_month is not None and month_number(end_of.group("m")) > self.doc_month:
                return self.doc_year - 1  # "by the end of December", in a March article
            if re.search(r"\b(?:shares?|stocks?)\b", line) and re.search(WEEKDAY, line):
                return self.doc_year  # "shares closed 4 percent higher on Friday"
            if re.search(r"\b(last year|the previous year's|a year ago)\b", line) and not re.search(
                    r"(than|from|over|compared (?:to|with)) last year", line):
                return self.doc_year - 1
            if re.search(r"\b(this year|today|currently|now|(?:this|last|past) week|this month|so far this year|at present|quarter|quarterly|first (?:half|quarter|"
                         r"two quarters|three quarters|\w+ months)|end of (?:" + MONTHS + r"))\b", line):
                return self.doc_year
            half = re.search(r"\b(?:h([12])|q([1-4]))\b", line)
            if half:  # "in H1", "Q3 revenue": the last such period up to the article's date
                end = 6 * int(half.group(1)) if half.group(1) else 3 * int(half.group(2))
                return self.doc_year if self.doc_month is None or end <= self.doc_month else self.doc_year - 1
            one = re.search(rf"\b(?:(?:in|for|during) |year (?:to|ended|ending) )(?P<m>{MONTHS})\b(?!\s+\d)", line)
            if one:  # "in September", "in the year to June": the last such month up to the article's date
                month = month_number(one.group("m"))
                return self.doc_year if self.doc_month is None or month <= self.doc_month else self.doc_year - 1
        if self.para_year:
            return self.para_year
        if self.lead_year:
            return self.lead_year
        title = {int(y) for y in YEAR.findall(self.facts.document.title or "")}
        if len(title) == 1 and (not self.doc_year or min(title) <= self.doc_year):
            return title.pop()  # "Textile industry performance in 2025": the year of the whole report
        bases = [y for y, base, attached, _ in years if base]
        if changed and bases and re.search(rf"(compared (?:to|with)|from|over|than|versus|on)\s+(?:(?:{MONTHS})\s+)?" + str(bases[0]), line):
            return bases[0] + 1
        compared = re.search(r"\b(?:compared (?:to|with)|against)\s+\S*\d", line)  # "..., compared with 16,300 the previous year"
        if (changed or compared) and self.doc_year and re.search(r"previous year|a year earlier|last year", line):
            return self.doc_year - 1
        return None

    def base_observations(self, ql: QList, lists, k: int, b: int) -> list[Observation]:
        """ "rose to 45,000 tonnes, from 38,000 tonnes in 2023": the compared number, with its own year."""
        host = next((lists[j] for j in list(range(k - 1, -1, -1)) + list(range(k + 1, len(lists)))
                     if lists[j].role in ("value", "change", "share") and lists[j].obs and len(lists[j].obs) == len(ql.qs)), None)
        if host is None:
            return []
        rest = self.text[ql.qs[-1].end:b]
        said = re.match(r"\s*([a-z]+)", rest)  # "from 7 exabytes a year earlier": the counted word first
        if said and host.obs[0].unit == said.group(1) and not ql.qs[-1].unit:
            rest = rest[said.end():]
        when = BASE_YEAR.match(rest)
        out = []
        for q, main in zip(ql.qs, host.obs):
            if when is None or main.value is None:
                continue
            year = int(when.group("year")) if when.group("year") else (main.year - 1 if main.year else None)
            if year is None or year == main.year:
                continue
            unit = q.unit or main.unit
            if main.unit and main.unit.startswith(f"{unit} per "):
                unit = main.unit  # "$1.62 a kg ... from $1.85 a year earlier": the same per-kg price
            if unit != main.unit:
                continue
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            ob = Observation(about=main.about, indicator=main.indicator, value=q.value, unit=unit, year=year,
                             qualifier=q.qualifier, evidence=self.evidence(span, 0.7))
            out.append(ob)
        return out
