"""The received (record) copy header of 1966-2000 telegrams, printed by the
Department's system above the wire message (format reference, section 5):

    LIMITED OFFICIAL USE                          <- classification (+ a code)
    PAGE 01   ATHENS 02959  171944Z               <- page line
    11                                            <- a two-digit line, unexplained
    ACTION EUR-25                                 <- ACTION (incoming) / ORIGIN
    INFO  OCT-01  EA-11  ... /096 W               <- copies per office, total, W/R
    DRAFTED BY ... / APPROVED BY ...              <- outgoing copies
    ---------------------     064536              <- separator

Each line is parsed on its own; the builder joins the office lines.
"""

from __future__ import annotations

import re

import pyparsing as pp

from cablegram.grammar._common import BLOCK_WHITESPACE, located, top

#: The page line; its station is the one of the document number (``1974ATHENS02959``).
PAGE_LINE = top(
    pp.Regex(
        r"PAGE +(?P<page>\d{2}) +(?P<station>[A-Z][A-Z .]{0,14}?) +(?P<serial>\d{5,6})"
        r"(?: +(?P<section>\d{2}) +OF +(?P<total>\d{2}))?"
        r"(?: +(?P<time>\d{6}Z))?"
        r"(?: +(?P<tosec>(?:TOSEC|SECTO) +\d+))?"
    ),
    "received-copy page line (PAGE 01 STATION SERIAL)",
)
PAGE_LINE_START = re.compile(r" *PAGE +01 +[A-Z]")

#: One office and its number of copies: ``EUR-25``.
OFFICE_COUNT = pp.Regex(r"(?P<office>[A-Z][A-Z0-9]{0,5})-(?P<copies>\d{2})").set_name(
    "office copy count (EUR-25)"
)
#: The INFO list may put offices in parentheses, over a line end: ``SWCI-00  (H-00
#: L-00 \n PM-00  )  /001W`` (09CAIRO326, 09LONDON2229); the group is not modelled.
_GROUP_MARK = pp.Suppress(pp.Literal("(") | pp.Literal(")"))
#: The ACTION / ORIGIN and INFO block, over one or more lines.
DISTRIBUTION = top(
    # a copy cut above its INFO list has no ACTION line (09STATE37566)
    pp.Opt(
        pp.Regex(r"(?P<kind>ACTION|ORIGIN)(?= )") + pp.ZeroOrMore(located(OFFICE_COUNT, "action*"))
    )
    + pp.Opt(
        pp.Regex(r"INFO(?= )")
        + pp.ZeroOrMore(located(OFFICE_COUNT, "info*") | _GROUP_MARK)
        + pp.Opt(pp.Regex(r"/ *(?P<total>\d{3}) *(?P<copy>[WR])(?![A-Z])"))
    ),
    "ACTION/ORIGIN and INFO distribution",
    BLOCK_WHITESPACE,
)
DISTRIBUTION_START = re.compile(r" *(?:ACTION|ORIGIN) +[A-Z]")
#: A distribution block that opens the text, without the class word and PAGE line
#: above it: an office and its count must follow the keyword (``INFO  LOG-00 ...``).
OFFICE_LIST_START = re.compile(r" *(?:ACTION|ORIGIN|INFO) +[A-Z][A-Z0-9]{0,5}-\d{2}(?![0-9A-Z])")
#: A line of three letters and four digits above a copy's distribution block
#: (``TED7110``, 09STATE118094; meaning unknown), kept in the copy's span only.
TERMINAL_LINE = re.compile(r" *[A-Z]{3}\d{4} *$")
#: Between the block and DRAFTED BY: the serial alone and the record's source
#: (``029700`` / ``SOURCE: CBLEXCLS.009143``, 09STATE29700), kept in the span only.
COPY_NOTE = re.compile(r" *(?:\d{6}|SOURCE: *\S+) *$")
#: A later page line of the copy (``PAGE 02        STATE   037566  161435Z``), read with
#: PAGE_LINE when the first page line is cut off.
LATER_PAGE = re.compile(r"PAGE +\d{2} +[A-Z]")

#: The separator under the header: dashes, then a number, or a hex number, a time
#: and a /NN suffix (``------------------352654  200910Z /23``).
SEPARATOR = re.compile(
    r" *-{9,} *(?P<number>[0-9A-F]{6})(?: +(?P<time>\d{6}Z) +/(?P<suffix>\d{2}))? *$"
)
#: DRAFTED BY / APPROVED BY (outgoing copies); clearance lines follow APPROVED BY.
DRAFTED = re.compile(r" *(?P<key>DRAFTED|APPROVED) +BY *:? *(?P<text>.*)$")
DESIRED = re.compile(r" *DESIRED +DISTRIBUTION *:? *(?P<text>.*)$")
