"""Split a cable into blocks with ``re`` anchors, then build each block.

Order of the text: an optional ACP-127 transmission header (FL1-FL9), the
banner, captions and handling lines, the header fields (E.O., TAGS, SUBJECT, REF,
Classified By; any may be missing or glued to the line before), then the body.
Every line ends up in a field, in the body, or in ``unparsed`` with a diagnostic.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping

import attrs
import pyparsing as pp

from cablegram import ids, tables
from cablegram._text import make_view, squash
from cablegram.build import body as bb
from cablegram.build import classified_by as bc
from cablegram.build import header as bh
from cablegram.build import received as brc
from cablegram.build import references as br
from cablegram.build import transmission as bt
from cablegram.build._context import Context
from cablegram.errors import Severity
from cablegram.grammar import body as gb
from cablegram.grammar import header as gh
from cablegram.grammar import parse_whole
from cablegram.grammar import received as grc
from cablegram.grammar import references as gr
from cablegram.model import (
    Addressee,
    Banner,
    Cable,
    Caption,
    Classification,
    ClassifiedBy,
    DatePrecision,
    DateTimeGroup,
    Declassification,
    HandlingLine,
    Marking,
    PageMarker,
    Paragraph,
    Reference,
    StationLine,
    Subject,
    Tag,
    TagKind,
    TextBlock,
    Transmission,
)
from cablegram.span import Span

# ------------------------------------------------------------------ line anchors

_VZCZC = re.compile(r" *VZCZC")
_ROUTING = re.compile(r" *(?:ZZ|OO|PP|RR|NN) +[A-Z]")
_RI_ONLY = re.compile(r" *[A-Z][A-Z0-9]{2,9}(?: +[A-Z][A-Z0-9]{2,9})* *$")
_DE = re.compile(r" *DE +[A-Z]")
_SECURITY = re.compile(r" *ZN[RY] ")
_DTG = re.compile(r" *(?:[ZOPRY] (?:[ZOPRY] )?)?\d{6} ?Z +[A-Za-z]{3} +\d{2}")
# A line in the DTG's place that looks like one but does not parse.
_DTG_DAMAGED = re.compile(r" *(?:[ZOPRY] (?:[ZOPRY] )?)?\d{3,}[ \dZ]*(?:[A-Z]{3}\b|$)")
_ADDRESS_KEY = re.compile(r" *(?P<key>FM|TO|INFO|XMT|CC)(?: +|/(?!/))")
_BT = re.compile(r" *(?:BT|NNNN|[A-Z]+ +GRNC) *$")

# Header field anchors at the start of a line ...
_FIELD_AT_LINE = re.compile(
    r"(?i) *(?:\d{1,2}\. *(?:\(U\) *)?)?(?:"
    r"(?P<eo>E\.? {0,2}O\.? {0,2}\d{4,6}(?!\d))"
    r"|(?P<tags>TAG[SE]?(?![A-Z]) *[:;.]?|(?:TAS|TABS|TGS|TAGES|AGS) *:)"
    r"|(?P<subject>SUBJ(?:ECT)?(?![A-Z]) *[:.;]?|UBJECT *:)"
    # REF without a colon only in capitals: "reftel demarche to ..." at a line start
    # goes on with a sentence (08PARIS137); "Ref A: Reykjavik 107" (06REYKJAVIK120)
    r"|(?P<ref>(?-i:REF(?:S|TELS?|\(S\)|ERENCES?)?)(?![A-Z]|\.\S) *[:.;]?"
    r"|REF(?:S|TELS?|\(S\)|ERENCES?)?(?= *:| +[A-Z] *:))"
    r"|(?P<clby>(?:\(U\) *)?CLASSIFIED +BY(?![A-Z]))"
    r")"
)
# ... and glued to the end of another field's line (lost newlines, H-10/H-11).
_FIELD_GLUED = re.compile(
    # "E.O. 12958" is distinctive enough to be taken even after a letter
    # ("S/CT FOR REAPE.O. 12958: DECL: ...", 02ANKARA8305)
    r"(?P<eo>E\.O\. {0,2}\d{5}(?!\d)|(?<![A-Za-z])EO +\d{5} +(?:DECL|N/A))"
    r"|(?<![A-Za-z])(?:"
    r"(?P<tags>(?i:TAGS|TAS|TABS|TGS|TAGES|AGS) *:)"
    r"|(?P<subject>(?i:SUBJECT) *:)"
    r"|(?P<ref>(?i:REF(?:S|\(S\))?) *:)"
    r"|(?P<clby>(?i:CLASSIFIED +BY)(?![A-Za-z]))"
    r")"
    # after a word whose last letter lost its space: "UK PRIMEREF: A. LONDON 1939",
    # "VISIT TO CAIROClassified By: ..." (08LONDON1991, 07CAIRO3126)
    r"|(?<=[A-Z])(?:(?P<ref2>REFS?:)|(?P<clby2>Classified +By(?![A-Za-z])))"
    # the keyword without colon right after a DECL date: "DECL: 03/20/2019 TAG PTER,
    # PGOV, ..." (09STOCKHOLM194), followed by a code
    r"|(?<=\d )(?P<tags2>TAGS? +(?=[A-Z]{2,4}[ ,]))"
)


_SUBJECT_ONLY = re.compile(r"(?i)^\s*SUBJ(?:ECT)?\s*[:.;]?\s*$")
#: The end of a subject line that cannot end the subject: an article, a conjunction
#: or a preposition that needs its object.
_SUBJECT_GOES_ON = re.compile(
    r"(?i)(?<![A-Z])(?:A|AN|THE|AND|OR|OF|TO|FOR|WITH|FROM|INTO|BETWEEN|AGAINST|AMONG"
    r"|TOWARDS?|VIA|VS\.?|VERSUS)\s*$"
)
_SUBJECT_GOES_ON_WITH = re.compile(r" *(?:AND|OR) +[A-Z\"]")
#: The SBU caption glued after a subject, with its note or cut after "but" (a
#: fragment's end); what may follow it is the body.
_GLUED_SBU = re.compile(
    r"(?i)(?<=\S) +(?P<caption>(?:THIS +(?:CABLE|MESSAGE|TELEGRAM) +IS +)?"
    r"SENSITIVE +BUT(?: +UNCLASSIFIED\b(?: *\(SBU\))?"
    r"(?:[ .,;:-]*(?P<note>PLEASE +(?:TREAT|PROTECT|HANDLE) +ACCORDINGLY\b"
    r"(?:[ .,;:-]*NOT +FOR +INTERNET +DISTRIBUTION\b)?))?\.?"
    r"|(?=\s*$)))"
)
_BODY_AFTER_CAPTION = re.compile(
    r" *(?:\d{1,3}[.)] *)?\((?:TS|SBU|LOU|[UCS])[A-Za-z /,-]{0,40}\)|(?i: *SUMMARY\b)"
)
_SUBJECT_KEYWORD = re.compile(r"(?i)^\s*(?:SUBJ(?:ECT)?|UBJECT)\s*[:.;]?")
_RULE_LINE = re.compile(r"^\s*[-=_*]{3,}\s*$")


def _field_kind(match: re.Match[str]) -> str:
    """The field a ``_FIELD_GLUED`` match starts (its group name without a suffix)."""
    return (match.lastgroup or "").rstrip("2")


_CLASSIFIED_BY_LINE = re.compile(r"(?i) *(?:\(U\) *)?CLASSIFIED +BY\b")
_WORD = re.compile(r"\S+")
#: The mark of a text cut short by the page: "TA...", "Class...".
_TRUNCATED = re.compile(r"\.\.\.[ \"]*$", re.MULTILINE)
#: How many non-blank lines after the banner a header field is looked for.
_HEADER_LOOKAHEAD = 30
#: How many lines after the transmission header a banner is looked for.
_BANNER_LOOKAHEAD = 80
_FIELD_ORDER = {"eo": 0, "tags": 1, "subject": 2, "ref": 3, "clby": 4}
_REF_GOES_ON = re.compile(r" *(?:\d{2,8}\b|[A-Z][A-Z .]{1,20} +\d{2,7}\b)")
_REF_BULLET_LINE = re.compile(r" *(?:- +)?(?:\([A-Z]\)|[A-Z][.):]) *\S")
# a REF block that ends in a bullet without its item goes on past a blank line
# ("... C) Taipei 03856 D) \n \nTaipei 03196 E) ...", 05TAIPEI4305; _Header._dangling_bullet)
_REF_DANGLING_BULLET = re.compile(r"(?:^|\s)(?:\([A-Z]\)|[A-Z][.)])\s*$")
_WRAPPER = re.compile(
    r"(?i) *(?:This record is a partial extract of the original cable\..*"
    r"|Cable Text: *|null *"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} \w+ \d{4}, \d{1,2}:\d{2})$"
)


class _Lines:
    """Line offsets of the view, with a cursor."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.spans: list[tuple[int, int]] = []
        pos = 0
        for match in re.finditer("\n", view):
            self.spans.append((pos, match.start()))
            pos = match.end()
        self.spans.append((pos, len(view)))
        self.starts = [a for a, _ in self.spans]

    def text(self, i: int) -> str:
        a, b = self.spans[i]
        return self.view[a:b]

    def blank(self, i: int) -> bool:
        return not self.text(i).strip()

    def next_nonblank(self, i: int) -> int:
        while i < len(self.spans) and self.blank(i):
            i += 1
        return i


# ------------------------------------------------------------------ the parser


def parse_cable(
    text: str,
    *,
    strict: bool = False,
    year: int | None = None,
    reference_id: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Cable:
    view = make_view(text)
    ctx = Context(text, view, strict=strict)
    lines = _Lines(view)
    i = lines.next_nonblank(0)

    wrapper: list[TextBlock] = []
    i = _skip_wrapper(ctx, lines, i, wrapper)
    i = _skip_heading(ctx, lines, i, wrapper)

    received = None  # the received-copy header of 1966-2000 telegrams
    after = lines.next_nonblank(i + 1)
    if i < len(lines.spans) and (
        grc.PAGE_LINE_START.match(lines.text(i))
        or grc.OFFICE_LIST_START.match(lines.text(i))
        or (after < len(lines.spans) and grc.PAGE_LINE_START.match(lines.text(after)))
        or grc.TERMINAL_LINE.match(lines.text(i))  # the builder checks the block under it
    ):
        found_copy = brc.build_received_copy(ctx, lines.spans, i, lines.next_nonblank)
        if found_copy is not None:
            received, i = found_copy

    address_pages: list[PageMarker] = []
    transmission, dtg, addressees, i, glued_banner = _transmission(
        ctx, lines, i, address_pages, wrapper
    )
    if glued_banner is None:
        i = lines.next_nonblank(i)
        i = _skip_wrapper(ctx, lines, i, wrapper)

    banner: Banner | None = None
    cut_copy: tuple[int, int] | None = None  # where a cut copy's header starts
    header_start = ctx.span(*lines.spans[i]).start if i < len(lines.spans) else len(view)
    if glued_banner is not None:
        header_start = glued_banner
    if i < len(lines.spans):
        found = bh.build_banner(ctx, header_start, lines.spans[i][1])
        if found is None:
            first_line = i
            found, i = _banner_further(ctx, lines, i, wrapper)
            if found is not None and _cut_header(ctx, lines, first_line, found[0]):
                # header fields cut short ("SUBJECT: RUSSIAN SCIEN...") above the
                # banner of the full copy (H-1): a cut copy without its banner
                cut_copy = (lines.spans[first_line][0], first_line)
        if found is not None:
            later = _complete_copy(ctx, lines, found[0], i, wrapper)
            if later is not None:
                cut_copy = (found[1], i + 1)
                found, i = later
            banner, header_start = found
            i += 1
            i, header_start = _repeated_banner(ctx, lines, banner, i, header_start, wrapper)

    # Page and section markers can fall anywhere after the banner, header lines
    # included (H-4, H-5): record them (blanked in the view below).
    page_markers = bb.find_page_markers(ctx, header_start, len(view))
    page_markers, copy_dtg = _section_copy_headers(ctx, lines, page_markers)
    if dtg is None and copy_dtg is not None:
        # a partial extract that starts inside the first section: the transmission
        # header of a later section's copy is the same message's (02ROME3639)
        with ctx.quiet():
            transmission, dtg, addressees, _, _ = _transmission(ctx, lines, copy_dtg, [], [])
        if dtg is not None:
            ctx.report(
                "dtg-from-section-copy",
                "no DTG above the text: the DTG and addressees are read from the "
                "header of a later section's copy",
                field="DTG",
                span=dtg.span,
                severity=Severity.INFO,
            )

    # Without a DTG, a wrapper may date the cable: "Cable dated:", a cables.csv row or
    # a record dump (H-15, H-23).
    date: dt.datetime | None = None
    precision: DatePrecision | None = None
    wrapper_year: int | None = None
    if dtg is not None:
        date, precision = dtg.value, DatePrecision.MINUTE
        cable_year: int | None = dtg.value.year
    else:
        from_wrapper, wrapper_year = _date_from_wrapper(ctx, wrapper)
        if from_wrapper is not None:
            date, precision = from_wrapper
        cable_year = wrapper_year or year
    if cable_year is None and reference_id and reference_id[:2].isdigit():
        cable_year = bt.century_year(reference_id[:2])

    if page_markers:
        ctx.mask([m.span for m in page_markers])
        lines.view = ctx.view  # same length, same line breaks: the offsets stand

    fields = _Header(ctx, lines, cable_year)
    body_start = fields.read(header_start, i)
    if cut_copy is not None:
        # The full copy sometimes lacks fields the cut one has (07MOSCOW3012 repeats
        # only banner to TAGS): take those from the cut copy.
        first = _Header(ctx, lines, cable_year)
        first.read(*cut_copy)
        fields.complete_from(first)

    if fields.subject is None:
        fields.subject = _subject_from_mail(ctx, wrapper)
    origin = addressees["FM"][0] if addressees["FM"] else None
    station = transmission.station if transmission is not None else None
    derived_id = _derive_id(ctx, cable_year, banner, origin, station)
    if reference_id is not None:
        given = ids.canonical_id(reference_id)
        if derived_id is not None and given != derived_id:
            ctx.report(
                "reference-id-mismatch",
                f"reference id {reference_id!r} given, {derived_id!r} read from the cable",
                field="banner",
                span=banner.span if banner else None,
                severity=Severity.INFO,
            )
        derived_id = derived_id or given
    if banner is None:
        ctx.report(
            "banner-missing",
            "no classification banner",
            field="banner",
            span=Span(header_start, header_start),
        )
    if dtg is None and year is None and wrapper_year is None:
        ctx.report(
            "dtg-missing",
            "no date-time group: the cable has no date",
            field="date-time group",
            span=None,
            severity=Severity.INFO,
        )

    references = fields.references(derived_id)
    body = _body(ctx, body_start, len(view))

    classification = None
    if banner is not None and banner.classification is not None:
        classification = banner.classification
    elif transmission is not None and transmission.security is not None:
        classification = transmission.security.classification
    else:
        classification = _classification_from_markings(ctx, fields.subject, body.paragraphs)

    return Cable(
        reference_id=derived_id,
        date=date,
        date_precision=precision,
        classification=classification,
        transmission=transmission,
        received_copy=received,
        dtg=dtg,
        origin=origin,
        recipients=tuple(addressees["TO"]),
        info_recipients=tuple(addressees["INFO"]),
        excluded=tuple(addressees["XMT"]),
        banner=banner,
        captions=tuple(fields.captions),
        handling=tuple(fields.handling),
        declassification=fields.declassification,
        tags=bh.read_in_context(
            fields.tags,
            _post_country(derived_id),
            fields.subject.text if fields.subject is not None else None,
        ),
        subject=fields.subject,
        references=references,
        classified_by=fields.classified_by,
        paragraphs=tuple(body.paragraphs),
        summary=body.summary,
        comments=tuple(body.comments),
        signature=body.signature,
        footer=tuple(body.footer),
        page_markers=tuple(address_pages + page_markers),
        wrapper=tuple(
            sorted([*wrapper, *fields.repeated, *fields.signals], key=lambda b: b.span.start)
        ),
        diagnostics=tuple(ctx.diagnostics),
        unparsed=tuple(ctx.unparsed),
        metadata=dict(metadata or {}),
        raw=text,
    )


def _keyword_goes_on(before: str, line: str) -> bool:
    """Whether the last word before a line end and the words of the next line make a
    known TAGS keyword (``COUNTRY`` / ``CLEARANCE``)."""
    last = before.rsplit(None, 1)[-1].upper() if before.strip() else ""
    words = line.upper().split()
    keywords = tables.tag_keywords()
    return bool(last) and any(
        " ".join([last, *words[:k]]) in keywords for k in range(1, min(len(words), 3) + 1)
    )


def _post_country(reference_id: str | None) -> str | None:
    """The geographic code of the country of the post in a reference id."""
    origin = ids.id_origin(reference_id) if reference_id else None
    return tables.station_countries().get(origin) if origin else None


def _classification_from_markings(
    ctx: Context, subject: Subject | None, paragraphs: list[Paragraph]
) -> Classification | None:
    """The classification of a text without banner or security line (partial
    extracts): the highest level among its portion marks, since a document is
    classified at the level of its most protected portion."""
    levels = tables.marking_classifications()
    ranks = tables.classification_ranks()
    marks = [p.marking for p in paragraphs]
    if subject is not None:
        marks.append(subject.marking)
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


def _subject_from_mail(ctx: Context, wrapper: list[TextBlock]) -> Subject | None:
    """The subject of a cable that has no SUBJECT line, from the embassy mail wrapper
    around it (``Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? ...
    [8466936]``, format reference section 6)."""
    for block in wrapper:
        found = _MAIL_SUBJECT.search(ctx.view, block.span.start, block.span.end)
        if found is None:
            continue
        group = "text" if found["text"] is not None else "line"
        span = ctx.span(found.start(group), found.end(group))
        ctx.report(
            "subject-from-wrapper",
            "no SUBJECT line: the subject is taken from the mail wrapper",
            field="SUBJECT line",
            span=span,
            severity=Severity.INFO,
        )
        return Subject(text=squash(span.of(ctx.view)), marking=None, span=span)
    return None


_MAIL_SUBJECT = re.compile(
    r"(?m)^Subject: +[A-Z][A-Z .]* \d{8} [A-Z]{1,2} [A-Z]{2} \d{2}-[A-Z]{3}-\d{2} +(?:"
    # up to the message number, over the lines it is wrapped on ...
    r"(?P<text>(?:[^\[\n]|\n(?![A-Z][a-z]+:|\s*\n))+?) *\[\d+\]"
    # ... or the rest of the line
    r"|(?P<line>.+?) *$)"
)


_WRAPPER_DATE = re.compile(
    r"(?m)^ *(?:"
    # "Cable dated:2005-05-23T14:26:00" (partial extracts)
    r"Cable dated: *(?P<cd_date>\d{4}-\d{2}-\d{2})T(?P<cd_time>\d{2}:\d{2})(?::\d{2})?"
    # a cables.csv row: date, reference id, origin, classification ... (tabs are
    # blanked in the view)
    r"|(?P<csv_date>\d{4}-\d{2}-\d{2}) (?P<csv_time>\d{2}:\d{2})(?::\d{2})? +"
    r"(?P<csv_id>\d{2}[A-Z][A-Z0-9]*\d)(?= )"
    # a record dump: row number, date, reference id, one a line ("11541 / 2003-10-21
    # / 03THEHAGUE2670"), blank lines between them or not
    r"|\d{1,7} *\n(?: *\n)*? *(?P<rec_date>\d{4}-\d{2}-\d{2}) *\n(?: *\n)*? *"
    r"(?P<rec_id>\d{2}[A-Z][A-Z0-9]*\d) *$"
    r")"
)
#: The reference id line of a "key: value" record ("id: 67870 / date: 6/13/2006 21:02 /
#: refid: 06LIMA2366 / origin: ... / header: ... / ---- header ends ----").
_RECORD_REFID = re.compile(r"(?m)^ *refid: *(?P<refid>\d{2}[A-Z][A-Z0-9]*\d) *$")
_WRAPPER_DATE_KINDS = {"cd": "Cable dated line", "csv": "cables.csv row", "rec": "record dump"}


def _date_from_wrapper(
    ctx: Context, wrapper: list[TextBlock]
) -> tuple[tuple[dt.datetime, DatePrecision] | None, int | None]:
    """The date with its precision, and the year, of a
    cable without DTG from the first wrapper block that gives one (H-15: the csv date
    equals the DTG).  A line with a time gives the minute; a record dump gives the
    day only: 00:00 UTC of that day, precision DAY."""
    for block in wrapper:
        line_start = ctx.view.rfind("\n", 0, block.span.start) + 1
        for found in _WRAPPER_DATE.finditer(ctx.view, line_start, block.span.end):
            kind = next(k for k in _WRAPPER_DATE_KINDS if found[f"{k}_date"] is not None)
            time = found.groupdict().get(f"{kind}_time")
            try:
                value = dt.datetime.fromisoformat(f"{found[f'{kind}_date']}T{time or '00:00'}")
            except ValueError:
                continue
            rid = found.groupdict().get(f"{kind}_id")
            given = ids.canonical_id(rid) if rid else None
            if given is not None and given[:2] != f"{value.year % 100:02d}":
                continue  # the id is not of the date's year: not this cable's row
            what = _WRAPPER_DATE_KINDS[kind]
            ctx.report(
                "date-from-wrapper",
                f"no DTG: the date {value:%Y-%m-%d %H:%M} is taken from the {what}"
                if time
                else f"no DTG: the day {value:%Y-%m-%d} (no time) is taken from the {what}",
                field="date-time group",
                span=ctx.span(found.start(), found.end()),
                severity=Severity.INFO,
            )
            precision = DatePrecision.MINUTE if time else DatePrecision.DAY
            return (value.replace(tzinfo=dt.timezone.utc), precision), value.year
    return None, None


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
        serial = banner.serial
        if not serial.isdigit():  # a letter garbled in transmission: "00Q021"
            if station is None or not _garbled(serial, station.serial.zfill(len(serial))):
                ctx.report(
                    "banner-garbled",
                    f"banner serial {serial!r} garbled and no DE serial to read it from",
                    field="banner",
                    span=banner.span,
                )
                return None
            serial = station.serial
            ctx.report(
                "banner-garbled",
                f"banner serial {banner.serial!r} garbled; {serial} taken from the DE line",
                field="banner",
                span=banner.span,
                severity=Severity.INFO,
            )
        derived = ids.make_reference_id(year, banner_origin, serial)
        # One may name the other more fully: BRUSSELS / USEUBRUSSELS, TAIPEI / AITTAIPEI.
        if (
            header_origin
            and header_origin not in banner_origin
            and (banner_origin not in header_origin)
        ):
            header_id = f"{post_origin} #{station.serial}" if station is not None else post_origin
            ctx.report(
                "banner-header-mismatch",
                f"the banner reads {derived} but the transmission header is from "
                f"{header_id}: the text may be another cable's",
                field="banner",
                span=banner.span,
            )
        return derived
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


def _garbled(written: str, expected: str) -> bool:
    """Whether ``written`` is ``expected`` with one character changed in transmission
    (``00Q021`` for ``001021``; a garbled origin, ``BISHIEK``, is read as the nearest
    station by :func:`ids.normalise_origin`)."""
    return (
        len(written) == len(expected)
        and sum(a != b for a, b in zip(written, expected, strict=True)) == 1
    )


#: The first page line of a later section's received copy: "PAGE 01  ROME  03639  02 OF 03".
_LATER_SECTION_PAGE = re.compile(r"PAGE +01 +[A-Z][A-Z .]{0,14}? +\d{5,6} +(?!01 )\d{2} +OF +\d{2}")
#: A classification line at a page foot or above a copy, with the copy's code
#: ("CONFIDENTIAL     PTQ4581").
_COPY_CLASS_LINE = re.compile(
    r" *(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?: +[A-Z]{3}\d{3,5})? *$"
)


def _section_copy_headers(
    ctx: Context, lines: _Lines, markers: list[PageMarker]
) -> tuple[list[PageMarker], int | None]:
    """A later section's received copy printed inside the text (a 1966-2002 telegram
    sent in sections, 02ROME3639): from its classification lines and ``PAGE 01 ... 02
    OF 03`` line over its distribution block, separator, transmission lines, banner
    and repeated header fields, the whole block is layout between two pages of the
    text, like a page marker, and is recorded as one (``section-copy-header``).
    Also returns the line of the first such copy's DTG, if it has one."""
    out: list[PageMarker] = []
    first_dtg: int | None = None
    for marker in markers:
        copy_end = None
        if _LATER_SECTION_PAGE.search(marker.text) is not None:
            k = bisect.bisect_right(lines.starts, marker.span.end) - 1
            copy_end = _copy_header_end(ctx, lines, k)
        if copy_end is None:
            out.append(marker)
            continue
        end_line, dtg_line = copy_end
        if first_dtg is None:
            first_dtg = dtg_line
        start = marker.span.start
        j = bisect.bisect_right(lines.starts, start) - 1
        while j > 0 and (lines.blank(j - 1) or _COPY_CLASS_LINE.match(lines.text(j - 1))):
            j -= 1
        while lines.blank(j):  # the blank lines before stay: they end the paragraph
            j += 1
        start = min(start, lines.spans[j][0])
        end = lines.spans[end_line][1]
        span = ctx.span(start, end)
        ctx.report(
            "section-copy-header",
            "the header of a later section's received copy inside the text, kept as a page marker",
            field="page marker",
            span=span,
            severity=Severity.INFO,
        )
        out.append(PageMarker(text=span.of(ctx.raw), span=span))
    return out, first_dtg


def _copy_header_end(ctx: Context, lines: _Lines, k: int) -> tuple[int, int | None] | None:
    """The last line of the section copy header whose page line is line ``k`` (the
    received copy, the transmission lines under it, then the banner and the header
    fields it repeats) and the line of its DTG; None when no distribution block and
    separator follow."""
    n = len(lines.spans)
    with ctx.quiet():
        found = brc.build_received_copy(ctx, lines.spans, k, lines.next_nonblank)
    if found is None or found[0].separator is None:
        return _collapsed_copy_end(lines, k)
    i = found[1]
    last = i - 1
    while last > k and lines.blank(last):
        last -= 1
    dtg_line = None
    if i < n and _DTG.match(lines.text(i)):  # DTG, FM, TO, INFO and the addressees
        dtg_line = i
        while i < n and not lines.blank(i):
            last = i
            i += 1
    return _repeated_fields_end(lines, lines.next_nonblank(i), last, flattened=False), dtg_line


def _repeated_fields_end(lines: _Lines, i: int, last: int, *, flattened: bool) -> int:
    """The last line of a section copy's banner at line ``i`` and of the caption and
    field lines it repeats under it (``last`` when line ``i`` is no banner).  Set off
    by blank lines, a field takes its continuation lines; in a flattened copy each
    is one line (without blank lines, a continuation cannot be told from the text)."""
    n = len(lines.spans)
    if i >= n or bh.match_banner(lines.text(i).strip()) is None:
        return last
    last = i
    i = i + 1 if flattened else lines.next_nonblank(i + 1)
    while i < n and (
        _FIELD_AT_LINE.match(lines.text(i)) or lines.text(i).strip().upper() in tables.captions()
    ):
        if flattened:
            last = i
            i += 1
            continue
        while i < n and not lines.blank(i):  # a field and its continuation lines
            last = i
            i += 1
        i = lines.next_nonblank(i)
    return last


#: A section copy flattened by a lost layout: the ACTION office glued to the page
#: line, the INFO offices on one line (00HARARE5461, 02VATICAN3692).
_GLUED_ACTION = re.compile(r"\d{6}Z +(?:ACTION|ORIGIN) +[A-Z][A-Z0-9]{0,5}-\d{2} *$")
_INFO_OFFICES = re.compile(r" *INFO +[A-Z][A-Z0-9]{0,5}-\d{2}(?: +[A-Z][A-Z0-9]{0,5}-\d{2})+")


def _collapsed_copy_end(lines: _Lines, k: int) -> tuple[int, int | None] | None:
    """The last line of a flattened section copy header from its page line ``k``: the
    INFO line, then the banner and the caption and field lines right under it."""
    if not _GLUED_ACTION.search(lines.text(k)):
        return None
    i = k + 1
    if i >= len(lines.spans) or not _INFO_OFFICES.match(lines.text(i)):
        return None
    return _repeated_fields_end(lines, i + 1, i, flattened=True), None


def _skip_wrapper(ctx: Context, lines: _Lines, i: int, wrapper: list[TextBlock]) -> int:
    n = len(lines.spans)
    while i < n:
        if _WRAPPER.match(lines.text(i)):
            wrapper.append(TextBlock(text=lines.text(i).strip(), span=ctx.span(*lines.spans[i])))
            i = lines.next_nonblank(i + 1)
        elif _INBOX_HEADER.match(lines.text(i)) and (k := _last_vzczc(lines, i)) is not None:
            # the Department's mail wrapper ("... From  DB/Inbox: ...", "Cable Text:")
            # around the post's copy: its 5-digit banner, distribution block
            # ("CXABU: ACTION: POL ...") and the transmission header, printed once or
            # twice.  The last transmission header is the cable's (H-1, H-23).
            span = ctx.span(lines.spans[i][0], lines.spans[k - 1][1])
            wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
            ctx.report(
                "post-copy-wrapper",
                "a mail wrapper and the post's copy of the header before the transmission "
                "header kept as a wrapper block",
                field="transmission header",
                span=span,
                severity=Severity.INFO,
            )
            i = k
        elif _MAIL_HEADER.match(lines.text(i)):
            # an embassy mail wrapper: the header block up to a blank line, then the
            # classification line above the cable ("From: CBPC, EACTAPP" ...)
            j = i
            while j < n and not lines.blank(j):
                j += 1
            k = lines.next_nonblank(j)
            if k < n and _CLASS_WORD_LINE.match(lines.text(k)):
                j = k + 1
            span = ctx.span(lines.spans[i][0], lines.spans[j - 1][1])
            wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
            i = lines.next_nonblank(j)
        else:
            break
    return i


#: What a printout puts before the heading: "TelegramC O N F I D E N T I A L   TRIPOLI
#: 00000453", "TelegramRestricted by caption. UNCLASSIFIED   TRIPOLI   00000641".
_HEADING_PREFIX = re.compile(r" *(?:Telegram)?(?:Restricted by caption\. *)?")


def _skip_heading(ctx: Context, lines: _Lines, i: int, wrapper: list[TextBlock]) -> int:
    """A classification heading above the transmission header (``UNCLASSIFIED   STATE
    00100153`` over the DTG, ``S E C R E T   STATE   00119085`` over VZCZC, H-9): it
    has the banner's form, but the banner comes after FL1-FL9; keep it as a wrapper."""
    n = len(lines.spans)
    if i >= n:
        return i
    heading = _HEADING_PREFIX.sub("", lines.text(i), count=1)
    if bh.match_banner(heading.strip()) is None:
        return i
    k = lines.next_nonblank(i + 1)
    if k >= n or not (
        _VZCZC.match(lines.text(k)) or _DE.match(lines.text(k)) or _DTG.match(lines.text(k))
    ):
        return i
    span = ctx.span(*lines.spans[i])
    wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
    ctx.report(
        "heading-before-header",
        "a classification heading above the transmission header kept as a wrapper block",
        field="banner",
        span=span,
        severity=Severity.INFO,
    )
    return k


_MAIL_HEADER = re.compile(
    r"^(?:From|Sent): .*\S"
    # the mail's subject glued before its From line: "TRIPOLI 00000597 R UN 23-JUL-08
    # EUROPEAN OIL COMPANIES ... [7824779]From: " (08TRIPOLI597, 08TRIPOLI686)
    r"|^[A-Z][A-Z ]* \d{8} [A-Z]{1,2} [A-Z]{2} \d{2}-[A-Z]{3}-\d{2} .*\[\d+\]From:"
)
#: The Department's mail wrapper: "Diana T Fritz  03/21/2007 05:47:09 PM  From  DB/Inbox: ..."
_INBOX_HEADER = re.compile(
    r" *\S.*\d{2}/\d{2}/\d{4} +\d{1,2}:\d{2}(?::\d{2})? *[AP]M +From +DB/Inbox:"
)


def _header_over(text: str) -> bool:
    """Whether a line is past every header a wrapper may carry: wrappers have their own
    TAGS and Subject lines, so only a paragraph or a Classified By line says so."""
    return bool(gb.PARAGRAPH_START.match(text) or _CLASSIFIED_BY_LINE.match(text))


def _last_vzczc(lines: _Lines, i: int) -> int | None:
    """The line of the last transmission header (VZCZC) after line ``i`` that comes
    before the body (:func:`_header_over`)."""
    found = None
    for k in range(i + 1, min(len(lines.spans), i + _BANNER_LOOKAHEAD)):
        text = lines.text(k)
        if _header_over(text):
            break
        if _VZCZC.match(text):
            found = k
    return found


_CLASS_WORD_LINE = re.compile(
    r" *(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?: *//? *[A-Z ]+)? *$"
)


def _banner_further(
    ctx: Context, lines: _Lines, i: int, wrapper: list[TextBlock]
) -> tuple[tuple[Banner, int] | None, int]:
    """Find a banner that does not open line ``i``: later, after a record dump or a
    repeated header (H-1, H-23), or inside a line after a glued csv row.  The text
    before it is kept as a wrapper block.  Returns the banner and its line."""
    view = ctx.view
    n = len(lines.spans)
    for k in range(i, min(n, i + _BANNER_LOOKAHEAD)):
        a, b = lines.spans[k]
        text = view[a:b]
        if _header_over(text):
            break
        inside = gh.BANNER_INSIDE.search(view, a, b)
        if inside is None:
            continue
        found = bh.build_banner(ctx, inside.start(), b)
        if found is None:
            continue
        start = lines.spans[i][0]
        span = ctx.span(start, inside.start())
        wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
        ctx.report(
            "text-before-banner",
            "text between the transmission header and the banner kept as a wrapper block",
            field="banner",
            span=span,
            severity=Severity.INFO,
        )
        return found, k
    return None, i


def _repeated_banner(
    ctx: Context, lines: _Lines, banner: Banner, i: int, rest: int, wrapper: list[TextBlock]
) -> tuple[int, int]:
    """The banner written a second time right under the first (09STATE99783, H-1): a
    wrapper block with a ``header-repeated`` info.  Returns the line after it and where
    the header starts.  ``rest`` is where the text after the first banner starts."""
    view = ctx.view
    k = lines.next_nonblank(i)
    if k >= len(lines.spans) or view[rest : lines.spans[i - 1][1]].strip():
        return i, rest  # nothing under it, or captions after the banner on its line
    a, b = lines.spans[k]
    again = bh.match_banner(view[a:b].strip())
    if again is None or again.get("rest", "").strip():
        return i, rest
    if again["serial"] != banner.serial or squash(again["origin"]) != banner.origin:
        return i, rest
    span = ctx.span(a, b)
    wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
    ctx.report(
        "header-repeated",
        "the banner is written a second time; the second is kept as a wrapper block",
        field="banner",
        span=span,
        severity=Severity.INFO,
    )
    return k + 1, b


def _cut_header(ctx: Context, lines: _Lines, i: int, banner: Banner) -> bool:
    """Whether the text from line ``i`` to ``banner`` holds header fields and ends
    cut short ("TAGS: ...", "SUBJECT: RUSSIAN SCIEN..."): a copy cut by the page."""
    view = ctx.view
    start = lines.spans[i][0]
    end = len(view[start : banner.span.start].rstrip()) + start
    if not view[start:end].rstrip(' "').endswith("..."):
        return False
    last = bisect.bisect_right(lines.starts, end) - 1
    if not any(_FIELD_AT_LINE.match(lines.text(k)) for k in range(i, last + 1)):
        return False
    span = ctx.span(start, end)
    ctx.report(
        "header-truncated-copy",
        "the header is cut short and given again in full; the cut copy is kept as a "
        "wrapper block and the full copy parsed",
        field="banner",
        span=span,
        severity=Severity.INFO,
    )
    return True


def _complete_copy(
    ctx: Context, lines: _Lines, banner: Banner, i: int, wrapper: list[TextBlock]
) -> tuple[tuple[Banner, int], int] | None:
    """A page that cut its text short ("TA...", "Class...") and then repeats the cable
    in full after a record dump or csv row (H-1): the later copy of the same banner,
    and its line.  The cut copy and the dump go to ``wrapper``.  The cut shows as
    "..." or, without it, as the record dump, csv row or record of this very cable
    right after the cut copy's last field (08KABUL3025: TAGS, then "179235 /
    2008-11-20 / 08KABUL3025", then the whole header again; 06LIMA2366: "refid:
    06LIMA2366")."""
    view = ctx.view
    cut = _TRUNCATED.search(view, banner.span.end)
    digits = banner.serial.isdigit()
    own_id = ids.normalise_origin(banner.origin) + str(int(banner.serial)) if digits else None
    # a cut after the first paragraph is none (below): look for the record before it
    paragraph = gb.PARAGRAPH_START.search(view, banner.span.end)
    before = paragraph.start() if paragraph is not None else len(view)
    for pattern in (_WRAPPER_DATE, _RECORD_REFID) if own_id else ():
        for row in pattern.finditer(view, banner.span.end, before):
            groups = row.groupdict()  # a "Cable dated:" line names no id
            rid = groups.get("rec_id") or groups.get("csv_id") or groups.get("refid")
            if rid is not None and ids.canonical_id(rid)[2:] == own_id:
                if cut is None or row.start() < cut.start():
                    cut = row
                break
    if cut is None:
        return None
    first_paragraph = gb.PARAGRAPH_START.search(view, banner.span.end, cut.start())
    if first_paragraph is not None:  # "..." in the body is prose, not a cut
        return None
    pos = cut.end()
    while (at := view.find(banner.serial, pos)) >= 0:
        pos = at + len(banner.serial)
        k = bisect.bisect_right(lines.starts, at) - 1
        a, b = lines.spans[k]
        inside = gh.BANNER_INSIDE.search(view, a, b)
        if inside is None:
            continue
        found = bh.build_banner(ctx, inside.start(), b)
        if found is None or found[0].serial != banner.serial:
            continue
        if ids.normalise_origin(found[0].origin) != ids.normalise_origin(banner.origin):
            continue
        span = ctx.span(banner.span.start, inside.start())
        wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
        ctx.report(
            "header-truncated-copy",
            "the text is cut short and given again in full; the cut copy is kept as a "
            "wrapper block and the full copy parsed",
            field="banner",
            span=span,
            severity=Severity.INFO,
        )
        return found, k
    return None


# ---------------------------------------------------------- transmission header


def _transmission(
    ctx: Context, lines: _Lines, i: int, pages: list[PageMarker], signals: list[TextBlock]
) -> tuple[Transmission | None, DateTimeGroup | None, dict[str, list[Addressee]], int, int | None]:
    """The transmission header from line ``i``: its parts, the DTG, the addressees,
    the line after it, and where a banner glued to its last line starts."""
    addressees: dict[str, list[Addressee]] = {"FM": [], "TO": [], "INFO": [], "XMT": []}
    first = i
    tid = routing = station = security = None
    dtg = None
    n = len(lines.spans)
    if i < n and _VZCZC.match(lines.text(i)):
        tid = bt.build_transmission_id(ctx, *lines.spans[i])
        i = lines.next_nonblank(i + 1)
    if i < n and _ROUTING.match(lines.text(i)):
        j = i + 1
        while j < n and _RI_ONLY.match(lines.text(j)) and not _DE.match(lines.text(j)):
            j += 1
        routing = bt.build_routing(ctx, lines.spans[i][0], lines.spans[j - 1][1])
        i = lines.next_nonblank(j)
    if i < n and _DE.match(lines.text(i)):
        station = bt.build_station_line(ctx, *lines.spans[i])
        i = lines.next_nonblank(i + 1)
    if i < n and _SECURITY.match(lines.text(i)):
        security = bt.build_security(ctx, *lines.spans[i])
        i = lines.next_nonblank(i + 1)
    if i < n and (
        _DTG.match(lines.text(i))
        or (
            (tid or station or security)
            and not _ADDRESS_KEY.match(lines.text(i))
            and _DTG_DAMAGED.match(lines.text(i))
        )
    ):
        # A damaged DTG line is still FL5: the builder keeps it as unparsed text
        # with an error, and the addressees after it are read as usual.
        bare = not re.match(r" *[ZOPRY] ", lines.text(i))
        dtg = bt.build_dtg(ctx, *lines.spans[i], bare=bare)
        i = lines.next_nonblank(i + 1)
    # FM/TO/INFO lines are addressees after FL1-FL5, or when the text starts with
    # them (a fragment); anywhere else "FM" is the foreign minister (H-2).
    glued_banner = None
    if i < n and _ADDRESS_KEY.match(lines.text(i)) and (dtg or station or tid or i == first):
        i, glued_banner = _addressees(ctx, lines, i, addressees, pages, signals)
    if i == first:
        return None, None, addressees, i, None
    transmission = None
    if tid or routing or station or security:
        end = max(part.span.end for part in (tid, routing, station, security) if part)
        transmission = Transmission(
            transmission_id=tid,
            routing=routing,
            station=station,
            security=security,
            span=ctx.span(lines.spans[first][0], end),
        )
    return transmission, dtg, addressees, i, glued_banner


def _addressees(
    ctx: Context,
    lines: _Lines,
    i: int,
    out: dict[str, list[Addressee]],
    pages: list[PageMarker],
    signals: list[TextBlock],
) -> tuple[int, int | None]:
    """Read the address lines from line ``i``; return the line after them, or the
    line of a banner glued to the last one with where that banner starts
    (``RUEHTRO/AMEMBASSY TRIPOLI 1366<TAB>S E C R E T SECTION 01 OF 05 TRIPOLI 000498``)."""
    key = "FM"
    n = len(lines.spans)
    previous: tuple[tuple[str, list[Addressee]], int] | None = None  # last TO/INFO one
    inner_at: int | None = None  # where "XMT" starts in "INFO XMT FOOBAR"
    collective: tuple[tuple[str, list[Addressee]], int] | None = None
    while i < n and not lines.blank(i):
        text = lines.text(i)
        if bh.match_banner(text.strip()) is not None and not _ADDRESS_KEY.match(text):
            break
        a, b = lines.spans[i]
        keyword = _ADDRESS_KEY.match(text)
        if keyword:
            key = keyword["key"].replace("CC", "INFO")
            rest_at = a + keyword.end()
            inner = _ADDRESS_KEY.match(ctx.view, rest_at, b)  # "INFO XMT FOOBAR"
            if inner is not None and inner["key"] == "XMT":
                key, rest_at, inner_at = "XMT", inner.end(), inner.start()
            page = gb.OLD_PAGE.match(ctx.view, rest_at, b)
            if page is not None:  # "TO PAGE 02 STATE 015113 182333Z" (H-4)
                span = ctx.span(rest_at, b)
                ctx.report(
                    "page-in-addressees",
                    "page header inside the address list",
                    field="addressee",
                    span=span,
                    severity=Severity.INFO,
                )
                pages.append(PageMarker(text=span.of(ctx.raw), span=span))
                i += 1
                continue
        elif _BT.match(text):  # BT, NNNN, "STATE GRNC": operating lines, kept aside
            span = ctx.span(a, b)
            signals.append(TextBlock(text=span.of(ctx.raw), span=span))
            i += 1
            continue
        glued = _glued_banner(ctx, a, b)
        built = bt.build_addressee(ctx, inner_at if inner_at is not None else a, glued or b)
        inner_at = None
        if built is not None:
            _, addressee = built
            out[key].append(addressee)
            if key == "XMT":
                # XMT lines exclude posts of the collective above them (the nearest
                # collective, else the addressee just before)
                excluding = collective or previous
                if excluding is not None:
                    (_, group), at = excluding
                    group[at] = attrs.evolve(
                        group[at], excluded=(*group[at].excluded, addressee.address)
                    )
            else:
                previous = ((key, out[key]), len(out[key]) - 1)
                if addressee.collective:
                    collective = previous
        if glued is not None:
            return i, glued
        i += 1
    return i, None


def _glued_banner(ctx: Context, a: int, b: int) -> int | None:
    """Where a banner glued to the end of the address line ``view[a:b]`` starts, after
    white space (a tab in the text) and the address; None without one."""
    view = ctx.view
    for found in gh.BANNER_INSIDE.finditer(view, a, b):
        at = found.start()
        if (
            at > a
            and view[at - 1].isspace()
            and view[a:at].strip()
            and bh.match_banner(view[at:b]) is not None
        ):
            return at
    return None


# -------------------------------------------------------------- header fields


class _Header:
    """Reads captions, handling lines and header fields after the banner."""

    def __init__(self, ctx: Context, lines: _Lines, year: int | None) -> None:
        self.ctx = ctx
        self.lines = lines
        self.year = year
        self.captions: list[Caption] = []
        self.handling: list[HandlingLine] = []
        self.declassification: Declassification | None = None
        self.tags: tuple[Tag, ...] = ()
        self.subject: Subject | None = None
        self.classified_by: ClassifiedBy | None = None
        self._refs: list[tuple[int, int]] = []
        #: Header fields seen a second time (a page that repeats its header, H-1).
        self.repeated: list[TextBlock] = []
        #: Operating lines among the captions (``BT``, H-25).
        self.signals: list[TextBlock] = []

    def read(self, start: int, i: int) -> int:
        """Read from ``start`` (in line ``i - 1`` or at line ``i``); return the body start."""
        ctx, lines = self.ctx, self.lines
        view = ctx.view
        n = len(lines.spans)
        # Text after the banner on its own line: captions and glued fields.
        segments: list[tuple[int, int]] = []
        if i > 0 and start < lines.spans[i - 1][1]:
            segments.append((start, lines.spans[i - 1][1]))
        has_fields = self._fields_ahead(i) or any(
            _FIELD_GLUED.search(view, a, b) for a, b in segments
        )
        fields: list[list[object]] = []  # [kind, start, end]
        previous_blank = True
        current: list[object] | None = None
        pending = list(segments)
        j = i
        while True:
            if pending:
                a, b = pending.pop(0)
                at_line = False
            elif j < n:
                a, b = lines.spans[j]
                j += 1
                at_line = True
            else:
                break
            text = view[a:b]
            if not text.strip():
                previous_blank = True
                continue
            anchor = _FIELD_AT_LINE.match(text) if at_line else None
            if anchor is None and not at_line:
                glued = _FIELD_GLUED.search(view, a, b)
                if glued is not None and not view[a : glued.start()].strip():
                    anchor = glued
                    kind = _field_kind(glued)
                    current = [kind, glued.start(), b]
                    fields.append(current)
                    self._split_glued(fields)
                    current = fields[-1]
                    previous_blank = False
                    continue
            if anchor is not None:
                kind = anchor.lastgroup or ""
                at = a + anchor.start(kind) if at_line else anchor.start()
                if kind == "clby" or not (current and current[0] == "clby" and not previous_blank):
                    current = [kind, at, b]
                    fields.append(current)
                    self._split_glued(fields)
                    current = fields[-1]
                    previous_blank = False
                    continue
            if (
                current is not None
                and current[0] == "eo"
                and at_line
                and not any(f[0] == "tags" for f in fields)
                and self._bare_tags_line(text)
            ):
                # a TAGS list without its keyword under the E.O. line ("EFIN, ECON,
                # EINV, PGOV, CH", 08BEIJING3662)
                current = ["tags", a, b]
                fields.append(current)
                previous_blank = False
                continue
            if current is not None and self._continues(current, text, previous_blank):
                current[2] = b
                self._split_glued(fields)
                current = fields[-1]
                previous_blank = False
                continue
            if current is None and _BT.match(text):  # FL11 "BT" after the banner
                self.signals.append(TextBlock(text=squash(text), span=ctx.span(a, b)))
                previous_blank = False
                continue
            if current is None and has_fields:
                caps = None
                # a caption whose note in parentheses goes on to the next line
                # ("2ND C O R R E C T E D   C O P Y   (ADDED SIPDIS, ..." / "PARA'S
                # 1, 5 & 6 AND TEXT)", 09STATE99783)
                closed = self._parenthesis_closed(j, a, b) if at_line else None
                if closed is not None:
                    caps = bh.build_captions(ctx, a, closed[1])
                    if caps is not None:
                        j, b = closed
                if caps is None:
                    caps = bh.build_captions(ctx, a, b)
                if caps is None:
                    glued = _FIELD_GLUED.search(view, a, b)
                    if glued is not None:
                        # captions or a handling line with a field glued to its end
                        g = glued.start()
                        if view[a:g].strip():
                            prefix = bh.build_captions(ctx, a, g)
                            if prefix is not None:
                                self.captions.extend(prefix)
                            else:
                                self._handling_line(a, g)
                        pending.insert(0, (g, b))
                        continue
                if caps is not None:
                    self.captions.extend(caps)
                else:
                    self._handling_line(a, b)
                previous_blank = False
                continue
            if current is None:
                caps = bh.build_captions(ctx, a, b)
                if caps is not None:
                    self.captions.extend(caps)
                    previous_blank = False
                    continue
            # A handling line between two fields ("Classified By: ...", "DEPARTMENT
            # FOR WHA, M, T", "E.O. 12958: ...", 08BRASILIA93).
            if (
                current is not None
                and at_line
                and not gb.PARAGRAPH_START.match(text)
                and not gb.MARKED_START.match(text)
                and self._field_within(j, 2)
            ):
                self._handling_line(a, b)
                previous_blank = False
                continue
            # Anything else starts the body.
            glued_body = self._build(fields)
            return a if glued_body is None else glued_body
        glued_body = self._build(fields)
        return len(view) if glued_body is None else glued_body

    def _handling_line(self, a: int, b: int) -> None:
        """A handling line, with captions glued to its start or end by lost newlines
        split off ("SENSITIVE SIPDIS DEPT FOR NEA/MAG ...", 10TRIPOLI56; "... FOR
        ILAB MMITTELHAUSER SENSITIVE SIPDIS", 06SAOPAULO357)."""
        ctx, view = self.ctx, self.ctx.view
        glued = bh.glued_captions(view, a, b)  # "NOFORNSIPDISPLEASE PASS TO ..."
        if glued:
            self.captions.extend(glued)
            a = glued[-1].span.end
        words = list(_WORD.finditer(view, a, b))
        head = a
        for word in words[:-1]:
            if bh.build_captions(ctx, a, word.end()) is None:
                break
            head = word.end()
        tail = b
        for word in reversed(words[1:]):
            if word.start() < head or bh.build_captions(ctx, word.start(), b) is None:
                break
            tail = word.start()
        if head > a:
            self.captions.extend(bh.build_captions(ctx, a, head) or ())
        self.handling.append(HandlingLine(text=squash(view[head:tail]), span=ctx.span(head, tail)))
        if tail < b:
            self.captions.extend(bh.build_captions(ctx, tail, b) or ())

    def _parenthesis_closed(self, i: int, a: int, b: int) -> tuple[int, int] | None:
        """When ``view[a:b]`` opens a parenthesis it does not close and line ``i``
        closes it: the line after line ``i`` and the end of line ``i``."""
        view, lines = self.ctx.view, self.lines
        if view.count("(", a, b) <= view.count(")", a, b) or i >= len(lines.spans):
            return None
        d = lines.spans[i][1]
        if lines.blank(i) or view.count("(", a, d) != view.count(")", a, d):
            return None
        return i + 1, d

    def _field_within(self, i: int, count: int) -> bool:
        """Whether one of the next ``count`` non-blank lines from line ``i`` opens a
        header field."""
        lines = self.lines
        seen = 0
        while i < len(lines.spans) and seen < count:
            if not lines.blank(i):
                if _FIELD_AT_LINE.match(lines.text(i)):
                    return True
                seen += 1
            i += 1
        return False

    def _fields_ahead(self, i: int) -> bool:
        """Whether a header field starts before the body does: caption and handling
        blocks run to a dozen lines or more (09ATHENS1685 has eleven)."""
        seen = 0
        lines = self.lines
        while i < len(lines.spans) and seen < _HEADER_LOOKAHEAD:
            if not lines.blank(i):
                text = lines.text(i)
                if _FIELD_AT_LINE.match(text) or _FIELD_GLUED.search(text):
                    return True
                if gb.PARAGRAPH_START.match(text) or gb.MARKED_START.match(text):
                    return False
                seen += 1
            i += 1
        return False

    def _glued_body(self, start: int, end: int) -> int | None:
        """Where the body starts inside a REF block that lost its newline."""
        view = self.ctx.view
        pos = start
        while True:
            glued = gr.GLUED_PARAGRAPH.search(view, pos, end)
            if glued is None:
                return None
            level = glued["level"]
            if level in ("C", "S") and level == self._next_bullet(start, glued.start()):
                pos = glued.end() + 1
                continue
            return glued.end()

    def _next_bullet(self, start: int, end: int) -> str:
        """The letter the next bullet of the REF block in ``view[start:end]`` would have."""
        bullets = br.ref_bullets(self.ctx.view[start:end])
        return chr(ord(bullets[-1][2]) + 1) if bullets else "A"

    def _dangling_bullet(self, start: int, end: int) -> bool:
        """Whether the REF block in ``view[start:end]`` ends in a bullet of its list
        without its item (``C) Taipei 03856 D)``), not in a mark (``STATE 109397
        (U)``) or a heading's numeral (``... follows below: I.``)."""
        text = self.ctx.view[start:end]
        if _REF_DANGLING_BULLET.search(text) is None:
            return False
        bullets = br.ref_bullets(text)
        return bool(bullets) and not text[bullets[-1][1] :].strip()

    def _continues(self, field: list[object], text: str, previous_blank: bool) -> bool:
        kind = field[0]
        if bh.match_banner(text.strip()) is not None:
            # the banner of a full copy after a cut one ("SUBJECT: RUSSIAN SCIENCE:
            # PUTI..." / "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 001974 ...",
            # 07MOSCOW1974) continues no field
            return False
        if kind == "ref":
            bullet = _REF_BULLET_LINE.match(text)
            if bullet and not gb.MARKED_START.match(text):
                return True
            if bullet:  # "(C) ..." is a bullet only when C comes next in the list
                assert isinstance(field[1], int) and isinstance(field[2], int)
                letter = text.strip()[1]
                return letter == self._next_bullet(field[1], field[2])
            if gb.PARAGRAPH_START.match(text) or gb.MARKED_START.match(text):
                return False
            # after a blank line, only what goes on with the list: a serial cut from
            # its post ("Rio de Janeiro \n \n00723") or the next cited cable
            assert isinstance(field[1], int) and isinstance(field[2], int)
            if previous_blank and self._dangling_bullet(field[1], field[2]):
                return True
            return not previous_blank or _REF_GOES_ON.match(text) is not None
        assert isinstance(field[1], int) and isinstance(field[2], int)
        so_far = self.ctx.view[field[1] : field[2]]
        if previous_blank and not (
            kind == "subject"
            and (
                _SUBJECT_ONLY.match(so_far)
                or _SUBJECT_GOES_ON.search(so_far)
                or _SUBJECT_GOES_ON_WITH.match(text)
            )
        ):
            # ... but "SUBJECT:" alone on its line is followed by its text, and so is
            # a subject cut after a word that cannot end it ("VISIT TO" / blank /
            # "LIBYA", 08TRIPOLI680) or before one that cannot start a line of its
            # own ("... NEW INFRASTRUCTURE" / blank / "AND ""SOCIAL PACT""
            # INITIATIVES", 08BUENOSAIRES568)
            return False
        if gb.PARAGRAPH_START.match(text) or gb.MARKED_START.match(text):
            return False
        if _RULE_LINE.match(text):  # "-----------" under a heading
            return False
        content = _SUBJECT_KEYWORD.sub("", so_far, count=1) if kind == "subject" else ""
        if content.strip() and not any(c.islower() for c in content):
            # an upper-case subject is not continued by a sentence in mixed case
            # ("This is an Action request. Please see para 2."); a field glued to
            # the line is not part of it ("... DIEGO GARCIA  Classified By: Political
            # Counselor ...", 09LONDON2347)
            glued = _FIELD_GLUED.search(text)
            own = text[: glued.start()] if glued is not None else text
            letters = [c for c in own if c.isalpha()]
            if letters and sum(c.islower() for c in letters) > len(letters) // 2:
                return False
        if kind == "tags":
            assert isinstance(field[2], int)
            # a list that ends in a comma goes on ("TAGS: PREL, PGOV,\nKDEM"), and so
            # does a keyword broken over the line end ("... KU COUNTRY\nCLEARANCE")
            before = self.ctx.view[: field[2]].rstrip()
            return before.endswith(",") or self._tags_line(text) or _keyword_goes_on(before, text)
        return kind in ("subject", "clby", "eo")

    @staticmethod
    def _tags_line(text: str) -> bool:
        """Whether a line continues a TAGS list: most of its codes are known TAGS
        ("NL, IS, SR" does, "Summary" does not)."""
        glued = _FIELD_GLUED.search(text)  # "TIP SUBJECT: ..." (lost newline)
        if glued is not None:
            text = text[: glued.start()]
        tokens = list(gh.TAG_TOKEN_RE.finditer(text))
        codes = [m.group() for m in tokens if m.lastgroup == "token"]
        if not codes:
            return any(m.lastgroup == "person" for m in tokens)
        known = sum(bh.tag_kind(c.upper())[0] is not TagKind.UNKNOWN for c in codes)
        return 2 * known >= len(codes)

    @staticmethod
    def _bare_tags_line(text: str) -> bool:
        """Whether a line is a TAGS list without its keyword: three codes or more,
        separated by commas, every one a known TAGS code, that the TAGS grammar reads."""
        if "," not in text or _FIELD_GLUED.search(text):
            return False
        if isinstance(parse_whole(gh.TAGS_LINE, text), pp.ParseBaseException):
            return False
        tokens = list(gh.TAG_TOKEN_RE.finditer(text))
        codes = [m.group() for m in tokens if m.lastgroup == "token"]
        return len(codes) >= 3 and all(
            bh.tag_kind(c.upper())[0] is not TagKind.UNKNOWN for c in codes
        )

    def _split_glued(self, fields: list[list[object]]) -> None:
        """Split the last field where a later field's keyword is glued into it."""
        kind, start, end = fields[-1]
        assert isinstance(start, int) and isinstance(end, int) and isinstance(kind, str)
        view = self.ctx.view
        search_from = start + 3
        while True:
            glued = _FIELD_GLUED.search(view, search_from, end)
            if glued is None:
                return
            later = _field_kind(glued)
            # Fields come in order, except that a REF list may follow Classified By.
            if _FIELD_ORDER[later] <= _FIELD_ORDER[kind] and not (
                kind == "clby" and later == "ref"
            ):
                search_from = glued.end()
                continue
            fields[-1][2] = glued.start()
            fields.append([later, glued.start(), end])
            kind, start = later, glued.start()
            search_from = start + 3

    def _build(self, fields: list[list[object]]) -> int | None:
        """Build the fields; returns where the body starts when text after the last
        field's end belongs to it (body text glued to the Classified By line)."""
        ctx = self.ctx
        body_start = None
        for k, (kind, start, end) in enumerate(fields):
            assert isinstance(start, int) and isinstance(end, int)
            last = k == len(fields) - 1
            if kind == "eo":
                if self.declassification is None:
                    self.declassification = bh.build_declassification(
                        ctx, start, end, dtg_year=self.year
                    )
                else:
                    self._duplicate("E.O. line", start, end)
            elif kind == "tags":
                if not self.tags:
                    self.tags, glued_captions = bh.build_tags(ctx, start, end)
                    self.captions.extend(glued_captions)
                else:
                    self._duplicate("TAGS line", start, end)
            elif kind == "subject":
                if self.subject is None:
                    end, body_start = self._before_sbu(start, end, last, body_start)
                    self.subject = bh.build_subject(ctx, start, end)
                else:
                    self._duplicate("SUBJECT line", start, end)
            elif kind == "ref":
                # "REF: UNVIE VIEN 641 This cable is sensitive but ..."
                end, body_start = self._before_sbu(start, end, last, body_start)
                glued = self._glued_body(start, end) if last else None
                if glued is not None:
                    end = body_start = glued
                self._refs.append((start, end))
            elif kind == "clby":
                if self.classified_by is None:
                    self.classified_by, stop = bc.build_classified_by(ctx, start, end)
                    if stop < end and last:
                        body_start = stop
                    elif stop < end:
                        ctx.keep_unparsed(
                            stop, end, context="Classified By line", code="header-trailing"
                        )
                else:
                    self._duplicate("Classified By line", start, end)

        return body_start

    def _before_sbu(
        self, start: int, end: int, last: bool, body_start: int | None
    ) -> tuple[int, int | None]:
        """The field's end and the body's start once an SBU caption glued to the
        field is cut off (:meth:`_glued_sbu`); both as given when there is none."""
        sbu = self._glued_sbu(start, end, last)
        if sbu is None:
            return end, body_start
        cut, rest = sbu
        return cut, rest if rest < end else body_start

    def _glued_sbu(self, start: int, end: int, last: bool) -> tuple[int, int] | None:
        """The SBU caption glued to the end of a subject or a REF list by a lost newline
        ("... ANOTHER CHILD Sensitive but Unclassified. Please handle accordingly. (SBU)
        On ...", 09CAIRO226; "REF: UNVIE VIEN 641 This cable is sensitive but
        unclassified. Please protect accordingly.", 07BRASILIA2185): the caption is
        recorded; returns where the field ends and where the text after the caption
        starts (the body, when this is the last field)."""
        view = self.ctx.view
        found = _GLUED_SBU.search(view, start, end)
        if found is None:
            return None
        rest = found.end()
        while rest < end and view[rest].isspace():
            rest += 1
        after = view[rest:end]
        if after and not (found["note"] or (last and _BODY_AFTER_CAPTION.match(after) is not None)):
            return None  # "SENSITIVE BUT UNCLASSIFIED INFORMATION" is the subject's
        if after and not last:
            return None
        note = found["note"]
        self.captions.append(
            Caption(
                name="SENSITIVE BUT UNCLASSIFIED",
                note=squash(note) if note else None,
                known="SENSITIVE BUT UNCLASSIFIED" in tables.captions(),
                span=self.ctx.span(found.start("caption"), found.end()),
            )
        )
        return found.start("caption"), rest if after else end

    def complete_from(self, other: _Header) -> None:
        """Fill the fields this header lacks from ``other`` (a cut copy of it)."""
        self.captions = self.captions or other.captions
        self.handling = self.handling or other.handling
        self.declassification = self.declassification or other.declassification
        self.tags = self.tags or other.tags
        self.subject = self.subject or other.subject
        self.classified_by = self.classified_by or other.classified_by
        self._refs = self._refs or other._refs
        self.repeated.extend(other.repeated)

    def _duplicate(self, field: str, start: int, end: int) -> None:
        span = self.ctx.span(start, end)
        self.ctx.report(
            "header-repeated",
            f"a second {field}; the first one is used, the second kept as a wrapper block",
            field=field,
            span=span,
            severity=Severity.INFO,
        )
        self.repeated.append(TextBlock(text=span.of(self.ctx.raw), span=span))

    def references(self, citing_id: str | None) -> tuple[Reference, ...]:
        out: list[Reference] = []
        for start, end in self._refs:
            out.extend(
                br.build_references(self.ctx, start, end, year=self.year, citing_id=citing_id)
            )
        return tuple(out)


# --------------------------------------------------------------------- body


class _Body:
    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.summary: TextBlock | None = None
        self.comments: list[TextBlock] = []
        self.signature: TextBlock | None = None
        self.footer: list[TextBlock] = []


def _body(ctx: Context, start: int, end: int) -> _Body:
    out = _Body()
    if start >= end or not ctx.view[start:end].strip():
        return out
    stop, out.signature, out.footer = bb.split_end(ctx, start, end)
    out.paragraphs = bb.build_paragraphs(ctx, start, stop)
    out.summary = bb.build_summary(ctx, start, stop)
    out.comments = bb.build_comments(ctx, start, stop)
    return out
