"""Where things are, from names and their context: the members of a hyphenated region, a site named after its
town, "Ytown, Foo province" and "Ztown, the capital of Bar" (which place lies in which, by size),
"The plant, ..." after a sentence that placed it, and a firm's place from the words after its name ("X of Y",
"X in Y", "X, a Y-based maker").
"""
from __future__ import annotations

import re

from ...model import Mention
from ..entities import PLACE_ORDER
from ..lexicon import COMPANY_CUES, DESIGNATIONS, FACILITY_NOUNS, FOUND_VERBS, known_place, LOCATE_VERBS, OPERATE_VERBS, PRODUCE_VERBS
from .words import COMPASS, conjuncts, core, FIRM_NOUNS


def rank(m: Mention) -> float:
    """Size of a place or site, to tell which is in which (a park holds plants)."""
    if m.cls == "Facility":  # "Foo Industrial Park", "Port of Foo"
        words = m.key_text.lower().split()
        return 1.5 if words[-1] in HOLDING_SITES or len(words) > 2 and words[1] == "of" and words[0] in HOLDING_SITES \
            else 1
    if m.cls == "District":  # a town is in a county or district; a county in a city
        return TOWNS.get(m.key_text.split()[-1].lower(), 2)
    return PLACE_ORDER.get(m.cls, 2.5)


HOLDING_SITES = ("park", "zone", "base", "complex", "port", "area")  # sites that hold others
TOWNS = {"town": 1.8, "township": 1.8, "village": 1.7, "subdistrict": 1.8, "county": 2.2, "zone": 1.9}
ADMINISTERED = ("administered", "governed")  # "a county-level city administered by Y"
# a country's first- and second-level divisions
REGIONS = ("state", "province", "region", "prefecture", "oblast", "governorate", "county")
# designations of a place that holds cities: "Foo Prefecture", "Lagos State"
HOLDERS = REGIONS + ("voivodeship",)


def within(x: Mention, y: Mention, direct: bool) -> bool:
    """Whether place x, written before ', y', lies in y: y is larger, or y is a place of unknown size
    after a town ('Foo Valle, Bar'), or y is named as a holder of cities ('X, Foo Prefecture')."""
    if rank(x) < rank(y) or direct is None and rank(x) <= rank(y):
        return True
    if x.cls in ("Country", "Region", "Province") or y.cls in ("District",):
        return False
    return y.cls == "Place" or y.key_text.split()[-1].lower() in HOLDERS or \
        y.text.split()[-1].lower() in HOLDERS


DIVISIONS = REGIONS + ("territory", "canton")  # "the Peruvian region of Foo"


def shared(a: str, b: str) -> int:
    """How many letters two words share at the start ('Peru', 'Peruvian': 4)."""
    n = 0
    while n < min(len(a), len(b)) and a[n].lower() == b[n].lower():
        n += 1
    return n


class PlacesMixin:
    """The Reader's methods for places (see the module docstring)."""

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
        """'Foo-Bar-Baz region' has parts Foo, Bar and Baz."""
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
        """'Acme Ytown Industrial Park' is in Ytown; 'Ztown National ... Zone' in Ztown."""
        text = self.text[fac.start:fac.end]
        if fac.cls == "District" and (known_place(text.split()[0]) is None or len(text.split()) < 3):
            return
        for part in re.finditer(r"[A-Z][\w']+", text):
            found = known_place(part.group())
            if not found:
                continue
            if text[part.end():part.end() + 1] == "-" or text[part.start() - 1:part.start()] == "-":
                return  # "the Foo-Bar Railway" runs between places, not in one
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
                      and y.key_text.lower() != fac.key_text.lower()):  # "the Ytown smelter": a place we read there
                if rank(fac) < rank(y):
                    self.add(fac, "locatedIn", y, [self.token_of(fac)], 0.6)
                return

    def places(self) -> None:
        """'Ytown, Foo province', 'Ztown, the capital of Bar', 'In X, a plant ...'."""
        doc = self.doc
        for t in doc:  # "Ytown, Southeast Foo", "Ztown, in Ruritania's Bar", "X, a city in Y"
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
                listed = core(third) == "Place" and rank(third) <= rank(y)  # "Ytown, Ztown, Wtown"
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
            if t.lower_ not in ("in", "on") or t.i == 0 or t.i + 1 >= len(doc) or t.head.i == t.i - 1:
                continue
            x = self.ment(doc[t.i - 1])
            if core(x) not in ("Place", "Facility") or x.end != doc[t.i - 1].idx + len(doc[t.i - 1]) \
                    or core(x) == "Facility" and self.planned(t):
                continue  # "in X Industrial Park in the Y district", the second 'in' on the verb
            k = t.i + 1 + (doc[t.i + 1].lower_ == "the")
            y = self.ment(doc[k]) if k < len(doc) else None
            obj = next((o for o in t.children if o.dep_ == "pobj"), None)
            if y is None and obj is not None and all(z.dep_ in ("amod", "compound") and z.head.i == obj.i
                                                     for z in doc[k:obj.i]):  # "at X Park in neighbouring Y state"
                y = self.ment(obj) or next((self.ment(c) for c in obj.children if c.dep_ == "compound"
                                            and obj.lower_ in DESIGNATIONS and core(self.ment(c)) == "Place"), None)
            d = next((d for d in range(k, min(k + 4, len(doc) - 2)) if doc[d + 1].lower_ == "of"
                      and doc[d].lower_ in DESIGNATIONS and all(z.pos_ in ("ADJ", "PROPN") for z in doc[k:d])), None)
            if y is None and d is not None:
                y = self.designated(doc[d])  # "... in the city of X", "in the southern Peruvian region of X"
            area = next((a for a in doc[k:k + 3] if a.dep_ == "pobj" and a.head.i == t.i), None)
            around = y is None and area is not None and self.area_of(area) is not area
            if around:  # "Foo Valley on the outskirts of Y", "in the north of Y": in Y, whatever its size
                y = self.ment(self.area_of(area))
            if t.lower_ == "on" and not around:
                continue
            if core(y) == "Place" and y is not x and (rank(x) < rank(y) or around and x.cls != "Country"):
                self.add(x, "locatedIn", y, [doc[t.i - 1], doc[k]], 0.7)
        for t in doc:
            if t.lemma_.lower() != "capital" or t.pos_ != "NOUN":
                continue
            x = None
            if t.dep_ == "appos":
                comma = t.left_edge.i - 1  # "Taiyuan, the capital of Shanxi": the name before the comma
                x = self.ment(doc[comma - 1]) if comma > 0 and doc[comma].text == "," else self.ment(t.head)
            elif t.dep_ == "compound":  # "the regional capital Ytown"
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
        for v in doc:  # "In Foshan, a plant operated by X turns out ...", "At the port, the X terminal opened"
            if v.pos_ not in ("VERB", "AUX"):
                continue
            subj = [self.ment(c) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            fac = next((m for m in subj if m is not None and m.cls == "Facility"), None)
            if fac is None:
                continue
            at = [o for o in self.pobjs(v, ("at",)) if o.i < v.i and core(self.ment(o)) == "Facility"]
            for y in (m for o in self.pobjs(v, ("in",)) + at for m in self.agents(o, ("Place", "Facility"))):
                if rank(fac) < rank(y) and y is not fac:
                    self.add(fac, "locatedIn", y, [v, self.token_of(y)], 0.65)

    def national_divisions(self) -> None:
        """'the Peruvian region of Foo', 'the southern Colombian state of Bar': the division is in the
        country the adjective names, if the story names that country ('Peru', 'Colombia')."""
        countries = {m.key_text: m for m in self.facts.mentions if m.cls == "Country"}
        for t in self.doc:
            if t.lower_ not in DIVISIONS:
                continue
            adj = [c for c in t.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.is_alpha]
            ys = [m for o in self.pobjs(t, ("of",)) for m in [self.ment(o)] if core(m) == "Place" and m.cls != "Country"]
            if len(adj) != 1 or not ys:
                continue
            best = sorted(countries.values(), key=lambda m: -shared(m.key_text, adj[0].text))
            if best and shared(best[0].key_text, adj[0].text) >= 3 and \
                    (len(best) == 1 or shared(best[1].key_text, adj[0].text) < shared(best[0].key_text, adj[0].text)):
                for y in ys:
                    self.add(y, "locatedIn", best[0], [adj[0], t, self.token_of(y)], 0.7)

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
            k += 1  # "Ytown, north Ruritania's Foo Province" (any compass word, then a country's possessive)
        if k > i and k + 2 < len(doc) and core(self.ment(doc[k])) == "Place" and doc[k + 1].text in ("'s", "’s"):
            y = self.ment(doc[k + 2])
            return (y, False) if core(y) == "Place" and y.cls != "Country" else (None, False)
        if doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].like_num and doc[j + 1].is_alpha:
            j += 1  # "A, B and C, the three core cities of Y"
        if doc[j].lower_ in ("a", "an") or doc[j].like_num and doc[j].is_alpha:  # "a city in", "two cities on"
            k = j + 1
            while k < len(doc) and k - j <= 5 and doc[k].lower_ not in ("in", "under", "on", "of", *ADMINISTERED) \
                    and not doc[k].is_punct or k < len(doc) and doc[k].text == "-":
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ in ADMINISTERED and doc[k + 1].lower_ == "by":
                k += 1  # "a county-level city administered by Y": under Y
            if k < len(doc) and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() not in DESIGNATIONS:
                return None, False  # "a city of 2 million", "a hub of trade": of a place only after its designation
            if k >= len(doc) or doc[k].lower_ not in ("in", "under", "on", "of", "by") or \
                    not any(x.lower_ in DESIGNATIONS or x.lemma_.lower() in DESIGNATIONS for x in doc[j + 1:k]):
                return None, False
            j, direct = k, None  # described as a place in it: no larger by rank needed
        if doc[j].lower_ not in ("in", "under") and not (direct is None and doc[j].lower_ in ("on", "of", "by")):
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
                y = self.ment(doc[i - 2])  # "Ytown firm X", "Ztown's X": X is based there
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
        home = k + 1 if k < len(doc) and doc[k].lower_ == "from" and head.lemma_.lower() in COMPANY_CUES else \
            k + 3 if k + 2 < len(doc) and doc[k].lower_ == "with" and doc[k + 1].lower_ == "headquarters" \
            and doc[k + 2].lower_ == "in" else None
        y = self.place_at(home) if not places and home is not None and home < len(doc) else None
        if y is not None and y.cls != "Country":  # "X, a seafood group from Y", "..., a firm with headquarters in Y"
            self.add(org, "headquarteredIn", y, [head, self.token_of(y)], 0.7)
        if k + 1 < len(doc) and doc[k].lower_ == "under":  # "X, a regulator under the Ministry of Y"
            j = k + 1 + (doc[k + 1].lower_ == "the")
            y = self.ment(doc[j]) if j < len(doc) else None
            if core(y) == "Organization" and y is not org and y.start == doc[j].idx:
                self.add(org, "partOf", y, [head, self.token_of(y)], 0.7)
