"""What the text-header fields share."""

from __future__ import annotations

from cablegram.grammar import body as gb
from cablegram.grammar import layout as gl


def opens_paragraph(text: str) -> bool:
    """Whether a line opens a paragraph, numbered (``1. (C) ...``) or marked (``(C) ...``)."""
    return bool(gb.PARAGRAPH_START.match(text) or gb.MARKED_START.match(text))


def runs_on(text: str, previous_blank: bool) -> bool:
    """Whether a line may continue a field that runs to a blank line: no paragraph
    and no rule (``-----``) starts there."""
    return not previous_blank and not opens_paragraph(text) and not gl.RULE_LINE.match(text)
