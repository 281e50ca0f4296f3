"""The Classified By line: ``Classified By: <classifier> [for] reasons 1.4 (b) and (d)``.

The classifier runs up to the reason's introduction (``reason(s)``, ``per``,
``for``, ``under``, ``based on``, ``due to``, the order's number, or the section
number itself), whose words the page may break over two lines ("for re\nason",
"FO\nR REASONS", "pe\nr 1.4(d)") or misspell ("reaons", "RASONS", taken only before
a section or a lettered reason); text after the reason was glued on by a lost
newline and is handed back to the splitter as ``rest``.
"""

from __future__ import annotations

import re

import pyparsing as pp

from cablegram.grammar._common import BLOCK_WHITESPACE, located, top

# A line break inside a word: the release wraps lines at a fixed width, so "for re
# ason", "REA\n\nSONS", "f\nor", "Se\nction" occur (a blank line may come between);
# pages that lost the newline keep a space there ("for reaso ns", "Rea sons").
_BREAK = r"(?:[ \t]*\n\s*|[ \t]{1,2})?"


def _broken(word: str) -> str:
    """A regex for ``word`` (letters and ``[..]`` classes) that lets a line break fall
    between any two of its letters."""
    parts = re.findall(r"\[[^\]]*\]|[A-Z]", word)
    assert "".join(parts) == word, word
    return _BREAK.join(parts)


# The reason: section 1.4 / 1.5 (also written "1 .4", "1. 4", "14", "1,4") and letters
# joined by "and" (also split as "a nd" / "an d" / "a\nnd" in the release), commas
# or slashes.
_REASON_SECTION = pp.Regex(
    r"1\s{0,2}[./:,]\s{0,2}[4-6](?!\d)|1[4-6](?= *\(? *[A-Ha-h](?![A-Za-z]))"
)
_REASON_GLUE = pp.Regex(
    # "1 (B) AND (D)": the section's ".4" lost, the letters still stand
    # a "(" only before a reason's letter: "(S/NF) HMG ..." after the reason is a
    # paragraph's portion mark glued on by a lost newline (09LONDON2183)
    # "(" may end its line, blanks before the break included: "1.4 ( \nb) and (d)"
    r"(?i)A\s{0,3}N\s{0,3}D(?![A-Z])|&|,|;|/|\.|:|\((?=[ \t]*(?:\r?\n)?[ \t]*[A-H](?![A-Z0-9]))|\)"
    r"|1(?=\s?\(?\s?[A-H](?![A-Z0-9]))"
    # letters joined by a plus: "1.4(b+d)"
    r"|\+"
)
_REASON_LETTER = pp.Regex(r"(?i)[A-H](?![A-Z0-9])|X\d")
# A section before a letter after the first place: written again ("1.4(b) and
# 1.4(d)"), or first after what the introduction left ("REASONS" / ": 1.4(B/D)").
_SECTION_AGAIN = pp.Regex(r"(?i)1\s{0,2}[.,]\s{0,2}[4-6](?=\s{0,2}\(?\s{0,2}[A-H](?![A-Z0-9]))")
# The order's number before the reason: "E.O. 12958", "E.O.12958", or the bare number.
_EO = r"(?:E\.? ?O\.? *)?\d{5}(?!\d)"
_SECTION_WORD = "(?:" + _broken("SECTION") + f"(?:{_BREAK}S)?" + r"|SEC\.?)(?![A-Z])"
REASON = (
    pp.Opt(pp.Regex(rf"(?i)\(?(?:{_EO} *,? *)?(?:REASONS? *:? *)?(?:{_SECTION_WORD})? *"))
    + pp.Opt(_REASON_SECTION("section"))
    + pp.ZeroOrMore(_SECTION_AGAIN("section_again") | _REASON_GLUE | _REASON_LETTER("letters*"))
).set_name("classification reason")

# What introduces the reason after the classifier's name.
#: "for", "per", "under", "based on", "due to" (also "F0R", "FR", "f\nor", "pe\nr").
_LEAD = "|".join(
    [
        *(_broken(w) for w in ("F[O0]R", "FR", "PER", "UNDER")),
        _broken("BASED") + rf"\s+(?:{_broken('UP')}{_BREAK})?" + _broken("[O0]N"),
        _broken("DUE") + r"\s+" + _broken("TO"),
    ]
)
#: "reason(s)", "REASON(S)", "reasons" broken over a line ("re\nason", "REA\n\nSONS").
_REASON_WORD = _broken("REASON") + r"(?:\(S\)|" + _BREAK + r"S|\s{1,3}S(?= *[:.;]? *\(?1))?"
#: What may follow the reason word: a section number or a lettered reason.
_SECTION_AHEAD = r"\(?1\s{0,2}[.,]\s{0,2}[4-6](?!\d)"
_REASON_AHEAD = rf"(?=\s*[:.;,]?\s*(?:{_SECTION_AHEAD}|\(\s*[A-H]\s*[),/&]))"
#: A misspelt or cut reason word ("reaons", "RASONS", "Resons", "REAS0N", "Reas"),
#: taken only when a section or a lettered reason follows.
_REASON_TYPO = r"R[EA][EASON0]{1,5}(?![A-Z])" + _REASON_AHEAD
_INTRO = (
    r"(?:\b(?:" + _LEAD + r")\s+)*"
    rf"(?:(?<![\w.]){_EO} *[,.;:]? *)?"
    rf"\b(?P<reason_word>{_REASON_WORD}(?![A-Z])|{_REASON_TYPO}) *[:.;,]? *"
    # "per 1.4 (b) and (d)", "for E.O. 12958 1.4 (d)", "under Se\nction 1.5", or the
    # section alone
    r"|(?:\b(?:" + _LEAD + r")\s+)+"
    rf"(?={_EO}|{_SECTION_WORD}|{_SECTION_AHEAD})"
    r"|(?<![\w.])(?=\(?1\s{0,2}\.\s{0,2}[4-6](?!\d))"
    # a section of another number with lettered reasons: "HOAGLAND: 1.2 (B), (D)"
    r"|(?<![\w.])(?=1\.\d(?!\d) *\( *[A-H] *\))"
)
#: A line that starts with a reason: "1.4 (b) and (d).", "reasons 1.4 (b) and (d).",
#: "REASON: 1.4 (b), (d)" (the Classified By line above it announced or left it out).
REASON_LINE: re.Pattern[str] = re.compile(
    r" *(?i:(?:for +)?reasons? *[:.]? *)?\(?1 {0,2}[.,] {0,2}[4-6](?!\d)"
)
#: A section number in a Classified By line: its reason is there.
HAS_SECTION: re.Pattern[str] = re.compile(r"(?<![\d.])1\s{0,2}[.,]\s{0,2}[4-6](?!\d)")

CLASSIFIED_BY = top(
    pp.Regex(r"(?i)(?:\(U\) *)?CLASSIFIED +BY *[:.;]? *")
    + pp.Regex(
        # the period of "Jr." / "Sr." stays with the name; the lazy run stops only
        # where what follows may start (a separator, a blank, the first letter of an
        # introduction, a section number), not at every letter of a name
        rf"(?is)(?P<classifier>.*?)(?=[\s,.;:FPUBDER(\d]|\Z)"
        rf"(?:(?:(?<!\bJR)(?<!\bSR)[,.;:])? *(?P<intro>{_INTRO})|\s*$)"
    )
    + pp.Opt(located(REASON, "reason"))
    # Text after the reason was glued on by a lost newline: the builder hands it back.
    + pp.Opt(located(pp.Regex(r"(?s)\S.*"), "rest"))
    + pp.StringEnd(),
    "Classified By line",
    BLOCK_WHITESPACE,
)
