"""Which text of a cable no part of the parse accounts for.

Every non-blank character of the input should fall inside the span of some field,
body part, wrapper block, page marker or unparsed block.  Field keywords sit
outside the narrower spans of some fields (``TAGS:`` before the tags, REF
bullets, the paragraph number of a numbered Classified By line), so the words in
:data:`KEYWORDS` are not counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from cablegram._text import make_view
from cablegram.model import Cable
from cablegram.span import Span

#: Words that may stand outside every span: field keywords, bullets, separators.
KEYWORDS = re.compile(
    r"(?i)^(?:(?:TAGS?|TAGES|TABS|TAS|TGS|AGS)[:;.]?|REFS?[:;.]?|REF\(S\)[:;.]?|REFTELS?[:;.]?|REFERENCES?[:;.]?"
    r"|\(?[A-Z][.):]?|\([A-Z]\)|\[[A-Z]\]"
    r"|AND|FM|TO|INFO|XMT|CC|\d{1,2}\.|[,;:.&/()-]+)$"
)


def _spans(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _spans(item)
    elif attrs.has(type(value)):
        parts = attrs.astuple(value, recurse=False)  # type: ignore[arg-type]
        spans = [v for v in parts if isinstance(v, Span)]
        if spans:
            yield from spans  # an object's spans (span, item_span) cover its parts
        else:
            for item in parts:
                yield from _spans(item)


def uncovered(cable: Cable) -> list[Span]:
    """Spans of the non-blank runs of ``cable.raw`` that no part of the parse covers
    (field keywords and bullets excepted)."""
    view = make_view(cable.raw)
    covered = bytearray(len(view))
    for field in attrs.fields(Cable):
        if field.name in ("raw", "metadata", "diagnostics"):
            continue
        for span in _spans(getattr(cable, field.name)):
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    out = []
    start = None
    for k, char in enumerate(view + " "):
        if k < len(view) and not covered[k] and not char.isspace():
            if start is None:
                start = k
            continue
        if start is not None:
            if not KEYWORDS.match(view[start:k]):
                out.append(Span(start, k))
            start = None
    return out
