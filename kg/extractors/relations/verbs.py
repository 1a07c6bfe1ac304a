"""Verb relations: supplies, produces, launched, operates, founded, located and headquartered, in active and
passive voice; negated, modal or hedged verbs give nothing, what a facility can make it makes, "respectively"
pairs subjects with objects in order, and verbs the tagger read as nouns are read back.
"""
from __future__ import annotations

from ..common import asserted, focus_org
from ..lexicon import (ABSTRACT, FACILITY_NOUNS, FOUND_VERBS, LAUNCH_VERBS, LOCATE_VERBS, MODALS, NOT_LAUNCHED, PHRASAL_PRODUCE,
    PRODUCE_VERBS, PRODUCT_CUES, SUPPLY_VERBS)
from .places import rank
from .words import (AGENTS, conjuncts, core, INTO_VERBS, NOT_SOLD, OPERATES, ORG, RANGE_NOUNS, SHARES, SOURCES,
    SUPPLIES, VERBS)


class VerbsMixin:
    """The Reader's methods for verbs (see the module docstring)."""

    # -- verbs ------------------------------------------------------------------
    def verbs(self) -> None:
        for v in self.doc:
            lemma = v.lemma_.lower()
            if v.dep_ == "aux" and v.tag_ == "VBZ" and lemma == v.lower_:  # "builds" read as an auxiliary, not lemmatised
                lemma = v.lower_[:-3] + "y" if v.lower_.endswith("ies") else v.lower_[:-1]
            if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
                lemma = "establish"  # "set up in 2012 by X"
            if (lemma == "grow" or lemma in INTO_VERBS and self.pobjs(v, ("into",))) and v.pos_ == "VERB" \
                    and (asserted(v) or self.capacity(v)) and not self.planned(v):
                self.made_into(v) if lemma in INTO_VERBS else self.grown(v)
                continue
            if lemma in VERBS and (v.pos_ in ("VERB", "AUX") or self.verb_as_noun(v)) and \
                    (asserted(v) or lemma in PRODUCE_VERBS and self.capacity(v)) and not self.planned(v):
                if lemma in ("turn", "churn") and not any((lemma, c.lower_) in PHRASAL_PRODUCE
                                                          for c in v.children if c.dep_ == "prt"):
                    continue
                before = len(self.facts.relations)
                self.verb(v, lemma)
                if lemma in SUPPLY_VERBS and v.tag_ == "NNS" and len(self.facts.relations) == before:
                    self.noun_tagged_supply(v)  # "X ships zinc concentrate to Y", parsed as one noun
            elif lemma in SUPPLY_VERBS and v.tag_ == "NNS" and v.lower_.endswith("s"):
                self.noun_tagged_supply(v)
            elif lemma in PRODUCE_VERBS and v.tag_ == "NNS" and v.lower_.endswith("s") and asserted(v):
                self.noun_tagged_supply(v, "produces")  # "A yard run by X builds tankers", 'builds' a noun

    def owner_supplier(self, v, o) -> list:
        """Who supplies what a passive names without an agent: the owner ('its glass is supplied to module
        makers'), or the maker of the noun a relative clause hangs on ('X makes sensors, which are supplied to Y')."""
        for p in (c for x in [o] + [c for c in o.children if c.dep_ == "compound"] for c in x.children
                  if c.dep_ == "poss"):  # "its silicon carbide modules", 'its' hung on 'silicon'
            if p.lower_ == "its":
                owner = self.clause_subject(o) or self.latest_org(o) or focus_org(self.facts, o)
                return [owner] if core(owner) == "Organization" else []
            return [m for m in [self.ment(p)] if core(m) == "Organization"]
        head = v.head if v.dep_ == "relcl" else None
        if head is not None and head.dep_ == "dobj" and head.head.lemma_.lower() in PRODUCE_VERBS:
            return [m for t in self.subjects(head.head) for m in self.agents(t, ORG)]
        return []

    def made_into(self, v) -> None:
        """'X turns fruit into juice and peel', 'the plant can melt raw sugar into white sugar': X produces
        what the material becomes (not 'turned the town into a hub': the material is no place or body)."""
        into = [t for t in self.pobjs(v, ("into",)) if core(self.ment(t)) in (None, "Product") and t.pos_ == "NOUN"
                and t.lemma_.lower() not in ABSTRACT and not any(c.lower_ in ("a", "an") for c in t.children)]
        into = [x for t in into for x in self.shared_head(t)]  # "into white sugar and pure glucose"
        stuff = [self.measured(c) for c in v.children if c.dep_ == "dobj"]
        if not into or not stuff or any(core(self.ment(t)) is not None or t.pos_ != "NOUN" for t in stuff):
            return
        for s in (m for t in self.subjects(v) for m in self.agents(t)):
            for o in into:
                self.add(s, "produces", self.product(o), [v, o], 0.7)

    def grown(self, v) -> None:
        """'X grows rice and soybeans': X produces the crops (not 'grew its revenue', 'grew 9 percent')."""
        objs = [self.measured(t) for c in v.children if c.dep_ == "dobj" for t in conjuncts(c)]
        growers = [m for t in self.subjects(v) for m in self.agents(t)]
        if not objs and v.tag_ == "VBN":  # "avocados grown by smallholders in X": X produces them
            objs, by = self.passive(v)
            growers = [m for t in by for m in self.sources(t)] if by else []
        if not objs or any(t.pos_ != "NOUN" or t.lemma_.lower() in ABSTRACT or self.ment(t) is not None
                           and core(self.ment(t)) != "Product" or any(c.dep_ in ("poss", "nummod") for c in t.children)
                           for t in objs):
            return
        for s in growers:
            for o in objs:
                self.add(s, "produces", self.product(o), [v, o], 0.7)

    def it_facility(self, tok):
        """'It' opening a sentence, of a site: "... the Foo smelter hums. It is operated by X": the one
        facility the sentence before names."""
        if tok.lower_ != "it" or tok.i != tok.sent.start or tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        named = {m.key_text: m for m in self.facts.mentions if core(m) == "Facility" and m.text[:1].isupper()
                 and prev.start_char <= m.start < prev.end_char}
        return next(iter(named.values())) if len(named) == 1 else None

    def capacity(self, v) -> bool:
        """'The plant can make 2 million drums a year': what a facility can make, it makes."""
        aux = [c for c in v.children if c.dep_ in ("aux", "neg")]
        subj = [m for c in v.children if c.dep_ == "nsubj" for m in self.agents(c, ("Facility",))]
        return len(aux) == 1 and aux[0].lower_ == "can" and len(subj) == 1

    def noun_tagged_supply(self, v, pred: str = "supplies") -> None:
        """'X ships nickel matte to Y', with 'ships' read as a noun and the parse broken around it: read
        the surface. The subject is the noun the parse still makes its subject, else the organisation or
        place just before (or before a relative clause set off by commas); the item is the noun phrase
        after it, up to 'to'/'from' or punctuation."""
        doc, i = self.doc, v.i - 1
        own = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i and core(self.ment(c)) in AGENTS] \
            if pred == "produces" else []  # "A dockyard owned by X in Y builds ...": the dockyard, not Y
        if own:
            i = own[0].i
        if i >= 0 and doc[i].text == ",":  # "X, whose head office is in Y, ships ...", "X, founded by Y, ships"
            i = next((k - 1 for k in range(i - 1, max(i - 20, 1), -1) if doc[k].text == ","
                      and core(self.ment(doc[k - 1])) == "Organization"), -1)
        classes = AGENTS if own else ("Organization", "Place")
        if i > 0 and doc[i].lower_ == "and":  # "The plant employs 900 workers and ships calipers to Y"
            verb = doc[i].head.head if doc[i].head.dep_ in ("dobj", "attr") else doc[i].head
            i = next((c.i for c in verb.children if c.dep_ == "nsubj" and c.i < v.i), -1)
            classes = AGENTS
        subj = self.ment(doc[i]) if i >= 0 else None
        end = doc[i].idx + len(doc[i])
        if subj is None and i >= 0 and (short := self.short_org(doc[i])) is not None:
            subj, end = short, short.end  # "Foo ships ..." after "Foo Mining Co."
        if subj is None and i >= 0 and classes is AGENTS:  # "... a factory in X. The plant ... ships Y"
            subj = self.the_facility(doc[i])
            end = subj.end if subj is not None else end
        if pred == "produces" and not own and i >= 0 and doc[i].dep_ == "pobj":
            return  # "A yard run by X in Y District builds ...": not the place the yard is in
        if core(subj) not in classes or subj.end != end \
                or (subj.cls == "Country" and i == v.i - 1 and doc[v.i + 1].lower_ in ("to", "from")):
            return
        spans, first = [], v.i + 1
        while True:
            k = first
            while k < len(doc) and k - first <= 7 and not (doc[k].is_punct and doc[k].text != "-") \
                    and (doc[k].pos_ not in ("ADP", "SCONJ", "CCONJ") or doc[k].tag_ == "RP"):
                k += 1  # the tags around a misread verb are unreliable: read words up to 'to'
            if k >= len(doc) or k == first:
                return
            spans.append((first, k))
            if pred == "produces" and doc[k].lower_ in (",", "and") and len(spans) < 4:  # "builds X, Y and Z"
                first = k + 1 + (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and")
                continue
            if doc[k].lower_ not in ("to", "from", ".", ",", "for", "in"):
                return
            break
        if any(c.dep_ == "neg" or c.lower_ in MODALS or c.lower_ == "no" for c in doc[v.i - 2:spans[-1][1]]):
            return
        for first, k in spans:
            head = doc[k - 1]
            if not head.is_alpha or head.is_stop or any(x.like_num for x in doc[first:k]) \
                    or pred == "produces" and head.tag_ not in ("NNS", "NNPS"):  # "makes headway", "builds a case"
                continue
            start = first + (doc[first].lower_ in ("the", "a", "an", "its", "their"))
            span = doc[start:k]
            if not len(span) or span[0].is_stop:
                continue
            m = self.ment(head)
            if m is None or m.cls != "Product":
                if head.lemma_.lower() in ABSTRACT or self.ment(head) is not None:
                    continue
                key = (span.start_char, span.end_char)
                m = self.products.get(key) or self.facts.mention(span.text, "Product", *key)
                self.products[key] = m
            self.add(subj, pred, m, [v, head], 0.7)

    @staticmethod
    def material(o) -> bool:
        """'makes cement', 'makes hot-rolled coil': a bare mass noun, not 'makes progress', 'made a third'."""
        return o.tag_ == "NN" and not o.ent_type_ and o.lemma_.lower() not in ABSTRACT | SHARES \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)

    @staticmethod
    def misread_aux(v, lemma: str) -> bool:
        """'builds' of "X builds liquefied gas carriers", parsed as the auxiliary of a verb 'liquefied'."""
        return v.dep_ == "aux" and v.tag_ == "VBZ" and v.head.i == v.i + 1 and v.head.tag_ in ("VBN", "VBD") \
            and lemma in SUPPLY_VERBS | PRODUCE_VERBS | SOURCES

    @staticmethod
    def pairs(v, subjects: list, objects: list) -> list:
        """Every subject with every object, or in order when the clause says 'respectively'."""
        said = any(t.lower_ == "respectively" for t in v.subtree) or \
            any(t.lower_ == "respectively" and t.head.i == v.i for t in v.sent)
        if said and len(subjects) == len(objects) > 1:
            return list(zip(subjects, objects))
        return [(s, o) for s in subjects for o in objects]

    def verb_as_noun(self, v) -> bool:
        """'Ytown supplies tyres', tagged as the noun 'supplies' with 'Ytown' its compound."""
        if v.tag_ != "NNS" or v.i == 0:
            return False
        prev = self.doc[v.i - 1]
        return prev.head.i == v.i and prev.dep_ in ("compound", "nsubj", "nmod") \
            and core(self.ment(prev) or self.short_org(prev)) in AGENTS

    def verb(self, v, lemma: str) -> None:
        aux = None
        if self.misread_aux(v, lemma):  # "X builds liquefied gas carriers", 'builds' read as an auxiliary
            aux, v = v, v.head
            if not asserted(v):
                return
            self.prefix.update({o.i: v.i for o in v.children if o.dep_ == "dobj" and o.left_edge.i == v.i + 1})
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in v.children) or \
            (v.dep_ == "acl" and v.tag_ == "VBN") or \
            (v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "dobj") for c in v.children)
             and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children))  # "were supplied by X and made at Y"
        if passive:
            objs, subjs = self.passive(v)
        else:
            subjs, objs = self.subjects(v), self.objects(v)
            subjs = subjs or (self.subjects(aux) if aux is not None else [])
            subjs = subjs + [t for t in self.pobjs(v, ("through",)) if core(self.ment(t)) == "Organization"]  # "Through
            # its unit X, the group runs ...": X does too
        if lemma in SUPPLIES:
            if lemma == "sell":  # "sells modules to utilities", not "sold its stake", "sold the plant", "sold by a shop"
                retail = passive or not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in v.children)
                objs = [o for o in objs if o.lemma_.lower() not in NOT_SOLD | FACILITY_NOUNS and not retail]
            if objs and all(core(self.ment(o)) in AGENTS for o in objs):  # "provides Y with radiators"
                objs = [t for t in self.pobjs(v, ("with",)) if core(self.ment(t)) not in AGENTS]
            if passive and not subjs and objs:  # "Y are shipped from X's plant", "..., and Y are shipped in from X"
                subjs = self.pobjs(v, ("from",))
            srcs = [m for t in subjs for m in (self.sources(t) if passive else self.agents(t))]
            srcs = list({m.key_text: m for m in srcs}.values())  # each once, in order ("by A and B, respectively")
            if passive and not subjs and not srcs and objs:
                srcs = self.owner_supplier(v, objs[0])
            for s, o in self.pairs(v, srcs, objs):
                if o.i in self.counted:
                    continue  # "X supplied 7.2 million tonnes of fuel", "delivered 36 jets": a statistic
                if self.add(s, "supplies", self.product(o), [v, o], 0.85):
                    self.whole_of(v, o)
        elif lemma in SOURCES or lemma == "come":
            if passive or lemma == "come" or objs:  # "X buys steel from Y": Y supplies steel
                items = objs if passive or lemma != "come" else [x for t in subjs for x in self.examples(self.measured(t))]
                srcs = [m for t in self.pobjs(v, ("from",)) for m in self.sources(t)] or [
                    m for o in objs for t in self.pobjs(o, ("from",)) for m in self.sources(t)
                    if core(m) == "Organization"]  # "buys cells from X's pilot line", 'from' on the object
                for src in srcs:
                    for o in items:
                        if self.add(src, "supplies", self.product(o), [v, o], 0.75):
                            self.whole_of(v, o)
                for p in self.pobjs(v, ("from",))[1:]:  # "sources its cells from A and its motors from B"
                    if p.pos_ == "NOUN" and self.ment(p) is None and any(c.dep_ == "poss" for c in p.children):
                        for src in (m for t in self.pobjs(p, ("from",)) for m in self.sources(t)):
                            self.add(src, "supplies", self.product(p), [v, p], 0.7)
        elif lemma in PRODUCE_VERBS:
            placed = passive and not subjs
            if placed:  # "The tablets are made at a plant in X", "the screens are made in Ytown"
                where = self.pobjs(v, ("at", "in"))
                subjs = [t for t in where if core(self.ment(t)) == "Facility"] or \
                    [t for t in where if core(self.ment(t)) == "Place" and self.ment(t).cls != "Country"]
            for s in (m for t in subjs for m in self.agents(t)):
                for o in objs:
                    part = passive and (core(s) in ("Organization", "Facility") or placed) \
                        and o.lemma_.lower() not in FACILITY_NOUNS
                    if placed and core(s) == "Place" and (o.tag_ not in ("NNS", "NNPS") or any(
                            c.lower_ in ("a", "an") for c in o.children)):
                        continue  # "an SUV that is assembled in X": not what X makes
                    made_by = v.dep_ == "acl" and core(s) == "Organization" and o.tag_ == "NN" and not any(
                        c.dep_ in ("det", "poss") for c in o.children) and o.lemma_.lower() not in ABSTRACT  # "seasoning made by X"
                    if lemma in ("make", "build") and (core(s) == "Place" and not placed
                                                       or o.tag_ not in ("NNS", "NNPS") and not made_by
                                                       and not (lemma == "make" and self.material(o))):
                        if part and o.tag_ == "NN" and self.product(o) is not None:  # "the cabin is built by X":
                            self.parts.append((v.sent.start, s, self.product(o), [v, o]))  # if the passage has a whole
                            self.whole_of(v, o)
                        continue
                    if core(s) == "Place" and (o.i in self.counted or o.head.i in self.counted
                                               or any(c.dep_ == "nummod" or c.like_num for c in o.subtree)):
                        continue  # "Foo produced 2.35 million vehicles": a statistic
                    if self.add(s, "produces", self.product(o), [v, o], 0.8) and part:
                        self.parts.append((v.sent.start, None, self.product(o), [v, o]))
                        self.whole_of(v, o)  # "their bogies are made by X": what 'their' stands for
                    if not passive and core(s) == "Organization":  # "X makes Y at the Z plant": the plant makes Y
                        for at in self.pobjs(v, ("at",)) + self.pobjs(o, ("at",)):
                            if core(self.ment(at)) == "Facility" and self.ment(at).text[:1].isupper():  # a named one
                                self.add(self.ment(at), "produces", self.product(o), [v, o, at], 0.7)
        elif lemma in LAUNCH_VERBS:
            if lemma == "roll" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
                return
            objs = objs + [a for o in objs for a in o.children if a.dep_ == "appos"]
            named = [o for o in objs if self.named_product(self.ment(o))]
            objs = named or objs  # "introduced ZX-40, a low-dysprosium grade": the name, not the gloss
            for s in (m for t in subjs for m in self.agents(t, ORG)):
                for o in objs:
                    if o.lemma_.lower() in NOT_LAUNCHED:
                        continue
                    p = self.product(o)
                    ranged = o.dep_ == "pobj" and o.head.head.lemma_.lower() in RANGE_NOUNS  # "a line of X"
                    if p is not None and (p.text[:1].isupper() or o.lemma_.lower() in PRODUCT_CUES or ranged
                                          or any(c.dep_ == "compound" for c in o.children)):
                        self.add(s, "launched", p, [v, o], 0.85 if p.text[:1].isupper() else 0.7)
        elif lemma in OPERATES:
            objs = [o for o in objs if not any(c.lower_ in ("no", "any") for c in o.children)]  # "has no plant"
            if not passive:  # "operates a mill in X and a plant in Y", the plant read as joined to X
                near = ("in", "near", "at", "outside")  # "the X mine near Y and the Z smelter in W" too
                objs = objs + [c for o in objs for p in self.pobjs(v, near) + self.pobjs(o, near)
                               if core(self.ment(p)) in ("Place", None) for c in conjuncts(p)[1:]
                               if core(self.ment(c)) == "Facility" and c not in objs
                               and any(d.lower_ in ("a", "an", "the") for d in c.children)]
            facs = [(o, self.ment(o) or next((self.ment(c) for c in o.children if c.dep_ == "compound"
                                              and core(self.ment(c)) == "Facility"), None)
                     or (self.it_facility(o) if passive else None)) for o in objs]
            facs = [(o, m) for o, m in facs if m is not None and m.cls == "Facility"]  # "the X data center cluster"
            for s in (m for t in subjs for m in self.agents(t, ORG)):
                for o, m in facs:
                    self.add(s, "operates", m, [v, o], 0.8 if passive else 0.85)
            where = self.ment(v.head) if v.dep_ == "relcl" and any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in v.children) else None
            for o, m in facs:  # "Y Area, where X operates the Z plant": the plant is in Y
                if core(where) in ("Place", "Facility") and not passive and rank(m) < rank(where):  # or "Y Park, where"
                    self.add(m, "locatedIn", where, [v.head, v, o], 0.75)
            if not passive and v.dep_ not in ("acl", "relcl"):  # "X opened a plant in Y": the plant is in Y
                sites = [(o.i, m) for o in objs for m in [self.ment(o)] if m is not None and m.cls == "Facility"]
                for t in self.pobjs(v, ("in",)):  # the site named last before the 'in' ("In X, Y runs a plant": the plant)
                    site = max(((i, m) for i, m in sites if i < t.i), key=lambda x: x[0], default=(0, None))[1] \
                        if t.i > v.i else (sites[0][1] if len(sites) == 1 else None)
                    for y in self.agents(t, ("Place", "Facility")):
                        if site is not None and y is not site and rank(site) < rank(y):
                            self.add(site, "locatedIn", y, [v, self.token_of(y)], 0.75)
            if v.dep_ in ("acl", "relcl"):  # "a factory operated by X in Y", "a plant it runs in Y"
                fac = self.ment(v.head)
                if fac is not None and fac.cls == "Facility":
                    where = self.pobjs(v, ("in",)) + [p for a in subjs for p in self.pobjs(a, ("in",))
                                                      if v.dep_ == "acl" or passive]  # "which is run by X in Y"
                    for y in (m for t in where for m in self.agents(t, ("Place", "Facility"))):
                        if y is not fac and rank(fac) < rank(y):
                            self.add(fac, "locatedIn", y, [v.head, v, self.token_of(y)], 0.8)
        elif lemma in FOUND_VERBS:
            if v.tag_ == "VBN" and (not objs or passive):  # "the group" of "Founded by X, the group ..."
                founders = [t for t in subjs if self.agents(t, ("Person", "Organization"))]
                subjs = founders or [b for b in self.pobjs(v, ("by",)) if core(self.ment(b)) == "Person"] or \
                    [x for c in v.children if c.dep_ == "agent" for x in list(c.subtree)[:4]
                     if core(self.ment(x)) == "Person"][:1]  # "by engineer X", misparsed
                objs = objs or self.founded_thing(v)
            for s in (m for t in subjs for m in self.agents(t, ("Person", "Organization"))):
                for o in objs:  # a person, or a body that sets up another ("set up by A and B")
                    for m in self.agents(o, ORG)[:1]:  # "The biggest, X, was founded by P": X
                        self.add(s, "founded", m, [v, o], 0.85)
                    site = self.ment(o)  # "X set up a battery plant in Y": X runs it
                    if core(s) == "Organization" and not passive and site is not None and site.cls == "Facility":
                        self.add(s, "operates", site, [v, o], 0.75)
        elif lemma in LOCATE_VERBS and (v.tag_ == "VBN" or v.dep_ == "conj" and v.head.tag_ == "VBN"):
            holders = objs or ([v.head] if v.dep_ in ("acl", "amod") else [])
            classes = AGENTS
            first = v
            while not holders and first.dep_ == "conj" and first.head.tag_ == "VBN":
                first = first.head  # "X, a firm founded in 2001 and based in Y"
                if first.dep_ in ("acl", "amod"):
                    head = first.head
                    holders = [head.head if head.dep_ == "appos" and self.ment(head) is None else head]
            if not holders and first.dep_ in ("advcl", "prep") and first.i < first.head.i:  # "Headquartered in X, the
                holders = [c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # firm ...", "Founded
                classes = ("Organization", "Facility")  # in 2001 and based in X, the firm": not 'Y' of "in X, Y, the firm"
            wheres = [v.head] if v.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                                           for c in v.children) else []
            if wheres:  # "Y, where X is located": X is in Y
                holders = [self.appos_name(c) for c in v.children if c.dep_ == "nsubjpass"]
            for x in (m for t in holders for m in self.agents(t, classes)):
                for y in (m for t in self.pobjs(v, ("in", "at")) + wheres
                          for m in self.agents(self.area_of(t), ("Place", "Facility"))):
                    if lemma in ("headquarter", "base") and core(x) == "Organization":
                        self.add(x, "headquarteredIn", y, [v, self.token_of(y)], 0.8)
                    elif core(x) != "Organization" and rank(x) < rank(y) or \
                            lemma in ("locate", "situate") and core(x) == "Organization" and core(y) == "Place":
                        self.add(x, "locatedIn", y, [v, self.token_of(y)], 0.8)
