"""cablegram.read: a whole release as one stream, from files, folders, globs,
archives and cables.csv files (plain or compressed), in one process or several."""

from __future__ import annotations

import bz2
import gzip
import lzma
import pickle
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import cablegram
from cablegram import SourceError, UnknownFormatError
from cablegram import corpus as corpus_module
from cablegram.errors import InputTooLargeError

from .conftest import DATA

EXAMPLES = DATA.parent.parent / "examples" / "data"
SEED = DATA / "07OTTAWA2266.txt"
PAGE_HTML = DATA / "09OUAGADOUGOU1158.html"
CSV = DATA / "cables_sample.csv"
NEWS = EXAMPLES / "2008-03-18-canada-japan-recognize-kosovo.md"
GOV_PAGE = EXAMPLES / "canada-kosovo-relations.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of every kind of file, nested, with a hidden file and folder."""
    root = tmp_path / "corpus"
    (root / "cables" / "2007").mkdir(parents=True)
    (root / "pages").mkdir()
    (root / ".cache").mkdir()
    shutil.copy(SEED, root / "cables" / "2007" / "07OTTAWA2266.txt")
    shutil.copy(PAGE_HTML, root / "cables" / "09OUAGADOUGOU1158.html")
    shutil.copy(NEWS, root / "pages" / "news.md")
    shutil.copy(GOV_PAGE, root / "pages" / "relations.txt")
    (root / ".hidden.txt").write_text("not read", encoding="utf-8")
    (root / ".cache" / "x.txt").write_text("not read", encoding="utf-8")
    return root


def _summary(doc: object) -> tuple[str, str | None, str | None]:
    return (doc.kind, doc.doc_id, str(doc.date))  # type: ignore[attr-defined]


def test_a_folder_gives_every_document_in_name_order_with_its_source(corpus: Path) -> None:
    reader = cablegram.read(corpus)
    docs = list(reader)
    assert [Path(d.source).relative_to(corpus).as_posix() for d in docs] == [
        "cables/09OUAGADOUGOU1158.html",
        "cables/2007/07OTTAWA2266.txt",
        "pages/news.md",
        "pages/relations.txt",
    ]
    assert [d.kind for d in docs] == ["cable", "cable", "news", "page"]
    assert (reader.documents, reader.collected, reader.skipped) == (4, [], 0)
    # each document is what parsing its file alone gives
    alone = cablegram.parse_file(corpus / "cables" / "2007" / "07OTTAWA2266.txt")
    assert cablegram.to_dict(docs[1]) == cablegram.to_dict(alone)


def test_a_glob_and_a_list_of_sources(corpus: Path) -> None:
    found = list(cablegram.read(str(corpus / "**" / "*.txt")))
    assert [Path(d.source).name for d in found] == ["07OTTAWA2266.txt", "relations.txt"]
    both = list(cablegram.read([SEED, str(NEWS)]))
    assert [d.kind for d in both] == ["cable", "news"]


@pytest.mark.parametrize("kind", ["tar", "tar.gz", "tar.xz", "tar.bz2", "zip"])
def test_an_archive_gives_the_documents_of_the_folder(
    corpus: Path, tmp_path: Path, kind: str
) -> None:
    archive = tmp_path / f"corpus.{kind}"
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and ".cache" not in p.parts)
    files = [p for p in files if not p.name.startswith(".")]
    if kind == "zip":
        with zipfile.ZipFile(archive, "w") as out:
            for path in files:
                out.write(path, path.relative_to(corpus).as_posix())
    else:
        mode = {"tar": "w", "tar.gz": "w:gz", "tar.xz": "w:xz", "tar.bz2": "w:bz2"}[kind]
        with tarfile.open(archive, mode) as out:
            for path in files:
                out.add(path, path.relative_to(corpus).as_posix())
    from_archive = list(cablegram.read(archive))
    from_folder = list(cablegram.read(corpus))
    assert [_summary(d) for d in from_archive] == [_summary(d) for d in from_folder]
    assert [d.source for d in from_archive] == [
        f"{archive}/{Path(d.source).relative_to(corpus).as_posix()}" for d in from_folder
    ]


@pytest.mark.parametrize("suffix", ["", ".gz", ".bz2", ".xz"])
def test_a_cables_csv_plain_or_compressed_streams_its_rows(tmp_path: Path, suffix: str) -> None:
    data = CSV.read_bytes()
    pack = {"": lambda b: b, ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
    path = tmp_path / f"cables.csv{suffix}"
    path.write_bytes(pack[suffix](data))
    cables = list(cablegram.read(path))
    expected = list(cablegram.read_cables_csv(CSV))
    assert len(cables) == len(expected) > 0
    assert [c.reference_id for c in cables] == [c.reference_id for c in expected]
    # read_cables_csv reads the compressed file itself (it yielded garbage before)
    assert [c.reference_id for c in cablegram.read_cables_csv(path)] == [
        c.reference_id for c in expected
    ]


def test_a_compressed_text_is_read_as_its_content(tmp_path: Path) -> None:
    path = tmp_path / "07OTTAWA2266.txt.gz"
    path.write_bytes(gzip.compress(SEED.read_bytes()))
    (cable,) = cablegram.read(path)
    assert cable.doc_id == "07OTTAWA2266"


def test_two_processes_give_the_same_stream_in_order(corpus: Path, tmp_path: Path) -> None:
    for k in range(40):  # more than a batch: order kept across batches
        shutil.copy(SEED, corpus / "cables" / f"copy{k:02d}.txt")
    (corpus / "cables" / "broken.txt").write_bytes(b"\x00\x01binary")
    one = cablegram.read(corpus)
    two = cablegram.read(corpus, jobs=2)
    assert [(d.source, _summary(d)) for d in two] == [(d.source, _summary(d)) for d in one]
    assert [str(e) for e in two.collected] == [str(e) for e in one.collected]
    assert len(two.collected) == 1


def test_a_parallel_read_shares_the_work_and_puts_the_switch_interval_back(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The calling process parses batches itself while a worker has its own: both do
    # some of the work on a corpus of many batches, and the order is kept.
    for k in range(200):
        shutil.copy(SEED, corpus / "cables" / f"copy{k:03d}.txt")
    here: list[int] = []
    run_batch = corpus_module.run_batch

    def counted(batch: list[corpus_module.Task]) -> list[corpus_module.Outcome]:
        here.append(len(batch))
        return run_batch(batch)

    monkeypatch.setattr(corpus_module, "run_batch", counted)
    before = sys.getswitchinterval()
    one = [d.source for d in cablegram.read(corpus)]
    two = [d.source for d in cablegram.read(corpus, jobs=2)]
    assert two == one and len(one) > 200
    assert 0 < sum(here) < len(one)  # this process parsed some, the worker the rest
    assert sys.getswitchinterval() == before


def test_a_worker_batch_loads_back_as_its_outcomes(corpus: Path) -> None:
    options = corpus_module.Options(strict=False, max_size=None, year=None, date=None)
    tasks = list(corpus_module._tasks(iter(sorted((corpus / "cables").iterdir())), options))
    tasks.append(cablegram.SourceError("gone.txt", "no such file or folder"))
    sent = corpus_module.run_pickled(tasks)
    assert all(isinstance(blob, bytes) for blob in sent)
    here = corpus_module.run_batch(tasks)
    back = [pickle.loads(blob) for blob in sent]
    assert [type(o) for o in back] == [type(o) for o in here]
    assert [o for o in back if not isinstance(o, Exception)] == [
        o for o in here if not isinstance(o, Exception)
    ]
    assert [str(o) for o in back if isinstance(o, Exception)] == [
        str(o) for o in here if isinstance(o, Exception)
    ]


# ------------------------------------------------------------------ bad sources


def test_bad_sources_never_stop_the_stream(corpus: Path, tmp_path: Path) -> None:
    (corpus / "cables" / "empty.txt").write_bytes(b"")
    (corpus / "cables" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4)
    (tmp_path / "bad.tar.gz").write_bytes(b"\x1f\x8b not really gzip")
    sources = [corpus, tmp_path / "missing.txt", tmp_path / "bad.tar.gz"]
    reader = cablegram.read(sources)
    assert len(list(reader)) == 4  # the good ones all come
    kinds = sorted(type(e).__name__ for e in reader.collected)
    assert kinds == ["SourceError", "SourceError", "UnknownFormatError", "UnknownFormatError"]
    messages = " | ".join(str(e) for e in reader.collected)
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in messages
    assert "empty.txt: the text is empty" in messages
    assert "image.png: the input is binary, not text" in messages
    assert "bad.tar.gz: not a readable archive" in messages


def test_errors_raise_or_skip(corpus: Path, tmp_path: Path) -> None:
    (corpus / "cables" / "empty.txt").write_bytes(b"")
    with pytest.raises(UnknownFormatError, match=r"empty\.txt"):
        list(cablegram.read(corpus, errors="raise"))
    skipping = cablegram.read(corpus, errors="skip")
    assert len(list(skipping)) == 4
    assert (skipping.skipped, skipping.collected) == (1, [])
    with pytest.raises(SourceError, match="no such file"):
        list(cablegram.read(tmp_path / "nope", errors="raise"))


def test_a_file_over_max_size_is_refused_unread(corpus: Path) -> None:
    reader = cablegram.read(corpus, max_size=1000)
    docs = list(reader)
    assert all(Path(d.source).stat().st_size <= 1000 for d in docs)
    assert reader.collected and all(isinstance(e, InputTooLargeError) for e in reader.collected)


def test_a_file_not_utf8_is_read_as_cp1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(SEED.read_bytes().replace(b"CANADA ON KOSOVO", b"CANAD\xc9 ON KOSOVO"))
    (cable,) = cablegram.read(path)
    assert cable.subject is not None and cable.subject.text == "CANADÉ ON KOSOVO"
    assert cable.diagnostics[0].code == "encoding-fallback"


def test_bad_arguments_are_said_at_once() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        cablegram.read(SEED, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="jobs must be"):
        cablegram.read(SEED, jobs=0)
    with pytest.raises(TypeError, match="paths"):
        list(cablegram.read([SEED, 3]))  # type: ignore[list-item]


def test_closing_early_stops_the_workers(corpus: Path) -> None:
    with cablegram.read(corpus, jobs=2) as reader:
        first = next(reader)
    assert first.kind == "cable"
    with pytest.raises(StopIteration):
        next(reader)


def test_progress_needs_the_progress_extra(corpus: Path) -> None:
    try:
        import tqdm  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match=r"cablegram\[progress\]"):
            cablegram.read(corpus, progress=True)
    else:
        assert len(list(cablegram.read(corpus, progress=True))) == 4


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "cables"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not there")
def test_the_whole_html_archive_reads_as_cables_with_their_dates() -> None:
    reader = cablegram.read(SHARED / "cablegate-html.tar.xz", jobs=2)
    docs = list(reader)
    assert (len(docs), reader.collected) == (4533, [])
    assert {d.kind for d in docs} == {"cable"}
    # every page dates its cable (by its DTG or its Created day) but the one page that
    # holds another cable than its own (05SOFIA1280 holds 05PARIS5539)
    undated = [d.source.rsplit("/", 1)[-1] for d in docs if d.date is None]
    assert undated == ["05SOFIA1280.html"]


def test_paths_that_name_no_file_are_errors_not_silence(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = cablegram.read(["", str(tmp_path / "*.nothing"), fifo])
    assert list(reader) == []
    assert [str(e) for e in reader.collected] == [
        "'': an empty path names no file",
        f"{tmp_path / '*.nothing'}: no file matches the pattern",
        f"{fifo}: not a regular file",
    ]
