"""The words relations are read with: generic and non-product nouns, classifying adjectives, firm, role, trade,
range and facility nouns, the verb sets of each relation; and small helpers on mentions and tokens (a
mention's core name, classifying adjectives, conjuncts).
"""
from __future__ import annotations

import re

from ...model import Mention
from ...terms import parent_class
from ..lexicon import (FOUND_VERBS, LAUNCH_VERBS, LOCATE_VERBS, OPERATE_VERBS, PRODUCE_VERBS, SOURCE_VERBS,
    SUBUNIT_HEADS, SUPPLY_VERBS)

NAME = "relations"
GENERIC_PRODUCTS = {"ingredient", "product", "material", "equipment", "device", "system", "good", "item",
                    "component", "part", "chemical", "module", "unit"}
# Classifying adjectives stay in a product's name ("hydraulic cylinders", "bifacial modules",
# "industrial robots", "foldable boxes"); these same-suffix words judge or place, not classify.
CLASS_ADJ_SUFFIXES = ("ic", "al", "able", "ible", "ary", "ar")  # 'rotary kilns', 'auxiliary engines', 'solar panels'

NOT_CLASSIFYING = {"new", "global", "total", "annual", "additional", "local", "national", "regional", "final",
                   "critical", "typical", "potential", "several", "original", "special", "domestic", "economic",
                   "strategic", "basic", "public", "historic", "specific", "initial", "principal", "central",
                   "capable", "available", "reliable", "affordable", "stable", "profitable", "sizable", "sizeable",
                   "considerable", "comparable", "suitable", "possible", "flexible", "visible", "notable",
                   "crucial", "vital", "essential", "key", "major", "actual", "overall", "normal", "usual",
                   "international", "provincial", "municipal", "federal", "ideal", "optimal", "formal",
                   "informal", "traditional", "conventional", "commercial", "residential", "external",
                   "internal", "physical", "political", "social", "financial", "cyclical", "seasonal",
                   "dual", "partial", "substantial", "exceptional", "unusual", "eventual", "vertical",
                   "horizontal", "identical", "classic", "dynamic", "fantastic", "terrific", "chronic",
                   "primary", "necessary", "ordinary", "extraordinary", "temporary", "contemporary", "preliminary",
                   "voluntary", "monetary", "budgetary", "customary", "unnecessary", "arbitrary", "exemplary",
                   "legendary", "visionary", "revolutionary", "evolutionary", "complementary", "supplementary",
                   "elementary", "documentary", "secondary", "tertiary", "planetary", "sanitary", "solitary",
                   "similar", "regular", "irregular", "popular", "unpopular", "particular", "familiar", "peculiar",
                   "spectacular", "singular", "stellar", "dissimilar", "vernacular"}
CREATE_VERBS = {"build", "open", "construct", "establish", "set", "add", "expand", "develop", "launch"}
FIRM_NOUNS = {"firm", "company", "maker", "manufacturer", "producer", "startup", "supplier", "developer"}
MOVE_VERBS = {"move", "relocate", "shift", "transfer"}
PLAN_VERBS = {"study", "evaluate", "explore", "consider", "weigh", "assess", "mull", "plan", "propose"}
ROLE_NOUNS = {"producer": "produces", "maker": "produces", "manufacturer": "produces", "grower": "produces",
              "supplier": "supplies", "exporter": "supplies"}  # "X is a major tea grower"
CATEGORY_NOUNS = {"drug", "medicine", "vaccine", "brand", "variety", "grade", "cultivar", "breed"}
INTO_VERBS = {"turn", "convert", "process", "melt", "transform"}  # "turns fruit into juice": produces the juice
# what is released or delivered as words, not goods: "released monitoring results", "delivered the work report"
WRITINGS = {"report", "result", "statistic", "survey", "speech", "address", "finding", "notice", "guideline",
            "ranking", "forecast", "estimate", "outlook", "communique", "bulletin"}
AREA_WORDS = {"part", "outskirts", "suburb", "heart", "centre", "center", "edge", "middle", "hinterland"}  # "in the east of Y"
# "north", "northern", "southwest", "southwestern", "central": where in a country a place lies
COMPASS = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|mid-?western|inland|coastal")
WHOLE_CUES = {"system", "equipment"}  # "the ship's equipment comes from ...": besides parts and components
CONSUMED = {"oxygen", "steam", "water", "power", "electricity", "fuel", "gas", "energy", "heat", "coal",
            "diesel", "hydrogen", "nitrogen", "ice"}  # used up by a thing, not parts of it
SHARES = {"percent", "cent", "%", "share", "half", "third", "quarter"}
TRADE_NOUNS = {"import", "export", "demand", "consumption", "need", "supply", "purchase"}
RANGE_NOUNS = {"line", "range", "series", "family", "lineup", "portfolio", "version"}
MAKING_FACILITIES = {"plant", "factory", "mill", "works", "refinery", "smelter", "foundry"}
NOT_OUTPUT = {"processing", "recycling", "treatment", "pilot", "test", "demonstration", "research",
              "sewage", "waste", "water", "desalination", "packaging", "bottling", "printing", "pumping",
              "export", "import", "storage", "distribution", "logistics", "repair", "maintenance"}
UPPER_UNITS = {"bureau", "academy", "administration", "agency", "commission", "division"}
UNIT_HEADS = SUBUNIT_HEADS - UPPER_UNITS | {"faculty", "unit", "hospital"}  # units below the upper ones
ORG = ("Organization",)
SUBSIDIARY_NOUNS = {"subsidiary", "unit", "arm", "affiliate", "offshoot"}  # 'a unit of Y'
AGENTS = ("Organization", "Place", "Facility")  # who supplies or produces
NOT_PARTS = {"price", "cost", "demand", "order", "tariff", "tax", "subsidy", "budget", "permit", "licence",
             "license", "approval", "sale", "market", "plan", "contract", "name", "design"}
QUANTIFIERS = {"most", "some", "all", "much", "many", "half", "part", "bulk", "majority", "much", "none",
               "third", "quarter", "rest", "share", "portion", "each", "both", "several"}
NOT_PRODUCT_ENTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"}
SOURCES = SOURCE_VERBS | {"collect"}  # "the milk is collected from smallholders"
OPERATES = OPERATE_VERBS | {"have", "maintain"}  # "X has a plant in Y" (facilities only)
SUPPLIES = SUPPLY_VERBS | {"sell"}  # "X sells brake systems to Y"
NOT_SOLD = {"stake", "share", "business", "unit", "division", "subsidiary", "arm", "asset", "operation", "bond",
            "note", "company", "firm", "property", "land", "right", "licence", "license", "ticket", "interest",
            "portfolio", "holding", "security", "loan", "debt", "equity", "brand", "idea", "vision", "story"}
VERBS = SUPPLIES | PRODUCE_VERBS | LAUNCH_VERBS | OPERATES | FOUND_VERBS | SOURCES \
    | LOCATE_VERBS | {"come"}

JUDGEMENTS = {"high", "low", "good", "better", "best", "large", "small", "big", "cheap", "more", "less", "much",
              "other", "such", "same", "various", "different", "certain", "own", "quality", "premium", "top",
              "leading", "traditional", "modern", "advanced", "enough", "extra", "further", "related"}


def core(m: Mention | None) -> str | None:
    return parent_class(m.cls) if m is not None else None


# adjectives of state, grade or type that name a kind of thing: "raw sugar", "crude oil", "portable chargers"
KIND_ADJ = {"raw", "crude", "refined", "white", "brown", "black", "red", "frozen", "dried", "liquid",
            "liquefied", "synthetic", "stainless", "rare", "heavy", "precious", "base", "molten", "main", "remote",
            "smart", "mobile", "portable", "wireless", "hybrid", "autonomous"}


def classifying(x) -> bool:
    """An adjective that names a kind ('hydraulic', 'bifacial', 'foldable', 'raw'), not a judgement."""
    low = x.lower_
    if x.dep_ == "amod" and low in KIND_ADJ:
        return True
    return x.pos_ == "ADJ" and x.tag_ == "JJ" and low.isalpha() and low.endswith(CLASS_ADJ_SUFFIXES) \
        and low not in NOT_CLASSIFYING


def conjuncts(tok) -> list:
    """A token and the tokens coordinated with it ('A, B and C')."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return out
