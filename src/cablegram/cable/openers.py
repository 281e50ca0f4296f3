"""What opens a numbered or marked paragraph at the start of a line: its number
(``1.``, ``12.(S/NF)``, ``2a.``), its mark first (``(C) 1.``), a number glued to the
text (``3.Haggag``) or without its period before a mark (``7 (C) Minister``), each
taken only where it is the number expected next, or a mark alone (``(C) Text``)."""

from __future__ import annotations

import string

from cablegram.cable.marking import is_marking
from cablegram.grammar import body as g

#: An opener: the paragraph's number, its marking's span, where its text starts.
Opener = tuple[str | None, tuple[int, int] | None, int]


def read_opener(view: str, a: int, b: int, text: str, expected: int) -> Opener | None:
    """The opener of the line ``text`` (``view[a:b]``) when it opens a paragraph;
    ``expected`` is the number the next numbered paragraph should have."""
    first = text.lstrip()[:1]
    if not (first.isdigit() or first == "("):
        return None
    # the body may start inside a line (a paragraph glued to the header's last
    # field): there the anchored patterns read the rest of the line alone
    view, shift = (view, 0) if a == 0 or view[a - 1] == "\n" else (text, a)
    a, b = a - shift, b - shift
    found = g.PARAGRAPH_START.match(view, a, b) or g.MARK_FIRST_START.match(view, a, b)
    if found is None:
        glued = g.GLUED_START.match(view, a, b) or g.NUMBER_MARK_START.match(view, a, b)
        if glued is not None and int(glued["number"]) == expected:
            found = glued
    if found is None:
        found = g.MARKED_START.match(view, a, b)
        # a mark alone opens a paragraph only when it is one: "(CFK) had yet to", an
        # acronym at the start of a line of a sentence, does not (08BUENOSAIRES129)
        if found is None or not is_marking(found["marking"]):
            return None
    groups = found.re.groupindex
    number = found["number"] if "number" in groups else None
    if (
        number is not None
        and not found["marking"]
        and view[found.end("number") : found.end("number") + 1] == ")"
        and int(number.rstrip(string.ascii_letters)) not in (expected, 1)
        and _under_a_line(view, a)
    ):
        # "260) per night" right under "plus 15% (approximately USD", "2) ACS
        # (Spanish)" in a list run over lines: a number and a parenthesis with no mark,
        # on the line after a line of text, opens a paragraph only as the number
        # expected next (or a list's first); after a blank line it may restart
        # numbering (the articles of a press summary after its index, 09TOKYO1441)
        return None
    mark = None
    if found["marking"]:
        mark = (shift + found.start("marking"), shift + found.end("marking"))
    return number, mark, shift + found.end()


def _under_a_line(view: str, a: int) -> bool:
    """Whether the line at ``a`` comes right under a line with text (no blank line
    between): it goes on with that line's block."""
    if a == 0 or view[a - 1] != "\n":
        return False
    start = view.rfind("\n", 0, a - 1) + 1
    return bool(view[start : a - 1].strip())
