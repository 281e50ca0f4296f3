"""What the parser reads from a gold cable, in the form of a reading (see README.md), and
the comparison of the two field by field.

Used by ``tests/test_gold.py`` and ``bench/gold_report.py``.  Words are compared
without case, punctuation or white space; a reading's ``first``/``last`` words are
compared with as many words at the start or the end of the parser's text.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections import Counter
from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any

import cablegram
from cablegram import Cable

HERE = Path(__file__).resolve().parent
CABLES = HERE / "cables"
READINGS = HERE / "readings"

#: The fields compared, in the order reports print them.
FIELDS = (
    "paragraph boundaries",
    "paragraph markings",
    "paragraph headings",
    "headings",
    "summary",
    "comments",
    "signature",
    "footer",
    "references",
    "tags",
    "addressees",
    "reference id",
    "classification",
    "subject",
)

_WORD = re.compile(r"[^\W_]+")
_PRECEDENCE = re.compile(r"(?: (?:NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH))+$")


def words(text: str | None) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text or ""))


def ids() -> list[str]:
    return sorted(p.stem for p in READINGS.glob("*.json"))


def reading(cable_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((READINGS / f"{cable_id}.json").read_text("utf-8"))
    return data


@functools.cache
def _created() -> dict[str, str]:
    """The release's date of each gold cable (``index.csv``), as the release's pages
    and csv give it to users: its year is the parse's year hint."""
    with open(HERE / "index.csv", encoding="utf-8", newline="") as handle:
        return {row["id"]: row["created"] for row in csv.DictReader(handle)}


def parse(cable_id: str) -> Cable:
    with open(CABLES / f"{cable_id}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    return cablegram.parse_cable(text, year=int(_created()[cable_id][:4]))


def _edges(expected: dict[str, Any] | None, text: str | None) -> tuple[Hashable, ...]:
    """The parser's ``text`` cut to the length of a reading's first and last words."""
    if expected is None:
        return ()
    first, last = words(expected.get("first")), words(expected.get("last"))
    got = words(text)
    return (got[: len(first)], got[len(got) - len(last) :] if last else ())


def _reading_edges(expected: dict[str, Any] | None) -> tuple[Hashable, ...]:
    if expected is None:
        return ()
    return (words(expected.get("first")), words(expected.get("last")))


def _marking(raw: str | None) -> str | None:
    return None if raw is None else re.sub(r"\s+", "", raw).upper()


def _classification(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(value.upper().split("//")[0].split())


def items(
    cable: Cable, expected: dict[str, Any]
) -> dict[str, tuple[list[Hashable], list[Hashable]]]:
    """Per field: (the reading's items, the parser's items), each a list of hashables."""
    out: dict[str, tuple[list[Hashable], list[Hashable]]] = {}
    paras = expected.get("paragraphs") or []
    got_paras = list(cable.paragraphs)
    # a parser paragraph's edges are cut to the reading paragraph of the same place
    # (by number, else by order) so that its words can be compared
    out["paragraph boundaries"] = (
        [(p["number"], *_reading_edges(p)) for p in paras],
        [(g.number, *_edges(_match(paras, got_paras, k), g.text)) for k, g in enumerate(got_paras)],
    )
    out["paragraph markings"] = (
        [(p["number"], _marking(p.get("marking"))) for p in paras],
        [(g.number, _marking(g.marking.raw if g.marking else None)) for g in got_paras],
    )
    out["paragraph headings"] = (
        [(p["number"], words(p.get("heading"))) for p in paras],
        [(g.number, words(g.heading)) for g in got_paras],
    )
    out["headings"] = (
        [words(h) for h in expected.get("headings") or []],
        [words(h.text) for h in cable.headings],
    )
    summary = expected.get("summary")
    out["summary"] = (
        [_reading_edges(summary)] if summary else [],
        [_edges(summary or {}, cable.summary.text)] if cable.summary else [],
    )
    comments = expected.get("comments") or []
    out["comments"] = (
        [(c.get("paragraph"), *_reading_edges(c)) for c in comments],
        [
            (g.paragraph, *_edges(comments[k] if k < len(comments) else {}, g.text))
            for k, g in enumerate(cable.comments)
        ],
    )
    sig = expected.get("signature")
    out["signature"] = (
        [words(sig)] if sig else [],
        [words(cable.signature.text)] if cable.signature else [],
    )
    # the footer's words as one item (a mark without words, a lone '"', counts nothing)
    read_footer = tuple(w for line in expected.get("footer") or [] for w in words(line))
    got_footer = tuple(w for f in cable.footer for w in words(f.text))
    out["footer"] = ([read_footer] if read_footer else [], [got_footer] if got_footer else [])
    out["references"] = (
        list(expected.get("references") or []),
        [r.cable_id for r in cable.references if r.cable_id],
    )
    # codes are compared in capitals (88BAGHDAD28 writes "Tags: mtcre, parm")
    out["tags"] = (
        [code.upper() for code in expected.get("tags") or []],
        [t.code.upper() for t in cable.tags],
    )
    out["addressees"] = (
        [
            (role, words(_PRECEDENCE.sub("", a.strip())))
            for role, a in expected.get("addressees") or []
        ],
        list(_addressees(cable)),
    )
    out["reference id"] = ([expected.get("reference_id")], [cable.reference_id])
    level = cable.classification.value if cable.classification else None
    out["classification"] = ([_classification(expected.get("classification"))], [level])
    subject = expected.get("subject")
    out["subject"] = (
        [words(subject)] if subject else [],
        # the reading has the subject as written, its portion mark too ("(S) ...")
        [_subject_words(cable.subject)] if cable.subject else [],
    )
    return out


def _subject_words(subject: cablegram.Subject) -> tuple[str, ...]:
    mark = subject.marking
    if mark is None:
        return words(subject.text)
    if mark.span.start < subject.span.start + 12:  # the mark first: "(S) TEXT"
        return words(mark.raw) + words(subject.text)
    return words(subject.text) + words(mark.raw)  # after: "... TO IRAN'S DIO (S)"


def _match(
    paras: list[dict[str, Any]], got: list[cablegram.Paragraph], k: int
) -> dict[str, Any] | None:
    """The reading's paragraph at the place of the parser's ``k``-th: the same number
    (its n-th occurrence, numbers may repeat), else the same position."""
    number = got[k].number
    if number is not None:
        nth = sum(1 for p in got[:k] if p.number == number)
        same = [p for p in paras if p["number"] == number]
        if nth < len(same):
            return same[nth]
    return paras[k] if k < len(paras) else {}


def _addressees(cable: Cable) -> Iterator[tuple[str, tuple[str, ...]]]:
    roles = (
        ("FM", [cable.origin] if cable.origin else []),
        ("TO", cable.recipients),
        ("INFO", cable.info_recipients),
        ("XMT", cable.excluded),
    )
    for role, found in roles:
        for a in found:
            yield role, words(_PRECEDENCE.sub("", a.address.strip()))


def score(expected: list[Hashable], got: list[Hashable]) -> tuple[int, int, int]:
    """(items in both, items read, items the parser gave), as multisets."""
    both = sum((Counter(expected) & Counter(got)).values())
    return both, len(expected), len(got)


def disagreements(
    cable: Cable, expected: dict[str, Any]
) -> dict[str, tuple[list[Hashable], list[Hashable]]]:
    """The fields where the parser and the reading differ, with both sides."""
    return {
        field: (want, got)
        for field, (want, got) in items(cable, expected).items()
        if Counter(want) != Counter(got)
    }
