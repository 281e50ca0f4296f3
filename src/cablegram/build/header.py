"""Build the text header objects: banner, captions, E.O., TAGS, SUBJECT, REF, Classified By."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pyparsing as pp

from cablegram import ids, tables
from cablegram._text import squash
from cablegram.build._context import Context
from cablegram.build.transmission import century_year
from cablegram.errors import Severity
from cablegram.grammar import header as g
from cablegram.grammar import parse_whole
from cablegram.grammar import references as gr
from cablegram.model import (
    Banner,
    Caption,
    Classification,
    ClassifiedBy,
    Declassification,
    Reference,
    ReferenceKind,
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

_CORRECTED = re.compile(r"(?i)^ *C ?O ?R ?R ?E ?C ?T ?E ?D +C ?O ?P ?Y\b(?P<note>.*)$")


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
    """Kind and meaning of a TAGS code from the tables; shapes decide unknown codes."""
    info = tables.tags().get(code.upper())
    if info is not None:
        return TagKind(info.kind), info.meaning
    return TagKind.UNKNOWN, None


@functools.lru_cache(maxsize=4096)
def split_glued(token: str) -> tuple[str, ...] | None:
    """Split a run-on token into known codes (``ITPHUM`` -> IT, PHUM), if it splits fully."""
    known = tables.tags()
    word = token.upper()
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
    result = best[len(word)]
    return result if result and len(result) > 1 else None


def build_tags(ctx: Context, start: int, end: int) -> tuple[Tag, ...]:
    res = ctx.parse(g.TAGS_LINE, start, end, field="TAGS line")
    if res is None:
        return ()
    line = ctx.view[start:end]
    comma_list = "," in re.sub(r"\([^)]*\)", "", line) or ";" in line
    tags: list[Tag] = []
    # Items in document order: located tokens and persons, plus separators.
    items: list[tuple[int, int, str]] = []
    if "tokens" in res:
        at = start + res["tokens"].locn_start
        for m in g.TAG_TOKEN_RE.finditer(res["tokens"].value[0]):
            if m.lastgroup != "sep":
                items.append((at + m.start(), at + m.end(), m.lastgroup or "token"))
    groups: list[list[tuple[int, int, str]]] = []
    if comma_list:
        # A comma list: words between separators form one tag (HUMAN RIGHTS).
        for item in items:
            a, _, kind = item
            if groups and kind == "token" and groups[-1][-1][2] == "token":
                gap = ctx.view[groups[-1][-1][1] : a]
                if gap.strip() == "" and "\n" not in gap:
                    groups[-1].append(item)
                    continue
            groups.append([item])
    else:
        groups = [[item] for item in items]
    for group in groups:
        a, b = group[0][0], group[-1][1]
        text = " ".join(ctx.view[x:y] for x, y, _ in group)
        words = text.split()
        if len(group) > 1 and all(tag_kind(w)[0] is not TagKind.UNKNOWN for w in words):
            for x, y, _ in group:
                tags.append(_tag(ctx, ctx.view[x:y], x, y))
            continue
        if group[0][2] == "person":
            code = squash(text.strip("()")).upper()
            tags.append(Tag(code=code, kind=TagKind.PERSON, meaning=None, span=Span(a, b)))
            continue
        if len(group) == 1:
            pieces = None
            if tag_kind(text)[0] is TagKind.UNKNOWN and len(text) > 4:
                pieces = split_glued(text)
            if pieces:
                at = a
                for piece in pieces:
                    tags.append(_tag(ctx, piece, at, at + len(piece)))
                    at += len(piece)
                continue
        tags.append(_tag(ctx, squash(text), a, b))
    return tuple(tags)


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
    return Subject(text=squash(res["text"]), marking=marking, span=ctx.span(start, end))


# -------------------------------------------------------------------------- REF


def ref_bullets(text: str) -> list[tuple[int, int, str]]:
    """Accepted bullets in ``text``: (start, end, letter), letters in sequence."""
    found: list[tuple[int, int, str]] = []
    expected = "A"
    for match in gr.BULLET.finditer(text):
        letter = (match["p"] or match["l"]).upper()
        if letter == expected or (found and letter == found[-1][2]) or (not found and letter):
            if not found and letter != "A" and match.start() > 0:
                continue
            if found and letter == found[-1][2] and match.start() - found[-1][1] <= 2:
                # doubled bullet "A. (A)" or "A. A.": extend the previous one
                found[-1] = (found[-1][0], match.end(), letter)
                continue
            if found and letter == found[-1][2]:
                continue
            found.append((match.start(), match.end(), letter))
            expected = chr(ord(letter) + 1)
    return found


def build_references(
    ctx: Context, start: int, end: int, *, year: int | None, citing_id: str | None
) -> tuple[Reference, ...]:
    head = gr.REF_KEYWORD.match(ctx.view, start)
    body_start = head.end() if head and head.start() == start else start
    block = ctx.view[body_start:end]
    bullets = ref_bullets(block)
    items: list[tuple[int, int, str | None]] = []  # (start, end, bullet letter)
    if not bullets or (bullets[0][0] > 0 and block[: bullets[0][0]].strip()):
        first_end = bullets[0][0] if bullets else len(block)
        items.append((0, first_end, None))
    for i, (_, b_end, letter) in enumerate(bullets):
        item_end = bullets[i + 1][0] if i + 1 < len(bullets) else len(block)
        items.append((b_end, item_end, letter))
    references: list[Reference] = []
    for a, b, bullet in items:
        references.extend(
            _reference_item(ctx, body_start + a, body_start + b, bullet, year, citing_id)
        )
    return tuple(references)


_EMAIL = re.compile(r"(?i)\bE-?MAILS?\b")
_TELCON = re.compile(r"(?i)\bTELE?CONS?\b|\bTELEPHONE\b|\bPHONE +CALL|\bTEL\b")


def _known_origin_suffix(origin: str) -> tuple[str, int] | None:
    """The longest run of words at the end of ``origin`` that names a station, and
    the offset where it starts (``IN RESPONSE TO STATE`` -> ``STATE``)."""
    at = 0
    while True:
        if ids.is_known_origin(origin[at:]):
            return origin[at:], at
        space = origin.find(" ", at)
        if space < 0:
            return None
        at = space + 1


def _reference_item(
    ctx: Context,
    start: int,
    end: int,
    letter: str | None,
    year: int | None,
    citing_id: str | None,
) -> list[Reference]:
    span = ctx.span(start, end)
    if not len(span):
        return []
    item = span.of(ctx.view)
    text = squash(item)
    tokens = list(gr.REF_TOKEN_RE.finditer(item))
    notal = any(m.lastgroup == "notal" for m in tokens)
    kind = ReferenceKind.OTHER
    if _EMAIL.search(text):
        kind = ReferenceKind.EMAIL
    elif _TELCON.search(text):
        kind = ReferenceKind.TELCON
    out: list[Reference] = []
    last: tuple[int | None, str] | None = None
    for m in tokens if kind is ReferenceKind.OTHER else ():
        a, b = m.start(), m.end()
        if m.lastgroup == "more":
            if last is None:
                continue
            ref_year, origin = last
            serial = m["more_serial"]
            a = m.start("more_serial")
        elif m.lastgroup == "cable":
            found = _known_origin_suffix(m["origin"])
            if found is None:
                continue
            origin, skipped = found
            written = m["year"]
            if skipped:  # words before the station are not part of the reference
                written = None
                a = m.start("origin") + skipped
            ref_year = century_year(written.strip("()")) if written else None
            serial = m["serial"].replace("O", "0")
            last = (ref_year, origin)
        else:
            continue
        effective_year = ref_year if ref_year is not None else year
        cable_id = (
            ids.make_reference_id(effective_year, origin, serial)
            if effective_year is not None
            else None
        )
        if cable_id is not None and cable_id == citing_id:
            continue
        out.append(
            Reference(
                letter=letter,
                kind=ReferenceKind.CABLE,
                year=ref_year,
                origin=ids.normalise_origin(origin),
                serial=serial,
                cable_id=cable_id,
                notal=notal,
                text=text,
                span=ctx.span(span.start + a, span.start + b),
                item_span=span,
            )
        )
    if not out:
        out.append(
            Reference(
                letter=letter,
                kind=kind,
                year=None,
                origin=None,
                serial=None,
                cable_id=None,
                notal=notal,
                text=text,
                span=span,
                item_span=span,
            )
        )
    return out


# ---------------------------------------------------------------- Classified By


def build_classified_by(ctx: Context, start: int, end: int) -> tuple[ClassifiedBy | None, int]:
    """The Classified By line in ``view[start:end]`` and where it ends.

    When a lost newline glued body text to the reason ("... 1.4 (b) and (d). 1. (C)
    Summary: ..."), the line ends after the reason and the caller gets the rest back.
    """
    res = ctx.parse(g.CLASSIFIED_BY, start, end, field="Classified By line")
    if res is None:
        return None, end
    classifier = squash(res.get("classifier") or "").strip(" ,.;:")
    section = None
    letters: tuple[str, ...] = ()
    stop = end
    if "reason" in res:
        located = res["reason"]
        reason = located.value
        if reason.get("section"):
            section = re.sub(r"[\s/.]", "", reason["section"])
            section = f"{section[0]}.{section[1]}"
        letters = tuple(dict.fromkeys(x.lower() for x in reason.get("letters", [])))
        if "rest" in res and (section or letters):
            stop = start + res["rest"].locn_start
    if res.get("intro") is not None and not (section or letters):
        ctx.report(
            "classified-by-reason",
            f"reason not understood: {squash(ctx.view[start:end])!r}",
            field="Classified By line",
            span=ctx.span(start, end),
            severity=Severity.INFO,
        )
    name, title, office = split_classifier(classifier)
    span = ctx.span(start, stop)
    built = ClassifiedBy(
        name=name,
        title=title,
        office=office,
        reason_section=section,
        reason_letters=letters,
        text=squash(span.of(ctx.view)),
        span=span,
    )
    return built, stop


_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.|[A-Z]{2,}|Mc[A-Z][a-z]+|O'[A-Z][a-z]+|de|van|von|da|del|la|le)$"
)


_OFFICE_SYMBOL = re.compile(r"^[A-Z]{1,5}(?:/[A-Z]{1,5})+$")


def split_classifier(text: str) -> tuple[str | None, str | None, str | None]:
    """Split the classifier into name, title and office with the title vocabulary table.

    ``PolMinCouns Scott Bellard``, ``Robert P. Finn, Ambassador, Embassy Helsinki``,
    ``Charge d'Affaires, a.i., Robert P. Jackson``: comma parts made only of title
    words are the title, the first other part is the name (leading title words
    split off), and what follows the title is the office.
    """
    if not text:
        return None, None, None
    if text.lower().startswith("derived from"):
        return None, None, text
    text = re.sub(r"(?i)^classified +by *:? *", "", text)  # the keyword written twice
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", text) if p.strip()]
    titles = tables.classifier_titles()
    title_parts: list[str] = []
    name: str | None = None
    k = 0
    office_words: list[str] = []
    while k < len(parts) and name is None:
        words = parts[k].split()
        if not title_parts and not office_words:
            # a leading office symbol: "EEB/ESC/TFS Director Steve Bondy"
            while (
                len(words) > 1
                and _OFFICE_SYMBOL.match(words[0])
                and not _is_title_word(words[0], titles)
            ):
                office_words.append(words.pop(0))
        cut = 0
        while cut < len(words) and _is_title_word(words[cut], titles):
            cut += 1
        if cut == len(words):
            title_parts.append(parts[k])
        else:
            if cut:
                title_parts.append(" ".join(words[:cut]))
            name = " ".join(words[cut:])
        k += 1
    rest = parts[k:]
    if name is not None and not title_parts:
        while rest and all(_is_title_word(w, titles) for w in rest[0].split()):
            title_parts.append(rest.pop(0))
        if not title_parts and rest:
            title_parts.append(rest.pop(0))
    title = ", ".join(title_parts) or None
    office = ", ".join([" ".join(office_words)] * bool(office_words) + rest) or None
    if name is not None and title is None and not all(_NAME_WORD.match(w) for w in name.split()):
        # Not a name at all ("Political Section"): keep it as the title.
        return None, name, office
    return name, title, office


def _is_title_word(word: str, titles: frozenset[str]) -> bool:
    return word.strip(".:").lower() in titles
