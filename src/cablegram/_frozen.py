"""A mapping that cannot change and can be hashed: what a frozen model object holds
where a user passed a dict (``Cable.metadata``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


class FrozenMapping(Mapping[str, str]):
    """A read-only ``str`` to ``str`` mapping, equal to any mapping with the same
    items, hashable, and printed like a dict."""

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[str, str] | None = None) -> None:
        self._items: dict[str, str] = dict(items or {})
        self._hash: int | None = None

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._items.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._items)

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMapping, (self._items,))


def frozen_mapping(value: Mapping[str, str] | None) -> FrozenMapping:
    """The attrs converter: any mapping (or None) as a :class:`FrozenMapping`."""
    return value if isinstance(value, FrozenMapping) else FrozenMapping(value)
