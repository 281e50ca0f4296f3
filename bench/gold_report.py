"""Per-field precision and recall of the parser on the gold set (``tests/gold``).

    python bench/gold_report.py [--show ID ...] [--fields]

Prints, for every field a reading holds (paragraph boundaries and markings, the
heading each paragraph sits under, headings, summary, comments, signature, footer,
REF cable ids, TAGS codes, addressees, reference id, classification, subject), the
items both sides have, the items the readings have and the items the parser gave,
precision and recall; then the number of cables entirely right and, per field, the
cables that disagree.  ``--show ID`` prints both sides of every disagreeing field of
that cable.  Needs nothing outside the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.gold import compare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="append", default=[], metavar="ID")
    args = parser.parse_args()
    totals = {field: [0, 0, 0] for field in compare.FIELDS}
    wrong: dict[str, list[str]] = {field: [] for field in compare.FIELDS}
    right = 0
    ids = compare.ids()
    for cable_id in ids:
        cable = compare.parse(cable_id)
        expected = compare.reading(cable_id)
        for field, (want, got) in compare.items(cable, expected).items():
            both, n_want, n_got = compare.score(want, got)
            for k, value in enumerate((both, n_want, n_got)):
                totals[field][k] += value
            if not (both == n_want == n_got):
                wrong[field].append(cable_id)
        bad = compare.disagreements(cable, expected)
        right += not bad
        if cable_id in args.show:
            _show(cable_id, bad)
    share = 100 * right / max(1, len(ids))
    print(f"gold set: {len(ids)} cables, {right} entirely right ({share:.1f}%)")
    print(f"  {'field':22} {'both':>6} {'read':>6} {'parser':>6} {'precision':>10} {'recall':>8}")
    for field in compare.FIELDS:
        both, n_want, n_got = totals[field]
        precision = both / n_got if n_got else 1.0
        recall = both / n_want if n_want else 1.0
        print(f"  {field:22} {both:6} {n_want:6} {n_got:6} {precision:10.3f} {recall:8.3f}")
    print("cables that disagree, per field:")
    for field in compare.FIELDS:
        if wrong[field]:
            print(f"  {field}: {' '.join(wrong[field])}")


def _show(cable_id: str, bad: dict[str, tuple[list[object], list[object]]]) -> None:
    print(f"== {cable_id}")
    for field, (want, got) in bad.items():
        print(f"  {field}:")
        for value in want:
            if value not in got:
                print(f"    read   {value}")
        for value in got:
            if value not in want:
                print(f"    parser {value}")


if __name__ == "__main__":
    main()
