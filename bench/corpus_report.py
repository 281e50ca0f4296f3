"""Agreement of cablegram's parse with the WikiLeaks page metadata, field by field.

Parses every text listed in ``../shared/corpus/cables/cablegate.csv`` and compares:

- ``reference_id`` with the page's ``ref_id`` (both through ``canonical_id``);
- the cable's date (a DTG, else a ``Cable dated:`` line or a csv row) with
  ``created``: date and hour (the minutes of ``created`` are unreliable), or the day
  alone when the date is to the day (``date_precision`` DAY: a record dump);
- the classification (banner, plus ``//NOFORN`` from a NOFORN caption and
  ``//FOR OFFICIAL USE ONLY`` from UNCLAS + SENSITIVE) with ``classification``;
- the FM line's post, named through ``cablegram.post_name``, with ``origin``;
- ``subject`` with ``page_subject`` (white space normalised; the pages keep only the
  first line of the SUBJECT line, see :func:`page_subject_forms`);

and prints the diagnostics tally, the share of non-white-space text left unparsed,
the text no part of the parse accounts for (``cablegram.check.coverage``), the
TAGS tokens that decode to ``unknown``, the cables whose text shows a DTG line over an
FM line that the parse did not read, and what a second, strict-mode parse raises
(only ``CablegramError`` is allowed; ``--no-strict`` skips it).  The page's ``created`` year is
passed as the ``year`` hint, as the HTML and csv adapters do; the DTG wins when the
cable has one.

    PYTHONPATH=src python bench/corpus_report.py [CSV] [--show N] [--field NAME] [--no-strict]

CSV is another metadata file of the same shape (a held-out part of the release);
its ``text_path`` column is relative to the folder above the file's own.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import time
from pathlib import Path

import cablegram
from cablegram import Cable, Classification
from cablegram.check.coverage import uncovered
from cablegram.model import DatePrecision

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/cables/cablegate.csv"

# WikiLeaks pages name the base classification in full.
_PAGE_NAMES = {
    Classification.UNCLASSIFIED: "UNCLASSIFIED",
    Classification.UNCLAS_EFTO: "UNCLASSIFIED",
    Classification.LIMITED_OFFICIAL_USE: "LIMITED OFFICIAL USE",
    Classification.CONFIDENTIAL: "CONFIDENTIAL",
    Classification.SECRET: "SECRET",
    Classification.TOP_SECRET: "TOP SECRET",
}


def page_classification(cable: Cable) -> str | None:
    """The classification the way WikiLeaks pages write it."""
    if cable.classification is None:
        return None
    base = _PAGE_NAMES[cable.classification]
    captions = {" ".join(c.name.upper().split()) for c in cable.captions}
    # The pages show every UNCLAS EFTO cable (12 of 12) and UNCLAS + SENSITIVE as
    # FOR OFFICIAL USE ONLY, whatever other captions they carry.
    sensitive = {"SENSITIVE", "SENSITIVE BUT UNCLASSIFIED"} & captions
    if cable.classification is Classification.UNCLAS_EFTO or (base == "UNCLASSIFIED" and sensitive):
        return base + "//FOR OFFICIAL USE ONLY"
    # The pages add NOFORN for a NOFORN caption or a NOFORN subject; NF paragraph
    # markings alone do not (checked: with them, agreement drops by 52 cables).
    marking = cable.subject.marking if cable.subject else None
    if "NOFORN" in captions or (marking is not None and "NF" in marking.controls):
        return base + "//NOFORN"
    return base


_SUBJECT_KEYWORD = re.compile(r"(?i)^\s*SUBJ(?:ECT)?\s*[:.;]?\s*")

#: A transmission header as any reader sees it, independent of the parser: a DTG
#: line ("O 231307Z FEB 09") with an FM line under it.  A cable that has one but whose
#: parse has no DTG or no FM post is a miss the agreement figures cannot show (they
#: count only the cables where the parser found the line).
_DTG_THEN_FM = re.compile(
    r"(?m)^[A-Z]{1,2}(?: [A-Z]{1,2})? +\d{6}Z +[A-Z]{3} +\d{2} *\n(?:.*\n)?FM +[A-Z]"
)


def page_subject_forms(cable: Cable) -> set[str]:
    """What a WikiLeaks page shows for this cable's subject.  The pages keep only the
    first line of the SUBJECT line as written: cut at the line end, with text glued
    to it by lost newlines and a trailing backslash kept, and often without its
    first character when that is "(" or a quote."""
    if cable.subject is None:
        return {""}
    raw = cable.raw
    end = raw.find("\n", cable.subject.span.start)
    line = raw[cable.subject.span.start : end if end >= 0 else len(raw)]
    line = _SUBJECT_KEYWORD.sub("", line).replace("\u00a0", " ")
    forms = {line}
    if cable.subject.marking is not None and line.startswith(cable.subject.marking.raw):
        forms.add(line[len(cable.subject.marking.raw) :])
    forms |= {f[1:] for f in forms if f[:1] in '("“'}
    return {" ".join(f.split()) for f in forms}


def page_shows_subject(cable: Cable, page: str) -> bool:
    """Whether ``page`` is a page's rendering of this subject: one of the forms of
    :func:`page_subject_forms`, or one cut short with "..." by the page."""
    forms = page_subject_forms(cable)
    if page in forms:
        return True
    if page.endswith("...") and len(page) > 3:
        return any(f.startswith(page[:-3]) for f in forms)
    return False


class Field:
    """Agreement counts of one field and the ids of the disagreements."""

    def __init__(self, name: str, scope: str) -> None:
        self.name = name
        self.scope = scope
        self.agree = 0
        self.total = 0
        self.misses: list[tuple[str, object, object]] = []

    def check(self, ref_id: str, ours: object, theirs: object) -> None:
        self.total += 1
        if ours == theirs:
            self.agree += 1
        else:
            self.misses.append((ref_id, ours, theirs))

    def line(self) -> str:
        share = self.agree / self.total if self.total else 0.0
        return f"{self.name:<15} {self.agree:5d} / {self.total:5d}  {share:8.2%}  ({self.scope})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=15, help="disagreements listed per field")
    parser.add_argument("--field", help="list the disagreements of this field only")
    parser.add_argument(
        "--no-strict", action="store_true", help="skip the second, strict-mode parse"
    )
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"no metadata file {args.csv}", file=sys.stderr)
        return 2
    root = args.csv.parent.parent  # text_path is relative to the corpus folder
    with args.csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    fields = {
        "reference_id": Field("reference_id", "all cables"),
        "dtg": Field("dtg", "cables with a date: date and hour, or day if to the day"),
        "classification": Field("classification", "all cables"),
        "fm_station": Field("fm_station", "cables with an FM line"),
        "subject": Field("subject", "all cables"),
    }
    tally: collections.Counter[str] = collections.Counter()
    unknown_tags: collections.Counter[str] = collections.Counter()
    tag_tokens = unparsed = text_chars = lost = 0
    lost_in: list[str] = []
    no_fm = raised = subject_first_line = day_dates = 0
    header_seen = 0
    header_missed: list[str] = []
    failures: list[str] = []
    strict_errors: collections.Counter[str] = collections.Counter()
    strict_other: list[str] = []
    started = time.perf_counter()
    for row in rows:
        ref_id = row["ref_id"]
        text = (root / row["text_path"]).read_text(encoding="utf-8")
        created = row["created"]  # "2007-12-14 21:05"
        try:
            cable = cablegram.parse_cable(text, year=int(created[:4]))
        except Exception as exc:  # report, never stop the run
            raised += 1
            failures.append(f"{ref_id}: {type(exc).__name__}: {exc}")
            continue
        if not args.no_strict:
            try:
                cablegram.parse_cable(text, year=int(created[:4]), strict=True)
            except cablegram.CablegramError as exc:
                strict_errors[getattr(exc, "code", type(exc).__name__)] += 1
            except Exception as exc:  # anything else is a bug
                strict_other.append(f"{ref_id}: {type(exc).__name__}: {exc}")
        fields["reference_id"].check(ref_id, cable.reference_id, cablegram.canonical_id(ref_id))
        if cable.date is not None and cable.date_precision is DatePrecision.DAY:
            day_dates += 1
            fields["dtg"].check(ref_id, cable.date.strftime("%Y-%m-%d"), created[:10])
        elif cable.date is not None:
            fields["dtg"].check(ref_id, cable.date.strftime("%Y-%m-%d %H"), created[:13])
        fields["classification"].check(ref_id, page_classification(cable), row["classification"])
        if cable.origin is not None:
            fields["fm_station"].check(
                ref_id, cablegram.post_name(cable.origin.address), row["origin"]
            )
        else:
            no_fm += 1
        if _DTG_THEN_FM.search(text):
            header_seen += 1
            if cable.dtg is None or cable.origin is None:
                header_missed.append(ref_id)
        ours = " ".join(cable.subject.text.split()) if cable.subject else ""
        page = " ".join(row["page_subject"].split())
        if ours != page and page_shows_subject(cable, page):
            subject_first_line += 1
            ours = page
        fields["subject"].check(ref_id, ours, page)

        tally.update(d.code for d in cable.diagnostics)
        text_chars += sum(1 for ch in text if not ch.isspace())
        unparsed += sum(1 for u in cable.unparsed for ch in u.text if not ch.isspace())
        missing = sum(span.end - span.start for span in uncovered(cable))
        if missing:
            lost += missing
            lost_in.append(ref_id)
        for tag in cable.tags:
            tag_tokens += 1
            if tag.kind is cablegram.TagKind.UNKNOWN:
                unknown_tags[tag.code] += 1
    elapsed = time.perf_counter() - started

    passes = "lenient" if args.no_strict else "lenient and strict"
    print(f"metadata: {args.csv} ({len(rows)} cables, parsed {passes} in {elapsed:.1f} s)")
    print(f"raised: {raised}")
    if not args.no_strict:
        print(
            f"strict mode: {sum(strict_errors.values())} raised CablegramError"
            + (
                f" ({', '.join(f'{c} {n}' for c, n in strict_errors.most_common())})"
                if strict_errors
                else ""
            )
            + f", {len(strict_other)} raised anything else"
            + (f": {'; '.join(strict_other[:5])}" if strict_other else "")
        )
    print("agreement with the page metadata:")
    for field in fields.values():
        print("  " + field.line())
    print(f"  (dtg: {day_dates} dates to the day only, record dumps, compared by their day)")
    print(f"  (no FM line: {no_fm} cables, mostly partial extracts)")
    print(
        f"  (a DTG line over an FM line, found by a plain pattern: {header_seen} cables;"
        f" the parse lacks the DTG or the FM post in {len(header_missed)}"
        + (f": {', '.join(header_missed[:20])}" if header_missed else "")
        + ")"
    )
    print(
        f"  (subject: {subject_first_line} agree only with the first line of the SUBJECT"
        " line, which is what the pages keep, or its start cut with '...')"
    )
    for field in fields.values():
        if args.field and field.name != args.field:
            continue
        if field.misses:
            print(f"\n{field.name}: {len(field.misses)} disagreements (ours | page)")
            for ref_id, ours, theirs in field.misses[: args.show]:
                print(f"  {ref_id:<24} {ours!r} | {theirs!r}")
    print(
        f"\nunparsed: {unparsed:,} of {text_chars:,} non-space characters"
        f" ({unparsed / max(text_chars, 1):.3%})"
    )
    print(
        f"in no span at all (silently lost): {lost:,} characters in {len(lost_in)} cables"
        + (f": {', '.join(lost_in[:20])}" if lost_in else "")
    )
    unknown = sum(unknown_tags.values())
    print(
        f"TAGS: {tag_tokens:,} tokens, {unknown:,} unknown ({unknown / max(tag_tokens, 1):.2%});"
        " most frequent unknown: "
        + ", ".join(f"{code} {n}" for code, n in unknown_tags.most_common(25))
    )
    print("diagnostics:")
    for code, count in tally.most_common():
        print(f"  {count:6d}  {code}")
    for line in failures[:20]:
        print("RAISED", line)
    return 1 if raised or strict_other else 0


if __name__ == "__main__":
    raise SystemExit(main())
