"""The package's public surface: every exported name resolves, is documented, and loads lazily."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import untoc_dialogue


@pytest.mark.parametrize("name", untoc_dialogue.__all__)
def test_exported_name_resolves(name: str) -> None:
    """Every name in __all__ is an attribute of the package."""
    assert hasattr(untoc_dialogue, name)


@pytest.mark.parametrize(
    "name",
    [
        name
        for name in untoc_dialogue.__all__
        if inspect.isclass(getattr(untoc_dialogue, name)) or inspect.isfunction(getattr(untoc_dialogue, name))
    ],
)
def test_exported_class_or_function_has_a_docstring(name: str) -> None:
    """Every public class and function says what it is for."""
    assert inspect.getdoc(getattr(untoc_dialogue, name))


def test_unknown_attribute_is_an_attribute_error() -> None:
    """Asking for a name the package lacks raises AttributeError, as modules do."""
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        untoc_dialogue.nothing_here  # noqa: B018


def test_import_loads_nothing_heavy() -> None:
    """`import untoc_dialogue` loads neither babel, the assessment, the exporters nor hypothesis."""
    code = (
        "import sys, untoc_dialogue; "
        "heavy = ['babel', 'untoc_dialogue.assessment', 'untoc_dialogue._describe', 'hypothesis', "
        "'untoc_dialogue._export', 'importlib.metadata']; "
        "print([name for name in heavy if name in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
