"""
The exceptions :mod:`untoc_dialogue` raises.

Every error the library raises on purpose derives from :class:`UntocDialogueError`, so
``except untoc_dialogue.UntocDialogueError`` catches all of them and nothing else.
"""

from __future__ import annotations

import attrs

from ._methods import fields_eq, fields_hash, fields_repr

__all__ = [
    "LocaleError",
    "NotFoundError",
    "Problem",
    "UntocDialogueError",
    "ValidationError",
]


class UntocDialogueError(Exception):
    """The root of every exception raised by :mod:`untoc_dialogue`."""


@attrs.frozen
class Problem:
    """
    One thing wrong with a document or a value.

    Attributes:
        path: Where the problem is, as a JSONPath-like string such as ``$.panels[1].number``.
        message: A plain sentence saying what is wrong.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(UntocDialogueError, ValueError):
    """
    Input did not describe a valid value; :attr:`problems` lists every problem found.

    It is also a :class:`ValueError`, so code written against the standard library's
    conventions keeps working.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: tuple[Problem, ...] | list[Problem] | Problem) -> None:
        if isinstance(problems, Problem):
            problems = (problems,)
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("ValidationError needs at least one problem")
        super().__init__(self._render())

    @classmethod
    def single(cls, path: str, message: str) -> ValidationError:
        """Build an error with one problem at *path*."""
        return cls((Problem(path, message),))

    def _render(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class NotFoundError(UntocDialogueError, KeyError):
    """No entity has the identifier that was asked for."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"


class LocaleError(UntocDialogueError, ValueError):
    """A locale was asked for that the library cannot speak."""
