"""JSON back into documents, and the JSON Schema of the output.

:func:`from_dict` and :func:`from_json` rebuild the object :func:`cablegram.to_dict`
wrote: ``from_dict(to_dict(doc)) == doc`` for every kind of document.  Both read the
model's own field types, so a field added to the model is read back without a line
here; :func:`schema` writes the JSON Schema of the records from the same types.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from cablegram.export import SCHEMA_VERSION
from cablegram.model import Cable, NewsDay, NewsItem, Page
from cablegram.span import Span

__all__ = ["from_dict", "from_json", "schema"]

#: The document classes by the ``kind`` of their records.
KINDS: dict[str, type[Any]] = {"cable": Cable, "page": Page, "news": NewsItem, "news-day": NewsDay}


def from_dict(record: Mapping[str, Any]) -> Any:
    """The document a record of :func:`cablegram.to_dict` describes (a
    :class:`~cablegram.Cable`, :class:`~cablegram.Page`, :class:`~cablegram.NewsItem`
    or :class:`~cablegram.NewsDay`, by its ``kind``).  A record written without its
    text (``raw=False``) cannot be: its spans would index nothing (ValueError), and so
    is one of another ``schema_version`` or kind, and one whose values are not of
    their fields' types (a date that is a number, a span of one offset)."""
    if not isinstance(record, Mapping):
        raise TypeError(f"from_dict() takes a mapping, not {type(record).__name__}")
    version, kind = record.get("schema_version"), record.get("kind")
    if version != SCHEMA_VERSION:
        raise ValueError(f"schema_version {version!r} is not {SCHEMA_VERSION}")
    cls = KINDS.get(str(kind))
    if cls is None:
        raise ValueError(f"kind {kind!r} is none of {', '.join(KINDS)}")
    if "raw" not in record:
        raise ValueError("the record has no raw text (written with raw=False)")
    try:
        data = dict(record)
        if cls is NewsDay:  # the day's items share its text, written once on the day
            data["items"] = [{**item, "raw": record["raw"]} for item in data.get("items", ())]
        return _object(cls, data)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError, RecursionError) as exc:
        raise ValueError(f"not a record cablegram wrote: {type(exc).__name__}: {exc}") from exc


def from_json(text: str | bytes) -> Any:
    """:func:`from_dict` of one JSON record (a line of a JSON Lines file)."""
    return from_dict(json.loads(text))


# ------------------------------------------------------------------ reading


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The field types of ``cls``, resolved once."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _object(cls: type[Any], data: Mapping[str, Any]) -> Any:
    hints = _hints(cls)
    values = {}
    for field in attrs.fields(cls):
        if not field.init or field.name not in data:
            continue  # left to its default
        values[field.alias] = _value(hints[field.name], data[field.name])
    return cls(**values)


def _value(kind: Any, value: Any) -> Any:
    """``value`` of JSON read as the type ``kind``."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return _value(options[0], value) if len(options) == 1 else _first(options, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_value(item, v) for v in value)
    if origin is not None and issubclass(origin, Mapping):
        return dict(value)
    if kind is Span:
        start, end = value
        return Span(start, end)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if attrs.has(kind):
        return _object(kind, value)
    return value


def _first(options: list[Any], value: Any) -> Any:
    """The value read as the first of ``options`` it fits."""
    for option in options:
        try:
            return _value(option, value)
        except (TypeError, ValueError):
            continue
    raise ValueError(f"{value!r} fits none of {options}")


# ------------------------------------------------------------------ the schema


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the records :func:`cablegram.to_dict`
    writes, generated from the model: a record is one of the document kinds."""
    defs: dict[str, Any] = {}
    kinds = []
    for kind, cls in KINDS.items():
        ref = _class_schema(cls, defs)
        kinds.append(
            {
                "allOf": [
                    ref,
                    {
                        "properties": {
                            "schema_version": {"const": SCHEMA_VERSION},
                            "kind": {"const": kind},
                        },
                        "required": ["schema_version", "kind"],
                    },
                ]
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://cablegram.invalid/schema/v1.json",
        "title": "cablegram document",
        "description": "A record of cablegram.to_dict(): a cable, a page, a news item or day.",
        "oneOf": kinds,
        "$defs": defs,
    }


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # a class that holds itself (none yet) refers to its entry
        hints = _hints(cls)
        properties = {f.name: _type_schema(hints[f.name], defs) for f in attrs.fields(cls)}
        extra: dict[str, Any] = {}
        if cls in KINDS.values():
            extra = {"schema_version": {}, "kind": {}}
        required = [f.name for f in attrs.fields(cls) if f.name != "raw"]
        defs[name] = {
            "type": "object",
            "description": (cls.__doc__ or "").strip().split("\n\n")[0],
            "properties": {**extra, **properties},
            "required": required,
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(k, defs) for k in typing.get_args(kind)]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(kind)[0], defs)}
    if origin is not None and issubclass(origin, Mapping):
        return {"type": "object", "additionalProperties": {"type": "string"}}
    simple: dict[Any, dict[str, Any]] = {
        type(None): {"type": "null"},
        str: {"type": "string"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        float: {"type": "number"},
        dt.datetime: {"type": "string", "format": "date-time"},
        dt.date: {"type": "string", "format": "date"},
        Span: {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
    }
    if kind in simple:
        return simple[kind]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if attrs.has(kind):
        return _class_schema(kind, defs)
    if kind is Any:
        return {}
    raise TypeError(f"no schema for {kind!r}")
