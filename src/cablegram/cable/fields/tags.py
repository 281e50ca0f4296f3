"""The TAGS line: ``TAGS: PREL, PGOV, YI, CA``, with its free-text entries, run-on and
misspelt codes, persons, and the captions a lost newline glued into it; then what the
rest of the cable decides about the tags (:func:`read_in_context`)."""

from __future__ import annotations

import collections
import re

import attrs

from cablegram import ids, tables
from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable.draft import Draft, FieldSpan, Header
from cablegram.cable.fields import tag_words as w
from cablegram.cable.fields._common import runs_on
from cablegram.errors import Severity
from cablegram.grammar import header as g
from cablegram.grammar import layout as gl
from cablegram.model import Caption, Tag, TagKind, TextBlock
from cablegram.span import Span

# ------------------------------------------------------------------ the field


def continues(ctx: Context, field: FieldSpan, text: str, previous_blank: bool) -> bool:
    """A list that ends in a comma goes on (``TAGS: PREL, PGOV,`` / ``KDEM``), and so does
    one whose next line is mostly known codes (``NL, IS, SR``; not ``Summary``) or a
    keyword broken over the line end (``... KU COUNTRY`` / ``CLEARANCE``)."""
    if not runs_on(text, previous_blank):
        return False
    before = ctx.view[field.start : field.end].rstrip()
    return before.endswith(",") or _tags_line(text) or _keyword_goes_on(before, text)


def build(
    ctx: Context, header: Header, field: FieldSpan, *, year: int | None, last: bool
) -> int | None:
    tags, glued_captions = build_tags(ctx, field.start, field.end)
    header.tags, repeated = once_each(tags)
    header.captions.extend(glued_captions)
    for tag in repeated:
        header.repeated.append(TextBlock(text=tag.span.of(ctx.raw), span=tag.span))
    if repeated:
        ctx.report(
            "tags-repeated",
            f"TAGS codes written again: {' '.join(t.code for t in repeated)}",
            field="tags",
            span=ctx.span(repeated[0].span.start, repeated[-1].span.end),
            severity=Severity.INFO,
        )
    return None


def once_each(tags: tuple[Tag, ...]) -> tuple[tuple[Tag, ...], list[Tag]]:
    """Each code once, where first written, and the codes written again (a section
    copy's TAGS line glued into the first: ``PREL MARR IT MARR IT``, 03ROME2045)."""
    seen: set[str] = set()
    kept: list[Tag] = []
    again: list[Tag] = []
    for tag in tags:
        (again if tag.code in seen else kept).append(tag)
        seen.add(tag.code)
    return (tags, again) if not again else (tuple(kept), again)


def bare_tags_line(text: str) -> bool:
    """Whether a line is a TAGS list without its keyword (under the E.O. line: ``EFIN,
    ECON, EINV, PGOV, CH``, 08BEIJING3662, H-17): three codes or more, separated by
    commas, every one a known TAGS code, that the TAGS grammar reads."""
    if "," not in text or gl.FIELD_GLUED.search(text):
        return False
    if g.TAGS_LINE.match(text) is None:
        return False
    tokens = list(g.TAG_TOKEN_RE.finditer(text))
    codes = [m.group() for m in tokens if m.lastgroup == "token"]
    return len(codes) >= 3 and all(w.tag_kind(c.upper())[0] is not TagKind.UNKNOWN for c in codes)


def _tags_line(text: str) -> bool:
    """Whether a line continues a TAGS list: most of its codes are known TAGS."""
    glued = gl.FIELD_GLUED.search(text)  # "TIP SUBJECT: ..." (lost newline)
    if glued is not None:
        text = text[: glued.start()]
    tokens = list(g.TAG_TOKEN_RE.finditer(text))
    codes = [m.group() for m in tokens if m.lastgroup == "token"]
    if not codes:
        return any(m.lastgroup == "person" for m in tokens)
    known = sum(w.tag_kind(c.upper())[0] is not TagKind.UNKNOWN for c in codes)
    return 2 * known >= len(codes)


def _keyword_goes_on(before: str, line: str) -> bool:
    """Whether the last word before a line end and the words of the next line make a
    known TAGS keyword (``COUNTRY`` / ``CLEARANCE``)."""
    last = before.rsplit(None, 1)[-1].upper() if before.strip() else ""
    words = line.upper().split()
    keywords = tables.tag_keywords()
    return bool(last) and any(
        " ".join([last, *words[:k]]) in keywords for k in range(1, min(len(words), 3) + 1)
    )


# --------------------------------------------------------------- the line


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
    line = ctx.view[start:end]
    reader = _TagsReader(ctx, comma_list="," in re.sub(r"\([^)]*\)", "", line) or ";" in line)
    at = start + res.span("tokens")[0]
    # Segments: runs of words between separators (one run when there are none).
    segments: list[list[tuple[int, int, str]]] = [[]]
    for m in g.TAG_TOKEN_RE.finditer(res["tokens"] or ""):
        kind = m.lastgroup or "token"
        if kind == "sep":
            segments.append([])
        else:
            segments[-1].append((at + m.start(), at + m.end(), kind))
    for segment in segments:
        reader.segment(segment)
    return tuple(reader.tags), reader.captions


class _TagsReader:
    """The words of one TAGS line, read segment by segment."""

    def __init__(self, ctx: Context, *, comma_list: bool) -> None:
        self.ctx = ctx
        self.view = ctx.view
        self.comma_list = comma_list
        self.tags: list[Tag] = []
        self.captions: list[Caption] = []
        #: Free words not yet read (their offsets): an entry, a phrase or persons.
        self.run: list[tuple[int, int]] = []

    def segment(self, segment: list[tuple[int, int, str]]) -> None:
        view = self.view
        bound = w.phrase_bound([view[x:y] if kind == "token" else "" for x, y, kind in segment])
        for (x, y, kind), in_phrase in zip(segment, bound, strict=True):
            self.word(x, y, kind, in_phrase)
        self.flush()

    def word(self, x: int, y: int, kind: str, in_phrase: bool) -> None:
        view, tags = self.view, self.tags
        word = view[x:y]
        if kind == "person":
            self.flush()
            code = squash(word.strip("()")).upper()
            tags.append(Tag(code=code, kind=TagKind.PERSON, meaning=None, span=Span(x, y)))
            return
        run = self.run
        glued = None
        if run and w.may_glue(word):
            before = run[max(0, len(run) - w.glued_context()) :]  # not the whole run
            glued = w.glued_entry(tuple(view[a:b].upper() for a, b in before), word)
        if glued is not None:  # HUMAN RIGHTSPOLMIL: the head ends an entry
            head, tail = glued
            self.run.append((x, x + head))
            self.flush()
            self.codes(tail, x + head)
            return
        if in_phrase:
            self.run.append((x, y))
            return
        if w.tag_kind(word.strip(".:"))[0] is not TagKind.UNKNOWN:
            self.flush()
            tags.append(_tag(word, x, y))
            return
        if self.other_word(word, x, y):
            return
        self.run.append((x, y))

    def other_word(self, word: str, x: int, y: int) -> bool:
        """A word no table knows as it is: a misspelt code, a caption, run-on codes."""
        # a word of a country name or keyword is no misspelt code (SAINT, not AINT)
        corrected = None if word.upper() in w.entry_words() else w.misspelt_tag(word)
        if corrected is not None:  # MOPPS, UNDESCO
            self.flush()
            kind, meaning = w.tag_kind(corrected)
            self.tags.append(Tag(code=corrected, kind=kind, meaning=meaning, span=Span(x, y)))
            self.ctx.report(
                "tag-typo",
                f"TAGS code {word!r} read as {corrected}",
                field="TAGS line",
                span=Span(x, y),
                severity=Severity.INFO,
            )
            return True
        if word.upper() in tables.captions():  # "... CA MX SIPDIS" (lost newline)
            self.flush()
            self.captions.append(Caption(name=word.upper(), note=None, known=True, span=Span(x, y)))
            return True
        pieces = w.split_glued(word) if len(word) > 4 else None
        if pieces and any(w.is_topic_code(p) for p in pieces):
            self.flush()
            self.codes(pieces, x)
            return True
        return False

    def codes(self, pieces: tuple[str, ...], pos: int) -> None:
        """Codes written one after the other from ``pos``."""
        for piece in pieces:
            self.tags.append(_tag(piece, pos, pos + len(piece)))
            pos += len(piece)

    def flush(self) -> None:
        """Read the pending free words: known entries, and what is left between them."""
        run = self.run
        if not run:
            return
        view = self.view
        words = tuple(view[x:y].upper() for x, y in run)
        rest: list[tuple[int, int]] = []
        for i, j, info in w.known_entries(words):
            if info is None:
                rest.extend(run[i:j])
                continue
            if rest:
                self.free_words(rest)
                rest = []
            span = Span(run[i][0], run[j - 1][1])
            self.tags.append(
                Tag(code=info.code, kind=TagKind(info.kind), meaning=info.meaning, span=span)
            )
        if rest:
            self.free_words(rest)
        self.run = []

    def free_words(self, run: list[tuple[int, int]]) -> None:
        """Words that are neither codes nor known entries."""
        tags = self.tags
        words = [self.view[x:y] for x, y in run]
        persons = w.read_persons(words)
        if len(run) == 2 and tags and tags[-1].code == "OVIP":
            # an official visit names the visitor: OVIP CLINTON HILLARY
            persons = True
        if persons:
            for k in range(0, len(run), 2):
                code = f"{words[k].upper()}, {words[k + 1].upper()}"
                span = Span(run[k][0], run[k + 1][1])
                tags.append(Tag(code=code, kind=TagKind.PERSON, meaning=None, span=span))
        elif len(run) > 1 and (
            self.comma_list
            or any(len(word) >= 5 for word in words)
            or any(tables.tag_phrase_words().get(word.upper()) for word in words[1:-1])
        ):
            code = " ".join(word.upper() for word in words)
            span = Span(run[0][0], run[-1][1])
            tags.append(Tag(code=code, kind=TagKind.UNKNOWN, meaning=None, span=span))
        else:
            tags.extend(_tag(self.view[x:y], x, y) for x, y in run)


def _tag(code: str, a: int, b: int) -> Tag:
    code = code.upper().strip(".:")
    kind, meaning = w.tag_kind(code)
    return Tag(code=code, kind=kind, meaning=meaning, span=Span(a, b))


# ------------------------------------------------------------ in context


def read_in_context(ctx: Context, draft: Draft) -> None:
    """Settle what the rest of the cable decides about its tags (once the reference
    id and the subject are known): see :func:`tags_in_context`."""
    header = draft.header
    origin = ids.id_origin(draft.reference_id) if draft.reference_id else None
    country = tables.station_countries().get(origin) if origin else None
    subject = header.subject.text if header.subject is not None else None
    header.tags = tags_in_context(header.tags, country, subject)


def tags_in_context(
    tags: tuple[Tag, ...], post_country: str | None, subject: str | None
) -> tuple[Tag, ...]:
    """The tags as the rest of the cable reads them.

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
