"""Observations: the numbers of the news as n-ary facts ("Hebei's GDP grew 5.4 percent in 2024").

How a sentence is read:
1. ``quantities.find_quantities`` finds numbers with units, scales and qualifiers.
2. Quantities joined by commas / "and" form a list (respective lists have several).
3. Each list gets a role from its cue words: a level ("was", "reached", "to") or a
   change ("grew by", "an increase of", "dropped", "a 10.6% increase").  A change list
   right after a level list ("..., an increase of 4.9") joins it: one observation each.
4. The dependency parse gives the clause: the indicator is the subject noun phrase, or
   the object the number is "of" / moved "to", or the counted noun; the entity is the
   possessor, the place in a trailing "in/of" phrase, the subject, or the region in focus.
5. The year is the one the clause names (not a comparison base), else the paragraph's,
   else one resolved from "last year" / "the previous year" and the article's date.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import DocFacts, Evidence, Mention, Observation
from . import register
from .common import asserted, focus_org
from .lexicon import HEDGE_VERBS
from .quantities import CURRENCIES, PREFIX_CURRENCY, UNIT_RE, UNITS, Quantity, find_quantities, to_decimal

NAME = "observations"
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december")
PLACE_CLASSES = {"Place", "Country", "Province", "Municipality", "City", "Region", "District"}
ORG_CLASSES = {"Organization", "Company", "GovernmentBody", "University", "ResearchInstitute"}
ENTITY_CLASSES = PLACE_CLASSES | ORG_CLASSES | {"Facility"}  # what a number can be about (a product is measured)

DOWN = {"down", "fell", "fallen", "falling", "falls", "fall", "dropped", "drops", "dropping", "drop",
        "declined", "declines", "declining", "decline", "decreased", "decreases", "decreasing", "decrease",
        "slid", "slipped", "shrank", "shrunk", "shrinking", "contracted", "contraction", "plunged",
        "plummeted", "tumbled", "lost", "cut", "reduced", "reduction", "reductions", "lowered", "lower",
        "less", "narrowed", "dipped", "dip", "sank", "slumped", "slump", "eased", "retreated"}
UP = {"grew", "grows", "grow", "growing", "grown", "rose", "rise", "rises", "rising", "risen", "increased",
      "increases", "increasing", "increase", "climbed", "climbs", "jumped", "jumps", "jump", "surged",
      "surges", "surge", "expanded", "expands", "expanding", "expansion", "gained", "gains", "gain", "up",
      "advanced", "soared", "growth", "higher", "more", "widened", "picked", "accelerated"}
CHANGE_WORDS = "|".join(sorted(UP | DOWN, key=len, reverse=True))
# "grew by", "rose steadily by", "increased 5%": a verb of change right before the number
CHANGE_BEFORE = re.compile(rf"\b({CHANGE_WORDS})(?:\s+\w+ly)?(?:\s+by)?(?:\s+(?:a further|another|an additional|an extra))?\s*$",
                           re.I)
# "an increase of", "nominal increases of", "GDP growth rates of", "year-on-year growth of"
CHANGE_NOUN = re.compile(rf"\b({CHANGE_WORDS})(?:\s+rates?)?\s+(?:of|by)\s*$", re.I)
# "a 10.6% increase", "5 percent growth", "5% year-on-year growth", "5 percent higher"
CHANGE_AFTER = re.compile(rf"^\s*(?:year[- ]on[- ]year\s+|annual\s+|y-o-y\s+)?({CHANGE_WORDS})\b", re.I)
# a transitive verb of change, its object, then the number: "lifted sales 9%", "cut its costs 5%"
LIFT_BEFORE = re.compile(r"\b(lifted|lifts|boosted|boosts|raised|raises|increased|increases|grew|grows|expanded|"
                         r"cut|cuts|reduced|reduces|lowered|lowers|trimmed|trims|slashed|slashes)\s+(?:its\s+|their\s+|"
                         r"the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:by\s+)?$")
SHARE_BEFORE = re.compile(r"\b(accounting for|accounted for|accounts for|account for|making up|made up|"
                          r"makes up|representing|represented|represents|constituting)\s*$", re.I)
WITH_AT = re.compile(r"\bwith\s+(?P<who>[^,;]+?)\s+at\s*$|\bfollowed\s+by\s+(?P<next>[^,;]+?)\s+(?:with|at)\s*$", re.I)
# what may stand between a level list and the change list that goes with it
PAIR_GAP = re.compile(r"^[\s,;]*(?:respectively[\s,;]*)?(?:and\s+)?(?:(?:which|this|that)\s+(?:is|was|were|represents|"
                      r"marks|marked)\s+|representing\s+|marking\s+|or\s+|up\s+|down\s+|an?\s+|also\s+|"
                      r"(?:year[- ]on[- ]year\s+)?(?:to|from)\s+|(?:nominal|real|annual|year[- ]on[- ]year)\s+|"
                      r"from\s+(?:the\s+|a\s+)?(?:previous\s+|prior\s+|preceding\s+|same\s+)?(?:quarter|month|year|period)"
                      r"(?:\s+(?:earlier|before|ago))?\s+|"
                      rf"(?:{CHANGE_WORDS})\s+)*(?:(?:of|by)\s+)?$", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
BASE_BEFORE = re.compile(r"\b((?:compared (?:to|with)|from|over|than|since|versus|vs\.?|relative to|against|"
                         r"on|with|before|after|until)(?:\s+in)?|(?:number|level|figure|total|amount)\s+(?:of|in))"
                         r"\s+(?:the\s+(?:end|level|same period)\s+of\s+)?$", re.I)
# a number the news compares with: "up from 1,432", ", from 52,000 tonnes", "compared with 71,200 tons"
BASE_CUE = re.compile(r"(?:\b(?:up|down|rising|falling|increasing|decreasing|rose|fell|grew|dropped|declined|climbed|"
                      r"jumped)\s+from|,\s*from|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?)\s*$", re.I)
# when a compared number was: "in 2023", "a year earlier", "the previous year"
BASE_YEAR = re.compile(r"^\s*(?:(?:in|for|during|at the end of)\s+(?P<year>1[89]\d\d|20\d\d)\b|"
                       r"(?P<rel>a year (?:earlier|ago|before)|(?:in )?the (?:previous|prior|preceding) year|"
                       r"the year (?:before|earlier)|last year|(?:in )?the same period (?:of |in )?(?:last|the previous) year|"
                       r"in the year-?earlier period))", re.I)
# comparison phrases whose year is not the fact's: "than in the same period last year", "compared with 22
# in the same period last year"
BASE_PHRASE = re.compile(r"\b(?:than|from|over|compared (?:to|with)|against|versus|on)\s+(?:in\s+)?(?:the same "
                         r"(?:period|quarter|month|time) (?:of |in )?)?(?:last year|the previous year|a year (?:earlier|ago|before))|"
                         r"\b(?:than|from|compared (?:to|with)|against|versus)\s+\S*\d\S*\s+(?:[a-z]+\s+)?(?:in\s+)?the same "
                         r"(?:period|quarter|month|time) (?:of |in )?(?:last year|the previous year|a year (?:earlier|ago|before))|"
                         r"\b(?:from|compared (?:to|with)|against|versus)\s+\S*\d\S*\s+(?:[a-z]+\s+)?"
                         r"(?:last year|a year (?:earlier|ago|before))",
                         re.I)
MONTH_RANGE = re.compile(rf"\b(?:{MONTHS})\s*(?:-|–|to|through)\s*(?P<end>{MONTHS})\b(?!\s+\d)", re.I)
BASE_AFTER = re.compile(r"^\s*(as the base|as base|levels?\b|base year|'s level|-)", re.I)
FOCUS_REGION = re.compile(
    r"\b((?:[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*\s+){0,3}?[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*)\s+"
    r"(region|Region|urban agglomeration|economic circle|economic belt|economic zone|metropolitan area|"
    r"Delta|Bay Area|city cluster)\b")
# noun phrases that stand for an entity named elsewhere
REF_NOUNS = {
    "region": ("Region",), "company": ("Company", "Organization"), "firm": ("Company", "Organization"),
    "group": ("Company", "Organization"), "carmaker": ("Company",), "automaker": ("Company",),
    "city": ("City", "Municipality"), "municipality": ("Municipality", "City"), "province": ("Province",),
    "country": ("Country",), "nation": ("Country",), "area": ("District", "Region"),
    "district": ("District",), "zone": ("District",), "park": ("Facility",), "factory": ("Facility",),
    "plant": ("Facility",), "bureau": ("GovernmentBody",), "office": ("GovernmentBody",),
}
GROUP_NOUNS = {"regions", "areas", "places", "locations", "provinces", "cities", "municipalities",
               "countries", "companies", "firms", "sides", "parties", "counties", "districts", "states",
               "prefectures", "towns", "ports", "markets", "economies", "nations", "members"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "both": 2}
DIRECTION = re.compile(r"(?:north|south)?(?:east|west)?(?:ern)?|north(?:ern)?|south(?:ern)?|central|mid")
ANAPHOR = re.compile(r"(?:(?:that|this|the|its)\s+)?(?:total|value|figure|amount|sum|number|it|them|this|that)")
TRAILER = re.compile(r"^\s*(?:related (?:coverage|stories|news|articles|reading)|read more|see also|more from|"
                     r"recommended|you may also like)\s*:?\s*$", re.I | re.M)
EQUIVALENT = re.compile(r"\b(?:enough (?:for|to \w+)|equivalent to|the equivalent of)\s+$", re.I)
# nouns that name a measured flow: whose they are carries over to the next sentence's figures
MEASURES = {"export", "exports", "import", "imports", "shipment", "output", "production", "sale", "sales", "revenue",
            "consumption", "trade", "investment", "harvest", "supply", "demand", "earnings", "profit", "capacity",
            "generation", "turnover", "spending", "emission", "emissions"}
PERIOD = re.compile(rf"half|quarter|months?|period|year|{MONTHS}")  # "in the first half" names a time
SHARE_VERBS = {"account", "contribute", "represent", "constitute", "comprise", "take"}
LIGHT_VERBS = {"be", "have", "reach", "record", "see", "exceed", "surpass", "hit", "total", "stand",
               "achieve", "maintain", "register", "post", "report", "top", "remain"}
NOMINAL = {"invest": "investment", "export": "exports", "import": "imports", "sell": "sales",
           "produce": "production", "earn": "earnings", "spend": "spending", "attract": "investment attracted",
           "raise": "funds raised", "employ": "employment", "build": "construction", "sign": "contracts signed",
           "cover": "area"}
CAPACITY_VERBS = {"employ", "hire", "create", "add", "make", "produce", "handle", "process", "house", "have",
                  "generate", "hold", "cover", "accommodate", "turn", "assemble", "invest", "spend"}  # and committed sums
WIDE = re.compile(r"\b(?:province|nation|state|country|city|region|county)[- ]?wide\b", re.I)
IRREGULAR = {"buy": "bought", "sell": "sold", "make": "made", "build": "built", "win": "won", "take": "taken",
             "hold": "held", "run": "run", "bring": "brought", "send": "sent", "spend": "spent", "pay": "paid",
             "grow": "grown", "get": "got", "catch": "caught", "fly": "flown", "give": "given", "lay": "laid",
             "dig": "dug", "feed": "fed", "keep": "kept", "lend": "lent", "lose": "lost", "sink": "sunk"}
WORTH = {"worth", "valued", "totaling", "totalling", "totaled", "totalled"}  # "a deal worth $X": the deal's value
FOUNDED = re.compile(r"\b(?:set up|founded|established|opened|built|launched|started|created|incorporated|"
                     r"listed|formed|began operations?|commissioned)\s+(?:in\s+)?$", re.I)
PAST_BASE = re.compile(r"\bfrom\s+(last year's|the previous year's|(?:19|20)\d\d's)\s*$")
FORECAST_VERBS = {"expect", "forecast", "project", "predict", "estimate", "anticipate", "target", "aim", "plan",
                  "envisage", "eye", "seek", "propose"}
MONTH_WORD = re.compile(rf"(?:{MONTHS})|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?")
INTRO_PREPS = {"in", "at", "across", "for", "within", "throughout"}
LOC_PREPS = {"in", "of", "across", "for", "at", "within", "throughout", "among"}
# a number that sizes a facility: "a 2,000-megawatt solar plant", "a $210 million factory",
# "a 600,000-spindle mill" -> its capacity (or its cost); the facility, else its operator, is the entity
FACILITY_NOUNS = (r"plants?|factor(?:y|ies)|mills?|mines?|smelters?|refiner(?:y|ies)|farms?|stations?|terminals?|"
                  r"warehouses?|works|facilit(?:y|ies)|complex|lines?|hubs?|foundr(?:y|ies)|fabs?|yards?|"
                  r"data cent(?:er|re)s?|parks?|zones?|estates?|campus(?:es)?")
FACILITY_SIZE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew)\s+(?P<q>(?P<cur>(?:US|HK)?\$|€|£|¥|RM)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:[- ](?P<scale>thousand|million|billion))?(?:(?:-|\s(?=(?:yuan|euros?|zlotys?|baht|rupees?|won|yen|pesos?|"
    r"riyals?|dollars?)\b))(?P<word>(?:square-|cubic-)?[a-z]+(?:-(?:hours?|tons?|tonnes?))?))?(?:-(?:a|per)-(?:year|day|annum))?)\s+"
    r"(?P<mid>(?:[\w'’-]+\s+){0,3}?)(?P<fac>" + FACILITY_NOUNS + r")\b")
# money as an adjective on any other noun: "a 1.5-billion-euro contract", "a $2-billion loan"
MONEY_ADJ = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<q>(?P<cur>(?:US|HK)?\$|€|£|¥|RM)?(?P<num>\d+(?:\.\d+)?)-"
    r"(?P<scale>million|billion|trillion)(?:-(?P<word>[a-z]+))?)\s+(?P<noun>[a-z]+)\b")
RUN_BY = re.compile(r"\b(?:" + FACILITY_NOUNS + r"|house|shop|store|business|unit)\s+(?:run|operated|owned|managed)\s+by\s+")
CHANGE_SUFFIX = re.compile(r"\s*\b(?:growth rates?|growth|rates? of growth|increases?|rise)$", re.I)


@dataclass
class QList:
    """Quantities in a row ("5.2, 5.1 and 5.4 percent") with what the text says of them."""
    qs: list[Quantity]
    role: str = "value"  # value | change | share | convert
    sign: int = 1
    signs: list = field(default_factory=list)  # one per quantity, when they differ ("up 4 and down 7 percent")
    gap: str = ""  # text between the previous list and this one
    partner: "QList | None" = None  # the level list a change list goes with
    obs: list = field(default_factory=list)  # the observations read from it
    frame: dict = field(default_factory=dict)

    def sign_of(self, i: int) -> int:
        return self.signs[i] if len(self.signs) == len(self.qs) else self.sign


@register(NAME)
def make_observations(config: dict):
    def extract(doc, facts: DocFacts) -> None:
        Reader(doc, facts).run()
    return extract


class Reader:
    """Reads the observations of one document; holds the per-document context."""

    def __init__(self, doc, facts: DocFacts):
        # Doc.text joins every token on each call: the document's own text is the same string
        text = facts.document.text
        if not (len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text)):
            text = doc.text
        self.doc, self.facts, self.text = doc, facts, text
        self.sent_text = ""  # the sentence being read (evidence)
        self.rel_owner: Mention | None = None  # the antecedent of a relative clause's number
        date = facts.document.date
        self.doc_year = date.year if date else None
        self.doc_month = date.month if date else None
        self.tok_mention: dict[int, Mention] = {}
        for m in facts.mentions:
            self.index(m)
        self._focus = None
        self._groups = None
        self.para_year: int | None = None
        self.lead_year: int | None = None  # the year the article's lead puts it in
        self.sentences_seen = 0
        self.last_about: Mention | None = None  # the entity the previous sentence was about

    # -- mentions ---------------------------------------------------------------
    def index(self, m: Mention) -> None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return
        for t in span:
            old = self.tok_mention.get(t.i)
            if old is None or (old.end - old.start) < (m.end - m.start):
                self.tok_mention[t.i] = m

    def mention_of(self, tok) -> Mention | None:
        m = self.tok_mention.get(tok.i)
        return m if m is not None and m.cls in ENTITY_CLASSES else None

    def evidence(self, span, confidence: float) -> Evidence:
        """Evidence in the sentence being read (Span.sent and Sent.text rescan tokens on each call)."""
        return Evidence(self.facts.document.id, span.start_char, span.end_char, self.sent_text, NAME, confidence)

    def new_mention(self, span, cls: str, name: str) -> Mention:
        m = self.facts.mention(span.text, cls, span.start_char, span.end_char, name=name)
        self.index(m)
        return m

    def focus_region(self):
        """The region the article is about: its most-named "X region" (or Region mention)."""
        if self._focus is None:
            names = Counter()
            proper: dict[str, str] = {}  # "Chang-Zhu-Tan" of "Chang-Zhu-Tan metropolitan area"
            for m in self.facts.mentions:
                if m.cls == "Region":
                    names[m.key_text] += 1
                    proper.setdefault(m.key_text, m.key_text)
            for m in FOCUS_REGION.finditer(self.text):
                k = f"{m.group(1)} {m.group(2)}".strip()
                names[k] += 1
                proper[k] = re.sub(r"^The\s+", "", m.group(1))
            # a region whose own name the text uses once ("clients in the X Delta") is an aside
            names = Counter({k: n for k, n in names.items()
                             if len(re.findall(r"(?<![\w-])" + re.escape(proper[k]) + r"(?![\w-])", self.text)) >= 2})
            self._focus = names.most_common(1)[0][0] if names else ""
        return self._focus or None

    def last_mention(self, before: int, classes, subject: bool = False) -> Mention | None:
        """The last mention of a class before an offset; with ``subject``, a sentence subject first."""
        best, key = None, None
        for m in self.facts.mentions:
            if m.cls in classes and m.end <= before:
                k = (self.is_subject(m) if subject else 0, m.start)
                if key is None or k > key:
                    best, key = m, k
        return best

    def is_subject(self, m: Mention) -> int:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return int(span is not None and span.root.dep_ in ("nsubj", "nsubjpass"))

    def groups(self) -> list[list[Mention]]:
        """Coordinated lists of entity mentions in the text ("Beijing, Tianjin and Hebei")."""
        if self._groups is None:
            ms = sorted((m for m in self.facts.mentions if m.cls in ENTITY_CLASSES), key=lambda m: m.start)
            out, cur = [], []
            for m in ms:
                if cur and re.fullmatch(r"\s*(,|,?\s*and|,?\s*or|、)\s*", self.text[cur[-1].end:m.start]):
                    cur.append(m)
                else:
                    if len(cur) > 1:
                        out.append(cur)
                    cur = [m]
            if len(cur) > 1:
                out.append(cur)
            self._groups = out
        return self._groups

    def group_of(self, n: int, before: int) -> list[Mention] | None:
        """The group of n entities the text names most often (latest on a tie) before ``before``."""
        cands = [g for g in self.groups() if len(g) == n and g[-1].end <= before]
        if not cands:
            return None
        count = Counter(tuple(m.key_text for m in g) for g in cands)
        return max(cands, key=lambda g: (count[tuple(m.key_text for m in g)], g[0].start))

    # -- the document -----------------------------------------------------------
    def run(self) -> None:
        trailer = TRAILER.search(self.text)  # "Related coverage": other stories' headlines
        quantities = [q for q in find_quantities(self.text) if trailer is None or q.start < trailer.start()]
        quantities = [q for q in quantities if not EQUIVALENT.search(self.text[max(0, q.start - 30):q.start])]
        if not quantities and not FACILITY_SIZE.search(self.text) and not MONEY_ADJ.search(self.text):
            return
        qi = 0
        prev_end = 0
        for sent in self.doc.sents:
            k = prev_end  # the end of the last sentence's words (its trailing space tokens may hold a break)
            while k > 0 and self.text[k - 1].isspace():
                k -= 1
            if prev_end == 0 or "\n" in self.text[k:sent.start_char + 1]:
                if self.lead_year is None and self.facts.observations:
                    self.lead_year = self.para_year  # the first paragraph with figures dates the article's
                self.para_year = None
            prev_end = sent.end_char
            self.sent_text = self.text[sent.start_char:sent.end_char].strip()
            self.sentences_seen += 1
            mine = []
            while qi < len(quantities) and quantities[qi].start < sent.end_char:
                if quantities[qi].start >= sent.start_char:
                    mine.append(quantities[qi])
                qi += 1
            self.sentence(sent, mine)

    def sentence(self, sent, qs: list[Quantity]) -> None:
        # a spaCy sentence may run over line breaks (titles, datelines): read line by line
        lines, pos = [], sent.start_char
        for part in re.split(r"(\n+)", self.text[sent.start_char:sent.end_char]):
            if part and not part.startswith("\n"):
                lines.append((pos, pos + len(part)))
            pos += len(part)
        for i, (a, b) in enumerate(lines):
            if i > 0:
                self.para_year = None
            self.line(sent, a, b, [q for q in qs if a <= q.start < b])

    def line(self, sent, a: int, b: int, qs: list[Quantity]) -> None:
        before = len(self.facts.observations)
        sized = self.facility_sizes(a, b)
        if sized:
            qs = [q for q in qs if not any(s <= q.num_start < e for s, e in sized)]
        lists = self.lists(qs, a)
        years = self.years(a, b, qs, [q for ql in lists if ql.role == "base" for q in ql.qs])
        abouts: list[Mention] = [o.about for o in self.facts.observations[before:]][-1:]
        used = []
        for ql in lists:
            if ql.role == "base":
                continue
            obs = self.read_list(sent, ql, lists, years, abouts, a, b)
            ql.obs = obs
            for o in obs:
                self.owner_for_money(o)
                self.facts.observations.append(o)
                used.append(o.year)
                if o.about is not None and len({id(x.about) for x in obs}) == 1:
                    abouts.append(o.about)
        for k, ql in enumerate(lists):
            if ql.role == "base":
                for o in self.base_observations(ql, lists, k, b):
                    self.facts.observations.append(o)
        lead = re.search(r"(?:^|[,;]|\bthat)\s*(?:in|by|as of|during|throughout|for)\s+(?:the\s+(?:whole|full|"
                         r"first \w+|end)\s+of\s+)?(1[89]\d\d|20\d\d)\s*,", self.text[a:b], re.I)
        if lead:
            self.para_year = int(lead.group(1))
            if self.lead_year is None and self.sentences_seen <= 2:
                self.lead_year = self.para_year
        elif used and used[-1]:
            self.para_year = used[-1]
        self.last_about = abouts[-1] if abouts else self.subject_entity(sent) or self.last_about

    def owner_for_money(self, o: Observation) -> None:
        """A sum a facility's clause names that is no cost of the facility ("Its yard is building ships under a
        contract worth $X", revenue, profit) is its operator's."""
        if o.about is None or o.about.cls != "Facility" or o.unit not in CURRENCIES \
                or o.indicator in ("investment", "cost", "capacity"):
            return
        ops = [r.subject for r in self.facts.relations if r.predicate == "operates" and r.object is o.about
               and r.subject.cls in ORG_CLASSES]
        if ops:
            o.about = ops[0]

    def facility_sizes(self, a: int, b: int) -> list[tuple[int, int]]:
        """ "a 2,000-megawatt solar plant", "a $210 million factory": the facility's capacity or cost."""
        spans = []
        for m in FACILITY_SIZE.finditer(self.text, a, b):
            cur, word = m["cur"], m["word"]
            if not cur and not word:
                continue
            unit = PREFIX_CURRENCY.get(cur.lower()) if cur else None
            if word:
                um = UNIT_RE.fullmatch(re.sub(r"^(square|cubic)-", r"\1 ", word))
                if um:
                    unit = next(UNITS[i][1] for i in range(len(UNITS)) if um.group(f"u{i}"))
                elif re.fullmatch(r"(?:year|month|week|day|hour|minute|storey|story|floor|member|person|man)s?|"
                                  r"(?:\w+-)?(?:old|long|strong)", word) or cur:
                    continue
                else:
                    unit = word if word.endswith("s") else word + "s"
            money = unit in CURRENCIES
            area = unit in ("hectare", "square kilometre", "mu", "acre", "square metre", "square foot")
            fac = self.doc.char_span(m.start("fac"), m.end("fac"), alignment_mode="expand")
            if fac is None:
                continue
            det = self.doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            named = self.mention_of(self.doc[det.start - 2]) if det is not None and det.start >= 2 \
                and self.doc[det.start - 1].text == "," and det[0].lower_ in ("a", "an") else None
            about = named or self.facility_owner(fac.root)  # "X Zone, a 120-square-kilometer zone": X
            if about is None:
                continue
            span = self.doc.char_span(m.start("q"), m.end("fac"), alignment_mode="expand")
            ob = Observation(about=about, indicator="investment" if money else "area" if area else "capacity",
                             value=to_decimal(m["num"], m["scale"]), unit=unit,
                             evidence=self.evidence(span, 0.7))
            self.facts.observations.append(ob)
            spans.append((m.start("q"), m.end("q")))
        for m in MONEY_ADJ.finditer(self.text, a, b):  # "signed a 1.5-billion-euro contract": the contract's value
            if any(s <= m.start("q") < e for s, e in spans):
                continue
            unit = PREFIX_CURRENCY.get((m["cur"] or "").lower())
            um = UNIT_RE.fullmatch(m["word"]) if m["word"] else None
            if um:
                unit = next(UNITS[i][1] for i in range(len(UNITS)) if um.group(f"u{i}"))
            noun = self.doc.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
            if unit not in CURRENCIES or noun is None:
                continue
            t = noun.root
            while not is_verb(t) and t.head.i != t.i:
                t = t.head
            found = self.entity_np(self.subject(t), 1, []) if is_verb(t) and asserted(t) else None
            if not found:
                continue
            span = self.doc.char_span(m.start("q"), m.end("noun"), alignment_mode="expand")
            self.facts.observations.append(Observation(
                about=found[0], indicator=noun.root.lemma_.lower(), value=to_decimal(m["num"], m["scale"]), unit=unit,
                evidence=self.evidence(span, 0.7)))
            spans.append((m.start("q"), m.end("q")))
        return spans

    def antecedent(self, tok) -> Mention | None:
        """What "which" / "that" stands for: the noun's entity; past a place that ends a phrase on a
        noun ("the plant in X Area, which makes ..."), that noun's."""
        m = self.mention_of(tok)
        if m is not None and m.cls in PLACE_CLASSES and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":
            tok, m = tok.head.head, None
        return m or self.facility_owner(tok)

    def facility_owner(self, fac) -> Mention | None:
        """A facility's entity: its own name, else who runs it (the clause's subject, "run by X")."""
        own = self.mention_of(fac)
        if own is not None and len(own.text.split()) > 1:
            return own
        for c in fac.children:  # "a plant run by X", "a plant operated by X"
            if c.dep_ == "acl":
                agent = next((x for x in c.children if x.dep_ == "agent"), None)
                found = self.refs([x for x in agent.subtree if x.i != agent.i], 1, []) if agent is not None else None
                if found:
                    return found[0]
        t = fac
        while not is_verb(t) and t.head.i != t.i:
            t = t.head
        if fac.dep_ == "appos" and self.mention_of(fac.head) is not None:  # "X Co., the plant": X's
            return self.mention_of(fac.head)
        agent = next((x for x in t.children if x.dep_ == "agent"), None) if fac.dep_ == "nsubjpass" else None
        fronted = next((x for c in t.children if c.dep_ == "advcl" and c.i < fac.i for x in c.children
                        if x.dep_ == "agent"), None)  # "Run by X, the plant ..."
        if agent is None and fronted is not None:
            found = self.refs([x for x in fronted.subtree if x.i != fronted.i], 1, [])
            if found and found[0].cls in ORG_CLASSES:
                return found[0]
        if agent is not None and fac.head.i == t.i:  # "the factory is operated by (Y's subsidiary) X"
            obj = next((x for x in agent.children if x.dep_ == "pobj"), None)
            found = [self.mention_of(obj)] if obj is not None and self.mention_of(obj) is not None else \
                self.refs([x for x in agent.subtree if x.i != agent.i], 1, [])
            if found and found[0].cls in ORG_CLASSES:
                return found[0]
        if is_verb(t):
            found = self.entity_np(self.subject(t), 1, [])
            if found and found[0].cls in ORG_CLASSES:
                return found[0]
        return own or (self.last_about if self.last_about is not None and self.last_about.cls in ORG_CLASSES else None)

    # -- years ------------------------------------------------------------------
    def years(self, a: int, b: int, qs: list[Quantity], bases=()):
        """(year, is_base, attached_to_a_quantity) for each year the line names."""
        out = []
        for m in YEAR.finditer(self.text, a, b):
            before = self.text[max(a, m.start() - 40):m.start()]
            after = self.text[m.end():m.end() + 20]
            if any(q.start <= m.start() < q.end for q in qs):
                continue
            if re.search(r"\d[\s-]*$", before) or re.match(r"\s*(?:percent|%|yuan)", after):
                continue
            if FOUNDED.search(before):
                continue  # "set up in 2009": when the body began, not when the figure was
            undated = re.sub(rf"\b(?:{MONTHS})\s+$", "", before, flags=re.I)  # "over June 2024"
            base = bool(BASE_BEFORE.search(before) or BASE_AFTER.match(after)
                        or (undated != before and BASE_BEFORE.search(undated))) or any(
                re.fullmatch(r"\s*(?:in|for|during|at the end of)\s+", self.text[q.end:m.start()] or "x") for q in bases)
            attached = any(re.fullmatch(r"\s*(?:in|for|during|by)\s+", self.text[q.end:m.start()] or "x")
                           for q in qs if q not in bases)
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            out.append((int(m.group(1)), base, attached, span[0] if span is not None else None))
        return out

    def year_for(self, q: Quantity, years, changed: bool, a: int, b: int) -> int | None:
        m = re.match(r"\s*(?:in|for|during|by)\s+(1[89]\d\d|20\d\d)\b", self.text[q.end:b])
        if m:
            return int(m.group(1))
        focus = [y for y, base, attached, tok in years if not base and not attached and not aside(tok, q, self.doc)]
        if focus:
            return focus[0] if len(set(focus)) == 1 else focus[-1]
        done = [tok for y, base, att, tok in years if att and not base and tok is not None and tok.idx < q.start]
        if done and self.doc_year and re.search(r"\bthis year\b", self.text[done[-1].idx:q.start], re.I):
            return self.doc_year  # "12.8 billion in 2024, and in the first eight months of this year rose 11.3 percent"
        attached = {y for y, base, att, _ in years if att and not base}
        if len(attached) == 1:
            return attached.pop()
        line = BASE_PHRASE.sub(" ", self.text[a:b].lower())
        if self.doc_year:
            rng = MONTH_RANGE.search(line)
            if rng and not re.search(r"\b(last year|the previous year|a year ago)\b", line):
                end = month_number(rng.group("end"))
                return self.doc_year if self.doc_month is None or end <= self.doc_month else self.doc_year - 1
            if re.search(r"\b(last year|the previous year's|a year ago)\b", line) and not re.search(
                    r"(than|from|over|compared (?:to|with)) last year", line):
                return self.doc_year - 1
            if re.search(r"\b(this year|today|currently|now|(?:this|last|past) week|this month|so far this year|at present|quarter|quarterly|first (?:half|quarter|"
                         r"two quarters|three quarters|\w+ months)|end of (?:" + MONTHS + r"))\b", line):
                return self.doc_year
            half = re.search(r"\b(?:h([12])|q([1-4]))\b", line)
            if half:  # "in H1", "Q3 revenue": the last such period up to the article's date
                end = 6 * int(half.group(1)) if half.group(1) else 3 * int(half.group(2))
                return self.doc_year if self.doc_month is None or end <= self.doc_month else self.doc_year - 1
            one = re.search(rf"\b(?:(?:in|for|during) |year (?:to|ended|ending) )(?P<m>{MONTHS})\b(?!\s+\d)", line)
            if one:  # "in September", "in the year to June": the last such month up to the article's date
                month = month_number(one.group("m"))
                return self.doc_year if self.doc_month is None or month <= self.doc_month else self.doc_year - 1
        if self.para_year:
            return self.para_year
        if self.lead_year:
            return self.lead_year
        bases = [y for y, base, attached, _ in years if base]
        if changed and bases and re.search(rf"(compared (?:to|with)|from|over|than|versus|on)\s+(?:(?:{MONTHS})\s+)?" + str(bases[0]), line):
            return bases[0] + 1
        compared = re.search(r"\b(?:compared (?:to|with)|against)\s+\S*\d", line)  # "..., compared with 18,900 the previous year"
        if (changed or compared) and self.doc_year and re.search(r"previous year|a year earlier|last year", line):
            return self.doc_year - 1
        return None

    # -- lists and roles --------------------------------------------------------
    def lists(self, qs: list[Quantity], a: int) -> list[QList]:
        out: list[QList] = []
        prev_end = a
        for q in qs:
            gap = self.text[prev_end:q.start]
            last = out[-1].qs[-1] if out else None
            if last and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", gap) and last.unit in (q.unit, None):
                out[-1].qs.append(q)
            else:
                out.append(QList([q], gap=gap))
            prev_end = q.end
        for ql in out:  # "35.2, 33.8 and 22.1 micrograms": the unit written once is everyone's
            unit = ql.qs[-1].unit
            for x in ql.qs:
                x.unit = x.unit or unit
        for ql in out:
            self.role(ql, a)
        merged: list[QList] = []
        for ql in out:  # "up 4.2 percent and down 7.6 percent": one list of changes, each with its sign
            prev = merged[-1] if merged else None
            if prev is not None and prev.role == ql.role == "change" and prev.partner is None and \
                    re.fullmatch(rf"\s*,?\s*(?:and\s+)?(?:{CHANGE_WORDS})(?:\s+by)?\s*", ql.gap, re.I) and \
                    ql.qs[0].unit == prev.qs[-1].unit:
                prev.signs = (prev.signs or [prev.sign] * len(prev.qs)) + [ql.sign] * len(ql.qs)
                prev.qs += ql.qs
                continue
            merged.append(ql)
        out = merged
        for i, ql in enumerate(out):
            if i and ql.role in ("change", "value"):
                prev = out[i - 1]
                if prev.role in ("change", "value") and prev.partner is None and ql.role != prev.role \
                        and len(prev.qs) == len(ql.qs) and self.pairs(ql.gap, prev.qs[-1].end) \
                        and not (ql.qs[-1].unit is None and re.search(r"\band\b", ql.gap)
                                 and re.match(r"\s+[a-z]+s\b", self.text[ql.qs[-1].end:])):
                    # (not "raised prices by 8 percent and cut 150 jobs": a count of its own noun)
                    ql.partner = prev
            if i and ql.gap.strip() == "(" and ql.role == "value":
                ql.role = "convert"
        return out

    def pairs(self, gap: str, at: int) -> bool:
        """Does ``gap`` join two lists into one fact ("..., an increase of", " to ", ", up ")?"""
        gap = re.sub(r"\([^)]*\)", " ", gap)
        if "," in gap:  # what precedes the comma may only name the count: "355,000 patents last year,"
            head, tail = gap.rsplit(",", 1)
            span = self.doc.char_span(at, at + len(head), alignment_mode="contract")
            if span is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
                return False
            if len(head.split()) > 20:
                return False
            gap = tail
        return len(gap) < 60 and PAIR_GAP.match(gap) is not None

    def role(self, ql: QList, a: int) -> None:
        q = ql.qs[0]
        left = self.text[max(a, q.start - 60):q.start]
        right = self.text[ql.qs[-1].end:ql.qs[-1].end + 40]
        right = re.sub(r"^[\s,]*respectively", "", right)
        if BASE_CUE.search(left) or (re.search(r"\bfrom\s*$", left) and q.start > a and self.text[a:q.start].strip()
                                     and re.match(r"\s*(?:(?:in|for) \d{4}\s*)?to\b", right)) \
                or (re.search(r"\bfrom\s*$", left) and BASE_YEAR.match(right)):
            ql.role = "base"
            return
        if q.unit == "percent" and SHARE_BEFORE.search(left):  # "made up 18 percent" is no rise
            ql.role = "share"
            return
        m = CHANGE_NOUN.search(left) or CHANGE_BEFORE.search(left)
        if m and not re.search(r"\b(to|from)\s*$", left):
            ql.role = "change"
            ql.sign = -1 if m.group(1).lower() in DOWN else 1
            return
        m = LIFT_BEFORE.search(left)
        if m and q.unit == "percent" and re.match(r"\s*(?:to\b|,|\.|$|in\b|from\b|on\b|and\b|while\b)", right):
            ql.role = "change"  # "lifted sales 9% to ...", "cut costs 5%"
            ql.sign = -1 if m.group(1).lower() in DOWN or m.group(1).lower()[:4] in ("trim", "slas") else 1
            return
        m = CHANGE_AFTER.match(right)
        if m and not re.search(r"\b(to|from|at|of|was|were|reached)\s*$", left.rstrip(" ,")) or \
                (m and re.search(r",\s*(an?\s+)?$", left)):
            ql.role = "change"
            ql.sign = -1 if m.group(1).lower() in DOWN else 1
            return
        if q.unit == "percent" and (SHARE_BEFORE.search(left) or (
                re.search(r",\s*$", left) and re.match(r"\s*of\s+(?:the|its|their)\s+(?:\w+\s+)?(?:total|market)\b", right))):
            ql.role = "share"

    # -- one list -> observations -------------------------------------------------
    def read_list(self, sent, ql: QList, lists, years, abouts, a: int, b: int) -> list[Observation]:
        k = lists.index(ql)
        host = lists[k - 1] if ql.role in ("convert", "share") and k else None  # the list it restates
        if ql.partner is not None or ql.role == "base":
            return []  # read together with its partner list, below; a base is no fact
        if ql.role == "change" and re.search(r"\([^()]*$", self.text[a:ql.qs[0].start]):
            return []  # "exports to X (up 9.1%) and Y (up 3.2%) offset ...": an aside on the noun before
        if self.text[max(a, ql.qs[0].start - 30):ql.qs[0].start].rstrip().endswith(("with", "at")) and \
                re.search(r"\bfollowed\s+by\s+[^,;]+?\s+(?:with|at)\s*$", self.text[a:ql.qs[0].start]) and \
                not (k and lists[k - 1].frame):
            return []  # "followed by Y with N" goes with the figure before it
        with_at = WITH_AT.search(self.text[max(a, ql.qs[0].start - 80):ql.qs[0].start])
        own = self.frame(sent, ql, abouts, a, b) if ql.role == "share" else None
        if own and own.get("share"):  # "..., and Jiuquan accounted for 60 percent of it": its own entity
            frame = own
        elif ql.role in ("convert", "share") and host is not None and host.frame:
            frame = dict(host.frame)
            if ql.role == "share":
                rest = re.match(r"\s*of\s+(?:the\s+)?([\w\s-]+?)(?=[,.;)]|$)", self.text[ql.qs[-1].end:b])
                whole = rest.group(1).strip() if rest else "total"
                frame["indicators"] = [f"share of {i}" if ANAPHOR.fullmatch(whole.lower()) else f"{i} share of {whole}"
                                       for i in frame["indicators"]]
        elif with_at and k > 0 and lists[k - 1].frame:
            frame = dict(lists[k - 1].frame)
            base = max(a, ql.qs[0].start - 80)
            g = "who" if with_at.group("who") else "next"  # "..., followed by Y with 5.2 million tonnes"
            who = self.mentions_in(base + with_at.start(g), base + with_at.end(g))
            if not who:
                return []
            frame["abouts"] = who[:1]
        else:
            frame = self.frame(sent, ql, abouts, a, b)
        if not frame:
            return []
        ql.frame = frame
        other = next((c for c in lists if c.partner is ql), None)
        n = len(ql.qs)
        indicators = [self.that_of(i) for i in frame["indicators"]]
        ents = frame["abouts"]
        if len(indicators) != n:
            indicators = indicators[:1] * n
        if not ents or not indicators:
            return []
        if len(ents) != n:
            ents = ents[:1] * n
        out = []
        for i, q in enumerate(ql.qs):
            if ents[i] is None:
                continue
            ob = Observation(about=ents[i], indicator=indicators[i], evidence=None)
            unit = q.unit or frame.get("unit")
            if ql.role == "change":
                ob.change, ob.change_unit = ql.sign_of(i) * q.value, unit
            else:
                ob.value, ob.unit = q.value, unit
            ob.qualifier = q.qualifier
            start, end = q.start, q.end
            if other is not None:
                c = other.qs[i]
                if other.role == "change":
                    ob.change, ob.change_unit = other.sign_of(i) * c.value, c.unit or frame.get("unit")
                else:
                    ob.value, ob.unit = c.value, c.unit or frame.get("unit")
                    ob.qualifier = c.qualifier or ob.qualifier
                if c.qualifier and not ob.qualifier:
                    ob.qualifier = c.qualifier
                end = c.end
            ob.year = frame.get("year") or self.year_for(q, years, ob.change is not None, a, b)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            ob.evidence = self.evidence(span, frame.get("confidence", 0.8))
            out.append(ob)
        return out

    def that_of(self, indicator: str) -> str:
        """ "the added value of A was N; that of B was M": B's is the added value the text just gave."""
        m = re.match(r"(?:that|those) of (.+)", indicator)
        last = next((o.indicator for o in reversed(self.facts.observations) if " of " in o.indicator
                     and not o.indicator.startswith(("that of", "those of", "share of"))), None)
        if m is None or last is None:
            return indicator
        return f"{last.split(' of ')[0]} of {m.group(1)}"

    def base_observations(self, ql: QList, lists, k: int, b: int) -> list[Observation]:
        """ "rose to 68,000 tonnes, from 52,000 tonnes in 2023": the compared number, with its own year."""
        host = next((lists[j] for j in list(range(k - 1, -1, -1)) + list(range(k + 1, len(lists)))
                     if lists[j].role in ("value", "change", "share") and lists[j].obs and len(lists[j].obs) == len(ql.qs)), None)
        if host is None:
            return []
        rest = self.text[ql.qs[-1].end:b]
        said = re.match(r"\s*([a-z]+)", rest)  # "from 7 exabytes a year earlier": the counted word first
        if said and host.obs[0].unit == said.group(1) and not ql.qs[-1].unit:
            rest = rest[said.end():]
        when = BASE_YEAR.match(rest)
        out = []
        for q, main in zip(ql.qs, host.obs):
            if when is None or main.value is None:
                continue
            year = int(when.group("year")) if when.group("year") else (main.year - 1 if main.year else None)
            if year is None or year == main.year:
                continue
            unit = q.unit or main.unit
            if main.unit and main.unit.startswith(f"{unit} per "):
                unit = main.unit  # "$2.04 a kg ... from $2.31 a year earlier": the same per-kg price
            if unit != main.unit:
                continue
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            ob = Observation(about=main.about, indicator=main.indicator, value=q.value, unit=unit, year=year,
                             qualifier=q.qualifier, evidence=self.evidence(span, 0.7))
            out.append(ob)
        return out

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        out = []
        if span is None:
            return out
        for t in span:
            m = self.mention_of(t)
            if m is not None and m not in out:
                out.append(m)
        return out

    # -- the clause of a list: indicator and entity ---------------------------------
    def frame(self, sent, ql: QList, abouts, a: int, b: int) -> dict | None:
        found = self.clause_frame(sent, ql, abouts, a, b)
        past = PAST_BASE.search(self.text[a:ql.qs[0].start])
        if found and past and self.doc_year:  # "from last year's 142 billion won": a fact of that year
            found["year"] = int(past.group(1)[:4]) if past.group(1)[0].isdigit() else self.doc_year - 1
        return found

    def clause_frame(self, sent, ql: QList, abouts, a: int, b: int) -> dict | None:
        q = ql.qs[0]
        span = self.doc.char_span(q.num_start, q.end, alignment_mode="expand")
        if span is None:
            return None
        num = span[0]
        head = unit_head(span)
        path = [num]
        t = num
        while (not is_verb(t) or span.start <= t.i < span.end) and t.head.i != t.i:  # ("won" read as a verb)
            t = t.head
            path.append(t)
        verb = t
        past = PAST_BASE.search(self.text[a:q.start])
        if verb.lemma_ in FORECAST_VERBS and not past:
            return None  # "expects full-year revenue of 25 billion": a forecast, not a figure
        if is_verb(verb) and not (asserted(verb) and not hoped(verb)) and not self.capacity_modal(verb) and not past:
            return None  # "is expected to spend", "does not plan to raise" (but "could double from last year's X": X is)
        in_path = {x.i for x in path}
        n = len(ql.qs)
        counted = counted_noun(span, q)
        final = ql.qs[-1]
        if counted is None and n > 1 and q.unit is None and final.unit is None:  # "12.7 million, 6.8 million and 4.1 million visits"
            tail = self.doc.char_span(final.num_start, final.end, alignment_mode="expand")
            counted = counted_noun(tail, final) if tail is not None else None
        unit = None

        # the noun phrase that names the measure, and where the entity may be
        np_tokens, subj_tokens = None, self.subject(verb)
        self.rel_owner = None  # "a plant that makes 3,000 arms": the antecedent is the entity
        if verb.dep_ == "relcl" and len(subj_tokens) == 1 and subj_tokens[0].tag_ in ("WDT", "WP"):
            self.rel_owner = self.antecedent(verb.head)
            if self.rel_owner is None:
                return None
            subj_tokens = []
        share_verb = verb.lemma_ in SHARE_VERBS or (verb.lemma_ == "make" and any(c.lower_ == "up" for c in verb.children))
        if q.unit == "percent" and subj_tokens and share_verb and not any(x.i in in_path for x in subj_tokens):
            subj_ind = self.clean(subj_tokens)
            if all(t.lower_ in GROUP_NOUNS for t in subj_ind["tokens"]):  # "the cities of X and Y contributed"
                return self.share_frame(verb, num, dict(subj_ind, text="", tokens=[]), sent, abouts, n, a, b)
            segment = self.segment(subj_tokens)
            if segment:  # "Digital printing made up 18 percent of that volume"
                return self.share_frame(verb, num, subj_ind, sent, abouts, n, a, b, segment=segment)
        spec = next((x for x in path if x.dep_ == "appos" and self.facts and any(
            m.cls == "Product" for m in self.mentions_any(x.head))), None)
        if spec is not None:
            return None  # "unveiled the X-280, a 280 ampere-hour cell": a product's spec, not its maker's figure
        if q.unit == "percent" and ql.role != "change":
            found = self.percent_frame(verb, head, subj_tokens, sent, abouts, n, a, b)
            if found:
                return found
        if q.unit == "percent" and self.rel_owner is not None and share_verb:
            return self.share_frame(verb, num, None, sent, abouts, n, a, b)  # "..., which took 62 percent of sales"
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i not in in_path), None)
        if any(x.like_num and any(c.lower_ == "of" and c.i in in_path for c in x.children) for x in path[1:]):
            obj = None  # the whole of a part: "300 of the village's 540 households run shops" -> households
        worth = next((x for x in path[1:] if x.lower_ in WORTH and x.head.pos_ == "NOUN" and x.head.i != num.i), None)
        of_obj = None if worth is not None else next((x for x in path[1:] if (x.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "appos", "conj")
                                               or (x.dep_ == "pobj" and x.head.lower_ in ("with", "of")))
                       and not x.like_num  # "300 of the 540 households": a part, not a measure
                       and any(c.dep_ == "prep" and c.lower_ == "of" and c.i in in_path for c in x.children)), None)
        if of_obj is not None and of_obj.dep_ == "pobj" and of_obj.head.lower_ == "with":  # "a plant with an annual capacity of 20,000 tonnes"
            of_pp = next(c for c in of_obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i in in_path)
            ind = self.clean([x for x in of_obj.subtree if x.i < of_pp.i])
            holder = of_obj.head.head
            owner = self.facility_owner(holder) if holder.pos_ in ("NOUN", "PROPN") else None
            if owner is None and holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN"):
                owner = self.facility_owner(holder.head)  # "a plant built by X with an investment of N": X
            if owner is None and ind["text"]:  # "signed 36 projects with a combined investment of N": the signer
                found = self.entities(None, sent, verb, abouts, 1, a, b)
                owner = found[0] if found else None
            if not ind["text"] or owner is None:
                return None
            return {"indicators": [ind["text"]] * n, "abouts": [owner] * n, "unit": None, "confidence": 0.7}
        if of_obj is not None:  # "an investment scale of over 100 billion yuan", "growth rates of 5.2 percent"
            of_pp = next(c for c in of_obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i in in_path)
            np_tokens = [x for x in of_obj.subtree if x.i < of_pp.i]
            if head.lower_ in ("percent", "%") and of_obj.i > num.i:  # "22 percent of X's components"
                np_tokens = None
        if np_tokens is None and worth is not None and q.unit in CURRENCIES:  # "a contract worth $560 million"
            noun = worth.head
            main = noun
            while not is_verb(main) and main.head.i != main.i:
                main = main.head
            counted_ = any(c.dep_ == "nummod" or c.like_num for c in noun.children)
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            goods = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if goods is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and any(
                    x.like_num for x in noun.head.head.subtree if x.i < noun.head.head.i):
                goods, counted_ = noun, True  # "7.8 million tonnes of rice worth $4.6 billion"
            if goods is not None and counted_ and is_verb(main):
                # "exported 7.8 million tonnes of rice worth $4.6 billion": the value of the rice exports
                what = self.clean([x for x in goods.subtree if x.i <= goods.i])["text"]
                if what:
                    return {"indicators": [f"{what} {NOMINAL.get(main.lemma_) or participle(main)} value"] * n,
                            "unit": None, "confidence": 0.7,
                            "abouts": self.entities(None, sent, main, abouts, n, a, b) or []}
            if counted_:
                return None
            ind = self.clean([x for x in noun.lefts if x.dep_ in ("compound", "amod", "poss", "case")] + [noun])
            main = noun
            while not is_verb(main) and main.head.i != main.i:
                main = main.head
            if ind["text"]:
                return {"indicators": [ind["text"]] * n, "unit": None, "confidence": 0.75,
                        "abouts": self.entities(ind, sent, main, abouts, n, a, b) or []}
        for_obj = next((x for x in path[1:] if x.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and x.pos_ == "NOUN"
                        and any(c.dep_ == "prep" and c.lower_ == "for" and c.i in in_path for c in x.children)), None)
        if np_tokens is None and for_obj is not None and q.unit not in CURRENCIES and q.unit != "percent":
            np_tokens = [x for x in for_obj.subtree if x.i <= for_obj.i]  # "received orders for 320 units": orders
        level = next((x for x in path if x.dep_ == "prep" and x.lower_ in ("at", "with") and x.head.i == verb.i), None)
        if np_tokens is None and level is not None and counted is None and q.unit:
            field_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < level.i), None)
            inside = [x for x in field_.subtree if x.i != field_.i] if field_ is not None else []
            if inside and not any(self.mention_of(x) or YEAR.fullmatch(x.text) for x in inside):
                np_tokens = inside  # "led the country in grain output with 56.6 million tonnes"
            elif obj is not None and obj.i < level.i:
                np_tokens = list(obj.subtree)  # "posted the fastest growth at 7.1 percent"
        if np_tokens is None and obj is not None and (any(x.dep_ == "prep" and x.lower_ not in LOC_PREPS - {"of"}
                                                          for x in path) or (
                ql.role == "change" and obj.i < num.i and obj.pos_ == "NOUN")):
            np_tokens = list(obj.subtree)  # "cutting its steel production from ... to ..."
        if np_tokens is None and head.lower_ in ("percent", "%") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children) and head.i not in {x.i for x in subj_tokens}:
            of = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
            np_tokens = [x for x in of.subtree if x.i != of.i]
            ind = self.clean(np_tokens)
            if not ind["text"]:
                return None
            return {"indicators": [f"share of {ind['text']}"] * n,
                    "abouts": self.entities(ind, sent, verb, abouts, n, a, b) or [], "unit": None, "confidence": 0.6}
        subj_ind = self.clean(subj_tokens) if subj_tokens else None
        subj_free = bool(subj_tokens) and not any(x.i in in_path for x in subj_tokens)
        if subj_free and subj_ind["text"] and all(t.pos_ == "PROPN" or t.is_punct for t in subj_ind["tokens"]):
            return None  # "Huashan Heavy Truck sold ...": an entity the text did not resolve
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if (np_tokens is None and q.unit in CURRENCIES and nxt is not None and nxt.pos_ == "NOUN"
                and any(t.head.i == nxt.i for t in span)):
            np_tokens = [nxt]  # "received a 310 million zloty grant": money naming its own noun
        nn = self.doc[span.end + 1] if span.end + 1 < len(self.doc) else None
        if (np_tokens is None and q.unit in CURRENCIES and nxt is not None and nxt.lower_ == "in"
                and nn is not None and nn.lower_ in MEASURES):
            np_tokens = [nn]  # "the group's 1.46 billion yuan in sales"
        root = next((t for t in subj_tokens if t.head.i == verb.i), None)
        actor = (counted is not None and counted.tag_ == "NNS" and counted.dep_ == "dobj" and counted.head.i == verb.i
                 and is_verb(verb) and verb.lemma_ not in LIGHT_VERBS and verb.lower_ not in UP | DOWN and subj_free
                 and root is not None and root.pos_ == "NOUN" and self.mention_of(root) is None
                 and root.lemma_.lower() not in MEASURES)  # "Shipyards in X delivered 46 vessels": vessels delivered
        if np_tokens is None and subj_free and subj_ind["text"] and ql.role != "change" and not actor:
            made = self.made_goods(verb, counted if counted is not None else head, subj_tokens)
            if made:  # "the region's sawmills processed 4 million cubic meters of timber" -> timber processed
                said = counted.lower_ if q.unit is None and counted is not None and counted.tag_ == "NNS" else None
                return {"indicators": [made] * n, "unit": said, "confidence": 0.75,
                        "abouts": self.entities(subj_ind, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None and subj_free and subj_ind["text"] and not actor:
            names = [t for t in subj_tokens if t.pos_ == "PROPN" and t.dep_ == "appos" and not self.mentions_any(t)]
            if names and not subj_ind["poss"] and not subj_ind["places"]:
                return None  # "the variety Guida 36 covers 2.1 million mu": a named thing the text did not resolve
            np_tokens = subj_tokens
        subj_is_entity = subj_free and not subj_ind["text"]
        if q.unit is None and counted is not None and counted.tag_ == "NNS":
            unit = counted.lower_
        if np_tokens is None and counted is not None:  # "355,000 patents", "15,000 people have applied for ..."
            np_tokens = [x for x in counted.subtree if span[-1].i < x.i <= counted.i
                         or (x.i == counted.i and q.unit == "people")]
            if counted.i != span[-1].head.i:  # "300 of the village's 540 households": just the noun
                np_tokens = [x for x in counted.lefts if x.dep_ in ("compound", "amod")] + [counted]
            words = " ".join(x.text.lower() for x in np_tokens if not x.is_punct) or counted.text.lower()
            if q.unit == "people" and counted.dep_ in ("nsubj", "nsubjpass") and counted.head.i == verb.i:
                tail = [x for c in verb.children if c.dep_ in ("prep", "dobj") and c.i > verb.i for x in c.subtree]
                words = " ".join([words, verb.text] + [x.text for x in self.clean(tail)["tokens"]])
            elif verb.lemma_ not in LIGHT_VERBS and counted.dep_ in ("dobj",) and is_verb(verb):
                words = f"{words} {verb.text}" if verb.tag_ == "VBN" or verb.tag_ == "VBD" else words
            return {"indicators": [words] * n, "unit": unit, "confidence": 0.75,
                    "abouts": self.entities(subj_ind, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None and subj_is_entity:  # "Beijing facilitated 84.37 billion yuan in technology transfers"
            last = self.doc.char_span(ql.qs[-1].num_start, ql.qs[-1].end, alignment_mode="expand") if n > 1 else None
            heads = [head] + ([unit_head(last)] if last is not None else [])  # "$1.9 billion and $860 million of FDI"
            pp = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > h.i),
                      None) \
                or next((c for c in list(head.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ == "in"
                         and c.i > head.i and not any(YEAR.fullmatch(x.text) or PERIOD.fullmatch(x.lower_)
                                                      for x in c.subtree)), None)
            if pp is not None:
                obj_ = next((c for c in pp.children if c.dep_ == "pobj"), None)
                own = [x for x in obj_.subtree if x.i <= obj_.i] if obj_ is not None and pp.lower_ == "of" else None
                words = self.clean(own or [x for x in pp.subtree if x.i != pp.i])["text"]  # not "rice worth $X"
                if words and pp.lower_ == "of" and verb.lemma_ in ("export", "import", "sell", "produce"):
                    words = f"{words} {NOMINAL[verb.lemma_]}"  # "exported 11,400 tonnes of tea" -> tea exports
            if pp is None or not words:  # ("invest RM2 billion ... in Sabah": a place is no measure)
                words = NOMINAL.get(verb.lemma_, verb.lemma_ if is_verb(verb) and verb.lemma_ not in LIGHT_VERBS else "")
                subj_ents = self.refs(subj_ind["poss"], 1, abouts) if subj_ind else None
                if ql.role == "change" and verb.lower_ in UP | DOWN and subj_ents and subj_ents[0].cls in PLACE_CLASSES:
                    words = "economy"
            if not words:
                return None
            return {"indicators": [words] * n, "unit": None, "confidence": 0.7,
                    "abouts": self.entities(subj_ind, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None and self.rel_owner is not None and is_verb(verb) and verb.lemma_ not in LIGHT_VERBS:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
            words = self.clean([x for x in of.subtree if x.i != of.i])["text"] if of is not None else ""
            if not words and q.unit:
                said = head.lower_ if head.pos_ == "NOUN" and head.is_alpha else plural(q.unit)  # the text's word
                words = NOMINAL.get(verb.lemma_) or f"{said} {participle(verb)}"
            if not words:
                return None
            return {"indicators": [words] * n, "abouts": [self.rel_owner] * n, "unit": None, "confidence": 0.7}
        if np_tokens is None and not subj_tokens and ql.role != "change":  # a parse with no subject
            made = self.made_goods(verb, head, [])
            if made:  # "..., the plant can melt 3,000 tonnes of raw sugar a day" -> raw sugar melted
                return {"indicators": [made] * n, "unit": None, "confidence": 0.7,
                        "abouts": self.entities(None, sent, verb, abouts, n, a, b) or []}
        if np_tokens is None:
            return None
        ind = self.clean(np_tokens)
        if not ind["text"]:
            return None
        indicators = self.distribute(ind, n)
        if ql.role == "change":
            indicators = [CHANGE_SUFFIX.sub("", i).strip() or i for i in indicators]
        if "index" in ind["text"].split()[-1:] and q.unit is None:
            unit = "index point"
        ents = self.entities(ind, sent, verb, abouts, n, a, b,
                             subject=self.clean(subj_tokens) if subj_tokens and np_tokens is not subj_tokens else None)
        if not ents:
            return None
        return {"indicators": indicators, "abouts": ents, "unit": unit, "confidence": 0.8}

    def phrase(self, toks) -> str:
        """The text of a run of tokens, without a leading article: "of the mine's operator" -> "of mine's operator"."""
        if not toks:
            return ""
        words = [x for x in self.doc[toks[0].i:toks[-1].i + 1] if not (x.dep_ == "det" and x.lower_ in ("the", "a", "an"))]
        return "".join(x.text_with_ws for x in words).strip()

    def mentions_any(self, tok) -> list[Mention]:
        """Mentions of any class covering a token."""
        return [m for m in self.facts.mentions if m.start <= tok.idx < m.end]

    def percent_frame(self, verb, head, subj_tokens, sent, abouts, n, a, b) -> dict | None:
        """ "holds a 35 percent share of X" / "a 20% stake in X": the holder's share; "62 percent of
        Uganda's coffee exports went to Europe": a share of the owner's flow, with where it went."""
        noun = head.head if head.dep_ in ("compound", "amod", "nmod", "nummod") else None
        if noun is not None and noun.lemma_.lower() in ("share", "stake", "holding", "interest") and noun.i > head.i:
            pp = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
            whole = self.phrase(list(pp.subtree)) if pp is not None else ""
            ents = self.entity_np(subj_tokens, n, abouts) if subj_tokens else None
            ents = ents or ([self.rel_owner] * n if self.rel_owner is not None else None)
            if not ents:
                return None
            return {"indicators": [f"{noun.lemma_.lower()} {whole}".strip()] * n, "abouts": ents, "unit": None,
                    "confidence": 0.7}
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if verb.lemma_ in ("own", "hold", "control", "acquire", "buy", "purchase") and head.dep_ == "dobj" \
                and of is not None and subj_tokens:  # "X owns 40 percent of Y": X's stake in Y
            ents = self.entity_np(subj_tokens, n, abouts)
            whole = self.phrase([x for x in of.subtree if x.i != of.i])
            if ents:
                return {"indicators": [f"stake in {whole}"] * n, "abouts": ents, "unit": None, "confidence": 0.7}
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i and is_verb(verb):
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            whole = self.clean([x for x in of.subtree if x.i != of.i]) if of is not None else None
            pointed = of is not None and [x.lower_ for x in of.subtree if x.i != of.i] in (["it"], ["them"], ["this"],
                                                                                          ["that"])
            attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
            last = next((o for o in reversed(self.facts.observations) if o.value is not None
                         and not o.indicator.startswith("share of")), None)
            if pointed and attr is not None and last is not None:  # "85 percent of it is intelligent computing"
                part = self.clean([x for x in attr.subtree if not (x.dep_ in ("acl", "relcl") and x.head.i == attr.i)
                                   and not any(y.dep_ in ("acl", "relcl") and y.head.i == attr.i and x in y.subtree
                                               for y in attr.children)])["text"]
                if part:
                    return {"indicators": [f"{part} share of {last.indicator}"] * n, "abouts": [last.about] * n,
                            "unit": None, "confidence": 0.7}
            if not whole or not whole["text"]:
                return None
            words = f"share of {whole['text']}"
            dest = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from")), None)
            obj = next((c for c in dest.children if c.dep_ == "pobj"), None) if dest is not None else None
            if obj is not None:
                words += f" {dest.lower_} {' '.join(x.text for x in obj.subtree if x.dep_ != 'det')}"
            where = self.refs(list(obj.subtree), n, abouts) if obj is not None else None
            ents = self.refs(whole["poss"], n, abouts) or self.refs(whole["places"], n, abouts) or where \
                or (None if whole["poss"] else self.entities(None, sent, verb, abouts, n, a, b))
            if not ents:  # an owner that is no entity ("the V5's parts") is not the last firm named
                return None
            return {"indicators": [words] * n, "abouts": ents, "unit": None, "confidence": 0.7}
        return None

    def made_goods(self, verb, head, subj_tokens) -> str | None:
        """What producers (a plural noun, not a measure; or a subject the parse lost or misread as a
        fronted participle) made of a good:
        "<good> <verb>ed"."""
        root = next((t for t in subj_tokens if t.head.i == verb.i), None)
        named = root is not None and root.pos_ == "NOUN" and any(  # "Its largest exporter, X Co., shipped ..."
            c.dep_ in ("appos", "nsubj") and self.mention_of(c) is not None and self.mention_of(c).cls in ORG_CLASSES
            for c in list(root.children) + [x for x in verb.children if x.dep_ == "nsubj" and x.i != root.i])
        named = named or (root is not None and root.tag_ == "NN" and len(subj_tokens) == 2
                          and subj_tokens[0].lower_ == "the" and self.named_kind(root) is not None)  # "The cluster consumed"
        if subj_tokens and not named and (root is None or root.tag_ != "NNS" or root.lemma_.lower() in MEASURES
                            or self.mention_of(root) is not None) and not (root is not None and root.pos_ == "VERB"):
            return None
        if not is_verb(verb) or verb.lemma_ in LIGHT_VERBS or verb.lower_ in UP | DOWN:
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        good = self.clean([x for x in obj.subtree if x.i <= obj.i])["text"] if obj is not None else ""  # its own words
        if not good:
            return None
        return f"{good} {NOMINAL.get(verb.lemma_) or participle(verb)}"

    def capacity_modal(self, verb) -> bool:
        """ "can make 3,000 arms", "will employ 900 people": what a facility is built to do is a fact."""
        v = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) else verb
        auxes = [c.lower_ for c in v.children if c.dep_ == "aux"]
        reported = v.dep_ == "ccomp" and v.head.lemma_ in ("say", "announce", "state", "tell")  # "said it would invest"
        if any(c.dep_ == "neg" for c in v.children) or not set(auxes) & {"can", "will", "'ll", "would"}:
            return False
        if "can" in auxes:
            return True
        return verb.lemma_ in CAPACITY_VERBS and all(x in ("will", "'ll") or (x == "would" and reported) for x in auxes)

    def segment(self, subj_tokens) -> str:
        """A subject that names a part of a whole, not an entity ("digital printing", "exports of tea"):
        common nouns, no possessor, no place; an organisation's name as a modifier counts as a word."""
        if any(t.tag_ in ("POS", "PRP$") or (self.mention_of(t) is not None and self.mention_of(t).cls in PLACE_CLASSES)
               for t in subj_tokens):
            return ""
        root = next((t for t in subj_tokens if t.head.i not in {x.i for x in subj_tokens}), None)
        if root is None or root.pos_ != "NOUN" or self.mention_of(root) is not None:
            return ""
        words = [t.text for t in subj_tokens if t.dep_ != "det" and not t.is_punct and not t.is_space]
        return " ".join(words)

    def share_frame(self, verb, num, subj_ind, sent, abouts, n, a, b, segment: str = "") -> dict | None:
        """ "Coahuila and Nuevo Leon accounted for 21% and 17% of that total": each one's share of a whole;
        "Digital printing made up 18% of that volume": a part's share, about the whole's owner."""
        of = next((t for t in verb.subtree if t.i > num.i and t.lower_ == "of" and t.dep_ == "prep"), None)
        whole = self.clean([x for x in of.subtree if x.i != of.i]) if of is not None else None
        words = whole["text"] if whole else ""
        last = None
        pointed = of is not None and any(t.dep_ == "det" and t.lower_ in ("that", "this", "these", "those")
                                         for t in of.subtree)  # "of that volume": the figure just given
        if not words or ANAPHOR.fullmatch(words.lower()) or pointed:
            own = segment and words and ANAPHOR.fullmatch(words.lower())  # "X grew to N, accounting for 31% of the total"
            last = next((o for o in reversed(self.facts.observations) if o.value is not None
                         and not o.indicator.startswith("share of") and not (own and o.evidence.start >= a)), None)
            if last is None:
                return None
            words = last.indicator
        if segment:
            owner = (self.refs(whole["poss"], 1, abouts) or self.refs(whole["places"], 1, abouts)) if whole else None
            near = next((o for o in reversed(self.facts.observations) if o.evidence.start >= a - 400), None)
            last = last or near  # "Langya shipped 21.6 million panels. Panels for X made up 46% of shipments"
            owner = owner[0] if owner else last.about if last is not None else self.focus_entity()
            if owner is None:
                return None
            parts = [segment] * n
            if n > 1:  # "Panels for monitors and notebooks made up 46% and 31%": one part each
                split = self.distribute(self.clean(list(verb.doc[subj_ind["tokens"][0].i:verb.i]))
                                        if subj_ind["tokens"] else subj_ind, n)
                parts = split if len(set(split)) == n else parts
            return {"indicators": [f"{p} share of {words}" for p in parts], "abouts": [owner] * n, "unit": None,
                    "confidence": 0.7, "share": True}
        if subj_ind is None:  # a relative clause: its antecedent, or the antecedents in a respective list
            ant = verb.head  # "buyers in X and Y, which took ...": the places of the antecedent
            if self.mention_of(ant) is None:
                ant = next((x for c in ant.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"), ant)
            ants = [self.mention_of(t) for t in [ant] + list(ant.conjuncts)]
            ents = ants if n > 1 and len(ants) == n and all(ants) else [self.rel_owner] * n
            return {"indicators": [f"share of {words}"] * n, "abouts": ents, "unit": None, "confidence": 0.7,
                    "share": True}
        ents = self.entities(subj_ind, sent, verb, abouts, n, a, b)
        return {"indicators": [f"share of {words}"] * n, "abouts": ents or [], "unit": None, "confidence": 0.7,
                "share": True}

    def subject(self, verb) -> list:
        """The tokens of the verb's subject; for participles, the noun they modify."""
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            if subj:
                lo = min(c.left_edge.i for c in subj)
                hi = max(c.right_edge.i for c in subj)
                hi = min(hi, v.i - 1) if hi >= v.i else hi
                toks = [t for t in self.doc[lo:hi + 1] if not (t.dep_ in ("aux", "auxpass", "neg") and t.head.i == v.i)]
                return toks
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "NUM"):
                np = v.head
                while np.dep_ == "conj" or (np.dep_ == "pobj" and np.head.lower_ == "of"):
                    np = np.head if np.dep_ == "conj" else np.head.head
                return list(self.doc[np.left_edge.i:v.i])
            lost = next((x for c in v.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < v.i
                         for x in c.subtree if x.dep_ == "appos" and x.right_edge.i == v.i - 1
                         and self.doc[x.left_edge.i - 1].text == ","), None)
            if lost is not None:  # "According to X, the output of Y reached N": the parse hung the subject on X
                return list(self.doc[lost.left_edge.i:v.i])
            if v.dep_ == "ccomp" and v.head.lower_ == "added" and v.head.i < v.i and any(
                    c.dep_ == "nsubj" and c.lower_ == "value" for c in v.head.children):
                # "Value added of X in Y grew 9 percent" parsed as "Value added ...": the noun phrase is the subject
                first = next(c for c in v.head.children if c.dep_ == "nsubj")
                return [t for t in self.doc[first.left_edge.i:v.i] if not t.is_punct or t.text in "-&/"]
            if v.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp") and v.head.i != v.i:
                v = v.head
                while not is_verb(v) and v.head.i != v.i:
                    v = v.head
                continue
            break
        return []

    def clean(self, tokens) -> dict:
        """Split a noun phrase into the measure's words, its possessor and trailing places."""
        ids = {t.i for t in tokens}
        drop = set()
        acl_places = []
        for t in tokens:
            if t.lower_ in ("year", "month", "week", "quarter") and any(
                    c.dep_ == "det" and c.lower_ in ("this", "last", "next") for c in t.children):
                drop.update(x.i for x in t.subtree)  # "orders this year": a time, not the measure
            if t.dep_ in ("acl", "relcl") and t.head.i in ids and not (t.lower_ == "added" and t.head.lower_ == "value") and (
                    any(x.i in self.tok_mention for x in t.subtree) or self.doc[t.left_edge.i - 1].text == ","):
                drop.update(x.i for x in t.subtree)
                if t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") and self.doc[t.left_edge.i - 1].text != ",":
                    acl_places += [x for x in t.subtree if self.mention_of(x) is not None]  # "tourists visiting X"
            if t.dep_ == "prep" and t.lower_ in ("including", "like", "along", "alongside", "near", "beside", "off") \
                    and t.head.i in ids:
                drop.update(x.i for x in t.subtree)  # "9,000 companies, including X": examples, not the owner;
                if t.lower_ not in ("including", "like"):  # "shipyards along the X River in Y": a landmark; Y is
                    acl_places += [x for x in t.subtree if x.dep_ == "pobj" and x.head.lower_ == "in"
                                   and x.head.i != t.i and self.mention_of(x) is not None]
            if (t.dep_ == "appos" and t.head.i in ids and self.mention_of(t) is None) or t.text == "(":
                if t.text == "(":
                    close = next((u.i for u in tokens if u.i > t.i and u.text == ")"), t.i)
                    drop.update(range(t.i, close + 1))
                else:
                    drop.update(x.i for x in t.subtree)
        tokens = [t for t in tokens if not t.is_space and t.i not in drop]
        dash = [k for k, t in enumerate(tokens) if t.text in ("--", "—", "–") and k < len(tokens) - 1]
        if dash and any(t.lower_ in ("reuters", "xinhua", "ap", "afp", "bloomberg") or MONTH_WORD.fullmatch(t.lower_)
                        for t in tokens[:dash[0]]):
            tokens = tokens[dash[0] + 1:]  # "FUZHOU, Jan. 22 (Xinhua) -- Seafood exports": the dateline is no words
        poss, places, words = [], [], []
        cut = None
        for k, t in enumerate(tokens):
            origin = t.lower_ == "from" and any(w.lemma_.lower() in ("export", "shipment", "sale", "output", "production")
                                                for w in tokens[:k])  # "exports from X": X's exports
            if k and (t.lower_ in LOC_PREPS or origin) and self.place_after(tokens[k + 1:]):
                cut = k
                break
        head_part = tokens if cut is None else tokens[:cut]
        places = ([] if cut is None else tokens[cut + 1:]) + acl_places
        # the possessor: tokens up to a possessive marker, or "its" / "whose" / "their"
        end_poss = next((k for k, t in enumerate(head_part) if t.tag_ == "POS" or t.lower_ in ("'s", "’s", "'")), None)
        if end_poss is not None and any(t.dep_ == "prep" for t in head_part[:end_poss]) \
                and self.mention_of(head_part[end_poss - 1]) is None:
            end_poss = None  # "online sales of children's bicycles": a kind of goods, not the owner
        if end_poss is not None:
            poss, head_part = head_part[:end_poss], head_part[end_poss + 1:]
        elif head_part and head_part[0].lower_ in ("its", "their", "whose", "our", "my", "his", "her"):
            poss, head_part = head_part[:1], head_part[1:]
        for t in head_part:
            if t.dep_ == "det" and t.lower_ in ("the", "a", "an", "this", "these", "that", "those", "its", "their") \
                    or t.lower_ in ("respective", '"', "“", "”", "'") or (t.is_punct and t.text not in "-&/.") \
                    or t.tag_ == "JJS":  # "the fastest growth": the measure is the growth
                continue
            if self.mention_of(t) is not None and not self.common_modifier(t) \
                    and not re.match(r"[-–][A-Z]", self.text[self.mention_of(t).end:self.mention_of(t).end + 2]) \
                    and not any(x.dep_ == "prep" and x.i in ids and partner(x) for x in t.ancestors):
                # "exports to Japan", "trade with the EU", "imports from Peru": a partner, not the owner
                poss.append(t)
                continue
            words.append(t)
        if all(t.dep_ in ("cc", "prep", "punct") or t.lower_ in ("and", "or") for t in words):
            words = []
        while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep") or words[-1].lower_ in LOC_PREPS):
            words.pop()
        if is_ref_phrase([t.lower_ for t in words]):
            poss, words = poss + words, []
        text = "".join(w_text(t) + ((t.whitespace_ or (" " if words[k + 1].i != t.i + 1 else ""))
                                    if k < len(words) - 1 else "") for k, t in enumerate(words))
        text = re.sub(r"\s+", " ", text).strip(" ,-")
        return {"text": text, "tokens": words, "poss": poss, "places": places}

    def common_modifier(self, t) -> bool:
        """A capitalised common word taken for a firm, modifying a noun: "High-tech manufacturing grew"."""
        m = self.mention_of(t)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return m.cls in ORG_CLASSES and span is not None and not any(x.pos_ == "PROPN" for x in span) \
            and span.root.dep_ in ("amod", "compound") and span.root.head.i >= span.end \
            and span.root.head.pos_ == "NOUN"

    def place_after(self, rest) -> bool:
        """Does a prepositional object name a place, an organisation, a group or a year?"""
        for t in rest[:8]:
            if t.lower_ in ("the", "a", "an", "its", "their", "all") or t.is_punct:
                continue
            if self.mention_of(t) is not None or YEAR.fullmatch(t.text) or t.lower_ in NUMBER_WORDS \
                    or (t.lower_ in REF_NOUNS and t.dep_ == "pobj"):
                return True
            if (t.lower_ in ("regional", "national", "new", "urban", "fiscal", "financial", "calendar")
                    or DIRECTION.fullmatch(t.lower_)) \
                    and not rest[-1:] == [t]:
                continue
            return False
        return False

    def distribute(self, ind: dict, n: int) -> list[str]:
        """Respective lists over measures: "exports of cars, phones and turbines" -> three indicators."""
        if n < 2:
            return [ind["text"]]
        words = ind["tokens"]
        ids = {t.i for t in words}
        for t in words:
            conj = [c for c in t.conjuncts if c.i in ids]
            if len(conj) == n - 1 and t.i < conj[0].i:
                members = [t] + conj
                owns = [own_tokens(mem, ids) for mem in members]
                lo = min(x.i for o in owns for x in o)
                hi = max(x.i for o in owns for x in o)
                before = [w for w in words if w.i < lo]
                after = [w for w in words if w.i > hi]
                out = []
                for own in owns:
                    text = " ".join(w_text(x) for x in before + own + after)
                    out.append(re.sub(r"\s*-\s*", "-", text))
                return out
        raw = self.doc[words[0].i:words[-1].i + 1].text if words else ""  # with its commas
        for text in (ind["text"], raw):
            m = re.search(r"\b([\w-]+)((?:,\s*[\w-]+)*),?\s+and\s+([\w-]+)\b", text)
            if m:
                items = [m.group(1)] + [x.strip() for x in m.group(2).split(",") if x.strip()] + [m.group(3)]
                if len(items) == n:
                    return [text[:m.start()] + it + text[m.end():] for it in items]
        return [singular_tail(ind["text"], ind["tokens"])] * n

    def entities(self, ind, sent, verb, abouts, n: int, a: int, b: int, subject=None) -> list:
        """The entity (or n entities, for a respective list) the numbers are about."""
        if self.rel_owner is not None:
            return [self.rel_owner] * n
        for source in ([ind] if ind else []) + ([subject] if subject else []):
            for part in ("poss", "places"):
                toks = source[part]
                if not toks:
                    continue
                found = self.refs(toks, n, abouts)
                if found:
                    return found
        # the subject of the clause (or of the clause it hangs on), when it names an entity
        if not is_verb(verb) and self.mention_of(verb) is not None:
            return [self.mention_of(verb)] * n  # a parse without a verb: "Wuhan, ..., recorded GDP of ..."
        found = self.entity_np(self.subject(verb), n, abouts)
        if found:
            return found
        where = next((self.mention_of(x) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "across")
                      for x in c.children if x.dep_ == "pobj" and self.mention_of(x) is not None
                      and self.mention_of(x).cls in PLACE_CLASSES), None) if is_verb(verb) else None
        if where is not None:  # "the tertiary industry grew 5.0 percent in Hunan": the clause's place
            return [where] * n
        if ind and WIDE.search(ind["text"]):  # "province-wide sorghum output": the place in focus
            focus = self.focus_entity()
            if focus is not None:
                return [focus] * n
        if abouts:
            return [abouts[-1]] * n
        root = sent.root
        if a <= root.idx < b:
            for c in root.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    found = self.entity_np(list(c.subtree), n, abouts)
                    if found:
                        return found
        # "In Beijing, ..." at the head of the sentence
        first = self.doc[sent.start]
        if first.lower_ in INTRO_PREPS and is_verb(verb) and not self.subject(verb):
            lost = next((self.mention_of(c) for x in first.children if x.dep_ == "pobj" for c in x.children
                         if c.dep_ == "appos" and self.mention_of(c) is not None
                         and self.mention_of(c).cls in ORG_CLASSES), None)
            if lost is not None:  # "In X Town, the Y Cooperative, set up in 2012, counts 630 members": Y
                return [lost] * n
        if first.lower_ in INTRO_PREPS:
            toks = []
            for t in self.doc[sent.start + 1:sent.end]:
                if t.text == ",":
                    break
                toks.append(t)
            found = self.refs(toks, n, abouts)
            if found:
                return found
        line = self.text[a:b]
        if re.search(r"[\"“]", line) and re.search(r"\b(our|we|us)\b", line, re.I):
            org = self.speaker_org(a, b)
            return [org] * n if org else []
        topic = self.topic_owner(ind, a) if ind else None
        if topic is not None:
            return [topic] * n
        bodies = [m for m in self.mentions_in(a, b) if m.cls == "GovernmentBody"]
        if bodies:  # a figure an official gives: the body's place (else the place in focus), not the last firm
            place = next((p for p in self.facts.mentions if p.cls in PLACE_CLASSES and p.end <= b
                          and re.match(re.escape(p.key_text) + r"\b", bodies[0].text)), None) or self.focus_entity()
            if place is not None:
                return [place] * n
        if self.last_about is not None and self.last_about.cls in ORG_CLASSES:
            return [self.last_about] * n
        focus = self.focus_entity()
        return [focus] * n if focus else []

    def topic_owner(self, ind: dict, before: int) -> Mention | None:
        """Whose measure an unowned one continues: "Thailand's durian exports slumped. Shipments of
        fresh durian fell 31%" -> Thailand (a possessor of a noun the indicator repeats, shortly before)."""
        words = {t.lemma_.lower() for t in ind["tokens"] if t.pos_ in ("NOUN", "PROPN") and len(t.text) > 2}
        if not words:
            return None
        best = None
        for m in self.facts.mentions:
            if m.cls not in ENTITY_CLASSES or not before - 600 <= m.end <= before:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end >= len(self.doc) or self.doc[span.end].tag_ != "POS":
                continue
            owned = span.root.head
            if owned.i == span.root.i or owned.i < span.end or owned.lemma_.lower() not in MEASURES:
                continue
            lemmas = {x.lemma_.lower() for x in owned.subtree if x.i >= span.end and x.pos_ in ("NOUN", "PROPN", "ADJ")}
            if lemmas & words and (best is None or m.start > best.start):
                best = m
        return best

    def entity_np(self, toks, n: int, abouts) -> list | None:
        """The entity a noun phrase names as a whole ("Haier", "the region") or by its possessor."""
        if not toks:
            return None
        c = self.clean(toks)
        if not c["text"]:
            return self.refs(c["poss"] or toks, n, abouts)
        if not c["poss"] and len(toks) == 2 and toks[0].lower_ == "the":  # "the cluster": the name it stands for
            return self.refs(toks, n, abouts)
        return self.refs(c["poss"], n, abouts) if c["poss"] else None

    def focus_entity(self) -> Mention | None:
        """The region in focus, else the place the article names most (if one stands out)."""
        region = self.region_for(None)
        if region is not None:
            return region
        names = Counter(m.key_text for m in self.facts.mentions if m.cls in PLACE_CLASSES - {"Country"})
        top = names.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return next(m for m in self.facts.mentions if m.key_text == top[0][0])
        return None

    def subject_entity(self, sent) -> Mention | None:
        """The one entity a sentence's main clause is about (none for "Beijing, Tianjin and Hebei")."""
        for c in sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not any(x.dep_ == "conj" for x in c.subtree):
                m = self.mention_of(c)
                if m is not None:
                    return m
                for ap in c.children:  # "The biggest, Qiaomama Co., was founded ..."
                    if ap.dep_ == "appos" and self.mention_of(ap) is not None and self.mention_of(ap).cls in ORG_CLASSES:
                        return self.mention_of(ap)
        return None

    def pronoun(self, tok, abouts) -> Mention | None:
        """What "its" / "it" stands for: the clause's own subject ("a factory run by X doubled its
        output"), the last fact's entity, a subject before it, the last sentence's."""
        v = tok
        while not is_verb(v) and v.head.i != v.i:
            v = v.head
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) if is_verb(v) else None
        if subj is not None and subj.pos_ == "NOUN" and subj.i < tok.i:
            own = self.mention_of(subj)
            if own is None:
                own = next((m for c in subj.children if c.dep_ == "acl" for x in c.children if x.dep_ == "agent"
                            for m in (self.refs([y for y in x.subtree if y.i != x.i], 1, []) or [])), None)
            if own is not None:
                return own
        run_by = None  # the parse may miss the subject: "..., a factory run by X doubled its output"
        for run_by in RUN_BY.finditer(self.text, max(0, tok.idx - 150), tok.idx):
            pass
        if run_by is not None and not re.search(r";|\.\s+[A-Z]", self.text[run_by.end():tok.idx]):
            own = next((m for m in self.mentions_in(run_by.end(), tok.idx) if m.cls in ORG_CLASSES), None)
            if own is not None:
                return own
        if abouts:
            return abouts[-1]
        sent = tok.sent
        for t in reversed(self.doc[sent.start:tok.i]):
            m = self.mention_of(t)
            if m is not None and (t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass")):
                return m
        return self.last_about

    def named_speaker_org(self, sent) -> Mention | None:
        """ "..., Luo said": the org of the person the text named before by a fuller name."""
        names = {m.text for m in self.facts.mentions if m.cls == "Person" and sent.start_char <= m.start < sent.end_char}
        names |= {t.text for t in sent if t.pos_ == "PROPN" and t.head.lemma_ == "say" and t.dep_ == "nsubj"}
        for r in self.facts.roles:
            parts = r.person.key_text.split()
            if names & {r.person.key_text, parts[0], parts[-1]}:
                return r.org
        return None

    def speaker_org(self, a: int, b: int) -> Mention | None:
        for r in self.facts.roles:
            if a <= r.person.start < b:
                return r.org
        return None

    def refs(self, toks, n: int, abouts) -> list | None:
        """Entities named by tokens: mentions, "the region", "its", "the three regions"."""
        if not toks:
            return None
        found: list[Mention] = []
        listed = False  # a name in a list ("X and Y"): one found of n is a missed name, not a shared owner
        for t in toks:
            m = self.mention_of(t)
            if m is not None and (re.match(r"[-–][A-Z]", self.text[m.end:m.end + 2])
                                  or re.search(r"[A-Za-z][-–]$", self.text[max(0, m.start - 2):m.start])):
                continue  # "Hong Kong" of "the Hong Kong-Zhuhai-Macao Bridge": part of a longer name
            if m is not None and m not in found:
                found.append(m)
                listed |= any(c.pos_ == "PROPN" and self.mention_of(c) is not m for c in t.conjuncts)
        if found:
            if n == 1 and len(found) > 1:  # "China's Fujian Province": the head, not its possessor
                heads = [self.mention_of(t) for t in toks if self.mention_of(t) is not None and t.dep_ != "poss"
                         and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].tag_ == "POS")
                         and not re.match(r"-?based\b", self.text[self.mention_of(t).end:])]  # "X-based Y": Y
                return heads[:1] or found[:1]
            if n > 1 and len(found) == n:
                return found
            if n > 1 and len(found) != n:
                return [found[0]] * n if len(found) == 1 and not listed else None
            return found[:1]
        words = [t for t in toks if not t.is_punct]
        low = [t.lower_ for t in words]
        # "the three regions" / "both places"
        for k, w in enumerate(low):
            if w in NUMBER_WORDS and k + 1 < len(low) and low[k + 1] in GROUP_NOUNS:
                g = self.group_of(NUMBER_WORDS[w], words[k].idx)
                if n > 1 and g and len(g) == n:
                    return list(g)
                region = self.region_for(words[k])
                return [region] * n if region else None
        if low and low[0] == "whose":  # "X, whose plant runs 120 printers": X
            v = words[0]
            while v.dep_ != "relcl" and v.head.i != v.i:
                v = v.head
            ant = [self.mention_of(x) for x in self.doc[v.head.left_edge.i:v.head.i + 1] if self.mention_of(x)] \
                if v.dep_ == "relcl" else []
            ant = [m for m in ant if m.cls == "Company"] or ant  # "Shaoxing X Printing": the firm, not the city
            return [ant[0]] * n if ant else None
        if low and low[0] in ("our", "we", "us"):  # a quote's "our capacity": the speaker's firm
            sent = words[0].sent
            m = self.speaker_org(sent.start_char, sent.end_char) or self.named_speaker_org(sent) \
                or focus_org(self.facts, words[0])
            return [m] * n if m is not None and m.cls in ORG_CLASSES else None
        if low and low[0] in ("their", "they") and n > 1:  # "X, Y and Z saw their GDP grow by a, b and c"
            same = [g for g in self.groups() if len(g) == n and g[-1].end <= words[0].idx
                    and g[0].start >= words[0].sent.start_char]
            if same:
                return list(same[-1])
        if low and low[0] in ("its", "their", "it", "they"):
            m = self.pronoun(words[0], abouts)
            return [m] * n if m is not None else None
        for k, w in enumerate(low):
            if w in REF_NOUNS and (k == 0 or low[k - 1] in ("the", "this", "that", "new")):
                m = None if w == "region" else self.last_mention(words[k].idx, REF_NOUNS[w], subject=True)
                if m is None and w in ("region", "area"):
                    m = self.region_for(words[k])
                if m is not None:
                    return [m] * n
        if len(low) == 2 and low[0] == "the" and words[1].pos_ == "NOUN" and low[1] not in GROUP_NOUNS:
            m = self.named_kind(words[1])
            if m is not None:
                return [m] * n
        return None

    def named_kind(self, tok) -> Mention | None:
        """ "the cluster" after "the Zhongwei data center cluster": the place or firm that named it."""
        last = None
        pattern = re.compile(r"\b[Tt]he ((?:[A-Z][\w'’-]*\s+)+)(?:[a-z][\w-]*\s+){0,3}" + re.escape(tok.lower_) + r"\b")
        for r in pattern.finditer(self.text, 0, tok.idx):
            last = r
        if last is None:
            return None
        ms = [m for m in self.mentions_in(last.start(1), last.end(1)) if m.cls in PLACE_CLASSES | ORG_CLASSES]
        return ms[0] if len(ms) == 1 else None

    def region_for(self, tok) -> Mention | None:
        """A mention of the region in focus (a new, implied one if the text has none)."""
        region = self.focus_region()
        if not region:
            return None
        existing = next((m for m in self.facts.mentions if region in (m.key_text, m.name)), None)
        if existing is not None:
            return existing
        at = tok.idx if tok is not None else 0
        return self.facts.mention(region, "Region", at, at, name=region)


# -- token helpers -------------------------------------------------------------------------
def is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod")


def aside(tok, q: Quantity, doc) -> bool:
    """Is a year token inside a relative clause that the quantity is not in ("..., founded in 1998, ...")?"""
    if tok is None:
        return False
    num = doc.char_span(q.num_start, q.num_start + 1, alignment_mode="expand")
    counted = num[0].head if num is not None else None
    for anc in tok.ancestors:
        if anc.dep_ in ("relcl", "acl", "appos"):
            if counted is not None and counted in anc.ancestors:  # "86 tons of ore mined in 2024"
                return False
            return not anc.left_edge.idx <= q.num_start <= anc.right_edge.idx
    return False


def hoped(verb) -> bool:
    """Is a verb the goal of a hedge the lemmatiser missed ("hopes to push output past N": lemma "hop")?"""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
        form = tok.lower_
        if any(re.sub(suffix, "", form) in HEDGE_VERBS for suffix in (r"s$", r"es$", r"d$", r"ed$", r"ing$")) \
                or re.sub(r"ing$", "e", form) in HEDGE_VERBS:
            return True
    return False


def partner(prep) -> bool:
    """Does a preposition name a trade partner ("exports to X", "trade with X", "imports from X")?"""
    flow = prep.head.lemma_.lower()
    return (prep.lower_ in ("to", "into") and flow == "export") or (prep.lower_ == "with" and flow == "trade") \
        or (prep.lower_ == "from" and flow in ("import", "purchase"))


def plural(unit: str) -> str:
    return unit if unit.endswith("s") or unit in ("percent", "people") else unit + "s"


def participle(verb) -> str:
    """ "handles" -> "handled": the past participle, by rule (the tagger gives no inflection)."""
    if verb.tag_ in ("VBD", "VBN"):
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):  # "ship" -> "shipped"
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def month_number(name: str) -> int:
    return [m[:3] for m in MONTHS.split("|")].index(name[:3].lower()) + 1


def is_ref_phrase(low: list[str]) -> bool:
    """ "region", "three areas", "new area": words that stand for an entity named elsewhere."""
    if low in (["it"], ["they"]):
        return True
    return 0 < len(low) <= 3 and (low[-1] in REF_NOUNS or low[-1] in GROUP_NOUNS) and all(
        w in NUMBER_WORDS or w in ("new", "whole", "entire", "two", "three") for w in low[:-1])


def own_tokens(mem, ids) -> list:
    """A conjunct's own words: its subtree without the conjuncts, commas and "and" hanging on it."""
    out = []
    for x in mem.subtree:
        if x.i not in ids or x.dep_ in ("cc", "punct"):
            continue
        chain, y = [], x
        while y.i != mem.i:
            chain.append(y)
            y = y.head
        if not any(c.dep_ == "conj" for c in chain):
            out.append(x)
    return sorted(out, key=lambda x: x.i)


def unit_head(span):
    """The token a quantity's words hang on ("percent" in "5.2 percent", else the number)."""
    ids = {t.i for t in span}
    for t in span:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return span[-1]


def counted_noun(span, q: Quantity):
    """The noun a bare count counts ("355,000 patents"), or the people of "15,000 people"."""
    if q.unit == "people":
        return unit_head(span)
    if q.unit is not None:
        return None
    num = span[-1]
    if num.dep_ in ("nummod", "compound", "quantmod") and num.head.i > num.i and num.head.pos_ in ("NOUN", "PROPN"):
        return num.head
    for of in num.children:  # "300 of the village's 540 households": the whole's noun
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of.lower_ == "of" else None
        if whole is not None and whole.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in whole.children):
            return whole
    return None


def w_text(t) -> str:
    return t.text if (t.is_upper or any(c.isdigit() for c in t.text) or t.pos_ == "PROPN") else t.lower_


def singular_tail(text: str, tokens) -> str:
    """ "average PM2.5 concentrations" -> "... concentration": the head noun, when it ends the phrase."""
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), None)
    words = text.split()
    if head is None or not tokens or head.i != tokens[-1].i or head.tag_ != "NNS" or len(words) < 2:
        return text
    words[-1] = head.lemma_ if head.lemma_ and words[-1].lower() == head.lower_ else words[-1]
    return " ".join(words)
