"""Nothing is silently dropped: every non-blank character of every real fixture
falls inside a field, a body part, a wrapper block, a page marker or an unparsed
block (field keywords and bullets excepted; see cablegram.check.coverage)."""

from __future__ import annotations

import importlib

import attrs
import pytest

import cablegram
from cablegram.check.coverage import uncovered

from .conftest import DATA

_MODULES = ("test_fields", "test_wrappers", "test_classified_by", "test_spans")


def _fixtures() -> list[tuple[str, str]]:
    out = [("07OTTAWA2266", (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8"))]
    for name in _MODULES:
        module = importlib.import_module(f"tests.{name}")
        for key, value in sorted(vars(module).items()):
            if key.isupper() and isinstance(value, str) and "\n" in value:
                out.append((f"{name}.{key}", value))
    return out


FIXTURES = _fixtures()


def test_fixtures_found() -> None:
    assert len(FIXTURES) > 40


@pytest.mark.parametrize(("name", "text"), FIXTURES, ids=[n for n, _ in FIXTURES])
def test_every_character_accounted_for(name: str, text: str) -> None:
    cable = cablegram.parse_cable(text)
    assert [text[s.start : s.end] for s in uncovered(cable)] == []


def test_uncovered_reports_dropped_text() -> None:
    # The check itself must be able to fail: drop the subject and look.
    text = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    cable = cablegram.parse_cable(text)
    stripped = attrs.evolve(cable, subject=None)
    lost = [text[s.start : s.end] for s in uncovered(stripped)]
    assert "SUBJECT:" in lost and "KOSOVO" in lost
