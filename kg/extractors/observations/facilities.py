"""Figures of facilities: "a 1,500-megawatt solar plant" and "a $340 million factory" give the facility's
capacity or cost; the facility's entity is its own name or who runs it, and a sum its clause names that is no
cost of it goes to its owner.
"""
from __future__ import annotations

import re

from ...model import Mention, Observation
from ..common import asserted
from ..quantities import CURRENCIES, PREFIX_CURRENCY, to_decimal, UNIT_RE, UNITS
from .tokens import is_verb
from .words import FACILITY_SIZE, MONEY_ADJ, ORG_CLASSES, PLACE_CLASSES


class FacilitiesMixin:
    """The Reader's methods for facilities (see the module docstring)."""

    def owner_for_money(self, o: Observation) -> None:
        """A sum a facility's clause names that is no cost of the facility ("Its yard is building ships under a
        contract worth $X", revenue, profit) is its operator's."""
        if o.about is None or o.about.cls != "Facility" or o.unit not in CURRENCIES \
                or o.indicator in ("investment", "cost", "capacity"):
            return
        ops = [r.subject for r in self.facts.relations if r.predicate == "operates" and r.object is o.about
               and r.subject.cls in ORG_CLASSES]
        if ops:
            o.about = ops[0]

    def facility_sizes(self, a: int, b: int) -> list[tuple[int, int]]:
        """ "a 1,500-megawatt solar plant", "a $340 million factory": the facility's capacity or cost."""
        spans = []
        for m in FACILITY_SIZE.finditer(self.text, a, b):
            cur, word = m["cur"], m["word"]
            if not cur and not word:
                continue
            unit = PREFIX_CURRENCY.get(cur.lower()) if cur else None
            if word:
                um = UNIT_RE.fullmatch(re.sub(r"^(square|cubic)-", r"\1 ", word))
                if um:
                    unit = next(UNITS[i][1] for i in range(len(UNITS)) if um.group(f"u{i}"))
                elif re.fullmatch(r"(?:year|month|week|day|hour|minute|storey|story|floor|member|person|man)s?|"
                                  r"(?:\w+-)?(?:old|long|strong)", word) or cur:
                    continue
                else:
                    unit = word if word.endswith("s") else word + "s"
            money = unit in CURRENCIES
            area = unit in ("hectare", "square kilometre", "mu", "acre", "square metre", "square foot")
            fac = self.doc.char_span(m.start("fac"), m.end("fac"), alignment_mode="expand")
            if fac is None:
                continue
            det = self.doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            named = self.mention_of(self.doc[det.start - 2]) if det is not None and det.start >= 2 \
                and self.doc[det.start - 1].text == "," and det[0].lower_ in ("a", "an") else None
            about = named or self.facility_owner(fac.root)  # "X Zone, a 120-square-kilometer zone": X
            if about is None:
                continue
            span = self.doc.char_span(m.start("q"), m.end("fac"), alignment_mode="expand")
            ob = Observation(about=about, indicator="investment" if money else "area" if area else "capacity",
                             value=to_decimal(m["num"], m["scale"]), unit=unit,
                             evidence=self.evidence(span, 0.7))
            self.facts.observations.append(ob)
            spans.append((m.start("q"), m.end("q")))
        for m in MONEY_ADJ.finditer(self.text, a, b):  # "signed a 1.5-billion-euro contract": the contract's value
            if any(s <= m.start("q") < e for s, e in spans):
                continue
            unit = PREFIX_CURRENCY.get((m["cur"] or "").lower())
            um = UNIT_RE.fullmatch(m["word"]) if m["word"] else None
            if um:
                unit = next(UNITS[i][1] for i in range(len(UNITS)) if um.group(f"u{i}"))
            noun = self.doc.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
            if unit not in CURRENCIES or noun is None:
                continue
            t = noun.root
            while not is_verb(t) and t.head.i != t.i:
                t = t.head
            found = self.entity_np(self.subject(t), 1, []) if is_verb(t) and asserted(t) else None
            if not found:
                continue
            span = self.doc.char_span(m.start("q"), m.end("noun"), alignment_mode="expand")
            self.facts.observations.append(Observation(
                about=found[0], indicator=noun.root.lemma_.lower(), value=to_decimal(m["num"], m["scale"]), unit=unit,
                evidence=self.evidence(span, 0.7)))
            spans.append((m.start("q"), m.end("q")))
        return spans

    def antecedent(self, tok) -> Mention | None:
        """What "which" / "that" stands for: the noun's entity; past a place that ends a phrase on a
        noun ("the plant in X Area, which makes ..."), that noun's."""
        m = self.mention_of(tok)
        if m is not None and m.cls in PLACE_CLASSES and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":
            tok, m = tok.head.head, None
        return m or self.facility_owner(tok)

    def facility_owner(self, fac) -> Mention | None:
        """A facility's entity: its own name, else who runs it (the clause's subject, "run by X")."""
        own = self.mention_of(fac)
        if own is not None and len(own.text.split()) > 1:
            return own
        for c in fac.children:  # "a plant run by X", "a plant operated by X"
            if c.dep_ == "acl":
                agent = next((x for x in c.children if x.dep_ == "agent"), None)
                found = self.refs([x for x in agent.subtree if x.i != agent.i], 1, []) if agent is not None else None
                if found:
                    return found[0]
        t = fac
        while not is_verb(t) and t.head.i != t.i:
            t = t.head
        if fac.dep_ == "appos" and self.mention_of(fac.head) is not None:  # "X Co., the plant": X's
            return self.mention_of(fac.head)
        agent = next((x for x in t.children if x.dep_ == "agent"), None) if fac.dep_ == "nsubjpass" else None
        fronted = next((x for c in t.children if c.dep_ == "advcl" and c.i < fac.i for x in c.children
                        if x.dep_ == "agent"), None)  # "Run by X, the plant ..."
        if agent is None and fronted is not None:
            found = self.refs([x for x in fronted.subtree if x.i != fronted.i], 1, [])
            if found and found[0].cls in ORG_CLASSES:
                return found[0]
        if agent is not None and fac.head.i == t.i:  # "the factory is operated by (Y's subsidiary) X"
            obj = next((x for x in agent.children if x.dep_ == "pobj"), None)
            found = [self.mention_of(obj)] if obj is not None and self.mention_of(obj) is not None else \
                self.refs([x for x in agent.subtree if x.i != agent.i], 1, [])
            if found and found[0].cls in ORG_CLASSES:
                return found[0]
        if is_verb(t):
            found = self.entity_np(self.subject(t), 1, [])
            if found and found[0].cls in ORG_CLASSES:
                return found[0]
        return own or (self.last_about if self.last_about is not None and self.last_about.cls in ORG_CLASSES else None)
