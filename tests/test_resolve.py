"""Resolution: one node per real-world thing, within and across documents."""
from __future__ import annotations

import datetime as dt

from kg.model import Document
from kg.resolve import resolve


def run(pipeline, *texts):
    facts = [pipeline.extract(pipeline.nlp(t), Document(id=f"d{i}", text=t, date=dt.date(2025, 1, 1)))
             for i, t in enumerate(texts)]
    return facts, resolve(facts)


def test_designations_merge_and_bare_name_is_canonical(pipeline):
    facts, ents = run(pipeline, "Tianjin Municipality grew. Tianjin exported cars.",
                      "Hebei Province cut steel output.", "Hebei built roads.")
    tj = ents["Place/Tianjin"]
    assert tj.label == "Tianjin" and "Tianjin Municipality" in tj.aliases
    hb = ents["Place/Hebei"]
    assert hb.documents == {"d1", "d2"} and "Hebei Province" in hb.aliases


def test_fullest_name_is_canonical(pipeline):
    facts, ents = run(pipeline, "Xiong'an attracted firms.", "The Xiong'an New Area grew fast.")
    xa = [e for e in ents.values() if "Xiong'an" in e.label]
    assert len(xa) == 1 and xa[0].label == "Xiong'an New Area" and "Xiong'an" in xa[0].aliases


def test_company_legal_forms_and_short_names(pipeline):
    facts, ents = run(pipeline, "Lenovo Group Ltd. reported results.", "Lenovo opened a plant in Wuhan.",
                      "Tianfu Aviation Industry Corporation launched a jet. Tianfu Aviation said it sold well.")
    lenovo = [e for e in ents.values() if e.label.startswith("Lenovo")]
    assert len(lenovo) == 1 and lenovo[0].documents == {"d0", "d1"}
    tianfu = [e for e in ents.values() if e.label.startswith("Tianfu")]
    assert len(tianfu) == 1 and tianfu[0].label == "Tianfu Aviation Industry Corporation"


def test_every_mention_resolves_and_keys_are_stable(pipeline):
    text = "Haier's Qingdao factory makes fridges. The company is based in Qingdao."
    facts, ents = run(pipeline, text)
    assert all(m.entity in ents for f in facts for m in f.all_mentions())
    again = run(pipeline, text)[1]
    assert sorted(ents) == sorted(again)
    assert ents["Facility/Haier-Qingdao-factory"].label == "Haier Qingdao factory"
