"""Newline-collapsed texts: detected, read with their line breaks put back, and their
spans moved back to the text as given.

Datasets that dropped every line break of a cable (``renderings/flattened-json`` of
the corpus) run its fields together: ``ANKARA 001730SIPDISE.O. 12958: DECL:
03/19/2015TAGS: PREL PGOV PINS MARR TUSUBJECT: TURKEY ADRIFTREF: A. ANKARA 1074¶B.
ANKARA 1231...``.  :func:`resegment` tells such a text (:func:`is_collapsed`), finds
where it lost the line breaks that matter to the reader (:func:`lost_breaks`), and
gives a copy with them put back; :meth:`Resegmented.read` parses the copy, moves
every span of the result back to the text as given (:mod:`cablegram.cable.respan`),
which stays ``cable.raw``, and reports ``text-collapsed``.  Values computed when
first read (paragraph text, REF items) are computed from the copy, which they keep
alive until then.

Where breaks are put back (the hard cases, each from a real text of the corpus):

* after a dump's date line glued to the banner (``Wednesday, 11 February 2009,
  13:03C O N F I D E N T I A L``, 09ANKARA226) and after the banner's serial
  (``ANKARA 001730SIPDIS``, 05ANKARA1730);
* around captions and at double blanks before the first field, which splits the
  handling lines (``SIPDISDEPARTMENT FOR EUR/SEE.O. 12958``, 09ANKARA1549);
* before the E.O., TAGS, SUBJECT, REF and Classified By keywords, glued to the word
  before them or not (``TUSUBJECT:``, ``ADRIFTREF:``, ``WINGSClassified By``);
* inside the TAGS list, between two codes glued where a wrapped line lost its break
  (``KHLSUNSC`` is KHLS and UNSC, 09BRUSSELS536), and before an unknown word past
  where the line would have ended, so that no word of the subject or the body is
  taken for a tag;
* at the end of the header's last field: a SUBJECT in capitals before a sentence
  (09ANKARA1594), a REF list before text that is no bullet and cites no cable
  (72TEHRAN1164), a Classified By line before a sentence (09TELAVIV2482); no field
  runs on to the body;
* before each ``¶`` (a line break in a REF list, a blank line in the body) and
  before each paragraph number that follows the one before it (``(d)1.(C)``,
  ``... para 11.  2.  (C)``, 07ANKARA1091, 05NEWDELHI301); before the numbered items
  of a list (``(TERR-2) 3) Impact of ...``, 08STATE30340) and a dash item after a
  sentence;
* around rules of dashes and the heading over them (``End Summary.AKP Government
  Adrift-----------------------¶2.``, 05ANKARA1730), around the cable's own page
  markers (``If he were notAnkara 00001905 002 of 002in good shape``, 07ANKARA1905),
  before a post's ``Visit ... Classified Web Site`` trailer, and before a signature
  glued to the last sentence or URL (``.../ankara/WILSON``, 07ANKARA1091), after an
  old telegram's ``GP-3`` (66BUENOSAIRES2481) or a closing ``End Talking Points``
  (09STATE14577), with a stray period under it (``MURRAY .``, 09BRUSSELS536).

What cannot be put back: a line break inside a field that left no space
(``CLOSURE CASEBY AMENDING``, 08ANKARA536), and blank lines between unnumbered
paragraphs of texts whose blank lines became two blanks like a sentence's end.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

from cablegram import tables
from cablegram._lazy import replaced
from cablegram.cable.respan import moved
from cablegram.errors import CableSyntaxError, Diagnostic, Severity
from cablegram.grammar import collapsed as g
from cablegram.grammar import header as gh
from cablegram.model import Cable
from cablegram.span import Span

#: A text shorter than this is never taken for a collapsed cable.
MIN_LENGTH = 300
#: A collapsed text has at most this many lines shorter than :data:`SHORT_LINE`
#: characters (a title, a date line left on its own); a clean cable has dozens, and
#: so has a clean text with a few huge lines (a partly collapsed WikiLeaks text of
#: the corpus, 10LONDON92: 27 lines, one of them 99% of the text).
MAX_SHORT_LINES, SHORT_LINE = 2, 200
#: How many line-opening words must stand inside a line.
MIN_LANDMARKS = 3
#: How far after the banner the text-header fields are looked for.
HEADER_WINDOW = 4000
#: Where a TAGS line of the clean text would have ended (its longest lines).
TAGS_LINE_WIDTH = 75
#: Where a wrapped TAGS line ends, counted from its keyword (45 to 56 characters in
#: the Cablegate texts): two codes glued there lost the line break between them.
TAGS_WRAP = range(44, 58)
#: The longest heading put on its own line over a rule.
MAX_HEADING = 80

LINE, BLANK = "\n", "\n\n"


def is_collapsed(text: str) -> bool:
    """Whether ``text`` is a cable that lost its line breaks: a long text with almost
    none (no more than two short lines), in which three words or more that open a
    line of a cable (``¶``, the text header's keywords, a marked paragraph number)
    stand inside a line."""
    if len(text) < MIN_LENGTH or _short_lines_over(text, MAX_SHORT_LINES):
        return False
    stripped = text.strip()
    if len(stripped) < MIN_LENGTH:
        return False
    inside = 0
    for line in g.LINE_BREAK.split(stripped):
        for found in g.LANDMARK.finditer(line):
            if line[: found.start()].strip():
                inside += 1
                if inside >= MIN_LANDMARKS:
                    return True
    return False


def _short_lines_over(text: str, most: int) -> bool:
    """Whether ``text`` has more than ``most`` lines that are short and not blank
    (looked for from the start, and no further than needed: a clean cable answers at
    its third line).  A bare CR ends a line too (``cables.csv`` texts of old Macs)."""
    count = 0
    for line in g.LINE.finditer(text):
        if line.end() - line.start() < SHORT_LINE and not line.group().isspace():
            count += 1
            if count > most:
                return True
    return False


def lost_breaks(text: str) -> list[tuple[int, str]]:
    """Where ``text`` lost the line breaks that matter, in order: the offset before
    which a break goes, and the break (a line end, or a blank line)."""
    return _Breaks(text).find()


class _Breaks:
    """The breaks of one collapsed text, found zone by zone: the banner, the text
    header, the body, the end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[int, str] = {}
        self.origin: str | None = None
        self.serial: int | None = None
        #: The cable's own page markers, ``[start, end)``.
        self.pages: list[tuple[int, int]] = []

    def add(self, at: int, kind: str = BLANK) -> None:
        """A break before ``at`` (a blank line wins over a line end); none at either
        end of the text or beside a line break it still has."""
        text = self.text
        inside = 0 < at < len(text) and text[at - 1] != "\n" and text[at] != "\n"
        if inside and self.found.get(at) != BLANK:
            self.found[at] = kind

    def find(self) -> list[tuple[int, str]]:
        start = self._banner()
        self._pages()
        body = self._header(start)
        self._body(body)
        self._end()
        return sorted(self.found.items())

    # -- the banner ------------------------------------------------------------
    def _banner(self) -> int:
        """After a dump's date line and the banner; where the header starts."""
        text, pos = self.text, len(self.text) - len(self.text.lstrip())
        dated = g.WRAPPER_DATE.match(text, pos)
        if dated is not None:
            pos = dated.end()
            self.add(pos)
        banner = gh.BANNER_INSIDE.search(text, pos, pos + 200)
        if banner is None or text[pos : banner.start()].strip():
            return pos
        self.origin = " ".join((banner["origin"] or "").split())
        serial = banner["serial"] or ""
        self.serial = int(serial) if serial.isdigit() else None
        self.add(banner.end())
        return banner.end()

    # -- the text header -------------------------------------------------------
    def _header(self, start: int) -> int:
        """The text-header fields after ``start``; returns where the body starts."""
        limit = self._first_paragraph(start, min(len(self.text), start + HEADER_WINDOW))
        fields = self._fields(start, limit)
        self._captions(start, fields[0][0] if fields else limit)
        if not fields:
            return start
        for k, (at, kind) in enumerate(fields):
            self.add(at)
            last = k == len(fields) - 1
            end = limit if last else fields[k + 1][0]
            if kind == "tags" and (stop := self._tags(at, end)) < end:
                self.add(stop)
                end = stop
            elif kind == "ref":
                self._ref(at, end)
            if last:
                end = min(end, self._field_end(kind, at, end))
                self.add(end)
                return end
        return limit

    def _first_paragraph(self, start: int, limit: int) -> int:
        """Where the body's first numbered paragraph starts, before ``limit``:
        paragraph 1 with its sign, its marking or after the end of a sentence, else
        the first ``¶`` and a number."""
        text = self.text
        for pattern in (g.SIGN_NUMBER, g.MARKED_NUMBER, g.BARE_NUMBER):
            for number in pattern.finditer(text, start, limit):
                if number["number"] == "1":
                    limit = number.start()
                    break
        sign = g.SIGN_NUMBER.search(text, start, limit)
        return sign.start() if sign is not None else limit

    def _fields(self, start: int, limit: int) -> list[tuple[int, str]]:
        """The first keyword of each field: SUBJECT, the TAGS before it, the E.O.
        before those (an E.O. quoted in a Classified By line comes after them), and
        REF and Classified By after them; in the order of the text."""
        keywords = [
            (k.start(), k.lastgroup or "")
            for k in g.HEADER_KEYWORD.finditer(self.text, start, limit)
        ]

        def first(kind: str, low: int, high: int) -> int | None:
            return next((at for at, k in keywords if k == kind and low <= at < high), None)

        chosen: list[tuple[int, str]] = []
        bound = limit
        for kind in ("subject", "tags", "eo"):
            found = first(kind, start, bound)
            if found is not None:
                chosen.append((found, kind))
                bound = found
        after = max((at for at, _ in chosen), default=start)
        for kind in ("ref", "clby"):
            found = first(kind, after, limit)
            if found is not None:
                chosen.append((found, kind))
        return sorted(chosen)

    def _captions(self, start: int, end: int) -> None:
        """Captions and handling lines before the first field: a break around each
        caption and at each double blank, but for the blanks between the words of a
        spaced caption (``C O R R E C T E D  C O P Y``, 09DOHA733)."""
        for found in g.caption_word().finditer(self.text, start, end):
            self.add(found.start())
            self.add(found.end())
        for found in g.BLANKS.finditer(self.text, start, end):
            if not g.SPACED_WORD_END.search(self.text, start, found.start()):
                self.add(found.end())

    def _tags(self, start: int, end: int) -> int:
        """Line ends inside a TAGS list between two codes glued where a wrapped line
        lost its break (``KHLSUNSC``, 09BRUSSELS536; not ``IRAJ`` early in the line,
        which the clean text has too, 06BAKU1835); the list ends before a word no
        table knows that stands past where its line would have ended or after a
        blank line (two blanks): no word of the subject or the body is a tag."""
        known = tables.tags()
        keyword = g.HEADER_KEYWORD.match(self.text, start)
        pos = keyword.end() if keyword is not None else start
        for token in g.TAG_TOKEN.finditer(self.text, pos, end):
            word = token.group().strip(".:")
            after_blank = "  " in self.text[pos : token.start()]
            pos = token.end()
            if word.upper() in known or g.PERSON_TOKEN.fullmatch(word):
                continue  # a code, or a person's name in parentheses
            if any(a <= token.start() < b for a, b in self.pages):
                pos = token.start()  # a page marker in the list: not its words
                continue
            split = _glued_codes(word, known)
            if split is not None and token.start() + split - start in TAGS_WRAP:
                self.add(token.start() + split, LINE)
            elif after_blank or token.start() - start > TAGS_LINE_WIDTH:
                return token.start()
        return end

    def _ref(self, start: int, end: int) -> None:
        """A line end before each ``¶`` bullet of a REF list and before a second REF
        keyword (``REF A SECRETARY'S LETTER ... REF B SECSTATE 76108``, 09ABUDHABI754)."""
        for sign in g.PILCROW.finditer(self.text, start, end):
            self.add(sign.start(), LINE)
        for found in g.HEADER_KEYWORD.finditer(self.text, start + 3, end):
            if found.lastgroup == "ref":
                self.add(found.start(), LINE)

    def _field_end(self, kind: str, start: int, end: int) -> int:
        """Where the header's last field ends before ``end``: before a rule and its
        heading, and by the field's own rule (see the module's docstring)."""
        text = self.text
        rule = g.RULE.search(text, start, end)
        if rule is not None:
            end = self._heading_start(start, rule.start())
        if kind == "subject" and text[start : start + 40].upper() == text[start : start + 40]:
            sentence = g.SENTENCE_AFTER_BLANKS.search(text, start, end)
            if sentence is not None:
                end = sentence.end()
        goes_on = {"ref": g.REF_GOES_ON, "clby": g.CLBY_GOES_ON}.get(kind)
        if goes_on is not None or kind == "eo":
            for blanks in g.BLANKS.finditer(text, start, end):
                if goes_on is None or not goes_on.match(text, blanks.end()):
                    return blanks.end()
        return end

    # -- the body --------------------------------------------------------------
    def _body(self, start: int) -> None:
        """Paragraph signs and numbers, the items of lists, rules and headings."""
        self._paragraphs(start)
        self._items(start)
        self._rules(start)

    def _paragraphs(self, start: int) -> None:
        """Before each ``¶``, and before each paragraph number that follows the one
        before it (by one; by up to three when a marking comes with it)."""
        text = self.text
        marks: list[tuple[int, int, str]] = []
        for sign in g.PILCROW.finditer(text, start):
            numbered = g.SIGN_NUMBER.match(text, sign.start())
            marks.append((sign.start(), int(numbered["number"]) if numbered else 0, "sign"))
        for kind, pattern in (
            ("marked", g.MARKED_NUMBER),
            ("bare", g.BARE_NUMBER),
            ("bare", g.UNDOTTED_NUMBER),  # taken, as a bare one, only as the next number
        ):
            for found in pattern.finditer(text, start):
                marks.append((found.start(), int(found["number"]), kind))
        last = 0
        for at, number, kind in sorted(marks):
            follows = last < number <= last + 3
            if kind == "sign":
                self.add(at)
                last = number if follows else last
            elif (kind == "marked" and follows) or number == last + 1:
                self.add(at)
                last = number

    def _items(self, start: int) -> None:
        """Before the numbered items of a list (``1) Terrorist Threats``, 08STATE30340)
        that follow each other, and before a dash that opens an item after the end of
        a sentence or a blank line (``respect.  --  The President``)."""
        text = self.text
        last = 0
        for found in g.ITEM_NUMBER.finditer(text, start):
            number = int(found["number"])
            if number == last + 1 or (number == 1 and found["blanks"] is not None):
                self.add(found.start())
                last = number
        for dash in g.DASH_ITEM.finditer(text, start):
            self.add(dash.start())

    def _rules(self, start: int) -> None:
        """Around rules and before the heading over them (a heading between two
        rules, ``----- AU "Soft" on Mugabe -----`` in 08CAIRO1637, is all that stands
        between them)."""
        previous = -1
        for rule in g.RULE.finditer(self.text, start):
            if previous < 0 or rule.start() - previous > MAX_HEADING:
                self.add(self._heading_start(start, rule.start()))
            self.add(rule.start())
            self.add(rule.end())
            previous = rule.end()

    def _heading_start(self, start: int, rule: int) -> int:
        """Where the heading over a rule at ``rule`` starts: after the end of the
        sentence before it, when that is near; else at the rule."""
        found = _last(g.HEADING_START, self.text, max(start, rule - MAX_HEADING), rule)
        if found is None or not re.search(r"[A-Za-z]", self.text[found.end() : rule]):
            return rule
        heading = self.text[found.end() : rule]
        return found.end() + len(heading) - len(heading.lstrip())

    def _pages(self) -> None:
        """Around the cable's own page markers."""
        if self.origin is None or self.serial is None:
            return
        for marker in g.page_marker(self.origin, self.serial).finditer(self.text):
            self.add(marker.start())
            self.add(marker.end())
            self.pages.append(marker.span())

    def _end(self) -> None:
        """Before a post's trailer and before the signature (after or before it)."""
        text = self.text
        end = len(text.rstrip())
        trailer = _last(g.TRAILER, text, max(0, end - 1000), end)
        if trailer is not None:
            self.add(trailer.start())
            name = g.SIGNATURE_AFTER_URL.search(text, trailer.end(), end)
            if name is not None:
                self._signature(name)
                return
            end = len(text[: trailer.start()].rstrip())
        tail = max(0, end - 80)
        name = g.SIGNATURE.search(text, tail, end) or g.SIGNATURE_AFTER_END.search(text, tail, end)
        if name is not None:
            self._signature(name)

    def _signature(self, name: re.Match[str]) -> None:
        self.add(name.start("name"))
        if name["stray"]:
            self.add(name.start("stray"))


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]``."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007
        pass
    return found


def _glued_codes(word: str, known: Mapping[str, object]) -> int | None:
    """Where ``word`` splits into two known codes (``KHLSUNSC``: 4), or None."""
    if len(word) < 4 or not word.isalpha() or not word.isupper():
        return None
    for at in range(2, len(word) - 1):
        if word[:at] in known and word[at:] in known:
            return at
    return None


class Resegmented:
    """A collapsed text and the copy of it with its lost line breaks put back."""

    def __init__(self, original: str, breaks: list[tuple[int, str]]) -> None:
        self.original = original
        self.breaks = len(breaks)
        pieces: list[str] = []
        #: The offsets in the copy of the characters put in, in order.
        self.inserted: list[int] = []
        last = shift = 0
        for at, piece in breaks:
            pieces += [original[last:at], piece]
            self.inserted.extend(range(at + shift, at + shift + len(piece)))
            shift += len(piece)
            last = at
        pieces.append(original[last:])
        self.text = "".join(pieces)

    def offset(self, at: int) -> int:
        """Where offset ``at`` of the copy falls in the text as given (a break put in
        falls where it was put)."""
        return at - bisect.bisect_left(self.inserted, at)

    def read(self, parse: Callable[[str], Cable]) -> Cable:
        """``parse`` of the copy, with its spans in the text as given, the text as
        given as its ``raw`` (and as the text of what is kept unparsed), and
        ``text-collapsed`` first among its diagnostics; a strict-mode error points
        into the text as given."""
        try:
            cable = parse(self.text)
        except CableSyntaxError as exc:
            span = exc.span and Span(self.offset(exc.span.start), self.offset(exc.span.end))
            problem = Diagnostic(
                code=exc.code,
                severity=Severity.ERROR,
                message=exc.message,
                field=exc.field,
                span=span,
            )
            raise CableSyntaxError.from_diagnostic(problem, self.original) from None
        note = Diagnostic(
            code="text-collapsed",
            severity=Severity.WARNING,
            message=f"the text lost its line breaks: read with {self.breaks} put back where"
            " its fields, paragraphs and signature start",
            field="text",
            span=Span(0, len(self.original)),
        )
        cable = moved(cable, self.offset)
        # unparsed text is the text as given under its span (no break put in)
        unparsed = tuple(replaced(u, text=u.span.of(self.original)) for u in cable.unparsed)
        return replaced(
            cable, raw=self.original, diagnostics=(note, *cable.diagnostics), unparsed=unparsed
        )


def resegment(text: str) -> Resegmented | None:
    """The copy of a collapsed ``text`` to read, or None when ``text`` is not collapsed."""
    if not is_collapsed(text):
        return None
    return Resegmented(text, lost_breaks(text))
