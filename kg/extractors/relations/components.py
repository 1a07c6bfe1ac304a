"""What supplies are part of: the product a supply goes into ("supplies X for P", "P's X", "its X" after P), "Y
uses it in truck tyres", "a phone whose screen is made in Y", "the parts go into P", "glass for P" and "each
unit carries eight sensors from Y".
"""
from __future__ import annotations

from collections import Counter

from ...model import Mention
from ..common import asserted
from ..lexicon import COMPONENT_NOUNS, CONTAIN_VERBS, FACILITY_NOUNS, PRODUCE_VERBS, PRODUCT_CUES, UNIT_WORDS
from .words import AGENTS, conjuncts, CONSUMED, core, NOT_PARTS, ORG, VERBS, WHOLE_CUES


PART_WORDS = COMPONENT_NOUNS | WHOLE_CUES  # nouns naming the parts of a whole ("components", "systems")
NOT_PART_WORDS = NOT_PARTS | CONSUMED  # prices, orders, fuel: no parts


class ComponentsMixin:
    """The Reader's methods for components (see the module docstring)."""

    def whole_of(self, v, o) -> None:
        """The product a supply goes into: 'supplies X for P', 'P's X', 'its X' after P was named."""
        via = [self.via[o.i]] if o.i in self.via else []
        for p in [p for t in [v, o, *via] for p in self.pobjs(t, ("for",))]:
            if p.lemma_.lower() == "use":  # "for use in its ZX-3 scanner"
                p = next(iter(self.pobjs(p, ("in", "on"))), p)
            whole = self.product(p)
            owned = any(c.dep_ == "poss" for c in p.children)
            if whole is not None and not owned and any(c.dep_ == "det" and c.lower_ == "the" for c in p.children):
                lo = self.sents.upto(p, 3)[0].start_char  # "... for the trains": the trains named just before
                named = [m for m in self.facts.mentions if m.cls == "Product" and lo <= m.start < p.sent.start_char
                         and m.key_text.lower().split()[-1] == p.lower_]
                whole = max(named, key=lambda m: m.start) if named else whole
                owned = bool(named)
            kind = self.bare_kind(p)  # "for drones"
            if whole is not None and (whole.key_text[:1].isupper() or owned or kind):
                self.wholes.setdefault(v.sent.start, whole)  # "for the X9", "for its scanners", "for drones"
        for p in self.pobjs(o, ("of",)):  # "the main engine of the X9"
            if self.named_product(self.ment(p)):
                self.wholes.setdefault(v.sent.start, self.ment(p))
            elif self.ment(p) is None and p.pos_ == "NOUN" and p.lemma_.lower() not in NOT_PART_WORDS and (
                    self.product_kind(p) or any(c.lower_ in ("its", "their") for c in p.children)):
                self.add(self.product(o), "componentOf", self.product(p), [o, p], 0.65)  # "the displays of its handheld scanners"
        for c in (c for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"):  # "the truck's tanks"
            whole = self.ment(c)
            if whole is not None and whole.cls == "Product" and not self.named_product(whole):
                whole = self.possessor_product(c) or whole  # "the drone's chips": the drone named before
            if whole is None or whole.cls != "Product":
                lo = self.sents.upto(o, 2)[0]
                named = [m for m in self.facts.mentions if m.cls == "Product" and lo.start_char <= m.start < c.idx
                         and m.key_text.lower().endswith(c.lemma_.lower())]
                whole = max(named, key=lambda m: m.start) if named else self.possessor_product(c)
            if whole is not None:
                self.wholes.setdefault(v.sent.start, whole)
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children):
            lo = self.sents.upto(o, 2)[0].start_char
            named = [m for m in self.facts.mentions if m.cls == "Product" and self.proper(m)
                     and lo <= m.start < o.idx]
            if not named and any(c.lower_ == "their" for c in o.children):  # "X assembles drones. Their motors"
                named = [m for m in self.facts.mentions if m.cls == "Product" and lo <= m.start < o.sent.start_char
                         and (t := self.token_of(m)) is not None and t.tag_ == "NNS" and t.dep_ == "dobj"]
                named = named or [w for w in [self.their_whole(o)] if w is not None]
            if not named and o.dep_ == "nsubjpass" and any(c.lower_ == "its" for c in o.children) \
                    and (focus := self.focus_product()) is not None:
                named = [focus]  # "Its cameras are supplied by X": the product the story is about
            if named:
                self.wholes.setdefault(v.sent.start, max(named, key=lambda m: m.start))

    def product_kind(self, tok) -> bool:
        """A common noun naming a kind of product ('electric vehicles', 'drones'), no firm, place or site."""
        word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_.removesuffix("s")  # "SUVs"
        return tok.pos_ in ("NOUN", "PROPN") and word in PRODUCT_CUES and core(self.ment(tok)) in (None, "Product") \
            and self.product(tok) is not None

    def bare_kind(self, tok) -> bool:
        """A kind of product named without 'the' ('for drones', not 'for the drones' named before)."""
        return self.product_kind(tok) and not any(c.lower_ == "the" for c in tok.children)

    def their_whole(self, o) -> Mention | None:
        """What 'their' of 'their engines' stands for: the nearest plural thing made before it, in this
        sentence or the one before ("Tractors made by X ..., and their axles", "The ferries will be
        assembled at Y. Their engines"): a noun made or built, or a kind of product; not a firm or place."""
        sents = self.sents.upto(o, 2)
        for t in reversed([t for s in sents for t in s if t.i < o.i]):
            if t.tag_ != "NNS" or t.pos_ != "NOUN" or self.ment(t) is not None and self.ment(t).cls != "Product" \
                    or t.lemma_.lower() in NOT_PART_WORDS:
                continue
            made = t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in PRODUCE_VERBS \
                or any(c.dep_ == "acl" and c.lemma_.lower() in PRODUCE_VERBS for c in t.children)
            if made or t.lemma_.lower() in PRODUCT_CUES:
                return self.product(t)
        return None

    def components(self) -> None:
        """What a sentence supplies is part of the product it names as a whole ('for P', 'its'), and
        'P's components are sourced from ...' names the whole for this and the next sentence."""
        sents = self.sents.list
        for i, sent in enumerate(sents):
            for t in sent:
                if t.lemma_.lower() not in PART_WORDS:
                    continue
                whole = [self.ment(c) if core(self.ment(c)) == "Product" else self.possessor_product(c)
                         for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                whole += [self.ment(p) for p in self.pobjs(t, ("of", "for"))]
                whole = [w for w in whole if w is not None and w.cls == "Product"]
                if whole:
                    self.wholes.setdefault(sent.start, whole[0])
                    end = self.text.find("\n", sent.end_char)  # this sentence and the rest of its paragraph
                    for nxt in sents[i + 1:]:
                        if end >= 0 and nxt.start_char > end:
                            break
                        self.wholes.setdefault(nxt.start, whole[0])
            prev = sents[i - 1].start if i > 0 else None
            for t in sent:
                self.component_noun(t)
                self.fitted_from(t)
                self.used_as_part(t)
                self.used_in(t, sent.start)
                self.whose_parts(t)
                self.goes_into(t, sent.start, prev)
                self.made_for(t, sent.start)
                self.contains(t, sent.start)
        for start, item, toks in list(self.supplied):
            whole = self.wholes.get(start)
            if whole is not None and item.key_text.split()[-1].lower() not in CONSUMED:
                self.add(item, "componentOf", whole, toks, 0.7)
        for start, maker, item, toks in self.parts:  # "..., while the cabin is built by X": in a passage about P's parts
            whole = self.wholes.get(start)
            if whole is not None and item is not whole and item.key_text.split()[-1].lower() not in CONSUMED:
                if maker is not None:
                    self.add(maker, "produces", item, toks, 0.7)
                self.add(item, "componentOf", whole, toks, 0.7)

    def component_noun(self, t) -> None:
        """'X, a key component of Y', 'X is one of the main parts of Y': X is part of Y (both products)."""
        if t.lemma_.lower() not in COMPONENT_NOUNS or t.pos_ != "NOUN":
            return
        one_of = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one"
        top = t.head.head if one_of else t
        if top.dep_ == "appos":
            items = [top.head]
        elif top.dep_ == "attr" and top.head.lemma_ == "be" and asserted(top.head):
            items = [c for c in top.head.children if c.dep_ == "nsubj"]
        else:
            return
        items = [x for i in items for x in conjuncts(i) if x.pos_ in ("NOUN", "PROPN")]
        for p in self.pobjs(t, ("of", "in")):
            known = self.product_kind(p) or core(self.ment(p)) == "Product" or any(  # not "a test, part of a race"
                core(self.ment(x)) == "Product" for x in items)
            whole = self.product(p) if p.lemma_.lower() not in NOT_PART_WORDS and known else None
            for item in (self.product(x) for x in items):
                if item is not None and whole is not None and item is not whole:
                    self.add(item, "componentOf", whole, [t, p], 0.7)

    def used_in(self, v, start: int) -> None:
        """'Y, which uses it in truck tyres', 'X uses the steel in its boilers': the item is part of them."""
        if v.lemma_.lower() != "use" or v.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) \
                or not asserted(v):
            return
        for o in (c for c in v.children if c.dep_ == "dobj"):
            if o.lower_ in ("it", "them"):  # what the sentence supplies
                items = [m for s, m, _ in self.supplied if s == start and self.token_of(m) is not None
                         and self.token_of(m).i < o.i][-1:]
            else:
                items = [self.product(o)] if o.pos_ == "NOUN" else []
            for w in self.pobjs(v, ("in", "into")) + self.pobjs(o, ("in", "into")):  # the 'in' may hang on the item
                if w.lemma_.lower() in FACILITY_NOUNS or w.lemma_.lower() in NOT_PARTS or core(self.ment(w)) not in ("Product", None):
                    continue
                whole = self.product(w)
                for item in items:
                    if item is not None and whole is not None and item is not whole:
                        self.add(item, "componentOf", whole, [v, w], 0.65)

    def whose_parts(self, t) -> None:
        """'the X1, a phone whose screen and battery are made in Y': the screen and battery are parts of it."""
        v = t.head.head
        if t.lower_ != "whose" or t.head.dep_ not in ("nsubj", "nsubjpass") or t.head.head.dep_ != "relcl" \
                or not (v.lemma_.lower() in VERBS or any(c.dep_ == "auxpass" for c in v.children)) or not asserted(v):
            return
        whole = self.ment(v.head) or (self.ment(v.head.head) if v.head.dep_ in ("appos", "pobj") else None)
        if not self.named_product(whole):  # "the X1, a phone for kids whose ...": X1
            top = v.head
            while top.dep_ in ("appos", "pobj", "prep") and top.head.i != top.i:
                top = top.head
                if self.named_product(self.ment(top)):
                    whole = self.ment(top)
                    break
        if not self.named_product(whole):
            return
        for part in conjuncts(t.head):
            item = self.product(part)
            if item is not None and item is not whole and part.lemma_.lower() not in NOT_PARTS:
                self.add(item, "componentOf", whole, [part, v], 0.7)

    def goes_into(self, v, start: int, prev: int | None) -> None:
        """'The parts go into the Vela 3', 'These components are used in the Vela 3': the whole for what
        this and the previous sentence supply."""
        lemma = v.lemma_.lower()
        if not (lemma in ("go", "feed") and v.pos_ == "VERB" or lemma in ("use", "fit", "install")
                and any(c.dep_ == "auxpass" for c in v.children)) or not asserted(v):
            return
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return
        if not (subj[0].lemma_.lower() in COMPONENT_NOUNS or subj[0].lower_ in ("they", "these")):
            for p in self.pobjs(v, ("into", "in", "to")):  # "Its bearings are used in the HW-9 turbine", "go into pickups"
                whole, items = self.ment(p), [self.product(t) for t in conjuncts(subj[0])
                                              if t.lemma_.lower() not in NOT_PART_WORDS]
                whole = self.product(p) if whole is None and self.product_kind(p) else whole
                for item in (i for i in items if i is not None and i is not whole
                             and (self.named_product(whole) or whole is not None and self.product_kind(p))):
                    self.add(item, "componentOf", whole, [subj[0], v, p], 0.65)
            return
        for p in self.pobjs(v, ("into", "in", "to")):
            whole = self.ment(p)
            if self.named_product(whole):
                self.wholes.setdefault(start, whole)
                if prev is not None:
                    self.wholes.setdefault(prev, whole)
                return

    def focus_product(self) -> Mention | None:
        """The named product a story is about: the one launched, else the one named most often (twice or more)."""
        launched = [r.object for r in self.facts.relations if r.predicate == "launched" and self.named_product(r.object)]
        if launched:
            return launched[0]
        named = [m for m in self.facts.mentions if self.named_product(m) and self.proper(m)]
        counts = Counter(m.key_text for m in named)
        top = max(named, key=lambda m: counts[m.key_text], default=None)
        return top if top is not None and counts[top.key_text] > 1 else None

    def possessor_product(self, c) -> Mention | None:
        """The named product a possessor stands for when it is no mention of its own: a short form
        ("the T5's parts" after "the Tiandi T5") or a definite kind ("the SUV's chips", "the phone's")."""
        named = [m for m in self.facts.mentions if m.cls == "Product" and self.proper(m) and m.end <= c.idx]
        if not named:
            return None
        short = [m for m in named if m.key_text.lower().split()[-1] == c.text.lower() and m.key_text != c.text]
        if short:
            return max(short, key=lambda m: m.start)
        definite = any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)
        if definite and c.lemma_.lower() in PRODUCT_CUES | UNIT_WORDS:
            return max(named, key=lambda m: m.start)
        return None

    def proper(self, m: Mention) -> bool:
        """A capitalised name, not a common noun capitalised at the start of a sentence."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return m.text[:1].isupper() and span is not None and (span[0].i != span[0].sent.start or span[0].pos_ == "PROPN")

    @staticmethod
    def named_product(m: Mention | None) -> bool:
        """A product with a name of its own (or a description of one), not just 'hulls'."""
        return m is not None and m.cls == "Product" and m.key_text[:1].isupper()

    def made_for(self, t, start: int) -> None:
        """'Leather for the bags is tanned at X', 'Y supplies glass for the Vela 3': the item supplied
        or worked is part of the named product, as is what else the sentence supplies."""
        v = t.head
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() in NOT_PARTS:
            return
        worked = t.dep_ == "nsubjpass" and any(c.dep_ in ("prep", "agent") and c.lower_ in ("at", "in", "by", "from")
                                               for c in v.children)
        if v.lemma_.lower() not in VERBS and not worked:
            return
        wholes = [m for p in self.pobjs(t, ("for",)) for m in [self.ment(p)] if self.named_product(m)]
        if not wholes or not asserted(t.head):
            return
        item = self.product(t)
        if item is not None and self.add(item, "componentOf", wholes[0], [t, t.head], 0.7):
            self.wholes.setdefault(start, wholes[0])

    def contains(self, v, start: int) -> None:
        """'Each unit carries eight sensors from Y': the sensors are part of the product just named, and
        Y supplies them."""
        if v.lemma_.lower() not in CONTAIN_VERBS or v.pos_ != "VERB" or not asserted(v):
            return
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return
        whole = self.ment(subj)
        if whole is None and subj.lemma_.lower() in UNIT_WORDS:  # "each unit": the model named last
            lo = self.sents.upto(subj, 2)[0].start_char
            named = [m for m in self.facts.mentions if m.cls == "Product" and m.text[:1].isupper()
                     and lo <= m.start < subj.idx]
            whole = max(named, key=lambda m: m.start) if named else None
        if whole is None and self.product_kind(subj):  # "the turbines use blades from X"
            whole = self.product(subj)
        if not self.named_product(whole) and not (whole is not None and self.product_kind(subj)):
            return
        self.wholes.setdefault(start, whole)  # "each phone contains a module made by X": what X makes is part of it
        objs = [t for c in v.children if c.dep_ == "dobj" for t in conjuncts(c)]
        pairs = self.from_pairs(v, objs)
        for o in dict.fromkeys(objs + [o for o, _ in pairs]):
            item = self.product(o)
            if item is None or item is whole or o.lemma_.lower() in NOT_PART_WORDS:
                continue
            self.add(item, "componentOf", whole, [v, o], 0.7)
            for src in (m for x, m in pairs if x is o and core(m) == "Organization"):
                self.add(src, "supplies", item, [v, o], 0.75)

    def from_pairs(self, v, objs: list) -> list:
        """(item, source) for 'uses A from X and B from Y', where the parse hangs B on X and 'from Y' on the
        verb: each 'from' belongs to the item just before it."""
        items = list(objs) + [c for o in objs for p in self.pobjs(o, ("from",)) for c in conjuncts(p)[1:]
                              if c.pos_ == "NOUN" and core(self.ment(c)) not in AGENTS]
        froms = sorted((c for t in [v, *items] for c in t.children if c.dep_ == "prep" and c.lower_ == "from"),
                       key=lambda f: f.i)
        out = []
        for f in froms:
            before = [o for o in items if o.i < f.i]
            if not before:
                continue
            item = max(before, key=lambda o: o.i)
            for p in (p for p in f.children if p.dep_ == "pobj"):
                out += [(item, m) for x in conjuncts(p) if x not in items for m in self.agents(x, ("Organization", "Place"))]
        return out

    def used_as_part(self, v) -> None:
        """'chips used in smartphones', 'sensors fitted to the X9': the item is part of the product."""
        if v.lemma_.lower() not in ("use", "fit", "install") or v.dep_ != "acl" or v.tag_ != "VBN" \
                or v.head.pos_ != "NOUN" or v.head.lemma_.lower() in NOT_PART_WORDS:
            return
        for p in self.pobjs(v, ("in", "into", "on", "to")):
            whole = self.ment(p) if self.named_product(self.ment(p)) else \
                self.product(p) if self.bare_kind(p) else None
            item = self.product(v.head)
            if whole is not None and item is not None and item is not whole:
                self.add(item, "componentOf", whole, [v.head, v, p], 0.65)

    def fitted_from(self, t) -> None:
        """'uses chips from X', 'with seats from X', 'powered by a battery pack from X': X supplies the item
        a product is fitted with."""
        slot = t.head.lemma_.lower() in CONTAIN_VERBS | {"fit", "equip", "install"} and t.dep_ == "dobj" \
            or t.dep_ == "pobj" and t.head.lower_ == "with" \
            or t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in ("power", "drive")
        if t.pos_ != "NOUN" or not slot or t.lemma_.lower() in NOT_PART_WORDS or not asserted(t.head if t.dep_ == "dobj" else t.head.head):
            return
        for x, src in self.from_pairs(t.head, conjuncts(t)):
            item = self.product(x)
            if item is not None:
                self.add(src, "supplies", item, [t.head, x], 0.7)
