"""Two text utilities for readers of cables: :func:`titlefy` and :func:`clean_content`.

:func:`titlefy` turns a subject line written in capitals into title case without
losing its acronyms; :func:`clean_content` strips a body text of the layout that the
cable system and the WikiLeaks pages added to it (paragraph numbers and portion
marks, rules, page and section lines, ``SIPDIS`` lines, summary and comment markers,
``xxx`` redaction runs).

Neither function knows a vocabulary of its own.  Which capitalised words are
acronyms comes from the TAGS code tables (:func:`cablegram.tables.tags`) and from
``data/title_words.csv`` (small words, words that look like codes, acronyms and
fixed spellings seen in the corpus; see ``data/SOURCES.md``); the portion-mark
levels come from :func:`cablegram.tables.marking_levels`; post names before
section lines come from :func:`cablegram.tables.stations`.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from importlib import resources

from cablegram import tables
from cablegram.grammar import body

__all__ = ["clean_content", "titlefy"]


# ---------------------------------------------------------------------- titlefy


@functools.cache
def _title_words() -> dict[str, tuple[str, str]]:
    """Upper-cased key -> (spelling in a title, kind) from ``data/title_words.csv``.

    Kinds: ``small`` (lower case inside a title), ``word`` (an ordinary word or name
    that is also a TAGS code), ``abbreviation`` (this spelling only before a period:
    ``Dr.``), ``acronym`` and ``form`` (kept exactly as spelled: ``USG``, ``NGOs``).
    """
    data = resources.files("cablegram.data").joinpath("title_words.csv").read_text("utf-8")
    return {
        row["spelling"].upper(): (row["spelling"], row["kind"])
        for row in csv.DictReader(io.StringIO(data))
    }


@functools.cache
def _tag_codes() -> frozenset[str]:
    """TAGS codes written in capitals (subject, program, organisation, geographic)."""
    return frozenset(code for code in tables.tags() if code.isupper())


_SPACE = re.compile(r"(\s+)")
#: Inside a word: ``--`` and dashes break a phrase, ``-`` joins a compound, ``/``
#: separates alternatives (``TFTP/SWIFT``).
_SEPARATOR = re.compile(r"(--+|[—–]|-|/)")
_PHRASE_DASHES = frozenset("-—–")
#: Punctuation after which the next word starts a new phrase (capitalised).
_PHRASE_END = frozenset(":;?!")
_APOSTROPHE = re.compile(r"(['’‘`])")
#: After an apostrophe: endings that leave the word before them as it is
#: (``GOL'S`` -> ``GOL's``, ``PNG'ING`` -> ``PNG'ing``) ...
_ENDINGS = frozenset({"s", "d", "ing", "ed"})
#: ... and contractions, whose word is never an acronym (``CAN'T`` -> ``Can't``).
_CONTRACTIONS = frozenset({"t", "ll", "ve", "re", "m"})
_REDACTION = re.compile(r"[xX]{2,}")
_ROMAN = re.compile(r"(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})")
_NUMBER_SUFFIX = re.compile(r"(\d+)(st|nd|rd|th|s)", re.IGNORECASE)
_MC_NAME = re.compile(r"MC[A-Z]{3,}")
_VOWELS = frozenset("AEIOUY")


def titlefy(text: str) -> str:
    """Return ``text`` (a subject line) in title case, keeping acronyms and codes.

    The text is stripped; the white space between its words is kept, and so is the
    number of words.  A text mostly in capitals is *shouting*: each of its words in
    capitals is looked up --

    - small words (``of``, ``the``, ``and``, ``to``, ...) are lower case, except at
      the start of the text or of a phrase (after ``:``, ``;``, ``?``, ``!``, ``--``,
      ``" - "``), as the first or last part of a hyphenated compound, and at the end;
    - words that only look like codes (``WHO``, ``IS``, ``NO``, ``XI``) are ordinary
      words; ``DR``/``SR``/``MT`` are ``Dr.``/``Sr.``/``Mt.`` before a period;
    - acronyms stay upper case: TAGS codes (``UK``, ``EU``, ``NATO``, ``PREL``),
      acronyms and fixed spellings from ``title_words.csv`` (``USG``, ``HMG``,
      ``NGOs``, ``McCain``), Roman numerals (``III``), dotted initials (``U.S.``),
      words with ``&`` (``AT&T``), words with no vowel (``DPRK``), ``xxxx``
      redactions;
    - numbers keep their case except ordinal and decade endings (``63RD`` ->
      ``63rd``, ``1990S`` -> ``1990s``), so ids stay as written (``07OTTAWA2266``);
    - everything else is capitalised (``QADHAFI`` -> ``Qadhafi``; ``MCCAIN``-like
      names -> ``Mc`` + capitalised rest).

    Hyphens and slashes split a word into parts that follow the same rules
    (``US-EU``, ``Dual-Use``, ``SLA/U``).  An apostrophe ending (``'S``, ``'ING``)
    is lower case after the word it follows (``GOL's``, ``PNG'ing``); contractions
    are ordinary words (``Don't``); names with an apostrophe are capitalised after
    a single letter (``D'Ivoire``, ``O'Grady``) and lower case otherwise
    (``Qa'ida``).

    In a text that is not shouting, words in capitals and words in mixed case are
    kept as written (``DoD``, ``UK's``); only lower-case words are capitalised
    (small words excepted).  Redaction runs (``xxxxxxxxxxxx``) are always upper case.
    """
    stripped = text.strip()
    if not stripped:
        return ""
    pieces = _SPACE.split(stripped)
    words = pieces[0::2]
    shouting = _is_shouting(words)
    last = max((i for i, w in enumerate(words) if _has_alnum(w)), default=-1)
    phrase_start = True
    for i, word in enumerate(words):
        pieces[2 * i], phrase_start = _title_word(
            word, shouting=shouting, phrase_start=phrase_start, is_last=i == last
        )
    return "".join(pieces)


def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _is_shouting(words: list[str]) -> bool:
    """True when more words are written in capitals than with lower-case letters."""
    upper = sum(1 for w in words if w.isupper())
    lower = sum(1 for w in words if any(ch.islower() for ch in w))
    return upper > lower


def _split_core(segment: str) -> tuple[str, str, str]:
    """``segment`` -> (leading punctuation, core, trailing punctuation)."""
    start = 0
    while start < len(segment) and not segment[start].isalnum():
        start += 1
    end = len(segment)
    while end > start and not segment[end - 1].isalnum():
        end -= 1
    return segment[:start], segment[start:end], segment[end:]


def _title_word(
    word: str, *, shouting: bool, phrase_start: bool, is_last: bool
) -> tuple[str, bool]:
    """Title-case one white-space-delimited word.

    Returns the new word and whether the next word starts a phrase.
    """
    if not _has_alnum(word):
        breaks = any(ch in _PHRASE_END or ch in _PHRASE_DASHES for ch in word)
        return word, breaks or phrase_start
    _, whole, _ = _split_core(word)
    if _SEPARATOR.search(whole) and shouting and whole.isupper() and _is_code(whole.upper()):
        parts = [word]  # a code with a hyphen or slash: ``AFL-CIO``, ``ZANU-PF``
    else:
        parts = _SEPARATOR.split(word)
    segments = parts[0::2]
    separators = parts[1::2]
    starts = phrase_start
    for j, segment in enumerate(segments):
        before = separators[j - 1] if j > 0 else None
        after = separators[j] if j < len(separators) else None
        if before is not None and before != "-" and before != "/":
            starts = True  # after ``--`` or a dash
        # Small words are capitalised at a phrase start, as the first or the last
        # element of a hyphenated compound, and as the last word of the text.
        capital = (
            starts
            or (after == "-" and before != "-")
            or (before == "-" and after != "-")
            or (is_last and j == len(segments) - 1)
        )
        lead, core, trail = _split_core(segment)
        if core:
            core = _case(core, shouting=shouting, capital=capital, dot=trail.startswith("."))
            parts[2 * j] = lead + core + trail
            starts = any(ch in _PHRASE_END for ch in trail)
        elif segment:
            starts = starts or any(ch in _PHRASE_END for ch in segment)
    if separators and not segments[-1] and separators[-1] not in ("-", "/"):
        starts = True  # the word ends with ``--``
    return "".join(parts), starts


def _is_code(key: str) -> bool:
    entry = _title_words().get(key)
    if entry is not None:
        return entry[1] in ("acronym", "form")
    return key in _tag_codes()


def _case(core: str, *, shouting: bool, capital: bool, dot: bool) -> str:
    """Title-case one word part without its surrounding punctuation."""
    if _REDACTION.fullmatch(core):
        return core.upper()
    has_lower = any(ch.islower() for ch in core)
    has_upper = any(ch.isupper() for ch in core)
    if has_lower == has_upper:  # mixed case (``DoD``), or no letters (``2008``)
        return core
    if has_upper and not shouting:
        return core  # capitals in a mixed-case text are meant
    codes = has_upper  # only words written in capitals can be acronyms
    key = core.upper()
    entry = _title_words().get(key)
    if entry is not None:
        spelling, kind = entry
        if kind == "small":
            return spelling.capitalize() if capital else spelling
        if kind == "word" or (kind == "abbreviation" and dot):
            return spelling
        if codes and kind in ("acronym", "form"):
            return spelling
    if codes and (key in _tag_codes() or _ROMAN.fullmatch(key) or _is_initialism(key)):
        return key
    if len(_APOSTROPHE.split(core)) > 1:
        return _case_apostrophe(core, shouting=shouting, capital=capital)
    if any(ch.isdigit() for ch in core):
        number = _NUMBER_SUFFIX.fullmatch(core)
        return number.group(1) + number.group(2).lower() if number else core
    if codes and _MC_NAME.fullmatch(key):
        return "Mc" + core[2:].capitalize()
    return _capitalise(core)


def _is_initialism(key: str) -> bool:
    """Dotted initials (``U.S``), ``&`` between letters (``R&D``), or no vowel (``DPRK``)."""
    dotted = key.split(".")
    if len(dotted) > 1 and all(len(p) <= 1 for p in dotted) and any(dotted):
        return True
    if "&" in key:
        return True
    return len(key) > 1 and key.isalpha() and not _VOWELS.intersection(key)


def _case_apostrophe(core: str, *, shouting: bool, capital: bool) -> str:
    parts = _APOSTROPHE.split(core)
    ending = parts[-1].lower()
    if len(parts) == 3 and parts[0]:
        if ending in _ENDINGS:
            head = _case(parts[0], shouting=shouting, capital=capital, dot=False)
            return head + parts[1] + ending
        if ending in _CONTRACTIONS:
            return _capitalise(parts[0]) + parts[1] + ending
    # A name: D'IVOIRE -> D'Ivoire, O'GRADY -> O'Grady, QA'IDA -> Qa'ida.
    first = parts[0]
    out = [_capitalise(first)]
    for k in range(1, len(parts), 2):
        rest = parts[k + 1]
        out.append(parts[k])
        out.append(_capitalise(rest) if len(first) == 1 else rest.lower())
    return "".join(out)


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


# ---------------------------------------------------------------- clean_content


@functools.cache
def _marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(portion mark in parentheses, portion mark missing its ``(``), from the table."""
    levels = "|".join(sorted(tables.marking_levels(), key=len, reverse=True))
    control = r"(?:\s*(?://?|-|,)\s*|\s+)[A-Za-z]{1,12}"
    paren = re.compile(rf"\(\s*(?i:{levels})(?![A-Za-z])(?:{control})*\s*\)")
    bare = re.compile(rf"(?:{levels})(?:(?://?|-)[A-Z]{{1,12}})*\)")
    return paren, bare


#: A numbered paragraph's prefix: ``1.``, ``12)``, ``2a.``, ``1.(C)``.
_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:[A-Za-z](?=\.))?[.)](?=[ \t(]|$)[ \t]*")
_PILCROW = re.compile(r"[ \t]*¶[ \t]*")
#: A horizontal rule on a line of its own (it becomes an empty line).
_RULE = re.compile(r"\s*(?:-{5,}|={5,}|_{5,}|\*{5,})[\s\\]*")
_SIPDIS_LINE = re.compile(r"\s*(?:SIPDIS\s*)+\\?\s*")
#: A section line on a line of its own: ``TRIPOLI 00000765 001.2 OF 003``; looser
#: than :data:`body.SMART_PAGE`, which is used inside a line.
_SECTION_LINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'-]*[ \t]+){1,4}\d{5,8}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{2,3}[\s\\]*"
)
_SENTENCE_END = re.compile(r"(?:[.!?:;)\]\"”'’][ \t]+|\()$")
_REDACTION_RUN = re.compile(r"[xX]{3,}|(?<![A-Za-z])[xX]{2}(?![A-Za-z])")
_MARKER_HINT = re.compile(r"(?i)summ|comment")


def clean_content(text: str) -> str:
    """Return a body text without the layout the cable system and WikiLeaks added.

    Line by line:

    - a ``¶`` is removed; so is a paragraph's number and portion mark at the start
      of a line (``1. (C)``, ``2. (SBU/N)``, ``12.(S/NF)``, a mark missing its
      ``(`` as in ``1. C)``, a number alone as in ``3.``, a mark alone as in ``(C)``);
    - summary and comment markers are removed with the blanks after them: an opening
      one (``Summary:``, ``Summary and action request.``, ``(Comment:``) at the start
      of a line or of a sentence, a closing one (``End Summary.``, ``End comment.)``)
      anywhere;
    - a horizontal rule (a line of ``-----``, ``=====``, ``_____`` or ``*****``)
      becomes an empty line;
    - a line holding only ``SIPDIS``, or only a section line (``TRIPOLI 00000765
      001.2 OF 003``), is removed together with one empty line next to it (the one
      before it, else the one after), so that paragraphs stay apart by one empty
      line; so is a received-copy page header (``PAGE 02 STATE 015113 182333Z``)
      and the classification printed at the foot of the page before it and at its
      head (``LIMITED OFFICIAL USE`` on a line of its own, or ending the line of text
      before the header); text that follows a page header on its line is kept;
    - a section line inside a line is removed with the post name before it;
    - redaction runs are removed: three or more ``x`` (``gentlexxx`` -> ``gentle``,
      ``XXXXXXXXXXXX``) and a lone ``xx``;
    - a line emptied by these removals is dropped.

    Other white space is kept as it is: an empty line stays, a trailing space stays.
    """
    lines = text.split("\n")
    # The empty string after a final newline is not a line: it is never taken away.
    last_real = len(lines) - 1 if lines[-1] == "" and len(lines) > 1 else len(lines)
    layout = [False] * len(lines)  # removed with one empty line next to it
    emptied = [False] * len(lines)  # removed alone
    for i, line in enumerate(lines):
        if _SIPDIS_LINE.fullmatch(line) or _SECTION_LINE.fullmatch(line):
            layout[i] = True
            continue
        if _RULE.fullmatch(line):
            lines[i] = ""
            continue
        line = _remove_page_header(lines, i, layout)
        if layout[i]:
            continue
        line, layout[i] = _remove_inline_sections(line)
        if layout[i]:
            continue
        cleaned = _clean_line(line)
        lines[i] = cleaned
        emptied[i] = bool(line.strip()) and not cleaned.strip()
    keep = [not (layout[i] or emptied[i]) for i in range(len(lines))]
    for i in range(len(lines)):
        if layout[i]:
            _take_empty_neighbour(lines, keep, i, last_real)
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def _take_empty_neighbour(lines: list[str], keep: list[bool], i: int, last_real: int) -> None:
    """Drop the nearest kept line before ``i`` if empty, else the one after ``i`` if empty."""
    before = next((j for j in range(i - 1, -1, -1) if keep[j]), None)
    if before is not None and not lines[before].strip():
        keep[before] = False
        return
    after = next((j for j in range(i + 1, len(lines)) if keep[j]), None)
    if after is not None and after < last_real and not lines[after].strip():
        keep[after] = False


def _remove_page_header(lines: list[str], i: int, layout: list[bool]) -> str:
    """Cut a ``PAGE 02 ...`` header from the start of line ``i``, and the
    classification words on the non-empty lines just before it."""
    line = lines[i]
    start = len(line) - len(line.lstrip())
    match = body.OLD_PAGE.match(line, start)
    if match is None:
        return line
    # The classification printed at the foot of the page before and at the head of
    # this one: each on a line of its own or ending the last line of text.
    j = i
    while True:
        k = j - 1
        while k >= 0 and not lines[k].strip() and j - k <= 2:
            k -= 1
        if k < 0 or layout[k] or not lines[k].strip():
            break
        word = body.PAGE_CLASS_WORD.search(lines[k] + "\n")
        if word is None:
            break
        lines[k] = lines[k][: word.start()]
        layout[k] = not lines[k].strip()
        if not layout[k]:
            break
        j = k
    rest = line[match.end() :].lstrip(" \t")
    if not rest.strip():
        layout[i] = True
    lines[i] = rest
    return rest


def _skip_blanks(line: str, pos: int) -> int:
    """The position of the first character at or after ``pos`` that is not a space or tab."""
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos


def _remove_inline_sections(line: str) -> tuple[str, bool]:
    """Cut SMART section lines out of a line; True when nothing is left of it."""
    if body.SMART_PAGE.search(line) is None:
        return line, False
    while (match := body.SMART_PAGE.search(line)) is not None:
        start = tables.post_name_start(line, match.start())
        end = _skip_blanks(line, match.end())
        if not line[end:].strip():
            start = len(line[:start].rstrip(" \t"))
        line = line[:start] + line[end:]
    return line, not line.strip()


def _clean_line(line: str) -> str:
    if "¶" in line:
        pilcrow = _PILCROW.match(line)
        if pilcrow is not None:
            line = line[pilcrow.end() :]
        line = line.replace("¶", "")
    line = _remove_paragraph_prefix(line)
    if _MARKER_HINT.search(line):
        for pattern in (body.SUMMARY_END, body.COMMENT_END):
            line = _cut(pattern, line, opening=False)
        for pattern in (body.SUMMARY_START, body.COMMENT_START):
            line = _cut(pattern, line, opening=True)
    if "x" in line or "X" in line:
        line = _REDACTION_RUN.sub("", line)
    return line


def _remove_paragraph_prefix(line: str) -> str:
    paren, bare = _marks()
    number = _NUMBER.match(line)
    pos = number.end() if number is not None else _skip_blanks(line, 0)
    mark = paren.match(line, pos) or (bare.match(line, pos) if number is not None else None)
    if mark is not None:
        return line[_skip_blanks(line, mark.end()) :]
    return line[pos:] if number is not None else line


def _cut(pattern: re.Pattern[str], line: str, *, opening: bool) -> str:
    """Remove the matches of a summary or comment marker and the blanks after them.

    An opening marker must be capitalised and stand at the start of the line or of
    a sentence (``... agreed. Comment: ...``), so that ``declined to comment.`` stays.
    """
    out: list[str] = []
    pos = 0
    for match in pattern.finditer(line):
        if match.start() < pos:
            continue
        if opening:
            before = line[: match.start()]
            at_start = not before.strip() or _SENTENCE_END.search(before) is not None
            if not (at_start and match.group().lstrip("(")[:1].isupper()):
                continue
        out.append(line[pos : match.start()])
        pos = _skip_blanks(line, match.end())
    out.append(line[pos:])
    return "".join(out)
