"""Relations between entities, read from the dependency parse with verb and noun lexicons.

Verbs give supplies / produces / launched / operates / founded / located and headquartered
relations in active and passive voice, with subjects and objects expanded over coordination;
negated, modal or hedged verbs give nothing. Nouns and names give the rest: "X of Y" and
"X in Y" for places, "production line" and "steel production" for products, "P's components"
for what the listed supplies are part of, possessives and "at" for units of organisations,
and the members of a hyphenated region.

The package: words (shared lexicons and helpers), mentions, arguments, verbs, nouns, sites, components and
places (the Reader's mixins, one per phenomenon); here, the Reader's state and run order, and the registered
extractor.
"""
from __future__ import annotations

from ...model import DocFacts, Mention
from .. import register
from ..common import sentences
from .arguments import ArgumentsMixin
from .components import ComponentsMixin
from .mentions import MentionsMixin
from .nouns import NounsMixin
from .places import PlacesMixin
from .sites import SitesMixin
from .verbs import VerbsMixin


class Reader(MentionsMixin, ArgumentsMixin, VerbsMixin, NounsMixin, SitesMixin, ComponentsMixin, PlacesMixin):
    def __init__(self, doc, facts: DocFacts):
        self.doc, self.facts = doc, facts
        self.text = doc.text  # once: Doc.text joins every token
        self.sents = sentences(doc)
        self.products: dict[tuple[int, int], Mention] = {}
        self.seen: set = set()
        self.supplied: list[tuple[int, Mention, list]] = []  # (sentence start, product, tokens)
        self.parts: list[tuple] = []  # (sentence start, maker or None, product, tokens): made by a firm, maybe a part
        self.wholes: dict[int, Mention] = {}  # sentence start -> the product its supplies go into
        self.prefix: dict[int, int] = {}  # object token -> first token of its name ("grinding machines")
        self.via: dict[int, object] = {}  # object token -> the participle it hangs from
        self.counted: set[int] = set()  # objects given as numbers: statistics, not capabilities
        self.orgs_by_word: dict[str, list[Mention]] | None = None  # see short_names()

    def run(self) -> None:
        self.unnamed_sites()
        self.verbs()
        self.nouns()
        self.org_places()
        self.places()
        self.national_divisions()
        self.facility_places()
        self.title_at()
        self.names()
        self.components()
        self.operators_produce()

    def operators_produce(self) -> None:
        """What a facility produces or supplies, the firm that operates it does too."""
        ops = [(r.subject, r.object) for r in self.facts.relations if r.predicate == "operates"]
        for r in [r for r in self.facts.relations if r.predicate in ("produces", "supplies") and r.subject.cls == "Facility"]:
            for org, fac in ops:
                if fac is r.subject or fac.key_text == r.subject.key_text:
                    self.add(org, r.predicate, r.object, [self.token_of(r.subject), self.token_of(r.object)], 0.6)


@register("relations")
def make_relations(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        Reader(doc, facts).run()
    return extract
