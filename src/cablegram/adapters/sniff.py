"""``cablegram.parse``: tell the format with cheap checks, then hand the text to the
reader for it (cable, WikiLeaks HTML page, cables.csv release, news item or day
page, government page).  A text that fits none gets :class:`UnknownFormatError`,
never a guess."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from cablegram._encoding import decode, with_fallback
from cablegram.adapters.cables_csv import read_cables_csv
from cablegram.adapters.news import parse_news, parse_news_day
from cablegram.adapters.page import parse_page
from cablegram.adapters.wikileaks import parse_wikileaks_html
from cablegram.cable import is_collapsed, parse_cable
from cablegram.document import Document
from cablegram.errors import MAX_DOCUMENT_BYTES, InputTooLargeError, UnknownFormatError
from cablegram.grammar import vocabulary as v

#: How much of the start of a text the checks look at.
_HEAD = 6000
#: How far into a text that starts with markup its first ``<pre>`` tag is looked
#: for: a Cablegate page carries 55,000 to 65,000 characters of navigation before it.
_PRE_LOOKAHEAD = 2**18

# Digits are ASCII digits ([0-9]) throughout: ``\d`` also takes Arabic-Indic and
# other digits, which no format cablegram reads writes its numbers in.
#
# An HTML page starts, after white space, an XML prolog (``<?xml version='1.0' ?>``)
# and comments, with a doctype, <html> or <head>; or it holds a <pre> block.
_HTML_PROLOG = re.compile(r"\s*(?:<\?[^<>]*>|<!--.*?-->)", re.S)
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html\b|<html\b|<head\b)", re.I)
_MARKUP_START = re.compile(r"\s*<")
_PRE = re.compile(r"<pre\b", re.I)
# What text does not hold: control characters other than white space, and lone
# surrogates (bytes that could not be decoded).  Format characters (a right-to-left
# mark, a soft hyphen) are text.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")
#: More such characters than this in the head of a text make it binary.
_MAX_BINARY = 20
_CSV_ROW = re.compile(
    r'^"?[0-9]+"?,"?(?:[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})'
    r' [0-9:]+"?,"?[0-9]{2}'
)
_NEWS_ITEM = re.compile(r"(?m)^#{3} \[[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\]\(")
_NEWS_DAY = re.compile(r"(?m)^#{1,2} \[[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\]\(")
# A line a cable has near its start: VZCZC, a DTG line, a received copy's page line,
# a banner's shape (a loose test of the start of the line; the banner's grammar is
# grammar/header.py), an E.O. line, TAGS or SUBJECT.
_CABLE = re.compile(
    rf"(?m)^ *(?:VZCZC|(?:{v.prosign()} ){{1,2}}[0-9]{{6}} ?Z [A-Za-z]{{3}} [0-9]{{2}}|PAGE 01 |"
    r"(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|UNCLAS\w*|LIMITED OFFICIAL USE)"
    r"\b.*[0-9]{3,8} *$|E\.? ?O\.? ?1[0-9]{4}|TAGS?:|SUBJ(?:ECT)?:)"
)
_CABLE_WRAPPER = re.compile(
    r"(?m)^(?:This record is a partial extract of the original cable|Cable dated:|Cable Text:)"
)
# A telegram body without its header: paragraphs opened by a portion mark, or a
# text in capitals (numbered paragraphs in a text mostly in capitals, or a long
# text almost wholly in them).
_NUMBERED = re.compile(r"(?m)^ *(?:¶ ?)?[0-9]{1,2} ?\. +\S")
_MARKED = re.compile(rf"(?m)^ *(?:¶ ?)?[0-9]{{1,2}}\. ?\({v.portion_levels()}(?:/[A-Z ]+)?\)")
_PAGE = re.compile(
    r"(?m)^(?:Government of Canada|Language selection|Date Modified:"
    r"|Canada\S* ?[-–] ?\S+ [Rr]elations)"
)


def sniff(text: str) -> str:
    """The format of ``text``: ``"html"``, ``"csv"``, ``"news"``, ``"news-day"``,
    ``"cable"`` or ``"page"``; :class:`UnknownFormatError` when it is none."""
    head = text[:_HEAD]
    if not head.strip():
        raise UnknownFormatError("the text is empty")
    if "\x00" in head or len(_BINARY.findall(head)) > _MAX_BINARY:
        raise UnknownFormatError("the input is binary, not text")
    if _is_html(text, head):
        return "html"
    if _CSV_ROW.match(head.lstrip("\ufeff")):
        return "csv"
    if _NEWS_DAY.search(head):  # "## [2008-02-17](/news/...)" over the day's items
        return "news-day"
    if _NEWS_ITEM.search(head):  # "### [2008-03-18](/news/...)" over one item
        return "news"
    if _CABLE.search(head) or _CABLE_WRAPPER.search(head) or _MARKED.search(head):
        return "cable"
    if is_collapsed(head):  # a cable that lost its line breaks: "...001730SIPDISE.O. ..."
        return "cable"
    if _PAGE.search(head):
        return "page"
    letters = [ch for ch in head if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if letters and (
        (_NUMBERED.search(head) and upper >= 0.8 * len(letters))
        or (len(letters) >= 300 and upper >= 0.95 * len(letters))
    ):
        return "cable"  # a header-less telegram body, in capitals as they were sent
    raise UnknownFormatError(
        "not a format cablegram reads (a cable, a WikiLeaks page, cables.csv, a news"
        " item or day page, a government page)"
    )


def _is_html(text: str, head: str) -> bool:
    """Whether ``text`` (``head``: its start) is an HTML page: a doctype, <html> or
    <head> after its prolog, or a <pre> tag in its head or, when it starts with
    markup, within the first ``_PRE_LOOKAHEAD`` characters."""
    start = 1 if head.startswith("\ufeff") else 0
    while (prolog := _HTML_PROLOG.match(head, start)) is not None:
        start = prolog.end()
    if _HTML_START.match(head, start) or _PRE.search(head):
        return True
    return bool(_MARKUP_START.match(head, start)) and bool(_PRE.search(text, 0, _PRE_LOOKAHEAD))


def parse(
    text_or_path: str | os.PathLike[str], *, strict: bool = False
) -> Document | Iterable[Document]:
    """Parse a document of any format cablegram reads, told apart by :func:`sniff`.

    A ``str`` is always the document's text, even a one-line text that names a
    file; a path (a ``pathlib.Path``, any ``os.PathLike``) is read as
    :func:`parse_file` reads it.  Returns one document, or for a news day page and
    for ``cables.csv`` the sequence of documents it holds.
    """
    if isinstance(text_or_path, os.PathLike):
        return parse_file(text_or_path, strict=strict)
    if not isinstance(text_or_path, str):
        raise TypeError(f"parse() takes str or a path, not {type(text_or_path).__name__}")
    return parse_text(text_or_path, strict=strict, source=None)


def parse_file(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    max_size: int | None = MAX_DOCUMENT_BYTES,
) -> Document | Iterable[Document]:
    """Read the file at ``path`` and parse it as :func:`parse` parses a text.

    The file is read as UTF-8, a byte order mark at its start dropped, with its
    line ends as they are (as ``newline=""`` reads them), so spans index the text
    as the file holds it; the path is kept as the document's ``source``.  A file
    that starts with a UTF-16 byte order mark is read as UTF-16; a file that is not
    UTF-8 is read as cp1252 (Latin-1 for the five bytes cp1252 leaves undefined),
    and the document (each document of a csv file) carries an ``encoding-fallback``
    warning: the command line's policy (:mod:`cablegram._encoding`).  A file of more than
    ``max_size`` bytes (:data:`~cablegram.errors.MAX_DOCUMENT_BYTES`, 10 MiB, unless
    told otherwise; None for no limit) is an :class:`InputTooLargeError`, raised
    before the file is read.
    """
    source = str(Path(path))
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if max_size is not None and size > max_size:
            raise InputTooLargeError(source, size, max_size)
        raw = handle.read() if max_size is None else handle.read(max_size + 1)
    if max_size is not None and len(raw) > max_size:  # a file that grew, a device
        raise InputTooLargeError(source, len(raw), max_size)
    try:
        decoded = decode(raw)
    except UnknownFormatError as exc:
        raise UnknownFormatError(f"{source}: {exc}") from None
    return with_fallback(parse_text(decoded.text, strict=strict, source=source), decoded)


def parse_text(
    text: str,
    *,
    strict: bool,
    source: str | None,
    year: int | None = None,
    date: dt.date | None = None,
) -> Document | Iterable[Document]:
    """Hand ``text`` to the reader of its format (``source``: the file it came from;
    ``year`` and ``date``: :func:`cablegram.parse_cable`'s hints, for a cable text)."""
    kind = sniff(text)
    if kind == "html":
        return parse_wikileaks_html(text, strict=strict, source=source)
    if kind == "csv":
        return tuple(read_cables_csv(io.StringIO(text), strict=strict))
    if kind in ("news", "news-day"):
        reader = parse_news if kind == "news" else parse_news_day
        return reader(text, strict=strict, source=source)
    if kind == "page":
        return parse_page(text, strict=strict, source=source)
    metadata = {"source": source} if source else None
    return parse_cable(text, strict=strict, year=year, date=date, metadata=metadata)
