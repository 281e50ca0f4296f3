"""WikiLeaks Cablegate cable pages (``/cable/2008/12/08TRIPOLI926.html``) as cables.

A page has a metadata table (Reference ID, Created, Released, Classification,
Origin) and two ``<code><pre>`` blocks: the transmission header and the text.
Inside them newlines are ``&#x000A;``, TAGS are links to ``/tag/PREL_0.html`` and
each paragraph starts with an anchor ``<a id='par1' href='#par1'>¶</a>``.

:func:`parse_wikileaks_html` reads the page with the standard library's
:class:`html.parser.HTMLParser` (nothing is fetched), keeps the table in
``cable.metadata`` and hands ``header + blank line + body`` to
:func:`cablegram.parse_cable`, with the year of Created and the Reference ID as
hints.  The cable's date comes from its DTG; a text without one (a partial extract)
takes the day of Created, at day precision (``date_source`` ``page``): the day agrees
with the DTG on 4,075 of the 4,077 development pages that have both, the time on 64
only.

Before the parser sees a page, the page is cut to its cable part, numeric character
references too long for ``int`` are shortened, and each ``<`` that opens markup the
parser could not close is escaped (:class:`_Guard`): the standard parser of Python
before 3.13.4 takes time in the square of the length of a page full of such markup.
Every step takes time in proportion to the length of the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from html.parser import HTMLParser

import attrs

from cablegram.cable import parse_cable
from cablegram.errors import Diagnostic, DocumentSyntaxError, Severity
from cablegram.model import Cable, DateSource

__all__ = ["parse_wikileaks_html"]

#: Metadata table headings -> ``cable.metadata`` keys.
_COLUMNS = {
    "reference id": "ref_id",
    "created": "created",
    "released": "released",
    "classification": "classification",
    "origin": "origin",
}

#: Tags that are markup inside a ``<pre>`` block.  Anything else there that the
#: HTML parser takes for a tag (``<Israel>``, ``<NAME>``) is text of the cable that
#: the page did not escape; it is kept as written.
_MARKUP = frozenset(
    {"a", "abbr", "b", "br", "code", "em", "font", "i", "p", "pre", "span", "strong"}
    | {"sub", "sup", "table", "tbody", "td", "th", "tr", "u"}
)

# The subject is the rest of the title, its trailing white space stripped in code (a
# lazy ``.*?\s*$`` would try every white space run once per character before it).
_TITLE = re.compile(r"\s*Viewing cable\s+(?P<id>[^,\s]+)\s*,\s*(?P<subject>.*)", re.S)
# Where the cable part of a page starts (the title, the table or the first block,
# whichever comes first): the pages carry some 1,200 navigation links before it,
# which would take the HTML parser nine tenths of its time.  The candidates are
# found by one regex; what follows them is checked by :func:`_cable_part_start`.
_PART_TAG = re.compile(r"<(?:(?P<h3>h3)|(?P<table>table)|pre)\b", re.IGNORECASE)
_VIEWING = re.compile(r"\s*Viewing cable\b", re.IGNORECASE)
_CABLE_CLASS = re.compile(r"\bcable\b", re.IGNORECASE)
# ASCII digits only: ``\d`` also takes Arabic-Indic and other digits.
_CREATED = re.compile(r"\s*(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})")

# A numeric character reference written with more than 20 digits, shortened before
# the HTML parser sees it: ``int`` refuses a decimal string of more than 4,300
# digits, and no code point needs more than seven.
_LONG_REF = re.compile(r"&#(?:(?P<dec>[0-9]{21,})|[xX](?P<hex>[0-9a-fA-F]{21,}))")
#: What a reference beyond U+10FFFF is shortened to: the standard parser reads any
#: such reference as U+FFFD, and so does it read this one.
_OUT_OF_RANGE = "&#65533"

# A start tag in which every quote opens or closes a quoted value, each value
# ending before the tag's first ``>`` (see :meth:`_Guard._start_tag_end`): a name,
# attributes after white space (ASCII white space only, at which the standard
# parser's tag names end), ``=`` and quoted or bare values without quotes.  The
# standard parser reads the same attributes in such a tag, so no quoted value of its
# reading runs past the ``>``.
_WS = r"[ \t\n\r\f]"
_PLAIN_TAG = re.compile(
    rf"<[a-zA-Z][^\s\"'<>/=\x00]*"
    rf"(?:{_WS}+[^\s\"'<>/=\x00]+(?:{_WS}*={_WS}*(?:'[^']*'|\"[^\"]*\"|[^\s\"'<>`\x00]+))?)*"
    rf"{_WS}*/?>"
)
# What the standard parser (``_markupbase``) looks for after ``<![``: a keyword, and
# the end of the marked section it opens.
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_SECTION_END = re.compile(r"]\s*]\s*>")
_MS_SECTION_END = re.compile(r"]\s*>")
_SECTION_KEYWORDS = frozenset({"temp", "cdata", "ignore", "include", "rcdata"})
_MS_SECTION_KEYWORDS = frozenset({"if", "else", "endif"})
_COMMENT_END = re.compile(r"--\s*>")
_TAG_END = re.compile(">")
# A start tag's name as the standard parser reads it, and the elements whose text
# it does not read as markup.
_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
_RAW_TEXT_ELEMENTS = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS) | frozenset(
    getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ())
)


class _PageReader(HTMLParser):
    """Collects the title, the metadata table and the ``<pre>`` blocks of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.blocks: list[str] = []
        self._pre: list[str] | None = None
        self._pre_depth = 0
        # the metadata table: headings, then the cells of the first data row
        self._table_depth = 0
        self.headings: list[str] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None
        self._rows = 0

    def parse_html_declaration(self, i: int) -> int:
        """A ``<![`` that opens no marked section (``<![A:``, ``<![0``) is text: the
        standard parser of Python before 3.13 fails on it with an AssertionError."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            close = self.rawdata.find(">", i + 1)
            end = close + 1 if close >= 0 else len(self.rawdata)
            self.handle_data(self.rawdata[i:end])
            return end

    # -- tags ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._pre is not None:
            if tag == "pre":
                self._pre_depth += 1
            elif tag not in _MARKUP:
                self._pre.append(self.get_starttag_text() or "")
            return
        if tag == "pre":
            self._pre = []
            self._pre_depth = 1
        elif tag == "h3" and self.title is None:
            self.title_parts = []
        elif tag == "table":
            if self._table_depth or any(
                name == "class" and value and "cable" in value.split() for name, value in attrs
            ):
                self._table_depth += 1
        elif self._table_depth == 1:
            if tag == "tr":
                self._rows += 1
            elif tag in ("th", "td") and self._rows <= 2:
                self._cell = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._pre is not None:
            if tag not in _MARKUP:
                self._pre.append(self.get_starttag_text() or "")
            return
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._pre is not None:
            if tag == "pre":
                self._pre_depth -= 1
                if self._pre_depth == 0:
                    self.blocks.append("".join(self._pre))
                    self._pre = None
            elif tag not in _MARKUP:
                self._pre.append(f"</{tag}>")
            return
        if tag == "h3" and self.title_parts is not None:
            self.title = "".join(self.title_parts)
            self.title_parts = None
        elif tag == "table" and self._table_depth:
            self._table_depth -= 1
        elif tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            (self.headings if tag == "th" else self.cells).append(text)
            self._cell = None

    # -- text ------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._pre is not None:
            self._pre.append(data)
        elif self._cell is not None:
            self._cell.append(data)
        elif self.title_parts is not None:
            self.title_parts.append(data)

    def close(self) -> None:
        super().close()
        if self._pre is not None:  # a page cut inside a <pre> block
            self.blocks.append("".join(self._pre))
            self._pre = None

    # -- results ---------------------------------------------------------------
    def metadata(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for heading, cell in zip(self.headings, self.cells, strict=False):
            key = _COLUMNS.get(heading.lower())
            if key is not None and cell:
                found[key] = cell
        if self.title is not None:
            title = _TITLE.match(self.title)
            subject = title.group("subject").rstrip() if title is not None else ""
            if subject:
                found["page_subject"] = subject
        return found


def parse_wikileaks_html(html: str, *, strict: bool = False, source: str | None = None) -> Cable:
    """Parse a WikiLeaks Cablegate cable page into a :class:`~cablegram.Cable`.

    ``cable.metadata`` holds what the page's table says, under ``ref_id``,
    ``created``, ``released``, ``classification`` and ``origin``, the subject of
    the page's title as ``page_subject``, and ``source`` when given.  The text is
    the header ``<pre>`` block, a blank line and the body ``<pre>`` block and a
    final newline, exactly as the corpus's text files are made: entities decoded,
    links reduced to their text (``¶``, TAGS codes), ``<br>`` dropped, and what the
    page left unescaped (``<<Israel>>``, a lone ``<``) kept as written.

    A page with no ``<pre>`` block has no cable: with ``strict=True`` that raises
    :class:`~cablegram.errors.DocumentSyntaxError`, otherwise the cable is empty and
    carries an ``html-no-cable`` error diagnostic.  Problems in the cable text
    itself are the cable parser's (see :func:`cablegram.parse_cable`).
    """
    if not isinstance(html, str):
        raise TypeError(f"parse_wikileaks_html() takes str, not {type(html).__name__}")
    reader = _read_page(html)
    metadata = reader.metadata()
    if source is not None:
        metadata["source"] = source

    problems: list[Diagnostic] = []
    blocks = reader.blocks
    if not blocks:
        message = "the page has no <pre> block: no cable text"
        if strict:
            raise DocumentSyntaxError(message, code="html-no-cable", source=source)
        problems.append(_problem("html-no-cable", message, Severity.ERROR))
    text = _cable_text(blocks, problems)
    if blocks and "ref_id" not in metadata:
        problems.append(
            _problem(
                "html-metadata-missing",
                "no Reference ID in the page's metadata table",
                Severity.WARNING,
            )
        )

    day = _created_day(metadata)
    cable = parse_cable(
        text,
        strict=strict,
        date=day,
        date_source=DateSource.PAGE,
        reference_id=metadata.get("ref_id"),
        metadata=metadata,
    )
    if problems:
        cable = attrs.evolve(cable, diagnostics=(*problems, *cable.diagnostics))
    return cable


def _read_page(html: str) -> _PageReader:
    """The page read from where its cable part starts (see :func:`_cable_part_start`),
    its long references shortened and its unclosed markup escaped first (see
    :func:`_shorten_references` and :class:`_Guard`)."""
    reader = _PageReader()
    part = html[_cable_part_start(html) :]
    reader.feed(_Guard(_shorten_references(part)).escaped())
    reader.close()
    return reader


def _cable_text(blocks: list[str], problems: list[Diagnostic]) -> str:
    """The cable's text from the page's ``<pre>`` blocks: the first two, or the one
    there is, or nothing; what is unusual about them goes on ``problems``."""
    if not blocks:
        return ""
    if len(blocks) == 1:
        problems.append(
            _problem(
                "html-one-block",
                "the page has one <pre> block, read as the cable's text (no header)",
                Severity.INFO,
            )
        )
        return _join(blocks[0])
    if len(blocks) > 2:
        problems.append(
            _problem(
                "html-extra-blocks",
                f"the page has {len(blocks)} <pre> blocks; the first two are read",
                Severity.WARNING,
            )
        )
    return _join(blocks[0], blocks[1])


def _join(*blocks: str) -> str:
    """The blocks with one blank line between them and one newline at the end, as
    the text files of ``cablegate/`` are made from the pages."""
    return "\n\n".join(block.rstrip("\n") for block in blocks) + "\n"


def _created_day(metadata: Mapping[str, str]) -> dt.date | None:
    """The day of the table's Created (``2008-12-08 16:05``), if it is a day."""
    created = _CREATED.match(metadata.get("created", ""))
    if created is None:
        return None
    try:
        return dt.date(int(created["year"]), int(created["month"]), int(created["day"]))
    except ValueError:  # "2008-02-30"
        return None


def _problem(code: str, message: str, severity: Severity) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message, field="page")


# -- the cable part ---------------------------------------------------------------


def _cable_part_start(html: str) -> int:
    """Where the cable part of a page starts: at the first ``<h3>`` tag whose text
    opens with "Viewing cable", ``<table>`` tag that names the class ``cable``, or
    ``<pre>`` tag; 0 when there is none.

    A tag ends at the first ``>`` after it.  Candidates that share that end share the
    answer, so each end is tried once for each kind of tag: a page full of unclosed
    ``<table`` or ``<h3`` takes time in proportion to its length.
    """
    ends = _NextMatch(_TAG_END, html)
    # the last tag end where each kind did not fit; -1: no ">" is left, none fits
    failed = {"h3": -1, "table": -1}
    for candidate in _PART_TAG.finditer(html):
        kind = candidate.lastgroup
        if kind is None:  # <pre
            return candidate.start()
        end = ends.start(candidate.end())
        if end == failed[kind]:
            continue
        if end >= 0 and _fits(kind, html, candidate.end(), end):
            return candidate.start()
        failed[kind] = end
    return 0


def _fits(kind: str, html: str, after_name: int, end: int) -> bool:
    """Whether the ``<h3`` or ``<table`` tag ending at ``end`` opens the cable part:
    the title's text starts with "Viewing cable", the table's tag names ``cable``."""
    if kind == "h3":
        return _VIEWING.match(html, end + 1) is not None
    return _CABLE_CLASS.search(html, after_name, end) is not None


# -- references and unclosed markup ---------------------------------------------


def _shorten_references(html: str) -> str:
    """``html`` with each numeric character reference of more than 20 digits written
    short: its leading zeros dropped, and a value beyond U+10FFFF written as
    ``&#65533``, which the HTML parser reads as U+FFFD as it reads any reference out
    of range.  The parser itself would raise on a reference of more than 4,300
    decimal digits."""
    return _LONG_REF.sub(_short_reference, html)


def _short_reference(reference: re.Match[str]) -> str:
    """The short form of one long reference (see :func:`_shorten_references`)."""
    decimal = reference.group("dec")
    if decimal is not None:
        digits = decimal.lstrip("0") or "0"
        return f"&#{digits}" if len(digits) <= 7 else _OUT_OF_RANGE
    digits = reference.group("hex").lstrip("0") or "0"
    return f"&#x{digits}" if len(digits) <= 6 else _OUT_OF_RANGE


class _NextMatch:
    """The first match of a pattern at or after a position, for positions that never
    decrease: the text is searched again only once the position has passed the last
    match, so all the searches together read it about once."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._searched_from = len(text) + 1
        self._found: tuple[int, int] | None = None

    def span(self, position: int) -> tuple[int, int] | None:
        """Where the first match at or after ``position`` starts and ends, if any."""
        if position < self._searched_from or (
            self._found is not None and self._found[0] < position
        ):
            match = self._pattern.search(self._text, position)
            self._searched_from = position
            self._found = match.span() if match is not None else None
        return self._found

    def start(self, position: int) -> int:
        """Where the first match at or after ``position`` starts, -1 if there is none."""
        found = self.span(position)
        return found[0] if found is not None else -1


class _Guard:
    """Escapes each ``<`` that opens markup the standard HTML parser could not close.

    Before Python 3.13.4 (CVE-2025-6069) :class:`html.parser.HTMLParser` looks for
    the end of a tag, comment or declaration as far as the end of the text and, when
    there is none, reads the text up to the next ``>`` as text and looks again from
    there: a page full of unclosed tags took time in the square of its length.  Such
    a ``<``, and every ``<`` up to that next ``>``, is written ``&lt;`` here, which
    the parser reads as the same text at once.

    What counts as closed follows the parser: a tag, an end tag, a processing
    instruction or a declaration needs a ``>``, a comment ``-->``, a marked section
    its ``]]>`` or ``]>``.  A start tag also needs its first ``>`` before the next
    ``<``, and when it holds quotes, to be plain (``_PLAIN_TAG``): the parser lets a
    quoted value run past ``>`` and ``<``, as far as the next quote.  The ``<`` are
    judged in order, each from where the parser goes on after the one before (after
    a ``<script>`` tag, at the element's end tag); each judgement reads the text up
    to the next ``<`` or to the end of the markup it opens, and the searches for
    closers are shared, so the whole takes time in proportion to the length of the
    text.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._tag_end = _NextMatch(_TAG_END, text)
        self._comment_end = _NextMatch(_COMMENT_END, text)
        self._section_end = _NextMatch(_SECTION_END, text)
        self._ms_section_end = _NextMatch(_MS_SECTION_END, text)
        self._raw_text_ends: dict[tuple[str, int], _NextMatch] = {}
        self._pieces: list[str] = []
        self._done = 0

    def escaped(self) -> str:
        """The text with every ``<`` that opens unclosed markup written ``&lt;``."""
        text = self._text
        at = text.find("<")
        while at >= 0:
            following = text.find("<", at + 1)
            resume = self._closed_at(at, following)
            if resume < 0:
                at = self._escape_unclosed(at, following)
                continue
            resume = max(resume, self._raw_text_end(at, resume))
            at = following if following < 0 or following >= resume else text.find("<", resume)
        self._pieces.append(text[self._done :])
        return "".join(self._pieces)

    def _escape_unclosed(self, at: int, following: int) -> int:
        """Escape the unclosed markup at ``at`` as the parser reads it, as text up to
        the next ``>`` (only the ``<`` when there is none); returns the next ``<``."""
        end = self._tag_end.start(at + 1)
        if end < 0:
            self._escape(at)
            return following
        while 0 <= at <= end:
            self._escape(at)
            at = self._text.find("<", at + 1)
        return at

    def _escape(self, at: int) -> None:
        self._pieces += (self._text[self._done : at], "&lt;")
        self._done = at + 1

    def _raw_text_end(self, at: int, resume: int) -> int:
        """When the closed markup from ``at`` to ``resume`` is a start tag after which
        the parser reads text, not markup (``<script>``, ``<style>``), where that
        text ends (the length of the text when it never does); -1 otherwise."""
        name = _TAG_NAME.match(self._text, at + 1)
        if name is None or name.group().lower() not in _RAW_TEXT_ELEMENTS:
            return -1
        pattern = _RawTextProbe().end_pattern(self._text[at:resume])
        if pattern is None:  # <script/>
            return -1
        key = (pattern.pattern, pattern.flags)
        ends = self._raw_text_ends.setdefault(key, _NextMatch(pattern, self._text))
        start = ends.start(resume)
        return start if start >= 0 else len(self._text)

    def _closed_at(self, at: int, following: int) -> int:
        """Where the parser goes on after the markup the ``<`` at ``at`` opens, -1
        when it is not closed (``following``: the next ``<``, -1 if none).  The
        kinds of markup are told apart as the parser tells them."""
        text = self._text
        second = text[at + 1 : at + 2]
        if second.isascii() and second.isalpha():
            return self._start_tag_end(at, following)
        if second not in ("/", "?", "!"):
            return at + 1  # a "<" the parser reads as text
        if text.startswith("<!--", at):
            return _end_of(self._comment_end.span(at + 4))
        if text.startswith("<![", at):
            return self._section_end_at(at)
        return _end_of(self._tag_end.span(at + 1))  # </a>, <?pi>, <!DOCTYPE>, <!bogus>

    def _start_tag_end(self, at: int, following: int) -> int:
        """Where the start tag at ``at`` ends, if it ends at its first ``>``, before
        the next ``<``, with every quoted value inside it; -1 otherwise."""
        text = self._text
        end = self._tag_end.start(at + 1)
        if end < 0 or 0 <= following < end:
            return -1
        if text.find("'", at, end) >= 0 or text.find('"', at, end) >= 0:
            plain = _PLAIN_TAG.match(text, at, end + 1)
            if plain is None or plain.end() != end + 1:
                return -1
        return end + 1

    def _section_end_at(self, at: int) -> int:
        """Where the parser goes on after the ``<![`` at ``at``: after its marked
        section's end, or, when it opens no marked section, after the next ``>`` (see
        :meth:`_PageReader.parse_html_declaration`); -1 when the section is not closed."""
        text = self._text
        name = _DECL_NAME.match(text, at + 3)
        if at + 3 == len(text) or (name is not None and name.end() == len(text)):
            return -1
        keyword = name.group().strip().lower() if name is not None else ""
        if keyword in _SECTION_KEYWORDS:
            return _end_of(self._section_end.span(at + 3))
        if keyword in _MS_SECTION_KEYWORDS:
            return _end_of(self._ms_section_end.span(at + 3))
        end = self._tag_end.start(at + 1)
        return end + 1 if end >= 0 else len(text)


def _end_of(span: tuple[int, int] | None) -> int:
    """The end of a match's span, -1 when there is no match."""
    return span[1] if span is not None else -1


class _RawTextProbe(HTMLParser):
    """Reads one start tag, to tell whether the standard parser takes the text after
    it as the text of an element (``<script>``, ``<style>``) rather than as markup."""

    def end_pattern(self, tag: str) -> re.Pattern[str] | None:
        """The pattern the parser looks for the element's end with after ``tag``, or
        None when the parser reads markup after it."""
        self.feed(tag)
        return self.interesting if self.cdata_elem is not None else None
