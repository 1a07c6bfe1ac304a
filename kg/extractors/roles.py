"""Roles: a person's position in an organisation, from appositions, attributions and copulas.

"Ma Li, founder and CEO of tech firm Haibei, said", "said Sun Wei, executive deputy
director of the liaison office", "the company's CEO, Ma Li", "Haibei CEO Ma Li",
"Ma Li is the CEO of Haibei", "Ma Li, who chairs the company". A founder also gets a `founded` relation; a position held at a
factory is a position in the organisation that runs it.
"""
from __future__ import annotations

from ..model import DocFacts, Mention, Relation, Role
from ..terms import parent_class
from . import register
from .common import asserted, covering, evidence, focus_org, mention_of, sentences
from .lexicon import FOUNDER_WORDS, TITLE_HEADS, TITLE_MODIFIERS

NAME = "roles"
ROLE_VERBS = {"chair": "chair", "head": "head"}  # "X chairs the company": X is its chair


def is_title(tok) -> bool:
    return tok.lower_ in TITLE_HEADS and tok.pos_ in ("NOUN", "PROPN", "ADJ")


def title_tokens(tok) -> list:
    """A title and the titles coordinated with it: 'founder and CEO'."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        if is_title(t):
            out.append(t)
            todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def title_text(doc, titles: list) -> str:
    """The title as written, with its modifiers: 'executive deputy director', 'founder and CEO'."""
    parts = []
    for t in titles:
        start = t.i
        while start > 0 and doc[start - 1].lower_ in TITLE_MODIFIERS | TITLE_HEADS and \
                (doc[start - 1].head.i in range(start, t.i + 1) or doc[start - 1].head.i == t.head.i) \
                and not is_founder(doc[start - 1]):
            start -= 1
        parts.append(doc[start:t.i + 1].text)
    return " and ".join(parts)


def corporate(doc, title) -> bool:
    """Titles that only companies give: chief executive, CEO, chief financial officer, general manager."""
    words = title_text(doc, [title]).lower()
    return words in ("ceo", "cfo", "cto", "coo") or words.endswith("officer") or words in (
        "chief executive", "general manager", "managing director")


PUBLIC_TITLES = {"secretary", "governor", "mayor", "premier", "minister", "senator", "ambassador", "commissioner",
                 "general", "representative", "spokesperson", "spokesman", "spokeswoman"}
SPEECH = {"say", "tell", "add", "note", "explain", "stress", "told"}


def speaker(tok) -> bool:
    """The person is the subject of a verb of speech: "President Director X told reporters"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH


def is_founder(tok) -> bool:
    return tok.lower_ in FOUNDER_WORDS


class Reader:
    def __init__(self, doc, facts: DocFacts):
        self.doc, self.facts = doc, facts
        self.seen: set = set()

    def org_of(self, tok) -> Mention | None:
        """The organisation a token names; for a facility, the organisation that runs it."""
        m = mention_of(self.facts, tok)
        if m is None:
            return None
        if parent_class(m.cls) == "Organization":
            return m
        if m.cls == "Facility":
            for p in (c for c in tok.children if c.dep_ == "poss"):
                owner = mention_of(self.facts, p)
                if owner is not None and parent_class(owner.cls) == "Organization":
                    return owner
        return None

    def unit_of(self, tok) -> Mention | None:
        """The organisation an unnamed unit belongs to: "the battery unit of X", "X's overseas department"."""
        if tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                org = self.org_of(c)
                if org is not None:
                    return org
            if c.dep_ == "prep" and c.lower_ in ("of", "at"):
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    org = self.org_of(p) or self.unit_of(p)
                    if org is not None:
                        return org
        return None

    def orgs_after(self, titles: list) -> list[Mention]:
        found = []
        for prep in ("of", "at", "with", "for"):
            for t in titles:
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == prep:
                        for p in (p for p in c.children if p.dep_ == "pobj"):
                            org = self.org_of(p) or self.unit_of(p)
                            if org is not None:
                                found.append(org)
            if found:
                return found[:1]
        return []

    def add(self, person: Mention, titles: list, org: Mention | None, title: str | None = None) -> None:
        if org is None or not titles:
            return
        tokens = [self.token_of(person), *titles]
        span = covering(self.doc, *[t for t in tokens if t is not None])
        key = (person.key_text, org.key_text)
        if any(is_founder(t) for t in titles) and key + ("founded",) not in self.seen:
            self.seen.add(key + ("founded",))
            self.facts.relations.append(Relation(person, "founded", org, evidence(self.facts, span, NAME, 0.85)))
        if all(is_founder(t) for t in titles):
            return
        title = title or title_text(self.doc, titles)
        if any(w in title.lower().split() for w in ("former", "ex", "late", "retired")) or \
                any(self.doc[t.i - 1].lower_ in ("former", "ex-", "late") for t in titles if t.i > 0):
            return  # a past position is not a current one
        if key + (title.lower(),) in self.seen:
            return
        self.seen.add(key + (title.lower(),))
        self.facts.roles.append(Role(person, org, title, evidence(self.facts, span, NAME, 0.85)))

    def focus(self, tok, n: int = 1) -> Mention | None:
        """The organisation a sentence (or the last few) is about: the latest one named before ``tok`` in
        its sentence, else the firm in focus over the last ``n``."""
        if n > 1:
            return self.focus(tok) or self.last_subject(tok) or focus_org(self.facts, tok, n)
        sents = sentences(self.doc).upto(tok, n)
        lo = sents[0].start_char if sents else 0
        orgs = [m for m in self.facts.mentions if parent_class(m.cls) == "Organization"
                and lo <= m.start < tok.idx and (n == 1 or m.cls == "Company")]
        return max(orgs, key=lambda m: m.start) if orgs else None

    def last_subject(self, tok) -> Mention | None:
        """The organisation the previous sentence is about ("X makes cranes. Its chairman is Y")."""
        sents = sentences(self.doc).upto(tok, 2)
        if len(sents) < 2:
            return None
        for t in (t for t in sents[0] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"):
            m = mention_of(self.facts, t)
            if m is not None and parent_class(m.cls) == "Organization":
                return m
        return None

    def token_of(self, m: Mention):
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span[-1] if span is not None and len(span) else None

    def person(self, m: Mention) -> None:
        p = self.token_of(m)
        if p is None or mention_of(self.facts, p) is not m:
            return
        # "Ma Li, founder and CEO of Haibei"
        for c in p.children:
            if c.dep_ == "appos" and is_title(c):
                titles = title_tokens(c)
                self.add(m, titles, (self.orgs_after(titles) or [None])[0])
        # "the company's CEO, Ma Li" / "Haibei's chief executive Ma Li"
        h = p.head
        if p.dep_ in ("appos", "compound") and is_title(h):
            org = next((self.org_of(c) if c.pos_ != "PRON" else self.focus(h, n=2)
                        for c in h.children if c.dep_ == "poss"), None)
            titles = title_tokens(h)
            self.add(m, titles, org or (self.orgs_after(titles) or [None])[0])
        # "X, a former engineer, who serves as its president" / "X, who remains its chairman"
        for holder in [p] + [c for c in p.children if c.dep_ == "appos"]:
            for rel in (c for c in holder.children if c.dep_ == "relcl"
                        and c.lemma_ in ("serve", "remain", "be", "become", "act")):
                cands = [c for c in rel.children if c.dep_ in ("attr", "acomp", "oprd")]
                cands += [o for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"
                          for o in c.children if o.dep_ == "pobj"]
                for t in (t for t in cands if is_title(t)):
                    titles = title_tokens(t)
                    org = self.orgs_after(titles) or [self.focus(t) if any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children) else None]
                    self.add(m, titles, org[0])
        # "X, a former engineer who now chairs the company", "X heads the bureau"
        verbs = [c for holder in [p] + [c for c in p.children if c.dep_ == "appos"]
                 for c in holder.children if c.dep_ == "relcl"] + ([h] if p.dep_ == "nsubj" else [])
        for v in (v for v in verbs if v.lemma_.lower() in ROLE_VERBS and v.pos_ == "VERB" and asserted(v)):
            for o in (o for o in v.children if o.dep_ == "dobj"):  # "heads the battery unit of X"
                self.add(m, [v], self.org_of(o) or self.unit_of(o), ROLE_VERBS[v.lemma_.lower()])
        # "Its chairman is X", "The bureau's director is X"
        if p.dep_ == "attr" and h.lemma_ == "be":
            for c in (c for c in h.children if c.dep_ == "nsubj" and is_title(c)):
                org = next((self.org_of(x) if x.pos_ != "PRON" else self.focus(c, n=2)
                            for x in c.children if x.dep_ == "poss"), None)
                titles = title_tokens(c)
                self.add(m, titles, org or (self.orgs_after(titles) or [None])[0])
        # "Wang Min is the CEO of Haibei Motors"
        if p.dep_ == "nsubj" and h.lemma_ == "be":
            for c in h.children:
                if c.dep_ == "attr" and is_title(c):
                    titles = title_tokens(c)
                    self.add(m, titles, (self.orgs_after(titles) or [None])[0])
        # "Haibei CEO Ma Li": title words right before the name, an organisation before them
        start = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if start is None:
            return
        i = start.start - 1
        titles = []
        while i >= 0 and (self.doc[i].lower_ in TITLE_HEADS | TITLE_MODIFIERS):
            if is_title(self.doc[i]):
                titles.insert(0, self.doc[i])
            i -= 1
        if titles and i >= 0:
            org = self.org_of(self.doc[i])
            if org is not None and self.doc[i].tag_ != "POS":
                self.add(m, titles[-1:], org)
            elif org is None and (corporate(self.doc, titles[-1]) or speaker(p) and all(
                    t.text[:1].isupper() and t.lower_ not in PUBLIC_TITLES for t in titles)):
                # "Chief Executive X told ...", "said general manager X", "President Director X said"
                self.add(m, titles[-1:], focus_org(self.facts, titles[-1]))

    def run(self) -> None:
        for m in list(self.facts.mentions):
            if m.cls == "Person":
                self.person(m)


@register("roles")
def make_roles(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        Reader(doc, facts).run()
    return extract
