"""The typed result of parsing a cable.

All classes are frozen attrs classes with tuple fields; every value read from the
text carries the :class:`~cablegram.span.Span` of its source.  Values that are
*derived* from several parts of the cable (``Cable.reference_id``, ``Cable.date``,
``Cable.classification``) are plain values; the parts they come from keep spans.

Closed vocabularies are enums that serialise to their values.  A code that is not
in the vocabulary is never rejected: the enum-typed attribute is ``None`` and the
text is kept in the matching ``*_raw`` attribute, with a diagnostic.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from cablegram import display
from cablegram._frozen import FrozenMapping, frozen_mapping
from cablegram._lazy import deferrable
from cablegram._reduce import pickled_by_fields, pickled_by_name
from cablegram.errors import Diagnostic
from cablegram.export import to_dict
from cablegram.span import Span


class Classification(str, enum.Enum):
    """Security classification of a whole cable (banner or security line)."""

    UNCLASSIFIED = "UNCLASSIFIED"
    UNCLAS_EFTO = "UNCLAS EFTO"
    LIMITED_OFFICIAL_USE = "LIMITED OFFICIAL USE"
    CONFIDENTIAL = "CONFIDENTIAL"
    SECRET = "SECRET"
    TOP_SECRET = "TOP SECRET"


class Precedence(str, enum.Enum):
    """Handling precedence, from the DTG prosigns or an addressee line."""

    FLASH = "FLASH"
    NIACT_IMMEDIATE = "NIACT IMMEDIATE"
    IMMEDIATE = "IMMEDIATE"
    PRIORITY = "PRIORITY"
    ROUTINE = "ROUTINE"


class TagKind(str, enum.Enum):
    SUBJECT = "subject"
    PROGRAM = "program"
    GEOGRAPHIC = "geographic"
    ORGANIZATION = "organization"
    PERSON = "person"
    #: a free-text entry a post wrote instead of a code (``HUMAN RIGHTS``, ``POL``)
    KEYWORD = "keyword"
    UNKNOWN = "unknown"


class ReferenceKind(str, enum.Enum):
    CABLE = "cable"
    EMAIL = "email"
    TELCON = "telcon"
    OTHER = "other"
    REPORT = "report"
    BOOK = "book"


class DatePrecision(str, enum.Enum):
    MINUTE = "minute"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateSource(str, enum.Enum):
    """Where a cable's date comes from."""

    #: The cable's date-time group.
    DTG = "dtg"
    #: A wrapper around the text: a ``Cable dated:`` line, a cables.csv row or a
    #: record dump in the text.
    WRAPPER = "wrapper"
    #: The page or record the text came with: a WikiLeaks page's Created date, a
    #: cables.csv row's date column.
    PAGE = "page"
    #: The caller: ``parse_cable(text, date=...)``, the CLI's ``--date``.
    HINT = "hint"


# --------------------------------------------------------------------------- text


@attrs.frozen(kw_only=True)
class Unparsed:
    """Text that no rule matched, kept with its position."""

    text: str
    span: Span
    context: str


# ------------------------------------------------------------------ transmission


@attrs.frozen(kw_only=True)
class TransmissionId:
    """FL1: ``VZCZC`` + channel designator + channel sequence number."""

    value: str
    channel: str
    sequence: str
    span: Span


@attrs.frozen(kw_only=True)
class RoutingIndicator:
    value: str
    station: str | None
    span: Span


@attrs.frozen(kw_only=True)
class RoutingLine:
    """FL2: precedence digraph and destination routing indicators (wrapped lines joined)."""

    digraph: str
    precedence: Precedence | None
    indicators: tuple[RoutingIndicator, ...]
    span: Span


@attrs.frozen(kw_only=True)
class StationLine:
    """FL3, the DE line: station, station serial number, part, Julian day and filing time."""

    station: str
    station_name: str | None
    serial: str
    part: str | None
    julian_day: int
    time: str
    span: Span


@attrs.frozen(kw_only=True)
class SecurityLine:
    """FL4: ``ZNR``/``ZNY``, the security characters, SPECAT and operating signals."""

    signal: str
    characters: str
    classification: Classification | None
    specat: str | None
    signals: tuple[str, ...]
    span: Span


@attrs.frozen(kw_only=True)
class Transmission:
    """The ACP-127 transmission header (format lines 1-5)."""

    transmission_id: TransmissionId | None
    routing: RoutingLine | None
    station: StationLine | None
    security: SecurityLine | None
    span: Span


@attrs.frozen(kw_only=True)
class OfficeCount:
    """One office on a received copy's distribution and its copies: ``EUR-25``."""

    office: str
    copies: int
    span: Span


@attrs.frozen(kw_only=True)
class ReceivedCopy:
    """The header the Department's system printed above a 1966-2000 telegram.

    ``kind`` is ACTION (incoming copies) or ORIGIN (the Department's own);
    ``copy_mark`` is the W or R after the total; ``page_station`` and ``serial`` are as
    on the PAGE line (the station cut to six letters: ``CAPE T``), or a later page
    line when the copy is cut above its distribution block; both are None when the
    text has no page line at all (a post's copy that starts at its ACTION/INFO block,
    05GABORONE411).
    """

    classification_raw: str | None
    page_station: str | None
    serial: str | None
    section: Section | None
    time: str | None
    kind: str | None
    action: tuple[OfficeCount, ...]
    info: tuple[OfficeCount, ...]
    total: int | None
    copy_mark: str | None
    drafted_by: str | None
    approved_by: str | None
    separator: str | None
    span: Span


@attrs.frozen(kw_only=True)
class DateTimeGroup:
    """FL5: precedence prosigns, the date-time group and trailing operating signals."""

    value: dt.datetime
    prosigns: tuple[str, ...]
    action_precedence: Precedence | None
    info_precedence: Precedence | None
    signals: tuple[str, ...]
    raw: str
    span: Span


@attrs.frozen(kw_only=True)
class Addressee:
    """One FM/TO/INFO/XMT entry."""

    routing_indicator: str | None
    address: str
    offices: tuple[str, ...]
    precedence: Precedence | None
    precedence_raw: str | None
    number: str | None
    collective: bool
    excluded: tuple[str, ...]
    station_name: str | None
    span: Span


# ------------------------------------------------------------------ text header


@attrs.frozen(kw_only=True)
class Section:
    number: int
    total: int
    span: Span


@attrs.frozen(kw_only=True)
class Banner:
    """The classification line: ``C O N F I D E N T I A L SECTION 01 OF 02 OTTAWA 002266``."""

    classification: Classification | None
    classification_raw: str
    section: Section | None
    origin: str
    serial: str
    tosec: str | None
    span: Span
    #: The year some banners of the 1970s write before the post
    #: (``CONFIDENTIAL 75 TEHRAN 2069``), as a four-digit year.
    year: int | None = None


@attrs.frozen(kw_only=True)
class Caption:
    """A caption line item (SIPDIS, NOFORN, ...), or a corrected-copy line with its note."""

    name: str
    note: str | None
    known: bool
    span: Span


@attrs.frozen(kw_only=True)
class HandlingLine:
    """A passing or attention line such as ``DEPT FOR EUR/SCE``, kept as written."""

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Declassification:
    """The E.O. line."""

    order_raw: str | None
    order: str | None
    date: dt.date | None
    codes: tuple[str, ...]
    not_applicable: bool
    text: str
    raw: str
    span: Span


@attrs.frozen(kw_only=True)
class Tag:
    code: str
    kind: TagKind
    meaning: str | None
    span: Span


@attrs.frozen(kw_only=True)
class Marking:
    """A portion marking such as ``(S//NF)`` or ``(C - ENTIRE TEXT)``."""

    level: str | None
    controls: tuple[str, ...]
    entire_text: bool
    raw: str
    span: Span


@attrs.frozen(kw_only=True)
class Subject:
    text: str
    marking: Marking | None
    span: Span


@attrs.frozen(kw_only=True)
class Reference:
    """One item of the REF block."""

    letter: str | None
    kind: ReferenceKind
    year: int | None
    origin: str | None
    serial: str | None
    cable_id: str | None
    notal: bool
    #: The item's text, squashed: the whole item when it cites one cable or one
    #: document; when it cites several cables, this cable's own stretch of it (from
    #: the item's start for the first, else from the cable to the next one); for an
    #: e-mail, telcon or report named beside cables in the same item, its own part.
    text: str
    #: The cited cable (``STATE 165486``), or the whole item when it cites none.
    span: Span
    #: The whole item after its bullet: ``STATE 165486 (NOTAL)``.
    item_span: Span


@attrs.frozen(kw_only=True)
class ClassifiedBy:
    """The ``Classified By`` line: who classified the cable and why."""

    name: str | None
    title: str | None
    office: str | None
    reason_section: str | None
    reason_letters: tuple[str, ...]
    text: str
    span: Span


# -------------------------------------------------------------------------- body


@deferrable("text")
@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of the body.  ``text`` is computed when first read (the
    parser defers it; see :mod:`cablegram._lazy`)."""

    number: str | None
    marking: Marking | None
    #: The text of the last heading above the paragraph (``cable.headings``).
    heading: str | None = None
    text: str
    span: Span


@deferrable("text")
@attrs.frozen(kw_only=True)
class Comment:
    """A comment of the drafter's (``COMMENT:`` ... ``END COMMENT``, or the paragraphs
    under a ``Comment`` heading): its text without the markers, and the number of the
    paragraph it opens in (None when that paragraph has none)."""

    text: str
    paragraph: str | None
    span: Span


@deferrable("text")
@attrs.frozen(kw_only=True)
class TextBlock:
    """A stretch of body text with a role: summary, comment, footer or signature
    (the summary's ``text`` is computed when first read)."""

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class PageMarker:
    """A page or section marker inside the text (``TRIPOLI 00000765 001.2 OF 003``)."""

    text: str
    span: Span


# -------------------------------------------------------------------------- cable


def _optional_precision(value: DatePrecision | str | None) -> DatePrecision | None:
    return None if value is None else DatePrecision(value)


def _minute_if_dated(cable: Cable) -> DatePrecision | None:
    return DatePrecision.MINUTE if cable.date is not None else None


def _precision_with_date(
    cable: Cable, attribute: attrs.Attribute[Any], value: DatePrecision | None
) -> None:
    if (value is None) != (cable.date is None):
        raise ValueError(f"date_precision {value!r} with date {cable.date!r}")


def _optional_source(value: DateSource | str | None) -> DateSource | None:
    return None if value is None else DateSource(value)


def _dtg_if_dated(cable: Cable) -> DateSource | None:
    if cable.date is None:
        return None
    return DateSource.DTG if cable.dtg is not None else DateSource.WRAPPER


def _source_with_date(
    cable: Cable, attribute: attrs.Attribute[Any], value: DateSource | None
) -> None:
    if (value is None) != (cable.date is None):
        raise ValueError(f"date_source {value!r} with date {cable.date!r}")


@deferrable("references")
@attrs.frozen(kw_only=True)
class Cable:
    """A whole cable.  See ``docs/model.md`` for every field.  ``references`` is
    read from the REF blocks when first read (see :mod:`cablegram._lazy`)."""

    reference_id: str | None
    date: dt.datetime | None
    #: How much of ``date`` the text gives: MINUTE for a DTG, a ``Cable dated:`` line or
    #: a cables.csv row, DAY for a record dump (``2003-10-21``: ``date`` is then 00:00
    #: UTC of that day); None without a date.  A value may be given as the enum's
    #: value (``"day"``); left out, it is MINUTE for a date.
    date_precision: DatePrecision | None = attrs.field(
        default=attrs.Factory(_minute_if_dated, takes_self=True),
        converter=_optional_precision,
        validator=_precision_with_date,
    )
    classification: Classification | None
    transmission: Transmission | None
    #: The received-copy header of 1966-2000 telegrams, when there is one.
    received_copy: ReceivedCopy | None
    dtg: DateTimeGroup | None
    #: Where ``date`` comes from: the DTG, a wrapper, the page or record the text came
    #: with (at the precision it gives: a WikiLeaks page's day), or the caller's hint;
    #: None without a date.  Left out, it is DTG when the cable has one, else WRAPPER.
    date_source: DateSource | None = attrs.field(
        default=attrs.Factory(_dtg_if_dated, takes_self=True),
        converter=_optional_source,
        validator=_source_with_date,
    )
    origin: Addressee | None
    recipients: tuple[Addressee, ...]
    info_recipients: tuple[Addressee, ...]
    excluded: tuple[Addressee, ...]
    banner: Banner | None
    captions: tuple[Caption, ...]
    handling: tuple[HandlingLine, ...]
    declassification: Declassification | None
    tags: tuple[Tag, ...]
    subject: Subject | None
    references: tuple[Reference, ...]
    classified_by: ClassifiedBy | None
    #: Section headings of the body (``BACKGROUND``, ``-- Economy --``), their text
    #: without the rules around them.
    headings: tuple[TextBlock, ...] = ()
    paragraphs: tuple[Paragraph, ...]
    summary: TextBlock | None
    comments: tuple[Comment, ...]
    signature: TextBlock | None
    footer: tuple[TextBlock, ...]
    page_markers: tuple[PageMarker, ...]
    wrapper: tuple[TextBlock, ...]
    diagnostics: tuple[Diagnostic, ...]
    unparsed: tuple[Unparsed, ...]
    #: Read-only and hashable, whatever mapping was given (a dict is copied).
    metadata: Mapping[str, str] = attrs.field(factory=FrozenMapping, converter=frozen_mapping)
    raw: str = attrs.field(repr=False)

    @property
    def precedence(self) -> Precedence | None:
        """The action precedence from the DTG prosign."""
        return self.dtg.action_precedence if self.dtg is not None else None

    @property
    def section(self) -> Section | None:
        return self.banner.section if self.banner is not None else None

    # -- Document protocol (see cablegram.document) -----------------------------
    kind = "cable"

    @property
    def doc_id(self) -> str | None:
        return self.reference_id

    @property
    def source(self) -> str | None:
        """Where the text came from, when an adapter or the caller said so
        (``metadata["source"]``: a path, a URL, ``cables.csv`` row 12)."""
        return self.metadata.get("source")

    @property
    def document_number(self) -> str | None:
        """The archive's document number of a received copy: year, the first six
        letters of the station and the serial as the PAGE line prints it
        (``1975PARIS07987``, ``1973BUENOS03147``, ``1973STATE097844``); None
        without a received copy, without a serial (a copy with no page line) or
        without a date."""
        copy = self.received_copy
        if copy is None or copy.serial is None or self.date is None:
            return None
        place = self.banner.origin if self.banner is not None else copy.page_station
        if place is None:
            return None
        station = "".join(ch for ch in place.upper() if ch.isalpha())[:6]
        return f"{self.date.year:04d}{station}{copy.serial}"

    @property
    def title(self) -> str | None:
        return self.subject.text if self.subject is not None else None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    # -- how it looks (cablegram.display) -----------------------------------------
    def __repr__(self) -> str:
        """``<Cable 07OTTAWA2266 2007-12-14 CONFIDENTIAL 'CANADA ON KOSOVO' 4 ¶>``:
        every field is in ``to_dict()``, ``summary_text()`` and the notebook view."""
        return display.cable_repr(self)

    def summary_text(self) -> str:
        """A few lines for a terminal: id, date, classification, precedence, from and
        to, subject, tags with their meanings, references, declassification, what
        the body holds, signature."""
        return display.cable_summary(self)

    def _repr_html_(self) -> str:
        """Jupyter's view: a header card and the text, every decoded field marked by
        its span and each paragraph's marking as a badge."""
        return display.cable_html(self)


# ------------------------------------------------------- government pages, news
#
# The adapters (``cablegram.adapters``) read two simpler formats into these classes:
# the plain text of a Government of Canada page and a markdown current-events item.
# Like a cable they keep ``raw``, ``diagnostics`` and ``unparsed``, every value read
# from the text has a span into ``raw``, and they answer the Document protocol.


def _slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``Kosovo's independence.`` ->
    ``kosovo-s-independence`` (the way the news site names its files)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]+", "-", ascii_text.lower()).strip("-")


class PageLayout(str, enum.Enum):
    """The page templates met so far (see ``cablegram.adapters.page``)."""

    #: ``Government of Canada`` / ``Symbol of the Government of Canada`` and a
    #: numbered breadcrumb above the title.
    OLD_HEADER = "old-header"
    #: The old header plus the mission's site name (``Hungary.gc.ca``) and a
    #: ``Breadcrumb`` label.
    SITE_BREADCRUMB = "site-breadcrumb"
    #: The title is the first line: no site chrome at all.
    NO_CHROME = "no-chrome"
    #: The newer template: ``Language selection`` above the title, ``On this page``.
    LANGUAGE_SELECTION = "language-selection"


@attrs.frozen(kw_only=True)
class Breadcrumb:
    """One numbered breadcrumb item above a page's title (``  1. Home``)."""

    number: int
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Page:
    """A government web page saved as plain text.

    ``chrome`` holds the site's own lines (``Government of Canada``, the breadcrumb
    label and separators, ``Language selection``, what follows the footer), apart
    from the content: ``heading`` (the page title), ``subheadings`` and ``paragraphs``
    in reading order, the publication ``date_line`` and the ``Date Modified:``
    ``footer``.  ``date_modified`` is None when the footer is empty or cut off.
    """

    layout: PageLayout
    chrome: tuple[TextBlock, ...]
    breadcrumbs: tuple[Breadcrumb, ...]
    heading: TextBlock | None
    subheadings: tuple[TextBlock, ...]
    paragraphs: tuple[TextBlock, ...]
    #: The publication date line (``April 2009``) and what it says.
    date_line: TextBlock | None
    date: dt.date | None
    date_precision: DatePrecision | None
    footer: TextBlock | None
    date_modified: dt.date | None
    source: str | None
    diagnostics: tuple[Diagnostic, ...]
    unparsed: tuple[Unparsed, ...]
    raw: str = attrs.field(repr=False)

    # -- Document protocol (see cablegram.document) -----------------------------
    kind = "page"

    @property
    def title(self) -> str | None:
        return self.heading.text if self.heading is not None else None

    @property
    def doc_id(self) -> str | None:
        """``page:`` and the title's slug (``page:canada-kosovo-relations``): the same
        for every saved copy of a page, whatever file or URL it came from."""
        slug = _slug(self.title or "")
        return f"page:{slug}" if slug else None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def __repr__(self) -> str:
        return display.document_repr(self)

    def _repr_html_(self) -> str:
        return display.document_html(self)


@attrs.frozen(kw_only=True)
class Link:
    """A markdown link ``[text](url)`` read as a whole (a date, a format, a day)."""

    text: str
    url: str
    span: Span


@attrs.frozen(kw_only=True)
class NewsSource:
    """One numbered item under ``### Source:``: the outlet's name and its URL.

    Numbers are kept as written: a ``Cover Image`` entry repeats the number before it.
    """

    number: int
    title: str
    url: str
    span: Span

    @property
    def is_cover_image(self) -> bool:
        return self.title.casefold() == "cover image"


@attrs.frozen(kw_only=True)
class RelatedItem:
    """One numbered item under ``### Related:``: another item's headline and path,
    the date in that path and the ``_Context: Canada, Japan_`` topics it shares."""

    number: int
    headline: str
    link: str
    date: dt.date | None
    context: tuple[str, ...]
    span: Span


@attrs.frozen(kw_only=True)
class Change:
    """One entry of an item's ``### Changes:`` history.

    ``timestamp`` is as the site prints it (no zone given); ``label`` is what the
    parentheses say: ``First version``, ``Update``, ``Current version``.
    """

    number: int
    headline: str
    link: str
    timestamp: dt.datetime | None
    label: str | None
    span: Span


@attrs.frozen(kw_only=True)
class NewsItem:
    """A current-events item in markdown, or one item of a day page.

    ``date`` comes from the date link (``### [2008-03-18](/news/2008/03/18/index.md)``,
    kept as ``date_link``).  ``link`` is the item's own path when the text names it
    (the headline of a day page is a link); a standalone item does not.
    """

    date: dt.date | None
    date_precision: DatePrecision | None
    date_link: Link | None
    formats: tuple[Link, ...]
    category: TextBlock | None
    headline: TextBlock | None
    link: str | None
    paragraphs: tuple[TextBlock, ...]
    context: tuple[str, ...]
    context_span: Span | None
    sources: tuple[NewsSource, ...]
    changes: tuple[Change, ...]
    related: tuple[RelatedItem, ...]
    source: str | None
    diagnostics: tuple[Diagnostic, ...]
    unparsed: tuple[Unparsed, ...]
    raw: str = attrs.field(repr=False)

    # -- Document protocol (see cablegram.document) -----------------------------
    kind = "news"

    @property
    def title(self) -> str | None:
        return self.headline.text if self.headline is not None else None

    @property
    def doc_id(self) -> str | None:
        """The day's path and the headline's slug as fragment
        (``/news/2008/03/18/index.md#canada-and-japan-recognize-kosovo-s-independence``):
        the same for an item read alone and read from its day page.  Without a date
        link, the item's own ``link``."""
        if self.date_link is None:
            return self.link
        slug = _slug(self.title or "")
        return f"{self.date_link.url}#{slug}" if slug else self.date_link.url

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def cover_image(self) -> str | None:
        """The URL of the ``Cover Image`` source, if there is one."""
        return next((s.url for s in self.sources if s.is_cover_image), None)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def __repr__(self) -> str:
        return display.document_repr(self)

    def _repr_html_(self) -> str:
        return display.document_html(self)


@attrs.frozen(kw_only=True)
class NewsDay:
    """A day page (``index.md`` / ``README.md``): the day's items in page order.

    Iterates, indexes and counts like the tuple of its ``items``.  Problems that
    belong to no single item (a missing date heading, stray lines) are on the day's
    ``diagnostics`` and ``unparsed``; each item has its own.  Every span indexes
    ``raw``, which the items share.
    """

    date: dt.date | None
    date_link: Link | None
    formats: tuple[Link, ...]
    items: tuple[NewsItem, ...]
    #: The ``## [Previous Day...](…)`` and ``## [Next Day...](…)`` links.
    previous_day: Link | None
    next_day: Link | None
    source: str | None
    diagnostics: tuple[Diagnostic, ...]
    unparsed: tuple[Unparsed, ...]
    raw: str = attrs.field(repr=False)

    kind = "news-day"

    def __iter__(self) -> Iterator[NewsItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> NewsItem:
        return self.items[index]

    @property
    def all_diagnostics(self) -> tuple[Diagnostic, ...]:
        """The day's diagnostics and every item's, in text order."""
        found = [*self.diagnostics, *(d for item in self.items for d in item.diagnostics)]
        return tuple(sorted(found, key=lambda d: d.span.start if d.span is not None else -1))

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def __repr__(self) -> str:
        return f"<NewsDay {self.date} {len(self.items)} items>"

    def _repr_html_(self) -> str:
        return display.documents_html(self.items)


# Every model class pickles by its stored fields, every enum by its members' names
# (cablegram._reduce): a parallel read sends each document it parses from a worker to
# the calling process.
for _cls in list(globals().values()):
    if isinstance(_cls, type) and _cls.__module__ == __name__:
        if attrs.has(_cls):
            pickled_by_fields(_cls)
        elif issubclass(_cls, enum.Enum):
            pickled_by_name(_cls)
del _cls
