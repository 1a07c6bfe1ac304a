"""The plain data model every stage passes on: documents in, facts with provenance out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Document:
    """One news article, as text, with what its text or file says about it."""
    id: str  # stable slug, used in IRIs
    text: str
    source: str = "-"  # file path, or "-" for stdin
    title: str | None = None
    publisher: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document, sentence, character offsets, who read it."""
    doc_id: str
    start: int  # character offsets of the evidence in Document.text
    end: int
    sentence: str
    extractor: str
    confidence: float = 0.8


@dataclass(eq=False)
class Mention:
    """A reference to an entity in the text; resolution sets .entity."""
    text: str  # surface form as written
    cls: str  # ontology class local name (Company, Place, Product, ...)
    start: int
    end: int
    name: str | None = None  # the name it stands for, when known ("the office" -> full name)
    entity: str | None = None  # key of the resolved Entity

    @property
    def key_text(self) -> str:
        return self.name or self.text


@dataclass(eq=False)
class Relation:
    subject: Mention
    predicate: str  # local name from terms.RELATIONS
    object: Mention
    evidence: Evidence


@dataclass(eq=False)
class Observation:
    """One number of the news, as the contract's n-ary Observation."""
    about: Mention | None
    indicator: str
    evidence: Evidence
    value: Decimal | None = None
    unit: str | None = None
    change: Decimal | None = None
    change_unit: str | None = None
    year: int | None = None
    qualifier: str | None = None  # "more than", "nearly", "under", ...


@dataclass(eq=False)
class Role:
    person: Mention
    org: Mention
    title: str
    evidence: Evidence


@dataclass
class DocFacts:
    """Everything the extractors read from one document."""
    document: Document
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    focus: Mention | None = None  # the place the article is about (extractors/focus.py), set before observations

    def mention(self, text: str, cls: str, start: int, end: int, name: str | None = None) -> Mention:
        m = Mention(text, cls, start, end, name)
        self.mentions.append(m)
        return m

    def all_mentions(self):
        """Every mention, including those that facts hold but the list lacks."""
        seen = {id(m) for m in self.mentions}
        yield from self.mentions
        for m in (x for r in self.relations for x in (r.subject, r.object)):
            if id(m) not in seen:
                seen.add(id(m))
                yield m
        for m in (x for r in self.roles for x in (r.person, r.org)):
            if id(m) not in seen:
                seen.add(id(m))
                yield m
        for o in self.observations:
            if o.about is not None and id(o.about) not in seen:
                seen.add(id(o.about))
                yield o.about


@dataclass
class Entity:
    """One real-world thing, after resolution."""
    key: str  # stable: core class + slug of the canonical name
    cls: str
    label: str
    aliases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
