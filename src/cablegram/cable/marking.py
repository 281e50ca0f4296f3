"""Portion markings: ``(C)``, ``(S/NF)``, ``(SBU)``, ``(C - ENTIRE TEXT)``, read where a
paragraph, a subject or an item carries one."""

from __future__ import annotations

import functools

from cablegram import tables
from cablegram._context import Context
from cablegram.grammar import body as g
from cablegram.model import Marking


@functools.lru_cache(maxsize=1024)
def _marking_parts(text: str) -> tuple[str | None, tuple[str, ...], bool] | None:
    res = g.MARKING.match(text)
    if res is None:
        return None
    level = (res["level"] or "").upper()
    aliases = tables.marking_aliases()
    level = aliases.get(level, level)
    controls = tuple(
        aliases.get(c.upper(), " ".join(c.upper().split())) for c in res.texts("controls")
    )
    return level, controls, bool(res.texts("entire"))


def is_marking(text: str) -> bool:
    """Whether ``text`` (``(C)``, ``(S/NF)``) reads as a portion marking of a known
    level, not an acronym in parentheses (``(CFK)``, ``(CDU/CSU)``)."""
    parts = _marking_parts(text)
    return parts is not None and parts[0] in tables.marking_levels()


def build_marking(ctx: Context, start: int, end: int) -> Marking | None:
    span = ctx.span(start, end)
    parts = _marking_parts(span.of(ctx.view))
    raw = span.of(ctx.raw)
    if parts is None:
        ctx.report(
            "marking-syntax",
            f"portion marking not understood: {raw!r}",
            field="portion marking",
            span=span,
        )
        return Marking(level=None, controls=(), entire_text=False, raw=raw, span=span)
    level, controls, entire = parts
    if level not in tables.marking_levels():
        ctx.report(
            "marking-level",
            f"unknown classification level {level!r} in {raw!r}",
            field="portion marking",
            span=span,
        )
        level = None
    return Marking(level=level, controls=controls, entire_text=entire, raw=raw, span=span)
