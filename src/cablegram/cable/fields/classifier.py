"""Who classified a cable: the classifier of a Classified By line split into name,
title and office (``Robert P. Finn, Ambassador, Embassy Helsinki``).

Title and office words come from ``classifier_titles.csv``, the words of a name that
are no name themselves (``Jr.``, ``de``) from ``classifier_name_words.csv``.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from cablegram import tables
from cablegram._cache import text_cache
from cablegram.grammar import vocabulary as v

# ------------------------------------------------------------------ vocabulary


@functools.cache
def _title_kinds() -> dict[str, str]:
    """Title table words (spelled as :func:`_key` spells words) and their kind."""
    return {_key(word): kind for word, kind in tables.classifier_words().items()}


@functools.cache
def _fuzzy_titles() -> dict[str, tuple[str, ...]]:
    """Title words long enough to be recognised when misspelt (``Ambassaor``), by
    their first and by their second letter (a misspelling keeps one of them in
    place: "MCOUNSELOR", "Abassador")."""
    words: dict[str, list[str]] = {}
    for w, kind in _title_kinds().items():
        if kind == "title" and len(w) >= _FUZZY_MIN and w.isalpha():
            words.setdefault(w[0], []).append(w)
            words.setdefault("_" + w[1], []).append(w)
    return {k: tuple(v) for k, v in words.items()}


@functools.cache
def _fuzzy_deletions() -> dict[str, frozenset[str]]:
    """The fuzzy title words by each string left when letters are deleted from them,
    up to as many as edits allowed (one, two from 8 letters on).  Two words at most
    ``k`` edits apart leave a string in common when ``k`` letters at most are deleted
    from each (each edit deletes one letter on each side at most): only the title
    words a key shares such a string with can be that close to it."""
    found: dict[str, set[str]] = {}
    for words in _fuzzy_titles().values():
        for word in words:
            for left in _deletions(word, _limit(word)):
                found.setdefault(left, set()).add(word)
    return {left: frozenset(words) for left, words in found.items()}


def _deletions(word: str, most: int) -> set[str]:
    """``word`` and every string left when up to ``most`` of its letters are deleted."""
    found, last = {word}, {word}
    for _ in range(most):
        last = {w[:i] + w[i + 1 :] for w in last for i in range(len(w))}
        found |= last
    return found


def _limit(word: str) -> int:
    """How many edits a title word may be from a misspelling of it."""
    return 1 if len(word) < 8 else 2


def _name_words() -> dict[str, str]:
    """Words of a name that are no name themselves (see the table)."""
    return tables.classifier_name_words()


#: Misspelt title words: only words of at least this many letters are matched, by
#: at most one edit (two from 8 letters on: "Ambassadior", "Counsleor").
_FUZZY_MIN = 5

# -------------------------------------------------------------- splitting


@text_cache(4096)  # the same classifiers sign many cables
def split_classifier(text: str) -> tuple[str | None, str | None, str | None]:
    """Split the classifier into name, title and office.

    ``PolMinCouns Scott Bellard``, ``Robert P. Finn, Ambassador, Embassy Helsinki``,
    ``Charge d'Affaires, a.i., Robert P. Jackson``, ``AIT Director Douglas Paal``:
    the comma parts are read in turn; in the first part that has one, the name is
    the last run of name-shaped words that no title word, office symbol, connector
    or separator interrupts (see :func:`_name_run`).  Comma parts before it made
    only of title words, and the words before the name in its own part, are the
    title; a leading office symbol and the parts after the title are the office.
    ``text`` may still hold the line breaks of the page: words the page broke are
    joined first (see :func:`_rejoin`).
    """
    text, cut = _normalise(text)
    if not text:
        return None, None, None
    if text.lower().startswith("derived from"):
        return None, None, text
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", text) if p.strip()]
    for k, part in enumerate(parts):
        tokens = _tokens(part)
        if cut and k == len(parts) - 1 and _cut_title(tokens[-1].text):
            tokens[-1].kind = "title"  # "Political Economic Cou...", "AMBASS..."
        run = _name_run(tokens)
        if run is not None:
            return _around_name(parts[:k], tokens, run, parts[k + 1 :])
    # No name at all ("Political Section", "Charge d'Affaires"): all of it is the title.
    return None, ", ".join(parts), None


def _around_name(
    lead: list[str], tokens: list[_Token], run: tuple[int, int], rest: list[str]
) -> tuple[str, str | None, str | None]:
    """Name, title and office, the name being ``tokens[i:j]`` for ``run = (i, j)``,
    ``tokens`` the words of its comma part, ``lead`` and ``rest`` the comma parts
    before and after it."""
    i, j = run
    name = _join(tokens[i:j])
    rest = list(rest)
    if rest and _name_words().get(_key(rest[0])) == "suffix":
        name = f"{name}, {rest.pop(0)}"  # "THOMAS W. SIMONS, JR."
    elif (i, j) == (0, len(tokens)) == (0, 1) and len(rest) > 1 and _given(rest[0], rest[1]):
        name = f"{name}, {rest.pop(0)}"  # the surname first: "Martinez, Vilma, Ambassador"
    before = [t for t in tokens[:i] if t.kind not in ("sep", "junk")]
    # leading office symbols and offices: "EEB/ESC/TFS Director Steve Bondy", "OES/OPA,
    # Evan Bloom", "AIT Director Douglas Paal"
    office_words: list[str] = []
    lead = list(lead)
    while lead and all(_is_office(t) for t in _tokens(lead[0])):
        office_words.append(lead.pop(0))
    while not lead and before and _is_office(before[0]):
        office_words.append(before.pop(0).text)
    while before and before[0].kind == "connector":  # "PRT and Sub-National ..."
        before.pop(0)
    title_parts = [*lead, _join(before).strip(":")]
    # after the name: "(acting)", "SENIOR WATCH OFFICE"; not the debris of a cut line
    after = [t for t in tokens[j:] if t.kind not in ("sep", "junk")]
    if any(t.kind in (*_POSITION, "office") and t.kind != "connector" for t in after):
        title_parts.append(_join(after))
    # the title written after the name: "Lisa Kubiske, Charge d'Affaires, a.i., State"
    while rest and all(t.kind in _POSITION for t in _tokens(rest[0])):
        title_parts.append(rest.pop(0))
    title_parts = [t for t in title_parts if t]
    if not title_parts and rest:
        title_parts.append(rest.pop(0))
    return name, ", ".join(title_parts) or None, ", ".join(office_words + rest) or None


# --------------------------------------------------------------- normalising

# "Classified by" written again inside the line, with what came before it: "(C)
# CLASSIFIED BY", "1. CLASSIFIED BY", "This message classified by", "Classfied By:",
# "CLASSIFIED CONFIDENTIAL BY", "DOS CLASSIFICATION GUIDE BY", "Confidential by", or
# just "by" ("Classified By: by CDA Patricia Butenis").
_KEYWORD_AGAIN = re.compile(
    r"(?i)^(?:(?:[^,;]{0,40}?\b)?(?:cla?ss?i?fi?\w*|confidential|secret)(?: +[a-z]+){0,2}? +)?"
    r"by\b *[:.;]? *"
)
# A paragraph number or portion mark before the classifier: "(U) CDA ...", "1. ...".
_LEADING_MARK = re.compile(rf"^(?:\({v.portion_levels()}(?:/[A-Z]+)*\)|\d{{1,2}}\.)(?= )\s*")
# "," typed for "'" (H-24): "d,Affaires", "O,Grady"; "d' Affairs"; "a. i.".
_COMMA_APOSTROPHE = re.compile(r"\b([dDOL]),(?=[A-Za-z]{2})")
_APOSTROPHE_SPACE = re.compile(r"\b([dD][eE]?['’]) +(?=[A-Za-z])")
_AI = re.compile(r"\b([aA])\. ([iI])\.")
# The mark of a line the page cut short: "Classified By: AMBASSADOR ROLAND ARN...".
_CUT = re.compile(r"\s*(?:\.{2,}|…)$")
# The start of the reason, the rest of it lost: "CHRISTOPHER DAVIS, FOR REA" (the
# line broken inside "REASONS" and the rest taken for the body), "for re...".
_REASON_START = re.compile(r"(?i)[\s,.;:]*\b(?:for|per)(?: +(r[a-z]{0,6}))?$")


def _normalise(text: str) -> tuple[str, bool]:
    """The classifier on one line, with the page's broken words joined, the keyword
    written twice and portion marks dropped, and "," for "'" read as "'"; and
    whether the page cut the line short ("...")."""
    text = _rejoin(text)
    text = _COMMA_APOSTROPHE.sub(r"\1'", text)
    text = _APOSTROPHE_SPACE.sub(r"\1", text)
    text = _AI.sub(r"\1.\2.", text)
    text, cuts = _CUT.subn("", text)
    start = _REASON_START.search(text)
    if start and "reasons".startswith((start.group(1) or "").lower()):
        text = text[: start.start()]
    while True:
        text = text.strip(" ,;:-")
        cut = _KEYWORD_AGAIN.sub("", text, count=1)
        cut = _LEADING_MARK.sub("", cut, count=1)
        if cut == text:
            break
        text = cut
    # The period after the last word goes, except after "Jr." / "Sr.".
    last = _key(text.split()[-1]) if text else ""
    if text.endswith(".") and not (_name_words().get(last) == "suffix" and last in ("jr", "sr")):
        text = text[:-1].rstrip(" ,;:")
    return text, bool(cuts)


def _rejoin(text: str) -> str:
    """Join the words the page broke at a line end, and put the lines on one.

    A line ends inside a word when the release wraps at a fixed width ("Richa\\nrd
    Hoagland", "Charles O. Blah\\na", "Hoyt Y\\nee", "AFFAIR\\nS ROBERT LUKE").  The
    two pieces are joined when together they make a title word and the second is
    none, or when the second starts with a small letter and is no word a
    classifier has in small letters (a connector such as "of", a particle such as
    "de", a title word such as "a.i." or "acting"): a name word or a title word
    starts with a capital.  Nothing else is joined, so an upper-case name broken
    at the line end stays two words.
    """
    lines = [line.strip() for line in text.split("\n")]
    out = lines[0]
    for line in lines[1:]:
        if not line:
            continue
        if not out:
            out = line
            continue
        head = out.rsplit(" ", 1)[-1]
        tail = line.split(" ", 1)[0]
        out += ("" if _joins(head, tail) else " ") + line
    return out


def _joins(head: str, tail: str) -> bool:
    if not (head[-1:].isalpha() and tail[:1].isalpha()):
        return False
    if _key(head + tail) in _title_kinds() and _key(tail) not in _title_kinds():
        return True
    word = tail.rstrip(".,;:")
    return (
        word[:1].islower() and _key(word) not in _title_kinds() and _key(word) not in _name_words()
    )


# ---------------------------------------------------------------- tokens


@dataclasses.dataclass
class _Token:
    text: str
    glued: bool  # no space before it in the text ("Counselor:|Steve")
    #: title, office, connector (from the title table); acronym (DRL, PDAS), typo
    #: (Ambassaor), weak (a compound with a typo): title words only before a name;
    #: name, sep (punctuation alone), junk
    kind: str


#: Kinds of the words of a title (a position), not of an office.
_POSITION = ("title", "connector", "weak", "typo")
# A word a name is made of: "Robert", "O'Grady", "McNerney", "LeBaron", "R0BIN",
# "Zuniga-Brown", "P.", "P", "S.K.", "T.Monroe", "AFriedt".
# "0." is an initial O typed as a zero ("LEE 0. COLDREN").
_NAME_SHAPE = re.compile(
    r"^(?:[A-Z][A-Za-z0'’-]*\.?|(?:[A-Z0]\.){1,3}(?:[A-Z][A-Za-z'’-]+)?"
    r'|["“][A-Z][A-Za-z\'’-]*["”])$'  # a nickname: A. "Hoot" Baez
)
_INITIAL = re.compile(r"^(?:[A-Z0]\.|[A-Z]|(?:[A-Z]\.){2,3})$")
# Split "Counselor:Steve", "AMB:RCROCKER", "DCM/Ted" into two words.
_GLUED = re.compile(r"(?<=\w:)(?=[A-Za-z])|(?<=[A-Z]{2}/)(?=[A-Z][a-z])")


def _given(part: str, following: str) -> bool:
    """Whether a comma part is a given name after the surname, a title after it:
    "Vilma" in "Martinez, Vilma, Ambassador"."""
    tokens = _tokens(part)
    return (
        0 < len(tokens) <= 2
        and all(t.kind == "name" for t in tokens)
        and any(t.kind in _POSITION for t in _tokens(following))
    )


def _cut_title(word: str) -> bool:
    """Whether the last word of a line the page cut short is the start of a title
    word ("Cou", "AMBASS") or of the keyword ("Classifi")."""
    key = _key(word)
    return len(key) >= 3 and any(
        w.startswith(key) for w in (*_title_kinds(), "classified") if len(w) > len(key)
    )


def _titled(key: str) -> bool:
    return _title_kinds().get(key) in ("title", "office")


def _is_office(token: _Token) -> bool:
    """An office symbol or an office's acronym: "EEB/ESC/TFS", "AIT", "NEA"."""
    return token.kind == "office" and (token.text.isupper() or "/" in token.text)


def _join(tokens: list[_Token]) -> str:
    return "".join(("" if t.glued or n == 0 else " ") + t.text for n, t in enumerate(tokens))


def _key(word: str) -> str:
    """A word as the vocabulary tables spell it: lower case, without the
    parentheses and punctuation around it, "0" read as "o" (AMBASSAD0R)."""
    word = word.strip("()[]").rstrip(".,;:'’").lower()
    return re.sub(r"(?<=[a-z])0|0(?=[a-z])", "o", word)


def _tokens(part: str) -> list[_Token]:
    """The words of a comma part, each with its kind.  A part written all in small
    letters ("com jonathan farrar") is read as if its words were capitalised."""
    lower = not any(ch.isupper() for ch in part)
    tokens = []
    for raw in part.split():
        for n, word in enumerate(_GLUED.split(raw)):
            kind = _kind(word.capitalize() if lower else word)
            tokens.append(_Token(word, n > 0, kind))
    # An upper-case word is an office or a title by its shape only in a mixed-case
    # part: "DRL Karen Stewart", not "KAREN STEWART".
    if not any(t.kind == "name" and any(ch.islower() for ch in t.text) for t in tokens):
        for token in tokens:
            if token.kind == "acronym":
                token.kind = "name"
    # A word that is a title only by its shape (DRL, PDAS) or by a misspelling is one
    # only when a name follows it: "Mary Chapman" keeps "Chapman".
    named = False
    for token in reversed(tokens):
        if token.kind in ("acronym", "typo", "weak") and not named:
            token.kind = "name" if _NAME_SHAPE.match(token.text) else "junk"
        named = named or token.kind == "name"
    return tokens


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


@text_cache(16384)
def _kind(word: str) -> str:
    word = word.rstrip(":")  # "CHG: James L Williams"
    if not any(ch.isalnum() for ch in word):
        # "." alone stands for an initial ("Kevin . Johnson"); "-", "?" separate
        return "connector" if word == "&" else "dot" if word == "." else "sep"
    key = _key(word)
    kinds = _title_kinds()
    if key in kinds:
        return kinds[key]
    if key in _name_words():  # "de", "van", "Jr.", "III"
        return "name"
    if "/" in word:  # an office symbol or a title abbreviation: AF/C, A/DCM, U/S
        return "office" if _OFFICE_SYMBOL.match(word.rstrip(".:")) else "title"
    if word.startswith("(") and word.endswith(")"):  # "(acting)", "(CDA)", "(AI)"
        return "title"
    elided = re.sub(r"^d[e]?['’]", "", key)  # "d'Affairs", "de'Affairs"
    if elided != key and (elided in kinds or _misspelt(elided)):
        return "title"
    pieces = key.split("-")
    if len(pieces) > 1 and all(p in kinds for p in pieces):
        return "title"  # "PolEcon-Chief", "Pol-Mil"
    if len(pieces) > 1 and all(p in kinds or _misspelt(p) for p in pieces):
        return "weak"  # "Minister-Counselour"
    humps = re.findall(r"[A-Z][a-z]*", word)
    if len(humps) > 1 and "".join(humps) == word and all(h.lower() in kinds for h in humps):
        return "title"  # "PolMinCons", "ConGen"
    if any(_titled(key[:n]) and _titled(key[n:]) for n in range(2, len(key) - 1)):
        return "title"  # "Polcounselor", "ECONMIN": two title words run together
    if _misspelt(key):
        return "typo"
    if _ACRONYM.match(word):
        return "acronym"
    if _NAME_SHAPE.match(word):
        return "name"
    return "junk"


_OFFICE_SYMBOL = re.compile(r"^[A-Z]{1,5}(?:/[A-Z]{1,5})+$")


@text_cache(4096)
def _misspelt(key: str) -> bool:
    """Whether ``key`` is a title word misspelt: one edit away from one of the long
    title words (two from 8 letters on), a letter dropped, added, changed or two
    swapped ("Ambassaor", "Amabassador", "Ambasasdor", "Direcotr", "CIEF")."""
    if len(key) < _FUZZY_MIN - 1 or not key.isalpha():
        return False
    index = _fuzzy_titles()
    candidates = {*index.get(key[0], ()), *index.get(key[1], ()), *index.get("_" + key[0], ())}
    # only the words close enough to share what is left after deletions (a fast,
    # exact filter: the distance is computed for those alone)
    deletions = _fuzzy_deletions()
    near: set[str] = set()
    # (two deletions reach only the words of 8 letters or more: a key of 6 or more)
    for left in _deletions(key, 2 if len(key) >= 6 else 1):
        near |= deletions.get(left, frozenset())
    for word in candidates & near:
        limit = _limit(word)
        if abs(len(word) - len(key)) <= limit and _edits(key, word, limit) <= limit:
            return True
    return False


def _edits(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance of ``a`` and ``b`` (capped above ``limit``)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# ------------------------------------------------------------------ the name


def _name_run(tokens: list[_Token]) -> tuple[int, int] | None:
    """Where the name is among ``tokens``: the last run of name words of two words
    or more (else the last run), without a particle at its end; a run of particles,
    suffixes and initials alone is no name.

    After a connector ("Special Representative for Afghanistan and Pakistan Richard
    C. Holbrooke", "AMBASSADOR TO SUDAN TIMOTHY CARNEY") the run may begin with the
    place or office the title is for: the name is then its last word with the
    initials before it and one given name (and the initials before that).
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind != "name":
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and (
            tokens[j].kind == "name"
            or (tokens[j].kind == "dot" and j + 1 < len(tokens) and tokens[j + 1].kind == "name")
        ):
            j += 1
        # a name does not end in an initial: "CDA Damian R. Leader" (a title word
        # as a surname)
        if (
            j < len(tokens)
            and j - i > 1
            and _INITIAL.match(tokens[j - 1].text)
            and tokens[j].kind in ("title", "typo", "acronym")
            and tokens[j].text[:1].isupper()
        ):
            j += 1
        end = j
        while end > i and _name_words().get(_key(tokens[end - 1].text)) == "particle":
            end -= 1
        # particles, suffixes and initials alone are no name ("de", "Jr.", "M")
        if any(_is_name_word(t) for t in tokens[i:end]):
            runs.append((i, end))
        i = j
    if not runs:
        return None
    long_runs = [r for r in runs if r[1] - r[0] > 1]
    i, j = (long_runs or runs)[-1]
    if i > 0 and tokens[i - 1].kind == "connector":
        i = max(i, _shortest_name(tokens, i, j))
    return i, j


def _is_name_word(token: _Token) -> bool:
    return (
        token.kind == "name"
        and _key(token.text) not in _name_words()
        and not _INITIAL.match(token.text)
    )


def _shortest_name(tokens: list[_Token], i: int, j: int) -> int:
    """Where the shortest name in ``tokens[i:j]`` starts: [initials] given
    [initials] surname [suffixes]."""
    k = j - 1
    while k > i and _name_words().get(_key(tokens[k].text)) == "suffix":
        k -= 1
    k -= 1  # the surname
    while k >= i and _INITIAL.match(tokens[k].text):
        k -= 1
    k -= 1  # the given name
    while k >= i and _INITIAL.match(tokens[k].text):
        k -= 1
    return k + 1
