"""Person candidates: names after titles ('Governor Wang Ning'), hyphenated given names, names described by a job
('X, a researcher at Y') and founders ('founded by X'); and lone 'persons' NER made of one capitalised word,
dropped or taken as the place the world gazetteer knows.
"""
from __future__ import annotations

from ..gazetteer import world_place
from ..lexicon import FOUND_VERBS, known_place, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_WORDS
from .classes import Cand, cap, head_class, joined
from .cues import person_cue, plain_name_word


def titled_people(doc, out: list[Cand]) -> None:
    """'Governor Wang Ning', 'Chief Financial Officer Anna Berg' -> Person 'Wang Ning'."""
    words = TITLE_WORDS | TITLE_HEADS | TITLE_MODIFIERS | {"officer", "financial", "operating", "technology"}
    for t in doc:
        if not (cap(t) and t.lower_ in TITLE_WORDS) or (t.i > 0 and doc[t.i - 1].lower_ in words):
            continue
        k = t.i + 1
        while k < len(doc) and cap(doc[k]) and doc[k].lower_ in words:
            k += 1
        j = k
        while j < len(doc) and j - k < 3 and cap(doc[j]) and doc[j].pos_ == "PROPN" \
                and not known_place(doc[j].text) and doc[j].lower_ not in ORG_HEADS:
            j += 1
        if j - k >= 2 or (j - k == 1 and doc[k].ent_type_ == "PERSON"):
            out.append(Cand(k, j, "Person", prio=3, rule=True))


# second parts of hyphenated words that are not given names ("Benz-owned", "Ytown-based")
NOT_GIVEN = {"based", "owned", "made", "led", "run", "backed", "funded", "style", "like", "level", "scale",
             "wide", "class", "free", "rich", "type", "grade", "size", "era", "up", "in", "out", "off"}


def hyphenated_given_names(doc, out: list[Cand]) -> None:
    """'Choi Ji-ho', 'Lee Seo-yeon': a surname and a hyphenated two-syllable given name -> Person."""
    for i in range(len(doc) - 3):
        sur, g1, g2 = doc[i], doc[i + 1], doc[i + 3]
        if not (cap(sur) and sur.is_alpha and len(sur) <= 6 and cap(g1) and g1.is_alpha and len(g1) <= 5
                and joined(doc, i + 2) and g2.is_alpha and g2.text.islower() and len(g2) <= 5):
            continue
        if g2.lower_ in NOT_GIVEN or g2.lower_.endswith(("ed", "ing")) or known_place(sur.text) \
                or sur.lower_ in ORG_HEADS or sur.lower_ in TITLE_WORDS or known_place(g1.text):
            continue
        out.append(Cand(i, i + 4, "Person", prio=3, rule=True))


# titles no organisation holds ("Goldman Sachs, an adviser" is a firm; "X Y, a researcher" is not)
PERSON_TITLES = {"researcher", "professor", "economist", "analyst", "engineer", "scientist", "lecturer",
                 "spokesperson", "spokesman", "spokeswoman", "director", "chairman", "chairwoman", "dean",
                 "manager", "founder", "co-founder", "cofounder", "governor", "mayor", "minister", "editor"}


def described_people(doc, out: list[Cand]) -> None:
    """'He Ruolan, a researcher at X': two or three capitalised words NER left alone (or took for a person),
    set beside a title, name a person."""
    def titled(a) -> bool:
        if a.dep_ != "appos" or a.lemma_.lower() not in TITLE_HEADS | TITLE_WORDS:
            return False
        dets = [d.lower_ for d in a.children if d.dep_ in ("det", "poss")]
        if any(d in ("a", "an") for d in dets):
            return True  # "X, a researcher at Y"
        return dets in ([], ["the"]) and any(  # "X, (the) governor of Y": a post of a named body
            d.dep_ == "prep" and d.lower_ == "of" and any(cap(o) for o in d.children) for d in a.children)

    for t in doc:
        if not (cap(t) and t.pos_ == "PROPN" and any(titled(a) for a in t.children)):
            continue
        start = t.i
        while start > 0 and t.i - start < 2 and cap(doc[start - 1]) and (
                doc[start - 1].head.i == t.i and doc[start - 1].dep_ == "compound"
                or doc[start - 1].i == t.sent.start and doc[start - 1].dep_ == t.dep_ == "nsubj"):
            start -= 1  # "He Ruolan, a researcher", the surname read as a second subject
        span = doc[start:t.i + 1]
        kind = next(a.lemma_.lower() for a in t.children if titled(a))
        if len(span) >= 2 and all((x.ent_type_ in ("", "PERSON") or kind in PERSON_TITLES | TITLE_WORDS | TITLE_HEADS) and x.is_alpha
                                  for x in span) \
                and not known_place(span.text) and not head_class([x.text for x in span]) \
                and not any(x.lower_ in TITLE_WORDS for x in span):
            out.append(Cand(start, t.i + 1, "Person", prio=2, rule=True))


def founders(doc, out: list[Cand]) -> None:
    """'founded in 2013 by Ayse Demir', 'set up by grower X Y': a two- or three-word name after 'by'
    that NER missed or took for something else is the founder, a person."""
    for v in doc:
        lemma = v.lemma_.lower()
        if lemma not in FOUND_VERBS and not (lemma == "set" and any(c.lower_ == "up" for c in v.children)):
            continue
        for by in (c for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")):
            j = by.i + 1  # read the surface: "by (grower) Name Name", whatever the parse made of it
            while j < len(doc) and j - by.i <= 2 and doc[j].pos_ == "NOUN" and doc[j].text.islower():
                j += 1
            described = j > by.i + 1  # "by engineer X Y": NER's "organisation" is a person
            k = j
            while k < len(doc) and k - j < 3 and plain_name_word(doc[k]):
                k += 1
            span = doc[j:k]
            if len(span) >= 2 and all(x.ent_type_ in ("", "PERSON") or described and x.ent_type_ == "ORG"
                                      for x in span) \
                    and not known_place(span.text) and not head_class([x.text for x in span]):
                out.append(Cand(j, k, "Person", prio=2, rule=True))
SPEECH = {"say", "tell", "add", "note", "explain", "write", "recall", "stress"}


def lone_person(doc, c: Cand) -> bool:
    """One capitalised word NER took for a person, never named in full and not speaking: a misreading
    ("Denim for the jeans is woven ...")."""
    if c.cls != "Person" or c.rule or c.name or c.end - c.start != 1:
        return False
    tok = doc[c.start]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH:
        return False
    prev = doc[c.start - 1] if c.start > 0 else None
    return not person_cue(doc, c) and not (prev is not None and prev.lower_.rstrip(".") in TITLE_WORDS)


def world_town(doc, c: Cand) -> bool:
    """A lone 'person' that the world gazetteer knows as a place ('Ytown's output rose') is that place; so is
    one whose GDP, population or tourism the text gives ("Foo's tourism revenue rose")."""
    tok = doc[c.start]
    cls = world_place(tok.text) or ("Place" if tok.dep_ == "poss" and any(
        w.lemma_.lower() in PLACE_HOLDINGS for w in [tok.head, *tok.head.children] if w.dep_ != "poss") else None)
    if cls:
        c.cls = cls
    return cls is not None


# what places have and people do not: "Foo's GDP", "Foo's population", "Foo's tourism revenue"
PLACE_HOLDINGS = {"gdp", "economy", "population", "tourism", "resident", "residents", "farmland", "coastline",
                  "urbanization", "urbanisation"}


def later_surnames(doc, chosen: list[Cand]) -> list[Cand]:
    """'Karl Weber said ... Weber, who heads X': a word of one person's full name standing alone later,
    where NER found nothing, is that person (a word two people's names share is left alone)."""
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for c in chosen:
        if c.cls == "Person" and c.end - c.start >= 2 and not c.name:
            full = doc[c.start:c.end].text
            for t in (doc[c.start], doc[c.end - 1]):
                if t.is_alpha and len(t) > 1:
                    owners.setdefault(t.text, set()).add(full)
                    first.setdefault(t.text, c.end)
    used = {k for c in chosen for k in range(c.start, c.end)}
    out = []
    for t in doc:
        names = owners.get(t.text)
        if not names or len(names) > 1 or t.i in used or t.i < first[t.text] or t.pos_ != "PROPN" \
                or t.ent_type_ not in ("", "PERSON") or known_place(t.text) or t.lower_ in ORG_HEADS:
            continue
        before, after = doc[t.i - 1] if t.i > 0 else None, doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and cap(before) and not before.is_punct and before.lower_.rstrip(".") not in TITLE_WORDS \
                or after is not None and cap(after) and not after.is_punct:
            continue  # part of a longer name
        out.append(Cand(t.i, t.i + 1, "Person", next(iter(names)), prio=1))
    return out

