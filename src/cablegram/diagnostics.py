"""The registry of diagnostic codes: every code cablegram records or raises, with its
severity, the kinds of document it applies to and what it means.

The registry is the data file ``data/diagnostics.csv``; ``docs/diagnostics.md`` is
generated from it (``python -m cablegram.diagnostics > docs/diagnostics.md``), and a
test fails when a code is emitted that the registry does not hold.

>>> from cablegram.diagnostics import registry
>>> registry()["dtg-missing"].severities
(<Severity.INFO: 'info'>,)
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources

import attrs

from cablegram.errors import Severity


@attrs.frozen
class Code:
    """One diagnostic code."""

    code: str
    #: The severities it is recorded with (some depend on what was found).
    severities: tuple[Severity, ...]
    #: The kinds of document it applies to: ``cable``, ``page``, ``news``,
    #: ``news-day``, ``html`` (a WikiLeaks page), ``csv`` (the cables.csv release).
    documents: tuple[str, ...]
    meaning: str


@functools.cache
def registry() -> dict[str, Code]:
    """Every registered code, in the registry's order."""
    data = resources.files("cablegram.data").joinpath("diagnostics.csv").read_text("utf-8")
    out: dict[str, Code] = {}
    for row in csv.DictReader(io.StringIO(data)):
        out[row["code"]] = Code(
            code=row["code"],
            severities=tuple(Severity(s) for s in row["severity"].split("|")),
            documents=tuple(row["document"].split("|")),
            meaning=row["meaning"],
        )
    return out


def markdown() -> str:
    """``docs/diagnostics.md``: the registry as tables, cables first."""
    codes = list(registry().values())
    cable = [c for c in codes if "cable" in c.documents]
    other = [c for c in codes if "cable" not in c.documents]
    lines = [
        "# Diagnostics",
        "",
        "<!-- Generated from src/cablegram/data/diagnostics.csv by",
        "     `python -m cablegram.diagnostics > docs/diagnostics.md`; do not edit. -->",
        "",
        "Lenient parsing records problems on `document.diagnostics`; strict parsing raises",
        "the first **error** (`CableSyntaxError` for a cable, `DocumentTextError` for a page or",
        "a news item, `DocumentSyntaxError` for a WikiLeaks page or a cables.csv file);",
        "warnings and infos never raise.  A `<field>-syntax` code names the block whose",
        "grammar did not match; its message says what was expected, and the text is kept",
        "on `unparsed`.",
        "",
        "## Cables",
        "",
        *_table(cable, documents=False),
        "",
        "## Other formats",
        "",
        *_table(other, documents=True),
    ]
    return "\n".join(lines) + "\n"


def _table(codes: list[Code], *, documents: bool) -> list[str]:
    head = "| code | severity | " + ("document | " if documents else "") + "meaning |"
    rule = "|---|---|" + ("---|" if documents else "") + "---|"
    rows = [head, rule]
    for c in codes:
        severity = " / ".join(s.value for s in c.severities)
        where = f"{', '.join(c.documents)} | " if documents else ""
        rows.append(f"| `{c.code}` | {severity} | {where}{c.meaning} |")
    return rows


if __name__ == "__main__":
    print(markdown(), end="")
