"""The E.O. line: ``E.O. 12958: DECL: 12/14/2017``, the executive order and the
declassification date or code (``DECL: 1.6X6``, ``N/A``, ``25X1-human``)."""

from __future__ import annotations

import datetime as dt

from cablegram import tables
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


def build_declassification(
    ctx: Context, start: int, end: int, *, dtg_year: int | None
) -> Declassification | None:
    res = ctx.parse(g.EO_LINE, start, end, field="E.O. line")
    span = ctx.span(start, end)
    if res is None:
        return None
    order_raw = res["order"] or ""
    order: str | None = order_raw
    if order_raw not in tables.executive_orders():
        order = tables.executive_order_typos().get(order_raw)
        ctx.report(
            "eo-order",
            f"executive order {order_raw!r} is not a known order"
            + (f"; read as {order}" if order else ""),
            field="E.O. line",
            span=span,
            severity=Severity.INFO if order else Severity.WARNING,
        )
    date = None
    for item in res.all("date"):
        try:
            date = decl_date(item, dtg_year)
        except ValueError:
            a, b = item.span("date")
            ctx.report(
                "decl-date",
                f"impossible declassification date {item['date']!r}",
                field="E.O. line",
                span=ctx.span(start + a, start + b),
            )
        break
    codes = tuple(" ".join(code.upper().strip("()").split()) for code in res.texts("code"))
    not_applicable = bool(res.texts("na"))
    after = ctx.view.find(order_raw, start) + len(order_raw)
    text = squash(ctx.view[after:end]).lstrip(":;., ")
    if res.get("amended"):
        text = squash(ctx.view[start:end])[squash(ctx.view[start:end]).find(order_raw) :]
        text = text[len(order_raw) :].lstrip(":;., ")
    if date is None and not codes and not not_applicable and not text:
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
        date=date,
        codes=codes,
        not_applicable=not_applicable,
        text=text,
        raw=span.of(ctx.raw),
        span=span,
    )
