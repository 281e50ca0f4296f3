"""Helpers shared by the grammars."""

from __future__ import annotations

import functools
from typing import TypeVar

import pyparsing as pp

E = TypeVar("E", bound=pp.ParserElement)

LINE_WHITESPACE = " "
BLOCK_WHITESPACE = " \n"


def pin_whitespace(expr: E, chars: str = LINE_WHITESPACE) -> E:
    """Set the skipped white space of ``expr`` and every element below it.

    The grammars run on the normalised view (see :mod:`cablegram._text`) where
    tabs and carriage returns are already blanks, so line grammars skip only
    spaces and block grammars spaces and newlines.  Tabs are kept (offsets stay
    true) because every top-level grammar is marked ``parse_with_tabs``.
    """
    seen: set[int] = set()
    stack: list[pp.ParserElement] = [expr]
    while stack:
        element = stack.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        element.set_whitespace_chars(chars, copy_defaults=False)
        element.parse_with_tabs()
        stack.extend(element.recurse())
    return expr


def located(expr: pp.ParserElement, name: str) -> pp.ParserElement:
    """Wrap ``expr`` so the result ``name`` carries ``locn_start`` / ``locn_end``."""
    return pp.Located(expr).set_results_name(name)


def top(expr: E, name: str, chars: str = LINE_WHITESPACE) -> pp.ParserElement:
    """Finish a top-level grammar: make it match the whole block, name it, pin its
    white space.  Because every top grammar ends with ``StringEnd``, callers run it
    with :func:`parse_whole` (``parse_all=True`` would build two new elements on
    every call)."""
    if not (isinstance(expr, pp.And) and isinstance(expr.exprs[-1], pp.StringEnd)):
        expr = expr + pp.StringEnd()  # type: ignore[assignment]
    expr.set_name(name)
    return pin_whitespace(expr, chars)


@functools.lru_cache(maxsize=512)
def parse_whole(grammar: pp.ParserElement, text: str) -> pp.ParseResults | pp.ParseBaseException:
    """Run a :func:`top` grammar over ``text``: its results, or the exception.

    Blocks repeat across a corpus (security lines, routing lines, TAGS, captions),
    so results are cached; they are shared, and callers only read them.
    """
    try:
        return grammar.parse_string(text)
    except pp.ParseBaseException as exc:
        exc.__traceback__ = None  # a cached exception must not keep frames alive
        return exc
