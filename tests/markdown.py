"""The fenced code blocks of a Markdown (MyST) file, for the tests that run the
examples of the README (``tests/test_readme.py``) and of the docs pages
(``tests/test_docs.py``)."""

from __future__ import annotations

import re
from typing import NamedTuple

#: A fence: up to three blanks, three backticks or tildes or more, the info string.
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


class Fenced(NamedTuple):
    """A fenced block: its info string (stripped: ``python``, ``{code-block} python``),
    the line (from 1) of its first body line, its body lines, the index (from 0) of
    its opening fence and of the line after its closing one, and whether it closes."""

    info: str
    line: int
    body: list[str]
    opener: int
    after: int
    closed: bool


def fenced(lines: list[str]) -> list[Fenced]:
    """The fenced blocks of ``lines``, in order; a block closes at a fence of the
    same character, at least as long, with no info string (else at the end)."""
    found: list[Fenced] = []
    i = 0
    while i < len(lines):
        opener = FENCE.match(lines[i])
        if opener is None:
            i += 1
            continue
        fence, start, body, closed = opener["fence"], i, [], False
        i += 1
        while i < len(lines):
            closer = FENCE.match(lines[i])
            if (
                closer
                and closer["fence"][0] == fence[0]
                and len(closer["fence"]) >= len(fence)
                and not closer["info"].strip()
            ):
                closed = True
                break
            body.append(lines[i])
            i += 1
        i += 1
        found.append(Fenced(opener["info"].strip(), start + 2, body, start, i, closed))
    return found
