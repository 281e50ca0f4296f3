"""The E.O. line: ``E.O. 12958: DECL: 12/14/2017``, the executive order and the
declassification date or code (``DECL: 1.6X6``, ``N/A``, ``25X1-human``)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from cablegram import tables
from cablegram._cache import text_cache
from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable.draft import FieldSpan, Header
from cablegram.cable.fields._common import runs_on
from cablegram.errors import Severity
from cablegram.grammar import Hit
from cablegram.grammar import header as g
from cablegram.model import Declassification


def continues(ctx: Context, field: FieldSpan, text: str, previous_blank: bool) -> bool:
    """An E.O. line runs on over the lines under it up to a blank line."""
    return runs_on(text, previous_blank)


def build(
    ctx: Context, header: Header, field: FieldSpan, *, year: int | None, last: bool
) -> int | None:
    header.declassification = build_declassification(ctx, field.start, field.end, dtg_year=year)
    return None


def decl_date(res: Hit, dtg_year: int | None) -> dt.date:
    """A declassification date; two-digit years are resolved after the DTG year."""
    if res.get("y1"):
        year, month, day = int(res["y1"] or ""), int(res["m1"] or ""), int(res["d1"] or "")
    else:
        written = res["y2"] or ""
        month, day = int(res["m2"] or ""), int(res["d2"] or "")
        year = int(written)
        if len(written) == 2:
            base = dtg_year if dtg_year is not None else 2000
            year = (base // 100) * 100 + year
            if year < base:
                year += 100
    return dt.date(year, month, day)


class _Line(NamedTuple):
    """What an E.O. line says, with positions inside the line: the same line is
    read once per parse however many cables carry it (about half of them repeat)."""

    order_raw: str
    order: str | None
    known_order: bool
    date: dt.date | None
    #: The first date item when it is no date: where in the line, and its text.
    bad_date: tuple[int, int, str] | None
    codes: tuple[str, ...]
    not_applicable: bool
    text: str


@text_cache(4096)
def _read(line: str, dtg_year: int | None) -> _Line | None:
    res = g.EO_LINE.match(line)
    if res is None:
        return None
    order_raw = res["order"] or ""
    known = order_raw in tables.executive_orders()
    order = order_raw if known else tables.executive_order_typos().get(order_raw)
    date = bad_date = None
    item = res.first("date")
    if item is not None:
        try:
            date = decl_date(item, dtg_year)
        except ValueError:
            a, b = item.span("date")
            bad_date = (a, b, item["date"] or "")
    codes = tuple(" ".join(code.upper().strip("()").split()) for code in res.texts("code"))
    after = line.find(order_raw) + len(order_raw)
    text = squash(line[after:]).lstrip(":;., ")
    if res.get("amended"):
        text = squash(line)[squash(line).find(order_raw) :]
        text = text[len(order_raw) :].lstrip(":;., ")
    return _Line(order_raw, order, known, date, bad_date, codes, bool(res.texts("na")), text)


def build_declassification(
    ctx: Context, start: int, end: int, *, dtg_year: int | None
) -> Declassification | None:
    read = _read(ctx.view[start:end], dtg_year)
    if read is None:
        ctx.parse(g.EO_LINE, start, end, field="E.O. line")  # records why
        return None
    span = ctx.span(start, end)
    order_raw, order = read.order_raw, read.order
    if not read.known_order:
        ctx.report(
            "eo-order",
            f"executive order {order_raw!r} is not a known order"
            + (f"; read as {order}" if order else ""),
            field="E.O. line",
            span=span,
            severity=Severity.INFO if order else Severity.WARNING,
        )
    if read.bad_date is not None:
        a, b, written = read.bad_date
        ctx.report(
            "decl-date",
            f"impossible declassification date {written!r}",
            field="E.O. line",
            span=ctx.span(start + a, start + b),
        )
    if read.date is None and not read.codes and not read.not_applicable and not read.text:
        ctx.report(
            "decl-missing",
            "E.O. line without a declassification date or code",
            field="E.O. line",
            span=span,
            severity=Severity.INFO,
        )
    return Declassification(
        order_raw=order_raw,
        order=order,
        date=read.date,
        codes=read.codes,
        not_applicable=read.not_applicable,
        text=read.text,
        raw=span.of(ctx.raw),
        span=span,
    )
