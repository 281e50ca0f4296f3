"""REF blocks: lettered lists of cables, e-mails, telcons, reports and other documents.

The builder splits a REF block into items at their bullets, then finds the cable
references in each item.  ``BRASILIA 2799 AND 2764`` is two cables; ``(NOTAL)`` marks
an item not sent to all addressees; an item that cites no cable is an e-mail, telcon,
report, book or other document by the words in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cablegram.grammar import vocabulary as v
from cablegram.grammar._common import LazyPatterns

#: This module's patterns, compiled when first used (see :class:`LazyPatterns`).
_lazy = LazyPatterns(globals())

#: The REF keyword at the start of the block (``REF:``, ``REFS:``, ``REF(S):``, ``REFTEL``).
REF_KEYWORD: re.Pattern[str]
_lazy.add("REF_KEYWORD", r"(?i)REF(?:S|TELS?|\(S\)|ERENCES?)?(?![A-Z]) *[:.;-]? *")

#: A line that goes on with the list after a blank line: a serial cut from its post
#: or the next cited cable.
REF_GOES_ON: re.Pattern[str]
_lazy.add("REF_GOES_ON", r" *(?:\d{2,8}\b|[A-Z][A-Z .]{1,20} +\d{2,7}\b)")
#: A line that opens with a bullet: ``A. STATE 123``, ``(B) ...``, ``- C) ...``.
REF_BULLET_LINE: re.Pattern[str]
_lazy.add("REF_BULLET_LINE", r" *(?:- +)?(?:\([A-Z]\)|[A-Z][.):]) *\S")
#: A block that ends in a bullet without its item goes on past a blank line ("... C)
#: Taipei 03856 D) \n \nTaipei 03196 E) ...", 05TAIPEI4305).
REF_DANGLING_BULLET: re.Pattern[str]
_lazy.add("REF_DANGLING_BULLET", r"(?:^|\s)(?:\([A-Z]\)|[A-Z][.)])\s*$")

#: A bullet before an item: ``A.``, ``A)``, ``(A)``, ``[A]``, ``A:``, ``A -``, ``REF A:``,
#: ``Ref A)``.  The splitter accepts a bullet only when its letter is the one expected
#: next, so the ``S.`` of ``U.S.`` is never taken for a bullet.  A bullet may be glued
#: to the serial before it (``STATE 021770B. STATE 039585C. STATE 052030``, 08STATE99666).
BULLET: re.Pattern[str]
_lazy.add(
    "BULLET",
    r"(?:(?:(?<=[\s;,.])|^)(?:(?i:REF) +)?"
    r"(?:\((?P<p>[A-Za-z])\)|\[(?P<b>[A-Za-z])\]"
    r"|(?P<l>[A-Za-z])(?:[.):]| +-(?= ))"
    # a bare letter before a number ("REF A 09 CAIRO 074"), but not one that ends a
    # post's name ("PORT A 76", 10PORTAUPRINCE112)
    r"|(?:(?<=[Rr][Ee][Ff] )|(?<![A-Za-z] ))(?P<n>[A-Za-z])(?= +\d))"
    r"|(?<=\d)(?P<g>[A-Z])\.(?= [A-Z]))"
    r"(?= |\d|[A-Z(])",
)

# One word of a post's name.  A digit 0 typed for the letter O is part of the word
# (``0TTAWA``, ``COTON0U``, ``SANTIAG0``), but not one before a digit, which starts the
# serial (``09CAIRO0561``); a final period abbreviates (``ST. PETERSBURG``).
_WORD = r"0*[A-Za-z](?:[A-Za-z'-]|0(?!\d))*\.?"
# A serial: digits, the first one perhaps a letter O (``LAGOS O1512``).  The digits are
# taken possessively, so that a serial followed by something it cannot be followed by
# is rejected rather than cut short (``QUITO 4525-91`` is never ``QUITO 452``).
_SERIAL = r"(?:\d|O(?=\d))\d*(?!\d)"  # all the digits: \d*+ before Python 3.11
# What may not follow a serial (once a year after it is taken): a letter or digit, or
# a separator and a digit, except a further serial after ``/`` (``KABUL 936/935``).
_SERIAL_END = r"(?![A-Za-z\d]|[:.-]\d|/\d{1,2}(?!\d))"
# A year after the serial: ``QUITO 4525-91``, ``PANAMA 00789/08``, ``ASUNCION 701 (08)``,
# ``COLOMBO 02259 (2002)``.
_AFTER_YEAR = (
    r"[-/](?P<{0}_a>\d{{2}})(?![\d/])|\s*\((?P<{0}_b>\d{{2}}|\d{{4}})\)"
    # ... unless it is the year before the next cable: "BRASILIA 709 (08) SAO PAULO 542"
    rf"(?!\s*{_WORD}(?:\s+{_WORD}){{{{0,3}}}}\s*\d)"
)

#: The tokens of a REF item, searched for one after another (items are short free
#: text, so they are scanned rather than parsed word by word; the builder searches
#: again from the next word when it rejects a token):
#:
#: - ``notal``: ``(NOTAL)``, the item was not sent to all addressees;
#: - ``more``: a further serial of the same origin, ``BRASILIA 2799 AND 2764``,
#:   ``KABUL 936/935``, with its own year after it (``AND 02259 (2002)``);
#: - ``cable``: ``[year] origin serial [year]``: ``07 STATE 165486``, ``2006 CAIRO 2010``,
#:   ``(99) ROME 2196``, glued ``09CAIRO0561``, ``2005PANAMA2342``, ``HK05511``,
#:   hyphenated ``10-OTTAWA-57``, with ``:``, ``#``, ``(01)``, a marking ``(C)`` or the
#:   word ``CABLES`` between origin and serial, and the year after the serial
#:   (``QUITO 4525-91``, ``ASUNCION 701 (08)``, ``AMMAN 07718 99,``).  The origin is
#:   up to four words; the builder keeps the longest known station at its end ("IN
#:   RESPONSE TO STATE 123" cites STATE 123);
#: - ``rev``: serial before the post, ``377 KATHMANDU``, ``870 Ulaanbaatar``, only as a
#:   whole entry (followed by ``,``, ``;`` or the item's end).
REF_TOKEN_RE: re.Pattern[str]
_lazy.add(
    "REF_TOKEN_RE",
    r"(?P<notal>(?i:\( *NOTAL *\)|\bNOTAL\b))"
    r"|(?P<more>(?:(?i:(?<![A-Za-z])AND\b|&|,)\s*|/(?=\d{3}))"
    rf"(?P<more_serial>{_SERIAL})(?:{_AFTER_YEAR.format('more_year')})?{_SERIAL_END}"
    # ... but not the year of the next reference: "STATE 123, 2008 BRASILIA 1652"
    r"(?!\s+[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}\s+\d))"
    r"|(?P<cable>(?<![\w/.-])"
    r"(?:(?P<year>(?:19|20)\d{2}|[\dO]\d|\(\d{2}\)|\(\d{4}\))(?:\s+|-|(?=[A-Za-z])))?"
    rf"(?P<origin>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
    r"(?:\s+\((?P<mid_year>\d{2}|\d{4})\)\s*|\s+\(" + v.portion_levels() + r"\)\s*"
    r"|\s+(?i:CABLES?|TELEGRAMS?|NO\.)\s+|\s*[:#,]\s*|\s+|-|(?=\d\d))"
    rf"(?P<serial>{_SERIAL})"
    rf"(?:{_AFTER_YEAR.format('after_year')}|\s+(?P<after_year_c>\d{{2}})(?=\s*(?:[,;]|\Z)))?"
    rf"{_SERIAL_END})"
    rf"|(?P<rev>(?<![\w/.-])(?P<rev_serial>\d{{3,7}})\s+"
    rf"(?P<rev_origin>{_WORD}(?: {_WORD}){{0,2}})(?=\s*(?:[,;]|\Z)))",
)

#: What a document that is no cable is, by the words naming it; the earliest match
#: wins.  ``email``, ``telcon`` (not the ``TEL`` of ``TEL AVIV``); ``report``: a report
#: or intelligence report (``2004 HUMAN RIGHTS REPORT FOR PANAMA``, ``CAIRO IIR 6 899
#: 0149 10``, ``TD-314/21795-05``, ``INCSR BRAZIL 2008``); ``book``: a volume of the
#: Foreign Affairs Manual or Handbook (``9 FAM 42.1``).
REFERENCE_KIND_RE: re.Pattern[str]
_lazy.add(
    "REFERENCE_KIND_RE",
    r"(?P<email>(?i:\bE-?MAILS?\b|\bE-?MAILED\b))"
    r"|(?P<telcon>(?i:\bTELE?CONS?\b|\bTELEPHONE\b|\bPHONE +CALLS?\b|\bTEL\b(?!\s*AVIV)))"
    r"|(?P<report>(?i:\bREPORTS?\b|\bIIRS?\b|\bINCSR\b|\bTDX?-\d))"
    r"|(?P<book>\b\d+ +(?:FAM|FAH)\b)",
)

#: A numbered paragraph glued to the end of a REF block by lost newlines
#: (``REF: 09 State 124006   1.  In response to reftel, ...``).  A marking ``(C)``
#: or ``(S)`` is a paragraph only when it is not the REF list's next bullet, nor the
#: start of an item after a bullet (``I. (S/NF) TD-314/21795-05``); an office symbol
#: is no marking (``INGALLS (S/CT) E-MAIL``).
GLUED_PARAGRAPH: re.Pattern[str]
_lazy.add(
    "GLUED_PARAGRAPH",
    r"(?<!\s)(?<!PARA)(?<!PARAS)(?<!PARAGRAPH)\s+(?=1\.(?: {1,3}|\s*\()\S)"
    # ... or a sentence in mixed case after an item's date: "B) GODFREY-LAWSON E-MAIL
    # 11/21/2007 Per reftel, Post requests ..." (07TRIPOLI993)
    r"|(?:(?<=\d/\d\d)|(?<=\d/\d{4})) +(?=[A-Z][a-z]+,? +[a-z]+\b)"
    # ... or the body's first portion marking: "REF: STATE 57598 (SBU) On June 10, ..."
    r"|(?<!\s)(?<![\s(][A-Za-z][.):])\s+"
    r"(?=\((?P<level>"
    + v.portion_levels()
    + r")(?:/ ?(?:NF|NOFORN|REL|FGI|FOUO|ORCON|OC)\b[A-Z ,]*)?\) +\S)",
)

if not TYPE_CHECKING:
    __getattr__ = _lazy.get
