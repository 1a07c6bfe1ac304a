"""Roles: a person's position in an organisation, from appositions, attributions and copulas.

"Qiu Ran, founder and CEO of tech firm Haibei, said", "said Sun Wei, executive deputy
director of the liaison office", "the company's CEO, Qiu Ran", "Haibei CEO Qiu Ran",
"Qiu Ran is the CEO of Haibei", "Qiu Ran, who chairs the company", "Haibei, whose board is
chaired by Qiu Ran", "Chief Executive Qiu Ran of Haibei". A bare title ("Qiu Ran, who remains
chairman") is held at the firm the text says the person founded. A founder also gets a
`founded` relation; a position held at a factory is a position in the organisation that runs it.
"""
from __future__ import annotations

from ..model import DocFacts, Mention, Relation, Role
from ..resolve import link_names
from ..terms import parent_class
from . import register
from .common import asserted, covering, evidence, focus_org, mention_of, sentences
from .lexicon import (FIRM_TITLES, FOCUS_ORG_NOUNS, FOUND_VERBS, FOUNDER_WORDS, OPERATE_VERBS, RUN_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS)

NAME = "roles"
APPOINT_VERBS = {"appoint", "name", "elect", "promote", "hire", "nominate"}
ROLE_VERBS = {"chair": "chair", "head": "head", "run": "head", "lead": "head"}  # "X chairs the company": its chair
OTHER_FIRMS = {"parent", "rival", "competitor", "partner", "customer", "client", "supplier", "owner",
               "shareholder", "buyer", "investor", "lender", "creditor"}  # "Foo's rival": not Foo
# what one runs or leads as its head: "runs Foo's export division", not "leads Foo's push into Europe"
UNIT_NOUNS = {"division", "unit", "department", "office", "bureau", "branch", "arm", "subsidiary", "business",
              "operations", "committee", "board", "team"}
# posts (not trades) a bare title names: "X, who remains chairman"
POSITIONS = {"chairman", "chairwoman", "chair", "chairperson", "president", "ceo", "cfo", "cto", "coo", "executive",
             "officer", "director", "manager", "head", "chief"}
GOVERNING = {"committee", "government", "administration", "authority", "council", "commission"}
LEAD_VERBS = {"lead": "head", "head": "head", "chair": "chair"}  # "the bureau, led by X"
HEADS = TITLE_HEADS | {"inspector", "supervisor", "treasurer", "controller", "coordinator", "chairperson",
                       "superintendent", "auditor", "magistrate"}
TITLE_RUN = HEADS | TITLE_MODIFIERS  # the words of a title before a name
# positions one holds in an organisation, never towards a person: "an officer at X" makes X one
ORG_POSITIONS = {"director", "president", "chairman", "chairwoman", "chair", "ceo", "cfo", "cto", "coo",
                 "executive", "officer", "head", "manager", "dean", "professor", "researcher", "economist",
                 "analyst", "engineer", "scientist", "chief", "lecturer", "inspector", "founder", "co-founder"}


def is_title(tok) -> bool:
    """A position: 'director', 'CEO', and in the plural 'co-founders' of two people."""
    return (tok.lower_ in HEADS or tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in HEADS) and \
        tok.pos_ in ("NOUN", "PROPN", "ADJ")


def title_tokens(tok) -> list:
    """A title and the titles coordinated with it: 'founder and CEO'."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        if is_title(t):
            out.append(t)
            todo += [c for c in t.children if c.dep_ in ("conj", "appos") and c.i > t.i]  # "CEO and co-founder"
    return out


def title_text(doc, titles: list) -> str:
    """The title as written, with its modifiers: 'executive deputy director', 'founder and CEO'."""
    parts = []
    for t in titles:
        start = t.i
        while start > 0 and doc[start - 1].lower_ in TITLE_MODIFIERS | HEADS and \
                (doc[start - 1].head.i in range(start, t.i + 1) or doc[start - 1].head.i == t.head.i) \
                and not is_founder(doc[start - 1]):
            start -= 1
        k = start  # "chief technology officer", "vice-president": words inside a title that opens with a modifier
        while k > 0 and start - k < 3 and (k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_
                                            and not doc[k - 2].whitespace_ or doc[k - 1].is_lower and doc[k - 1].dep_ in ("compound", "amod", "nmod")
                                            and doc[k - 1].head.i in range(k, t.i + 1)):
            k -= 2 if doc[k - 1].text == "-" else 1
            if doc[k].lower_ in TITLE_MODIFIERS and not (k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_):
                start = k
        end = t.i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                doc[end + 1].lower_ in TITLE_MODIFIERS | HEADS:  # "secretary-general"
            end += 2
        k = end + 1  # "head of research at X", "director of sales at X": the remit is part of the title
        while k < len(doc) and k - end <= 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "CCONJ"):
            k += 1
        if end < len(doc) and doc[end].lower_ == "of" and k > end + 1 and k < len(doc) and doc[k].lower_ == "at":
            end = k
        parts.append(doc[start:end].text)
    return " and ".join(parts)


def corporate(doc, title) -> bool:
    """Titles that only companies give: chief executive, CEO, chief financial officer, general manager."""
    words = title_text(doc, [title]).lower()
    return words in ("ceo", "cfo", "cto", "coo") or words.endswith("officer") or words in (
        "chief executive", "general manager", "managing director")


PUBLIC_TITLES = {"secretary", "governor", "mayor", "premier", "minister", "senator", "ambassador", "commissioner",
                 "general", "representative", "spokesperson", "spokesman", "spokeswoman",
                 "professor", "dr", "dr.", "prof", "prof."}  # and academic honorifics: no post in the firm in focus
FIRM_POSTS = FIRM_TITLES | {"executive", "officer"}
# posts held in a place itself: "governor of Foo", "Party secretary of Foo County", "Foo's industries minister"
PLACE_POSTS = {"governor", "mayor", "premier", "secretary", "chief", "minister", "magistrate"}
SPEECH = {"say", "tell", "add", "note", "explain", "stress", "told"}


def speaker(tok) -> bool:
    """The person is the subject of a verb of speech: "President Director X told reporters"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH


def is_founder(tok) -> bool:
    return tok.lower_ in FOUNDER_WORDS or tok.lemma_.lower() in FOUNDER_WORDS


def founding(verb) -> bool:
    lemma = verb.lemma_.lower()
    return (lemma in FOUND_VERBS or lemma == "set" and any(c.lower_ == "up" for c in verb.children)) \
        and asserted(verb)


class Reader:
    def __init__(self, doc, facts: DocFacts):
        self.doc, self.facts = doc, facts
        self.seen: set = set()
        self.holder: Mention | None = None
        self.at = None  # the token that names the person being read (a pronoun for them)

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
            return self.operator(m)
        return None

    def operator(self, site: Mention) -> Mention | None:
        """Who runs a facility, where the text says so: "the plant, operated by X", "X runs the plant"."""
        for x in (x for x in self.facts.mentions if x.key_text == site.key_text and x.cls == "Facility"):
            tok = self.token_of(x)
            if tok is None:
                continue
            for acl in (c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_ in RUN_VERBS):
                for o in (o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
                    org = mention_of(self.facts, o)
                    if org is not None and parent_class(org.cls) == "Organization":
                        return org
            for p in (c for c in tok.children if c.dep_ == "poss"):  # "Foo's Bar plant", "opened its Bar plant"
                org = mention_of(self.facts, p) if p.pos_ != "PRON" else self.focus(p)
                if org is not None and parent_class(org.cls) == "Organization":
                    return org
            if tok.dep_ == "dobj" and tok.head.lemma_ in OPERATE_VERBS and asserted(tok.head):
                for s in (s for s in tok.head.children if s.dep_ == "nsubj"):
                    org = mention_of(self.facts, s)
                    if org is not None and parent_class(org.cls) == "Organization":
                        return org
        for x in self.facts.mentions:  # "Foo Battery Feixi plant", named in full: Foo Battery runs "the Feixi plant"
            if x.cls == "Facility" and x.key_text.endswith(" " + site.key_text):
                org = next((o for o in self.facts.mentions if parent_class(o.cls) == "Organization"
                            and x.key_text.startswith(o.key_text + " ")), None)
                if org is not None:
                    return org
        return None

    def unit_of(self, tok) -> Mention | None:
        """The organisation an unnamed unit belongs to: "the battery unit of X", "X's overseas department"."""
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.text.islower()):
            return None
        if tok.lemma_.lower() in OTHER_FIRMS or any(c.lemma_.lower() in OTHER_FIRMS for c in tok.children
                                                    if c.dep_ in ("amod", "compound")):
            # "Foo's parent company, Bar": another firm, the one named beside it if any
            return next((o for o in (self.org_of(c) for c in tok.children if c.dep_ == "appos") if o), None)
        for c in tok.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                org = self.org_of(c) or self.governing_body(tok, c)
                if org is not None:
                    return org
            if c.dep_ == "prep" and c.lower_ in ("of", "at"):
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    org = self.org_of(p) or self.unit_of(p) or self.governing_body(tok, p) or \
                        self.named_org(p, None)  # "the Osaka plant of Foo Seiki"
                    if org is not None:
                        return org
        return None

    def whose(self, tok, verb) -> Mention | None:
        """"Foo, whose board is chaired by X": the board is Foo's; "the zone, whose committee is led by X"."""
        if not any(x.lower_ == "whose" for x in tok.children):
            return None
        return self.org_of(verb.head) or self.governing_body(tok, verb.head)

    def governing_body(self, tok, owner) -> Mention | None:
        """The body that governs a place, named after it: "the zone's administrative committee", "the
        provincial government of Foo" -> "Foo Administrative Committee", "Foo Provincial Government"."""
        place = mention_of(self.facts, owner)
        if tok.lemma_.lower() not in GOVERNING or place is None or parent_class(place.cls) != "Place":
            return None
        start = min([tok.idx] + [t.idx for t in tok.lefts if t.dep_ in ("amod", "compound") and t.pos_ != "PROPN"])
        end = tok.idx + len(tok.text)
        words = self.doc.text[start:end]
        found = next((x for x in self.facts.mentions if x.start == start and x.end == end), None)
        return found or self.facts.mention(words, "GovernmentBody", start, end, f"{place.key_text} {words.title()}")

    def governed_place(self, tok, title) -> Mention | None:
        """"governor of Foo Province", "mayor of Foo", "Foo's industries minister": the post is the place's own."""
        if title.lemma_.lower() not in PLACE_POSTS:
            return None
        for t in [tok] + [c for c in tok.children if c.dep_ == "compound"]:  # "Foo county": the name, not the word
            m = mention_of(self.facts, t)
            if m is not None and parent_class(m.cls) == "Place":
                return m
        return None

    def orgs_after(self, titles: list) -> list[Mention]:
        found = []
        for prep in ("of", "at", "with", "for"):
            for t in titles:
                tail = [x for x in t.children if x.dep_ in ("amod", "compound") and x.i == t.i + 2
                        and t.nbor(1).text == "-"]  # "director-general of X": the 'of' on 'general'
                for c in [c for x in [t] + tail for c in x.children]:
                    if c.dep_ == "prep" and c.lower_ == prep:
                        for p in (p for p in c.children if p.dep_ == "pobj"):
                            org = self.org_of(p) or self.unit_of(p) or (
                                prep in ("of", "at") and self.named_org(p, t)) or (
                                prep == "of" and self.governed_place(p, t)) or self.remit_body(p, t)
                            if org:
                                found.append(org)
            if found:
                return found[:1]
        return []

    def remit_body(self, tok, title) -> Mention | None:
        """"minister for the economy in the Government of Foo", "minister of industry of Foo": a lower-case
        remit, then the body (or the place) that holds the post."""
        if tok.pos_ != "NOUN" or not tok.text.islower() or mention_of(self.facts, tok) is not None:
            return None
        for c in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "at")):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                org = self.org_of(p) or self.governed_place(p, title)
                if org is not None:
                    return org
        return None

    def named_org(self, tok, title, holder: Mention | None = None) -> Mention | None:
        """A name after "an officer at", "CEO of" (or one founded) that the tagger took for a person is an
        organisation: one holds such a position in an organisation, never towards a person."""
        m, holder = mention_of(self.facts, tok), holder or self.holder
        if m is not None and m.cls == "Place" and title is not None and title.lower_ in FIRM_POSTS:
            kind = "Person"  # a name no lexicon knows as a place, after "chief executive of": a firm
        else:
            kind = m.cls if m is not None else None
        if m is None or kind != "Person" or tok.pos_ != "PROPN" or holder is None or \
                m.key_text == holder.key_text or title is not None and title.lower_ not in ORG_POSITIONS:
            return None
        for x in self.facts.mentions:
            if x.cls in ("Person", "Place") and x.key_text == m.key_text:
                x.cls = "Organization"
        return m

    def founded_org(self, person: Mention) -> Mention | None:
        """The organisation the text says this person founded: "X, a firm set up by P", "P, who founded X"."""
        for m in (m for m in self.facts.mentions if m.cls == "Person" and m.key_text == person.key_text):
            tok = self.token_of(m)
            if tok is None:
                continue
            verbs = [c for c in tok.children if c.dep_ == "relcl"]
            if tok.dep_ == "pobj" and tok.head.dep_ == "agent" or tok.dep_ == "nsubj":
                verbs.append(tok.head.head if tok.dep_ == "pobj" else tok.head)
            for v in (v for v in verbs if founding(v)):
                cands = [v.head] if v.dep_ in ("acl", "relcl") and v.head.i != tok.i else []
                cands += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != tok.i]
                cands += [c.head for c in cands if c.dep_ == "appos"]  # "Foo, a company set up by P"
                for c in cands:
                    org = self.org_of(c) or self.named_org(c, None, person)
                    if org is not None:
                        return org
        return None

    def poss_org(self, t, person: Mention) -> Mention | None:
        """The organisation a title's possessive names: "its chairman", "the company's chief executive"
        (the firm the person founded, if the text says so), "Foo's president"."""
        for c in (c for c in t.children if c.dep_ == "poss"):
            if c.pos_ == "PRON":  # "X was founded by P, a researcher at U, who remains its chairman": X
                return self.founded_org(person) or self.focus(c) if c.lower_ in ("its", "their") else None
            org = self.org_of(c)
            if org is None and c.lemma_.lower() in FOCUS_ORG_NOUNS or org is not None and \
                    org.text.lower().startswith("the "):
                return self.founded_org(person) or org
            return org or self.governed_place(c, t)
        return None

    def bare_org(self, person: Mention, titles: list) -> Mention | None:
        """A title with no organisation ("X, who remains chairman", "X, Chief Operating Officer"): the
        organisation X founded, else for a title only firms give, the firm in focus."""
        if any(c.dep_ in ("poss", "prep") for t in titles for c in t.children) or \
                titles[-1].lemma_.lower() not in POSITIONS:  # "a former potash engineer": a trade, no post
            return None
        return self.founded_org(person) or (
            focus_org(self.facts, titles[-1], acting=True) if corporate(self.doc, titles[-1]) else None)

    def founded(self, person: Mention, org: Mention, span) -> None:
        key = (person.key_text, org.key_text, "founded")
        if key not in self.seen:
            self.seen.add(key)
            self.facts.relations.append(Relation(person, "founded", org, evidence(self.facts, span, NAME, 0.85)))

    def add(self, person: Mention, titles: list, org: Mention | None, title: str | None = None) -> None:
        if org is None or not titles:
            return
        tokens = [self.at if self.at is not None else self.token_of(person), *titles]
        span = covering(self.doc, *[t for t in tokens if t is not None])
        key = (person.key_text, org.key_text)
        if any(is_founder(t) for t in titles):
            self.founded(person, org, span)
        if all(is_founder(t) for t in titles):
            return
        title = title or title_text(self.doc, titles)
        if any(w in title.lower().split() for w in ("former", "ex", "late", "retired")) or \
                any(self.doc[t.i - 1].lower_ in ("former", "ex-", "late") for t in titles if t.i > 0) or \
                any(c.lower_ in ("former", "ex", "retired") for t in titles for c in t.children if c.dep_ == "amod"):
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

    def person(self, m: Mention, pronoun=None) -> None:
        """The posts the text gives person ``m`` where it names them (or, with ``pronoun``, where a he/she
        stands for them)."""
        p = pronoun or self.token_of(m)
        if p is None or pronoun is None and mention_of(self.facts, p) is not m:
            return
        self.at = p
        # "Qiu Ran, founder and CEO of Haibei"; "Qiu Ran and Wu Di, co-founders of Haibei"
        self.holder = m
        first = mention_of(self.facts, p.head) if p.dep_ == "conj" else None
        for hp in [p] + ([p.head] if first is not None and first.cls == "Person" else []):
            for c in (c for c in hp.children if c.dep_ == "appos" and is_title(c)):
                if hp is not p and c.tag_ not in ("NNS", "NNPS"):
                    continue
                titles = title_tokens(c)
                own = [t for t in titles if any(x.dep_ == "prep" and x.lower_ in ("of", "at") for x in t.children)]
                if len(own) >= 2:  # "director of A and dean of B": each post is in its own body
                    for t in own:
                        self.add(m, [t], (self.orgs_after([t]) or [None])[0])
                    continue
                after = [self.org_of(o) for x in hp.children if x.dep_ == "prep" and x.lower_ in ("of", "at")
                         and x.i > c.i for o in x.children if o.dep_ == "pobj"]  # "of" misattached to the name
                self.add(m, titles, (self.orgs_after(titles) or [None])[0] or next((o for o in after if o), None)
                         or self.poss_org(c, m) or self.bare_org(m, titles))
        # "the company's CEO, Qiu Ran" / "Haibei's chief executive Qiu Ran"
        h = p.head
        if p.dep_ in ("appos", "compound", "nmod") and is_title(h):  # "X, Chief Financial Officer" as nmod
            org = next((self.org_of(c) or self.governed_place(c, h) if c.pos_ != "PRON" else self.focus(h, n=2)
                        for c in h.children if c.dep_ == "poss"), None)
            titles = title_tokens(h)
            self.add(m, titles, org or (self.orgs_after(titles) or [None])[0] or (
                self.bare_org(m, titles) if p.i < h.i else None))
        # "The head of Foo, X, said": the name read as an apposition of the firm
        if p.dep_ == "appos" and h.dep_ == "pobj" and h.head.lower_ in ("of", "at") and is_title(h.head.head):
            self.add(m, title_tokens(h.head.head), self.org_of(h))
        # "X, a former engineer, who serves as its president" / "X, who remains its chairman" /
        # "X, who founded Foo and serves as its chairman" / "X serves as the company's president"
        for holder in [p] + [c for c in p.children if c.dep_ == "appos"]:
            rels = [c for c in holder.children if c.dep_ == "relcl"]
            rels += [c for r in rels for c in r.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
            rels += [h] if holder is p and p.dep_ in ("nsubj", "nsubjpass") and h.lemma_ != "be" else []
            for rel in (c for c in rels if c.lemma_ in ("serve", "remain", "be", "become", "act", "appoint", "name",
                                                        "elect", "promote", "join", "take") and not (
                    c.tag_ == "VBD" and c.lemma_ in ("be", "serve", "act")) and asserted(c)):  # "who was CEO until 2020"
                if rel.lemma_ == "take" and not any(c.lower_ == "over" for c in rel.children):
                    continue  # "took over as chief executive"
                cands = [c for c in rel.children if c.dep_ in ("attr", "acomp", "oprd")]
                cands += [o for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"
                          for o in c.children if o.dep_ == "pobj"]
                joined = next((self.org_of(c) for c in rel.children if c.dep_ == "dobj"), None) \
                    if rel.lemma_ == "join" else None  # "X joined Foo as its CFO"
                for t in (t for t in cands if is_title(t)):
                    titles = title_tokens(t)
                    org = (self.orgs_after(titles) or [None])[0] or joined or self.poss_org(t, m) or \
                        self.bare_org(m, titles)
                    self.add(m, titles, org)
        # "X, a former engineer who now chairs the company", "X heads the bureau"
        verbs = [c for holder in [p] + [c for c in p.children if c.dep_ == "appos"]
                 for c in holder.children if c.dep_ == "relcl"] + ([h] if p.dep_ == "nsubj" else [])
        for v in (v for v in verbs if v.lemma_.lower() in ROLE_VERBS and v.pos_ == "VERB" and asserted(v)):
            for o in (o for o in v.children if o.dep_ == "dobj"):  # "heads the battery unit of X"
                unit = v.lemma_.lower() in ("head", "chair") or o.lemma_.lower() in UNIT_NOUNS
                self.add(m, [v], self.org_of(o) or (self.unit_of(o) if unit else None), ROLE_VERBS[v.lemma_.lower()])
        # "Its chairman is X", "The bureau's director is X"
        if p.dep_ == "attr" and h.lemma_ == "be":
            for c in (c for c in h.children if c.dep_ == "nsubj" and is_title(c)):
                org = next((self.org_of(h.head) if x.lower_ == "whose" and h.dep_ == "relcl"  # "X, whose CEO is Y"
                            else self.org_of(x) if x.pos_ != "PRON" else self.focus(c, n=2)
                            for x in c.children if x.dep_ == "poss"), None)
                titles = title_tokens(c)
                self.add(m, titles, org or (self.orgs_after(titles) or [None])[0])
        # "Foo appointed X as chief financial officer": the post is in the body that appoints
        if p.dep_ == "dobj" and h.lemma_.lower() in APPOINT_VERBS and asserted(h):
            for t in (o for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                      if o.dep_ == "pobj" and is_title(o)):
                titles = title_tokens(t)
                subj = next((self.org_of(c) for c in h.children if c.dep_ == "nsubj"), None)
                self.add(m, titles, (self.orgs_after(titles) or [None])[0] or self.poss_org(t, m) or subj)
        # "Wang Min is the CEO of Haibei Motors"
        if p.dep_ == "nsubj" and h.lemma_ == "be":
            for c in h.children:
                if c.dep_ == "attr" and is_title(c):
                    titles = title_tokens(c)
                    self.add(m, titles, (self.orgs_after(titles) or [None])[0])
        # "the bureau, which is led by director X", "a committee headed by X"
        if p.dep_ == "pobj" and h.dep_ == "agent" and h.head.lemma_.lower() in LEAD_VERBS and asserted(h.head):
            v = h.head
            subj = [c if c.tag_ not in ("WDT", "WP") else v.head for c in v.children if c.dep_ == "nsubjpass"]
            subj = subj or ([v.head] if v.dep_ == "acl" else [])
            org = next((o for o in (self.org_of(x) or self.unit_of(x) or self.whose(x, v) for x in subj) if o), None)
            before = self.titles_before(m)[0]
            self.add(m, before[-1:] or [v], org, None if before else LEAD_VERBS[v.lemma_.lower()])
        # "Haibei CEO Qiu Ran": title words right before the name, an organisation before them
        if pronoun is not None:
            return
        titles, i = self.titles_before(m)
        after = [self.org_of(o) or titles and self.governed_place(o, titles[-1]) for c in p.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "at")
                 for o in c.children if o.dep_ == "pobj"]  # "Chief Executive X of Foo Energy", "Governor X of Foo"
        if titles and any(after):
            self.add(m, titles[-1:], next(o for o in after if o))
        elif titles and i >= 0:
            k = i - 1 if self.doc[i].tag_ == "POS" and i > 0 else i  # "Foo Motors' chairman X", "Foo's mayor X"
            org = self.org_of(self.doc[k]) or self.governed_place(self.doc[k], titles[-1])
            if org is not None:
                self.add(m, titles[-1:], org)
            elif org is None and (corporate(self.doc, titles[-1]) or speaker(p) and all(
                    t.text[:1].isupper() and t.lower_ not in PUBLIC_TITLES for t in titles)):
                # "Chief Executive X told ...", "said general manager X", "President Director X said"
                self.add(m, titles[-1:], focus_org(self.facts, titles[-1], acting=True))

    def titles_before(self, m: Mention) -> tuple[list, int]:
        """The title words right before a name, and the index of the word before them."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return [], -1
        i, titles = span.start - 1, []
        while i >= 0 and (self.doc[i].lower_ in TITLE_RUN or self.doc[i].text == "-" and titles
                          and i > 0 and self.doc[i - 1].lower_ in TITLE_MODIFIERS):  # "Foo vice-mayor X"
            if is_title(self.doc[i]):
                titles.insert(0, self.doc[i])
            i -= 1
        while titles and i >= 0 and self.doc[i].pos_ == "NOUN" and self.doc[i].text.islower() \
                and self.doc[i].dep_ == "compound" and self.doc[i].head.i in [t.i for t in titles]:
            i -= 1  # the remit of a post: "Foo's industries minister X"
        return titles, i

    def run(self) -> None:
        for m in list(self.facts.mentions):
            if m.cls == "Person":
                self.person(m)
        self.pronouns()

    def pronouns(self) -> None:
        """"Karl Weber spoke. He is chairman of Foo": a he/she subject stands for the person named last
        before it, in its sentence or the one before."""
        people = [m for m in self.facts.mentions if m.cls == "Person"]
        for t in (t for t in self.doc if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")):
            lo = sentences(self.doc).upto(t, 2)[0].start_char
            before = [m for m in people if lo <= m.start < t.idx]
            if before:
                self.person(max(before, key=lambda m: m.start), t)


@register("roles")
def make_roles(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        link_names(facts)  # names the text defines ('Foo Ltd ("Foo")'): resolution may not see the text
        Reader(doc, facts).run()
    return extract
