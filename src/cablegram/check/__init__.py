"""Self-checks over parsed documents (used by the tests, the fuzz campaign and the
corpus report): :func:`uncovered` gives the text of any document that no part of
its parse accounts for."""

from __future__ import annotations

from cablegram.check.coverage import uncovered as uncovered_cable
from cablegram.check.documents import uncovered_document
from cablegram.model import Cable, NewsDay, NewsItem, Page
from cablegram.span import Span


def uncovered(doc: Cable | Page | NewsItem | NewsDay) -> list[Span]:
    """Spans of non-blank input text no part of the parse of ``doc`` covers (the
    syntax its grammar consumed excepted): ``[]`` when nothing was lost.  A news
    item of a day page is checked through its day (:class:`NewsDay`), whose text
    the items share."""
    if isinstance(doc, Cable):
        return uncovered_cable(doc)
    return uncovered_document(doc)


__all__ = ["uncovered", "uncovered_cable", "uncovered_document"]
