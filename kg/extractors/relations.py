"""Relations between entities, read from the dependency parse with verb and noun lexicons.

Verbs give supplies / produces / launched / operates / founded / located and headquartered
relations in active and passive voice, with subjects and objects expanded over coordination;
negated, modal or hedged verbs give nothing. Nouns and names give the rest: "X of Y" and
"X in Y" for places, "production line" and "steel production" for products, "P's components"
for what the listed supplies are part of, possessives and "at" for units of organisations,
and the members of a hyphenated region.
"""
from __future__ import annotations

import re

from ..model import DocFacts, Mention, Relation
from ..terms import parent_class
from . import register
from .common import asserted, covering, evidence, focus_org, mention_of, sentences
from .entities import LEGAL_FORMS, PLACE_ORDER
from .lexicon import (ABSTRACT, COMPANY_CUES, HEDGE_VERBS, CHANGE_VERBS, COMPONENT_NOUNS, CONTAIN_VERBS, UNIT_WORDS, DESIGNATIONS, FACILITY_NOUNS, FOUND_VERBS, LAUNCH_VERBS, LOCATE_VERBS, OPERATE_VERBS,
                      PHRASAL_PRODUCE, PRODUCE_VERBS, PRODUCT_CUES, PRODUCT_LINE_NOUNS, PRODUCTION_NOUNS,
                      SOURCE_VERBS,
                      MODALS, NOT_LAUNCHED, SUBUNIT_HEADS, SUPPLY_VERBS, UNIT_NOUNS, known_place)

NAME = "relations"
GENERIC_PRODUCTS = {"ingredient", "product", "material", "equipment", "device", "system", "good", "item",
                    "component", "part", "chemical", "module", "unit"}
# Classifying adjectives stay in a product's name ("hydraulic cylinders", "bifacial modules",
# "industrial robots", "foldable boxes"); these same-suffix words judge or place, not classify.
CLASS_ADJ_SUFFIXES = ("ic", "al", "able", "ible", "ary")  # 'rotary kilns', 'auxiliary engines'

NOT_CLASSIFYING = {"new", "global", "total", "annual", "additional", "local", "national", "regional", "final",
                   "critical", "typical", "potential", "several", "original", "special", "domestic", "economic",
                   "strategic", "basic", "public", "historic", "specific", "initial", "principal", "central",
                   "capable", "available", "reliable", "affordable", "stable", "profitable", "sizable", "sizeable",
                   "considerable", "comparable", "suitable", "possible", "flexible", "visible", "notable",
                   "crucial", "vital", "essential", "key", "major", "actual", "overall", "normal", "usual",
                   "international", "provincial", "municipal", "federal", "ideal", "optimal", "formal",
                   "informal", "traditional", "conventional", "commercial", "residential", "external",
                   "internal", "physical", "political", "social", "financial", "cyclical", "seasonal",
                   "dual", "partial", "substantial", "exceptional", "unusual", "eventual", "vertical",
                   "horizontal", "identical", "classic", "dynamic", "fantastic", "terrific", "chronic",
                   "primary", "necessary", "ordinary", "extraordinary", "temporary", "contemporary", "preliminary",
                   "voluntary", "monetary", "budgetary", "customary", "unnecessary", "arbitrary", "exemplary",
                   "legendary", "visionary", "revolutionary", "evolutionary", "complementary", "supplementary",
                   "elementary", "documentary", "secondary", "tertiary", "planetary", "sanitary", "solitary"}
CREATE_VERBS = {"build", "open", "construct", "establish", "set", "add", "expand", "develop", "launch"}
FIRM_NOUNS = {"firm", "company", "maker", "manufacturer", "producer", "startup", "supplier", "developer"}
MOVE_VERBS = {"move", "relocate", "shift", "transfer"}
PLAN_VERBS = {"study", "evaluate", "explore", "consider", "weigh", "assess", "mull", "plan", "propose"}
ROLE_NOUNS = {"producer": "produces", "maker": "produces", "manufacturer": "produces", "grower": "produces",
              "supplier": "supplies", "exporter": "supplies"}  # "X is a major tea grower"
CATEGORY_NOUNS = {"drug", "medicine", "vaccine", "brand", "variety", "grade", "cultivar", "breed"}
CONSUMED = {"oxygen", "steam", "water", "power", "electricity", "fuel", "gas", "energy", "heat", "coal",
            "diesel", "hydrogen", "nitrogen", "ice"}  # used up by a thing, not parts of it
SHARES = {"percent", "cent", "%", "share", "half", "third", "quarter"}
TRADE_NOUNS = {"import", "export", "demand", "consumption", "need", "supply", "purchase"}
RANGE_NOUNS = {"line", "range", "series", "family", "lineup", "portfolio", "version"}
MAKING_FACILITIES = {"plant", "factory", "mill", "works", "refinery", "smelter", "foundry"}
NOT_OUTPUT = {"processing", "recycling", "treatment", "pilot", "test", "demonstration", "research",
              "sewage", "waste", "water", "desalination", "packaging", "bottling", "printing", "pumping",
              "export", "import", "storage", "distribution", "logistics", "repair", "maintenance"}
UPPER_UNITS = {"bureau", "academy", "administration", "agency", "commission", "division"}
ORG = ("Organization",)
SUBSIDIARY_NOUNS = {"subsidiary", "unit", "arm", "affiliate", "offshoot"}  # 'a unit of Y'
AGENTS = ("Organization", "Place", "Facility")  # who supplies or produces
NOT_PARTS = {"price", "cost", "demand", "order", "tariff", "tax", "subsidy", "budget", "permit", "licence",
             "license", "approval", "sale", "market", "plan", "contract", "name", "design"}
QUANTIFIERS = {"most", "some", "all", "much", "many", "half", "part", "bulk", "majority", "much", "none",
               "third", "quarter", "rest", "share", "portion", "each", "both", "several"}
NOT_PRODUCT_ENTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"}
SOURCES = SOURCE_VERBS | {"collect"}  # "the rubber is collected from smallholders"
OPERATES = OPERATE_VERBS | {"have", "maintain"}  # "X has a plant in Y" (facilities only)
VERBS = SUPPLY_VERBS | PRODUCE_VERBS | LAUNCH_VERBS | OPERATES | FOUND_VERBS | SOURCES \
    | LOCATE_VERBS | {"come"}


def core(m: Mention | None) -> str | None:
    return parent_class(m.cls) if m is not None else None


def rank(m: Mention) -> float:
    """Size of a place or site, to tell which is in which (a park holds plants)."""
    if m.cls == "Facility":
        return 1.5 if m.key_text.split()[-1].lower() in ("park", "zone", "base", "complex", "port", "area") else 1
    if m.cls == "District":  # a town is in a county or district; a county in a city
        return TOWNS.get(m.key_text.split()[-1].lower(), 2)
    return PLACE_ORDER.get(m.cls, 2.5)


TOWNS = {"town": 1.8, "township": 1.8, "village": 1.7, "subdistrict": 1.8, "county": 2.2, "zone": 1.9}
# designations of a place that holds cities: "Kanagawa Prefecture", "Lagos State"
HOLDERS = ("prefecture", "state", "province", "region", "oblast", "governorate", "voivodeship", "county")


# "north", "northern", "southwest", "southwestern", "central": where in a country a place lies
COMPASS = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|mid-?western|inland|coastal")


def within(x: Mention, y: Mention, direct: bool) -> bool:
    """Whether place x, written before ', y', lies in y: y is larger, or y is a place of unknown size
    after a town ('Ramos Arizpe, Coahuila'), or y is named as a holder of cities ('X, Kanagawa Prefecture')."""
    if rank(x) < rank(y) or direct is None and rank(x) <= rank(y):
        return True
    if x.cls in ("Country", "Region", "Province") or y.cls in ("District",):
        return False
    return y.cls == "Place" or y.key_text.split()[-1].lower() in HOLDERS or \
        y.text.split()[-1].lower() in HOLDERS


# adjectives of state or grade that name a kind of material: "raw sugar", "crude oil", "white sugar"
KIND_ADJ = {"raw", "crude", "refined", "white", "brown", "black", "red", "frozen", "dried", "liquid",
            "liquefied", "synthetic", "stainless", "rare", "precious", "base", "molten", "main"}


def classifying(x) -> bool:
    """An adjective that names a kind ('hydraulic', 'bifacial', 'foldable', 'raw'), not a judgement."""
    low = x.lower_
    if x.dep_ == "amod" and low in KIND_ADJ:
        return True
    return x.pos_ == "ADJ" and x.tag_ == "JJ" and low.isalpha() and low.endswith(CLASS_ADJ_SUFFIXES) \
        and low not in NOT_CLASSIFYING


def conjuncts(tok) -> list:
    """A token and the tokens coordinated with it ('A, B and C')."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return out


class Reader:
    def __init__(self, doc, facts: DocFacts):
        self.doc, self.facts = doc, facts
        self.text = doc.text  # once: Doc.text joins every token
        self.sents = sentences(doc)
        self.products: dict[tuple[int, int], Mention] = {}
        self.seen: set = set()
        self.supplied: list[tuple[int, Mention, list]] = []  # (sentence start, product, tokens)
        self.wholes: dict[int, Mention] = {}  # sentence start -> the product its supplies go into
        self.prefix: dict[int, int] = {}  # object token -> first token of its name ("grinding machines")
        self.via: dict[int, object] = {}  # object token -> the participle it hangs from
        self.counted: set[int] = set()  # objects given as numbers: statistics, not capabilities

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
        todo = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        while todo:  # "its Vela 3 Pro EV", "the RX-2 AI camera": the model name inside
            c = todo.pop()
            if core(self.ment(c)) == "Product":
                return self.ment(c)
            todo += [x for x in c.children if x.dep_ == "compound"]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.like_num or tok.ent_type_ in NOT_PRODUCT_ENTS:
            return None
        if (tok.lemma_.lower() in ABSTRACT or tok.lower_ in ABSTRACT) and not self.kind_of(tok) or len(tok.text) < 3:
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
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            x = self.doc[i]
            if x.head.i not in keep or x.like_num or self.ment(x) is not None \
                    or x.lemma_.lower() in CATEGORY_NOUNS and not generic \
                    or i >= 2 and self.doc[i - 1].text == "-" and self.doc[i - 2].like_num:  # "a 12-metre bus"
                break
            glued = i >= 2 and self.doc[i - 1].text == "-" and not self.doc[i - 1].whitespace_ \
                and not self.doc[i - 2].whitespace_ and self.doc[i - 2].pos_ in ("NOUN", "PROPN") \
                and not self.doc[i - 2].like_num  # "liquid-cooling plates", "air-conditioning units"
            before_hyphen = x.pos_ == "NOUN" and self.doc[i + 1].text == "-" and not x.whitespace_
            if x.dep_ == "compound" or before_hyphen or (x.dep_ in ("amod", "nmod") and (x.head.i != tok.i or generic or glued
                                                                         or x.pos_ in ("NOUN", "PROPN")
                                                                         or classifying(x))) \
                    or (x.text == "-" and not x.whitespace_ and i > 0 and not self.doc[i - 1].whitespace_):
                keep.add(i)
                start = i
            else:
                break
        while start < tok.i and self.doc[start].is_punct:
            start += 1
        return start

    def agents(self, tok, classes=AGENTS) -> list[Mention]:
        out = []
        toks = conjuncts(tok)
        toks += [c for t in toks for c in t.children if c.dep_ in ("nmod", "compound") and c.i < t.i
                 and any(k.dep_ == "conj" for k in c.children) and self.ment(c) is not self.ment(t)]
        for t in toks:  # "by A and B University", read with A a modifier of 'University'
            m = self.ment(t)
            if m is None and t.dep_ == "appos":  # "Songling Power, a battery maker based in ..."
                m = self.ment(t.head)
            if m is None:  # "by his father, Kim Dae-ho", "Her grandfather, engineer X, ..."
                m = next((self.ment(x) for a in t.children if a.dep_ == "appos" for x in self.head_words(a)
                          if core(self.ment(x)) in ("Person", "Organization")), None)
            if m is None and self.bare(t):  # "The plant ...": the one facility named the sentence before
                m = self.the_facility(t)
            if m is None:  # "Both campuses ...", "The two plants ...": those the sentence before names
                out += [f for f in self.the_facilities(t) if core(f) in classes]
            if m is None and t.lemma_.lower() in ("venture", "consortium"):  # "by a joint venture between A and B"
                out += [x for p in self.pobjs(t, ("between", "of")) for x in self.agents(p, classes)]
            if m is not None and core(m) in classes:
                out.append(m)
        return out

    def token_of(self, m: Mention):
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span[-1] if span is not None and len(span) else None

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
            main = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj[0].i
                    and core(self.ment(c)) == "Organization"]
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
        """What a relative clause is about: "a plant in Nashik, India, which ..." is about the plant."""
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
            for x in (c for c in verb.children if c.dep_ in ("xcomp", "acl") and c.tag_ == "VBG"):
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
        if objs:  # "supplies knuckles and control arms", with 'control' read as a second, subjectless verb
            for x in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > objs[0].i
                      and not any(k.dep_ in ("nsubj", "aux") for k in c.children)):
                for d in (c for c in x.children if c.dep_ == "dobj" and c.i == x.i + 1 and c.pos_ == "NOUN"):
                    self.prefix[d.i] = x.i
                    objs += [d]
        out = []
        for o in objs:
            m = self.measured(o)
            if o.lemma_.lower() in SHARES and m is not o:  # "40 percent of Y's tea imports": a share, not a count
                out += [g for g in [self.goods(m)] if g is not None]
                continue
            if any(c.dep_ == "nummod" or c.like_num for c in o.subtree):
                self.counted.update({o.i, m.i})
            out.append(m)
        return out

    def sources(self, tok) -> list[Mention]:
        """Who a thing comes from: a named agent, or the place of unnamed ones ('makers in Xiamen',
        'sourced from makers' + 'in Xiamen' parsed onto the verb)."""
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
        patients = [self.measured(self.appos_name(t)) for c in verb.children if c.dep_ == "nsubjpass"
                    for t in conjuncts(c)]
        if verb.dep_ == "relcl" and (not patients or patients[0].tag_ in ("WDT", "WP")):
            patients = conjuncts(self.antecedent(verb.head))
        if not patients and verb.dep_ == "acl":  # "X, a firm set up by Y": X
            head = verb.head
            patients = conjuncts(head.head if head.dep_ == "appos" and self.ment(head) is None else head)
        if not patients and verb.dep_ == "conj":  # "X was made by A, and the Y and Z were provided by B"
            patients = self.stranded_patients(verb)
        if not patients and verb.dep_ == "conj":  # "is located in X and is operated by Y"
            patients = self.passive(verb.head)[0]
        if not patients and verb.dep_ in ("advcl", "csubj") and verb.i < verb.head.i:  # "Run by X, the plant ..."
            patients = [t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
        agents = [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for t in conjuncts(p)]
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

    def pobjs(self, tok, preps: tuple) -> list:
        return [o for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" for o in conjuncts(p)]

    # -- verbs ------------------------------------------------------------------
    def verbs(self) -> None:
        for v in self.doc:
            lemma = v.lemma_.lower()
            if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
                lemma = "establish"  # "set up in 2012 by X"
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

    def capacity(self, v) -> bool:
        """'The plant can make 2 million drums a year': what a facility can make, it makes."""
        aux = [c for c in v.children if c.dep_ in ("aux", "neg")]
        subj = [m for c in v.children if c.dep_ == "nsubj" for m in self.agents(c, ("Facility",))]
        return len(aux) == 1 and aux[0].lower_ == "can" and len(subj) == 1

    def noun_tagged_supply(self, v) -> None:
        """'X ships nickel matte to Y', with 'ships' read as a noun and the parse broken around it: read
        the surface. The subject is the organisation or place just before (or before a relative clause
        set off by commas); the item is the noun phrase after it, up to 'to'/'from' or punctuation."""
        doc, i = self.doc, v.i - 1
        if i >= 0 and doc[i].text == ",":  # "X, whose head office is in Y, ships ...", "X, founded by Y, ships"
            i = next((k - 1 for k in range(i - 1, max(i - 20, 1), -1) if doc[k].text == ","
                      and core(self.ment(doc[k - 1])) == "Organization"), -1)
        classes = ("Organization", "Place")
        if i > 0 and doc[i].lower_ == "and":  # "The plant employs 900 workers and ships calipers to Y"
            verb = doc[i].head.head if doc[i].head.dep_ in ("dobj", "attr") else doc[i].head
            i = next((c.i for c in verb.children if c.dep_ == "nsubj" and c.i < v.i), -1)
            classes = AGENTS
        subj = self.ment(doc[i]) if i >= 0 else None
        end = doc[i].idx + len(doc[i])
        if subj is None and i >= 0 and classes is AGENTS:  # "... a factory in X. The plant ... ships Y"
            subj = self.the_facility(doc[i])
            end = subj.end if subj is not None else end
        if core(subj) not in classes or subj.end != end \
                or (subj.cls == "Country" and i == v.i - 1 and doc[v.i + 1].lower_ in ("to", "from")):
            return
        k = v.i + 1
        while k < len(doc) and k - v.i <= 7 and not (doc[k].is_punct and doc[k].text != "-") \
                and (doc[k].pos_ not in ("ADP", "SCONJ", "CCONJ") or doc[k].tag_ == "RP"):
            k += 1  # the tags around a misread verb are unreliable: read words up to 'to'
        if k >= len(doc) or k == v.i + 1 or doc[k].lower_ not in ("to", "from", ".", ",", "for", "in"):
            return
        head = doc[k - 1]
        if not head.is_alpha or head.is_stop or any(x.like_num for x in doc[v.i + 1:k]) or \
                any(c.dep_ == "neg" or c.lower_ in MODALS for x in doc[v.i - 2:k] for c in [x]):
            return
        start = v.i + 1 + (doc[v.i + 1].lower_ in ("the", "a", "an", "its", "their"))
        span = doc[start:k]
        if not len(span) or span[0].is_stop:
            return
        m = self.ment(head)
        if m is None or m.cls != "Product":
            if head.lemma_.lower() in ABSTRACT or self.ment(head) is not None:
                return
            key = (span.start_char, span.end_char)
            m = self.products.get(key) or self.facts.mention(span.text, "Product", *key)
            self.products[key] = m
        self.add(subj, "supplies", m, [v, head], 0.7)

    @staticmethod
    def pairs(v, subjects: list, objects: list) -> list:
        """Every subject with every object, or in order when the clause says 'respectively'."""
        said = any(t.lower_ == "respectively" for t in v.subtree) or \
            any(t.lower_ == "respectively" and t.head.i == v.i for t in v.sent)
        if said and len(subjects) == len(objects) > 1:
            return list(zip(subjects, objects))
        return [(s, o) for s in subjects for o in objects]

    def verb_as_noun(self, v) -> bool:
        """'Guizhou supplies tyres', tagged as the noun 'supplies' with 'Guizhou' its compound."""
        if v.tag_ != "NNS" or v.i == 0:
            return False
        prev = self.doc[v.i - 1]
        return prev.head.i == v.i and prev.dep_ in ("compound", "nsubj", "nmod") and core(self.ment(prev)) in AGENTS

    def verb(self, v, lemma: str) -> None:
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in v.children) or \
            (v.dep_ == "acl" and v.tag_ == "VBN") or \
            (v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "dobj") for c in v.children)
             and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children))  # "were supplied by X and made at Y"
        if passive:
            objs, subjs = self.passive(v)
        else:
            subjs, objs = self.subjects(v), self.objects(v)
        if lemma in SUPPLY_VERBS:
            if passive and not subjs and any(c.dep_ == "nsubjpass" for c in v.children):  # "Y are shipped from X's plant"
                subjs = self.pobjs(v, ("from",))
            srcs = [m for t in subjs for m in (self.sources(t) if passive else self.agents(t))]
            for s, o in self.pairs(v, srcs, objs):
                if o.i in self.counted:
                    continue  # "X supplied 7.2 million tonnes of fuel", "delivered 36 jets": a statistic
                if self.add(s, "supplies", self.product(o), [v, o], 0.85):
                    self.whole_of(v, o)
        elif lemma in SOURCES or lemma == "come":
            if passive or lemma == "come" or objs:  # "X buys steel from Y": Y supplies steel
                items = objs if passive or lemma != "come" else [self.measured(t) for t in subjs]
                srcs = [m for t in self.pobjs(v, ("from",)) for m in self.sources(t)] or [
                    m for o in objs for t in self.pobjs(o, ("from",)) for m in self.sources(t)
                    if core(m) == "Organization"]  # "buys cells from X's pilot line", 'from' on the object
                for src in srcs:
                    for o in items:
                        if self.add(src, "supplies", self.product(o), [v, o], 0.75):
                            self.whole_of(v, o)
        elif lemma in PRODUCE_VERBS:
            if passive and not subjs:  # "The tablets are made at a plant in X"
                subjs = [t for t in self.pobjs(v, ("at", "in")) if core(self.ment(t)) == "Facility"]
            for s in (m for t in subjs for m in self.agents(t)):
                for o in objs:
                    if lemma in ("make", "build") and (core(s) == "Place" or o.tag_ not in ("NNS", "NNPS")):
                        continue
                    if core(s) == "Place" and (o.i in self.counted or o.head.i in self.counted
                                               or any(c.dep_ == "nummod" or c.like_num for c in o.subtree)):
                        continue  # "Anhui produced 1.68 million vehicles": a statistic
                    self.add(s, "produces", self.product(o), [v, o], 0.8)
        elif lemma in LAUNCH_VERBS:
            if lemma == "roll" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
                return
            objs = objs + [a for o in objs for a in o.children if a.dep_ == "appos"]
            named = [o for o in objs if self.named_product(self.ment(o))]
            objs = named or objs  # "introduced GM-52H, a low-dysprosium grade": the name, not the gloss
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
                objs = objs + [c for o in objs for p in self.pobjs(v, ("in",)) + self.pobjs(o, ("in",))
                               if core(self.ment(p)) in ("Place", None) for c in conjuncts(p)[1:]
                               if core(self.ment(c)) == "Facility" and c not in objs
                               and any(d.lower_ in ("a", "an") for d in c.children)]
            facs = [(o, self.ment(o) or next((self.ment(c) for c in o.children if c.dep_ == "compound"
                                              and core(self.ment(c)) == "Facility"), None)) for o in objs]
            facs = [(o, m) for o, m in facs if m is not None and m.cls == "Facility"]  # "the X data center cluster"
            for s in (m for t in subjs for m in self.agents(t, ORG)):
                for o, m in facs:
                    self.add(s, "operates", m, [v, o], 0.8 if passive else 0.85)
            where = self.ment(v.head) if v.dep_ == "relcl" and any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in v.children) else None
            for o, m in facs:  # "Y Area, where X operates the Z plant": the plant is in Y
                if core(where) == "Place" and not passive and rank(m) < rank(where):
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
        elif lemma in LOCATE_VERBS and (v.tag_ == "VBN" or v.dep_ == "conj" and v.head.tag_ == "VBN"):
            holders = objs or ([v.head] if v.dep_ in ("acl", "amod") else [])
            classes = AGENTS
            first = v
            while not holders and first.dep_ == "conj" and first.head.tag_ == "VBN":
                first = first.head  # "X, a firm founded in 2001 and based in Y"
                if first.dep_ in ("acl", "amod"):
                    head = first.head
                    holders = [head.head if head.dep_ == "appos" and self.ment(head) is None else head]
            if not holders and v.dep_ == "advcl" and v.i < v.head.i:  # "Headquartered in X, the firm ..."
                holders = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                classes = ("Organization", "Facility")  # not 'Y' of "in X, Y, the firm", misread as the subject
            for x in (m for t in holders for m in self.agents(t, classes)):
                for y in (m for t in self.pobjs(v, ("in", "at")) for m in self.agents(t, ("Place", "Facility"))):
                    if lemma in ("headquarter", "base") and core(x) == "Organization":
                        self.add(x, "headquarteredIn", y, [v, self.token_of(y)], 0.8)
                    elif core(x) != "Organization" and rank(x) < rank(y) or \
                            lemma in ("locate", "situate") and core(x) == "Organization" and core(y) == "Place":
                        self.add(x, "locatedIn", y, [v, self.token_of(y)], 0.8)

    # -- nouns --------------------------------------------------------------------
    def nouns(self) -> None:
        for t in self.doc:
            low = t.lemma_.lower()
            if t.dep_ == "prep" and t.lower_ in ("of", "in", "at", "under", "near", "outside"):
                self.preposition(t)
            elif low in PRODUCTION_NOUNS and t.pos_ == "NOUN":
                self.production(t)
            elif low in ("headquarters", "headquarter", "hq") or low == "office" and any(
                    c.lower_ == "head" and c.dep_ in ("compound", "amod") for c in t.children):
                self.headquarters(t)
            elif low == "base" and t.tag_ == "VBN" and t.dep_ == "amod":
                self.based(t)
            elif low in SUBSIDIARY_NOUNS and t.pos_ == "NOUN":
                self.subsidiary(t)
            elif low in MAKING_FACILITIES and t.pos_ == "NOUN":
                self.named_output(t)
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
            if y is None or x is y:
                continue
            if prep.lower_ == "of" and core(x) == "Facility" and core(y) == "Organization" and prep.i == head.i + 1:
                self.add(y, "operates", x, [head, o], 0.7)  # "the Dongguan factory of X"
                continue
            if prep.lower_ == "of" and x.cls == "Company" and y.cls in ("City", "District", "Municipality") \
                    and prep.i == head.i + 1:  # "Solseguidor SA of Madrid"
                self.add(x, "headquarteredIn", y, [head, o], 0.75)
                continue
            if core(x) == "Facility" and self.planned(head):
                continue  # "no plans to build a plant in X", "is studying a second refinery in Y"
            if prep.lower_ in ("near", "outside") and core(x) == "Facility" and core(y) == "Place" \
                    and prep.i == head.i + 1:
                self.add(x, "locatedIn", y, [head, o], 0.6)  # "a mine near X", "the smelter outside X"
            elif prep.lower_ in ("in", "at") and core(x) == "Facility" and core(y) == "Facility":
                if rank(x) < rank(y):  # "a plant in the Hexi Industrial Park"
                    self.add(x, "locatedIn", y, [head, o], 0.75)
            elif prep.lower_ in ("of", "in") and core(y) == "Place" and core(x) in ("Place", "Facility"):
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
                  and (p.tag_ == "NNS" or any(c.dep_ in ("compound", "amod") for c in p.children))]  # not 'of choice'
        if t.dep_ == "appos" and core(self.ment(t.head)) == "Organization" and self.ment(t) is None:
            subj = t.head  # "X, a battery maker in Y", "X, a producer of alloys and ceramics"
        elif t.dep_ not in ("attr", "pobj") or be.lemma_ != "be" or (t.dep_ == "pobj" and t.head.dep_ != "prep") \
                or not asserted(be):
            return
        else:
            subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if not items or subj is None:
            return
        pred = ROLE_NOUNS[t.lemma_.lower()]
        for x in self.agents(subj):
            for item in (c for i in items for c in conjuncts(i)):
                self.add(x, pred, self.product(item), [subj, t], 0.7)

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
        if poss is not None and t.lemma_.lower() in ("subsidiary", "affiliate"):
            owner = self.ment(poss) if poss.pos_ != "PRON" else (self.clause_subject(t) or self.latest_org(t))
            for x in (m for c in t.children if c.dep_ in ("appos", "compound") for m in self.agents(c, ORG)):
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
        """'the city of Jinhua', 'the county of X': the place named after the designation."""
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
        return 2 if head in UPPER_UNITS else 1 if head in SUBUNIT_HEADS else 3

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
        elif core(x) == "Facility" and core(y) == "Organization":  # "Haier's Qingdao factory"
            self.add(y, "operates", x, [poss, head], 0.75)
        elif core(x) == "Organization" and x.cls != "GovernmentBody" and core(y) == "Place" \
                and poss.i + 2 < len(self.doc) and x.start == self.doc[poss.i + 2].idx:
            self.add(x, "locatedIn", y, [poss, head], 0.7)  # "Denmark's Nordlys Pumps A/S"
        elif core(x) == core(y) == "Place" and rank(x) <= rank(y) and x.cls != "Country":  # "Guangzhou's Huangpu District"
            self.add(x, "locatedIn", y, [poss, head], 0.75)
        elif self.part_of(x, y) or core(x) == core(y) == "Organization" and self.level(x) < 3 \
                and self.level(x) <= self.level(y):  # "the bureau's Statistics Division"
            self.add(x, "partOf", y, [poss, head], 0.75)

    def production(self, t) -> None:
        """'cement production', 'a washing machine production line', 'its output of copper anodes': who
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
            k -= 1  # stops at '30,000-ton', '600,000-spindle'
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

    def clause_subject(self, tok) -> Mention | None:
        """The nearest subject above a token that names an agent (walking up the parse)."""
        for a in tok.ancestors:
            for c in a.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and not c.is_ancestor(tok):
                    m = self.ment(c)
                    if core(m) in AGENTS:
                        return m
        return None

    def headquarters(self, t) -> None:
        """'X became the company's headquarters', "Dalian Foods' headquarters in Y", "X, whose head
        office is in Y", "X ... has (keeps) its headquarters in Y"."""
        owners = []
        for p in (c for c in t.children if c.dep_ == "poss"):
            if p.lower_ == "whose" and t.head.dep_ == "relcl":
                owners.append(self.ment(t.head.head))
            elif p.pos_ == "PRON":
                owners.append(self.clause_subject(t) or self.latest_org(t))
            else:
                owners.append(self.ment(p))
        owners = [o for o in owners if core(o) == "Organization"]
        if not owners:
            return
        org = owners[0]
        verb = t.head if t.dep_ in ("nsubj", "dobj") and t.head.pos_ in ("VERB", "AUX") else None
        if verb is not None and not asserted(verb):
            return
        where = self.pobjs(t, ("in",)) + (self.pobjs(verb, ("in",)) if verb is not None else [])
        if verb is not None and verb.lemma_.lower() in MOVE_VERBS:  # "moved its headquarters to Y" (not from)
            to = self.pobjs(verb, ("to", "into"))
            where += to + [p for o in to if not self.agents(o, ("Place",)) for p in self.pobjs(o, ("of",))]
        for y in (m for o in where for m in self.agents(o, ("Place",))):
            self.add(org, "headquarteredIn", y, [t, self.token_of(y)], 0.8)
        if t.dep_ in ("attr", "oprd", "appos") or (t.dep_ == "pobj" and t.head.lower_ == "as"):
            site = self.ment(t.head) if t.dep_ == "appos" else self.clause_subject(t)
            if site is not None and core(site) in ("Place", "Facility"):
                self.add(org, "headquarteredIn", site, [t, self.token_of(site)], 0.75)

    def based(self, t) -> None:
        """'Shenyang-based Beifang Tools', 'a Dalian-based shipper' after the company it describes."""
        places = [m for c in t.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < t.i
                  for m in self.agents(c, ("Place",))]
        noun = t.head
        org = self.ment(noun)
        if org is None and noun.dep_ == "appos":  # "Hexin Foods, a Dalian-based shipper"
            org = self.ment(noun.head)
        after = self.ment(self.doc[t.i + 1]) if t.i + 1 < len(self.doc) else None
        if core(org) != "Organization" and core(after) == "Organization" and after.start == self.doc[t.i + 1].idx:
            org = after  # "Pune-based X Pvt Ltd ships ...": the name attached to a misread head
        if org is None and noun.lemma_.lower() in COMPANY_CUES and any(c.lower_ == "the" for c in noun.children):
            root = t.sent.root  # "X said ... the Seoul-based shipbuilder's history": the firm the sentence is about
            main = [self.ment(c) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            org = main[0] if main and core(main[0]) == "Organization" else focus_org(self.facts, t)
        if core(org) != "Organization":
            return
        for y in places:
            self.add(org, "headquarteredIn", y, [t, self.token_of(y)], 0.75)

    def the_facility(self, tok) -> Mention | None:
        """'The plant' as a subject: the one facility named in the sentence before (None if several)."""
        if tok.lemma_.lower() not in FACILITY_NOUNS or not any(c.lower_ == "the" for c in tok.children) \
                or tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        facs = [m for m in self.facts.mentions if core(m) == "Facility"
                and prev.start_char <= m.start < prev.end_char]
        return facs[0] if len(facs) == 1 else None

    NUMBER_WORDS = {"two": 2, "three": 3, "four": 4}

    def the_facilities(self, tok) -> list[Mention]:
        """'Both campuses', 'the two plants': the facilities named in the sentence before (as many as it says)."""
        if tok.lemma_.lower() not in FACILITY_NOUNS or tok.tag_ != "NNS" or tok.sent.start == 0:
            return []
        n = next((2 if c.lower_ == "both" else self.NUMBER_WORDS.get(c.lower_) for c in tok.children
                  if c.lower_ == "both" or c.dep_ == "nummod" and c.lower_ in self.NUMBER_WORDS), None)
        if n is None or any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            return []
        prev = self.doc[tok.sent.start - 1].sent
        facs = list({m.key_text: m for m in self.facts.mentions if core(m) == "Facility"
                     and prev.start_char <= m.start < prev.end_char and m.text[:1].isupper()
                     and m.text.split()[0].lower() not in ("the", "a", "an")}.values())
        return facs if len(facs) == n else []

    def planned(self, tok) -> bool:
        """Whether a word is only planned or denied, up to its clause: 'is studying a refinery in X',
        'has no plans to open a plant in X', 'may build a plant in X' (not 'the money will go to its plant')."""
        t = tok
        while t.dep_ not in ("ROOT", "relcl", "nsubj", "nsubjpass", "csubj") and t.head.i != t.i:
            a = t.head
            low = a.lemma_.lower()
            if a.pos_ in ("VERB", "AUX") and (low in PLAN_VERBS or low in HEDGE_VERBS
                                              or low in CREATE_VERBS and not asserted(a)):
                return True
            if low in ("plan", "decision", "intention") and any(c.lower_ in ("no", "any") for c in a.children):
                return True
            t = a
        return False

    @staticmethod
    def head_words(tok) -> list:
        """The words of a noun phrase up to its first preposition or clause ('engineer X', not 'a unit of Y')."""
        out = []
        for x in list(tok.subtree)[:6]:
            if x.pos_ in ("ADP", "SCONJ", "PRON") or x.is_punct and x.text != "-":
                break
            out.append(x)
        return out

    @staticmethod
    def bare(tok) -> bool:
        """A noun with no modifier but its article ('the plant', not 'the Hanwol Chemical plant')."""
        return not any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in tok.children)

    def latest_org(self, tok) -> Mention | None:
        """The organisation a sentence is about at ``tok``: the latest named before it in the sentence."""
        lo = tok.sent.start_char
        orgs = [m for m in self.facts.mentions if core(m) == "Organization" and lo <= m.start < tok.idx]
        return max(orgs, key=lambda m: m.start) if orgs else None

    # -- names and context --------------------------------------------------------
    def names(self) -> None:
        mentions = list(self.facts.mentions)
        orgs = {m.key_text: m for m in mentions if core(m) == "Organization"}
        orgs.update({m.text: m for m in mentions if core(m) == "Organization" and m.text[:1].isupper()})
        regions: set = set()
        for m in mentions:
            if m.cls == "Region" and "-" in m.key_text and m.key_text not in regions:
                regions.add(m.key_text)
                self.members(m)
            if m.cls == "District":
                self.named_place(m)
            if m.cls == "Facility":  # "Fjordcell AS cell factory": named by the firm that runs it
                first = m.key_text.split()[0]
                owner = orgs.get(first) or max((o for name, o in orgs.items() if m.key_text.startswith(name + " ")),
                                               key=lambda o: len(o.key_text), default=None)
                if owner is not None and m.key_text != first:
                    self.add(owner, "operates", m, [self.token_of(m)], 0.6)
                self.named_place(m)

    def members(self, region: Mention) -> None:
        """'Jiangsu-Zhejiang-Anhui region' has parts Jiangsu, Zhejiang and Anhui."""
        text = self.text[region.start:region.end]
        for part in re.finditer(r"[A-Z][\w']+(?:\s[A-Z][\w']+)?", text):
            found = known_place(part.group())
            if not found:
                continue
            start = region.start + part.start()
            member = self.facts.mention(part.group(), found[1], start, start + len(part.group()),
                                        found[0] if found[0] != part.group() else None)
            self.add(member, "partOf", region, [self.token_of(region)], 0.9)

    def named_place(self, fac: Mention) -> None:
        """'Haier Qingdao Industrial Park' is in Qingdao; 'Jinan National ... Zone' in Jinan."""
        text = self.text[fac.start:fac.end]
        if fac.cls == "District" and (known_place(text.split()[0]) is None or len(text.split()) < 3):
            return
        for part in re.finditer(r"[A-Z][\w']+", text):
            found = known_place(part.group())
            if not found:
                continue
            if text[part.end():part.end() + 1] == "-" or text[part.start() - 1:part.start()] == "-":
                return  # "the China-Laos Railway" runs between places, not in one
            start = fac.start + part.start()
            span = self.doc.char_span(start, start + len(part.group()), alignment_mode="expand")
            place = self.ment(span[0]) if span is not None and len(span) else None
            if place is None or core(place) != "Place" or place is fac:
                place = self.facts.mention(part.group(), found[1], start, start + len(part.group()),
                                           found[0] if found[0] != part.group() else None)
            if rank(fac) < rank(place):
                self.add(fac, "locatedIn", place, [self.token_of(fac)], 0.6)
            return
        if fac.cls == "Facility" and not any(r.predicate == "locatedIn" and r.subject is fac for r in self.facts.relations):
            for y in (y for y in self.facts.mentions if core(y) == "Place" and fac.start <= y.start and y.end < fac.end
                      and y.key_text.lower() != fac.key_text.lower()):  # "the Kitwe smelter": a place we read there
                if rank(fac) < rank(y):
                    self.add(fac, "locatedIn", y, [self.token_of(fac)], 0.6)
                return

    def whole_of(self, v, o) -> None:
        """The product a supply goes into: 'supplies X for P', 'P's X', 'its X' after P was named."""
        via = [self.via[o.i]] if o.i in self.via else []
        for p in [p for t in [v, o, *via] for p in self.pobjs(t, ("for",))]:
            whole = self.product(p)
            owned = any(c.dep_ == "poss" for c in p.children)
            if whole is not None and not owned and any(c.dep_ == "det" and c.lower_ == "the" for c in p.children):
                lo = self.sents.upto(p, 3)[0].start_char  # "... for the trains": the trains named just before
                named = [m for m in self.facts.mentions if m.cls == "Product" and lo <= m.start < p.sent.start_char
                         and m.key_text.lower().split()[-1] == p.lower_]
                whole = max(named, key=lambda m: m.start) if named else whole
                owned = bool(named)
            if whole is not None and (whole.key_text[:1].isupper() or owned):
                self.wholes.setdefault(v.sent.start, whole)
        for c in (c for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"):  # "the truck's tanks"
            whole = self.ment(c)
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
            if named:
                self.wholes.setdefault(v.sent.start, max(named, key=lambda m: m.start))

    def components(self) -> None:
        """What a sentence supplies is part of the product it names as a whole ('for P', 'its'), and
        'P's components are sourced from ...' names the whole for this and the next sentence."""
        sents = self.sents.list
        for i, sent in enumerate(sents):
            for t in sent:
                if t.lemma_.lower() not in COMPONENT_NOUNS:
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
                self.used_in(t, sent.start)
                self.whose_parts(t)
                self.goes_into(t, sent.start, prev)
                self.made_for(t, sent.start)
                self.contains(t, sent.start)
        for start, item, toks in list(self.supplied):
            whole = self.wholes.get(start)
            if whole is not None and item.key_text.split()[-1].lower() not in CONSUMED:
                self.add(item, "componentOf", whole, toks, 0.7)

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
        if not subj or not (subj[0].lemma_.lower() in COMPONENT_NOUNS or subj[0].lower_ in ("they", "these")):
            return
        for p in self.pobjs(v, ("into", "in", "to")):
            whole = self.ment(p)
            if self.named_product(whole):
                self.wholes.setdefault(start, whole)
                if prev is not None:
                    self.wholes.setdefault(prev, whole)
                return

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
        if not self.named_product(whole):
            return
        objs = [t for c in v.children if c.dep_ == "dobj" for t in conjuncts(c)]
        for o in objs:
            item = self.product(o)
            if item is None or item is whole:
                continue
            self.add(item, "componentOf", whole, [v, o], 0.7)
            for src in (m for p in self.pobjs(v, ("from",)) + self.pobjs(o, ("from",))
                        for m in self.agents(p, ORG)):
                self.add(src, "supplies", item, [v, o], 0.75)

    def places(self) -> None:
        """'Yangzhou, Jiangsu province', 'Taiyuan, the capital of Shanxi', 'In X, a plant ...'."""
        doc = self.doc
        for t in doc:  # "Kolaka, Southeast Sulawesi", "Qinzhou, in China's Guangxi", "X, a city in Y"
            if t.text != "," or t.i == 0 or t.i + 1 >= len(doc):
                continue
            x = self.ment(doc[t.i - 1])
            y, direct = self.place_after(t.i + 1)
            if core(x) == core(y) == "Place" and x is not y and (y.cls != "Region" or direct is False) \
                    and within(x, y, direct):  # "X, Y Region" may list two; "X, in the Y region" does not
                before = doc[doc.char_span(x.start, x.end, alignment_mode="expand").start - 1] \
                    if x.start > 0 else None
                after = self.token_of(y)
                nxt = doc[after.i + 1] if after is not None and after.i + 1 < len(doc) else None
                third = self.ment(doc[after.i + 2]) if nxt is not None and nxt.text == "," \
                    and after.i + 2 < len(doc) else None
                listed = core(third) == "Place" and rank(third) <= rank(y)  # "Shenzhen, Dongguan, Foshan"
                if (before is None or before.text != ",") and (nxt is None or nxt.lower_ not in ("and", "or")) \
                        and not listed:
                    self.add(x, "locatedIn", y, [doc[t.i - 1], after], 0.7)
                    n = t.i + 1 + (doc[t.i + 1].lower_ == "the")
                    if doc[n].like_num and doc[n].lower_ not in ("one", "1"):  # "A and B, (the) two cities in Y"
                        head = doc[t.i - 1]
                        first = head
                        while first.dep_ == "conj" and first.head.i < first.i:
                            first = first.head
                        for other in (m for c in conjuncts(first) if c.i < head.i
                                      for m in [self.ment(c)] if core(m) == "Place"):
                            self.add(other, "locatedIn", y, [doc[t.i - 1], after], 0.7)
        for t in doc:  # "from Lishu County in Jilin province", the 'in' parsed onto the verb
            if t.lower_ != "in" or t.i == 0 or t.i + 1 >= len(doc) or t.head.i == t.i - 1:
                continue
            x = self.ment(doc[t.i - 1])
            if core(x) not in ("Place", "Facility") or x.end != doc[t.i - 1].idx + len(doc[t.i - 1]) \
                    or core(x) == "Facility" and self.planned(t):
                continue  # "in X Industrial Park in the Y district", the second 'in' on the verb
            k = t.i + 1 + (doc[t.i + 1].lower_ == "the")
            y = self.ment(doc[k]) if k < len(doc) else None
            d = next((d for d in range(k, min(k + 4, len(doc) - 2)) if doc[d + 1].lower_ == "of"
                      and doc[d].lower_ in DESIGNATIONS and all(z.pos_ in ("ADJ", "PROPN") for z in doc[k:d])), None)
            if y is None and d is not None:
                y = self.designated(doc[d])  # "... in the city of X", "in the southern Indian state of X"
            if core(y) == "Place" and y is not x and rank(x) < rank(y):
                self.add(x, "locatedIn", y, [doc[t.i - 1], doc[k]], 0.7)
        for t in doc:
            if t.lemma_.lower() != "capital" or t.pos_ != "NOUN":
                continue
            x = None
            if t.dep_ == "appos":
                comma = t.left_edge.i - 1  # "Taiyuan, the capital of Shanxi": the name before the comma
                x = self.ment(doc[comma - 1]) if comma > 0 and doc[comma].text == "," else self.ment(t.head)
            elif t.dep_ == "compound":  # "the regional capital Zaragoza"
                x = self.ment(t.head)
            elif any(c.dep_ == "appos" and c.i == t.i + 1 for c in t.children):  # the same, read as apposition
                x = self.ment(t.doc[t.i + 1])
            elif t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in t.children):
                cities = {m.key_text: m for m in self.facts.mentions if m.cls == "City"
                          and t.sent.start_char <= m.start < t.idx}  # "X ..., as the capital of Y tries to"
                x = next(iter(cities.values())) if len(cities) == 1 else None
            if x is not None:
                ys = [m for o in self.pobjs(t, ("of",)) for m in self.agents(o, ("Place",))]
                if not ys and any(c.lower_ in ("provincial", "state", "regional") for c in t.children
                                  if c.dep_ == "amod"):
                    ys = sorted((m for m in self.facts.mentions if m.cls in ("Province", "Region")
                                 and m.end <= t.left_edge.idx),
                                key=lambda m: m.start)[-1:]
                for y in ys:  # "Taiyuan, the provincial capital": of the province the story is about
                    if core(x) == "Place" and x is not y and rank(x) <= rank(y):
                        self.add(x, "locatedIn", y, [t.head, t, self.token_of(x)], 0.8)
        heads = {t.head.i for t in doc if t.lower_ == "there" and t.dep_ == "advmod"}
        for v in (doc[i] for i in sorted(heads)):  # "Most firms sit in X. There, Y operates the Z Data Center"
            there = [c for c in v.children if c.dep_ == "advmod" and c.lower_ == "there" and c.i == c.sent.start]
            sents = self.sents.upto(v, 2) if there else []
            if len(sents) < 2:
                continue
            places = [m for t in sents[0] if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
                      for m in self.agents(t, ("Place",))]
            sites = [m for c in v.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                     for m in [self.ment(c)] if m is not None and m.cls == "Facility"]
            for fac in sites:
                for y in places[-1:]:
                    if rank(fac) < rank(y):
                        self.add(fac, "locatedIn", y, [there[0], v, self.token_of(fac)], 0.65)
        for v in doc:  # "In Foshan, a plant operated by X turns out ...": the plant is there
            if v.pos_ not in ("VERB", "AUX"):
                continue
            subj = [self.ment(c) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            fac = next((m for m in subj if m is not None and m.cls == "Facility"), None)
            if fac is None:
                continue
            for y in (m for o in self.pobjs(v, ("in",)) for m in self.agents(o, ("Place", "Facility"))):
                if rank(fac) < rank(y) and y is not fac:
                    self.add(fac, "locatedIn", y, [v, self.token_of(y)], 0.65)

    def facility_places(self) -> None:
        """'The plant, ...' after a sentence that puts the same noun in a place ('its plant in the X zone')
        is there too."""
        doc = self.doc
        for f in [m for m in self.facts.mentions if m.cls == "Facility"]:
            t = self.token_of(f)
            if t is None or t.lemma_.lower() not in FACILITY_NOUNS or not self.bare(t) or t.sent.start == 0 \
                    or not any(c.lower_ == "the" for c in t.children):
                continue
            prev = doc[t.sent.start - 1].sent
            same = [x for x in prev if x.lemma_.lower() == t.lemma_.lower() and x.pos_ == "NOUN"]
            if len(same) != 1 or self.planned(same[0]):
                continue
            for y in (m for o in self.pobjs(same[0], ("in",)) for m in self.agents(o, ("Place",))):
                if rank(f) < rank(y):
                    self.add(f, "locatedIn", y, [same[0], self.token_of(y), t], 0.65)

    def place_after(self, i: int):
        """The place a comma's apposition names, and whether it follows the comma at once: 'Y',
        'in Y', 'in northern Y', 'in China's Y', 'in the German state of Y', 'a county-level city
        under Y' (the last place before the phrase ends)."""
        doc = self.doc
        y = self.ment(doc[i])
        if core(y) == "Place":
            return y, True
        j, direct = i, False
        k = i
        while k < len(doc) and k - i < 3 and COMPASS.fullmatch(doc[k].lower_):
            k += 1  # "Datong, north China's Shanxi Province" (any compass word, then a country's possessive)
        if k > i and k + 2 < len(doc) and core(self.ment(doc[k])) == "Place" and doc[k + 1].text in ("'s", "’s"):
            y = self.ment(doc[k + 2])
            return (y, False) if core(y) == "Place" and y.cls != "Country" else (None, False)
        if doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].like_num and doc[j + 1].is_alpha:
            j += 1  # "A, B and C, the three core cities of Y"
        if doc[j].lower_ in ("a", "an") or doc[j].like_num and doc[j].is_alpha:  # "a city in", "two cities on"
            k = j + 1
            while k < len(doc) and k - j <= 5 and doc[k].lower_ not in ("in", "under", "on", "of") and not doc[k].is_punct \
                    or k < len(doc) and doc[k].text == "-":
                k += 1
            if k < len(doc) and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() not in DESIGNATIONS:
                return None, False  # "a city of 2 million", "a hub of trade": of a place only after its designation
            if k >= len(doc) or doc[k].lower_ not in ("in", "under", "on", "of") or \
                    not any(x.lower_ in DESIGNATIONS or x.lemma_.lower() in DESIGNATIONS for x in doc[j + 1:k]):
                return None, False
            j, direct = k, None  # described as a place in it: no larger by rank needed
        if doc[j].lower_ not in ("in", "under") and not (direct is None and doc[j].lower_ in ("on", "of")):
            return None, False
        found = None
        for x in doc[j + 1:j + 9]:
            if x.is_punct and x.text not in ("-", "'s") or x.lower_ in ("and", "or", "where", "which", "that") \
                    or x.pos_ in ("VERB", "AUX"):
                break
            m = self.ment(x)
            if core(m) == "Place":
                found = m
        return found, direct

    def org_places(self) -> None:
        """Where a firm is, from the words right after its name: 'X of Y' and 'X in Y', and a description
        in apposition, 'X, a Y company', 'X, a Y-based shipper', 'X, a state-run institute in Y'."""
        doc = self.doc
        for m in [m for m in self.facts.mentions if core(m) == "Organization"]:
            first = doc.char_span(m.start, m.end, alignment_mode="expand")
            i = first.start if first is not None and len(first) else 0
            if i >= 2 and (doc[i - 1].lower_ in FIRM_NOUNS or doc[i - 1].text in ("'s", "’s")):
                y = self.ment(doc[i - 2])  # "Changzhou firm X", "Zhuzhou's X": X is based there
                if core(y) == "Place" and y.cls not in ("Country", "Region") and y.end == doc[i - 2].idx + len(doc[i - 2]) \
                        and (m.cls == "Company" or m.cls == "Organization" and doc[i - 1].lower_ in FIRM_NOUNS):
                    self.add(m, "headquarteredIn", y, [doc[i - 2], doc[i]], 0.7)
            last = self.token_of(m)
            if last is None or m.end != last.idx + len(last) or last.i + 2 >= len(doc):
                continue
            nxt = doc[last.i + 1]
            if nxt.lower_ in ("in", "of") and m.cls != "GovernmentBody":
                y = self.place_at(last.i + 2)
                by = last.head if last.dep_ == "pobj" and last.head.dep_ == "agent" else None
                if by is not None and nxt.lower_ == "in" and by.head.lemma_.lower() in \
                        OPERATE_VERBS | PRODUCE_VERBS | FOUND_VERBS | LOCATE_VERBS:
                    continue  # "a plant run by X in Y", "made by X in Y": Y is where the plant is
                if y is not None and y.cls not in ("Country", "Region"):
                    pred = "headquarteredIn" if nxt.lower_ == "of" and m.cls in ("Company", "Organization") else "locatedIn"
                    self.add(m, pred, y, [last, self.token_of(y)], 0.7)
            elif nxt.text == "," and doc[last.i + 2].lower_ in ("a", "an"):
                self.described(m, last.i + 3)

    def place_at(self, i: int) -> Mention | None:
        """The place named at token i ('Y', 'the Y district')."""
        doc = self.doc
        i += i < len(doc) and doc[i].lower_ == "the"
        y = self.ment(doc[i]) if i < len(doc) else None
        return y if core(y) == "Place" and y.start == doc[i].idx else None

    def described(self, org: Mention, i: int) -> None:
        """'X, a Y apparel platform' / 'X, a Y-based maker': X is headquartered in Y; '..., a mill in Y':
        X is in Y. The description ends at its head noun (stops at punctuation, clauses, 'of')."""
        doc = self.doc
        k, places = i, []
        while k < len(doc) and k - i < 8:
            x = doc[k]
            if x.pos_ in ("ADP", "SCONJ", "CCONJ", "PRON", "AUX") or x.is_punct and x.text != "-" \
                    or x.pos_ == "VERB" and x.dep_ != "amod":
                break
            y = self.ment(x)
            hyphened = k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ not in ("based", "headquartered")
            if core(y) == "Place" and (not places or places[-1] is not y) and not hyphened:  # not "Y-listed"
                places.append(y)
            elif y is not None and core(y) not in ("Place", "Product") and not (y.cls == "Facility" and y.start >= doc[i].idx):
                return  # "X, a Y University lab": another entity, not a description of X ('a mill' is X)
            k += 1
        head = doc[k - 1] if k > i else None
        if head is None or head.pos_ != "NOUN" or core(self.ment(head)) not in (None, "Facility") \
                or head.lemma_.lower() in DESIGNATIONS:
            return
        for y in places:
            self.add(org, "headquarteredIn", y, [head, self.token_of(y)], 0.7)
        if not places and k < len(doc) and doc[k].lower_ == "in":
            y = self.place_at(k + 1)
            if y is not None:
                self.add(org, "locatedIn", y, [head, self.token_of(y)], 0.7)
        if k + 1 < len(doc) and doc[k].lower_ == "under":  # "X, a regulator under the Ministry of Y"
            j = k + 1 + (doc[k + 1].lower_ == "the")
            y = self.ment(doc[j]) if j < len(doc) else None
            if core(y) == "Organization" and y is not org and y.start == doc[j].idx:
                self.add(org, "partOf", y, [head, self.token_of(y)], 0.7)

    def run(self) -> None:
        self.verbs()
        self.nouns()
        self.org_places()
        self.places()
        self.facility_places()
        self.title_at()
        self.names()
        self.components()


@register("relations")
def make_relations(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        Reader(doc, facts).run()
    return extract
