"""Entity mentions: spaCy NER mapped to ontology classes, completed by name rules and lexicons.

Candidates come from rules (title-case names with a head word, hyphenated place compounds,
offices named by their remit, product model names, people after titles), from the place
lexicon and from NER; the longest rule span wins. Then one class per surface form in a
document, short forms and surnames point at the full name, and definite descriptions
("the company", "the liaison office", "the capital") point at what they stand for.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import DocFacts, Relation
from . import register
from .gazetteer import world_place
from .common import asserted, evidence, sentences
from .lexicon import (ADMIN_SUFFIX, CASED_LEGAL_FORMS, COMPANY_CUES, COMPANY_HEADS, COMPANY_VERBS, DESIGNATIONS, FACILITY_HEADS,
                      FACILITY_HEADS_2, FACILITY_NOUNS, FOUND_VERBS, LAUNCH_VERBS,
                      PRODUCT_CUES, TITLE_HEADS, TITLE_MODIFIERS,
                      FOCUS_ORG_NOUNS, LINK_NOUNS, MAX_PLACE_WORDS, MODEL_SUFFIXES, MODEL_TOKEN,
                      NOT_MODEL, ORG_HEADS, PLACE_HEADS, REGION_NOUNS, REMIT_ORG_HEADS, TITLE_WORDS,
                      PLACE_CLASS, known_place)

NER_CLASSES = {"ORG": "Organization", "PERSON": "Person", "GPE": "Place", "LOC": "Place",
               "FAC": "Facility", "PRODUCT": "Product"}
# NER "organisations" whose head says they are something else (an index, a card, a plan)
NOT_NAME_HEADS = {"index", "rate", "plan", "strategy", "card", "initiative", "policy", "program",
                  "programme", "project", "report", "forum", "day", "week", "year", "meter", "metre",
                  "percent", "mode", "award", "prize", "law", "act", "list", "ranking", "survey"}
CONNECTORS = {"of", "for", "on"}
PLACE_ORDER = {"Region": 5, "Country": 6, "Province": 4, "Municipality": 4, "City": 3, "District": 2}


@dataclass
class Cand:
    start: int  # token indices, end exclusive
    end: int
    cls: str
    name: str | None = None
    prio: int = 1
    rule: bool = False
    alias: str | None = None  # a facility's own name ('Punta Alta' of 'the Punta Alta smelter'), used alone later


# -- classification ---------------------------------------------------------------
def head_class(words: list[str]) -> str | None:
    """Class from the head word(s) of a name: 'New Area' -> District, 'Bureau' -> GovernmentBody."""
    if not words:
        return None
    if len(words) >= 2 and (words[-1].rstrip(".") in CASED_LEGAL_FORMS or "".join(words[-3:]).rstrip(".") == "A/S"):
        return "Company"  # "Norrland Pumps AB", "Fjordvik Pumps A/S"
    low = [w.lower().rstrip(".") for w in words]
    if len(low) >= 3 and low[-2] == "de" and low[-1] in ("cv", "c.v", "rl", "r.l"):
        return "Company"  # "Grupo Andino SA de CV", "Aceros del Norte S. de R.L."
    two = " ".join(low[-2:])
    if len(low) >= 2 and two in FACILITY_HEADS_2:
        return "Facility"
    if len(low) >= 2 and two in PLACE_HEADS:
        return PLACE_HEADS[two]
    last = low[-1]
    if last in ORG_HEADS:
        if last in ("center", "centre") and "research" not in low:
            return "Facility"
        return ORG_HEADS[last]
    if last == "city" and len(low) >= 3:
        return "District"  # "Nanhu Lake Science and Technology City": a zone, not a city
    if last in PLACE_HEADS:
        return PLACE_HEADS[last]
    if last in FACILITY_HEADS:
        return "Facility"
    if len(low) >= 2 and (last in COMPANY_HEADS or two in COMPANY_HEADS):
        return "Company"
    if len(low) >= 2 and low[0] in FIRST_HEADS:
        return FIRST_HEADS[low[0]]  # "Universiti Sains Malaysia", "Instituto Nacional ..."
    return None


# heads that open a name in other languages
FIRST_HEADS = {w: "University" for w in ("universiti", "universidad", "universidade", "université", "universite",
                                          "universität", "universitat", "università", "universita", "politecnico",
                                          "universitas", "universitet")}
FIRST_HEADS.update({w: "ResearchInstitute" for w in ("instituto", "institut", "istituto")})


def name_class(name: str) -> str | None:
    """Class of a whole name: lexicon place, else the head before its first 'of'/'for'."""
    known = known_place(name)
    if known:
        return known[1]
    words = re.split(r"\s+", name)
    pre = []
    for w in words:
        if w.lower() in CONNECTORS:
            break
        pre.append(w)
    return head_class(pre) or head_class(words)


def name_head(name: str) -> str:
    """The head word of a name, before its first 'of'/'for': 'department' of 'X Department of Y'."""
    words = []
    for w in name.split():
        if w.lower() in CONNECTORS:
            break
        words.append(w)
    return words[-1].lower() if words else ""


def classify(name: str, ner_label: str) -> str | None:
    base = NER_CLASSES.get(ner_label)
    if base is None:
        return None
    by_name = name_class(name)
    if by_name:
        return by_name
    words = name.split()
    if ner_label in ("PERSON", "GPE", "LOC") and 2 <= len(words) <= 3 and words[0] in COMPASS \
            and all(w[:1].isupper() for w in words):
        return "Province"  # "Central Sulawesi", "Lower Silesia": no one's name starts with a bearing
    if ner_label != "PERSON" or " " in name.strip():  # one-word "people" may share a city's name
        return world_place(name) or base
    return base


COMPASS = {"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest",
           "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}


# -- small token helpers -------------------------------------------------------------
def cap(tok) -> bool:
    return _cap(tok.text)


@lru_cache(maxsize=65536)
def _cap(t: str) -> bool:
    return bool(t[:1].isupper()) and any(c.isalpha() for c in t)


# every prefix of a lexicon place's lower-case name: a token no name starts with needs no span lookups
PLACE_PREFIXES = {k[:n] for k in PLACE_CLASS for n in range(1, len(k) + 1)}


def joined(doc, i) -> bool:
    """Token i is a hyphen glued between two words ("Hunan-Hubei")."""
    return (doc[i].text in ("-", "\u2013") and i > 0 and i + 1 < len(doc)
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_)


def trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, possessive markers, quotes and punctuation at the edges of a span."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "'", "\u2019s")
                           or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def is_headline(sent) -> bool:
    """Title-case lines (headlines) mislead NER: most content words capitalised, no final stop."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    if len(words) < 6 or sent.text.rstrip().endswith((".", '"', "\u201d", "?", "!")):
        return False
    return sum(cap(t) for t in words) / len(words) >= 0.75


# -- candidate rules --------------------------------------------------------------------
def lexicon_places(doc, out: list[Cand]) -> None:
    i = 0
    while i < len(doc):
        hit = None
        if cap(doc[i]) and doc[i].lower_.replace("\u2019", "'") in PLACE_PREFIXES:
            for n in range(MAX_PLACE_WORDS, 0, -1):
                span = doc[i:i + n]
                if len(span) < n:
                    continue
                found = known_place(span.text)
                if found and (span.text == found[0] or span.text == found[0].upper()):
                    hit = (n, found)
                    break
        if hit:
            n, (canon, cls) = hit
            end = i + n
            if end < len(doc) and (doc[end].lower_ in ("province", "municipality") or
                                   doc[end].lower_ == "city" and cap(doc[end])):
                end += 1
            name = canon if doc[i:end].text != canon and end == i + n else None
            out.append(Cand(i, end, cls, name, prio=2))
            i = end
        else:
            i += 1


def compound_regions(doc, out: list[Cand]) -> None:
    """'Jiangsu-Zhejiang-Anhui (region|urban agglomeration)' -> one Region named '... region'."""
    i = 0
    while i < len(doc):
        places, j = [], i
        while j < len(doc):
            found = known_place(doc[j].text) if cap(doc[j]) else None
            if not found:
                break
            places.append(found[0])
            if j + 2 < len(doc) and joined(doc, j + 1):
                j += 2
                continue
            j += 1
            break
        if len(places) < 2:
            i += 1
            continue
        end = j
        nxt = doc[end].lower_ if end < len(doc) else ""
        named = end < len(doc) and cap(doc[end]) and not any(
            doc[end:end + len(n.split())].text.lower() == n for n in REGION_NOUNS)
        if nxt in LINK_NOUNS or named or (end < len(doc) and doc[end].text == "-"):
            i = end
            continue
        for noun in REGION_NOUNS:
            n = len(noun.split())
            if doc[end:end + n].text.lower() == noun:
                end += n
                break
        out.append(Cand(i, end, "Region", "-".join(places) + " region", prio=3, rule=True))
        i = end


def title_case_names(doc, out: list[Cand], skip: set[int]) -> None:
    """Capitalised names with a head word: 'Ministry of Water Resources', 'Jiangbei New Area'."""
    i = 0
    while i < len(doc):
        if skip and doc[i].sent.start in skip or not cap(doc[i]) or doc[i].is_punct:
            i += 1
            continue
        j, seen_conn = i + 1, False
        while j < len(doc):
            t = doc[j]
            if t.is_sent_start:  # "... Sdn. Bhd. The company": a name ends with its sentence
                break
            if cap(t) and t.tag_ != "POS":
                j += 1
            elif t.lower_.rstrip(".") in LOWER_LEGAL_FORMS:  # "Tatra Filtry a.s.", "Norrland Trä AB"
                j += 1
            elif t.text == "/" and doc[j - 1].text == "A" and j + 1 < len(doc) and doc[j + 1].text.rstrip(".") == "S" \
                    and not t.whitespace_:  # "Fjordvik Pumps A/S"
                j += 2
                if doc[j - 1].text.endswith("."):
                    break  # "A/S." closed its sentence
            elif t.text == "(" and j + 3 < len(doc) and cap(doc[j + 1]) and doc[j + 2].text == ")" \
                    and cap(doc[j + 3]) and is_place_name(doc[j + 1].text):
                j += 3  # "Yanfeng Adient (Wuhu) Seating Co.": a joint venture's town inside its name
            elif t.text == "," and j + 1 < len(doc) and doc[j - 1].lower_.rstrip(".") in LEGAL_FORMS \
                    and doc[j + 1].lower_.rstrip(".") in LEGAL_FORMS:  # "Acme Co., Ltd."
                j += 2
            elif t.lower_ in NAME_PARTICLES and t.text.islower() and j + 1 < len(doc) and cap(doc[j + 1]) \
                    and not doc[j + 1].is_punct:  # "Banco del Sur", "Vale do Rio Doce"
                j += 1
            elif joined(doc, j) and j + 1 < len(doc) and (cap(doc[j + 1]) or doc[j + 1].is_alpha
                                                           and not doc[j + 1].lower_.endswith("ed")):
                j += 2
            elif t.tag_ == "POS" and doc[j - 1].lower_ in COLLECTIVE_OWNERS and j + 1 < len(doc) and cap(doc[j + 1]):
                j += 1  # "People's Government", "Children's Hospital": a collective's 's inside a name
            elif not doc[j - 1].whitespace_ and t.text in ("'", "\u2019") and (t.tag_ != "POS" or
                                                                           body_follows(doc, i, j + 1)):
                j += 1  # "Workers' Union": a plural possessive inside a body's name
            else:
                k = j
                if t.lower_ in CONNECTORS or t.lower_ in ("and", "&"):
                    k += 1
                    if k < len(doc) and doc[k].lower_ == "the":
                        k += 1
                if k > j and k < len(doc) and cap(doc[k]) and doc[k].ent_type_ not in ("DATE", "TIME") \
                        and based_at(doc, k + 1) is None:  # not "X Ink and Jiaxing-based Y"

                    seen_conn = seen_conn or t.lower_ in CONNECTORS
                    j = k
                    continue
                if seen_conn and t.text == "," and remit_list(doc, i, j):  # "Ministry of A, B and C"
                    j += 1
                    continue
                break
        name_spans(doc, i, j, out)
        i = j


COLLECTIVE_OWNERS = {"people", "workers", "children", "women", "men", "farmers", "veterans"}
SUBUNITS = ("University", "ResearchInstitute", "GovernmentBody")  # classes of schools, institutes, offices
BODIES = ("Organization",)  # the class of associations, unions, federations


def body_follows(doc, start: int, i: int) -> bool:
    """Capitalised words from ``i`` end in the head of a body, and those from ``start`` name none:
    "Turkish Textile Manufacturers' Association", not "Bureau of Statistics' Office"."""
    if any(doc[k].lower_ in ORG_HEADS for k in range(start, i)):
        return False
    k = i
    while k < len(doc) and k - i < 3 and cap(doc[k]) and doc[k].tag_ != "POS":
        k += 1
    return k > i and ORG_HEADS.get(doc[k - 1].lower_) in BODIES


def remit_list(doc, i: int, comma: int) -> bool:
    """A comma inside the remit of a body: 'Ministry of Agriculture, Livestock and Fisheries' (a body
    head, 'of', then capitalised words, commas, and an 'and' that closes the list)."""
    if doc[i].lower_ not in ORG_HEADS or ORG_HEADS[doc[i].lower_] not in ("GovernmentBody", "ResearchInstitute",
                                                                           "University", "Organization"):
        return False
    k = comma + 1
    while k < len(doc) and k - comma < 12:
        t = doc[k]
        if t.text == ",":
            k += 1
        elif cap(t):
            k += 1
        elif t.lower_ in ("and", "&"):
            return k + 1 < len(doc) and cap(doc[k + 1])
        else:
            return False
    return False


LEGAL_PREFIXES = {"PT", "OOO", "JSC", "PJSC", "OAO", "ZAO", "CJSC"}  # forms written before the name
LEGAL_FORMS = {"ltd", "co", "inc", "corp", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "se", "tbk", "pvt",
               "bhd", "berhad", "spa", "srl", "kk", "limited", "sdn", "pte", "ltda", "a.s", "s.r.o", "s.a", "s.p.a", "sp. z o.o"}
LOWER_LEGAL_FORMS = {"a.s", "s.r.o", "s.a", "s.p.a"}  # written in lower case after the name
# lower-case words inside Romance, Dutch and German names: "Fundición del Sur", "Casa da Moeda"
NAME_PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "van", "von", "der", "den",
                  "y", "ve"}  # "Minera Andes y Pacifico", "Beyaz Esya Sanayi ve Ticaret"


def name_spans(doc, start: int, end: int, out: list[Cand]) -> None:
    while start < end and (doc[start].is_stop or doc[start].lower_ in TITLE_WORDS and not cap(doc[start])
                           or doc[start].lower_.rstrip(".") in LEGAL_FORMS):  # "..., Ltd. of Zhuzhou"
        start += 1
    if start >= end:
        return
    if doc[start].text in LEGAL_PREFIXES and end - start >= 2:  # "PT Bahodopi Smelting Indonesia"
        out.append(Cand(start, end, "Company", prio=3, rule=True))
        return
    # "X University and Y University": split at 'and' where both sides are names with heads
    ands = [k for k in range(start + 1, end - 1) if doc[k].lower_ in ("and", "&")]
    if ands:
        parts, s0 = [], start
        for k in ands + [end]:
            parts.append((s0, k))
            s0 = k + 1
        acc = parts[0]
        for a, b in parts[1:]:
            left = [t.text for t in doc[acc[0]:acc[1]] if t.lower_ not in CONNECTORS]
            right = [t.text for t in doc[a:b]]
            cut_right = next((k - a for k in range(a, b) if doc[k].lower_ in CONNECTORS), len(right))
            left_head, right_head = head_class(left), head_class(right[:cut_right])  # "... and X Corporation of Y"
            fields = (left[-1].lower() in COMPANY_HEADS and left[-1].lower() not in ORG_HEADS
                      and right_head not in (None, "Company") and doc[a].lower_ != "the"
                      and not known_place(right[0]))  # "Hunan Agriculture and Forestry University"
            conn = next((k for k in range(acc[0], acc[1]) if doc[k].lower_ in CONNECTORS), None)
            if conn is not None and right[:cut_right] and right[:cut_right][-1].lower() in ORG_HEADS \
                    and head_class([t.text for t in doc[acc[0]:conn]]):
                fields = False  # "Ministry of Industry and Trade and Peking University": the remit has ended
                left_head = head_class([t.text for t in doc[acc[0]:conn]])
            places = is_place_name(doc[acc[0]:acc[1]].text) and is_place_name(doc[a:b].text)  # "A do Sul and B"
            if (left_head and right_head and not fields) or acc[1] - acc[0] == 1 or places:
                name_spans(doc, acc[0], acc[1], out)
                acc = (a, b)
            else:
                acc = (acc[0], b)
        if acc != (start, end):
            name_spans(doc, acc[0], acc[1], out)
            return
    cut = next((k for k in range(start, end) if doc[k].lower_ in CONNECTORS), end)
    words = [t.text for t in doc[start:cut] if t.text != "-"]
    cls = head_class(words)
    if cls == "City" and words[-1].lower() == "prefecture" and world_place(" ".join(words[:-1])) == "Province":
        cls = "Province"  # "Kumamoto Prefecture": a first-level division, not a prefecture-level city
    if cls is None and len(words) >= 3 and words[-2].lower() in ORG_HEADS and is_place_name(words[-1]):
        cls = ORG_HEADS[words[-2].lower()]  # "Tea Board India", "Rubber Board Kerala"
    if cls in SUBUNITS and cut < end:  # "College of X of Y University": a unit and the body it is in
        later = [k for k in range(cut + 1, end - 2) if doc[k].lower_ == "of"]
        for k in later:
            tail = [x.text for x in doc[k + 1:end] if x.lower_ != "the"]
            if len(tail) >= 2 and name_class(" ".join(tail)) in ("University", "ResearchInstitute", "Company",
                                                                 "GovernmentBody"):
                out.append(Cand(start, k, cls, prio=3, rule=True))
                name_spans(doc, k + 1, end, out)
                return
    if cls in SUBUNITS and cut < end and not any(doc[k].lower_ in CONNECTORS for k in range(cut + 1, end)):
        tail = [x.text for x in doc[cut + 1:end] if x.lower_ != "the"]  # "Sugarcane Institute of X University"
        if len(tail) >= 2 and head_class(tail) in ("University", "ResearchInstitute") and cut - start >= 2:
            out.append(Cand(start, cut, cls, prio=3, rule=True))
            name_spans(doc, cut + 1, end, out)
            return
    if cls == "Place":  # a natural feature ("Red River"): a weak rule, which a firm's name may hold
        out.append(Cand(start, end, cls, prio=2))
        return
    if cls and cut == end and all(head_class([w]) for w in words):
        return  # only head words: 'Electronics makers', 'Bank
    if cls is None and cut == end and len(words) >= 2 and world_place(doc[start:end].text):
        out.append(Cand(start, end, world_place(doc[start:end].text), prio=2))  # "Rio Grande do Sul"
        return
    if cls is None:
        if cut < end:  # look for a name in the tail
            name_spans(doc, cut + 1, end, out)
        return
    legal = doc[cut - 1].lower_.rstrip(".") in LEGAL_FORMS or doc[cut - 1].lower_ in COMPANY_HEADS
    if cut < end and cls == "Company" and legal and cut - start > 1 and doc[cut].lower_ == "of" \
            and is_place_name(doc[cut + 1:end].text):  # "Solseguidor SA of Madrid": a firm and its city
        out.append(Cand(start, cut, cls, prio=3, rule=True))
        return
    if cut < end and cls in PLACE_ORDER | {"Facility": 0} and cut - start > 1:
        out.append(Cand(start, cut, cls, prio=3, rule=True))  # 'Jiangbei New Area' | of Guangzhou
        name_spans(doc, cut + 1, end, out)
        return
    if cls == "Company" and doc[cut - 1].lower_ in LINK_HEADS and any(joined(doc, k) for k in range(start, cut)):
        cls = "Facility"  # "the China-Laos Railway", "the Mombasa-Nairobi Highway": a link, not its operator
    s, e = trim(doc, start, end)
    if e > s:
        out.append(Cand(s, e, cls, prio=3, rule=True))


BASED = {"based", "headquartered"}


def based_at(doc, i: int) -> int | None:
    """Start of the place a '-based' at token ``i`` follows ('Ipoh-based', 'Hong Kong-based'), or None."""
    if not (i + 1 < len(doc) and joined(doc, i) and doc[i + 1].lower_ in BASED and cap(doc[i - 1])):
        return None
    start = i - 1
    while start > 0 and cap(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" \
            and (is_place_name(doc[start - 1:i].text) or doc[start].ent_iob_ == "I"):
        start -= 1
    return start


def based_places(doc, out: list[Cand]) -> None:
    """'Ipoh-based Perak Leadframe', 'a Kunming-based firm': what a firm is based in is a place."""
    for t in doc:
        if t.text in ("-", "\u2013"):
            start = based_at(doc, t.i)
            if start is not None and doc[start].is_alpha:
                name = doc[start:t.i].text
                out.append(Cand(start, t.i, (known_place(name) or (None, None))[1] or world_place(name) or "Place",
                                prio=2, rule=True))


LINK_HEADS = {"railway", "railroad", "highway", "expressway", "pipeline", "canal", "bridge", "tunnel"}


def is_place_name(name: str) -> bool:
    return bool(known_place(name) or world_place(name))


def remit_orgs(doc, out: list[Cand]) -> None:
    """Lower-case bodies named by a proper modifier: 'the Hunan-Hubei liaison office'."""
    for t in doc:
        if t.lower_ not in REMIT_ORG_HEADS and t.lemma_.lower() not in REMIT_ORG_HEADS or not t.text.islower() \
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
        if end + 1 < len(doc) and doc[end].lower_ == "of":  # "the Wuhu municipal bureau of commerce"
            k = end + 1
            while k < len(doc) and doc[k].is_alpha and doc[k].text.islower() and doc[k].pos_ in REMIT_POS:
                k += 1
            if k > end + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN"):
                end = k
        out.append(Cand(start, end, ORG_HEADS.get(t.lower_, "Organization"), prio=3, rule=True))


REMIT_POS = ("NOUN", "PROPN", "ADJ", "CCONJ")  # words of a body's remit: 'of economy and information technology'


def models(doc, out: list[Cand]) -> None:
    """Product model names: 'QX9 Pro', 'KT-20', 'ZB-M12', 'Lumen X3' (family name + model)."""
    last = -1
    for t in doc:
        if t.i <= last or not MODEL_TOKEN.match(t.text) or NOT_MODEL.match(t.text) or t.like_num:
            continue
        start, end = t.i, t.i + 1
        while start >= 2 and joined(doc, start - 1) and doc[start - 2].text.isupper():
            start -= 2  # "ZB-M12"
        while end < len(doc) and doc[end].text in MODEL_SUFFIXES:
            end += 1
        for _ in range(2):  # family name: "Lumen X3", "Bao Long X3"
            prev = doc[start - 1] if start > 0 else None
            if prev is not None and cap(prev) and prev.pos_ == "PROPN" and prev.i != prev.sent.start \
                    and not known_place(prev.text) and prev.lower_ not in ORG_HEADS.keys() | TITLE_WORDS \
                    and (prev.ent_type_ not in ("ORG", "GPE") or t.ent_type_ == prev.ent_type_):
                start -= 1
            else:
                break
        if len(t.text) <= 2 and start == t.i and end == t.i + 1:
            continue  # a bare "S7" may be anything
        out.append(Cand(start, end, "Product", prio=3, rule=True))
        last = end - 1


NOT_NUMBERED = {"phase", "line", "group", "terminal", "article", "level", "category", "stage", "round", "grade",
                "class", "tier", "zone", "block", "gate", "unit", "no", "number", "chapter", "section", "lot",
                "plan", "top", "version", "route", "district", "road", "hall", "building", "platform", "pier"}


def numbered_models(doc, out: list[Cand]) -> None:
    """'the Vela 3, a laptop', 'launched the Corsa 7': a name and a model number, said to be a product."""
    for t in doc[:-1]:
        n = doc[t.i + 1]
        number = n.text.isdigit() and len(n.text) <= 3 or ROMAN.match(n.text) is not None
        if not (cap(t) and t.pos_ == "PROPN" and t.is_alpha and number) \
                or t.ent_type_ == "DATE" or n.ent_type_ == "DATE" or t.lower_ in NOT_NUMBERED \
                or t.lower_ in ORG_HEADS or t.lower_ in TITLE_WORDS or known_place(t.text) \
                or head_class([t.text]):
            continue
        root = t if n.head.i == t.i else n if t.head.i == n.i else None
        if root is None:
            continue
        said = any(a.dep_ == "appos" and a.lemma_.lower() in PRODUCT_CUES for a in root.children) \
            or root.dep_ == "appos" and (root.head.lemma_.lower() in PRODUCT_CUES or launch_object(root.head))
        if said or launch_object(root):  # "the Vela 3, a laptop", "debuted a 720-watt module, the Helios V"
            start = t.i - 1 if t.i > 0 and cap(doc[t.i - 1]) and doc[t.i - 1].pos_ == "PROPN" \
                and doc[t.i - 1].i != doc[t.i - 1].sent.start and not known_place(doc[t.i - 1].text) else t.i
            while start >= 2 and joined(doc, start - 1) and cap(doc[start - 2]) and doc[start - 2].is_alpha:
                start -= 2  # "E-Boda 3", "KR-Arc 20": a prefix glued by a hyphen
            out.append(Cand(start, t.i + 2, "Product", prio=3, rule=True))


ROMAN = re.compile(r"^(II|III|IV|V|VI|VII|VIII|IX|X)$")


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


def designated_places(doc, out: list[Cand]) -> None:
    """'Ha Tinh province', 'Lishu county' -> the capitalised words before a lower-case designation
    name a place of its class; 'the city of Jinhua', 'the Indian state of Kerala' likewise."""
    for t in doc:
        cls = PLACE_DESIGNATIONS.get(t.lower_)
        plural = cls is None and t.tag_ == "NNS" and t.lemma_.lower() != t.lower_  # "the cities of A and B"
        if plural:
            cls = PLACE_DESIGNATIONS.get(t.lemma_.lower())
        if cls is None or not t.text.islower():
            continue
        j = t.i
        while j > 0 and t.i - j < 4:
            if plain_name_word(doc[j - 1], t.i - j > 0):
                j -= 1
            elif j >= 3 and joined(doc, j - 1) and j < t.i and cap(doc[j - 2]):  # "Al-Jouf province"
                j -= 2
            else:
                break
        if j < t.i and not plural and not (j > 0 and (joined(doc, j - 1) or cap(doc[j - 1])
                                                      and not doc[j - 1].is_punct)) \
                and not known_place(doc[j:t.i].text) and not head_class([x.text for x in doc[j:t.i]]):
            # "Lishu county": labelled "Lishu", the text as written kept as another name
            out.append(Cand(j, t.i + 1, cls, doc[j:t.i].text, prio=2, rule=True))
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and any(c.dep_ == "det" for c in t.children):
            k = t.i + 2
            while k < len(doc):
                start = k
                while k < len(doc) and k - start < 3 and plain_name_word(doc[k]):
                    k += 1
                    while k + 1 < len(doc) and joined(doc, k) and cap(doc[k + 1]):  # "Jelcz-Laskowice"
                        k += 2
                if k > start and not known_place(doc[start:k].text) \
                        and not head_class([x.text for x in doc[start:k]]):
                    out.append(Cand(start, k, cls, prio=2, rule=True))
                if not plural or k == start or k + 1 >= len(doc) or doc[k].lower_ not in (",", "and"):
                    break
                k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")


PLACE_DESIGNATIONS = {**DESIGNATIONS, "region": "Region"}  # "the Coquimbo region"


def plain_name_word(tok, inner: bool = False) -> bool:
    """A capitalised proper noun that is not a title, a name head or a nationality (unless ``inner``,
    a word before the last of a name: 'Thai' in 'Thai Binh')."""
    return cap(tok) and tok.pos_ in ("PROPN", "ADJ" if inner else "PROPN") \
        and (tok.is_alpha or re.fullmatch(r"[A-Z][a-z]*(-[A-Z][a-z]+)+", tok.text) is not None) \
        and (tok.ent_type_ not in ("NORP", "DATE") or tok.ent_type_ == "NORP"
             and (inner or tok.tag_ == "NNP" and not DEMONYM.search(tok.text))) and tok.lower_ not in ORG_HEADS and tok.lower_ not in TITLE_WORDS and tok.lower_ not in DESIGNATIONS


DEMONYM = re.compile(r"(an|ese|ish|ic|i|ch|sh)$")  # "Korean", "Chinese", "Thai": not place names


# second parts of hyphenated words that are not given names ("Benz-owned", "Shanghai-based")
NOT_GIVEN = {"based", "owned", "made", "led", "run", "backed", "funded", "style", "like", "level", "scale",
             "wide", "class", "free", "rich", "type", "grade", "size", "era", "up", "in", "out", "off"}


def hyphenated_given_names(doc, out: list[Cand]) -> None:
    """'Kim Min-jun', 'Lee Seo-yeon': a surname and a hyphenated two-syllable given name -> Person."""
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
    """'He Jiayi, a researcher at X': two or three capitalised words NER left alone (or took for a person),
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
            start -= 1  # "He Jiayi, a researcher", the surname read as a second subject
        span = doc[start:t.i + 1]
        kind = next(a.lemma_.lower() for a in t.children if titled(a))
        if len(span) >= 2 and all((x.ent_type_ in ("", "PERSON") or kind in PERSON_TITLES | TITLE_WORDS | TITLE_HEADS) and x.is_alpha
                                  for x in span) \
                and not known_place(span.text) and not head_class([x.text for x in span]) \
                and not any(x.lower_ in TITLE_WORDS for x in span):
            out.append(Cand(start, t.i + 1, "Person", prio=2, rule=True))


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
        if a.dep_ != "appos" or not any(d.lower_ in ("a", "an") for d in a.children):
            return False
        founded = any(c.dep_ == "acl" and c.lemma_.lower() in ("found", "set", "own", "start") for c in a.children)
        if a.lemma_.lower() in FIRM_WORDS or a.lemma_.lower() in FIRM_KIN and founded:
            return True  # words no person is called: "a company", "a rival founded by"
        return a.head.ent_type_ != "PERSON" and org_appos(a) and a.lemma_.lower() in COMPANY_CUES

    for t in doc:
        if not (cap(t) and t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "ORG", "LOC", "GPE")):
            continue
        if not any(firm_noun(a) for a in t.children):
            continue
        start = t.i
        while start > 0 and t.i - start < 3 and cap(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].ent_type_ == t.ent_type_ and doc[start - 1].head.i == t.i:
            start -= 1
        span = doc[start:t.i + 1]
        if not known_place(span.text) and not any(x.lower_ in TITLE_WORDS for x in span):
            out.append(Cand(start, t.i + 1, name_class(span.text) or "Company", prio=2))


MAKE_VERBS = {"make", "build", "supply", "provide", "produce", "manufacture", "ship", "deliver", "develop",
              "acquire", "assemble"}


FIRM_ACTS = MAKE_VERBS | {"manage", "operate", "run", "sell", "export", "invest"}


def acting_firm(root) -> bool:
    """A name that makes, supplies or manages something: the agent ('supplied by X') or active subject."""
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.lemma_.lower() in FIRM_ACTS
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in FIRM_ACTS


def firm_agents(doc, out: list[Cand]) -> None:
    """'reducers made by Nabtesco': one capitalised word NER missed, the maker of something, is a firm."""
    for v in doc:
        if v.lemma_.lower() not in MAKE_VERBS:
            continue
        for by in (c for c in v.children if c.dep_ == "agent"):
            for p in (c for c in by.children if c.dep_ == "pobj"):
                people = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
                if p.i == by.i + 1 and cap(p) and p.pos_ == "PROPN" and p.is_alpha and p.text not in people \
                        and not any(c.dep_ == "compound" for c in p.children) and not is_place_name(p.text) \
                        and p.lower_ not in ORG_HEADS and p.lower_ not in TITLE_WORDS \
                        and not (p.i + 1 < len(doc) and cap(doc[p.i + 1])):
                    out.append(Cand(p.i, p.i + 1, "Company", prio=2))


def founders(doc, out: list[Cand]) -> None:
    """'founded in 2009 by Ayse Demir', 'set up by grower X Y': a two- or three-word name after 'by'
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


def placed_names(doc, out: list[Cand]) -> None:
    """'Kano, in northern Nigeria', 'Tabarjal, Saudi Arabia': a name NER missed, set beside a known
    country or province, is a place (of the class the world gazetteer gives it, if it knows it)."""
    for t in doc:
        if t.text != "," or t.i == 0:
            continue
        j = t.i
        while j > 0 and t.i - j < 3 and plain_name_word(doc[j - 1]) \
                and doc[j - 1].ent_type_ in ("", "GPE", "LOC", "PERSON"):
            j -= 1
        if j == t.i or j > 0 and cap(doc[j - 1]) and not doc[j - 1].is_punct:
            continue
        k = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "in")
        if k < len(doc) and doc[k].lower_ == "the":  # "in the Turkish province of Kocaeli"
            k += 1
        while k < len(doc) and doc[k].pos_ == "ADJ" and (doc[k].text.islower() or doc[k].ent_type_ == "NORP"):
            k += 1  # "in northern Nigeria"
        if k + 1 < len(doc) and doc[k].lower_ in DESIGNATIONS and doc[k + 1].lower_ == "of":
            k += 2
        n = next((n for n in (3, 2, 1) if known_place(doc[k:k + n].text)), 0)
        after = known_place(doc[k:k + n].text) if n else None
        if after is None and k + 1 < len(doc) and world_place(doc[k].text) == "Province":
            n, after = 1, (doc[k].text, "Province")
        if after is None or after[1] not in ("Country", "Province") or \
                k + n < len(doc) and doc[k + n].tag_ == "POS":  # "X, India's biggest miner": no place
            continue
        name = doc[j:t.i].text
        out.append(Cand(j, t.i, world_place(name) or "Place", prio=2))


def ner(doc, out: list[Cand], skip: set[int]) -> None:
    for ent in doc.ents:
        if ent.label_ not in NER_CLASSES or ent.sent.start in skip:
            continue
        start, end = trim(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":
            while start < end and doc[start].lower_.rstrip(".") in TITLE_WORDS | {"secretary"}:
                start += 1
        if start >= end:
            continue
        span = doc[start:end]
        if any(x.tag_ == "POS" and x.lower_ in ("'s", "\u2019s") for x in span) \
                and any(x.lemma_.lower() in FACILITY_NOUNS for x in doc[end - 1:end + 1]):
            continue  # "Kranich's Augsburg plant": an owner and its site, which the rules read
        if not cap(span[0]) or doc[end - 1].lower_ in NOT_NAME_HEADS:
            continue
        if len(span) == 1 and start > 0 and doc[start - 1].like_num and span.text.isupper():
            continue  # a unit after a number: "58 EFLOPS"
        if len(span) == 1 and (span[0].lower_ in TITLE_WORDS or span[0].lower_ in TITLE_HEADS):
            continue  # "its Executive Chairman"
        if len(span) == 1 and ent.label_ == "ORG" and start == span[0].sent.start and once(doc, span[0]) \
                and span[0].dep_ == "nsubjpass" and not any(c.dep_ == "appos" for c in span[0].children) \
                and not (start + 1 < len(doc) and doc[start + 1].tag_ == "POS"):
            continue  # "Fabric is imported from ...": a first word named nowhere else, acted upon (firms act)
        if len(span) == 1 and start == span[0].sent.start and span[0].head.i == start + 1 \
                and span[0].head.text.islower() and (span[0].head.pos_ == "NOUN" or span[0].head.tag_ == "VBG") \
                and not named_elsewhere(doc, start):
            continue  # "Digital printing made up 18 percent": a capitalised first word, not a name
        if len(span) == 1 and span.text.lower() in FOCUS_ORG_NOUNS:
            continue  # 'the "Company"' of a press release: a description, read with the others
        if len(span) == 1 and span.text.isupper() and span[0].dep_ in ("compound", "nmod") \
                and span[0].head.tag_ == "NNS" and span[0].head.i > span[0].i:
            continue  # an acronym that says what kind: "CTC teas", "LFP cells"
        if not any(x.pos_ == "PROPN" for x in span) and not known_place(span.text):
            continue
        if len(span) >= 3 and any(x.tag_ in ("VBD", "VBZ", "VBP") for x in span[1:]):
            continue  # a title-case headline clause: "Liquor Industry Kept Growing"
        if ent.label_ == "PERSON" and any(x.is_alpha and x.text.islower() and not joined(doc, x.i - 1)
                                          for x in span):
            continue
        if end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and cap(doc[end + 1]) \
                and world_place(doc[start:end + 2].text):
            end += 2  # "Mato Grosso" + "do Sul"
            span = doc[start:end]
        if ent.label_ in ("GPE", "LOC") and end + 1 < len(doc) and joined(doc, end) and cap(doc[end + 1]) \
                and doc[end + 1].is_alpha and not is_place_name(doc[end + 1].text) \
                and not world_place(doc[end + 1].text) and not (end + 2 < len(doc) and joined(doc, end + 2)):
            end += 2  # a double-barrelled town: "Vila-Real", "Castell-Platja"
            span = doc[start:end]
        cls = classify(span.text, ent.label_)
        if cls == "Facility" and ent.label_ == "FAC" and name_class(span.text) is None and acting_firm(span.root):
            cls = "Company"  # "converters supplied by Zhuzhou's Qiantang Electric Drive": no site, a maker
        if cls:
            out.append(Cand(start, end, cls, prio=2 if placed_firm(doc, span, ent.label_, cls) else 1))


def placed_firm(doc, span, label: str, cls: str) -> bool:
    """An ORG that opens with a place and goes on with two or more capitalised words of its own
    ('Weifang Huatai Pump Works'): the whole name, not the place, is what the words name."""
    if label != "ORG" or cls in PLACE_ORDER or cls == "Place":
        return False
    for n in (3, 2, 1):
        if n < len(span) - 1 and known_place(span[:n].text):
            rest = span[n:]
            return len(rest) >= 2 and all(cap(x) or x.lower_ in CONNECTORS or x.tag_ == "POS" for x in rest) \
                and not known_place(rest[0].text) and rest[0].lower_ not in PLACE_HEADS \
                and rest[-1].lower_ not in PLACE_HEADS
    return False


def once(doc, tok) -> bool:
    """The word occurs nowhere else in the document, in any case."""
    return sum(t.lower_ == tok.lower_ for t in doc) == 1


def named_elsewhere(doc, i: int) -> bool:
    """The word at ``i`` stands alone as a capitalised name somewhere else in the document."""
    return any(t.text == doc[i].text and t.i != i and t.i != t.sent.start
               and not (t.i + 1 < len(doc) and cap(doc[t.i + 1])) and not (t.i > 0 and cap(doc[t.i - 1]))
               for t in doc)


def select(cands: list[Cand]) -> list[Cand]:
    taken: list[Cand] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start)):
        if any(k in used for k in range(c.start, c.end)):
            continue
        taken.append(c)
        used.update(range(c.start, c.end))
    return sorted(taken, key=lambda c: c.start)


# -- one class per surface form, short forms, surnames -----------------------------------
def org_cue(doc, c: Cand) -> bool:
    left = [doc[k].lemma_.lower() for k in range(max(doc[c.start].sent.start, c.start - 2), c.start)]
    if any(w in COMPANY_CUES for w in left):
        return True
    root = doc[c.start:c.end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in COMPANY_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in COMPANY_VERBS:
        return True  # "launched by X"
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ("headquarter", "base") or org_appos(c)
               for c in root.children)  # "X, a firm"


# nouns that describe a firm when a place says where it is: "a Tokyo-based shipping line", "a Guangzhou
# apparel platform" (without the place, "a fan-out packaging platform" may be a product)
PLACED_ORG_NOUNS = {"line", "platform", "shipowner", "carrier", "chain", "retailer", "wholesaler", "trader",
                    "marketplace", "house", "mill", "player", "business", "outfit"}


def org_appos(a) -> bool:
    """An apposition that says its head is a firm: 'a steelmaker', 'a Seoul-based shipowner'."""
    if a.dep_ != "appos":
        return False
    lemma = a.lemma_.lower()
    if lemma in COMPANY_CUES:
        return True
    if lemma in PRODUCT_CUES or a.pos_ != "NOUN":
        return False
    kids = list(a.children)
    based = any(k.lower_ in BASED and any(cap(x) for x in k.children) for k in kids)  # "a Tokyo-based line"
    placed = any(k.i < a.i and (k.ent_type_ in ("GPE", "NORP") or known_place(k.text)) for k in kids)
    return based or placed and lemma in PLACED_ORG_NOUNS


def place_cue(doc, c: Cand) -> bool:
    """A name used as a place: 'a plant in Ulm', 'headquartered in X', 'Nashik, India'."""
    root = doc[c.start:c.end].root
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near"):
        h = root.head.head
        if h.lemma_.lower() in FACILITY_NOUNS or h.lemma_.lower() in ("locate", "base", "headquarter", "situate"):
            return True
    nxt = doc[c.end:c.end + 2]
    return len(nxt) == 2 and nxt[0].text == "," and known_place(nxt[1].text) is not None \
        and known_place(nxt[1].text)[1] in ("Country", "Province")


def person_cue(doc, c: Cand) -> bool:
    """A name used as a person's: 'X, a former engineer,', 'X, who ...', 'founded by X'."""
    root = doc[c.start:c.end].root
    for ch in root.children:
        if ch.dep_ == "appos" and ch.lemma_.lower() in TITLE_HEADS:
            return True
        if ch.dep_ == "relcl" and any(g.lower_ == "who" for g in ch.children):
            return True
    if root.dep_ == "appos" and root.head.lower_ in TITLE_HEADS and root.head.pos_ == "NOUN":
        return True  # "said its managing director, X"
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in (
        "found", "co-found", "lead", "head")


def launch_object(tok) -> bool:
    """The token is (coordinated with) the object of an asserted 'launch', 'unveil', 'roll out'."""
    while tok.dep_ == "conj":
        tok = tok.head
    v = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or v.lemma_.lower() not in LAUNCH_VERBS:
        return False
    if v.lemma_.lower() == "roll" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return False
    return asserted(v)


def products(doc, chosen: list[Cand]) -> None:
    """A name launched, unveiled or rolled out is a product unless its head says otherwise
    ("rolled out Glacier Mist, a sparkling tea")."""
    for c in chosen:
        if c.cls == "Product" or c.rule or known_place(doc[c.start:c.end].text):
            continue
        if launch_object(doc[c.start:c.end].root) and name_class(doc[c.start:c.end].text) is None:
            c.cls = "Product"
    for c in chosen:  # "launched the daily Durian Express service": a name of the kind of thing launched
        root = doc[c.start:c.end].root
        if c.cls in ("Company", "Organization", "Person", "Place") and root.dep_ == "compound" \
                and root.head.i == c.end \
                and root.head.lemma_.lower() in LAUNCHED_KINDS and launch_object(root.head) \
                and doc[c.end - 1].lower_.rstrip(".") not in ORG_HEADS and not is_place_name(doc[c.start].text):
            c.cls, c.rule = "Product", True


LAUNCHED_KINDS = {"service", "app", "brand", "platform", "model", "range", "series", "label", "product"}
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
    """A lone 'person' that the world gazetteer knows as a place ('Qitaihe's output rose') is that place."""
    cls = world_place(doc[c.start].text)
    if cls:
        c.cls = cls
    return cls is not None


def harmonise(doc, chosen: list[Cand]) -> None:
    text = lambda c: doc[c.start:c.end].text  # noqa: E731
    products(doc, chosen)
    for c in chosen:  # NER's "facilities" and "organisations" that are people
        if not c.rule and c.cls in ("Facility", "Organization") and c.end - c.start >= 2 \
                and name_class(text(c)) is None and person_cue(doc, c):
            c.cls = "Person"
    people = [c for c in chosen if c.cls == "Person" and c.end - c.start >= 2]
    orgish = {text(c) for c in chosen if c.cls != "Person" and c.cls != "Product"}
    cued = {text(c) for c in chosen if c.cls in ("Person", "Organization") and org_cue(doc, c)}
    cued |= {text(c) for c in chosen if c.cls == "Place" and c.prio == 1 and not is_place_name(text(c))
             and any(org_appos(a) for a in doc[c.start:c.end].root.children)}  # "X, a Kobe-based line"
    for c in chosen:
        if c.cls != "Person" and not c.rule and c.end - c.start == 1 and c.cls != "Product" \
                and not known_place(text(c)) and not (c.cls in PLACE_ORDER and place_cue(doc, c)):
            # "Kim said", NER's "facility" for a surname; not "located in Zigong" after "Zigong Glass"
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
        if t in cued or t in orgish:
            c.cls = "Company" if t in cued else next(x.cls for x in chosen if text(x) == t and x.cls != "Person")
    for c in chosen:
        if c.cls == "Place" and text(c) in cued:  # "Hoshino Kaiun, a Kobe-based shipping line"
            c.cls = "Company"
    for c in chosen:  # "engines are supplied by Yantai Marine Engine Works": a works that acts is a firm
        if c.cls == "Facility" and c.end - c.start >= 3 and doc[c.end - 1].lower_ == "works" and org_cue(doc, c):
            c.cls = "Company"
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
    for c in chosen:  # "Hanyang" read as the surname of "Hanyang Heavy", which turned out a firm
        if c.cls == "Person" and c.name and c.end - c.start == 1:
            firm = next((o for o in chosen if text(o) == c.name and o.cls in ("Company", "Organization")), None)
            if firm is not None:
                c.cls, c.name = firm.cls, firm.name or text(firm)
    # short forms of rule names: "Jiangbei" for "Jiangbei New Area"
    short: dict[str, Cand] = {}
    for c in chosen:
        if c.rule and c.cls in PLACE_ORDER | {"Facility": 0}:
            words = text(c).split()
            for n in (2, 1):
                if len(words) > n and " ".join(words[-n:]).lower() in PLACE_HEADS:
                    short.setdefault(" ".join(words[:-n]).lower(), c)
                    break
            if len(words) >= 3 and "Autonomous" in words[1:]:  # "Haixi" of "Haixi Mongol ... Autonomous Prefecture"
                short.setdefault(words[0].lower(), c)
    for c in chosen:
        long = short.get(text(c).lower())
        if long is not None and long is not c:
            c.cls, c.name = long.cls, long.name or text(long)
    return short


GROUP_WORDS = {"Grupo", "Industrias", "Corporación", "Corporacion", "Compañía", "Compania", "Groupe"}


def org_prefixes(doc, chosen: list[Cand]) -> list[Cand]:
    """Later short forms of long organisation names ("Huadong Power" for "Huadong Power Corporation of
    Jiangsu") replace what NER made of them."""
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
            forms.append((org, words[1:], True, True))  # "Yuzhou" for "Chongqing Yuzhou Motorcycle Group"
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
            continue  # "Bohai" of two groups: not a short form of either
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
                    continue  # "located in Neijiang" after "Neijiang Crystal Glassware": the city
                if any(id(c) in made for c in clash):
                    continue  # "Kenari" of two "Kenari ..." firms: the one named first keeps it
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


# -- definite descriptions and facilities named by their operator ----------------------------
def find_capital(doc, chosen: list[Cand]) -> Cand | None:
    at = {k: c for c in chosen for k in range(c.start, c.end)}
    for t in doc:
        if t.lemma_.lower() != "capital":
            continue
        if t.dep_ == "appos" and t.head.i in at and at[t.head.i].cls != "Country":
            c = at[t.head.i]
            if c.cls == "District":  # "Liangqing District of Nanning, the regional capital": Nanning
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
        if lemma in FACILITY_NOUNS and not definite:  # "the hub, run by X": the hub named before, if any
            c = facility(doc, t, start, poss, at, text, chosen + extra)
            if c is not None:
                extra.append(c)
                continue
        if not dets or dets[0].lower_ not in ("the", "this") or poss:
            continue
        if any((x.pos_ == "PROPN" or x.i in at) and x.head.lemma_ not in ("base", "headquarter")
               for x in doc[start:t.i]):  # "the Hexi duty-free complex"; not "the Busan-based company"
            if lemma in FACILITY_NOUNS and not any(x.i in at and at[x.i].cls in ("Company", "Organization")
                                                   for x in doc[start:t.i]):
                name = doc[start:t.i + 1].text  # "the Hexi duty-free complex", "the Daxie terminal"
                extra.append(Cand(start, t.i + 1, "Facility", name, prio=0))
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
            target = next((c for c in reversed(before) if text(c).lower().endswith(words)
                           and c.cls not in ("Person", "Product")), None)
            if target is None and start < t.i:
                target = next((c for c in reversed(before) if text(c).lower().endswith(" " + lemma)
                               and c.cls not in ("Person", "Product")), None)
            if target is None and lemma in REMIT_ORG_HEADS and start == t.i:  # "the department": the
                target = next((c for c in reversed(before) if c.cls not in ("Person", "Product")  # "X Department
                               and name_head(text(c)) == lemma), None)  # of Y" named before
            if target is None:
                wanted = {"region": ("Region",), "province": ("Province",), "municipality": ("Municipality",),
                          "city": ("City", "Municipality")}.get(lemma)
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


RUN_VERBS = ("operate", "run", "own", "build", "open")


def numeric_compound(doc, x) -> bool:
    """A word of a measure glued by hyphens to a number: '3-million-tonne', '600,000-spindle'."""
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
    nor a firm: 'Punta Alta' in 'the Punta Alta smelter' (not 'Gen' of 'Gen 8.6', not 'Qingdao')."""
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
            or any(cap(doc[i]) for i in span if i > words[-1].i):  # "Korean-owned Seyang Chemical plant"
        return None
    if any(c is not None and c.cls == "Place" for c in (at.get(x.i) for x in words)) and len(words) == 1 \
            and owner is None:
        return None  # "the Ningbo plant": a plant named by its town
    return " ".join(x.text for x in words)


def facility(doc, t, start, poss, at, text, known) -> Cand | None:
    """A facility named by who runs it or where it is: "Haier's Qingdao factory", "its main plant",
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
        if owner is None or not own_name(doc, range(poss[0].i + 1, t.i), owner, at):
            return None
    else:
        runs = [x for x in t.children if x.dep_ in ("acl", "relcl") and x.lemma_ in RUN_VERBS]
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
        if obj.dep_ == "dobj" and v.lemma_ in RUN_VERBS and asserted(v):  # "X runs a mill in Y"
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
    words = [x.text for x in doc[start:t.i + 1] if (owner is None or x.i not in range(owner.start, owner.end))
             and x.tag_ != "POS" and x.dep_ not in ("det", "poss") and x.lower_ not in FACILITY_FILLERS
             and not numeric_compound(doc, x)]
    words = " ".join(words).replace(" - ", "-").lstrip("- ")
    place = next((at[o.i] for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for o in p.children if o.dep_ == "pobj" and o.i in at
                  and (at[o.i].cls in PLACE_ORDER or at[o.i].cls == "Place" or container(doc, at[o.i]))), None)
    own = own_name(doc, range(start, t.i), owner, at)
    if own:  # "the Punta Alta smelter", "the company's Dongmak yard": a site with a name of its own
        return Cand(start, t.i + 1, "Facility", words, prio=0, alias=own)
    if owner is not None:
        said = ADMIN_WORD.sub("", doc[place.start:place.end].text) if place is not None else ""  # "Haixi"
        named = any(at.get(i) is not None and at[i].cls in PLACE_ORDER for i in range(start, t.i))
        where = f"{said} " if place is not None and place.cls in PLACE_ORDER and not named and said not in words \
            else ""
        return Cand(start, t.i + 1, "Facility", f"{text(owner)} {where}{words}", prio=0)
    dets = [x for x in t.children if x.dep_ == "det" and x.lower_ in ("a", "an")]
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if dets and place is not None and (verb is None or asserted(verb)):  # "a plant in Nashik": named by its place
        return Cand(start, t.i + 1, "Facility", f"{text(place)} {words}", prio=0)
    return None


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


def site_names(doc, chosen: list[Cand], extra: list[Cand]) -> None:
    """The own name of a facility ('Punta Alta' of 'the Punta Alta smelter') stands for it wherever NER
    took it for a place, person or organisation, unless it acts as a firm does (a clause subject)."""
    sites = {c.alias: c for c in extra if c.alias}
    if not sites:
        return
    text = lambda c: doc[c.start:c.end].text  # noqa: E731
    acting = {text(c) for c in chosen if doc[c.start:c.end].root.dep_ == "nsubj"}
    for c in chosen:
        site = sites.get(text(c))
        if site is not None and text(c) not in acting and not c.rule and c.cls not in ("Company", "Product") \
                and not known_place(text(c)):
            c.cls, c.name = "Facility", site.name


@register("entities")
def make_entities(config: dict):
    world_place("")  # load the world-place index with the pipeline, not inside the first document
    def extract(doc, facts: DocFacts) -> None:
        skip = {s.start for s in doc.sents if is_headline(s)}
        cands: list[Cand] = []
        compound_regions(doc, cands)
        title_case_names(doc, cands, skip)
        remit_orgs(doc, cands)
        models(doc, cands)
        numbered_models(doc, cands)
        titled_people(doc, cands)
        hyphenated_given_names(doc, cands)
        founders(doc, cands)
        firm_agents(doc, cands)
        described_people(doc, cands)
        described_firms(doc, cands)
        minister_remits(doc, cands)
        designated_places(doc, cands)
        based_places(doc, cands)
        lexicon_places(doc, cands)
        ner(doc, cands, skip)
        placed_names(doc, cands)
        chosen = org_prefixes(doc, select(cands))
        short = harmonise(doc, chosen)
        acronyms(doc, chosen)
        chosen = [c for c in chosen if not lone_person(doc, c) or world_town(doc, c)]
        chosen = sorted(chosen + gazetteer(doc, chosen, short), key=lambda c: c.start)
        extra = descriptions(doc, chosen)
        site_names(doc, chosen, extra)
        chosen += extra
        for c in sorted(chosen, key=lambda c: c.start):
            span = doc[c.start:c.end]
            text = span.text
            name = c.name if c.name and c.name != text else None
            m = facts.mention(text, c.cls, span.start_char, span.end_char, name)
            owning_body(doc, facts, c, m)
    return extract


SUBUNIT_HEADS = {"office", "department", "bureau", "school", "college", "institute", "committee", "centre",
                 "center", "division", "branch", "secretariat", "laboratory", "lab"}
BODY_HEADS = {"government", "congress", "council", "commission", "ministry", "university", "academy"}
ACADEMIC_UNITS = {"school", "college", "institute", "laboratory", "lab", "centre", "center"}  # named after fields
BODY_CLASSES = {"GovernmentBody", "University", "ResearchInstitute", "Organization", "Company"}


def owning_body(doc, facts: DocFacts, c: Cand, m) -> None:
    """'Survey Office of the National Bureau of Statistics': a unit named with the body it belongs to;
    the body is named too, and the unit is part of it."""
    if m.cls not in BODY_CLASSES or c.name or name_head(m.text) not in SUBUNIT_HEADS:
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


def place_rank(cls: str) -> int:
    """How large a kind of place is: District < City < Province/Municipality < Region < Country."""
    return PLACE_ORDER.get(cls, 0)


__all__ = ["make_entities", "classify", "place_rank", "ADMIN_SUFFIX"]
