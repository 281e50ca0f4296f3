"""The ``cables.csv`` release through ``read_cables_csv``.

``data/cables_sample.csv`` holds two real rows of the August 2011 ``cables.csv``
(66BUENOSAIRES2481 and 72TEHRAN1164), as kept in the GavinMendelGleason/mapper
repository at e2ca0a95af0473acce3ab0cc25e3eefb3e02e512 under the Apache License 2.0
(``data/cables_sample.csv.LICENSE``).  The other rows below are built in the
release's shape around excerpts of the cables they name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram
from cablegram.adapters.cables_csv import read_cables_csv
from cablegram.errors import CablegramError, DocumentSyntaxError, Severity

from .conftest import DATA

SAMPLE = DATA / "cables_sample.csv"
UTC = dt.timezone.utc


def rows(text: str) -> io.StringIO:
    return io.StringIO(text, newline="")


def quoted(*fields: str) -> str:
    """One row as the release writes it: every field in quotes, quotes and
    backslashes escaped with a backslash, a backslash before each newline."""
    escaped = (f.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\\n") for f in fields)
    return ",".join(f'"{f}"' for f in escaped) + "\n"


# 08TRIPOLI926: header, banner and first lines (as on its WikiLeaks page)
HEADER = (
    "VZCZCXRO4123\nOO RUEHAG RUEHROV RUEHSR\nDE RUEHTRO #0926 3371706\nZNY CCCCC ZZH\n"
    "O 021706Z DEC 08\nFM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 4201\n"
    "INFO RUEHTRO/AMEMBASSY TRIPOLI 4723"
)
BODY = (
    "C O N F I D E N T I A L TRIPOLI 000926 \n \nSIPDIS \n \nE.O. 12958: DECL:  12/2/2018 \n"
    "TAGS: PREL PHUM ECON EAIR SZ LY\n"
    'SUBJECT: SWISS FOREIGN MINISTER MAY VISIT TRIPOLI IN "LAST GASP" \n'
    "EFFORT TO MEND FRAYED BILATERAL TIES \n \nREF: TRIPOLI 851 \n\n"
    "1. (C) Swiss Consul Francois Schmidt told P/E Chief on December 2 that Swiss "
    "Foreign Minister Micheline Calmy-Rey intends to travel to Tripoli on December 5. \n"
    "STEVENS\n"
)
TRIPOLI926 = quoted(
    "3", "2008-12-02 17:06:00", "08TRIPOLI926", "Embassy Tripoli", "CONFIDENTIAL",
    "08TRIPOLI851", HEADER, BODY,
)  # fmt: skip


# ------------------------------------------------------------------ the real rows


def test_sample_rows_66BUENOSAIRES2481_72TEHRAN1164() -> None:
    cables = list(read_cables_csv(SAMPLE))
    assert [c.reference_id for c in cables] == ["66BUENOSAIRES2481", "72TEHRAN1164"]
    # the DTGs agree with the rows' dates
    assert [c.date for c in cables] == [
        dt.datetime(1966, 12, 28, 18, 48, tzinfo=UTC),
        dt.datetime(1972, 2, 25, 9, 30, tzinfo=UTC),
    ]
    assert [c.classification for c in cables] == [cablegram.Classification.UNCLASSIFIED] * 2
    assert [c.subject.text if c.subject else None for c in cables] == [
        "EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS",
        "ACCELERATION OF F-4ES FOR IRAN",
    ]
    assert [[t.code for t in c.tags] for c in cables] == [
        ["EFIS", "PBTS", "AR"],
        ["MASS", "MARR", "IR"],
    ]
    assert [r.cable_id for r in cables[1].references] == [
        "72TEHRAN1091",
        "72TEHRAN263",
        "72MOSCOW1603",
    ]
    assert [len(c.paragraphs) for c in cables] == [8, 12]
    # 72TEHRAN1164: four blocks of text before paragraph 1, each a paragraph of its own
    assert [(p.number, p.text[:22]) for p in cables[1].paragraphs[:5]] == [
        (None, "COUNTRY TEAM. MESSAGE"),
        (None, "BEGIN SUMMARY"),
        (None, "GENERAL AZIMI, MINISTE"),
        (None, "ACTION REQUESTED: COUN"),
        ("1", "ON FEB 24 CHARGE WAS C"),
    ]
    assert [c.signature.text if c.signature else None for c in cables] == ["SACCIO", "HECK"]
    # 72TEHRAN1164's paragraph 6 opens "COMMENT." and has no END COMMENT: the comment
    # is that paragraph, and the parser says it took it to the paragraph's end
    assert [[d.code for d in c.diagnostics] for c in cables] == [[], ["comment-unterminated"]]
    ((comment,),) = [c.comments for c in cables[1:]]
    assert comment.paragraph == "6"
    assert comment.text.startswith("SHAH IS DEEPLY CONCERN")
    assert comment.text.endswith("CONSIDERS ISSUE OF VITAL IMPORTANCE.")


def test_sample_metadata_66BUENOSAIRES2481_72TEHRAN1164() -> None:
    first, second = read_cables_csv(SAMPLE)
    assert dict(first.metadata) == {
        "row": "1",
        "date": "12/28/1966 18:48",
        "ref_id": "66BUENOSAIRES2481",
        "origin": "Embassy Buenos Aires",
        "classification": "UNCLASSIFIED",
        "references": "66STATE106206",
        "source": "cables_sample.csv row 1",
    }
    assert second.metadata["references"] == "72MOSCOW1603|72TEHRAN1091|72TEHRAN263"
    assert second.source == "cables_sample.csv row 2"


def test_text_is_header_blank_line_body_66BUENOSAIRES2481() -> None:
    cable = next(iter(read_cables_csv(SAMPLE)))
    assert cable.raw.startswith("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n")
    assert "\nSTATE GRNC\n\nUNCLASSIFIED BUENOS AIRES 2481 \n" in cable.raw
    assert cable.raw.endswith("\nGP-3 \nSACCIO \n")


def test_header_ending_in_a_newline_gets_one_blank_line_72TEHRAN1164() -> None:
    cable = list(read_cables_csv(SAMPLE))[1]
    assert "\nCSAF \n\nUNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164 \n" in cable.raw


def test_backslash_escapes_are_decoded_66BUENOSAIRES2481() -> None:
    cable = next(iter(read_cables_csv(SAMPLE)))
    assert 'OF \\"PREFERENTIAL' not in cable.raw
    assert 'ZONE OF "PREFERENTIAL JURISDICTION" FOR FISHING PURPOSES' in " ".join(cable.raw.split())
    assert "FONOFF LEGAL ADVISORS' QUALMS" in cable.raw


# ------------------------------------------------------------------ the quirks


def test_backslash_line_ends_are_newlines_08TRIPOLI926() -> None:
    assert "926 \\\n \\\nSIPDIS" in TRIPOLI926  # the dump's line ends
    (cable,) = read_cables_csv(rows(TRIPOLI926))
    assert cable.raw == HEADER + "\n\n" + BODY
    assert cable.reference_id == "08TRIPOLI926"
    assert cable.date == dt.datetime(2008, 12, 2, 17, 6, tzinfo=UTC)
    assert [t.code for t in cable.tags] == ["PREL", "PHUM", "ECON", "EAIR", "SZ", "LY"]
    assert cable.subject is not None and cable.subject.text.endswith("FRAYED BILATERAL TIES")
    assert cable.metadata["date"] == "2008-12-02 17:06:00"


def test_backslash_of_the_text_before_a_newline_is_kept_06GENEVA2030() -> None:
    # Geneva's cables end some lines with a backslash of their own; the dump doubles
    # it and escapes the newline after it.
    body = BODY.replace("December 5. \n", "December 5. \\\n")
    row = quoted("6", "2008-12-02 17:06:00", "08TRIPOLI926", "", "", "", HEADER, body)
    assert "December 5. \\\\\\\nSTEVENS" in row
    (cable,) = read_cables_csv(rows(row))
    assert "December 5. \\\nSTEVENS\n" in cable.raw
    assert cable.raw == HEADER + "\n\n" + body


def test_field_larger_than_the_default_limit() -> None:
    default = csv.field_size_limit()
    long_body = BODY.replace("December 5. ", "December 5. " + "WORD " * 40_000)
    assert len(long_body) > default
    row = quoted("4", "12/02/2008 17:06", "08TRIPOLI926", "Embassy Tripoli", "CONFIDENTIAL",
                 "", HEADER, long_body)  # fmt: skip
    reader = read_cables_csv(rows(row + TRIPOLI926))
    first = next(reader)
    assert csv.field_size_limit() == default  # put back between rows
    second = next(reader)
    assert len(first.raw) > default
    assert first.signature is not None and first.signature.text == "STEVENS"
    assert second.raw == HEADER + "\n\n" + BODY
    assert csv.field_size_limit() == default
    assert reader.rows == 2 and reader.collected == []


@pytest.mark.parametrize(
    ("references", "metadata"),
    [
        ("08TRIPOLI851|08TRIPOLI12", "08TRIPOLI851|08TRIPOLI12"),
        ("08TRIPOLI851 08TRIPOLI12", "08TRIPOLI851|08TRIPOLI12"),
        ("", None),
    ],
)
def test_referenced_ids(references: str, metadata: str | None) -> None:
    row = TRIPOLI926.replace('"08TRIPOLI851"', f'"{references}"')
    (cable,) = read_cables_csv(rows(row))
    assert cable.metadata.get("references") == metadata


def test_null_fields_are_empty_not_n() -> None:
    # a MySQL dump writes NULL as \N outside quotes; it is an empty field, while a
    # \N written inside a quoted text (as \\N) stays the text's own
    row = TRIPOLI926.replace('"08TRIPOLI851"', "\\N").replace('"Embassy Tripoli"', "\\N")
    assert ',\\N,"CONFIDENTIAL",\\N,"VZCZC' in row
    (cable,) = read_cables_csv(rows(row))
    assert "references" not in cable.metadata and "origin" not in cable.metadata
    assert cable.reference_id == "08TRIPOLI926"
    literal = TRIPOLI926.replace("STEVENS", "STEVENS,\\\\N,")
    assert ",\\\\N," in literal
    (cable,) = read_cables_csv(rows(literal))
    assert cable.raw.endswith("STEVENS,\\N,\n")


def test_blank_lines_between_rows_are_not_rows() -> None:
    reader = read_cables_csv(rows("\n" + TRIPOLI926 + "\n\n" + TRIPOLI926))
    assert len(list(reader)) == 2
    assert reader.rows == 2 and reader.collected == []


def test_crlf_line_ends() -> None:
    data = TRIPOLI926.replace("\n", "\r\n").encode("utf-8")
    (cable,) = read_cables_csv(io.BytesIO(data))
    assert cable.reference_id == "08TRIPOLI926"
    assert [t.code for t in cable.tags] == ["PREL", "PHUM", "ECON", "EAIR", "SZ", "LY"]


def test_path_text_file_and_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "cables.csv"
    path.write_text(TRIPOLI926, encoding="utf-8")
    (from_path,) = read_cables_csv(path)
    (from_str,) = read_cables_csv(str(path))
    with path.open(encoding="utf-8", newline="") as text:
        (from_text,) = read_cables_csv(text)
    with path.open("rb") as binary:
        (from_binary,) = read_cables_csv(binary)
    assert from_path.raw == from_str.raw == from_text.raw == from_binary.raw
    assert from_path.source == "cables.csv row 3"


def test_closing_a_stream_closes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cables.csv"
    path.write_text(TRIPOLI926 * 3, encoding="utf-8")
    with read_cables_csv(path) as reader:
        assert next(reader).reference_id == "08TRIPOLI926"
    assert reader.rows == 1
    assert list(reader) == []


# ------------------------------------------------------------------ bad rows

SHORT = '"5","12/02/2008 17:06","08TRIPOLI926"\n'


def test_short_row_lenient_is_a_cable_with_a_diagnostic() -> None:
    reader = read_cables_csv(rows(SHORT))
    (cable,) = reader
    assert cable.raw == ""
    assert dict(cable.metadata) == {
        "row": "5",
        "date": "12/02/2008 17:06",
        "ref_id": "08TRIPOLI926",
        "source": "cables.csv row 5",
    }
    # the row's date dates the record even with no text: to the minute, from the page
    assert [(d.code, d.severity) for d in cable.diagnostics] == [
        ("csv-columns", Severity.ERROR),
        ("date-from-page", Severity.INFO),
        ("banner-missing", Severity.WARNING),
    ]
    assert cable.date == dt.datetime(2008, 12, 2, 17, 6, tzinfo=dt.timezone.utc)
    assert (cable.date_precision, cable.date_source) == ("minute", "page")
    assert cable.diagnostics[0].message == "the row has 3 columns, not 8"
    assert reader.collected == []


def test_short_row_strict_raises() -> None:
    with pytest.raises(DocumentSyntaxError) as info:
        list(read_cables_csv(rows(TRIPOLI926 + SHORT), strict=True, errors="raise"))
    error = info.value
    line = TRIPOLI926.count("\n") + 1  # where the short row starts
    assert (error.code, error.source, error.line) == ("csv-columns", "cables.csv", line)
    assert str(error) == f"the row has 3 columns, not 8 (cables.csv, line {line})"
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.line, str(copy)) == (
        DocumentSyntaxError,
        "csv-columns",
        line,
        str(error),
    )


def test_short_row_strict_collected_and_the_stream_goes_on() -> None:
    reader = read_cables_csv(rows(TRIPOLI926 + SHORT + TRIPOLI926), strict=True)
    cables = list(reader)
    assert [c.reference_id for c in cables] == ["08TRIPOLI926", "08TRIPOLI926"]
    assert [(type(e), getattr(e, "code", None)) for e in reader.collected] == [
        (DocumentSyntaxError, "csv-columns")
    ]
    assert reader.rows == 3


def test_short_row_strict_yielded_in_its_place() -> None:
    items = list(
        read_cables_csv(rows(TRIPOLI926 + SHORT + TRIPOLI926), strict=True, errors="yield")
    )
    assert [type(item) for item in items] == [cablegram.Cable, DocumentSyntaxError, cablegram.Cable]


def test_long_row_keeps_the_whole_body() -> None:
    row = TRIPOLI926.replace('STEVENS\\\n"', 'STEVENS\\\n","stray"')
    assert row != TRIPOLI926
    (cable,) = read_cables_csv(rows(row))
    assert cable.raw.endswith("STEVENS\n,stray\n")
    # the stray column ends the text: the signature above it is not taken, and said so
    assert [d.code for d in cable.diagnostics] == ["csv-columns", "signature-not-found"]
    assert cable.diagnostics[0].message == "the row has 9 columns, not 8"


def test_bad_date_lenient_and_strict() -> None:
    row = TRIPOLI926.replace("2008-12-02 17:06:00", "Tuesday")
    (cable,) = read_cables_csv(rows(row))
    assert [(d.code, d.severity) for d in cable.diagnostics] == [("csv-date", Severity.ERROR)]
    assert cable.date == dt.datetime(2008, 12, 2, 17, 6, tzinfo=UTC)  # from the DTG
    with pytest.raises(DocumentSyntaxError) as info:
        list(read_cables_csv(rows(row), strict=True, errors="raise"))
    assert info.value.code == "csv-date"


def test_error_in_the_cable_text_strict_08TRIPOLI926() -> None:
    row = TRIPOLI926.replace("O 021706Z DEC 08", "O 321706Z DEC 08")
    (cable,) = read_cables_csv(rows(row))
    assert "dtg-invalid" in [d.code for d in cable.diagnostics]
    reader = read_cables_csv(rows(row), strict=True)
    assert list(reader) == []
    (error,) = reader.collected
    assert isinstance(error, cablegram.CableSyntaxError) and error.code == "dtg-invalid"
    with pytest.raises(cablegram.CableSyntaxError):
        list(read_cables_csv(rows(row), strict=True, errors="raise"))


@pytest.mark.parametrize("strict", [False, True])
def test_empty_file(strict: bool) -> None:
    reader = read_cables_csv(rows(""), strict=strict)
    assert list(reader) == []
    assert [(type(e), getattr(e, "code", None)) for e in reader.collected] == [
        (DocumentSyntaxError, "csv-empty")
    ]
    with pytest.raises(DocumentSyntaxError, match="the file has no rows"):
        list(read_cables_csv(rows(""), strict=strict, errors="raise"))
    (item,) = read_cables_csv(rows("\n\n"), strict=strict, errors="yield")
    assert isinstance(item, DocumentSyntaxError)


JUNK = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00\x01"\x80,\x9c\n'


def test_binary_junk_lenient(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(JUNK)
    reader = read_cables_csv(path)
    cables = list(reader)
    assert len(cables) == reader.rows >= 1
    codes = {d.code for c in cables for d in c.diagnostics}
    # its bytes that are not UTF-8 are read as cp1252, and said so: no U+FFFD
    assert {"csv-columns", "encoding-fallback"} <= codes
    assert not any("\ufffd" in c.raw for c in cables)
    assert reader.collected == []


def test_binary_junk_strict(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(JUNK)
    reader = read_cables_csv(path, strict=True)
    assert list(reader) == []
    assert {getattr(e, "code", None) for e in reader.collected} == {"csv-columns"}
    with pytest.raises(DocumentSyntaxError):
        list(read_cables_csv(path, strict=True, errors="raise"))


def test_unknown_error_policy() -> None:
    with pytest.raises(ValueError, match="errors must be one of"):
        read_cables_csv(rows(TRIPOLI926), errors="ignore")  # type: ignore[call-overload]


# ------------------------------------------------------------------ never raises

ALPHABET = st.characters(blacklist_categories=("Cs",))
PIECES = st.sampled_from(
    ['"', ",", "\\", "\n", "\r\n", '\\"', "\\\n", "1", "12/02/2008 17:06", "2008-12-02 17:06:00",
     "08TRIPOLI926", "|", "\x00", TRIPOLI926, SHORT, HEADER, BODY]
)  # fmt: skip


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_lenient_never_raises_on_text(text: str) -> None:
    reader = read_cables_csv(rows(text))
    for cable in reader:
        assert isinstance(cable, cablegram.Cable)
    assert all(isinstance(e, CablegramError) for e in reader.collected)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(alphabet=ALPHABET, max_size=10)), max_size=30))
def test_never_raises_on_row_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    for cable in read_cables_csv(rows(text)):
        assert isinstance(cable, cablegram.Cable)
    for item in read_cables_csv(rows(text), strict=True, errors="yield"):
        assert isinstance(item, (cablegram.Cable, CablegramError))


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=300))
def test_lenient_never_raises_on_bytes(data: bytes) -> None:
    reader = read_cables_csv(io.BytesIO(data))
    for cable in reader:
        assert isinstance(cable, cablegram.Cable)


def test_row_in_cp1252_is_read_as_cp1252_66BUENOSAIRES2481(tmp_path: Path) -> None:
    # the sample's first row written by an old Windows tool: a ¶ as byte 0xB6 and a
    # curly quote as 0x92 before paragraph 2; the other row stays UTF-8
    data = SAMPLE.read_bytes().replace(b"2. ", "¶2. ’".encode("cp1252"), 1)
    path = tmp_path / "cables.csv"
    path.write_bytes(data)
    first, second = read_cables_csv(path)
    assert [d.code for d in first.diagnostics][:1] == ["encoding-fallback"]
    assert "¶2. ’" in first.raw and "\ufffd" not in first.raw
    assert "encoding-fallback" not in [d.code for d in second.diagnostics]
    assert [p.number for p in first.paragraphs][:2] == ["1", "2"]
