"""Ingest: text, Markdown, HTML and stdin in; furniture out; metadata from the text."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import InputError, UsageError
from kg.ingest import clean, parse, read_inputs

ARTICLE = """Share this

SHANGHAI, June 3 (Xinhua) -- Output of the port rose 7 percent in 2024, the port authority said.
Officials expect further growth next year. Enditem
Go to Forum >>0 Comment(s)

Read next

Some unrelated teaser about Acme Holdings buying bonds.
"""


def test_dateline_gives_publisher_and_date_with_year_from_text():
    doc = parse(ARTICLE.encode(), source="story.txt")
    assert doc.publisher == "Xinhua"
    assert doc.date == dt.date(2024, 6, 3)  # no year in the dateline: the latest year the text mentions


def test_furniture_and_teasers_do_not_reach_the_text():
    doc = parse(ARTICLE.encode(), source="story.txt")
    for junk in ("Share this", "Comment(s)", "Go to Forum", "Read next", "Acme", "Enditem"):
        assert junk not in doc.text
    assert doc.text.startswith("SHANGHAI, June 3")
    assert doc.text.endswith("next year.")


def test_timestamp_line_and_title():
    body, meta = clean("Port Output Climbs in Ningbo\n\n2025-11-02 08:30:00 · · #1\n\nThe port said output rose.")
    assert meta["date"] == dt.date(2025, 11, 2)
    assert meta["title"] == "Port Output Climbs in Ningbo"
    assert "08:30" not in body


def test_title_case_headline_is_metadata_not_text():
    """Capitalised headline words read as names to the tagger; a sentence-case headline stays in the text."""
    body, meta = clean("Hunan's Economy Maintained Steady Growth in 2025\n\nThe province's output rose.")
    assert meta["title"] == "Hunan's Economy Maintained Steady Growth in 2025"
    assert body == "The province's output rose."
    body, meta = clean("Hunan's economy grows 5 percent in 2025\n\nThe province's output rose.")
    assert meta["title"] == "Hunan's economy grows 5 percent in 2025" and body.startswith("Hunan's economy")


def test_file_name_date_wins(tmp_path):
    f = tmp_path / "2023-05-06-story.txt"
    f.write_text("WUHAN, May 6 (Xinhua) -- Sales rose in 2024.")
    (doc,) = read_inputs([str(f)])
    assert doc.date == dt.date(2023, 5, 6)
    assert doc.id == "2023-05-06-story"


def test_html_is_reduced_to_the_article():
    html = """<!doctype html><html><head><title>Chip output climbs | Daily</title></head><body>
    <nav><a href="/">Home</a> <a href="/share">Share on Weibo</a></nav>
    <article><h1>Chip output climbs</h1>
    <p>Chip output in Wuxi rose 12 percent in 2024, the city's statistics bureau said on Monday,
    as new fabs came online and local suppliers expanded their production of wafers and substrates.</p>
    <p>The bureau said investment in the sector reached 40 billion yuan, with more than 200 firms now
    operating in the city's high-tech zone, up from 150 firms two years earlier.</p></article>
    <footer>Copyright Daily. All rights reserved.</footer></body></html>"""
    doc = parse(html.encode(), source="page.html")
    assert "Chip output in Wuxi rose 12 percent" in doc.text
    assert "Copyright" not in doc.text and "Home" not in doc.text


def test_directories_recurse_in_stable_order_and_ids_are_unique(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Beta rose.")
    (tmp_path / "a.md").write_text("Alpha rose.")
    (tmp_path / "x.txt").write_text("Gamma rose.")
    (tmp_path / "notes.json").write_text("{}")
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs] == ["Alpha rose.", "Beta rose.", "Gamma rose."]
    assert len({d.id for d in docs}) == 3


@pytest.mark.parametrize("data, cause", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    (b"caf\xe9 au lait rose 3 percent", "not valid UTF-8"),
    (b"Share this\nGo to Forum >>0 Comment(s)\n", "no article text"),
])
def test_bad_files_give_an_input_error_naming_file_and_cause(tmp_path, data, cause):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    (err,) = read_inputs([str(f)])
    assert isinstance(err, InputError)
    assert str(f) in str(err) and cause in str(err)


def test_explicit_encoding_reads_latin1(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Caf\xe9 sales rose 3 percent.".encode("latin-1"))
    (doc,) = read_inputs([str(f)], encoding="latin-1")
    assert doc.text == "Café sales rose 3 percent."


def test_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Output rose. " * 100)
    (err,) = read_inputs([str(f)], max_bytes=100)
    assert isinstance(err, InputError) and "too large" in str(err) and "--max-bytes" in str(err)


def test_missing_path_and_empty_directory_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        read_inputs([str(tmp_path / "nope.txt")])
    with pytest.raises(UsageError, match="no article files"):
        read_inputs([str(tmp_path)])


@pytest.mark.parametrize("line", [
    "Read next: Ferry operator orders four electric boats",
    "Related stories >> Copper prices slip",
    "Also read: Orchard output climbs",
    "You might also like:", "Trending now", "People also read", "Next: Ferry operator orders boats", "Don't miss",
])
def test_inline_teaser_headings_end_the_article(line):
    body, _ = clean(f"Output rose 4 percent.\n\n{line}\n\nMore teaser text about a bank.")
    assert body == "Output rose 4 percent."


@pytest.mark.parametrize("line", [
    "[Print] [Close]", "Print | Close", "Editor: Wang Fang", "(Reporting by Ana Lopes; Editing by Tom Reed)",
    "Reporter: Zhao Min", "Photo: a port crane at dusk", "Comments (0)", "0 Comment(s)",
    "Copyright 2025 Daily News. All rights reserved.", "Our Standards: The Wire Editorial Code.", "Share this article",
    "Photo/Xinhua", "Proofread by Liu Jin", "Author: Zhao Min", "Last updated: March 4, 2025", "Download the app",
    "Follow Daily News on WeChat", "Disclaimer: The views expressed are the author's own.", "SOURCE Tarlow Freight Inc.",
])
def test_credit_and_widget_lines_are_dropped(line):
    body, _ = clean(f"Output rose 4 percent.\n{line}\nExports fell 2 percent.")
    assert body == "Output rose 4 percent.\nExports fell 2 percent."


def test_sentences_that_start_like_furniture_are_kept():
    text = "Printing firms in Wenzhou expanded.\nSources said output rose.\nEmail marketing grew 3 percent."
    body, _ = clean(text)
    assert body == text


@pytest.mark.parametrize("line", [
    "By Marta Silva", "By Our Bureau, Kochi", "By Ana Lopes and Tom Reed", "[Editor: Li Hua]",
    "(Cover image via Newsphoto)", "Views: 2,107", "Share: LinkedIn | X | Email",
    "Energy Weekly › Markets", "2025-05-14 16:40:02 Source: City Daily",
])
def test_bylines_breadcrumbs_counters_are_dropped(line):
    body, _ = clean(f"Output rose 4 percent.\n{line}\nExports fell 2 percent.")
    assert body == "Output rose 4 percent.\nExports fell 2 percent."


@pytest.mark.parametrize("line, date", [
    ("25 June 2025 | Marta Silva", dt.date(2025, 6, 25)),
    ("October 14, 2025 at 9:31 AM GMT+3", dt.date(2025, 10, 14)),
    ("Published: 3 May 2024", dt.date(2024, 5, 3)),
])
def test_date_lines_give_the_date(line, date):
    body, meta = clean(f"Plant opens\n\n{line}\n\nThe plant opened last year.")
    assert meta["date"] == date and line not in body


@pytest.mark.parametrize("line", ["Sponsored Content", "Hot news: Snow due in the capital", "Advertisement"])
def test_sponsored_and_hot_news_end_the_article(line):
    body, _ = clean(f"Output rose 4 percent.\n\n{line}\nA teaser about ski resorts.")
    assert body == "Output rose 4 percent."


@pytest.mark.parametrize("line", [
    "Home > News > Provinces", "Current location: Home >> News >> Local", "Home | Business | Companies",
    "[Photo/IC]", "(Photo/CFP)", "[Photo by Wang Jing/Daily Post]", "(Xinhua/Li Ming)", "REUTERS/Jane Doe",
    "Photo taken on May 6 shows workers at a plant. (Xinhua/Zhang Duan)", "AFP via Getty Images",
    "Responsible editor: Wang Hao", "Editor in charge: Liu Fang", "Proofreader: Sun Li", "Translated by Li Mei",
    "By LIU YAN in Hefei | City Daily | Updated: 2025-07-08 07:32", "Xinhua | Updated: 2025-11-05",
    "[Large] [Medium] [Small]", "Font size: A A A", "【Print】 【Close】", "Share to: WeChat | Weibo",
    "Scan the QR code to follow us", "Contact us | About us | Sitemap", "Clicks: 1,203", "Local news",
    "Channel: Economy", "Tags: hydrogen, electrolysers", "Listen to this article", "5 min read",
])
def test_credits_captions_widgets_and_section_labels_are_dropped(line):
    body, _ = clean(f"Output rose 4 percent.\n{line}\nExports fell 2 percent.")
    assert body == "Output rose 4 percent.\nExports fell 2 percent."


def test_news_lines_that_start_with_widget_words_are_kept():
    text = ("X Corp said output rose.\nTwitter users grew 4 percent.\nLocal governments added 300 jobs.\n"
            "Home appliance exports rose 5 percent.\nHits from the region's studios topped the charts.")
    assert clean(text)[0] == text


def test_body_lines_like_bylines_or_dates_are_kept():
    text = "By 2030, output will double.\nBy then, it had 300 staff.\n25 June 2025 was the opening day."
    assert clean(text)[0] == text


@pytest.mark.parametrize("line", ["Share this: Telegram | LinkedIn", "Share this article    Comments",
                                  "Share it: Email | Print", "Responsibility editor: Ho Lan",
                                  "Harbor City Municipal Portal | Business Today"])
def test_share_bars_mastheads_and_responsibility_editors_are_dropped(line):
    body, _ = clean(f"{line}\n\nPort volumes rose 4 percent in May.\n\nThe port added two berths.")
    assert line.split()[0] not in body and "Port volumes rose" in body


def test_a_sentence_with_a_bar_is_kept():
    body, _ = clean("Revenue rose | costs fell, the company said.\n\nIt hired 40 people.")
    assert "Revenue rose" in body


@pytest.mark.parametrize("line", [
    "Next year, output will rise 4 percent.", "From January to March, exports rose.", "Popular brands include Kestrel.",
    "Updated figures show growth.", "Author Li Hua wrote the report.", "Source data show the same trend.",
])
def test_sentences_that_open_like_furniture_stay(line):
    body, _ = clean(f"Output rose 4 percent.\n{line}\nExports fell 2 percent.")
    assert line in body

