"""The Classified By line: ``Classified By: <classifier> [for] reasons 1.4 (b) and (d)``.

The classifier runs up to the reason's introduction (``reason(s)``, ``per``,
``for``, ``under``, or the section number itself); text after the reason was glued
on by a lost newline and is handed back to the splitter as ``rest``.
"""

from __future__ import annotations

import pyparsing as pp

from cablegram.grammar._common import BLOCK_WHITESPACE, located, top

# The reason: section 1.4 / 1.5 (also written "1 .4", "1. 4", "14") and letters
# joined by "and" (also split as "a nd" / "an d" in the release), commas or slashes.
_REASON_SECTION = pp.Regex(r"1\s{0,2}[./:]\s{0,2}[4-6](?!\d)|1[4-6](?= *\(? *[A-Ha-h](?![A-Za-z]))")
_REASON_GLUE = pp.Regex(
    # "1 (B) AND (D)": the section's ".4" lost, the letters still stand
    r"(?i)A ?N ?D(?![A-Z])|&|,|;|/|\.|:|\(|\)|1(?=\s?\(?\s?[A-H](?![A-Z0-9]))"
)
_REASON_LETTER = pp.Regex(r"(?i)[A-H](?![A-Z0-9])|X\d")
REASON = (
    pp.Opt(
        pp.Regex(r"(?i)\(?(?:E\.? ?O\.? *\d{5} *,? *)?(?:REASONS? *:? *)?(?:SECTIONS?|SEC\.?)? *")
    )
    + pp.Opt(_REASON_SECTION("section"))
    + pp.ZeroOrMore(_REASON_GLUE | _REASON_LETTER("letters*"))
).set_name("classification reason")
CLASSIFIED_BY = top(
    pp.Regex(r"(?i)(?:\(U\) *)?CLASSIFIED +BY *[:.;]? *")
    + pp.Regex(
        r"(?is)(?P<classifier>.*?)(?:[,.;:]? *(?P<intro>"
        r"(?:\bFOR +|\bUNDER +|\bPER +)?"
        r"\b(?P<reason_word>REASON(?:S|\(S\)|\s{1,3}S(?= *[:.;]? *\(?1))?)(?![A-Z]) *[:.;,]? *"
        # "per 1.4 (b) and (d)", "for E.O. 12958 1.4 (d)", or the section alone
        r"|\b(?:PER|FOR|UNDER) +(?=E\.? ?O\.? *\d|SEC(?:TIONS?)?\b|SEC\.|1\s{0,2}\.\s{0,2}[4-6])"
        r"|(?<![\w.])(?=\(?1\s{0,2}\.\s{0,2}[4-6](?!\d))"
        r")|\s*$)"
    )
    + pp.Opt(located(REASON, "reason"))
    # Text after the reason was glued on by a lost newline: the builder hands it back.
    + pp.Opt(located(pp.Regex(r"(?s)\S.*"), "rest"))
    + pp.StringEnd(),
    "Classified By line",
    BLOCK_WHITESPACE,
)
