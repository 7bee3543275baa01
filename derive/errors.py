"""One hierarchy for bad input: the CLI turns these into one-line messages and exit status 2."""

from __future__ import annotations


class DeriveError(Exception):
    """Base of every error a user can cause (bad spec, unreadable LaTeX, missing file)."""


class SpecError(DeriveError):
    """A model spec names something that is not registered, or a pair whose domains clash."""


SUGGEST_CUTOFF = 0.5  # how similar a name must be to be offered as "did you mean"


def nearest(name: str, known: list[str]) -> str | None:
    """The likeliest intended name; a tie goes to the same first letter, then to the order of
    ``known`` ('bse' -> 'bce', where difflib alone would pick 'mse')."""
    import difflib

    def score(k: str):
        return (difflib.SequenceMatcher(None, name, k).ratio(), k[:1] == name[:1], -known.index(k))

    best = max(known, key=score, default=None)
    if best is None or difflib.SequenceMatcher(None, name, best).ratio() < SUGGEST_CUTOFF:
        return None
    return best


def unknown_name(kind: str, name: str, known: list[str]) -> SpecError:
    """`unknown loss 'bse'; did you mean 'bce'?` (or the list of names when nothing is close)."""
    best = nearest(name, known)
    hint = f"did you mean '{best}'?" if best else "choose one of: " + ", ".join(known)
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
