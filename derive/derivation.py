"""The one shared type: a derivation is a list of steps ``lhs = rhs``, each with a rule and a verdict.

A derivation the engine generates and one a person wrote are the same type, so one checker
verifies both and one set of renderers prints both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sympy


class Verdict(str, Enum):
    """What the checker concluded about one step (see DESIGN.md, "Verdicts")."""

    PROVED = "proved"
    CONSISTENT = "consistent"
    AMBIGUOUS = "ambiguous"
    SKIPPED = "skipped"
    REFUTED = "refuted"
    UNREADABLE = "unreadable"
    UNDECIDED = "undecided"

    @property
    def holds(self) -> bool:
        return self in (Verdict.PROVED, Verdict.CONSISTENT)

    @property
    def fails(self) -> bool:
        """A verdict that makes ``derive check`` exit 1 (ambiguous only under --strict)."""
        return self in (Verdict.REFUTED, Verdict.UNREADABLE, Verdict.UNDECIDED)


@dataclass(frozen=True)
class Definition:
    """``target = body``: target is a Symbol (``J``, ``b``) or an Indexed with index symbols
    (``yhat[i]``, ``x[i, k]``); ``body`` is written in those same index symbols."""

    target: sympy.Basic
    body: sympy.Expr
    latex: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Outcome:
    """The evidence behind a verdict: a one-line detail, and for a refuted step the point and
    both sides' values there (as strings, at high precision). ``counterexample`` names the
    point's coordinates in course LaTeX (``x_1^{(2)}``, ``\\theta_1``); the same coordinates in
    SymPy's spelling (``x[2, 1]``) are kept in ``counterexample_sympy``, for JSON only."""

    verdict: Verdict
    detail: str = ""
    counterexample: dict[str, str] | None = None
    lhs_value: str | None = None
    rhs_value: str | None = None
    seconds: float = 0.0
    counterexample_sympy: dict[str, str] | None = None


@dataclass(frozen=True)
class Step:
    """One claim ``lhs = rhs``. ``lhs``/``rhs`` are SymPy expressions (None when that side could
    not be read); ``*_latex`` keep the text as written (or as the engine prints it)."""

    lhs: sympy.Expr | None
    rhs: sympy.Expr | None
    rule: str = "as written"
    lhs_latex: str = ""
    rhs_latex: str = ""
    line: int | None = None
    outcome: Outcome | None = None
    column: int | None = None  # 1-based column where the right side starts, when read from a file
    # Alternative reading of an operator's scope: (lhs, rhs, hint); set by the LaTeX reader.
    alternative: tuple[sympy.Expr, sympy.Expr, str] | None = None

    @property
    def verdict(self) -> Verdict | None:
        return self.outcome.verdict if self.outcome else None

    def with_outcome(self, outcome: Outcome) -> Step:
        return replace(self, outcome=outcome)


@dataclass(frozen=True)
class Derivation:
    """A titled list of steps with the definitions they are checked under."""

    title: str
    steps: tuple[Step, ...]
    definitions: tuple[Definition, ...] = ()
    source: str | None = None
    notes: tuple[str, ...] = field(default=())

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.steps:
            if s.verdict is not None:
                out[s.verdict.value] = out.get(s.verdict.value, 0) + 1
        return out
