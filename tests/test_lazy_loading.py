"""What loads when first used: the readers of the other formats, and the grammar
modules' patterns.  Each must work when it is reached, and a broken pattern must
not wait for the rare text that needs it to show."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

import pytest

import cablegram

GRAMMARS = ["body", "collapsed", "header", "layout", "references"]


@pytest.mark.parametrize("name", GRAMMARS)
def test_every_lazy_pattern_compiles(name: str) -> None:
    module = importlib.import_module(f"cablegram.grammar.{name}")
    names = module._lazy.names()
    assert names, "the module declares lazy patterns"
    for pattern in names:
        compiled = getattr(module, pattern)
        assert isinstance(compiled, re.Pattern)
        assert getattr(module, pattern) is compiled  # kept in the module
    with pytest.raises(AttributeError, match="no attribute"):
        module.NO_SUCH_PATTERN  # noqa: B018


def test_every_public_name_resolves() -> None:
    for name in cablegram.__all__:
        assert getattr(cablegram, name) is not None, name
    assert {"parse", "parse_page", "read_cables_csv"} <= set(dir(cablegram))
    with pytest.raises(AttributeError):
        cablegram.no_such_name  # noqa: B018


def test_import_loads_the_cable_core_alone() -> None:
    code = (
        "import sys, cablegram; "
        "print(sorted(m for m in sys.modules if m.startswith('cablegram.adapters')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    # ... and the readers load when first used
    code = "import cablegram; print(cablegram.sniff('TAGS: PREL'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "cable"
