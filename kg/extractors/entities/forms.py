"""One class per surface form in a document, from the cues around each use (a firm's apposition, 'a plant in X',
'X, who ...'); short forms and surnames point at the full name, long organisation names' prefixes and
bracketed acronyms are their short forms, and single-word names found once are found again where NER missed
them.
"""
from __future__ import annotations

from ..lexicon import COMPANY_HEADS, known_place, ORG_HEADS, PLACE_HEADS
from .classes import Cand, cap, CONNECTORS, name_class, PLACE_ORDER
from .cues import aged, is_place_name, org_appos, org_cue, person_cue, place_cue
from .names import LEGAL_FORMS, LEGAL_PREFIXES, NAME_PARTICLES
from .orgs import acting_firm
from .descriptions import site_town
from ..gazetteer import world_place
from .products import products


def harmonise(doc, chosen: list[Cand]) -> None:
    text = lambda c: doc[c.start:c.end].text  # noqa: E731
    products(doc, chosen)
    for c in chosen:  # "the Ocean Foo, a 64,000-dwt bulk carrier": a ship NER took for a facility
        if not c.rule and c.cls in ("Facility", "Place", "Organization") and name_class(text(c)) is None \
                and any(vessel(a) for a in doc[c.start:c.end].root.children if a.dep_ == "appos"):
            c.cls = "Product"
    for c in chosen:  # NER's "facilities" and "organisations" that are people
        if not c.rule and c.cls in ("Facility", "Organization") and c.end - c.start >= 2 \
                and name_class(text(c)) is None and person_cue(doc, c):
            c.cls = "Person"
    people = [c for c in chosen if c.cls == "Person" and c.end - c.start >= 2]
    for c in people:  # "Al-Foo" for "Omar Al-Foo": a surname of several tokens
        full = [p for p in people if p is not c and not c.name and text(p).endswith(" " + text(c))]
        if full:
            c.name = text(full[0])
    orgish = {text(c) for c in chosen if c.cls != "Person" and c.cls != "Product"}
    cued = {text(c) for c in chosen if c.cls in ("Person", "Organization") and org_cue(doc, c)}
    cued |= {text(c) for c in chosen if c.cls == "Place" and c.prio == 1 and not is_place_name(text(c))
             and any(org_appos(a) for a in doc[c.start:c.end].root.children)}  # "X, a Kobe-based line"
    for c in chosen:
        if c.cls != "Person" and not c.rule and c.end - c.start == 1 and c.cls != "Product" \
                and not known_place(text(c)) and not (c.cls in PLACE_ORDER and place_cue(doc, c)):
            # "Choi said", NER's "facility" for a surname; not "located in Ytown" after "Ytown Glass"
            t = text(c)
            full = [p for p in people if p.start < c.start and t == doc[p.start].text]
            if full:
                c.cls, c.name = "Person", text(full[-1])
            continue
        if c.cls != "Person":
            continue
        t = text(c)
        if c.end - c.start == 1:
            full = [p for p in people if t in (doc[p.start].text, doc[p.end - 1].text)]
            if full:
                before = [p for p in full if p.start < c.start]
                c.name = text((before or full)[-1])
                continue
        if c.rule or aged(doc, c):
            continue  # "by engineer X Y, the company ...": a misparse does not undo a person the text describes
        if t in cued or t in orgish:
            c.cls = "Company" if t in cued else next(x.cls for x in chosen if text(x) == t and x.cls != "Person")
    for c in chosen:
        if c.cls == "Place" and text(c) in cued:  # "Hoshino Kaiun, a Kobe-based shipping line"
            c.cls = "Company"
    for c in chosen:  # "engines are supplied by Ytown Diesel Engine Works": a works that acts is a firm
        if c.cls == "Facility" and c.end - c.start >= 3 and doc[c.end - 1].lower_ == "works" \
                and (org_cue(doc, c) or acting_firm(doc[c.start:c.end].root)):  # "built by X Axle Works"
            c.cls = "Company"
    towns = {text(c) for c in chosen if not c.rule and c.cls in ("Facility", "Organization")
             and name_class(text(c)) is None and site_town(doc, c)}
    for c in chosen:  # "a plant at La Foo", "Acme's Ytown factory": the town of a site, wherever named
        if not c.rule and c.cls in ("Facility", "Organization") and text(c) in towns:
            c.cls = world_place(text(c)) or "Place"
    placed = {text(c) for c in chosen if not c.rule and c.cls in ("Organization", "Person")
              and c.end - c.start == 1 and place_cue(doc, c)} - cued
    for c in chosen:
        if c.cls == "Organization" and text(c) in cued:
            c.cls = "Company"
        elif c.cls in ("Organization", "Person") and text(c) in placed and not c.name:
            c.cls = "Place"
    # "Songling Aviation" for "Songling Aviation Industry Corporation"
    orgs = [c for c in chosen if c.cls in ("Company", "Organization") and c.end - c.start >= 2]
    org_texts = [(o, text(o)) for o in orgs]
    for c in chosen:
        weak_place = c.cls == "Place" and c.prio == 1 and not known_place(text(c)) and not place_cue(doc, c)
        if (c.cls in ("Company", "Organization", "Person") or weak_place) and not c.name:
            t = text(c) + " "
            longer = [o for o, ot in org_texts if o is not c and ot.startswith(t)]
            if longer:
                c.cls, c.name = longer[0].cls, text(longer[0])
    for c in chosen:  # "Foosan" read as the surname of "Foosan Heavy", which turned out a firm
        if c.cls == "Person" and c.name and c.end - c.start == 1:
            firm = next((o for o in chosen if text(o) == c.name and o.cls in ("Company", "Organization")), None)
            if firm is not None:
                c.cls, c.name = firm.cls, firm.name or text(firm)
    # short forms of rule names: "Foo" for "Foo New Area"
    short: dict[str, Cand] = {}
    for c in chosen:
        if c.rule and c.cls in PLACE_ORDER | {"Facility": 0}:
            words = text(c).split()
            for n in (2, 1):
                if len(words) > n and " ".join(words[-n:]).lower() in PLACE_HEADS:
                    short.setdefault(" ".join(words[:-n]).lower(), c)
                    break
            if len(words) >= 3 and "Autonomous" in words[1:]:  # "Foo" of "Foo Mongol ... Autonomous Prefecture"
                short.setdefault(words[0].lower(), c)
    for c in chosen:
        long = short.get(text(c).lower())
        if long is not None and long is not c:
            c.cls, c.name = long.cls, long.name or text(long)
    return short


VESSELS = {"vessel", "ship", "tanker", "bulker", "containership", "freighter", "icebreaker", "ferry", "dredger"}
CARGOES = {"bulk", "lng", "gas", "ore", "car", "container", "ammonia", "methanol"}  # "bulk carrier", not "a carrier"


def vessel(a) -> bool:
    """An apposition that says its head is a ship: 'a bulk carrier', 'an oil tanker'."""
    lemma = a.lemma_.lower()
    if a.tag_ != "NN" or not any(d.lower_ in ("a", "an") for d in a.children):
        return False  # "X, whose mine lies in Y, ships ...": a verb read as a noun
    return a.pos_ == "NOUN" and (lemma in VESSELS or lemma == "carrier" and any(
        k.lower_ in CARGOES for k in a.children if k.dep_ in ("compound", "amod", "nmod")))


GROUP_WORDS = {"Grupo", "Industrias", "Corporación", "Corporacion", "Compañía", "Compania", "Groupe"}


def org_prefixes(doc, chosen: list[Cand]) -> list[Cand]:
    """Later short forms of long organisation names ("Huadong Power" for "Huadong Power Corporation of
    Foo") replace what NER made of them."""
    longs = [c for c in chosen if c.cls in ("Company", "Organization") and c.end - c.start >= 3]
    if not longs:
        return chosen
    where: dict[str, list[int]] = {}
    for t in doc:
        if cap(t):
            where.setdefault(t.text, []).append(t.i)
    out = list(chosen)
    forms: list = []  # (organisation, words its short forms start with, one word will do, inside the name)
    for org in longs:
        words = []
        for t in doc[org.start:org.end]:
            if t.lower_ in CONNECTORS:
                break
            words.append(t.text)
        forms.append((org, words, plain_word(doc, words[0]) and len(words) >= 2, False))
        if len(words) >= 3 and (is_place_name(words[0]) or words[0] in LEGAL_PREFIXES) and plain_word(doc, words[1]):
            forms.append((org, words[1:], True, True))  # "Bar" for "Foo Bar Motorcycle Group"
        names = [w for w in words if w.lower().rstrip(".") not in LEGAL_FORMS]
        while names and names[-1].lower().rstrip(".") in NAME_PARTICLES | {"cv", "c.v", "rl", "r.l"}:
            names.pop()  # "... Vargas SA de CV"
        if len(names) >= 3 and names[0] in GROUP_WORDS and plain_word(doc, names[-1]):
            forms.append((org, names[-1:], True, True))  # "Vargas" for "Grupo Metalico Vargas SA de CV"
    made: set[int] = set()  # short forms made here
    owners: dict[str, set] = {}
    for org, words, _, _ in forms:
        owners.setdefault(words[0], set()).add(doc[org.start:org.end].text)
    for org, words, single, inner in forms:
        if inner and len(owners[words[0]]) > 1:
            continue  # "Foo" of two groups: not a short form of either
        for n in range(max(len(words) - 1, 1), 0 if single else 1, -1):
            prefix = words[:n]
            for i in where.get(prefix[0], ()):
                if i < org.end or [t.text for t in doc[i:i + n]] != prefix or (i + n < len(doc) and cap(doc[i + n])):
                    continue
                if n == 1 and ((doc[i].pos_ != "PROPN" and not doc[i].ent_type_)
                               or (i + 1 < len(doc) and doc[i + 1].text == "-")):
                    continue  # "Hongyan's factory" for "Hongyan Wind Power", not "State-owned"
                clash = [c for c in out if c.start < i + n and i < c.end]
                if any((c.cls in PLACE_ORDER or c.cls == "Place") and place_cue(doc, c) for c in clash):
                    continue  # "located in Ztown" after "Ztown Crystal Glassware": the city
                if any(id(c) in made for c in clash):
                    continue  # "Foo" of two "Foo ..." firms: the one named first keeps it
                if all(not c.rule and c.end - c.start <= n for c in clash):
                    out = [c for c in out if c not in clash]
                    out.append(Cand(i, i + n, org.cls, org.name or doc[org.start:org.end].text, prio=1))
                    made.add(id(out[-1]))
    return sorted(out, key=lambda c: c.start)


def plain_word(doc, word: str) -> bool:
    """A word that can stand alone for a firm: not a place, a name head or a stop word."""
    return not known_place(word) and word.lower() not in ORG_HEADS and word.lower() not in COMPANY_HEADS \
        and not doc.vocab[word.lower()].is_stop


def gazetteer(doc, chosen: list[Cand], short: dict[str, Cand]) -> list[Cand]:
    """Single-word names found once, seen again where NER missed them."""
    names = {doc[c.start:c.end].text: c for c in chosen if c.end - c.start == 1 and c.cls != "Person"}
    used = {k for c in chosen for k in range(c.start, c.end)}
    extra = []
    for t in doc:
        if t.i in used or not cap(t):
            continue
        c = names.get(t.text) or short.get(t.lower_)
        if c is not None and (t.text in names or t.text[:1].isupper()):
            nm = c.name or (doc[c.start:c.end].text if c.end - c.start > 1 else None)
            extra.append(Cand(t.i, t.i + 1, c.cls, nm, prio=1))
    return extra


def acronyms(doc, chosen: list[Cand]) -> None:
    """'the Thailand Board of Investment (BOI) ... the BOI': a short form in brackets right after a name
    stands for it wherever it is used."""
    text = lambda c: doc[c.start:c.end].text  # noqa: E731
    short: dict[str, Cand] = {}
    for c in chosen:
        if c.cls in PLACE_ORDER or c.cls in ("Person", "Product") or c.end - c.start < 2 or c.end + 2 >= len(doc):
            continue
        a = doc[c.end + 1]
        if doc[c.end].text == "(" and doc[c.end + 2].text == ")" and a.is_alpha and a.is_upper and 2 <= len(a) <= 8:
            short.setdefault(a.text, c)
    for c in chosen:
        long = short.get(text(c))
        if long is not None and long is not c:
            c.cls, c.name = long.cls, long.name or text(long)
    used = {k for c in chosen for k in range(c.start, c.end)}
    for t in doc:  # occurrences NER left alone
        long = short.get(t.text)
        if long is not None and t.i not in used:
            chosen.append(Cand(t.i, t.i + 1, long.cls, long.name or text(long), prio=1))
    chosen.sort(key=lambda c: c.start)
