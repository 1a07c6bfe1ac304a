"""General domain lexicons: place names, name heads, cue words and verbs (no article's facts)."""
from __future__ import annotations

import re

# -- places ------------------------------------------------------------------
PROVINCES = {
    "Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan",
    "Hubei", "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong",
    "Shanxi", "Sichuan", "Yunnan", "Zhejiang", "Taiwan", "Guangxi", "Inner Mongolia", "Ningxia",
    "Xinjiang", "Tibet", "Xizang",
}
MUNICIPALITIES = {"Beijing", "Tianjin", "Shanghai", "Chongqing"}
SARS = {"Hong Kong", "Macao", "Macau"}
CITIES = {
    "Shenzhen", "Guangzhou", "Hangzhou", "Wuhan", "Chengdu", "Nanjing", "Xi'an", "Suzhou", "Shijiazhuang",
    "Tangshan", "Baoding", "Qingdao", "Dalian", "Shenyang", "Harbin", "Changsha", "Zhengzhou", "Jinan",
    "Hefei", "Fuzhou", "Xiamen", "Kunming", "Nanning", "Guiyang", "Lanzhou", "Urumqi", "Hohhot", "Taiyuan",
    "Nanchang", "Changchun", "Xining", "Yinchuan", "Lhasa", "Haikou", "Ningbo", "Wuxi", "Dongguan",
    "Foshan", "Zhuhai", "Langfang", "Zhangjiakou", "Chengde", "Cangzhou", "Handan", "Xingtai", "Hengshui",
    "Qinhuangdao", "Yantai", "Weifang", "Changzhou", "Wenzhou", "Quanzhou", "Huizhou", "Zhongshan",
    # more prefecture-level cities
    "Wuhu", "Bengbu", "Anqing", "Luoyang", "Kaifeng", "Nanyang", "Xinxiang", "Xuchang", "Yichang",
    "Xiangyang", "Jingzhou", "Shiyan", "Huangshi", "Zhuzhou", "Xiangtan", "Hengyang", "Yueyang", "Changde",
    "Ganzhou", "Jiujiang", "Shangrao", "Zunyi", "Liuzhou", "Guilin", "Beihai", "Sanya", "Mianyang",
    "Deyang", "Yibin", "Luzhou", "Nanchong", "Leshan", "Panzhihua", "Baoji", "Xianyang", "Yulin",
    "Yan'an", "Hanzhong", "Datong", "Changzhi", "Jinzhong", "Baotou", "Ordos", "Chifeng", "Tongliao",
    "Qiqihar", "Daqing", "Mudanjiang", "Jiamusi", "Jilin City", "Siping", "Anshan", "Fushun", "Benxi",
    "Dandong", "Jinzhou", "Yingkou", "Tieling", "Zibo", "Zaozhuang", "Dongying", "Weihai", "Jining",
    "Tai'an", "Rizhao", "Linyi", "Dezhou", "Liaocheng", "Binzhou", "Heze", "Xuzhou", "Nantong",
    "Lianyungang", "Huai'an", "Yancheng", "Yangzhou", "Zhenjiang", "Taizhou", "Suqian", "Jiaxing",
    "Huzhou", "Shaoxing", "Jinhua", "Quzhou", "Zhoushan", "Lishui", "Putian", "Sanming", "Zhangzhou",
    "Nanping", "Longyan", "Ningde", "Shantou", "Shaoguan", "Jiangmen", "Zhanjiang", "Maoming",
    "Zhaoqing", "Meizhou", "Shanwei", "Heyuan", "Yangjiang", "Qingyuan", "Chaozhou", "Jieyang",
    "Yunfu", "Karamay", "Kashgar", "Shigatse", "Golmud", "Lijiang", "Dali", "Qujing", "Yuxi",
    "Jingdezhen", "Pingxiang", "Xinyu", "Yingtan", "Ji'an", "Yichun", "Fuzhou City", "Ezhou", "Xiaogan",
    "Huanggang", "Xianning", "Suizhou", "Enshi", "Jingmen", "Wenzhou", "Kunshan", "Jiangyin", "Yiwu",
    # world cities
    "Tokyo", "Seoul", "Singapore", "London", "Paris", "Berlin", "New York", "Washington", "Moscow",
    "Munich", "Frankfurt", "Hamburg", "Stuttgart", "Cologne", "Milan", "Rome", "Madrid", "Barcelona",
    "Amsterdam", "Brussels", "Vienna", "Zurich", "Geneva", "Stockholm", "Oslo", "Copenhagen", "Helsinki",
    "Warsaw", "Budapest", "Prague", "Istanbul", "Dubai", "Abu Dhabi", "Riyadh", "Tehran", "Cairo",
    "Lagos", "Nairobi", "Johannesburg", "Mumbai", "Delhi", "New Delhi", "Bengaluru", "Bangalore",
    "Hyderabad", "Chennai", "Kolkata", "Pune", "Ahmedabad", "Karachi", "Lahore", "Dhaka", "Bangkok",
    "Hanoi", "Ho Chi Minh City", "Jakarta", "Kuala Lumpur", "Manila", "Sydney", "Melbourne", "Toronto",
    "Vancouver", "Montreal", "Chicago", "Los Angeles", "San Francisco", "Houston", "Boston", "Seattle",
    "Detroit", "Mexico City", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Santiago", "Lima",
    "Osaka", "Nagoya", "Yokohama", "Busan", "Incheon", "Taipei", "Kaohsiung", "Ulaanbaatar", "Astana",
    "Almaty", "Tashkent", "Vladivostok", "St. Petersburg",
}
# first-level divisions of other countries (states, Laender): Province in this ontology
STATES = {
    "California", "Texas", "Florida", "New York State", "Michigan", "Ohio", "Illinois", "Washington State",
    "Bavaria", "Baden-Wuerttemberg", "Baden-Wurttemberg", "Saxony", "Lower Saxony", "Hesse",
    "North Rhine-Westphalia", "Maharashtra", "Karnataka", "Tamil Nadu", "Gujarat", "Andhra Pradesh",
    "Telangana", "Kerala", "Uttar Pradesh", "West Bengal", "Punjab", "Rajasthan", "Ontario", "Quebec",
    "British Columbia", "Alberta", "New South Wales", "Victoria", "Queensland", "Gyeonggi", "Hokkaido",
}
COUNTRIES = {
    "China", "United States", "U.S.", "US", "USA", "Japan", "Germany", "India", "France", "Italy", "Spain",
    "United Kingdom", "UK", "Britain", "Russia", "South Korea", "Korea", "Brazil", "Canada", "Australia",
    "Mexico", "Indonesia", "Vietnam", "Thailand", "Malaysia", "Philippines", "Pakistan", "Bangladesh",
    "Saudi Arabia", "Turkey", "Iran", "Egypt", "Nigeria", "South Africa", "Kenya", "Ethiopia", "Argentina",
    "Chile", "Peru", "Colombia", "Netherlands", "Belgium", "Sweden", "Norway", "Finland", "Denmark",
    "Poland", "Hungary", "Switzerland", "Austria", "Kazakhstan", "Mongolia", "Laos", "Cambodia", "Myanmar",
    "New Zealand", "Greece", "Portugal", "Ireland", "Israel", "United Arab Emirates", "UAE", "Qatar",
    "Slovakia", "Czech Republic", "Czechia", "Romania", "Bulgaria", "Serbia", "Croatia", "Slovenia", "Ukraine",
    "Belarus", "Lithuania", "Latvia", "Estonia", "Luxembourg", "Iceland", "Morocco", "Algeria", "Tunisia",
    "Ghana", "Tanzania", "Uganda", "Angola", "Zambia", "Sri Lanka", "Nepal", "Uzbekistan", "Kyrgyzstan",
    "Tajikistan", "Turkmenistan", "Azerbaijan", "Armenia", "Iraq", "Kuwait", "Oman", "Bahrain", "Jordan",
    "Venezuela", "Ecuador", "Bolivia", "Uruguay", "Paraguay", "Brunei", "North Korea",
}
PLACE_CLASS = {}
for _names, _cls in ((COUNTRIES, "Country"), (CITIES, "City"), (SARS, "Region"), (STATES, "Province"),
                     (PROVINCES, "Province"), (MUNICIPALITIES, "Municipality")):
    for _n in _names:
        PLACE_CLASS[_n.lower()] = (_n, _cls)
MAX_PLACE_WORDS = 5  # tokens: 'Schleswig-Holstein' is three

# administrative designations after a place name ("Foo Province"): dropped for the canonical label
ADMIN_WORDS = "province|municipality|city|prefecture"  # containment.DESIGNATION builds on them too
ADMIN_SUFFIX = re.compile(rf"\s+({ADMIN_WORDS}|special administrative region|autonomous region)$", re.I)


def known_place(name: str) -> tuple[str, str] | None:
    """(canonical name, class) of a lexicon place, with or without its designation."""
    t = name.replace("\u2019", "'").strip()
    bare = ADMIN_SUFFIX.sub("", t)
    hit = PLACE_CLASS.get(bare.lower())
    if hit and (bare == t or bare.lower() != "us"):
        return hit
    return None


# -- heads of names: the word that says what a name is -------------------------
ORG_HEADS = {
    "university": "University", "college": "University", "school": "University",
    "institute": "ResearchInstitute", "academy": "ResearchInstitute", "laboratory": "ResearchInstitute",
    "lab": "ResearchInstitute", "observatory": "ResearchInstitute",
    "ministry": "GovernmentBody", "bureau": "GovernmentBody", "office": "GovernmentBody",
    "commission": "GovernmentBody", "administration": "GovernmentBody", "department": "GovernmentBody",
    "council": "GovernmentBody", "agency": "GovernmentBody", "committee": "GovernmentBody",
    "authority": "GovernmentBody", "government": "GovernmentBody", "congress": "GovernmentBody",
    "court": "GovernmentBody", "procuratorate": "GovernmentBody", "cabinet": "GovernmentBody",
    "customs": "GovernmentBody",
    "hospital": "Organization", "clinic": "Organization", "cooperative": "Organization",
    "co-operative": "Organization", "coop": "Organization", "co-op": "Organization",
    "company": "Company", "corporation": "Company", "corp": "Company", "group": "Company", "inc": "Company",
    "ltd": "Company", "co": "Company", "holdings": "Company", "technologies": "Company",
    "motors": "Company", "bank": "Company", "airlines": "Company", "industries": "Company",
    "electronics": "Company", "automobile": "Company", "automotive": "Company", "pharmaceuticals": "Company",
    "association": "Organization", "federation": "Organization", "chamber": "Organization",
    "board": "Organization", "secretariat": "GovernmentBody", "tbk": "Company", "pvt": "Company",
    "bhd": "Company", "berhad": "Company",
    "alliance": "Organization", "foundation": "Organization", "fund": "Organization",
    "exchange": "Organization", "society": "Organization", "union": "Organization",
    "ag": "Company", "gmbh": "Company", "se": "Company", "plc": "Company", "llc": "Company",
    "limited": "Company", "sa": "Company", "nv": "Company", "bv": "Company",
    "a.s": "Company", "s.r.o": "Company", "s.a": "Company", "s.p.a": "Company",
}
# last words of company names that say the industry: "Hongyan Energy", "Baishan Motor"
COMPANY_HEADS = {
    "mobile", "energy", "power", "motor", "semiconductor", "semiconductors", "shipbuilding", "biolabs",
    "labs", "pharma", "pharmaceutical", "steel", "chemical", "chemicals", "aviation", "aerospace",
    "logistics", "securities", "telecom", "electric", "machinery", "tech", "technology", "manufacturing",
    "automobiles", "auto", "autos", "truck", "trucks", "airways", "shipping", "mining", "metals",
    "materials", "robotics", "software", "systems", "networks", "media", "foods", "textiles", "capital",
    "investment", "insurance", "petroleum", "petrochemical", "oil", "gas", "solar", "battery", "batteries",
    "optoelectronics", "microelectronics", "instruments", "biotech", "biotechnology", "healthcare",
    "therapeutics", "medical", "construction", "engineering", "railway", "rail", "express", "dairy",
    "agricultural", "agriculture", "brewery", "motors", "cement", "glass", "paper", "tires", "tyres",
    "communications", "digital", "semiconductor manufacturing", "wind power", "heavy industry", "tools",
    "precision", "components", "packaging", "apparel", "garments", "optics", "display", "displays",
    # more industries, and the same words in languages firms keep in their names
    "minerals", "pigments", "pumps", "ceramics", "plastics", "polymers", "fibers", "fibres", "alloys",
    "castings", "forgings", "valves", "bearings", "cables", "fertilizers", "fertilisers", "beverages",
    "brewing", "distillery", "winery", "printing", "dyeing", "appliances", "furniture", "textile", "cargo",
    "freight", "trading", "ventures", "photonics", "lithium", "nickel", "copper", "aluminium", "aluminum",
    "coal", "kisen", "kaiun", "sangyo", "kogyo", "denki", "jidosha", "zosen", "tekko", "seisakusho",
    "yakuhin", "sanayi", "ticaret", "mineracao", "mineração", "werke", "gruppe", "elektronik", "technik",
    "maschinenbau", "industrie", "glassware", "cars", "forge", "tiles", "footwear", "cosmetics", "seafood", "feed", "feeds",
    # trades that end firms' names ("Foo Knit Exports", "Bar Huaxin Smelting")
    "exports", "imports", "smelting", "refining", "knitwear", "knitting", "spinning", "weaving", "garment",
}
# legal forms written in capitals or mixed case after a firm's name ("Norrland Pumps AB", "Fjord Oy")
CASED_LEGAL_FORMS = {"AB", "AS", "ASA", "Oy", "Oyj", "ApS", "A/S", "SAS", "SpA", "JSC", "PJSC", "LLP", "LP",
                     "Pty", "KG", "KGaA", "Kft", "Zrt", "SARL", "Ltda", "SL", "SRL", "Srl", "BV", "NV", "K.K", "KK"}
# heads that make a lowercase phrase a name when a proper word modifies them
# ("the Hunan-Hubei liaison office")
REMIT_ORG_HEADS = {"office", "bureau", "commission", "committee", "ministry", "department", "agency",
                   "administration", "council", "institute", "authority", "government", "group"}
PLACE_HEADS = {  # last words of a title-case name -> Place subclass
    "new area": "District", "new district": "District", "district": "District", "county": "District",
    "development zone": "District", "economic zone": "District", "trade zone": "District",
    "pilot zone": "District", "high-tech zone": "District", "zone": "District", "prefecture": "City",
    "province": "Province", "municipality": "Municipality", "city": "City",
    "autonomous region": "Province", "region": "Region", "bay area": "Region", "delta": "Region",
    "town": "District", "township": "District", "village": "District", "subdistrict": "District",
    "area": "District", "state": "Province", "oblast": "Province", "governorate": "Province",
    "voivodeship": "Province", "regency": "District", "commune": "District", "borough": "District",
}
# last words of names of natural features: places, though not administrative ones ("Foo Mountains")
PLACE_HEADS.update({w: "Place" for w in ("lake", "river", "mountains", "mountain", "bay", "gulf", "sea", "desert",
                                         "basin", "plateau", "island", "islands", "peninsula", "strait", "valley",
                                         "highlands", "plain", "plains")})
# two-word heads of sites that are run like facilities ("Qiantang Port Area")
FACILITY_HEADS_2 = {"port area", "industrial estate"}
# lower-case designations after a name ("Thai Binh province", "Lishu county") or before 'of X'
# ("the city of Y"): the class of the place they name
DESIGNATIONS = {"province": "Province", "county": "District", "district": "District", "town": "District",
                "township": "District", "prefecture": "City", "city": "City", "state": "Province",
                "municipality": "Municipality", "village": "District", "regency": "District",
                "governorate": "Province", "voivodeship": "Province", "taluka": "District", "tehsil": "District",
                "oblast": "Province", "canton": "Province"}
FACILITY_HEADS = {"park", "port", "airport", "plant", "factory", "gigafactory", "base", "station", "mill",
                  "mine", "refinery", "terminal", "dam", "hub", "campus", "center", "centre", "facility",
                  "shipyard", "warehouse", "works", "smelter", "resort", "hotel", "packhouse"}
# common nouns that name a facility in running text ("a bottling plant", "the facility")
FACILITY_NOUNS = {"factory", "plant", "facility", "park", "gigafactory", "mill", "refinery", "base",
                  "shipyard", "warehouse", "workshop", "site", "campus", "fab", "terminal", "complex",
                  "centre", "center", "mine", "smelter", "depot", "yard", "farm", "station", "port", "hub",
                  "packhouse", "sawmill", "hatchery", "abattoir", "slaughterhouse"}
# nouns after a hyphenated place compound that make it a region ("Jiangsu-Zhejiang-Anhui region")
REGION_NOUNS = ("urban agglomeration", "city cluster", "urban cluster", "metropolitan area",
                "economic circle", "economic zone", "economic belt", "region", "area", "agglomeration",
                "cluster", "belt")
# nouns after a hyphenated place compound that make it a link, not a region
LINK_NOUNS = {"railway", "rail", "line", "highway", "expressway", "route", "flight", "pipeline",
              "corridor", "railroad", "road", "bridge", "tunnel", "high", "intercity", "train", "border",
              "relations", "ties", "talks", "summit", "trade", "cooperation"}
# nouns before a name that say it is a company ("tech giant Haibei")
COMPANY_CUES = {"giant", "company", "firm", "maker", "carmaker", "automaker", "manufacturer", "startup",
                "retailer", "brand", "supplier", "producer", "conglomerate", "developer", "insurer",
                "operator", "group", "enterprise", "corporation", "unicorn", "vendor", "lender", "bank",
                "foundry", "assembler", "shipbuilder", "miner", "refiner", "exporter", "importer", "distributor",
                "contractor", "shipper", "chipmaker", "airline", "cooperative"}
# verbs whose subject is an organisation, not a person
COMPANY_VERBS = {"launch", "unveil", "manufacture", "produce", "ship", "list", "acquire", "invest",
                 "export", "supply", "provide", "deliver"}
# nouns for "the company" / "the firm": the organisation in focus
FOCUS_ORG_NOUNS = {"company", "firm", "group", "giant", "carmaker", "automaker", "maker", "manufacturer",
                   "corporation", "enterprise", "startup", "conglomerate", "shipbuilder", "chipmaker", "steelmaker",
                   "drugmaker", "miner", "refiner", "brewer", "shipowner", "airline", "retailer", "lender", "insurer"}

# product model names: letters with digits ("QX9", "K70", "A320"), not codes of other things
MODEL_TOKEN = re.compile(r"^[A-Z][A-Za-z]*-?\d[A-Za-z\d-]*$|^[a-z][A-Z][A-Za-z\d]+$")
NOT_MODEL = re.compile(r"^(Q[1-4]|H[1-2]|G\d+|[1-9]G|CO2|NO2|SO2|NOx|PM\d+|COVID-?\d*|H\d+N\d+|B2[BC]|"
                       r"C2C|O2O|mRNA|F1|L[1-5]|U\d+|[A-Z]-\d+)$")
MODEL_SUFFIXES = {"Ultra", "Pro", "Max", "Plus", "Mini", "Lite", "Air", "Edge", "Prime", "Sport", "SE",
                  "GT", "Turbo", "Neo", "Fold", "Flip", "Note"}

# -- people --------------------------------------------------------------------
TITLE_WORDS = {"governor", "mayor", "president", "premier", "minister", "secretary", "chairman",
               "chairwoman", "director", "professor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
               "general", "vice", "deputy", "ceo", "chief", "ambassador", "senator", "representative",
               "spokesperson", "spokesman", "spokeswoman", "commissioner", "chair", "dean", "executive"}
# head nouns of a position ("executive deputy director", "founder and CEO")
TITLE_HEADS = {"director", "president", "chairman", "chairwoman", "chair", "ceo", "cfo", "cto", "coo",
               "executive", "officer", "founder", "co-founder", "cofounder", "head", "secretary",
               "manager", "dean", "professor", "researcher", "economist", "analyst", "spokesperson",
               "spokesman", "spokeswoman", "governor", "mayor", "minister", "official", "partner",
               "engineer", "scientist", "fellow", "chief", "leader", "commissioner", "administrator",
               "editor", "vice-president", "representative", "general", "principal", "adviser",
               "advisor", "consultant", "strategist", "member", "lecturer", "deputy"}
TITLE_MODIFIERS = {"executive", "deputy", "vice", "general", "chief", "senior", "managing", "assistant",
                   "associate", "acting", "honorary", "founding", "party", "executive-vice", "regional",
                   "technical", "financial", "operating", "marketing", "sales", "research", "program",
                   "project", "plant", "factory", "country", "global", "former", "co", "board"}
FOUNDER_WORDS = {"founder", "co-founder", "cofounder"}
# titles only a firm gives: "Foo CEO X"
FIRM_TITLES = {"ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "founder", "co-founder"}

# -- relations: verbs and nouns --------------------------------------------------
SUPPLY_VERBS = {"supply", "provide", "contribute", "deliver", "furnish", "ship"}
PHRASAL_PRODUCE = {("turn", "out"), ("churn", "out"), ("roll", "off")}
SOURCE_VERBS = {"source", "procure", "import", "buy", "purchase", "obtain"}  # "X is sourced from Y"
PRODUCE_VERBS = {"produce", "manufacture", "make", "assemble", "fabricate", "build", "turn", "churn",
                 "weave", "spin", "sew", "knit", "brew", "roast", "refine", "smelt", "forge"}
LAUNCH_VERBS = {"launch", "unveil", "release", "introduce", "debut", "roll"}
RUN_VERBS = {"operate", "run", "own"}  # who runs a site: "the plant, operated by X", "X runs the plant"
OPERATE_VERBS = RUN_VERBS | {"manage", "open"}
FOUND_VERBS = {"found", "co-found", "cofound", "establish", "create", "start"}
LOCATE_VERBS = {"locate", "situate", "base", "headquarter", "build", "site"}
# verbs of change: "output rose 9 percent" reports a statistic
CHANGE_VERBS = {"grow", "rise", "fall", "increase", "decrease", "decline", "drop", "climb", "jump", "surge",
                "slip", "slide", "expand", "shrink", "double", "triple", "soar", "plunge", "dip", "edge",
                "rebound", "recover"}
PRODUCTION_NOUNS = {"production", "output", "manufacturing", "assembly"}
PRODUCT_LINE_NOUNS = {"line", "base", "plant", "facility", "factory", "capacity", "lines"}
COMPONENT_NOUNS = {"component", "part", "parts", "components", "spare"}
# verbs whose subject holds its object as a part ("each unit carries eight cards")
CONTAIN_VERBS = {"carry", "contain", "use", "feature", "include", "integrate", "incorporate", "pack", "house",
                 "embed", "sport"}
# nouns that stand for the product just named ("each unit", "the device")
UNIT_WORDS = {"unit", "model", "device", "version", "variant", "machine", "vehicle"}
# heads of a unit named with the body it belongs to ("the Survey Office of ...", "a school of the university");
# entities/orgs.py, resolve.UNIT_OF and relations/words.UNIT_HEADS build on it
SUBUNIT_HEADS = {"office", "department", "bureau", "school", "college", "institute", "centre", "center",
                 "division", "branch", "laboratory", "lab"}
PRODUCT_CUES = {"car", "vehicle", "ev", "suv", "sedan", "smartphone", "phone", "chip", "model", "laptop",
                "tablet", "drone", "robot", "truck", "aircraft", "jet", "plane", "train", "device", "turbine",
                "engine", "ship", "vessel", "airliner", "handset", "computer", "drug", "vaccine", "satellite",
                "rocket", "tractor", "bus", "motorcycle", "scooter", "battery", "machine"}
# objects of 'launch' that are not products
NOT_LAUNCHED = {"campaign", "program", "programme", "initiative", "investigation", "probe", "scheme",
                "project", "drive", "bid", "attack", "offensive", "review", "study", "survey", "pilot", "trial",
                "consultation", "round", "mission", "website", "portal", "fund", "plan", "service", "platform",
                "operation", "inquiry", "reform", "policy", "strategy", "action", "campaigns", "route", "line"}
# measures before "of": "45,000 tonnes of hydrogen"
UNIT_NOUNS = {"tonne", "ton", "unit", "barrel", "kilowatt", "kilowatt-hour", "megawatt", "gigawatt",
              "cubic", "litre", "liter", "piece", "set", "batch", "volume", "amount", "quantity", "lot"}
# negation and hedges: no asserted fact
MODALS = {"may", "might", "could", "would", "should", "will", "shall", "can", "'ll", "wo", "ca"}
HEDGE_VERBS = {"plan", "aim", "intend", "hope", "expect", "seek", "want", "try", "propose", "consider",
               "prepare", "aspire", "pledge", "promise", "vow", "fail", "refuse", "deny", "stop", "cease",
               "decline", "threaten", "wish", "need", "agree", "attempt", "strive", "mull", "weigh", "eye"}
HEDGE_MARKS = {"if", "unless", "whether", "once"}
# objects of supply/produce verbs that are not products
ABSTRACT = {
    "support", "service", "opportunity", "guarantee", "help", "assistance", "funding", "fund", "loan",
    "guidance", "platform", "momentum", "impetus", "boost", "solution", "access", "information", "data",
    "advice", "training", "insight", "example", "evidence", "basis", "foundation", "space", "environment",
    "condition", "capacity", "percent", "share", "breakthrough", "stride", "progress", "achievement",
    "effort", "contribution", "decision", "change", "move", "investment", "step", "way", "use", "sense",
    "difference", "case", "point", "plan", "strategy", "policy", "model", "role", "job", "employment",
    "growth", "development", "cooperation", "collaboration", "integration", "reference", "experience",
    "wisdom", "idea", "suggestion", "proposal", "answer", "statement", "comment", "remark", "call",
    "commitment", "promise", "effect", "impact", "influence", "value", "revenue", "profit", "money",
    "sum", "amount", "number", "total", "percentage", "rate", "level", "quality", "efficiency",
    "attention", "interest", "confidence", "power", "force", "energy", "strength", "vitality", "drive",
    "security", "stability", "peace", "welfare", "benefit", "incentive", "subsidy", "resource",
    "material", "thing", "item", "product", "good", "component", "part", "year", "time", "life",
    "home", "shift", "transition", "adjustment", "improvement", "innovation", "headway", "mark",
    "milestone", "debut", "appearance", "announcement", "deal", "agreement", "visit", "trip",
    "facility", "infrastructure", "network", "system", "mechanism", "framework", "pattern", "chain",
    "capability", "ability", "skill", "talent", "expertise", "know-how", "knowledge", "technology",
    "output", "production", "supply", "demand", "market", "sales", "order", "profit", "loss", "return",
    "public", "people", "world", "region", "country", "city", "area", "place", "field", "sector",
    "industry", "economy", "enterprise", "business", "company", "firm", "entity", "one", "lot", "all",
}
