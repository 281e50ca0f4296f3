"""The documentation's Python examples run, as written, from the repository root.

Each page of ``docs/`` is a Markdown (MyST) file.  Its ```` ```python ```` blocks and
```` ```{code-block} python ```` directives are run in order, in one namespace per
page, the way a reader would paste them into one session; a block that raises
fails the page's test, naming the page, the block and its line.  A ```` ```text ````
block right after a Python block (blank lines between them only) is that block's
output, and what the block prints must be it.  Other blocks (``sh``, ``json``, a
``text`` block after prose) are not run.  The docs build itself (``sphinx -W``)
runs in CI, not here.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
import traceback
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.markdown import Fenced, fenced

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
#: Pages with no examples meant to run (the repository's own notes and the
#: generated diagnostics table, included in the site as they are).
NOT_RUN = {"architecture.md", "model.md", "diagnostics.md"}
#: Pages that must hold runnable examples: a test of nothing would pass.
WITH_EXAMPLES = {
    "index.md",
    "tutorial.md",
    "corpus.md",
    "format/index.md",
    "format/transmission.md",
    "format/text-header.md",
    "format/body.md",
}

_RUN = re.compile(r"^(?:python|py|python3|\{code-block\}\s+python|\{code\}\s+python)\s*$")
_OPTION = re.compile(r"^:[\w-]+:")


class Block(NamedTuple):
    """A runnable example: its page, its number on the page (from 1), its first line,
    its source, and the output shown under it (None when none is)."""

    page: str
    number: int
    line: int
    source: str
    output: str | None = None


def blocks(text: str, page: str) -> list[Block]:
    """The Python examples of a Markdown page, in order."""
    lines = text.splitlines()
    every = fenced(lines)
    found: list[Block] = []
    for k, block in enumerate(every):
        if not _RUN.match(block.info):
            continue
        body, start = list(block.body), block.line
        while body and _OPTION.match(body[0]):  # a directive's options (:caption: ...)
            body.pop(0)
            start += 1
        after = every[k + 1] if k + 1 < len(every) else None
        output = _output(lines, block, after)
        found.append(Block(page, len(found) + 1, start, "\n".join(body) + "\n", output))
    return found


def _output(lines: list[str], block: Fenced, after: Fenced | None) -> str | None:
    """The ``text`` block right after ``block`` (blank lines between), if any."""
    if after is None or after.info != "text" or not after.closed:
        return None
    if any(line.strip() for line in lines[block.after : after.opener]):
        return None
    return _shown(after.body)


def _shown(lines: list[str]) -> str:
    """Output as compared: trailing blanks and blank first and last lines dropped."""
    kept = [line.rstrip() for line in lines]
    while kept and not kept[0]:
        kept.pop(0)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def run(examples: list[Block]) -> None:
    """Run a page's examples in one namespace; fail naming the block that raised."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in examples:
        name = f"docs/{block.page}, block {block.number} (line {block.line})"
        printed = io.StringIO()
        try:
            code = compile(block.source, name, "exec")
            with contextlib.redirect_stdout(printed):
                exec(code, namespace)
        except Exception:
            pytest.fail(f"{name} failed:\n{block.source}\n{traceback.format_exc()}", False)
        shown = _shown(printed.getvalue().splitlines())
        if block.output is not None and shown != block.output:
            pytest.fail(f"{name} printed\n{shown}\n\nbut the page shows\n{block.output}", False)


def pages() -> list[str]:
    return sorted(
        p.relative_to(DOCS).as_posix()
        for p in DOCS.rglob("*.md")
        if "_build" not in p.relative_to(DOCS).parts
    )


@pytest.mark.parametrize("page", sorted(set(pages()) - NOT_RUN))
def test_page_examples_run(page: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    examples = blocks((DOCS / page).read_text(encoding="utf-8"), page)
    monkeypatch.chdir(ROOT)
    # examples that write files put them in a temporary folder: pytest's, here
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    run(examples)


def test_pages_have_examples() -> None:
    counts = {
        page: len(blocks((DOCS / page).read_text(encoding="utf-8"), page)) for page in pages()
    }
    assert set(counts) >= WITH_EXAMPLES, "a page listed here is missing"
    assert all(counts[page] > 0 for page in WITH_EXAMPLES), counts
    assert sum(counts.values()) >= 40, counts


def test_an_example_prints_the_output_shown() -> None:
    text = "```python\nprint('a')\nprint('  b')\n```\n\n```text\na\n  b\n```\n"
    (block,) = blocks(text, "ok.md")
    assert block.output == "a\n  b"
    run([block])
    wrong = block._replace(output="a\nb")
    with pytest.raises(pytest.fail.Exception, match=r"but the page shows"):
        run([wrong])


def test_pages_show_outputs() -> None:
    shown = [b for page in pages() for b in blocks((DOCS / page).read_text(encoding="utf-8"), page)]
    assert sum(b.output is not None for b in shown) >= 10


def test_a_failing_example_names_its_page_and_block() -> None:
    text = (
        "# A page\n\n```python\nx = 1\n```\n\nSome prose.\n\n"
        "```text\nnot run\n```\n\n```python\nassert x == 2\n```\n"
    )
    examples = blocks(text, "bad.md")
    assert [(b.number, b.line, b.output) for b in examples] == [(1, 4, None), (2, 14, None)]
    with pytest.raises(pytest.fail.Exception, match=r"docs/bad\.md, block 2 \(line 14\)"):
        run(examples)


def test_directive_blocks_are_found() -> None:
    text = "```{code-block} python\n:caption: an example\n\nvalue = 6 * 7\n```\n"
    (block,) = blocks(text, "directive.md")
    assert block.source.strip() == "value = 6 * 7"
    namespace: dict[str, object] = {}
    exec(block.source, namespace)
    assert namespace["value"] == 42


def test_toctree_entries_exist() -> None:
    entries = 0
    for page in pages():
        text = (DOCS / page).read_text(encoding="utf-8")
        for tree in re.finditer(r"```\{toctree\}\n(.*?)```", text, re.DOTALL):
            for line in tree[1].splitlines():
                line = line.strip()
                if not line or line.startswith(":"):
                    continue
                target = (DOCS / page).parent / f"{line}.md"
                assert target.is_file(), f"docs/{page} lists {line}, which does not exist"
                entries += 1
    assert entries >= 10


def test_pages_do_not_need_the_shared_corpus() -> None:
    for page in sorted(set(pages()) - NOT_RUN):
        text = (DOCS / page).read_text(encoding="utf-8")
        assert "../shared" not in text and "/work/shared" not in text, page
