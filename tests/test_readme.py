"""The README's examples are run, so that they cannot drift from the code.

Every ```python block of README.md is executed in order, in one namespace shared by
all of them, from the repository root; a claim about a value is an ``assert`` in the
block.  A block that names an optional extra (``pip install 'cablegram[pandas]'``) is
skipped, with its line, when that extra is not installed.  The set-up commands at the
top and the options of the command-line synopsis are checked too.
"""

from __future__ import annotations

import re
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.markdown import fenced

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

SETUP_COMMANDS = [
    "pip install . && cablegram parse examples/data/07OTTAWA2266.txt",
    "pip install -e '.[test]' && python -m pytest",
]
#: Fewer python blocks than this means the extraction broke, not that the README shrank.
MIN_PYTHON_BLOCKS = 8
#: A block's output stays small: examples print a handful of lines, not a corpus.
MAX_OUTPUT_LINES = 20
#: The modules each extra of pyproject.toml installs, as the blocks name them.
EXTRA_MODULES = {
    "pandas": ("pandas",),
    "parquet": ("pandas", "pyarrow"),
    "graph": ("networkx",),
    "progress": ("tqdm",),
}

_EXTRA = re.compile(r"cablegram\[(?P<extra>[\w-]+)\]")
_OPTION = re.compile(r"(?<![\w-])--?[a-z][a-z-]*")


@dataclass(frozen=True)
class Block:
    """A fenced block of README.md: ``line`` is the line of its first code line."""

    info: str
    line: int
    source: str


def fenced_blocks(text: str) -> list[Block]:
    found = fenced(text.splitlines())
    unclosed = [block.line - 1 for block in found if not block.closed]
    assert not unclosed, f"README.md:{unclosed[0]}: a fence that is never closed"
    return [Block(block.info, block.line, "\n".join(block.body) + "\n") for block in found]


BLOCKS = fenced_blocks(README.read_text(encoding="utf-8"))
PYTHON_BLOCKS = [block for block in BLOCKS if block.info == "python"]


def extras(block: Block) -> list[str]:
    names = [m["extra"] for m in _EXTRA.finditer(block.source)]
    unknown = sorted(set(names) - set(EXTRA_MODULES))
    assert not unknown, f"README.md:{block.line}: unknown extra {unknown}"
    return names


def missing_modules(block: Block) -> list[tuple[str, str]]:
    """The (extra, module) pairs the block needs that cannot be imported."""
    missing = []
    for extra in extras(block):
        for module in EXTRA_MODULES[extra]:
            try:
                __import__(module)
            except ImportError:
                missing.append((extra, module))
    return missing


def run(block: Block, namespace: dict[str, object]) -> None:
    # Padded so that a traceback's line numbers are those of README.md.
    code = compile("\n" * (block.line - 1) + block.source, str(README), "exec")
    try:
        exec(code, namespace)
    except Exception as error:
        frames = traceback.format_exception(type(error), error, error.__traceback__)
        failure = (
            f"README.md:{block.line}: the python block starting here raised "
            f"{type(error).__name__}: {error}\n{''.join(frames[1:])}"
        )
    else:
        return
    pytest.fail(failure, pytrace=False)


class Session:
    """The namespace all blocks share, and how many blocks have run in it."""

    def __init__(self) -> None:
        self.namespace: dict[str, object] = {"__name__": "__readme__"}
        self.ran = 0


@pytest.fixture(scope="module")
def session() -> Session:
    return Session()


def test_the_first_block_is_the_two_setup_commands() -> None:
    first = BLOCKS[0]
    assert first.info == "sh", f"README.md:{first.line}: the first block is not ```sh"
    assert first.source.splitlines() == SETUP_COMMANDS


def test_the_readme_has_its_python_blocks() -> None:
    assert len(PYTHON_BLOCKS) >= MIN_PYTHON_BLOCKS, [b.line for b in PYTHON_BLOCKS]


@pytest.mark.parametrize(
    "index", range(len(PYTHON_BLOCKS)), ids=[f"README.md:{b.line}" for b in PYTHON_BLOCKS]
)
def test_python_block(
    index: int,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(ROOT)
    # Run on its own (-k), a block first needs what the blocks before it define.
    while session.ran < index:
        earlier = PYTHON_BLOCKS[session.ran]
        session.ran += 1
        if not missing_modules(earlier):
            run(earlier, session.namespace)
    session.ran = index + 1
    block = PYTHON_BLOCKS[index]
    for extra, module in missing_modules(block):
        pytest.importorskip(
            module, reason=f"README.md:{block.line} needs the '{extra}' extra ({module})"
        )
    capsys.readouterr()
    run(block, session.namespace)
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) <= MAX_OUTPUT_LINES, (
        f"README.md:{block.line} prints {len(printed)} lines; keep an example's output short"
    )


def test_the_command_line_synopsis_lists_real_options() -> None:
    heading = README.read_text(encoding="utf-8").splitlines().index("## Command line") + 1
    synopsis = next(b for b in BLOCKS if b.line > heading)
    assert synopsis.info == "", f"README.md:{synopsis.line}: the synopsis is not a plain block"
    assert synopsis.source.startswith("cablegram parse "), synopsis.source
    options = {
        option
        for bracket in re.findall(r"\[([^\]]*)\]", synopsis.source)
        for option in _OPTION.findall(bracket)
    }
    assert len(options) >= 10, sorted(options)
    result = subprocess.run(
        [sys.executable, "-m", "cablegram", "parse", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    listed = set(_OPTION.findall(result.stdout))
    assert not options - listed, (
        f"README.md:{synopsis.line}: options not in `cablegram parse --help`: "
        f"{sorted(options - listed)}"
    )
