"""Entity mentions: spaCy NER mapped to ontology classes, refined by cue words."""
from __future__ import annotations

import re

from ..model import DocFacts
from . import register

NER_CLASSES = {"ORG": "Organization", "PERSON": "Person", "GPE": "Place", "LOC": "Place",
               "FAC": "Facility", "PRODUCT": "Product", "NORP": None}

# cue words in a name -> subclass (first match wins)
CUES = [
    (r"\b(university|college)\b", "University"),
    (r"\b(institute|academy|laboratory|research (center|centre))\b", "ResearchInstitute"),
    (r"\b(ministry|bureau|office|commission|administration|department|government|council|"
     r"agency|committee|authority)\b", "GovernmentBody"),
    (r"\b(company|corp(oration)?|group|inc|ltd|co|holdings|technologies|motors?|bank)\b\.?", "Company"),
    (r"\b(new area|district|county|zone)\b", "District"),
    (r"\b(province)\b", "Province"),
    (r"\b(municipality)\b", "Municipality"),
    (r"\b(region|area|belt|delta|cluster|agglomeration)\b", "Region"),
    (r"\b(factory|plant|park|port|airport|station|facility|mill|mine|base|center|centre)\b", "Facility"),
]

PROVINCES = {
    "Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan",
    "Hubei", "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong",
    "Shanxi", "Sichuan", "Yunnan", "Zhejiang", "Taiwan", "Guangxi", "Inner Mongolia", "Ningxia",
    "Xinjiang", "Tibet", "Xizang",
}
MUNICIPALITIES = {"Beijing", "Tianjin", "Shanghai", "Chongqing"}
SARS = {"Hong Kong", "Macao", "Macau"}
COUNTRIES = {"China", "United States", "U.S.", "US", "Japan", "Germany", "India", "France",
             "United Kingdom", "UK", "Russia", "South Korea", "Brazil", "Canada", "Australia"}


def place_class(name: str) -> str | None:
    bare = re.sub(r"\s+(province|municipality|city)$", "", name, flags=re.I)
    if bare in MUNICIPALITIES:
        return "Municipality"
    if bare in PROVINCES:
        return "Province"
    if name in COUNTRIES:
        return "Country"
    if bare in SARS:
        return "Region"
    return None


def classify(name: str, ner_label: str) -> str | None:
    known = place_class(name)
    if known:
        return known
    base = NER_CLASSES.get(ner_label)
    if base is None:
        return None
    if base == "Person":
        return "Person"
    for pattern, cls in CUES:
        if re.search(pattern, name, re.I):
            return cls
    return base


@register("entities")
def make_entities(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        for ent in doc.ents:
            text = ent.text.strip()
            if ent[0].lower_ == "the":
                ent = ent[1:]
                text = ent.text.strip()
            if not text or not any(c.isalpha() for c in text):
                continue
            cls = classify(text, ent.label_)
            if cls:
                facts.mention(text, cls, ent.start_char, ent.end_char)
    return extract
