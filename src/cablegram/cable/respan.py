"""Spans of a parse moved from the text that was read to the text that was given.

A newline-collapsed text is read as a copy with its lost line breaks put back
(:mod:`cablegram.cable.collapsed`); every :class:`~cablegram.span.Span` of that parse
indexes the copy.  :func:`moved` walks a finished model (attrs instances, tuples,
spans) and gives it back with every span moved by a function of offsets, whatever
the model holds: it knows no field by name, so a field added to the model later is
moved too.  The hard cases:

* values computed when first read (:mod:`cablegram._lazy`): the stored value is read
  without computing it, and a :class:`~cablegram._lazy.Deferred` is wrapped in one that
  moves what it computes, when it computes it;
* an object none of whose parts holds a span is kept as it is (not copied), and so
  is a tuple: most of a model has no span to move;
* an object is copied with its fields set as stored, so converters and validators do
  not run again and a deferred field stays deferred (:func:`cablegram._lazy.replaced`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from cablegram._lazy import Deferred, deferred, replaced, stored
from cablegram.span import Span

T = TypeVar("T")

#: Where an offset of the text that was read falls in the text that was given.
Move = Callable[[int], int]


def moved(value: T, move: Move) -> T:
    """``value`` with every span in it moved by ``move`` (see the module's docstring)."""
    result: Any = _moved(value, move)
    return result  # type: ignore[no-any-return]


def _moved(value: Any, move: Move) -> Any:
    if isinstance(value, Span):
        return Span(move(value.start), move(value.end))
    if type(value) is tuple:
        items = tuple(_moved(item, move) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if type(value) is Deferred:
        return deferred(_moved_later, value, move)
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):
            old = stored(value, field.name)
            new = _moved(old, move)
            if new is not old:
                changes[field.name] = new
        return replaced(value, **changes) if changes else value
    return value


def _moved_later(value: Deferred, move: Move) -> Any:
    """What ``value`` computes, moved (a deferred field computed when first read)."""
    return _moved(value(), move)
