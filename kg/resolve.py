"""Entity resolution: mentions -> one Entity per real-world thing, within and across documents."""
from __future__ import annotations

import re
import unicodedata

from .model import DocFacts, Entity, Mention
from .terms import parent_class

GENERIC_SUFFIX = re.compile(r"\s+(province|municipality|city|new area|region)$", re.I)


def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    t = re.sub(r"^(the)\s+", "", t)
    t = re.sub(r"'s$", "", t)
    return re.sub(r"[\s\-]+", " ", t).strip(" .,")


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-") or "x"


def resolve(all_facts: list[DocFacts]) -> dict[str, Entity]:
    """Set mention.entity on every mention and return the entities by key."""
    entities: dict[str, Entity] = {}
    index: dict[tuple[str, str], str] = {}  # (core class, normalised name) -> key
    for facts in all_facts:
        for m in facts.all_mentions():
            core = parent_class(m.cls)
            name = m.key_text
            keys = [(core, norm(name)), (core, norm(GENERIC_SUFFIX.sub("", name)))]
            key = next((index[k] for k in keys if k in index), None)
            if key is None:
                key = f"{core}/{slug(name)}"
                entities[key] = Entity(key, m.cls, name)
            ent = entities[key]
            for k in keys:
                index.setdefault(k, key)
            merge(ent, m, facts.document.id)
            m.entity = key
    return finalize(entities, all_facts)


def finalize(entities: dict[str, Entity], all_facts: list[DocFacts]) -> dict[str, Entity]:
    """Re-key entities from their final class and canonical label, so IRIs are stable."""
    rename, out = {}, {}
    for old, ent in sorted(entities.items(), key=lambda kv: (parent_class(kv[1].cls), kv[1].label, kv[0])):
        base = f"{parent_class(ent.cls)}/{slug(ent.label)}"
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


def merge(ent: Entity, m: Mention, doc_id: str) -> None:
    ent.documents.add(doc_id)
    for form in {m.text, m.key_text}:
        ent.aliases.add(form)
    if len(m.key_text) > len(ent.label) and m.key_text[0].isupper():
        ent.label = m.key_text  # the fullest proper name is canonical
    if ent.cls == parent_class(ent.cls) and m.cls != ent.cls:
        ent.cls = m.cls  # a subclass is more specific
