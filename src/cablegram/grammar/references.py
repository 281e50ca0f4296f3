"""REF blocks: lettered lists of cables, e-mails, telcons and other documents.

The splitter hands over the squashed text of one REF item (after its bullet);
this grammar finds the cable references in it.  ``BRASILIA 2799 AND 2764`` is two
cables; ``(NOTAL)`` marks an item not sent to all addressees.
"""

from __future__ import annotations

import re

import pyparsing as pp

from cablegram.grammar._common import BLOCK_WHITESPACE, located, top

#: The REF keyword at the start of the block (``REF:``, ``REFS:``, ``REF(S):``, ``REFTEL``).
REF_KEYWORD = re.compile(r"(?i)REF(?:S|TELS?|\(S\)|ERENCES?)?(?![A-Z]) *[:.;-]? *")

#: A bullet before an item: ``A.``, ``A)``, ``(A)``, ``A:``, ``REF A:``.  The splitter
#: accepts a bullet only when its letter is the one expected next, so the ``S.``
#: of ``U.S.`` is never taken for a bullet.
BULLET = re.compile(
    r"(?:(?<=[\s;,.])|^)(?:REF +)?(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])(?:[.):]|(?= +\d)))"
    r"(?= |\d|[A-Z(])"
)

CABLE_REF = pp.Regex(
    r"(?:(?P<year>(?:19|20)\d{2}|\d{2}|\(\d{4}\)) +)?"
    r"(?P<origin>[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}?) +"
    r"(?P<serial>[0-9O]\d{1,7})(?![\d/:.-]\d|[A-Za-z])"
).set_name("cable reference")
AND_SERIAL = pp.Regex(r"(?i)(?:AND|&|,) +(?P<serial>\d{2,8})(?![\d/])").set_name("further serial")
NOTAL = pp.Regex(r"(?i)\(? *NOTAL *\)?").set_name("(NOTAL)")
WORD = pp.Regex(r"\S+")

REF_ITEM = top(
    pp.ZeroOrMore(
        located(NOTAL, "notal*")
        | located(AND_SERIAL, "more*")
        | located(CABLE_REF, "cable*")
        | WORD("word*")
    )
    + pp.StringEnd(),
    "REF item",
    BLOCK_WHITESPACE,
)
