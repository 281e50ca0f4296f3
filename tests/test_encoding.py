"""Reading files: UTF-8, else cp1252 (Latin-1 for the bytes cp1252 leaves undefined)
with an ``encoding-fallback`` warning; line ends kept; no U+FFFD anywhere.  One
policy (:mod:`cablegram._encoding`) for :func:`cablegram.parse_file` and the command
line.

The PDF conversion ``07BOGOTA1165.pdf.txt`` (``tests/data/renderings/``, README
there) is cp1252 with CRLF line ends and ``¶`` as byte 0xB6.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import cablegram
from cablegram import Cable, Severity, cli
from cablegram._encoding import decode, with_fallback
from cablegram._lazy import Deferred, stored

DATA = Path(__file__).parent / "data"
PDF = DATA / "renderings" / "07BOGOTA1165.pdf.txt"


def _strings(value: Any) -> list[str]:
    """Every str in an exported document (nested dicts and lists)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


def test_a_pdf_conversion_is_read_as_cp1252_with_a_warning_07BOGOTA1165() -> None:
    data = PDF.read_bytes()
    assert b"\xb6" in data and b"\r\n" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    cable = cablegram.parse(PDF)
    assert isinstance(cable, Cable)
    first = cable.diagnostics[0]
    assert (first.code, first.severity, first.span) == ("encoding-fallback", Severity.WARNING, None)
    assert "cp1252" in first.message
    assert cable.raw == data.decode("cp1252")  # CRLF kept, ¶ read
    assert "\ufffd" not in "".join(_strings(cable.to_dict()))
    assert cable.reference_id == "07BOGOTA1165"
    assert [t.code for t in cable.tags] == ["PGOV", "CO"]
    assert cable.subject is not None
    assert cable.subject.text == (
        "COLOMBIA REQUESTS SUPPORT FOR CANDIDATE FOR INTERAMERICAN JUDICIAL COMMITTEE"
    )
    assert cable.subject.span.of(cable.raw).startswith("SUBJECT: COLOMBIA")
    assert cable.signature is not None and cable.signature.span.of(cable.raw) == "DRUCKER"
    first_paragraph = cable.paragraphs[0]
    assert first_paragraph.number == "1"
    assert cable.raw[first_paragraph.span.start - 1] == "¶"


def test_the_pdf_text_reads_as_its_hand_decoded_twin_07BOGOTA1165() -> None:
    """The stand-in twin of bench/renderings_report.py: cp1252 by hand, CRLF to LF."""
    cable = cablegram.parse(PDF)
    twin = cablegram.parse_cable(PDF.read_bytes().decode("cp1252").replace("\r\n", "\n"))
    assert isinstance(cable, Cable)
    for read in (
        lambda c: c.reference_id,
        lambda c: [t.code for t in c.tags],
        lambda c: c.subject.text,
        lambda c: [(p.number, p.marking) for p in c.paragraphs],
        lambda c: c.signature.text,
    ):
        assert read(cable) == read(twin)


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1() -> None:
    decoded = decode("“Quoted” ".encode("cp1252") + b"\x81\x8d\x8f\x90\x9d")
    assert decoded.text == "“Quoted” \x81\x8d\x8f\x90\x9d"
    assert decoded.encoding == "cp1252+latin-1" and decoded.fallback
    assert "\ufffd" not in decoded.text


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Café ¶1.".encode(), "Café ¶1.", "utf-8"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "Café", "utf-8"),
        ("Café".encode("utf-16"), "Café", "utf-16"),
        ("Café ¶1.\r\n".encode("cp1252"), "Café ¶1.\r\n", "cp1252"),
    ],
)
def test_the_decoding_policy(data: bytes, text: str, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert (decoded.diagnostic() is not None) == (encoding == "cp1252")


def test_a_utf8_file_carries_no_warning() -> None:
    cable = cablegram.parse(DATA / "07OTTAWA2266.txt")
    assert isinstance(cable, Cable)
    assert "encoding-fallback" not in [d.code for d in cable.diagnostics]


def test_a_utf16_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes((DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8").encode("utf-16"))
    cable = cablegram.parse(path)
    assert isinstance(cable, Cable) and cable.reference_id == "07OTTAWA2266"
    assert "encoding-fallback" not in [d.code for d in cable.diagnostics]


def test_a_bad_utf16_file_is_an_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(cablegram.UnknownFormatError, match="UTF-16"):
        cablegram.parse(path)


def test_every_document_of_a_cp1252_csv_file_carries_the_warning(tmp_path: Path) -> None:
    text = (DATA / "cables_sample.csv").read_text(encoding="utf-8")
    path = tmp_path / "cables.csv"
    path.write_bytes(text.encode("cp1252", errors="replace").replace(b" the ", b" th\xe9 "))
    documents = cablegram.parse(path)
    assert isinstance(documents, tuple) and documents
    expected = list(cablegram.read_cables_csv(io.StringIO(path.read_bytes().decode("cp1252"))))
    assert len(documents) == len(expected)
    for document in documents:
        assert document.diagnostics[0].code == "encoding-fallback"


def test_the_warning_computes_no_deferred_value() -> None:
    decoded = decode("¶1. (C) Text".encode("cp1252"))
    cable = cablegram.parse_cable((DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8"))
    warned = with_fallback(cable, decoded)
    assert type(stored(warned, "references")) is Deferred
    assert type(stored(warned.paragraphs[0], "text")) is Deferred
    assert warned.diagnostics[0].code == "encoding-fallback"
    assert warned.diagnostics[1:] == cable.diagnostics
    assert with_fallback(cable, decode(b"plain")) is cable


def test_the_command_line_decodes_as_parse_file_does() -> None:
    data = PDF.read_bytes()
    assert cli._decode(data) == decode(data)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("000_fe949eef2e746b1c.txt", "page"), ("001_c0bdbbfb6099a82f.txt", "news")],
)
def test_a_cp1252_page_or_news_item_carries_the_warning(
    tmp_path: Path, name: str, kind: str
) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252", errors="replace") + "é".encode("cp1252"))
    document = cablegram.parse(path)
    assert isinstance(document, cablegram.Document) and document.kind == kind
    assert document.diagnostics[0].code == "encoding-fallback"  # type: ignore[attr-defined]
    assert document.raw.endswith("é")  # type: ignore[attr-defined]
