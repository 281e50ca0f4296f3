"""Government of Canada pages saved as plain text.

A page reads top to bottom as: site chrome (``Government of Canada``, ``Symbol of
the Government of Canada``, the mission's site name, a ``Breadcrumb`` label or
``Language selection``), a numbered breadcrumb (``  1. Home``, ``  2. >``), the
title, the body (paragraphs, one per line, and short section headings), a
publication date line (``April 2009``) and the ``Date Modified:`` footer.  Saved
excerpts are often cut off anywhere after the title.

Every non-blank line gets exactly one role; the rules are line rules in ``re``.
"""

from __future__ import annotations

import datetime as dt
import re

from cablegram.adapters._lines import Line, Reader
from cablegram.errors import Severity
from cablegram.model import Breadcrumb, DatePrecision, Page, PageLayout, TextBlock
from cablegram.span import Span

# -- chrome above the title (whole lines, case-insensitive) -----------------------
_HEADER_CHROME = re.compile(
    r"government of canada|symbol of .+|gouvernement du canada"
    r"|skip to .+|search and menus|menus?|english|fran[cç]ais",
    re.IGNORECASE,
)
_SITE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*\.gc\.ca", re.IGNORECASE)
_BREADCRUMB_LABEL = re.compile(r"breadcrumbs?|you are here:?", re.IGNORECASE)
_LANGUAGE_SELECTION = re.compile(r"language selection", re.IGNORECASE)
# A numbered list item above the title: "  1. Home".
_BREADCRUMB = re.compile(r"(\d{1,2})\.\s+(\S.*)")
# Breadcrumb items that only separate the others.
_SEPARATORS = frozenset({">", ">>", "»", "›", "/", "|", "-"})

# -- chrome inside and below the body ---------------------------------------------
_BODY_CHROME = re.compile(
    r"on this page|top of page|share this page|report a problem or mistake on this page",
    re.IGNORECASE,
)
_FOOTER = re.compile(r"date modified:\s*(.*)", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# -- the publication date line ------------------------------------------------------
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_LINES = (
    re.compile(rf"{_MONTH}\s+(?P<year>\d{{4}})"),  # April 2009
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"),  # April 15, 2009
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}})"),  # 15 April 2009
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),  # 2009-04-15
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})"),  # 2009-04
)

# A section heading: short, no closing punctuation, not a list item.
_HEADING_MAX = 80
_SENTENCE_END = tuple(".!?;:,")


def _date_line(text: str) -> tuple[dt.date, DatePrecision] | None:
    """The date a whole line gives, with its precision, or None."""
    for pattern in _DATE_LINES:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = (
            int(groups["mnum"])
            if groups.get("mnum")
            else _MONTHS.get((groups.get("month") or "").lower())
        )
        if month is None:
            continue
        day = groups.get("day")
        try:
            value = dt.date(int(groups["year"]), month, int(day) if day else 1)
        except ValueError:
            continue
        return value, DatePrecision.DAY if day else DatePrecision.MONTH
    return None


def _iso_date(text: str) -> dt.date | None:
    m = _ISO_DATE.fullmatch(text)
    if m is None:
        return None
    try:
        return dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None


def _is_title(text: str) -> bool:
    """A short line that is not a sentence, a date or markdown (a news item is not a page)."""
    return (
        len(text) <= 150
        and not text.endswith(".")
        and not text.startswith(("#", "["))
        and "](" not in text
        and _date_line(text) is None
        and _FOOTER.fullmatch(text) is None
    )


def _is_heading(text: str) -> bool:
    return (
        len(text) <= _HEADING_MAX
        and not text.endswith(_SENTENCE_END)
        and text[:1].isalnum()
        and _BREADCRUMB.fullmatch(text) is None
    )


class _PageReader(Reader):
    def __init__(self, text: str, *, strict: bool, source: str | None) -> None:
        super().__init__(text, kind="page", strict=strict, source=source)
        self.chrome: list[TextBlock] = []
        self.breadcrumbs: list[Breadcrumb] = []
        self.heading: TextBlock | None = None
        self.subheadings: list[TextBlock] = []
        self.paragraphs: list[TextBlock] = []
        self.date_lines: list[tuple[TextBlock, dt.date, DatePrecision]] = []
        self.footer: TextBlock | None = None
        self.date_modified: dt.date | None = None
        self.layout = PageLayout.NO_CHROME

    def read(self) -> None:
        lines = [line for line in self.lines() if not line.blank]
        rest = self._read_header(lines)
        self._read_title(rest)
        if self.heading is not None:
            rest = rest[1:]
        self._read_body(rest)

    # -- above the title -----------------------------------------------------------
    def _read_header(self, lines: list[Line]) -> list[Line]:
        site = language = header = False
        for k, line in enumerate(lines):
            text = line.stripped
            if _LANGUAGE_SELECTION.fullmatch(text):
                language = True
            elif _SITE_NAME.fullmatch(text) or _BREADCRUMB_LABEL.fullmatch(text):
                site = True
            elif _HEADER_CHROME.fullmatch(text):
                header = True
            elif m := _BREADCRUMB.fullmatch(text):
                item = m.group(2).strip()
                if item in _SEPARATORS:
                    self.chrome.append(self.plain(line.start, line.end))
                else:
                    span = self.span(line.start, line.end)
                    self.breadcrumbs.append(
                        Breadcrumb(number=int(m.group(1)), text=item, span=span)
                    )
                continue
            else:
                self._set_layout(language=language, site=site, header=header)
                return lines[k:]
            self.chrome.append(self.plain(line.start, line.end))
        self._set_layout(language=language, site=site, header=header)
        return []

    def _set_layout(self, *, language: bool, site: bool, header: bool) -> None:
        if language:
            self.layout = PageLayout.LANGUAGE_SELECTION
        elif site:
            self.layout = PageLayout.SITE_BREADCRUMB
        elif header or self.breadcrumbs:
            self.layout = PageLayout.OLD_HEADER

    # -- the title -----------------------------------------------------------------
    def _read_title(self, lines: list[Line]) -> None:
        first = lines[0] if lines else None
        if first is not None and _is_title(first.stripped):
            self.heading = self.plain(first.start, first.end)
            return
        where = self.span(first.start, first.end) if first is not None else Span(0, len(self.raw))
        self.report(
            "page-no-title",
            "no title: the first line after the site chrome is "
            + ("missing" if first is None else "not a title"),
            field="title",
            span=where,
            severity=Severity.ERROR,
        )

    # -- the body and the footer ---------------------------------------------------
    def _read_body(self, lines: list[Line]) -> None:
        # each line's block and role, in two lists (no pair per line to collect)
        blocks: list[TextBlock] = []
        roles: list[str] = []
        for k, line in enumerate(lines):
            text = line.stripped
            if m := _FOOTER.fullmatch(text):
                self._read_footer(line, m.group(1).strip(), lines[k + 1 :])
                break
            if _BODY_CHROME.fullmatch(text):
                self.chrome.append(self.plain(line.start, line.end))
                continue
            block = self.plain(line.start, line.end)
            blocks.append(block)
            when = _date_line(text)
            if when is not None:
                self.date_lines.append((block, *when))
                roles.append("date")
            elif _is_heading(text) and not self._cut_off(line):
                roles.append("heading")
            else:
                roles.append("paragraph")
        # The publication date is the last date line; earlier ones are paragraphs.
        dated = self.date_lines[-1][0] if self.date_lines else None
        for role, block in zip(roles, blocks, strict=True):
            if role == "heading":
                self.subheadings.append(block)
            elif block is not dated:
                self.paragraphs.append(block)

    def _cut_off(self, line: Line) -> bool:
        """True for the last line of a text cut off mid-line: a fragment, not a heading."""
        return line.end == len(self.raw) and not self.raw.endswith("\n")

    def _read_footer(self, line: Line, value: str, after: list[Line]) -> None:
        end = line.end
        if not value and after and _ISO_DATE.fullmatch(after[0].stripped):
            value = after[0].stripped
            end = after[0].end
            after = after[1:]
        self.footer = self.plain(line.start, end)
        if value:
            self.date_modified = _iso_date(value)
            if self.date_modified is None:
                self.report(
                    "page-bad-date-modified",
                    f"the Date Modified footer has no date I can read: {value!r}",
                    field="date_modified",
                    span=self.footer.span,
                )
        # What follows the footer is the site's again (links, notices).
        self.chrome.extend(self.plain(rest.start, rest.end) for rest in after)

    def finish(self) -> None:
        """Diagnostics about what the page lacks."""
        if self.heading is None:
            return
        last = self.lines()[-1] if self.raw and not self.raw.endswith("\n") else None
        if self.footer is None and last is not None and not last.blank:
            self.report(
                "page-cut-off",
                "the text stops mid-line with no footer: an excerpt of the page",
                field="page",
                span=self.span(last.start, last.end),
                severity=Severity.INFO,
            )
        if not self.date_lines:
            self.report(
                "page-no-date",
                "no publication date line (such as 'April 2009')",
                field="date",
                span=None,
            )

    def page(self) -> Page:
        date = self.date_lines[-1] if self.date_lines else None
        return Page(
            layout=self.layout,
            chrome=tuple(sorted(self.chrome, key=lambda b: b.span.start)),
            breadcrumbs=tuple(self.breadcrumbs),
            heading=self.heading,
            subheadings=tuple(self.subheadings),
            paragraphs=tuple(self.paragraphs),
            date_line=date[0] if date else None,
            date=date[1] if date else None,
            date_precision=date[2] if date else None,
            footer=self.footer,
            date_modified=self.date_modified,
            source=self.source,
            diagnostics=tuple(self.diagnostics),
            unparsed=tuple(self.unparsed),
            raw=self.raw,
        )


def parse_page(text: str, *, strict: bool = False, source: str | None = None) -> Page:
    """Read the plain text of a government page.

    Lenient by default: always returns a :class:`~cablegram.model.Page`, with
    problems on ``page.diagnostics``.  With ``strict=True`` an error (empty or
    binary text, no title) raises :class:`~cablegram.errors.DocumentTextError`.
    ``source`` (a path or URL) is kept on the page.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_page() takes str, not {type(text).__name__}")
    reader = _PageReader(text, strict=strict, source=source)
    if reader.check_input():
        reader.read()
        reader.finish()
    return reader.page()
