"""Cities linked to the Chinese province an article also names (GeoNames), on articles of our own."""
from __future__ import annotations

import pytest

from kg.extractors.containment import CN_ADMIN1, bare, provinces_of
from kg.model import Document


@pytest.fixture
def read(pipeline):
    def run(text: str):
        return pipeline.extract(pipeline.nlp(text), Document(id="t", text=text))
    return run


def located(facts) -> set[tuple[str, str]]:
    return {(r.subject.key_text, r.object.key_text) for r in facts.relations if r.predicate == "locatedIn"}


def test_a_city_lies_in_the_province_the_article_names(read):
    facts = read("Orchards around Yan'an and Baoji supplied more apples this autumn. "
                 "Shaanxi Province now ships fruit to 40 countries.")
    pairs = located(facts)
    assert ("Baoji", "Shaanxi Province") in pairs or ("Baoji", "Shaanxi") in pairs, pairs
    r = next(r for r in facts.relations if r.subject.key_text == "Baoji" and r.predicate == "locatedIn")
    assert r.evidence.extractor == "containment" and r.evidence.confidence < 0.8
    assert "Baoji" in r.evidence.sentence


def test_no_link_when_the_province_is_not_named(read):
    facts = read("Orchards around Baoji supplied more apples this autumn, growers said.")
    assert not any(r.evidence.extractor == "containment" for r in facts.relations)


def test_a_name_in_two_provinces_goes_to_the_one_the_article_names(read):
    # Suzhou is a city of Jiangsu and a city of Anhui: the article names Anhui
    facts = read("Anhui's coal towns are changing. In Suzhou, a new solar farm opened on Monday.")
    assert any(s == "Suzhou" and "Anhui" in o for s, o in located(facts)), located(facts)
    assert not any(s == "Suzhou" and "Jiangsu" in o for s, o in located(facts))


def test_countries_are_not_containers(read):
    facts = read("Chengdu is a hub for Sichuan's electronics makers, and China's west is growing fast.")
    assert not any("China" in o for _, o in located(facts)), located(facts)


def test_names_and_codes():
    assert bare("Ningxia Hui Autonomous Region") == "ningxia" and bare("Xi’an City") == "xian"
    assert provinces_of("Hanzhong") == ["shaanxi"] and provinces_of("Atlantis") == []
    assert len(CN_ADMIN1) == 31  # 22 provinces, 5 autonomous regions, 4 municipalities (no Taiwan)
