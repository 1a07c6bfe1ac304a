"""The document's focus: whom and when a number is about when its sentence does not say (articles of our own)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.model import Document


@pytest.fixture
def read(pipeline):
    """The full pipeline on one article, with a title and a date."""
    def run(text: str, title: str | None = None, date=dt.date(2025, 2, 10)):
        doc = Document(id="t", text=text, title=title, date=date)
        return pipeline.extract(pipeline.nlp(text), doc)
    return run


def find(facts, number):
    """The observation holding a value or change equal to ``number``."""
    hits = [o for o in facts.observations if Decimal(str(number)) in (o.value, o.change)]
    assert hits, [(o.about and o.about.key_text, o.indicator, o.value, o.change) for o in facts.observations]
    return hits[0]


def about(o):
    return o.about.key_text if o.about else None


RELEASE = (
    "Release date: 2025-02-10   Source: Jilin Provincial Bureau of Statistics\n\n"
    "According to preliminary accounting, the gross domestic product of Jilin Province in 2024 reached "
    "793.6 billion yuan, up 3.7 percent over the previous year, 0.5 percentage points slower than in 2023.\n\n"
    "Industry held up. Marine-tech manufacturing grew 9.2 percent, while output of cut flowers rose 4.1 percent. "
    "Total retail sales of consumer goods reached 245.3 billion yuan, up 2.8 percent.\n\n"
    "The per capita disposable income of residents in the province was 34,500 yuan, a nominal increase of "
    "5.0 percent. Changchun's GDP rose 6.1 percent.\n")


def test_a_capitalised_modifier_is_no_owner_the_release_place_is(read):
    facts = read(RELEASE, title="Jilin's Economy Kept Growing in 2024")
    for n in (9.2, 4.1, 245300000000):
        assert about(find(facts, n)) == "Jilin Province"
    assert not any(about(o) == "Marine-tech" for o in facts.observations)


def test_a_sentence_that_names_its_owner_keeps_it(read):
    facts = read(RELEASE, title="Jilin's Economy Kept Growing in 2024")
    assert about(find(facts, 6.1)) == "Changchun"


def test_the_state_is_the_state_in_focus_not_its_country(read):
    text = ("KOCHI, March 4 (Reuters) - Kestrel Foods, a Dubai-based snack maker, plans a 2 billion rupee "
            "factory near Kochi in Kerala, officials said on Tuesday.\n\n"
            "The factory is expected to employ 900 people. The company's revenue rose 11 percent to $310 million "
            "last year.\n\n"
            "Kerala ships more shrimp abroad than most of India, fisheries officials in Kerala say. The state's seafood "
            "exports climbed 9 percent to $1.2 billion in the 12 months to March 2024.\n")
    facts = read(text, date=dt.date(2024, 3, 4))
    assert about(find(facts, 1200000000)) == "Kerala"
    assert about(find(facts, 310000000)) == "Kestrel Foods"  # a company story's own figure stays the company's


def test_the_ports_cargo_is_the_ports_not_the_last_firm_named(read):
    text = ("YINGKOU, Feb. 3 (Xinhua) -- Yingkou Port in northeast China handled "
            "8.1 million TEUs of containers in 2024, up 12 percent year on year, its operator said on Monday.\n\n"
            "Northstar Port Group, which runs the port's terminals, said cargo throughput at the port rose 6 percent. "
            "Harbour Lines, a carrier based in Yingkou, opened a service to Manila in May.\n\n"
            "Imports of soybeans, the port's largest bulk cargo, fell 2.3 percent to 9.4 million tonnes.\n")
    facts = read(text, date=dt.date(2025, 2, 3))
    assert about(find(facts, 8100000)) == "Yingkou Port"  # not the dateline's city
    o = find(facts, 9400000)
    assert about(o) == "Yingkou Port"
    assert o.year == 2024


def test_a_firm_the_story_goes_on_about_keeps_its_figures(read):
    text = ("Larkspur Robotics, a maker of warehouse robots based in Manitoba, opened a new assembly line on Monday.\n\n"
            "The line will build 4,000 robots a year. Sales rose 18 percent to $95 million last year, and orders "
            "from grocers doubled.\n\n"
            "Manitoba has drawn several robot makers in recent years.\n")
    facts = read(text, date=dt.date(2025, 5, 6))
    assert about(find(facts, 95000000)) == "Larkspur Robotics"


LEAD_YEAR = ("TAIYUAN, Jan. 15 (Xinhua) -- Flower growers in Shanxi Province had their best season in 2024, doing "
             "better than in 2023, the provincial agriculture department said on Wednesday.\n\n"
             "The province's output of fresh-cut flowers rose 7.2 percent to 1.9 million tonnes, and flower exports "
             "climbed 11 percent.\n\n"
             "Shanxi Province plans to open two more auction halls in Taiyuan.\n")


def test_a_figure_without_a_year_takes_the_year_the_lead_reports(read):
    facts = read(LEAD_YEAR, date=dt.date(2025, 1, 15))
    assert find(facts, 1900000).year == 2024
    assert find(facts, 11).year == 2024


def test_a_comparison_base_is_not_the_articles_year(read):
    text = LEAD_YEAR.replace("had their best season in 2024, doing better than in 2023", "sold more blooms than in 2023")
    facts = read(text, date=dt.date(2025, 1, 15))
    assert find(facts, 1900000).year == 2024  # the publication period (a January article), never the base 2023


def test_the_focus_is_the_place_of_title_and_lead_not_the_dateline(pipeline):
    from kg.extractors.focus import Focus
    doc = pipeline.nlp(LEAD_YEAR)
    facts = pipeline.extract(doc, Document(id="t", text=LEAD_YEAR, date=dt.date(2025, 1, 15)))
    f = Focus(doc, facts)
    assert f.place_focus().key_text == "Shanxi Province"
    assert f.article_year() == 2024


def test_last_year_as_a_base_does_not_date_the_figure(read):
    text = ("Foshan's makers of small appliances kept growing in the first half of 2025, the city government said "
            "on Friday, releasing its industry figures for the period.\n\n"
            "By the end of June, the city had 1,240 appliance exporters, an increase of 96 over the end of last year.\n\n"
            "Foshan plans to build a testing centre for appliance makers next year.\n")
    facts = read(text, date=dt.date(2025, 7, 20))
    assert find(facts, 1240).year == 2025


def test_a_place_the_paragraph_goes_on_about_keeps_its_figures(read):
    text = ("According to preliminary accounting, the gross domestic product of Jilin Province in 2024 reached "
            "6.47 trillion yuan, up 5.7 percent over the previous year.\n\n"
            "Changchun, the province's electronics hub, did better still. Changchun's output of display panels rose "
            "14 percent in 2024. Exports of the panels climbed 9.5 percent.\n\n"
            "Total retail sales of consumer goods in Jilin Province reached 2.69 trillion yuan, up 4.4 percent.\n")
    facts = read(text, title="Jilin's Economy Grew Faster in 2024")
    assert about(find(facts, 9.5)) == "Changchun"
    assert about(find(facts, 2690000000000)) == "Jilin Province"


def test_a_fiscal_year_ended_on_a_date_dates_the_figures(read):
    text = ("Ravenwood Textiles, a towel maker set up in 1998 in Tiruppur, said on Monday it would add a dyeing line.\n\n"
            "For the fiscal year ended March 31, 2025, Ravenwood Textiles reported revenue of 3.1 billion rupees, "
            "up 8 percent, and net profit of 240 million rupees.\n")
    facts = read(text, date=dt.date(2025, 6, 2))
    assert find(facts, 3100000000).year == 2025
    assert find(facts, 240000000).year == 2025


def test_figures_no_other_owner_claims_go_to_the_focus(read):
    text = ("Shanxi Province's economy held up in 2024 despite weak coal prices, the provincial statistics bureau "
            "said on Thursday, with services and new industries making up for a slump in mining.\n\n"
            "Foreign trade fell 3.3 percent. Cross-border e-commerce grew 14.5 percent. About 60 percent of the "
            "growth came in the second half.\n\n"
            "Taiyuan's GDP rose 4.1 percent.\n")
    facts = read(text, title="Shanxi's Economy Kept Growing in 2024")
    for n in (14.5, -3.3):
        o = find(facts, n)
        assert (about(o), o.year) == ("Shanxi Province", 2024)
    assert about(find(facts, 4.1)) == "Taiyuan"
    assert not any(o.value == 60 for o in facts.observations)  # no measure named: not the focus's



def test_the_reader_knows_the_focus_before_it_reads_no_second_reading(nlp):
    from kg.pipeline import Pipeline, load_config
    text = ("Shanxi Province's economy held up in 2024, the provincial statistics bureau said on Thursday.\n\n"
            "Foreign trade fell 3.3 percent.\n")
    pipe = Pipeline(load_config(extractors=["entities", "observations"]), nlp=nlp)  # no focus stage
    facts = pipe.extract(pipe.nlp(text), Document(id="t", text=text, title="Shanxi's Economy in 2024",
                                                  date=dt.date(2025, 2, 10)))
    assert facts.focus.key_text == "Shanxi Province"
    assert about(find(facts, -3.3)) == "Shanxi Province"



def test_the_state_is_the_state_in_focus_not_one_an_aside_named_more(read):
    text = ("Kerala's seafood exports held up in 2025, the Kerala fisheries department said on Monday, releasing "
            "the state's trade figures for the year.\n\n"
            "Investment from Punjab stayed strong. Among new projects, Lotus Feeds, a Punjab-funded maker of shrimp "
            "feed, opened a mill in Kochi.\n\n"
            "The state's exports reached 210.5 billion rupees, up 6.2 percent. Exports of frozen shrimp were "
            "31.4 billion rupees, up 2.5 percent.\n")
    facts = read(text, title="Kerala's Seafood Exports Held Up in 2025")
    for n in (210500000000, 6.2, 31400000000):
        assert about(find(facts, n)) == "Kerala"


def test_the_province_the_entities_took_for_an_aside_is_the_province_in_focus(read):
    text = ("Manitoba's farm exports held up in 2025, the Manitoba agriculture ministry said on Monday, releasing "
            "the province's trade figures for the year.\n\n"
            "Investment from Ontario stayed strong. Among new projects, Prairie Oats, an Ontario-funded maker of oat "
            "flour, opened a mill in Brandon.\n\n"
            "The province's exports reached 21.5 billion dollars, up 6.2 percent. Exports of canola oil were "
            "3.4 billion dollars, up 2.5 percent.\n")
    facts = read(text, title="Manitoba's Farm Exports Held Up in 2025")
    for n in (21500000000, 6.2, 3400000000):
        assert about(find(facts, n)) == "Manitoba"


def test_a_dateline_naming_the_focus_does_not_take_a_firms_figure(read):
    text = ("Norvik Paper ASA sets up 2.1 bln euro pulp venture in Lyon\n\n"
            "LYON, France, May 4 (Reuters) - Nordic paper maker Norvik Paper ASA and French chemicals group Fjord Chem "
            "SA signed an agreement on Thursday setting up a joint venture that will invest 2.1 billion euros in a "
            "pulp mill near Lyon, the largest Nordic investment in France's paper industry.\n\n"
            "The mill, on a 40-hectare site in Lyon, will start production in 2027.\n")
    facts = read(text, title="Norvik Paper ASA sets up 2.1 bln euro pulp venture in Lyon", date=dt.date(2025, 5, 4))
    o = next(o for o in facts.observations if o.indicator == "investment")
    assert about(o) == "Norvik Paper ASA"
    assert not any(o.change for o in facts.observations)  # "sets up a 2.1 bln euro venture" is no rise


WORK_REPORT = (
    "QINGHAI NEWS -- The governor of Qinghai Province delivered the government work report on January 20. "
    "The following are the main figures of last year and the tasks for this year.\n\n"
    "Review of 2024\n\n"
    "Qinghai's GDP reached 380 billion yuan, up 4.2 percent. Grain output rose 2.5 percent.\n\n"
    "Tasks for 2025\n\n"
    "The province aims for growth of around 5 percent.\n")


def test_a_section_heading_dates_the_figures_under_it(read):
    facts = read(WORK_REPORT, date=dt.date(2025, 1, 22))
    assert find(facts, 380000000000).year == 2024 and find(facts, 2.5).year == 2024


HOLIDAY = (
    "Shanxi Province received 31.2 million tourist visits during the Dragon Boat holiday, up 6.4 percent "
    "year on year, and tourism revenue reached 20.5 billion yuan, the provincial culture department said.\n\n"
    "Taiyuan and Datong received 5.1 million and 3.3 million visits, up 4.0 percent and 8.8 percent respectively.\n\n"
    "\"Families from the Pearl River Delta came for the temples,\" said a guide in Datong. Hotel occupancy in "
    "the province averaged 78 percent.\n")


@pytest.mark.parametrize("date, year", [(dt.date(2025, 6, 3), 2025), (dt.date(2026, 1, 15), 2025)])
def test_a_figure_no_text_dates_is_for_the_publication_period(read, date, year):
    facts = read(HOLIDAY, date=date)
    assert find(facts, 31200000).year == year and find(facts, 6.4).year == year


def test_a_place_named_once_in_a_quote_does_not_own_the_next_figure(read):
    facts = read(HOLIDAY, date=dt.date(2025, 6, 3))
    assert about(find(facts, 78)) != "Pearl River Delta"


def test_a_standing_level_among_dated_figures_takes_their_year(read):
    facts = read("Work report\n\nSaxony's GDP grew 1.3 percent in 2025.\n\nThe average PM2.5 concentration in Saxony's cities "
                 "was 14 micrograms per cubic meter, a decrease of 3.5 percent, and forest coverage rose to 28.4 percent.\n\n"
                 "The report proposes GDP growth of around 1.5 percent and forest coverage of 29 percent.",
                 date=dt.date(2026, 1, 28))
    assert find(facts, "28.4").year == 2025
    assert not any(Decimal("29") in (o.value, o.change) or Decimal("1.5") in (o.value, o.change)
                   for o in facts.observations)  # a proposal is no figure
