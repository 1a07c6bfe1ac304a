"""Capitalised names with a head word ('Ministry of Water Resources', 'Foo New Area'), split at 'and' and
legal forms into the names they hold; hyphenated regions ('Jiangsu-Zhejiang-Anhui region') and the places of
the lexicon.
"""
from __future__ import annotations

from ..gazetteer import world_place
from ..lexicon import (COMPANY_HEADS, FIRM_TITLES, known_place, LINK_NOUNS, MAX_PLACE_WORDS, ORG_HEADS, REGION_NOUNS,
    TITLE_HEADS, TITLE_MODIFIERS, TITLE_WORDS)
from .classes import Cand, cap, CONNECTORS, FIRM_HEADS, head_class, joined, name_class, PLACE_ORDER, PLACE_PREFIXES, trim
from .cues import based_at, is_place_name, LINK_HEADS


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
    """Capitalised names with a head word: 'Ministry of Water Resources', 'Foo New Area'."""
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
                    and not t.whitespace_:  # "Fooviken Pumps A/S"
                j += 2
                if doc[j - 1].text.endswith("."):
                    break  # "A/S." closed its sentence
            elif t.text == "(" and j + 3 < len(doc) and cap(doc[j + 1]) and doc[j + 2].text == ")" \
                    and cap(doc[j + 3]) and is_place_name(doc[j + 1].text):
                j += 3  # "Foo Bar (Ytown) Seating Co.": a joint venture's town inside its name
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
                        and based_at(doc, k + 1) is None:  # not "X Ink and Ytown-based Y"

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
    """A comma inside the remit of a body: 'Ministry of Agriculture, Forestry and Water' (a body
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
                  "y", "ve"}  # "Minera Foo y Pacifico", "Beyaz Esya Sanayi ve Ticaret"


def name_spans(doc, start: int, end: int, out: list[Cand]) -> None:
    while start < end and (doc[start].is_stop or doc[start].lower_ in TITLE_WORDS and not cap(doc[start])
                           or doc[start].lower_.rstrip(".") in LEGAL_FORMS):  # "..., Ltd. of Ytown"
        start += 1
    if start >= end:
        return
    if titled_run(doc, start, end, out):
        return
    if doc[start].text in LEGAL_PREFIXES and end - start >= 2:  # "PT Foo Smelting Indonesia"
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
            fields = (left[-1].lower() in COMPANY_HEADS | FIRM_HEADS and left[-1].lower() not in ORG_HEADS
                      and right_head not in (None, "Company") and doc[a].lower_ != "the"
                      and not known_place(right[0]))  # "Foo Agriculture and Forestry University"
            conn = next((k for k in range(acc[0], acc[1]) if doc[k].lower_ in CONNECTORS), None)
            if conn is not None and right[:cut_right] and right[:cut_right][-1].lower() in ORG_HEADS \
                    and head_class([t.text for t in doc[acc[0]:conn]]):
                fields = False  # "Ministry of Industry and Trade and Peking University": the remit has ended
                left_head = head_class([t.text for t in doc[acc[0]:conn]])
            places = is_place_name(doc[acc[0]:acc[1]].text) and is_place_name(doc[a:b].text)  # "A do Sul and B"
            trades = generic(left[-1]) and all(generic(w) for w in right) \
                and right[-1].lower().rstrip(".") in ORG_HEADS.keys() | LEGAL_FORMS  # "Foo Printing and Dyeing Co."
            if not trades and ((left_head and right_head and not fields) or acc[1] - acc[0] == 1 or places):
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
        cls = "Province"  # "Foo Prefecture" (Japan's kind): a first-level division, not a prefecture-level city
    if cls is None and len(words) >= 3 and words[-2].lower() in ORG_HEADS and is_place_name(words[-1]):
        cls = ORG_HEADS[words[-2].lower()]  # "Foo Board India", "Rubber Board Kerala"
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
    if cls == "Place":  # a natural feature ("Foo River"): a weak rule, which a firm's name may hold
        if cut < end and cut - start >= 2:  # "Foo Basin | of Northwest Bar"; not "Gulf of Mexico"
            out.append(Cand(start, cut, cls, prio=2))
            name_spans(doc, cut + 1, end, out)
            return
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
    legal = doc[cut - 1].lower_.rstrip(".") in LEGAL_FORMS or doc[cut - 1].lower_ in COMPANY_HEADS | FIRM_HEADS
    if cut < end and cls == "Company" and legal and cut - start > 1 and doc[cut].lower_ == "of" \
            and is_place_name(doc[cut + 1:end].text):  # "Foosol SA of Ytown": a firm and its city
        out.append(Cand(start, cut, cls, prio=3, rule=True))
        return
    if cut < end and cls in PLACE_ORDER | {"Facility": 0} and cut - start > 1:
        out.append(Cand(start, cut, cls, prio=3, rule=True))  # 'Foo New Area' | of Ytown
        name_spans(doc, cut + 1, end, out)
        return
    if cls == "Company" and doc[cut - 1].lower_ in LINK_HEADS and any(joined(doc, k) for k in range(start, cut)):
        cls = "Facility"  # "the Foo-Bar Railway", "the Ytown-Ztown Highway": a link, not its operator
    s, e = trim(doc, start, end)
    if e > s:
        out.append(Cand(s, e, cls, prio=3, rule=True))



# words of a trade or a remit that name nothing alone: "Dyeing Co.", "Commerce Department" after an 'and'
REMIT_WORDS = {"commerce", "trade", "industry", "information", "finance", "economy", "development", "reform",
               "planning", "resources", "transport", "transportation", "environment", "health", "education",
               "labour", "labor", "tourism", "culture", "housing", "science", "research", "fisheries", "forestry",
               "water", "mines", "dyeing", "finishing", "services", "trading", "investment", "export", "import"}


def generic(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in REMIT_WORDS or w in COMPANY_HEADS or w in FIRM_HEADS or w in ORG_HEADS or w in LEGAL_FORMS


def titled_run(doc, start: int, end: int, out: list[Cand]) -> bool:
    """'Orvane Robotics CEO Karl Weber': a capitalised run that holds a title before a person's name is a
    name, the title and the person; before a title only firms give, a name no rule knows is a firm's."""
    words = TITLE_WORDS | TITLE_HEADS
    k = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in words), None)
    if k is None:
        return False
    m = k
    while m < end and (doc[m].lower_ in words or doc[m].lower_ in TITLE_MODIFIERS):
        m += 1
    rest = [t.text for t in doc[m:end]]
    if not 1 <= len(rest) <= 3 or head_class(rest) or doc[m].ent_type_ not in ("", "PERSON") \
            or any(doc[x].lower_ in CONNECTORS for x in range(start, end)):
        return False
    before = len(out)
    name_spans(doc, start, k, out)
    left = doc[start:k]
    if len(out) == before and doc[m - 1].lower_ in FIRM_TITLES and all(t.pos_ == "PROPN" for t in left) \
            and not is_place_name(left.text):
        out.append(Cand(start, k, "Company", prio=2, rule=True))
    return True

