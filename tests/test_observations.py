"""Observations ("grew by"): numbers, units, levels and changes, entities and years, on sentences of our own."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.extractors.quantities import find_quantities


def obs(facts):
    return [(o.about.key_text if o.about else None, o) for o in facts.observations]


def one(facts):
    found = obs(facts)
    assert len(found) == 1, [(a, o.indicator, o.value, o.change) for a, o in found]
    return found[0]


# -- quantities: plain text ---------------------------------------------------------------
@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("reached 4.6 trillion yuan", "4600000000000", "yuan", None),
    ("value added grew -1.4 percent", "-1.4", "percent", None),
    ("about 2.5 billion U.S. dollars", "2500000000", "US dollar", "about"),
    ("under 150 million tonnes", "150000000", "tonne", "under"),
    ("was 41.3 micrograms per cubic meter", "41.3", "microgram per cubic metre", None),
    ("rose 0.8 percentage points", "0.8", "percentage point", None),
    ("more than 12,500 people", "12500", "people", "more than"),
    ("nearly 18%", "18", "percent", "nearly"),
    ("a network of 9,300 kilometers", "9300", "kilometre", None),
    ("$75 million", "75000000", "US dollar", None),
    ("96,250 yuan per capita", "96250", "yuan per capita", None),
    ("a record 3.4 gigawatt-hours", "3.4", "gigawatt hour", None),
    ("sales of 45 million zloty", "45000000", "zloty", None),
    ("a profit of 3.2 trillion rupiah", "3200000000000", "rupiah", None),
    ("worth 71 billion baht", "71000000000", "baht", None),
    ("revenue of EUR 30 million", "30000000", "euro", None),
    ("milk output of 95 million kg", "95000000", "kilogram", None),
    ("coffee fetched $3.15 a kg", "3.15", "US dollar per kg", None),
    ("a tariff of 2.1 US cents per kilowatt-hour", "2.1", "US cent per kilowatt hour", None),
    ("Rs 800 crore", "8000000000", "rupee", None),
    ("sales of RM3.4 billion", "3400000000", "ringgit", None),
    ("a KRW 120 billion order", "120000000000", "won", None),
    ("a $3.5m grant", "3500000", "US dollar", None),
    ("sales of 12k units", "12000", "unit", None),
    ("pumping 850,000 bpd", "850000", "barrel per day", None),
    ("a 40,000 sq ft warehouse", "40000", "square foot", None),
    ("farms covering about 3,000 acres", "3000", "acre", "about"),
    ("4.5 million m2 of floor space", "4500000", "square metre", None),
    ("revenue of 6.2 billion crowns", "6200000000", "krone", None),
    ("a 120 million Swiss franc loan", "120000000", "franc", None),
])
def test_quantities_units_scales_qualifiers(text, value, unit, qualifier):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    assert qs[0].value == Decimal(value) and qs[0].unit == unit and qs[0].qualifier == qualifier
    assert "E" not in str(qs[0].value)  # plain decimals, never exponent form


@pytest.mark.parametrize("text", [
    "In 2019 the plan was adopted.",
    "On March 5 the fair opened; on 12 June it closed.",
    "It was the 3rd time in the 21st century.",
    "Call 010-6512-3456 for details.",
    "The park has run for 12 years and a 10-megawatt turbine turns every 9 seconds.",
    "The 2021-2025 plan covers the 14th Five-Year Plan period, as did the plan of 2016 -2020.",
    "Its 5G network and PM2.5 monitors, version 3.8.0.",
    "In May the firm showed the Orion-X 7, a drone, during the Singles Day 11 sale.",
    "A 5m wall now rings the site.",
    "The fair ran from Sept 3 to 9 and trucks must start at minus 25 degrees Celsius.",
    "Notes:\n1. Data for the year are preliminary.\n2) Visitor numbers are counted in person-times.",
])
def test_non_measurements_are_not_quantities(text):
    assert find_quantities(text) == []


# -- observations: the full pipeline ---------------------------------------------------------
def test_level_and_change_are_one_observation(extract):
    facts = extract("In 2024, the smart manufacturing index of the Pearl River Delta region was 132.6, "
                    "an increase of 3.1 compared to 2023.")
    about, o = one(facts)
    assert "Pearl River Delta" in about
    assert "smart manufacturing index" in o.indicator
    assert (o.value, o.change, o.year) == (Decimal("132.6"), Decimal("3.1"), 2024)
    assert o.unit == "index point"


def test_a_fall_is_a_negative_change(extract):
    about, o = one(extract("Shandong's coal output dropped by 4.2% in 2024."))
    assert about.startswith("Shandong")
    assert "coal output" in o.indicator
    assert (o.change, o.change_unit, o.value, o.year) == (Decimal("-4.2"), "percent", None, 2024)


def test_change_then_level(extract):
    about, o = one(extract("Yunnan's tourism revenue rose 12 percent to 1.1 trillion yuan in 2024."))
    assert about.startswith("Yunnan") and "tourism revenue" in o.indicator
    assert (o.value, o.unit, o.change, o.change_unit) == (Decimal("1100000000000"), "yuan", Decimal("12"), "percent")


def test_a_percent_increase_after_a_level(extract):
    about, o = one(extract("In 2024, Guangxi's port throughput reached 620 million tons, "
                           "a 7.5% increase over the previous year."))
    assert about.startswith("Guangxi")
    assert (o.value, o.unit, o.change, o.year) == (Decimal("620000000"), "tonne", Decimal("7.5"), 2024)


def test_qualifier_is_kept(extract):
    about, o = one(extract("Fujian's tea output reached more than 500,000 tonnes in 2023."))
    assert (o.value, o.unit, o.qualifier, o.year) == (Decimal("500000"), "tonne", "more than", 2023)


def test_relative_year_from_the_article_date(extract):
    about, o = one(extract("Anhui's industrial output grew 8.1 percent last year.", date=dt.date(2025, 3, 20)))
    assert o.year == 2024 and o.change == Decimal("8.1")


def test_respective_list_is_distributed_in_order(extract):
    facts = extract("In 2024, Hunan, Hubei and Jiangxi recorded respective GDP growth rates of "
                    "4.8 percent, 5.8 percent and 5.1 percent.")
    got = {about.split()[0]: (o.indicator, o.change, o.year) for about, o in obs(facts)}
    assert got == {"Hunan": ("GDP", Decimal("4.8"), 2024), "Hubei": ("GDP", Decimal("5.8"), 2024),
                   "Jiangxi": ("GDP", Decimal("5.1"), 2024)}


def test_respective_levels_with_their_changes(extract):
    facts = extract("In 2024, the average PM2.5 concentrations in Chengdu, Chongqing and Kunming were "
                    "35.2, 33.8 and 22.1 micrograms per cubic meter respectively, representing decreases "
                    "of 3.1%, 2.4% and 1.2% compared to 2023.")
    got = {about.split()[0]: (o.value, o.unit, o.change) for about, o in obs(facts)}
    assert got == {
        "Chengdu": (Decimal("35.2"), "microgram per cubic metre", Decimal("-3.1")),
        "Chongqing": (Decimal("33.8"), "microgram per cubic metre", Decimal("-2.4")),
        "Kunming": (Decimal("22.1"), "microgram per cubic metre", Decimal("-1.2")),
    }
    assert all("PM2.5" in o.indicator for _, o in obs(facts))


def test_respective_list_over_measures(extract):
    facts = extract("In 2024, Zhejiang's exports of textiles, furniture and solar panels increased by "
                    "3.3%, 6.1% and 12.4%, respectively.")
    got = {o.indicator: o.change for _, o in obs(facts)}
    assert got == {"exports of textiles": Decimal("3.3"), "exports of furniture": Decimal("6.1"),
                   "exports of solar panels": Decimal("12.4")}


def test_the_region_in_focus(extract):
    facts = extract("The Yangtze River Delta region is China's largest economy. In 2024, the region's "
                    "research spending intensity was 3.1%.")
    about, o = one(facts)
    assert "Yangtze River Delta" in about and o.value == Decimal("3.1") and o.year == 2024


def test_evidence_names_the_extractor(extract):
    facts = extract("Hainan's GDP grew 3.9 percent in 2024.")
    _, o = one(facts)
    ev = o.evidence
    assert ev.extractor == "observations" and 0 < ev.confidence <= 1
    assert "3.9 percent" in ev.sentence and ev.start < ev.end


@pytest.mark.parametrize("text", [
    "In 2014, the two provinces signed a cooperation plan.",
    "On March 5, 2019 the third phase of the park opened.",
    "The company has operated in the province for 12 years.",
    "Sichuan is expected to invest 50 billion yuan in new plants next year.",
    "Guizhou does not plan to raise its quota of 3,000 yuan.",
])
def test_no_observation_from_years_dates_durations_or_plans(extract, text):
    assert extract(text).observations == []


# -- compared numbers and years -------------------------------------------------------------
def test_a_compared_number_is_its_own_observation_with_its_year(extract):
    facts = extract("Maharashtra's steel output reached 5.5 million tonnes last year, up from 4.1 million tonnes in 2023.")
    got = sorted((o.year, o.value) for _, o in obs(facts))
    assert got == [(2023, Decimal("4100000")), (2024, Decimal("5500000"))]
    assert all(about == "Maharashtra" and "steel output" in o.indicator for about, o in obs(facts))


def test_a_relative_base_year(extract):
    facts = extract("Ohio Truckworks Inc. sold 21,000 trucks in 2024, compared with 18,000 the previous year.")
    got = sorted((o.year, o.value) for _, o in obs(facts))
    assert got == [(2023, Decimal("18000")), (2024, Decimal("21000"))]


def test_the_year_compared_with_is_not_the_facts_year(extract):
    about, o = one(extract("Bavaria exported cars worth 9.1 billion euros last year, 4.2 percent less than in 2023."))
    assert (about, o.value, o.unit, o.change, o.year) == ("Bavaria", Decimal("9100000000"), "euro", Decimal("-4.2"), 2024)


@pytest.mark.parametrize("date, year", [(dt.date(2025, 9, 20), 2025), (dt.date(2025, 3, 2), 2024)])
def test_a_month_range_is_in_the_articles_year_or_the_one_before(extract, date, year):
    about, o = one(extract("Peru's coffee output rose 8.5 per cent to 230 million kg in January-August.", date=date))
    assert (about, o.value, o.unit, o.change, o.year) == ("Peru", Decimal("230000000"), "kilogram", Decimal("8.5"), year)


# -- shares of a whole ----------------------------------------------------------------------
def test_shares_by_place_of_the_last_total(extract):
    facts = extract("Brazil's coffee exports rose 6% to $9.8 billion last year. "
                    "Minas Gerais and Espirito Santo accounted for 58% and 21% of that total, respectively.")
    got = {about: (o.indicator, o.value, o.year) for about, o in obs(facts) if o.unit == "percent"}
    assert got == {"Minas Gerais": ("share of coffee exports", Decimal("58"), 2024),
                   "Espirito Santo": ("share of coffee exports", Decimal("21"), 2024)}


def test_contributed_a_share_of_a_named_whole(extract):
    facts = extract("In 2024, Munich, Stuttgart and Frankfurt contributed 52%, 23% and 9% of the region's chemical revenue "
                    "respectively.")
    got = {about: o.indicator for about, o in obs(facts)}
    assert got == {"Munich": "share of chemical revenue", "Stuttgart": "share of chemical revenue",
                   "Frankfurt": "share of chemical revenue"}


def test_a_place_in_a_direction_is_no_indicator(extract):
    facts = extract("Gansu province in northwest China produced 42,000 tonnes of silicon last year, and the "
                    "Jiuquan district accounted for more than 60 percent of it.")
    got = {about.split()[0]: (o.indicator, o.value) for about, o in obs(facts)}
    assert got["Gansu"] == ("silicon production", Decimal("42000"))
    assert got["Jiuquan"] == ("share of silicon production", Decimal("60"))


# -- precision and reference ------------------------------------------------------------------
def test_what_a_number_is_enough_for_and_other_stories_headlines_are_no_facts(extract):
    facts = extract("The wind farm can generate about 900 gigawatt-hours a year, enough for some 80,000 homes.\n"
                    "Related coverage\nPeru holds benchmark rate at 4.75%\n")
    assert [o.value for o in facts.observations if o.unit != "gigawatt hour"] == []


def test_its_after_an_appositive_subject(extract):
    facts = extract("In Lindenhof village, 300 households sell online. The biggest, Fairmont Home Goods Co., Ltd., "
                    "was founded by Anna Berg in 2016. Last year its sales doubled to 180 million euros.")
    sales = [(about, o) for about, o in obs(facts) if o.indicator == "sales"]
    assert len(sales) == 1 and sales[0][0].startswith("Fairmont") and sales[0][1].year == 2024


# -- facilities: capacity and cost --------------------------------------------------------------
def test_a_number_that_sizes_a_facility_is_its_capacity_or_cost(extract):
    facts = extract("Harbin Boreal Wind Co. runs a 1,500-megawatt wind farm near Qiqihar. "
                    "Ostrava Paper Group opened a $95 million mill in Brno in May.")
    got = {(about.split()[0], o.indicator, o.value, o.unit) for about, o in obs(facts)}
    assert ("Harbin", "capacity", Decimal("1500"), "megawatt") in got
    assert ("Ostrava", "investment", Decimal("95000000"), "US dollar") in got
    assert not any(o.indicator in ("May", "may") for _, o in obs(facts))


def test_a_capacity_of_a_plant_named_by_its_operator(extract):
    facts = extract("Lugano Ceramics SA operates a tile plant with an annual capacity of 8,000 tonnes.")
    about, o = one(facts)
    assert about.startswith("Lugano") and "capacity" in o.indicator and o.value == Decimal("8000")


# -- relative clauses, "run by", transitive changes ------------------------------------------------
def test_which_and_that_take_their_antecedent(extract):
    facts = extract("Varna Glass Co. runs a bottling hall that handles about 900 tonnes a day. "
                    "It bought Delta Optics' old plant in the Ruse Free Zone, which makes about 4,000 lenses a year.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert ("Varna Glass Co.", "tonnes handled", Decimal("900")) in got
    lenses = [(o.about, o.indicator) for about, o in obs(facts) if o.value == Decimal("4000")]
    assert len(lenses) == 1 and lenses[0][0].key_text != "Ruse Free Zone" and lenses[0][1] == "lenses"
    assert lenses[0][0].cls in ("Company", "Organization", "Facility")  # the plant or its owner, not the zone
    assert not any(o.indicator in ("which", "that") for _, o in obs(facts))


def test_its_of_a_factory_run_by_a_firm(extract):
    facts = extract("Chile's copper exports rose 4% to $50 billion last year. Across the river in Talca, Maule, "
                    "a cathode plant run by Andes Cobre Refining Co. doubled its output to 300,000 tonnes last year.")
    got = {o.value: about for about, o in obs(facts)}
    assert got[Decimal("300000")].startswith("Andes Cobre")


def test_a_verb_of_change_with_its_object_before_the_percent(extract):
    facts = extract("Moravia Steel Co. lifted sales 7% to 12.5 billion koruna last year. Brno Foods cut its costs 4% in 2024.")
    got = {about.split()[0]: (o.indicator, o.change) for about, o in obs(facts)}
    assert got["Moravia"] == ("sales", Decimal("7"))
    assert got["Brno"] == ("costs", Decimal("-4"))


def test_an_unowned_figure_continues_the_measure_a_place_owned_just_before(extract):
    facts = extract("LIMA -- Peru's avocado exports to Spain have slowed this year after Spanish ports tightened checks.\n\n"
                    "Shipments of fresh avocado fell 12% to 98,000 tonnes in January-April, according to the ministry. "
                    "Traders in Madrid and Madrid's suburbs said demand was weak.")
    got = {(about, o.value, o.change) for about, o in obs(facts)}
    assert ("Peru", Decimal("98000"), Decimal("-12")) in got


def test_respective_money_of_a_named_flow_not_the_period(extract):
    facts = extract("Anhui and Jiangxi attracted $2.4 billion and $710 million of foreign direct investment "
                    "in the first half, respectively, officials said.")
    got = {about: (o.indicator, o.value) for about, o in obs(facts)}
    assert got == {"Anhui": ("foreign direct investment", Decimal("2400000000")),
                   "Jiangxi": ("foreign direct investment", Decimal("710000000"))}


def test_a_year_after_a_word_ending_in_on_is_not_a_comparison_base(extract):
    # "iron in 2024" once read as "on in 2024" (a base phrase), dropping the year
    facts = extract("Borneo Ferro Tbk is a miner. The Jakarta-based company produced 86,400 tons of ferro "
                    "contained in slag and pig iron in 2024, compared with 71,200 tons a year earlier.")
    got = {(about, o.value, o.year) for about, o in obs(facts)}
    assert got == {("Borneo Ferro Tbk", Decimal("86400"), 2024), ("Borneo Ferro Tbk", Decimal("71200"), 2023)}


def test_a_year_in_a_clause_on_the_counted_noun_is_the_facts(extract):
    facts = extract("Kalimantan Pulp Tbk is a paper maker. The company shipped 52,000 tonnes of pulp packed "
                    "in bales and rolls in 2024.")
    (about, o), = obs(facts)
    assert (about, o.value, o.year) == ("Kalimantan Pulp Tbk", Decimal("52000"), 2024)


def test_a_part_of_a_whole_counts_in_the_wholes_noun(extract):
    facts = extract("In Dongshan Village of Lianhua Town, more than 300 of the village's 540 households run online shops.")
    got = {(about, o.indicator, o.value, o.unit) for about, o in obs(facts)}
    assert got == {("Dongshan Village", "households", Decimal("300"), "households"),
                   ("Dongshan Village", "households", Decimal("540"), "households")}


def test_a_part_takes_the_wholes_unit():
    part, whole = find_quantities("sold 120 of its 900 tonnes")
    assert (part.value, part.unit, whole.value) == (Decimal("120"), "tonne", Decimal("900"))


def test_money_before_its_noun_names_the_measure_not_the_subject(extract):
    facts = extract("Norvolt SA will build a battery plant in Gdansk. The project received a 150 million zloty "
                    "grant from the Ministry of Finance.")
    (about, o), = obs(facts)
    assert (about, o.indicator, o.value, o.unit) == ("Norvolt SA", "grant", Decimal("150000000"), "zloty")


def test_a_year_earlier_is_not_a_per_year_unit():
    now, then = find_quantities("fell to $3.10 a kg last week from $3.45 a year earlier")
    assert (now.unit, then.unit) == ("US dollar per kg", "US dollar")
    assert find_quantities("earns $500 a year")[0].unit == "US dollar per year"


def test_a_weekly_price_and_its_base_a_year_earlier(extract):
    facts = extract("Uganda's average coffee price fell to $3.10 a kg last week from $3.45 a year earlier.")
    got = {(about, o.value, o.unit, o.year) for about, o in obs(facts)}
    assert got == {("Uganda", Decimal("3.1"), "US dollar per kg", 2025),
                   ("Uganda", Decimal("3.45"), "US dollar per kg", 2024)}


def test_goods_exported_name_an_exports_measure(extract):
    facts = extract("Jiangxi exported 9,200 tonnes of rice in January-March, 12.5 percent more than in the same "
                    "quarter of the previous year, Nanchang Customs said on Tuesday.")
    (about, o), = obs(facts)
    assert (about, o.indicator, o.value, o.change) == ("Jiangxi", "rice exports", Decimal("9200"), Decimal("12.5"))


def test_a_figure_compared_with_the_previous_years_is_last_years(extract):
    facts = extract("Tongda Heavy Industry Co., Ltd., headquartered in the Xiangtan Development Zone, sold 11,300 "
                    "cranes, compared with 9,800 the previous year.", date=dt.date(2025, 2, 10))
    got = {(o.value, o.year) for about, o in obs(facts)}
    assert got == {(Decimal("11300"), 2024), (Decimal("9800"), 2023)}


def test_the_first_dated_paragraph_dates_later_undated_figures(extract):
    facts = extract("Gansu Industry News\n\nOn January 20, officials released data. In 2025, Gansu's wind power "
                    "output reached 95 billion kWh, up 8.1%.\n\nAccording to Lanzhou Customs, the province's exports "
                    "of solar panels reached 12.5 billion yuan, up 18.2%.", date=dt.date(2026, 1, 28))
    got = {(o.value, o.year) for about, o in obs(facts) if o.value}
    assert (Decimal("12500000000"), 2025) in got


def test_money_in_a_measure_noun_names_the_measure(extract):
    facts = extract("Wuyi Tea Group sells oolong. The firm's chairman Li Ming said exports made up nearly a third "
                    "of the group's 2.3 billion yuan in sales last year.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts) if o.value}
    assert ("Wuyi Tea Group", "sales", Decimal("2300000000")) in got


def test_this_years_figure_compared_with_the_same_period_last_year(extract):
    facts = extract("Norvik Marine Ltd, based in Bergen, delivered 27 ferries in the first nine months of the "
                    "year, compared with 19 in the same period last year.", date=dt.date(2025, 11, 6))
    got = {(o.value, o.year) for about, o in obs(facts)}
    assert got == {(Decimal("27"), 2025), (Decimal("19"), 2024)}


def test_a_change_from_the_end_of_last_year_is_this_years_figure(extract):
    facts = extract("By the end of September, Manitoba's installed wind capacity had reached 4.6 GW, up 0.9 GW "
                    "from the end of last year.", date=dt.date(2025, 10, 20))
    assert {o.year for about, o in obs(facts)} == {2025}


def test_a_respective_list_of_places_named_in_an_aside_owns_the_figures(extract):
    facts = extract("Among the cities of the region, Porto, Braga and Coimbra ranked in the top three, with scores "
                    "of 88.1, 84.7 and 80.2, respectively.")
    got = {(about, o.value) for about, o in obs(facts)}
    assert got == {("Porto", Decimal("88.1")), ("Braga", Decimal("84.7")), ("Coimbra", Decimal("80.2"))}


def test_a_parallel_clause_without_a_measure_takes_the_one_its_line_named(extract):
    facts = extract("Lyon attracted 1.2 billion euros of foreign capital, while Lille and Nantes used 0.8 billion euros "
                    "and 0.5 billion euros, respectively.\n\nThe average PM2.5 concentration in Lyon fell to 21 "
                    "micrograms per cubic meter, while Lille's dropped by 1.4 micrograms per cubic meter to 25.3 "
                    "micrograms per cubic meter.\n\nIn 2025, Lyon's exports reached 4.6 billion euros, an increase of "
                    "3.8 percent, reversing a decline of 9.4 percent in 2024.")
    got = {(about, o.indicator, o.value or o.change) for about, o in obs(facts)}
    assert {("Lille", "foreign capital", Decimal("800000000")), ("Nantes", "foreign capital", Decimal("500000000")),
            ("Lille", "average PM2.5 concentration", Decimal("25.3")), ("Lyon", "exports", Decimal("-9.4"))} <= got


def test_a_subject_the_parse_hung_on_the_opening_phrase(extract):
    facts = extract("For Manitoba Province as a whole, cross-border e-commerce transactions reached 2.1 billion dollars "
                    "in the period, up 8.4 percent, with Winnipeg contributing nearly half.")
    about, o = one(facts)
    assert (about, o.indicator, o.value, o.change) == ("Manitoba Province", "cross-border e-commerce transactions",
                                                      Decimal("2100000000"), Decimal("8.4"))


def test_a_ratio_equivalent_to_a_share_of_gdp_is_a_figure(extract):
    about, o = one(extract("Lyon's R&D spending was equivalent to 2.9 percent of its GDP."))
    assert (about, o.indicator, o.value, o.unit) == ("Lyon", "R&D spending share of GDP", Decimal("2.9"), "percent")


def test_the_city_clusters_output_is_the_clusters_not_the_last_citys(extract):
    facts = extract("The Lyon-Grenoble city cluster is growing fast, the regional development office said on Monday. "
                    "Firms in the Lyon-Grenoble city cluster make most of France's biotech kits, and Grenoble builds the "
                    "parts.\n\nAccording to the office, the city cluster's biotech industry generated output of 6.2 "
                    "billion euros in 2024, up 11.5 percent year on year.")
    about, o = one(facts)
    assert about == "Lyon-Grenoble city cluster"


def test_those_in_stands_for_the_measure_just_named(extract):
    facts = extract("Retail sales in Lyon's urban areas rose 4.4 percent, while those in rural areas grew 5.3 percent.")
    got = {o.indicator for about, o in obs(facts)}
    assert "retail sales in rural areas" in got, got


def test_a_part_of_a_whole_after_cut_is_no_fall(extract):
    facts = extract("Harvesting machines in Manitoba cut 31 percent of the province's wheat this year, up from 12 percent "
                    "in 2021.", date=dt.date(2025, 10, 2))
    got = {(o.value, o.change, o.year) for about, o in obs(facts)}
    assert got == {(Decimal("31"), None, 2025), (Decimal("12"), None, 2021)}, got


def test_an_index_base_value_is_no_figure_and_the_change_stays_with_the_index(extract):
    facts = extract("The logistics index of the Lyon metropolitan area reached 131.2 in 2025, with 2018 as the base year of 100, "
                    "an increase of 6.4 points over 2024.", date=dt.date(2026, 2, 3))
    about, o = one(facts)
    assert (o.indicator, o.value, o.change) == ("logistics index", Decimal("131.2"), Decimal("6.4"))


@pytest.mark.parametrize("text, found", [
    ("Lyon recorded 301 days of good air quality", ["301"]),
    ("It had 28 days of heavy rain, 6 days fewer than in 2023", ["28", "6"]),
    ("payment is due within 30 days of signing", []),
    ("a deal reached after 5 days of talks", []),
])
def test_days_counted_by_a_quality_are_a_figure_a_duration_is_not(text, found):
    assert [q.raw for q in find_quantities(text)] == found


def test_days_of_good_air_and_a_count_more_than_last_year(extract):
    about, o = one(extract("Lyon recorded 301 days of good air quality, 9 days more than in 2024.",
                           date=dt.date(2025, 1, 14)))
    assert (about, o.indicator, o.value, o.change) == ("Lyon", "days of good air quality", Decimal("301"), Decimal("9"))


def test_a_facility_cost_with_a_currency_code_its_operator_and_what_it_will_employ(extract):
    facts = extract("The RM2.6 billion factory is operated by Talvera Foods Bhd. It will employ 900 technicians "
                    "and add capacity of 2.4 billion cans a year.")
    got = {(about.rstrip("."), o.indicator, o.value, o.unit) for about, o in obs(facts)}
    assert got == {("Talvera Foods Bhd", "investment", Decimal("2600000000"), "ringgit"),
                   ("Talvera Foods Bhd", "technicians", Decimal("900"), "technicians"),
                   ("Talvera Foods Bhd", "capacity", Decimal("2400000000"), "cans")}


def test_a_hedged_future_is_still_no_fact(extract):
    assert not extract("Talvera Foods Bhd may employ 900 technicians.").observations
    assert not extract("Talvera Foods Bhd could invest RM2 billion.").observations
    assert not extract("Talvera Foods Bhd is expected to invest RM2 billion.").observations


def test_what_producers_made_names_the_good_not_the_producers(extract):
    facts = extract("In 2025, dairy cooperatives above designated size in Hebei produced 3.3 million tonnes of "
                    "milk, down 1.8% from the previous year.")
    about, o = one(facts)
    assert about == "Hebei" and o.indicator == "milk production"
    assert (o.value, o.change, o.year) == (Decimal("3300000"), Decimal("-1.8"), 2025)


def test_a_province_wide_figure_is_the_province_in_focus(extract):
    facts = extract("Hunan is a farming province. Hunan's grain output rose in 2024, and the Hunan Academy of "
                    "Agricultural Sciences bred new seeds. Province-wide potato output was 820,000 tonnes, up 2.9%.")
    about, o = one(facts)
    assert about == "Hunan" and o.value == Decimal("820000")


def test_a_bought_amount_keeps_the_texts_word(extract):
    facts = extract("Kelvor Apparel Ltd, a Lima textile retailer that buys about 4 million meters a year from "
                    "Andino Mills Ltd, opened a store.")
    about, o = one(facts)
    assert about == "Kelvor Apparel Ltd" and o.indicator == "meters bought" and o.value == Decimal("4000000")


def test_a_parts_share_of_that_volume_belongs_to_the_volumes_owner(extract):
    facts = extract("Textile mills in Tirupur District processed 2.1 billion meters of cotton yarn last year. "
                    "Organic cotton made up 24 percent of that volume, against 15 percent in 2021.",
                    date=dt.date(2025, 6, 1))
    got = {(about, o.indicator, o.value, o.change, o.year) for about, o in obs(facts)}
    assert got == {("Tirupur District", "cotton yarn processed", Decimal("2100000000"), None, 2024),
                   ("Tirupur District", "Organic cotton share of cotton yarn processed", Decimal("24"), None, 2024),
                   ("Tirupur District", "Organic cotton share of cotton yarn processed", Decimal("15"), None, 2021)}


def test_respective_parts_of_a_firms_sales(extract):
    facts = extract("In 2024, Talvera Foods Ltd sold 8.2 million cans, up 12 percent. Cans of tuna and sardines "
                    "made up 55 percent and 30 percent of sales, respectively.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts) if o.unit == "percent"}
    assert got == {("Talvera Foods Ltd", "cans of tuna share of sales", Decimal("55")),
                   ("Talvera Foods Ltd", "cans of sardines share of sales", Decimal("30"))}


def test_named_places_of_a_group_noun_take_respective_shares(extract):
    facts = extract("In 2024, Kenya's tea exports reached 500,000 tonnes. The counties of Kericho and Nandi "
                    "contributed 41 percent and 18 percent of that total, respectively.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts) if o.unit == "percent"}
    assert got == {("Kericho", "share of tea exports", Decimal("41")), ("Nandi", "share of tea exports", Decimal("18"))}


def test_places_that_took_respective_shares_in_a_relative_clause(extract):
    facts = extract("Kaldor Steel Ltd sells its steel mainly to buyers in India and Vietnam, which took 48 percent "
                    "and 27 percent of sales in the quarter, respectively.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert got == {("India", "share of sales", Decimal("48")), ("Vietnam", "share of sales", Decimal("27"))}


def test_a_fronted_operator_owns_the_plants_cost_and_what_it_can_process(extract):
    facts = extract("Operated by Nordhavn Fish Oil Co., Ltd., the 2.4-billion-krone plant can press 900 tonnes "
                    "of herring a day into oil and meal.")
    got = {(about.rstrip("."), o.indicator, o.value) for about, o in obs(facts)}
    assert ("Nordhavn Fish Oil Co., Ltd", "herring pressed", Decimal("900")) in got


def test_an_appositive_sizes_the_named_zone(extract):
    facts = extract("The port anchors the Tanjung Harbour Free Zone, a 120-square-kilometer duty-free zone west "
                    "of the city.")
    about, o = one(facts)
    assert about == "Tanjung Harbour Free Zone" and o.indicator == "area"
    assert (o.value, o.unit) == (Decimal("120"), "square kilometre")


def test_the_measure_a_number_is_of_and_no_time_in_the_indicator(extract):
    facts = extract("The deal lifts Dongbang Shipbuilding Co.'s orders this year to $6.2 billion, or 71 percent "
                    "of its annual target of $8.7 billion.")
    got = {(o.indicator, o.value) for about, o in obs(facts) if o.unit == "US dollar"}
    assert got == {("orders", Decimal("6200000000")), ("annual target", Decimal("8700000000"))}


def test_whose_is_the_antecedent(extract):
    facts = extract("The biggest grower is Huerta Verde Ltd, whose farm in the Murcia region runs 45 greenhouses "
                    "around the clock.")
    about, o = one(facts)
    assert about.startswith("Huerta Verde Ltd") and o.value == Decimal("45")  # the firm (or its farm), not Murcia


def test_a_contract_worth_money_is_the_contracts_value_and_now_is_this_year(extract):
    facts = extract("Helmsund Shipyard AS delivered 12 ships last year. Its yard is now building four ferries for "
                    "Baltic Lines AB, a Riga-based operator, under a contract worth $310 million.",
                    date=dt.date(2025, 5, 2))
    got = {(about, o.indicator, o.value, o.year) for about, o in obs(facts)}
    assert ("Helmsund Shipyard AS", "contract", Decimal("310000000"), 2025) in got  # the firm, not its yard
    about, o = one(extract("Ostra Rail Ltd won a deal valued at $1.2 billion to supply trams."))
    assert (about, o.indicator, o.value) == ("Ostra Rail Ltd", "deal", Decimal("1200000000"))


def test_a_base_month_and_year_is_no_date_of_the_fact(extract):
    about, o = one(extract("Exports of cut flowers from Kenya reached 3.2 billion shillings in June, a 14 percent "
                           "increase over June 2024.", date=dt.date(2025, 8, 12)))
    assert about == "Kenya" and (o.value, o.change, o.year) == (Decimal("3200000000"), Decimal("14"), 2025)


def test_a_base_after_a_change_and_level_pair(extract):
    facts = extract("Revenue at Orlen Chemicals SA's fertilizer unit slipped 3.2% to 8.9 billion zlotys in 2024, "
                    "compared with 9.2 billion zlotys in 2023.")
    got = {(o.value, o.year) for about, o in obs(facts)}
    assert got == {(Decimal("8900000000"), 2024), (Decimal("9200000000"), 2023)}


@pytest.mark.parametrize("text, about, indicator", [
    ("Pinecrest Dairy Co. holds a 35 percent share of the Ontario cheese market.", "Pinecrest Dairy Co.",
     "share of Ontario cheese market"),
    ("Nordic Capital AB bought a 20% stake in Lumen Labs AB.", "Nordic Capital AB", "stake in Lumen Labs AB"),
    ("About 62 percent of Uganda's coffee exports went to Europe in 2024.", "Uganda",
     "share of coffee exports to Europe"),
    ("Some 40% of Talvera Foods Ltd's revenue comes from China.", "Talvera Foods Ltd", "share of revenue from China"),
])
def test_percent_shares_and_stakes(extract, text, about, indicator):
    got_about, o = one(extract(text))
    assert (got_about, o.indicator, o.unit) == (about, indicator, "percent")


def test_a_share_of_a_products_parts_is_not_the_last_firms(extract):
    facts = extract("Kestrel Motors Ltd builds cars. In one example, 30 percent of the Vela X5's parts come from "
                    "the Pearl River Delta region.")
    about, o = one(facts)
    assert about.startswith("Pearl River Delta") and o.value == Decimal("30")


@pytest.mark.parametrize("text, year", [
    ("Chile's copper exports fell to $3.9 billion in September, down 4.1% from August.", 2025),
    ("Chile's copper exports fell to $3.9 billion in November, down 4.1% from October.", 2024),
    ("Kappa Foods Ltd's profit more than doubled to 420 million rand in the year to June.", 2025),
])
def test_a_month_without_a_year_is_the_last_one_before_the_article(extract, text, year):
    about, o = one(extract(text, date=dt.date(2025, 10, 20)))
    assert o.year == year


def test_money_as_an_adjective_values_the_noun_for_the_subject(extract):
    facts = extract("Orion Solar Ltd signed a 1.5-billion-euro contract to build a solar park in Andalusia.")
    got = {(about, o.indicator, o.value, o.unit) for about, o in obs(facts)}
    assert ("Orion Solar Ltd", "contract", Decimal("1500000000"), "euro") in got
    assert not extract("Orion Solar Ltd may sign a 1.5-billion-euro contract.").observations


def test_a_place_in_a_participle_after_the_measure(extract):
    facts = extract("The number of foreign tourists visiting Thailand rose to 35.5 million in 2024 from "
                    "28.2 million in 2023.")
    got = {(about, o.value, o.year) for about, o in obs(facts)}
    assert got == {("Thailand", Decimal("35500000"), 2024), ("Thailand", Decimal("28200000"), 2023)}


def test_their_after_a_list_of_places_is_each_of_them(extract):
    facts = extract("Guangzhou, Shenzhen and Foshan saw their GDP grow by 2.1 percent, 5.8 percent and "
                    "1.9 percent, respectively, in 2024.")
    got = {(about, o.change) for about, o in obs(facts)}
    assert got == {("Guangzhou", Decimal("2.1")), ("Shenzhen", Decimal("5.8")), ("Foshan", Decimal("1.9"))}


def test_a_raise_and_a_cut_of_a_counted_noun_are_two_facts(extract):
    facts = extract("Fenwick Brewing Co. raised beer prices by 8 percent and cut 150 jobs at its Dublin brewery.")
    got = {(o.indicator, o.value, o.change) for about, o in obs(facts)}
    assert got == {("beer prices", None, Decimal("8")), ("jobs cut", None, Decimal("-150"))}


def test_a_change_from_the_previous_quarter_to_a_level_is_one_fact(extract):
    about, o = one(extract("Shipments of smartphones to India rose 12% from the previous quarter to 38 million units, "
                           "according to research firm Canalys."))
    assert (about, o.value, o.change) == ("India", Decimal("38000000"), Decimal("12"))


def test_a_price_compared_with_a_year_ago_is_this_years(extract):
    facts = extract("The average price of pork in Sichuan was 24.6 yuan per kilogram in March, compared with "
                    "21.3 yuan a year ago.", date=dt.date(2025, 4, 15))
    got = {(o.value, o.year) for about, o in obs(facts)}
    assert got == {(Decimal("24.6"), 2025), (Decimal("21.3"), 2024)}


def test_a_count_at_sites_names_the_sites_and_examples_own_nothing(extract):
    facts = extract("Bexley Foods Plc employs 4,500 people at 12 sites across Britain.")
    assert {(o.indicator, o.value) for about, o in obs(facts)} == {("people", Decimal("4500")), ("sites", Decimal("12"))}
    facts = extract("Nearly 9,000 companies, including Siemens AG, exhibited at the fair.")
    assert not any(about == "Siemens AG" for about, o in obs(facts))


def test_our_in_a_quote_is_the_speakers_firm(extract):
    facts = extract("Marlow Foods Plc opened its third bakery in Leeds on Monday. \"This bakery takes our total "
                    "capacity to 900,000 loaves a day,\" said Anna Reed, the chief operating officer.")
    about, o = one(facts)
    assert (about, o.indicator, o.value) == ("Marlow Foods Plc", "total capacity", Decimal("900000"))


def test_a_lost_subject_after_a_place_and_a_founding_year_is_no_date(extract):
    about, o = one(extract("In Kericho's Litein Town, the Litein Tea Growers' Cooperative, set up in 2009 by farmer "
                           "Joseph Kirui, now counts more than 1,200 member households.", date=dt.date(2025, 4, 2)))
    assert about == "Litein Tea Growers' Cooperative" and o.value == Decimal("1200") and o.year == 2025


def test_a_figure_an_official_gives_is_the_bodys_place_not_the_last_firm(extract):
    facts = extract("Yunnan is China's top coffee province. Pu'er Bean Co. roasts beans in Kunming.\n\n\"Demand keeps "
                    "growing,\" said Li Na, manager of Pu'er Bean Co.\n\nCoffee exports rose 12 percent to 52,000 tonnes "
                    "last year, said Zhao Lei, an official at the Yunnan Provincial Department of Commerce.")
    about, o = one(facts)
    assert about == "Yunnan" and o.value == Decimal("52000")


@pytest.mark.parametrize("text, date, year, indicator", [
    ("Brevik Foods ASA's revenue rose 4% to 12.1 billion kroner in H1.", dt.date(2025, 8, 20), 2025, "revenue"),
    ("Brevik Foods ASA reported Q3 revenue of 6.1 billion kroner, up 4% year on year.", dt.date(2025, 11, 20), 2025,
     "Q3 revenue"),
    ("Brevik Foods ASA reported Q4 revenue of 6.1 billion kroner, up 4% year on year.", dt.date(2025, 2, 20), 2024,
     "Q4 revenue"),
    ("Brevik Foods ASA's revenue in fiscal 2024 was 22.4 billion kroner.", dt.date(2025, 3, 20), 2024, "revenue"),
])
def test_halves_quarters_and_fiscal_years(extract, text, date, year, indicator):
    about, o = one(extract(text, date=date))
    assert (o.year, o.indicator, o.unit) == (year, indicator, "krone")


def test_the_base_of_a_forecast_is_a_fact_of_its_year(extract):
    about, o = one(extract("An analyst said Dongbang Shipbuilding Co.'s operating profit could roughly double this "
                           "year from last year's 380 billion won.", date=dt.date(2025, 10, 22)))
    assert (about, o.indicator, o.value, o.year) == ("Dongbang Shipbuilding Co.", "operating profit",
                                                     Decimal("380000000000"), 2024)
    assert not extract("An analyst said Dongbang Shipbuilding Co.'s operating profit could roughly double this "
                       "year to 760 billion won.").observations


def test_a_sum_a_firm_said_it_would_invest_is_a_fact(extract):
    about, o = one(extract("Talvera Foods Bhd said on Monday it would invest RM2 billion to double output of canned "
                           "tuna in Sabah."))
    assert (about, o.value, o.unit) == ("Talvera Foods Bhd", Decimal("2000000000"), "ringgit")
    assert "invest" in o.indicator


@pytest.mark.parametrize("text", [
    "Norvik Paper, which is headquartered in Oslo, has invested 3.2 billion kroner in the Bergen project since 2021.",
    "Norvik Paper has moved its pulp business into the park, investing 3.2 billion kroner in a mill that makes tissue.",
    "OSLO, May 5 (Reuters) - Norvik Paper, a maker of tissue, will invest 3.2 billion kroner in a mill in Bergen.",
])
def test_money_invested_in_a_project_is_an_investment_not_the_project(extract, text):
    about, o = one(extract(text))
    assert (about, o.indicator, o.value) == ("Norvik Paper", "investment", Decimal("3200000000"))


def test_a_unit_misread_as_a_verb_is_not_the_clause(extract):
    facts = extract("Hanbit Optics Co makes lenses. The company was founded in 1994 by his father, Park Sang-woo, "
                    "and reported revenue of 2.8 trillion won ($2.03 billion) last year.", date=dt.date(2025, 8, 5))
    got = {(about, o.indicator, o.value, o.year) for about, o in obs(facts)}
    assert ("Hanbit Optics Co", "revenue", Decimal("2800000000000"), 2024) in got


def test_a_share_of_it_names_the_part_and_a_counted_base_keeps_its_year(extract):
    facts = extract("Ningxia's data storage capacity reached 12 exabytes at the end of June, up from 7 exabytes a "
                    "year earlier. About 40 percent of it is cold storage used to archive government records.",
                    date=dt.date(2025, 9, 24))
    got = {(about, o.indicator, o.value, o.year) for about, o in obs(facts)}
    assert got == {("Ningxia", "data storage capacity", Decimal("12"), 2025),
                   ("Ningxia", "data storage capacity", Decimal("7"), 2024),
                   ("Ningxia", "cold storage share of data storage capacity", Decimal("40"), 2025)}


def test_followed_by_a_place_with_its_figure(extract):
    facts = extract("Shandong led the country in grain output with 56.6 million tonnes in 2024, followed by Henan "
                    "with 67.2 million tonnes.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert got == {("Shandong", "grain output", Decimal("56600000")), ("Henan", "grain output", Decimal("67200000"))}
    facts = extract("Among the cities, Ningbo posted the fastest growth at 7.1 percent, followed by Hangzhou at "
                    "6.4 percent.")
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert got == {("Ningbo", "growth", Decimal("7.1")), ("Hangzhou", "growth", Decimal("6.4"))}


def test_a_change_in_parentheses_after_a_destination_is_no_fact_of_the_clause(extract):
    facts = extract("Exports to ASEAN (up 9.1%) and the EU (up 3.2%) offset a fall in shipments to the US.")
    assert not any(o.indicator == "fall" for about, o in obs(facts))


def test_our_in_a_quote_by_a_surname_is_the_persons_firm(extract):
    facts = extract("Qianlong Data Co. runs a data center in Guiyang. The firm was set up by Luo Jiawei, who chairs "
                    "Qianlong Data Co.\n\nMost servers come from Huaxin Server Technology, a maker in Zunyi.\n\n"
                    "\"Cool summers cut our electricity bill by about 30 percent,\" Luo said.")
    got = {(about, o.change) for about, o in obs(facts)}
    assert got == {("Qianlong Data Co.", Decimal("-30"))}


def test_an_owned_percent_is_the_owners_stake_and_a_products_spec_is_no_makers_figure(extract):
    about, o = one(extract("Kalimantan Coal Tbk owns 40 percent of the mine's operator; the rest is held by China's "
                           "Hunan Mining Co."))
    assert (about, o.indicator, o.value) == ("Kalimantan Coal Tbk", "stake in mine's operator", Decimal("40"))
    facts = extract("At the opening Baltavolt SA unveiled the BV-280, a 280 ampere-hour prismatic cell for grid storage.")
    assert not any(about == "Baltavolt SA" for about, o in obs(facts))



def test_goods_worth_money_are_the_value_of_the_flow(extract):
    facts = extract("Vietnam exported 7.8 million tonnes of rice worth $4.6 billion in the first half.",
                    date=dt.date(2025, 7, 10))
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert got == {("Vietnam", "rice exports", Decimal("7800000")),
                   ("Vietnam", "rice exports value", Decimal("4600000000"))}


def test_respective_adjectives_over_one_noun_in_the_clauses_place(extract):
    facts = extract("The primary, secondary and tertiary industries grew 3.5 percent, 6.1 percent and 5.0 percent, "
                    "respectively, in Hunan last year.", date=dt.date(2025, 8, 1))
    got = {(about, o.indicator, o.change, o.year) for about, o in obs(facts)}
    assert got == {("Hunan", "primary industries", Decimal("3.5"), 2024),
                   ("Hunan", "secondary industries", Decimal("6.1"), 2024),
                   ("Hunan", "tertiary industries", Decimal("5.0"), 2024)}


def test_a_forecast_is_no_figure(extract):
    assert not extract("Brevik Foods ASA expects full-year revenue of 25 billion kroner.").observations


def test_a_dateline_origin_and_destinations_of_exports(extract):
    facts = extract("Fujian's seafood exports hit a record\n\nFUZHOU, Jan. 22 (Xinhua) -- Seafood exports from "
                    "southeast China's Fujian Province reached 21.3 billion yuan in 2025, up 7.6 percent year on year, "
                    "according to Fuzhou Customs.\n\nShipments to ASEAN countries grew 12.4 percent to 6.8 billion "
                    "yuan, accounting for 31.9 percent of the total, while exports to Japan fell 3.1 percent.",
                    date=dt.date(2026, 1, 22))
    got = {(about, o.indicator, o.value, o.change) for about, o in obs(facts)}
    assert ("Fujian Province", "seafood exports", Decimal("21300000000"), Decimal("7.6")) in got
    assert ("Fujian Province", "Shipments to ASEAN countries share of seafood exports", Decimal("31.9"), None) in got
    assert ("Fujian Province", "exports to Japan", None, Decimal("-3.1")) in got


def test_a_role_noun_naming_a_firm_is_no_measure(extract):
    about, o = one(extract("Fuqing is a fishing port. Its largest exporter, Haiyun Foods Co., Ltd., shipped 86,000 "
                           "tonnes of frozen fish and squid last year, the company said.", date=dt.date(2026, 1, 22)))
    assert (about, o.indicator, o.value, o.year) == ("Haiyun Foods Co., Ltd.", "frozen fish shipped",
                                                     Decimal("86000"), 2025)


def test_value_added_in_listed_places_is_each_places(extract):
    facts = extract("Value added of high-tech manufacturing in Lyon, Lille and Nantes grew by 8.1 percent, 5.5 percent "
                    "and 6.3 percent year on year, respectively. The value added of the primary industry in Lyon "
                    "rose 2.2 percent in 2024.")
    got = {(about, o.indicator, o.change) for about, o in obs(facts)}
    assert got == {("Lyon", "value added of high-tech manufacturing", Decimal("8.1")),
                   ("Lille", "value added of high-tech manufacturing", Decimal("5.5")),
                   ("Nantes", "value added of high-tech manufacturing", Decimal("6.3")),
                   ("Lyon", "value added of primary industry", Decimal("2.2"))}


def test_a_trade_partner_is_no_owner_and_changes_keep_their_signs(extract):
    facts = extract("Gdansk's foreign trade grew in the first half of 2025.\n\nGdansk's total trade reached 90.2 billion "
                    "zloty, up 4.4 percent. Trade with Norway and Japan stood at 11.3 billion zloty and 6.1 billion "
                    "zloty respectively, up 3.1 percent and down 2.4 percent.\n\nBy product, exports of paper products "
                    "rose 6.2 percent to 8.8 billion zloty.", date=dt.date(2025, 7, 20))
    got = {(about, o.indicator, o.value, o.change) for about, o in obs(facts)}
    assert ("Gdansk", "trade with Norway", Decimal("11300000000"), Decimal("3.1")) in got
    assert ("Gdansk", "trade with Japan", Decimal("6100000000"), Decimal("-2.4")) in got
    assert ("Gdansk", "exports of paper products", Decimal("8800000000"), Decimal("6.2")) in got


def test_a_region_named_once_in_a_quote_owns_no_figure(extract):
    facts = extract("Esbjerg wind hub grows\n\nESBJERG, Denmark -- Rows of blades line the quays of the Esbjerg battery "
                    "cluster in western Denmark.\n\nThe cluster consumed 42 million kilowatt-hours of electricity in the "
                    "first half of 2025. Its average utilisation rate rose to 81 percent.\n\n\"Developers in the "
                    "Rhine-Ruhr region now reach us in a day,\" said Lars Holm, a manager at the cluster.",
                    date=dt.date(2025, 7, 20))
    assert facts.observations and not any(about == "Rhine-Ruhr" for about, o in obs(facts))


def test_according_to_before_the_subject_and_that_of_the_next_part(extract):
    facts = extract("According to preliminary accounting of regional output, the gross domestic product of Bavaria in "
                    "2025 reached 790.4 billion euros, an increase of 1.1 percent. By sector, the added value of "
                    "agriculture was 8.2 billion euros, up 0.4 percent; that of industry was 240.5 billion euros, "
                    "down 0.9 percent.", date=dt.date(2026, 2, 1))
    got = {(about, o.indicator, o.value, o.change) for about, o in obs(facts)}
    assert ("Bavaria", "gross domestic product", Decimal("790400000000"), Decimal("1.1")) in got
    assert ("Bavaria", "added value of agriculture", Decimal("8200000000"), Decimal("0.4")) in got
    assert ("Bavaria", "added value of industry", Decimal("240500000000"), Decimal("-0.9")) in got


def test_a_capitalised_modifier_taken_for_a_firm_stays_in_the_measure(extract):
    facts = extract("Bavaria's industry grew in 2025.\n\nBavaria's industrial output rose 2.1 percent in 2025. "
                    "High-tech manufacturing grew 7.3 percent.", date=dt.date(2026, 2, 1))
    got = {(about, o.indicator, o.change) for about, o in obs(facts)}
    assert ("Bavaria", "high-tech manufacturing", Decimal("7.3")) in got


def test_holiday_figures_day_ranges_listed_counts_and_a_base_year(extract):
    facts = extract("Bavaria tourism grows\n\nBavaria received 3.1 million visits during the eight-day autumn holiday "
                    "from Oct 1 to 8, up 4.2 percent year-on-year.\n\nVienna, Salzburg and Graz received 1.2 million, "
                    "0.8 million and 0.3 million visits, up 3.4 percent, 2.2 percent and 1.6 percent respectively.\n\n"
                    "Munich-based Alpenreise, the largest online travel agency, said bookings on its platform grew "
                    "31 percent.\n\nAverage spending per visit edged down to 181 euros from 196 euros in 2024.",
                    date=dt.date(2025, 10, 9))
    got = {(about, o.indicator, o.value, o.change, o.year) for about, o in obs(facts)}
    assert ("Bavaria", "visits received", Decimal("3100000"), Decimal("4.2"), 2025) in got
    assert ("Salzburg", "visits", Decimal("800000"), Decimal("2.2"), 2025) in got
    assert ("Alpenreise", "bookings on its platform", None, Decimal("31"), 2025) in got
    assert ("Bavaria", "average spending per visit", Decimal("181"), None, 2025) in got
    assert not any(o.value == 8 for about, o in obs(facts))  # "Oct 1 to 8" is a date


def test_with_an_investment_of_names_the_builder_or_the_signer(extract):
    facts = extract("Since January, the Ostrava Science Park has signed 14 projects with a combined investment of "
                    "3.2 billion koruna. The largest, a battery cell plant built by Voltrana Energy with an investment "
                    "of 900 million koruna, opened in May.", date=dt.date(2025, 7, 1))
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert {("Voltrana Energy", "investment", Decimal("900000000")),
            ("Voltrana Energy battery cell plant", "investment", Decimal("900000000"))} & got, got
    assert any(o.value == Decimal("3200000000") and about and "Ostrava" in about for about, o in obs(facts)), got


def test_a_hope_is_no_figure(extract):
    facts = extract("Lund bikes\n\n\"Low prices built this trade, but they will not carry it further. Design and "
                    "brands will,\" said Jan Berg, head of the Lund county council. He said Lund County hopes to push "
                    "output value past 3 billion kronor by 2027.",
                    date=dt.date(2025, 9, 18))
    assert not facts.observations


def test_goods_of_a_kind_a_further_change_this_year_and_actors_that_count(extract):
    facts = extract("Bavaria's toy makers\n\nOnline retail sales of children's toys in Bavaria reached 2.8 billion "
                    "euros in 2024, an increase of 5.7 percent, and in the first eight months of this year rose a "
                    "further 4.3 percent.\n\nWorkshops along the Danube River in Regensburg delivered 46 barges in "
                    "the first half.", date=dt.date(2025, 9, 18))
    got = {(about, o.indicator, o.value, o.change, o.year) for about, o in obs(facts)}
    assert ("Bavaria", "online retail sales of children's toys", Decimal("2800000000"), Decimal("5.7"), 2024) in got
    assert ("Bavaria", "online retail sales of children's toys", None, Decimal("4.3"), 2025) in got
    assert ("Regensburg", "barges delivered", Decimal("46"), None, 2025) in got


def test_a_place_inside_a_hyphenated_name_owns_nothing(extract):
    facts = extract("Rhine-Ruhr region report\n\nThe Rhine-Ruhr region's GDP rose 1.1 percent in 2025. Vehicle trips "
                    "across the Cologne-Bonn-Dortmund Bridge exceeded 4 million, up 12 percent. The Rhine-Ruhr "
                    "region's exports grew 2.3 percent.", date=dt.date(2026, 2, 10))
    trips = [(about, o) for about, o in obs(facts) if o.value == Decimal("4000000")]
    assert trips and all(about not in ("Cologne", "Bonn", "Dortmund") for about, o in trips), trips


def test_the_kind_a_named_phrase_introduced_stands_for_its_place(extract):
    facts = extract("Hub grows\n\nTAMPERE -- Server racks hum day and night at the Tampere data center cluster in "
                    "southern Finland.\n\nThe cluster consumed 1.2 million kilowatt-hours of electricity in the first half of 2025. "
                    "Its average dwell time fell to 2.1 days.", date=dt.date(2025, 9, 1))
    got = {(about, o.indicator, o.value) for about, o in obs(facts)}
    assert ("Tampere", "electricity consumed", Decimal("1200000")) in got, got


def test_orders_for_n_units_and_an_area_covered(extract):
    facts = extract("Lahti drones\n\nLahti Aero Oy makes crop-spraying drones in Lahti. The company said it has "
                    "received orders for 150 units, mainly from farms. The Lahti business park covers 12.5 square "
                    "kilometers.", date=dt.date(2025, 9, 16))
    got = {(o.indicator, o.value) for about, o in obs(facts)}
    assert ("orders", Decimal("150")) in got and ("area", Decimal("12.5")) in got, got


BULLETIN = """Statistical Bulletin on the Economy of Fujian Province in 2025

Fujian Provincial Bureau of Statistics, February 5, 2026 -- The main results of Fujian's economy in 2025 are released as follows.

I. Output

In 2025, Fujian Province recorded industrial output of 2.1 trillion yuan, up 5.2 percent. Retail sales reached 930 billion yuan, up 4.1 percent.

Xiamen recorded output of 510 billion yuan. Xiamen's port handled 12 million TEUs, and Xiamen's airport served 28 million passengers. Quanzhou and Xiamen signed a transport pact.

II. Companies

Minfeng Textile Co. operates a dyeing plant in Xiamen and makes 40 million metres of fabric a year.

III. Employment

The industry employed 1.2 million people at year-end. Average wages were 82,000 yuan, up 4.3 percent.
"""


def test_a_bulletin_figures_belong_to_its_place_and_section(pipeline):
    from kg.ingest import parse
    from kg.resolve import resolve
    document = parse(BULLETIN.encode(), "2026-02-05-fujian-bulletin.txt")
    facts = pipeline.extract(pipeline.nlp(document.text), document)
    resolve([facts])
    owner = {str(o.value): a for a, o in obs(facts)}
    assert owner["930000000000"] == "Fujian Province"  # the place of the title and lead, not Xiamen named most
    assert owner["510000000000"] == "Xiamen"
    assert owner["1200000"] == "Fujian Province"  # a new section: not the firm the one before was about
    assert owner["82000"] == "Fujian Province"


def test_a_change_named_by_a_noun_with_its_new_level(extract):
    found = obs(extract("Haixing Logistics posted a 9 percent rise in annual revenue to 3.2 billion yuan. "
                        "Qiaotou Pharma reported on Monday an 11.2 percent fall in first-half net profit to 480 million yuan."))
    got = {(a, o.indicator, str(o.value), str(o.change)) for a, o in found}
    assert ("Haixing Logistics", "annual revenue", "3200000000", "9") in got, got
    assert ("Qiaotou Pharma", "first-half net profit", "480000000", "-11.2") in got, got


def test_a_dateline_parsed_as_the_subject_does_not_own_the_figure(extract):
    found = obs(extract("NINGBO -- Haixing Logistics Holdings, a container line, reported a 9 percent rise in "
                        "revenue to 3.2 billion yuan on Thursday."))
    assert [a for a, o in found] == ["Haixing Logistics Holdings"], found


RESULTS = """Haixing Shipping's first-half profit slips as rates cool

NINGBO -- Zhoushan Haixing Shipping Holdings, a container line, reported on Thursday a 9 percent fall in first-half net profit to 4.2 billion yuan, as spot rates on Asia-Europe routes eased.

Volumes on trans-Pacific, Asia-Europe and intra-Asia trades rose 3.1, 8.2 and 6.4 percent, respectively.

Unit costs fell 4.3 percent. The fleet stood at 212 vessels at the end of June.
"""


def test_a_firm_named_in_the_headline_owns_the_unowned_figures(pipeline):
    from kg.ingest import parse
    from kg.resolve import resolve
    document = parse(RESULTS.encode(), "2025-08-29-haixing-results.txt")
    facts = pipeline.extract(pipeline.nlp(document.text), document)
    resolve([facts])
    owner = {str(o.value if o.value is not None else o.change): a for a, o in obs(facts)}
    assert owner["-4.3"] == owner["212"] == "Zhoushan Haixing Shipping Holdings", owner  # not the route named last


def test_years_of_a_year_earlier_a_past_december_and_a_share_move(extract):
    import datetime as dt
    text = ("Qiaotou Pharma said its revenue rose 6 percent to 28.6 billion yuan last year. "
            "A year earlier it had earned 2.7 billion yuan. Its workforce grew to 21,400 by the end of December. "
            "Shares of Qiaotou Pharma closed 4.2 percent higher on Friday.")
    got = {str(o.value if o.value is not None else o.change): o.year
           for a, o in obs(extract(text, date=dt.date(2026, 3, 27)))}
    assert got["28600000000"] == 2025 and got["2700000000"] == 2024, got
    assert got["21400"] == 2025 and got["4.2"] == 2026, got


def test_a_respective_list_over_segments_names_each_segment(extract):
    found = obs(extract("Qiaotou Pharma said its revenue rose 6 percent last year. Vaccines, insulin and "
                        "diagnostics generated revenue of 9.8 billion, 5.1 billion and 3.7 billion yuan, respectively."))
    got = {(a, o.indicator.lower(), str(o.value)) for a, o in found}
    assert ("Qiaotou Pharma", "vaccines revenue", "9800000000") in got, got
    assert ("Qiaotou Pharma", "insulin revenue", "5100000000") in got, got


def test_a_place_that_grew_grew_its_gdp(extract):
    found = obs(extract("Lu'an, Bozhou and Suzhou grew 6.1, 5.8 and 4.9 percent, respectively."))
    assert {(a, o.indicator, str(o.change)) for a, o in found} == {
        ("Lu'an", "GDP", "6.1"), ("Bozhou", "GDP", "5.8"), ("Suzhou", "GDP", "4.9")}, found


def test_an_elided_measure_and_a_subject_alone(extract):
    found = obs(extract("Guilin received 41.2 million visits, while Beihai and Liuzhou received 22.6 million and "
                        "18.1 million, respectively. Nanning alone approved 8.3 billion yuan of factory investment."))
    got = {(a, o.indicator, str(o.value)) for a, o in found}
    assert ("Beihai", "visits received", "22600000") in got and ("Liuzhou", "visits received", "18100000") in got, got
    assert ("Nanning", "factory investment", "8300000000") in got, got


def test_money_worth_of_goods_names_the_goods(extract):
    found = obs(extract("Kenya exported 120 million dollars worth of avocados last year."))
    assert [(a, o.indicator) for a, o in found] == [("Kenya", "avocados exports")], found


def test_a_target_year_is_not_the_figures_year(extract):
    import datetime as dt
    found = obs(extract("Vietnam's steel output rose 12 percent to 2.2 million tonnes in 2025, and the government wants "
                        "3 million tonnes a year by 2030. Hoa Sen Steel made 900,000 tonnes of coil last year and plans "
                        "to reach 1.5 million tonnes by 2028.", date=dt.date(2026, 2, 9)))
    got = {str(o.value): o.year for a, o in found}
    assert got.get("2200000") == 2025 and got.get("900000") == 2025, got


def test_the_year_a_headline_names_dates_the_report(pipeline):
    from kg.ingest import parse
    text = ("Huzhou furniture industry performance in 2025\n\nHuzhou Municipal Bureau of Statistics | Release date: "
            "2026-02-02\n\nThe number of furniture enterprises above designated size was 1,204. "
            "The industry employed 96,000 people at year-end.\n")
    document = parse(text.encode(), "2026-02-02-huzhou-furniture.txt")
    facts = pipeline.extract(pipeline.nlp(document.text), document)
    assert {str(o.value): o.year for o in facts.observations if o.value is not None} == {"1204": 2025, "96000": 2025}


def test_an_adjective_on_the_owner_is_no_indicator(extract):
    found = obs(extract("The new Xinqiao Hospital cost 2.2 billion yuan."))
    assert [(a, o.indicator) for a, o in found] == [("Xinqiao Hospital", "cost")], found
