"""ACP-127 transmission header: format lines 1-9.

Each grammar parses one block found by the splitter (a line, or the wrapped
routing lines, or one addressee line).  Fixed-shape tokens are ``Regex`` elements
with named groups.
"""

from __future__ import annotations

import re

import pyparsing as pp

from cablegram.grammar import vocabulary as v
from cablegram.grammar._common import BLOCK_WHITESPACE, located, top

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

# Free operating signals after FL4 / FL5: a parenthesised terminal note or a word.
_SIGNAL = pp.Regex(r"\([^)\n]*\)?|[^\s(]+").set_name("operating signal")
_SIGNALS = pp.ZeroOrMore(_SIGNAL)("signals")

# FL1 ---------------------------------------------------------------------------
TRANSMISSION_ID = top(
    pp.Regex(r"(?P<value>VZCZC(?P<channel>[A-Z]{3})(?P<sequence>\d{0,6}))") + pp.StringEnd(),
    "transmission identifier (VZCZC...)",
)

# FL2 ---------------------------------------------------------------------------
#: One routing indicator; the builder splits the located list with it.
ROUTING_INDICATOR_RE = re.compile(r"[A-Z][A-Z0-9]{2,9}")
ROUTING_LINE = top(
    pp.Regex(rf"(?P<digraph>{v.precedence_digraphs()})(?= )")
    + located(
        pp.Regex(r"[A-Z][A-Z0-9]{2,9}(?:\s+[A-Z][A-Z0-9]{2,9})*").set_name("routing indicators"),
        "indicators",
    )
    + pp.StringEnd(),
    "routing line (precedence digraph + routing indicators)",
    BLOCK_WHITESPACE,
)

# FL3 ---------------------------------------------------------------------------
DE_LINE = top(
    pp.Regex(r"DE(?= )").set_name("DE")
    + pp.Regex(r"(?P<station>[A-Z][A-Z0-9]{2,9})").set_name("station routing indicator")
    + pp.Regex(r"#? ?(?P<serial>\d{1,5})(?:/(?P<part>\d{1,3}))?(?= )").set_name(
        "station serial number (#NNNN[/NN])"
    )
    + pp.Regex(r"(?P<day>\d{3})(?P<time>\d{4})").set_name("Julian day and filing time (DDDHHMM)")
    + _SIGNALS
    + pp.StringEnd(),
    "DE line",
)

# FL4 ---------------------------------------------------------------------------
SECURITY_LINE = top(
    pp.Regex(r"(?P<signal>ZN[RY]) +(?P<characters>[A-Z]{3,5})(?:/(?P<specat>[A-Z]{5}))?")
    + _SIGNALS
    + pp.StringEnd(),
    "security line (ZNR/ZNY)",
)

# FL5 ---------------------------------------------------------------------------
DTG = pp.Regex(
    r"(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2}) ?Z +(?P<month>(?i:"
    + "|".join(MONTHS)
    + r")) +(?P<year>\d{4}|\d{2})\b",
    flags=0,
).set_name("date-time group")
PROSIGNS = pp.Regex(rf"(?P<prosigns>{v.prosign()}(?: {v.prosign()})?)(?= )").set_name(
    "precedence prosigns"
)
DTG_LINE = top(
    PROSIGNS + located(DTG, "dtg") + _SIGNALS + pp.StringEnd(),
    "precedence and date-time group",
)
# The same, without prosigns (received copies and re-keyings sometimes drop them).
BARE_DTG_LINE = top(located(DTG, "dtg") + _SIGNALS + pp.StringEnd(), "date-time group")

# FL6-9 -------------------------------------------------------------------------
# One addressee: [RI "/"] PLAD ["//" offices "//"] [precedence word] [number]
# [", XMT" excluded, ...].  The precedence word is taken loosely (typos such as
# PIORITY occur); the builder checks it against the precedence table.
ADDRESSEE = top(
    pp.Regex(
        r"(?:(?P<keyword>FM|TO|INFO|XMT|CC)(?: +|/(?!/)))?"
        r"(?:(?P<ri>[A-Z][A-Z0-9]{2,9}) ?/(?!/) ?)?"
        r"(?P<plad>[^\s/].*?)"
        r"(?P<offices>//.*?//?)?"
        # the table's words, NIACT alone, and misspellings of IMMEDIATE and PRIORITY
        # (PIORITY, IMMEDIAT): the builder reads them as the nearest word
        rf"(?: +(?P<precedence>{v.precedence_words()}|NIACT|"
        r"[A-Z]*(?:IMMED|MMEDIATE|RIORITY|IORITY|PRIOR|PRIOI)[A-Z]*))?"
        # the per-addressee number: four digits, a range, or cut to three
        r"(?:(?: +|(?<=[A-Z]))(?P<number>\d{4}(?:-\d{4})?|\d{3}(?!\d)))?"
        r"(?: *, *XMT +(?P<excluded>.+?))?"
        r" *$"
    ),
    "addressee",
)
