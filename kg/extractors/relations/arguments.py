"""A verb's arguments and the relation they give: subjects and objects over coordination, relative clauses,
pronouns for the last sentence's subject, passive patients and agents, names in apposition, the goods of
measured amounts ("20,000 tonnes of hydrogen") and where things come from; ``add`` records one relation with
its evidence.
"""
from __future__ import annotations

from ...model import Mention, Relation
from ..common import covering, evidence, focus_org
from ..lexicon import COMPONENT_NOUNS, DESIGNATIONS, FACILITY_NOUNS, OPERATE_VERBS, UNIT_NOUNS
from .words import (AGENTS, AREA_WORDS, COMPASS, conjuncts, core, GENERIC_PRODUCTS, NAME, ORG, QUANTIFIERS, RANGE_NOUNS,
    SHARES, TRADE_NOUNS)


class ArgumentsMixin:
    """The Reader's methods for arguments (see the module docstring)."""

    # -- relations --------------------------------------------------------------
    def add(self, s: Mention | None, pred: str, o: Mention | None, tokens, conf: float) -> bool:
        if s is None or o is None or s is o or s.key_text == o.key_text:
            return False
        key = (s.key_text.lower(), pred, o.key_text.lower())
        if key in self.seen:
            return False
        self.seen.add(key)
        tokens = [t for t in tokens if t is not None]
        span = covering(self.doc, *tokens)
        self.facts.relations.append(Relation(s, pred, o, evidence(self.facts, span, NAME, conf)))
        if pred == "supplies":
            self.supplied.append((span.sent.start, o, tokens))
        return True

    def subjects(self, verb) -> list:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and subj[0].i == subj[0].sent.start and subj[0].text.isupper() and len(subj[0].text) > 2:
            subj = self.after_dateline(subj[0], verb) or subj
        if verb.pos_ == "NOUN":
            return [self.doc[verb.i - 1]]
        if not subj and verb.dep_ == "conj":
            prev = self.doc[verb.i - 1] if verb.i > 0 else verb
            if prev.pos_ in ("PROPN", "NOUN") and prev.head.i != verb.head.i:
                return [prev]  # "A supplies x and B provides y", parsed with B as an object
            passive = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            return passive or self.subjects(verb.head)  # "X is based in Y and supplies Z"
        if subj and subj[0].lower_ in ("it", "they"):
            if subj[0].i == subj[0].sent.start:
                prev = self.previous_subject(subj[0])
                if prev is not None:
                    return [prev]
                org = focus_org(self.facts, subj[0])
                return [self.token_of(org)] if org is not None else []
            # "X has set up a lab with Y, and it delivered ...": the subject of the sentence, else the
            # organisation it last names ("at a plant it runs")
            root = subj[0].sent.root
            clauses = [root] + [c for c in root.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i < subj[0].i]
            main = [c for k in clauses for c in k.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj[0].i
                    and core(self.ment(c)) == "Organization"]  # "X is based in Y; in May it launched Z" too
            if main:
                return main[:1]
            if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and core(self.ment(c)) != "Organization"
                   and c.i < subj[0].i for c in root.children):
                return []  # "Rio Tinto owns a mine, where it ...": a name we did not read, not the firm before
            org = self.latest_org(subj[0]) or focus_org(self.facts, subj[0])  # "In May, it rolled out ..."
            return [self.token_of(org)] if org is not None else []
        if verb.dep_ == "relcl" and (not subj or subj[0].tag_ in ("WDT", "WP")):
            return [self.antecedent(verb.head)]
        if not subj and verb.i > 0 and self.doc[verb.i - 1].dep_ == "compound" and self.doc[verb.i - 1].head.i == verb.i \
                and self.doc[verb.i - 1].pos_ == "NOUN" and verb.pos_ == "VERB":
            return [self.doc[verb.i - 1]]  # "The mine supplies ...", with 'mine' read as a modifier of the verb
        if not subj and not any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in verb.children) and verb.i > 0:
            prev = self.doc[verb.i - 1]  # "In X, the capital of Y, Z runs ...", Z misparsed as a conjunct
            m = self.ment(prev)
            if m is not None and core(m) == "Organization" and m.end == prev.idx + len(prev):
                return [prev]
        return subj

    def after_dateline(self, first, verb) -> list:
        """'FOOTOWN, Sept. 16 (Xinhua) -- X, a drone maker ..., on Monday launched': the dateline's place was
        read as the subject; the subject is the noun phrase after the dash."""
        dash = [t for t in self.doc[first.i:verb.i] if t.text in ("--", "—", "-") and t.i - first.i < 12]
        if not dash:
            return []
        k = dash[-1].i + 1
        chunk = next((c for c in self.doc.noun_chunks if c.start in (k, k + 1) and c.end <= verb.i), None)
        return [chunk.root] if chunk is not None else []

    def previous_subject(self, pron):
        """'The fab ... is operated by X. It produces chips.': 'It' is the last sentence's subject."""
        sents = self.sents.upto(pron, 2)
        if len(sents) < 2 or pron.i != sents[-1].start:
            return None
        for t in sents[0]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.pos_ != "PRON":
                return t if core(self.ment(t)) in ("Facility", "Organization") else None
        return None

    def antecedent(self, tok):
        """What a relative clause is about: "a plant in Ytown, Ruritania, which ..." is about the plant."""
        t, hops = tok, 0
        while hops < 4 and core(self.ment(t)) in ("Place", None) and t.dep_ in ("pobj", "prep", "appos"):
            t, hops = t.head, hops + 1
            if core(self.ment(t)) in ("Facility", "Organization", "Product"):
                return t
        return tok

    def objects(self, verb) -> list:
        objs = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)]
        stranded = any(c.dep_ == "prep" and not list(c.children) for c in verb.children)  # "a city it moved to"
        if verb.dep_ == "relcl" and not stranded and (not objs and not any(c.dep_ in ("xcomp", "ccomp")
                                                                           for c in verb.children)
                                                      or objs and objs[0].tag_ in ("WDT", "WP")):
            objs = [self.antecedent(verb.head)]  # "a tablet (that) X launched"
        if not objs:  # "makes grinding machines", parsed as make + xcomp 'grinding' + dobj
            for x in (c for c in verb.children if c.dep_ in ("xcomp", "acl") and (c.tag_ == "VBG" or c.tag_ == "NN"
                                                                                and c.lower_.endswith("ing"))):
                for d in (c for c in x.children if c.dep_ == "dobj" and c.i == x.i + 1):
                    self.prefix[d.i] = x.i
                    self.via[d.i] = x
                    objs += conjuncts(d)
                    self.via.update({c.i: x for c in conjuncts(d)})
        if not objs:  # "supplies close to 45 per cent of Y's tea imports": tea
            for p in (t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"
                      and t.head.head.lemma_.lower() in SHARES
                      and t.head.head.i > verb.i and verb in t.ancestors and t.i - verb.i < 14):
                objs = [g for g in [self.goods(p)] if g is not None]
                break
        if not objs:  # "A supplies x and B provides y", parsed with "x and B" the subject of 'provides'
            for c in (c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i > verb.i):
                for n in (n for n in c.children if n.dep_ == "nsubj"):
                    objs += [t for t in conjuncts(n) if t.i > verb.i and core(self.ment(t)) not in AGENTS]
        if objs:  # "supplies hinges and control arms", with 'control' read as a second, subjectless verb
            for x in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > objs[0].i
                      and not any(k.dep_ in ("nsubj", "aux") for k in c.children)):
                for d in (c for c in x.children if c.dep_ == "dobj" and c.i == x.i + 1 and c.pos_ == "NOUN"):
                    self.prefix[d.i] = x.i
                    objs += [d]
        objs = [x for o in objs if not any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)  # "makes no X"
                for x in self.shared_head(o)]
        out = []
        for o in objs:
            if self.misread_appos(o) is not None:
                continue  # "supplies shirts to X, a Swedish retailer": the retailer is X, not an item
            m = self.measured(o)
            if o.lemma_.lower() in SHARES and m is not o:  # "40 percent of Y's tea imports": a share, not a count
                out += [g for g in [self.goods(m)] if g is not None]
                continue
            if any(c.dep_ == "nummod" or c.like_num for c in o.subtree if c.i < o.i):  # not in its relative clause
                self.counted.update({o.i, m.i})
            out += self.examples(m)
        return out

    def shared_head(self, o) -> list:
        """'palm oil and coconut oil', read as one 'oil' modified by 'palm oil and coconut': the
        modifier with the head's own word (or a modified noun, 'white sugar and pure glucose') is an item too,
        and the head's name starts after the 'and' (not 'steel and aluminium wheels')."""
        for c in (c for c in o.children if c.dep_ in ("nmod", "compound") and c.i < o.i and c.pos_ == "NOUN"):
            k = next((k for k in c.children if k.dep_ == "conj" and c.i < k.i < o.i), None)
            full = c.lemma_ == o.lemma_ or k is not None and c.dep_ == "nmod" and all(  # "white sugar and pure glucose"
                any(x.dep_ in ("amod", "compound") for x in n.children) for n in (c, k))
            if k is not None and full and self.doc[k.left_edge.i - 1].lower_ in ("and", "or", ","):
                self.prefix[o.i] = k.left_edge.i
                first = next((x.i for x in self.doc[o.left_edge.i:c.i] if x.pos_ in ("NOUN", "PROPN", "ADJ")
                              and not x.like_num), c.i)  # 'palm' may hang on the last 'oil'
                self.prefix[c.i] = first
                return [c, o]
        return [o]

    def examples(self, tok) -> list:
        """'parts such as brake pads and injectors': the pads and injectors; other nouns stand for themselves."""
        if tok.lemma_.lower() in GENERIC_PRODUCTS | COMPONENT_NOUNS:
            for a in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                      and any(x.lower_ == "such" for x in c.children)):
                return [x for p in a.children if p.dep_ == "pobj" for x in conjuncts(p)] or [tok]
        return [tok]

    def sources(self, tok) -> list[Mention]:
        """Who a thing comes from: a named agent, or the place of unnamed ones ('makers in Ytown',
        'sourced from makers' + 'in Ytown' parsed onto the verb)."""
        found = self.agents(tok)
        if not found and tok.pos_ == "NOUN" and core(self.ment(tok)) in (None, "Facility"):  # "X's own mines in Y": X
            found = [m for c in tok.children if c.dep_ == "poss" or c.dep_ == "compound"
                     and tok.lemma_.lower() in FACILITY_NOUNS for m in self.agents(c, ORG)]  # "the X Chemical plant"
            found = found or [m for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in OPERATE_VERBS
                              for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                              for m in self.agents(p, ORG)]  # "from an on-site plant run by X": X
        if not found and tok.pos_ == "NOUN" and self.ment(tok) is None:
            found = [m for o in self.pobjs(tok, ("in",)) for m in self.agents(o, ("Place",))]
            verb = tok.head.head if tok.dep_ == "pobj" else None
            if not found and verb is not None and verb.pos_ == "VERB":
                found = [m for o in self.pobjs(verb, ("in",)) for m in self.agents(o, ("Place",))]
        return found

    def founded_thing(self, v) -> list:
        """What a participle of founding is about: the subject of the clause it opens ("Founded in 2001 by
        X, the firm ..."), or the organisation named just before it ("Y, set up in 2012 by X, ...")."""
        if v.dep_ == "advcl" and v.i < v.head.i:
            return [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for first in dict.fromkeys((v.i, v.left_edge.i)):
            if first >= 2 and self.doc[first - 1].text == ",":
                m = self.ment(self.doc[first - 2])
                if core(m) == "Organization":
                    return [self.doc[first - 2]]
        return []

    @staticmethod
    def goods(tok):
        """'Y's tea imports' -> tea; other nouns stand for themselves."""
        if tok.lemma_.lower() not in TRADE_NOUNS:
            return tok
        goods = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return goods[-1] if goods else None  # "30 percent of its needs": no goods named

    def measured(self, tok):
        """'20,000 tonnes of hydrogen' -> hydrogen; 'most of the servers' -> servers."""
        if tok.lower_ in QUANTIFIERS:
            for p in self.pobjs(tok, ("of",)):
                return p
        if tok.lemma_.lower() in UNIT_NOUNS or tok.ent_type_ == "QUANTITY" or tok.lemma_.lower() in RANGE_NOUNS \
                or tok.lemma_.lower() in SHARES:
            for p in self.pobjs(tok, ("of",)):  # "a line of storage boxes": the boxes
                return p
        return tok

    def passive(self, verb) -> tuple[list, list]:
        """(patients, agents) of a passive verb or participle ('a depot operated by X')."""
        patients = [x for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)
                    for x in self.examples(self.measured(self.appos_name(t)))]
        if not patients and verb.dep_ == "relcl":  # "a drone whose parts are sourced from X", 'parts' read as nsubj
            heads = [verb] + [a for a in verb.children if a.dep_ in ("aux", "auxpass")]  # or hung on 'are'
            patients = [c for h in heads for c in h.children if c.dep_ == "nsubj"
                        and any(p.lower_ == "whose" for p in c.children)]
        both = verb.head if verb.dep_ == "acl" and verb.head.lower_ in ("both", "all") else \
            next((c for c in verb.children if c.lower_ in ("both", "all") and c.i < verb.i), None) \
            if verb.dep_ == "advcl" else None
        in_turn = verb.dep_ == "acl" and verb.head.lower_ == "turn" and verb.head.head.lower_ == "in"
        if not patients and in_turn and verb.head.head.head.dep_ == "relcl":
            clause = verb.head.head.head  # "whose assemblies are in turn sourced from Y": the assemblies
            patients = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
            verb = clause if clause.dep_ == "relcl" else verb
        if verb.dep_ == "relcl" and (not patients or patients[0].tag_ in ("WDT", "WP")):
            patients = conjuncts(self.antecedent(verb.head))
        if not patients and verb.dep_ == "acl" and not in_turn and both is None:  # "X, a firm set up by Y": X
            head = verb.head
            described = head.dep_ == "appos" and self.ment(head) is None \
                and self.doc[head.left_edge.i - 1].text == ","  # not "A from X and B made by Y", B read as A's appos
            patients = conjuncts(head.head if described else head)
        if not patients and verb.dep_ == "conj":  # "X was made by A, and the Y and Z were provided by B"
            patients = self.stranded_patients(verb)
        if not patients and verb.dep_ == "conj":  # "is located in X and is operated by Y"
            patients = self.passive(verb.head)[0]
        if not patients and verb.dep_ in ("advcl", "csubj") and verb.i < verb.head.i:  # "Run by X, the plant ..."
            patients = [t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
        main = (both.head if verb.dep_ == "acl" else verb.head) if both is not None else None
        if not patients and main is not None and verb.i > main.i:  # "uses A and B, both made by X"
            patients = [t for c in main.children if c.dep_ == "dobj" for t in conjuncts(c)]
        agents = [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for t in conjuncts(p)]
        if not agents:  # "is supplied to visiting ships by X", 'by' hung on 'ships' or 'visiting'
            agents = [t for c in verb.children if c.dep_ == "prep" and c.lower_ != "by" for g in c.children
                      if g.dep_ in ("pobj", "pcomp") for b in g.children if b.dep_ == "prep" and b.lower_ == "by"
                      for p in b.children if p.dep_ == "pobj" for t in conjuncts(p)]
        if not patients and agents and verb.tag_ in ("VBN", "VBD"):  # "X, a firm set up by Y," read as active
            patients = [t for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i for t in conjuncts(c)]
        return patients, agents

    def appos_name(self, tok):
        """'The biggest yard in the city, X Shipyard, is run by Y': the name in apposition stands for
        a described subject (no mention, or a common-noun one such as 'the largest site')."""
        m = self.ment(tok)
        if m is not None and m.text[:1].isupper() and not m.text.split()[0].lower() in ("the", "a", "an"):
            return tok
        for a in (c for c in tok.children if c.dep_ == "appos"):
            n = self.ment(a)
            if n is not None and n is not m and core(n) in ("Facility", "Organization") and \
                    (m is None or core(m) == core(n)) and n.text[:1].isupper():
                return a
        return tok

    def stranded_patients(self, verb) -> list:
        """The noun phrase just before a conjoined passive ('..., and the gear and cranes were provided by
        B'), misparsed as conjuncts of an earlier noun: its own subject, not the first clause's."""
        doc, k = self.doc, verb.i - 1
        while k > 0 and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
            k -= 1
        if k == verb.i - 1 or doc[k].pos_ not in ("NOUN", "PROPN") or doc[k].dep_ != "conj":
            return []
        chain = [doc[k]]
        while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("NOUN", "PROPN"):
            j = chain[-1].left_edge.i - 1  # the words joining it to the one before: a list goes on,
            if doc[j].lower_ not in ("and", ",") or doc[j].lower_ == "and" and doc[j - 1].text == ",":
                break  # ', and' opens the clause
            chain.append(chain[-1].head)
        first = chain[-1]
        before = doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
        if before is None or before.lower_ not in ("and", ",", "while", "whereas"):
            return []
        return [self.measured(t) for t in reversed(chain)]

    def area_of(self, tok):
        """'the east of Y', 'the outskirts of Y', 'the Foo district of Y' (no name of its own): Y; other nouns
        stand for themselves."""
        low = tok.lemma_.lower()
        if low in AREA_WORDS or tok.lower_ in AREA_WORDS or COMPASS.fullmatch(tok.lower_) \
                or (low in DESIGNATIONS or low == "area") \
                and self.ment(tok) is None:
            return next(iter(self.pobjs(tok, ("of",))), tok)
        return tok

    def pobjs(self, tok, preps: tuple) -> list:
        return [o for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" for o in conjuncts(p)]
