"""Fuzzing every reader with mutated real fixtures, against one contract.

The documents are the real fixtures of ``data/`` (the cables 07OTTAWA2266 and
09OUAGADOUGOU1158, the WikiLeaks page of 09OUAGADOUGOU1158, the ``cables.csv``
sample, the seed government page and news item).  Each is damaged by one to five
mutations of the kinds real renderings show or a careless pipeline makes: lines
deleted, duplicated, swapped; the text truncated; line ends collapsed to spaces or
turned into bare CRs; Unicode inserted (bidi marks, combining marks, superscript and
Arabic-Indic digits, zero-width characters, BOM, NUL, line separators); case flipped.

The contract every reader keeps on any such text (:func:`contract`):

- lenient parsing never raises (only ``cablegram.parse`` may refuse a text
  :func:`cablegram.sniff` cannot place, with :class:`UnknownFormatError`);
- nothing is lost: no non-blank text stands outside every span of the parse
  (:mod:`cablegram.check.coverage`, :mod:`cablegram.check.documents`);
- every span lies inside the document's text;
- strict parsing raises iff lenient parsing recorded an error-level diagnostic,
  and only :class:`CablegramError` subclasses;
- the JSON export loads back, the document pickles to an equal document;
- the compact JSON is at most 20 times the text's length (+ 4 KB).

``bench/fuzz.py`` runs the same mutations and contract over ``../shared``.
"""

from __future__ import annotations

import html as html_lib
import io
import json
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram
from cablegram.check.coverage import uncovered
from cablegram.check.documents import uncovered_document
from cablegram.errors import CablegramError, Diagnostic, Severity, UnknownFormatError
from cablegram.model import Cable, NewsDay, NewsItem, Page
from cablegram.span import Span

DATA = Path(__file__).parent / "data"

# ------------------------------------------------------------------ mutations

#: What ``insert`` puts into a text: bidi marks, combining marks, superscript and
#: Arabic-Indic digits, zero-width characters, BOM, NUL, line separators that
#: ``str.splitlines`` honours, characters whose case changes their length.
INSERTS = (
    "\u200f",  # RIGHT-TO-LEFT MARK
    "\u200e",  # LEFT-TO-RIGHT MARK
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u0301",  # COMBINING ACUTE ACCENT
    "e\u0308",
    "²³",
    "¹",
    "٠١٢٣",  # ARABIC-INDIC DIGITS
    "۱۲",  # EXTENDED ARABIC-INDIC DIGITS
    "\x00",
    "\ufeff",  # BOM
    "\u200b",  # ZERO WIDTH SPACE
    "\u200d",  # ZERO WIDTH JOINER
    "\u2028",  # LINE SEPARATOR
    "\u0085",  # NEXT LINE
    "\x0c",
    "\x1c",
    "\r",
    "\r\n",
    "\t",
    "\u00a0",
    "ß",
    "İ",
    "ﬁ",
    "¶",
    "مرحبا",
)

#: The kinds of mutation, each an operation on the text's lines or characters.
KINDS = ("delete", "duplicate", "swap", "truncate", "collapse", "cr", "insert", "case")

Op = tuple[Any, ...]


def mutate(text: str, ops: list[Op] | tuple[Op, ...]) -> str:
    """``text`` with the mutations ``ops`` applied in turn.  Positions are taken
    modulo the text's length (or line count), so any integers fit any text."""
    for op in ops:
        text = _mutate_once(text, op)
    return text


def _mutate_once(text: str, op: Op) -> str:
    kind = op[0]
    lines = text.split("\n")
    n = len(lines)
    if kind == "delete":
        del lines[op[1] % n]
    elif kind == "duplicate":
        k = op[1] % n
        lines.insert(k, lines[k])
    elif kind == "swap":
        i, j = op[1] % n, op[2] % n
        lines[i], lines[j] = lines[j], lines[i]
    elif kind in ("collapse", "cr"):  # join lines [i, i + count] by a space or a CR
        i = op[1] % n
        j = min(n, i + op[2] + 1)
        joined = (" " if kind == "collapse" else "\r").join(lines[i:j])
        lines[i:j] = [joined]
    elif kind == "truncate":
        return text[: op[1] % (len(text) + 1)]
    elif kind == "insert":
        k = op[1] % (len(text) + 1)
        return text[:k] + op[2] + text[k:]
    elif kind == "case":
        k = op[1] % (len(text) + 1)
        return text[:k] + text[k : k + op[2]].swapcase() + text[k + op[2] :]
    else:
        raise ValueError(f"unknown mutation {op!r}")
    return "\n".join(lines)


def random_ops(rng: Any, count: int | None = None) -> list[Op]:
    """One to five random mutations drawn with ``rng`` (a ``random.Random``)."""
    ops: list[Op] = []
    for _ in range(count if count is not None else rng.randint(1, 5)):
        kind = rng.choice(KINDS)
        a, b = rng.randrange(10**6), rng.randrange(10**6)
        if kind in ("collapse", "cr"):
            b = rng.choice((1, 2, 5, 50, 10**6))
        elif kind == "case":
            b = rng.choice((1, 10, 200, 10**6))
        elif kind == "insert":
            b = rng.choice(INSERTS)
        ops.append(
            (kind, a, b) if kind in ("swap", "collapse", "cr", "insert", "case") else (kind, a)
        )
    return ops


_INDEX = st.integers(0, 10**6)
OP = st.one_of(
    st.tuples(st.sampled_from(("delete", "duplicate", "truncate")), _INDEX),
    st.tuples(st.just("swap"), _INDEX, _INDEX),
    st.tuples(st.sampled_from(("collapse", "cr")), _INDEX, st.integers(1, 10**6)),
    st.tuples(st.just("insert"), _INDEX, st.sampled_from(INSERTS)),
    st.tuples(st.just("case"), _INDEX, st.integers(1, 10**6)),
)
OPS = st.lists(OP, min_size=1, max_size=5)

# ------------------------------------------------------------------ building documents

_NEWLINE = "&#x000A;"


def mutate_html(page: str, ops: list[Op] | tuple[Op, ...]) -> str:
    """A WikiLeaks page with ``ops`` applied to its cable: the stretch from the first
    ``<pre`` to the last ``</pre>``, its ``&#x000A;`` line ends read as lines."""
    start = page.find("<pre")
    end = page.rfind("</pre>")
    if start < 0 or end < start:
        return mutate(page, ops)
    middle = page[start:end].replace(_NEWLINE, "\n")
    return page[:start] + mutate(middle, ops).replace("\n", _NEWLINE) + page[end:]


def split_cable(text: str) -> tuple[str, str]:
    """A corpus text's header and body: the parts before and after its first blank
    line (after leading blank lines); all body when there is no blank line."""
    stripped = text.lstrip("\n")
    head, sep, body = stripped.partition("\n\n")
    return (head, body) if sep else ("", stripped)


def wrap_html(text: str, reference_id: str = "07OTTAWA2266") -> str:
    """A cable text inside a minimal WikiLeaks page (the layout of
    ``test_wikileaks_html.py``): title, metadata table, header and body blocks."""
    header, body = split_cable(text)

    def block(part: str) -> str:
        escaped = html_lib.escape(part, quote=False).replace("\n", _NEWLINE)
        return f"<code><pre>{escaped}</pre></code>\n"

    table = (
        "<table class='cable'>\n<tr>\n<th>Reference ID</th>\n<th>Created</th>\n"
        "<th>Released</th>\n<th>Classification</th>\n<th>Origin</th>\n</tr>\n<tr>\n"
        f"<td>\n<a href='/cable/2007/12/{reference_id}.html'>{reference_id}</a>\n</td>\n"
        "<td>\n<a href='/date/2007-12_0.html'>2007-12-14 21:05</a>\n</td>\n"
        "<td>\n<a href='/reldate/2011-04-28_0.html'>2011-04-28 00:00</a>\n</td>\n"
        "<td>\n<a href='/classification/4_0.html' title='confidential'>CONFIDENTIAL</a>\n</td>\n"
        "<td>\n<a href='/origin/57_0.html'>Embassy Ottawa</a>\n</td>\n</tr>\n</table>\n"
    )
    return (
        "<html><body><div class='pane big'>\n"
        f"<h3>Viewing cable {reference_id}, CANADA ON KOSOVO</h3>\n"
        + table
        + block(header)
        + block(body)
        + "</div></body></html>\n"
    )


def quoted(*fields: str) -> str:
    """One ``cables.csv`` row as the release writes it (see ``test_cables_csv.py``)."""
    escaped = (f.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\\n") for f in fields)
    return ",".join(f'"{f}"' for f in escaped) + "\n"


def csv_row(text: str, reference_id: str = "07OTTAWA2266") -> str:
    """A cable text as a ``cables.csv`` row: its header and body in the last columns."""
    header, body = split_cable(text)
    return quoted(
        "3", "2007-12-14 21:05:00", reference_id, "Embassy Ottawa", "CONFIDENTIAL",
        "07STATE165486", header, body,
    )  # fmt: skip


# ------------------------------------------------------------------ the contract

#: The contract items, as :func:`contract` names its failures.
ITEMS = ("exception", "lost", "span", "strict", "json", "pickle", "oversize")
#: The most characters of compact JSON per character of text, and the allowance.
JSON_RATIO = 20
JSON_SLACK = 4096


def _walk(value: object, seen: set[int] | None = None) -> Iterator[object]:
    """Every attrs object, span and diagnostic inside ``value``."""
    if isinstance(value, (str, bytes, int, float, type(None))):
        return
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _walk(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, seen)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name), seen)


def _has_error(doc: object) -> bool:
    return any(isinstance(d, Diagnostic) and d.severity == Severity.ERROR for d in _walk(doc))


def _exception(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def check_document(doc: object, size: int) -> list[tuple[str, str]]:
    """The failures of one parsed document (``size``: the length of the input it
    was read from): lost text, spans outside the text, JSON, pickle, JSON size."""
    failures: list[tuple[str, str]] = []
    raw = getattr(doc, "raw", "")
    try:
        if isinstance(doc, Cable):
            lost = uncovered(doc)
        elif isinstance(doc, (Page, NewsItem, NewsDay)):
            lost = uncovered_document(doc)
        else:
            lost = []
    except Exception as exc:  # the checker itself fails on the parse
        failures.append(("exception", "coverage check: " + _exception(exc)))
    else:
        if lost:
            shown = ", ".join(repr(raw[s.start : s.end][:40]) for s in lost[:3])
            failures.append(("lost", f"{len(lost)} uncovered: {shown}"))
    bad = [s for s in _walk(doc) if isinstance(s, Span) and not 0 <= s.start <= s.end <= len(raw)]
    if bad:
        failures.append(("span", f"{len(bad)} spans outside [0, {len(raw)}]: {bad[:3]}"))
    try:
        text = cablegram.to_json(doc, indent=None)
        json.loads(text)
    except Exception as exc:
        failures.append(("json", _exception(exc)))
    else:
        if len(text) > JSON_RATIO * size + JSON_SLACK:
            failures.append(("oversize", f"{len(text)} characters of JSON for {size}"))
    try:
        if pickle.loads(pickle.dumps(doc)) != doc:
            failures.append(("pickle", "the unpickled document differs"))
    except Exception as exc:
        failures.append(("pickle", _exception(exc)))
    return failures


def _strict(
    call: Callable[[], object], lenient_error: bool, allowed: type[BaseException] = CablegramError
) -> list[tuple[str, str]]:
    """The failures of a strict call, given whether the lenient parse had an error."""
    try:
        call()
    except allowed as exc:
        if not lenient_error:
            return [("strict", "strict raised, lenient has no error: " + _exception(exc))]
        return []
    except Exception as exc:
        return [("exception", "strict: " + _exception(exc))]
    if lenient_error:
        return [("strict", "lenient has an error diagnostic, strict did not raise")]
    return []


def contract(kind: str, text: str) -> list[tuple[str, str]]:
    """Every failure of the contract for ``text`` read as ``kind`` (``cable``,
    ``html``, ``csv``, ``page`` or ``news``), as ``(item, detail)`` pairs."""
    if kind in ("cable", "html"):
        reader: Callable[..., Cable] = (
            cablegram.parse_cable if kind == "cable" else cablegram.parse_wikileaks_html
        )
        try:
            cable = reader(text)
        except Exception as exc:
            return [("exception", "lenient: " + _exception(exc))]
        return check_document(cable, len(text)) + _strict(
            lambda: reader(text, strict=True), _has_error(cable)
        )
    if kind == "csv":
        return _contract_csv(text)
    if kind in ("page", "news"):
        direct = cablegram.parse_page if kind == "page" else cablegram.parse_news
        failures = []
        try:
            doc = direct(text)
        except Exception as exc:
            failures.append(("exception", f"{direct.__name__}: " + _exception(exc)))
        else:
            failures += check_document(doc, len(text))
            failures += _strict(lambda: direct(text, strict=True), _has_error(doc))
        return failures + _contract_parse(text)
    raise ValueError(f"unknown kind {kind!r}")


def _contract_parse(text: str) -> list[tuple[str, str]]:
    """The contract of ``cablegram.parse`` on a text of any kind."""
    try:
        cablegram.sniff(text)
    except UnknownFormatError:
        unknown = True
    except Exception as exc:
        return [("exception", "sniff: " + _exception(exc))]
    else:
        unknown = False
    try:
        result = cablegram.parse(text)
    except UnknownFormatError as exc:
        if unknown:
            return _strict(lambda: cablegram.parse(text, strict=True), True, UnknownFormatError)
        return [("exception", "parse: " + _exception(exc))]
    except Exception as exc:
        return [("exception", "parse: " + _exception(exc))]
    if unknown:
        return [("exception", "parse read a text sniff refused")]
    if isinstance(result, tuple):  # a cables.csv text: strict rows are collected
        return [f for doc in result for f in check_document(doc, len(text))]
    return check_document(result, len(text)) + _strict(
        lambda: cablegram.parse(text, strict=True), _has_error(result)
    )


def _contract_csv(text: str) -> list[tuple[str, str]]:
    """The contract of ``read_cables_csv`` (errors yielded in the rows' places)."""
    try:
        lenient = list(cablegram.read_cables_csv(io.StringIO(text, newline=""), errors="yield"))
    except Exception as exc:
        return [("exception", "lenient: " + _exception(exc))]
    failures = []
    for item in lenient:
        if isinstance(item, Cable):
            failures += check_document(item, len(text))
        elif not isinstance(item, CablegramError):
            failures.append(("exception", "lenient yielded " + _exception(item)))
    try:
        strict = list(
            cablegram.read_cables_csv(io.StringIO(text, newline=""), strict=True, errors="yield")
        )
    except Exception as exc:
        return [*failures, ("exception", "strict: " + _exception(exc))]
    if len(strict) != len(lenient):
        return [*failures, ("strict", f"{len(lenient)} lenient rows, {len(strict)} strict")]
    for row, (soft, hard) in enumerate(zip(lenient, strict, strict=True), 1):
        expected = not isinstance(soft, Cable) or _has_error(soft)
        if isinstance(hard, Exception) and not isinstance(hard, CablegramError):
            failures.append(("exception", f"strict row {row}: " + _exception(hard)))
        elif isinstance(hard, CablegramError) != expected:
            said = _exception(hard) if isinstance(hard, Exception) else "a cable"
            failures.append(("strict", f"row {row}: lenient error {expected}, strict {said}"))
    return failures


# ------------------------------------------------------------------ the fixtures


def _read(name: str) -> str:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return handle.read()


OTTAWA = _read("07OTTAWA2266.txt")
OUAGADOUGOU = _read("09OUAGADOUGOU1158.txt")
OUAGADOUGOU_PAGE = _read("09OUAGADOUGOU1158.html")
CSV_SAMPLE = _read("cables_sample.csv")
PAGE = _read("000_fe949eef2e746b1c.txt")
NEWS = _read("001_c0bdbbfb6099a82f.txt")

TEXTS = {"07OTTAWA2266": OTTAWA, "09OUAGADOUGOU1158": OUAGADOUGOU}
CABLES = st.sampled_from(sorted(TEXTS))
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _assert_kept(kind: str, text: str) -> None:
    failures = contract(kind, text)
    assert failures == [], f"{kind} {text[:300]!r}"


def test_fixtures_keep_the_contract() -> None:
    for kind, text in (
        ("cable", OTTAWA),
        ("cable", OUAGADOUGOU),
        ("html", OUAGADOUGOU_PAGE),
        ("html", wrap_html(OTTAWA)),
        ("csv", CSV_SAMPLE),
        ("csv", csv_row(OTTAWA)),
        ("page", PAGE),
        ("news", NEWS),
    ):
        _assert_kept(kind, text)


def test_mutations_are_deterministic() -> None:
    ops = [("swap", 3, 7), ("insert", 100, "\u200f"), ("cr", 2, 5), ("case", 50, 10)]
    assert mutate(OTTAWA, ops) == mutate(OTTAWA, ops)
    assert mutate("a\nb\nc", [("delete", 4)]) == "a\nc"
    assert mutate("a\nb\nc", [("collapse", 0, 1)]) == "a b\nc"
    assert mutate("a\nb\nc", [("cr", 1, 9)]) == "a\nb\rc"


@FUZZ
@given(CABLES, OPS)
def test_fuzz_cable(name: str, ops: list[Op]) -> None:
    _assert_kept("cable", mutate(TEXTS[name], ops))


@FUZZ
@given(OPS)
def test_fuzz_html_page(ops: list[Op]) -> None:
    _assert_kept("html", mutate_html(OUAGADOUGOU_PAGE, ops))


@FUZZ
@given(CABLES, OPS)
def test_fuzz_html_wrapped_cable(name: str, ops: list[Op]) -> None:
    _assert_kept("html", wrap_html(mutate(TEXTS[name], ops), name))


@FUZZ
@given(CABLES, OPS)
def test_fuzz_csv_row(name: str, ops: list[Op]) -> None:
    _assert_kept("csv", csv_row(mutate(TEXTS[name], ops), name))


@FUZZ
@given(OPS)
def test_fuzz_csv_file(ops: list[Op]) -> None:
    _assert_kept("csv", mutate(CSV_SAMPLE, ops))


@FUZZ
@given(OPS)
def test_fuzz_page(ops: list[Op]) -> None:
    _assert_kept("page", mutate(PAGE, ops))


@FUZZ
@given(OPS)
def test_fuzz_news(ops: list[Op]) -> None:
    _assert_kept("news", mutate(NEWS, ops))


# ------------------------------------------------------------------ failures found
# Each minimal input the fuzzing found, kept as an explicit example (all fixed: a
# second FM line is kept on ``unparsed``; a keyword that ends a cut text is the
# syntax it was read as; the "#" after a signature is a footer mark).


def _assert_whole(kind: str, text: str) -> None:
    failures = contract(kind, text)
    assert failures == [], f"{kind} {text[:300]!r}"


@pytest.mark.parametrize(
    "text",
    [
        "FM AMEMBASSY OTTAWA\nFM AMEMBASSY OTTAWA",
        "FM AMEMBASSY KABUL\nFM AMEMBASSY KABUL TO RUEHC/SECSTATE WASHDC INFO RUCNAFG/X",
        mutate(OTTAWA, [("duplicate", 7)]),
    ],
)
def test_found_second_fm_line_is_kept(text: str) -> None:
    _assert_whole("cable", text)


@pytest.mark.parametrize(
    "text", ["TAGS: ", "SUBJECT: X\n\nREF:", mutate(OTTAWA, [("truncate", 774)])]
)
def test_found_field_keyword_at_the_end_is_accounted_for(text: str) -> None:
    _assert_whole("cable", text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("cable", "VZCZCXRO4780\nVZCZCXRO4780\nDE RUEHOT #"),
        ("csv", csv_row(mutate(OTTAWA, [("duplicate", 0), ("truncate", 58), ("duplicate", 3)]))),
    ],
)
def test_found_hash_after_a_signature_is_kept(kind: str, text: str) -> None:
    _assert_whole(kind, text)
