"""Headquarters and facilities referred back to: "X became the company's headquarters", "Shenyang-based X", "the
plant" or "the two plants" for the facilities the sentence before named, words that are only planned or
denied, and the organisation a sentence is about.
"""
from __future__ import annotations

from ...model import Mention
from ..common import asserted, focus_org
from ..lexicon import COMPANY_CUES, FACILITY_NOUNS, HEDGE_VERBS
from .words import AGENTS, core, CREATE_VERBS, MOVE_VERBS, PLAN_VERBS

NOT_YET = {"planned", "proposed", "future", "potential", "new", "second", "third"}
SITE_NOUNS = FACILITY_NOUNS | {"works", "house", "packinghouse", "store", "laboratory", "lab", "quarry", "plantation",
                               "estate", "field", "wharf", "dock", "hotel", "airport"}


class SitesMixin:
    """The Reader's methods for sites (see the module docstring)."""

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
        """'Ytown-based Foo Tools', 'a Ztown-based shipper', 'the Ztown-headquartered firm': the company described."""
        places = [m for c in t.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < t.i
                  for m in self.agents(c, ("Place",))]
        noun = t.head
        org = self.ment(noun)
        if org is None and (noun.dep_ == "appos" or noun.dep_ == "compound" and noun.lemma_.lower() in COMPANY_CUES):
            org = self.ment(noun.head)  # "Foo Foods, a Ztown-based shipper", "the Ztown-based company Foo Foods"
        after = self.ment(self.doc[t.i + 1]) if t.i + 1 < len(self.doc) else None
        if core(org) != "Organization" and core(after) == "Organization" and after.start == self.doc[t.i + 1].idx:
            org = after  # "Ytown-based X Pvt Ltd ships ...": the name attached to a misread head
        if org is None and noun.lemma_.lower() in COMPANY_CUES and any(c.lower_ == "the" for c in noun.children):
            root = t.sent.root  # "X said ... the Ytown-based shipbuilder's history": the firm the sentence is about
            main = [self.ment(c) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            org = main[0] if main and core(main[0]) == "Organization" else focus_org(self.facts, t)
        if core(org) != "Organization":
            return
        for y in places:
            self.add(org, "headquarteredIn", y, [t, self.token_of(y)], 0.75)

    def unnamed_sites(self) -> None:
        """Sites a firm runs that no name gives, made Facility mentions so relations can hold them: what is
        run or operated ('runs a cold store'). (Not 'its works in Ytown': on unseen text such sites
        mostly duplicate a site named elsewhere.)"""
        for t in self.doc:
            if t.pos_ != "NOUN" or self.ment(t) is not None or t.lemma_.lower() not in SITE_NOUNS and t.lower_ != "works" \
                    or t.lemma_.lower() == "house" and not any(c.dep_ == "compound" for c in t.children):
                continue
            v = t.head
            if t.tag_ != "NN" and t.lower_ != "works" or any(c.dep_ == "nummod" or c.lower_ in NOT_YET for c in t.children):
                continue  # "operates 113 farms": a count; "its planned second base in Y": not there yet
            if t.dep_ == "dobj" and v.lemma_.lower() in ("run", "operate") and asserted(v) and not self.planned(v):
                span = self.doc[self.name_start(t):t.i + 1]
                self.facts.mention(span.text, "Facility", span.start_char, span.end_char)

    def the_facility(self, tok) -> Mention | None:
        """'The plant' as a subject: the one facility named in the sentence before, or the one of them named
        with that noun ('the mine' after 'the X mine ... to the Y plant'); None if several."""
        the = any(c.lower_ == "the" for c in tok.children) or tok.i > 0 and self.doc[tok.i - 1].lower_ == "the"
        if tok.lemma_.lower() not in FACILITY_NOUNS or not the or tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        facs = [m for m in self.facts.mentions if core(m) == "Facility"
                and prev.start_char <= m.start < prev.end_char]
        if len(facs) == 1:
            return facs[0]
        named = {m.key_text: m for m in facs if m.key_text.lower().split()[-1] in (tok.lower_, tok.lemma_.lower())}
        longest = [m for m in named.values() if not any(m.key_text in n for n in named if n != m.key_text)]
        return longest[0] if len(longest) == 1 else None

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
