"""The Classified By line: ``Classified By: PolMinCouns Scott Bellard for reasons 1.4
(b) and (d)``: who classified the cable (name, title, office, see
:mod:`cablegram.cable.fields.classifier`) and under which reason (section 1.4 / 1.5
and its letters)."""

from __future__ import annotations

import re

from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable.draft import FieldSpan, Header
from cablegram.cable.fields._common import runs_on
from cablegram.cable.fields.classifier import split_classifier
from cablegram.errors import Severity
from cablegram.grammar import classified_by as g
from cablegram.model import ClassifiedBy


def continues(ctx: Context, field: FieldSpan, text: str, previous_blank: bool) -> bool:
    """A Classified By line runs on over the lines under it up to a blank line (the
    page breaks it inside words: "Richa" / "rd Hoagland"), and past a blank line to
    the reason it announced or left out, on a line of its own ("for Reasons" / "" /
    "1.4 (b) and (d).", 06BUENOSAIRES350; "AmConGen Naples." / "" / "REASON: 1.4 (b),
    (d)", 09NAPLES69) when it has no section number yet."""
    if runs_on(text, previous_blank):
        return True
    return (
        previous_blank
        and g.REASON_LINE.match(text) is not None
        and g.HAS_SECTION.search(ctx.view, field.start, field.end) is None
    )


def build(
    ctx: Context, header: Header, field: FieldSpan, *, year: int | None, last: bool
) -> int | None:
    """Body text glued to the reason by a lost newline is the body when this is the
    header's last field, else text no rule reads (``header-trailing``)."""
    start, end = field.start, field.end
    header.classified_by, stop = build_classified_by(ctx, start, end)
    if stop < end and last:
        return stop
    if stop < end:
        ctx.keep_unparsed(stop, end, context="Classified By line", code="header-trailing")
    return None


def build_classified_by(ctx: Context, start: int, end: int) -> tuple[ClassifiedBy | None, int]:
    """The Classified By line in ``view[start:end]`` and where it ends.

    When a lost newline glued body text to the reason ("... 1.4 (b) and (d). 1. (C)
    Summary: ..."), the line ends after the reason and the caller gets the rest back.
    """
    res = ctx.parse(g.CLASSIFIED_BY, start, end, field="Classified By line")
    if res is None:
        return None, end
    classifier = res.get("classifier") or ""
    section = None
    letters: tuple[str, ...] = ()
    stop = end
    if "reason" in res:
        written = res.get("section") or next(iter(res.texts("section_again")), None)
        if written:
            section = re.sub(r"[\s/.,:]", "", written)
            section = f"{section[0]}.{section[1]}"
        letters = tuple(dict.fromkeys(letter.lower() for letter in res.texts("letters")))
        if "rest" in res and (section or letters):
            stop = start + res.span("rest")[0]
    if res.get("intro") is not None and not (section or letters):
        ctx.report(
            "classified-by-reason",
            f"reason not understood: {squash(ctx.view[start:end])!r}",
            field="Classified By line",
            span=ctx.span(start, end),
            severity=Severity.INFO,
        )
    name, title, office = split_classifier(classifier)
    span = ctx.span(start, stop)
    built = ClassifiedBy(
        name=name,
        title=title,
        office=office,
        reason_section=section,
        reason_letters=letters,
        text=squash(span.of(ctx.view)),
        span=span,
    )
    return built, stop
