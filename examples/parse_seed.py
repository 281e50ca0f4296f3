"""Parse the sample cable and print its main fields."""

from __future__ import annotations

from pathlib import Path

import cablegram

HERE = Path(__file__).parent


def main() -> None:
    text = (HERE / "data" / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    cable = cablegram.parse_cable(text)
    print(cable.reference_id, cable.date.isoformat() if cable.date else "-")
    print("classification:", cable.classification.value if cable.classification else "-")
    print("subject:", cable.subject.text if cable.subject else "-")
    print("tags:", " ".join(f"{t.code}({t.kind.value})" for t in cable.tags))
    for ref in cable.references:
        print(f"ref {ref.letter}: {ref.cable_id}")
    for paragraph in cable.paragraphs:
        level = paragraph.marking.level if paragraph.marking else "-"
        print(f"¶{paragraph.number} ({level}) {paragraph.text[:60]}...")
    print("diagnostics:", len(cable.diagnostics))


if __name__ == "__main__":
    main()
