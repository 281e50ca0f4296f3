"""How the bytes of a file become text: one policy for the command line and
:func:`cablegram.parse_file`.

* UTF-8, a byte order mark at the start dropped;
* UTF-16 when the bytes start with a UTF-16 byte order mark (the mark dropped);
* otherwise, when they are not UTF-8, cp1252 (the Windows form of Latin-1, which
  PDF conversions and old Windows tools write: ``¶`` is byte 0xB6, ``’`` 0x92), and
  for the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) the
  Latin-1 character of the same number.  That decoding never fails and never makes a
  U+FFFD; the document read from it carries an ``encoding-fallback`` warning
  (:func:`with_fallback`).

Line ends are kept as they are (``newline=""``): CRLF stays in the text, so spans
index the text as the file holds it (the parser's view blanks the CR).
"""

from __future__ import annotations

import codecs
from typing import TypeVar, cast

import attrs

from cablegram._lazy import replaced
from cablegram.errors import Diagnostic, Severity, UnknownFormatError

#: The bytes cp1252 leaves undefined, read as Latin-1 reads them.
UNDEFINED_IN_CP1252 = b"\x81\x8d\x8f\x90\x9d"
# surrogateescape turns an undecodable byte b into U+DC00 + b: put Latin-1's back
_LATIN1_FOR_ESCAPES = {0xDC00 + byte: byte for byte in UNDEFINED_IN_CP1252}

#: The fallback encodings' names, as messages give them.
CP1252, CP1252_LATIN1 = "cp1252", "cp1252+latin-1"

T = TypeVar("T")


@attrs.frozen
class Decoded:
    """The text of some bytes and the encoding it was read in: ``utf-8``,
    ``utf-16``, ``cp1252``, or ``cp1252+latin-1`` (cp1252 with bytes it leaves
    undefined)."""

    text: str
    encoding: str

    @property
    def fallback(self) -> bool:
        """Whether the bytes were not UTF-8 and were read as cp1252."""
        return self.encoding in (CP1252, CP1252_LATIN1)

    def message(self) -> str | None:
        """What to say about the encoding, if anything."""
        if self.encoding == "utf-16":
            return "read as UTF-16"
        if self.encoding == CP1252_LATIN1:
            return "not UTF-8; read as cp1252, and as latin-1 the bytes cp1252 leaves undefined"
        if self.encoding == CP1252:
            return "not UTF-8; read as cp1252"
        return None

    def diagnostic(self) -> Diagnostic | None:
        """The ``encoding-fallback`` warning of a fallback decoding, else None."""
        if not self.fallback:
            return None
        return Diagnostic(
            code="encoding-fallback",
            severity=Severity.WARNING,
            message=self.message() or "",
            field="file",
            span=None,
        )


def decode(data: bytes) -> Decoded:
    """The text of ``data`` by the module's policy.  Only bytes that start with a
    UTF-16 byte order mark and are not UTF-16 raise (:class:`UnknownFormatError`)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            message = f"not valid UTF-16 (it starts with a UTF-16 byte order mark): {exc}"
            raise UnknownFormatError(message) from None
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="surrogateescape")
    if any(byte in data for byte in UNDEFINED_IN_CP1252):
        return Decoded(text.translate(_LATIN1_FOR_ESCAPES), CP1252_LATIN1)
    return Decoded(text, CP1252)


def with_fallback(document: T, decoded: Decoded) -> T:
    """``document`` (or each document of a tuple of them) with the
    ``encoding-fallback`` warning of ``decoded`` first among its diagnostics, when
    the text was read in a fallback encoding; else ``document`` itself.  Values
    computed when first read stay uncomputed (:func:`cablegram._lazy.replaced`)."""
    diagnostic = decoded.diagnostic()
    if diagnostic is None:
        return document
    if isinstance(document, tuple):
        return cast(T, type(document)(with_fallback(item, decoded) for item in document))
    if not attrs.has(type(document)):
        return document
    diagnostics = getattr(document, "diagnostics", ())
    return replaced(document, diagnostics=(diagnostic, *diagnostics))
