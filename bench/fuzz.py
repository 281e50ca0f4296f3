"""A long fuzz campaign over the real documents of ``../shared``.

    python bench/fuzz.py [--count N] [--seed S] [--jobs J] [--kinds cable,html,...]
                         [--save DIR] [--timeout SECONDS]

Each document is a real one (a Cablegate text, a WikiLeaks HTML page of the
tarball, a ``cables.csv`` row or the csv sample, a government page, a news item)
with one to five random mutations (``tests/test_fuzz.py``: lines deleted,
duplicated, swapped; truncation; line ends collapsed or made bare CRs; Unicode,
NUL, BOM and zero-width characters inserted; case flipped), drawn from a seeded
RNG.  Every document is checked against the contract of ``tests/test_fuzz.py``
(:func:`tests.test_fuzz.contract`) in a worker process with a time limit: a
document that takes longer is a hang, its worker is replaced.

Prints per kind: documents, exceptions (by type), hangs, documents with lost
text, span errors, strict/lenient disagreements, JSON and pickle failures,
oversize JSON; then up to 10 failures.  ``--save DIR`` writes every failing input
(and a ``.json`` with its kind, source, mutations and failures).  Exit status 1
when anything failed.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import multiprocessing
import random
import re
import sys
import tarfile
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tests.test_fuzz import (  # noqa: E402
    contract,
    csv_row,
    mutate,
    mutate_html,
    random_ops,
)

KINDS = ("cable", "html", "csv", "page", "news")
HTML_TAR = SHARED / "corpus/cables/cablegate-html.tar.xz"
COLUMNS = ("docs", "exception", "hang", "lost", "span", "strict", "json", "pickle", "oversize")


# ------------------------------------------------------------------ documents


def _texts(folder: str, pattern: str) -> list[Path]:
    return sorted(p for p in (SHARED / folder).glob(pattern) if p.is_file())


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _html_pages(rng: random.Random, wanted: int) -> Iterator[tuple[str, str]]:
    """(source, page) for ``wanted`` pages of the tarball, picked at random along it."""
    total = max(1, len(_texts("corpus/cables/cablegate", "*.txt")))
    given = 0
    while given < wanted:
        chance = min(1.0, (wanted - given) / total)
        with tarfile.open(HTML_TAR, mode="r|xz") as tar:
            for member in tar:
                if given >= wanted:
                    return
                if not member.isfile() or rng.random() >= chance:
                    continue
                handle = tar.extractfile(member)
                if handle is not None:
                    given += 1
                    source = f"{HTML_TAR.relative_to(SHARED)}/{member.name}"
                    yield source, handle.read().decode("utf-8")


def _jobs(kinds: list[str], count: int, seed: int) -> Iterator[tuple[str, str, list[Any], str]]:
    """(kind, source, mutations, text) for ``count`` mutated documents, the kinds in
    turn."""
    rng = random.Random(seed)
    cables = _texts("corpus/cables/cablegate", "*.txt")
    csv_files = _texts("corpus/cables/cables-csv-sample", "*.csv")
    pages = _texts("corpus/pages", "*.txt")
    news = _texts("corpus/news/news", "**/*.md")
    wanted = {k: count // len(kinds) + (i < count % len(kinds)) for i, k in enumerate(kinds)}
    html = _html_pages(random.Random(seed + 1), wanted.get("html", 0))
    for n in range(count):
        kind = kinds[n % len(kinds)]
        ops = random_ops(rng)
        if kind == "cable":
            path = rng.choice(cables)
            source, text = str(path.relative_to(SHARED)), mutate(_read(path), ops)
        elif kind == "html":
            item = next(html, None)
            if item is None:
                continue
            source, text = item[0], mutate_html(item[1], ops)
        elif kind == "csv" and csv_files and rng.random() < 0.25:
            path = rng.choice(csv_files)
            source, text = str(path.relative_to(SHARED)), mutate(_read(path), ops)
        elif kind == "csv":  # a Cablegate text as a cables.csv row
            path = rng.choice(cables)
            text = csv_row(mutate(_read(path), ops), path.stem)
            source = f"{path.relative_to(SHARED)} as a csv row"
        else:
            path = rng.choice(pages if kind == "page" else news)
            source, text = str(path.relative_to(SHARED)), mutate(_read(path), ops)
        yield kind, source, ops, text


# ------------------------------------------------------------------ workers


def _worker(conn: Connection) -> None:
    while True:
        job = conn.recv()
        if job is None:
            return
        kind, text = job
        try:
            failures = contract(kind, text)
        except Exception as exc:  # the contract itself failed: report it as an exception
            failures = [("exception", f"contract: {type(exc).__name__}: {exc}")]
        conn.send(failures)


class _Slot:
    """One worker process and the job it runs."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.start_process()

    def start_process(self) -> None:
        self.conn, child = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[str, str, list[Any], str] | None = None
        self.started = 0.0

    def send(self, job: tuple[str, str, list[Any], str]) -> None:
        self.job, self.started = job, time.monotonic()
        self.conn.send((job[0], job[3]))

    def kill(self) -> None:
        self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.kill()


def _run(
    jobs: Iterator[tuple[str, str, list[Any], str]], workers: int, timeout: float
) -> Iterator[tuple[tuple[str, str, list[Any], str], list[tuple[str, str]]]]:
    """(job, failures) for every job, ``workers`` at a time; a job that takes longer
    than ``timeout`` seconds fails as a hang and its worker is replaced."""
    context = multiprocessing.get_context("fork")
    slots = [_Slot(context) for _ in range(workers)]
    pending = True
    try:
        while True:
            for slot in slots:
                if slot.job is None and pending:
                    job = next(jobs, None)
                    if job is None:
                        pending = False
                    else:
                        slot.send(job)
            busy = [s for s in slots if s.job is not None]
            if not busy:
                return
            ready = wait([s.conn for s in busy], timeout=0.05)
            now = time.monotonic()
            for slot in busy:
                job = slot.job
                assert job is not None
                if slot.conn in ready:
                    try:
                        failures = slot.conn.recv()
                    except EOFError:  # the worker died
                        slot.kill()
                        slot.start_process()
                        failures = [("exception", "worker died: WorkerCrash")]
                    slot.job = None
                    yield job, failures
                elif now - slot.started > timeout:
                    slot.kill()
                    slot.start_process()
                    yield job, [("hang", f"no answer after {timeout:g} s")]
    finally:
        for slot in slots:
            slot.stop()


# ------------------------------------------------------------------ report

_TYPE = re.compile(r"\b([A-Z]\w*(?:Error|Exception|Warning|Crash|Exit))\b")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--save", type=Path, default=None)
    parser.add_argument("--timeout", type=float, default=2.0)
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown or not kinds:
        parser.error(f"unknown kinds {unknown}; choose from {','.join(KINDS)}")
    if not SHARED.is_dir():
        parser.error(f"{SHARED} not found")
    if args.save is not None:
        args.save.mkdir(parents=True, exist_ok=True)

    tally: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in kinds}
    exceptions: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in kinds}
    examples: list[str] = []
    failed = 0
    begin = time.monotonic()
    results = _run(_jobs(kinds, args.count, args.seed), args.jobs, args.timeout)
    for (kind, source, ops, text), failures in results:
        tally[kind]["docs"] += 1
        if not failures:
            continue
        failed += 1
        for item in sorted({item for item, _ in failures}):
            tally[kind][item] += 1
        for item, detail in failures:
            if item == "exception":
                match = _TYPE.search(detail)
                exceptions[kind][match.group(1) if match else "other"] += 1
        if len(examples) < 10:
            shown = "; ".join(f"{item}: {detail[:200]}" for item, detail in failures[:4])
            examples.append(f"[{kind}] {source}\n    mutations: {ops!r}\n    {shown}")
        if args.save is not None:
            stem = args.save / f"{failed:05d}-{kind}"
            ext = {"html": ".html", "csv": ".csv", "news": ".md"}.get(kind, ".txt")
            with open(stem.with_suffix(ext), "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            record = {"kind": kind, "source": source, "mutations": ops, "failures": failures}
            stem.with_suffix(".json").write_text(
                json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
            )

    elapsed = time.monotonic() - begin
    total = sum(t["docs"] for t in tally.values())
    print(f"fuzz: {total} documents, seed {args.seed}, {args.jobs} jobs, {elapsed:.1f} s")
    print(f"{'kind':<7}" + "".join(f"{c:>10}" for c in COLUMNS))
    for kind in kinds:
        print(f"{kind:<7}" + "".join(f"{tally[kind][c]:>10}" for c in COLUMNS))
    for kind in kinds:
        if exceptions[kind]:
            kinds_of = ", ".join(f"{n} {t}" for t, n in exceptions[kind].most_common())
            print(f"exceptions ({kind}): {kinds_of}")
    print(f"failing documents: {failed}")
    for text in examples:
        print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
