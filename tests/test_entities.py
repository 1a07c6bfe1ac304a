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


def test_places_named_by_a_lower_case_designation(extract):
    got = classes(extract("Korvita opened a mill in Ha Tinh province and a depot in Lishu county. "
                          "Its offices are in the town of Dalong and in Baisha Town."))
    assert got["Place/Ha-Tinh"] == "Province"
    assert got["Place/Lishu"] == "District"  # labelled by its name; "Lishu county" is another label
    assert got["Place/Dalong"] == "District"
    assert got["Place/Baisha-Town"] == "District"


def test_hyphenated_given_names_and_founders_are_people(extract):
    facts = extract("Korvita Chief Executive Kim Min-jun spoke in Busan. The firm was founded in 2009 by "
                    "Ayse Demir, and its Benz-owned trucks carry hazelnuts. Lee Seo-yeon, a spokeswoman, agreed.")
    got = classes(facts)
    assert got["Person/Kim-Min-jun"] == got["Person/Ayse-Demir"] == got["Person/Lee-Seo-yeon"] == "Person"
    assert not any(k.startswith("Person/") and "Benz" in k for k in got)


def test_launched_names_are_products_and_model_families(extract):
    got = classes(extract("Last spring Norland Dairy rolled out Glacier Drop, a bottled kefir. "
                          "Lotus Mobile unveiled the Bao Long X3, a budget phone."))
    assert got["Product/Glacier-Drop"] == "Product"
    assert got["Product/Bao-Long-X3"] == "Product"
    assert got["Organization/Norland-Dairy"] == "Company"


def test_fields_joined_by_and_stay_one_university(extract):
    got = classes(extract("Researchers at Hunan Agriculture and Forestry University met staff of "
                          "Hongyan Energy and Baishan Motor."))
    assert got["Organization/Hunan-Agriculture-and-Forestry-University"] == "University"
    assert got["Organization/Hongyan-Energy"] == got["Organization/Baishan-Motor"] == "Company"


def test_a_lone_capitalised_noun_is_not_a_person(extract):
    facts = extract("Norland Dairy ships kefir to Busan. Tweed for the coats is woven in Zhejiang.")
    assert not [m for m in facts.mentions if m.cls == "Person"]


def test_descriptions_prefer_the_matching_name(extract):
    facts = extract("Baiyun Dairy Group buys milk from the Lianhe Herders' Cooperative, which runs a "
                    "collection station. Baiyun Dairy Group runs a plant in the Hulun Industrial Park. "
                    "The cooperative grew. In May the group launched a yoghurt, and the plant hired 40 "
                    "workers. Trucks leave the Hohhot Logistics Port Area in the city's Saihan District.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert ents["the group"] == "Organization/Baiyun-Dairy-Group"
    assert ents["The cooperative"] == "Organization/Lianhe-Herders-Cooperative"
    assert "Park" not in ents["the plant"]
    assert ents["the city"] == "Place/Hohhot"


def test_customs_offices_and_based_companies(extract):
    facts = extract("Exports rose, Ningbo Customs said. Lotus Mobile makes phones. The plant is the largest "
                    "the Busan-based company operates.")
    got = classes(facts)
    assert got["Organization/Ningbo-Customs"] == "GovernmentBody"
    company = next(m for m in facts.mentions if m.text == "the Busan-based company")
    assert company.entity == "Organization/Lotus-Mobile"


def test_short_form_inside_a_place_prefixed_company_name(extract):
    facts = extract("Henan Lutong Valve Manufacturing Co., Ltd. makes gate valves in Xinxiang. Lutong sold "
                    "more valves to Chile this year.")
    short = next(m for m in facts.mentions if m.text == "Lutong")
    assert short.cls == "Company" and short.entity == "Organization/Henan-Lutong-Valve-Manufacturing-Co-Ltd"


def test_legal_forms_before_and_after_the_name_and_a_firm_of_a_city(extract):
    got = classes(extract("Copper concentrate is trucked by PT Batu Hijau Logistik Nusantara to the port. "
                          "Conveyors were supplied by Transportadora Lusa SA of Lisbon on Monday."))
    assert got["Organization/PT-Batu-Hijau-Logistik-Nusantara"] == "Company"
    assert got["Organization/Transportadora-Lusa-SA"] == "Company"  # not "... SA of Lisbon", nor "on Monday"
    assert got["Place/Lisbon"] == "City"


def test_ministry_whose_remit_is_a_list_with_commas(extract):
    got = classes(extract("The permit came from the Ministry of Forestry, Water, Parks and Wildlife, which "
                          "regulates timber."))
    assert got["Organization/Ministry-of-Forestry-Water-Parks-and-Wildlife"] == "GovernmentBody"


def test_compass_named_regions_are_places_not_people(extract):
    got = classes(extract("The smelter sits in Paloma regency, Northern Tarapaca, near the coast."))
    assert got.get("Place/Northern-Tarapaca") == "Province"
    assert "Person/Northern-Tarapaca" not in got


def test_hyphen_prefixed_and_roman_numbered_models(extract):
    got = classes(extract("In May the firm unveiled the TX-Vela 7, a cargo drone, and the Orion IV, a tractor."))
    assert got.get("Product/TX-Vela-7") == "Product"
    assert got.get("Product/Orion-IV") == "Product"


def test_defined_term_company_and_acronym_modifiers(extract):
    facts = extract("Norrland Pumps AB (the \"Company\") today said it signed a deal with Kestrel Holdings. "
                    "The Company already supplies impellers to Kestrel. Exporters of BOP pumps gained.")
    got = classes(facts)
    assert "Organization/Company" not in got and "Organization/BOP" not in got
    company = next(m for m in facts.mentions if m.text == "The Company")
    assert company.entity == "Organization/Norrland-Pumps-AB"


def test_the_company_is_the_firm_in_focus_not_a_supplier_named_once(extract):
    facts = extract("Qingshan Hydraulics Co. builds cranes in Xuzhou. Qingshan employs 3,000 people. "
                    "Its steel comes from Baotou Alloy Works Co. The company will list in Shenzhen.")
    company = next(m for m in facts.mentions if m.text == "The company")
    assert company.entity == "Organization/Qingshan-Hydraulics-Co"


def test_lower_case_legal_forms_end_a_company_name(extract):
    facts = extract("Membranes are sourced from Slovak maker Tatra Filtry a.s. for the plant.")
    supplies = [(r.subject.entity, r.object.entity) for r in facts.relations if r.predicate == "supplies"]
    assert any(s.startswith("Organization/Tatra-Filtry") and o == "Product/Membranes" for s, o in supplies), supplies


def test_legal_forms_with_commas_and_abbreviations_close_a_name(extract):
    got = classes(extract("Qingshan Paper Co., Ltd. buys pulp. Its rollers come from Kuantan-based Orkid "
                          "Rollers Sdn. Bhd. The company also buys from Hartwell Pte. Ltd. in Singapore."))
    assert got["Organization/Qingshan-Paper-Co-Ltd"] == "Company"
    assert got["Organization/Orkid-Rollers-Sdn-Bhd"] == "Company"
    assert got["Place/Kuantan"] in ("City", "Place")  # what a firm is based in is a place


def test_lower_case_particles_inside_names(extract):
    got = classes(extract("Valves are made by Metalurgica del Norte SA, founded by Luis Ortega. "
                          "Casa da Moeda Industrial Group buys them."))
    assert got["Organization/Metalurgica-del-Norte-SA"] == "Company"
    assert got["Organization/Casa-da-Moeda-Industrial-Group"] == "Company"


def test_region_designations_and_plural_designations(extract):
    facts = extract("The mine lies in the Atacora region. The provinces of Zorvena and Kalbria grew, "
                    "and the plant in Santiago's Providencia district hired staff.")
    got = classes(facts)
    assert got["Place/Atacora"] == "Region"
    assert got["Place/Zorvena"] == got["Place/Kalbria"] == "Province"
    district = next(m for m in facts.mentions if m.text == "Providencia district")
    assert district.entity == "Place/Providencia"


def test_wire_dateline_double_hyphens(extract):
    got = classes(extract("OSLO, Norway--(BUSINESS WIRE)--March 3, 2025--Fjellnor Battery Systems Ltd said "
                          "on Monday it opened a plant."))
    assert got.get("Organization/Fjellnor-Battery-Systems-Ltd") == "Company"


def test_appositions_that_describe_a_firm(extract):
    got = classes(extract("Orders came from Hoshino Kaiun, a Kobe-based shipping line, last year. Most of the "
                          "cloth ends up in shirts sold by Mirelo, a Lagos fashion platform that buys cloth."))
    assert got.get("Organization/Hoshino-Kaiun") == "Company"
    assert got.get("Organization/Mirelo") == "Company"
    assert "Person/Hoshino-Kaiun" not in got


def test_a_name_based_somewhere_is_a_firm_whole(extract):
    facts = extract("Tarrow Green Harvest, based in Kisumu, operates two packhouses. Later, Dunmore Seed "
                    "Industry, headquartered in Nakuru, sold seeds. Dr. Amina Yusuf, based in Kisumu, said so.")
    got = classes(facts)
    assert got.get("Organization/Tarrow-Green-Harvest") == "Company"
    assert got.get("Organization/Dunmore-Seed-Industry") == "Company"
    assert got.get("Person/Amina-Yusuf") == "Person"  # a title makes a person, based or not
    hq = {(r.subject.key_text, r.object.key_text) for r in facts.relations if r.predicate == "headquarteredIn"}
    assert ("Tarrow Green Harvest", "Kisumu") in hq and ("Dunmore Seed Industry", "Nakuru") in hq


def test_a_name_beside_a_title_is_a_person(extract):
    got = classes(extract("He Minglu, a researcher at Fudan University, said exports could double."))
    assert got.get("Person/He-Minglu") == "Person"


def test_units_of_universities_and_names_in_other_languages(extract):
    got = classes(extract("The cultivar was bred by the Tea Research Institute of Anhui Agricultural University "
                          "with staff of the Universidad Austral de Chile and the Kenyan Tea Growers' Association."))
    assert got["Organization/Tea-Research-Institute"] == "ResearchInstitute"
    assert got["Organization/Anhui-Agricultural-University"] == "University"
    assert got["Organization/Universidad-Austral-de-Chile"] == "University"
    assert got["Organization/Kenyan-Tea-Growers-Association"] == "Organization"


def test_a_railway_between_places_and_a_launched_service(extract):
    got = classes(extract("Trains run on the Mombasa-Nairobi Railway. In May, Harbin Fresh Logistics launched "
                          "the weekly Amur Arrow service to Moscow."))
    assert got.get("Facility/Mombasa-Nairobi-Railway") == "Facility"
    assert got.get("Product/Amur-Arrow") == "Product"


def test_a_site_with_a_name_of_its_own(extract):
    facts = extract("Andina Cobre SA, which operates the Loma Roja smelter near Copiapo, said the board may "
                    "shut Loma Roja. The ships will be built at the company's Okpo yard in Geoje.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert ents["Loma Roja smelter"] == ents["Loma Roja"] == "Facility/Loma-Roja-smelter"
    yard = next(e for t, e in ents.items() if t.endswith("Okpo yard"))
    assert yard == "Facility/Okpo-yard"


def test_a_city_named_after_a_firm_named_for_it_stays_a_place(extract):
    got = classes(extract("Bottles are supplied by Neijiang Crystal Glassware. The Tianfu Brewing College, "
                          "located in Neijiang, trained 300 technicians."))
    assert got.get("Place/Neijiang") == "City"


def test_natural_features_are_places_unless_a_firm_is_named_after_them(extract):
    facts = extract("Brine is pumped from the Dongtai Salt Lake. Parts go to Blue River Motors JSC, and "
                    "Blue River launched a scooter in June.")
    got = classes(facts)
    assert got.get("Place/Dongtai-Salt-Lake") == "Place"
    short = next(m for m in facts.mentions if m.text == "Blue River")
    assert short.entity == "Organization/Blue-River-Motors-JSC"


def test_a_works_that_supplies_is_a_firm_and_a_model_beside_a_launched_noun(extract):
    got = classes(extract("Crankshafts are supplied by Dalian Marine Diesel Works. Ostrava Solar debuted a "
                          "500-watt panel, the Corona IV, at a fair."))
    assert got.get("Organization/Dalian-Marine-Diesel-Works") == "Company"
    assert got.get("Product/Corona-IV") == "Product"


def test_short_name_of_an_autonomous_prefecture(extract):
    facts = extract("Tea grows in the Dehong Dai and Jingpo Autonomous Prefecture. Farmers in Dehong earn more.")
    short = next(m for m in facts.mentions if m.text == "Dehong")
    assert short.entity == "Place/Dehong-Dai-and-Jingpo-Autonomous-Prefecture"


def test_defined_term_holds_over_later_suppliers_and_titles_are_not_firms(extract):
    facts = extract('Tanjung Wafer Berhad ("Tanjung" or "the Company") opened a plant run by Tanjung Test '
                    "Sdn. Bhd. Frames are supplied by Kinta Metals Sdn. Bhd. At the event, the Company "
                    "launched a sensor. Tanjung's Executive Chairman spoke.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert ents["the Company"] == ents["Tanjung"] == "Organization/Tanjung-Wafer-Berhad"
    assert not any(m.text == "Executive" for m in facts.mentions)


def test_capitalised_first_words_and_city_centres_are_not_names(extract):
    facts = extract("Nanyang Ferry Group runs a terminal near the city center. Digital ticketing made up 40 "
                    "percent of sales. Sales rose in Huangpu District of Guangzhou, the provincial capital.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert "Digital" not in ents and "the city center" not in ents
    assert ents["the provincial capital"] == "Place/Guangzhou"


def test_legal_forms_in_capitals_and_industry_words_of_other_languages(extract):
    got = classes(extract("Valves come from Denmark's Skagen Ventil A/S. Norrland Pumps AB and Fjord Lakka Oy "
                          "signed. Tokai Kisen ordered ships from Anatolia Beyaz Esya Sanayi ve Ticaret."))
    assert got.get("Organization/Skagen-Ventil-A-S") == "Company"
    assert got.get("Organization/Norrland-Pumps-AB") == got.get("Organization/Fjord-Lakka-Oy") == "Company"
    assert got.get("Organization/Tokai-Kisen") == "Company"
    assert got.get("Organization/Anatolia-Beyaz-Esya-Sanayi-ve-Ticaret") == "Company"


def test_capitalised_designations_and_bodies_joined_by_and(extract):
    got = classes(extract("The plant in Ogun State ships to Kaluga Oblast. The Ministry of Industry and Trade "
                          "and Hanoi University met, and Lagos State University and State Grid Corporation of "
                          "China signed."))
    assert got.get("Place/Ogun-State") == got.get("Place/Kaluga-Oblast") == "Province"
    assert got.get("Organization/Ministry-of-Industry-and-Trade") == "GovernmentBody"
    assert got.get("Organization/Hanoi-University") == got.get("Organization/Lagos-State-University") == "University"
    assert got.get("Organization/State-Grid-Corporation-of-China") == "Company"


def test_a_surname_guess_follows_a_name_that_turned_out_a_firm_and_whose_sites(extract):
    facts = extract("Daewon Heavy wins order\n\nDaewon Heavy Industries said it won an order. Daewon, founded in "
                    "1977, unveiled a tanker. Nordvik Salmon, whose processing plant sits in Alta, grew.")
    ents = {m.text: (m.cls, m.entity) for m in facts.mentions}
    assert ents["Daewon"] == ("Company", "Organization/Daewon-Heavy-Industries")
    assert ents["processing plant"] == ("Facility", "Facility/Nordvik-Salmon-processing-plant")


def test_the_kind_of_firm_refers_to_the_firm_in_focus(extract):
    facts = extract("Daewon Heavy Industries won an order for eight tankers, the largest in the Busan-based "
                    "shipbuilder's history.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert ents["the Busan-based shipbuilder"] == "Organization/Daewon-Heavy-Industries"


def test_its_site_at_a_sentence_start_is_the_focus_firms_and_planned_sites_are_none(extract):
    facts = extract("Baltic Yards Group delivered 12 ships. Its yard in Gdansk is building four ferries. "
                    "Its planned second yard in Szczecin has not been started.")
    sites = {m.text: m.entity for m in facts.mentions if m.cls == "Facility"}
    assert sites.get("yard") == "Facility/Baltic-Yards-Group-Gdansk-yard"
    assert not any("Szczecin" in e for e in sites.values())


def test_a_short_form_in_brackets_after_a_name(extract):
    facts = extract("The plant is backed by the Thailand Board of Investment (BOI). The BOI approved 40 projects "
                    "this year. Aceros Bajio SA de CV supplies the steel.")
    ents = {m.text: (m.cls, m.entity) for m in facts.mentions}
    assert ents["BOI"][1] == ents["Thailand Board of Investment"][1]
    assert ents["Aceros Bajio SA de CV"][0] == "Company"


def test_its_plant_belongs_to_the_clause_subject_not_the_latest_firm(extract):
    facts = extract("Pune-based Kalyani Forge Ltd will supply crankshafts to Volvo Cars from its plant in Chakan. "
                    "In Gujarat's Sanand taluka, Tata Motors runs a car plant.")
    got = classes(facts)
    plant = next(m for m in facts.mentions if m.text == "plant")
    assert plant.entity == "Facility/Kalyani-Forge-Ltd-plant"
    assert got.get("Organization/Volvo-Cars") == "Company"
    assert got.get("Place/Sanand") == "District"


def test_multi_word_world_places_with_particles_and_sites_named_once(extract):
    facts = extract("Pampa Carnes SA will close its Chapeco plant in Santa Catarina state. It buys cattle in "
                    "Mato Grosso do Sul and Rio Grande do Sul.")
    got = classes(facts)
    assert got.get("Place/Mato-Grosso-do-Sul") == got.get("Place/Rio-Grande-do-Sul") == "Province"
    plant = next(m for m in facts.mentions if m.text == "Chapeco plant")
    assert plant.entity == "Facility/Pampa-Carnes-SA-Chapeco-plant"  # the town once, not the state too


def test_the_company_late_in_a_story_is_its_lead_firm_and_prefectures_of_japan(extract):
    facts = extract("Shirakawa Seiki K.K. said on Friday it will build a plant in Kumamoto Prefecture. "
                    "Steel rings will come from Kobe Tekko, while grease is supplied by Hanshin Lube. "
                    "An industry association said output rose 3%. Ono, 58, joined the company in 1990.")
    ents = {m.text: (m.cls, m.entity) for m in facts.mentions}
    assert ents["the company"][1] == "Organization/Shirakawa-Seiki-K-K"
    assert ents["Kumamoto Prefecture"][0] == "Province"


def test_lower_case_bodies_with_remits_joint_venture_names_and_cues_within_a_sentence(extract):
    facts = extract("Seats come from Huayang Lear (Xiangyang) Seating Co. The zone hosts 120 suppliers. Zhou Bin, "
                    "deputy head of the Xiangyang municipal bureau of commerce, said exports doubled.")
    got = classes(facts)
    assert got.get("Organization/Huayang-Lear-Xiangyang-Seating-Co") == "Company"
    assert got.get("Organization/Xiangyang-municipal-bureau-of-commerce") == "GovernmentBody"
    assert got.get("Person/Zhou-Bin") == "Person"


def test_capitalised_first_word_named_once_and_bracketed_short_forms_ner_missed(extract):
    facts = extract("Fabric is imported from Zhejiang Jinfeng Textile Co., Ltd. in Shaoxing. The Vietnam Cotton and "
                    "Spinning Association (VCOSA) forecast exports of $5 billion. VCOSA chairman Vu Duc spoke.")
    ents = {m.text: m.entity for m in facts.mentions}
    assert not ents.get("Fabric", "").startswith(("Organization/", "Person/"))  # a product, if anything
    assert ents["VCOSA"] == "Organization/Vietnam-Cotton-and-Spinning-Association"


def test_a_firms_site_in_a_town_ner_read_as_one_name(extract):
    facts = extract("Bavarian robot maker Kranich Robotik GmbH makes arms. The robots are assembled at "
                    "Kranich's Augsburg plant.")
    plant = next(m for m in facts.mentions if m.text.endswith("Augsburg plant"))
    assert plant.entity == "Facility/Kranich-Robotik-GmbH-Augsburg-plant"


def test_a_one_word_maker_ner_missed_is_a_firm_but_not_a_known_persons_surname(extract):
    facts = extract("The arm uses reducers made by Nabtesco in Japan. Anna Berg designed it; the prototype was "
                    "built by Berg.")
    got = classes(facts)
    assert got.get("Organization/Nabtesco") == "Company"
    berg = next(m for m in facts.mentions if m.text == "Berg")
    assert berg.entity == "Person/Anna-Berg"


def test_firm_named_after_its_city_is_the_firm(extract):
    got = classes(extract("The winches were supplied by Dalian Haixing Lifting Machinery, and the valves by "
                          "Ningbo Kaiyuan Valve Industry."))
    assert got.get("Organization/Dalian-Haixing-Lifting-Machinery") in ("Company", "Organization")
    assert got.get("Organization/Ningbo-Kaiyuan-Valve-Industry") in ("Company", "Organization")


def test_collective_possessive_inside_a_body_name(extract):
    facts = extract("The Press Office of the Shantou Municipal People's Government said the Xiamen Children's "
                    "Hospital would open in May.")
    names = {m.text for m in facts.mentions}
    assert "Press Office of the Shantou Municipal People's Government" in names
    assert "Xiamen Children's Hospital" in names


def test_a_unit_named_with_its_body_names_the_body_too(extract):
    facts = extract("The Planning Office of the Weinan Municipal Government said so. The School of Marine "
                    "Engineering of Dalian Maritime University hired staff.")
    got = classes(facts)
    assert got["Organization/Weinan-Municipal-Government"] == "GovernmentBody"
    assert "Organization/Marine-Engineering" not in got
    parts = {(r.subject.entity, r.object.entity) for r in facts.relations if r.predicate == "partOf"}
    assert ("Organization/Planning-Office-of-the-Weinan-Municipal-Government",
            "Organization/Weinan-Municipal-Government") in parts


def test_a_name_beside_a_firm_noun_is_a_firm(extract):
    got = classes(extract("\"We sold everything,\" she said.\n\nTutu Kids, a younger rival founded by former "
                          "teacher Ye Fang, makes wooden blocks."))
    assert got.get("Organization/Tutu-Kids") == "Company"
    assert got.get("Person/Ye-Fang") == "Person"


def test_a_lone_person_the_gazetteer_knows_as_a_city_is_the_city(extract):
    got = classes(extract("Tourism revenue in the province rose. Chifeng's tourism revenue rose 14.2 percent."))
    assert got.get("Place/Chifeng") == "City"


def test_double_barrelled_town_is_one_place(extract):
    got = classes(extract("Azoty Chem makes fertiliser at its plant in Kedzierzyn-Kozle."))
    assert "Place/Kedzierzyn-Kozle" in got and "Place/Kedzierzyn" not in got


def test_a_facility_name_that_supplies_or_manages_is_a_firm(nlp):
    from spacy.tokens import Span
    from kg.extractors.entities import ner
    doc = nlp("Pumps are supplied by Qiantang Electric Drive. Ships are repaired at the Zhoushan Shipyard.")
    doc.ents = [Span(doc, 4, 7, label="FAC"), Span(doc, 13, 15, label="FAC")]  # as NER reads such names
    out = []
    ner(doc, out, set())
    got = {doc[c.start:c.end].text: c.cls for c in out}
    assert got == {"Qiantang Electric Drive": "Company", "Zhoushan Shipyard": "Facility"}


def test_firms_the_tagger_takes_for_people(extract):
    got = classes(extract("Its cameras are sourced from Ulm-based Verena Optik, while the gearboxes are made by "
                          "Harbor Drive Equipment of Gdansk and the frames by pump maker Hidraulica del Norte. "
                          "The cabs are built by Maren Cab Works in Tulsa."))
    assert got["Organization/Verena-Optik"] == "Company"
    assert got["Organization/Harbor-Drive-Equipment"] == "Company"
    assert got["Organization/Hidraulica-del-Norte"] == "Company"
    assert got["Organization/Maren-Cab-Works"] == "Company"


def test_a_surname_alone_later_is_the_person(extract):
    facts = extract("Greta Lindqvist opened the fair. Lindqvist, who heads Sorvik Timber, said prices fell.")
    assert any(m.text == "Lindqvist" and m.entity == "Person/Greta-Lindqvist" for m in facts.mentions)


def test_a_firm_before_a_title_before_a_person(extract):
    got = classes(extract("Sorvik Timber CEO Greta Lindqvist said prices fell."))
    assert got["Organization/Sorvik-Timber"] == "Company" and got["Person/Greta-Lindqvist"] == "Person"


def test_a_basin_of_a_region_and_a_city_listed_with_cities(extract):
    got = classes(extract("Brine is pumped from salt lakes in the Junggar Basin of Northwest China's Xinjiang. "
                          "Rainfall rose in Yulin, Tongchuan and Weinan this year."))
    assert got["Place/Junggar-Basin"] == "Place"
    assert got["Place/Tongchuan"] == "City"


def test_the_town_a_works_is_named_after_is_a_place(extract):
    got = classes(extract("Haldor Foods runs a dairy plant at El Pinar, near Granada. The El Pinar plant employs "
                          "300 people. The SUV is built at Brenna Auto's Landskrona factory."))
    assert got["Place/El-Pinar"] == "Place" and got["Place/Landskrona"] == "Place"


def test_estates_and_clusters_named_by_a_proper_word_are_facilities(extract):
    got = classes(extract("Ardent Foods leases a warehouse at the Bellbrook industrial estate in Leeds. "
                          "Servers were added to the Lanxi data center cluster this year."))
    assert got["Facility/Bellbrook-industrial-estate"] == "Facility"
    assert got["Facility/Lanxi-data-center-cluster"] == "Facility"


def test_a_name_never_ends_in_of_and_a_city_keeps_its_particle(extract):
    facts = extract("The stacks are supplied by Fjordlys Electrolysis of Aalborg, Denmark. The firm may open a depot "
                    "in Dar es Salaam, Tanzania. Output rose at the same Ohio plant.")
    texts = {m.text for m in facts.mentions}
    assert "Fjordlys Electrolysis of" not in texts
    assert "Dar es Salaam" in texts and "Salaam" not in texts
    assert "Ohio plant" in {m.key_text for m in facts.mentions}


def test_which_clauses_and_shares_mark_a_firm_not_a_person(extract):
    got = classes(extract("Kaiwo Jiaye, which is listed in Shenzhen, said sales rose. Lumo Wenxin's shares rose "
                          "5 percent."))
    assert got["Organization/Kaiwo-Jiaye"] == "Company"
    assert got["Organization/Lumo-Wenxin"] == "Company"


def test_a_consortium_and_a_transmission_line_named_by_proper_words(extract):
    got = classes(extract("The Tagus Green Ammonia consortium is led by Lusa Energia. Power is carried by the "
                          "Sines-Evora high-voltage transmission line, which Lusa Energia operates."))
    assert got["Organization/Tagus-Green-Ammonia-consortium"] == "Organization"
    assert got["Facility/Sines-Evora-high-voltage-transmission-line"] == "Facility"


def test_a_name_beside_the_body_it_is_is_that_body(extract):
    got = classes(extract("The deal was cleared by Vesta Konkurrens, the country's antitrust agency."))
    assert got["Organization/Vesta-Konkurrens"] == "GovernmentBody"


def test_a_lone_name_whose_tourism_or_gdp_the_text_gives_is_a_place(extract):
    got = classes(extract("Tourism boomed in the region during the holiday. Menghai's tourism revenue rose 14.3 "
                          "percent to 5.2 billion yuan."))
    assert got["Place/Menghai"] == "Place"


def test_a_ship_named_beside_its_kind_is_a_product(extract):
    got = classes(extract("In June, the yard delivered the Ocean Lanxing, a 64,000-dwt bulk carrier built for a "
                          "Danish owner."))
    assert got["Product/Ocean-Lanxing"] == "Product"
    got = classes(extract("Nordhav Mining, whose open-pit mine lies in the Atacama region, ships most of its "
                          "output to Japan."))
    assert got.get("Organization/Nordhav-Mining") == "Company"


def test_a_definite_description_matches_whole_words_only(extract):
    # "the e" of "the e-axle" is no short form of "Anhui Province" (which ends in an "e")
    facts = extract("Foo Drive of Ytown, Anhui Province, makes motors. "
                    "The e-axle is supplied by Bar Systems, a firm in Zhuzhou.")
    assert not any(m.text.lower() == "the e" for m in facts.mentions), [(m.text, m.cls) for m in facts.mentions]
    assert ("Bar Systems", "supplies", "e-axle") in {(r.subject.key_text, r.predicate, r.object.key_text)
                                                      for r in facts.relations}


def test_a_name_said_to_be_a_kind_of_product_is_one(extract):
    got = classes(extract("Haoneng already supplies battery packs for the Tavira Lume, a compact electric SUV "
                          "assembled at Tavira's Porto factory."))
    assert got.get("Product/Tavira-Lume") == "Product", got
    got = classes(extract("Vero Kim, a robot engineer, joined Haval Motors."))
    assert got.get("Person/Vero-Kim") == "Person", got  # 'engineer', not 'robot', is the head


def test_names_whose_head_says_hospital_cooperative_or_smelter(extract):
    got = classes(extract("Orsanne Valley Hospital treated 9,000 patients last year. Milk is supplied by "
                          "Pellwick Dairy Cooperative. The Kelbrin Smelter is run by Toruvan Metals."))
    assert got["Organization/Orsanne-Valley-Hospital"] == "Organization"
    assert got["Organization/Pellwick-Dairy-Cooperative"] in ("Organization", "Company")
    assert got["Facility/Kelbrin-Smelter"] == "Facility"


def test_a_person_the_text_describes_stays_a_person(extract):
    got = classes(extract("Founded in 1998 by chemist Aldo Verrinotti Banes, the firm listed in Lima in 2010. "
                          '"We load forty trucks a day," said Ketut Wirasana, 34, a forklift operator at '
                          "Borvale Logistics."))
    assert got["Person/Aldo-Verrinotti-Banes"] == "Person"
    assert got["Person/Ketut-Wirasana"] == "Person"


def test_a_firm_or_body_named_with_and_between_trade_words_is_one_name(extract):
    got = classes(extract("Lianfeng Printing and Dyeing Co. opened a line. Ravi Menon is principal secretary "
                          "of the state's Industries and Commerce Department."))
    assert got["Organization/Lianfeng-Printing-and-Dyeing-Co"] == "Company"
    assert got["Organization/Industries-and-Commerce-Department"] == "GovernmentBody"
    assert "Organization/Dyeing-Co." not in got


def test_a_name_beside_a_place_designation_or_nearby_is_a_place(extract):
    got = classes(extract("Ten years ago she sold tea on the edge of Morvasi, an old market town on the river. "
                          "Residents of nearby Vellacourt complained about the noise. The clinic sits in the "
                          "Karsiyaka district of Izmir."))
    assert got["Place/Morvasi"] == "District"
    assert got["Place/Vellacourt"] == "Place"
    assert got["Place/Karsiyaka"] == "District"
    assert got.get("Place/Izmir") != "District"


def test_the_company_s_town_plant_is_a_facility_named_by_its_town(extract):
    facts = extract("Corvane Optics makes lenses. The company's Luoyang plant opened in May.")
    plant = [m for m in facts.mentions if m.cls == "Facility"]
    assert plant and plant[0].text == "Luoyang plant" and "Corvane Optics" in plant[0].key_text


def test_a_firm_name_that_ends_with_a_country_is_the_firm(extract):
    got = classes(extract("Harvold Robotics Group makes arms. \"Demand is strong,\" said Ana Souza, managing "
                          "director of Harvold Brazil, the group's local unit."))
    assert got.get("Organization/Harvold-Brazil") in ("Company", "Organization")


def test_capitalised_first_words_and_section_numbers_are_not_names(extract):
    got = classes(extract("VI. Overall\n\nThe province received 90 million visitors. Visitor arrivals in Guilin, "
                          "Liuzhou and Wuzhou grew 7.2, 9.6 and 11.4 percent, respectively.\n\nNotes:\n"
                          "2. Visitor numbers are counted in person-times."))
    assert not any(k.endswith("/Visitor") for k in got)
    assert got["Place/Wuzhou"] == "City"
    got = classes(extract("I. Overall\n\nIn 2025 the province received 90 million visitors."))
    assert not any("Overall" in k for k in got)


def test_the_place_a_body_is_named_after_is_a_place_and_the_region(extract):
    facts = extract("The Department of Commerce of Xinjiang Uygur Autonomous Region said freight rose. "
                    "Cotton exports from the region grew.")
    got = classes(facts)
    assert got.get("Place/Xinjiang") == "Province"
    region = [m for m in facts.mentions if m.text == "the region"]
    assert not region or region[0].entity == "Place/Xinjiang"


def test_what_operates_a_site_or_has_a_subsidiary_is_a_firm(extract):
    got = classes(extract("The quarry is operated by Tarlan Vesko. Orsa Holdings is a subsidiary of Kell Amberg."))
    assert got["Organization/Tarlan-Vesko"] == "Company"
    assert got["Organization/Kell-Amberg"] == "Company"


def test_names_listed_before_a_plural_designation_are_places_of_its_class(extract):
    got = classes(extract("Most of the tea is grown by smallholders in Kerugoya, Kisumba and Nyahururu counties."))
    assert got.get("Place/Kerugoya") == got.get("Place/Kisumba") == "District"


def test_a_packhouse_or_hatchery_in_a_town_is_a_facility(extract):
    facts = extract("Kimani Greens, based in Nakuru, operates a packhouse in Naivasha.")
    assert any(m.cls == "Facility" and m.text == "packhouse" for m in facts.mentions)


def test_the_owner_of_a_plant_that_ner_took_for_a_site_is_a_firm(extract):
    facts = extract("Output at Dravo Kessel's plant in Ulm rose 8 percent, and Dravo Kessel hired 200 workers.")
    got = classes(facts)
    assert got["Organization/Dravo-Kessel"] == "Company"
    assert any(m.cls == "Facility" and "plant" in m.text for m in facts.mentions)


def test_what_signs_to_supply_owns_a_mill_or_is_a_unit_of_a_group_is_a_firm(extract):
    got = classes(extract("Torsa Lind signed a contract to supply 40 turbines to the utility. Nuvik Tarma owns a "
                          "steel mill in Gdansk. The inverters come from Solvik Enar, a unit of Berra Holdings. "
                          "Wang Jun signed an agreement on trade."))
    assert got["Organization/Torsa-Lind"] == got["Organization/Nuvik-Tarma"] == "Company"
    assert got["Organization/Solvik-Enar"] == "Company"
    assert got["Person/Wang-Jun"] == "Person"
