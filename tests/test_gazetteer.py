"""World places from open data type the names NER finds, whatever it thought they were."""
from __future__ import annotations

import pytest

from kg.extractors.gazetteer import world_place


@pytest.mark.parametrize("name, cls", [
    ("Minas Gerais", "Province"), ("Espírito Santo", "Province"), ("Espirito Santo", "Province"),
    ("Bac Ninh", "Province"), ("Maharashtra", "Province"), ("Hebei", "Province"),
    ("Belo Horizonte", "City"), ("Porto Alegre", "City"),
])
def test_world_places(name, cls):
    assert world_place(name) == cls


@pytest.mark.parametrize("name", ["Park", "Lin", "Zhang Wei", "Cloud Peak", "Serra Verde Mining"])
def test_names_that_are_not_places(name):
    assert world_place(name) is None


def test_ner_persons_that_are_places_become_places(extract):
    facts = extract("Ferro Azul, headquartered in Porto Alegre, runs a smelter in Espirito Santo.")
    by_text = {m.text: m.cls for m in facts.mentions}
    assert by_text.get("Porto Alegre") == "City"
    assert by_text.get("Espirito Santo") == "Province"
