"""Entity resolution: mentions -> one Entity per real-world thing, within and across documents.

Mentions match by normalised name within a core class, and also without the designation of a
place ("Foo Province" ~ "Foo", "Foo New Area" ~ "Foo") or the legal form of a
company ("Haier Group Ltd." ~ "Haier"). Within a document, a short form stands for the name
another mention gives it ("Foo" -> "Foo Heavy" -> "Foo Heavy Industries"), and a name defined
in brackets ('Foo Bar Ltd ("Foo" or "the Company")', "Foo Ocean Shipping (FOS)") stands for the
organisation everywhere in it. A name seen with different core classes takes the class most of
its mentions (and the more specific ones) give it. The canonical label is the fullest proper
name, except that a province or municipality is named without its designation, and a place
whose designation the text only writes in lower case ("the Foo district") without it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from .extractors.gazetteer import world_place
from .extractors.lexicon import known_place, ORG_HEADS, SUBUNIT_HEADS
from .model import DocFacts, Entity, Mention
from .terms import parent_class

GENERIC_SUFFIX = re.compile(r"\s+(province|municipality|city|new area|new district|region|regency|district|"
                            r"county|prefecture|special administrative region|autonomous region)$", re.I)
ORG_SUFFIX = re.compile(r"(,?\s+(co\.?,?\s*ltd\.?|co\.?|ltd\.?|inc\.?|corp\.?|corporation|group|"
                        r"holdings|limited|plc|llc))+$", re.I)
LOWER_DESIGNATION = re.compile(r"\s+(district|county|prefecture|town|township|village|city|province|"
                               r"region|state)$")  # "the Foo district": the name is "Foo"
LEGAL_FORM = re.compile(r"(,?\s+(co\.?,?\s*ltd\.?|co\.?|ltd\.?|inc\.?|corp\.?|llc|plc|limited|pvt\.?|"
                        r"sdn\.?|bhd\.?|berhad|tbk|gmbh|s\.?a\.?(\s+de\s+c\.?v\.?)?|a\.?g\.?|n\.?v\.?|"
                        r"b\.?v\.?|a\.?s\.?|a/s|ab|oy|s\.r\.o\.?|s\.p\.a\.?))+$", re.I)
AUTONOMOUS = re.compile(r"\s\S.*\sautonomous\s+(region|prefecture|county|oblast|okrug)$", re.I)
ADMIN = re.compile(r"\s+(province|municipality|city|special administrative region)$", re.I)
UNITS = "|".join(sorted(SUBUNIT_HEADS - {"laboratory", "lab"} | {"committee"}))
UNIT_OF = re.compile(rf"^(.+?\s+({UNITS}))\s+of\s+(the\s+.+)$", re.I)  # a unit, then the body it belongs to
BARE_NAMED = {"Province", "Municipality", "City", "Country"}  # labelled without designation
PROVINCIAL = re.compile(r"\s+(province|municipality)$", re.I)


@lru_cache(maxsize=65536)  # every mention's name is normalised several times
def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    t = re.sub(r"^(the)\s+", "", t)
    t = re.sub(r"'s?$", "", t)
    return re.sub(r"[\s\-\u2013]+", " ", t).strip(" .,")


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-") or "x"


def keys_of(core: str, name: str) -> list[tuple[str, str]]:
    keys = [(core, norm(name)), (core, norm(GENERIC_SUFFIX.sub("", name)))]
    if core == "Organization":
        keys.append((core, norm(ORG_SUFFIX.sub("", name))))
        unit = UNIT_OF.match(name)  # "Foo Survey Office of the National Bureau of Statistics" ~ "Foo Survey Office"
        if unit and len(unit[1].split()) >= 3 and unit[3].split(" of ")[0].split()[-1].lower() in ORG_HEADS:
            keys.append((core, norm(unit[1])))
    if core == "Place" and AUTONOMOUS.search(name):  # "Foo Zhuang Autonomous Region" ~ "Foo"
        keys.append((core, norm(name.split()[0])))
    return [k for k in dict.fromkeys(keys) if k[1]]


def resolve(all_facts: list[DocFacts]) -> dict[str, Entity]:
    """Set mention.entity on every mention and return the entities by key."""
    for facts in all_facts:
        link_names(facts)
    harmonise_classes(all_facts)
    entities: dict[str, Entity] = {}
    index: dict[tuple[str, str], str] = {}  # (core class, normalised name) -> key
    names: dict[str, list[str]] = defaultdict(list)  # key -> the names its mentions stand for
    texts: dict[str, list[str]] = defaultdict(list)  # key -> the words its mentions are written with
    for facts in all_facts:
        for m in facts.all_mentions():
            core = parent_class(m.cls)
            name = m.key_text
            if not proper(core, name):
                m.entity = None  # "the company" nobody was found for: no entity, no facts
                continue
            keys = keys_of(core, name)
            key = next((index[k] for k in keys if k in index), None)
            if key is None:
                key = f"{core}/{slug(name)}"
                while key in entities:
                    key += "_"
                entities[key] = Entity(key, m.cls, name)
            ent = entities[key]
            for k in keys:
                index.setdefault(k, key)
            merge(ent, m, facts.document.id)
            names[key].append(m.key_text)
            texts[key].append(m.text)
            m.entity = key
    return finalize(entities, all_facts, names, texts)


BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
QUOTED = re.compile(r"^(?:the\s+)?[\"\u201c\u2018']\s*(.+?)\s*[\"\u201d\u2019']$|^([A-Z][A-Z0-9&-]{1,9})$", re.I)


def defined_names(facts: DocFacts) -> dict[str, Mention]:
    """Names a text defines for an organisation in brackets after it: 'Foo Bar Ltd ("Foo" or "the
    Company")', 'Foo Ocean Shipping (FOS)'. Maps the name (lower case) to the organisation's mention."""
    text, out = facts.document.text, {}
    for m in facts.mentions:
        if parent_class(m.cls) != "Organization" or not m.text[:1].isupper():
            continue
        b = BRACKET.match(text, m.end)
        if b is None or ":" in b.group(1):  # "(NYSE: FOO)" is a ticker
            continue
        for part in re.split(r",|;|\bor\b|\band\b", b.group(1)):
            q = QUOTED.match(part.strip())
            alias = q and (q.group(1) or q.group(2))
            if alias and (alias[:1].isupper() or alias.lower().startswith("the ")) and alias != m.text:
                out.setdefault(article(alias), m)
    return out


POSSESSIVE = re.compile(r"^(.+?)['\u2019]s\s+(.+)$")


def article(name: str) -> str:
    return re.sub(r"^the\s+", "the ", name, flags=re.I)


def link_names(facts: DocFacts) -> None:
    """Within one document: a name defined in brackets stands for its organisation everywhere, and a
    short form stands for the name another mention gives it ("Foo" -> "Foo Heavy" -> "Foo Heavy
    Industries"); a name taken for a person that the text gives an organisation is that organisation.
    A place named with another's possessive ("Foo's Bar Region") is "Bar Region"."""
    defined = defined_names(facts)
    longer = {m.text: m for m in facts.mentions if m.name and m.name != m.text and m.text[:1].isupper()
              and parent_class(m.cls) == "Organization"}
    places = {m.text for m in facts.mentions if parent_class(m.cls) == "Place"}
    for m in facts.all_mentions():
        owner = POSSESSIVE.match(m.key_text) if parent_class(m.cls) == "Place" else None
        if owner and owner.group(1) in places and owner.group(2)[:1].isupper():
            m.name = owner.group(2)
        org = defined.get(article(m.text))
        if org is not None and org is not m:
            m.name, m.cls = org.key_text, org.cls
            continue
        seen = {m.key_text}
        while m.key_text in longer and longer[m.key_text] is not m:
            src = longer[m.key_text]
            if parent_class(m.cls) not in ("Organization", "Person") and not misread_place(m) or src.name in seen:
                break
            m.name, m.cls = src.name, src.cls if parent_class(m.cls) != "Organization" else m.cls
            seen.add(src.name)
    short_forms(facts)


def misread_place(m: Mention) -> bool:
    """A 'place' no gazetteer knows whose words the text elsewhere gives a firm ("China's Foo, ...", then
    "Foo" for "Foo New Energy"): the firm."""
    return m.cls == "Place" and not m.name and known_place(m.text) is None and world_place(m.text) is None


PLACE_WORDS = {"provincial", "municipal", "city", "county", "district", "prefectural", "regional", "province",
               "state", "national"}


def short_forms(facts: DocFacts) -> None:
    """A name that is part of one longer organisation name of the document, after the place that name
    starts with, stands for it: "Department of Commerce" for "Foo Provincial Department of Commerce",
    "Bar Electric" for "Foo Bar Electric Appliances Inc." (Foo a place)."""
    places = {m.text for m in facts.mentions if parent_class(m.cls) == "Place"}
    orgs = {m.key_text for m in facts.mentions if parent_class(m.cls) == "Organization" and m.key_text[:1].isupper()}

    def placed(words: list[str]) -> bool:
        while words and words[-1].lower() in PLACE_WORDS:
            words = words[:-1]
        name = " ".join(words)
        return bool(name) and (name in places or known_place(name) is not None)

    for m in facts.mentions:
        text = re.sub(r"^the\s+", "", m.text, flags=re.I)
        if parent_class(m.cls) != "Organization" or m.name and m.name != m.text or not text[:1].isupper():
            continue
        t, longer = text.split(), set()
        for name in orgs:
            w = name.split()
            if any(w[k:k + len(t)] == t and placed(w[:k]) for k in range(1, len(w) - len(t) + 1)):
                longer.add(name)
        if len(longer) == 1:
            m.name = longer.pop()


def proper(core: str, name: str) -> bool:
    """Organisations, people and places are named: a lower-case description alone is not one."""
    return core not in ("Organization", "Person", "Place") or any(c.isupper() for c in name)


def harmonise_classes(all_facts: list[DocFacts]) -> None:
    """One core class per name across the corpus: the class most (and most specific) mentions give."""
    votes: dict[str, Counter] = defaultdict(Counter)
    best: dict[tuple[str, str], str] = {}
    for facts in all_facts:
        for m in facts.all_mentions():
            core = parent_class(m.cls)
            for name in {norm(m.key_text), norm(GENERIC_SUFFIX.sub("", m.key_text))}:
                votes[name][core] += 2 if m.cls != core else 1
                if m.cls != core or (name, core) not in best:
                    best[(name, core)] = m.cls
    for facts in all_facts:
        for m in facts.all_mentions():
            name = norm(m.key_text)
            if len(votes[name]) > 1:
                core = max(votes[name].items(), key=lambda kv: (kv[1], kv[0] != "Person"))[0]
                m.cls = best[(name, core)]


def finalize(entities: dict[str, Entity], all_facts: list[DocFacts],
             names: dict[str, list[str]] | None = None,
             texts: dict[str, list[str]] | None = None) -> dict[str, Entity]:
    """Pick each canonical label, then re-key entities from class and fullest name, so IRIs are stable."""
    rename, out, full = {}, {}, {}
    for old, ent in entities.items():
        full[old] = ent.label = canonical(ent, (names or {}).get(old))
        ent.label = plain_label(ent, (texts or {}).get(old) or ())
        if parent_class(ent.cls) == "Organization":
            ent.aliases |= {LEGAL_FORM.sub("", a) for a in ent.aliases if a[:1].isupper()} - {""}
    for old, ent in sorted(entities.items(), key=lambda kv: (parent_class(kv[1].cls), full[kv[0]], kv[0])):
        base = f"{parent_class(ent.cls)}/{slug(full[old])}"
        key, i = base, 2
        while key in out:
            key, i = f"{base}-{i}", i + 1
        ent.key = key
        ent.aliases.discard(ent.label)
        rename[old], out[key] = key, ent
    for facts in all_facts:
        for m in facts.all_mentions():
            m.entity = rename.get(m.entity, m.entity)
    return out


def canonical(ent: Entity, names: list[str] | None = None) -> str:
    """The fullest proper name; a province or municipality without its designation."""
    forms = [f for f in [ent.label, *sorted(set(names or ()) or ent.aliases)] if f]
    proper = [f for f in forms if f[:1].isupper() and not f.lower().startswith("the ")] or forms
    if ent.cls in BARE_NAMED:
        bare = [f for f in proper if not ADMIN.search(f)]
        proper = bare or [PROVINCIAL.sub("", f) for f in proper]
    return max(proper, key=lambda f: (not f.isupper(), "'s " not in f, len(f), f == ent.label))


def plain_label(ent: Entity, texts) -> str:
    """A place the text only calls "the Foo district" is named "Foo": the lower-case word is no part
    of its name. A capitalised designation anywhere ("Foo District") keeps it."""
    if parent_class(ent.cls) != "Place":
        return ent.label
    lower = [t for t in texts if LOWER_DESIGNATION.search(t)]
    capital = [t for t in texts if re.search(LOWER_DESIGNATION.pattern, t, re.I) and not LOWER_DESIGNATION.search(t)]
    if not lower or capital:
        return ent.label
    bare = re.sub(LOWER_DESIGNATION.pattern, "", ent.label, flags=re.I)
    return bare if bare[:1].isupper() else ent.label


def merge(ent: Entity, m: Mention, doc_id: str) -> None:
    ent.documents.add(doc_id)
    for form in {m.text, m.key_text}:
        ent.aliases.add(form)
    if ent.cls == parent_class(ent.cls) and m.cls != ent.cls:
        ent.cls = m.cls  # a subclass is more specific
