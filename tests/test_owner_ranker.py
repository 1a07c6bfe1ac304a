"""The owner ranker: candidates, features and the learned second opinion on whose figure it is (own sentences)."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.extractors.owner_ranker import Ranker, load_weights, rerank
from kg.model import Document

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def rules(nlp):
    """The pipeline without the ranker: the rules' owners, and the doc to rerank them on."""
    from kg.pipeline import Pipeline, load_config
    names = load_config()["extractors"]
    names = names[:names.index("owner_ranker")]
    pipe = Pipeline(load_config(extractors=names), nlp=nlp)

    def run(text: str):
        doc = pipe.nlp(text)
        return doc, pipe.extract(doc, Document(id="t", text=text, date=dt.date(2025, 5, 2)))
    return run


def obs(facts, number):
    return next(o for o in facts.observations if Decimal(str(number)) in (o.value, o.change))


TEXT = ("Valdoria Province's grain output rose 3.1 percent in 2024, the provincial bureau said. "
        "Mirecki Foods, based in Kastel, sold 40,000 tonnes of rice to buyers in Norland.")


def test_candidates_and_parse_features(rules):
    doc, facts = rules(TEXT)
    ranker = Ranker(doc, facts)
    grain = obs(facts, 3.1)
    names = [m.key_text for m in ranker.candidates(grain)]
    assert "Valdoria Province" in names[0]
    f = ranker.features(grain, ranker.candidates(grain)[0])
    assert f["possessor_on_path"] == 1.0 and f["same_sentence"] == 1.0 and f["before_number"] == 1.0
    rice = obs(facts, 40000)
    by_name = {m.key_text: ranker.features(rice, m) for m in ranker.candidates(rice)}
    firm = next(v for k, v in by_name.items() if k.startswith("Mirecki"))
    assert firm["subject_of_path"] == 1.0 and firm["class_org"] == 1.0
    partner = next(v for k, v in by_name.items() if k.startswith("Norland"))
    assert partner["subject_of_path"] == 0.0 and partner["after_number"] == 1.0
    assert next(v for k, v in by_name.items() if k.startswith("Valdoria"))["previous_sentence"] == 1.0


def test_the_rules_pick_stands_unless_the_model_is_surer(rules):
    doc, facts = rules(TEXT)
    before = {id(o): o.about.key_text for o in facts.observations}
    rerank(doc, facts, {"prior": 100.0, "weights": {"after_number": 50.0}})
    assert {id(o): o.about.key_text for o in facts.observations} == before
    rerank(doc, facts, {"prior": 0.0, "weights": {"after_number": 50.0}})  # a model that wants what follows
    assert obs(facts, 40000).about.key_text.startswith("Norland")


def test_a_respective_list_keeps_its_owners(rules):
    doc, facts = rules("Wuhan, Changsha and Nanchang recorded GDP growth of 2.1, 2.4 and 1.9 percent, respectively.")
    owners = [obs(facts, n).about.key_text for n in (2.1, 2.4, 1.9)]
    assert owners == ["Wuhan", "Changsha", "Nanchang"]
    rerank(doc, facts, {"prior": 0.0, "weights": {"first_in_sentence": 50.0}})
    assert [obs(facts, n).about.key_text for n in (2.1, 2.4, 1.9)] == owners


def test_the_shipped_weights_keep_clear_owners(extract):
    w = load_weights()
    assert w["prior"] > 0 and w["weights"]
    facts = extract(TEXT)
    assert obs(facts, 3.1).about.key_text.startswith("Valdoria")
    assert obs(facts, 40000).about.key_text.startswith("Mirecki")


def test_training_writes_weights_from_annotated_articles(tmp_path):
    corpus = tmp_path / "set"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Harlow exports climb\n\nHARLOW, May 2 -- Harlow's exports rose 12 percent to 3.4 billion dollars in 2024. "
        "Tessaly Motors, a carmaker in Harlow, said its revenue grew 8 percent to 900 million dollars. "
        "Harlow's retail sales rose 4.5 percent.\n", encoding="utf-8")
    (corpus / "expected.yaml").write_text(
        "checks:\n"
        "- {id: a1, obs: {about: Harlow, indicator: exports, number: 12, year: 2024}}\n"
        "- {id: a2, obs: {about: Tessaly Motors, indicator: revenue, number: 8}}\n"
        "- {id: a3, obs: {about: Harlow, indicator: retail, number: 4.5}}\n", encoding="utf-8")
    out = tmp_path / "w.json"
    run = subprocess.run([sys.executable, str(ROOT / "tools/train_owner_ranker.py"), str(corpus), "--out", str(out),
                          "--prior", "1.5"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    w = json.loads(out.read_text())
    assert w["prior"] == 1.5 and isinstance(w["weights"], dict)
    assert "examples" in run.stdout
