"""A corpus larger than one machine: parse it on Dask and write the tidy tables.

    python examples/dask_corpus.py CORPUS_DIR OUT_DIR [--scheduler processes]

The full Cablegate release and the 1973-79 telegrams are over two million
documents.  This builds a ``dask.bag`` of the corpus's files (each a cable text, a
WikiLeaks page, a news item, a page, an archive or a cables.csv), parses each file
with cablegram where the bag's partition runs, and writes each partition's tables
as Parquet files (``OUT_DIR/<table>/part-00000.parquet``), which
``pandas.read_parquet(OUT_DIR / "cables")`` or ``dask.dataframe.read_parquet`` read
as one table.  Document numbers (``doc``) are unique across partitions.  Dask's
scheduler runs it: local threads or processes here, a cluster with
``dask.distributed``; there is no scheduler of cablegram's own.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import dask
import dask.bag as db

import cablegram

#: Documents per partition, and how far apart the numbers of two partitions start.
PARTITION_FILES = 64
NUMBERS_PER_PARTITION = 1_000_000


def files_of(corpus: Path) -> list[str]:
    """Every file under ``corpus`` (hidden ones left out), in name order."""
    return [
        str(p)
        for p in sorted(corpus.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    ]


def parse_and_write(paths: list[str], number: int, out: str) -> int:
    """Parse a partition's files (an archive or csv gives many documents) and write
    their tables, where the partition runs; the number of documents."""
    docs: list[Any] = list(cablegram.read(paths))
    frames = cablegram.dataframes(docs, start=number * NUMBERS_PER_PARTITION)
    for name, frame in frames.items():
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        frame.to_parquet(folder / f"part-{number:05d}.parquet", index=False)
    return len(docs)


def run(corpus: Path, out: Path, scheduler: str = "processes") -> int:
    """Parse every file of ``corpus`` on Dask and write the tables to ``out``; the
    number of documents.  Each partition is parsed and written by one task: only
    file names go to the workers and only counts come back."""
    bag = db.from_sequence(files_of(corpus), partition_size=PARTITION_FILES)
    tasks = [
        dask.delayed(parse_and_write)(part, number, str(out))
        for number, part in enumerate(bag.to_delayed())
    ]
    return sum(dask.compute(*tasks, scheduler=scheduler))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--scheduler", default="processes", choices=("processes", "threads", "sync")
    )
    args = parser.parse_args()
    count = run(args.corpus, args.out, args.scheduler)
    print(f"{count:,} documents; tables in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
