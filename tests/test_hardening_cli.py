"""The command line and ``cablegram.parse`` under hostile input and hostile
surroundings: closed pipes, Ctrl-C, text that is not UTF-8, a terminal that cannot
show UTF-8, endless input, binary files, and one-line texts that look like paths.

The command line runs in a child process (``python -m cablegram``), as a user runs
it: no traceback may reach standard error, the exit status is the documented one,
and standard output is valid UTF-8 JSON."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import cablegram
from cablegram import cli
from cablegram.adapters import sniff

from .conftest import DATA

SEED = DATA / "07OTTAWA2266.txt"
#: Enough memory for the child to work, too little to read endless input whole.
_MEMORY = 3 * 2**30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def _run(
    *args: str,
    stdin: bytes | None = None,
    stdin_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "cablegram", *args]
    if stdin_file is not None:
        with open(stdin_file, "rb") as handle:
            return subprocess.run(
                command,
                stdin=handle,
                capture_output=True,
                env=env,
                timeout=timeout,
                preexec_fn=_limit_memory,
                check=False,
            )
    return subprocess.run(
        command,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=env,
        timeout=timeout,
        preexec_fn=_limit_memory,
        check=False,
    )


def _documents(stdout: bytes) -> list[Any]:
    """The JSON values on standard output, which must be UTF-8 (one after another,
    as the pretty and the compact output both give them)."""
    text = stdout.decode("utf-8")  # strict: any invalid byte fails the test
    decoder = json.JSONDecoder()
    out, at = [], 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            return out
        value, at = decoder.raw_decode(text, at)
        out.append(value)


def _stderr_lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return err.splitlines()


def _seed_with(extra: str) -> str:
    """The seed cable with ``extra`` at the start of its first paragraph."""
    text = SEED.read_text(encoding="utf-8")
    return text.replace("1. (C)", f"1. (C) {extra}", 1)


# ---------------------------------------------------------------- B15: the pipe


def test_b15_closed_pipe_exits_quietly_with_141() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "cablegram", "parse", *[str(SEED)] * 60],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_limit_memory,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().strip() == b"{"
        process.stdout.close()  # as `| head -1` does
        err = process.stderr.read().decode("utf-8", "replace")
        assert process.wait(timeout=60) == cli.EXIT_PIPE == 141
    assert err == ""  # quiet, the way cat and yes are


def test_b15_ctrl_c_exits_130_with_one_line() -> None:
    ready = (
        "import sys, cablegram.cli as c; sys.stderr.write('ready\\n'); sys.stderr.flush();"
        " raise SystemExit(c.main())"
    )
    with subprocess.Popen(
        [sys.executable, "-c", ready, "parse", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stderr is not None
        assert process.stderr.readline() == b"ready\n"
        time.sleep(0.3)  # inside the read of standard input by now
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    lines = err.decode().splitlines()
    assert "Traceback" not in err.decode(), err.decode()
    assert process.returncode == cli.EXIT_INTERRUPTED == 130
    assert lines == ["cablegram: interrupted"]
    assert out == b""


# ---------------------------------------------------------------- B15: encodings


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_b15_non_utf8_stdin_is_read_as_cp1252_with_a_warning(locale: str) -> None:
    # in the C locale Python reads standard input with surrogateescape: the lone
    # surrogates it made of the bytes went out as invalid UTF-8
    data = _seed_with("Café déjà vu.").encode("cp1252")
    done = _run("parse", "-", stdin=data, env=_env(LC_ALL=locale, PYTHONIOENCODING=None))
    lines = _stderr_lines(done)
    assert done.returncode == 0
    (document,) = _documents(done.stdout)
    assert "Café déjà vu." in document["raw"]
    warnings = [line for line in lines if "cp1252" in line]
    assert len(warnings) == 1 and warnings[0].startswith("<stdin>: warning:"), lines


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": None}],
    ids=["ascii", "C-locale"],
)
def test_b15_output_is_utf8_whatever_the_locale(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "cafe.txt"
    path.write_text(_seed_with("Café ¶ “quoted”."), encoding="utf-8")
    done = _run("parse", str(path), env=_env(**env))
    _stderr_lines(done)
    assert done.returncode == 0
    (document,) = _documents(done.stdout)
    assert "Café ¶ “quoted”." in document["raw"]


def test_b15_lone_surrogates_are_escaped_in_the_json() -> None:
    cable = cablegram.parse_cable(_seed_with("broken \ud800 and \udcff here"))
    for indent in (None, 2):
        data = cli.json_bytes(cable, indent=indent, raw=True)
        value = json.loads(data.decode("utf-8"))  # strict UTF-8
        assert "broken \ud800 and \udcff here" in value["raw"]
        assert b"\\ud800" in data and b"\\udcff" in data


def test_b15_utf16_is_read_by_its_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    done = _run("parse", "--compact", str(path))
    lines = _stderr_lines(done)
    assert done.returncode == 0
    (document,) = _documents(done.stdout)
    assert document["reference_id"] == "07OTTAWA2266"
    assert not document["raw"].startswith("\ufeff")
    assert [line for line in lines if "UTF-16" in line] == [f"{path}: info: read as UTF-16"]


@pytest.mark.parametrize(
    ("written", "extra", "said"),
    [
        ("Café déjà vu.".encode("cp1252"), "Café déjà vu.", "cp1252"),
        # cp1252 for the quotes, Latin-1 for the byte cp1252 leaves undefined
        (
            b"Ctrl \x81 \x93byte\x94.",
            "Ctrl \x81 “byte”.",
            "cp1252, and as latin-1 the bytes cp1252 leaves undefined",
        ),
    ],
)
def test_b15_latin1_text_gives_one_warning(
    tmp_path: Path, written: bytes, extra: str, said: str
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(_seed_with("@@").encode("cp1252").replace(b"@@", written))
    done = _run("parse", "--compact", str(path))
    lines = _stderr_lines(done)
    assert done.returncode == 0
    (document,) = _documents(done.stdout)
    assert extra in document["raw"]
    warnings = [line for line in lines if "UTF-8" in line]
    assert warnings == [f"{path}: warning: [encoding-fallback] not UTF-8; read as {said}"]
    assert document["diagnostics"][0]["code"] == "encoding-fallback"


def test_b15_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes())
    done = _run("parse", "--compact", str(path))
    lines = _stderr_lines(done)
    assert done.returncode == 0
    (document,) = _documents(done.stdout)
    assert document["raw"] == SEED.read_text(encoding="utf-8")  # offsets as without it
    start, end = document["subject"]["span"]
    assert document["raw"][start:end] == "SUBJECT: CANADA ON KOSOVO"
    assert not [line for line in lines if "warning" in line or "info" in line]


def test_b15_binary_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 4)
    done = _run("parse", str(path))
    assert _stderr_lines(done) == [f"{path}: error: binary data (NUL bytes), not text"]
    assert done.returncode == cli.EXIT_FAILED == 1
    assert done.stdout == b""


def test_b15_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(b"\x00" * 10)
    done = _run("parse", "--compact", str(path), str(SEED))
    assert len(_stderr_lines(done)) == 1
    assert done.returncode == 1
    assert [d["reference_id"] for d in _documents(done.stdout)] == ["07OTTAWA2266"]


# ---------------------------------------------------------------- input limits


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_b15_dev_zero_ends_quickly(how: str) -> None:
    started = time.monotonic()
    if how == "file":
        done = _run("parse", "/dev/zero")
    else:
        done = _run("parse", "-", stdin_file=Path("/dev/zero"))
    lines = _stderr_lines(done)
    assert time.monotonic() - started < 30
    assert done.returncode == 1
    assert len(lines) == 1 and "larger than the limit" in lines[0], lines
    assert done.stdout == b""


def test_max_size_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(64 * 2**30)  # sparse: 64 GiB that are never read
    done = _run("parse", str(huge), timeout=30)
    lines = _stderr_lines(done)
    assert done.returncode == 1
    assert lines == [
        f"{huge}: error: {64 * 2**30:,} bytes, larger than the limit of"
        f" {cli.MAX_DOCUMENT_BYTES:,} bytes (--max-size)"
    ]


def test_max_size_option(tmp_path: Path) -> None:
    size = SEED.stat().st_size
    done = _run("parse", "--max-size", str(size - 1), str(SEED))
    assert done.returncode == 1
    assert "larger than the limit of" in _stderr_lines(done)[0]
    done = _run("parse", "--max-size", str(size), "--compact", str(SEED))
    assert done.returncode == 0 and len(_documents(done.stdout)) == 1
    done = _run("parse", "--max-size", "1k", "-", stdin=b"x" * 1025)
    assert done.returncode == 1 and "larger than the limit of 1,024" in done.stderr.decode()
    for bad in ("0", "-5", "lots"):
        done = _run("parse", "--max-size", bad, str(SEED))
        assert done.returncode == cli.EXIT_USAGE == 2
        assert "Traceback" not in done.stderr.decode()


# ---------------------------------------------------------------- exit codes, output


def test_exit_codes_are_documented() -> None:
    for args in (["--help"], ["parse", "--help"]):
        done = _run(*args)
        assert done.returncode == 0
        text = done.stdout.decode()
        for code in ("0 ", "1 ", "2 ", "130 ", "141 "):
            assert f"\n  {code}" in text, (args, code)
    assert cli.__doc__ is not None
    for code in ("130", "141", "MAX_DOCUMENT_BYTES", "cp1252", "UTF-16", "byte order mark"):
        assert code in cli.__doc__


def test_write_error_is_one_line() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "cablegram", "parse", str(SEED)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    lines = _stderr_lines(done)  # type: ignore[arg-type]
    assert done.returncode == 1
    assert lines == ["cablegram: cannot write the output: No space left on device"]


# ---------------------------------------------------------------- B20: parse()


def test_b20_parse_str_is_always_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "07OTTAWA2266.txt"
    path.write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    for text in (str(path), "07OTTAWA2266.txt"):
        with pytest.raises(cablegram.UnknownFormatError):
            cablegram.parse(text)  # the one-line text is not a document, not a path


def test_b20_parse_path_reads_the_file_with_true_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    raw = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(raw.encode("utf-8"))
    for document in (cablegram.parse(path), sniff.parse_file(path), sniff.parse_file(str(path))):
        assert isinstance(document, cablegram.Cable)
        assert document.raw == raw and document.source == str(path)
        assert document.subject is not None
        span = document.subject.span
        assert raw[span.start : span.end] == "SUBJECT: CANADA ON KOSOVO"


def test_b20_parse_refuses_other_types() -> None:
    with pytest.raises(TypeError):
        cablegram.parse(SEED.read_bytes())  # type: ignore[arg-type]
