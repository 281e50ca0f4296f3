"""Build the text header objects: banner, captions, E.O., TAGS, SUBJECT.

REF lists are built in :mod:`cablegram.build.references`, the Classified By line in
:mod:`cablegram.build.classified_by`.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import re
from collections.abc import Container

import attrs
import pyparsing as pp

from cablegram import tables
from cablegram._text import squash
from cablegram.build._context import Context
from cablegram.errors import Severity
from cablegram.grammar import header as g
from cablegram.grammar import parse_whole
from cablegram.ids import _edit_distance
from cablegram.model import (
    Banner,
    Caption,
    Classification,
    Declassification,
    Section,
    Subject,
    Tag,
    TagKind,
)
from cablegram.span import Span

# ----------------------------------------------------------------------- banner


# A cheap test before the banner grammar; first letters may be lost or doubled.
_BANNER_HINT = re.compile(
    r"(?i) *(?:C{0,2} ?O ?N ?F|S{0,2} ?E ?C ?R|U{0,2} ?N ?C ?L|T{0,2} ?O ?P ?S|L ?I ?M)"
)


def match_banner(line: str) -> pp.ParseResults | None:
    if not _BANNER_HINT.match(line):
        return None
    res = parse_whole(g.BANNER, line)
    return None if isinstance(res, pp.ParseBaseException) else res


def _banner_classification(key: str) -> tuple[str, bool] | None:
    """The classification of a banner mark, and whether its first letter was lost
    or doubled on the way (``ONFIDENTIAL``, ``SSECRET``, ``UUNCLAS``)."""
    forms = tables.classification_banner_forms()
    if key in forms:
        return forms[key], False
    for form, name in forms.items():
        if key == form[0] + form or key == form[1:]:
            return name, True
    return None


def build_banner(ctx: Context, start: int, end: int) -> tuple[Banner, int] | None:
    """The banner on ``view[start:end]`` and the offset where its trailing text starts."""
    res = match_banner(ctx.view[start:end])
    if res is None:
        return None
    mark = res["mark"]
    name = _banner_classification(mark.replace(" ", "").upper())
    if name is not None and name[1]:
        ctx.report(
            "banner-typo",
            f"classification {mark!r} read as {name[0]}",
            field="banner",
            span=ctx.span(start, start + len(mark)),
            severity=Severity.INFO,
        )
    section = None
    if res.get("section"):
        loc = ctx.view.find(res["section"], start)
        section = Section(
            number=int(res["section_n"]),
            total=int(res["section_m"]),
            span=ctx.span(loc, loc + len(res["section"])),
        )
    head = ctx.view[start:end]
    serial_at = start + _group_end(head, res["origin"], res["serial"])
    tosec = res.get("tosec") or None
    rest_at = serial_at
    if tosec:
        rest_at = ctx.view.find(tosec, serial_at) + len(tosec)
    banner = Banner(
        classification=Classification(name[0]) if name else None,
        classification_raw=mark,
        section=section,
        origin=" ".join(res["origin"].split()),
        serial=res["serial"],
        tosec=" ".join(tosec.split()) if tosec else None,
        span=ctx.span(start, rest_at),
    )
    if name is None:
        ctx.report(
            "banner-classification",
            f"unknown classification {mark!r}",
            field="banner",
            span=banner.span,
        )
    return banner, rest_at


def _group_end(line: str, origin: str, serial: str) -> int:
    at = line.find(origin)
    at = line.find(serial, at + len(origin))
    return at + len(serial)


# --------------------------------------------------------------------- captions

# "CORRECTED COPY (ADDED ...)", "2ND C O R R E C T E D  C O P Y" with its note on the
# next line (09STATE99783)
_CORRECTED = re.compile(
    r"(?is)^[ -]*(?:\d+(?:ST|ND|RD|TH) +)?C ?O ?R ?R ?E ?C ?T ?E ?D +C ?O ?P ?Y\b(?P<note>.*)$"
)


def build_captions(ctx: Context, start: int, end: int) -> list[Caption] | None:
    """Captions on one line, or None when the line is not a caption line."""
    line = ctx.view[start:end]
    corrected = _CORRECTED.match(line)
    if corrected:
        note = corrected["note"].strip(" /-()")
        note = " ".join(re.sub(r"/{2,}", " ", note).split())
        return [
            Caption(
                name="CORRECTED COPY",
                note=note or None,
                known=True,
                span=ctx.span(start, end),
            )
        ]
    return _caption_words(ctx, start, end)


@functools.cache
def _glued_caption_re() -> re.Pattern[str]:
    names = sorted(
        (c for c in tables.captions() if " " not in c and len(c) >= 5), key=len, reverse=True
    )
    return re.compile("|".join(re.escape(n) for n in names))


def glued_captions(view: str, start: int, end: int) -> list[Caption]:
    """Captions run together with no space at the start of ``view[start:end]`` and
    glued to the text after them (``NOFORNSIPDISPLEASE PASS TO``, 10LONDON255)."""
    pattern = _glued_caption_re()
    while start < end and view[start] == " ":
        start += 1
    found: list[Caption] = []
    pos = start
    while (m := pattern.match(view, pos, end)) is not None:
        found.append(Caption(name=m.group(), note=None, known=True, span=Span(pos, m.end())))
        pos = m.end()
    if len(found) < 2 or pos >= end or not view[pos].isalpha():
        return []  # one caption at the start of a word is not enough evidence
    return found


def _caption_words(ctx: Context, start: int, end: int) -> list[Caption] | None:
    known = tables.captions()
    longest = max((len(c.split()) for c in known), default=1)
    words = [
        (m.start() + start, m.end() + start) for m in re.finditer(r"[^\s,;/]+", ctx.view[start:end])
    ]
    captions: list[Caption] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            first, last = words[i], words[i + size - 1]
            name = " ".join(ctx.view[a:b] for a, b in words[i : i + size]).upper()
            if name in known:
                captions.append(
                    Caption(name=name, note=None, known=True, span=Span(first[0], last[1]))
                )
                i += size
                break
        else:
            return None
    return captions or None


# ------------------------------------------------------------------------- E.O.


def decl_date(res: pp.ParseResults, dtg_year: int | None) -> dt.date:
    """A declassification date; two-digit years are resolved after the DTG year."""
    if res.get("y1"):
        year, month, day = int(res["y1"]), int(res["m1"]), int(res["d1"])
    else:
        written = res["y2"]
        month, day = int(res["m2"]), int(res["d2"])
        year = int(written)
        if len(written) == 2:
            base = dtg_year if dtg_year is not None else 2000
            year = (base // 100) * 100 + year
            if year < base:
                year += 100
    return dt.date(year, month, day)


def build_declassification(
    ctx: Context, start: int, end: int, *, dtg_year: int | None
) -> Declassification | None:
    res = ctx.parse(g.EO_LINE, start, end, field="E.O. line")
    span = ctx.span(start, end)
    if res is None:
        return None
    order_raw = res["order"]
    order: str | None = order_raw
    if order_raw not in tables.executive_orders():
        order = tables.executive_order_typos().get(order_raw)
        ctx.report(
            "eo-order",
            f"executive order {order_raw!r} is not a known order"
            + (f"; read as {order}" if order else ""),
            field="E.O. line",
            span=span,
            severity=Severity.INFO if order else Severity.WARNING,
        )
    date = None
    for item in res.get("date", []):
        try:
            date = decl_date(item.value, dtg_year)
        except ValueError:
            ctx.report(
                "decl-date",
                f"impossible declassification date {item.value[0]!r}",
                field="E.O. line",
                span=ctx.span(start + item.locn_start, start + item.locn_end),
            )
        break
    codes = tuple(
        " ".join(item.value[0].upper().strip("()").split()) for item in res.get("code", [])
    )
    not_applicable = bool(res.get("na"))
    after = ctx.view.find(order_raw, start) + len(order_raw)
    text = squash(ctx.view[after:end]).lstrip(":;., ")
    if res.get("amended"):
        text = squash(ctx.view[start:end])[squash(ctx.view[start:end]).find(order_raw) :]
        text = text[len(order_raw) :].lstrip(":;., ")
    if date is None and not codes and not not_applicable and not text:
        ctx.report(
            "decl-missing",
            "E.O. line without a declassification date or code",
            field="E.O. line",
            span=span,
            severity=Severity.INFO,
        )
    return Declassification(
        order_raw=order_raw,
        order=order,
        date=date,
        codes=codes,
        not_applicable=not_applicable,
        text=text,
        raw=span.of(ctx.raw),
        span=span,
    )


# ------------------------------------------------------------------------- TAGS


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


@functools.lru_cache(maxsize=4096)
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


def _is_topic_code(code: str) -> bool:
    """A four-letter subject or program code (PHUM, MNUC, KNNP): the pieces a run-on
    token must contain before it is split."""
    return len(code) == 4 and tag_kind(code)[0] in (TagKind.SUBJECT, TagKind.PROGRAM)


@functools.lru_cache(maxsize=4096)
def misspelt_tag(word: str) -> str | None:
    """The known code a word of five letters or more misspells by one letter, when
    exactly one code is that close (``MOPPS`` -> MOPS, ``UNDESCO`` -> UNESCO)."""
    key = word.upper().strip(".:")
    if len(key) < 5 or not key.isalpha():
        return None
    close = [
        code
        for code in tables.tags()
        if len(code) >= 4 and abs(len(code) - len(key)) <= 1 and _edit_distance(key, code, 1) <= 1
    ]
    return close[0] if len(close) == 1 else None


def build_tags(ctx: Context, start: int, end: int) -> tuple[tuple[Tag, ...], list[Caption]]:
    """The tags of a TAGS line, and captions a lost newline glued into it (SIPDIS).

    Codes are separated by blanks or by commas.  Words that are no code stay
    together: between two commas always (``HUMAN RIGHTS``), in a blank-separated
    list when one of them is a word rather than a code (``GLOBAL DEFENSE``).
    Run-on codes are split when they split fully into codes, one of them a
    four-letter one (``MASSMNUC`` -> MASS, MNUC; not ``POLITICS``), or when the
    head of the word ends an entry the words before it begin (``HUMAN RIGHTSPOLMIL``
    -> HUMAN RIGHTS, POL, MIL).  A connective ties the words on both sides into
    one tag, even a code (``TIP IN TURKEY``), a modifier the word after it
    (``FOREIGN POL``); a stretch of free words alternating surname and given name
    is read as persons (``ROOD JOHN CROS GERARD``).
    """
    res = ctx.parse(g.TAGS_LINE, start, end, field="TAGS line")
    if res is None or "tokens" not in res:
        return (), []
    view = ctx.view
    line = view[start:end]
    comma_list = "," in re.sub(r"\([^)]*\)", "", line) or ";" in line
    at = start + res["tokens"].locn_start
    # Segments: runs of words between separators (one run when there are none).
    segments: list[list[tuple[int, int, str]]] = [[]]
    for m in g.TAG_TOKEN_RE.finditer(res["tokens"].value[0]):
        kind = m.lastgroup or "token"
        if kind == "sep":
            segments.append([])
        else:
            segments[-1].append((at + m.start(), at + m.end(), kind))
    tags: list[Tag] = []
    captions: list[Caption] = []
    known_captions = tables.captions()
    for segment in segments:
        run: list[tuple[int, int]] = []

        def free_words(run: list[tuple[int, int]]) -> None:
            """Words that are neither codes nor known entries."""
            words = [view[x:y] for x, y in run]
            persons = _read_persons(words)
            if len(run) == 2 and tags and tags[-1].code == "OVIP":
                # an official visit names the visitor: OVIP CLINTON HILLARY
                persons = True
            if persons:
                for k in range(0, len(run), 2):
                    code = f"{words[k].upper()}, {words[k + 1].upper()}"
                    span = Span(run[k][0], run[k + 1][1])
                    tags.append(Tag(code=code, kind=TagKind.PERSON, meaning=None, span=span))
            elif len(run) > 1 and (
                comma_list
                or any(len(w) >= 5 for w in words)
                or any(tables.tag_phrase_words().get(w.upper()) for w in words[1:-1])
            ):
                code = " ".join(w.upper() for w in words)
                tags.append(
                    Tag(
                        code=code,
                        kind=TagKind.UNKNOWN,
                        meaning=None,
                        span=Span(run[0][0], run[-1][1]),
                    )
                )
            else:
                tags.extend(_tag(ctx, view[x:y], x, y) for x, y in run)

        def flush(run: list[tuple[int, int]] = run) -> None:
            words = tuple(view[x:y].upper() for x, y in run)
            rest: list[tuple[int, int]] = []
            for i, j, info in _known_entries(words):
                if info is None:
                    rest.extend(run[i:j])
                    continue
                if rest:
                    free_words(rest)
                    rest = []
                span = Span(run[i][0], run[j - 1][1])
                tags.append(
                    Tag(code=info.code, kind=TagKind(info.kind), meaning=info.meaning, span=span)
                )
            if rest:
                free_words(rest)
            run.clear()

        bound = _phrase_bound([view[x:y] if kind == "token" else "" for x, y, kind in segment])
        for (x, y, kind), in_phrase in zip(segment, bound, strict=True):
            word = view[x:y]
            if kind == "person":
                flush()
                code = squash(word.strip("()")).upper()
                tags.append(Tag(code=code, kind=TagKind.PERSON, meaning=None, span=Span(x, y)))
                continue
            glued = _glued_entry(tuple(view[a:b].upper() for a, b in run), word)
            if glued is not None:  # HUMAN RIGHTSPOLMIL: the head ends an entry
                head, tail = glued
                run.append((x, x + head))
                flush()
                pos = x + head
                for piece in tail:
                    tags.append(_tag(ctx, piece, pos, pos + len(piece)))
                    pos += len(piece)
                continue
            if in_phrase:
                run.append((x, y))
                continue
            if tag_kind(word.strip(".:"))[0] is not TagKind.UNKNOWN:
                flush()
                tags.append(_tag(ctx, word, x, y))
                continue
            # a word of a country name or keyword is no misspelt code (SAINT, not AINT)
            corrected = None if word.upper() in _entry_words() else misspelt_tag(word)
            if corrected is not None:  # MOPPS, UNDESCO
                flush()
                kind, meaning = tag_kind(corrected)
                tags.append(Tag(code=corrected, kind=kind, meaning=meaning, span=Span(x, y)))
                ctx.report(
                    "tag-typo",
                    f"TAGS code {word!r} read as {corrected}",
                    field="TAGS line",
                    span=Span(x, y),
                    severity=Severity.INFO,
                )
                continue
            if word.upper() in known_captions:  # "... CA MX SIPDIS" (lost newline)
                flush()
                captions.append(Caption(name=word.upper(), note=None, known=True, span=Span(x, y)))
                continue
            pieces = split_glued(word) if len(word) > 4 else None
            if pieces and any(_is_topic_code(p) for p in pieces):
                flush()
                pos = x
                for piece in pieces:
                    tags.append(_tag(ctx, piece, pos, pos + len(piece)))
                    pos += len(piece)
                continue
            run.append((x, y))
        flush()
    return tuple(tags), captions


def read_in_context(
    tags: tuple[Tag, ...], post_country: str | None, subject: str | None
) -> tuple[Tag, ...]:
    """Settle what the rest of the cable decides about its tags.

    - A code with a second reading in ``tag_readings.csv`` takes it when the
      cable's geographic company (the post's country and the other geographic
      tags) has more countries in the reading's region than in the region of the
      code's usual reading: AU beside LY and SU is the African Union, beside FR
      and GM it stays Austria.
    - A person tag without initials (``BUSH, GEORGE``) takes them from the subject
      when it writes the name out (``PRESIDENT GEORGE W. BUSH``).
    """
    readings = tables.tag_readings()
    regions = tables.regions()
    out: list[Tag] = []
    for tag in tags:
        reading = readings.get(tag.code)
        if reading is not None and tag.kind is TagKind.GEOGRAPHIC:
            company = {t.code for t in tags if t.kind is TagKind.GEOGRAPHIC} - {tag.code}
            if post_country:
                company.add(post_country)
            votes = collections.Counter(regions.get(code) for code in company)
            if votes[reading.region] > votes[regions.get(tag.code)]:
                tag = attrs.evolve(tag, kind=TagKind(reading.kind), meaning=reading.meaning)
        elif tag.kind is TagKind.PERSON and subject:
            tag = _person_from_subject(tag, subject)
        out.append(tag)
    return tuple(out)


def _person_from_subject(tag: Tag, subject: str) -> Tag:
    surname, _, given = tag.code.partition(", ")
    if not given or not given.isalpha() or not surname.replace("-", "").isalpha():
        return tag
    found = re.search(rf"(?i)\b{re.escape(given)}((?: +[A-Z]\.)+) +{re.escape(surname)}\b", subject)
    if found is None:
        return tag
    initials = " ".join(found[1].split()).upper()
    return attrs.evolve(tag, code=f"{surname}, {given} {initials}")


@functools.cache
def _free_entries() -> dict[str, tables.TagInfo]:
    """Country names and keywords by written form (a keyword wins a shared form)."""
    return {**tables.country_names(), **tables.tag_keywords()}


@functools.cache
def _entry_words() -> frozenset[str]:
    """Every word of a country name or keyword."""
    return frozenset(word for form in _free_entries() for word in form.split())


@functools.cache
def _longest_entry() -> int:
    """Words in the longest country name or keyword (SAINT VINCENT AND THE GRENADINES)."""
    return max(len(form.split()) for form in _free_entries())


def _known_entries(words: tuple[str, ...]) -> list[tuple[int, int, tables.TagInfo | None]]:
    """Cut a run of free words into known entries (keywords, persons, country names:
    ``ISRAELI PALESTINIAN AFFAIRS`` | ``GOI EXTERNAL``) and stretches of other words
    (info None).  Of all the cuts, the one leaving the fewest words outside an
    entry, then with the fewest pieces, wins."""
    known = _free_entries()
    n = len(words)
    roles = tables.tag_phrase_words()
    # an entry may not end after a connective or a modifier, nor before a connective
    cut_ok = [
        p in (0, n) or (words[p - 1] not in roles and roles.get(words[p]) != "connective")
        for p in range(n + 1)
    ]
    # best[i]: (words left over, pieces, cut) for words[:i]
    best: list[tuple[int, int, list[tuple[int, int, tables.TagInfo | None]]]] = [(0, 0, [])]
    for i in range(1, n + 1):
        left, pieces, cut = best[i - 1]
        choice = (left + 1, pieces + 1, [*cut, (i - 1, i, None)])
        for size in range(1, min(_longest_entry(), i) + 1):
            info = known.get(" ".join(words[i - size : i]))
            if info is None or not (cut_ok[i - size] and cut_ok[i]):
                continue
            left, pieces, cut = best[i - size]
            candidate = (left, pieces + 1, [*cut, (i - size, i, info)])
            if candidate[:2] < choice[:2]:
                choice = candidate
        best.append(choice)
    # join neighbouring stretches of other words
    merged: list[tuple[int, int, tables.TagInfo | None]] = []
    for i, j, info in best[n][2]:
        if info is None and merged and merged[-1][2] is None:
            merged[-1] = (merged[-1][0], j, None)
        else:
            merged.append((i, j, info))
    return merged


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


def _phrase_bound(words: list[str]) -> list[bool]:
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


def _glued_entry(before: tuple[str, ...], word: str) -> tuple[int, tuple[str, ...]] | None:
    """A word with no blank after the entry the free words before it begin: the length
    of the head that ends the entry and the codes the rest splits into
    (``HUMAN`` + ``RIGHTSPOLMIL`` -> 6, (POL, MIL))."""
    if not before or not _WORD.match(word) or tag_kind(word)[0] is not TagKind.UNKNOWN:
        return None
    entries = _free_entries()
    upper = word.upper()
    for head in range(len(upper) - 2, 1, -1):
        for size in range(1, min(_longest_entry() - 1, len(before)) + 1):
            if " ".join((*before[-size:], upper[:head])) in entries:
                pieces = _split_into(upper[head:], _glue_pieces())
                # not a string of two-letter country codes (PO LI TI CS)
                if pieces and any(len(p) > 2 for p in pieces):
                    return head, pieces
    return None


def _read_persons(words: list[str]) -> bool:
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


def _tag(ctx: Context, code: str, a: int, b: int) -> Tag:
    code = code.upper().strip(".:")
    kind, meaning = tag_kind(code)
    return Tag(code=code, kind=kind, meaning=meaning, span=Span(a, b))


# ---------------------------------------------------------------------- SUBJECT


def build_subject(ctx: Context, start: int, end: int) -> Subject | None:
    res = ctx.parse(g.SUBJECT_LINE, start, end, field="SUBJECT line")
    if res is None:
        return None
    marking = None
    if "marking" in res:
        located = res["marking"]
        from cablegram.build.body import build_marking

        marking = build_marking(ctx, start + located.locn_start, start + located.locn_end)
    # a word hyphenated at the line end is one word: "US-\nLATIN" -> "US-LATIN"
    text = _HYPHEN_BREAK.sub("-", res["text"])
    return Subject(text=squash(text), marking=marking, span=ctx.span(start, end))


_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-[ \t]*\n\s*(?=[A-Za-z])")
