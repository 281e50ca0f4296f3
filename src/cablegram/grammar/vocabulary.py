"""Regex alternatives of the closed vocabularies, built from the code tables.

The words a cable's layout is recognised by (classification designators, precedence
digraphs and prosigns, portion-mark levels, precedence words) are data in
``cablegram/data``; the anchors and grammars take them from here, never spell them
out again.  Every function returns a regex fragment without groups.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from cablegram import tables


def alternation(words: Iterable[str], *, spaces: str = " ") -> str:
    """``(?:...)`` of ``words``, longest first (so that no word is cut short by a
    shorter one it starts with); a blank inside a word matches ``spaces``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", spaces) for w in ordered) + ")"


@functools.cache
def classification_words() -> str:
    """A classification designator written as a word (``UNCLASSIFIED``, ``UNCLAS``,
    ``TOP SECRET``): the table's names and its unspaced banner forms."""
    words = set(tables.classification_banner_names())
    return alternation(w for w in words if not re.search(r"\b\w \w\b", w))


@functools.cache
def precedence_digraphs() -> str:
    """The FL2 precedence digraphs (``ZZ``, ``OO`` ...)."""
    return alternation(tables.precedence_digraphs())


@functools.cache
def prosign() -> str:
    """One FL5 precedence prosign letter (``Z``, ``O``, ``P``, ``R``)."""
    return "[" + "".join(sorted(tables.precedence_prosigns())) + "]"


@functools.cache
def precedence_words() -> str:
    """The precedence words written after an addressee (``NIACT IMMEDIATE`` ...)."""
    return alternation(tables.precedence_words(), spaces=" +")


@functools.cache
def portion_levels(*, lower: bool = False) -> str:
    """The levels that open the State Department's own portion marks (``C``, ``SBU``);
    with ``lower``, the one-letter ones also in small letters (``(c)``)."""
    levels = tables.portion_levels()
    extra = {level.lower() for level in levels if len(level) == 1} if lower else set()
    return alternation(levels | extra)
