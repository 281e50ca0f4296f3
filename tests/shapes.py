"""Hostile input shapes that grow to any size: a real cable's frame around one part
repeated ``k`` times.  Used by the linear-time tests (``test_growth.py``, small
sizes) and by ``bench/growth.py`` (up to 10 MB).

Each shape is ``(name, kind, make)``: ``make(k)`` gives the text for ``k`` repeats and
``kind`` says which entry point reads it (``cable`` for :func:`cablegram.parse_cable`,
``document`` for :func:`cablegram.parse`, ``html`` for
:func:`cablegram.parse_wikileaks_html`, ``csv`` for :func:`cablegram.read_cables_csv`).
"""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Callable
from pathlib import Path

import cablegram

# The frame: 07OTTAWA2266's transmission and text header (shortened).
HEAD = """VZCZCXRO0001
RR RUEHWEB
DE RUEHOT #2266/01 3481932
ZNY CCCCC ZZH
R 141932Z DEC 07
FM AMEMBASSY OTTAWA
TO RUEHC/SECSTATE WASHDC 6841
INFO RUCNCAN/ALL CANADIAN POSTS COLLECTIVE

C O N F I D E N T I A L SECTION 01 OF 02 OTTAWA 002266

SIPDIS

"""
FIELDS = """E.O. 12958: DECL: 12/14/2017
TAGS: PREL PGOV CA
SUBJECT: A SUBJECT LINE

"""
CLASSIFIED = "Classified By: PolMinCouns Scott Bellard, reasons 1.4 (b) and (d)\n\n"
BODY = "1. (C) Summary: a sentence of the body. End summary.\n\n2. (U) Another one.\n"


def _cable(header: str = "", fields: str = FIELDS, body: str = BODY) -> str:
    return HEAD + header + fields + CLASSIFIED + body


SHAPES: list[tuple[str, str, Callable[[int], str]]] = [
    # linear references: many paragraphs, one long paragraph
    ("paragraphs", "cable", lambda k: _cable(body=BODY + "3. (S) Text text text.\n\n" * k)),
    ("one paragraph", "cable", lambda k: _cable(body="1. (C) " + "word " * k + "\n")),
    # a body on one line: numbers and headings after two blanks (08TRIPOLI819)
    (
        "paragraphs on one line",
        "cable",
        lambda k: _cable(
            body="1. (C) Start. "
            + "".join(f"A HEADING  {j % 997 + 2}. (C) Text text. " for j in range(k))
            + "\n"
        ),
    ),
    # B1: lines under FM that are no addressees
    ("lines under FM", "cable", lambda k: "FM AMEMBASSY OTTAWA\n" + "SECSTATE WASHDC\n" * k),
    ("addressees", "cable", lambda k: HEAD + "TO RUEHC/SECSTATE WASHDC 6841\n" * k),
    # B3: a handling line of caption words (before and after the handling words)
    ("handling line", "cable", lambda k: _cable("SIPDIS NOFORN " * k + "PASS TO USTR\n\n")),
    (
        "handling line tail",
        "cable",
        lambda k: _cable("PASS TO USTR " + "SIPDIS NOFORN " * k + "\n\n"),
    ),
    # B4: REF lists
    (
        "REF lettered lines",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: "
            + "".join(f"{chr(65 + j % 26)}. STATE {1000 + j}\n" for j in range(k))
            + "\n"
        ),
    ),
    (
        "REF one line",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: "
            + " ".join(f"{chr(65 + j % 26)}. STATE {1000 + j}" for j in range(k))
            + "\n\n"
        ),
    ),
    (
        "REF repeated line",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: "
            + "A. 07 OTTAWA 1234 (NOTAL) AND THE EMAIL OF 12/14\n" * k
            + "\n"
        ),
    ),
    (
        "REF one item",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: STATE "
            + ", STATE ".join(str(1000 + j) for j in range(k))
            + "\n\n"
        ),
    ),
    (
        "REF marked bullets",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: "
            + "".join(f"({chr(65 + j % 26)}) STATE {1000 + j}\n" for j in range(k))
            + "\n"
        ),
    ),
    (
        "REF items after blank lines",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: STATE 1000\n\n"
            + "".join(f"STATE {1001 + j}\n\n" for j in range(k))
        ),
    ),
    (
        "REF dangling bullets",
        "cable",
        lambda k: _cable(
            fields=FIELDS
            + "REF: "
            + "".join(
                f"{chr(65 + j % 26)}) TAIPEI {1000 + j} {chr(66 + j % 25)})\n\n" for j in range(k)
            )
        ),
    ),
    # B9: TAGS of unknown tokens
    (
        "TAGS unknown",
        "cable",
        lambda k: _cable(fields=FIELDS.replace("CA\n", "CA " + "QWXZ " * k + "\n")),
    ),
    (
        "TAGS words",
        "cable",
        lambda k: _cable(fields=FIELDS.replace("CA\n", "CA " + "HUMAN RIGHTS, " * k + "\n")),
    ),
    # B10: a long Classified By reason list
    (
        "Classified By reasons",
        "cable",
        lambda k: (
            HEAD
            + FIELDS
            + "Classified By: Ambassador X for reasons 1.4 "
            + "(b) and (d) and " * k
            + "\n\n"
            + BODY
        ),
    ),
    (
        "Classified By name",
        "cable",
        lambda k: HEAD + FIELDS + "Classified By: " + "Ambassador David " * k + "\n\n" + BODY,
    ),
    # long single lines in the header
    ("SUBJECT", "cable", lambda k: _cable(fields=FIELDS.replace("A SUBJECT LINE", "WORD " * k))),
    (
        "E.O. line",
        "cable",
        lambda k: _cable(fields=FIELDS.replace("12/14/2017", "12/14/2017 " * k)),
    ),
    ("captions", "cable", lambda k: _cable("SIPDIS\n" * k + "\n")),
    # damaged texts
    ("collapsed", "cable", lambda k: _cable(body=BODY * k).replace("\n", " ")),
    ("blank lines", "cable", lambda k: _cable(body="\n" * k + BODY)),
    (
        "page markers",
        "cable",
        lambda k: _cable(body=(BODY + "OTTAWA 00002266 002.2 OF 004\n\n") * k),
    ),
    (
        # one line of rule pieces with words at both ends, glued after a sentence:
        # each piece could end a heading's words (RULED_LINE, RULE_AFTER, GLUED_HEADING)
        "rule pieces",
        "cable",
        lambda k: _cable(
            body="1. (C) Text. -- T" + " - --" * k + " x\n\nTitle" + " ----" * k + " - x\n"
        ),
    ),
    (
        "summary markers",
        "cable",
        lambda k: _cable(body="1. (C) SUMMARY: " + "COMMENT: x " * k + "\n"),
    ),
]

# ------------------------------------------------------------------ other formats
# Built from the fixtures in tests/data (real documents), one part repeated.
_DATA = Path(__file__).parent / "data"
_PAGE_HTML = (_DATA / "09OUAGADOUGOU1158.html").read_text(encoding="utf-8")
# The page without its 30 KB of navigation (prolog, head, then the cable's heading,
# table and text): a frame much smaller than the sizes measured, so that time per
# size measures what grows.
_HTML = (
    _PAGE_HTML[: _PAGE_HTML.index("</head>") + len("</head>")]
    + "\n<body>\n"
    + _PAGE_HTML[_PAGE_HTML.index("<h3>Viewing cable") :]
)
_PRE_END = _HTML.rindex("</pre>")
_PARAGRAPH = "&#x000A;&#x000A;9. (C) Another paragraph of the cable, &#x000A;on two lines."
_CSV_ROW = (_DATA / "cables_sample.csv").read_text(encoding="utf-8").split('\n"2"', 1)[0] + "\n"
_NEWS = (_DATA / "001_c0bdbbfb6099a82f.txt").read_text(encoding="utf-8")
_PAGE = (_DATA / "000_fe949eef2e746b1c.txt").read_text(encoding="utf-8")
_RELATED = _NEWS.index("1. [The United States Congress")

SHAPES += [
    ("page text", "html", lambda k: _HTML[:_PRE_END] + _PARAGRAPH * k + _HTML[_PRE_END:]),
    ("unclosed tables", "html", lambda k: _HTML[:_PRE_END] + "<table " * k + _HTML[_PRE_END:]),
    ("unclosed start tags", "html", lambda k: "<html><body>" + "<a b='c' " * k + "<pre>x</pre>"),
    ("csv rows", "csv", lambda k: _CSV_ROW * k),
    (
        "news related",
        "document",
        lambda k: _NEWS[:_RELATED] + "1. [A related item. ](/news/x.md) _Context: Canada_\n" * k,
    ),
    (
        "news brackets",
        "document",
        lambda k: _NEWS.replace("Canada followed", "[" * k + "Canada followed"),
    ),
    ("page paragraphs", "document", lambda k: _PAGE + "A further paragraph of the page.\n\n" * k),
]


# ------------------------------------------------------------------ reading them


def read_cable(text: str) -> object:
    """Parse, and read what the parser defers (the REF list, paragraph and summary
    text), so that it is paid for too."""
    cable = cablegram.parse_cable(text)
    _ = cable.references, [p.text for p in cable.paragraphs]
    _ = cable.summary.text if cable.summary is not None else None
    return cable


#: The entry point that reads each kind of shape.
READERS: dict[str, Callable[[str], object]] = {
    "cable": read_cable,
    "document": cablegram.parse,
    "html": cablegram.parse_wikileaks_html,
    "csv": lambda text: list(cablegram.read_cables_csv(io.StringIO(text), errors="yield")),
}


def sized(make: Callable[[int], str], size: int) -> str:
    """``make(k)`` for the ``k`` that gives about ``size`` characters."""
    unit = max(1.0, (len(make(64)) - len(make(0))) / 64)
    return make(max(1, int((size - len(make(0))) / unit)))


def best_time(read: Callable[[str], object], text: str) -> float:
    """The best of three timings of ``read(text)``, the garbage collector paused."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            read(text)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best
