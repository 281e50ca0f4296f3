"""The fast path of every block grammar reads what pyparsing reads: the same texts
accepted, with the same values (``cablegram.grammar._fast.check``).

``bench/golden.py`` runs the same check on every block of the shared corpus
(``CABLEGRAM_CHECK_GRAMMARS=1``); here it runs on the fixtures, on variants of real
blocks, and on generated text.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
from pathlib import Path

import pyparsing as pp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cablegram.grammar
from cablegram.grammar import Grammar, _fast, header, layout

DATA = Path(__file__).parent / "data"


def _grammars() -> list[Grammar]:
    found = []
    for info in pkgutil.iter_modules(cablegram.grammar.__path__):
        module = importlib.import_module(f"cablegram.grammar.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, Grammar)]
    return found


GRAMMARS = _grammars()
IDS = [g.name for g in GRAMMARS]

#: Real blocks of every kind, and damaged ones.
SAMPLES = [
    "VZCZCXRO4033",
    "VZCZC",
    " VZCZCXYZ123456 ",
    "PP RUEHWEB",
    "OO RUEHC RUEHXX\n RUEHZZ",
    "RR RUEH",
    "DE RUEHOT #2266/01 3482105",
    "DE RUEHOT #2266 3482105 ZDK FOO (BAR",
    "DE RUEHOT 2266",
    "ZNY CCCCC ZZH",
    "ZNY CCCCC/SPECA ZZH ZDK",
    "ZNR UUUUU",
    "O 142105Z DEC 07",
    "O R 142105Z DEC 07 ZFF4 (ZDK DUE TO SERVICES)",
    "P 1421Z DEC 07",
    "142105Z DEC 2007",
    "R 300000Z FEB 09",
    "FM AMEMBASSY OTTAWA",
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 6841",
    "INFO RUEHXX/AMEMBASSY PARIS PIORITY 0001, XMT AMCONSUL X, AMCONSUL Y",
    "RUEHC/SECSTATE WASHDC//OES/PCI// NIACT IMMEDIATE 0000-0001",
    "C O N F I D E N T I A L SECTION 01 OF 02 OTTAWA 002266",
    "SECRET STATE 123456 TOSEC 120",
    "UNCLAS SECTION01 GF02 QRIPOLI 000583 SIPDIS",
    "SS E C R E T BISHIEK 00Q021",
    "E.O. 12958: DECL: 12/14/2017",
    "E.O. 12958 DECL: 1.4 (B) AND (D)",
    "E.O. 12958: N/A",
    "EO 12958 AS AMENDED: DECL 25X1-human foo bar",
    "E.O. 12356: OADR",
    "E.O. 12958: DECL: 13/45/2019",
    "TAGS: PREL, PGOV, YI, CA",
    "TAGS PREL (BUSH, GEORGE) KDEM",
    "TAGS:",
    "TAGS: (foo",
    "SUBJECT: (C) CANADA ON KOSOVO",
    "SUBJ: foo\nbar",
    "SUBJECT: (S/NF) X",
    "Classified By: PolMinCouns Scott Bellard for reasons 1.4 (b) and (d)",
    "CLASSIFIED BY: AMB X, REASON 1.5 (B, D). 1. (C) SUMMARY: YES",
    "Classified by: Richa\nrd Hoagland, for re\nasons 1.4 b/d",
    "Classified by: foo",
    "(C)",
    "(S/NF)",
    "(SBU)",
    "(C - ENTIRE TEXT)",
    "(S//REL TO USA, GBR AND AUS)",
    "(C NF)",
    "(SE)",
    "(U//FOUO)",
    "PAGE 01 ATHENS 02959 171944Z",
    "PAGE 01 ROME 03639 02 OF 03 171944Z",
    "ACTION EUR-25\nINFO OCT-01 EA-11 /096 W",
    "INFO LOG-00 (H-00 L-00\n PM-00 ) /001W",
    "ORIGIN SS-10",
]


def _fixture_blocks() -> list[str]:
    """Every line of the fixtures, and every two lines together."""
    out = []
    for path in sorted(DATA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        out += lines
        out += ["\n".join(pair) for pair in itertools.pairwise(lines)]
    return [line for line in out if line.strip()]


def _variants(text: str) -> list[str]:
    """The text with spaces doubled, dropped and trailing, case changed, cut short."""
    return [
        text,
        text.replace(" ", "  "),
        text.replace(" ", "", 1),
        text + " ",
        " " + text,
        text.lower(),
        text[: len(text) // 2],
        text + " X",
        re.sub(r"\d", "9", text),
    ]


@pytest.mark.parametrize("grammar", GRAMMARS, ids=IDS)
def test_fast_path_reads_what_pyparsing_reads(grammar: Grammar) -> None:
    texts = [v for sample in SAMPLES for v in _variants(sample)] + _fixture_blocks()
    differences = {}
    for text in texts:
        found = _fast.check(grammar.element, grammar.program, text)
        if found is not None:
            differences[text] = found
    assert differences == {}


@pytest.mark.parametrize("grammar", GRAMMARS, ids=IDS)
@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(SAMPLES)
        | st.text(alphabet="ACDEFOPRSTUXZ0123456789 ./()-:,\n", max_size=12),
        max_size=4,
    )
)
def test_fast_path_on_generated_text(grammar: Grammar, pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert _fast.check(grammar.element, grammar.program, text) is None


@pytest.mark.parametrize("grammar", GRAMMARS, ids=IDS)
def test_the_form_for_python_3_10_reads_the_same(
    grammar: Grammar, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before 3.11 atomic groups are a capturing lookahead and a back-reference, and
    white space is skipped with a negative lookahead: the same texts, the same values."""
    monkeypatch.setattr(_fast, "ATOMIC", False)
    program = _fast.Program(grammar.element)
    assert "(?>" not in program.regex.pattern
    for text in [v for sample in SAMPLES for v in _variants(sample)]:
        assert _fast.check(grammar.element, program, text) is None, text


def test_the_check_sees_a_difference() -> None:
    """A program that reads another grammar disagrees, and the check says so."""
    by_name = {g.name: g for g in GRAMMARS}
    dtg, bare = by_name["precedence and date-time group"], by_name["date-time group"]
    assert _fast.check(bare.element, dtg.program, "O 142105Z DEC 07") is not None
    assert _fast.check(dtg.element, dtg.program, "O 142105Z DEC 07") is None


def test_every_block_grammar_has_a_fast_path() -> None:
    assert len(GRAMMARS) >= 15
    for grammar in GRAMMARS:
        assert isinstance(grammar.program.regex, re.Pattern)
        assert isinstance(grammar.element, pp.ParserElement)


def test_a_rejected_text_gets_pyparsings_reason() -> None:
    by_name = {g.name: g for g in GRAMMARS}
    de = by_name["DE line"]
    assert de.match("DE RUEHOT #2266 34821") is None
    error = de.error("DE RUEHOT #2266 34821")
    assert "Julian day" in error.msg
    assert error.loc == 16
    assert error.__traceback__ is None


def test_unsupported_elements_are_refused() -> None:
    with pytest.raises(_fast.Unsupported):
        _fast.Program(pp.Word(pp.alphas) + pp.StringEnd())
    with pytest.raises(_fast.Unsupported):
        _fast.Program(pp.Regex(r"(a)\1") + pp.StringEnd())


HINTED = {
    "FIELD_GLUED": layout.FIELD_GLUED,
    "BANNER_INSIDE": header.BANNER_INSIDE,
}
HINT_SAMPLES = [
    "UK PRIMEREF: A. LONDON 1939",
    "VISIT TO CAIROClassified By: X",
    "S/CT FOR REAPE.O. 12958: DECL: 01/01/2019",
    "DECL: 03/20/2019 TAG PTER, PGOV",
    "SUBJECT: X TAGS: PREL",
    "Cable dated:2002-11-15T12:40:00S E C R E T SECTION 01 OF 05 ANKARA 008305",
    "RUEHTRO/AMEMBASSY TRIPOLI 1366\tS E C R E T SECTION 01 OF 05 TRIPOLI 000498",
    "ONFIDENTIAL OTTAWA 001234",
    "unclas efto state 1234",
    "L I M I T E D OFFICIAL USE ROME 01234",
    "nothing to see here",
    "ſubject: long s",
]


@pytest.mark.parametrize("name", sorted(HINTED))
def test_hinted_patterns_find_what_their_regex_finds(name: str) -> None:
    hinted = HINTED[name]
    for text in [v for s in HINT_SAMPLES for v in _variants(s)] + _fixture_blocks():
        for pos in (0, 3):
            expected = hinted.pattern.search(text, pos)
            found = hinted.search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), text
            spans = [m.span() for m in hinted.finditer(text, pos)]
            assert spans == [m.span() for m in hinted.pattern.finditer(text, pos)], text


@pytest.mark.parametrize("name", sorted(HINTED))
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ABCDEFGILMNOPRSTUYabcdefijorst .:/0123456789\tſ", max_size=40))
def test_hinted_patterns_on_generated_text(name: str, text: str) -> None:
    hinted = HINTED[name]
    expected = hinted.pattern.search(text)
    found = hinted.search(text)
    assert (found and found.span()) == (expected and expected.span())
