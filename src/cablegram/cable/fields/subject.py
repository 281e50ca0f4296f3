"""The SUBJECT line: ``SUBJECT: (C) CANADA ON KOSOVO``, over as many lines as it
takes; without one, the subject of an embassy mail wrapper."""

from __future__ import annotations

import re

from cablegram._context import Context
from cablegram._text import squash, squash_lines
from cablegram.cable.draft import Draft, FieldSpan, Header
from cablegram.cable.fields._common import opens_paragraph
from cablegram.cable.fields.captions import cut_glued_sbu
from cablegram.cable.marking import build_marking
from cablegram.errors import Severity
from cablegram.grammar import header as g
from cablegram.grammar import layout as gl
from cablegram.model import Subject

# a word hyphenated at the line end is one word: "US-\nLATIN" -> "US-LATIN"
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-[ \t]*\n\s*(?=[A-Za-z])")


def continues(ctx: Context, field: FieldSpan, text: str, previous_blank: bool) -> bool:
    """A subject runs on up to a blank line, a paragraph or a rule; past a blank line
    only when ``SUBJECT:`` stands alone on its line, or the subject is cut after a
    word that cannot end it ("VISIT TO" / blank / "LIBYA", 08TRIPOLI680) or before
    one that cannot start a line of its own ("... NEW INFRASTRUCTURE" / blank / "AND
    ""SOCIAL PACT"" INITIATIVES", 08BUENOSAIRES568).  An upper-case subject is not
    continued by a sentence in mixed case ("This is an Action request."); a field
    glued to the line is not part of it ("... DIEGO GARCIA  Classified By: Political
    Counselor ...", 09LONDON2347)."""
    so_far = ctx.view[field.start : field.end]
    if previous_blank and not (
        g.SUBJECT_ONLY.match(so_far)
        or g.SUBJECT_GOES_ON.search(so_far)
        or g.SUBJECT_GOES_ON_WITH.match(text)
    ):
        return False
    if opens_paragraph(text) or gl.RULE_LINE.match(text):
        return False
    content = g.SUBJECT_KEYWORD.sub("", so_far, count=1)
    if content.strip() and not _has_lower(content):
        glued = gl.FIELD_GLUED.search(text)
        own = text[: glued.start()] if glued is not None else text
        letters = [c for c in own if c.isalpha()]
        if letters and sum(c.islower() for c in letters) > len(letters) // 2:
            return False
    return True


def _has_lower(text: str) -> bool:
    """Whether ``text`` has a letter in lower case (in ASCII text: whether upper
    case changes it, which needs no loop in Python)."""
    if text.isascii():
        return text.upper() != text
    return any(c.islower() for c in text)


def build(
    ctx: Context, header: Header, field: FieldSpan, *, year: int | None, last: bool
) -> int | None:
    end, body_start = cut_glued_sbu(ctx, header, field.start, field.end, last=last)
    header.subject = build_subject(ctx, field.start, end)
    return body_start


def build_subject(ctx: Context, start: int, end: int) -> Subject | None:
    res = ctx.parse(g.SUBJECT_LINE, start, end, field="SUBJECT line")
    if res is None:
        return None
    marking = None
    if "marking" in res:
        a, b = res.span("marking")
        marking = build_marking(ctx, start + a, start + b)
    text = _HYPHEN_BREAK.sub("-", res["text"] or "")
    return Subject(text=squash_lines(text), marking=marking, span=ctx.span(start, end))


def from_mail(ctx: Context, draft: Draft) -> None:
    """The subject of a cable that has no SUBJECT line, from the embassy mail wrapper
    around it (``Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? ...
    [8466936]``, format reference section 6)."""
    if draft.header.subject is not None:
        return
    for block in draft.wrapper:
        found = g.MAIL_SUBJECT.search(ctx.view, block.span.start, block.span.end)
        if found is None:
            continue
        group = "text" if found["text"] is not None else "line"
        span = ctx.span(found.start(group), found.end(group))
        ctx.report(
            "subject-from-wrapper",
            "no SUBJECT line: the subject is taken from the mail wrapper",
            field="SUBJECT line",
            span=span,
            severity=Severity.INFO,
        )
        draft.header.subject = Subject(text=squash(span.of(ctx.view)), marking=None, span=span)
        return
