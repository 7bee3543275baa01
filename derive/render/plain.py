"""Course LaTeX made readable in a terminal: Greek letters and accents as Unicode, the rest as
written (``\\hat{y}^{(2)}`` -> ``ŷ⁽²⁾``, ``\\theta_1`` -> ``θ_1``, ``2 e^{z} + 1`` unchanged).

>>> readable(r"\\hat{y}^{(2)}"), readable(r"\\theta_1"), readable(r"\\frac{1}{m} \\sigma(z)")
('ŷ⁽²⁾', 'θ_1', '\\\\frac{1}{m} σ(z)')
>>> readable(r"\\frac{\\partial L_{\\text{MSE}}}{\\partial \\theta_j}")
'∂L_{MSE}/∂θ_j'

"""

from __future__ import annotations

import re
import unicodedata

from derive.render.unicode import COMBINING, SUPER, SYMBOLS, script

# the letters (and ∂, ·, ×) a detail line sets as characters; the rest of course LaTeX is
# derive.render.unicode's, which sets whole formulas
GREEK = {name: SYMBOLS[name] for name in (
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi "
    "rho varrho sigma varsigma tau upsilon phi varphi chi psi omega ell Gamma Delta Theta Lambda "
    "Xi Sigma Upsilon Phi Psi Omega partial cdot times").split()}
_ACCENT = re.compile(r"\\(" + "|".join(COMBINING) + r")\{\s*(\\?[A-Za-z]+)\s*\}")
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\{\s*(\\?[A-Za-z]+)\s*\}")
# the space after a command separates it from a letter (\\theta x: θx); before `=` it stays
_COMMAND = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])(?:\s(?=[A-Za-z0-9{(\\]))?")
_TEXT = re.compile(r"\\(?:text|mathrm|operatorname)\{\s*([A-Za-z0-9 ]*?)\s*\}")
_GROUP = r"((?:[^{}]|\{[^{}]*\})*?)"  # at most one level of braces inside
_PARTIAL = re.compile(r"\\frac\{\s*\\partial\s*" + _GROUP + r"\s*\}\{\s*\\partial\s*" + _GROUP + r"\s*\}")


def _letter(name: str) -> str:
    return GREEK.get(name[1:], name) if name.startswith("\\") else name


def readable(latex: str) -> str:
    """Greek commands as letters, single-letter accents as combining marks, bold and ``\\text``
    dropped, ``\\frac{\\partial J}{\\partial w}`` as ``∂J/∂w``."""
    out = _TEXT.sub(lambda m: m.group(1), latex)
    out = _PARTIAL.sub(lambda m: f"∂{m.group(1).strip()}/∂{m.group(2).strip()}", out)
    out = _BOLD.sub(lambda m: _letter(m.group(1)), out)
    out = _ACCENT.sub(lambda m: _letter(m.group(2)) + COMBINING[m.group(1)]
                      if len(_letter(m.group(2))) == 1 else m.group(0), out)
    out = _COMMAND.sub(lambda m: GREEK[m.group(1)] + (" " if m.group(0).endswith(" ") and (
        m.group(1) in ("cdot", "times") or _WORD_AFTER.match(m.string, m.end())) else "")
                       if m.group(1) in GREEK else m.group(0)[1:] if m.group(1) in _WORDS else m.group(0), out)
    out = _RAISED.sub(lambda m: script(m.group(1), SUPER) or m.group(0), out)
    return unicodedata.normalize("NFC", out)


_WORDS = frozenset({"max", "min"})  # \\max_{k} z_k: the operator's name, as a word
_RAISED = re.compile(r"\^\{([^{}]*)\}")
_WORD_AFTER = re.compile(r"[a-z]{3,}\b")  # `\partial needs …`: a word of the message, not a name


def spans(text: str) -> str:
    """A detail line with its `LaTeX` spans set as Unicode maths (``ŷ(1 − ŷ)``), the backticks
    kept, and any course LaTeX outside them (as in ``∂/∂\\hat{y}^{(i)}``) made readable."""
    from derive.render.unicode import maths

    parts = text.split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: not spans, only text
        return "`".join(readable(p) for p in parts)
    return "`".join(maths(p) if k % 2 and _latex_like(p) else readable(p)
                    for k, p in enumerate(parts))


def _latex_like(span: str) -> bool:
    """A span of course LaTeX (a command, a braced script), not a name or a front-matter line
    (``m``, ``y: {0, 1}``, ``f(h): h^2``), which stay as written."""
    return "\\" in span or "^{" in span or "_{" in span
