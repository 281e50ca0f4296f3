"""Three documents about Kosovo's independence on one timeline: the cable of
14 December 2007 (07OTTAWA2266), the news item of 18 March 2008 and the Canadian
government page of April 2009.  ``cablegram.parse`` tells the formats apart."""

from __future__ import annotations

from pathlib import Path

import cablegram

DATA = Path(__file__).parent / "data"
FILES = [
    "canada-kosovo-relations.txt",  # given out of order on purpose
    "07OTTAWA2266.txt",
    "2008-03-18-canada-japan-recognize-kosovo.md",
]


def main() -> None:
    documents = []
    for name in FILES:
        document = cablegram.parse(DATA / name)
        assert isinstance(document, cablegram.Document)
        documents.append(document)
    for document in cablegram.timeline(documents):
        precision = document.date_precision.value if document.date_precision else "-"
        date = document.date.isoformat() if document.date else "undated"
        print(f"{date:<26} {precision:<6} {document.kind:<5} {document.doc_id}")
        print(f"    {document.title}")


if __name__ == "__main__":
    main()
