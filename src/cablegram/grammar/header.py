"""Text header: banner, E.O. line, TAGS, SUBJECT, Classified By.

Keywords are case-insensitive (1970s-2005 texts are upper case, later ones mixed);
values are kept as written.  Each grammar receives the text of one field (found
by the splitter) on the normalised view and returns named results.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pyparsing as pp

from cablegram.grammar import vocabulary as v
from cablegram.grammar._common import BLOCK_WHITESPACE, Hinted, LazyPatterns, located, top

#: This module's patterns, compiled when first used (see :class:`LazyPatterns`).
_lazy = LazyPatterns(globals())


def _spaced(word: str) -> str:
    """A regex for ``word`` written plain or with spaces between its letters; the
    first letter may be lost or doubled (``O N F I D E N T I A L``, ``SS E C R E T``)."""
    letters = [ch for ch in word if ch != " "]
    return f"{letters[0]}{{0,2}} {{0,2}}" + " {0,2}".join(letters[1:])


_CLASS_MARK = (
    r"(?P<mark>"
    + "|".join(
        [
            _spaced("TOPSECRET"),
            _spaced("SECRET"),
            _spaced("CONFIDENTIAL"),
            r"U{0,2}NCLAS(?:SIFIED)?(?: +(?:E ?F ?T ?O|SENSITIVE))?",
            _spaced("UNCLASSIFIED"),
            r"LIMITED +OFFICIAL +USE|" + _spaced("LIMITEDOFFICIALUSE"),
        ]
    )
    + r")"
)

# The classification banner.  The section marker tolerates the typos seen in
# real banners (SECTION01, ECTION, SECTIO, GF for OF), and its total may be glued
# to the origin (``SECTION 02 OF 03QRIPOLI 000583``).  A six-character serial may
# carry one letter garbled in transmission (``BISHIEK 00Q021``): the builder checks
# it against the DE line.
_BANNER = (
    _CLASS_MARK + r"(?![A-Z])"
    r"(?: *(?P<section>[SECTINOQ]{4,8} {0,2}(?P<section_n>\d{1,2}) {0,2}[OGQ0]?F"
    r" {0,2}(?P<section_m>\d{1,2}))(?! *\d(?!\d {1,3}[A-Z])) *| +)"
    # the year before the post in some banners of the 1970s: "CONFIDENTIAL 75 TEHRAN 2069"
    r"(?:(?P<year>\d{2}) {1,3}(?=[A-Z]))?"
    r"(?P<origin>[A-Z][A-Z .'&()-]*?[A-Z)]) {1,3}"
    r"(?P<serial>\d{3,8}|(?=[0-9A-Z]{6}(?![0-9A-Z]))\d+[A-Z]\d+)(?!\d)"
    r"(?: *(?P<tosec>(?:TOSEC|SECTO) *\d+))?"
)
BANNER = top(
    pp.Regex(r"(?i)" + _BANNER) + pp.Regex(r".*")("rest"),
    "classification banner",
)
#: The banner inside a line, after a record dump or a csv row glued in front of it
#: (``Cable dated:2002-11-15T12:40:00S E C R E T SECTION 01 OF 05 ANKARA 008305``).
# Every classification mark, its first letter lost or not, its letters spaced or not,
# holds one of these once its blanks are dropped.
BANNER_INSIDE = Hinted(
    re.compile(r"(?i)(?<![A-Z])" + _BANNER),
    words=("ONFIDENTIAL", "ECRET", "NCLAS", "IMITEDOFFICIAL"),
    squeeze=True,
)

# E.O. line ---------------------------------------------------------------------
DECL_DATE = pp.Regex(
    r"(?P<y1>\d{4})[/.-](?P<m1>\d{1,2})[/.-](?P<d1>\d{1,2})(?!\d)"
    r"|(?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})[/.-](?P<y2>\d{4}|\d{2})(?!\d)"
).set_name("declassification date")
DECL_CODE = pp.Regex(
    r"(?i)(?:25X\d(?:-HUMAN)?|\(X\d\)|X\d|OADR|MR|XGDS(?:-\d)?|GDS|RDS(?:-\d)?|XDS(?:-\d)?"
    r"|1\.[4-6](?: ?\(?[A-HX]\d?\)?)*)(?![A-Z0-9])"
).set_name("declassification code")
NOT_APPLICABLE = pp.Regex(r"(?i)N ?/? ?A(?![A-Z0-9])").set_name("N/A")
DECL_WORD = pp.Regex(r"(?i)(?:DECL(?:ASSIFY)?(?: +ON)?|DNG(?: +CO)?)(?![A-Z]) *[:.]?").set_name(
    "DECL"
)
_DECL_ITEM = (
    located(DECL_DATE, "date*")
    | located(NOT_APPLICABLE, "na*")
    | located(DECL_CODE, "code*")
    | DECL_WORD("word*")
    | pp.Regex(r"[^\s]+")("text*")
)
EO_LINE = top(
    pp.Regex(
        r"(?i)E\.? {0,2}O\.? {0,2}(?P<order>\d{4,6})"
        r"(?P<amended> *[:;,.]? *AS +AMENDED)? *[:;.,]? *"
    )
    + pp.ZeroOrMore(_DECL_ITEM)
    + pp.StringEnd(),
    "E.O. line",
    BLOCK_WHITESPACE,
)

# TAGS --------------------------------------------------------------------------
#: One TAGS token: a person tag in parentheses, a separator, or a code.
TAG_TOKEN_RE: re.Pattern[str]
_lazy.add("TAG_TOKEN_RE", r"(?P<person>\([^()\n]*\))|(?P<sep>[,;])|(?P<token>[^\s,;()]+)")
TAGS_LINE = top(
    # the keyword may be missing: a bare comma list of codes under the E.O. line,
    # which the splitter takes for TAGS only when the codes are known (H-17)
    pp.Opt(pp.Regex(r"(?i)TAG[SE]?(?![A-Z]) *[:;.]?|(?:TAS|TABS|TGS|TAGES|AGS) *:"))
    # the list as a whole; the builder splits it with TAG_TOKEN_RE
    + located(
        pp.Regex(r"(?:\([^()\n]*\)|[,;]|[^\s,;()]+)(?:\s*(?:\([^()\n]*\)|[,;]|[^\s,;()]+))*"),
        "tokens",
    )[0, 1],
    "TAGS line",
    BLOCK_WHITESPACE,
)

# SUBJECT -----------------------------------------------------------------------
MARKING_IN_PARENS = (
    r"\((?:[A-Z]{1,3}|SBU|TS)(?: ?[/-]{1,2} ?[A-Z]+(?: [A-Z]+)?)*\)|\(CORRECTED COPY\)"
    # lower-case markings only with a known level letter: "(s)", "(c/nf)", not "(Un)"
    r"|(?i:\((?:u|c|s|ts|sbu)(?: ?[/-]{1,2} ?[a-z]+)*\))"
)
SUBJECT_LINE = top(
    pp.Regex(r"(?i)SUBJ(?:ECT)?(?![A-Z]) *[:.;]?|UBJECT *:")
    + pp.Opt(located(pp.Regex(MARKING_IN_PARENS), "marking"))
    + pp.Regex(r"(?s).*")("text"),
    "SUBJECT line",
    BLOCK_WHITESPACE,
)
#: What may continue a subject after a blank line: ``SUBJECT:`` alone on its line ...
SUBJECT_ONLY: re.Pattern[str]
_lazy.add("SUBJECT_ONLY", r"(?i)^\s*SUBJ(?:ECT)?\s*[:.;]?\s*$")
#: ... a line that ends in a word that cannot end the subject: an article, a
#: conjunction or a preposition that needs its object ...
SUBJECT_GOES_ON: re.Pattern[str]
_lazy.add(
    "SUBJECT_GOES_ON",
    r"(?i)(?<![A-Z])(?:A|AN|THE|AND|OR|OF|TO|FOR|WITH|FROM|INTO|BETWEEN|AGAINST|AMONG"
    r"|TOWARDS?|VIA|VS\.?|VERSUS)\s*$",
)
#: ... or a next line that starts with a word that cannot start a line of its own.
SUBJECT_GOES_ON_WITH: re.Pattern[str]
_lazy.add("SUBJECT_GOES_ON_WITH", r" *(?:AND|OR) +[A-Z\"]")
#: The SUBJECT keyword, to judge the subject's own text.
SUBJECT_KEYWORD: re.Pattern[str]
_lazy.add("SUBJECT_KEYWORD", r"(?i)^\s*(?:SUBJ(?:ECT)?|UBJECT)\s*[:.;]?")
#: The subject line of an embassy mail wrapper (``Subject: TRIPOLI 00000063 P CO
#: 28-JAN-09 RISKY BUSINESS? ... [8466936]``, format reference section 6).
MAIL_SUBJECT: re.Pattern[str]
_lazy.add(
    "MAIL_SUBJECT",
    r"(?m)^Subject: +[A-Z][A-Z .]* \d{8} [A-Z]{1,2} [A-Z]{2} \d{2}-[A-Z]{3}-\d{2} +(?:"
    # up to the message number, over the lines it is wrapped on ...
    r"(?P<text>(?:[^\[\n]|\n(?![A-Z][a-z]+:|\s*\n))+?) *\[\d+\]"
    # ... or the rest of the line
    r"|(?P<line>.+?) *$)",
)

# Captions -------------------------------------------------------------------------
#: ``CORRECTED COPY (ADDED ...)``, ``2ND C O R R E C T E D  C O P Y`` with its note on
#: the next line (09STATE99783).
CORRECTED_COPY: re.Pattern[str]
_lazy.add(
    "CORRECTED_COPY",
    r"(?is)^[ -]*(?:\d+(?:ST|ND|RD|TH) +)?C ?O ?R ?R ?E ?C ?T ?E ?D +C ?O ?P ?Y\b(?P<note>.*)$",
)
#: The SBU caption glued after a subject or a REF list, with its note or cut after
#: "but" (a fragment's end); what may follow it is the body.
GLUED_SBU: re.Pattern[str]
_lazy.add(
    "GLUED_SBU",
    r"(?i)(?<=\S) +(?P<caption>(?:THIS +(?:CABLE|MESSAGE|TELEGRAM) +IS +)?"
    r"SENSITIVE +BUT(?: +UNCLASSIFIED\b(?: *\(SBU\))?"
    r"(?:[ .,;:-]*(?P<note>PLEASE +(?:TREAT|PROTECT|HANDLE) +ACCORDINGLY\b"
    r"(?:[ .,;:-]*NOT +FOR +INTERNET +DISTRIBUTION\b)?))?\.?"
    r"|(?=\s*$)))",
)
#: The body's start after a glued SBU caption: a portion mark or a summary.
BODY_AFTER_CAPTION: re.Pattern[str]
_lazy.add(
    "BODY_AFTER_CAPTION",
    rf" *(?:\d{{1,3}}[.)] *)?\({v.portion_levels()}[A-Za-z /,-]{{0,40}}\)|(?i: *SUMMARY\b)",
)

if not TYPE_CHECKING:
    __getattr__ = _lazy.get
