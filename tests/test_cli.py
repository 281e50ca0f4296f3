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
