"""Noun relations: "a major tea grower", "X, part of Y", "its operator X", "X, a subsidiary of Y", "the city of
Y", units of organisations by level ("director of the Institute X at University Y"), possessives, and
production ("cement production", "a zinc oxide plant").
"""
from __future__ import annotations

import re

from ...model import Mention
from ..common import asserted, focus_org
from ..entities import LEGAL_FORMS
from ..lexicon import (ABSTRACT, CHANGE_VERBS, DESIGNATIONS, FACILITY_NOUNS, FOUND_VERBS, OPERATE_VERBS, PRODUCT_LINE_NOUNS,
    PRODUCTION_NOUNS, UNIT_NOUNS)
from .places import rank
from .words import (AGENTS, conjuncts, core, CREATE_VERBS, MAKING_FACILITIES, NOT_OUTPUT, ORG, ROLE_NOUNS,
    SUBSIDIARY_NOUNS, UNIT_HEADS, UPPER_UNITS)


OF_IDIOMS = {"choice", "note", "record", "repute", "scale", "size", "kind", "sort", "type", "last", "resort"}  # 'supplier of choice'


class NounsMixin:
    """The Reader's methods for nouns (see the module docstring)."""

    # -- nouns --------------------------------------------------------------------
    def nouns(self) -> None:
        for t in self.doc:
            low = t.lemma_.lower()
            if t.dep_ == "prep" and t.lower_ in ("of", "in", "at", "under", "near", "outside", "on"):
                self.preposition(t)
            elif low in PRODUCTION_NOUNS and t.pos_ == "NOUN":
                self.production(t)
            elif t.lower_ in ("based", "headquartered") and (t.tag_ == "VBN" and t.dep_ == "amod" or t.dep_ in (
                    "amod", "compound") and t.i >= 2 and self.doc[t.i - 1].text == "-" and not self.doc[t.i - 2].whitespace_):
                self.based(t)  # "a Ytown-based maker", "the Ytown-headquartered firm"
            elif low in ("headquarters", "headquarter", "hq") or low == "office" and any(
                    c.lower_ == "head" and c.dep_ in ("compound", "amod") for c in t.children):
                self.headquarters(t)
            elif low in SUBSIDIARY_NOUNS and t.pos_ == "NOUN":
                self.subsidiary(t)
            elif low in MAKING_FACILITIES and t.pos_ == "NOUN":
                self.named_output(t)
            elif low in FACILITY_NOUNS and t.pos_ == "NOUN" and t.dep_ == "appos":
                self.site_of(t)
            elif low == "operator" and t.pos_ == "NOUN":
                self.operator(t)
            elif low == "part" and t.pos_ == "NOUN":
                self.part(t)
            elif low in ROLE_NOUNS and t.pos_ == "NOUN":
                self.producer(t)
            if t.dep_ == "poss":
                self.possessive(t)

    def preposition(self, prep) -> None:
        head, objs = prep.head, [p for p in prep.children if p.dep_ == "pobj"]
        x = self.ment(head) or (self.the_facility(head) if self.bare(head) else None)
        if x is None and head.lower_.rstrip(".") in LEGAL_FORMS and head.i >= 2:  # "X Co., Ltd. of Y"
            x = next((m for m in (self.ment(self.doc[k]) for k in range(head.i - 1, max(head.i - 4, 0), -1))
                      if core(m) == "Organization"), None)
        if x is None:
            return
        for o in objs:
            y = self.ment(o) or self.designated(o)
            if y is None and prep.lower_ in ("in", "on") and self.area_of(o) is not o:
                y = self.ment(self.area_of(o))  # "a plant on the outskirts of Y", "a mine in the north of Y"
            if y is None or x is y or prep.lower_ == "on" and (core(y) != "Place" or prep.i != head.i + 1):
                continue  # "on": "a terminal on Foo Island", not "the plant on Monday"
            if prep.lower_ == "of" and core(x) == "Facility" and core(y) == "Organization" and prep.i == head.i + 1:
                self.add(y, "operates", x, [head, o], 0.7)  # "the Ytown factory of X"
                continue
            if prep.lower_ == "of" and x.cls == "Company" and y.cls in ("City", "District", "Municipality") \
                    and prep.i == head.i + 1:  # "Foosol SA of Ytown"
                self.add(x, "headquarteredIn", y, [head, o], 0.75)
                continue
            if core(x) == "Facility" and self.planned(head):
                continue  # "no plans to build a plant in X", "is studying a second refinery in Y"
            if prep.lower_ in ("near", "outside") and core(x) == "Facility" and core(y) == "Place" \
                    and (prep.i == head.i + 1 or prep.i == head.i + 2 and self.doc[head.i + 1].text == ","):
                self.add(x, "locatedIn", y, [head, o], 0.6)  # "a mine near X", "the smelter outside X"
            elif prep.lower_ in ("in", "at") and core(x) == "Facility" and core(y) == "Facility":
                if rank(x) < rank(y):  # "a plant in the Hexi Industrial Park"
                    self.add(x, "locatedIn", y, [head, o], 0.75)
            elif prep.lower_ in ("of", "in", "on") and core(y) == "Place" and core(x) in ("Place", "Facility"):
                if rank(x) < rank(y) or prep.lower_ == "of" and rank(x) == rank(y) and x.cls == y.cls == "District":
                    self.add(x, "locatedIn", y, [head, o], 0.8)
            elif prep.lower_ in ("at", "of", "under") and self.part_of(x, y):
                self.add(x, "partOf", y, [head, o], 0.75)

    def producer(self, t) -> None:
        """'X is a major tea grower', 'A and B are among its largest rice producers': X produces (or, for
        suppliers and exporters, supplies) what the noun names."""
        be = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "among" else t.head
        items = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        items += [p for p in self.pobjs(t, ("of",)) if p.pos_ == "NOUN" and p.lemma_.lower() not in ABSTRACT
                  and (p.tag_ == "NNS" or any(c.dep_ in ("compound", "amod") for c in p.children)
                       or self.material(p) and not p.lower_.endswith("ing") and p.lower_ not in OF_IDIOMS)]
        if t.dep_ == "appos" and core(self.ment(t.head)) == "Organization" and self.ment(t) is None:
            subj = t.head  # "X, a battery maker in Y", "X, a producer of alloys and ceramics"
        elif t.dep_ not in ("attr", "pobj") or be.lemma_ not in ("be", "become", "remain") \
                or (t.dep_ == "pobj" and t.head.dep_ != "prep") \
                or not asserted(be):
            return
        else:
            subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if not items or subj is None:
            return
        pred = ROLE_NOUNS[t.lemma_.lower()]
        for x in self.agents(subj):
            for item in (c for i in items for c in conjuncts(i)):
                if self.add(x, pred, self.product(item), [subj, t], 0.7) and pred == "supplies":
                    self.whole_of(t, item)  # "the sole supplier of cells for the K3"

    def part(self, t) -> None:
        """'X, which is part of Y', 'X is part of Y', 'X, part of Y': X is part of Y (bodies or places)."""
        if t.dep_ == "attr" and t.head.lemma_ == "be":
            if not asserted(t.head):
                return
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "WDT" and t.head.dep_ == "relcl":
                subj = t.head.head
        elif t.dep_ == "appos":
            subj = t.head
        else:
            return
        if any(c.dep_ == "amod" for c in t.children):  # "a small part of", "a key part of": not membership
            return
        xs = self.agents(subj, ("Organization", "Place", "Facility")) if subj is not None else []
        for y in (m for p in self.pobjs(t, ("of",)) for m in self.agents(p, ("Organization", "Place", "Facility"))):
            for x in xs:
                if core(x) == core(y) != "Facility" and x is not y:
                    self.add(x, "partOf", y, [t, self.token_of(y)], 0.75)
                elif core(x) == "Facility" and core(y) in ("Facility", "Place") and rank(x) < rank(y):
                    self.add(x, "locatedIn", y, [t, self.token_of(y)], 0.75)  # "the plant is part of the Y Park"

    def site_of(self, t) -> None:
        """'The Z Plant, a Foo Foods facility, ...': Foo Foods operates the Z Plant."""
        fac = self.ment(t.head)
        owners = {m.key_text: m for c in t.children if c.dep_ in ("compound", "nmod") for x in [c] + list(c.children)
                  for m in [self.ment(x)] if core(m) == "Organization"}
        if core(fac) == "Facility" and len(owners) == 1 and any(c.lower_ in ("a", "an") for c in t.children):
            self.add(next(iter(owners.values())), "operates", fac, [t.head, t], 0.7)

    def operator(self, t) -> None:
        """'its operator X', "the airport's operator, X", 'X, the operator of the Y': X operates the site."""
        sites = [m for p in self.pobjs(t, ("of",)) for m in self.agents(p, ("Facility",))]
        for p in (c for c in t.children if c.dep_ == "poss"):
            if p.lower_ in ("its", "their"):  # the site named before it in the sentence
                named = [m for m in self.facts.mentions if m.cls == "Facility" and t.sent.start_char <= m.start < p.idx]
                sites += [max(named, key=lambda m: m.start)] if named else []
            else:
                sites += self.agents(p, ("Facility",))
        orgs = [m for c in t.children if c.dep_ == "appos" for m in self.agents(c, ORG)]
        if t.dep_ == "appos":
            orgs += self.agents(t.head, ORG)
        elif t.dep_ == "attr":
            orgs += [m for c in t.head.children if c.dep_ == "nsubj" for m in self.agents(c, ORG)]
        if t.dep_ == "attr" and not asserted(t.head):  # "X would become its operator"
            return
        for org in orgs[:1]:
            for site in sites[:1]:
                self.add(org, "operates", site, [t, self.token_of(site)], 0.75)

    def subsidiary(self, t) -> None:
        """'X, a subsidiary of Y', 'X is a unit of Y': X is part of Y (an indefinite noun only; 'the
        battery unit of Y' names a department, not X); "Y's subsidiary X", 'its subsidiary X'."""
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        named = [t.head] if poss is None and t.dep_ == "compound" and core(self.ment(t.head)) == "Organization" else []
        if named:  # "its subsidiary X Ltd", read with 'subsidiary' a modifier of the name
            poss = next((c for c in t.head.children if c.dep_ == "poss" and c.i < t.i), None)
        described = [t.head] if poss is not None and t.dep_ == "appos" and core(self.ment(t.head)) == "Organization" \
            and t.head.i < poss.i else []  # "X, its terminal arm, ..."
        if poss is not None and (t.lemma_.lower() in ("subsidiary", "affiliate") or described):
            owner = self.ment(poss) if poss.pos_ != "PRON" else (self.clause_subject(t) or self.latest_org(t))
            for x in [self.ment(n) for n in named + described] + [m for c in t.children if c.dep_ in ("appos", "compound")
                                                                  for m in self.agents(c, ORG)]:
                if core(owner) == "Organization" and x is not owner and x.key_text != owner.key_text:
                    self.add(x, "partOf", owner, [poss, t], 0.75)
            return
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return
        if t.dep_ == "dobj" and t.head.lemma_.lower() in CREATE_VERBS | FOUND_VERBS and asserted(t.head):
            owners = [m for s in self.subjects(t.head) for m in self.agents(s, ORG)]
            for x in (m for c in t.children if c.dep_ == "appos" for m in self.agents(c, ORG)):
                for y in owners[:1]:  # "it set up a research subsidiary, X"
                    if y is not x:
                        self.add(x, "partOf", y, [t, self.token_of(x)], 0.75)
            return
        if t.dep_ == "appos":
            x = self.ment(t.head)
        elif t.dep_ == "attr" and t.head.lemma_ == "be":
            x = next((self.ment(c) for c in t.head.children if c.dep_ == "nsubj"), None)
        else:
            return
        if core(x) != "Organization":
            return
        for o in self.pobjs(t, ("of",)):
            for y in self.agents(o, ORG):
                if y is not x:
                    self.add(x, "partOf", y, [t, o], 0.75)

    def designated(self, tok) -> Mention | None:
        """'the city of Y', 'the county of X': the place named after the designation."""
        if tok.lower_ in DESIGNATIONS:
            for o in self.pobjs(tok, ("of",)):
                m = self.ment(o)
                if core(m) == "Place":
                    return m
        return None

    def unit(self, m: Mention) -> bool:
        """An organisation named as a unit of another: institute, school, office, department."""
        return self.level(m) < 3

    def level(self, m: Mention) -> int:
        """1 for offices, institutes, schools; 2 for bureaus, academies, agencies; 3 for the rest."""
        first = re.split(r"\s+(?:of|for|on)\s+", m.key_text, maxsplit=1)[0]
        head = first.split()[-1].lower()
        return 2 if head in UPPER_UNITS else 1 if head in UNIT_HEADS else 3

    def part_of(self, x: Mention, y: Mention) -> bool:
        return core(x) == core(y) == "Organization" and self.level(x) < self.level(y)

    def title_at(self) -> None:
        """'director of the Institute X at University Y': X is part of Y."""
        for t in self.doc:
            if t.dep_ != "prep" or t.lower_ != "at" or t.i == 0:
                continue
            prev = self.ment(self.doc[t.i - 1])
            if prev is None or core(prev) != "Organization" or not self.unit(prev):
                continue
            for p in (p for p in t.children if p.dep_ == "pobj"):
                y = self.ment(p)
                if y is not None and self.part_of(prev, y):
                    self.add(prev, "partOf", y, [self.doc[t.i - 1], p], 0.75)

    def possessive(self, poss) -> None:
        y, head = self.ment(poss), poss.head
        x = self.ment(head)
        if y is None and x is not None and poss.pos_ == "NOUN" and any(c.lower_ == "the" for c in poss.children):
            named = [m for m in self.facts.mentions if core(m) == core(x) and m.end <= poss.idx
                     and poss.lower_ in m.key_text.lower().split()]  # "the academy's X", "the area's X district"
            y = max(named, key=lambda m: m.start) if named else None
        if core(x) == "Organization" and self.unit(x) and y is None and poss.lower_ in ("its", "their"):
            y = self.clause_subject(head) or self.latest_org(poss)  # "its Institute of X"
            if y is not None and self.part_of(x, y):
                self.add(x, "partOf", y, [poss, head], 0.7)
            return
        if x is None or (y is None or x is y) and poss.lower_ not in ("its", "their", "whose"):
            return
        if core(x) == "Facility" and poss.lower_ in ("its", "their"):  # "its main plant"
            owner = self.clause_subject(head)  # "X supplies gears to Y from its plant": X's plant
            if core(owner) != "Organization":  # "are supplied by X, a unit of Y, from its plant": X's
                verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
                owner = next((m for c in (verb.children if verb is not None else []) if c.dep_ == "agent"
                              for p in c.children if p.dep_ == "pobj" for m in self.agents(p, ORG)), None)
            owner = owner if core(owner) == "Organization" else self.latest_org(poss)
            if owner is None and poss.i == poss.sent.start:  # "Its yard in X builds ...": the firm in focus
                owner = focus_org(self.facts, poss)
            if owner is not None:
                self.add(owner, "operates", x, [poss, head], 0.7)
        elif core(x) == "Facility" and poss.lower_ == "whose" and head.head.dep_ == "relcl":
            owner = self.ment(head.head.head)  # "X, whose plant in Y ..."
            if core(owner) == "Organization":
                self.add(owner, "operates", x, [poss, head], 0.75)
        elif core(x) == "Facility" and core(y) == "Organization":  # "Acme's Ytown factory"
            self.add(y, "operates", x, [poss, head], 0.75)
        elif core(x) == "Organization" and x.cls != "GovernmentBody" and core(y) == "Place" \
                and poss.i + 2 < len(self.doc) and x.start == self.doc[poss.i + 2].idx:
            self.add(x, "locatedIn", y, [poss, head], 0.7)  # "Ruritania's Foo Pumps A/S"
        elif core(x) == core(y) == "Place" and rank(x) <= rank(y) and x.cls != "Country":  # "Ytown's Z District"
            self.add(x, "locatedIn", y, [poss, head], 0.75)
        elif self.part_of(x, y) or core(x) == core(y) == "Organization" and self.level(x) < 3 \
                and self.level(x) <= self.level(y):  # "the bureau's Planning Division"
            self.add(x, "partOf", y, [poss, head], 0.75)

    def production(self, t) -> None:
        """'cement production', 'a washing machine production line', 'its output of steel pipes': who
        produces what."""
        items = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if not items and any(c.dep_ == "poss" for c in t.children):  # "its output of anodes"
            items = [p for p in self.pobjs(t, ("of",)) if p.pos_ == "NOUN"]
        if not items:
            return
        line = t.head if t.dep_ == "compound" and t.head.lemma_.lower() in PRODUCT_LINE_NOUNS else t
        producer = None
        for p in (c for c in line.children if c.dep_ == "poss"):
            producer = self.ment(p) if p.pos_ != "PRON" else self.clause_subject(line)
        if producer is None and line.i != t.i:
            producer = self.clause_subject(line)
        verb = next((a for a in line.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if producer is None or core(producer) not in AGENTS or (verb is not None and not asserted(verb)):
            return
        if core(producer) == "Place" and line.dep_ in ("nsubj", "nsubjpass") and \
                line.head.lemma_.lower() in CHANGE_VERBS:
            return  # "the region's garment output grew 9 percent": a statistic, not a capability
        for item in items:
            self.add(producer, "produces", self.product(item), [line, item], 0.65)

    def named_output(self, t) -> None:
        """'X runs a 40,000-ton zinc oxide plant': X produces zinc oxide."""
        fac = self.ment(t)
        k = t.i - 1
        while k > t.sent.start and self.doc[k].dep_ == "compound" and self.doc[k].pos_ == "NOUN" \
                and self.doc[k].is_alpha and self.ment(self.doc[k]) in (None, fac) \
                and not (self.doc[k - 1].text == "-" and not self.doc[k - 1].whitespace_):
            k -= 1  # stops at '35,000-ton', '250,000-spindle'
        span = self.doc[k + 1:t.i]
        if core(fac) != "Facility" or not len(span) or any(
                x.lemma_.lower() in ABSTRACT or x.lemma_.lower() in NOT_OUTPUT or x.lower_ in ABSTRACT
                or x.lemma_.lower() in PRODUCTION_NOUNS or x.lemma_.lower() in UNIT_NOUNS for x in span):
            return
        verb = t.head if t.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in OPERATE_VERBS or not asserted(verb):
            return
        key = (span.start_char, span.end_char)
        for subj in (m for x in self.subjects(verb) for m in self.agents(x, ORG)):
            item = self.products.get(key) or self.facts.mention(span.text, "Product", *key)
            self.products[key] = item
            self.add(subj, "produces", item, [verb, t, span[-1]], 0.6)
