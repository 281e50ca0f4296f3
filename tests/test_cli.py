from __future__ import annotations

import json
import subprocess
import sys

from cablegram.cli import main

from .conftest import DATA

SEED = str(DATA / "07OTTAWA2266.txt")


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
