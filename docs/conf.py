"""Sphinx configuration of cablegram's documentation (MyST pages, furo theme).

Build from the repository root:
``python -m sphinx -W --keep-going -b html docs docs/_build/html``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cablegram

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "cablegram"
author = "cablegram developers"
copyright = "cablegram developers"  # Sphinx's name for it
release = version = cablegram.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "cablegram_diagrams",
    "cablegram_reference",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
# diagnostics.md is generated for readers of the repository; the site renders the
# same registry with {cablegram-diagnostics} (reference/diagnostics.md).
exclude_patterns = ["_build", "diagnostics.md"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "separated"
autodoc_default_options = {"members": True, "undoc-members": True}

html_theme = "furo"
html_title = f"cablegram {release}"
html_static_path = ["_static"]
html_theme_options = {"navigation_with_keys": True}
