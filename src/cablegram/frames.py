"""Tidy tables of documents: one row per thing, one table per kind of thing, with key
columns that join (``doc``: the document's place in the stream; ``id``: its id).

:func:`rows` gives the tables as lists of dicts (no dependency);
:func:`dataframes` as pandas DataFrames (the ``pandas`` extra), dates as UTC
datetimes and closed vocabularies as categories; :func:`write` writes documents as
JSON Lines, or their tables as Parquet (the ``parquet`` extra) or csv files;
:func:`citations` gives the edge table of who cites whom (a networkx ``DiGraph``
with the ``graph`` extra).

Tables: ``documents`` (every document: kind, id, date, title, source),
``cables`` (id, date and its precision and source, classification, origin,
precedence, subject, section, captions, DECL, counts), ``addressees`` (role FM, TO,
INFO or XMT, routing indicator, address, station, precedence), ``tags`` (code,
kind, meaning), ``references`` (citing id, letter, kind, cited id, year, notal),
``paragraphs`` (number, marking level and controls, heading, text) and
``diagnostics`` (code, severity, field, span).
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cablegram import tables
from cablegram.errors import Severity
from cablegram.export import to_json
from cablegram.model import (
    Classification,
    DatePrecision,
    DateSource,
    Precedence,
    ReferenceKind,
    TagKind,
)

__all__ = ["COLUMNS", "TABLES", "citations", "dataframes", "rows", "write"]

#: The tables, in order.
TABLES = (
    "documents",
    "cables",
    "addressees",
    "tags",
    "references",
    "paragraphs",
    "diagnostics",
)
_KINDS = ("cable", "page", "news", "news-day")


def _vocabulary(kind: type[enum.Enum] | tuple[str, ...]) -> tuple[str, ...]:
    return kind if isinstance(kind, tuple) else tuple(str(m.value) for m in kind)


#: Columns that hold a closed vocabulary, and its words: categories in a DataFrame
#: (every word, so that tables of different batches concatenate).
_CATEGORIES: dict[str, dict[str, Any]] = {
    "documents": {"kind": _KINDS, "date_precision": DatePrecision},
    "cables": {
        "date_precision": DatePrecision,
        "date_source": DateSource,
        "classification": Classification,
        "precedence": Precedence,
    },
    "addressees": {"role": ("FM", "TO", "INFO", "XMT"), "precedence": Precedence},
    "tags": {"kind": TagKind},
    "references": {"kind": ReferenceKind},
    "paragraphs": {},
    "diagnostics": {"kind": _KINDS, "severity": Severity},
}
#: Columns that hold dates.
_DATES = {"documents": ("date",), "cables": ("date",)}


def _value(x: Any) -> Any:
    return getattr(x, "value", x)


def rows(docs: Iterable[Any], *, start: int = 0) -> dict[str, list[dict[str, Any]]]:
    """The tables of ``docs`` as lists of rows (dicts), by table name; the documents
    are numbered (``doc``) from ``start`` (a batch's first number)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for n, doc in enumerate(docs, start):
        key = {"doc": n, "id": doc.doc_id}
        out["documents"].append(
            {
                **key,
                "kind": doc.kind,
                "date": doc.date,
                "date_precision": _value(doc.date_precision),
                "title": doc.title,
                "source": doc.source,
            }
        )
        for d in getattr(doc, "diagnostics", ()):
            span = d.span
            out["diagnostics"].append(
                {
                    **key,
                    "kind": doc.kind,
                    "code": d.code,
                    "severity": _value(d.severity),
                    "field": d.field,
                    "start": span.start if span else None,
                    "end": span.end if span else None,
                    "message": d.message,
                }
            )
        if doc.kind == "cable":
            _cable_rows(doc, key, out)
    return out


def _cable_rows(cable: Any, key: dict[str, Any], out: dict[str, list[dict[str, Any]]]) -> None:
    banner, decl = cable.banner, cable.declassification
    out["cables"].append(
        {
            **key,
            "date": cable.date,
            "date_precision": _value(cable.date_precision),
            "date_source": _value(cable.date_source),
            "classification": _value(cable.classification),
            "origin": banner.origin if banner is not None else None,
            "from": cable.origin.address if cable.origin is not None else None,
            "precedence": _value(cable.precedence),
            "subject": cable.title,
            "section": banner.section.number if banner and banner.section else None,
            "sections": banner.section.total if banner and banner.section else None,
            "captions": "|".join(c.name for c in cable.captions) or None,
            "decl_date": decl.date if decl is not None else None,
            "decl_codes": ("|".join(decl.codes) or None) if decl is not None else None,
            "paragraphs": len(cable.paragraphs),
            "references": len(cable.references),
            "tags": len(cable.tags),
            "errors": sum(1 for d in cable.diagnostics if _value(d.severity) == "error"),
        }
    )
    roles = (("FM", (cable.origin,) if cable.origin else ()), ("TO", cable.recipients))
    for role, people in (*roles, ("INFO", cable.info_recipients), ("XMT", cable.excluded)):
        for a in people:
            out["addressees"].append(
                {
                    **key,
                    "role": role,
                    "routing_indicator": a.routing_indicator,
                    "address": a.address,
                    "station": a.station_name,
                    "precedence": _value(a.precedence),
                }
            )
    for tag in cable.tags:
        out["tags"].append(
            {**key, "code": tag.code, "kind": _value(tag.kind), "meaning": tag.meaning}
        )
    for ref in cable.references:
        out["references"].append(
            {
                **key,
                "letter": ref.letter,
                "kind": _value(ref.kind),
                "cited_id": ref.cable_id,
                "year": ref.year,
                "notal": ref.notal,
                "text": ref.text,
            }
        )
    for p in cable.paragraphs:
        marking = p.marking
        out["paragraphs"].append(
            {
                **key,
                "number": p.number,
                "level": marking.level if marking is not None else None,
                "controls": ("/".join(marking.controls) or None) if marking is not None else None,
                "heading": p.heading,
                "text": p.text,
            }
        )


def dataframes(docs: Iterable[Any], *, start: int = 0) -> dict[str, Any]:
    """The tables of ``docs`` as pandas DataFrames, by table name (the ``pandas``
    extra): dates as UTC datetimes, closed vocabularies as categories, the same
    columns whatever the documents (an empty table has them too).  ``start``
    numbers the documents of a batch (``doc``) after the batches before it."""
    try:
        import pandas as pd  # the ``pandas`` extra
    except ImportError:
        raise ImportError("dataframes() needs pandas: pip install 'cablegram[pandas]'") from None
    frames = {}
    for name, table in rows(docs, start=start).items():
        frame = pd.DataFrame(table, columns=_columns(name))
        for column in _DATES.get(name, ()):
            frame[column] = pd.to_datetime([_as_datetime(v) for v in frame[column]], utc=True)
        for column, words in _CATEGORIES[name].items():
            frame[column] = frame[column].astype(pd.CategoricalDtype(_vocabulary(words)))
        frames[name] = frame
    return frames


def _as_datetime(value: Any) -> Any:
    """A date (a page's month, a news item's day) as 00:00 UTC of that day."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    return value


#: The columns of each table, in order.
COLUMNS = {
    "documents": ["doc", "id", "kind", "date", "date_precision", "title", "source"],
    "cables": [
        *("doc", "id", "date", "date_precision", "date_source", "classification", "origin"),
        *("from", "precedence", "subject", "section", "sections", "captions", "decl_date"),
        *("decl_codes", "paragraphs", "references", "tags", "errors"),
    ],
    "addressees": ["doc", "id", "role", "routing_indicator", "address", "station", "precedence"],
    "tags": ["doc", "id", "code", "kind", "meaning"],
    "references": ["doc", "id", "letter", "kind", "cited_id", "year", "notal", "text"],
    "paragraphs": ["doc", "id", "number", "level", "controls", "heading", "text"],
    "diagnostics": ["doc", "id", "kind", "code", "severity", "field", "start", "end", "message"],
}


def _columns(name: str) -> list[str]:
    return COLUMNS[name]


def write(docs: Iterable[Any], path: str | os.PathLike[str], *, format: str | None = None) -> Path:
    """Write ``docs``: as JSON Lines when ``path`` ends in ``.jsonl`` (or
    ``format="jsonl"``); else their tables into the folder ``path``, one
    ``<table>.parquet`` file each (``format="parquet"``, the default: the
    ``parquet`` extra) or ``<table>.csv`` (``format="csv"``).  Returns ``path``."""
    target = Path(path)
    kind = format or ("jsonl" if target.name.endswith(".jsonl") else "parquet")
    if kind == "jsonl":
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            for doc in docs:
                out.write(to_json(doc, indent=None) + "\n")
        return target
    if kind not in ("parquet", "csv"):
        raise ValueError(f"format must be 'jsonl', 'parquet' or 'csv', not {kind!r}")
    frames = dataframes(docs)
    target.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        if kind == "csv":
            frame.to_csv(target / f"{name}.csv", index=False)
        else:
            try:
                frame.to_parquet(target / f"{name}.parquet", index=False)
            except ImportError:
                raise ImportError(
                    "Parquet needs pyarrow: pip install 'cablegram[parquet]'"
                ) from None
    return target


def citations(docs: Iterable[Any], *, graph: bool = False) -> Any:
    """Who cites whom: one edge per reference to a cable (citing id, cited id, the
    letter and year of the reference, ``in_corpus``: whether the cited cable is
    among ``docs``, ``in_release``: whether it is in the Cablegate release).  A
    list of dicts, or with ``graph=True`` a networkx ``DiGraph`` (the ``graph``
    extra) whose nodes carry ``in_corpus`` and ``in_release`` and edges the rest."""
    cables = [d for d in docs if d.kind == "cable"]
    present = {c.reference_id for c in cables if c.reference_id}
    edges = [
        {
            "citing": cable.reference_id,
            "cited": ref.cable_id,
            "letter": ref.letter,
            "year": ref.year,
            "notal": ref.notal,
            "in_corpus": ref.cable_id in present,
            "in_release": tables.in_release(ref.cable_id),
        }
        for cable in cables
        for ref in cable.references
        if ref.cable_id is not None and cable.reference_id is not None
    ]
    if not graph:
        return edges
    try:
        import networkx as nx  # the ``graph`` extra
    except ImportError:
        raise ImportError("graph=True needs networkx: pip install 'cablegram[graph]'") from None
    net = nx.DiGraph()
    for cable_id in present:
        net.add_node(cable_id, in_corpus=True, in_release=tables.in_release(cable_id))
    for edge in edges:
        if edge["cited"] not in net:
            net.add_node(edge["cited"], in_corpus=False, in_release=edge["in_release"])
        net.add_edge(edge["citing"], edge["cited"], letter=edge["letter"], notal=edge["notal"])
    return net
