"""WikiLeaks Cablegate cable pages (``/cable/2008/12/08TRIPOLI926.html``) as cables.

A page has a metadata table (Reference ID, Created, Released, Classification,
Origin) and two ``<code><pre>`` blocks: the transmission header and the text.
Inside them newlines are ``&#x000A;``, TAGS are links to ``/tag/PREL_0.html`` and
each paragraph starts with an anchor ``<a id='par1' href='#par1'>¶</a>``.

:func:`parse_wikileaks_html` reads the page with the standard library's
:class:`html.parser.HTMLParser` (nothing is fetched), keeps the table in
``cable.metadata`` and hands ``header + blank line + body`` to
:func:`cablegram.parse_cable`, with the year of Created and the Reference ID as
hints.  The time of Created is not used: its minutes are wrong on most pages; the
cable's date comes from its DTG.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html.parser import HTMLParser

import attrs

from cablegram.cable import parse_cable
from cablegram.errors import Diagnostic, DocumentSyntaxError, Severity
from cablegram.model import Cable

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

_TITLE = re.compile(r"\s*Viewing cable\s+(?P<id>[^,\s]+)\s*,\s*(?P<subject>.*?)\s*$", re.S)
# Where the cable part of a page starts (the title, the table or the first block,
# whichever comes first): the pages carry some 1,200 navigation links before it,
# which would take the HTML parser nine tenths of its time.
_CABLE_PART = re.compile(
    r"<h3\b[^>]*>\s*Viewing cable\b|<table\b[^>]*\bcable\b|<pre\b", re.IGNORECASE
)
_YEAR = re.compile(r"\s*(?P<year>\d{4})-\d{2}-\d{2}")


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
            if title is not None and title.group("subject"):
                found["page_subject"] = title.group("subject")
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
    reader = _PageReader()
    start = _CABLE_PART.search(html)
    reader.feed(html[start.start() :] if start is not None else html)
    reader.close()
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
        text = ""
    elif len(blocks) == 1:
        problems.append(
            _problem(
                "html-one-block",
                "the page has one <pre> block, read as the cable's text (no header)",
                Severity.INFO,
            )
        )
        text = _join(blocks[0])
    else:
        if len(blocks) > 2:
            problems.append(
                _problem(
                    "html-extra-blocks",
                    f"the page has {len(blocks)} <pre> blocks; the first two are read",
                    Severity.WARNING,
                )
            )
        text = _join(blocks[0], blocks[1])
    if blocks and "ref_id" not in metadata:
        problems.append(
            _problem(
                "html-metadata-missing",
                "no Reference ID in the page's metadata table",
                Severity.WARNING,
            )
        )

    year = _year(metadata)
    cable = parse_cable(
        text,
        strict=strict,
        year=year,
        reference_id=metadata.get("ref_id"),
        metadata=metadata,
    )
    if problems:
        cable = attrs.evolve(cable, diagnostics=(*problems, *cable.diagnostics))
    return cable


def _join(*blocks: str) -> str:
    """The blocks with one blank line between them and one newline at the end, as
    the text files of ``cablegate/`` are made from the pages."""
    return "\n\n".join(block.rstrip("\n") for block in blocks) + "\n"


def _year(metadata: Mapping[str, str]) -> int | None:
    created = _YEAR.match(metadata.get("created", ""))
    return int(created.group("year")) if created is not None else None


def _problem(code: str, message: str, severity: Severity) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message, field="page")
