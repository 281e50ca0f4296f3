"""Anchors of a newline-collapsed text: where a text that lost its line breaks had them.

A dataset that dropped every line break of a cable leaves its fields run together:
``ANKARA 001730SIPDISE.O. 12958: DECL: 03/19/2015TAGS: PREL PGOV PINS MARR
TUSUBJECT: TURKEY ADRIFTREF: A. ANKARA 1074¶B. ANKARA 1231``.  Lines that ended
in a space (the Cablegate texts end most lines with one, and their blank lines
hold one) left a space, or two for a blank line: ``SIPDIS  E.O. 12958: DECL:
12/07/2015 TAGS: ...``.  These patterns find the words that open a line of a
cable wherever they stand, glued to the word before them or not; the cable core
(:mod:`cablegram.cable.collapsed`) decides which of them opened a line.  The
closed vocabularies (classification designators, captions, portion-mark levels)
come from the code tables.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from cablegram import tables
from cablegram.grammar import vocabulary as v
from cablegram.grammar._common import LazyPatterns

#: This module's patterns, compiled when first used (see :class:`LazyPatterns`).
_lazy = LazyPatterns(globals())

# ------------------------------------------------------------------ detection

#: A line that is not empty, ended by LF, CRLF or a bare CR; and a line break.
LINE, LINE_BREAK = re.compile(r"[^\r\n]+"), re.compile(r"\r\n?|\n")

#: What opens a line of a cable and is rare inside one: the ``¶`` of a paragraph or
#: REF bullet, the text header's keywords, a numbered paragraph with its marking.
LANDMARK: re.Pattern[str]
_lazy.add(
    "LANDMARK",
    r"¶ ?[0-9A-Z]"
    r"|TAGS? ?:|SUBJ(?:ECT)? ?:|E\. ?O\. ?1[0-9]{4}|(?i:classified +by)"
    rf"|(?<![0-9.])[0-9]{{1,2}}\. ?\({v.portion_levels()}(?:/[A-Z]+)*\)",
)

# --------------------------------------------------------------- header zone

#: The day and time a dump writes before the cable: ``Wednesday, 11 February 2009, 13:03``.
WRAPPER_DATE: re.Pattern[str]
_lazy.add(
    "WRAPPER_DATE",
    r" *(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [0-9]{1,2} [A-Z][a-z]+ [0-9]{4},"
    r" [0-9]{1,2}:[0-9]{2}",
)

#: The text header's keywords as a collapsed text writes them, one group per field.
#: ``SUBJECT:`` and ``TAGS:`` in capitals with their colon are taken even glued to
#: the last tag or the DECL date (``TUSUBJECT:``, ``03/19/2015TAGS:``).
HEADER_KEYWORD: re.Pattern[str]
_lazy.add(
    "HEADER_KEYWORD",
    r"(?P<eo>E\. ?O\. ?1[0-9]{4}(?![0-9])|(?<![A-Za-z])EO +1[0-9]{4}(?![0-9]))"
    r"|(?P<tags>TAGS? ?:|(?<![A-Za-z])(?:Tags:|TAGS(?= +[A-Z]{2,5}[ ,])))"
    r"|(?P<subject>SUBJ(?:ECT)? ?:|(?<![A-Za-z])Subject:)"
    r"|(?P<ref>(?<![A-Za-z])(?:REF(?:S|TELS?|\(S\))?|Refs?) ?(?:[A-Z] ?)?:"
    r"|(?<=[A-Z])REFS?:|(?<![A-Za-z])REF(?= [A-Z] [A-Z]))"
    r"|(?P<clby>(?<![A-Za-z])(?:\(U\) *)?(?i:class?i?fied +by)(?![A-Za-z])"
    r"|(?<=[A-Z])(?:Classified +By|CLASSIFIED +BY:))",
)

#: The fields in the order they are written.
FIELD_ORDER = ("eo", "tags", "subject", "ref", "clby")


@functools.cache
def caption_word() -> re.Pattern[str]:
    """A caption (``SIPDIS``, ``NOFORN``), glued to its neighbours or not; not one
    that a classification line (``SECRET//NOFORN``, 09STATE119085) or a correction
    note (``C O R R E C T E D  C O P Y  - ADDED NOFORN CAPITION``, 09DOHA733) names."""
    words = [c for c in tables.captions() if c.replace(" ", "").isalpha()]
    return re.compile(
        r"(?<![A-Z]/)(?<![A-Z]//)(?<![A-Z]/ )(?<!ADDED )" + v.alternation(words, spaces=" +")
    )


#: Two or more blanks: in the header of a text whose lines ended in a space, a line
#: that ended before a blank line.
BLANKS: re.Pattern[str]
_lazy.add("BLANKS", r" {2,}")

#: A word written with spaces between its letters, at the end of a text.
SPACED_WORD_END: re.Pattern[str]
_lazy.add("SPACED_WORD_END", r"(?<![A-Za-z])[A-Z](?: [A-Z]){2,}$")

#: One TAGS token, with the separators around it.
TAG_TOKEN: re.Pattern[str]
_lazy.add("TAG_TOKEN", r"[^\s,;]+")
#: A token of a person's name in a TAGS list: ``(ROOD,`` ``JOHN)``, not ``(S)``.
PERSON_TOKEN: re.Pattern[str]
_lazy.add("PERSON_TOKEN", r"\([A-Z'-]+,?|[A-Z.'-]+\)")

#: A REF list goes on after two blanks with a bullet or a cited cable.
REF_GOES_ON: re.Pattern[str]
_lazy.add(
    "REF_GOES_ON",
    r"(?:¶|\(?[A-Z][.)]|\([A-Z]\)|AND\b|(?:[0-9]{2,4} +)?[A-Z][A-Z .]* [0-9]{2,6}(?![0-9]))",
)

#: After two blanks in a Classified By line: its reasons, or words that go on with it.
CLBY_GOES_ON: re.Pattern[str]
_lazy.add("CLBY_GOES_ON", r"(?:[(0-9a-z]|(?i:reasons?|and|for|classified +by)\b|E\.O\.|[A-Z]\b)")

#: Two blanks, then a sentence: the end of a SUBJECT in capitals.
SENTENCE_AFTER_BLANKS: re.Pattern[str]
_lazy.add("SENTENCE_AFTER_BLANKS", r" {2,}(?=[A-Z][a-z]+[ ,:])")

# ------------------------------------------------------------------ body zone

#: A paragraph number with its portion marking: ``1. (C)``, ``1.(S/NF)``, ``12.  (U)``.
MARKED_NUMBER: re.Pattern[str]
_lazy.add(
    "MARKED_NUMBER",
    rf"(?<![0-9¶])(?<![0-9]\.)(?<!¶ )(?P<number>[0-9]{{1,2}})\. ?(?= *\({v.portion_levels()}"
    r"(?:/+[A-Z]+)*(?: [A-Z]+)*\))",
)
#: A paragraph number whose period is lost before its marking, after the end of a
#: sentence or two blanks: ``... think again.”6 (C) COMMENT:`` (09ASHGABAT757).
UNDOTTED_NUMBER: re.Pattern[str]
_lazy.add(
    "UNDOTTED_NUMBER",
    r"(?:(?<=[.!?\"”)] )|(?<=[.!?\"”)])|(?<=  ))(?P<number>[0-9]{1,2}) "
    rf"(?=\({v.portion_levels()}(?:/+[A-Z]+)*(?: [A-Z]+)*\) )",
)
#: A paragraph number without a marking, after the end of a sentence or two blanks:
#: ``... permit.2. The``, ``...  2.  Begin``.
BARE_NUMBER: re.Pattern[str]
_lazy.add(
    "BARE_NUMBER",
    r"(?:(?<=[.!?\"”)] )|(?<=[.!?\"”)])|(?<=  ))(?P<number>[0-9]{1,2})\.(?= +[A-Z(\"“])",
)
#: A numbered item of a list (``1) Terrorist Threats``), after two blanks or, when it
#: goes on with the items before it, after one.
ITEM_NUMBER: re.Pattern[str]
_lazy.add(
    "ITEM_NUMBER", r"(?:(?P<blanks>(?<=  ))|(?<=[.)] ))(?P<number>[0-9]{1,2})\)(?= +[A-Z\"“])"
)
#: The paragraph sign, before a paragraph number or a REF bullet.
PILCROW: re.Pattern[str]
_lazy.add("PILCROW", r"¶")
#: The paragraph sign and a paragraph number: ``¶1.``, ``¶ 12.``.
SIGN_NUMBER: re.Pattern[str]
_lazy.add("SIGN_NUMBER", r"¶ ?(?P<number>[0-9]{1,2})\.")
#: A rule of dashes (equal signs, underscores) under or around a heading: five or
#: more, perhaps in two runs (``--------------------------------------------- -``).
#: Not stars: a line of stars stands with the trailer under the text (``*****
#: ******** Visit Embassy Manama's Classified Website``, 08MANAMA66).
RULE: re.Pattern[str]
_lazy.add("RULE", r"(?P<rule>([-=_])\2{4,}(?: ?\2+)*)")
#: The end of a sentence (not the point of ``1.4``), two blanks, or a parenthesis
#: glued to a capital (``AND (D)SUMMARY -------``, 09BERLIN1106), before a heading
#: that stands over a rule: the heading opens with a capital.
HEADING_START: re.Pattern[str]
_lazy.add(
    "HEADING_START", r"(?:(?<![0-9])[.!?:][\"”)]?|  |\)(?=[A-Z]))(?= *[A-Z\"“'][^.!?:]{1,79}$)"
)
#: The trailer a post puts under its cables: ``Visit Ankara's Classified Web Site at ...``.
TRAILER: re.Pattern[str]
_lazy.add(
    "TRAILER",
    r"(?:\*{5,}[ *]*)?[\"“]?Visit [A-Z][\w .'’-]{1,40}?['’]s Classified (?:Web ?[Ss]ite|Website)",
)
#: A name that signs a cable: a surname in capitals, with a particle before it or a
#: suffix after it (``TIMKEN JR``, ``VAN VOORST``), or one capitalised word
#: (``Wilson``, ``LeBaron``).
_NAME = (
    r"(?P<name>(?:(?:VAN|VON|DE|DEL|DA|DI|DU|LA|LE|ST\.?) )?[A-Z][A-Z'’-]+"
    r"(?: (?:JR|SR|II|III|IV)\.?)?|[A-Z][a-z]+(?:[A-Z][a-z]+)?)"
    # a stray period under the name (09BRUSSELS536: "MURRAY .")
    r"(?: *(?P<stray>\.))? *$"
)
#: A signature at the very end, after the end of a sentence, blanks, an old
#: telegram's declassification group (``SUCCEED.  GP-3 SACCIO``, 66BUENOSAIRES2481)
#: or a closing marker (``End Talking Points CLINTON``, 09STATE14577).
SIGNATURE: re.Pattern[str]
_lazy.add("SIGNATURE", r"(?:(?<=[.!?\"”)*0-9])|(?<=[.!?\"”)*0-9] )|(?<=  )|(?<=GP-[0-9] ))" + _NAME)
SIGNATURE_AFTER_END: re.Pattern[str]
_lazy.add("SIGNATURE_AFTER_END", r"(?<![A-Za-z])(?:End|END)(?: [A-Za-z]+){1,3}[.:]? +" + _NAME)
#: A signature at the end of a trailer's URL, glued to it or not: ``.../ankara/WILSON``,
#: ``Portal:Turk eyWilson``, ``.../nea/amman Beecroft`` (not ``Portal:Turkey``).
SIGNATURE_AFTER_URL: re.Pattern[str]
_lazy.add("SIGNATURE_AFTER_URL", r"(?<![:A-Z])" + _NAME)
#: A dash that opens an item after the end of a sentence or a blank line (``...
#: respect.  --  The President``): not a dash inside a sentence (``GROUP -- FOR NOW``).
DASH_ITEM: re.Pattern[str]
_lazy.add("DASH_ITEM", r"(?:(?<=[.:;!?\"”)])|(?<=  ))--?(?= {1,3}[A-Z\"“(])")


@functools.cache
def page_marker(origin: str, serial: int) -> re.Pattern[str]:
    """The page marker of the cable with this banner: ``ANKARA 00001091 002 of 002``,
    ``BAKU 00001835  001.2 OF 003``, glued to the words around it or not."""
    post = r" +".join(re.escape(word) for word in origin.split())
    return re.compile(
        rf"(?i:{post}) +0*{serial} +[0-9]{{3}}(?:\.[0-9]+)? +(?i:of) +[0-9]{{3}}(?![0-9])"
    )


if not TYPE_CHECKING:
    __getattr__ = _lazy.get
