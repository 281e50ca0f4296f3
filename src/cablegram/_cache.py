"""Caches of what was read from a text, keyed by that text (a line, a word), that
keep no long text alive: a key longer than :data:`LONGEST` characters is read
without the cache, so a process fed hostile megabyte lines does not hold
thousands of them after their parse."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

#: The longest text kept as a key (a long cable line is under 200 characters).
LONGEST = 1024


def text_cache(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, but a call with a ``str`` argument longer
    than :data:`LONGEST` runs the function without the cache (a function of one
    argument takes a ``str``).  ``cache_info`` and ``cache_clear`` are the cache's
    own."""

    def wrap(function: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        def call_one(text: str) -> Any:  # the usual case: one text, the fast way
            return function(text) if len(text) > LONGEST else cached(text)

        def call_many(*args: Any) -> Any:
            for arg in args:
                if type(arg) is str and len(arg) > LONGEST:
                    return function(*args)
            return cached(*args)

        one = function.__code__.co_argcount == 1 and not function.__code__.co_kwonlyargcount
        call = functools.wraps(function)(call_one if one else call_many)
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return cast(F, call)

    return wrap
