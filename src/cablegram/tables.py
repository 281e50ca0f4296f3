"""Code tables shipped as data files in ``cablegram/data`` (see ``data/SOURCES.md``).

Every lookup that maps a code to a meaning goes through here; no other module
hard-codes a vocabulary.  Tables load lazily, once per process.
"""

from __future__ import annotations

import array
import bisect
import csv
import functools
import gzip
import io
import re
from collections.abc import Iterator
from importlib import resources

import attrs

from cablegram._cache import text_cache


def _rows(name: str) -> Iterator[dict[str, str]]:
    data = resources.files("cablegram.data").joinpath(name).read_text(encoding="utf-8")
    yield from csv.DictReader(io.StringIO(data))


@attrs.frozen
class TagInfo:
    code: str
    kind: str
    meaning: str | None


@attrs.frozen
class PrecedenceInfo:
    word: str
    prosign: str
    digraph: str
    rank: int


@functools.cache
def routing_indicators() -> dict[str, str]:
    """Routing indicator -> station name (first row wins; ACP 117 rows come first)."""
    table: dict[str, str] = {}
    rows = sorted(_rows("routing_indicators.csv"), key=lambda r: r.get("source") != "acp117")
    for row in rows:
        table.setdefault(row["routing_indicator"], row["station"])
    return table


@functools.cache
def function_words() -> frozenset[str]:
    """English words that open or join sentences (``The``, ``This``, ``However``):
    ``data/function_words.csv``.  A capitalised one at the end of a text is no name."""
    return frozenset(row["word"] for row in _rows("function_words.csv"))


@functools.cache
def heading_small_words() -> frozenset[str]:
    """Words a heading may write in small letters (``of``, ``the``, ``vs.``):
    ``data/heading_small_words.csv``."""
    return frozenset(row["word"] for row in _rows("heading_small_words.csv"))


@functools.cache
def station_generic_words() -> frozenset[str]:
    """Words of addresses and station names that name no one in particular
    (``AMEMBASSY``, ``DEPT``, ``WASHDC``): ``data/station_generic_words.csv``."""
    return frozenset(row["word"] for row in _rows("station_generic_words.csv"))


def station_for_routing_indicator(ri: str) -> str | None:
    return routing_indicators().get(ri)


@functools.cache
def precedences() -> tuple[PrecedenceInfo, ...]:
    return tuple(
        PrecedenceInfo(r["word"], r["prosign"], r["digraph"], int(r["rank"]))
        for r in _rows("precedence.csv")
    )


@functools.cache
def precedence_words() -> dict[str, PrecedenceInfo]:
    return {p.word: p for p in precedences()}


@functools.cache
def precedence_prosigns() -> dict[str, str]:
    """DTG prosign -> precedence word (the lowest-ranked word sharing the prosign wins)."""
    table: dict[str, str] = {}
    for p in sorted(precedences(), key=lambda p: -p.rank):
        if p.word != "NIACT IMMEDIATE":
            table[p.prosign] = p.word
    return table


@functools.cache
def precedence_digraphs() -> dict[str, str]:
    table: dict[str, str] = {}
    for p in sorted(precedences(), key=lambda p: -p.rank):
        table.setdefault(p.digraph, p.word)
    return table


@functools.cache
def classification_banner_forms() -> dict[str, str]:
    """Banner form with spaces removed, upper case -> classification name."""
    table: dict[str, str] = {}
    for row in _rows("classifications.csv"):
        for form in row["banner_forms"].split("|"):
            if form:
                table[form.replace(" ", "").upper()] = row["name"]
        table[row["name"].replace(" ", "")] = row["name"]
    return table


@functools.cache
def classification_banner_names() -> frozenset[str]:
    """Every way the table writes a designator, upper case and as written: the names
    and the banner forms, spaced (``C O N F I D E N T I A L``) or not."""
    names: set[str] = set()
    for row in _rows("classifications.csv"):
        names.add(row["name"])
        names.update(form.upper() for form in row["banner_forms"].split("|") if form)
    return frozenset(names)


@functools.cache
def classification_security_characters() -> dict[str, str]:
    """First security character of FL4 -> classification name."""
    return {
        row["security_characters"]: row["name"]
        for row in _rows("classifications.csv")
        if row["security_characters"]
    }


@functools.cache
def classification_ranks() -> dict[str, int]:
    """Classification name -> rank, 1 = UNCLASSIFIED, higher = more protected."""
    return {row["name"]: int(row["rank"]) for row in _rows("classifications.csv")}


@functools.cache
def marking_classifications() -> dict[str, str]:
    """Portion-mark level (``C``, ``SBU``) -> the classification name it stands for."""
    return {
        row["code"]: row["classification"]
        for row in _rows("markings.csv")
        if row["kind"] == "level" and row["classification"]
    }


@functools.cache
def tags() -> dict[str, TagInfo]:
    table: dict[str, TagInfo] = {}
    for row in _rows("tags.csv"):
        table.setdefault(row["code"], TagInfo(row["code"], row["kind"], row["meaning"] or None))
    for row in _rows("geo_codes.csv"):
        table.setdefault(row["code"], TagInfo(row["code"], "geographic", row["name"] or None))
    return table


@functools.cache
def tag_keywords() -> dict[str, TagInfo]:
    """Free-text TAGS entries (words a post wrote, not codes) by their written form,
    upper case and single-spaced -> the tag they stand for.  A person's entry
    (``STEINBERG, JAMES B.``) is also found as written without the comma and
    with or without the initials (``STEINBERG JAMES``)."""
    table: dict[str, TagInfo] = {}
    for row in _rows("tag_keywords.csv"):
        info = TagInfo(row["tag"], row["kind"], row["meaning"] or None)
        table.setdefault(row["written"], info)
        if row["kind"] == "person" and "," in row["written"]:
            surname, given = row["written"].split(",", 1)
            names = [w for w in given.split() if not w.endswith(".")]
            table.setdefault(" ".join([surname, *given.split()]), info)
            table.setdefault(" ".join([surname, *names]), info)
    return table


@functools.cache
def tag_phrase_words() -> dict[str, str]:
    """Words that hold free TAGS words together, upper case -> role: a ``connective``
    (IN, WITH) binds the words on both sides (``TIP IN TURKEY``), a ``modifier``
    (FOREIGN, HUMAN) the word after it (``FOREIGN POL``)."""
    return {row["word"]: row["role"] for row in _rows("tag_phrase_words.csv")}


@functools.cache
def given_names() -> frozenset[str]:
    """Given names, upper case (1990 US census lists), to read ``ROOD JOHN`` as a person."""
    return frozenset(row["name"] for row in _rows("given_names.csv"))


@functools.cache
def country_names() -> dict[str, TagInfo]:
    """A country's name written out in a TAGS line (``NEW ZEALAND``), upper case ->
    a geographic tag whose meaning is the name as geo_codes.csv writes it."""
    table: dict[str, TagInfo] = {}
    for row in _rows("geo_codes.csv"):
        name = row["name"]
        if row["kind"] == "fips" and name and all(w.isalpha() for w in name.split()):
            table.setdefault(name.upper(), TagInfo(name.upper(), "geographic", name))
    return table


@attrs.frozen
class TagReading:
    """A second reading of a code (AU: the African Union besides Austria) that applies
    when the cable's geographic company lies in ``region``."""

    code: str
    kind: str
    meaning: str | None
    region: str


@functools.cache
def tag_readings() -> dict[str, TagReading]:
    return {
        row["code"]: TagReading(row["code"], row["kind"], row["meaning"] or None, row["region"])
        for row in _rows("tag_readings.csv")
    }


@functools.cache
def regions() -> dict[str, str]:
    """Geographic code -> region (``africa``, ``europe``), for the regions readings need."""
    return {row["code"]: row["region"] for row in _rows("regions.csv")}


@functools.cache
def origin_years() -> dict[str, tuple[int, str]]:
    """Canonical origin -> (year, origin): before that year the post's cables carried
    the other origin in their ids (USEUBRUSSELS was BRUSSELS until 2006)."""
    return {
        row["origin"]: (int(row["before_year"]), row["origin_then"])
        for row in _rows("origin_years.csv")
    }


@functools.cache
def station_countries() -> dict[str, str]:
    """Canonical id origin -> the geographic code of the country the post is in."""
    return {row["origin"]: row["country"] for row in _rows("stations.csv") if row["country"]}


@functools.cache
def captions() -> frozenset[str]:
    return frozenset(row["caption"] for row in _rows("captions.csv"))


@functools.cache
def marking_levels() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("markings.csv") if row["kind"] == "level")


@functools.cache
def portion_levels() -> frozenset[str]:
    """The levels of the State Department's own portion marks (``system`` ``state``):
    the marks a paragraph opens with; a foreign system's mark (NATO's ``NC``) is read
    inside a mark but opens no paragraph."""
    return frozenset(
        row["code"]
        for row in _rows("markings.csv")
        if row["kind"] == "level" and row.get("system") == "state"
    )


@functools.cache
def marking_controls() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("markings.csv") if row["kind"] == "control")


@functools.cache
def marking_aliases() -> dict[str, str]:
    return {row["alias"]: row["code"] for row in _rows("marking_aliases.csv")}


@functools.cache
def executive_orders() -> frozenset[str]:
    return frozenset(row["order"] for row in _rows("executive_orders.csv"))


@functools.cache
def executive_order_typos() -> dict[str, str]:
    return {row["written"]: row["order"] for row in _rows("executive_order_typos.csv")}


@functools.cache
def stations() -> dict[str, str]:
    """Canonical id origin (``USUNNEWYORK``) -> banner name (``USUN NEW YORK``) or ''."""
    return {row["origin"]: row["name"] for row in _rows("stations.csv")}


@functools.cache
def station_aliases() -> dict[str, str]:
    """Spelling seen in ids and references -> canonical id origin."""
    return {row["alias"]: row["origin"] for row in _rows("station_aliases.csv")}


@functools.cache
def classifier_words() -> dict[str, str]:
    """Words of classifiers' titles and offices as written in the table (lower
    case) and their kind: ``title``, ``office`` or ``connector``."""
    return {row["word"]: row.get("kind") or "title" for row in _rows("classifier_titles.csv")}


@functools.cache
def classifier_name_words() -> dict[str, str]:
    """Words of a name that are no name themselves: ``suffix`` (Jr., III) and
    ``particle`` (de, van)."""
    return {row["word"]: row["kind"] for row in _rows("classifier_name_words.csv")}


@attrs.frozen
class PostInfo:
    """What the post table says about an FM-line address."""

    name: str  # as WikiLeaks pages give it
    id_origin: str | None  # the origin in reference ids, when known
    serial_wraps: bool  # the DE line's 4-digit serial is not the cable's serial


@functools.cache
def _post_names() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    exact: dict[str, dict[str, str]] = {}
    prefix: dict[str, dict[str, str]] = {}
    for row in _rows("post_names.csv"):
        (exact if row["match"] == "exact" else prefix)[row["address"]] = row
    return exact, prefix


@text_cache(4096)  # FM addresses of the release: a few hundred
def post_info(address: str) -> PostInfo | None:
    """The post table's entry for an FM address (``AMEMBASSY OTTAWA``), or None."""
    key = " ".join(address.upper().split())
    exact, prefix = _post_names()
    row = exact.get(key)
    place = ""
    if row is None:
        word, _, place = key.partition(" ")
        row = prefix.get(word) if place else None
    if row is None:
        return None
    return PostInfo(
        name=row["name"].replace("{place}", place.title()),
        id_origin=row["id_origin"].replace("{place}", place) or None,
        serial_wraps=row["serial_wraps"] == "yes",
    )


def post_name(address: str) -> str | None:
    """The post's name as WikiLeaks pages give it (``AMEMBASSY OTTAWA`` -> ``Embassy
    Ottawa``), or None for an address the table does not cover."""
    info = post_info(address)
    return info.name if info else None


# ------------------------------------------------------------------ the release


@functools.cache
def _release_text() -> str:
    """``data/cable2month.csv.gz``: every id of the Cablegate release and its month
    (``05ADANA191,10``), one a line; kept as one text (4 MB) and searched, which
    costs less memory and start-up than a dictionary of 251,287 entries."""
    packed = resources.files("cablegram.data").joinpath("cable2month.csv.gz").read_bytes()
    return gzip.decompress(packed).decode("ascii").replace("\r\n", "\n")


@functools.cache
def _release_order() -> array.array[int]:
    """Where each line of the release index starts, ordered by the id without its
    year (``ADANA191``): a binary search finds an id's lines without a dictionary of
    251,287 entries (4 bytes an id beside the 4 MB text; made once, in about 0.3 s)."""
    text = _release_text()
    starts = [found.start() for found in _LINE_START.finditer(text)]
    starts.sort(key=functools.partial(_release_key, text))
    return array.array("I", starts)


_LINE_START = re.compile(r"^(?=\d)", re.MULTILINE)


def _release_key(text: str, at: int) -> str:
    """The id without its year on the index line at ``at``."""
    return text[at + 2 : text.find(",", at)]


def release_ids(origin_serial: str) -> tuple[tuple[str, int], ...]:
    """The ids of the Cablegate release that are ``origin_serial`` with a year before
    it (``ADANA191`` -> ``(("05ADANA191", 10), ("06ADANA191", 9))``), with their months."""
    text, order = _release_text(), _release_order()
    key = functools.partial(_release_key, text)
    k = bisect.bisect_left(order, origin_serial, key=key)
    found = []
    while k < len(order) and key(order[k]) == origin_serial:
        at = order[k]
        comma = text.find(",", at)
        end = text.find("\n", comma)
        found.append((text[at:comma], int(text[comma + 1 : end if end >= 0 else len(text)])))
        k += 1
    return tuple(sorted(found))


def in_release(cable_id: str) -> bool:
    """Whether ``cable_id`` (canonical: ``05ADANA191``) is an id of the Cablegate release."""
    return any(found == cable_id for found, _ in release_ids(cable_id[2:]))


# ---------------------------------------------------------- post names in text

#: Up to four words in capitals right before a place (a SMART section line's serial).
_POST_WORDS = re.compile(r"(?<![\w.'-])(?:[A-Z][A-Za-z.'-]*[ \t]+){1,4}$")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z.'-]*")


@functools.cache
def _written_post_names() -> frozenset[str]:
    """Post names as written before a serial (``USUN NEW YORK``, ``TRIPOLI``)."""
    names = (*stations(), *stations().values(), *station_aliases())
    return frozenset(name.upper() for name in names if name)


def post_name_start(line: str, serial: int) -> int:
    """Where the post name written before ``line[serial:]`` (a SMART section line's
    serial: ``TRIPOLI 00000765 001.2 OF 003``) starts: the longest run of up to four
    capitalised words before it that the station table knows (``USUN NEW YORK``);
    failing that, the one word before it (so that a heading in capitals on the same
    line, ``THE WAY FORWARD BRASILIA 00001102 002 OF 002``, stays out)."""
    run = _POST_WORDS.search(line, 0, serial)
    if run is None:
        return serial
    words = list(_CAPITALISED.finditer(run.group()))
    names, cut = _written_post_names(), _cut_post_names()
    for k in range(len(words), 0, -1):
        name = " ".join(w.group() for w in words[-k:]).upper()
        if name in names or name in cut:
            return run.start() + words[-k].start()
    return run.start() + words[-1].start()


#: How many characters of a post's name a SMART section line keeps (``ADDIS ABAB
#: 00000286 002 OF 005``, ``BUENOS AIR``, ``USUN NEW Y``).
_SECTION_LINE_NAME = 10


@functools.cache
def _cut_post_names() -> frozenset[str]:
    """The post names of more than one word that a SMART section line cuts short,
    as it writes them (``ADDIS ABAB`` for ``ADDIS ABABA``)."""
    return frozenset(
        name[:_SECTION_LINE_NAME].rstrip()
        for name in _written_post_names()
        if len(name) > _SECTION_LINE_NAME and " " in name[:_SECTION_LINE_NAME].strip()
    )
