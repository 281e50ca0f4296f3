"""How the older eras parse: the 1973-74 PlusD received copies and the 1973-79
History Lab bodies (no header), in ``../shared/corpus/cables/``.

For the PlusD copies: received-copy header, DTG, FM/TO, banner, document number
against the archive's id (``1974ATHENS02959_b`` -> ``1974ATHENS02959``).  For the
bodies: how many yield paragraphs, a signature, and a summary (of those whose text
has the word), and the text no part of the parse accounts for.

    PYTHONPATH=src python bench/eras_report.py [CABLES_DIR]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import cablegram
from cablegram.check.coverage import uncovered

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/cables"


def plusd(root: Path) -> None:
    rows = list(csv.DictReader((root / "plusd-1970s/index.csv").open(encoding="utf-8")))
    print(f"PlusD received copies: {len(rows)}")
    for row in rows:
        path = root / "plusd-1970s/text" / Path(row["text_path"]).name
        cable = cablegram.parse_cable(path.read_text(encoding="utf-8"))
        copy = cable.received_copy
        expected = row["canonical_id"].split("_")[0]
        checks = {
            "received copy": copy is not None,
            "DTG": cable.date is not None,
            "FM": cable.origin is not None,
            "banner": cable.banner is not None,
            "document number": cable.document_number == expected,
            "nothing lost": not uncovered(cable),
        }
        failed = [name for name, ok in checks.items() if not ok]
        print(
            f"  {expected:<18} {cable.document_number or '-':<18}"
            f" {'all checks pass' if not failed else 'FAILS: ' + ', '.join(failed)}"
        )


def bodies(root: Path) -> None:
    folder = root / "historylab-1970s-bodies/text"
    files = sorted(folder.glob("*.txt"))
    counts = {"paragraphs": 0, "signature": 0, "summary": 0, "with SUMMARY": 0, "lost": 0}
    missing_signature: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        cable = cablegram.parse_cable(text)
        counts["paragraphs"] += bool(cable.paragraphs)
        if cable.signature is not None:
            counts["signature"] += 1
        else:
            missing_signature.append(path.stem)
        if re.search(r"(?i)\bsummary\b", text):
            counts["with SUMMARY"] += 1
            counts["summary"] += cable.summary is not None
        counts["lost"] += bool(uncovered(cable))
    n = len(files)
    print(f"History Lab bodies (no header): {n}")
    print(f"  paragraphs: {counts['paragraphs']} / {n}")
    print(f"  signature:  {counts['signature']} / {n}  (none: {', '.join(missing_signature)})")
    print(f"  summary:    {counts['summary']} / {counts['with SUMMARY']} that use the word")
    print(f"  text in no span: {counts['lost']} texts")


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not (root / "plusd-1970s").exists():
        print(f"no corpus under {root}", file=sys.stderr)
        return 2
    plusd(root)
    bodies(root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
