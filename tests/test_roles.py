"""Roles and worksFor from appositions, attributions and copulas (real spaCy model)."""
from __future__ import annotations


def roles(facts) -> set[tuple[str, str, str]]:
    return {(r.person.entity, r.title, r.org.entity) for r in facts.roles}


def test_apposition_with_founder(extract):
    facts = extract("\"Demand is strong,\" Ma Huateng, founder and chief executive of Tencent, said on Monday.")
    assert ("Person/Ma-Huateng", "founder and chief executive", "Organization/Tencent") in roles(facts)
    assert any(r.predicate == "founded" and r.subject.entity == "Person/Ma-Huateng"
               and r.object.entity == "Organization/Tencent" for r in facts.relations)


def test_said_person_title_of_org(extract):
    facts = extract("\"Exports will recover,\" said Liu Yang, deputy director of the Guangdong Provincial "
                    "Department of Commerce.")
    (person, title, org), = roles(facts)
    assert person == "Person/Liu-Yang" and title == "deputy director"
    assert org == "Organization/Guangdong-Provincial-Department-of-Commerce"


def test_prenominal_copular_and_reversed_apposition(extract):
    got = roles(extract("Haier CEO Zhou Yunjie said sales rose. Zhou Yunjie is the chairman of Haier."))
    assert ("Person/Zhou-Yunjie", "CEO", "Organization/Haier") in got
    assert ("Person/Zhou-Yunjie", "chairman", "Organization/Haier") in got
    got = roles(extract("Haibei Motors opened a plant. The company's president, Wang Chuanfu, said it was big."))
    assert ("Person/Wang-Chuanfu", "president", "Organization/Haibei-Motors") in got


def test_position_at_a_factory_is_with_its_company(extract):
    got = roles(extract("\"We doubled output,\" said Li Ming, director of Haier's Qingdao factory."))
    assert ("Person/Li-Ming", "director", "Organization/Haier") in got


def test_coreference_of_the_office(extract):
    facts = extract("\"Trade is up,\" said Sun Wei, director of the Shanghai-Jiangsu cooperation office. "
                    "\"We are pleased,\" said Gao Fei, deputy director of the cooperation office.")
    got = roles(facts)
    office = "Organization/Shanghai-Jiangsu-cooperation-office"
    assert ("Person/Sun-Wei", "director", office) in got
    assert ("Person/Gao-Fei", "deputy director", office) in got


def test_no_role_without_an_organisation_or_in_the_past(extract):
    assert extract("Zhang Wei, a resident of Wuhan, said prices rose.").roles == []
    assert extract("Zhang Wei, a former director of the Hubei Provincial Department of Commerce, "
                   "said trade fell.").roles == []


def test_roles_from_verbs_and_lower_case_company_titles(extract):
    got = roles(extract("Weihe Foods was set up in 2003 by Tan Mei, a former chemist who now chairs the "
                        "company. Its sales rose 9 percent, said general manager Ou Yang. "
                        "Gao Fei heads the Shaanxi Provincial Bureau of Commerce."))
    assert ("Person/Tan-Mei", "chair", "Organization/Weihe-Foods") in got
    assert ("Person/Ou-Yang", "general manager", "Organization/Weihe-Foods") in got
    assert ("Person/Gao-Fei", "head", "Organization/Shaanxi-Provincial-Bureau-of-Commerce") in got


def test_no_role_from_a_hedged_verb_or_a_lone_lower_case_title(extract):
    got = roles(extract("Tan Mei may chair the Weihe Foods board. Prices rose, said economist Ou Yang."))
    assert got == set()


def test_units_of_organisations_and_reversed_copula(extract):
    got = roles(extract("Dalian Ruida Equipment Co., Ltd., a subsidiary of Ruida Group, makes cranes. Its chairman "
                        "is Gao Peng. Crane exports rose, according to Lin Yue, who heads the export unit of the "
                        "Ministry of Trade and Industry. \"Demand is firm,\" said Shi Lei, general manager of "
                        "Ruida's overseas sales department."))
    assert ("Person/Gao-Peng", "chairman", "Organization/Dalian-Ruida-Equipment-Co") in got  # the sentence before
    assert ("Person/Lin-Yue", "head", "Organization/Ministry-of-Trade-and-Industry") in got
    assert ("Person/Shi-Lei", "general manager", "Organization/Dalian-Ruida-Equipment-Co") in got
    assert not [r for r in got if r[2] == "Organization/Ruida-Group"]


def test_capitalised_title_of_a_speaker_is_in_the_firm_in_focus(extract):
    got = roles(extract("Rinjani Mining Tbk sold more ore. Rinjani buys trucks from Volvo. \"We grew,\" President "
                        "Director Hadi Susanto told reporters. Officials praised General Secretary Lee Wen's speech."))
    assert ("Person/Hadi-Susanto", "President Director", "Organization/Rinjani-Mining-Tbk") in got
    assert not [r for r in got if r[0] == "Person/Lee-Wen"]  # a public title, no speaker: no position


def test_the_department_is_the_one_named_before(extract):
    got = roles(extract("The Henan Provincial Department of Transport said roads grew. \"Traffic rose,\" said Wu Di, "
                        "deputy director of the department."))
    assert ("Person/Wu-Di", "deputy director", "Organization/Henan-Provincial-Department-of-Transport") in got
