"""The package as a user gets it: one version source, a wheel and an sdist that carry
the licences, and a wheel that installs into a new venv with only pyparsing and
attrs and runs the command line on the seed cable.

The wheel and sdist are built with hatchling's PEP 517 hooks in this interpreter
(hatchling is a test extra), so building needs no network; installing the wheel's
two dependencies into the new venv uses pip's index, as any install does.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

import cablegram

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
LICENCES = ("LICENSE", "LICENSE-cablemap.txt")


def _project_version() -> str:
    found = re.search(r'^version = "([^"]+)"$', PYPROJECT, re.MULTILINE)
    assert found, "pyproject.toml has no static version"
    return found.group(1)


def test_the_version_is_written_once() -> None:
    assert cablegram.__version__ == _project_version() == metadata.version("cablegram")
    written = [
        path.relative_to(ROOT)
        for path in (ROOT / "src").rglob("*.py")
        if re.search(r"^__version__\s*=", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert written == [], f"a version written in the source: {written}"


def test_cli_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from cablegram.cli import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cablegram {_project_version()}"


def test_classifiers_name_each_python_from_the_minimum() -> None:
    classifiers = metadata.metadata("cablegram").get_all("Classifier") or []
    versions = sorted(
        int(minor) for minor in re.findall(r"Python :: 3\.(\d+)$", "\n".join(classifiers), re.M)
    )
    minimum = re.search(r'requires-python = ">=3\.(\d+)"', PYPROJECT)
    assert minimum and versions, "requires-python and the Python classifiers"
    assert versions == list(range(int(minimum.group(1)), versions[-1] + 1))
    for needed in (
        "Development Status :: 3 - Alpha",
        "Intended Audience :: Science/Research",
        "Topic :: Sociology :: History",
        "Typing :: Typed",
    ):
        assert needed in classifiers
    assert f"Programming Language :: Python :: 3.{sys.version_info[1]}" in classifiers


def test_changelog_keeps_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "keepachangelog.com" in text
    assert re.search(r"^## \[(Unreleased|\d+\.\d+\.\d+)\]", text, re.MULTILINE)
    assert re.search(r"^### (Added|Changed|Fixed|Removed|Deprecated|Security)$", text, re.M)


def _hook(kind: str, out: Path) -> Path:
    """Build a ``wheel`` or an ``sdist`` of the repository into ``out`` with
    hatchling's PEP 517 hook, in a child interpreter run from the repository root."""
    pytest.importorskip("hatchling", reason="hatchling is a test extra: pip install -e '.[test]'")
    code = f"import sys, hatchling.build as b; print(b.build_{kind}(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _hook("wheel", tmp_path_factory.mktemp("wheel"))


def test_wheel_carries_both_licences_and_the_data(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    licences = [n for n in names if ".dist-info/licenses/" in n]
    assert {Path(n).name for n in licences} == set(LICENCES), licences
    assert "cablegram/data/cable2month.csv.gz" in names
    assert "cablegram/py.typed" in names
    text = meta.decode("utf-8")
    assert "License-Expression: MIT" in text
    assert f"Version: {_project_version()}" in text
    assert not [n for n in names if n.startswith(("tests/", "bench/", "docs/"))]


def test_sdist_carries_the_licences_changelog_and_tests(tmp_path: Path) -> None:
    sdist = _hook("sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "LICENSE",
        "src/cablegram/data/LICENSE-cablemap.txt",
        "CHANGELOG.md",
        "README.md",
        "pyproject.toml",
        "tests/test_packaging.py",
        "examples/data/07OTTAWA2266.txt",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.startswith("docs/_build")]


def test_wheel_installs_alone_and_runs_the_cli_on_the_seed(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    names = "import json, importlib.metadata as m; print(json.dumps([d.metadata['Name'] for d in m.distributions()]))"  # noqa: E501
    listing = subprocess.run([str(python), "-c", names], capture_output=True, text=True, check=True)
    installed = {name.lower() for name in json.loads(listing.stdout)} - {"pip", "setuptools"}
    assert installed == {"cablegram", "pyparsing", "attrs"}
    seed = ROOT / "examples" / "data" / "07OTTAWA2266.txt"
    run = subprocess.run(
        [str(bindir / "cablegram"), "parse", str(seed)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,  # not the repository: the installed package, not the source tree
    )
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout)
    assert record["reference_id"] == "07OTTAWA2266"
    assert record["subject"]["text"] == "CANADA ON KOSOVO"
    version = subprocess.run(
        [str(bindir / "cablegram"), "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"cablegram {_project_version()}"
