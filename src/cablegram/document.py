"""One protocol for every kind of document, and a timeline across them.

A :class:`~cablegram.model.Cable`, a government :class:`Page` and a
:class:`NewsItem` all answer the same questions: what is it (``kind``), which one
(``doc_id``), when (``date`` with its ``date_precision``: a cable's DTG gives the
minute, a cable's record dump and a news item the day, a page often only the month;
a date without its time is a ``datetime`` at 00:00 UTC or a ``date``), what is it called
(``title``), what does it say (``text``) and where did it come from (``source``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from cablegram.model import DatePrecision


@runtime_checkable
class Document(Protocol):
    """What every parsed document offers (all read-only)."""

    @property
    def kind(self) -> str: ...

    @property
    def doc_id(self) -> str | None: ...

    @property
    def date(self) -> dt.date | dt.datetime | None: ...

    @property
    def date_precision(self) -> DatePrecision | None: ...

    @property
    def title(self) -> str | None: ...

    @property
    def text(self) -> str: ...

    @property
    def source(self) -> str | None: ...


def sort_key(doc: Document) -> tuple[int, dt.datetime, str]:
    """Documents without a date go last; a date without a time counts as the start
    of its day (a month as its first day), in UTC."""
    value = doc.date
    if value is None:
        return (1, dt.datetime.max.replace(tzinfo=dt.timezone.utc), doc.doc_id or "")
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return (0, value, doc.doc_id or "")


def timeline(docs: Iterable[Document]) -> list[Document]:
    """The documents in date order (stable for equal dates; undated ones last)."""
    return sorted(docs, key=sort_key)
