"""The invariance check: does a damaged rendering of a cable parse to the same fields
as the clean text of the same cable?

The renderings are in ``renderings/`` of the shared corpus (see its README):

- ``flattened-json/``: 144 texts that lost every line break (``index.csv`` lists
  them; its ``_id`` is the id the dataset gives);
- ``pdf-text/``: 7 texts converted from PDF, cp1252 bytes and CRLF line ends.

The clean twin of a flattened text is ``cables/cablegate/<id>.txt``.  The PDF texts
have no twin in the corpus: each is compared with a *stand-in twin*, the same file
decoded as cp1252 with its CRLF line ends turned into LF and parsed with
``cablegram.parse_cable`` (so what is measured for them is the library's file
reading: decoding, line ends, format sniffing, against a reading done by hand).
Renderings and cablegate twins are read by the library itself,
``cablegram.parse(pathlib.Path)``, so its file reading is part of what is measured.
``parse`` takes no
``reference_id`` or ``year`` hint (only ``parse_cable``, which takes a text, does),
so the index's ``_id`` and ``date_time`` are not passed.  A rendering (or twin) that
raises or reads as anything but a cable disagrees on every field; a rendering with no
twin in the corpus is listed apart and counted in neither column.

Per field the two parses are compared on: reference id, classification, caption
names, DECL (date and codes), TAGS codes, SUBJECT (white space squashed), REF cable
ids, Classified By name, paragraph numbers and markings, and the signature.  The
report gives, per set, the agreement per field and over all fields, the ids that
disagree per field, and then the number of str values in the renderings' exported
parses (``to_dict()``) that hold U+FFFD, and how many flattened texts carry a
``text-collapsed`` diagnostic and PDF texts an ``encoding-fallback`` one (a PDF
text that is plain ASCII is UTF-8 and carries none), with the ids of those without.

    python bench/renderings_report.py [--corpus PATH] [--set flattened|pdf|all] [--verbose ID]

(``--verbose`` may be given more than once.)
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cablegram
from cablegram import Cable

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: How many disagreeing ids are listed per field.
MAX_IDS = 15

#: The diagnostic each set's damage should raise (it may not exist yet).
EXPECTED_CODE = {"flattened": "text-collapsed", "pdf": "encoding-fallback"}

REPLACEMENT = "\ufffd"


def _decl(cable: Cable) -> object:
    decl = cable.declassification
    return (decl.date, decl.codes) if decl is not None else None


def _subject(cable: Cable) -> object:
    return " ".join(cable.subject.text.split()) if cable.subject is not None else None


def _classified_by(cable: Cable) -> object:
    return cable.classified_by.name if cable.classified_by is not None else None


def _paragraphs(cable: Cable) -> object:
    return tuple(
        (p.number, (p.marking.level, p.marking.controls) if p.marking is not None else None)
        for p in cable.paragraphs
    )


def _signature(cable: Cable) -> object:
    return cable.signature.text if cable.signature is not None else None


#: The compared fields: their names in the report, and how each is read off a cable.
FIELDS: dict[str, Callable[[Cable], object]] = {
    "reference id": lambda c: c.reference_id,
    "classification": lambda c: c.classification,
    "captions": lambda c: tuple(x.name for x in c.captions),
    "DECL": _decl,
    "TAGS": lambda c: tuple(t.code for t in c.tags),
    "subject": _subject,
    "REF cable ids": lambda c: tuple(r.cable_id for r in c.references),
    "classified by": _classified_by,
    "paragraphs": _paragraphs,
    "signature": _signature,
}


@dataclass
class Reading:
    """What ``cablegram.parse`` made of one file: a cable, or why there is none."""

    cable: Cable | None
    problem: str | None


@dataclass
class Outcome:
    """One rendering against its clean twin (``twin`` None: no twin in the corpus)."""

    ident: str
    rendering: Reading
    twin: Reading | None

    def values(self, which: Reading) -> dict[str, object]:
        if which.cable is None:
            return {name: "<not read as a cable>" for name in FIELDS}
        return {name: read(which.cable) for name, read in FIELDS.items()}

    def disagreeing(self) -> list[str]:
        """The fields on which the two parses differ (all when either is unread)."""
        if self.twin is None:
            return []
        if self.rendering.cable is None or self.twin.cable is None:
            return list(FIELDS)
        ours, theirs = self.values(self.rendering), self.values(self.twin)
        return [name for name in FIELDS if ours[name] != theirs[name]]


def read_file(path: Path) -> Reading:
    """Parse ``path`` through the library's own file reading."""
    try:
        document = cablegram.parse(path)
    except Exception as exc:  # a bench counts every failure, whatever it is
        return Reading(None, f"{type(exc).__name__}: {exc}")
    if isinstance(document, Cable):
        return Reading(document, None)
    return Reading(None, f"read as {type(document).__name__}, not a Cable")


def renderings(corpus: Path, which: str) -> Iterator[tuple[str, Path]]:
    """The (id, path) of each rendering of set ``which``."""
    root = corpus / "renderings"
    if which == "flattened":
        folder = root / "flattened-json"
        with (folder / "index.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row["_id"], folder / row["text_path"]
    else:
        for path in sorted((root / "pdf-text").glob("*.txt")):
            yield path.stem, path


def stand_in_twin(path: Path) -> Reading:
    """The stand-in twin of a PDF text: the file decoded as cp1252, CRLF turned into
    LF, parsed with ``parse_cable`` (no file reading of the library's involved)."""
    try:
        text = path.read_bytes().decode("cp1252").replace("\r\n", "\n")
        return Reading(cablegram.parse_cable(text), None)
    except Exception as exc:  # a bench counts every failure, whatever it is
        return Reading(None, f"{type(exc).__name__}: {exc}")


def compare_set(corpus: Path, which: str) -> list[Outcome]:
    outcomes = []
    for ident, path in renderings(corpus, which):
        if which == "pdf":
            twin: Reading | None = stand_in_twin(path)
        else:
            twin_path = corpus / "cables" / "cablegate" / f"{ident}.txt"
            twin = read_file(twin_path) if twin_path.is_file() else None
        outcomes.append(Outcome(ident, read_file(path), twin))
    return outcomes


#: What each set is compared with, as the report says it.
TWIN_NOTE = {
    "flattened": "compared with the clean twin cables/cablegate/<id>.txt",
    "pdf": "no clean twin in the corpus: compared with a stand-in twin, the same file"
    " decoded as cp1252 with CRLF turned into LF, parsed with parse_cable",
}


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def print_table(outcomes: list[Outcome]) -> None:
    compared = [o for o in outcomes if o.twin is not None]
    misses = {name: 0 for name in FIELDS}
    for outcome in compared:
        for name in outcome.disagreeing():
            misses[name] += 1
    total = len(compared)
    print(f"  {'field':<16} {'agree':>9}  percent")
    for name, missed in misses.items():
        print(f"  {name:<16} {f'{total - missed}/{total}':>9}  {_percent(total - missed, total)}")
    cells = total * len(FIELDS)
    agreeing = cells - sum(misses.values())
    print(f"  overall field agreement: {agreeing}/{cells} = {_percent(agreeing, cells).strip()}")


def _id_list(idents: list[str]) -> str:
    """``idents`` joined, at most ``MAX_IDS`` of them, then how many more."""
    shown = ", ".join(idents[:MAX_IDS]) if idents else "-"
    more = f" … and {len(idents) - MAX_IDS} more" if len(idents) > MAX_IDS else ""
    return shown + more


def print_failures(outcomes: list[Outcome]) -> None:
    """Why the renderings and twins that gave no cable gave none (each reason once,
    with the ids it holds for); the ids with no twin."""
    reasons: dict[str, list[str]] = {}
    for outcome in outcomes:
        if outcome.rendering.problem is not None:
            reasons.setdefault(f"rendering: {outcome.rendering.problem}", []).append(outcome.ident)
        if outcome.twin is not None and outcome.twin.problem is not None:
            reasons.setdefault(f"twin: {outcome.twin.problem}", []).append(outcome.ident)
    if reasons:
        print("  not read as a cable:")
    for reason, idents in reasons.items():
        print(f"    {reason}")
        print(f"      {len(idents)}: {_id_list(idents)}")
    orphans = [o.ident for o in outcomes if o.twin is None]
    if orphans:
        print(f"  no clean twin in cables/cablegate/, not compared: {len(orphans)}")
        print(f"    {', '.join(orphans)}")


def print_disagreements(outcomes: list[Outcome]) -> None:
    by_field: dict[str, list[str]] = {name: [] for name in FIELDS}
    for outcome in outcomes:
        for name in outcome.disagreeing():
            by_field[name].append(outcome.ident)
    print("  disagreeing ids per field:")
    for name, idents in by_field.items():
        print(f"    {name}: {_id_list(idents)}")


def print_verbose(outcomes: list[Outcome], idents: list[str]) -> None:
    """Both values of every disagreeing field of the ids asked for."""
    for outcome in outcomes:
        if outcome.ident not in idents:
            continue
        if outcome.twin is None:
            print(f"  --verbose {outcome.ident}: no clean twin to compare with")
            continue
        fields = outcome.disagreeing()
        print(f"  --verbose {outcome.ident}: {len(fields)} disagreeing field(s)")
        for label, reading in (("rendering", outcome.rendering), ("clean twin", outcome.twin)):
            if reading.problem is not None:
                print(f"    {label} not read: {reading.problem}")
        ours, theirs = outcome.values(outcome.rendering), outcome.values(outcome.twin)
        for name in fields:
            print(f"    {name}:")
            print(f"      rendering: {ours[name]!r}")
            print(f"      clean:     {theirs[name]!r}")


def replacement_fields(value: Any) -> int:
    """How many str values in an exported parse (nested dicts and lists) hold U+FFFD."""
    if isinstance(value, str):
        return int(REPLACEMENT in value)
    if isinstance(value, dict):
        return sum(replacement_fields(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return sum(replacement_fields(item) for item in value)
    return 0


def print_counts(results: dict[str, list[Outcome]]) -> None:
    """The U+FFFD and the expected diagnostics' counts, per set and in all."""
    print("U+FFFD and diagnostics")
    total = 0
    for which, outcomes in results.items():
        cables = [o.rendering.cable for o in outcomes if o.rendering.cable is not None]
        twins = [o.twin.cable for o in outcomes if o.twin is not None and o.twin.cable is not None]
        fffd = sum(replacement_fields(cable.to_dict()) for cable in cables)
        baseline = sum(replacement_fields(cable.to_dict()) for cable in twins)
        total += fffd
        code = EXPECTED_CODE[which]
        unflagged = [
            o.ident
            for o in outcomes
            if o.rendering.cable is not None
            and not any(d.code == code for d in o.rendering.cable.diagnostics)
        ]
        print(
            f"  {which}: fields with U+FFFD: {fffd} (in the twins' parses: {baseline});"
            f" texts with diagnostic {code}: {len(cables) - len(unflagged)} of {len(outcomes)}"
            f" ({len(cables)} read as a cable)"
        )
        if unflagged:
            print(f"    read as a cable without {code}: {_id_list(unflagged)}")
    print(f"  fields with U+FFFD over the sets: {total}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The invariance check of the damaged renderings.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--set", dest="which", choices=["flattened", "pdf", "all"], default="all")
    parser.add_argument("--verbose", action="append", default=[], metavar="ID")
    args = parser.parse_args(argv)
    sets = ["flattened", "pdf"] if args.which == "all" else [args.which]
    results = {which: compare_set(args.corpus, which) for which in sets}
    for which, outcomes in results.items():
        print(f"{which}: {len(outcomes)} renderings, {TWIN_NOTE[which]}")
        print_table(outcomes)
        print_failures(outcomes)
        print_disagreements(outcomes)
        print_verbose(outcomes, args.verbose)
        print()
    print_counts(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
