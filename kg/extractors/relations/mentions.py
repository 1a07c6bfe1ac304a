"""Mentions a relation can join: the mention at a token, a product a noun names (made a mention if it is not one
yet, with its name's start over compounds), kinds of generic heads, and the agents (organisations, places,
facilities) a token stands for.
"""
from __future__ import annotations

from ...model import Mention
from ..common import mention_of
from ..lexicon import ABSTRACT, known_place, UNIT_NOUNS
from .words import (AGENTS, CATEGORY_NOUNS, classifying, conjuncts, core, GENERIC_PRODUCTS, JUDGEMENTS,
    NOT_CLASSIFYING, NOT_PRODUCT_ENTS, WRITINGS)


class MentionsMixin:
    """The Reader's methods for mentions (see the module docstring)."""

    # -- mentions ---------------------------------------------------------------
    def ment(self, tok) -> Mention | None:
        return mention_of(self.facts, tok) if tok is not None else None

    def product(self, tok) -> Mention | None:
        """The Product a noun names, made a mention if it is not one yet ('brake pads')."""
        m = self.ment(tok)
        if m is not None:
            return m if m.cls == "Product" else None
        if tok.dep_ == "appos" and core(self.ment(tok.head)) == "Product":  # "the X3, a smartphone"
            return self.ment(tok.head)
        if tok.pos_ == "PROPN":  # "The Z3 is assembled at ...": the short form of the Foo Z3 named before
            named = [m for m in self.facts.mentions if m.cls == "Product" and m.end <= tok.idx
                     and m.key_text.split()[-1] == tok.text and m.key_text != tok.text]
            if named:
                return max(named, key=lambda m: m.start)
        todo = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "nummod")
                and c.i >= self.prefix.get(tok.i, 0)]  # not the first of "palm oil and coconut oil"
        while todo:  # "its Vela 3 Pro EV", "the RX-2 AI camera": the model name inside
            c = todo.pop()
            if core(self.ment(c)) == "Product":
                return self.ment(c)
            todo += [x for x in c.children if x.dep_ == "compound"]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.like_num or tok.ent_type_ in NOT_PRODUCT_ENTS:
            return None
        if (tok.lemma_.lower() in ABSTRACT or tok.lower_ in ABSTRACT) and not self.kind_of(tok) or len(tok.text) < 3 \
                or tok.lemma_.lower() in WRITINGS:
            return None
        span = self.doc[self.name_start(tok):tok.i + 1]
        key = (span.start_char, span.end_char)
        if key not in self.products:
            self.products[key] = self.facts.mention(span.text, "Product", *key)
        return self.products[key]

    def kind_of(self, tok) -> bool:
        """A generic head named by a concrete noun ('servo systems', 'brake components')."""
        return tok.lemma_.lower() in GENERIC_PRODUCTS and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha and c.lemma_.lower() not in ABSTRACT
            and c.lower_ not in ABSTRACT and self.ment(c) is None for c in tok.children)

    def name_start(self, tok) -> int:
        """Where a product's name starts: its compounds ('wind turbine', 'liquefied natural gas
        carriers'), not the head's adjectives or measures ('onshore', '10-megawatt'), except for
        generic heads ('active pharmaceutical ingredients')."""
        if tok.i in self.prefix:
            return self.prefix[tok.i]
        keep, start = {tok.i}, tok.i
        generic = tok.lemma_.lower() in GENERIC_PRODUCTS
        mass = tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in tok.children)
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            x = self.doc[i]
            if x.head.i not in keep or x.like_num or self.ment(x) is not None and not self.acronym(x) \
                    or x.lemma_.lower() in CATEGORY_NOUNS and not generic \
                    or i >= 2 and self.doc[i - 1].text == "-" and self.doc[i - 2].like_num \
                    or self.doc[i - 1].text[:1].isdigit() and self.measure(x):  # "a 12-metre bus", "a 50 MWh system"
                break
            glued = i >= 2 and self.doc[i - 1].text == "-" and not self.doc[i - 1].whitespace_ \
                and not self.doc[i - 2].whitespace_ and (self.doc[i - 2].pos_ in ("NOUN", "PROPN") or mass) \
                and not self.doc[i - 2].like_num  # "liquid-cooling plates", "air-conditioning units", "hot-rolled coil"
            before_hyphen = (x.pos_ in ("NOUN", "PROPN") or mass and x.pos_ in ("ADV", "ADJ")) \
                and self.doc[i + 1].text == "-" and not x.whitespace_  # "liquid-cooled", "5G-controlled"
            inside = x.dep_ == "amod" and x.head.i == tok.i and i > tok.sent.start \
                and self.within(self.doc[i - 1], tok)  # "pine essential oil", "valve spring assemblies"
            stuff = mass and x.dep_ == "amod" and x.tag_ in ("JJ", "VBN") and x.lower_ not in NOT_CLASSIFYING \
                and x.lower_ not in JUDGEMENTS  # "frozen durian pulp", "cold-pressed oil": what kind of stuff
            if x.dep_ == "compound" or before_hyphen or inside or stuff or (x.dep_ in ("amod", "nmod") and (x.head.i != tok.i or generic or glued
                                                                         or x.pos_ in ("NOUN", "PROPN")
                                                                         or classifying(x))) \
                    or (x.text == "-" and not x.whitespace_ and i > 0 and not self.doc[i - 1].whitespace_):
                keep.add(i)
                start = i
            else:
                break
        while start < tok.i and self.doc[start].is_punct:
            start += 1
        return self.past_measure(start, tok.i)

    def past_measure(self, start: int, head: int) -> int:
        """A name does not start inside a hyphenated measure ('the 12,500-cubic-meter tankers': 'tankers')."""
        doc, j = self.doc, start
        while j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_:
            j -= 2
        if j == start or not any(doc[k].like_num for k in range(j, start)):
            return start
        end = start
        while end < head and not doc[end].whitespace_:
            end += 1
        return min(end + 1, head)

    @staticmethod
    def acronym(x) -> bool:
        """'AI' of 'AI inference chips', which NER may take for a place: a short capitals modifier, no place."""
        return x.dep_ == "compound" and x.text.isupper() and x.is_alpha and len(x.text) <= 3 and not known_place(x.text)

    def within(self, w, tok) -> bool:
        """A noun modifying the head before an adjective that modifies it too: the adjective is inside the name."""
        return w.head.i == tok.i and w.dep_ in ("compound", "nmod", "amod") and w.is_alpha and w.is_lower \
            and self.ment(w) is None and (w.pos_ == "NOUN" or w.pos_ == "VERB" and not w.lower_.endswith(("ed", "ing")))

    @staticmethod
    def measure(x) -> bool:
        """A unit after a number: 'MWh', 'kW', 'tonne' (not the 'rotor' of '3 rotor blades')."""
        return x.lemma_.lower() in UNIT_NOUNS or len(x.text) <= 4 and x.is_alpha and not x.is_lower

    def agents(self, tok, classes=AGENTS) -> list[Mention]:
        out = []
        toks = conjuncts(tok)
        toks += [x for t in toks for c in t.children if c.dep_ in ("nmod", "compound") and c.i < t.i
                 and any(k.dep_ == "conj" for k in c.children) and self.ment(c) is not self.ment(t)
                 for x in conjuncts(c) if self.ment(x) is not self.ment(t)]
        for t in toks:  # "by A and B University", "in A, B and C counties": A (and B) read as modifiers
            m = self.ment(t)
            if m is None and t.dep_ == "appos":  # "Songling Power, a battery maker based in ..."
                m = self.ment(t.head)
            if m is None:  # "by his father, Han Foo-jin", "Her grandfather, engineer X, ..."
                m = next((self.ment(x) for a in t.children if a.dep_ == "appos" for x in self.head_words(a)
                          if core(self.ment(x)) in ("Person", "Organization")), None)
            if m is None:  # "to X, a retailer based in Y", the description read as the verb's object: X
                m = self.misread_appos(t)
            if m is None:  # "Foo provides servers" after "Foo Computing": the short form of a firm named before
                m = self.short_org(t)
            if m is None and self.bare(t):  # "The plant ...": the one facility named the sentence before
                m = self.the_facility(t)
            if m is None:  # "Both campuses ...", "The two plants ...": those the sentence before names
                out += [f for f in self.the_facilities(t) if core(f) in classes]
            if m is None and t.lemma_.lower() in ("venture", "consortium"):  # "by a joint venture between A and B"
                out += [x for p in self.pobjs(t, ("between", "of")) for x in self.agents(p, classes)]
            if m is not None and core(m) in classes:
                out.append(m)
        return out

    def misread_appos(self, tok) -> Mention | None:
        """The organisation right before ', a ...' that a description no parse joined to it stands for
        ('to X, a Swedish retailer headquartered in Y', with 'retailer' read as the verb's object)."""
        first = tok.left_edge.i
        if tok.dep_ == "appos" or tok.pos_ != "NOUN" or self.ment(tok) is not None or first < 2 \
                or self.doc[first].lower_ not in ("a", "an") or self.doc[first - 1].text != ",":
            return None
        prev = self.doc[first - 2]
        m = self.ment(prev)
        return m if core(m) == "Organization" and m.end == prev.idx + len(prev) else None

    def short_org(self, tok) -> Mention | None:
        """A capitalised word no mention covers that is the first word of one organisation named before
        ('Foo' after 'Foo Computing Co.' or 'PT Foo Mining'), standing alone (not part of a longer name)."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if not tok.is_alpha or not tok.text[:1].isupper() or len(tok.text) < 3 or tok.is_stop \
                or nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha \
                or tok.i > 0 and self.doc[tok.i - 1].text[:1].isupper() and tok.i - 1 != tok.sent.start:
            return None
        named = {m.key_text: m for m in self.short_names().get(tok.text, ()) if m.end <= tok.idx}
        return next(iter(named.values())) if len(named) == 1 else None

    def short_names(self) -> dict[str, list[Mention]]:
        """The organisations of several words by the word a short form takes (the first, or the second
        after an acronym of up to three capitals), in text order; read once: relations add no organisation."""
        if self.orgs_by_word is None:
            self.orgs_by_word = {}
            for m in (m for m in self.facts.mentions if core(m) == "Organization"):
                words = m.key_text.split()
                if len(words) > 1:
                    short = {words[0]} | ({words[1]} if words[0].isupper() and len(words[0]) <= 3 else set())
                    for w in short:
                        self.orgs_by_word.setdefault(w, []).append(m)
        return self.orgs_by_word

    def token_of(self, m: Mention):
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span[-1] if span is not None and len(span) else None
