"""Railroad diagrams of cablegram's own grammars, drawn when the docs are built.

``{grammar-diagram} cablegram.grammar.transmission.DE_LINE`` draws the pyparsing
element of a block grammar (``Grammar.element``) with pyparsing's
``create_diagram`` and puts the diagram's HTML (inline SVG) into the page.

Most leaves of cablegram's grammars are ``Regex`` elements, which pyparsing draws as
one box holding the whole pattern.  Before drawing, this extension rebuilds the
element tree with every regex leaf spelt out as the railroad it stands for (literal
words, character classes with their counts, alternatives, optional parts, named
groups as labelled boxes); a leaf too big to draw readably stays one box, named
after its groups.  The grammar objects themselves are never changed.
"""

from __future__ import annotations

import copy
import html
import importlib
import io
import re
from typing import Any

import pyparsing as pp
import railroad
from docutils import nodes
from docutils.parsers.rst import directives
from pyparsing import diagram as ppd
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

#: A regex leaf with more boxes than this is drawn as one box ...
MAX_BOXES = 40
#: ... and a named group inside it with more than this as one box with its name.
GROUP_BOXES = 14
#: Alternatives of plain words drawn as one box (``JAN | FEB | ...``) above this many.
MAX_WORD_CHOICES = 4
#: A row of a diagram wider than this (pixels) is folded onto several rows.
ROW_WIDTH = 600
_MAXREPEAT = sre_parse.MAXREPEAT


class Box(pp.Token):
    """A terminal box with a label of our own (drawing only; it matches nothing)."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def _generateDefaultName(self) -> str:  # pyparsing's hook
        return self.label

    def parseImpl(self, instring: str, loc: int, do_actions: bool = True) -> Any:
        raise pp.ParseException(instring, loc, "drawing only")


class _TooBig(Exception):
    """A regex leaf that would need more than MAX_BOXES boxes."""


# ------------------------------------------------------------------ regex leaves


_CATEGORIES = {
    "CATEGORY_DIGIT": "digit",
    "CATEGORY_NOT_DIGIT": "non-digit",
    "CATEGORY_SPACE": "blank",
    "CATEGORY_NOT_SPACE": "non-blank",
    "CATEGORY_WORD": "letter or digit",
    "CATEGORY_NOT_WORD": "non-word",
}


def _char(code: int) -> str:
    if code == 0x20:
        return "blank"
    if code == 0x0A:
        return "newline"
    return chr(code)


_BLANKS = (0x20, 0x09, 0x0A, 0x0D)


def _blank(items: list[tuple[Any, Any]]) -> str | None:
    """What a run of regex items that only matches white space is drawn as: a blank
    between two words when it must match something, else nothing (None when the
    items match more than white space)."""
    needed = False
    for op, av in items:
        name = str(op)
        if (name == "LITERAL" and av in _BLANKS) or (name == "IN" and _blank_set(av)):
            needed = True
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _blank(list(av[2]))
            if inner is None:
                return None
            needed = needed or (av[0] > 0 and inner == " ")
        elif name == "SUBPATTERN":
            inner = _blank(list(av[3]))
            if inner is None:
                return None
            needed = needed or inner == " "
        elif name == "BRANCH":
            inners = [_blank(list(alternative)) for alternative in av[1]]
            if None in inners:
                return None
            needed = needed or all(i == " " for i in inners)
        else:
            return None
    return " " if needed else ""


def _words(items: list[tuple[Any, Any]]) -> str | None:
    """The text of items that are literal characters and blanks only, or None."""
    text = ""
    for op, av in items:
        if str(op) == "LITERAL":
            text += chr(av)
            continue
        blank = _blank([(op, av)])
        if blank is None:
            return None
        text += blank
    return " ".join(text.split())


def _blank_set(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class holds only white space."""
    return all(
        (str(op) == "LITERAL" and av in _BLANKS)
        or (str(op) == "CATEGORY" and str(av) == "CATEGORY_SPACE")
        for op, av in items
    )


def _describe_set(items: list[tuple[Any, Any]]) -> str:
    """A character class in words: ``A–Z 0–9``, ``one of / . -``, ``any but blank (``."""
    negate = False
    parts: list[str] = []
    singles = True
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            parts.append(_char(av))
        elif name == "RANGE":
            parts.append(f"{chr(av[0])}–{chr(av[1])}")
            singles = False
        elif name == "CATEGORY":
            parts.append(_CATEGORIES.get(str(av), str(av)))
            singles = False
    text = " ".join(parts)
    if negate:
        return f"any but {text}"
    if len(parts) > 1 and singles:
        return f"one of {text}"
    return text


def _single(items: list[tuple[Any, Any]]) -> str | None:
    """The words for one character (a class, a literal, any), or None."""
    if len(items) != 1:
        return None
    op, av = items[0]
    name = str(op)
    if name == "IN":
        return _describe_set(av)
    if name == "LITERAL":
        return f'"{_char(av)}"'
    if name == "NOT_LITERAL":
        return f"any but {_char(av)}"
    if name == "ANY":
        return "any character"
    return None


def named(element: pp.ParserElement, name: str, *, every: bool = False) -> pp.ParserElement:
    """``element`` with a results name, set in place (pyparsing's own setter copies
    the element and its children, which would lose the layout decided for them)."""
    element.resultsName = name
    element.modalResults = not every
    return element


class _Drawing:
    """Turns one parsed regex into pyparsing elements that draw it."""

    def __init__(self, names: dict[int, str]) -> None:
        self.names = names
        self.boxes = 0
        self.limit = MAX_BOXES

    def box(self, label: str) -> Box:
        self.boxes += 1
        if self.boxes > self.limit:
            raise _TooBig
        return Box(label)

    def sequence(self, items: list[tuple[Any, Any]]) -> list[pp.ParserElement]:
        out: list[pp.ParserElement] = []
        text = ""
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                text += chr(av)
                continue
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue  # anchors and look-arounds: conditions, not text
            blank = _blank([(op, av)])
            if blank is not None:
                text += blank  # blanks join the words around them
                continue
            if name == "BRANCH" and text and not text[-1].isspace():
                # re's parser moves a prefix shared by all alternatives in front of
                # them ("DECL|DNG" -> "D(?:ECL|NG)"): put the glued word back
                word = text.split()[-1]
                text = text[: len(text) - len(word)]
                glued = [(sre_parse.LITERAL, ord(ch)) for ch in word]
                av = (av[0], [glued + list(alternative) for alternative in av[1]])
            if text.strip():
                out.append(self.box(f'"{" ".join(text.split())}"'))
            text = ""
            element = self.item(name, av)
            if element is not None:
                out.append(element)
        if text.strip():
            out.append(self.box(f'"{" ".join(text.split())}"'))
        return out

    def joined(self, items: list[tuple[Any, Any]]) -> pp.ParserElement | None:
        parts = self.sequence(items)
        return fold(parts) if parts else None

    def item(self, op: str, av: Any) -> pp.ParserElement | None:
        if op in ("IN", "NOT_LITERAL", "ANY"):
            return self.box(_single([(op, av)]) or op)
        if op == "BRANCH":
            return self.branch(av[1])
        if op == "SUBPATTERN":
            return self.group(av[0], list(av[3]))
        if op == "ATOMIC_GROUP":
            return self.joined(list(av))
        if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return self.repeat(av[0], av[1], list(av[2]))
        if op == "GROUPREF":
            return self.box(f"group {av} again")
        return self.box(op.lower())

    def branch(self, alternatives: list[Any]) -> pp.ParserElement | None:
        words = [w for w in (_words(list(a)) for a in alternatives) if w is not None]
        if len(words) == len(alternatives) and len(words) > MAX_WORD_CHOICES:
            label = " | ".join(w for w in words if w)
            if len(label) > 80:
                label = label[:77].rsplit(" | ", 1)[0] + " | …"
            element = self.box(label)
            return pp.Opt(element) if "" in words else element
        drawn = [self.joined(list(alternative)) for alternative in alternatives]
        present = [d for d in drawn if d is not None]
        if not present:
            return None
        choice = present[0] if len(present) == 1 else choices(pp.MatchFirst, present)
        return pp.Opt(choice) if len(present) < len(drawn) else choice

    def group(self, number: int | None, items: list[tuple[Any, Any]]) -> pp.ParserElement | None:
        name = self.names.get(number) if number is not None else None
        if name is None:
            return self.joined(items)
        before, limit = self.boxes, self.limit
        self.limit = min(limit, before + GROUP_BOXES)
        try:
            inner = self.joined(items)
        except _TooBig:
            self.boxes = before
            self.limit = limit
            inner = self.box(f"‹{name}›")
        finally:
            self.limit = limit
        return None if inner is None else named(inner, name)

    def repeat(self, low: int, high: int, items: list[tuple[Any, Any]]) -> pp.ParserElement | None:
        single = _single(items)
        if single is not None and high != _MAXREPEAT and not (low == 0 and high == 1):
            count = str(low) if low == high else f"{low}–{high}"
            label = f"{count} digits" if single == "digit" else f"{count} × {single}"
            element: pp.ParserElement = self.box(label)
            return pp.Opt(element) if low == 0 else element
        inner = self.joined(items)
        if inner is None:
            return None
        if high == 1:
            return pp.Opt(inner) if low == 0 else inner
        return pp.OneOrMore(inner) if low >= 1 else pp.ZeroOrMore(inner)


def regex_drawing(pattern: str, flags: int = 0) -> pp.ParserElement:
    """Elements that draw ``pattern``; one box named after its groups when too big."""
    parsed = sre_parse.parse(pattern, flags)
    names = {number: name for name, number in parsed.state.groupdict.items()}
    try:
        drawn = _Drawing(names).joined(list(parsed))
    except _TooBig:
        drawn = None
        if names:
            return Box(" ".join(f"‹{n}›" for n in names.values()))
    if drawn is None:
        short = pattern if len(pattern) <= 40 else pattern[:37] + "…"
        return Box(f"/{short}/")
    return drawn


# ------------------------------------------------------------------ layout

#: Pixels per character of a label (railroad-diagrams' default) and around a box.
_CHAR, _PAD = 8.5, 24
#: The child lists drawn top to bottom (a folded sequence, a choice), by their ids.
_VERTICAL: set[tuple[int, ...]] = set()


def width(element: pp.ParserElement) -> float:
    """About how wide ``element`` is drawn, in pixels."""
    if element.customName:
        drawn = len(element.customName) * _CHAR + _PAD  # a box naming its own diagram
    elif isinstance(element, Box):
        drawn = len(element.label) * _CHAR + _PAD
    elif isinstance(element, pp.And):
        parts = [width(e) for e in element.exprs]
        stacked = tuple(map(id, element.exprs)) in _VERTICAL
        drawn = max(parts) + 2 * _PAD if stacked else sum(parts) + 10 * len(parts)
    elif isinstance(element, pp.ParseExpression):
        drawn = max(width(e) for e in element.exprs) + 2 * _PAD
    elif isinstance(element, pp.ParseElementEnhance) and element.expr is not None:
        drawn = width(element.expr) + (_PAD if isinstance(element, pp.Located) else 2 * _PAD)
    else:
        drawn = len(element.defaultName) * _CHAR + _PAD
    if element.resultsName:
        drawn = max(drawn, len(element.resultsName) * _CHAR) + _PAD
    return drawn


def fold(parts: list[pp.ParserElement]) -> pp.ParserElement:
    """A sequence, on one row when it fits in ROW_WIDTH, else on several rows."""
    if len(parts) == 1:
        return parts[0]
    if sum(width(p) + 10 for p in parts) <= ROW_WIDTH:
        return pp.And(parts)
    rows: list[list[pp.ParserElement]] = [[]]
    used = 0.0
    for part in parts:
        size = width(part) + 10
        if rows[-1] and used + size > ROW_WIDTH:
            rows.append([])
            used = 0.0
        rows[-1].append(part)
        used += size
    lines = [row[0] if len(row) == 1 else pp.And(row) for row in rows]
    if len(lines) == 1:
        return lines[0]
    return choices(pp.And, lines)


def choices(kind: type[pp.ParseExpression], parts: list[pp.ParserElement]) -> Any:
    """``kind(parts)`` drawn top to bottom (alternatives, or rows of a sequence)."""
    _VERTICAL.add(tuple(map(id, parts)))
    return kind(parts)


def _vertical(specification: int, exprs: Any) -> bool:
    """pyparsing's layout rule replaced: vertical as decided above."""
    return tuple(map(id, exprs)) in _VERTICAL


class _Choice(railroad.Choice):
    """railroad-diagrams' Choice (and Optional, which is a Choice) with the room below
    it computed in full.  railroad-diagrams 3.0.1 leaves out the height of a last
    alternative drawn below the default one, and takes the default's height off when
    the default is the last, so an alternative that spans several rows was cut off or
    overlapped what follows.  The room is computed here from the items alone, so the
    result is right whether or not railroad-diagrams fixes this."""

    def __init__(self, default: int, *items: Any) -> None:
        super().__init__(default, *items)
        parts = self.items
        down = parts[-1].height + parts[-1].down - parts[default].height
        for i in range(default + 1, len(parts)):
            arcs = railroad.AR * 2 if i == default + 1 else railroad.AR
            gap = parts[i].up + railroad.VS + parts[i - 1].down + parts[i - 1].height
            down += max(arcs, gap)
        self.down = down


def _streamlined(element: pp.ParserElement, seen: set[int]) -> None:
    """Mark a drawing's elements as streamlined: pyparsing would merge the rows."""
    if id(element) in seen:
        return
    seen.add(id(element))
    element.streamlined = True
    for child in element.recurse():
        _streamlined(child, seen)


# ------------------------------------------------------------------ element trees


def readable(element: pp.ParserElement, memo: dict[int, Any] | None = None) -> Any:
    """A copy of ``element``'s tree for drawing: regex leaves spelt out, the end of
    the block left out (every block grammar reads its whole block)."""
    memo = {} if memo is None else memo
    key = id(element)
    if key in memo:
        return memo[key]
    drawn: Any
    if isinstance(element, pp.StringEnd):
        drawn = None
    elif isinstance(element, pp.Regex):
        drawn = regex_drawing(element.re.pattern, element.re.flags & ~re.UNICODE)
    elif isinstance(element, pp.ParseExpression):
        parts = [p for p in (readable(e, memo) for e in element.exprs) if p is not None]
        if not parts:
            drawn = None
        elif isinstance(element, pp.And):
            drawn = fold(parts)
            if drawn is parts[0]:  # one part: keep the names apart
                drawn = pp.And(parts)
        else:
            drawn = choices(type(element), parts)
    elif isinstance(element, pp.Suppress) and element.expr is not None:
        drawn = readable(element.expr, memo)  # what is left out of the results is still text
    elif isinstance(element, pp.ParseElementEnhance) and element.expr is not None:
        inner = readable(element.expr, memo)
        if inner is None:
            drawn = None
        else:
            drawn = copy.copy(element)
            drawn.expr = inner
            drawn.customName = None
            drawn.resultsName = ""
    else:
        drawn = copy.copy(element)
    if drawn is not None:
        if element.customName:
            drawn.set_name(element.customName)
        if element.resultsName:
            drawn = named(drawn, element.resultsName, every=not element.modalResults)
    memo[key] = drawn
    return drawn


def _target(path: str) -> tuple[Any, str]:
    """The object ``module.NAME`` names, and its module's file."""
    module_name, _, name = path.rpartition(".")
    module = importlib.import_module(module_name)
    return getattr(module, name), getattr(module, "__file__", "") or ""


def diagram_html(path: str) -> str:
    """The diagram of the grammar (or regex) at ``path``, as HTML to embed."""
    target, _ = _target(path)
    element = getattr(target, "element", target)  # a block grammar, or an element
    if isinstance(element, (re.Pattern, str)):  # a regex drawn the same way
        element = pp.Regex(element).set_name(path.rpartition(".")[2])
    if not isinstance(element, pp.ParserElement):
        raise TypeError(f"{path} is no pyparsing element, grammar or regex")
    _VERTICAL.clear()
    drawing = readable(element)
    if not drawing.customName:
        drawing = drawing.set_name(path.rpartition(".")[2])
    _streamlined(drawing, set())
    out = io.StringIO()
    # pyparsing decides the layout by counting items (_should_vertical): ours is
    # decided above by width.  Without that hook the diagrams are still right, only
    # laid out by pyparsing's rule.
    should_vertical, choice = getattr(ppd, "_should_vertical", None), railroad.Choice
    ppd._should_vertical, railroad.Choice = _vertical, _Choice
    try:
        drawing.create_diagram(out, show_results_names=True, embed=True)
    finally:
        ppd._should_vertical, railroad.Choice = should_vertical, choice
        _VERTICAL.clear()
    return _tidy(out.getvalue(), prefix=re.sub(r"[^a-z0-9]+", "-", path.lower()))


def _root(title: str) -> str:
    return title.removesuffix(" (root)")


def _tidy(text: str, prefix: str) -> str:
    """The diagrams' page headings as small captions inside the page, and their ids
    (which pyparsing gives by name) made unique to this diagram, so that two
    diagrams on one page may both have a part called ``operating signal``."""
    text = re.sub(r'(\bid="|href="#)([^"]+)"', lambda m: f'{m[1]}{prefix}-{m[2]}"', text)
    text = re.sub(
        r'<h1 class="railroad-heading" id="([^"]*)">(.*?)</h1>',
        lambda m: f'<p class="railroad-heading" id="{m[1]}">{_root(m[2])}</p>',
        text,
    )
    text = re.sub(r"<style>\s*\.railroad-heading \{[^}]*\}\s*</style>", "", text)
    return text.replace('<meta charset="UTF-8"/>', "").strip()


class GrammarDiagram(SphinxDirective):
    """``{grammar-diagram} dotted.path.TO_GRAMMAR`` with an optional ``:caption:``."""

    required_arguments = 1
    option_spec = {  # noqa: RUF012 - docutils' interface
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        path = self.arguments[0]
        try:
            markup = diagram_html(path)
            _, filename = _target(path)
        except Exception as exc:  # a bad path or a drawing failure fails the build
            raise self.error(f"cannot draw {path}: {exc}") from exc
        if filename:
            self.env.note_dependency(filename)
        caption = self.options.get("caption", "")
        head = (
            f'<div class="grammar-diagram-caption">{html.escape(caption)} '
            f"<code>{html.escape(path)}</code></div>"
        )
        raw = nodes.raw(
            "",
            f'<figure class="grammar-diagram">{head}'
            f'<div class="grammar-diagram-body">{markup}</div></figure>',
            format="html",
        )
        return [raw]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("grammar-diagram", GrammarDiagram)
    app.add_css_file("grammar-diagrams.css")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
