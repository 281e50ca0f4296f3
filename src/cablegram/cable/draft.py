"""What the stages of one parse have found so far: one :class:`Draft` per cable.

Each stage of :mod:`cablegram.cable.pipeline` reads what the stages before it left
here and adds its own part; :mod:`cablegram.cable.assemble` turns the finished draft
into a frozen :class:`~cablegram.model.Cable`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

import attrs

from cablegram.cable.lines import Lines
from cablegram.model import (
    Addressee,
    Banner,
    Caption,
    Classification,
    ClassifiedBy,
    Comment,
    DatePrecision,
    DateSource,
    DateTimeGroup,
    Declassification,
    HandlingLine,
    PageMarker,
    Paragraph,
    ReceivedCopy,
    Reference,
    Subject,
    Tag,
    TextBlock,
    Transmission,
)

#: The address roles, in the order the lines come (``CC`` is read as INFO).
ROLES = ("FM", "TO", "INFO", "XMT")


def no_addressees() -> dict[str, list[Addressee]]:
    return {role: [] for role in ROLES}


class DateHint(NamedTuple):
    """A date given with the text, not in it: its value (UTC), how much of it is
    known, and who gave it (the page or record the text came with, or the caller)."""

    value: dt.datetime
    precision: DatePrecision
    source: DateSource

    @classmethod
    def of(cls, value: dt.date | None, source: DateSource | str) -> DateHint | None:
        """The hint of a ``datetime`` (to the minute; a naive one is UTC) or a
        ``date`` (the day: 00:00 UTC); None for None."""
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            when = value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)
            when = when.astimezone(dt.timezone.utc).replace(second=0, microsecond=0)
            return cls(when, DatePrecision.MINUTE, DateSource(source))
        if isinstance(value, dt.date):
            day = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
            return cls(day, DatePrecision.DAY, DateSource(source))
        raise TypeError(f"date must be a datetime.date or datetime, not {type(value).__name__}")


class FieldSpan(NamedTuple):
    """Where a text-header field runs: its name (see :data:`~cablegram.cable.fields.FIELDS`)
    and ``[start, end)`` in the view."""

    kind: str
    start: int
    end: int


@attrs.define
class Header:
    """The text header between the banner and the body."""

    captions: list[Caption] = attrs.Factory(list)
    handling: list[HandlingLine] = attrs.Factory(list)
    declassification: Declassification | None = None
    tags: tuple[Tag, ...] = ()
    subject: Subject | None = None
    classified_by: ClassifiedBy | None = None
    #: The REF blocks, built once the cable's own id is known.
    ref_blocks: list[tuple[int, int]] = attrs.Factory(list)
    #: Header fields seen a second time (a page that repeats its header, H-1).
    repeated: list[TextBlock] = attrs.Factory(list)
    #: Operating lines among the captions (``BT``, H-25).
    signals: list[TextBlock] = attrs.Factory(list)

    def complete_from(self, other: Header) -> None:
        """Fill the fields this header lacks from ``other`` (a cut copy of it)."""
        self.captions = self.captions or other.captions
        self.handling = self.handling or other.handling
        self.declassification = self.declassification or other.declassification
        self.tags = self.tags or other.tags
        self.subject = self.subject or other.subject
        self.classified_by = self.classified_by or other.classified_by
        self.ref_blocks = self.ref_blocks or other.ref_blocks
        self.repeated.extend(other.repeated)


@attrs.define
class Body:
    """The body after the header."""

    headings: list[TextBlock] = attrs.Factory(list)
    paragraphs: list[Paragraph] = attrs.Factory(list)
    summary: TextBlock | None = None
    comments: list[Comment] = attrs.Factory(list)
    signature: TextBlock | None = None
    footer: list[TextBlock] = attrs.Factory(list)


@attrs.define(kw_only=True)
class Draft:
    """One cable being read."""

    lines: Lines
    # -- what the caller gave ------------------------------------------------------
    year_hint: int | None = None
    #: A date for a text without DTG or wrapper date: the page's or the caller's.
    date_hint: DateHint | None = None
    reference_id_hint: str | None = None
    metadata: Mapping[str, str] | None = None
    # -- where the reading stands: the next line to read ----------------------------
    cursor: int = 0
    # -- before the banner ---------------------------------------------------------
    wrapper: list[TextBlock] = attrs.Factory(list)
    received: ReceivedCopy | None = None
    transmission: Transmission | None = None
    dtg: DateTimeGroup | None = None
    addressees: dict[str, list[Addressee]] = attrs.Factory(no_addressees)
    #: Page headers printed inside the address lines (H-4).
    address_pages: list[PageMarker] = attrs.Factory(list)
    #: Where a banner glued to the last address line starts.
    glued_banner: int | None = None
    # -- the banner and the page layout -------------------------------------------
    banner: Banner | None = None
    #: Where the text header starts: after the banner, or where the banner would be.
    header_start: int = 0
    #: A copy of the header cut short above the full one: its start and first line.
    cut_copy: tuple[int, int] | None = None
    page_markers: list[PageMarker] = attrs.Factory(list)
    #: The line of the DTG of a later section's copy printed inside the text.
    copy_dtg_line: int | None = None
    # -- the date ------------------------------------------------------------------
    date: dt.datetime | None = None
    precision: DatePrecision | None = None
    source: DateSource | None = None
    #: The year of the cable, for two-digit years (DECL dates, REF items, the id).
    year: int | None = None
    #: The year a wrapper line gave.
    wrapper_year: int | None = None
    # -- header and body -----------------------------------------------------------
    header: Header = attrs.Factory(Header)
    body_start: int = 0
    reference_id: str | None = None
    references: tuple[Reference, ...] = ()
    body: Body = attrs.Factory(Body)
    classification: Classification | None = None
