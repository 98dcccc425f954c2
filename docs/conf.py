"""Sphinx configuration: Markdown pages through MyST, the API reference from docstrings."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

project = "untoc_dialogue"
author = "untoc_dialogue developers"
release = _version("untoc-dialogue")
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": False}
# "Attributes:" sections become :ivar: fields, so they do not duplicate autodoc's attribute entries.
napoleon_use_ivar = True
napoleon_google_docstring = True
nitpicky = False
html_theme = "alabaster"
suppress_warnings = ["myst.xref_missing"]
