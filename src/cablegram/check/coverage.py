"""Which text of a cable no part of the parse accounts for.

Every non-blank character of the input should fall inside the span of some field,
body part, wrapper block, page marker or unparsed block.  Field keywords sit
outside the narrower spans of some fields (``TAGS:`` before the tags, REF bullets,
``AND`` between two cited cables, the paragraph number of a numbered Classified By
line), so a run of the words in :data:`KEYWORD` is not counted, but only where a
grammar consumed it: when the next text after it is covered (or is more such words
before covered text; "REF:" may stand alone above its items) or the text ends
there (cut after a keyword), and for a separator also when it closes covered text
at its line's end.  A keyword dropped with the
text it leads into is reported.  A keyword glued to its neighbour (``REF:A.``,
``REF .B)``) is read as its parts.  Anywhere else, a dropped ``AND``, ``TO``, a
bullet letter or ``12.`` is reported like any other text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from cablegram._text import make_view
from cablegram.model import Cable
from cablegram.span import Span

#: The field keywords as written (misspelt too) without their separator; ``REF(S)``
#: may stand without one.
_FIELD_NAMES = r"(?:TAGS?|TAGES|TABS|TAS|TGS|AGS|REFS?|REFTELS?|REFERENCES?)"
#: Words that may stand outside every span where they lead into a field: field
#: keywords, bullets, joining words.
_WORDS = (
    rf"{_FIELD_NAMES}[:;.]?|REF\(S\)[:;.]?|\(?[A-Z][.):]?|\([A-Z]\)|\[[A-Z]\]"
    r"|AND|FM|TO|INFO|XMT|CC|\d{1,2}\."
)
#: A field keyword ending in its separator, which a bullet may be glued to ("REF:A.").
_FIELD_KEYWORD = rf"{_FIELD_NAMES}[:;.]|REF\(S\)[:;.]?"
#: A run of such text: one word, after a field keyword glued to it or separators
#: (".B)"), or separators alone ("--------").  No repetition inside a repetition, so
#: the test takes time in proportion to the run (and "U.S." or "(a)(b)(c)" is no
#: keyword).
KEYWORD = re.compile(rf"(?i)(?:{_FIELD_KEYWORD})?[,;:.&/()-]*(?:{_WORDS})|[,;:.&/()-]+")
#: The longest run of keyword text that is not separators alone.
_KEYWORD_MAX = 32


def _is_keyword(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` is a run of keyword text (:data:`KEYWORD`)."""
    if _PUNCTUATION.fullmatch(view, start, end):
        return True
    return end - start <= _KEYWORD_MAX and KEYWORD.fullmatch(view, start, end) is not None


def _spans(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _spans(item)
    elif attrs.has(type(value)):
        parts = attrs.astuple(value, recurse=False)  # type: ignore[arg-type]
        spans = [v for v in parts if isinstance(v, Span)]
        if spans:
            yield from spans  # an object's spans (span, item_span) cover its parts
        else:
            for item in parts:
                yield from _spans(item)


def uncovered(cable: Cable) -> list[Span]:
    """Spans of the non-blank runs of ``cable.raw`` that no part of the parse covers
    (field keywords and bullets excepted where they lead into covered text)."""
    view = make_view(cable.raw)
    covered = bytearray(len(view))
    for field in attrs.fields(Cable):
        if field.name in ("raw", "metadata", "diagnostics"):
            continue
        for span in _spans(getattr(cable, field.name)):
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    runs = list(_uncovered_runs(view, covered))
    exempt = [False] * len(runs)
    # from the end back: a keyword is exempt when the next text is covered, or is
    # a keyword that is exempt itself; a separator also when it closes covered text
    # at the end of its line ("ECON," with the TAGS going on below)
    for k in range(len(runs) - 1, -1, -1):
        start, end = runs[k]
        after = _next_text(view, end)
        # more uncovered text next (exempt or not), covered text next, or the end of
        # a text cut right after a field's keyword ("TAGS:" / end)
        more = after is not None and k + 1 < len(runs) and runs[k + 1][0] == after
        leads_in = exempt[k + 1] if more else True
        exempt[k] = leads_in and _is_keyword(view, start, end)
        if not exempt[k] and _PUNCTUATION.fullmatch(view, start, end):
            exempt[k] = _closes_line(view, covered, start, end)
    return [Span(a, b) for (a, b), skip in zip(runs, exempt, strict=True) if not skip]


def _closes_line(view: str, covered: bytearray, start: int, end: int) -> bool:
    """Whether the separators ``view[start:end]`` follow covered text and end their
    line ("ECON," with the TAGS going on below)."""
    p = start - 1
    while p >= 0 and view[p] in " \t":
        p -= 1
    q = end
    while q < len(view) and view[q] in " \t\r":
        q += 1
    return p >= 0 and covered[p] == 1 and (q == len(view) or view[q] == "\n")


def _uncovered_runs(view: str, covered: bytearray) -> Iterator[tuple[int, int]]:
    """The runs of non-blank characters no span covers."""
    start = None
    for k, char in enumerate(view + " "):
        if k < len(view) and not covered[k] and not char.isspace():
            if start is None:
                start = k
            continue
        if start is not None:
            yield start, k
            start = None


_NON_BLANK = re.compile(r"\S")
_PUNCTUATION = re.compile(r"[,;:.&/()-]+")


def _next_text(view: str, pos: int) -> int | None:
    """Where the next non-blank character after ``pos`` is."""
    found = _NON_BLANK.search(view, pos)
    return found.start() if found is not None else None
