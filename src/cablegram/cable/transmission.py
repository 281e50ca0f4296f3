"""The ACP-127 transmission header: FL1 (``VZCZC...``), FL2 (the routing line), FL3 (the
DE line), FL4 (the security line), FL5 (prosigns and the date-time group), then the
address lines (:mod:`cablegram.cable.addresses`).

Every line is optional: a received copy or a fragment may start at any of them.
"""

from __future__ import annotations

import datetime as dt

import attrs

from cablegram import tables
from cablegram._context import Context
from cablegram.cable import stations
from cablegram.cable.addresses import read_addresses
from cablegram.cable.draft import Draft, no_addressees
from cablegram.cable.lines import Lines
from cablegram.errors import Severity
from cablegram.grammar import Hit
from cablegram.grammar import layout as gl
from cablegram.grammar import transmission as g
from cablegram.ids import century_year
from cablegram.model import (
    Addressee,
    Classification,
    DateTimeGroup,
    PageMarker,
    Precedence,
    RoutingIndicator,
    RoutingLine,
    SecurityLine,
    StationLine,
    TextBlock,
    Transmission,
    TransmissionId,
)
from cablegram.span import Span


def read(ctx: Context, draft: Draft) -> None:
    """The transmission header from the cursor: FL1-FL5 and the address lines."""
    found = read_header(ctx, draft.lines, draft.cursor)
    draft.transmission, draft.dtg, draft.addressees = (
        found.transmission,
        found.dtg,
        found.addressees,
    )
    draft.address_pages.extend(found.pages)
    draft.wrapper.extend(found.signals)
    draft.cursor, draft.glued_banner = found.next_line, found.glued_banner
    _check_station(ctx, draft)


def _check_station(ctx: Context, draft: Draft) -> None:
    """The DE line's station as the table names it, checked against the FM line's
    address (:func:`stations.reconcile`): the FM line wins."""
    transmission, senders = draft.transmission, draft.addressees["FM"]
    station = transmission.station if transmission is not None else None
    if transmission is None or station is None or not senders:
        return
    found = stations.reconcile(station.station_name, senders[0].address)
    if found.name == station.station_name:
        return
    if found.disagrees:
        ctx.report(
            "station-name-disagrees",
            f"DE station {station.station} is {station.station_name} in the table, but "
            f"the cable is from {senders[0].address}: no station name taken",
            field="DE line",
            span=station.span,
            severity=Severity.INFO,
        )
    station = attrs.evolve(station, station_name=found.name)
    draft.transmission = attrs.evolve(transmission, station=station)


@attrs.define
class HeaderLines:
    """What the transmission lines from one line on hold."""

    transmission: Transmission | None = None
    dtg: DateTimeGroup | None = None
    addressees: dict[str, list[Addressee]] = attrs.Factory(no_addressees)
    #: Page headers printed inside the address lines (H-4).
    pages: list[PageMarker] = attrs.Factory(list)
    #: Operating lines among the address lines (``BT``, ``NNNN``).
    signals: list[TextBlock] = attrs.Factory(list)
    #: The line after the header.
    next_line: int = 0
    #: Where a banner glued to the last address line starts.
    glued_banner: int | None = None


def read_header(ctx: Context, lines: Lines, i: int) -> HeaderLines:
    """The transmission header from line ``i``."""
    out = HeaderLines(next_line=i)
    first = i
    n = len(lines)
    tid = routing = station = security = None
    if i < n and gl.VZCZC.match(lines.text(i)):
        tid = build_transmission_id(ctx, *lines.spans[i])
        i = lines.next_nonblank(i + 1)
    if i < n and gl.ROUTING.match(lines.text(i)):
        j = i + 1
        while j < n and gl.ROUTING_MORE.match(lines.text(j)) and not gl.DE.match(lines.text(j)):
            j += 1
        routing = build_routing(ctx, lines.spans[i][0], lines.spans[j - 1][1])
        i = lines.next_nonblank(j)
    if i < n and gl.DE.match(lines.text(i)):
        station = build_station_line(ctx, *lines.spans[i])
        i = lines.next_nonblank(i + 1)
    if i < n and gl.SECURITY.match(lines.text(i)):
        security = build_security(ctx, *lines.spans[i])
        i = lines.next_nonblank(i + 1)
    if i < n and _dtg_line(lines.text(i), after_header=bool(tid or station or security)):
        # A damaged DTG line is still FL5: the builder keeps it as unparsed text
        # with an error, and the addressees after it are read as usual.
        bare = not gl.PROSIGN_START.match(lines.text(i))
        out.dtg = build_dtg(ctx, *lines.spans[i], bare=bare)
        i = lines.next_nonblank(i + 1)
    # FM/TO/INFO lines are addressees after FL1-FL5, or when the text starts with
    # them (a fragment); anywhere else "FM" is the foreign minister (H-2).
    if i < n and gl.ADDRESS_KEY.match(lines.text(i)) and (out.dtg or station or tid or i == first):
        i, out.glued_banner = read_addresses(ctx, lines, i, out.addressees, out.pages, out.signals)
    if i == first:
        return HeaderLines(next_line=i, addressees=out.addressees)
    out.next_line = i
    if tid or routing or station or security:
        end = max(part.span.end for part in (tid, routing, station, security) if part)
        out.transmission = Transmission(
            transmission_id=tid,
            routing=routing,
            station=station,
            security=security,
            span=ctx.span(lines.spans[first][0], end),
        )
    return out


def _dtg_line(text: str, *, after_header: bool) -> bool:
    """Whether a line is FL5: a DTG line, or after FL1-FL4 a damaged one."""
    return bool(
        gl.DTG.match(text)
        or (after_header and not gl.ADDRESS_KEY.match(text) and gl.DTG_DAMAGED.match(text))
    )


def precedence_from_prosign(prosign: str) -> Precedence | None:
    word = tables.precedence_prosigns().get(prosign)
    return Precedence(word) if word else None


def build_transmission_id(ctx: Context, start: int, end: int) -> TransmissionId | None:
    res = ctx.parse(g.TRANSMISSION_ID, start, end, field="transmission identifier")
    if res is None:
        return None
    return TransmissionId(
        value=res["value"] or "",
        channel=res["channel"] or "",
        sequence=res["sequence"] or "",
        span=ctx.span(start, end),
    )


def build_routing(ctx: Context, start: int, end: int) -> RoutingLine | None:
    res = ctx.parse(g.ROUTING_LINE, start, end, field="routing line")
    if res is None:
        return None
    at = start + res.span("indicators")[0]
    indicators = [
        RoutingIndicator(
            value=m.group(),
            station=tables.station_for_routing_indicator(m.group()),
            span=Span(at + m.start(), at + m.end()),
        )
        for m in g.ROUTING_INDICATOR_RE.finditer(res["indicators"] or "")
    ]
    digraph = res["digraph"] or ""
    word = tables.precedence_digraphs().get(digraph)
    return RoutingLine(
        digraph=digraph,
        precedence=Precedence(word) if word else None,
        indicators=tuple(indicators),
        span=ctx.span(start, end),
    )


def build_station_line(ctx: Context, start: int, end: int) -> StationLine | None:
    res = ctx.parse(g.DE_LINE, start, end, field="DE line")
    if res is None:
        return None
    span = ctx.span(start, end)
    day = int(res["day"] or "")
    if not 1 <= day <= 366:
        ctx.report(
            "de-julian-day",
            f"Julian day {day} is out of range",
            field="DE line",
            span=span,
        )
    if res.get("signals"):
        ctx.report(
            "de-extra",
            "extra tokens after the DE line's filing time",
            field="DE line",
            span=span,
            severity=Severity.INFO,
        )
    station = res["station"] or ""
    return StationLine(
        station=station,
        station_name=tables.station_for_routing_indicator(station),
        serial=res["serial"] or "",
        part=res.get("part") or None,
        julian_day=day,
        time=res["time"] or "",
        span=span,
    )


def build_security(ctx: Context, start: int, end: int) -> SecurityLine | None:
    res = ctx.parse(g.SECURITY_LINE, start, end, field="security line")
    if res is None:
        return None
    span = ctx.span(start, end)
    characters = res["characters"] or ""
    name = tables.classification_security_characters().get(characters[0])
    if name is None:
        ctx.report(
            "security-characters",
            f"unknown security characters {characters!r}",
            field="security line",
            span=span,
        )
    return SecurityLine(
        signal=res["signal"] or "",
        characters=characters,
        classification=Classification(name) if name else None,
        specat=res.get("specat") or None,
        signals=tuple(item.text for item in res.items("signals")),
        span=span,
    )


def dtg_datetime(res: Hit) -> dt.datetime:
    """The UTC datetime of a DTG (raises ValueError for impossible dates)."""
    month = g.MONTHS.index((res["month"] or "").upper()) + 1
    return dt.datetime(
        century_year(res["year"] or ""),
        month,
        int(res["day"] or ""),
        int(res["hour"] or ""),
        int(res["minute"] or ""),
        tzinfo=dt.timezone.utc,
    )


def build_dtg(ctx: Context, start: int, end: int, *, bare: bool = False) -> DateTimeGroup | None:
    grammar = g.BARE_DTG_LINE if bare else g.DTG_LINE
    res = ctx.parse(grammar, start, end, field="date-time group")
    if res is None:
        return None
    span = ctx.span(start, end)
    try:
        value = dtg_datetime(res)
    except ValueError as exc:  # "300000Z FEB 09": the line is kept, as written
        ctx.keep_unparsed(
            start,
            end,
            context="date-time group",
            code="dtg-invalid",
            message=f"impossible date-time group: {exc}",
        )
        return None
    dtg_start, dtg_end = res.span("dtg")
    prosigns = tuple((res.get("prosigns") or "").split())
    action = precedence_from_prosign(prosigns[0]) if prosigns else None
    info = precedence_from_prosign(prosigns[1]) if len(prosigns) > 1 else None
    return DateTimeGroup(
        value=value,
        prosigns=prosigns,
        action_precedence=action,
        info_precedence=info,
        signals=tuple(item.text for item in res.items("signals")),
        raw=ctx.raw[start + dtg_start : start + dtg_end],
        span=span,
    )
