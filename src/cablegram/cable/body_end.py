"""The end of a cable's body: the footer lines (``NNNN``, ``MINIMIZE CONSIDERED``, a
post's web-site footer, the classification repeated) and the signature, on a line of
its own or glued to the last sentence."""

from __future__ import annotations

import re

from cablegram import tables
from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable import titles
from cablegram.cable.draft import Body
from cablegram.cable.lines import Lines
from cablegram.errors import Severity
from cablegram.grammar import body as g
from cablegram.model import TextBlock


def split_end(
    ctx: Context, lines: Lines, start: int
) -> tuple[int, TextBlock | None, list[TextBlock]]:
    """Find footer lines and the signature at the end of the body (from ``start`` to
    the end of the text), reading its lines from the last one back.

    Returns the offset where the paragraphs end, the signature and the footer
    lines (footers and trailers such as ``NNNN``) in document order.  A signature
    or a footer glued to the last sentence (``... 2008. Visit London's Classified
    Website: XXXXXXXXXXXX TUTTLE``, ``... UNSCR 1908. MINIMIZE CONSIDERED SCOBEY``)
    is cut from its line.
    """
    view = ctx.view
    back = _LinesBack(lines, start)
    footer: list[TextBlock] = []
    signature: TextBlock | None = None
    cut = len(view)
    j = 0  # lines back from the last one
    record = _record_trailer(view, start)
    if record is not None:  # a database record and abstract after the cable
        footer.append(TextBlock(text=squash(view[record:]), span=ctx.span(record, len(view))))
        cut = record
        while (line := back[j]) is not None and line[0] >= record:
            j += 1
    while (line := back[j]) is not None:
        a, b = line
        text = view[a:b]
        j += 1
        if not text.strip():
            continue
        if g.FOOTER_LINE.match(text) or g.TRAILER.match(text):
            footer.append(TextBlock(text=squash(text), span=ctx.span(a, b)))
            cut = a
            continue
        if signature is None and (signature := _lone_signature(ctx, a, text)) is not None:
            footer.extend(_end_marks(ctx, signature.span.end, b))
            cut = a
            continue
        top = _footer_block(view, back, j - 1)
        if top is not None:
            a = back.start(top)
            block, signature = _footer(ctx, a, b, signature)
            footer.append(block)
            cut, j = a, top + 1
            continue
        if signature is None and (signature := _glued_signature(ctx, a, text)) is not None:
            footer.extend(_end_marks(ctx, signature.span.end, b))
            cut = signature.span.start
        glued = _glued_footer(view, a, min(cut, b))
        if glued is not None:
            block, signature = _footer(ctx, glued, min(cut, b), signature)
            footer.append(block)
            cut = glued
        break
    footer.reverse()
    return cut, signature, footer


#: How far from the end of the text a record trailer is looked for.
_RECORD_WINDOW = 4000


def _record_trailer(view: str, start: int) -> int | None:
    """Where a database record appended after the cable starts (its line, then at most
    two blocks of its abstract to the end of the text), or None."""
    window = g.RECORD_TRAILER.finditer(view, max(start, len(view) - _RECORD_WINDOW))
    found = max(window, key=lambda m: m.start(), default=None)
    if found is None:
        return None
    blocks = [b for b in re.split(r"\n *\n", view[found.end() :]) if b.strip()]
    return found.start() if len(blocks) <= 2 else None


def _lone_signature(ctx: Context, a: int, text: str) -> TextBlock | None:
    """A signature on a line of its own (``BELLARD``, ``Wilkins``, ``MORIARTY "``)."""
    sig = g.SIGNATURE.match(text)
    if sig is None or len(squash(text)) > 40 or g.PARAGRAPH_START.match(text):
        return None
    words = squash(text).rstrip('." ').split()
    if len(words) > 3 or text.rstrip().endswith(":"):
        return None
    name = sig["sig"].rstrip(".")
    at = a + sig.start("sig")
    return TextBlock(text=name, span=ctx.span(at, at + len(name)))


def _glued_signature(ctx: Context, a: int, text: str) -> TextBlock | None:
    """A signature glued to the last sentence of the line ``text`` (at ``a``)."""
    glued = g.GLUED_SIGNATURE.search(text)
    if not (
        glued
        and re.search(r"[a-z]", text[: glued.start()])
        and not g.CLOSING_WORDS.match(glued["sig"])
    ):
        glued = g.CLOSING_SIGNATURE.search(text)
    if glued is None:
        glued = g.BARE_SIGNATURE.search(text)
        if glued is not None and g.CLOSING_WORDS.match(glued["sig"]):
            glued = None
    if glued is None:
        glued = g.TITLED_SIGNATURE.search(text)
        if glued is not None and _no_name(glued["sig"]):
            glued = None
    if not glued or _OPENER_ONLY.fullmatch(text, 0, glued.start()):
        return None  # a paragraph's first words, not a name after its last ("1. Mission Viet")
    return TextBlock(text=glued["sig"], span=ctx.span(a + glued.start("sig"), a + glued.end("sig")))


def _no_name(words: str) -> bool:
    """Whether a capitalised word after the last sentence is no name: a closing word,
    or a word that opens sentences (a text cut short: "... was 5.6 percent. The")."""
    first = words.split()[0]
    return bool(g.CLOSING_WORDS.match(first.upper())) or first.lower() in tables.function_words()


def _glued_footer(view: str, a: int, end: int) -> int | None:
    """Where a footer glued to the last sentence of the line ``view[a:end]`` starts: a
    post's web-site line (``... the draft text. ****** Visit Embassy Manama's
    Classified Website: XXXXXXXXXXXX ******``) or ``MINIMIZE CONSIDERED``."""
    line = view[a:end]
    k = max(line.rfind("Visit "), line.rfind("VISIT "), line.rfind("MINIMIZE CONSIDERED"))
    if k <= 0:
        return None
    tail = line[k:]
    if not (tail.startswith("MINIMIZE") or g.FOOTER_START.match(tail)):
        return None
    if line[k - 7 : k].lower() == "please ":
        k -= 7
    head = line[:k].rstrip(" *")
    if not head or head[-1] not in _SENTENCE_ENDS or _OPENER_ONLY.fullmatch(head):
        return None  # no sentence before it: a paragraph of its own ("9. (U) Visit ...")
    return a + len(head) + len(line[len(head) : k]) - len(line[len(head) : k].lstrip(" "))


def _footer(
    ctx: Context, a: int, b: int, signature: TextBlock | None
) -> tuple[TextBlock, TextBlock | None]:
    """The web-site footer in ``view[a:b]``, and the signature: a name after the site's
    address or its redaction at the footer's end (``Visit London's Classified Website:
    XXXXXXXXXXXX LeBaron``, ``.../p/nea/manama/ HENZEL``) is the signature, when none
    was found after the footer."""
    if signature is None and (after := _AFTER_SITE.search(ctx.view, a, b)) is not None:
        signature = TextBlock(
            text=after["sig"], span=ctx.span(after.start("sig"), after.end("sig"))
        )
        b = after.start("sig")
    b = a + len(ctx.view[a:b].rstrip())
    return TextBlock(text=squash(ctx.view[a:b]), span=ctx.span(a, b)), signature


#: A name (one word: the drafter's surname) right after a web site's address or its
#: redaction, at the end of a footer.
_AFTER_SITE = re.compile(
    r"(?:X{12}|x{12}|(?:https?://|www\.)\S*[A-Za-z/]) *(?P<sig>[A-Z][A-Za-z'-]+)[ .]*$"
)


#: A paragraph's number and mark with nothing after them.
_OPENER_ONLY = re.compile(r"\s*\d{1,3}[a-z]?[.)]\s*(?:\([^)]{1,40}\))?\s*")
_SENTENCE_ENDS = frozenset(".!?\"')]:*")


_END_MARK = re.compile(rf"[#\"]+|{g.RELEASE_DEBRIS}")


def _end_marks(ctx: Context, start: int, end: int) -> list[TextBlock]:
    """The ``#`` that ends a signature's line (``WILKINS #``): a footer mark of its own."""
    found = _END_MARK.search(ctx.view, start, end)
    if found is None:
        return []
    span = ctx.span(found.start(), found.end())
    return [TextBlock(text=span.of(ctx.raw), span=span)]


def _footer_block(view: str, lines: _LinesBack, j: int) -> int | None:
    """The line (counted back from the last) that starts a web-site footer ending at
    line ``j``: a ``Visit ...`` line at most three lines up, with no blank line in
    between."""
    for k in range(j, j + 4):
        line = lines[k]
        if line is None:
            return None
        text = view[line[0] : line[1]]
        if not text.strip():
            return None
        if g.FOOTER_START.match(text):
            return k
    return None


class _LinesBack:
    """The lines of the body from ``start`` to the end of the text, read from the last
    one back: ``lines[0]`` is the last line's ``(start, end)``, ``lines[1]`` the one
    before; None before the body's first line (which starts at ``start``)."""

    def __init__(self, lines: Lines, start: int) -> None:
        self._spans = lines.spans
        self._start = start
        self._last = len(lines) - 1
        self._first = lines.at(start)

    def __getitem__(self, j: int) -> tuple[int, int] | None:
        k = self._last - j
        if k < self._first:
            return None
        a, b = self._spans[k]
        return max(a, self._start), b

    def start(self, j: int) -> int:
        line = self[j]
        assert line is not None
        return line[0]


def report_no_signature(ctx: Context, body: Body, stop: int) -> None:
    """No signature and no footer, and the text ends with words that end no sentence
    (a name the signature rules did not take, or a text cut short): said, not guessed."""
    if body.signature is not None or body.footer or not body.paragraphs:
        return
    last = ctx.view[:stop].rstrip()
    line = last[last.rfind("\n") + 1 :]
    if not line or titles.ENDS_SENTENCE.search(line):
        return
    ctx.report(
        "signature-not-found",
        f"no signature found; the text ends with {squash(line)[-40:]!r}",
        field="signature",
        span=ctx.span(len(last) - len(line), len(last)),
        severity=Severity.INFO,
    )
