"""How model objects pickle: as their class and the tuple of their stored fields.

With ``jobs`` above one, :func:`cablegram.read` has every document a worker parses
pickled there and unpickled in the calling process, so pickling is on the hot path
of a parallel read.  What attrs gives a frozen slotted class by default is slow for
it, and does more work than asked:

* its ``__getstate__`` reads every field, which computes a field the parser deferred
  (:mod:`cablegram._lazy`: the text of every paragraph, the references) that the
  user may never read, and sends it as a second copy of text the document already
  holds;
* its ``__setstate__`` sets the fields one by one from a dict, through a Python-level
  loop over names.

:func:`pickled_by_fields` gives a class a ``__reduce__`` that sends the stored values
as they are (a :class:`~cablegram._lazy.Deferred` stays one, and computes its value in
the process that reads it) and rebuilds the object without running ``__init__``
again: no converter or validator runs twice, as when the object was built.  A
development cable pickles in about a third of the time and half the bytes.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from cablegram._lazy import stored

C = TypeVar("C", bound=type)

_new = object.__new__


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """An instance of ``cls`` (a subclass of a model class) with its fields set to
    ``values``, as they were stored."""
    obj: Any = _new(cls)
    for field, value in zip(attrs.fields(cls), values, strict=True):
        object.__setattr__(obj, field.name, value)
    return obj


def _builder(cls: type, names: tuple[str, ...], slots: tuple[Any, ...]) -> Any:
    """A function of the field values, in order, that gives an instance of ``cls``
    with those values set as they are (code generated for the class, as attrs
    generates its ``__init__``: one call per field, no loop)."""
    params = ", ".join(f"v{i}" for i in range(len(names)))
    sets = "".join(f"    _set{i}(obj, v{i})\n" for i in range(len(names)))
    code = f"def _from_fields({params}):\n    obj = _new(_cls)\n{sets}    return obj\n"
    scope: dict[str, Any] = {"_new": _new, "_cls": cls}
    scope.update({f"_set{i}": slot.__set__ for i, slot in enumerate(slots)})
    exec(code, scope)  # generated from the class's own field names, as attrs does
    build = scope["_from_fields"]
    # Pickled by reference, as the class's attribute.
    build.__module__ = cls.__module__
    build.__qualname__ = f"{cls.__qualname__}._from_fields"
    return build


def pickled_by_fields(cls: C) -> C:
    """Class decorator (over ``attrs.frozen`` with slots, and over
    :func:`cablegram._lazy.deferrable`): pickle ``cls`` by its stored field values."""
    names = tuple(field.name for field in attrs.fields(cls))
    # The slot itself, under a deferrable field's wrapper: reading it gives the stored
    # value (a Deferred stays one), setting it sets the slot.
    slots = tuple(getattr(cls.__dict__[name], "_slot", cls.__dict__[name]) for name in names)
    build = _builder(cls, names, slots)
    cls._from_fields = staticmethod(build)  # type: ignore[attr-defined]
    values: Callable[[Any], tuple[Any, ...]]
    if all(slot is cls.__dict__[name] for slot, name in zip(slots, names, strict=True)):
        get = operator.attrgetter(*names)
        values = get if len(names) > 1 else lambda self: (get(self),)
    else:
        readers = tuple(slot.__get__ for slot in slots)

        def values(self: Any) -> tuple[Any, ...]:
            return tuple(read(self) for read in readers)

    def reduce(self: Any) -> tuple[Any, ...]:
        if type(self) is cls:
            return (build, values(self))
        fields = attrs.fields(type(self))  # a subclass: its own fields, as stored
        return (_rebuild, (type(self), tuple(stored(self, field.name) for field in fields)))

    cls.__reduce__ = reduce  # type: ignore[assignment]
    return cls


def pickled_by_name(cls: C) -> C:
    """Class decorator for an enum: its members pickle as ``getattr(cls, name)`` (a
    lookup) rather than as a call of the class with their value."""

    def reduce_ex(self: Any, protocol: Any) -> tuple[Any, ...]:
        return (getattr, (type(self), self.name))

    cls.__reduce_ex__ = reduce_ex  # type: ignore[assignment]
    return cls
