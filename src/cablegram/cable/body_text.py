"""The text of body parts, read from the view when first asked for: paragraphs (their
lines joined, a sub-item on a line of its own, blank-line breaks kept) and the summary
(its paragraphs without their numbers and marks).  Page markers masked in the view are
left out, so that a marker between two lines of a sentence does not break it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablegram._context import Text
from cablegram._text import squash, squash_lines
from cablegram.cable import titles
from cablegram.grammar import body as g


def paragraph_text(src: Text, start: int, end: int) -> str:
    """Paragraph text: lines joined, a sub-item (``-- ``, ``A.``, ``(1)``) on a line of
    its own, blank-line breaks kept as one blank line, rules left out.

    The lines of page markers blanked in the view are left out first
    (:func:`without_page_lines`).  The parser defers it to the first time the text
    is read.
    """
    return _joined(without_page_lines(src, start, end), _BLANK_LINE)


def spaced_paragraph_text(src: Text, start: int, end: int) -> str:
    """:func:`paragraph_text` of a double-spaced body (a blank line after every line):
    there a paragraph break is two blank lines or more."""
    return _joined(without_page_lines(src, start, end), _SPACED_BREAK)


def _joined(region: str, breaks: re.Pattern[str]) -> str:
    if "\n" not in region:
        return squash(region)
    return "\n\n".join([s for s in map(_chunk, breaks.split(region)) if s])


def _chunk(chunk: str) -> str:
    """One block of text: its lines joined by blanks, but a sub-item starts a line."""
    if "\n" not in chunk:
        return "" if g.RULE_LINE.match(chunk) or _FURNITURE.fullmatch(chunk) else squash(chunk)
    out: list[str] = []
    for line in chunk.split("\n"):
        if g.RULE_LINE.match(line) or not line.strip() or _FURNITURE.fullmatch(line):
            continue
        if out and g.SUB_ITEM.match(line):
            out.append("\n")
        elif out and not _BROKEN.search(out[-1]):
            out.append(" ")
        out.append(squash(line))
    return "".join(out)


#: A line that ends with a word broken at its hyphen ("an inter-" / "agency group"):
#: joined to the next line with no blank, the hyphen kept.
_BROKEN = re.compile(r"[A-Za-z]-$")


_BLANK_LINE = re.compile(r"\n[ ]*\n")
#: A line that may go on with a sentence after a page marker though it starts with
#: a capital: a word of letters and a blank ("Xi as", "Symposium of"), not a sub-item
#: ("A. ", "-- "), a number or a title alone.
_GOES_ON_CAPITAL = re.compile(r" *[A-Z][a-z]+[,;]? +[a-z]")
#: A handling word alone on a line inside the body: transmission furniture, not text.
_FURNITURE = re.compile(r" *(?:SENSITIVE +)?SIPDIS *")
_SPACED_BREAK = re.compile(r"\n[ ]*\n[ ]*\n[\n ]*")
#: Text the view keeps blank on its own (``¶``, a line-end backslash, a BOM): a line
#: blank in the view with anything else in the original held a masked page marker.
_VIEW_ONLY_BLANKS = re.compile(r"[\s¶\\\ufeff]*")


def held_marker(original: str) -> bool:
    """Whether a line blank in the view held more in the text than what the view
    blanks on its own: a masked page marker."""
    return not _VIEW_ONLY_BLANKS.fullmatch(original)


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
        not line.strip() and held_marker(original)
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
    # open and the one after goes on ("... agreements with" / marker / "those
    # countries."; "... trying to undermine" / marker / "Xi as heir apparent.",
    # 09BEIJING2063): the gap goes, unless the line after opens a sub-item.
    before: int | None = None  # the last line with text
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if (
            before is not None
            and any(masked[before + 1 : k])
            and not titles.ENDS_SENTENCE.search(lines[before])
            and (
                titles.GOES_ON.match(line)
                # a capital after a full line, not a title ("Training", "Actions and
                # Measures Going Forward" stay apart)
                or (
                    len(lines[before].strip()) >= 40
                    and _GOES_ON_CAPITAL.match(line) is not None
                    and not titles.looks_like_heading(line)
                )
            )
        ):
            for j in range(before + 1, k):
                keep[j] = False
        before = k
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def summary_text(src: Text, start: int, end: int) -> str:
    """The summary's text: its paragraphs without their numbers and markings, one a
    line (page markers left out as in :func:`paragraph_text`)."""
    return "\n".join(summary_chunks(without_page_lines(src, start, end)))


#: Where the summary's text breaks: a blank line, or before a numbered paragraph.
_CHUNK_BREAK = re.compile(r"(?=\n)(?:\n *\n|(?=\n *\d{1,3}\. ))")
_RULE_ONLY = re.compile(r"[-=_‐–—]+")


def summary_chunks(text: str) -> Iterator[str]:
    """The summary's paragraphs with text, made one at a time."""
    first = True
    for chunk in _split_lazily(_CHUNK_BREAK, text):
        chunk = g.PARAGRAPH_START.sub("", chunk.strip("\n"), count=1)
        chunk = g.MARKED_START.sub("", chunk, count=1)
        chunk = squash_lines(chunk)
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


_SUMMARY_AGAIN = re.compile(r"(?i)^SUMM?A?R?Y *[:.-] *")
