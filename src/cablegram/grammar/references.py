"""REF blocks: lettered lists of cables, e-mails, telcons and other documents.

The builder splits a REF block into items at their bullets, then finds the cable
references in each item.  ``BRASILIA 2799 AND 2764`` is two
cables; ``(NOTAL)`` marks an item not sent to all addressees.
"""

from __future__ import annotations

import re

#: The REF keyword at the start of the block (``REF:``, ``REFS:``, ``REF(S):``, ``REFTEL``).
REF_KEYWORD = re.compile(r"(?i)REF(?:S|TELS?|\(S\)|ERENCES?)?(?![A-Z]) *[:.;-]? *")

#: A bullet before an item: ``A.``, ``A)``, ``(A)``, ``A:``, ``REF A:``.  The splitter
#: accepts a bullet only when its letter is the one expected next, so the ``S.``
#: of ``U.S.`` is never taken for a bullet.
BULLET = re.compile(
    r"(?:(?<=[\s;,.])|^)(?:REF +)?(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])(?:[.):]|(?= +\d)))"
    r"(?= |\d|[A-Z(])"
)

#: The tokens of a REF item, found with ``finditer`` (items are short free text, so
#: they are scanned rather than parsed word by word):
#:
#: - ``notal``: ``(NOTAL)``, the item was not sent to all addressees;
#: - ``more``: a further serial of the same origin, ``BRASILIA 2799 AND 2764``;
#: - ``cable``: ``[year] origin serial``, e.g. ``07 STATE 165486``, ``2006 CAIRO 2010``.
#:   The origin is up to four words; the builder keeps the longest known station at
#:   its end ("IN RESPONSE TO STATE 123" cites STATE 123).
REF_TOKEN_RE = re.compile(
    r"(?P<notal>(?i:\( *NOTAL *\)|\bNOTAL\b))"
    r"|(?P<more>(?i:(?<![A-Za-z])AND\b|&|,) +(?P<more_serial>\d{2,8})(?![\d/])"
    # ... but not the year of the next reference: "STATE 123, 2008 BRASILIA 1652"
    r"(?!\s+[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}\s+\d))"
    r"|(?P<cable>(?<![\w/.-])(?:(?P<year>(?:19|20)\d{2}|\d{2}|\(\d{4}\))\s+)?"
    r"(?P<origin>[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}?)\s+"
    r"(?P<serial>[0-9O]\d{1,7})(?![\d/:.-]\d|[A-Za-z]))"
)

#: A numbered paragraph glued to the end of a REF block by lost newlines
#: (``REF: 09 State 124006   1.  In response to reftel, ...``).  A marking ``(C)``
#: or ``(S)`` is a paragraph only when it is not the REF list's next bullet.
GLUED_PARAGRAPH = re.compile(
    r"(?<!PARA)(?<!PARAS)(?<!PARAGRAPH)\s+(?=1\.(?: {1,3}|\s*\()\S)"
    # ... or the body's first portion marking: "REF: STATE 57598 (SBU) On June 10, ..."
    r"|\s+(?=\((?P<level>SBU|U|C|S|TS)(?:/[A-Z ]+)?\) +\S)"
)
