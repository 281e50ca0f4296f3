"""Check the WikiLeaks page adapter against the text files made from the same pages.

    python bench/html_check.py [PAGES] [--texts DIR] [--show N]

PAGES is the archive ``cablegate-html.tar.xz`` (read as it is, nothing is
extracted; the default is ``../shared/corpus/cables/cablegate-html.tar.xz`` beside
the repository) or a folder holding the pages (``cable/2008/12/08TRIPOLI926.html``).
``--texts`` is the folder of the text files, ``<ID>.txt`` (default
``../shared/corpus/cables/cablegate``); ``cablegate.csv`` beside that folder, when
there is one, gives the pages' metadata as the corpus recorded it.

Every page goes through :func:`cablegram.adapters.wikileaks.parse_wikileaks_html`,
and its text file through :func:`cablegram.parse_cable` with the same hints (the
year of the page's Created and its Reference ID), so that the two cables differ
only by what the adapter read from the HTML.  Prints

- pages read, pages that raised, pages whose cable text is the text file exactly;
- per field (reference id, date, classification, subject, TAGS codes, references,
  number of paragraphs, signature): pages that agree / pages compared;
- per metadata column: pages whose ``cable.metadata`` agrees with ``cablegate.csv``;
- the diagnostics the adapter adds to the cable's (``html-*``), and the pages whose
  metadata table lacks a column;
- every disagreement (or the first N per field with ``--show N``) and every page
  whose text differs from its file, with the first differing line.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

import cablegram
from cablegram import Cable
from cablegram.adapters.wikileaks import parse_wikileaks_html

CABLES = Path(__file__).resolve().parents[1].parent / "shared/corpus/cables"
COLUMNS = ("ref_id", "created", "released", "classification", "origin")
#: cablegate.csv columns that hold what the page says.
PAGE_COLUMNS = (*COLUMNS, "page_subject")

FIELDS: dict[str, Callable[[Cable], object]] = {
    "reference_id": lambda c: c.reference_id,
    "date": lambda c: c.date,
    "classification": lambda c: c.classification,
    "subject": lambda c: c.subject.text if c.subject is not None else None,
    "tags": lambda c: tuple(tag.code for tag in c.tags),
    "references": lambda c: tuple(ref.cable_id or ref.text for ref in c.references),
    "paragraphs": lambda c: len(c.paragraphs),
    "signature": lambda c: c.signature.text if c.signature is not None else None,
}


def pages(where: Path) -> Iterator[tuple[str, str]]:
    """(name, html) of every page of a folder or of a tar archive, in name order
    for a folder and in archive order for an archive."""
    if where.is_dir():
        for path in sorted(where.rglob("*.html")):
            yield str(path.relative_to(where)), path.read_text(encoding="utf-8")
        return
    with tarfile.open(where) as archive:
        for member in archive:
            if not (member.isfile() and member.name.endswith(".html")):
                continue
            handle = archive.extractfile(member)
            if handle is not None:
                yield member.name, handle.read().decode("utf-8")


def recorded_metadata(texts: Path) -> dict[str, dict[str, str]]:
    """cablegate.csv's rows by the id of their text file in ``texts``."""
    table = texts.parent / "cablegate.csv"
    if not table.exists():
        return {}
    with table.open(encoding="utf-8", newline="") as handle:
        return {
            PurePosixPath(row["text_path"]).stem: row
            for row in csv.DictReader(handle)
            if PurePosixPath(row["text_path"]).parent.name == texts.name
        }


def first_difference(ours: str, theirs: str) -> str:
    a, b = ours.splitlines(), theirs.splitlines()
    for number, (x, y) in enumerate(zip(a, b, strict=False), 1):
        if x != y:
            return f"line {number}: page {x[:90]!r} / file {y[:90]!r}"
    return f"page has {len(a)} lines, file {len(b)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, default=CABLES / "cablegate-html.tar.xz")
    parser.add_argument("--texts", type=Path, default=CABLES / "cablegate")
    parser.add_argument("--show", type=int, default=0, help="disagreements listed per field")
    args = parser.parse_args()
    if not args.pages.exists() or not args.texts.is_dir():
        print(f"no pages at {args.pages} or no text files in {args.texts}", file=sys.stderr)
        return 2

    recorded = recorded_metadata(args.texts)
    meta_agree: collections.Counter[str] = collections.Counter()
    meta_misses: list[str] = []
    agree: collections.Counter[str] = collections.Counter()
    compared: collections.Counter[str] = collections.Counter()
    misses: dict[str, list[str]] = collections.defaultdict(list)
    tally: collections.Counter[str] = collections.Counter()
    missing_columns: collections.Counter[str] = collections.Counter()
    text_differs: list[str] = []
    failures: list[str] = []
    no_file: list[str] = []
    read = same_text = with_row = 0
    spent = 0.0
    for name, html in pages(args.pages):
        read += 1
        page_id = PurePosixPath(name).stem
        start = time.perf_counter()
        try:
            cable = parse_wikileaks_html(html, source=name)
        except Exception as exc:  # report, never stop the run
            failures.append(f"{page_id}: {type(exc).__name__}: {exc}")
            continue
        spent += time.perf_counter() - start
        tally.update(d.code for d in cable.diagnostics if d.field == "page")
        missing_columns.update(c for c in COLUMNS if c not in cable.metadata)
        row = recorded.get(page_id)
        if row is not None:
            with_row += 1
            for column in PAGE_COLUMNS:
                ours = cable.metadata.get(column, "")
                if ours == row[column]:
                    meta_agree[column] += 1
                else:
                    meta_misses.append(f"{page_id}: {column} {ours!r} / {row[column]!r}")

        text_file = args.texts / f"{page_id}.txt"
        if not text_file.exists():
            no_file.append(page_id)
            continue
        with text_file.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        created = cable.metadata.get("created", "")
        expected = cablegram.parse_cable(
            text,
            year=int(created[:4]) if created[:4].isdigit() else None,
            reference_id=cable.metadata.get("ref_id"),
        )
        if cable.raw == text:
            same_text += 1
        else:
            text_differs.append(f"{page_id}: {first_difference(cable.raw, text)}")
        for field, value in FIELDS.items():
            compared[field] += 1
            ours, theirs = value(cable), value(expected)
            if ours == theirs:
                agree[field] += 1
            else:
                misses[field].append(f"{page_id}: page {ours!r} / file {theirs!r}")

    print(f"pages: {args.pages} ({read} read, {read / spent:,.0f} pages/s on one core)")
    print(f"raised: {len(failures)}; without a text file: {len(no_file)}")
    checked = read - len(failures) - len(no_file)
    print(f"cable text identical to the text file: {same_text} / {checked}")
    print("agreement with the text file's cable:")
    for field in FIELDS:
        total = compared[field]
        share = agree[field] / total if total else 0.0
        print(f"  {field:<15} {agree[field]:5d} / {total:5d}  {share:8.2%}")
    if recorded:
        print(f"metadata agreeing with {args.texts.parent / 'cablegate.csv'}:")
        for column in PAGE_COLUMNS:
            print(f"  {column:<15} {meta_agree[column]:5d} / {with_row:5d}")
    print("page diagnostics:", dict(tally.most_common()) or "none")
    print("metadata columns missing:", dict(missing_columns.most_common()) or "none")
    for field in FIELDS:
        shown = misses[field] if not args.show else misses[field][: args.show]
        for line in shown:
            print(f"DIFFERS {field} {line}")
    for line in meta_misses:
        print(f"METADATA {line}")
    for line in text_differs:
        print(f"TEXT {line}")
    for line in no_file:
        print(f"NO FILE {line}")
    for line in failures:
        print(f"RAISED {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
