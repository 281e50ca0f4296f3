"""The words of a TAGS line: which codes the tables know, and how free words, run-on
codes, misspellings, country names, keywords and persons are told apart.

Read by :mod:`cablegram.cable.fields.tags`; every vocabulary comes from the code
tables (``tags.csv``, ``geo_codes.csv``, ``tag_keywords.csv``, ``tag_phrase_words.csv``,
``given_names.csv``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from cablegram import tables
from cablegram._cache import text_cache
from cablegram.ids import edit_distance
from cablegram.model import TagKind


@text_cache(16384)
def tag_kind(code: str) -> tuple[TagKind, str | None]:
    """Kind and meaning of a TAGS code from the tables; the shapes of 5 FAH-3
    H-011.1 decide codes the tables lack: K and three letters is a program tag,
    "SURNAME, GIVEN" a person."""
    key = " ".join(code.upper().split())
    info = tables.tags().get(key) or tables.tag_keywords().get(key)
    if info is not None:
        return TagKind(info.kind), info.meaning
    if _PROGRAM_SHAPE.match(key):
        return TagKind.PROGRAM, None
    if _PERSON_SHAPE.match(key):
        return TagKind.PERSON, None
    return TagKind.UNKNOWN, None


_PROGRAM_SHAPE = re.compile(r"^K[A-Z]{3}$")
_PERSON_SHAPE = re.compile(r"^\(?[A-Z'’.-]+(?: [A-Z'’.-]+)*, [A-Z'’. -]+\)?$")


@text_cache(4096)
def split_glued(token: str) -> tuple[str, ...] | None:
    """Split a run-on token into known codes (``ITPHUM`` -> IT, PHUM), if it splits fully."""
    result = _split_into(token.upper(), tables.tags())
    return result if result and len(result) > 1 else None


def _split_into(word: str, known: Container[str]) -> tuple[str, ...] | None:
    """The split of ``word`` into the fewest pieces of 2 to 5 letters found in ``known``."""
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for i in range(len(word)):
        head = best[i]
        if head is None:
            continue
        for size in (4, 2, 3, 5):
            piece = word[i : i + size]
            if len(piece) == size and piece in known:
                candidate = (*head, piece)
                current = best[i + size]
                if current is None or len(candidate) < len(current):
                    best[i + size] = candidate
    return best[len(word)] or None


def is_topic_code(code: str) -> bool:
    """A four-letter subject or program code (PHUM, MNUC, KNNP): the pieces a run-on
    token must contain before it is split."""
    return len(code) == 4 and tag_kind(code)[0] in (TagKind.SUBJECT, TagKind.PROGRAM)


@text_cache(4096)
def misspelt_tag(word: str) -> str | None:
    """The known code a word of five letters or more misspells by one letter, when
    exactly one code is that close (``MOPPS`` -> MOPS, ``UNDESCO`` -> UNESCO)."""
    key = word.upper().strip(".:")
    if len(key) < 5 or not key.isalpha():
        return None
    index = _one_deleted()
    candidates = {code for form in _deletions(key) for code in index.get(form, ())}
    close = [code for code in candidates if edit_distance(key, code, 1) <= 1]
    return close[0] if len(close) == 1 else None


def _deletions(word: str) -> set[str]:
    """``word`` and every string made by deleting one of its letters."""
    return {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}


@functools.cache
def _one_deleted() -> dict[str, tuple[str, ...]]:
    """Codes of four letters or more by their :func:`_deletions`: two words at most one
    edit apart share one of them (a changed letter deleted from both, an added one
    from the longer), so the codes close to a word are among those its own share."""
    index: dict[str, list[str]] = {}
    for code in tables.tags():
        if len(code) >= 4:
            for form in _deletions(code):
                index.setdefault(form, []).append(code)
    return {form: tuple(codes) for form, codes in index.items()}


@functools.cache
def _free_entries() -> dict[str, tables.TagInfo]:
    """Country names and keywords by written form (a keyword wins a shared form)."""
    return {**tables.country_names(), **tables.tag_keywords()}


@functools.cache
def entry_words() -> frozenset[str]:
    """Every word of a country name or keyword."""
    return frozenset(word for form in _free_entries() for word in form.split())


@functools.cache
def _last_words(multiword: bool) -> frozenset[str]:
    """The last word of every country name or keyword (of those of two words or more
    when ``multiword``): no entry ends on a word outside it, which most words show
    at once."""
    return frozenset(
        form.rsplit(" ", 1)[-1] for form in _free_entries() if not multiword or " " in form
    )


@functools.cache
def _longest_entry() -> int:
    """Words in the longest country name or keyword (SAINT VINCENT AND THE GRENADINES)."""
    return max(len(form.split()) for form in _free_entries())


def known_entries(words: tuple[str, ...]) -> list[tuple[int, int, tables.TagInfo | None]]:
    """Cut a run of free words into known entries (keywords, persons, country names:
    ``ISRAELI PALESTINIAN AFFAIRS`` | ``GOI EXTERNAL``) and stretches of other words
    (info None).  Of all the cuts, the one leaving the fewest words outside an
    entry, then with the fewest pieces, wins."""
    known = _free_entries()
    last_words = _last_words(False)
    n = len(words)
    roles = tables.tag_phrase_words()
    # an entry may not end after a connective or a modifier, nor before a connective
    cut_ok = [
        p in (0, n) or (words[p - 1] not in roles and roles.get(words[p]) != "connective")
        for p in range(n + 1)
    ]
    # best[i]: (words left over, pieces, where the last piece starts, its entry) for
    # words[:i]; the cut itself is read back from the end (no list copied per word)
    best: list[tuple[int, int, int, tables.TagInfo | None]] = [(0, 0, 0, None)]
    for i in range(1, n + 1):
        left, pieces = best[i - 1][:2]
        choice: tuple[int, int, int, tables.TagInfo | None] = (left + 1, pieces + 1, i - 1, None)
        if words[i - 1] not in last_words:  # no entry ends here
            best.append(choice)
            continue
        for size in range(1, min(_longest_entry(), i) + 1):
            info = known.get(" ".join(words[i - size : i]))
            if info is None or not (cut_ok[i - size] and cut_ok[i]):
                continue
            left, pieces = best[i - size][:2]
            if (left, pieces + 1) < choice[:2]:
                choice = (left, pieces + 1, i - size, info)
        best.append(choice)
    cut: list[tuple[int, int, tables.TagInfo | None]] = []
    end = n
    while end > 0:
        start, info = best[end][2:]
        cut.append((start, end, info))
        end = start
    cut.reverse()
    # join neighbouring stretches of other words
    merged: list[tuple[int, int, tables.TagInfo | None]] = []
    for i, j, info in cut:
        if info is None and merged and merged[-1][2] is None:
            merged[-1] = (merged[-1][0], j, None)
        else:
            merged.append((i, j, info))
    return merged


@text_cache(16384)
def _is_free(word: str) -> bool:
    """A word that is no code, caption or run of codes: a word of a free-text entry."""
    return (
        _WORD.match(word) is not None
        and tag_kind(word)[0] is TagKind.UNKNOWN
        and misspelt_tag(word) is None
        and word.upper() not in tables.captions()
        and split_glued(word) is None
    )


_WORD = re.compile(r"^[A-Za-z][A-Za-z'-]*$")


def phrase_bound(words: list[str]) -> list[bool]:
    """Which words of a segment a connective or a modifier ties into a phrase (``""``
    stands for a person in parentheses).  A connective ties the word before it and
    the free word after it, unless the word before is a geographic code (``TIP IN
    TURKEY``; but ``CE IN ECONOMICS`` lists India); a free modifier ties the free
    word or keyword after it (``FOREIGN POL``)."""
    roles = tables.tag_phrase_words()
    bound = [False] * len(words)
    for i in range(len(words) - 1):
        role = roles.get(words[i].upper())
        after = words[i + 1]
        if (
            role == "connective"
            and i > 0
            and _WORD.match(words[i - 1])
            and tag_kind(words[i - 1])[0] is not TagKind.GEOGRAPHIC
            and _is_free(after)
        ):
            bound[i - 1] = bound[i] = bound[i + 1] = True
        elif (
            role == "modifier"
            and _is_free(words[i])
            and (_is_free(after) or tag_kind(after)[0] is TagKind.KEYWORD)
        ):
            bound[i] = bound[i + 1] = True
    return bound


@functools.cache
def _glue_pieces() -> frozenset[str]:
    """What a glued tail may split into: codes and one-word keywords (POL, MIL)."""
    return frozenset(tables.tags()) | {k for k in tables.tag_keywords() if " " not in k}


def glued_context() -> int:
    """How many of the free words before a word :func:`glued_entry` reads (the
    longest entry's words but one)."""
    return _longest_entry() - 1


@text_cache(4096)  # TAGS words repeat from line to line
def may_glue(word: str) -> bool:
    """Whether a head of ``word`` may end an entry of two words or more (what
    :func:`glued_entry` needs before it reads the words before)."""
    tails, upper = _last_words(True), word.upper()
    return any(upper[:head] in tails for head in range(len(upper) - 2, 1, -1))


def glued_entry(before: tuple[str, ...], word: str) -> tuple[int, tuple[str, ...]] | None:
    """A word with no blank after the entry the free words before it begin: the length
    of the head that ends the entry and the codes the rest splits into
    (``HUMAN`` + ``RIGHTSPOLMIL`` -> 6, (POL, MIL))."""
    if not before or not _WORD.match(word) or tag_kind(word)[0] is not TagKind.UNKNOWN:
        return None
    entries, tails = _free_entries(), _last_words(True)
    upper = word.upper()
    for head in range(len(upper) - 2, 1, -1):
        if upper[:head] not in tails:  # no entry of two words or more ends so
            continue
        for size in range(1, min(_longest_entry() - 1, len(before)) + 1):
            if " ".join((*before[-size:], upper[:head])) in entries:
                pieces = _split_into(upper[head:], _glue_pieces())
                # not a string of two-letter country codes (PO LI TI CS)
                if pieces and any(len(p) > 2 for p in pieces):
                    return head, pieces
    return None


def read_persons(words: list[str]) -> bool:
    """Free words that alternate surname and given name (``ROOD JOHN CROS GERARD``):
    at least two pairs, most given names known, no surname a known given name."""
    upper = [w.upper() for w in words]
    if len(upper) < 4 or len(upper) % 2 or not all(_WORD.match(w) for w in upper):
        return False
    if any(w in tables.tag_phrase_words() for w in upper):
        return False
    given = tables.given_names()
    surnames, givens = upper[0::2], upper[1::2]
    return not any(s in given for s in surnames) and 2 * sum(g in given for g in givens) > len(
        givens
    )
