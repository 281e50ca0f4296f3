"""Newline-collapsed texts: detected (``text-collapsed``), read with their lost line
breaks put back, and every span indexing the text as given.

The fixtures are real texts of a dataset that flattened the cables
(``tests/data/renderings/``, README there); each rule is tested on a cable that
shows it, and the values asserted are those the clean text of the same cable gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import cablegram
from cablegram import Cable, Severity, Span
from cablegram._lazy import Deferred, stored
from cablegram.cable import is_collapsed
from cablegram.cable.collapsed import lost_breaks, resegment
from cablegram.cable.respan import moved
from cablegram.check import uncovered

DATA = Path(__file__).parent / "data"
RENDERINGS = DATA / "renderings"
COLLAPSED = sorted(p.stem for p in RENDERINGS.glob("*.txt") if not p.stem.endswith(".pdf"))


def _text(name: str) -> str:
    return (RENDERINGS / f"{name}.txt").read_text(encoding="utf-8")


def _read(name: str) -> Cable:
    return cablegram.parse_cable(_text(name))


def _numbered(cable: Cable) -> list[tuple[str, str | None]]:
    """The numbered paragraphs' numbers and markings as written."""
    return [
        (p.number, p.marking.raw if p.marking is not None else None)
        for p in cable.paragraphs
        if p.number is not None
    ]


def _spans(value: object) -> Iterator[Span]:
    """Every span of a parsed cable (values computed when first read included)."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _spans(getattr(value, field.name))


# ------------------------------------------------------------------ detection


@pytest.mark.parametrize("name", COLLAPSED)
def test_every_flattened_text_is_detected_and_says_so(name: str) -> None:
    text = _text(name)
    cable = cablegram.parse_cable(text)
    first = cable.diagnostics[0]
    assert (first.code, first.severity, first.span) == (
        "text-collapsed",
        Severity.WARNING,
        Span(0, len(text)),
    )
    assert cable.raw == text


@pytest.mark.parametrize("name", ["07OTTAWA2266.txt", "09OUAGADOUGOU1158.txt"])
def test_a_clean_cable_is_not_collapsed(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert not is_collapsed(text) and resegment(text) is None
    assert "text-collapsed" not in [d.code for d in cablegram.parse_cable(text).diagnostics]


def test_a_short_or_plain_one_line_text_is_not_collapsed() -> None:
    assert not is_collapsed("SUBJECT: X TAGS: PREL ¶1. (C) Short.")
    assert not is_collapsed("Dear Sir, thank you for your letter. " * 20)


@pytest.mark.parametrize("name", ["07OTTAWA2266.txt", "09OUAGADOUGOU1158.txt"])
def test_a_clean_cable_flattened_from_its_banner_on_reads_the_same(name: str) -> None:
    """The invariance on the test fixtures: the text from the banner on with every line
    break taken out gives the clean parse's fields (the year given, as the dataset's
    header-less texts have none)."""
    text = (DATA / name).read_text(encoding="utf-8")
    clean = cablegram.parse_cable(text)
    assert clean.banner is not None and clean.date is not None
    flat = cablegram.parse_cable(
        text[clean.banner.span.start :].replace("\n", ""), year=clean.date.year
    )
    assert flat.diagnostics[0].code == "text-collapsed"
    for read in (
        lambda c: c.reference_id,
        lambda c: c.classification,
        lambda c: [x.name for x in c.captions],
        lambda c: (c.declassification.date, c.declassification.codes),
        lambda c: [t.code for t in c.tags],
        lambda c: getattr(c.subject, "text", None),
        lambda c: [r.cable_id for r in c.references],
        lambda c: getattr(c.classified_by, "name", None),
        _numbered,
        lambda c: getattr(c.signature, "text", None),
    ):
        assert read(flat) == read(clean)


# ------------------------------------------------------------------ the header


def test_fields_glued_to_each_other_05ANKARA1730() -> None:
    """``ANKARA 001730SIPDISE.O. 12958: DECL: 03/19/2015TAGS: PREL PGOV PINS MARR
    TUSUBJECT: TURKEY ADRIFTREF: A. ANKARA 1074¶B. ANKARA 1231...``"""
    cable = _read("05ANKARA1730")
    raw = cable.raw
    assert cable.reference_id == "05ANKARA1730"
    assert cable.classification is cablegram.Classification.CONFIDENTIAL
    assert [c.name for c in cable.captions] == ["SIPDIS"]
    assert cable.declassification is not None
    assert cable.declassification.date == dt.date(2015, 3, 19)
    assert [t.code for t in cable.tags] == ["PREL", "PGOV", "PINS", "MARR", "TU"]
    assert [t.span.of(raw) for t in cable.tags] == ["PREL", "PGOV", "PINS", "MARR", "TU"]
    assert cable.subject is not None and cable.subject.text == "TURKEY ADRIFT"
    assert cable.subject.span.of(raw) == "SUBJECT: TURKEY ADRIFT"
    assert [r.cable_id for r in cable.references] == [
        "05ANKARA1074",
        "05ANKARA1231",
        "05ANKARA1275",
        "05ANKARA1511",
        "05ANKARA1342",
        "05ANKARA944",
        "05ANKARA1102",
    ]
    assert [r.span.of(raw) for r in cable.references][:2] == ["ANKARA 1074", "ANKARA 1231"]
    assert cable.classified_by is not None and cable.classified_by.name == "Robert Deutsch"
    assert cable.classified_by.span.of(raw).startswith("(U) Classified by CDA Robert Deutsch")


def test_tags_end_at_a_glued_subject_and_take_no_word_of_it_05ANKARA1730() -> None:
    cable = _read("05ANKARA1730")
    assert "TUSUBJECT" not in [t.code for t in cable.tags]
    assert cable.tags[-1].span.end <= cable.subject.span.start  # type: ignore[union-attr]


def test_tags_stop_at_an_unknown_word_past_the_line_09ABUDHABI754() -> None:
    """Without its SUBJECT keyword (taken out here) the TAGS list would run into the
    subject: a word no table knows, where the line would have ended, stops it."""
    text = _text("09ABUDHABI754").replace("SUBJECT: ", "", 1)
    cable = cablegram.parse_cable(text)
    codes = [t.code for t in cable.tags]
    assert codes[-3:] == ["SA", "QA", "AE"]
    assert "(S)" not in codes and "MBZ" not in codes and "HOSTS" not in codes


def test_two_codes_glued_where_the_tags_line_wrapped_09BRUSSELS536() -> None:
    """``KJUS KHLSUNSC, IR`` (the clean text wraps after KHLS)."""
    codes = [t.code for t in _read("09BRUSSELS536").tags]
    assert codes[7:10] == ["KJUS", "KHLS", "UNSC"]


def test_a_glued_code_early_in_the_line_stays_as_written_06BAKU1835() -> None:
    """``MARR IRAJSUBJECT:``: the clean text has IRAJ too (no line ended there)."""
    codes = [t.code for t in _read("06BAKU1835").tags]
    assert codes == ["PGOV", "PINR", "PBTS", "PREL", "MARR", "IRAJ"]


def test_a_code_glued_at_the_wrap_and_to_the_subject_10BERLIN128() -> None:
    """``KPAO KTIAGMSUBJECT:``"""
    cable = _read("10BERLIN128")
    assert [t.code for t in cable.tags][-3:] == ["KPAO", "KTIA", "GM"]
    assert [r.cable_id for r in cable.references][1:] == [
        "09BERLIN1528",
        "09BERLIN1377",
        "09BERLIN1167",
    ]


def test_handling_line_glued_to_the_eo_line_09ANKARA1549() -> None:
    """``ANKARA 001549SIPDISDEPARTMENT FOR EUR/SEE.O. 12958: DECL: 10/26/2019TAGS:``"""
    cable = _read("09ANKARA1549")
    assert [c.name for c in cable.captions] == ["SIPDIS"]
    assert [h.span.of(cable.raw) for h in cable.handling] == ["DEPARTMENT FOR EUR/SE"]
    assert cable.declassification is not None
    assert cable.declassification.date == dt.date(2019, 10, 26)
    assert [t.code for t in cable.tags] == ["PREL", "PGOV", "TU", "IS"]


def test_a_dump_date_glued_to_the_banner_09ANKARA226() -> None:
    """``Wednesday, 11 February 2009, 13:03C O N F I D E N T I A L SECTION 01 OF 04``"""
    cable = _read("09ANKARA226")
    assert [w.text for w in cable.wrapper] == ["Wednesday, 11 February 2009, 13:03"]
    assert cable.banner is not None
    assert (cable.banner.origin, cable.banner.serial) == ("ANKARA", "000226")
    assert [c.name for c in cable.captions] == ["SIPDIS", "SENSITIVE"]
    assert cable.subject is not None
    assert cable.subject.text == "ELDERLY AMERICAN SMUGGLED OUT OF IRAN"
    # the line is the DTG's day and time (R 111303Z FEB 09 in the clean text)
    assert cable.date == dt.datetime(2009, 2, 11, 13, 3, tzinfo=dt.timezone.utc)
    assert cable.reference_id == "09ANKARA226"


def test_a_number_without_its_period_glued_after_a_quote_09ASHGABAT757() -> None:
    """``... think again.”6 (C) COMMENT: During our conversation``: paragraph 6, as
    in the clean text (``6 (C) COMMENT:`` on a line of its own)."""
    cable = _read("09ASHGABAT757")
    assert [p.number for p in cable.paragraphs] == [None, "1", "2", "3", "4", "5", "6"]
    last = cable.paragraphs[-1]
    assert last.marking is not None and last.marking.level == "C"
    assert last.text.startswith("COMMENT: During our conversation")


def test_captions_of_a_correction_note_stay_together_09DOHA733() -> None:
    """``C O R R E C T E D  C O P Y  - ADDED NOFORN CAPITION  SIPDIS NOFORN``"""
    cable = _read("09DOHA733")
    assert [c.name for c in cable.captions] == ["CORRECTED COPY", "SIPDIS", "NOFORN"]


def test_a_classification_line_names_no_caption_09STATE119085() -> None:
    """``STATE 119085  SECRET//NOFORN  E.O. 12958``: no NOFORN caption."""
    assert _read("09STATE119085").captions == ()


def test_subject_ends_before_a_sentence_09ANKARA1594() -> None:
    """``SUBJECT: TURKISH MEDIA REACTION WEDNESDAY, NOVEMBER 4, 2009  Media Highlights:``
    (no REF, no Classified By after it)."""
    cable = _read("09ANKARA1594")
    assert cable.subject is not None
    assert cable.subject.text == "TURKISH MEDIA REACTION WEDNESDAY, NOVEMBER 4, 2009"
    assert "Media" not in cable.subject.span.of(cable.raw)


def test_ref_ends_before_text_that_cites_nothing_72TEHRAN1164() -> None:
    """``REF: TEHRAN 1091: TEHRAN 263: MOSCOW 1603  COUNTRY TEAM. MESSAGE``"""
    cable = _read("72TEHRAN1164")
    assert [r.cable_id for r in cable.references] == [
        "72TEHRAN1091",
        "72TEHRAN263",
        "72MOSCOW1603",
    ]
    assert all("COUNTRY" not in r.item_span.of(cable.raw) for r in cable.references)


def test_a_second_ref_keyword_opens_an_item_09ABUDHABI754() -> None:
    """``REF A SECRETARY'S LETTER TO MBZ ON PUMA HELICOPTERS REF B SECSTATE 76108``"""
    cable = _read("09ABUDHABI754")
    assert [r.cable_id for r in cable.references] == [None, "09STATE76108"]


def test_classified_by_ends_before_a_sentence_09TELAVIV2482() -> None:
    """``reasons 1.4 (b),(d)  This is a re-transmission of USDAO TEL AVIV 3188.``"""
    cable = _read("09TELAVIV2482")
    assert cable.classified_by is not None
    assert cable.classified_by.name == "Luis G. Moreno"
    assert cable.classified_by.span.of(cable.raw).endswith("reasons 1.4 (b),(d)")


def test_classified_by_ends_at_a_heading_glued_to_it_09BERLIN1106() -> None:
    """``FOR REASONS 1.4 (B) AND (D)SUMMARY -------¶1.``"""
    cable = _read("09BERLIN1106")
    assert cable.classified_by is not None
    assert cable.classified_by.span.of(cable.raw).endswith("1.4 (B) AND (D)")
    assert _numbered(cable)[0] == ("1", "(C)")


# ------------------------------------------------------------------ the body


def test_paragraph_signs_05ANKARA1730() -> None:
    cable = _read("05ANKARA1730")
    assert _numbered(cable) == [(str(n), "(U)" if n == 11 else "(C)") for n in range(1, 15)]
    for paragraph in cable.paragraphs:
        if paragraph.number is not None:
            assert paragraph.span.of(cable.raw).startswith(f"{paragraph.number}. (")


def test_paragraph_numbers_that_follow_the_one_before_05NEWDELHI709() -> None:
    """``1.  (U) This is an action request.  Please see para 11.  2.  (C) Summary``:
    ``para 11.`` is no paragraph (11 does not follow 1), ``2.`` is."""
    assert _numbered(_read("05NEWDELHI709")) == [("1", "(U)"), ("2", "(C)"), ("11", "(C)")]


def test_paragraph_numbers_glued_to_the_last_word_07ANKARA1091() -> None:
    """``reasons 1.4 (b), (d)1.(C) In contrast``, ``general election.4.(C) One``."""
    cable = _read("07ANKARA1091")
    assert _numbered(cable) == [(str(n), "(C)") for n in range(1, 7)]
    assert cable.classified_by is not None
    assert cable.classified_by.span.of(cable.raw).endswith("reasons 1.4 (b), (d)")


def test_items_numbered_under_a_paragraph_08STATE30340() -> None:
    """``¶A. Terrorism and Crime       1) Terrorist Threats ... (TERR-2) 3) Impact``"""
    numbers = [n for n, _ in _numbered(_read("08STATE30340"))]
    assert numbers[:6] == ["5", "1", "2", "3", "4", "5"]


def test_a_heading_between_two_rules_08CAIRO1637() -> None:
    """``End summary.  ------------------- AU "Soft" on Mugabe -------------------``"""
    cable = _read("08CAIRO1637")
    assert _numbered(cable) == [(str(n), "(C)") for n in range(1, 8)]
    assert cable.paragraphs[1].heading == 'AU "Soft" on Mugabe'


def test_a_rule_written_in_two_runs_09BERLIN1271() -> None:
    """``Weapons --------------------------------------------- -  ¶2.``: the lone dash
    is the rule's, not a paragraph of its own."""
    cable = _read("09BERLIN1271")
    assert _numbered(cable)[:2] == [("1", "(C//NF)"), ("2", "(C//NF)")]
    assert all(p.span.of(cable.raw).strip("- ") for p in cable.paragraphs)
    assert cable.paragraphs[1].heading == "Westerwelle Firm on Removal of Nuclear Weapons"


def test_a_page_marker_glued_inside_a_sentence_07ANKARA1905() -> None:
    """``If he were notAnkara 00001905 002 of 002in good shape``"""
    cable = _read("07ANKARA1905")
    assert [m.span.of(cable.raw) for m in cable.page_markers] == ["Ankara 00001905 002 of 002"]
    sixth = next(p for p in cable.paragraphs if p.number == "6")
    assert "00001905" not in sixth.text


# ------------------------------------------------------------------ the end


@pytest.mark.parametrize(
    ("name", "signature"),
    [
        ("05ANKARA1730", "DEUTSCH"),  # "... will permit. DEUTSCH"
        ("07ANKARA1091", "WILSON"),  # ".../p/eur/ankara/WILSON"
        ("09STATE14577", "CLINTON"),  # "End Talking Points CLINTON"
        ("66BUENOSAIRES2481", "SACCIO"),  # "SUCCEED.  GP-3 SACCIO"
        ("09BRUSSELS536", "MURRAY"),  # "MINIMIZE CONSIDERED  MURRAY ."
        ("09DOHA733", "LeBaron"),  # "partnerships.  LeBaron"
    ],
)
def test_signature_glued_to_the_end(name: str, signature: str) -> None:
    cable = _read(name)
    assert cable.signature is not None
    assert cable.signature.text == signature
    assert cable.signature.span.of(cable.raw) == signature


# ------------------------------------------------------------------ spans


@pytest.mark.parametrize("name", COLLAPSED)
def test_every_span_indexes_the_text_as_given(name: str) -> None:
    cable = _read(name)
    raw = cable.raw
    for span in _spans(cable):
        assert 0 <= span.start <= span.end <= len(raw)
    for field in (cable.subject, cable.classified_by, cable.declassification):
        if field is not None:
            text = field.span.of(raw)
            assert text == text.strip() and text
    assert uncovered(cable) == []


def test_values_computed_when_first_read_stay_deferred_05ANKARA1730() -> None:
    """Moving the spans computes no deferred field: REF items and paragraph text are
    computed when first read, and then their spans index the text as given."""
    cable = _read("05ANKARA1730")
    assert type(stored(cable, "references")) is Deferred
    assert type(stored(cable.paragraphs[0], "text")) is Deferred
    assert cable.paragraphs[0].text.startswith("Summary: Turkey is stuck")
    assert "\n" not in cable.paragraphs[1].text
    assert cable.references[0].item_span.of(cable.raw) == "ANKARA 1074"


def test_moved_walks_any_attrs_model() -> None:
    @attrs.frozen
    class Inner:
        span: Span
        note: str

    @attrs.frozen
    class Outer:
        items: tuple[Inner, ...]
        span: Span | None
        count: int

    value = Outer(items=(Inner(span=Span(4, 8), note="x"),), span=None, count=3)
    assert moved(value, lambda at: at - 2) == Outer(
        items=(Inner(span=Span(2, 6), note="x"),), span=None, count=3
    )
    untouched = Outer(items=(), span=None, count=1)
    assert moved(untouched, lambda at: at - 2) is untouched


def test_breaks_are_put_where_they_were_lost_05ANKARA1730() -> None:
    text = _text("05ANKARA1730")
    where = {text[at : at + 12] for at, _ in lost_breaks(text)}
    assert {"SIPDISE.O. 1", "E.O. 12958: ", "TAGS: PREL P", "SUBJECT: TUR"} <= where
    assert {"REF: A. ANKA", "¶B. ANKARA 1", "(U) Classifi", "DEUTSCH\n"} <= where


def test_strict_mode_points_into_the_text_as_given_05ANKARA1730() -> None:
    text = _text("05ANKARA1730")
    assert cablegram.parse_cable(text, strict=True) == cablegram.parse_cable(text)
    broken = text.replace("TAGS: PREL", "TAGS: PREL (((", 1)
    with pytest.raises(cablegram.CableSyntaxError) as raised:
        cablegram.parse_cable(broken, strict=True)
    error = raised.value
    assert error.span is not None and error.span.of(broken).startswith("(((")
    assert (error.line, error.column) == (1, error.span.start + 1)
    (kept,) = cablegram.parse_cable(broken).unparsed
    assert kept.text == kept.span.of(broken) == "TAGS: PREL ((( PGOV PINS MARR TU"


def test_a_collapsed_file_is_sniffed_and_read_as_a_cable() -> None:
    path = RENDERINGS / "05ANKARA1730.txt"
    assert cablegram.sniff(path.read_text(encoding="utf-8")) == "cable"
    cable = cablegram.parse(path)
    assert isinstance(cable, Cable)
    assert cable.subject is not None and cable.subject.text == "TURKEY ADRIFT"
    assert cable.source == str(path)
