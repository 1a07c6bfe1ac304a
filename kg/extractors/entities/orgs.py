"""Organisation candidates: bodies named by their remit ('the Hunan-Hubei liaison office', 'Minister of Mines and
Energy'), firms described in apposition ('Kefa, a drone company') or acting as makers and suppliers ('made by
X'); and the body a unit is named with ('Survey Office of the National Bureau of Statistics').
"""
from __future__ import annotations

from ...model import DocFacts, Relation
from ..common import evidence
from ..gazetteer import world_place
from ..lexicon import (COMPANY_CUES, known_place, ORG_HEADS, REMIT_ORG_HEADS, SUBUNIT_HEADS, TITLE_HEADS,
    TITLE_WORDS)
from .classes import Cand, cap, CONNECTORS, head_class, name_class, name_head, PLACE_ORDER, trim
from .cues import is_place_name, org_appos


def remit_orgs(doc, out: list[Cand]) -> None:
    """Lower-case bodies named by a proper modifier: 'the Hunan-Hubei liaison office'."""
    for t in doc:
        if t.lower_ not in BODY_NOUNS and t.lemma_.lower() not in BODY_NOUNS or not t.text.islower() \
                or t.pos_ not in ("NOUN", "PROPN"):
            continue
        start = t.left_edge.i
        for x in doc[start:t.i]:
            if x.tag_ == "POS" or x.dep_ == "poss":
                start = x.i + 1
        start, end = trim(doc, start, t.i + 1)
        span = doc[start:end]
        if len(span) < 2 or not any(x.pos_ == "PROPN" or known_place(x.text) for x in span[:-1]):
            continue
        if any(x.is_punct and x.text not in ("-", "\u2013") for x in span) or span[0].text[:1].islower():
            continue
        if end + 1 < len(doc) and doc[end].lower_ == "of":  # "the Ytown municipal bureau of commerce"
            k = end + 1
            while k < len(doc) and doc[k].is_alpha and doc[k].text.islower() and doc[k].pos_ in REMIT_POS:
                k += 1
            if k > end + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN"):
                end = k
        out.append(Cand(start, end, ORG_HEADS.get(t.lower_, "Organization"), prio=3, rule=True))


BODY_NOUNS = REMIT_ORG_HEADS | {"consortium", "alliance"}  # "the Foo Battery Valley consortium"
REMIT_POS = ("NOUN", "PROPN", "ADJ", "CCONJ")  # words of a body's remit: 'of economy and information technology'


def minister_remits(doc, out: list[Cand]) -> None:
    """'Minister of Mines and Energy': the remit names the ministry ('Ministry of Mines and Energy')."""
    for t in doc:
        if t.lower_ != "minister" or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of" or not cap(doc[t.i + 2]):
            continue
        start = end = t.i + 2
        while end < len(doc) and (cap(doc[end]) and doc[end].is_alpha and doc[end].ent_type_ != "PERSON"
                                  or doc[end].lower_ in ("and", "&")
                                  and end + 1 < len(doc) and cap(doc[end + 1])):
            end += 1
        span = doc[start:end]
        if not is_place_name(span.text) and not world_place(span.text) and doc[start].ent_type_ not in ("GPE", "NORP"):
            out.append(Cand(start, end, "GovernmentBody", f"Ministry of {span.text}", prio=2))


FIRM_WORDS = {"company", "firm", "startup", "start-up", "manufacturer", "corporation", "enterprise", "conglomerate"}
FIRM_KIN = {"rival", "competitor", "peer", "subsidiary", "affiliate", "spin-off", "spinoff"}


def described_firms(doc, out: list[Cand]) -> None:
    """'Lumo Toys, a younger rival founded by X', 'Kefa, a drone company': capitalised words NER left
    alone or took for a person, set beside a firm noun with an article, name a firm."""
    def firm_noun(a) -> bool:
        if a.dep_ == "appos" and a.lemma_.lower() in ORG_HEADS and a.pos_ == "NOUN" and a.text.islower() \
                and any(d.dep_ in ("det", "poss") for d in a.children):
            return True  # "X, the state's investment promotion agency"
        if a.dep_ != "appos" or not any(d.lower_ in ("a", "an") for d in a.children):
            return False
        founded = any(c.dep_ == "acl" and c.lemma_.lower() in ("found", "set", "own", "start") for c in a.children)
        if a.lemma_.lower() in FIRM_WORDS or a.lemma_.lower() in FIRM_KIN and founded:
            return True  # words no person is called: "a company", "a rival founded by"
        return a.head.ent_type_ != "PERSON" and org_appos(a) and a.lemma_.lower() in COMPANY_CUES

    def based(a) -> bool:  # "X, based in Ytown, ...": a person is not based or headquartered somewhere
        return a.dep_ in ("acl", "relcl") and a.lower_ in ("based", "headquartered") and a.i > t.i + 1 \
            and doc[t.i + 1].text == "," and any(c.dep_ == "prep" and c.lower_ == "in" for c in a.children)

    for t in doc:
        if not (cap(t) and t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "ORG", "LOC", "GPE")):
            continue
        described = any(firm_noun(a) for a in t.children)
        if not described and not any(based(a) for a in t.children):
            continue
        start = t.i
        while start > 0 and t.i - start < 3 and cap(doc[start - 1]) and (
                doc[start - 1].head.i == t.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == t.ent_type_
                or not described and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= t.i):
            start -= 1  # ("Foo Seed Industry, based in ...": the words of a name compound on one another)
        span = doc[start:t.i + 1]
        body = next((ORG_HEADS[a.lemma_.lower()] for a in t.children if a.dep_ == "appos" and firm_noun(a)
                     and a.lemma_.lower() in ORG_HEADS), None)
        if not known_place(span.text) and not any(x.lower_ in TITLE_WORDS for x in span):
            out.append(Cand(start, t.i + 1, name_class(span.text) or body or "Company", prio=2))


MAKE_VERBS = {"make", "build", "supply", "provide", "produce", "manufacture", "ship", "deliver", "develop",
              "acquire", "assemble"}


FIRM_ACTS = MAKE_VERBS | {"manage", "operate", "run", "sell", "export", "invest"}


def acting_firm(root) -> bool:
    """A name that makes, supplies or manages something: the agent ('supplied by X') or active subject."""
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.lemma_.lower() in FIRM_ACTS
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in FIRM_ACTS


def firm_agents(doc, out: list[Cand]) -> None:
    """'reducers made by Fooco': one capitalised word NER missed, the maker of something, is a firm."""
    people = None  # the words of the people NER found, once per document when needed
    for v in doc:
        if v.lemma_.lower() not in MAKE_VERBS:
            continue
        for by in (c for c in v.children if c.dep_ == "agent"):
            for p in (c for c in by.children if c.dep_ == "pobj"):
                if people is None:
                    people = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
                if p.i == by.i + 1 and cap(p) and p.pos_ == "PROPN" and p.is_alpha and p.text not in people \
                        and not any(c.dep_ == "compound" for c in p.children) and not is_place_name(p.text) \
                        and p.lower_ not in ORG_HEADS and p.lower_ not in TITLE_WORDS \
                        and not (p.i + 1 < len(doc) and cap(doc[p.i + 1])):
                    out.append(Cand(p.i, p.i + 1, "Company", prio=2))


UNIT_HEADS = SUBUNIT_HEADS | {"committee", "secretariat"}  # and the bodies' own organs
BODY_HEADS = {"government", "congress", "council", "commission", "ministry", "university", "academy"}
ACADEMIC_UNITS = {"school", "college", "institute", "laboratory", "lab", "centre", "center"}  # named after fields
BODY_CLASSES = {"GovernmentBody", "University", "ResearchInstitute", "Organization", "Company"}


def owning_body(doc, facts: DocFacts, c: Cand, m) -> None:
    """'Survey Office of the Foo Bureau of Statistics': a unit named with the body it belongs to;
    the body is named too, and the unit is part of it."""
    if m.cls not in BODY_CLASSES or c.name or name_head(m.text) not in UNIT_HEADS:
        return
    for k in range(c.start + 1, c.end - 1):
        if doc[k].lower_ != "of":
            continue
        start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        words = []
        for t in doc[start:c.end]:
            if t.lower_ in CONNECTORS:
                break
            words.append(t.text)
        cls = head_class(words) if start < c.end and cap(doc[start]) else None
        first = doc[start]
        named = known_place(first.text) or first.ent_type_ in ("GPE", "NORP") or first.ent_iob_ == "B" or \
            first.ent_type_ == "ORG" and doc[start - 1].ent_iob_ == "B" and doc[start - 1].lower_ == "the" or \
            words[-1].lower() in BODY_HEADS and not any(w.lower() in ("and", "&") for w in words)
        if named and cls in BODY_CLASSES - {"Company"} and len(words) >= 2 and (cls in ("University", "ResearchInstitute")
                                                            or name_head(m.text) not in ACADEMIC_UNITS):
            span = doc[start:c.end]
            body = facts.mention(span.text, name_class(span.text) or cls, span.start_char, span.end_char)
            facts.relations.append(Relation(m, "partOf", body, evidence(facts, doc[c.start:c.end], "entities", 0.8)))
            return


def title_owners(doc, out: list[Cand]) -> None:
    """'Foo Bar Forging's deputy general manager': capitalised words that own a post are an organisation
    (not a person's name, not a place)."""
    for t in doc:
        if t.lower_ not in TITLE_HEADS or t.pos_ != "NOUN":
            continue
        for c in (c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and cap(c)):
            start = c.i
            while start > 0 and cap(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].head.i in range(start, c.i + 1):
                start -= 1
            span = doc[start:c.i + 1]
            if len(span) >= 2 and not any(x.ent_type_ in ("PERSON", "GPE", "NORP") and not known_place(x.text)
                                          for x in span) and not is_place_name(span.text) \
                    and name_class(span.text) not in ("Place", "City", "Province", "District", "Region", "Country"):
                out.append(Cand(start, c.i + 1, name_class(span.text) or "Organization", prio=2, rule=True))



def body_place(doc, facts: DocFacts, c: Cand, m) -> None:
    """'Department of Transport of Foo Autonomous Region': the place a body is named after is mentioned too."""
    if m.cls != "GovernmentBody" or c.name:
        return
    ofs = [k for k in range(c.start + 1, c.end - 1) if doc[k].lower_ == "of"]
    if not ofs:
        return
    span = doc[ofs[-1] + 1:c.end]
    if span and span[0].lower_ == "the":
        span = span[1:]
    found = next((known_place(span[:n].text) for n in range(len(span), 0, -1) if known_place(span[:n].text)), None)
    if found and found[1] in PLACE_ORDER:  # "Foo Zhuang Autonomous Region": Foo
        facts.mention(span.text, found[1], span.start_char, span.end_char, found[0] if found[0] != span.text else None)
