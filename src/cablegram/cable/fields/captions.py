"""Captions and handling lines between the banner and the E.O. line: ``SIPDIS``,
``NOFORN``, ``CORRECTED COPY (ADDED ...)``, ``DEPT FOR WHA/AND``; and the SBU caption
glued to the end of a subject or a REF list by a lost newline."""

from __future__ import annotations

import functools
import itertools
import re

from cablegram import tables
from cablegram._cache import text_cache
from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable.draft import Header
from cablegram.grammar import header as g
from cablegram.model import Caption, HandlingLine
from cablegram.span import Span


def build_captions(ctx: Context, start: int, end: int) -> list[Caption] | None:
    """Captions on one line, or None when the line is not a caption line."""
    found = _captions_in(ctx.view[start:end])
    if found is None:
        return None
    return [
        Caption(name=name, note=note, known=True, span=Span(start + a, start + b))
        for name, note, a, b in found
    ]


@text_cache(4096)  # caption lines repeat from cable to cable
def _captions_in(line: str) -> tuple[tuple[str, str | None, int, int], ...] | None:
    """The captions on ``line``: name, note and where (in the line); None when the
    line is not a caption line."""
    corrected = g.CORRECTED_COPY.match(line)
    if corrected:
        note = corrected["note"].strip(" /-()")
        note = " ".join(re.sub(r"/{2,}", " ", note).split())
        stripped = line.strip()
        at = len(line) - len(line.lstrip())
        return (("CORRECTED COPY", note or None, at, at + len(stripped)),)
    return _caption_words(line)


@functools.cache
def _glued_caption_re() -> re.Pattern[str]:
    names = sorted(
        (c for c in tables.captions() if " " not in c and len(c) >= 5), key=len, reverse=True
    )
    return re.compile("|".join(re.escape(n) for n in names))


@functools.cache
def _caption_sizes() -> dict[str, int]:
    """The first word of every caption of the table, and the most words a caption
    that starts with it has: a line whose word starts no caption is no caption line,
    which most lines show at their first word."""
    sizes: dict[str, int] = {}
    for caption in tables.captions():
        words = caption.split(" ")
        sizes[words[0]] = max(sizes.get(words[0], 0), len(words))
    return sizes


def glued_captions(view: str, start: int, end: int) -> list[Caption]:
    """Captions run together with no space at the start of ``view[start:end]`` and
    glued to the text after them (``NOFORNSIPDISPLEASE PASS TO``, 10LONDON255)."""
    pattern = _glued_caption_re()
    while start < end and view[start] == " ":
        start += 1
    found: list[Caption] = []
    pos = start
    while (m := pattern.match(view, pos, end)) is not None:
        found.append(Caption(name=m.group(), note=None, known=True, span=Span(pos, m.end())))
        pos = m.end()
    if len(found) < 2 or pos >= end or not view[pos].isalpha():
        return []  # one caption at the start of a word is not enough evidence
    return found


_CAPTION_WORD = re.compile(r"[^\s,;/]+")


def _caption_words(line: str) -> tuple[tuple[str, str | None, int, int], ...] | None:
    """A line made of known captions only, each taken as long as the table allows."""
    known = tables.captions()
    sizes = _caption_sizes()
    opening = _CAPTION_WORD.search(line)
    if opening is None or opening.group().upper() not in sizes:
        return None  # the first word starts no caption (most lines): read no further
    words = [(m.start(), m.end()) for m in _CAPTION_WORD.finditer(line)]
    captions: list[tuple[str, str | None, int, int]] = []
    i = 0
    while i < len(words):
        a, b = words[i]
        longest = sizes.get(line[a:b].upper(), 0)
        for size in range(min(longest, len(words) - i), 0, -1):
            first, last = words[i], words[i + size - 1]
            name = " ".join(line[a:b] for a, b in words[i : i + size]).upper()
            if name in known:
                captions.append((name, None, first[0], last[1]))
                i += size
                break
        else:
            return None
    return tuple(captions) or None


_WORD = re.compile(r"\S+")


#: How many words at either end of a handling line are tried as captions glued to it
#: (each try reads the words from the line's end: without a bound a line of
#: thousands of caption words would take the square of its length).  Real lines
#: have a few ("SENSITIVE SIPDIS DEPT FOR ..."); the rest stays handling text.
GLUED_WORDS = 32


def handling_line(ctx: Context, header: Header, a: int, b: int) -> None:
    """A handling line, with captions glued to its start or end by lost newlines
    split off ("SENSITIVE SIPDIS DEPT FOR NEA/MAG ...", 10TRIPOLI56; "... FOR
    ILAB MMITTELHAUSER SENSITIVE SIPDIS", 06SAOPAULO357)."""
    view = ctx.view
    glued = glued_captions(view, a, b)  # "NOFORNSIPDISPLEASE PASS TO ..."
    if glued:
        header.captions.extend(glued)
        a = glued[-1].span.end
    # the first words and the last ones: a line of a million words is not listed
    words = list(itertools.islice(_WORD.finditer(view, a, b), GLUED_WORDS + 1))
    head = a
    for word in words[: min(len(words) - 1, GLUED_WORDS)]:
        if build_captions(ctx, a, word.end()) is None:
            break
        head = word.end()
    if len(words) > GLUED_WORDS:  # more words than were listed: the last ones
        last = _last_words(view, a, b, GLUED_WORDS)
    else:
        last = words[max(1, len(words) - GLUED_WORDS) :]
    tail = b
    for word in reversed(last):
        if word.start() < head or build_captions(ctx, word.start(), b) is None:
            break
        tail = word.start()
    if head > a:
        header.captions.extend(build_captions(ctx, a, head) or ())
    header.handling.append(HandlingLine(text=squash(view[head:tail]), span=ctx.span(head, tail)))
    if tail < b:
        header.captions.extend(build_captions(ctx, tail, b) or ())


def _last_words(view: str, a: int, b: int, count: int) -> list[re.Match[str]]:
    """The last ``count`` words of ``view[a:b]`` (it has more), read from its end."""
    window = 256
    while True:
        start = max(a, b - window)
        found = list(_WORD.finditer(view, start, b))
        if start > a and found and found[0].start() == start and not view[start - 1].isspace():
            found = found[1:]  # the end of a word cut by the window
        if len(found) >= count or start == a:
            return found[-count:]
        window *= 2


def cut_glued_sbu(
    ctx: Context, header: Header, start: int, end: int, *, last: bool
) -> tuple[int, int | None]:
    """The field's end, and where the body starts (None: not here), once an SBU
    caption glued to the end of a
    subject or a REF list by a lost newline is cut off and recorded ("... ANOTHER
    CHILD Sensitive but Unclassified. Please handle accordingly. (SBU) On ...",
    09CAIRO226; "REF: UNVIE VIEN 641 This cable is sensitive but unclassified. Please
    protect accordingly.", 07BRASILIA2185).  Text after the caption is the body when
    this is the header's last field."""
    view = ctx.view
    if "SENSITIVE" not in view[start:end].upper():  # what the pattern needs, found fast
        return end, None
    found = g.GLUED_SBU.search(view, start, end)
    if found is None:
        return end, None
    rest = found.end()
    while rest < end and view[rest].isspace():
        rest += 1
    after = view[rest:end]
    if after and not (found["note"] or (last and g.BODY_AFTER_CAPTION.match(after) is not None)):
        return end, None  # "SENSITIVE BUT UNCLASSIFIED INFORMATION" is the subject's
    if after and not last:
        return end, None
    note = found["note"]
    header.captions.append(
        Caption(
            name="SENSITIVE BUT UNCLASSIFIED",
            note=squash(note) if note else None,
            known="SENSITIVE BUT UNCLASSIFIED" in tables.captions(),
            span=ctx.span(found.start("caption"), found.end()),
        )
    )
    resume = rest if after else end
    return found.start("caption"), resume if resume < end else None
