from __future__ import annotations

import json
import subprocess
import sys

from cablegram.cli import main

from .conftest import DATA

SEED = str(DATA / "07OTTAWA2266.txt")
SEED_BYTES = (DATA / "07OTTAWA2266.txt").read_bytes()


def test_cli_parse_prints_json(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", SEED, "--compact"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert json.loads(out[0])["reference_id"] == "07OTTAWA2266"


def test_cli_strict_error_exit_1(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.txt"
    bad.write_text(
        (DATA / "07OTTAWA2266.txt").read_text().replace("3482105", "BOGUS"), encoding="utf-8"
    )
    assert main(["parse", str(bad), "--strict"]) == 1
    assert f"{bad}:5:17: error" in capsys.readouterr().err


def test_cli_usage_exit_2() -> None:
    assert main(["frobnicate"]) == 2


def test_cli_missing_file_exit_1(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cablegram", "parse", SEED, "--compact", "--no-raw"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["subject"]["text"] == "CANADA ON KOSOVO"


def _extract(tmp_path) -> str:  # type: ignore[no-untyped-def]
    from tests.test_date_source import EXTRACT

    path = tmp_path / "05PARIS5539.txt"
    path.write_text(EXTRACT, encoding="utf-8")
    return str(path)


def test_cli_date_dates_a_text_without_dtg(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = _extract(tmp_path)
    assert main(["parse", path, "--compact", "--date", "2005-08-17"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["date"], out["date_precision"], out["date_source"]) == (
        "2005-08-17T00:00:00Z",
        "day",
        "hint",
    )
    assert main(["parse", path, "--compact", "--date", "2005-08-17T08:08"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["date"], out["date_precision"]) == ("2005-08-17T08:08:00Z", "minute")


def test_cli_year_is_no_date(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = _extract(tmp_path)
    assert main(["parse", path, "--compact", "--year", "2005"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert (out["date"], out["date_source"]) == (None, None)
    assert out["references"][0]["cable_id"] == "05STATE144222"
    assert "[dtg-missing]" not in captured.err  # a year, no date: nothing missing said


def test_cli_bad_date_or_year_is_a_usage_error(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = _extract(tmp_path)
    for option in (["--date", "17/08/2005"], ["--date", "2005-02-30"], ["--year", "05"]):
        assert main(["parse", path, *option]) == 2
        assert "not " in capsys.readouterr().err
    assert main(["parse", path, "--year", "2005", "--date", "2005-08-17"]) == 2


# ------------------------------------------------------------------ every format, folders


def _records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_cli_tells_the_formats_apart(capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.test_corpus import GOV_PAGE, NEWS, PAGE_HTML

    paths = [str(PAGE_HTML), str(NEWS), str(GOV_PAGE), str(DATA / "cables_sample.csv")]
    assert main(["parse", *paths, "--compact", "--quiet"]) == 0
    records = _records(capsys.readouterr().out)
    assert [(r["kind"], r.get("reference_id")) for r in records][:3] == [
        ("cable", "09OUAGADOUGOU1158"),
        ("news", None),
        ("page", None),
    ]
    assert [r["kind"] for r in records[3:]] == ["cable"] * (len(records) - 3)
    assert all(r.get("reference_id") for r in records[3:])  # csv rows, not null records


def test_cli_reads_folders_and_archives_to_a_jsonl_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import tarfile

    from tests.test_corpus import NEWS

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED_BYTES)
    (folder / "b.md").write_bytes(NEWS.read_bytes())
    archive = tmp_path / "corpus.tar.gz"
    with tarfile.open(archive, "w:gz") as out:
        out.add(folder / "a.txt", "a.txt")
    output = tmp_path / "out.jsonl"
    args = ["parse", str(folder), str(archive), "--compact", "-o", str(output), "--jobs", "2"]
    assert main(args) == 0
    assert capsys.readouterr().out == ""
    records = _records(output.read_text(encoding="utf-8"))
    assert [r["kind"] for r in records] == ["cable", "news", "cable"]
    assert records[2]["metadata"]["source"] == f"{archive}/a.txt"  # type: ignore[index]


def test_cli_bad_members_are_one_line_each_and_fail_only_when_strict(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_BYTES)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(b"\x00\x01\x02" * 10)
    assert main(["parse", str(folder), "--compact", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert len(_records(captured.out)) == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and all(": error: " in line for line in errors)
    assert any("binary.bin" in line and "binary" in line for line in errors)
    assert main(["parse", str(folder), "--compact", "--quiet", "--strict"]) == 1


def test_cli_missing_empty_unknown_inputs_fail_with_one_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    unknown = tmp_path / "notes.txt"
    unknown.write_text("shopping list: eggs, milk\n", encoding="utf-8")
    for path, words in (
        (tmp_path / "nope.txt", "No such file"),
        (tmp_path / "no-folder", "No such file"),
        (empty, "empty"),
        (unknown, "not a format cablegram reads"),
    ):
        assert main(["parse", str(path)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0], err


def test_cli_glob_and_quiet(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x1.txt").write_bytes(SEED_BYTES)
    (tmp_path / "x2.txt").write_bytes(SEED_BYTES)
    assert main(["parse", str(tmp_path / "x*.txt"), "--compact"]) == 0
    captured = capsys.readouterr()
    assert len(_records(captured.out)) == 2
    assert main(["parse", str(tmp_path / "x*.txt"), "--compact", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_cli_help_has_examples(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "--jobs 2" in out and "exit status:" in out


def test_cli_table_writes_the_tidy_tables(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.test_corpus import EXAMPLES

    out = tmp_path / "tables"
    assert main(["table", str(EXAMPLES), "--to", str(out), "--format", "csv"]) == 0
    assert sorted(p.name for p in out.iterdir())[:2] == ["addressees.csv", "cables.csv"]
    assert "07OTTAWA2266" in (out / "cables.csv").read_text(encoding="utf-8")
    assert "wrote 7 tables" in capsys.readouterr().err
    assert main(["table", str(tmp_path / "nope"), "--to", str(out)]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_cli_show_summarises_each_document(capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.test_corpus import EXAMPLES

    assert main(["show", str(EXAMPLES)]) == 0
    out = capsys.readouterr().out
    assert "07OTTAWA2266  2007-12-14 21:05 UTC  CONFIDENTIAL  IMMEDIATE" in out
    assert "<Page page:canada-kosovo-relations 2009-04-01 'Canada-Kosovo Relations'>" in out
