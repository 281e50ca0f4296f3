"""Current-events items in markdown, and the day pages that list them.

An item (``news/2008/03/18/<slug>.md``)::

    Formats: [HTML](…)  [JSON](…)  [XML](…)        (newer layout)
    ### [2008-03-18](/news/2008/03/18/index.md)
    ##### Kosovo                                     (newer layout: a category)
    #  Canada and Japan recognize Kosovo's independence.
    A summary paragraph (optional).
    ### Source:                                      (or "### Sources:")
    1. [CBC](http://…)
    2. [Cover Image](http://…)                       (numbers may repeat)
    ### Changes:                                     (optional)
    1. [Old headline](/news/…) _2017-08-25 03:40:41 (First version)_
    ### Related:
    1. [Headline](/news/2015/04/16/….md) _Context: Canada, Japan_

A day page (``index.md`` / ``README.md``) has the date as a level-2 heading, then
per item an optional ``##### category``, the headline as a link
(``### [Headline](/news/….md)``) and a summary or a ``_Context: …_`` line, and
ends with ``## [Previous Day...](…)``.

Every non-blank line is read by one ``re`` rule or kept in ``unparsed``.  A line an
item or a page has once (the Formats line, the date link, a category, the headline,
the ``Previous Day`` link, an item's ``_Context:`` line) is read the first time; a
second one is kept in ``unparsed`` with a ``news-unparsed`` error, never dropped.
The rules run in time linear in the line, whatever runs of brackets or blanks it holds.
"""

from __future__ import annotations

import datetime as dt
import re

from cablegram.adapters._lines import Line, Reader, clean_markdown
from cablegram.errors import Severity
from cablegram.model import (
    Change,
    DatePrecision,
    Link,
    NewsDay,
    NewsItem,
    NewsSource,
    RelatedItem,
    TextBlock,
)
from cablegram.span import Span

# ``### [2008-03-18](/news/2008/03/18/index.md)``: the day may be unpadded (2005-01-1).
_DATE_HEADING = re.compile(
    r"#{1,6} +(?P<link>\[ *(?P<text>(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})) *\]"
    r"\((?P<url>[^\s)]*)\))"
)
_FORMATS = re.compile(r"Formats:(?P<links>.*)")
# A link of the Formats line.  Its text holds no bracket and its URL no "[": the
# search from one "[" then stops at the next, and a long run of "[" or of unclosed
# links is passed over once, not scanned to its end from every "[".
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]*)\]\((?P<url>[^\s)\[]*)\)")
_CATEGORY = re.compile(r"#####[ ]+(?P<text>\S.*)")
_HEADLINE = re.compile(r"#[ ]+(?P<text>\S.*)")
# The URL of a link whose text may hold brackets of its own: no blanks, and no "]("
# (the last "](" of the line opens the URL, so the URL holds none; saying so keeps
# the match linear: each "](" the text passes over is followed only to the next one).
_URL = r"(?P<url>(?:[^\s\]]|\](?!\())*)"
# A heading whose text is a link: a day page's item, or its Previous Day link.
# The link text may hold brackets of its own; the last "](" closes it.
_LINK_HEADING = re.compile(rf"#{{2,4}} +(?P<link>\[(?P<text>.*)\]\({_URL}\))")
_NAVIGATION = re.compile(r"(?P<which>previous|next) day\W*", re.IGNORECASE)
# The name keeps its trailing blanks (stripped when read): a lazy name followed by
# " *" would try every split of a long run of blanks.
_SECTION = re.compile(r"#{2,4} +(?P<name>[A-Za-z][A-Za-z ]*):?")
_SECTIONS = {
    "source": "sources",
    "sources": "sources",
    "related": "related",
    "changes": "changes",
}
# ``1. [text](url) rest`` (text may hold brackets; the last "](" before a URL closes it).
_NUMBERED = re.compile(rf"(?P<num>\d{{1,4}})\. +\[(?P<text>.*)\]\({_URL}\)(?P<rest>.*)")
# The list starts at its first non-blank character, so that the blanks before it are
# read one way only.
_CONTEXT = re.compile(r"_Context: *(?P<list>(?:[^ ].*)?)_")
_CHANGE_NOTE = re.compile(
    r"_(?:(?P<stamp>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?) *)?(?:\((?P<label>[^)]*)\))?_"
)
_PATH_DATE = re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/")


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _timestamp(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        return None


def _is_item_heading(text: str) -> bool:
    """A day page's item: a heading whose link is neither the date nor a day link."""
    m = _LINK_HEADING.fullmatch(text)
    return (
        m is not None
        and _DATE_HEADING.fullmatch(text) is None
        and _NAVIGATION.fullmatch(m.group("text").strip()) is None
    )


def _context_list(text: str) -> tuple[str, ...]:
    return tuple(part for part in (clean_markdown(p) for p in re.split(r",\s+", text)) if part)


class _NewsReader(Reader):
    """Rules shared by items and day pages."""

    def link(self, line: Line, m: re.Match[str]) -> Link:
        """The link of a heading (``group("link")``): ``[2008-03-18](/news/…)``."""
        text, url = clean_markdown(m.group("text")), m.group("url")
        return Link(text=text, url=url, span=self.at(line, m, "link"))

    def text_of(self, line: Line, m: re.Match[str]) -> TextBlock:
        """The markdown text of the ``text`` group of ``m``."""
        span = self.at(line, m, "text")
        return self.markdown(span.start, span.end)

    def formats(self, line: Line, m: re.Match[str]) -> tuple[Link, ...]:
        """The links of a ``Formats:`` line; anything else on it is kept unparsed."""
        offset = line.lead + m.start("links")
        links: list[Link] = []
        last = 0
        text = m.group("links")
        for found in _LINK.finditer(text):
            self.stray(offset + last, offset + found.start(), f"{self.kind}:formats")
            links.append(
                Link(
                    text=clean_markdown(found.group("text")),
                    url=found.group("url"),
                    span=Span(offset + found.start(), offset + found.end()),
                )
            )
            last = found.end()
        self.stray(offset + last, offset + len(text), f"{self.kind}:formats")
        return tuple(links)

    def date_heading(self, line: Line, m: re.Match[str]) -> tuple[Link, dt.date | None]:
        """The date link and the date it gives (checked against its own path)."""
        link = self.link(line, m)
        value = _date(m.group("y"), m.group("m"), m.group("d"))
        if value is None:
            self.report(
                "news-bad-date",
                f"{m.group('text')!r} is not a date",
                field="date",
                span=self.at(line, m, "text"),
                severity=Severity.ERROR,
            )
            return link, None
        in_path = _PATH_DATE.search(link.url)
        if in_path is not None and _date(*in_path.groups()) != value:
            self.report(
                "news-date-mismatch",
                f"the date {m.group('text')} and its link {link.url} disagree",
                field="date",
                span=link.span,
            )
        return link, value

    def context(self, line: Line, m: re.Match[str]) -> tuple[tuple[str, ...], Span]:
        return _context_list(m.group("list")), self.at(line, m)

    def unread(self, line: Line, where: str) -> None:
        self.keep_unparsed(
            line.start,
            line.end,
            context=where,
            code="news-unparsed",
            message=f"no rule for this line in the {where}",
        )

    def again(self, line: Line, what: str) -> None:
        """Keep unparsed a second line of a kind read once (a second date, headline or
        ``_Context:`` line): the first one gives the value, this one is not dropped."""
        self.keep_unparsed(
            line.start,
            line.end,
            context=self.kind,
            code="news-unparsed",
            message=f"a second {what} line: the first one is read, this one is kept unparsed",
        )

    def stray(self, start: int, end: int, where: str) -> None:
        """Keep ``[start, end)`` unparsed unless it is blank."""
        if self.view[start:end].strip():
            self.keep_unparsed(
                start,
                end,
                context=where,
                code="news-unparsed",
                message=f"no rule for this text in the {where}",
            )

    def no_date(self) -> None:
        self.report(
            "news-no-date",
            "no date heading such as '### [2008-03-18](/news/2008/03/18/index.md)'",
            field="date",
            span=self.span(0, len(self.view.split("\n", 1)[0])) if self.view else Span(0, 0),
            severity=Severity.ERROR,
        )


# ---------------------------------------------------------------------------- items


class _ItemReader(_NewsReader):
    def __init__(self, text: str, *, strict: bool, source: str | None) -> None:
        super().__init__(text, kind="news", strict=strict, source=source)
        self.formats_: tuple[Link, ...] | None = None
        self.date_link: Link | None = None
        self.date: dt.date | None = None
        self.category: TextBlock | None = None
        self.headline: TextBlock | None = None
        self.paragraphs: list[TextBlock] = []
        self.context_: tuple[str, ...] = ()
        self.context_span: Span | None = None
        self.sources: list[NewsSource] = []
        self.changes: list[Change] = []
        self.related: list[RelatedItem] = []

    def read(self) -> None:
        lines = self.lines()
        if self._is_day_page(lines):
            return
        section: str | None = None  # None: the head and the summary
        paragraph: list[Line] = []
        for line in lines:
            text = line.stripped
            if not text:
                self._paragraph(paragraph)
                paragraph = []
                continue
            if section is None and self.headline is not None and not text.startswith("#"):
                if m := _CONTEXT.fullmatch(text):
                    self._paragraph(paragraph)
                    paragraph = []
                    self._context(line, m)
                else:
                    paragraph.append(line)
                continue
            self._paragraph(paragraph)
            paragraph = []
            if m := _SECTION.fullmatch(text):
                section = _SECTIONS.get(m.group("name").strip().lower(), "unknown")
                if section == "unknown":
                    self.unread(line, "news")
            elif section is not None:
                self._section_line(section, line)
            else:
                self._head_line(line)
        self._paragraph(paragraph)
        if self.date_link is None:
            self.no_date()
        if self.headline is None:
            self.report(
                "news-no-headline",
                "no headline line such as '# Canada and Japan recognize ...'",
                field="headline",
                span=self.date_link.span if self.date_link is not None else Span(0, 0),
                severity=Severity.ERROR,
            )

    def _is_day_page(self, lines: list[Line]) -> bool:
        """A day page given to parse_news: one error, the text kept unparsed."""
        if any(_HEADLINE.fullmatch(line.stripped) for line in lines):
            return False
        items = sum(1 for line in lines if _is_item_heading(line.stripped))
        if not items:
            return False
        self.keep_unparsed(
            0,
            len(self.raw),
            context="news",
            code="news-day-page",
            message=f"a day page with {items} items, not an item: use parse_news_day()",
        )
        return True

    def _context(self, line: Line, m: re.Match[str]) -> None:
        """The item's ``_Context:`` line; a second one is kept unparsed."""
        if self.context_span is None:
            self.context_, self.context_span = self.context(line, m)
        else:
            self.again(line, "_Context:")

    def _head_line(self, line: Line) -> None:
        """A line above the summary: Formats, the date link, the category or the
        headline, each read once (a second one is kept unparsed), or a stray line."""
        text = line.stripped
        if m := _FORMATS.fullmatch(text):
            if self.formats_ is None:
                self.formats_ = self.formats(line, m)
            else:
                self.again(line, "Formats:")
        elif m := _DATE_HEADING.fullmatch(text):
            if self.date_link is None:
                self.date_link, self.date = self.date_heading(line, m)
            else:
                self.again(line, "date")
        elif m := _CATEGORY.fullmatch(text):
            if self.category is None:
                self.category = self.text_of(line, m)
            else:
                self.again(line, "category")
        elif m := _HEADLINE.fullmatch(text):
            if self.headline is None:
                self.headline = self.text_of(line, m)
            else:
                self.again(line, "headline")
        else:
            self.unread(line, "news")

    def _paragraph(self, lines: list[Line]) -> None:
        if lines:
            self.paragraphs.append(self.markdown(lines[0].start, lines[-1].end))

    def _section_line(self, section: str, line: Line) -> None:
        m = _NUMBERED.fullmatch(line.stripped)
        if section == "unknown" or m is None:
            self.unread(line, f"news:{section}")
            return
        number, url = int(m.group("num")), m.group("url")
        text = clean_markdown(m.group("text"))
        span = self.at(line, m)
        rest_start = line.lead + m.start("rest")
        rest = m.group("rest").strip()
        if section == "sources":
            self.stray(rest_start, line.end, "news:sources")
            self.sources.append(NewsSource(number=number, title=text, url=url, span=span))
        elif section == "related":
            context: tuple[str, ...] = ()
            if found := _CONTEXT.fullmatch(rest):
                context = _context_list(found.group("list"))
            else:
                self.stray(rest_start, line.end, "news:related")
            in_path = _PATH_DATE.search(url)
            date = _date(*in_path.groups()) if in_path is not None else None
            if date is None:
                self.report(
                    "news-related-no-date",
                    f"the related item's link has no date: {url!r}",
                    field="related",
                    span=span,
                )
            self.related.append(
                RelatedItem(
                    number=number, headline=text, link=url, date=date, context=context, span=span
                )
            )
        else:
            stamp: dt.datetime | None = None
            label: str | None = None
            if found := _CHANGE_NOTE.fullmatch(rest):
                stamp = _timestamp(found.group("stamp"))
                label = found.group("label")
            if found is None or (found.group("stamp") and stamp is None):
                self.stray(rest_start, line.end, "news:changes")
            self.changes.append(
                Change(
                    number=number, headline=text, link=url, timestamp=stamp, label=label, span=span
                )
            )

    def item(self) -> NewsItem:
        return NewsItem(
            date=self.date,
            date_precision=DatePrecision.DAY if self.date is not None else None,
            date_link=self.date_link,
            formats=self.formats_ or (),
            category=self.category,
            headline=self.headline,
            link=None,
            paragraphs=tuple(self.paragraphs),
            context=self.context_,
            context_span=self.context_span,
            sources=tuple(self.sources),
            changes=tuple(self.changes),
            related=tuple(self.related),
            source=self.source,
            diagnostics=tuple(self.diagnostics),
            unparsed=tuple(self.unparsed),
            raw=self.raw,
        )


def parse_news(text: str, *, strict: bool = False, source: str | None = None) -> NewsItem:
    """Read one markdown news item.

    Lenient by default: always returns a :class:`~cablegram.model.NewsItem`, with
    problems on ``item.diagnostics`` and lines no rule read on ``item.unparsed``.
    With ``strict=True`` an error (empty or binary text, no date, no headline, a
    line no rule reads) raises :class:`~cablegram.errors.DocumentTextError`.
    ``source`` (a path or URL) is kept on the item.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_news() takes str, not {type(text).__name__}")
    reader = _ItemReader(text, strict=strict, source=source)
    if reader.check_input():
        reader.read()
    return reader.item()


# ------------------------------------------------------------------------ day pages


class _DayItem:
    """What is gathered for one item of a day page."""

    def __init__(self, reader: _DayReader) -> None:
        self.reader = reader
        self.diagnostics_from = len(reader.diagnostics)
        self.unparsed_from = len(reader.unparsed)
        self.category: TextBlock | None = None
        self.headline: TextBlock | None = None
        self.link: str | None = None
        self.paragraphs: list[TextBlock] = []
        self.context: tuple[str, ...] = ()
        self.context_span: Span | None = None
        self.summary: list[Line] = []

    def flush_summary(self) -> None:
        if self.summary:
            start, end = self.summary[0].start, self.summary[-1].end
            self.paragraphs.append(self.reader.markdown(start, end))
            self.summary = []

    def build(self) -> NewsItem:
        self.flush_summary()
        day = self.reader
        return NewsItem(
            date=day.date,
            date_precision=DatePrecision.DAY if day.date is not None else None,
            date_link=day.date_link,
            formats=(),
            category=self.category,
            headline=self.headline,
            link=self.link,
            paragraphs=tuple(self.paragraphs),
            context=self.context,
            context_span=self.context_span,
            sources=(),
            changes=(),
            related=(),
            source=day.source,
            diagnostics=tuple(day.diagnostics[self.diagnostics_from :]),
            unparsed=tuple(day.unparsed[self.unparsed_from :]),
            raw=day.raw,
        )


class _DayReader(_NewsReader):
    def __init__(self, text: str, *, strict: bool, source: str | None) -> None:
        super().__init__(text, kind="news-day", strict=strict, source=source)
        self.formats_: tuple[Link, ...] | None = None
        self.date_link: Link | None = None
        self.date: dt.date | None = None
        self.previous_day: Link | None = None
        self.next_day: Link | None = None
        self.items: list[NewsItem] = []
        self.current: _DayItem | None = None
        self.category: TextBlock | None = None  # read, waiting for its item

    def read(self) -> None:
        lines = self.lines()
        if self._is_item_page(lines):
            return
        for line in lines:
            if not self._line(line):
                self._close()
                self.unread(line, "news-day")
        self._close()
        if self.category is not None:
            self.keep_unparsed(
                self.category.span.start,
                self.category.span.end,
                context="news-day",
                code="news-unparsed",
                message="a category line with no item under it",
            )
        if self.date_link is None:
            self.no_date()

    def _line(self, line: Line) -> bool:
        """Read one line of the page; False for a line no rule reads."""
        text = line.stripped
        current = self.current
        if not text:
            if current is not None:
                current.flush_summary()
            return True
        if m := _DATE_HEADING.fullmatch(text):
            return self._date_line(line, m)
        if m := _LINK_HEADING.fullmatch(text):
            self._close()
            nav = _NAVIGATION.fullmatch(m.group("text").strip())
            if nav is not None:
                return self._navigation(line, m, nav.group("which").lower())
            self._item(line, m)
            return True
        if m := _CATEGORY.fullmatch(text):
            self._close()
            if self.category is None:
                self.category = self.text_of(line, m)
            else:
                self.again(line, "category")
            return True
        if (m := _FORMATS.fullmatch(text)) and current is None:
            if self.formats_ is None:
                self.formats_ = self.formats(line, m)
            else:
                self.again(line, "Formats:")
            return True
        if current is not None and not text.startswith("#"):
            self._summary_line(current, line)
            return True
        return False

    def _date_line(self, line: Line, m: re.Match[str]) -> bool:
        """The day's date heading, above the items; a second one is kept unparsed."""
        if self.date_link is None and self.current is None:
            self.date_link, self.date = self.date_heading(line, m)
            return True
        if self.date_link is None:
            return False
        self._close()
        self.again(line, "date")
        return True

    def _navigation(self, line: Line, m: re.Match[str], which: str) -> bool:
        """A ``Previous Day`` or ``Next Day`` link; a second one is kept unparsed."""
        if which == "previous" and self.previous_day is None:
            self.previous_day = self.link(line, m)
        elif which == "next" and self.next_day is None:
            self.next_day = self.link(line, m)
        else:
            self.again(line, f"{which.capitalize()} Day")
        return True

    def _item(self, line: Line, m: re.Match[str]) -> None:
        """A headline link: a new item, under the category read before it."""
        self.current = _DayItem(self)
        self.current.category, self.category = self.category, None
        self.current.headline = self.text_of(line, m)
        self.current.link = m.group("url")

    def _summary_line(self, current: _DayItem, line: Line) -> None:
        """A line under an item's headline: its ``_Context:`` line (a second one is
        kept unparsed) or a line of its summary."""
        if m := _CONTEXT.fullmatch(line.stripped):
            current.flush_summary()
            if current.context_span is None:
                current.context, current.context_span = self.context(line, m)
            else:
                self.again(line, "_Context:")
        else:
            current.summary.append(line)

    def _close(self) -> None:
        """End the current item: build it, with the problems found since it began."""
        current, self.current = self.current, None
        if current is not None:
            self.items.append(current.build())
            del self.diagnostics[current.diagnostics_from :]
            del self.unparsed[current.unparsed_from :]

    def _is_item_page(self, lines: list[Line]) -> bool:
        """An item given to parse_news_day: one error, the text kept unparsed."""
        if not any(_HEADLINE.fullmatch(line.stripped) for line in lines):
            return False
        if any(_is_item_heading(line.stripped) for line in lines):
            return False
        self.keep_unparsed(
            0,
            len(self.raw),
            context="news-day",
            code="news-not-day-page",
            message="a single item, not a day page: use parse_news()",
        )
        return True

    def day(self) -> NewsDay:
        return NewsDay(
            date=self.date,
            date_link=self.date_link,
            formats=self.formats_ or (),
            items=tuple(self.items),
            previous_day=self.previous_day,
            next_day=self.next_day,
            source=self.source,
            diagnostics=tuple(self.diagnostics),
            unparsed=tuple(self.unparsed),
            raw=self.raw,
        )


def parse_news_day(text: str, *, strict: bool = False, source: str | None = None) -> NewsDay:
    """Read a day page (``index.md`` / ``README.md``) into its items.

    The result iterates, indexes and counts like a tuple of
    :class:`~cablegram.model.NewsItem` (``for item in parse_news_day(text)``); each
    item has the day's date.  Problems of one item are on that item; problems of the
    page as a whole (no date heading, stray lines) on the :class:`NewsDay`.
    Strict mode raises :class:`~cablegram.errors.DocumentTextError` on the first error.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_news_day() takes str, not {type(text).__name__}")
    reader = _DayReader(text, strict=strict, source=source)
    if reader.check_input():
        reader.read()
    return reader.day()
