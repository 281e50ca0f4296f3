"""Reference ids: deriving them from a cable and canonicalising ids given from outside.

A Cablegate reference id is the two-digit year of the DTG, the banner origin with
spaces removed, and the serial without leading zeros: ``OTTAWA 002266`` sent in
2007 is ``07OTTAWA2266``.  Origin spellings are canonicalised through the station
tables in ``cablegram/data`` (aliases, then the nearest known station).
"""

from __future__ import annotations

import re
import unicodedata

from cablegram import tables
from cablegram._cache import text_cache

# Banner words that leak into malformed WikiLeaks ids: a section marker with its
# typos (SECTION01OF02, SCTION, SECTIN, ECTION, SECTIO ... OF/GF/F), EFTO,
# NOFORN, the tail of (UNCLAS)SIFIED, and the AM/EMBASSY of a FM line.
# SECTION nn OF mm leaked into an id, with the typos of real banners: ECTION,
# SECTIKN (06...MINSK), "01O02" (F lost), "01GF02".
_SECTION_NOISE = re.compile(r"(?a)^S?Q?E?C?T?I?[OK]?N?N?Q?0?\d{0,2}(?:[OGQ]?F|O)\d{1,2}(?=[A-Z])")
_DOUBLED_YEAR = re.compile(r"(?a)^(\d\d)\1(?=[A-Z])")  # "7575LIBREVILLE1895"
_PREFIX_NOISE = re.compile(r"(?a)^(?:EFTO|NOFORN|SIFIED|AMEMBASSY|EMBASSY)(?=[A-Z]{3})")
_SUFFIX_NOISE = re.compile(r"(?a)(?:ZFR|ZDK|ZDS)\d+$|TOSEC\d+$|SECTO\d+$")
# WikiLeaks' mark on a record it took for a copy of another cable:
# "08ACCRA001382SUSPECTEDDUPLICATE1392" (serial 1382, suspected copy of 1392).  Both
# records name one cable, so the id canonicalises to the cable it duplicates.
_DUPLICATE = re.compile(r"(?a)\d+SUSPECTEDDUPLICATE(?=\d+$)")
_ID = re.compile(r"(?a)^(?P<year>\d{2})(?P<origin>[A-Z][A-Z-]*?)0*(?P<serial>\d+)$")


def is_digits(text: str) -> bool:
    """Whether ``text`` is ASCII digits only (``str.isdigit`` also takes ``²`` and
    other digits ``int`` cannot read)."""
    return text.isascii() and text.isdigit()


def without_zeros(digits: str) -> str:
    """A serial in ASCII digits without its leading zeros (``002266`` -> ``2266``,
    ``١٦٥٤٨٦`` -> ``165486``), as ``int`` would write it, but for any length (``int``
    refuses more than 4,300 digits)."""
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in digits)
    return digits.lstrip("0") or "0"


def century_year(year: str) -> int:
    """Expand a two-digit year: 50-99 are 19xx (Cablegate runs 1966-2010)."""
    value = int(year)
    if len(year) >= 4:
        return value
    return 1900 + value if value >= 50 else 2000 + value


def two_digit_year(year: int) -> str:
    return f"{year % 100:02d}"


_NOT_LETTER = re.compile(r"[^A-Z]")


@text_cache(4096)  # origins repeat: every REF item names one
def normalise_origin(origin: str) -> str:
    """Canonical id origin of a banner or reference origin (``USUN NEW YORK``: ``USUNNEWYORK``)."""
    return _canonical_origin(_NOT_LETTER.sub("", origin.upper()))


@text_cache(4096)
def _canonical_origin(key: str) -> str:
    known = tables.stations()
    if key in known:
        return key
    aliases = tables.station_aliases()
    if key in aliases:
        return aliases[key]
    return _nearest_station(key) or key


def is_known_origin(origin: str) -> bool:
    key = _NOT_LETTER.sub("", origin.upper())
    return key in tables.stations() or key in tables.station_aliases()


def _nearest_station(key: str) -> str | None:
    """The only known station within a small edit distance of ``key``, if any."""
    if len(key) < 5:
        return None
    limit = 1 if len(key) < 8 else 2
    best: list[str] = []
    best_distance = limit + 1
    for station in tables.stations():
        if abs(len(station) - len(key)) > limit:
            continue
        distance = edit_distance(key, station, limit)
        if distance > limit:
            continue
        if distance < best_distance:
            best, best_distance = [station], distance
        elif distance == best_distance:
            best.append(station)
    return best[0] if len(best) == 1 else None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) past ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def id_origin(reference_id: str) -> str | None:
    """The origin part of a reference id (``07OTTAWA2266`` -> ``OTTAWA``), or None."""
    match = _ID.match(reference_id)
    return match["origin"] if match else None


def make_reference_id(year: int, origin: str, serial: str) -> str:
    """``make_reference_id(2007, "OTTAWA", "002266") == "07OTTAWA2266"``."""
    return _id_prefix(year, origin) + without_zeros(serial)


@text_cache(4096)  # a REF list cites a few posts in a few years
def _id_prefix(year: int, origin: str) -> str:
    """The year and origin of the ids of ``origin``'s cables of ``year`` (``07OTTAWA``)."""
    return two_digit_year(year) + _origin_in_year(normalise_origin(origin), year)


def _origin_in_year(origin: str, year: int) -> str:
    """The origin a post's cables of ``year`` carry in their ids (origin_years.csv)."""
    change = tables.origin_years().get(origin)
    return change[1] if change is not None and year < change[0] else origin


def canonical_id(reference_id: str) -> str:
    """Canonicalise a Cablegate reference id given from outside.

    Removes banner words that leaked into malformed ids (``08ECTION01OF02MANAMA492``,
    ``10EFTOKABUL668``), trailing operating signals (``07OSLO000160ZDK164``),
    leading zeros, and maps origin spellings to the canonical station
    (``05RIO123`` -> ``05RIODEJANEIRO123``; ``TAIPEI`` -> ``AITTAIPEI`` and ``PARISFR``
    -> ``UNESCOPARISFR``, two names of one serial series).  A record marked as a
    suspected duplicate (``08ACCRA001382SUSPECTEDDUPLICATE1392``) gets the id of the
    cable it duplicates (``08ACCRA1392``).  An id it cannot read is returned
    upper-cased and otherwise unchanged.
    """
    value = re.sub(r"\s+", "", reference_id).upper()
    if len(value) < 3 or not is_digits(value[:2]):
        return value
    value = _DOUBLED_YEAR.sub(r"\1", value)
    year, rest = value[:2], value[2:]
    rest = _DUPLICATE.sub("", rest)
    rest = _SUFFIX_NOISE.sub("", rest)
    rest = _SECTION_NOISE.sub("", rest)
    rest = _PREFIX_NOISE.sub("", rest)
    match = _ID.match(year + rest)
    if match is None:
        return value
    origin = _canonical_origin(match["origin"].replace("-", ""))
    return f"{match['year']}{origin}{without_zeros(match['serial'])}"
