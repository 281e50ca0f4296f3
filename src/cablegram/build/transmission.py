"""Build the ACP-127 transmission header objects (FL1-FL9)."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pyparsing as pp

from cablegram import tables
from cablegram.build._context import Context
from cablegram.errors import Severity
from cablegram.grammar import parse_whole
from cablegram.grammar import transmission as g
from cablegram.ids import _edit_distance
from cablegram.model import (
    Addressee,
    Classification,
    DateTimeGroup,
    Precedence,
    RoutingIndicator,
    RoutingLine,
    SecurityLine,
    StationLine,
    TransmissionId,
)
from cablegram.span import Span


def century_year(year: str) -> int:
    """Expand a two-digit year: 50-99 are 19xx (Cablegate runs 1966-2010)."""
    value = int(year)
    if len(year) >= 4:
        return value
    return 1900 + value if value >= 50 else 2000 + value


def precedence_from_word(word: str) -> tuple[Precedence | None, bool]:
    """Precedence for an addressee-line word; the flag is True when it was a typo."""
    table = tables.precedence_words()
    key = " ".join(word.upper().split())
    if key in table:
        return Precedence(key), False
    for known in table:
        if _edit_distance(key, known, 2) <= 2:
            return Precedence(known), True
    return None, False


def precedence_from_prosign(prosign: str) -> Precedence | None:
    word = tables.precedence_prosigns().get(prosign)
    return Precedence(word) if word else None


def build_transmission_id(ctx: Context, start: int, end: int) -> TransmissionId | None:
    res = ctx.parse(g.TRANSMISSION_ID, start, end, field="transmission identifier")
    if res is None:
        return None
    return TransmissionId(
        value=res["value"],
        channel=res["channel"],
        sequence=res["sequence"],
        span=ctx.span(start, end),
    )


def build_routing(ctx: Context, start: int, end: int) -> RoutingLine | None:
    res = ctx.parse(g.ROUTING_LINE, start, end, field="routing line")
    if res is None:
        return None
    located = res["indicators"]
    at = start + located.locn_start
    indicators = [
        RoutingIndicator(
            value=m.group(),
            station=tables.station_for_routing_indicator(m.group()),
            span=Span(at + m.start(), at + m.end()),
        )
        for m in g.ROUTING_INDICATOR_RE.finditer(located.value[0])
    ]
    word = tables.precedence_digraphs().get(res["digraph"])
    return RoutingLine(
        digraph=res["digraph"],
        precedence=Precedence(word) if word else None,
        indicators=tuple(indicators),
        span=ctx.span(start, end),
    )


def build_station_line(ctx: Context, start: int, end: int) -> StationLine | None:
    res = ctx.parse(g.DE_LINE, start, end, field="DE line")
    if res is None:
        return None
    day = int(res["day"])
    if not 1 <= day <= 366:
        ctx.report(
            "de-julian-day",
            f"Julian day {day} is out of range",
            field="DE line",
            span=ctx.span(start, end),
        )
    if res.get("signals"):
        ctx.report(
            "de-extra",
            "extra tokens after the DE line's filing time",
            field="DE line",
            span=ctx.span(start, end),
            severity=Severity.INFO,
        )
    return StationLine(
        station=res["station"],
        station_name=tables.station_for_routing_indicator(res["station"]),
        serial=res["serial"],
        part=res.get("part") or None,
        julian_day=day,
        time=res["time"],
        span=ctx.span(start, end),
    )


def build_security(ctx: Context, start: int, end: int) -> SecurityLine | None:
    res = ctx.parse(g.SECURITY_LINE, start, end, field="security line")
    if res is None:
        return None
    characters = res["characters"]
    name = tables.classification_security_characters().get(characters[0])
    if name is None:
        ctx.report(
            "security-characters",
            f"unknown security characters {characters!r}",
            field="security line",
            span=ctx.span(start, end),
        )
    return SecurityLine(
        signal=res["signal"],
        characters=characters,
        classification=Classification(name) if name else None,
        specat=res.get("specat") or None,
        signals=tuple(res.get("signals", [])),
        span=ctx.span(start, end),
    )


def dtg_datetime(res: pp.ParseResults) -> dt.datetime:
    """The UTC datetime of a DTG match (raises ValueError for impossible dates)."""
    month = g.MONTHS.index(res["month"].upper()) + 1
    return dt.datetime(
        century_year(res["year"]),
        month,
        int(res["day"]),
        int(res["hour"]),
        int(res["minute"]),
        tzinfo=dt.timezone.utc,
    )


def build_dtg(ctx: Context, start: int, end: int, *, bare: bool = False) -> DateTimeGroup | None:
    grammar = g.BARE_DTG_LINE if bare else g.DTG_LINE
    res = ctx.parse(grammar, start, end, field="date-time group")
    if res is None:
        return None
    located = res["dtg"]
    group = located.value
    span = ctx.span(start, end)
    try:
        value = dtg_datetime(group)
    except ValueError as exc:
        ctx.report(
            "dtg-invalid",
            f"impossible date-time group: {exc}",
            field="date-time group",
            span=span,
            severity=Severity.ERROR,
        )
        return None
    prosigns = tuple(res.get("prosigns", "").split())
    action = precedence_from_prosign(prosigns[0]) if prosigns else None
    info = precedence_from_prosign(prosigns[1]) if len(prosigns) > 1 else None
    return DateTimeGroup(
        value=value,
        prosigns=prosigns,
        action_precedence=action,
        info_precedence=info,
        signals=tuple(res.get("signals", [])),
        raw=ctx.raw[start + located.locn_start : start + located.locn_end],
        span=span,
    )


@functools.lru_cache(maxsize=8192)
def _addressee_groups(line: str) -> dict[str, str | None] | None:
    res = parse_whole(g.ADDRESSEE, line)
    if isinstance(res, pp.ParseBaseException):
        return None
    return {
        name: res.get(name) or None
        for name in ("keyword", "ri", "plad", "offices", "precedence", "number", "excluded")
    }


# The number, after a space or glued to the address (WASHDC0000).
_TRAILING_NUMBER = re.compile(r"(?:(?<= )|(?<=[A-Z]))(\d{4})$")


def _addressee(line: str) -> dict[str, str | None] | None:
    """Grammar groups of an addressee line.  The per-addressee number changes from
    cable to cable, so the cache is keyed on the line without it."""
    number = _TRAILING_NUMBER.search(line)
    if number is None:
        return _addressee_groups(line)
    groups = _addressee_groups(line[: number.start()].rstrip() + " 0000")
    if groups is None:
        return None
    return {**groups, "number": number.group(1)}


def build_addressee(ctx: Context, start: int, end: int) -> tuple[str | None, Addressee] | None:
    """Build one addressee line; returns its keyword (FM, TO, INFO, XMT or None)."""
    span = ctx.span(start, end)
    groups = _addressee(span.of(ctx.view))
    if groups is None or not groups["plad"]:
        ctx.keep_unparsed(start, end, context="addressee", code="addressee-syntax")
        return None
    precedence_raw = groups["precedence"]
    precedence = None
    if precedence_raw:
        precedence, typo = precedence_from_word(precedence_raw)
        if precedence is None:
            ctx.report(
                "precedence-unknown",
                f"unknown precedence word {precedence_raw!r}",
                field="addressee",
                span=span,
            )
        elif typo:
            ctx.report(
                "precedence-typo",
                f"precedence {precedence_raw!r} read as {precedence.value}",
                field="addressee",
                span=span,
                severity=Severity.INFO,
            )
    address = " ".join((groups["plad"] or "").split())
    offices = tuple(o for o in (groups["offices"] or "").strip("/").split("/") if o)
    excluded = tuple(
        " ".join(x.split()) for x in (groups["excluded"] or "").split(",") if x.strip()
    )
    ri = groups["ri"]
    addressee = Addressee(
        routing_indicator=ri,
        address=address,
        offices=offices,
        precedence=precedence,
        precedence_raw=precedence_raw,
        number=groups["number"],
        collective=address.upper().endswith("COLLECTIVE"),
        excluded=excluded,
        station_name=tables.station_for_routing_indicator(ri) if ri else None,
        span=span,
    )
    return groups["keyword"], addressee
