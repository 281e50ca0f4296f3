"""Write, or compare against, the JSON of every document of the shared corpus.

    python bench/golden.py write FILE      # FILE: a .jsonl.gz of {key, json, strict, sniff}
    python bench/golden.py compare FILE    # exit 1 and list the keys whose output changed

A refactoring that must not change behaviour is checked with it: write the file before
the change, compare after.  Every document kind in ``../shared`` is read, each the way a
user reads it:

- the Cablegate texts, their variants, cablemap's test pages, the 1970s PlusD texts and
  History Lab bodies, the csv sample's texts, the damaged renderings (flattened JSON text,
  Latin-1 PDF text) and the seeds: ``parse_cable`` lenient, and strict (the exception's
  type, message and position, or ``ok``);
- the WikiLeaks HTML pages of the tarball and the PlusD originals: ``parse_wikileaks_html``;
- the csv sample file: ``read_cables_csv``;
- news items and day pages, government pages: ``cablegram.parse``;
- for every text, what ``cablegram.sniff`` says of it.

The key of a document is its path below ``../shared``.  Two processes share the work.

With ``CABLEGRAM_CHECK_GRAMMARS=1`` in the environment, every block the parser reads
is also parsed by the block grammar's pyparsing element and compared with the fast
path (:mod:`cablegram.grammar._fast`): a difference raises, and shows as a changed
document.
"""

from __future__ import annotations

import gzip
import json
import sys
import tarfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cablegram

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (folder below ../shared, glob, how it is read, encoding)
_TEXT_GROUPS = (
    ("corpus/cables/cablegate", "*.txt", "cable", "utf-8"),
    ("corpus/cables/cablegate-variants", "*.txt", "cable", "utf-8"),
    ("corpus/cables/cablemap-tests/text", "*", "cable", "utf-8"),
    ("corpus/cables/plusd-1970s/text", "*.txt", "cable", "utf-8"),
    ("corpus/cables/historylab-1970s-bodies/text", "*.txt", "cable", "utf-8"),
    ("corpus/cables/cables-csv-sample/text", "*.txt", "cable", "utf-8"),
    ("corpus/renderings/flattened-json/text", "*.txt", "cable", "utf-8"),
    ("corpus/renderings/pdf-text", "*.txt", "cable", "latin-1"),
    ("seeds", "*", "any", "utf-8"),
    ("corpus/cables/plusd-1970s/originals", "*.html", "html", "utf-8"),
    ("corpus/cables/cables-csv-sample", "*.csv", "csv", "utf-8"),
    ("corpus/news/news", "**/*.md", "any", "utf-8"),
    ("corpus/pages", "*.txt", "any", "utf-8"),
)
_HTML_TAR = "corpus/cables/cablegate-html.tar.xz"


def _jobs() -> Iterator[tuple[str, str, str]]:
    """(key, how, text) for every document."""
    for folder, pattern, how, encoding in _TEXT_GROUPS:
        for path in sorted((SHARED / folder).glob(pattern)):
            if path.is_file():
                key = str(path.relative_to(SHARED))
                text = path.read_bytes().decode(encoding)
                yield key, how, text
    with tarfile.open(SHARED / _HTML_TAR) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None:
                yield f"{_HTML_TAR}/{member.name}", "html", handle.read().decode("utf-8")


def _outcome(call: object) -> str:
    try:
        result = call()  # type: ignore[operator]
    except cablegram.CablegramError as exc:
        return f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # recorded, so that a change of crash shows too
        return f"CRASH {type(exc).__name__}: {exc}"
    if isinstance(result, (list, tuple)):
        return json.dumps([cablegram.to_dict(r) for r in result], ensure_ascii=False)
    return cablegram.to_json(result)


def _one(job: tuple[str, str, str]) -> dict[str, str]:
    key, how, text = job
    try:
        sniffed = cablegram.sniff(text)
    except cablegram.CablegramError as exc:
        sniffed = f"{type(exc).__name__}: {exc}"
    record = {"key": key, "sniff": sniffed}
    if how == "cable":
        record["json"] = _outcome(lambda: cablegram.parse_cable(text))
        strict = _outcome(lambda: cablegram.parse_cable(text, strict=True))
        record["strict"] = "ok" if strict == record["json"] else strict
    elif how == "html":
        record["json"] = _outcome(lambda: cablegram.parse_wikileaks_html(text))
    elif how == "csv":
        import io

        record["json"] = _outcome(lambda: list(cablegram.read_cables_csv(io.StringIO(text))))
    else:
        record["json"] = _outcome(lambda: cablegram.parse(text))
    return record


def _records() -> Iterator[dict[str, str]]:
    with ProcessPoolExecutor(2) as pool:
        yield from pool.map(_one, _jobs(), chunksize=16)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, path = argv
    if mode == "write":
        count = 0
        with gzip.open(path, "wt", encoding="utf-8") as out:
            for record in _records():
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        print(f"wrote {count} documents to {path}")
        return 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        before = {r["key"]: r for r in map(json.loads, handle)}
    changed: list[str] = []
    seen = 0
    for record in _records():
        seen += 1
        old = before.pop(record["key"], None)
        if old != record:
            fields = (
                [k for k in ("json", "strict", "sniff") if old.get(k) != record.get(k)]
                if old
                else ["new"]
            )
            changed.append(f"{record['key']}: {', '.join(fields)}")
    changed.extend(f"{key}: gone" for key in before)
    print(f"compared {seen} documents: {len(changed)} changed")
    for line in changed[:200]:
        print("  " + line)
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
