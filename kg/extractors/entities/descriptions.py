"""Definite descriptions and facilities: 'the city', 'the company', 'the product' resolved to what the text named
before; facilities named by who runs them or where they are ('Acme's Ytown factory', 'its main plant'), and
a facility's own name standing for it elsewhere.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..common import asserted, sentences
from ..lexicon import FACILITY_NOUNS, FOCUS_ORG_NOUNS, known_place, PRODUCT_CUES, REMIT_ORG_HEADS, RUN_VERBS
from .classes import Cand, cap, name_head, PLACE_ORDER
from .cues import is_place_name


# -- definite descriptions and facilities named by their operator ----------------------------
def find_capital(doc, chosen: list[Cand]) -> Cand | None:
    at = {k: c for c in chosen for k in range(c.start, c.end)}
    for t in doc:
        if t.lemma_.lower() != "capital":
            continue
        if t.dep_ == "appos" and t.head.i in at and at[t.head.i].cls != "Country":
            c = at[t.head.i]
            if c.cls == "District":  # "Foo District of Ytown, the regional capital": Ytown
                c = next((at[o.i] for p in t.head.children if p.lower_ == "of" for o in p.children
                          if o.i in at and at[o.i].cls in ("City", "Municipality")), c)
            return c
        for p in t.children:
            if p.lower_ == "of":
                for o in p.children:
                    c = at.get(o.i)
                    if c is not None and c.cls not in ("Country", "Person") and c.cls in PLACE_ORDER:
                        return c
    return None


# sites that only a name makes a facility: "the Foo industrial estate", "the Foo data center cluster"
NAMED_SITES = {"estate", "cluster"}
LINE_KINDS = {"transmission", "power", "rail", "railway", "metro", "subway", "tram", "ferry", "shipping", "freight"}
# facility nouns for places where things are made or processed (not the parks and ports that hold them)
WORKS = {"factory", "plant", "mill", "facility", "fab", "works", "gigafactory", "refinery", "smelter",
         "shipyard", "workshop"}


def inner_places(doc, chosen: list[Cand]) -> list[Cand]:
    """Lexicon places that open a longer name ('Tiexi' in 'Tiexi Logistics Port Area'): what 'the city'
    may refer back to, though no mention of its own is made here."""
    out = []
    for c in chosen:
        if c.end - c.start >= 2 and c.cls not in PLACE_ORDER and c.cls != "Person":
            found = known_place(doc[c.start].text)
            if found and found[1] in PLACE_ORDER:
                out.append(Cand(c.start, c.start + 1, found[1], found[0], prio=-1))
    return out


def product_cues(doc, chosen: list[Cand]) -> dict[str, Cand]:
    """Nouns a product is described by in apposition ("Velo, a line of hiking boots" -> boot): later
    "the boots" refers to it."""
    cues: dict[str, Cand] = {}
    for c in chosen:
        if c.cls != "Product":
            continue
        for a in (a for a in doc[c.start:c.end].root.children if a.dep_ == "appos" and a.pos_ == "NOUN"):
            n = a
            if a.lemma_.lower() in ("line", "range", "series", "family", "kind", "type", "brand"):
                n = next((o for p in a.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), a)
            cues[n.lemma_.lower()] = c
    return cues


def descriptions(doc, chosen: list[Cand]) -> list[Cand]:
    at = {k: c for c in chosen for k in range(c.start, c.end)}
    capital = find_capital(doc, chosen)
    chosen = sorted(chosen + inner_places(doc, chosen), key=lambda c: (c.start, c.prio))
    starts = [c.start for c in chosen]
    extra: list[Cand] = []
    spans: dict[tuple[int, int], str] = {}  # span texts, built once
    text = lambda c: c.name or spans.get((c.start, c.end)) or spans.setdefault(  # noqa: E731
        (c.start, c.end), doc[c.start:c.end].text)
    cues = product_cues(doc, chosen)
    terms = defined_term(doc, chosen)
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma in ("center", "centre") and any(c.lower_ in ("city", "town") for c in t.children):
            continue  # "the city center": a part of town, not a site
        defined = t.pos_ == "PROPN" and t.text.istitle() and lemma in FOCUS_ORG_NOUNS  # 'the "Company"'
        if t.pos_ != "NOUN" and not defined or t.i in at or t.tag_ in ("NNS", "NNPS") and lemma not in cues:
            continue
        kids = list(t.children)  # one walk of the subtree, not three
        dets = [x for x in kids if x.dep_ == "det"]
        poss = [x for x in kids if x.dep_ == "poss"]
        mods = [x for x in kids if x.i < t.i and (x.dep_ in ("compound", "amod", "nmod", "npadvmod")
                                                   or x.text == "-")]
        start = min([t.i] + [x.left_edge.i for x in mods])
        definite = bool(dets) and dets[0].lower_ in ("the", "this") and not poss and start == t.i
        if t.dep_ == "compound" and t.head.lemma_.lower() in NAMED_SITES and t.head.i > t.i \
                and not firm_named(doc, t.head.left_edge.i, t.head.i, at, loose=True) and not any(
                x.i in at and at[x.i].cls in PLACE_ORDER or is_place_name(x.text) for x in doc[t.head.left_edge.i:t.i]):
            continue  # "the Foo data center cluster": the cluster is the site
        if lemma in FACILITY_NOUNS and not definite:  # "the hub, run by X": the hub named before, if any
            c = facility(doc, t, start, poss, at, text, chosen + extra)
            if c is not None:
                extra.append(c)
                continue
        if not dets or dets[0].lower_ not in ("the", "this") or poss:
            continue
        if any((x.pos_ == "PROPN" or x.i in at) and x.head.lemma_ not in ("base", "headquarter")
               for x in doc[start:t.i]):  # "the Hexi duty-free complex"; not "the Busan-based company"
            named = lemma in NAMED_SITES  # by a name of its own, not a town's: "the Ytown cluster" is Ytown's
            if named and any(x.i in at and at[x.i].cls in PLACE_ORDER or is_place_name(x.text) for x in doc[start:t.i]):
                continue
            link = lemma == "line" and t.i > 0 and doc[t.i - 1].lower_ in LINE_KINDS  # "the A-B transmission line"
            if (lemma in FACILITY_NOUNS or named or link) and not firm_named(doc, start, t.i, at, loose=named):
                while start < t.i and doc[start].lower_ in FACILITY_FILLERS:
                    start += 1  # "the same Foo plant"
                name = doc[start:t.i + 1].text  # "the Hexi duty-free complex", "the Daxie terminal"
                alias = own_name(doc, range(start, t.i), None, at) if named else None
                extra.append(Cand(start, t.i + 1, "Facility", name, prio=0, alias=alias))
            continue
        if any(c.lower_ == "of" for c in t.children if c.dep_ == "prep") and lemma != "company":
            continue
        words = doc[start:t.i + 1].text.lower()
        lo, hi = bisect_left(starts, t.i - 400), bisect_left(starts, t.i)
        before = sorted(chosen[lo:hi] + [c for c in extra[-50:] if t.i - 400 < c.start < t.i],
                        key=lambda c: c.start)
        target = None
        if lemma == "capital":
            target = capital
        elif lemma in cues and cues[lemma].start < t.i:  # "Velo, a line of boots ... the boots"
            target = cues[lemma]
        elif lemma in PRODUCT_CUES:  # "the sedan", "the jet": the model named before
            target = next((c for c in reversed(before) if c.cls == "Product" and c.rule), None)
        elif lemma in FOCUS_ORG_NOUNS and terms.get(t.text) is not None and terms[t.text].start < t.i:
            target = terms[t.text]  # 'Acme Ltd ("the Company") ... The Company'
        elif lemma in FOCUS_ORG_NOUNS:  # the latest organisation, one named "... Group" for "the group"
            orgs = [c for c in reversed(before) if c.cls in ("Company", "Organization")]
            target = next((c for c in orgs[:4] if text(c).lower().endswith(" " + lemma)), None) or \
                main_org(doc, t, orgs)
        else:
            placed = lemma in PLACE_WORDS  # "the region": a place, not "Department of X Autonomous Region"
            target = next((c for c in reversed(before) if (" " + text(c).lower()).endswith(" " + words)
                           and c.cls not in ("Person", "Product")
                           and (not placed or c.cls in PLACE_ORDER or c.cls == "Place")),
                          None)  # whole words: not "the e" of "the e-axle"
            if target is None and start < t.i:
                target = next((c for c in reversed(before) if text(c).lower().endswith(" " + lemma)
                               and c.cls not in ("Person", "Product")), None)
            if target is None and lemma in REMIT_ORG_HEADS and start == t.i:  # "the department": the
                target = next((c for c in reversed(before) if c.cls not in ("Person", "Product")  # "X Department
                               and name_head(text(c)) == lemma), None)  # of Y" named before
            if target is None:
                wanted = PLACE_WORDS.get(lemma)
                if lemma in FACILITY_NOUNS:
                    wanted = ("Facility",)
                if wanted and lemma in WORKS:  # "the plant": a works, not the park it stands in
                    target = next((c for c in reversed(before) if c.cls in wanted
                                   and text(c).lower().split()[-1] in WORKS), None)
                if wanted and target is None:
                    target = next((c for c in reversed(before) if c.cls in wanted), None)
                elif start == t.i:
                    target = next((c for c in reversed(before) if text(c).lower().split()[-1:] == [lemma]
                                   and c.cls not in ("Person", "Product")), None)
        if target is not None:
            extra.append(Cand(min(start, dets[0].i), t.i + 1, target.cls, text(target), prio=0))
        elif definite and lemma in FACILITY_NOUNS:
            c = facility(doc, t, start, poss, at, text, chosen + extra)
            if c is not None:
                extra.append(c)
    return extra


PLACE_WORDS = {"region": ("Region",), "province": ("Province",), "municipality": ("Municipality",),
               "city": ("City", "Municipality")}


def firm_named(doc, start: int, end: int, at, loose: bool = False) -> bool:
    """An organisation among the words before a site noun ('the Acme plant'); ``loose``: one NER took
    for one on its own, a name no rule made ('the Foo data center cluster'), does not count."""
    return any(x.i in at and at[x.i].cls in ("Company", "Organization")
               and not (loose and not at[x.i].rule and at[x.i].end - at[x.i].start == 1) for x in doc[start:end])


def defined_term(doc, chosen: list[Cand]) -> dict[str, Cand]:
    """Terms a press release defines in brackets after a firm's name: 'Acme Ltd ("Acme" or "the Company")'
    -> {"Company": Acme Ltd}."""
    out: dict[str, Cand] = {}
    for c in chosen:
        if c.cls not in ("Company", "Organization") or c.end >= len(doc) or doc[c.end].text != "(":
            continue
        for t in doc[c.end + 1:min(c.end + 12, len(doc))]:
            if t.text == ")":
                break
            if t.text.istitle() and t.lemma_.lower() in FOCUS_ORG_NOUNS:
                out.setdefault(t.text, c)
    return out


def main_org(doc, t, orgs: list[Cand]) -> Cand | None:
    """What "the company" at ``t`` stands for, of the organisations named before it (latest first): of
    those in its last three sentences, a company before another body, then the one named most often,
    then the latest; a supplier or plant named once does not take over from the firm in focus."""
    if not orgs:
        return None
    sents = sentences(doc).upto(t, 3)
    recent = [c for c in orgs if c.start >= sents[0].start] or orgs[:1]
    name = lambda c: c.name or doc[c.start:c.end].text  # noqa: E731
    counts = Counter(name(c) for c in orgs)
    acting = {name(c) for c in orgs if doc[c.start:c.end].root.dep_ == "nsubj"}  # did something, not supplied it
    lead = next((c for c in reversed(orgs) if c.cls == "Company" and name(c) in acting), None)
    if lead is not None and not any(c.cls == "Company" and name(c) in acting for c in recent):
        recent = recent + [lead]  # the firm the story opened with, when no firm acted lately
    return max(recent, key=lambda c: (c.cls == "Company", name(c) in acting, counts[name(c)], c.start))


OWNER_VERBS = RUN_VERBS | {"build", "open"}  # "X runs a mill", "a plant it built"


def numeric_compound(doc, x) -> bool:
    """A word of a measure glued by hyphens to a number: '3-million-tonne', '400,000-spindle'."""
    i = x.i
    while i > 0 and not any(ch.isdigit() for ch in doc[i].text) and not doc[i - 1].whitespace_ \
            and (doc[i - 1].text == "-" or doc[i].text == "-"):
        i -= 1
    return any(ch.isdigit() for ch in doc[i].text)


def latest_org(known, t):
    """The organisation the sentence is about: the latest named before ``t`` in it."""
    return next((c for c in reversed(known) if c.cls in ("Company", "Organization")
                 and t.sent.start <= c.start < t.i), None)


def clause_org(t, at) -> Cand | None:
    """The organisation that is the subject of the clause holding ``t``: X in "X supplies Y to Z from its plant"."""
    v = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while v is not None:
        for s in (x for x in v.children if x.dep_ == "nsubj"):
            c = at.get(s.i)
            if c is not None and c.cls in ("Company", "Organization"):
                return c
        v = v.head if v.dep_ in ("xcomp", "conj", "aux") and v.head is not v else None
    return None


def container(doc, c: Cand) -> bool:
    """A named site that holds others: an industrial park, a port area, a zone."""
    return c.cls == "Facility" and c.end > c.start and doc[c.end - 1].lower_ not in WORKS


ADMIN_WORD = re.compile(r"\s+(state|province|county|district|region|prefecture|city|municipality)$", re.I)
PLANNED = {"planned", "proposed", "future", "potential", "possible", "prospective"}
FACILITY_FILLERS = {"new", "its", "their", "own", "existing", "same", "first", "second", "third", "fourth",
                    "fifth", "latest"}


def own_name(doc, span: range, owner, at) -> str | None:
    """The proper words that open a facility's modifiers and are neither its operator nor a known place
    nor a firm: 'Foo Vista' in 'the Foo Vista smelter' (not 'Gen' of 'Gen 7.5', not 'Ytown')."""
    words = []
    for i in span:
        x = doc[i]
        if owner is not None and owner.start <= i < owner.end or x.tag_ == "POS" or x.dep_ in ("det", "poss"):
            continue
        if not (x.pos_ == "PROPN" and x.is_title and x.is_alpha):
            break
        c = at.get(i)
        if c is not None and (c.cls in PLACE_ORDER or c.cls == "Company" or c.rule):
            return None
        words.append(x)
    if not words or is_place_name(" ".join(x.text for x in words)) \
            or words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].like_num \
            or any(cap(doc[i]) for i in span if i > words[-1].i):  # "Korean-owned Foo Chemical plant"
        return None
    if any(c is not None and c.cls == "Place" for c in (at.get(x.i) for x in words)) and len(words) == 1 \
            and owner is None:
        return None  # "the Ytown plant": a plant named by its town
    return " ".join(x.text for x in words)


def facility(doc, t, start, poss, at, text, known) -> Cand | None:
    """A facility named by who runs it or where it is: "Acme's Ytown factory", "its main plant",
    "a warehouse operated by X", "a final assembly plant in the Huangpu District", "a plant it runs"."""
    owner = None
    if poss and poss[0].i in at and at[poss[0].i].cls in ("Company", "Organization"):
        owner = at[poss[0].i]
    elif poss and poss[0].lower_ in ("its", "their"):  # the organisation the sentence is about
        owner = clause_org(t, at) or latest_org(known, t)
        if owner is None and poss[0].i == t.sent.start:  # "Its yard in X builds ...": the firm in focus
            owner = main_org(doc, t, [c for c in reversed(known) if c.cls in ("Company", "Organization")
                                      and c.end <= t.i])
    elif poss and poss[0].lower_ == "whose":  # "X, whose open-pit mine lies in Y"
        owner = at.get(t.head.head.i) if t.head.dep_ == "relcl" else None
    elif poss:  # "the company's Dongmak yard": what the description stands for, if the site has a name
        owner = next((c for c in known if c.start <= poss[0].i < c.end and c.cls in ("Company", "Organization")),
                     None)
        if owner is None or not own_name(doc, range(poss[0].i + 1, t.i), owner, at) and not any(
                at.get(i) is not None and at[i].cls in PLACE_ORDER for i in range(poss[0].i + 1, t.i)):
            return None  # neither a name of its own nor a town's: "the company's Ytown plant" is named
    else:
        runs = [x for x in t.children if x.dep_ in ("acl", "relcl") and x.lemma_ in OWNER_VERBS]
        for acl in runs:
            for agent in (x for x in acl.children if x.dep_ == "agent"):
                for o in agent.children:
                    c = at.get(o.i)
                    if c is not None and c.cls in ("Company", "Organization"):
                        owner = c
            for subj in (x for x in acl.children if x.dep_ == "nsubj" and asserted(acl)):  # "a plant it runs"
                owner = at.get(subj.i) if subj.pos_ != "PRON" else latest_org(known, t)
        obj = t.head if t.dep_ == "appos" and t.head.dep_ == "dobj" else t  # "opened a $2m unit, a plant"
        v = obj.head
        if obj.dep_ == "dobj" and v.lemma_ in OWNER_VERBS and asserted(v):  # "X runs a mill in Y"
            subjs = [x for x in v.children if x.dep_ == "nsubj"]
            if not subjs or all(x.i in at and at[x.i].cls not in ("Company", "Organization") for x in subjs):
                before = latest_org(known, v)  # the subject misparsed: the firm named before the verb
                subjs = [doc[before.start]] if before is not None and v.i - before.end <= 3 else subjs
            for subj in subjs:
                owner = at.get(subj.i) if subj.pos_ != "PRON" else latest_org(known, t)
                if owner is None and subj.lemma_.lower() in FOCUS_ORG_NOUNS:  # "The company runs a mill"
                    owner = next((c for c in reversed(known) if c.cls in ("Company", "Organization")
                                  and c.start < subj.i), None)
        if owner is not None and owner.cls not in ("Company", "Organization"):
            owner = None
    if any(x.lower_ in PLANNED for x in doc[start:t.i]):
        return None  # "its planned second base": not a site yet
    if poss:
        start = poss[0].i + (poss[0].pos_ == "PRON" or poss[0].lower_ == "whose")  # "its factory" is "factory"
        if poss[0].i in at:
            start = min(start, at[poss[0].i].start)  # "Arvika Gear AB's own factory", the whole name
        elif poss[0].pos_ == "NOUN" and poss[0].i + 1 < t.i and doc[poss[0].i + 1].tag_ == "POS":
            start = poss[0].i + 2  # "the company's Ytown plant": "Ytown plant", not "company's ..."
    words = [x.text for x in doc[start:t.i + 1] if (owner is None or x.i not in range(owner.start, owner.end))
             and x.tag_ != "POS" and x.dep_ not in ("det", "poss") and x.lower_ not in FACILITY_FILLERS
             and not numeric_compound(doc, x)]
    words = " ".join(words).replace(" - ", "-").lstrip("- ")
    place = next((at[o.i] for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for o in p.children if o.dep_ == "pobj" and o.i in at
                  and (at[o.i].cls in PLACE_ORDER or at[o.i].cls == "Place" or container(doc, at[o.i]))), None)
    own = own_name(doc, range(start, t.i), owner, at)
    if own:  # "the Foo Vista smelter", "the company's Dongmak yard": a site with a name of its own
        return Cand(start, t.i + 1, "Facility", words, prio=0, alias=own)
    if owner is not None:
        said = ADMIN_WORD.sub("", doc[place.start:place.end].text) if place is not None else ""  # "Foo"
        named = any(at.get(i) is not None and at[i].cls in PLACE_ORDER for i in range(start, t.i))
        where = f"{said} " if place is not None and place.cls in PLACE_ORDER and not named and said not in words \
            else ""
        return Cand(start, t.i + 1, "Facility", f"{text(owner)} {where}{words}", prio=0)
    dets = [x for x in t.children if x.dep_ == "det" and x.lower_ in ("a", "an")]
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if dets and place is not None and (verb is None or asserted(verb)):  # "a plant in Nashik": named by its place
        return Cand(start, t.i + 1, "Facility", f"{text(place)} {words}", prio=0)
    return None


def site_names(doc, chosen: list[Cand], extra: list[Cand]) -> None:
    """The own name of a facility ('Foo Vista' of 'the Foo Vista smelter') stands for it wherever NER
    took it for a place, person or organisation, unless it acts as a firm does (a clause subject)."""
    text = lambda c: doc[c.start:c.end].text  # noqa: E731
    towns = {text(c) for c in chosen if (c.cls in PLACE_ORDER or c.cls == "Place") and site_town(doc, c)}
    sites = {c.alias: c for c in extra if c.alias and c.alias not in towns}  # "the La Foo plant" | "at La Foo"
    if not sites:
        return
    acting = {text(c) for c in chosen if doc[c.start:c.end].root.dep_ == "nsubj"}
    for c in chosen:
        site = sites.get(text(c))
        if site is not None and text(c) not in acting and not c.rule and c.cls not in ("Company", "Product") \
                and not known_place(text(c)):
            c.cls, c.name = "Facility", site.name


def site_town(doc, c: Cand) -> bool:
    """The name says where a works is: 'a plant at X', or X between an owner's possessive and the works
    ("Acme's X factory")."""
    root = doc[c.start:c.end].root
    if root.dep_ == "compound" and root.head.lemma_.lower() in WORKS and root.head.i == c.end:
        return any(k.dep_ == "poss" and k.i < c.start for k in root.head.children)
    return root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near") and root.head.head.lemma_.lower() in WORKS

