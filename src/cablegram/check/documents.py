"""Which text of a government page or a news item no part of the parse accounts for.

The companion of :mod:`cablegram.check.coverage` for the other formats.  Every
non-blank character of the input should fall inside the span of some part of the
parse: a title, a paragraph, a chrome line, a link, a source, an unparsed block.
Only what the news grammar reads as syntax may stand outside every span, and only
where it frames text the parse did keep:

- the hashes of a heading (``###``, ``#####``, ``#``) and the ``[`` that opens a
  heading's link, before a covered headline, category or link;
- the ``](url)`` that closes a day page's headline link, when ``url`` is the
  item's ``link``;
- the ``Formats:`` label before covered links, or alone on its line;
- the section headings ``### Source:``, ``### Sources:``, ``### Related:`` and
  ``### Changes:`` (an unknown section heading is kept unparsed by the adapter).

A page's grammar reads whole lines, so nothing on a page is exempt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from cablegram.adapters._lines import make_view
from cablegram.model import NewsDay, NewsItem, Page
from cablegram.span import Span

# What the news grammar consumes as syntax (see the module docstring).
_HEADING_MARK = re.compile(r"#{1,6}(?:[ ]+\[)?")
_LINK_CLOSE = re.compile(r"\]\((?P<url>\S*)\)")
_FORMATS_LABEL = re.compile(r"Formats:")
_SECTION_HEADING = re.compile(r"#{2,4}[ ]+(?:sources?|related|changes)[ ]*:?", re.IGNORECASE)

#: Fields that hold no text of the document.
_SKIPPED = frozenset({"raw", "diagnostics", "source"})


def _spans(value: object) -> Iterator[Span]:
    """Every span inside ``value`` (a span, a tuple of parts, or a model object)."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _spans(item)
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            if field.name not in _SKIPPED:
                yield from _spans(getattr(value, field.name))


def _covered(doc: Page | NewsItem | NewsDay) -> bytearray:
    """One byte per character of the text: 1 where some span of the parse covers it."""
    covered = bytearray(len(doc.raw))
    for span in _spans(doc):
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return covered


def _gaps(view: str, covered: bytearray) -> Iterator[tuple[int, int]]:
    """The uncovered stretches of each line, trimmed of blanks: ``(start, end)``."""
    start = 0
    for line in view.split("\n"):
        end = start + len(line)
        k = start
        while k < end:
            if covered[k] or view[k].isspace():
                k += 1
                continue
            j = k
            while j < end and not covered[j]:
                j += 1
            while view[j - 1].isspace():
                j -= 1
            yield k, j
            k = j
        start = end + 1


def _line_start(view: str, start: int) -> bool:
    """Whether only blanks stand between the line's start and ``start``."""
    return not view[view.rfind("\n", 0, start) + 1 : start].strip()


def _covered_after(view: str, covered: bytearray, end: int) -> bool:
    """Whether the first non-blank character after ``end`` on its line is covered."""
    k = end
    while k < len(view) and view[k] != "\n" and view[k].isspace():
        k += 1
    return k < len(view) and view[k] != "\n" and bool(covered[k])


def _covered_before(view: str, covered: bytearray, start: int) -> bool:
    """Whether the last non-blank character before ``start`` on its line is covered."""
    k = start - 1
    while k >= 0 and view[k] != "\n" and view[k].isspace():
        k -= 1
    return k >= 0 and view[k] != "\n" and bool(covered[k])


def _links(doc: NewsItem | NewsDay) -> frozenset[str]:
    """The item links the parse kept as values (a day page's headline links)."""
    items = doc.items if isinstance(doc, NewsDay) else (doc,)
    return frozenset(item.link for item in items if item.link is not None)


def _line_end(view: str, end: int) -> bool:
    """Whether only blanks stand between ``end`` and the line's end."""
    stop = view.find("\n", end)
    return not view[end : stop if stop >= 0 else len(view)].strip()


def _is_syntax(view: str, covered: bytearray, gap: tuple[int, int], links: frozenset[str]) -> bool:
    """Whether the uncovered ``gap`` is news syntax framing text the parse kept."""
    start, end = gap
    text = view[start:end]
    if _line_start(view, start):
        if _SECTION_HEADING.fullmatch(text):
            return _line_end(view, end)
        if _FORMATS_LABEL.fullmatch(text) and _line_end(view, end):
            return True  # a Formats line without links: the label alone
        if _HEADING_MARK.fullmatch(text) or _FORMATS_LABEL.fullmatch(text):
            return _covered_after(view, covered, end)
        return False
    close = _LINK_CLOSE.fullmatch(text)
    return (
        close is not None
        and close.group("url") in links
        and _covered_before(view, covered, start)
        and _line_end(view, end)
    )


def uncovered_page(page: Page) -> list[Span]:
    """Spans of the non-blank text of ``page.raw`` that no part of the parse covers."""
    view = make_view(page.raw)
    return [Span(start, end) for start, end in _gaps(view, _covered(page))]


def uncovered_news(doc: NewsItem | NewsDay) -> list[Span]:
    """Spans of the non-blank text of a news item (``parse_news``) or a day page
    (``parse_news_day``; pass the :class:`NewsDay`, whose items share its text) that
    no part of the parse covers, the news syntax framing kept text excepted."""
    view = make_view(doc.raw)
    covered = _covered(doc)
    links = _links(doc)
    return [Span(*gap) for gap in _gaps(view, covered) if not _is_syntax(view, covered, gap, links)]


def uncovered_document(doc: Page | NewsItem | NewsDay) -> list[Span]:
    """:func:`uncovered_page` or :func:`uncovered_news`, as the document's type says."""
    if isinstance(doc, Page):
        return uncovered_page(doc)
    return uncovered_news(doc)
