"""Line anchors: how a line says which block of a cable it opens, continues or ends.

The cable core splits a text into blocks by matching these on the normalised view
(:mod:`cablegram._text`), one line at a time, before any block grammar runs.  The
words of closed vocabularies (precedence digraphs and prosigns, classification
designators) come from the code tables through :mod:`cablegram.grammar.vocabulary`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cablegram.grammar import vocabulary as v
from cablegram.grammar._common import Hinted, LazyPatterns

#: This module's patterns, compiled when first used (see :class:`LazyPatterns`).
_lazy = LazyPatterns(globals())

_PROSIGN = v.prosign()
_CLASSIFICATION = v.classification_words()

# ------------------------------------------------------- transmission header

#: FL1, the transmission identifier: ``VZCZCXRO4033``.
VZCZC: re.Pattern[str]
_lazy.add("VZCZC", r" *VZCZC")
#: FL2, the precedence digraph and routing indicators: ``PP RUEHWEB``.
ROUTING: re.Pattern[str]
_lazy.add("ROUTING", rf" *{v.precedence_digraphs()} +[A-Z]")
#: A wrapped FL2 line: routing indicators alone.
ROUTING_MORE: re.Pattern[str]
_lazy.add("ROUTING_MORE", r" *[A-Z][A-Z0-9]{2,9}(?: +[A-Z][A-Z0-9]{2,9})* *$")
#: FL3, the DE line: ``DE RUEHOT #2266/01 3482105``.
DE: re.Pattern[str]
_lazy.add("DE", r" *DE +[A-Z]")
#: FL4, the security line: ``ZNY CCCCC ZZH``.
SECURITY: re.Pattern[str]
_lazy.add("SECURITY", r" *ZN[RY] ")
#: FL5, prosigns and the date-time group: ``O 142105Z DEC 07``.
DTG: re.Pattern[str]
_lazy.add("DTG", rf" *(?:{_PROSIGN} (?:{_PROSIGN} )?)?\d{{6}} ?Z +[A-Za-z]{{3}} +\d{{2}}")
#: A prosign at the start of a line (a DTG line without it is "bare").
PROSIGN_START: re.Pattern[str]
_lazy.add("PROSIGN_START", rf" *{_PROSIGN} ")
#: A line in the DTG's place that looks like one but does not parse.
DTG_DAMAGED: re.Pattern[str]
_lazy.add("DTG_DAMAGED", rf" *(?:{_PROSIGN} (?:{_PROSIGN} )?)?\d{{3,}}[ \dZ]*(?:[A-Z]{{3}}\b|$)")
#: FL6-FL9: ``FM``, ``TO``, ``INFO``, ``XMT`` (``CC`` is read as INFO).
ADDRESS_KEY: re.Pattern[str]
_lazy.add("ADDRESS_KEY", r" *(?P<key>FM|TO|INFO|XMT|CC)(?: +|/(?!/))")
#: Operating lines: ``BT``, ``NNNN``, ``STATE GRNC``.
OPERATING: re.Pattern[str]
_lazy.add("OPERATING", r" *(?:BT|NNNN|[A-Z]+ +GRNC) *$")

# ------------------------------------------------------------ header fields

#: A header field's keyword at the start of a line; the group name is the field.
FIELD_AT_LINE: re.Pattern[str]
_lazy.add(
    "FIELD_AT_LINE",
    r"(?i) *(?:\d{1,2}\. *(?:\(U\) *)?)?(?:"
    r"(?P<eo>E\.? {0,2}O\.? {0,2}\d{4,6}(?!\d))"
    r"|(?P<tags>TAG[SE]?(?![A-Z]) *[:;.]?|(?:TAS|TABS|TGS|TAGES|AGS) *:)"
    r"|(?P<subject>SUBJ(?:ECT)?(?![A-Z]) *[:.;]?|UBJECT *:)"
    # REF without a colon only in capitals: "reftel demarche to ..." at a line start
    # goes on with a sentence (08PARIS137); "Ref A: Reykjavik 107" (06REYKJAVIK120)
    r"|(?P<ref>(?-i:REF(?:S|TELS?|\(S\)|ERENCES?)?)(?![A-Z]|\.\S) *[:.;]?"
    r"|REF(?:S|TELS?|\(S\)|ERENCES?)?(?= *:| +[A-Z] *:))"
    r"|(?P<clby>(?:\(U\) *)?CLASSIFIED +BY(?![A-Z]))"
    r")",
)


#: A header field's keyword glued to the end of another field's line (lost newlines,
#: H-10/H-11); the group name is the field, with a ``2`` for a second way to write it.
_FIELD_GLUED = re.compile(
    # "E.O. 12958" is distinctive enough to be taken even after a letter
    # ("S/CT FOR REAPE.O. 12958: DECL: ...", 02ANKARA8305)
    r"(?P<eo>E\.O\. {0,2}\d{5}(?!\d)|(?<![A-Za-z])EO +\d{5} +(?:DECL|N/A))"
    r"|(?<![A-Za-z])(?:"
    r"(?P<tags>(?i:TAGS|TAS|TABS|TGS|TAGES|AGS) *:)"
    r"|(?P<subject>(?i:SUBJECT) *:)"
    r"|(?P<ref>(?i:REF(?:S|\(S\))?) *:)"
    r"|(?P<clby>(?i:CLASSIFIED +BY)(?![A-Za-z]))"
    r")"
    # after a word whose last letter lost its space: "UK PRIMEREF: A. LONDON 1939",
    # "VISIT TO CAIROClassified By: ..." (08LONDON1991, 07CAIRO3126)
    r"|(?<=[A-Z])(?:(?P<ref2>REFS?:)|(?P<clby2>Classified +By(?![A-Za-z])))"
    # the keyword without colon right after a DECL date: "DECL: 03/20/2019 TAG PTER,
    # PGOV, ..." (09STOCKHOLM194), followed by a code
    r"|(?<=\d )(?P<tags2>TAGS? +(?=[A-Z]{2,4}[ ,]))"
)
FIELD_GLUED = Hinted(
    _FIELD_GLUED,
    words=("TAG", "TAS", "TAB", "TGS", "AGS", "SUBJECT", "REF", "CLASSIFIED"),
    exact=("E.O.", "EO "),
    starts=True,
)


def glued_field(match: re.Match[str]) -> str:
    """The field a :data:`FIELD_GLUED` match starts (its group name without a suffix)."""
    return (match.lastgroup or "").rstrip("2")


#: A Classified By line (which ends the header: wrappers have no such line).
CLASSIFIED_BY_LINE: re.Pattern[str]
_lazy.add("CLASSIFIED_BY_LINE", r"(?i) *(?:\(U\) *)?CLASSIFIED +BY\b")
#: A rule under a heading: ``-----------``.
RULE_LINE: re.Pattern[str]
_lazy.add("RULE_LINE", r"^\s*[-=_*]{3,}\s*$")
#: The mark of a text cut short by the page: ``TA...``, ``Class...``.
TRUNCATED: re.Pattern[str]
_lazy.add("TRUNCATED", r"\.\.\.[ \"]*$", re.MULTILINE)

# ----------------------------------------------------------------- wrappers

#: One-line wrappers: the partial-extract note, ``Cable Text:``, ``null``, a date line.
WRAPPER: re.Pattern[str]
_lazy.add(
    "WRAPPER",
    r"(?i) *(?:This record is a partial extract of the original cable\..*"
    r"|Cable Text: *|null *"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} \w+ \d{4}, \d{1,2}:\d{2})$",
)
#: An embassy mail wrapper's header block: ``From: CBPC, EACTAPP``, ``Sent: ...``.
MAIL_HEADER: re.Pattern[str]
_lazy.add(
    "MAIL_HEADER",
    r"^(?:From|Sent): .*\S"
    # the mail's subject glued before its From line: "TRIPOLI 00000597 R UN 23-JUL-08
    # EUROPEAN OIL COMPANIES ... [7824779]From: " (08TRIPOLI597, 08TRIPOLI686)
    r"|^[A-Z][A-Z ]* \d{8} [A-Z]{1,2} [A-Z]{2} \d{2}-[A-Z]{3}-\d{2} .*\[\d+\]From:",
)
#: The Department's mail wrapper: ``Diana T Fritz  03/21/2007 05:47:09 PM  From  DB/Inbox: ...``.
INBOX_HEADER: re.Pattern[str]
_lazy.add(
    "INBOX_HEADER", r" *\S.*\d{2}/\d{2}/\d{4} +\d{1,2}:\d{2}(?::\d{2})? *[AP]M +From +DB/Inbox:"
)
#: A classification designator alone on its line (above a cable in a mail wrapper).
CLASS_WORD_LINE: re.Pattern[str]
_lazy.add("CLASS_WORD_LINE", rf" *{_CLASSIFICATION}(?: *//? *[A-Z ]+)? *$")
#: What a printout puts before a heading: ``TelegramC O N F I D E N T I A L ...``,
#: ``TelegramRestricted by caption. UNCLASSIFIED   TRIPOLI   00000641``.
HEADING_PREFIX: re.Pattern[str]
_lazy.add("HEADING_PREFIX", r" *(?:Telegram)?(?:Restricted by caption\. *)?")
#: Lines that date a cable without a DTG: ``Cable dated:``, a cables.csv row, a record
#: dump; the group prefix (``cd``, ``csv``, ``rec``) tells which.
WRAPPER_DATE: re.Pattern[str]
_lazy.add(
    "WRAPPER_DATE",
    r"(?m)^ *(?:"
    # "Cable dated:2005-05-23T14:26:00" (partial extracts)
    r"Cable dated: *(?P<cd_date>\d{4}-\d{2}-\d{2})T(?P<cd_time>\d{2}:\d{2})(?::\d{2})?"
    # a cables.csv row: date, reference id, origin, classification ... (tabs are
    # blanked in the view)
    r"|(?:\d{1,7} +)?(?P<csv_date>\d{4}-\d{2}-\d{2}) (?P<csv_time>\d{2}:\d{2})(?::\d{2})? +"
    r"(?P<csv_id>\d{2}[A-Z][A-Z0-9]*\d)(?= )"
    # a record dump: row number, date, reference id, one a line ("11541 / 2003-10-21
    # / 03THEHAGUE2670"), blank lines between them or not
    r"|\d{1,7} *\n(?: *\n)*? *(?P<rec_date>\d{4}-\d{2}-\d{2}) *\n(?: *\n)*? *"
    r"(?P<rec_id>\d{2}[A-Z][A-Z0-9]*\d) *$"
    # the day and time a newspaper's cable page (and the dumps copied from it) gives,
    # the DTG's: "Wednesday, 11 February 2009, 13:03" (DTG 111303Z FEB 09)
    r"|(?P<day_date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}),"
    r" (?P<day_time>[0-9]{1,2}:[0-9]{2})"
    r")",
)
#: A cables.csv row printed raw in a dump, the cable's transmission header starting in
#: its last column: ``215201<TAB>2009-07-06 10:01:00<TAB>09COTONOU278<TAB>Embassy
#: Cotonou<TAB>UNCLASSIFIED<TAB><TAB>VZCZCXRO6872`` (tabs blanked in the view).
CSV_ROW_BEFORE_HEADER: re.Pattern[str]
_lazy.add(
    "CSV_ROW_BEFORE_HEADER",
    r" *(?:\d{1,7} +)?\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})? +\d{2}[A-Z][A-Z0-9-]*\d +"
    r"[^\n]*?(?=VZCZC)",
)
#: What each kind of :data:`WRAPPER_DATE` line is called in messages.
WRAPPER_DATE_KINDS = {
    "cd": "Cable dated line",
    "csv": "cables.csv row",
    "rec": "record dump",
    "day": "date line of a cable page",
}
#: The reference id line of a "key: value" record (``refid: 06LIMA2366``).
RECORD_REFID: re.Pattern[str]
_lazy.add("RECORD_REFID", r"(?m)^ *refid: *(?P<refid>\d{2}[A-Z][A-Z0-9]*\d) *$")

# ----------------------------------------------------------- section copies

#: The first page line of a later section's received copy: ``PAGE 01  ROME  03639  02 OF 03``.
LATER_SECTION_PAGE: re.Pattern[str]
_lazy.add("LATER_SECTION_PAGE", r"PAGE +01 +[A-Z][A-Z .]{0,14}? +\d{5,6} +(?!01 )\d{2} +OF +\d{2}")
#: A classification line at a page foot or above a copy, with the copy's code
#: (``CONFIDENTIAL     PTQ4581``).
COPY_CLASS_LINE: re.Pattern[str]
_lazy.add("COPY_CLASS_LINE", rf" *{_CLASSIFICATION}(?: +[A-Z]{{3}}\d{{3,5}})? *$")
#: A section copy flattened by a lost layout: the ACTION office glued to the page
#: line, the INFO offices on one line (00HARARE5461, 02VATICAN3692).
GLUED_ACTION: re.Pattern[str]
_lazy.add("GLUED_ACTION", r"\d{6}Z +(?:ACTION|ORIGIN) +[A-Z][A-Z0-9]{0,5}-\d{2} *$")
INFO_OFFICES: re.Pattern[str]
_lazy.add("INFO_OFFICES", r" *INFO +[A-Z][A-Z0-9]{0,5}-\d{2}(?: +[A-Z][A-Z0-9]{0,5}-\d{2})+")

if not TYPE_CHECKING:
    __getattr__ = _lazy.get
