"""The address lines FL6-FL9: ``FM``, ``TO``, ``INFO`` (or ``CC``) and ``XMT``, one
addressee a line: ``RUEHC/SECSTATE WASHDC IMMEDIATE 6841``."""

from __future__ import annotations

from typing import NamedTuple

import attrs

from cablegram import tables
from cablegram._cache import text_cache
from cablegram._context import Context
from cablegram.cable import stations
from cablegram.cable.fields.banner import match_banner
from cablegram.cable.lines import Lines
from cablegram.errors import Severity
from cablegram.grammar import body as gb
from cablegram.grammar import header as gh
from cablegram.grammar import layout as gl
from cablegram.grammar import transmission as g
from cablegram.ids import edit_distance
from cablegram.model import Addressee, PageMarker, Precedence, TextBlock

#: An addressee found: its role and its place in that role's list.
_Placed = tuple[tuple[str, list[Addressee]], int]


def read_addresses(
    ctx: Context,
    lines: Lines,
    i: int,
    out: dict[str, list[Addressee]],
    pages: list[PageMarker],
    signals: list[TextBlock],
) -> tuple[int, int | None]:
    """Read the address lines from line ``i``; return the line after them, or the
    line of a banner glued to the last one with where that banner starts
    (``RUEHTRO/AMEMBASSY TRIPOLI 1366<TAB>S E C R E T SECTION 01 OF 05 TRIPOLI 000498``).
    XMT lines exclude posts of the collective above them (the nearest collective, else
    the addressee just before)."""
    key = "FM"
    n = len(lines)
    previous: _Placed | None = None  # the last TO/INFO addressee
    collective: _Placed | None = None  # the last collective
    inner_at: int | None = None  # where "XMT" starts in "INFO XMT FOOBAR"
    texts = lines.texts
    while i < n and (text := texts[i]).strip():
        if match_banner(text.strip()) is not None and not gl.ADDRESS_KEY.match(text):
            break
        a, b = lines.spans[i]
        keyword = gl.ADDRESS_KEY.match(text)
        if keyword:
            key = keyword["key"].replace("CC", "INFO")
            rest_at = a + keyword.end()
            inner = gl.ADDRESS_KEY.match(ctx.view, rest_at, b)  # "INFO XMT FOOBAR"
            if inner is not None and inner["key"] == "XMT":
                key, rest_at, inner_at = "XMT", inner.end(), inner.start()
            if _page_line(ctx, rest_at, b, pages):
                i += 1
                continue
        elif gl.OPERATING.match(text):  # BT, NNNN, "STATE GRNC": operating lines, kept aside
            span = ctx.span(a, b)
            signals.append(TextBlock(text=span.of(ctx.raw), span=span))
            i += 1
            continue
        glued = _glued_banner(ctx, a, b)
        built = None
        if key == "FM" and out["FM"]:
            _after_from(ctx, a, glued or b)
        else:
            built = build_addressee(ctx, inner_at if inner_at is not None else a, glued or b)
        inner_at = None
        if built is not None:
            addressee = built[1]
            out[key].append(addressee)
            if key == "XMT":
                _exclude(collective or previous, addressee)
            else:
                previous = ((key, out[key]), len(out[key]) - 1)
                if addressee.collective:
                    collective = previous
        if glued is not None:
            return i, glued
        i += 1
    return i, None


def _after_from(ctx: Context, start: int, end: int) -> None:
    """A second line of the sender: a cable has one, so a line under the FM line
    with no keyword (a wrapped FM line, a TO keyword lost) or a second FM line (the
    header written twice) is kept as text no rule read."""
    ctx.keep_unparsed(
        start,
        end,
        context="addressee",
        code="addressee-after-from",
        message="a second line of the sender (FM): a cable has one",
    )


def _exclude(excluding: _Placed | None, addressee: Addressee) -> None:
    """Record an XMT addressee on the addressee it excludes a post from."""
    if excluding is not None:
        (_, group), at = excluding
        group[at] = attrs.evolve(group[at], excluded=(*group[at].excluded, addressee.address))


def _page_line(ctx: Context, start: int, end: int, pages: list[PageMarker]) -> bool:
    """A received copy's page header after an address keyword: ``TO PAGE 02 STATE
    015113 182333Z`` (H-4), kept as a page marker."""
    if gb.OLD_PAGE.match(ctx.view, start, end) is None:
        return False
    span = ctx.span(start, end)
    ctx.report(
        "page-in-addressees",
        "page header inside the address list",
        field="addressee",
        span=span,
        severity=Severity.INFO,
    )
    pages.append(PageMarker(text=span.of(ctx.raw), span=span))
    return True


def _glued_banner(ctx: Context, a: int, b: int) -> int | None:
    """Where a banner glued to the end of the address line ``view[a:b]`` starts, after
    white space (a tab in the text) and the address; None without one."""
    view = ctx.view
    for found in gh.BANNER_INSIDE.finditer(view, a, b):
        at = found.start()
        if (
            at > a
            and view[at - 1].isspace()
            and view[a:at].strip()
            and match_banner(view[at:b]) is not None
        ):
            return at
    return None


def precedence_from_word(word: str) -> tuple[Precedence | None, bool]:
    """Precedence for an addressee-line word; the flag is True when it was a typo."""
    table = tables.precedence_words()
    key = " ".join(word.upper().split())
    if key in table:
        return Precedence(key), False
    for known in table:
        if edit_distance(key, known, 2) <= 2:
            return Precedence(known), True
    return None, False


class _Read(NamedTuple):
    """What an addressee line says, but for its number (which changes from cable to
    cable, while the lines repeat)."""

    keyword: str | None
    routing_indicator: str | None
    address: str
    offices: tuple[str, ...]
    precedence: Precedence | None
    precedence_raw: str | None
    typo: bool  # the precedence word was read as the nearest one
    number: str | None
    excluded: tuple[str, ...]
    station_name: str | None


@text_cache(8192)
def _read(line: str) -> _Read | None:
    res = g.ADDRESSEE.match(line)
    if res is None or not res.get("plad"):
        return None
    precedence_raw = res.get("precedence") or None
    precedence, typo = precedence_from_word(precedence_raw) if precedence_raw else (None, False)
    ri = res.get("ri") or None
    return _Read(
        keyword=res.get("keyword") or None,
        routing_indicator=ri,
        address=" ".join((res.get("plad") or "").split()),
        offices=tuple(o for o in (res.get("offices") or "").strip("/").split("/") if o),
        precedence=precedence,
        precedence_raw=precedence_raw,
        typo=typo,
        number=res.get("number") or None,
        excluded=tuple(
            " ".join(x.split()) for x in (res.get("excluded") or "").split(",") if x.strip()
        ),
        station_name=tables.station_for_routing_indicator(ri) if ri else None,
    )


def _trailing_number(line: str) -> bool:
    """Whether the line ends in the per-addressee number: four digits after a space
    or glued to the address (``WASHDC0000``)."""
    return len(line) > 4 and line[-4:].isdecimal() and (line[-5] == " " or "A" <= line[-5] <= "Z")


def _addressee(line: str) -> tuple[_Read | None, str | None]:
    """What an addressee line says, and its number.  The cache is keyed on the line
    without its per-addressee number."""
    if not _trailing_number(line):
        read = _read(line)
        return read, read.number if read is not None else None
    return _read(line[:-4].rstrip() + " 0000"), line[-4:]


def build_addressee(ctx: Context, start: int, end: int) -> tuple[str | None, Addressee] | None:
    """Build one addressee line; returns its keyword (FM, TO, INFO, XMT or None)."""
    span = ctx.span(start, end)
    read, number = _addressee(span.of(ctx.view))
    if read is None:
        ctx.keep_unparsed(start, end, context="addressee", code="addressee-syntax")
        return None
    precedence, precedence_raw = read.precedence, read.precedence_raw
    if precedence_raw and precedence is None:
        ctx.report(
            "precedence-unknown",
            f"unknown precedence word {precedence_raw!r}",
            field="addressee",
            span=span,
        )
    elif precedence is not None and read.typo:
        ctx.report(
            "precedence-typo",
            f"precedence {precedence_raw!r} read as {precedence.value}",
            field="addressee",
            span=span,
            severity=Severity.INFO,
        )
    station = stations.reconcile(read.station_name, read.address)
    if station.disagrees:
        ctx.report(
            "station-name-disagrees",
            f"routing indicator {read.routing_indicator} is {read.station_name} in the "
            f"table, but the line addresses {read.address}: no station name taken",
            field="addressee",
            span=span,
            severity=Severity.INFO,
        )
    addressee = Addressee(
        routing_indicator=read.routing_indicator,
        address=read.address,
        offices=read.offices,
        precedence=precedence,
        precedence_raw=precedence_raw,
        number=number,
        collective=read.address.upper().endswith("COLLECTIVE"),
        excluded=read.excluded,
        station_name=station.name,
        span=span,
    )
    return read.keyword, addressee
