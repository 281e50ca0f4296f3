"""Reference pages generated from the code when the docs are built.

* ``{cablegram-cli} [SUBCOMMAND]`` prints the ``--help`` of the command line, or of
  one subcommand, from the argparse parser :mod:`cablegram.cli` builds.  The build
  warns (an error with ``-W``) when a subcommand has no directive on any page.
* ``{cablegram-diagnostics}`` renders the registry of diagnostic codes
  (``src/cablegram/data/diagnostics.csv`` through :mod:`cablegram.diagnostics`) as a
  table: ``:documents: cable`` for the cables' codes, ``other`` for the rest.
* ``{cablegram-schema}`` prints the JSON Schema of the output
  (:func:`cablegram.schema`, what ``cablegram schema`` prints).
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import resources
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

#: Width of the help text, whatever terminal the build runs in.
HELP_WIDTH = 88


def command_parser() -> argparse.ArgumentParser:
    """The command line's parser, as ``cablegram`` builds it."""
    from cablegram import cli

    return cli.build_parser()


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands of ``parser``, by name, in the order they were added."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def help_text(parser: argparse.ArgumentParser) -> str:
    """``parser``'s ``--help``, HELP_WIDTH columns wide."""
    kind = parser.formatter_class

    def formatter(prog: str) -> argparse.HelpFormatter:
        return kind(prog, width=HELP_WIDTH)  # type: ignore[call-arg]

    parser.formatter_class = formatter
    return parser.format_help().rstrip() + "\n"


class CliHelp(SphinxDirective):
    """``{cablegram-cli}`` (the command) or ``{cablegram-cli} parse`` (a subcommand)."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        import cablegram.cli

        self.env.note_dependency(cablegram.cli.__file__)
        parser = command_parser()
        name = self.arguments[0] if self.arguments else ""
        if name:
            commands = subcommands(parser)
            if name not in commands:
                raise self.error(f"no subcommand {name!r} (there are {', '.join(commands)})")
            parser = commands[name]
            documented = getattr(self.env, "cablegram_cli_documented", set())
            documented.add((self.env.docname, name))
            self.env.cablegram_cli_documented = documented  # type: ignore[attr-defined]
        text = help_text(parser)
        block = nodes.literal_block(text, text)
        block["language"] = "text"
        return [block]


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    documented = getattr(env, "cablegram_cli_documented", set())
    env.cablegram_cli_documented = {d for d in documented if d[0] != docname}  # type: ignore[attr-defined]


def _merge(app: Sphinx, env: BuildEnvironment, docnames: Any, other: BuildEnvironment) -> None:
    documented = getattr(env, "cablegram_cli_documented", set())
    documented |= getattr(other, "cablegram_cli_documented", set())
    env.cablegram_cli_documented = documented  # type: ignore[attr-defined]


def _check_cli(app: Sphinx, env: BuildEnvironment) -> None:
    """Every subcommand has its help on some page."""
    documented = {name for _, name in getattr(env, "cablegram_cli_documented", set())}
    missing = [name for name in subcommands(command_parser()) if name not in documented]
    if missing:
        logger.warning(
            "the command line's subcommands %s have no {cablegram-cli} directive",
            ", ".join(missing),
        )


def _inline(text: str) -> list[nodes.Node]:
    """Text with ``code`` spans as docutils nodes."""
    out: list[nodes.Node] = []
    for i, part in enumerate(re.split(r"`([^`]*)`", text)):
        if part:
            out.append(nodes.literal(part, part) if i % 2 else nodes.Text(part))
    return out


def _table(
    headers: list[str], rows: list[list[list[nodes.Node]]], widths: list[int]
) -> nodes.table:
    table = nodes.table(classes=["cablegram-registry"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    row = nodes.row()
    for header in headers:
        row += nodes.entry("", nodes.paragraph(header, header))
    head += row
    body = nodes.tbody()
    group += body
    for cells in rows:
        row = nodes.row()
        for cell in cells:
            row += nodes.entry("", nodes.paragraph("", "", *cell))
        body += row
    return table


class DiagnosticsTable(SphinxDirective):
    """``{cablegram-diagnostics}`` with ``:documents: cable`` or ``:documents: other``."""

    option_spec = {"documents": lambda v: directives.choice(v, ("cable", "other"))}  # noqa: RUF012

    def run(self) -> list[nodes.Node]:
        from cablegram import diagnostics

        self.env.note_dependency(diagnostics.__file__)
        registry = resources.files("cablegram.data").joinpath("diagnostics.csv")
        self.env.note_dependency(str(registry))
        cables = self.options.get("documents", "cable") == "cable"
        codes = [c for c in diagnostics.registry().values() if ("cable" in c.documents) == cables]
        headers = ["code", "severity", *([] if cables else ["documents"]), "meaning"]
        rows = []
        for code in codes:
            severity = " / ".join(s.value for s in code.severities)
            cells: list[list[nodes.Node]] = [
                [nodes.literal(code.code, code.code)],
                [nodes.Text(severity)],
            ]
            if not cables:
                cells.append([nodes.Text(", ".join(code.documents))])
            cells.append(_inline(code.meaning))
            rows.append(cells)
        widths = [22, 10, 68] if cables else [22, 10, 14, 54]
        return [_table(headers, rows, widths)]


class SchemaBlock(SphinxDirective):
    """``{cablegram-schema}``: the JSON Schema of the records, as ``cablegram schema``
    prints it."""

    def run(self) -> list[nodes.Node]:
        from cablegram import load

        self.env.note_dependency(load.__file__)
        text = json.dumps(load.schema(), indent=2)
        block = nodes.literal_block(text, text)
        block["language"] = "json"
        return [block]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("cablegram-cli", CliHelp)
    app.add_directive("cablegram-diagnostics", DiagnosticsTable)
    app.add_directive("cablegram-schema", SchemaBlock)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check_cli)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
