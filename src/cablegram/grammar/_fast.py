"""The fast path of a grammar: one regular expression compiled from its pyparsing tree.

A block grammar here is a parsing expression grammar in pyparsing: sequences,
ordered choices, options and repetitions of regexes and literals, each element
skipping white space first.  pyparsing commits to what an element matched: it never
goes back into a regex, an option, a choice or a repetition once it has matched.
Python's ``re`` does go back, so every element is compiled *atomic* (``(?>X)``; before
Python 3.11, a lookahead that captures the match and a back-reference that consumes
it: ``(?=(?P<a>X))(?P=a)``) and white space is skipped possessively (``[ ]*+``, or
``[ ]*(?![ ])``).  The regex then matches
exactly the texts pyparsing accepts, with the same sub-matches, and runs in one call
of ``re`` instead of a pyparsing parse (which builds results and raises and catches
an exception for every alternative that fails).

What a builder reads comes out as a :class:`Hit`: the regex's named groups, the
element results names (text and span), and the items of a repetition, re-read one by
one with the item's own compiled program (a regex group keeps only a repetition's last
item).  pyparsing stays the grammar: strict mode's messages and positions, the docs'
railroad diagrams and the equivalence check come from it (:mod:`cablegram.grammar._common`).

Supported elements: And, MatchFirst, Opt, ZeroOrMore, OneOrMore, Located, Suppress,
Regex, Literal, StringEnd.  Anything else raises :class:`Unsupported` when the
grammar is first used (and in the tests, which compile every grammar).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator

import pyparsing as pp

#: Atomic groups and possessive quantifiers, ``(?>...)`` and ``*+``, from Python 3.11;
#: before it, a lookahead that captures and a back-reference that consumes do the same.
ATOMIC = sys.version_info >= (3, 11)


class Unsupported(TypeError):
    """A grammar element the fast path cannot compile."""


_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")
_LITERALS = (pp.Literal, pp.core._SingleCharLiteral)
_FLAG_LETTERS = {re.IGNORECASE: "i", re.DOTALL: "s", re.MULTILINE: "m", re.VERBOSE: "x"}
_NAMED_GROUP = re.compile(r"(?<!\\)(?:\\\\)*\(\?P<(\w+)>")
#: A back-reference or a conditional group outside a character escape: numbered
#: references would point elsewhere once the pattern stands inside another regex.
_REFERENCE = re.compile(r"(?<!\\)(?:\\\\)*(?:\\[1-9]|\(\?P=|\(\?\()")


class Program:
    """A compiled grammar (or repetition item): its regex, where each results name's
    group is, and the item programs of its repetitions."""

    def __init__(self, element: pp.ParserElement, *, item: bool = False) -> None:
        self._count = itertools.count()
        #: results name -> the groups holding the element's text (after its white
        #: space): one, or one an alternative for a name that lists all its matches
        self.results: dict[str, list[str]] = {}
        #: regex group names of the leaves (outside repetitions)
        self.groups: set[str] = set()
        #: every name used, repetitions included (a name may be used once)
        self._names: set[str] = set()
        #: results name inside (or on) a repetition -> (group of the repetition's
        #: span, the item's program)
        self.repeats: dict[str, tuple[str, Program]] = {}
        if item:  # the item's text, after its white space, is group "_item"
            body = self._white(element) + f"(?P<_item>{self._named(element)})"
        else:
            body = self._compile(element)
        self.regex = re.compile(body)

    # -- compiling ------------------------------------------------------------------
    def _group(self, prefix: str) -> str:
        return f"_{prefix}{next(self._count)}"

    def _claim(self, name: str) -> None:
        if name in self._names:
            raise Unsupported(f"name {name!r} used twice in one grammar")
        self._names.add(name)

    def _atomic(self, body: str) -> str:
        if ATOMIC:
            return f"(?>{body})"
        name = self._group("a")
        return f"(?=(?P<{name}>{body}))(?P={name})"

    def _compile(self, element: pp.ParserElement) -> str:
        return self._white(element) + self._named(element)

    def _named(self, element: pp.ParserElement) -> str:
        if element.ignoreExprs or element.parseAction:
            raise Unsupported(f"element with ignored expressions or actions: {element!r}")
        body = self._body(element)
        name = element.resultsName
        if name and not isinstance(element, (pp.ZeroOrMore, pp.OneOrMore)):
            # a name that lists all its matches may stand on several alternatives
            if element.modalResults or name not in self.results:
                self._claim(name)
            group = self._group("r")
            self.results.setdefault(name, []).append(group)
            body = f"(?P<{group}>{body})"
        return body

    def _white(self, element: pp.ParserElement) -> str:
        """White space the element skips before it matches (a choice leaves it to
        its alternatives: pyparsing's ``callPreparse``)."""
        if not (element.callPreparse and element.skipWhitespace and element.whiteChars):
            return ""
        chars = re.escape("".join(sorted(element.whiteChars)))
        return f"[{chars}]*+" if ATOMIC else f"[{chars}]*(?![{chars}])"

    def _body(self, element: pp.ParserElement) -> str:
        kind = type(element)
        if kind is pp.StringEnd:
            return r"\Z"
        if kind is pp.Regex:
            return self._regex(element)  # type: ignore[arg-type]
        if kind in _LITERALS:
            return self._atomic(re.escape(element.match))  # type: ignore[attr-defined]
        if kind is pp.And:
            return "".join(self._compile(e) for e in element.exprs)  # type: ignore[attr-defined]
        if kind is pp.MatchFirst:
            options = "|".join(self._compile(e) for e in element.exprs)  # type: ignore[attr-defined]
            return self._atomic(f"(?:{options})")
        if kind in (pp.Located, pp.Suppress):
            return self._compile(element.expr)  # type: ignore[attr-defined]
        if kind is pp.Opt:
            return self._atomic(f"(?:{self._compile(element.expr)})?")  # type: ignore[attr-defined]
        if kind in (pp.ZeroOrMore, pp.OneOrMore):
            if getattr(element, "max_count", None) == 1:  # expr[0, 1]: an option
                inner = self._compile(element.expr)  # type: ignore[attr-defined]
                return self._atomic(f"(?:{inner})?") if kind is pp.ZeroOrMore else inner
            return self._repeat(element)  # type: ignore[arg-type]
        raise Unsupported(f"no fast path for {kind.__name__}: {element!r}")

    def _regex(self, element: pp.Regex) -> str:
        pattern = str(element.pattern)
        flags = "".join(letter for flag, letter in _FLAG_LETTERS.items() if element.flags & flag)
        found = _GLOBAL_FLAGS.match(pattern)
        if found:
            flags += found[1]
            pattern = pattern[found.end() :]
        if _REFERENCE.search(pattern):
            raise Unsupported(f"back-reference in {pattern!r}")
        for name in _NAMED_GROUP.findall(pattern):
            self._claim(name)
            self.groups.add(name)
        flags = "".join(sorted(set(flags)))
        return self._atomic(f"(?{flags}:{pattern})" if flags else f"(?:{pattern})")

    def _repeat(self, element: pp.ParseElementEnhance) -> str:
        if getattr(element, "not_ender", None) is not None:
            raise Unsupported("a repetition with stop_on")
        item = Program(element.expr, item=True)
        span = self._group("s")
        names = [*item.results, *item.repeats]  # the item's own groups are read on it
        if element.resultsName:  # a named repetition: its text is its items' span
            names.append(element.resultsName)
            self.results[element.resultsName] = [span]
        for name in names:
            self._claim(name)
            self.repeats[name] = (span, item)
        least = 0 if type(element) is pp.ZeroOrMore else 1
        most = getattr(element, "max_count", None)
        quantifier = f"{{{least},{most if most is not None else ''}}}"
        body = self._atomic(f"(?:{_rename(item.regex.pattern)}){quantifier}")
        return f"(?P<{span}>{body})"


_RENAME = itertools.count()


def _rename(pattern: str) -> str:
    """``pattern`` with every named group and back-reference given a fresh name, so
    that it can stand inside another compiled regex (an item's values are read from
    the item's own program)."""
    tag = next(_RENAME)
    pattern = re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m[1]}_{tag}>", pattern)
    return re.sub(r"\(\?P=(\w+)\)", lambda m: f"(?P={m[1]}_{tag})", pattern)


def _items_between(string: str, item: Program, start: int, end: int) -> Iterator[re.Match[str]]:
    """The items of a repetition that ran from ``start`` to ``end``: read again one
    after the other on the whole text (what an item's lookahead sees is the same)."""
    pos = start
    if pos >= end:
        return
    for found in item.regex.finditer(string, pos):
        if found.start() != pos or found.end() <= pos:
            return
        yield found
        pos = found.end()
        if pos >= end:
            return


class Hit:
    """What a grammar matched in a text: named groups, results names and repetitions.

    ``hit[name]`` / ``hit.get(name)`` give the text of a regex group or of a results
    name (None for a group that did not take part), ``name in hit`` whether it took
    part, ``hit.span(name)`` where (offsets into the text that was parsed).
    ``hit.items(name)`` re-reads the repetition that holds (or is) results name
    ``name``, one :class:`Hit` an item; ``hit.all(name)`` keeps the items where
    ``name`` took part.
    """

    __slots__ = ("_match", "_program")

    def __init__(self, match: re.Match[str], program: Program) -> None:
        self._match = match
        self._program = program

    def _group(self, name: str) -> str:
        groups = self._program.results.get(name)
        if groups is not None:
            if len(groups) == 1:
                return groups[0]
            match = self._match
            return next((g for g in groups if match.group(g) is not None), groups[0])
        if name in self._program.groups:
            return name
        raise KeyError(name)

    @property
    def text(self) -> str:
        """The whole text matched (after leading white space, for an item)."""
        match = self._match
        return match.group("_item") if "_item" in match.re.groupindex else match.group()

    def __getitem__(self, name: str) -> str | None:
        return self._match.group(self._group(name))

    def get(self, name: str, default: str | None = None) -> str | None:
        try:
            value = self._match.group(self._group(name))
        except (KeyError, IndexError):
            return default
        return default if value is None else value

    def __contains__(self, name: str) -> bool:
        try:
            return self._match.group(self._group(name)) is not None
        except (KeyError, IndexError):
            return False

    def span(self, name: str) -> tuple[int, int]:
        return self._match.span(self._group(name))

    def _item_matches(self, name: str) -> tuple[Iterator[re.Match[str]], Program]:
        """The matches of the items of the repetition that holds (or is) ``name``,
        made one at a time (a repetition of a million items keeps none alive)."""
        span_group, item = self._program.repeats[name]
        start, end = self._match.span(span_group)
        return _items_between(self._match.string, item, start, end), item

    def items(self, name: str) -> list[Hit]:
        matches, item = self._item_matches(name)
        return [Hit(found, item) for found in matches]

    def all(self, name: str) -> list[Hit]:
        matches, item = self._item_matches(name)
        groups = item.results.get(name) or [name]
        return [
            Hit(found, item) for found in matches if any(found.group(g) is not None for g in groups)
        ]

    def first(self, name: str) -> Hit | None:
        """The first item where ``name`` took part (``all(name)[0]``, without
        reading the items after it)."""
        matches, item = self._item_matches(name)
        groups = item.results.get(name) or [name]
        for found in matches:
            if any(found.group(g) is not None for g in groups):
                return Hit(found, item)
        return None

    def texts(self, name: str) -> list[str]:
        """The text of ``name`` in each item of its repetition where it took part."""
        matches, item = self._item_matches(name)
        groups = item.results.get(name) or [name]
        out = []
        for found in matches:
            for group in groups:
                value = found.group(group)
                if value is not None:
                    out.append(value)
                    break
        return out

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a Hit is not iterable: use items() or all()")


# ----------------------------------------------------------------------- checking

#: A value a grammar read: a text, or the span of a located element.
Value = str | tuple[int, int] | None


def _pp_values(res: pp.ParseResults, out: dict[str, list[Value]]) -> None:
    """Every named value in pyparsing's results: texts, located spans (and what the
    located element names), the items of lists."""
    for key, value in res.items():  # type: ignore[no-untyped-call]
        _pp_value(key, value, out)


def _located(value: object) -> bool:
    return (
        isinstance(value, pp.ParseResults)
        and len(value) == 3
        and isinstance(value[0], int)
        and "locn_start" in value
    )


def _pp_value(key: str, value: object, out: dict[str, list[Value]]) -> None:
    if _located(value):
        assert isinstance(value, pp.ParseResults)
        out.setdefault(key, []).append((value["locn_start"], value["locn_end"]))
        if isinstance(value["value"], pp.ParseResults):
            _pp_values(value["value"], out)
    elif isinstance(value, pp.ParseResults):  # a list: of a list-all name, or named items
        for item in value:
            _pp_value(key, item, out)
    else:
        out.setdefault(key, []).append(value if value is None else str(value))


def _hit_values(hit: Hit, program: Program, out: dict[str, list[Value]]) -> None:
    for name in program.groups:
        out.setdefault(name, []).append(hit[name])
    for name in program.results:
        if name in hit:
            out.setdefault(name, []).append(hit.span(name))
            out.setdefault(name, []).append(hit[name])
    for name, (_span, item) in program.repeats.items():
        for one in hit.items(name):
            _hit_values(one, item, out)
            if name not in item.results and name not in item.repeats:
                out.setdefault(name, []).append(one.text)  # a named repetition


def check(element: pp.ParserElement, program: Program, text: str) -> str | None:
    """How the fast path disagrees with pyparsing on ``text``, or None: whether the
    text is accepted, and every value pyparsing names (a text, or a located span)."""
    match = program.regex.match(text)
    try:
        res = element.parse_string(text)
    except pp.ParseBaseException:
        return None if match is None else "pyparsing rejects, the fast path accepts"
    if match is None:
        return "pyparsing accepts, the fast path rejects"
    expected: dict[str, list[Value]] = {}
    _pp_values(res, expected)
    found: dict[str, list[Value]] = {}
    _hit_values(Hit(match, program), program, found)
    for name, values in expected.items():
        got = found.get(name, [])
        for value in values:
            if value not in got and not (value is None and not got):
                return f"{name}: pyparsing {value!r}, fast path {got!r}"
    return None
