"""Numbers with units and scales in plain text: "over 11.5 trillion yuan" -> Quantity.

Pure text (no spaCy): ``find_quantities`` returns the quantities of a string with
their character offsets, normalised values and canonical units, and leaves out what
is not a measurement (years, dates, ordinals, durations, phone numbers, codes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

SCALES = {"thousand": 10**3, "million": 10**6, "mln": 10**6, "mn": 10**6, "billion": 10**9,
          "bln": 10**9, "bn": 10**9, "trillion": 10**12, "tn": 10**12,
          "crore": 10**7, "lakh": 10**5}

# surface unit (regex) -> canonical unit; first match wins, so longer forms come first
UNITS = [
    (r"percentage points?|pct\.? points?", "percentage point"),
    (r"%|percent|per cent|pct\b", "percent"),
    (r"micrograms? per cubic met(?:er|re)s?|[µμ]g/m(?:3|³)", "microgram per cubic metre"),
    (r"square kilomet(?:er|re)s?|sq\.? km|km2|km²", "square kilometre"),
    (r"square met(?:er|re)s?|sq\.? ?m\b|m2\b|m²", "square metre"),
    (r"square (?:feet|foot)|sq\.? ?ft\b", "square foot"),
    (r"acres?\b", "acre"),
    (r"miles?\b", "mile"),
    (r"barrels? (?:per|a) day|bpd\b", "barrel per day"),
    (r"cubic met(?:er|re)s?|m3|m³", "cubic metre"),
    (r"kilomet(?:er|re)s?|km\b", "kilometre"),
    (r"met(?:er|re)s\b|met(?:er|re)\b", "metre"),
    (r"hectares?|ha\b", "hectare"),
    (r"mu\b", "mu"),
    (r"(?:metric )?(?:tonnes?|tons?)", "tonne"),
    (r"kilowatt[- ]hours?|kwh\b", "kilowatt hour"),
    (r"megawatt[- ]hours?|mwh\b", "megawatt hour"),
    (r"gigawatt[- ]hours?|gwh\b", "gigawatt hour"),
    (r"terawatt[- ]hours?|twh\b", "terawatt hour"),
    (r"gigawatts?|gw\b", "gigawatt"),
    (r"megawatts?|mw\b", "megawatt"),
    (r"barrels?", "barrel"),
    (r"teus?\b|twenty-foot equivalent units?", "TEU"),
    (r"index points?|points?", "index point"),
    (r"(?:yuan|rmb|renminbi)", "yuan"),
    (r"(?:u\.?s\.? )?dollars|usd\b", "US dollar"),
    (r"(?:u\.?s\.? )?cents?\b", "US cent"),
    (r"euros?|eur\b", "euro"),
    (r"rupees?", "rupee"),
    (r"rupiah", "rupiah"),
    (r"yen\b", "yen"),
    (r"won\b", "won"),
    (r"baht\b", "baht"),
    (r"zlotys?|złoty|zł\b|pln\b", "zloty"),
    (r"riyals?|sar\b", "riyal"),
    (r"dirhams?", "dirham"),
    (r"reais|reals?\b|brl\b", "real"),
    (r"pesos?\b", "peso"),
    (r"(?:kenyan |ugandan |tanzanian )?shillings?", "shilling"),
    (r"ringgit", "ringgit"),
    (r"dong\b", "dong"),
    (r"naira", "naira"),
    (r"rand\b", "rand"),
    (r"lira\b|liras\b", "lira"),
    (r"pounds? sterling|pounds?\b", "pound"),
    (r"kron(?:e|er)\b|crowns?\b", "krone"),
    (r"kron(?:a|or)\b", "krona"),
    (r"(?:swiss )?francs?\b", "franc"),
    (r"r(?:o)?ubles?\b", "ruble"),
    (r"dinars?\b", "dinar"),
    (r"forints?\b", "forint"),
    (r"korun(?:a|y)\b", "koruna"),
    (r"taka\b", "taka"),
    (r"kip\b", "kip"),
    (r"cedis?\b", "cedi"),
    (r"birr\b", "birr"),
    (r"tenge\b", "tenge"),
    (r"hryvni(?:a|as)\b", "hryvnia"),
    (r"kilograms?|kilogrammes?|kgs?\b", "kilogram"),
    (r"lit(?:er|re)s\b|lit(?:er|re)\b", "litre"),
    (r"[epg]flops\b|exaflops|petaflops", "FLOPS"),
    (r"units?\b", "unit"),
    (r"people|persons|person-times", "people"),
    (r"times\b", "times"),
]
UNIT_RE = re.compile(r"(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(UNITS)) + r")(?![A-Za-z])", re.I)
PREFIX_CURRENCY = {"$": "US dollar", "us$": "US dollar", "rmb": "yuan", "¥": "yuan", "€": "euro",
                   "yuan": "yuan", "usd": "US dollar", "hk$": "Hong Kong dollar", "£": "pound",
                   "eur": "euro", "₹": "rupee", "rs": "rupee", "rs.": "rupee", "inr": "rupee", "rp": "rupiah",
                   "rp.": "rupiah", "r$": "real", "a$": "Australian dollar", "c$": "Canadian dollar",
                   "s$": "Singapore dollar", "nt$": "New Taiwan dollar", "rm": "ringgit", "myr": "ringgit",
                   "krw": "won", "₩": "won", "jpy": "yen", "cny": "yuan", "gbp": "pound", "sgd": "Singapore dollar",
                   "thb": "baht", "฿": "baht", "₱": "peso", "₦": "naira", "₺": "lira", "₫": "dong", "ksh": "shilling"}
CURRENCIES = {"yuan", "US dollar", "US cent", "euro", "rupee", "rupiah", "yen", "won", "baht", "zloty", "riyal",
              "dirham", "real", "peso", "shilling", "ringgit", "dong", "naira", "rand", "lira", "pound",
              "krone", "krona", "franc", "ruble", "dinar", "forint", "koruna", "taka", "kip", "cedi", "birr",
              "tenge", "hryvnia", "Hong Kong dollar", "Australian dollar", "Canadian dollar", "Singapore dollar", "New Taiwan dollar"}
PER_RE = re.compile(r"\s+(?:per|an?)\s+(person|capita|head|household|employee|worker|resident|day|year|month|hour|"
                    r"square met(?:er|re)|ton(?:ne)?|unit|kg|kilogram|kilowatt[- ]hour|kwh|litre|liter|barrel)\b(?!\s+(?:earlier|ago|before|later)\b)", re.I)  # not "$1.85 a year earlier"
# durations and times: a number of these is not a measurement of the news
TIME_UNITS = re.compile(r"(?:-|\s+)(?:consecutive\s+|straight\s+|successive\s+)?(years?|decades?|months?|weeks?|days?|"
                        r"hours?|minutes?|seconds?|quarters|centuries|century|o'clock|a\.m\.|p\.m\.|am\b|pm\b)\b", re.I)
# days counted by a quality, not a duration: "287 days of good air quality", "28 days of heavy rain"
COUNTED_DAYS = re.compile(r"\s+days\s+(?:of\s+(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b|each\b|every\b)[a-z]|"
                          r"(?:more|fewer|less)\s+than\b)", re.I)
DURATION_BEFORE = re.compile(r"\b(?:after|within|for|over|in|during|following|past|last|next|first|of|than|until|by|"
                             r"about|some|nearly|around)\s+$", re.I)

QUALIFIERS = [
    (r"more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|upwards of|in excess of|topp(?:ed|ing)|tops", "more than"),
    (r"less than|under|below|fewer than|short of", "under"),
    (r"nearly|almost|close to|approaching|just under|just shy of", "nearly"),
    (r"about|approximately|around|roughly|some|an estimated|estimated|circa|approx\.", "about"),
    (r"at least|no less than|not less than|no fewer than", "at least"),
    (r"up to|as much as|as many as|at most|no more than", "up to"),
]
QUAL_RE = re.compile(r"(?:" + "|".join(f"(?P<q{i}>\\b(?:{p}))" for i, (p, _) in enumerate(QUALIFIERS)) + r")\s+$", re.I)

MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
NUMBER = re.compile(
    r"(?P<cur>(?:(?:US|HK|NT|[ACSR])?\$|[¥€£₹₩฿₱₦₺₫]|\b(?:RMB|USD|EUR|INR|Rs\.?|Rp\.?|RM|MYR|KRW|JPY|CNY|GBP|SGD|THB|KSh))\s?(?=\d)|(?P<neg>(?<=[\s(])[-−])(?=\d)|(?<![\w.,/:#+>-]))"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|[.,:]\d)"
    r"(?:\s*(?P<scale>thousand|million|mln|mn|billion|bln|bn|trillion|tn|crore|lakh)\b|(?P<short>[mk])\b)?", re.I)
DATE_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+$", re.I)
DAY_RANGE_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*$", re.I)
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b", re.I)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
CODE_BEFORE = re.compile(r"(?:\bno\.|\bnumber|\bphase|\barticle|\blevel|\bline|\broom|\bversion|\bv|\btop|"
                         r"\bgrade|\bclass|\bper|\bpage|\bchapter|\bsection|\bstage|\bround|\bfloor|\bgate|"
                         r"\bbooth|\bhall|\bcode|\btel|\bphone|\bfax|\bcall|\bhotline)\.?:?\s*$", re.I)
# words that may open a sentence before a bare number ("About 300 ...") without naming it
OPENERS = {"in", "about", "some", "over", "nearly", "almost", "around", "only", "just", "to", "by", "and", "of",
           "with", "at", "from", "than", "for", "under", "up", "down", "the", "its", "their", "all", "another",
           "another", "more", "less", "fewer", "approximately", "roughly", "exactly", "another", "least"}


def named_number(text: str, s: int) -> bool:
    """Is a bare number the end of a name ("the ZX-Pro 20", "Double 11", "Foo 20")?"""
    m = NAME_BEFORE.search(text[max(0, s - 40):s])
    if not m or m.group(2).lower() in OPENERS or MONTH_WORD.match(m.group(2)):
        return False
    return not SENTENCE_END.search(m.group(1)) and m.group(1) != ""


# compiled once: find_quantities runs these for every number of every document
BLANKS = re.compile(r"\s*")
RANGE_AFTER = re.compile(r"[-–]\d")
VERSION_AFTER = re.compile(r"\.\d")
LETTER_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
DURATION_AFTER = re.compile(r"\s*[-–]\s*(?:hour|year|day|minute|month|week)")
ADJECTIVE_AFTER = re.compile(r"[-–][A-Za-z]")
LIST_MARK = re.compile(r"[.)]\s")
PERCENT_HYPHEN = re.compile(r"[-–](?:percent|per)\b")
TEMPERATURE_AFTER = re.compile(r"\s*(?:degrees?|°)\s*(?:celsius|fahrenheit|c|f)?\b", re.I)
SPAN_BEFORE = re.compile(r"\b(?:within|every|aged|age|ages)\s+$")
YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d|2100")
NAME_BEFORE = re.compile(r"(^|[^\w\s]\s*|\s)([A-Z][\w]*)\s$")
MONTH_WORD = re.compile(MONTHS + "$", re.I)  # (as before: "$" binds the last month only)
SENTENCE_END = re.compile(r"[.!?:;\"“\n]\s*$")
PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?\d{2,4}(?:[\s-]\d{3,4}){2,}")


@dataclass
class Quantity:
    start: int  # character offsets in the text given, qualifier included
    end: int
    num_start: int  # offsets of the number itself (with its scale and unit)
    value: Decimal  # scaled: "11.5 trillion" -> 11500000000000
    unit: str | None
    qualifier: str | None
    raw: str

    @property
    def text(self) -> str:
        return self.raw


def to_decimal(num: str, scale: str | None) -> Decimal:
    """ "1,234.50" -> 1234.5; with a scale word, multiplied out; never in exponent form."""
    value = Decimal(num.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
    return plain(value)


def plain(value: Decimal) -> Decimal:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def is_year(num: str, scale, unit, cur) -> bool:
    return (not scale and not unit and not cur and YEAR_NUMBER.fullmatch(num) is not None)


def unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The unit starting at ``pos`` (after optional blanks): (canonical, end) or (None, pos)."""
    m = BLANKS.match(text, pos)
    at = m.end()
    if text[pos:at] and text[at:at + 1] == "%":
        return None, pos  # "5 %" is rare; "5%" is the form
    um = UNIT_RE.match(text, at)
    if not um:
        return None, pos
    canon = next(UNITS[i][1] for i in range(len(UNITS)) if um.group(f"u{i}"))
    end = um.end()
    if canon in CURRENCIES:
        per = PER_RE.match(text, end)
        if per and (per.group(0).split()[0].lower() == "per" or per.group(1).lower() in (
                "kg", "kilogram", "ton", "tonne", "litre", "liter", "barrel", "unit", "kilowatt hour", "kwh")):
            canon, end = f"{canon} per {per.group(1).lower().replace('-', ' ')}", per.end()
    return canon, end


def find_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    phones = [m.span() for m in PHONE.finditer(text)]
    for m in NUMBER.finditer(text):
        num, scale, cur = m["num"], m["scale"], (m["cur"] or "").strip()
        if m["short"]:  # "$3.5m", "12k units": an attached scale letter ("5m" alone may be metres)
            if m["short"].lower() == "m" and not cur:
                continue
            scale = "million" if m["short"].lower() == "m" else "thousand"
        s, e = m.start("num"), m.end()
        if m["neg"] and text[:m.start("neg")].rstrip()[-1:].isdigit():
            continue  # a range "2020 -2024", no negative number
        if any(a <= s < b for a, b in phones):
            continue
        if RANGE_AFTER.match(text, m.end("num")) and not scale:
            continue  # a range or a code "1-1.5", "2021-2025"
        if VERSION_AFTER.match(text, m.end("num")):
            continue  # a version "3.8.0"
        before, after = text[max(0, s - 30):s], text[m.end("num"):m.end("num") + 30]
        if DATE_BEFORE.search(before) or DATE_AFTER.match(after) or ORDINAL_AFTER.match(after):
            continue
        if CODE_BEFORE.search(before) or LETTER_HYPHEN_BEFORE.search(before):
            continue
        unit, e2 = unit_after(text, e)
        if text[m.end("num"):m.end("num") + 1].isalpha() and not (scale or unit):
            continue  # a code or a name: "5G", "X5"
        if not (cur or scale or unit) and DAY_RANGE_BEFORE.search(before) and int(float(m["num"].replace(",", ""))) <= 31:
            continue  # the last day of "from Oct 1 to 8"
        if cur and not unit:
            unit = PREFIX_CURRENCY.get(cur.lower().replace(" ", ""))
            per = PER_RE.match(text, e) if unit else None
            if per:  # "$2.04 a kg", "$30 per tonne"
                unit, e2 = f"{unit} per {per.group(1).lower().replace('-', ' ')}", per.end()
        if is_year(num, scale, unit, cur):
            continue
        if not unit and TIME_UNITS.match(text, e) and not (COUNTED_DAYS.match(text, e)
                                                            and not DURATION_BEFORE.search(text, max(0, s - 12), s)):
            continue
        if DURATION_AFTER.match(text, e):
            continue
        if not (unit or scale or cur) and TEMPERATURE_AFTER.match(text, e):
            continue  # a temperature ("start at minus 30 degrees"), no statistic
        if ADJECTIVE_AFTER.match(text, e2 if unit else e) and not PERCENT_HYPHEN.match(text, e):
            continue  # an adjective: "a 10-megawatt turbine", "a 12-billion-yuan plant"
        if SPAN_BEFORE.search(text[max(0, s - 10):s]):
            continue
        if not (unit or scale or cur) and LIST_MARK.match(text, m.end("num")) \
                and not text[text.rfind("\n", 0, s) + 1:s].strip(" \t("):
            continue  # "1. Data for 2025 are preliminary.": a list's numbering
        if not (unit or scale or cur) and named_number(text, s):
            continue  # a model or an event name: "the ZX-Pro 20", "Double 11"
        start = m.start("cur") if cur else m.start("neg") if m["neg"] else s
        qualifier = None
        q = QUAL_RE.search(text[max(0, start - 25):start])
        if q:
            qualifier = next(QUALIFIERS[i][1] for i in range(len(QUALIFIERS)) if q.group(f"q{i}"))
            qstart = start - (len(text[max(0, start - 25):start]) - q.start())
        else:
            qstart = start
        value = -to_decimal(num, scale) if m["neg"] else to_decimal(num, scale)  # "grew -1.4 percent"
        out.append(Quantity(qstart, e2 if unit else e, start, value, unit, qualifier,
                            text[qstart:e2 if unit else e]))
    return parts_of_wholes(text, out)


# "300 of the village's 540 households": the part is the fact, counted in the whole's unit
PART_OF = re.compile(r"\s+of\s+(?:the|its|their|all|these|those)\s+(?:[\w'’-]+(?:'s|’s|s’|s')\s+)?$", re.I)


def parts_of_wholes(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    skip = None
    for k, q in enumerate(qs):
        if q is skip:
            continue
        whole = qs[k + 1] if k + 1 < len(qs) else None
        if (q.unit is None and whole is not None and whole.unit not in CURRENCIES
                and whole.unit != "percent" and PART_OF.fullmatch(text, q.end, whole.start)):
            q.unit = whole.unit
        out.append(q)
    return out
