"""A same-length normalised view of a document.

Cables arrive as plain text, as WikiLeaks-derived text (``¶`` before paragraph
numbers), as a markdown conversion (``[1](#)`` link artefacts, ``[PREL](#)`` tags),
with CRLF, tabs, non-breaking spaces and a backslash before line ends (the
``cables.csv`` escape of a newline, left in many texts: the line break stays).
Instead of rewriting the text (and losing positions), :func:`make_view` returns a
string of **exactly the same length** in which those artefacts are blanked out.
Every rule runs on the view; every span indexes both the view and the original.
"""

from __future__ import annotations

import re

# A markdown link whose target is "#" (the HTML-to-markdown conversion of anchors).
# A number in brackets directly before a paragraph number or a REF letter is the
# paragraph anchor itself: blank it all.  Other link texts (TAGS) keep their text.
_ANCHOR_LINK = re.compile(r"\[(\d{1,3})\]\(#\)(?=\s*(?:\d|[A-Za-z][.)]|\([A-Za-z]\)))")
_TEXT_LINK = re.compile(r"\[([^\]\n]{1,80})\]\(#\)")
#: The cables.csv escape of a line end: a backslash before it, or standing alone between
#: blanks where the line end itself was lost (a newline-collapsed csv text).
_CONTINUATION = re.compile(r"\\(?=[ \t\r]*\n)|(?<= )\\(?= )")
_BLANKED = ("\r", "\t", "\xa0", "¶", "\f", "\v", "\u2028", "\u2029", "\x85", "\ufeff")


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _keep_link_text(match: re.Match[str]) -> str:
    inner = match.group(1)
    return " " + inner + " " * (match.end() - match.start() - len(inner) - 1)


def make_view(text: str) -> str:
    """Return the normalised view of ``text`` (same length, same line offsets where kept)."""
    view = text
    for char in _BLANKED:
        if char in view:
            view = view.replace(char, " ")
    if "](#)" in view:
        view = _ANCHOR_LINK.sub(_blank, view)
        view = _TEXT_LINK.sub(_keep_link_text, view)
    if "\\" in view:
        view = _CONTINUATION.sub(" ", view)
    return view


def squash(text: str) -> str:
    """Collapse runs of white space (newlines included) into one space and strip."""
    return " ".join(text.split())


#: A word broken at its hyphen at a line end ("an inter-" / "agency group").
_BROKEN_AT_LINE_END = re.compile(r"(?<=[A-Za-z])- *\n[ \t]*(?=[A-Za-z])")


def squash_lines(text: str) -> str:
    """:func:`squash`, but a word broken at its hyphen at a line end is joined, the
    hyphen kept (``inter-`` / ``agency`` -> ``inter-agency``)."""
    if "-" in text:
        text = _BROKEN_AT_LINE_END.sub("-", text)
    return squash(text)
