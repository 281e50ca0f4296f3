"""Every diagnostic code is registered, documented, and emitted with a registered
severity; the registry holds no code that nothing emits."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest

import cablegram
from cablegram.diagnostics import markdown, registry

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "cablegram"
DATA = Path(__file__).parent / "data"

# Calls that take a code: first positional argument, or code=...
_CODE_FIRST = {"report", "problem", "_problem"}
_CODE_KEYWORD = {"keep_unparsed", "Diagnostic", "DocumentSyntaxError", "DocumentTextError"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _emitted_in_source() -> dict[str, list[str]]:
    """Literal codes the source emits, each with where; ``<field>-syntax`` codes from
    the ``field=`` of every ``ctx.parse`` call."""
    found: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            codes: list[object] = []
            if name in _CODE_FIRST and node.args:
                codes.append(getattr(node.args[0], "value", None))
            keywords = {k.arg: getattr(k.value, "value", None) for k in node.keywords}
            if name in _CODE_FIRST | _CODE_KEYWORD:
                codes.append(keywords.get("code"))
            if name == "parse" and isinstance(keywords.get("field"), str):
                codes.append(f"{keywords['field']}-syntax")
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            for code in codes:
                if isinstance(code, str):
                    found.setdefault(code, []).append(where)
    return found


def test_docs_are_generated_from_the_registry() -> None:
    text = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    assert text == markdown(), "regenerate: python -m cablegram.diagnostics > docs/diagnostics.md"


def test_every_code_in_the_source_is_registered() -> None:
    emitted = _emitted_in_source()
    assert len(emitted) > 40  # the scan finds the calls at all
    missing = {code: where for code, where in emitted.items() if code not in registry()}
    assert not missing


def test_every_registered_code_is_emitted() -> None:
    emitted = _emitted_in_source()
    assert [code for code in registry() if code not in emitted] == []


def test_registry_rows_are_well_formed() -> None:
    kinds = {"cable", "page", "news", "news-day", "html", "csv", "jsonl"}
    for code in registry().values():
        assert code.meaning.strip() and code.severities
        assert set(code.documents) <= kinds, code


def _documents() -> list[tuple[str, list[cablegram.Diagnostic]]]:
    """The diagnostics of every fixture, read as a user would, lenient."""
    out: list[tuple[str, list[cablegram.Diagnostic]]] = []
    for path in sorted(DATA.iterdir()):
        if path.suffix not in (".txt", ".md", ".html", ".csv"):
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".csv":
            docs = list(cablegram.read_cables_csv(io.StringIO(text)))
            for doc in docs:
                out.append(("csv", list(doc.diagnostics)))
            continue
        try:
            parsed = cablegram.parse(text)
        except cablegram.UnknownFormatError:
            parsed = cablegram.parse_cable(text)
        doc = parsed if not isinstance(parsed, tuple) else parsed[0]
        kind = "html" if path.suffix == ".html" else str(getattr(doc, "kind", "cable"))
        out.append((kind, list(getattr(doc, "diagnostics", ()))))
        for item in getattr(doc, "items", ()):
            out.append(("news-day", list(item.diagnostics)))
    hostile = [
        "VZCZC\nPP RUEH\nDE RUEHOT\nZNY CCCCC\nR 300000Z FEB 09\nFM AMEMBASSY OTTAWA\n",
        "SECRET OTTAWA 1234\nE.O. 99999: DECL: 13/45/2019\nTAGS:\nSUBJECT: (XX) TEST\n",
        "1. (QQ/NF) a paragraph with an unknown mark\nCLASSIFIED BY: X Y, reason 9.9\n",
    ]
    for text in hostile:
        out.append(("cable", list(cablegram.parse_cable(text).diagnostics)))
    return out


@pytest.mark.parametrize("kind, diagnostics", _documents())
def test_emitted_codes_are_registered_with_their_severity(
    kind: str, diagnostics: list[cablegram.Diagnostic]
) -> None:
    codes = registry()
    for diagnostic in diagnostics:
        assert diagnostic.code in codes, diagnostic
        entry = codes[diagnostic.code]
        assert diagnostic.severity in entry.severities, diagnostic
        # a cable read from a WikiLeaks page or a csv row carries cable codes too
        carried = kind in ("html", "csv") and "cable" in entry.documents
        assert kind in entry.documents or carried, diagnostic
