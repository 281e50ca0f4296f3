"""Where a cable's date comes from (``date_source``): its DTG, a wrapper, the page or
record the text came with, or the caller.  A partial extract has no DTG: 433 of the
4,533 development pages (9.6%) had no date before their page's day was taken."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import cablegram
from cablegram import Cable, DatePrecision, DateSource, Severity, parse_cable, parse_wikileaks_html
from cablegram.adapters.cables_csv import read_cables_csv
from tests.test_cables_csv import quoted, rows
from tests.test_wikileaks_html import BODY, HEADER, TABLE, TITLE, page

UTC = dt.timezone.utc

#: A partial extract: banner, fields and a paragraph, no transmission header.
EXTRACT = (
    "This record is a partial extract of the original cable. The full text of the "
    "original cable is not available.\n\n"
    "C O N F I D E N T I A L SECTION 01 OF 02 PARIS 005539\n\nSIPDIS\n\n"
    "E.O. 12958: DECL: 08/16/2015\nTAGS: PREL FR\nSUBJECT: PUTTING OUT BRUSHFIRES\n\n"
    "REF: A. STATE 144222\n\n1. (C) Summary: Through surveillance, the GOF puts out "
    "brushfires. End summary.\n"
)


def _codes(cable: cablegram.Cable) -> list[str]:
    return [d.code for d in cable.diagnostics]


# ------------------------------------------------------------------ the text's own


def test_a_dtg_dates_the_cable_and_a_given_date_is_not_used() -> None:
    page_html = page(TITLE, TABLE, HEADER, BODY)  # 08TRIPOLI926: a DTG in its header
    cable = parse_wikileaks_html(page_html)
    assert cable.date_source is DateSource.DTG
    assert cable.date_precision is DatePrecision.MINUTE
    assert "date-from-page" not in _codes(cable)
    hinted = parse_cable(cable.raw, date=dt.date(1999, 1, 1))
    assert hinted.date == cable.date and hinted.date_source is DateSource.DTG


def test_a_wrapper_dates_a_text_without_dtg() -> None:
    text = "Cable dated:2005-05-23T14:26:00\n" + EXTRACT.split("\n\n", 1)[1]
    cable = parse_cable(text, date=dt.date(1999, 1, 1))
    assert cable.date == dt.datetime(2005, 5, 23, 14, 26, tzinfo=UTC)
    assert cable.date_source is DateSource.WRAPPER


# ------------------------------------------------------------------ the page's


def test_a_partial_extract_takes_the_day_of_its_page_05PARIS5539() -> None:
    table = TABLE.replace("08TRIPOLI926", "05PARIS5539").replace("2008/12", "2005/08")
    table = table.replace("2008-12-02 17:05", "2005-08-17 08:08")
    pre = EXTRACT.replace("\n", "&#x000A;")
    cable = parse_wikileaks_html(page(table, f"<code><pre>{pre}</pre></code>"))
    assert cable.reference_id == "05PARIS5539"
    # the day only: the time of Created is wrong on most pages
    assert cable.date == dt.datetime(2005, 8, 17, tzinfo=UTC)
    assert (cable.date_precision, cable.date_source) == (DatePrecision.DAY, DateSource.PAGE)
    found = [d for d in cable.diagnostics if d.code == "date-from-page"]
    assert [(d.severity, d.message) for d in found] == [
        (
            Severity.INFO,
            "no DTG: the day 2005-08-17 is taken from the page or record the text came with",
        )
    ]
    assert "dtg-missing" not in _codes(cable)
    # the page's year reads the two-digit years of the text
    assert cable.declassification is not None
    assert cable.declassification.date == dt.date(2015, 8, 16)


def test_a_page_that_holds_another_cable_does_not_date_it_05SOFIA1280() -> None:
    # the release's page of 05SOFIA1280 holds the text of 05PARIS5539: the page's
    # Created is 05SOFIA1280's day, not the text's
    table = TABLE.replace("08TRIPOLI926", "05SOFIA1280").replace("2008/12", "2005/07")
    table = table.replace("2008-12-02 17:05", "2005-07-15 16:04")
    pre = EXTRACT.replace("\n", "&#x000A;")
    cable = parse_wikileaks_html(page(table, f"<code><pre>{pre}</pre></code>"))
    assert cable.reference_id == "05PARIS5539"
    assert (cable.date, cable.date_precision, cable.date_source) == (None, None, None)
    assert "reference-id-mismatch" in _codes(cable)
    assert "date-from-page" not in _codes(cable)


def test_a_csv_row_dates_its_text_to_the_minute() -> None:
    row = quoted(
        "7", "8/17/2005 8:08", "05PARIS5539", "Embassy Paris", "CONFIDENTIAL", "", "", EXTRACT
    )
    (cable,) = read_cables_csv(rows(row))
    assert cable.reference_id == "05PARIS5539"
    assert cable.date == dt.datetime(2005, 8, 17, 8, 8, tzinfo=UTC)
    assert (cable.date_precision, cable.date_source) == (DatePrecision.MINUTE, DateSource.PAGE)
    assert "date-from-page" in _codes(cable)


# ------------------------------------------------------------------ the caller's


@pytest.mark.parametrize(
    ("given", "date", "precision"),
    [
        (dt.date(2005, 8, 17), dt.datetime(2005, 8, 17, tzinfo=UTC), DatePrecision.DAY),
        # a naive datetime is UTC; seconds are dropped: a cable is dated to the minute
        (
            dt.datetime(2005, 8, 17, 8, 8, 42),
            dt.datetime(2005, 8, 17, 8, 8, tzinfo=UTC),
            DatePrecision.MINUTE,
        ),
        # an aware one is turned to UTC
        (
            dt.datetime(2005, 8, 17, 10, 8, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            dt.datetime(2005, 8, 17, 8, 8, tzinfo=UTC),
            DatePrecision.MINUTE,
        ),
    ],
    ids=["date", "naive", "aware"],
)
def test_a_bare_text_takes_the_date_it_is_given(
    given: dt.date, date: dt.datetime, precision: DatePrecision
) -> None:
    cable = parse_cable(EXTRACT, date=given)
    assert (cable.date, cable.date_precision, cable.date_source) == (
        date,
        precision,
        DateSource.HINT,
    )
    assert "date-from-hint" in _codes(cable)
    assert cablegram.to_dict(cable)["date_source"] == "hint"


def test_without_a_date_a_bare_extract_has_none() -> None:
    cable = parse_cable(EXTRACT)
    assert (cable.date, cable.date_source) == (None, None)
    assert "dtg-missing" in _codes(cable)


def test_a_date_and_a_year_that_disagree_are_an_error() -> None:
    with pytest.raises(ValueError, match="year 2004 is not the year of date 2005-08-17"):
        parse_cable(EXTRACT, year=2004, date=dt.date(2005, 8, 17))
    parse_cable(EXTRACT, year=2005, date=dt.date(2005, 8, 17))  # agree: fine


def test_a_date_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"datetime\.date or datetime, not str"):
        parse_cable(EXTRACT, date="2005-08-17")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        parse_cable(EXTRACT, date=dt.date(2005, 8, 17), date_source="tomorrow")


def test_the_caller_may_say_the_date_is_a_page_s() -> None:
    cable = parse_cable(EXTRACT, date=dt.date(2005, 8, 17), date_source="page")
    assert cable.date_source is DateSource.PAGE


def test_several_cables_in_one_text_the_date_is_the_first_s_09BERN279() -> None:
    from tests.test_body_parts import BERN279

    # the Bern cable without its DTG line: the given day dates it, and only it (the
    # Cotonou cable after it has its own DTG; without one it would stay undated)
    text = BERN279.replace("P 060731Z JUL 09\n", "")
    first, second = cablegram.parse_cables(text, date=dt.date(2009, 7, 6))
    assert (first.reference_id, first.date_source) == ("09BERN279", DateSource.HINT)
    assert first.date == dt.datetime(2009, 7, 6, tzinfo=UTC)
    assert (second.reference_id, second.date_source) == ("09COTONOU278", DateSource.DTG)
    undated = text.replace("P 061001Z JUL 09\\\n", "")
    _, second = cablegram.parse_cables(undated, date=dt.date(2009, 7, 6))
    assert second.dtg is None and second.date_source is not DateSource.HINT


# ------------------------------------------------------------------ the model


def test_a_cable_built_by_hand_defaults_its_source() -> None:
    base = parse_cable(EXTRACT)
    dated = dt.datetime(2005, 8, 17, tzinfo=UTC)
    # no DTG: a date given by hand is a wrapper's, at the minute unless told
    by_hand = attrs.evolve(base, date=dated, date_precision="day", date_source="page")
    assert (by_hand.date_precision, by_hand.date_source) == (DatePrecision.DAY, DateSource.PAGE)
    fields = {
        f.name: getattr(base, f.name)
        for f in attrs.fields(Cable)
        if f.name not in ("date", "date_precision", "date_source")
    }
    assert Cable(**fields, date=dated).date_source is DateSource.WRAPPER
    with_dtg = parse_wikileaks_html(page(TITLE, TABLE, HEADER, BODY))
    fields["dtg"] = with_dtg.dtg
    assert Cable(**fields, date=dated).date_source is DateSource.DTG
    assert Cable(**fields, date=None).date_source is None
    with pytest.raises(ValueError, match="date_source"):
        attrs.evolve(base, date=None, date_precision=None, date_source="page")
    with pytest.raises(ValueError, match="date_source"):
        attrs.evolve(base, date=dated, date_precision="day", date_source=None)
