"""Helpers shared by the grammars."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from typing import Any, TypeVar

import pyparsing as pp

from cablegram.grammar import _fast

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


class Hinted:
    """A compiled pattern every match of which holds one of a few words: it runs only
    on text that holds one (ASCII text, looked for in upper case, with its blanks
    dropped when ``squeeze``; other text is searched as it is).  Most lines hold
    none, and ``in`` finds that much faster than the regex engine, which tries the
    pattern at every offset.

    When every match *starts* with one of the words (``starts``), a long text (a
    body glued on one line to a header field) is searched only where the words
    stand: the pattern is matched at each of their places in order, the first match
    being the one ``search`` finds."""

    #: A text longer than this is searched from where the words stand (``starts``).
    LONG = 2000

    def __init__(
        self,
        pattern: re.Pattern[str],
        words: tuple[str, ...],
        exact: tuple[str, ...] = (),
        *,
        squeeze: bool = False,
        starts: bool = False,
    ) -> None:
        if squeeze and starts:
            raise ValueError("a squeezed text has no places to start from")
        self.pattern = pattern
        self.words = words  # in upper case
        self.exact = exact  # as written
        self.squeeze = squeeze
        self.starts = starts

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        text = string[pos:endpos]
        if not text.isascii():
            return False
        upper = text.upper()
        if self.squeeze:
            upper = upper.replace(" ", "")
        # loops, not any(): no generator made on this hot path
        for word in self.words:
            if word in upper:
                return False
        for word in self.exact:  # noqa: SIM110
            if word in text:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        if self.starts and min(endpos, len(string)) - pos > self.LONG:
            return self._search_from_words(string, pos, min(endpos, len(string)))
        return self.pattern.search(string, pos, endpos)

    def _search_from_words(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        text = string[pos:endpos]
        if not text.isascii():  # upper case may change the length: no places kept
            return self.pattern.search(string, pos, endpos)
        upper = text.upper()
        places: set[int] = set()
        for words, within in ((self.words, upper), (self.exact, text)):
            for word in words:
                at = within.find(word)
                while at >= 0:
                    places.add(at)
                    at = within.find(word, at + 1)
        for at in sorted(places):
            found = self.pattern.match(string, pos + at, endpos)
            if found is not None:
                return found
        return None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        return self.pattern.finditer(string, pos, endpos)


def top(expr: E, name: str, chars: str = LINE_WHITESPACE) -> Grammar:
    """Finish a top-level grammar: make it match the whole block, name it, pin its
    white space, and compile its fast path (:class:`Grammar`)."""
    if not (isinstance(expr, pp.And) and isinstance(expr.exprs[-1], pp.StringEnd)):
        expr = expr + pp.StringEnd()  # type: ignore[assignment]
    expr.set_name(name)
    return Grammar(pin_whitespace(expr, chars))


#: Set CABLEGRAM_CHECK_GRAMMARS=1 to check every match of the fast path against
#: pyparsing (bench/golden.py does, over the whole corpus).
CHECK = os.environ.get("CABLEGRAM_CHECK_GRAMMARS", "") not in ("", "0")


class Grammar:
    """A block grammar: its pyparsing element, and the regex compiled from it
    (:mod:`cablegram.grammar._fast`) that decides the same texts with the same values.

    :meth:`match` runs the regex only; pyparsing runs when a text is rejected and
    the reason is wanted (:meth:`error`: strict mode's message and position), for the
    docs' diagrams (:attr:`element`) and for the check.
    """

    __slots__ = ("_program", "element", "name")

    def __init__(self, element: pp.ParserElement) -> None:
        element.streamline()  # once, here: never lazily in two threads at once
        self.element = element
        self.name = element.customName
        self._program: _fast.Program | None = None

    @property
    def program(self) -> _fast.Program:
        """The compiled fast path, made on first use (compiling every grammar at
        import would slow ``import cablegram``; two threads may both compile it,
        to the same program)."""
        program = self._program
        if program is None:
            program = self._program = _fast.Program(self.element)
        return program

    def match(self, text: str) -> _fast.Hit | None:
        """What the grammar reads in the whole of ``text``, or None."""
        found = self.program.regex.match(text)
        if CHECK:
            difference = _fast.check(self.element, self.program, text)
            if difference is not None:
                raise AssertionError(f"{self.name}: {difference} on {text!r}")
        return None if found is None else _fast.Hit(found, self.program)

    def error(self, text: str) -> pp.ParseBaseException:
        """Why ``text`` is not what the grammar reads: pyparsing's exception, with
        the expected element and the position (only for a text :meth:`match` rejects)."""
        try:
            self.element.parse_string(text)
        except pp.ParseBaseException as exc:
            exc.__traceback__ = None  # keeps no frames alive
            return exc
        raise AssertionError(f"{self.name}: the fast path rejects {text!r}")


class LinePattern:
    """A regex that matches at line starts only (as ``^`` does in multiline mode),
    searched fast.

    A pattern starting with ``^`` gives the regex engine no literal to look for, so
    it is tried at every position of the text.  Here the engine looks for the
    newline before each line instead (a literal it finds fast) with the pattern as
    a lookahead, and matches the pattern where it holds.  The matches are those of
    ``re.compile("^" + body, flags | re.MULTILINE)``: the same spans and groups, in
    the same order, none overlapping.  ``body`` must not match the empty string
    (an empty match is never given).
    """

    __slots__ = ("_after", "pattern")

    def __init__(self, body: str, flags: int = 0) -> None:
        #: The pattern, matched at a line start.
        self.pattern = re.compile(body, flags | re.MULTILINE)
        self._after = re.compile(rf"\n(?=(?:{body}))", flags | re.MULTILINE)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches in ``text[pos:endpos]``, as ``finditer`` gives them."""
        endpos = min(endpos, len(text))
        last = pos
        if pos == 0 or (pos <= len(text) and text[pos - 1] == "\n"):
            found = self.pattern.match(text, pos, endpos)
            if found is not None and found.end() > found.start():
                yield found
                last = found.end()
        for hit in self._after.finditer(text, pos, endpos):
            at = hit.end()
            if at < last:
                continue  # inside the match before
            found = self.pattern.match(text, at, endpos)
            if found is not None and found.end() > found.start():
                yield found
                last = found.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``search`` gives it."""
        return next(self.finditer(text, pos, endpos), None)


class LazyPatterns:
    """The patterns of a module compiled when first used, not when it is imported:
    ``import cablegram`` stays quick, and a pattern only rare texts need costs
    nothing until one comes.

    A module declares each pattern (``NAME: re.Pattern[str]``), adds its source
    (``_lazy.add("NAME", r"...", flags)``) and sets ``__getattr__ = _lazy.get``: the
    first ``module.NAME`` compiles it and stores it in the module, where later
    lookups find it directly (no call between the parser and the pattern).  Only
    patterns the module itself does not use can be lazy (a module's own code looks
    its names up without ``__getattr__``)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self._namespace = namespace
        self._sources: dict[str, tuple[Any, ...]] = {}

    def add(self, name: str, *args: Any) -> None:
        """Declare pattern ``name``, compiled from ``re.compile(*args)`` when first used."""
        self._sources[name] = args

    def get(self, name: str) -> re.Pattern[str]:
        """Compile pattern ``name`` and keep it in the module (its ``__getattr__``)."""
        args = self._sources.get(name)
        if args is None:
            module = self._namespace.get("__name__", "?")
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        compiled: re.Pattern[str] = re.compile(*args)
        self._namespace[name] = compiled
        return compiled

    def names(self) -> list[str]:
        """Every pattern declared."""
        return list(self._sources)
