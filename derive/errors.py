"""One hierarchy for bad input: the CLI turns these into one-line messages and exit status 2."""

from __future__ import annotations

import difflib


class DeriveError(Exception):
    """Base of every error a user can cause (bad spec, unreadable LaTeX, missing file)."""


class SpecError(DeriveError):
    """A model spec names something that is not registered, or a pair whose domains clash."""


def unknown_name(kind: str, name: str, known: list[str]) -> SpecError:
    """`unknown loss 'bse'; did you mean 'bce'?` (or the list of names when nothing is close)."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else "choose one of: " + ", ".join(known)
    return SpecError(f"unknown {kind} '{name}'; {hint}")


class LatexError(DeriveError):
    """LaTeX that cannot be read: where (line, column), the text there, and why in the user's terms."""

    def __init__(self, reason: str, text: str = "", column: int = 0, line: int | None = None):
        self.reason = reason
        self.text = text
        self.column = column
        self.line = line
        super().__init__(reason)

    def caret(self) -> str:
        """The offending text with a caret under the column (one line of text, one of caret)."""
        if not self.text:
            return ""
        start = max(0, self.column - 60)
        snippet = self.text[start : start + 120].replace("\n", " ")
        return f"{snippet}\n{' ' * (self.column - start)}^"
