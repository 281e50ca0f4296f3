"""Nothing is silently dropped: every non-blank character of every real fixture
falls inside a field, a body part, a wrapper block, a page marker or an unparsed
block (field keywords and bullets excepted; see cablegram.check.coverage)."""

from __future__ import annotations

import importlib
import time

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


def test_glued_keywords_are_read_as_their_parts() -> None:
    # "REF:A." and "REF .B)": keyword and bullet glued, or a bullet's dot on the
    # keyword's side, are no lost text
    text = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    for ref in ("REF:A. STATE 165486\n", "REF .B) STATE 165486\n"):
        glued = text.replace("SUBJECT:", ref + "\nSUBJECT:", 1)
        cable = cablegram.parse_cable(glued)
        assert any(r.serial == "165486" for r in cable.references)
        assert [glued[s.start : s.end] for s in uncovered(cable)] == []


def _with_subject(line: str) -> tuple[str, cablegram.Cable]:
    """The seed cable with ``line`` for its SUBJECT line, and its parse."""
    text = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    subject = cablegram.parse_cable(text).subject
    assert subject is not None
    spliced = text[: subject.span.start] + line + text[subject.span.end :]
    return spliced, cablegram.parse_cable(spliced)


def _lost_without_subject(text: str, cable: cablegram.Cable) -> list[str]:
    """The text reported lost once the subject is taken out of the parse."""
    return [text[s.start : s.end] for s in uncovered(attrs.evolve(cable, subject=None))]


@pytest.mark.parametrize("word", ["AND", "TO", "B.", "12.", "INFO"])
def test_a_keyword_dropped_with_its_text_is_reported(word: str) -> None:
    # such words are exempt only where they lead into text the parse kept
    line = f"SUBJECT: {word} THE REST OF THE LINE"
    spliced, cable = _with_subject(line)
    assert cable.subject is not None and cable.subject.span.of(spliced) == line
    assert uncovered(cable) == []
    assert _lost_without_subject(spliced, cable)[:3] == ["SUBJECT:", word, "THE"]


def test_a_long_run_of_separators_before_lost_text_is_checked_at_once() -> None:
    # the keyword test once took time doubling with every separator of a run
    # ("-" * 24 + "x1": 5 s); a 70-dash rule glued to lost text must be instant
    text = "SUBJECT: X\n\n" + "-" * 70 + "x1\n"
    cable = cablegram.parse_cable(text)
    stripped = attrs.evolve(cable, paragraphs=())
    start = time.perf_counter()
    lost = [text[s.start : s.end] for s in uncovered(stripped)]
    assert time.perf_counter() - start < 1.0
    assert lost == ["-" * 70 + "x1"]


@pytest.mark.parametrize("word", ["U.S.", "A.M.", "(a)(b)(c)", "1.2.3."])
def test_words_made_of_bullets_are_no_keyword(word: str) -> None:
    # only a bullet glued to a field keyword ("REF:A.") or after separators (".B)")
    # is keyword text; a run of bullets is a word, reported when lost
    spliced, cable = _with_subject(f"SUBJECT: {word} THE REST")
    assert _lost_without_subject(spliced, cable)[:2] == ["SUBJECT:", word]
