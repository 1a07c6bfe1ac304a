"""Entity mentions: spaCy NER mapped to ontology classes, completed by name rules and lexicons.

Candidates come from rules (title-case names with a head word, hyphenated place compounds,
offices named by their remit, product model names, people after titles), from the place
lexicon and from NER; the longest rule span wins. Then one class per surface form in a
document, short forms and surnames point at the full name, and definite descriptions
("the company", "the liaison office", "the capital") point at what they stand for.

The package: classes (candidates and the class of a name), cues, names, places, products, people,
orgs and ner (candidate rules), forms (one class per surface form) and descriptions (definite
descriptions, facilities); here, the registered extractor that runs them in order.
"""
from __future__ import annotations

from ...model import DocFacts
from .. import register
from ..gazetteer import world_place
from ..lexicon import ADMIN_SUFFIX
from .classes import Cand, classify, is_headline, PLACE_ORDER, place_rank
from .descriptions import descriptions, site_names
from .forms import acronyms, gazetteer, harmonise, org_prefixes
from .names import compound_regions, LEGAL_FORMS, lexicon_places, title_case_names
from .ner import ner, select
from .orgs import body_place, described_firms, firm_agents, minister_remits, owning_body, remit_orgs, title_owners
from .people import (described_people, founders, hyphenated_given_names, later_surnames, lone_person, titled_people,
    world_town)
from .places import based_places, described_places, designated_places, listed_places, placed_names
from .products import models, numbered_models


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
        title_owners(doc, cands)
        minister_remits(doc, cands)
        designated_places(doc, cands)
        described_places(doc, cands)
        based_places(doc, cands)
        lexicon_places(doc, cands)
        ner(doc, cands, skip)
        placed_names(doc, cands)
        listed_places(doc, cands)
        chosen = org_prefixes(doc, select(cands))
        short = harmonise(doc, chosen)
        acronyms(doc, chosen)
        chosen = [c for c in chosen if not lone_person(doc, c) or world_town(doc, c)]
        chosen = sorted(chosen + gazetteer(doc, chosen, short), key=lambda c: c.start)
        chosen = sorted(chosen + later_surnames(doc, chosen), key=lambda c: c.start)
        extra = descriptions(doc, chosen)
        site_names(doc, chosen, extra)
        chosen += extra
        for c in sorted(chosen, key=lambda c: c.start):
            span = doc[c.start:c.end]
            text = span.text
            name = c.name if c.name and c.name != text else None
            m = facts.mention(text, c.cls, span.start_char, span.end_char, name)
            owning_body(doc, facts, c, m)
            body_place(doc, facts, c, m)
    return extract


__all__ = ["make_entities", "classify", "place_rank", "ADMIN_SUFFIX", "ner", "LEGAL_FORMS", "PLACE_ORDER"]
