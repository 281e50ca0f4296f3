"""JSON-ready export of model objects."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from typing import Any

import attrs

from cablegram.span import Span

#: The version of the exported records' layout; only additive changes within one.
SCHEMA_VERSION = 1


def _value(inst: object, field: attrs.Attribute[Any] | None, value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _convert(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if attrs.has(type(value)):
        out: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            out[field.name] = _convert(_value(value, field, item))
        return out
    if isinstance(value, (list, tuple)):
        return [_convert(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _convert(v) for k, v in value.items()}
    return _value(None, None, value)


def to_dict(obj: object, *, raw: bool = True) -> dict[str, Any]:
    """A JSON-ready dict of a model object: dates ISO 8601, enums as values,
    spans as ``[start, end]``, and a ``schema_version``."""
    data = _convert(obj)
    if not isinstance(data, dict):
        raise TypeError(f"not a model object: {type(obj).__name__}")
    if not raw:
        data.pop("raw", None)
    if getattr(obj, "kind", None) == "news-day":
        # A day page's items share the day's text: export it once, on the day.
        for item in data["items"]:
            item.pop("raw", None)
    return {"schema_version": SCHEMA_VERSION, "kind": getattr(obj, "kind", None), **data}


def to_json(obj: object, *, indent: int | None = 2, raw: bool = True) -> str:
    """JSON text of a model object (see :func:`to_dict`)."""
    return json.dumps(to_dict(obj, raw=raw), indent=indent, ensure_ascii=False)
