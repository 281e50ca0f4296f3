"""Pick the gold set's cables: a fixed random seed, stratified by era, header kind and
body length (not by hand).

    python bench/gold_pick.py [--corpus ../shared/corpus/cables/cablegate] [--count 64]

Prints one line per picked cable: id, era, header kind, body-length third.  The
header kind is read with three plain patterns, not with the parser, so that the pick
does not depend on what the parser gets right: ``received`` (a ``PAGE 01`` line),
``full`` (an ``FM`` line), else ``partial``.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SEED = 12
RECEIVED = re.compile(r"^ *PAGE 01 ", re.MULTILINE)
FULL = re.compile(r"^FM ", re.MULTILINE)
#: Where the body starts: the first numbered or marked paragraph, else SUBJECT.
BODY = re.compile(r"^ *(?:¶ *)?(?:\d{1,3}\.|\((?:U|C|S|SBU|TS)\))", re.MULTILINE)


def era(cable_id: str) -> str:
    yy = int(cable_id[:2])
    year = yy + (2000 if yy < 50 else 1900)
    if year < 2003:
        return "pre-2003"
    if year <= 2006:
        return "2003-2006"
    return "2007-2008" if year <= 2008 else "2009-2010"


def kind(text: str) -> str:
    if RECEIVED.search(text):
        return "received"
    return "full" if FULL.search(text) else "partial"


def body_length(text: str) -> int:
    found = BODY.search(text)
    return len(text) - found.start() if found else len(text) // 2


def pick(root: Path, count: int) -> list[tuple[str, str, str, int]]:
    strata: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for path in sorted(root.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        strata.setdefault((era(path.stem), kind(text)), []).append((path.stem, body_length(text)))
    total = sum(len(v) for v in strata.values())
    rng = random.Random(SEED)
    chosen: list[tuple[str, str, str, int]] = []
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda m: (m[1], m[0]))
        # every stratum at least twice (when it has two), else in proportion
        n = min(len(members), max(2, round(count * len(members) / total)))
        thirds = [members[i * len(members) // 3 : (i + 1) * len(members) // 3] for i in range(3)]
        thirds = [t for t in thirds if t] or [members]
        for i in range(n):
            third = thirds[i % len(thirds)]
            cable_id, _ = third.pop(rng.randrange(len(third)))
            chosen.append((cable_id, *key, i % len(thirds)))
            thirds = [t for t in thirds if t] or thirds
    return sorted(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = Path(__file__).resolve().parent
    parser.add_argument(
        "--corpus", type=Path, default=here.parent.parent / "shared/corpus/cables/cablegate"
    )
    parser.add_argument("--count", type=int, default=60)
    args = parser.parse_args()
    for cable_id, cable_era, cable_kind, third in pick(args.corpus, args.count):
        print(cable_id, cable_era, cable_kind, ("short", "medium", "long")[third], sep=",")


if __name__ == "__main__":
    main()
