"""Values read from several parts of a cable: its date, its reference id and its
classification, each from the best part that gives it, with a diagnostic where a
fallback was taken (H-15, H-23)."""

from __future__ import annotations

import datetime as dt

from cablegram import ids, tables
from cablegram._context import Context
from cablegram._text import make_view
from cablegram.cable.draft import DateHint, Draft
from cablegram.errors import Severity
from cablegram.grammar import layout as gl
from cablegram.grammar import transmission as gt
from cablegram.model import (
    Addressee,
    Banner,
    Classification,
    DatePrecision,
    DateSource,
    Marking,
    StationLine,
    TextBlock,
)
from cablegram.span import Span

# ---------------------------------------------------------------------- date


def date(ctx: Context, draft: Draft) -> None:
    """The date from the DTG; without one, from a wrapper (``Cable dated:``, a
    cables.csv row: to the minute; a record dump: to the day); a date given with the
    text comes later (:func:`given_date`).  The cable's year is the date's, else the
    year hint, else the given date's, else the one of the id hint, else the year a
    banner writes before the post (two-digit years of DECL dates and REF items, and
    the reference id, need it)."""
    hint = draft.date_hint
    if draft.dtg is not None:
        draft.date, draft.precision = draft.dtg.value, DatePrecision.MINUTE
        draft.source = DateSource.DTG
        draft.year = draft.dtg.value.year
    else:
        from_wrapper, draft.wrapper_year = _date_from_wrapper(ctx, draft.wrapper)
        if from_wrapper is not None:
            draft.date, draft.precision = from_wrapper
            draft.source = DateSource.WRAPPER
        draft.year = draft.wrapper_year or draft.year_hint or (hint.value.year if hint else None)
    id_hint = draft.reference_id_hint
    if draft.year is None and id_hint and ids.is_digits(id_hint[:2]):
        draft.year = ids.century_year(id_hint[:2])
    if draft.year is None and draft.banner is not None:
        draft.year = draft.banner.year  # "CONFIDENTIAL 75 TEHRAN 2069"


def given_date(ctx: Context, draft: Draft) -> None:
    """A text with no date of its own (no DTG, no wrapper that dates it: a partial
    extract) takes the date given with it: the day of its WikiLeaks page, the date of
    its cables.csv row, or the caller's.  Not a page's date when the text is another
    cable than the page's (the id read from the text is not the page's: the page of
    05SOFIA1280 holds 05PARIS5539): the page dates its own cable."""
    hint = draft.date_hint
    if draft.date is not None or hint is None:
        return
    given_id = draft.reference_id_hint
    if (
        hint.source is DateSource.PAGE
        and given_id is not None
        and draft.reference_id is not None
        and ids.canonical_id(given_id) != draft.reference_id
    ):
        return
    draft.date, draft.precision, draft.source = hint
    _report_given_date(ctx, hint)


def _report_given_date(ctx: Context, hint: DateHint) -> None:
    """Say that the date is the one given with the text, and by whom."""
    day = hint.precision is DatePrecision.DAY
    when = f"the day {hint.value:%Y-%m-%d}" if day else f"the date {hint.value:%Y-%m-%d %H:%M}"
    if hint.source is DateSource.PAGE:
        ctx.report(
            "date-from-page",
            f"no DTG: {when} is taken from the page or record the text came with",
            field="date-time group",
            span=None,
            severity=Severity.INFO,
        )
    else:
        ctx.report(
            "date-from-hint",
            f"no DTG: {when} is the date given with the text",
            field="date-time group",
            span=None,
            severity=Severity.INFO,
        )


def _date_from_wrapper(
    ctx: Context, wrapper: list[TextBlock]
) -> tuple[tuple[dt.datetime, DatePrecision] | None, int | None]:
    """The date with its precision, and the year, of a cable without DTG from the
    first wrapper block that gives one (H-15: the csv date equals the DTG).  A line
    with a time gives the minute; a record dump gives the day only: 00:00 UTC of that
    day, precision DAY."""
    for block in wrapper:
        line_start = ctx.view.rfind("\n", 0, block.span.start) + 1
        # read from the text itself: a wrapper may be blanked in the view (a csv row
        # before the transmission header)
        view = make_view(ctx.raw[line_start : block.span.end])
        for found in gl.WRAPPER_DATE.finditer(view):
            kind = next(k for k in gl.WRAPPER_DATE_KINDS if found[f"{k}_date"] is not None)
            time = found.groupdict().get(f"{kind}_time")
            value = _wrapper_value(found[f"{kind}_date"], time)
            if value is None:
                continue
            rid = found.groupdict().get(f"{kind}_id")
            given = ids.canonical_id(rid) if rid else None
            if given is not None and given[:2] != f"{value.year % 100:02d}":
                continue  # the id is not of the date's year: not this cable's row
            what = gl.WRAPPER_DATE_KINDS[kind]
            ctx.report(
                "date-from-wrapper",
                f"no DTG: the date {value:%Y-%m-%d %H:%M} is taken from the {what}"
                if time
                else f"no DTG: the day {value:%Y-%m-%d} (no time) is taken from the {what}",
                field="date-time group",
                span=ctx.span(line_start + found.start(), line_start + found.end()),
                severity=Severity.INFO,
            )
            precision = DatePrecision.MINUTE if time else DatePrecision.DAY
            return (value.replace(tzinfo=dt.timezone.utc), precision), value.year
    return None, None


def _wrapper_value(date: str, time: str | None) -> dt.datetime | None:
    """The date and time of a wrapper line: ISO (``2005-05-23``) or written out with
    its weekday (``Wednesday, 11 February 2009``, taken only when the weekday is that
    day's); None when it is no real date."""
    try:
        if date[:1].isdigit():
            return dt.datetime.fromisoformat(f"{date}T{time or '00:00'}")
        weekday, day, month, year = date.replace(",", "").split()
        hour, minute = (int(part) for part in (time or "0:0").split(":"))
        value = dt.datetime(int(year), gt.MONTHS.index(month[:3].upper()) + 1, int(day))
        value = value.replace(hour=hour, minute=minute)
    except ValueError:
        return None
    return value if f"{value:%A}" == weekday else None


# -------------------------------------------------------------- reference id


def reference_id(ctx: Context, draft: Draft) -> None:
    """The reference id from the banner, checked against the transmission header (see
    :func:`_derive_id`), else from the id hint, which is checked against it."""
    origin = draft.addressees["FM"][0] if draft.addressees["FM"] else None
    station = draft.transmission.station if draft.transmission is not None else None
    derived = _derive_id(ctx, draft.year, draft.banner, origin, station)
    hint = draft.reference_id_hint
    if derived is None and hint is None and draft.year is None and draft.banner is not None:
        derived = _release_id(ctx, draft, origin, station)
    if hint is not None:
        given = ids.canonical_id(hint)
        if derived is not None and given != derived:
            ctx.report(
                "reference-id-mismatch",
                f"reference id {hint!r} given, {derived!r} read from the cable",
                field="banner",
                span=draft.banner.span if draft.banner else None,
                severity=Severity.INFO,
            )
        derived = derived or given
    draft.reference_id = derived


def _release_id(
    ctx: Context, draft: Draft, origin: Addressee | None, station: StationLine | None
) -> str | None:
    """A cable with a banner but no year (a partial extract, no hint): its id is the
    release's id of that origin and serial when the release has one only, or one only
    ten years before the DECL date (:func:`_by_declassification`), and the year of that
    id is the cable's year (for its REF items)."""
    assert draft.banner is not None
    with ctx.quiet():  # what the banner says was reported already
        placeholder = _derive_id(ctx, 0, draft.banner, origin, station)
    if placeholder is None:
        return None
    found = tables.release_ids(placeholder[2:])
    if len(found) > 1:
        found = _by_declassification(found, draft)
    if len(found) != 1:
        if found:
            ctx.report(
                "reference-id-ambiguous",
                f"no year: the release has {', '.join(f for f, _ in found)}",
                field="banner",
                span=draft.banner.span,
                severity=Severity.INFO,
            )
        return None
    cable_id = found[0][0]
    ctx.report(
        "reference-id-from-release",
        f"no year: {cable_id} is the release's only id of this origin and serial",
        field="banner",
        span=draft.banner.span,
        severity=Severity.INFO,
    )
    yy = int(cable_id[:2])
    draft.year = yy + (1900 if yy >= 50 else 2000)
    return cable_id


def _by_declassification(
    found: tuple[tuple[str, int], ...], draft: Draft
) -> tuple[tuple[str, int], ...]:
    """Of several release ids of one origin and serial, the ones whose month is ten
    years before the DECL date's, give or take a month: a cable is declassified ten
    years after it was written, as a rule (05ADANA191 of October 2005, DECL 10/2015).
    Else the one id, if one only, whose month is 15, 20 or 25 years before it, the
    other terms drafters set (06ANKARA4688 of August 2006, DECL 08/08/2021)."""
    decl = draft.header.declassification
    if decl is None or decl.date is None:
        return found
    near = _declassified_after(found, decl.date, 10)
    if len(near) != 1:
        later = {f for years in (15, 20, 25) for f in _declassified_after(found, decl.date, years)}
        if len(later) == 1:
            return tuple(later)
    return near or found


def _declassified_after(
    found: tuple[tuple[str, int], ...], decl: dt.date, years: int
) -> tuple[tuple[str, int], ...]:
    """The release ids whose month is ``years`` before the DECL date's, give or take
    a month."""
    target = (decl.year - years) * 12 + decl.month
    return tuple(
        (cable_id, month)
        for cable_id, month in found
        if abs(ids.century_year(cable_id[:2]) * 12 + month - target) <= 1
    )


def report_missing(ctx: Context, draft: Draft) -> None:
    """What the cable lacks: a banner (partial extracts, fragments), a date."""
    if draft.banner is None:
        ctx.report(
            "banner-missing",
            "no classification banner",
            field="banner",
            span=Span(draft.header_start, draft.header_start),
        )
    if draft.date is None and draft.year_hint is None and draft.wrapper_year is None:
        ctx.report(
            "dtg-missing",
            "no date-time group: the cable has no date",
            field="date-time group",
            span=None,
            severity=Severity.INFO,
        )


def _derive_id(
    ctx: Context,
    year: int | None,
    banner: Banner | None,
    origin: Addressee | None,
    station: StationLine | None,
) -> str | None:
    """The reference id from the banner, checked against the transmission header.

    A banner whose origin is redacted takes the FM post's; a cable without a banner
    takes the FM post and the DE line's serial when that serial is the cable's.
    """
    if year is None:
        return None
    post = tables.post_info(origin.address) if origin is not None else None
    post_origin = post.id_origin if post is not None else None
    if banner is not None:
        return _banner_id(ctx, year, banner, post_origin, station)
    if post is not None and post_origin and station is not None and not post.serial_wraps:
        derived = ids.make_reference_id(year, post_origin, station.serial)
        ctx.report(
            "reference-id-from-de",
            f"no banner: reference id {derived} from the FM post and the DE serial",
            field="banner",
            span=station.span,
            severity=Severity.INFO,
        )
        return derived
    return None


def _banner_id(
    ctx: Context, year: int, banner: Banner, post_origin: str | None, station: StationLine | None
) -> str | None:
    banner_origin = ids.normalise_origin(banner.origin)
    if post_origin and set(banner_origin) == {"X"}:
        ctx.report(
            "banner-origin-redacted",
            f"banner origin redacted; {post_origin} taken from the FM line",
            field="banner",
            span=banner.span,
            severity=Severity.INFO,
        )
        banner_origin = post_origin
    header_origin = ids.normalise_origin(post_origin) if post_origin else None
    serial = _banner_serial(ctx, banner, station)
    if serial is None:
        return None
    derived = ids.make_reference_id(year, banner_origin, serial)
    # One may name the other more fully: BRUSSELS / USEUBRUSSELS, TAIPEI / AITTAIPEI.
    if header_origin and header_origin not in banner_origin and banner_origin not in header_origin:
        header_id = f"{post_origin} #{station.serial}" if station is not None else post_origin
        ctx.report(
            "banner-header-mismatch",
            f"the banner reads {derived} but the transmission header is from "
            f"{header_id}: the text may be another cable's",
            field="banner",
            span=banner.span,
        )
    return derived


def _banner_serial(ctx: Context, banner: Banner, station: StationLine | None) -> str | None:
    """The banner's serial; a letter garbled in transmission (``00Q021``) is read from
    the DE line's serial when that differs only there."""
    serial = banner.serial
    if ids.is_digits(serial):
        return serial
    if station is None or not _garbled(serial, station.serial.zfill(len(serial))):
        ctx.report(
            "banner-garbled",
            f"banner serial {serial!r} garbled and no DE serial to read it from",
            field="banner",
            span=banner.span,
        )
        return None
    ctx.report(
        "banner-garbled",
        f"banner serial {banner.serial!r} garbled; {station.serial} taken from the DE line",
        field="banner",
        span=banner.span,
        severity=Severity.INFO,
    )
    return station.serial


def _garbled(written: str, expected: str) -> bool:
    """Whether ``written`` is ``expected`` with one character changed in transmission
    (``00Q021`` for ``001021``; a garbled origin, ``BISHIEK``, is read as the nearest
    station by :func:`ids.normalise_origin`)."""
    return (
        len(written) == len(expected)
        and sum(a != b for a, b in zip(written, expected, strict=True)) == 1
    )


# ------------------------------------------------------------ classification


def classification(ctx: Context, draft: Draft) -> None:
    """The banner's classification, else the security line's, else the highest
    portion mark's."""
    banner, transmission = draft.banner, draft.transmission
    if banner is not None and banner.classification is not None:
        draft.classification = banner.classification
    elif transmission is not None and transmission.security is not None:
        draft.classification = transmission.security.classification
    else:
        subject = draft.header.subject
        marks = [p.marking for p in draft.body.paragraphs]
        if subject is not None:
            marks.append(subject.marking)
        draft.classification = _classification_from_markings(ctx, marks)


def _classification_from_markings(
    ctx: Context, marks: list[Marking | None]
) -> Classification | None:
    """The classification of a text without banner or security line (partial
    extracts): the highest level among its portion marks, since a document is
    classified at the level of its most protected portion."""
    levels = tables.marking_classifications()
    ranks = tables.classification_ranks()
    best: Marking | None = None
    for mark in marks:
        if mark is None or mark.level not in levels:
            continue
        if best is None or ranks[levels[mark.level]] > ranks[levels[best.level or ""]]:
            best = mark
    if best is None or best.level is None:
        return None
    name = levels[best.level]
    ctx.report(
        "classification-from-markings",
        f"no banner: classification {name} taken from the highest portion mark {best.raw!r}",
        field="banner",
        span=best.span,
        severity=Severity.INFO,
    )
    return Classification(name)
