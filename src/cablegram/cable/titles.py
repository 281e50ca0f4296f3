"""What makes a line of a body a title: the tests the body reader (:mod:`cablegram.cable.body`)
puts to a line that may be a heading, and to the words after a line's last sentence.

A title has few words, a capital first, no sentence end inside or after it, and every
word capitalised but the small ones (``data/heading_small_words.csv``).
"""

from __future__ import annotations

import functools
import re

from cablegram import tables
from cablegram.grammar import body as g


@functools.cache
def _small_words() -> frozenset[str]:
    """Words a title may write in small letters (``of``, ``the``, ``vs.``)."""
    return tables.heading_small_words()


#: Where a sentence ends inside a line, with the blanks after it.
SENTENCE_BREAK = re.compile(r"(?:[A-Za-z]{3}|(?<![A-Za-z])(?!vs)[a-z]{2})[.!?] +|[.!?][\"')\]] +")
#: The same breaks found from their sentence end: the words before it are looked at
#: behind it, so the engine looks only at ``.``, ``!`` and ``?`` (five times faster).
#: Each match ends where a match of :data:`SENTENCE_BREAK` ends (from the start of a
#: text; from elsewhere, the words behind the first ends may lie before the start).
_SENTENCE_BREAK_AT_END = re.compile(
    r"[.!?](?:(?<=[A-Za-z]{3}[.!?])|(?<=(?<![A-Za-z])(?!vs)[a-z]{2}[.!?])) +|[.!?][\"')\]] +"
)
#: A sentence end inside a line, after a word of three letters or more ("vs." and
#: "U.S." end none).
SENTENCE_END = re.compile(r"[A-Za-z]{3}[.!?] +\S")
#: The name of a part that stands alone as its heading: "Comment", "BACKGROUND:".
PART_NAME = re.compile(r"(?i)(?:(?:embassy|post) +)?(?:comments?|summary|background) *:?")
#: A title of plain words with small letters: "Presidential Meeting", "Venezuela".
PLAIN_TITLE = re.compile(r"(?=.*[a-z])[A-Z][\w'’-]*(?: [\w'’-]+){0,4}")
#: Rules, dashes and a final colon around a heading's words.
HEADING_TRIM = re.compile(r"^[-=_*~/ ]+|[-=_*~/ :]+$")
#: Lines that stand alone but are no heading: quote marks, dates, redactions.
NOT_HEADING = re.compile(
    r"(?i)(?:BEGIN|END)\b|(?:UN)?QUO?TE?\b|(?:UN)?QTE\b|X{4,}|SIPDIS\b|NNNN\b"
    r"|.*(?:, \d{4}|\d{1,2}/\d{1,2}/\d{2,4}) *$"
)


#: A form's label with its value, or a label alone before it: "Rank/Name: LTC ...",
#: "License Value: USD 330,000,000.00", "DOB: 8/20/1970", "FOREIGN END-USER:".
LABEL = re.compile(r" *[A-Za-z][\w/.'-]*(?: [\w/.'-]+){0,3}: *(?:$|.*\d|[A-Z][A-Z]+\b)")


def line_tail(text: str) -> tuple[int, str] | None:
    """Where the words after the last sentence of a line start, and the words (a
    sentence ends after a word of three letters or more: "vs." and "U.S." end none)."""
    # a title of a few words: only the end of a long line is looked at
    window = max(0, len(text.rstrip()) - _TAIL_WINDOW)
    last = None
    for last in _SENTENCE_BREAK_AT_END.finditer(text, window):  # noqa: B007 (the last one)
        pass
    if window and last is not None and last.start() < window + 3:
        # the words behind it may start before the window: the plain pattern decides
        last = None
        for last in SENTENCE_BREAK.finditer(text, window):  # noqa: B007
            pass
    if last is None:
        return None
    start = last.end() + after_end_marker(text[last.end() :])[1]
    name = text[start:].rstrip()
    return (start, name) if name[:1].isupper() else None


def after_end_marker(name: str) -> tuple[int, int]:
    """Where, in a title glued after a sentence, a summary's or comment's end marker
    written with no period ends, and where the rule after it ends: the marker ends
    that part, the title starts after it ("... region. END SUMMARY Emergency NAC Idea
    Floated, but Rejected -----", 08USNATO276; "END SUMMARY -------- Regional Threats
    --------", 09CAIRO2133).  (0, 0) when the title has none, or nothing after it."""
    marker = _END_MARKER.match(name)
    return (marker.end("words"), marker.end()) if marker is not None else (0, 0)


def glued_title(found: re.Match[str]) -> tuple[int, str]:
    """Where (in its line) a title matched by ``GLUED_HEADING`` starts, and its words:
    after a summary's or comment's end marker, which stays with the text before it
    (the rule after the marker goes with the title)."""
    group = "ruled" if found["ruled"] else "text"
    words, skip = after_end_marker(found[group])
    if not skip:
        return found.start() + 1, found[group]
    return found.start(group) + words, found[group][skip:]


def ruled_title_before(view: str, a: int, end: int) -> tuple[int, str] | None:
    """A title between rules that ends ``view[a:end]`` (a numbered paragraph glued after
    it where a line break was lost: "... summary. ------ TIMOSHENKO TO MEET PUTIN ------
    2. (C)", 08BUENOSAIRES1150; "------- SUMMARY ------- 1. (C)", 09MOSCOW105): where its
    rule starts, and its words."""
    glued = g.GLUED_HEADING.search(view, a, end)
    if glued is not None and glued["ruled"] and short(glued["ruled"]):
        return glued.start() + 1, glued["ruled"]
    alone = g.RULED_LINE.match(view[a:end])
    if alone is not None and short(alone["text"]):
        return a + len(view[a:end]) - len(view[a:end].lstrip()), alone["text"]
    return None


#: The end marker of a summary or a comment and a rule after it, a title after them.
_END_MARKER = re.compile(
    r"(?i)(?P<words>end +(?:of +)?(?:summary|comments?)[ :]+)(?:[-=]{3,} +)*(?=\w)"
)


#: How far from a line's end the sentence before a glued title is looked for.
_TAIL_WINDOW = 200


#: Initials with their periods at the end of a title: "FOR U.S.", "THE U.N.", "D.C."
#: (the period is the abbreviation's, not a sentence's).
_INITIALS_END = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,}$")


def _ends_like_sentence(s: str, marks: str) -> bool:
    """Whether ``s`` (stripped) ends with one of ``marks`` as a sentence does: a
    period after initials ("POSITIVE FOR U.S.", 06BRUSSELS524) is the initials'."""
    return s[-1:] in marks and not (s[-1] == "." and _INITIALS_END.search(s))


def short(text: str) -> bool:
    """Whether a line set off by a rule is short enough for a title and does not end
    as a sentence; a title may trail off ("Tense, but Stable, Succession in Place...",
    09BEIJING2063; "TIMELINES...")."""
    words = text.split()
    s = text.strip()
    if s.endswith(("...", "…")):
        s = s.rstrip(".…").rstrip() or s
    return 0 < len(words) <= 12 and len(s) <= 100 and not _ends_like_sentence(s, ".")


def titled(text: str) -> bool:
    """Whether a short line over a rule reads as a title, not the end of a sentence: a
    capital first, no sentence end."""
    s = text.strip()
    first = s[:1]
    return (
        (first.isupper() or first.isdigit())
        and not _ends_like_sentence(s, ".,;")
        and not SENTENCE_END.search(s)
    )


def looks_like_heading(text: str, *, longest: int = 10) -> bool:
    """A line alone in its block that reads as a title: at most ``longest`` words (ten),
    a capital first, no sentence end, every word that is not a small one capitalised."""
    s = text.strip()
    if s.startswith("..."):  # a title that goes on from the one before: "...Or Does It?"
        s = s[3:].lstrip()
    words = s.split()
    if not 0 < len(words) <= longest or len(s) > 8 * longest or _ends_like_sentence(s, ".,;"):
        return False
    if not s[0].isupper():
        return False
    if g.SUB_ITEM.match(s) or NOT_HEADING.match(s) or SENTENCE_END.search(s):
        return False
    alpha = [w for w in words if w[0].isalpha()]
    return all(w[0].isupper() or w.lower() in _small_words() for w in alpha)


#: Two blank lines in a row.
_TWO_BLANKS = re.compile(r"\n[ \t\r]*\n[ \t\r]*\n")


def double_spaced(view: str, rows: list[tuple[int, int]], blank: list[bool]) -> bool:
    """Whether the body is double-spaced: lines wrapped short (most under 100
    characters), a blank line after nine in ten of them (at least six), and
    paragraphs set apart by two blank lines or more.  A body of one-line paragraphs
    between blank lines is not (its lines are long).  ``blank`` says which rows are
    blank."""
    if not rows or not _TWO_BLANKS.search(view, rows[0][0], rows[-1][1]):
        return False  # no paragraph set apart by two blank lines
    texts = [not empty for empty in blank]
    lines = [k for k, has in enumerate(texts[:-1]) if has]
    if len(lines) < 6:
        return False
    followed = sum(1 for k in lines if not texts[k + 1])
    short = sum(1 for k in lines if rows[k][1] - rows[k][0] < 100)
    double = any(not texts[k] and not texts[k + 1] for k in range(len(texts) - 1))
    return double and followed * 10 >= len(lines) * 9 and short * 10 >= len(lines) * 9


def plain_runs(texts: list[str], marked: set[int], skip: set[int]) -> list[int]:
    """For each row, the last row of the run of plain lines (text no rule of the body
    reader looks at: a letter or a quote first, not ``marked`` (rows with rule
    characters or a number and a period), not skipped) it opens or is in, else -1:
    the reader reads the lines inside a run in one step.  ``texts`` are the rows'
    texts."""
    plain = [
        k not in marked and k not in skip and text.lstrip()[:1] in _PLAIN_FIRST
        for k, text in enumerate(texts)
    ]
    ends = [-1] * len(texts)
    last = -1
    for k in range(len(texts) - 1, -1, -1):
        if not plain[k]:
            last = -1
            continue
        if last < 0:
            last = k
        ends[k] = last
    return ends


#: The first characters of a plain line: a letter or a quote.
_PLAIN_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\"'“‘")

#: No heading form has more characters than this, but for those with rules.
LONGEST_TITLE = 130
#: A line that ends a sentence (or a list item's line that ends with a colon).
ENDS_SENTENCE = re.compile(r"[.!?:;\"”'’)\]] *$")
#: A line that goes on with a sentence: a word in lower case (not a list letter ``a)``).
GOES_ON = re.compile(r" *[a-z](?![.)])")
