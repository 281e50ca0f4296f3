"""``cablegram.parse``: tell the format with cheap checks, then hand the text to the
reader for it (cable, WikiLeaks HTML page, cables.csv release, news item or day
page, government page).  A text that fits none gets :class:`UnknownFormatError`,
never a guess."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from cablegram.adapters.cables_csv import read_cables_csv
from cablegram.adapters.news import parse_news, parse_news_day
from cablegram.adapters.page import parse_page
from cablegram.adapters.wikileaks import parse_wikileaks_html
from cablegram.cable import parse_cable
from cablegram.document import Document
from cablegram.errors import UnknownFormatError
from cablegram.grammar import vocabulary as v

#: How much of the start of a text the checks look at.
_HEAD = 6000

_HTML = re.compile(r"(?is)^\s*(?:<!doctype html|<html\b|<head\b)|<pre\b")
_CSV_ROW = re.compile(r'^"?\d+"?,"?(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}) [\d:]+"?,"?\d{2}')
_NEWS_ITEM = re.compile(r"(?m)^#{3} \[\d{4}-\d{1,2}-\d{1,2}\]\(")
_NEWS_DAY = re.compile(r"(?m)^#{1,2} \[\d{4}-\d{1,2}-\d{1,2}\]\(")
# A line a cable has near its start: VZCZC, a DTG line, a received copy's page line,
# a banner's shape (a loose test of the start of the line; the banner's grammar is
# grammar/header.py), an E.O. line, TAGS or SUBJECT.
_CABLE = re.compile(
    rf"(?m)^ *(?:VZCZC|(?:{v.prosign()} ){{1,2}}\d{{6}} ?Z [A-Za-z]{{3}} \d{{2}}|PAGE 01 |"
    r"(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|UNCLAS\w*|LIMITED OFFICIAL USE)"
    r"\b.*\d{3,8} *$|E\.? ?O\.? ?1\d{4}|TAGS?:|SUBJ(?:ECT)?:)"
)
_CABLE_WRAPPER = re.compile(
    r"(?m)^(?:This record is a partial extract of the original cable|Cable dated:|Cable Text:)"
)
# A telegram body without its header: paragraphs opened by a portion mark, or a
# text in capitals (numbered paragraphs in a text mostly in capitals, or a long
# text almost wholly in them).
_NUMBERED = re.compile(r"(?m)^ *(?:¶ ?)?\d{1,2} ?\. +\S")
_MARKED = re.compile(rf"(?m)^ *(?:¶ ?)?\d{{1,2}}\. ?\({v.portion_levels()}(?:/[A-Z ]+)?\)")
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
    if "\x00" in head or sum(not (ch.isprintable() or ch.isspace()) for ch in head) > 20:
        raise UnknownFormatError("the input is binary, not text")
    if _HTML.search(head):
        return "html"
    if _CSV_ROW.match(head.lstrip("\ufeff")):
        return "csv"
    if _NEWS_DAY.search(head):  # "## [2008-02-17](/news/...)" over the day's items
        return "news-day"
    if _NEWS_ITEM.search(head):  # "### [2008-03-18](/news/...)" over one item
        return "news"
    if _CABLE.search(head) or _CABLE_WRAPPER.search(head) or _MARKED.search(head):
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


def parse(
    text_or_path: str | os.PathLike[str], *, strict: bool = False
) -> Document | Iterable[Document]:
    """Parse a document of any format cablegram reads, told apart by :func:`sniff`.

    A path (a ``Path``, or a string naming an existing file) is read as UTF-8 and
    kept as the document's ``source``.  Returns one document, or for a news day
    page and for ``cables.csv`` the sequence of documents it holds.
    """
    source: str | None = None
    if isinstance(text_or_path, os.PathLike) or (
        isinstance(text_or_path, str)
        and "\n" not in text_or_path
        and len(text_or_path) < 1024
        and os.path.isfile(text_or_path)
    ):
        path = Path(text_or_path)
        source = str(path)
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnknownFormatError(f"{source} is not UTF-8 text: {exc}") from None
    elif isinstance(text_or_path, str):
        text = text_or_path
    else:
        raise TypeError(f"parse() takes str or a path, not {type(text_or_path).__name__}")
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
    return parse_cable(text, strict=strict, metadata=metadata)
