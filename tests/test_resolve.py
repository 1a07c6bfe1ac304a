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
    facts, ents = run(pipeline, "Chongqing Municipality grew. Chongqing exported cars.",
                      "Hunan Province cut steel output.", "Hunan built roads.")
    tj = ents["Place/Chongqing"]
    assert tj.label == "Chongqing" and "Chongqing Municipality" in tj.aliases
    hb = ents["Place/Hunan"]
    assert hb.documents == {"d1", "d2"} and "Hunan Province" in hb.aliases


def test_fullest_name_is_canonical(pipeline):
    facts, ents = run(pipeline, "Lingang attracted firms.", "The Lingang New Area grew fast.")
    jb = [e for e in ents.values() if "Lingang" in e.label]
    assert len(jb) == 1 and jb[0].label == "Lingang New Area" and "Lingang" in jb[0].aliases


def test_company_legal_forms_and_short_names(pipeline):
    facts, ents = run(pipeline, "Haier Group Ltd. reported results.", "Haier opened a plant in Wuhan.",
                      "Songling Aviation Industry Corporation launched a jet. Songling Aviation said it sold well.")
    orgs = [e for e in ents.values() if e.key.startswith("Organization/")]
    haier = [e for e in orgs if e.label.startswith("Haier")]
    assert len(haier) == 1 and haier[0].documents == {"d0", "d1"}
    songling = [e for e in orgs if e.label.startswith("Songling")]
    assert len(songling) == 1 and songling[0].label == "Songling Aviation Industry Corporation"


def test_every_mention_resolves_and_keys_are_stable(pipeline):
    text = "Haier's Qingdao factory makes fridges. The company is based in Qingdao."
    facts, ents = run(pipeline, text)
    assert all(m.entity in ents for f in facts for m in f.all_mentions())
    again = run(pipeline, text)[1]
    assert sorted(ents) == sorted(again)
    assert ents["Facility/Haier-Qingdao-factory"].label == "Haier Qingdao factory"
