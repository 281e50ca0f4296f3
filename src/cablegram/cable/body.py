"""The body: numbered and marked paragraphs, the summary, comments, and at its end the
footer lines and the signature."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablegram._context import Context, Text
from cablegram._lazy import deferred
from cablegram._text import squash
from cablegram.cable.draft import Draft
from cablegram.cable.lines import Lines
from cablegram.cable.marking import build_marking
from cablegram.errors import Severity
from cablegram.grammar import body as g
from cablegram.model import Paragraph, TextBlock


def read(ctx: Context, draft: Draft) -> None:
    """The body from where the header ended to the end of the text."""
    start, end = draft.body_start, len(ctx.view)
    if start >= end or not ctx.view[start:end].strip():
        return
    body = draft.body
    stop, body.signature, body.footer = split_end(ctx, draft.lines, start)
    region = ctx.view[start:stop]
    body.paragraphs = build_paragraphs(ctx, start, region)
    lowered = region.lower()
    body.summary = build_summary(ctx, start, region, lowered)
    body.comments = build_comments(ctx, start, region, lowered)


def paragraph_text(src: Text, start: int, end: int) -> str:
    """Paragraph text: lines joined, blank-line breaks kept as one blank line.

    The lines of page markers blanked in the view are left out first
    (:func:`without_page_lines`), so that a marker between two lines of a sentence
    does not read as a paragraph break.  The parser defers it to the first time the
    text is read.
    """
    region = without_page_lines(src, start, end)
    if "\n" not in region:
        return squash(region)
    return "\n\n".join([s for s in map(squash, _BLANK_LINE.split(region)) if s])


_BLANK_LINE = re.compile(r"\n[ ]*\n")
#: Text the view keeps blank on its own (``¶``, a line-end backslash, a BOM): a line
#: blank in the view with anything else in the original held a masked page marker.
_VIEW_ONLY_BLANKS = re.compile(r"[\s¶\\\ufeff]*")
_SENTENCE_END = re.compile(r"[.!?:;\"”'’)\]] *$")
#: A line that goes on with a sentence: a word in lower case (not a list letter ``a)``).
_GOES_ON = re.compile(r" *[a-z](?![.)])")


def without_page_lines(ctx: Text, start: int, end: int) -> str:
    """``view[start:end]`` without the lines of the page markers masked in it.

    A masked line is blank in the view but not in the text.  It goes, and so do the
    blank lines inside a marker (between two masked lines: the classification at the
    foot of a page and the ``PAGE 02 ...`` line of the next); the blank lines before
    and after a marker stay, so a marker between paragraphs still separates them.
    """
    view, raw = ctx.view, ctx.raw
    if not ctx.blanks_text(start, end):  # no line can be masked
        return view[start:end]
    lines = view[start:end].split("\n")
    if len(lines) < 3:
        return view[start:end]
    originals = raw[start:end].split("\n")
    masked = [
        not line.strip() and not _VIEW_ONLY_BLANKS.fullmatch(original)
        for line, original in zip(lines, originals, strict=True)
    ]
    if not any(masked):
        return view[start:end]
    keep = [not m for m in masked]
    last_text: int | None = None  # the last non-blank line before the current one
    for k, line in enumerate(lines):
        if not line.strip() and not masked[k]:
            continue
        if last_text is not None and masked[last_text] and masked[k]:
            for j in range(last_text + 1, k):
                keep[j] = False
        last_text = k
    # A marker set off by blank lines inside a sentence: the line before it is left
    # open and the one after goes on in lower case ("... agreements with" / marker /
    # "those countries.").  A paragraph never opens in lower case: the gap goes.
    before: int | None = None  # the last line with text
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if (
            before is not None
            and any(masked[before + 1 : k])
            and not _SENTENCE_END.search(lines[before])
            and _GOES_ON.match(line)
        ):
            for j in range(before + 1, k):
                keep[j] = False
        before = k
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


# ---------------------------------------------------------------- end of the text


def split_end(
    ctx: Context, lines: Lines, start: int
) -> tuple[int, TextBlock | None, list[TextBlock]]:
    """Find footer lines and the signature at the end of the body (from ``start`` to
    the end of the text).

    Returns the offset where the paragraphs end, the signature and the footer
    lines (footers and trailers such as ``NNNN``) in document order.
    """
    view = ctx.view
    back = _LinesBack(lines, start)
    footer: list[TextBlock] = []
    signature: TextBlock | None = None
    cut = len(view)
    j = 0  # lines back from the last one
    while (line := back[j]) is not None:
        a, b = line
        text = view[a:b]
        if not text.strip():
            j += 1
            continue
        if g.FOOTER_LINE.match(text) or g.TRAILER.match(text):
            footer.append(TextBlock(text=squash(text), span=ctx.span(a, b)))
            cut = a
            j += 1
            continue
        top = _footer_block(view, back, j)
        if top is not None:
            a = back.start(top)
            footer.append(TextBlock(text=squash(view[a:b]), span=ctx.span(a, b)))
            cut = a
            j = top + 1
            continue
        if signature is None:
            signature, cut, alone = _signature(ctx, a, text, cut)
            if signature is not None:
                footer.extend(_end_marks(ctx, signature.span.end, b))
            if alone:
                j += 1
                continue
        break
    footer.reverse()
    return cut, signature, footer


def _signature(ctx: Context, a: int, text: str, cut: int) -> tuple[TextBlock | None, int, bool]:
    """The signature on the line ``text`` (at ``a``): on a line of its own (then the
    lines before may still be footer: the flag), or glued to the last sentence; and
    where the paragraphs end."""
    sig = g.SIGNATURE.match(text)
    if sig and len(squash(text)) <= 40 and not g.PARAGRAPH_START.match(text):
        words = squash(text).rstrip(".").split()
        if len(words) <= 3 and not text.rstrip().endswith(":"):
            name = sig["sig"].rstrip(".")
            at = a + sig.start("sig")
            return TextBlock(text=name, span=ctx.span(at, at + len(name))), a, True
    glued = g.GLUED_SIGNATURE.search(text)
    if not (
        glued
        and re.search(r"[a-z]", text[: glued.start()])
        and not g.CLOSING_WORDS.match(glued["sig"])
    ):
        glued = g.CLOSING_SIGNATURE.search(text)
    if glued is None:
        glued = g.BARE_SIGNATURE.search(text)
        if glued is not None and g.CLOSING_WORDS.match(glued["sig"]):
            glued = None
    if not glued:
        return None, cut, False
    s_a = a + glued.start("sig")
    return TextBlock(text=glued["sig"], span=ctx.span(s_a, a + glued.end("sig"))), s_a, False


_END_MARK = re.compile(r"#+")


def _end_marks(ctx: Context, start: int, end: int) -> list[TextBlock]:
    """The ``#`` that ends a signature's line (``WILKINS #``): a footer mark of its own."""
    found = _END_MARK.search(ctx.view, start, end)
    if found is None:
        return []
    span = ctx.span(found.start(), found.end())
    return [TextBlock(text=span.of(ctx.raw), span=span)]


def _footer_block(view: str, lines: _LinesBack, j: int) -> int | None:
    """The line (counted back from the last) that starts a web-site footer ending at
    line ``j``: a ``Visit ...`` line at most three lines up, with no blank line in
    between."""
    for k in range(j, j + 4):
        line = lines[k]
        if line is None:
            return None
        text = view[line[0] : line[1]]
        if not text.strip():
            return None
        if g.FOOTER_START.match(text):
            return k
    return None


class _LinesBack:
    """The lines of the body from ``start`` to the end of the text, read from the last
    one back: ``lines[0]`` is the last line's ``(start, end)``, ``lines[1]`` the one
    before; None before the body's first line (which starts at ``start``)."""

    def __init__(self, lines: Lines, start: int) -> None:
        self._spans = lines.spans
        self._start = start
        self._last = len(lines) - 1
        self._first = lines.at(start)

    def __getitem__(self, j: int) -> tuple[int, int] | None:
        k = self._last - j
        if k < self._first:
            return None
        a, b = self._spans[k]
        return max(a, self._start), b

    def start(self, j: int) -> int:
        line = self[j]
        assert line is not None
        return line[0]


# ------------------------------------------------------------------ paragraphs


def build_paragraphs(ctx: Context, start: int, region: str) -> list[Paragraph]:
    """Paragraphs of ``region``, the view from ``start`` to where the paragraphs end
    (page markers are already blanked).  Each paragraph is built as soon as the
    next one opens: no list of the openings is kept (a body of a hundred thousand
    paragraphs would keep as many match objects alive)."""
    end = start + len(region)
    src = ctx.snapshot()
    paragraphs: list[Paragraph] = []
    pending: tuple[int, re.Match[str]] | None = None  # the paragraph still open
    for line_start in _line_starts(region):
        match = g.PARAGRAPH_START.match(region, line_start) or g.MARKED_START.match(
            region, line_start
        )
        if match is None:
            continue
        at = start + match.start()
        if pending is not None:
            paragraphs.append(_paragraph(ctx, src, *pending, at))
        elif region[: at - start].strip():  # text before the first numbered one
            paragraphs.append(_unnumbered(ctx, src, start, at))
        pending = (at, match)
    if pending is not None:
        paragraphs.append(_paragraph(ctx, src, *pending, end))
    elif region.strip():
        paragraphs.append(_unnumbered(ctx, src, start, end))
    return paragraphs


def _unnumbered(ctx: Context, src: Text, start: int, stop: int) -> Paragraph:
    return Paragraph(
        number=None,
        marking=None,
        text=deferred(paragraph_text, src, start, stop),
        span=ctx.span(start, stop),
    )


def _paragraph(ctx: Context, src: Text, at: int, match: re.Match[str], stop: int) -> Paragraph:
    """The paragraph opened by ``match`` (at ``at`` in the view), up to ``stop``."""
    number = match.group("number") if "number" in match.re.groupindex else None
    marking = None
    if match["marking"]:
        marking = build_marking(
            ctx,
            at + match.start("marking") - match.start(),
            at + match.end("marking") - match.start(),
        )
    text_start = at + match.end() - match.start()
    return Paragraph(
        number=number,
        marking=marking,
        text=deferred(paragraph_text, src, text_start, stop),
        span=ctx.span(at, stop),
    )


#: The start of a line that may open a paragraph: a number or a mark after blanks.
_OPENING = re.compile(r"\n *[\d(]")


def _line_starts(region: str) -> Iterator[int]:
    """Where the lines of ``region`` that may open a paragraph start (a number or a
    portion mark first): the places :data:`g.PARAGRAPH_START` and
    :data:`g.MARKED_START`, anchored at a line start and within one line, can match.
    Found by their newline, which the regex engine looks for fast."""
    yield 0
    for found in _OPENING.finditer(region):
        yield found.start() + 1


# ------------------------------------------------------------ summary, comments


def _search(
    pattern: re.Pattern[str], region: str, lowered: str, keyword: str, pos: int
) -> re.Match[str] | None:
    """``pattern.search(region, pos)`` for a case-blind pattern whose every match
    contains ``keyword``: only the places where the keyword occurs are tried, which
    is much faster than letting the regex engine try every offset."""
    at = lowered.find(keyword, pos)
    while at >= 0:
        found = pattern.search(region, max(pos, at - 24), at + len(keyword) + 40)
        if found is not None:
            # the window may cut a match short (or fake an end of text): match again
            full = pattern.match(region, found.start())
            if full is not None:
                return full
        at = lowered.find(keyword, at + 1)
    return None


def build_summary(ctx: Context, start: int, region: str, lowered: str) -> TextBlock | None:
    """The summary: after a SUMMARY opener (``1. (C) Summary:``, a ``SUMMARY`` heading
    between rules) up to END SUMMARY; or, with no opener, from the start of the
    body up to END SUMMARY.  Without an end it runs to the end of its paragraph.
    ``region`` is the body from ``start`` on, ``lowered`` the same in small letters."""
    head = _search(g.SUMMARY_START, region, lowered, "sum", 0)
    while head is not None:
        # Only a summary that opens a paragraph (after its number and marking) or
        # is a heading between rules, and not the SUMMARY of "END\nSUMMARY".
        line_start = region.rfind("\n", 0, head.start()) + 1
        before = region[line_start : head.start()]
        opens = not before.strip() or re.fullmatch(
            r" *(?:\d{1,3}[a-z]?\. *)?(?:\([A-Za-z/ -]+\))? *|[-=_ ]*", before
        )
        if opens and not _END_BEFORE.search(region, max(0, head.start() - 8), head.start()):
            break
        head = _search(g.SUMMARY_START, region, lowered, "sum", head.end())
    text_from = head.end() if head is not None else 0
    tail = _search(g.SUMMARY_END, region, lowered, "sum", text_from)
    if head is None:
        if tail is None:
            return None
        text_from = len(region) - len(region.lstrip())  # the body opens with it
        # ... or its first paragraph does, after lines that are not numbered (a
        # subject's second line, a handling caption, a stray "Classified By").
        line_start = region.rfind("\n", 0, text_from) + 1
        first = g.PARAGRAPH_START.search(region, line_start, tail.start())
        if first is not None and first.start() > line_start and first["number"] == "1":
            text_from = first.start() + len(first.group()) - len(first.group().lstrip())
    if tail is not None:
        stop = tail.start()
        span_end = tail.end()
    else:
        assert head is not None
        para_end = re.search(r"\n *\n", region[text_from:])
        stop = text_from + para_end.start() if para_end else len(region)
        ruled = g.RULED_HEADING.search(region, text_from, stop)
        if ruled is not None and region[text_from : ruled.start()].strip():
            stop = ruled.start()
        span_end = stop
        ctx.report(
            "summary-unterminated",
            "summary without END SUMMARY; taken to the end of its paragraph",
            field="summary",
            span=ctx.span(start + head.start(), start + stop),
            severity=Severity.INFO,
        )
    # The text is read when first asked for; whether there is any is known from its
    # first chunk with text (the whole of it but for a bare "1. (C) SUMMARY:").
    region_text = without_page_lines(ctx, start + text_from, start + stop)
    if next(_summary_chunks(region_text), None) is None:
        return None
    span_start = head.start() if head is not None else text_from
    return TextBlock(
        text=deferred(summary_text, ctx.snapshot(), start + text_from, start + stop),
        span=ctx.span(start + span_start, start + span_end),
    )


def summary_text(src: Text, start: int, end: int) -> str:
    """The summary's text: its paragraphs without their numbers and markings, one a
    line (page markers left out as in :func:`paragraph_text`)."""
    return "\n".join(_summary_chunks(without_page_lines(src, start, end)))


#: Where the summary's text breaks: a blank line, or before a numbered paragraph.
_CHUNK_BREAK = re.compile(r"(?=\n)(?:\n *\n|(?=\n *\d{1,3}\. ))")
_RULE_ONLY = re.compile(r"[-=_‐–—]+")


def _summary_chunks(text: str) -> Iterator[str]:
    """The summary's paragraphs with text, made one at a time."""
    first = True
    for chunk in _split_lazily(_CHUNK_BREAK, text):
        chunk = g.PARAGRAPH_START.sub("", chunk.strip("\n"), count=1)
        chunk = g.MARKED_START.sub("", chunk, count=1)
        chunk = squash(chunk)
        if first:  # "SUMMARY" as a heading, then "1. Summary: ..." again
            chunk = _SUMMARY_AGAIN.sub("", chunk, count=1)
        if chunk and not _RULE_ONLY.fullmatch(chunk):
            first = False
            yield chunk


def _split_lazily(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """``pattern.split(text)``, one piece at a time."""
    pos = 0
    for found in pattern.finditer(text):
        yield text[pos : found.start()]
        pos = found.end()
    yield text[pos:]


_END_BEFORE = re.compile(r"(?i)\bEND(?:\s+OF)?\s+$")
_SUMMARY_AGAIN = re.compile(r"(?i)^SUMM?A?R?Y *[:.-] *")


def build_comments(ctx: Context, start: int, region: str, lowered: str) -> list[TextBlock]:
    """Every ``COMMENT:`` ... ``END COMMENT`` block of the body ``region`` (from ``start``)."""
    comments: list[TextBlock] = []
    pos = 0
    while True:
        head = _search(g.COMMENT_START, region, lowered, "comment", pos)
        if head is None:
            break
        tail = _search(g.COMMENT_END, region, lowered, "comment", head.end())
        if tail is None:
            break
        text = squash(region[head.end() : tail.start()])
        comments.append(
            TextBlock(text=text, span=ctx.span(start + head.start(), start + tail.end()))
        )
        pos = tail.end()
    return comments
