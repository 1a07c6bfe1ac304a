"""Entity mentions: NER mapped to the ontology, name rules, lexicons, coreference (real spaCy model)."""
from __future__ import annotations


def classes(facts) -> dict[str, str]:
    return {m.entity: m.cls for m in facts.mentions}


def test_names_with_heads_and_titles(extract):
    facts = extract("Governor Wang Ning visited the Nanjing Economic and Technological Development Zone in "
                    "Jiangsu Province. The Ministry of Industry and Information Technology, Tsinghua University "
                    "and Peking University signed the plan.")
    got = classes(facts)
    assert got["Person/Wang-Ning"] == "Person"
    assert got["Place/Nanjing-Economic-and-Technological-Development-Zone"] == "District"
    assert got["Place/Jiangsu"] == "Province"
    assert got["Organization/Ministry-of-Industry-and-Information-Technology"] == "GovernmentBody"
    assert got["Organization/Tsinghua-University"] == "University"
    assert got["Organization/Peking-University"] == "University"


def test_product_models_and_not_pollutants(extract):
    got = classes(extract("Haibei Motors unveiled its QX9 Pro sedan and the TF-90 jet as PM2.5 levels fell."))
    assert got["Product/QX9-Pro"] == "Product" and got["Product/TF-90"] == "Product"
    assert got["Organization/Haibei-Motors"] == "Company"
    assert not any("PM2" in k for k in got)


def test_company_in_focus_and_capital(extract):
    facts = extract("Donghai Robotics opened a plant in May. The company said demand rose. "
                    "Taiyuan, the capital of Shanxi, hosted a fair. Visitors praised the capital.")
    company = [m for m in facts.mentions if m.text == "The company"]
    assert company and company[0].entity == "Organization/Donghai-Robotics"
    capital = [m for m in facts.mentions if m.text == "the capital"]
    assert capital and capital[0].entity == "Place/Taiyuan"


def test_surname_and_short_form(extract):
    facts = extract("Zhao Lei, an analyst at Guotai Securities, said prices rose. Zhao added that the "
                    "Lingang New Area grew. Lingang attracted 30 firms.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert ents["Zhao"] == "Person/Zhao-Lei"
    assert ents["Lingang"] == ents["Lingang New Area"] == "Place/Lingang-New-Area"


def test_compound_region_is_one_place(extract):
    facts = extract("The Jiangsu-Zhejiang-Shanghai region grew fast. Trade in the Jiangsu-Zhejiang-Shanghai "
                    "urban cluster rose.")
    regions = {m.entity for m in facts.mentions if m.cls == "Region"}
    assert regions == {"Place/Jiangsu-Zhejiang-Shanghai-region"}


def test_a_company_misread_as_a_person_by_ner(extract):
    got = classes(extract("Shares of electric carmaker Zeekon rose after Zeekon launched a sedan."))
    assert got.get("Organization/Zeekon") in ("Company", "Organization")
    assert "Person/Zeekon" not in got


def test_headline_lines_give_no_junk(extract):
    facts = extract("Collaborative Development Index Of The Delta Region Continues To Improve In 2024\n\n"
                    "Output rose in Anhui.")
    assert {m.entity for m in facts.mentions} == {"Place/Anhui"}
