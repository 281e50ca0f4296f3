"""One parse of one cable: :data:`STAGES` in the order a cable is written.

Each stage is a function of the parse's :class:`~cablegram._context.Context` (the
text, its view, the policy, the diagnostics) and its
:class:`~cablegram.cable.draft.Draft` (what the stages before it found); its
docstring names the hard cases of the format reference it handles.  Where a field
is read is in :mod:`cablegram.cable.fields` (text header),
:mod:`cablegram.cable.transmission` and :mod:`cablegram.cable.addresses` (transmission
header), :mod:`cablegram.cable.body` (body) and :mod:`cablegram.cable.derive` (values
read from several parts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping

from cablegram._context import Context
from cablegram._text import make_view
from cablegram.cable import (
    assemble,
    body,
    collapsed,
    copies,
    derive,
    embedded,
    header_fields,
    received,
    transmission,
    wrappers,
)
from cablegram.cable.draft import DateHint, Draft
from cablegram.cable.fields import subject
from cablegram.cable.lines import Lines
from cablegram.model import Cable, DateSource

Stage = Callable[[Context, Draft], None]

STAGES: tuple[Stage, ...] = (
    wrappers.read_before,  # wrapper lines, mail wrappers, a heading over the header
    received.read,  # PAGE 01 ... received copy (1966-2000)
    transmission.read,  # VZCZC ... DTG, FM/TO/INFO/XMT
    embedded.read,  # a second cable after the first: not read into it
    wrappers.read_after,  # wrapper text between the header and the banner
    copies.find_banner,  # on its line, further down or glued; cut and repeated copies
    copies.mark_pages,  # page markers and section-copy headers
    derive.date,  # DTG, else a wrapper's date: the year for later stages (or a hint's)
    copies.mask_pages,  # the markers blanked: the header and body read without them
    header_fields.read,  # captions, handling, E.O., TAGS, SUBJECT, REF, Classified By
    subject.from_mail,  # no SUBJECT line: a mail wrapper's subject
    derive.reference_id,  # banner + FM + DE, checked against the hint
    derive.given_date,  # no date in the text: the page's or the caller's
    derive.report_missing,  # no banner, no date
    header_fields.build_later,  # REF items and TAGS in context need the cable's own id
    body.read,  # paragraphs, summary, comments, signature, footer
    derive.classification,  # banner, else security line, else the highest portion mark
)


def parse_cable(
    text: str,
    *,
    strict: bool = False,
    year: int | None = None,
    date: dt.date | None = None,
    date_source: DateSource | str = DateSource.HINT,
    reference_id: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Cable:
    """Parse the text of one cable.

    Lenient by default: always returns a :class:`~cablegram.model.Cable`, with problems
    on ``cable.diagnostics`` and text no rule matched on ``cable.unparsed``.  With
    ``strict=True`` the first error raises :class:`~cablegram.errors.CableSyntaxError`.

    ``year`` and ``reference_id`` are hints for fragments that have no DTG or banner
    (csv rows and HTML pages give them); ``metadata`` is kept on the cable.

    ``date`` is the date of a text that has neither a DTG nor a wrapper that dates
    it (a partial extract): a ``datetime`` (to the minute, UTC when naive) or a
    ``date`` (the day, ``date_precision`` DAY).  ``cable.date_source`` says where the
    date came from: ``"hint"`` by default, ``"page"`` for the page or record the text
    came with (the readers of WikiLeaks pages and cables.csv pass that).  A date's
    year is the year hint when ``year`` is not given; a ``year`` that is not the
    date's is a :class:`ValueError`.

    A text that lost its line breaks (:mod:`cablegram.cable.collapsed`) is read with
    them put back, and says so (``text-collapsed``); its spans index ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_cable() takes str, not {type(text).__name__}")
    given = DateHint.of(date, date_source)
    if given is not None and year is not None and year != given.value.year:
        raise ValueError(f"year {year} is not the year of date {date}")
    hints = (strict, year, given, reference_id, metadata)
    segmented = collapsed.resegment(text)
    if segmented is not None:
        return segmented.read(lambda copy: _parse(copy, *hints))
    return _parse(text, *hints)


def _parse(
    text: str,
    strict: bool,
    year: int | None,
    date: DateHint | None,
    reference_id: str | None,
    metadata: Mapping[str, str] | None,
) -> Cable:
    """Run :data:`STAGES` over ``text``."""
    ctx = Context(text, make_view(text), strict=strict)
    draft = Draft(
        lines=Lines(ctx),
        year_hint=year,
        date_hint=date,
        reference_id_hint=reference_id,
        metadata=metadata,
    )
    for stage in STAGES:
        stage(ctx, draft)
    return assemble.cable(ctx, draft)


def parse_cables(
    text: str,
    *,
    strict: bool = False,
    year: int | None = None,
    date: dt.date | None = None,
    date_source: DateSource | str = DateSource.HINT,
    metadata: Mapping[str, str] | None = None,
) -> Iterator[Cable]:
    """Each cable of a text that carries several (a dump of the release that glued the
    next cable's record line and transmission header after a cable's end: 09BERN279).

    The text is cut where the next cable starts (:func:`embedded.split_point`); each
    cable is parsed from its own stretch of ``text``, which is its ``raw`` (its spans
    index that stretch), and ``metadata["offset"]`` says where the stretch starts in
    ``text``.  ``year`` and ``date`` are hints for the first cable only (see
    :func:`parse_cable`).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_cables() takes str, not {type(text).__name__}")
    offset = 0
    while True:
        rest = text[offset:]
        at = embedded.split_point(rest)
        piece = rest[:at] if at else rest
        given = {**(metadata or {}), "offset": str(offset)}
        first = offset == 0
        yield parse_cable(
            piece,
            strict=strict,
            year=year if first else None,
            date=date if first else None,
            date_source=date_source,
            metadata=given,
        )
        if not at:
            return
        offset += at
