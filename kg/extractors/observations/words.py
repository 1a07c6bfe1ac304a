"""The words and patterns observations are read with: change verbs (up and down), cue phrases before and after a
number (a change, a share, a comparison base, a year), the nouns that refer back to an entity, measures, light
and capacity verbs, facility sizes and page trailers.
"""
from __future__ import annotations

import re

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december")
WEEKDAY = r"\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
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
# "a 12.4% increase", "5 percent growth", "5% year-on-year growth", "5 percent higher"
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
                      rf"(?:{CHANGE_WORDS})\s+(?:in\s+(?:[\w'-]+\s+){{1,5}}to\s+)?)*(?:(?:of|by)\s+)?$", re.I)
# "9 percent rise in " of the indicator "9 percent rise in annual revenue"
RISE_IN = re.compile(rf"^.*?\b(?:{CHANGE_WORDS})\s+in\s+", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
BASE_BEFORE = re.compile(r"\b((?:compared (?:to|with)|from|over|than|since|versus|vs\.?|relative to|against|"
                         r"on|with|before|after|until)(?:\s+in)?|(?:number|level|figure|total|amount)\s+(?:of|in))"
                         r"\s+(?:the\s+(?:end|level|same period)\s+of\s+)?$", re.I)
# a number the news compares with: "up from 1,275", ", from 38,000 tonnes", "compared with 64,500 tons"
BASE_CUE = re.compile(r"(?:\b(?:up|down|rising|falling|increasing|decreasing|rose|fell|grew|dropped|declined|climbed|"
                      r"jumped)\s+from|,\s*from|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?)\s*$", re.I)
# when a compared number was: "in 2023", "a year earlier", "the previous year"
BASE_YEAR = re.compile(r"^\s*(?:(?:in|for|during|at the end of)\s+(?P<year>1[89]\d\d|20\d\d)\b|"
                       r"(?P<rel>a year (?:earlier|ago|before)|(?:in )?the (?:previous|prior|preceding) year|"
                       r"the year (?:before|earlier)|last year|(?:in )?the same period (?:of |in )?(?:last|the previous) year|"
                       r"in the year-?earlier period))", re.I)
# comparison phrases whose year is not the fact's: "than in the same period last year", "compared with 22
# in the same period last year"
BASE_PHRASE = re.compile(r"\b(?:than|from|over|compared (?:to|with)|against|versus|on)\s+(?:in\s+|at\s+)?(?:the (?:end|close) of |the same "
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
NOMINAL = {"invest": "investment", "inject": "investment", "pour": "investment", "sink": "investment",
           "plough": "investment", "plow": "investment", "reinvest": "investment", "export": "exports", "import": "imports", "sell": "sales",
           "produce": "production", "earn": "earnings", "spend": "spending", "attract": "investment attracted",
           "raise": "funds raised", "employ": "employment", "build": "construction", "sign": "contracts signed",
           "cover": "area"}
# verbs that put money into something: "invest N in X" is an investment, X is where it went
PLACING_VERBS = {"invest", "inject", "pour", "sink", "plough", "plow", "reinvest"}
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
# a number that sizes a facility: "a 1,500-megawatt solar plant", "a $340 million factory",
# "a 250,000-spindle mill" -> its capacity (or its cost); the facility, else its operator, is the entity
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
