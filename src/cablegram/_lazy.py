"""Field values computed when first read.

A frozen model class may let some of its fields hold a :class:`Deferred` at
construction: the value is computed the first time the field is read, by any means
(attribute access, ``attrs.asdict``, equality, ``repr``, pickling), and kept.  The
class stays frozen and its fields, their order and their types stay what they are;
only the moment of the work changes.  The parser uses it for the text of paragraphs
and of the summary, which most uses of a cable never read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

T = TypeVar("T")


class Deferred:
    """A value to compute later: ``compute(*args)``.  Up to three arguments are
    kept in slots of their own (no tuple: a cable of a hundred thousand paragraphs
    gives the garbage collector a hundred thousand objects fewer to walk)."""

    __slots__ = ("_a", "_args", "_b", "_c", "_compute")

    def __init__(self, compute: Callable[..., Any], *args: Any) -> None:
        self._compute = compute
        if len(args) == 3:
            self._a, self._b, self._c = args
            self._args: tuple[Any, ...] | None = None
        else:
            self._args = args

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as what it will compute from (see :mod:`cablegram._reduce`): the
        value is computed where it is read."""
        args = (self._a, self._b, self._c) if self._args is None else self._args
        return (Deferred, (self._compute, *args))

    def __call__(self) -> Any:
        if self._args is None:
            return self._compute(self._a, self._b, self._c)
        return self._compute(*self._args)


def deferred(compute: Callable[..., T], *args: Any) -> T:
    """A :class:`Deferred` of ``compute(*args)``, typed as what it will be."""
    return cast(T, Deferred(compute, *args))


class _Slot:
    """A slot whose :class:`Deferred` value is computed and stored on first read."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self._slot.__get__(obj, owner)
        if type(value) is Deferred:
            value = value()
            self._slot.__set__(obj, value)
        return value

    def __set__(self, obj: object, value: Any) -> None:
        self._slot.__set__(obj, value)

    def __delete__(self, obj: object) -> None:
        self._slot.__delete__(obj)


C = TypeVar("C", bound=type)


def stored(obj: object, name: str) -> Any:
    """The value of field ``name`` of ``obj`` as it is stored: a :class:`Deferred`
    not computed yet is returned as it is, and stays uncomputed."""
    slot = getattr(type(obj), name, None)
    if isinstance(slot, _Slot):
        return slot._slot.__get__(obj, type(obj))
    return getattr(obj, name)


def pending(value: object) -> int:
    """How many fields of ``value`` and of the model objects it holds (tuples
    followed) are deferred and not computed yet: what pickling must leave so."""
    seen: set[int] = set()

    def count(item: object) -> int:
        if id(item) in seen:
            return 0
        seen.add(id(item))
        if isinstance(item, tuple):
            return sum(map(count, item))
        if not attrs.has(type(item)):
            return 0
        held = (stored(item, field.name) for field in attrs.fields(cast(Any, type(item))))
        return sum(1 if type(h) is Deferred else count(h) for h in held)

    return count(value)


def replaced(obj: T, **changes: Any) -> T:
    """A copy of the attrs instance ``obj`` with the fields ``changes`` names given new
    values, made without computing a deferred field of it (which :func:`attrs.evolve`
    would do: it reads every field) and without running converters or validators
    again: the values are set as given, a :class:`Deferred` among them too."""
    cls = type(obj)
    fields = attrs.fields(cast(Any, cls))
    unknown = set(changes) - {field.name for field in fields}
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    copy = object.__new__(cls)
    for field in fields:
        value = changes[field.name] if field.name in changes else stored(obj, field.name)
        object.__setattr__(copy, field.name, value)
    return copy


def deferrable(*names: str) -> Callable[[C], C]:
    """Class decorator (applied over ``attrs.frozen``, with slots): fields ``names``
    may be given a :class:`Deferred`."""

    def wrap(cls: C) -> C:
        for name in names:
            setattr(cls, name, _Slot(cls.__dict__[name]))
        return cls

    return wrap
