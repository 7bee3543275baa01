"""A Markdown or LaTeX document -> what it says, read as its author wrote it (DESIGN.md).

Reading is two passes over the whole document:

1. **Gather.** Every piece of mathematics is found, display (``$$…$$``, ``\\[…\\]``, the
   ``equation``/``align``/``gather``/… environments) and inline (``$…$``, ``\\(…\\)``), outside
   Markdown code and HTML or TeX comments. Each is cut into statements by its layout: the rows
   of ``align``/``aligned``/``gather``/``eqnarray`` are separate equations unless a row begins
   with a relation (``&= …`` continues the row before); several equations on one line
   (``a = \\tanh(z), \\quad z = wx + b``), a trailing condition (``, \\quad i = j``, ``\\quad (z > 0)``,
   ``\\text{if } i \\neq j``), a remark beside a chain (``\\because …``, ``\\therefore …``), an
   implication (``\\Rightarrow``) and an equation number (``(3)``, ``\\tag{3}``) are told apart;
   ``\\boxed``, ``\\color``, ``\\underbrace``, ``\\cancel`` show their content. Every statement's
   tokens are scanned for how names are used, giving the document's notation model
   (``derive.latex.model``).
2. **Read.** Every side is read under that model. A statement is then an update rule
   (``θ_j := θ_j − α…``, ``←``, a name equal to an expression of itself: neither definition nor
   claim), a condition (``$y = 1$`` in prose), a definition (a bare name on the left, by ``=``,
   ``:=``, ``\\coloneqq``, ``\\equiv``, ``\\triangleq``, or the head of a chain:
   ``h_\\theta(x) = \\sigma(\\theta^T x) = …`` defines h and claims the rest) or a chain of claims,
   one per ``=``. Definitions are gathered from the whole document, wherever they stand.
"""

from __future__ import annotations

import bisect
import random
import re
from collections import Counter
from dataclasses import dataclass, field, replace

import sympy
from sympy import Derivative, Indexed
from sympy.core.function import AppliedUndef

from derive.check.worker import SoftTimeout, soft_limit
from derive.derivation import Definition
from derive.errors import LatexError
from derive.latex import arrays, layers
from derive.latex import model as notation_model
from derive.latex.model import Evidence, NotationModel
from derive.latex.notation import FUNCTION_LETTERS, FUNCTIONS, Side, is_word, parse_condition, parse_side
from derive.latex.tokens import GREEK, after_spaces, matching, tokenize
from derive.symbols import (
    INDEX_LETTERS,
    INVERSE,
    SAMPLE_INDEX_LETTERS,
    LimitOf,
    N,
    base,
    bound_of,
    estimated,
    index,
    occurs_bare,
    scalar,
    written_symbols,
)

MAX_DOCUMENT_CHARS = 20_000_000  # beyond this a file is refused outright (bounded memory)
MAX_SIDES = 5000  # a course note has a few hundred sides; reading stops here (bounded time)
MAX_FORMULA_CHARS = 2_000_000  # formulas read per document at most (bounded memory)
MAX_BLOCK_CHARS = 100_000  # one formula (a whole align block) longer than this is not read
SOLVE_SECONDS = 1.0  # CPU time one equation is solved for while reading (a tie λ = e^η), at most
BINARY_SAMPLE = 8192  # characters inspected to tell a binary file from text
BINARY_CONTROL_SHARE = 0.05  # more control characters than this share in the sample: binary
TEX_SUFFIXES = (".tex", ".ltx", ".latex")
CONTEXT_CHARS = 60  # prose read before an inline formula for its role ("when $y = 1$")
PROSE_CHARS = 200  # prose read before any formula for what it is about ("for one sample")

# Environments whose rows are equations; those that build one value (cases, matrices) are not.
LAYOUT = ("equation", "align", "gather", "multline", "eqnarray", "displaymath", "flalign",
          "split", "aligned", "gathered", "alignat", "alignedat", "math", "IEEEeqnarray")
VALUE_ENVIRONMENTS = ("cases", "dcases", "rcases", "matrix", "pmatrix", "bmatrix", "vmatrix",
                      "Bmatrix", "Vmatrix", "smallmatrix", "array", "subarray", "substack")
_LAYOUT = r"(?:" + "|".join(LAYOUT) + r")\*?"
_OPENERS = re.compile(
    r"(?P<dd>\$\$)|(?P<d>\$)|(?P<mdbr>\\\\\[)|(?P<mdpar>\\\\\()|(?P<br>\\\[)|(?P<par>\\\()"
    r"|\\begin\{(?P<env>" + _LAYOUT + r")\}",
)  # \\[ and \\( are how Markdown that MathJax renders escapes \[ and \(
_INLINE_END = re.compile(r"(?<!\\)\$|\n\s*\n")
_HEADING = re.compile(r"^#{1,6}\s|^\s*\\(?:sub)*section\*?\{|^\s*\\(?:chapter|paragraph)\*?\{", re.M)
# a line that is only bold text (**2. tanh function**): a heading where the document has no
# others below its title
_BOLD_HEADING = re.compile(r"^[ \t]*(?:\*\*[^*\n]+\*\*|__[^_\n]+__)[ \t]*:?[ \t]*$", re.M)
_TEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCE = re.compile(r"^(?P<f>```+|~~~+)[^\n]*\n.*?^(?P=f)[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(?<!`)(?P<b>`+)(?!`).+?(?<!`)(?P=b)(?!`)", re.S)
_FUNCTION_LHS = re.compile(
    r"\s*(?P<name>\\(?:hat|widehat|tilde|bar)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+(?:_\{?\\?[A-Za-z]+\}?)?)"
    r"\s*(?:\\left)?\(\s*"
    r"(?P<args>\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*)\s*(?:\\right)?\)\s*"
)
_MACRO_DEF = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\(?P<name>[A-Za-z]+)\}?\s*(?:\[(?P<n>\d)\])?"
                        r"|\\[gex]?def\s*\\(?P<dname>[A-Za-z]+)(?P<params>(?:#\d)*)\s*"
                        r"|\\DeclareMathOperator\*?\s*\{\\(?P<opname>[A-Za-z]+)\}")

# Relations between the sides of a statement. Only `=` links are claims; the others are read
# (a definition, an update, a bound) but never checked as equalities.
SETS = ("\\overset{!}{=}", "\\stackrel{!}{=}", "\\overset{\\text{!}}{=}")  # "should equal": an equation to solve
DEFINING = (":=", "\\coloneqq", "\\triangleq", "\\equiv", "\\stackrel{\\text{def}}{=}",
            "\\overset{\\text{def}}{=}", "\\stackrel{def}{=}", "\\overset{def}{=}", "\\doteq")
UPDATES = ("\\leftarrow", "\\gets", "\\longleftarrow", "=:")
# Δw_i = η δ x_i, \Delta\theta = …: a change to a parameter (the delta rule), an update
INCREMENT = re.compile(r"\s*\\Delta\s*(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*$")
# a name as written (w, \theta, w_j, w_{1}) and what marks a change as a training step
_NAME_TEXT = re.compile(r"\s*(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*$")
# a name in bold (\pmb{\Theta}, \mathbf{w}): the same name for an update
_BOLD_NAME = re.compile(r"\\(?:pmb|mathbf|boldsymbol|bm|vec|mathbfit)\s*\{\s*(\\[A-Za-z]+|[A-Za-z])\s*\}")
_STEP_SIZE = re.compile(r"\\(?:alpha|eta|nabla|partial|triangle|Delta)(?![A-Za-z])|[∇∂αηΔ]|\blr\b|learning"
                        r"|(?<![A-Za-z\\])(?:alpha|eta)(?![A-Za-z])")  # alpha typed without its backslash


def _plain_name(text: str) -> str:
    """``\\ w``, ``\\pmb{\\Theta}``: a name as written, without spacing before it or bold."""
    return _BOLD_NAME.sub(r"\1", re.sub(r"^(?:\s|\\[ ,;:!])+", "", text)).strip()


def _updates_itself(lhs: str, rhs: str, relation: str) -> bool:
    """``W := W - lr * ∇_W L``, ``θ_j = θ_j − α …``: a name given itself plus or minus a change,
    with `:=` or a step size or a gradient in the change (a = a + 0 is a claim); with `:=`
    itself and any change (``θ_j := θ_j * α ∂J/∂θ_j``, a slip for −: a definition never refers
    to itself); told by the text, so also where the change cannot be read."""
    lhs, rest = _plain_name(lhs), _plain_name(rhs)
    change = rest[len(lhs):]
    if not (_NAME_TEXT.match(lhs) and rest.startswith(lhs)) or re.match(r"[A-Za-z0-9_{]", change):
        return False
    if relation in DEFINING:
        return re.match(r"\s*(?:[-+−*/·×]|\\(?:cdot|times)(?![A-Za-z]))", change) is not None
    return re.match(r"\s*[-+−]", change) is not None and _STEP_SIZE.search(change) is not None


_DEPENDS_ON = re.compile(r"\s*\((?=[^()]*,)(?=[^()]*(?:\.\.\.|\\[lc]?dots))[^()]*\)\s*$")


def _declares(lhs: str, rhs: str) -> bool:
    """``C = C(a^L_1, …, a^L_n)``: a name, then the same name with the list of what it depends
    on, dots among them."""
    name, rest = _plain_name(lhs), _plain_name(rhs)
    return bool(_NAME_TEXT.match(name)) and rest.startswith(name) and _DEPENDS_ON.match(rest[len(name):]) is not None


# the arrows a chain keeps as relations (\\Rightarrow, \\implies start a formula of their own)
ARROWS = ("\\to", "\\rightarrow", "\\longrightarrow")
OTHER = ("\\not=", "\\approx", "\\simeq", "\\sim", "\\propto", "\\leq", "\\geq", "\\le", "\\ge", "\\neq",
         "\\ne", "<", ">", "\\lt", "\\gt", "\\mapsto", "\\in", "\\ll", "\\gg", "\\cong", *ARROWS)
_RELATION = re.compile(
    "|".join(re.escape(r) for r in sorted((*SETS, *DEFINING, *UPDATES), key=len, reverse=True))
    + r"|(?<![<>!:\\])=(?![:>])|"
    + "|".join(re.escape(r) + r"(?![A-Za-z])" for r in sorted(OTHER, key=len, reverse=True) if r[0] == "\\")
    + r"|(?<!\\left)(?<!\\right)(?<![\\a-zA-Z])[<>](?![a-zA-Z]{2})|[≠≤≥]"
)
CONDITION_RELATIONS = ("\\not=", "\\neq", "\\ne", "<", ">", "\\lt", "\\gt", "\\leq", "\\geq", "\\le", "\\ge",
                       "\\in", "\\notin", "≠", "≤", "≥")
# Between the parts of one line: several equations, a condition, a remark, an equation number.
_SEPARATOR = re.compile(
    r"\s*(?:,|;|\.)?\s*(?:\\q?quad|\\hspace\{[^{}]*\}|\\text\{\s*(?:and|,)\s*\})"
    r"(?:\s*(?:\\q?quad|\\[,;:!> ]|~|\\hspace\{[^{}]*\}))*\s*"
    r"|\s*[,;]\s*(?:\\[,;:!> ]|~)+\s*"
    r"|\s*,\s*(?=\\text\{\s*(?:if|when|for|where|with|since|because|as|otherwise)\b)"
    # `, \text{ the dot product between } w_k …`: words after a comma close the formula
    r"|\s*,\s*(?=\\(?:text|textrm|mbox)\s*\{\s*[A-Za-z]{2,}[ .,;:]*(?:[A-Za-z]+[ .,;:]*)*(?:\$|\}))"
    r"|\s*,\s*(?=(?:if|when|for)(?:~|\\[,;: ]|\s)+[A-Za-z\\])"
    r"|\s*(?=\\(?:because|therefore|Rightarrow|implies|iff|Longrightarrow|Leftrightarrow|"
    r"Longleftrightarrow)\b|<?=>)"
    r"|\s*(?=\\text\{\s*(?:if|when|for all|for|where|with|since|because|given|otherwise|from|using|by)\b)"
    r"|\s*,?\s*(?<![\\A-Za-z])(?=(?:if|when|given|but|so|thus|hence|then)(?![A-Za-z]))"
    r"|\s*(?:(?:\\[ ,;:!>]|~)\s*)+(?=\(\s*\d+(?:\.\d+)*[a-z]?\s*\)\s*$)"  # `\ \ \ (2)`: spacing, a number
    r"|\s*,\s+(?=[A-Za-z\\])"
)
# An equation number before a row's formula, then spacing: `4) \;`, `(4) \quad` (not maths: a
# bracket that closes with nothing open, or one set off by spacing commands).
_LEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\)(?:\s|\\[;,:!> ]|\\q?quad(?![A-Za-z])|~)+"
                             r"|\(\d+(?:\.\d+)*\)\s*(?:\\[;,:!> ]|\\q?quad(?![A-Za-z])|~)+)(?=\S)")
_REMARK = re.compile(r"^\s*(?:\\because|\\therefore|\\text\{\s*(?:since|because|as|by|from|using)\b[^{}]*\}"
                     r"|(?:but|so|thus|hence|then)(?![A-Za-z]))\s*")  # bare words of prose too
_IMPLIES = re.compile(r"^\s*(?:\\(?:Rightarrow|implies|iff|Longrightarrow|Leftrightarrow|Longleftrightarrow)"
                      r"(?![A-Za-z])|<?=>)\s*")
# `\text{Let } \log_e x &= y`, `\text{Then } e^y &= x`: a row of an equation being solved
_LEADING_WORD = re.compile(r"^\s*\\text\{\s*(?:(?P<posed>let|suppose|assume)|then|so|hence|thus)\b[^{}]*\}"
                           r"\s*(?=\S)", re.I)
_CONDITION_WORD = re.compile(r"^\s*,?\s*(?:\\(?:text|textrm|mathrm|textit|mbox)\s*\{|\{\s*\\rm\s+)"
                             r"\s*(?:if|when|for all|for|given|with)\b[^{}]*\}\s*"
                             r"|^\s*\\(?:forall|text\{\s*otherwise\s*\})\s*"
                             r"|^\s*,?\s*(?:if|when|given|for)(?![A-Za-z])(?:~|\\[,;: ]|\s)*")  # a bare word:
# `=> when y = 1`, `, for~i = 1, …, C`
_WHERE = re.compile(r"^\s*\\text\{\s*where\b[^{}]*\}\s*")
# `\text{if y = 1}`: a case's words and its relation in one text group
_WORDED_CONDITION = re.compile(r"^\s*,?\s*\\(?:text|textrm|mathrm|textit|mbox)\s*\{\s*(?:if|when|for|given)\s+"
                               r"(?P<relation>[^{}=<>]*(?:=|<|>|\\neq|\\ne|\\leq?|\\geq?)[^{}]*?)\s*\}\s*$")
# `w, x \in \mathbb{R}^n`, as a part reads it (w, under the condition x ∈ ℝ^n) put back together
_LISTED_IN = re.compile(r"\s*((?:[^,$]+,\s*)+[^,$]+?)\s*\\in(?![A-Za-z])\s*(\\mathbb\s*\{?R.*)", re.S)
# An arrow pointing at an equation number that ends a row: `= a^1 \quad \rightarrow (1.1)`
_ARROW_TAG = re.compile(r"(?:\\q?quad|\\[,;:! ]|~|\s)*\\(?:rightarrow|to|longrightarrow|Rightarrow|Longrightarrow)"
                        r"\s*\(\s*\{?\s*(?:\d+(?:\.\d+)*[a-z]?|[A-Za-z]|[ivx]+)\s*\}?\s*\)\s*$")
_NUMBER_TAG = re.compile(r"^\s*\(\s*(?:\d+(?:\.\d+)*[a-z]?|\*+|[ivx]+|[A-Z]?\d*)\s*\)\s*$")
_CONTEXT = re.compile(r"\b(?:if|when|whenever|for|case|where|whereas|with|given|suppose|assume|"
                      r"let|set|define|denote|call|write)\b[^.$:;]*$", re.I)
CONDITION_WORDS = ("if", "when", "whenever", "for", "case", "given", "suppose", "assume")
# "Case $j = k$:", "**Case 2** ($i \neq j$):", "- case $y = 0$": a case that opens a part of the text
_CASE_OPENER = re.compile(r"(?:^|\n)\s*(?:[-*+]\s*|\d+[.)]\s*)?(?:\*\*|__|\\textbf\{)?\s*case\b[^.\n$]*$", re.I)


@dataclass(frozen=True)
class SideText:
    """One side as written: its text, where it starts (1-based line and column), and its reading
    (``side``) or why it could not be read (``error``, in file coordinates)."""

    latex: str
    line: int
    column: int
    side: Side | None
    error: LatexError | None
    elided: bool = False


@dataclass(frozen=True)
class Chain:
    """``sides[0] r1 sides[1] r2 …``: each ``=`` between two neighbours is one claim; any other
    relation (≈, ≤) is read but not checked. ``condition`` restricts every claim of the chain
    (``, \\quad i = j``); ``inline`` tells a formula in running text from a display."""

    line: int
    sides: tuple[SideText, ...]
    relations: tuple[str, ...] = ()
    condition: object = None  # a SymPy relational, or None
    condition_latex: str = ""
    inline: bool = False
    local: tuple = ()  # definitions that hold in this chain's section only (stated for a case)
    named: tuple = ()  # ((step number, why), …): links that hold because they introduce a name
    solves: bool = False  # gives a value to a variable (a = …, a differentiated by elsewhere)
    # meanings other paragraphs under the same heading give names (`f(h) = σ(h)` for one
    # example, `f(h) = h` for the next): readings a step may have been written under
    nearby: tuple = ()
    # `J = …` under a later heading that gives J a new meaning, as a claim about the meaning
    # before it: kept when it holds (a restatement), dropped when it does not (a new model's J)
    restates: bool = False
    block: int = -1  # which formula (display or inline) it was read from
    implied: bool = False  # introduced by ⇒: an equation that follows from the one before it
    prose: str = ""  # the words before it in its paragraph, lower case
    aside: str = ""  # why none of its steps is checked (a formula said in words), or ""
    posed: bool = False  # `\text{Let } e^{-z} = 1`: an equation assumed (the rows after it hold where it does)
    renewal: bool = False  # a restatement of one name alone under a later heading: a new model, or a slip
    # "Case $j = k$:" opening a part of the text before this chain's paragraph: (condition, its
    # LaTeX, line) — the formulas after it may be that case's (a reading; see check.document)
    case: tuple = ()

    def relation(self, k: int) -> str:
        """The relation between sides k-1 and k (1-based step number k)."""
        return self.relations[k - 1] if k - 1 < len(self.relations) else "="


@dataclass(frozen=True)
class Document:
    """What a document says. ``errors`` holds what is wrong outside any chain side (an unclosed
    block, a continuation with nothing to continue, a binary or oversized file); a side's own
    error is on its SideText. ``notes`` lists every convention chosen rather than stated."""

    path: str
    chains: tuple[Chain, ...]
    definitions: tuple[Definition, ...]
    assumptions: dict = field(default_factory=dict)
    errors: tuple[LatexError, ...] = ()
    defined_functions: frozenset = frozenset()
    model: NotationModel = notation_model.DEFAULT
    notes: tuple[str, ...] = ()
    updates: tuple[int, ...] = ()  # lines of update rules (neither claims nor definitions)
    conditions: tuple[int, ...] = ()  # lines of conditions stated on their own (`$y = 1$`)
    ignored: tuple[tuple[int, str], ...] = ()  # (line, why): front matter not understood
    redefinitions: tuple = ()  # display definitions of a name under a later heading (_in_force)
    # where the prose speaks of an optimum ("setting it to zero", "minimises"): (line, words)
    optimum: tuple | None = None
    # the letters the prose names as the true class ("$k$ is the position of the true class")
    true_classes: tuple = ()
    # names whose defining formula could not be read, defined nowhere else: (name, line)
    unread: tuple[tuple[str, int], ...] = ()
    # names the prose says are a quantity built from others ("$s_{xy}$ denotes the sample
    # covariance"), which no formula defines: (name, line, the words)
    described: tuple[tuple[str, int, str], ...] = ()


class _Lines:
    """Offset -> (1-based line, 0-based column) in the file."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k + 1, offset - self.starts[k]

    def line_text(self, line: int) -> str:
        lo = self.starts[line - 1]
        hi = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[lo:hi]

    def error(self, reason: str, offset: int) -> LatexError:
        line, col = self.at(offset)
        return LatexError(reason, self.line_text(line), col, line)


# --------------------------------------------------------------------------- front matter


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """``---``-fenced ``key: value`` lines at the top of a Markdown file, and where the body starts.

    >>> front_matter("---\\nm, n: positive integers\\ny: {0,1}\\n---\\nbody")[0]
    {'m': 'positive integers', 'n': 'positive integers', 'y': '{0,1}'}
    """
    if not text.startswith("---"):
        return {}, 0
    first = text.find("\n")
    if first < 0 or text[:first].strip() != "---":
        return {}, 0
    m = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M).search(text, first + 1)
    if m is None:
        return {}, 0
    out: dict[str, str] = {}
    for raw in text[first + 1 : m.start()].splitlines():
        line = raw.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        split = _split_key(line)
        if split is None:
            continue
        keys, value = split
        value = value.strip().strip("\"'")
        for key in _keys(keys):
            out[key] = value
    return out, m.end()


# Front-matter keys of Markdown tools (Jekyll, Hugo, Pandoc): metadata, not mathematics.
METADATA_KEYS = frozenset(
    "title subtitle author authors date lastmod layout tags categories category description "
    "summary permalink slug published draft lang language toc math mathjax katex keywords "
    "course lecture week bibliography output header-includes abstract source url link license "
    "note notes comment".split())


def front_matter_ignored(text: str) -> list[tuple[int, str]]:
    """Front-matter lines derive cannot use, each (line, why): never silently ignored."""
    from derive.check.equivalence import _domain
    from derive.latex.model import SIZE_WORDS

    if not text.startswith("---"):
        return []
    lines = text.split("\n")
    out = []
    for k, raw in enumerate(lines[1:], start=2):
        if re.match(r"^(?:---|\.\.\.)[ \t]*$", raw):
            break
        line = raw.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        split = _split_key(line)
        if split is None:
            out.append((k, f"front matter `{line}` has no `key: value` and is ignored"))
            continue
        keys, value = split
        value = value.strip().strip("\"'")
        if "(" in keys or keys.strip() == "functions" or keys.strip().lower() in METADATA_KEYS \
                or any(w in value.lower() for w in SIZE_WORDS) or _domain(value.lower()) is not None:
            continue
        if notation_model.is_shape(value) and ("vector" in value.lower() or all(
                notation_model.key_name(k) in arrays.MATRIX_NAMES for k in keys.split(","))):
            continue  # w: vector; X: m x n matrix (X is the design matrix)
        out.append((k, f"front matter `{line}` is not understood and is ignored (derive reads "
                       "sizes such as `K: positive integer`, domains such as `y: (0, 1)`, "
                       "`z: positive` or `y: {0, 1}`, shapes such as `w: vector`, and functions "
                       "such as `f(h): h^2`)"))
    return out


def _split_key(line: str) -> tuple[str, str] | None:
    """``key: value`` at the first colon outside brackets (``f(x, y): …`` keeps its call);
    None when the line has no such colon."""
    depth = 0
    for k, c in enumerate(line):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
        elif c == ":" and depth == 0:
            return line[:k], line[k + 1 :]
    return None


def _keys(keys: str) -> list[str]:
    if "(" in keys:
        return [keys.strip()]
    return [k.strip() for k in keys.split(",") if k.strip()]


def _function_name(raw: str) -> str:
    if (m := _ACCENTED.fullmatch(raw)) is not None:  # \hat{y}(x) = …: the function ŷ, named yhat
        return m.group(2) + {"widehat": "hat"}.get(m.group(1), m.group(1))
    return raw.replace("\\", "").replace("{", "").replace("}", "")


_ACCENTED = re.compile(r"\\(hat|widehat|tilde|bar)\s*\{\s*\\?([A-Za-z]+)\s*\}")


# --------------------------------------------------------------------------- masking


def _blank(text: str, lo: int, hi: int) -> str:
    """``text`` with ``[lo, hi)`` turned to spaces, newlines kept (offsets and lines stay)."""
    return text[:lo] + re.sub(r"[^\n]", " ", text[lo:hi]) + text[hi:]


# `$a + b$ $= …$`, or `$= …$` on the next line: the inline formula before it heads a chain
_HEAD_AFTER = re.compile(r"[ \t]*\$[ \t]*\n?[ \t]*\$[ \t]*=")
# GitHub's fenced mathematics: ```math, its body, ``` (or with ~~~)
_MATH_FENCE = re.compile(r"^(?P<f>```+|~~~+)[ \t]*math[ \t]*\n(?P<body>.*?)^(?P=f)[ \t]*$", re.M | re.S)


def _as_display(m: re.Match) -> str:
    """A ```math fence as $$ … $$, every character where it was."""
    opening = m.group(0)[:m.start("body") - m.start()]
    closing = m.group(0)[m.end("body") - m.start():]
    return "$$" + " " * (len(opening) - 3) + "\n" + m.group("body") + "$$" + " " * (len(closing) - 2)


# MathJax's script tags, as kramdown writes mathematics into HTML (old Jekyll posts)
_SCRIPT_MATH = re.compile(r"<script\s+type\s*=\s*[\"']math/tex(?P<display>\s*;\s*mode\s*=\s*display)?[\"']\s*>"
                          r"(?P<body>.*?)</script>", re.S | re.I)


def _script_as_dollars(m: re.Match) -> str:
    """A ``<script type="math/tex">`` block as ``$…$`` (``$$…$$`` in display mode), every
    character where it was."""
    mark = "$$" if m.group("display") else "$"
    opening = m.start("body") - m.start()
    closing = m.end() - m.end("body")
    return mark + " " * (opening - len(mark)) + m.group("body") + mark + " " * (closing - len(mark))


def _masked(text: str, markdown: bool) -> str:
    """The text with what is never mathematics blanked out: TeX comments; in Markdown, fenced
    code, code spans (`` `$$` `` is not a display) and HTML comments."""
    text = _NEWLINE.sub(lambda m: "\\\\" + " " * (len(m.group()) - 2), text)  # a row's end, as \\ is
    if not markdown:
        return _TEX_COMMENT.sub(lambda m: " " * len(m.group()), text)
    text = _MATH_FENCE.sub(_as_display, text)  # ```math … ```: GitHub's display mathematics
    text = _SCRIPT_MATH.sub(_script_as_dollars, text)  # <script type="math/tex; mode=display">
    text = _blanked(text, (_FENCE, _HTML_COMMENT, _CODE_SPAN))
    # Markdown escapes a backslash with a backslash: where `\\(` opens mathematics, a row ends
    # with `\\\\` (or one more for the line break), which MathJax receives as `\\`
    return _ESCAPED_ROW_END.sub(lambda m: "\\\\" + " " * (len(m.group()) - 2), text)


# \newenvironment{tcequation}{\begin{equation}…}{…}, \NewEnviron{tcequation}{\begin{equation}…\BODY…}:
# an environment of the document's own that displays mathematics
_ENVIRONMENT_DEF = re.compile(r"\\(?:re)?newenvironment\*?\s*\{(?P<a>[A-Za-z]+\*?)\}"
                             r"|\\(?:New|Renew)Environ\s*\{(?P<b>[A-Za-z]+\*?)\}")
_DISPLAYS = re.compile(r"\\begin\{(?:" + _LAYOUT + r")\}|\$\$|\\\[")


def _own_environments(text: str) -> str:
    """``text`` with each environment the document defines to display mathematics (its definition
    opens \\begin{equation}, align, … or $$) renamed where it is used to one the reader knows,
    equation (or math, for a shorter name), padded with spaces: offsets stay."""
    for m in _ENVIRONMENT_DEF.finditer(text):
        name = m.group("a") or m.group("b")
        if name.rstrip("*") in LAYOUT:
            continue
        definition = text[m.end():m.end() + 400]
        if not _DISPLAYS.search(definition):
            continue
        known = "equation" if len(name) >= len("equation") else "math" if len(name) >= len("math") else None
        if known is None:
            continue
        pad = " " * (len(name) - len(known))
        for verb in ("begin", "end"):
            renamed = f"\\{verb}{{{known}}}{pad}"
            text = re.sub(rf"\\{verb}\{{{re.escape(name)}\}}", lambda _m, r=renamed: r, text)
    return text


def _comments_blanked(text: str, spans: list) -> str:
    """``text`` with the TeX comments inside the mathematics ``spans`` blanked, each up to its
    line's end or its span's end."""
    for sp in spans:
        for m in reversed(list(_TEX_COMMENT.finditer(text, sp.start, sp.end))):
            text = _blank(text, m.start(), m.end())
    return text


def _blanked(text: str, patterns) -> str:
    """``text`` with every match of ``patterns``, in turn, blanked (``_blank``)."""
    for pattern in patterns:
        for m in reversed(list(pattern.finditer(text))):
            text = _blank(text, m.start(), m.end())
    return text


_NEWLINE = re.compile(r"\\newline(?![A-Za-z])")
_ESCAPED_ROW_END = re.compile(r"(?<!\\)\\{3,}(?=[ \t]*$)", re.M)


# --------------------------------------------------------------------------- math spans


@dataclass
class _Span:
    start: int  # offset of the content in the file
    end: int
    display: bool


def _displayed(content: str) -> bool:
    """Inline delimiters around rows (``$\\begin{aligned} … \\\\ … \\end{aligned}$``) make a
    display all the same."""
    return "\\\\" in content or "\\begin{" in content


def _alone_on_its_line(text: str, lo: int, hi: int) -> bool:
    """``$J(W,X) = -\\log L(W,X)$`` on a line of its own, between blank lines or other such lines:
    a display written with inline delimiters (as many notes do), not a formula in a sentence."""
    k = lo - 1
    while k >= 0 and text[k] in " \t":  # only spaces back to the line's start (never a long scan)
        k -= 1
    if k >= 0 and text[k] != "\n":
        return False
    k = hi
    while k < len(text) and text[k] in " \t.,;:":
        k += 1
    return k >= len(text) or text[k] in "\r\n"


def _in_sentence(text: str, lo: int, hi: int) -> bool:
    """``Case $$i=j$$:``, ``hence $$\\sum_k y_k = 1$$, and so …``: a ``$$…$$`` on one line inside
    a sentence (kramdown's inline mathematics, old Jekyll posts) is a formula of that sentence, as
    ``$…$`` is. Alone on its line (after a quote's ``>`` or a list's mark), or ending a line of
    prose that introduces it with ``:`` (``Forward step: $$Z = WX + b$$``), it stays a display."""
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    end = len(text) if end < 0 else end
    if "\n" in text[lo:hi] or _displayed(text[lo:hi]):
        return False
    before = re.sub(r"^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?", "", text[start:lo]).rstrip()
    after = text[hi:end].strip(" \t.,;")
    if not before:
        return bool(re.search(r"[A-Za-z]{2,}", after))
    return bool(after) or not before.endswith(":")


def _spans(text: str, lines: _Lines, errors: list[LatexError], pos: int = 0, markdown: bool = True):
    """Every piece of mathematics, in order: display and inline (in Markdown, a ``$…$`` alone on
    its line is a display; a LaTeX source breaks its lines anywhere, so there it stays inline)."""
    out = []
    n = len(text)
    while (m := _OPENERS.search(text, pos)) is not None:
        kind = m.lastgroup
        if m.start() > 0 and text[m.start() - 1] == "\\" and kind in ("dd", "d"):
            pos = m.end()  # an escaped dollar
            continue
        if kind == "d":
            close = _INLINE_END.search(text, m.end())
            if close is None or close.group() != "$":
                pos = m.end()
                continue
            if close.start() > m.end():
                out.append(_Span(m.end(), close.start(), _displayed(text[m.end():close.start()])
                                 or markdown and _alone_on_its_line(text, m.start(), close.end())))
            pos = close.end()
            continue
        if kind in ("par", "mdpar"):
            closer = "\\)" if kind == "par" else "\\\\)"
            close = text.find(closer, m.end())
            if close < 0:
                pos = m.end()
                continue
            out.append(_Span(m.end(), close, _displayed(text[m.end():close])))
            pos = close + len(closer)
            continue
        closer = {"dd": "$$", "br": "\\]", "mdbr": "\\\\]"}.get(kind) or "\\end{" + m.group("env") + "}"
        close = text.find(closer, m.end())
        if close < 0:
            errors.append(lines.error(f"display math opened with `{m.group()}` is never closed",
                                      m.start()))
            return out
        inline = markdown and kind == "dd" and _in_sentence(text, m.start(), close + 2)
        out.append(_Span(m.end(), close, not inline))
        pos = min(n, close + len(closer))
    return out


_LINE = re.compile(r"[^\n]*")
# two words in a row, or a longer lowercase word beside a letter or number: prose, not a formula
_PROSE_PAIR = re.compile(r"[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}|[a-z]{4,}[ \t]+\w|\w[ \t]+[a-z]{4,}")
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # `ŷ = σ(z) (σ being the sigmoid)`
_NOT_FORMULA = re.compile(r"^\s*(?:#|>|\||<|!|\[|[-*+]\s|\d+[.)]\s)|[$`\\]|:\s|\.\s+[A-Z]")
MAX_PLAIN_FORMULA = 400  # characters: a longer line is prose, whatever it holds
# "When i = j:", "If k == i,", "Case i ≠ j:" alone on a line: the case of what follows, written
# without `$`
_PLAIN_CASE = re.compile(r"\s*(?:[Ww]hen|[Ii]f|[Ff]or|[Ww]here|[Cc]ase|[Ii]n\s+the\s+case)\s+"
                         r"(?P<f>[A-Za-z0-9_{}]{1,8}\s*(?:==?|≠)\s*[A-Za-z0-9_{}]{1,8})\s*[:,.]?\s*")


def _plain_formulas(text: str, spans: list, start: int = 0) -> list:
    """Formulas a Markdown note writes as plain text on lines of their own, without any
    delimiter (``BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]``, ``∂z/∂a = x``, ``= - [ y/ŷ - … ]``): a
    line with ``=`` and no two words in a row (``the effect of``), outside mathematics, code,
    headings, lists and quotes; a trailing aside in brackets is left out. A line without ``=``
    counts when the next line continues it with ``= …``."""
    taken = [(sp.start, sp.end) for sp in spans]
    found = []
    candidates = []
    for m in _LINE.finditer(text, start):
        line = m.group()
        if m.start() == m.end() and m.end() < len(text) and text[m.end():m.end() + 1] != "\n":
            continue
        candidates.append((m.start(), line))
    for k, (lo, line) in enumerate(candidates):
        body = line.rstrip()
        if (case := _PLAIN_CASE.fullmatch(body)) is not None and not any(a <= lo < b for a, b in taken):
            # "When i = j:" on a line of its own: a case stated in prose, as "When $i = j$:" is
            found.append(_Span(lo + case.start("f"), lo + case.end("f"), False))
            continue
        if not body.strip() or len(body) > MAX_PLAIN_FORMULA or _NOT_FORMULA.search(body):
            continue
        aside = _ASIDE.search(body)
        if aside is not None and _PROSE_PAIR.search(aside.group()):
            body = body[:aside.start()]
        if _PROSE_PAIR.search(body) or any(a <= lo < b or lo <= a < lo + len(line) for a, b in taken):
            continue
        nxt = next((t for _, t in candidates[k + 1:] if t.strip()), "")
        if "=" not in body and not nxt.lstrip().startswith("="):
            continue
        if not re.search(r"[A-Za-z0-9∂σ]", body):
            continue
        lead = len(body) - len(body.lstrip())
        found.append(_Span(lo + lead, lo + len(body), True))
    return found


# code: an assignment of a program, not an equation (==, +=, a call on an object, a keyword)
_CODE = re.compile(r"[;{}]|==|!=|[-+*/]=|\b(?:np|torch|tf|math|self)\.|\b(?:def|return|import|print|lambda|"
                   r"for|while|if|else)\b|\w\.\w+\(|\[\s*:|:\s*\]|\"|'[^']*'")


# TeX's groups in a code span (e^{-z}, \\frac{a}{b}): braces of mathematics, not of a program
_TEX_GROUPS = re.compile(r"(?:[\^_]|\\[A-Za-z]+)(?:\{[^{}]*\})+")


def _code_formulas(text: str, start: int = 0) -> list:
    """In a Markdown note without any TeX mathematics, the formulas it writes in code spans
    (`` `ŷ_i = sigma(z_i)` ``, `` `sigma'(z) = sigma(z) * [1 - sigma(z)]` ``): a single-backtick
    span with ``=`` that holds no code (``==``, ``+=``, ``np.``, a keyword, a string) and no two
    words in a row; fenced code never. A span alone on its line is a display, else inline."""
    plain = _blanked(text, (_FENCE, _HTML_COMMENT))  # what _masked leaves, code spans kept
    found = []
    for m in _CODE_SPAN.finditer(plain, start):
        if m.group("b") != "`":
            continue
        lo, hi = m.start() + 1, m.end() - 1
        body = plain[lo:hi]
        if "=" not in body or "\n" in body or len(body) > MAX_PLAIN_FORMULA \
                or _CODE.search(_TEX_GROUPS.sub("", body)) or _PROSE_PAIR.search(body) \
                or not re.search(r"[A-Za-z0-9∂σ]", body):
            continue
        line_lo = plain.rfind("\n", 0, m.start()) + 1
        line_hi = plain.find("\n", m.end())
        line_hi = len(plain) if line_hi < 0 else line_hi
        around = plain[line_lo:m.start()] + plain[m.end():line_hi]
        alone = not re.sub(r"^\s*(?:[-*+]|\d+[.)])?\s*|[\s.,;:]+$", "", around)
        found.append(_Span(lo, hi, alone))
    return found


# --------------------------------------------------------------------------- layout

_WRAPPERS = re.compile(
    r"\\(?:boxed|cancel|bcancel|xcancel|bbox|fbox|mbox|underline|overline\*|displaystyle|displaylines)"
    r"\s*(?=\{)"
    r"|\\(?:color)\s*\{[^{}]*\}"
    r"|\\(?:textcolor|colorbox)\s*\{[^{}]*\}\s*(?=\{)"
    r"|\\cancelto\s*\{[^{}]*\}\s*(?=\{)"
    r"|\\(?:underbrace|overbrace|underset|overset|stackrel)\s*(?=\{)"
    r"|\\(?:mathbf|mathbb|boldsymbol|bm|mathrm|mathit|mathsf|textbf)\s*(?=\{)"
    r"|\\(?:label|tag\*?|hspace\*?|vspace\*?|text\{\s*\}|require|eqref|ref)\s*\{[^{}]*\}"
    r"|\\(?:nonumber|notag|displaystyle|textstyle|scriptstyle|right\.)"
    # (\left. … \right|_{x = a} is an evaluation bar: its \left. stays, the bar's pair)
    r"|\\left\.(?!(?:(?!\\left)[\s\S])*?\\right\s*(?:\||\\vert|\\rvert))"
    r"|\\(?:tiny|Tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])"
    r"|\\(?:begin|end)\{" + _LAYOUT + r"\}(?:\{[^{}]*\})?"
)
_FONTS = ("mathbf", "mathbb", "boldsymbol", "bm", "mathrm", "mathit", "mathsf", "textbf")  # see _unwrap
_OPEN_BRACE_LEFT = re.compile(r"\\left\s*(?:\\\{|\\lbrace)")
# `x = … \\ {\Rightarrow} x + x e^{-y} = 1`: an arrow in braces of its own is the arrow
_BRACED_ARROW = re.compile(r"(?<![_^A-Za-z}])\{\s*\\(?:Rightarrow|implies|Longrightarrow|iff|Leftrightarrow|"
                           r"Longleftrightarrow|therefore|because)\s*\}")
_BRACE_AFTER = ("boxed", "cancel", "bcancel", "xcancel", "bbox", "fbox", "mbox", "underline", "displaylines",
                "textcolor", "colorbox", "cancelto", "underbrace", "overbrace",
                # a size written as if it took an argument: \huge{ \theta = (A^T A)^{-1} A^T y }
                "tiny", "Tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large",
                "LARGE", "huge", "Huge")


def _brace_label(text: str, close: int, marks: str) -> tuple[int, int] | None:
    """The ``_{…}`` or ``^{…}`` (whichever ``marks`` allows) of ``\\underbrace{x}_{…}`` whose ``{x}``
    closes at ``close``: the indices of its braces, or None when it has none."""
    k = after_spaces(text, close + 1)
    if k >= len(text) or text[k] not in marks:
        return None
    k = after_spaces(text, k + 1)
    return (k, matching(text, k)) if k < len(text) and text[k] == "{" else None


def _unwrap(content: str) -> str:
    """Layout wrappers turned to spaces, keeping what they show: ``\\boxed{a = b}`` -> ``a = b``,
    ``\\underbrace{x}_{\\text{…}}`` -> ``x``, ``\\color{red}{x}`` -> ``x`` (offsets kept)."""
    out = content
    for m in reversed(list(_WRAPPERS.finditer(content))):
        name = re.match(r"\\([A-Za-z]+)", m.group())
        name = name.group(1) if name else ""
        lo, hi = m.start(), m.end()
        if name in _BRACE_AFTER and hi < len(out) and out[hi] == "{":
            close = matching(out, hi)
            if name in ("underbrace", "overbrace"):  # and its label: _{…} or ^{…}
                label = _brace_label(out, close, "_^")
                if label is not None:
                    out = _blank(out, label[0] - 1, label[1] + 1)
            out = _blank(out, close, close + 1)
            out = _blank(out, lo, hi + 1)
        elif name in _FONTS:
            close = matching(out, hi)
            if close > hi and _relations(out[hi + 1:close]):
                # \mathbf{ \frac{∂C}{∂w} = a^1 σ'(z^2) }: a font set on the whole formula styles
                # it; its names are what they are without it (bold here marks no vector)
                out = _blank(_blank(out, close, close + 1), lo, hi + 1)
        elif any(out.startswith(r, lo) for r in (*SETS, *DEFINING)):
            continue  # \overset{!}{=}, \overset{\text{def}}{=}: a relation, read by the relation pattern
        elif name in ("underset", "overset", "stackrel") and hi < len(out) and out[hi] == "{":
            # \underset{\text{chain rule}}{=}, \overset{(2)}=: an = with a note on why it holds (the
            # note is prose); \underset{i}{\max}: the value under its note
            close = matching(out, hi)
            k = after_spaces(out, close + 1)
            if k < len(out) and out[k] == "{":
                out = _blank(out, matching(out, k), matching(out, k) + 1)
                out = _blank(out, lo, k + 1)
            else:
                out = _blank(out, lo, close + 1)
        elif m.group() == "\\right." and _OPEN_BRACE_LEFT.search(content, 0, lo):
            continue  # \left\{ \begin{matrix} … \end{matrix} \right.: cases, whose bracket it closes
        else:
            out = _blank(out, lo, hi)
    for m in reversed(list(_BRACED_ARROW.finditer(out))):
        out = _blank(_blank(out, m.end() - 1, m.end()), m.start(), m.start() + 1)
    return out


def _top_level(content: str):
    """Yield (index, char, depth) of characters outside every bracket and every value
    environment (cases, matrices); a backslash command is yielded whole as one item."""
    depth, env, i, n = 0, 0, 0, len(content)
    while i < n:
        c = content[i]
        if c == "\\":
            m = re.match(r"\\(?:begin|end)\{([A-Za-z*]+)\}", content[i:])
            if m and m.group(1).rstrip("*") in VALUE_ENVIRONMENTS:
                env += 1 if content[i + 1] == "b" else -1
                i += m.end()
                continue
            m = re.match(r"\\(?:[{}]|(?:lbrace|rbrace|langle|rangle)(?![A-Za-z]))", content[i:])
            if m:  # \{ … \}, \langle … \rangle: a bracket (\max\{0, z\}), whose commas separate nothing
                depth = depth + 1 if m.group() in ("\\{", "\\lbrace", "\\langle") else max(0, depth - 1)
                yield i, m.group(), depth if env == 0 else depth + 1
                i += m.end()
                continue
            m = re.match(r"\\(left|right|big|Big|bigg|Bigg)([lr]?)\s*(\\[{}|]|\\[lr]angle(?![A-Za-z])|[()\[\]|.])",
                         content[i:])
            if m:
                # \left( \bigl( \big( open, \right) \bigr) \big) close: a sized bracket counts as
                # the bracket it sizes (\bigr) was once taken for an opening one, and an equation
                # after it was never found; \biggl) written for \biggr) closes too)
                side = "l" if m.group(3) in ("(", "[", "\\{", "\\langle") \
                    else "r" if m.group(3) in (")", "]", "\\}", "\\rangle") else ""
                if not side or m.group(1) in ("left", "right"):
                    side = "l" if m.group(1) == "left" else "r" if m.group(1) == "right" else m.group(2)
                if side == "l":
                    depth += 1
                elif side == "r":
                    depth = max(0, depth - 1)
                i += m.end()
                continue
            m = re.match(r"\\(?:[A-Za-z]+|.)", content[i:], re.S)
            if m is None:  # a lone backslash at the very end
                yield i, c, depth if env == 0 else depth + 1
                i += 1
                continue
            yield i, m.group(), depth if env == 0 else depth + 1
            i += m.end()
            continue
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth = max(0, depth - 1)
        yield i, c, depth if env == 0 else depth + 1
        i += 1


def _rows(content: str) -> list[tuple[int, int]]:
    """The rows of a display: split at ``\\\\`` (or plain TeX's ``\\cr``, or ``\\newline``) outside value environments
    (cases, matrices).
    Brackets do not hide a row break, so an unclosed brace stays the error of its own row."""
    cuts, env, i = [], 0, 0
    while i < len(content):
        if content[i] != "\\":
            i += 1
            continue
        m = re.match(r"\\(?:begin|end)\{([A-Za-z*]+)\}", content[i:])
        if m and m.group(1).rstrip("*") in VALUE_ENVIRONMENTS:
            env += 1 if content[i + 1] == "b" else -1
            i += m.end()
            continue
        if content.startswith("\\\\", i) and env <= 0:
            cuts.append((i, i + 2))
        elif (cr := re.match(r"\\(?:cr|newline)(?![A-Za-z])", content[i:])) and env <= 0:
            # plain TeX's row end, as GitLab and Qiita notes write it; \newline, as MathJax reads it
            cuts.append((i, i + cr.end()))
        i += 2
    out, lo = [], 0
    for a, b in cuts:
        out.append((lo, a))
        lo = b
        m = re.match(r"\s*\[[^\]]*\]", content[lo:])  # \\[4pt]
        if m:
            lo += m.end()
    out.append((lo, len(content)))
    return out


def _relations(content: str) -> list[tuple[int, int, str]]:
    """Top-level relations of a part: (start, end, relation)."""
    out = []
    top = {i for i, _, d in _top_level(content) if d == 0}
    for m in _RELATION.finditer(content):
        if m.start() in top:
            rel = m.group()
            if rel == "=" and out and out[-1][1] == m.start() and out[-1][2] in ("<", ">"):
                continue
            if rel == "=" and out and out[-1][1] == m.start() and out[-1][2] == "=":
                out[-1] = (out[-1][0], m.end(), "=")  # `i == j`, a program's equality: one `=`
                continue
            out.append((m.start(), m.end(), rel.strip()))
    return out


@dataclass
class _Part:
    """One equation of a line: its sides (offsets in the file), the relations between them."""

    sides: list  # [(start, text)]
    relations: list
    line_offset: int
    kind: str = "equation"  # equation | remark | condition
    condition: tuple | None = None  # (offset, text) of a trailing condition
    where: bool = False  # introduced by `where`: a definition, or a condition if a value
    implied: bool = False  # introduced by ⇒ (or \therefore): it follows from the equation before
    posed: bool = False  # introduced by `\text{Let }`: an equation assumed, not claimed


def _side_by_side(text: str) -> list[tuple[int, int]]:
    """A row of ``align`` holding equations side by side, a column pair each (``x &= 1 & y &= 2``):
    each pair its own equation, cut at the ``&`` before a pair that has a left side of its own
    and a relation after its ``&``. A row of one equation (or with notes after it) is one range."""
    amps = [i for i, c, d in _top_level(text) if c == "&" and d == 0]
    cells = [(lo + 1, hi) for lo, hi in zip([-1, *amps], [*amps, len(text)], strict=True)]
    cuts = []
    for k in range(2, len(cells) - 1, 2):
        left, right = text[cells[k][0]:cells[k][1]], text[cells[k + 1][0]:cells[k + 1][1]]
        before = text[cells[k - 1][0]:cells[k - 1][1]]
        if left.strip() and not _RELATION.search(left) and _RELATION.match(right.lstrip()) \
                and _RELATION.search(before):
            cuts.append(amps[k - 1])
    bounds = [0, *cuts, len(text)]
    return [(bounds[0], bounds[1])] + [(a + 1, b) for a, b in zip(bounds[1:-1], bounds[2:], strict=True)]


def _strip_amp(text: str) -> str:
    """Alignment `&` turned to spaces, outside value environments (cases keep theirs). What
    follows a row's second `&` without a relation is a column of notes (`a &= b & \text{exponentiate}`,
    `& \times (1-p)`: what was done to both sides), not part of the formula: blanked."""
    chars = list(text)
    amps = [i for i, c, d in _top_level(text) if c == "&" and d == 0]
    for i in amps:
        chars[i] = " "
    middle = text[amps[0] + 1:amps[1]].strip() if len(amps) >= 2 else ""
    if len(amps) >= 2 and not _RELATION.search(text[amps[1] + 1:]) \
            and (m := _RELATION.search(middle)) is not None and middle[m.end():].strip():
        # (eqnarray's `a &=& b` has only its relation between the two: b is the formula)
        for k in range(amps[1] + 1, len(text)):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def _split_parts(text: str) -> list[tuple[int, int]]:
    """Where one line holds several things: cut at top-level separators (never inside the range
    an index takes, `j = 0, 1, \\dots, n`)."""
    if re.fullmatch(r"\s*[A-Za-z]\s*=\s*" + _RANGE.pattern + r"\s*[.,;]?\s*", text):
        return [(0, len(text))]
    top = {i for i, _, d in _top_level(text) if d == 0}
    cuts = []
    for m in _SEPARATOR.finditer(text):
        if m.start() in top or (m.end() > m.start() and m.start() + len(m.group()) - len(m.group().lstrip()) in top):
            if m.end() > m.start() or re.match(r"\\(?:because|therefore|Rightarrow|implies|iff|"
                                                r"Longrightarrow|Leftrightarrow|Longleftrightarrow|"
                                                r"text)", text[m.end():]):
                cuts.append((m.start(), m.end()))
    parts, lo = [], 0
    for a, b in cuts:
        if a < lo:
            continue
        before, after = text[lo:a].rstrip(), text[b:].lstrip()
        if (_RELATION.match(after) and not _IMPLIES.match(after)) \
                or (before and _RELATION.search(before[-12:]) and _ends_with_relation(before)):
            continue  # `a \quad = \quad b`: spacing around a relation, not between equations
        parts.append((lo, a))
        lo = b
    parts.append((lo, len(text)))
    return [p for a, b in parts if text[a:b].strip() for p in _equations_listed(text, a, b)]


def _equations_listed(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``b(y) = \\frac 1 {y!},\\eta = \\log \\lambda,T(y)=y``: equations listed with commas, cut
    where every piece between the top-level commas is an equation of its own (a list of values,
    ``j = 0, 1, 2``, is one part)."""
    part = text[lo:hi]
    commas = [i for i, c, d in _top_level(part) if d == 0 and c == ","]
    if not commas:
        return [(lo, hi)]
    bounds = [0, *commas, len(part)]
    pieces = [(bounds[k] + (k > 0), bounds[k + 1]) for k in range(len(bounds) - 1)]
    if all(any(rel == "=" for _, _, rel in _relations(part[a:b])) for a, b in pieces):
        return [(lo + a, lo + b) for a, b in pieces]
    return [(lo, hi)]


def _ends_with_relation(text: str) -> bool:
    rels = _relations(text)
    return bool(rels) and rels[-1][1] == len(text.rstrip())


def _constant(text: str) -> bool:
    """A number written with functions of numbers only (``\\ln 2``, ``-\\frac{1}{2}``, ``\\sqrt{3}``)."""
    bare = re.sub(r"\\(?:ln|log|exp|sqrt|frac|dfrac|pi|left|right|cdot|times)(?![A-Za-z])|\be\b", "", text)
    return bool(re.search(r"\d", text)) and not re.search(r"[A-Za-z\\]", bare)


def _is_condition_like(text: str) -> bool:
    """``i = j``, ``y = 1``, ``z > 0``, ``i \\neq j``, ``k \\in \\{1, …\\}``: restricts, defines nothing."""
    rels = _relations(text)
    if not rels:
        return False
    if any(r in CONDITION_RELATIONS for _, _, r in rels):
        return True
    if len(rels) != 1 or rels[0][2] != "=":
        return False
    lhs, rhs = text[: rels[0][0]].strip(), text[rels[0][1] :].strip()
    # y_{j \neq c} = 0: the entries but one, a condition (never a definition of y_j)
    simple = r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9+-]+\}?|_\{[^{}]*\})?(?:\^\{?\(?[A-Za-z0-9]\)?\}?)?"
    index = r"[ijklpqrst]"
    return (bool(re.fullmatch(simple, lhs)) and not lhs.startswith("e^") and bool(re.fullmatch(_NUMBER, rhs))) \
        or (bool(re.fullmatch(index, lhs)) and bool(re.fullmatch(index, rhs))) \
        or (bool(re.fullmatch(r"[ijkl]", lhs)) and bool(re.fullmatch(r"[a-z]", rhs))) \
        or (bool(re.fullmatch(r"[A-Za-z]", lhs)) and bool(_RANGE.fullmatch(rhs)))


# `i = 1, \dots` of `for i = 1, \dots, C` (the text is cut at the comma before C)
_RANGE_START = re.compile(r"\s*[A-Za-z]\s*=\s*[\w+-]+\s*,\s*(?:[\w+-]+\s*,\s*)*(?:\\[lc]?dots[a-z]?|\.\.\.|…)")
# `l = 1, \ldots, L`, `k = 1, 2, \dots, K`: the values an index takes
_RANGE = re.compile(r"[\w+-]+\s*,\s*(?:[\w+-]+\s*,\s*)*(?:\\[lc]?dots[a-z]?|\.\.\.|…)\s*,\s*[\w+-]+")


def _begins_chain(text: str) -> bool:
    """Does a row's text have a left side of its own before its first relation?"""
    m = _RELATION.search(text)
    return m is not None and bool(text[: m.start()].strip())


_BRACE_NOTE = re.compile(r"\\(underbrace|overbrace)\s*(?=\{)")
_BRACE_NOTE_TEXT = re.compile(r"[_^]\s*\{\s*=[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")  # _{= y(x_n, w)}


def _brace_claims(content: str, offset: int, stated: str = "") -> list[_Part]:
    """``\\underbrace{x}_{= v}``, ``\\overbrace{x}^{= v}``: the note says x = v, a fact of its own
    checked alone (a remark), at the place it is written. A note in words says nothing. A note
    that is a name the document gives no formula anywhere else (``stated``, its mathematics),
    bare or applied to names (``_{=y(x_n, \\vw)}``), names what the brace holds: a definition, as
    `where y(x_n, w) = …` is."""
    out = []
    for m in _BRACE_NOTE.finditer(content):
        lo = m.end()
        hi = matching(content, lo)
        label = _brace_label(content, hi, "_" if m.group(1) == "underbrace" else "^")
        if label is None:
            continue
        k, end = label
        note = content[k + 1:end]
        relation = _NOTE_RELATION.match(note)
        if relation is None or not note[relation.end():].strip():
            continue
        value = note[relation.end():]
        named = _NOTE_NAME.fullmatch(value) if stated else None
        head = named.group("head") if named is not None else None  # (an accented name: a claim)
        if head is not None and head not in FUNCTIONS and not _stated_elsewhere(head, stated):
            at = k + 1 + relation.end()
            part = _Part([(offset + at, value), (offset + lo + 1, _unwrap(content[lo + 1:hi]))], ["="],
                         offset + lo + 1, "equation")
            part.where = True
            out.append(part)
            continue
        text = _blank(content[lo:end], hi - lo, k + 1 - lo)[1:]  # x, blanks, = v
        out.append(_make_part(_unwrap(text), offset + lo + 1, "remark"))
    return out


# what a brace's note begins with to say what the brace holds: `= v`, `\equiv α_l`, `:= v`
_NOTE_RELATION = re.compile(r"\s*(?:=(?!=)|:=|\\(?:equiv|coloneqq|triangleq|eqqcolon)(?![A-Za-z]))")

# a brace's note that names a quantity: a name (accented or bold, with an index), bare or applied
# to names only — `= y(x_n, \vw)`, `= z`, `= \hat{y}_i`; never a known function (`= \sigma(z)`)
_NOTE_NAME = re.compile(r"\s*(?:\\(?:hat|tilde|bar|widehat|mathbf|boldsymbol|vec)\s*\{\s*[A-Za-z]+\s*\}"
                        r"|(?P<head>[A-Za-z]+))(?:\s*_\s*(?:\{[^{}=]*\}|\w))?(?:\s*\([^()=+\-*/^]*\))?\s*")


def _stated_elsewhere(head: str, stated: str) -> bool:
    """Does the document's mathematics give ``head`` a formula anywhere (``y(x, w) = …``,
    ``y_i := …``)? Then a brace's note naming it is a claim about it, never its meaning."""
    return re.search(r"(?<![A-Za-z\\])" + re.escape(head) + r"\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*"
                     r"(?:\([^()]*\))?\s*(?::=|\\coloneqq|\\equiv|=(?!=))", stated) is not None


_ARRAY = re.compile(r"\\begin\{array\}\s*\{[^{}]*\}")


def _arrays_as_rows(content: str) -> str:
    """``\\begin{array}{l} h(x) = g(θᵀx) \\\\ g(z) = … \\end{array}`` standing as a formula of its
    own (not the cases of ``\\left\\{``): its rows are equations, as ``gather``'s are; the
    markers are blanked (offsets kept)."""
    for m in reversed(list(_ARRAY.finditer(content))):
        if re.search(r"(?:\\left\s*(?:\\\{|\\lbrace|\.)|\\\{)\s*$", content[:m.start()]):
            continue
        end = content.find("\\end{array}", m.end())
        if end < 0 or "=" not in content[m.end():end] or "\\begin{array}" in content[m.end():end]:
            continue
        content = _blank(_blank(content, end, end + len("\\end{array}")), m.start(), m.end())
    return content


def _parts_of(content: str, offset: int, display: bool, stated: str = "") -> list[_Part]:
    """A formula's equations, by layout (see the module docstring), each with its sides;
    ``stated``: the document's mathematics, for what its brace notes name (``_brace_claims``)."""
    work = _unwrap(_arrays_as_rows(content))
    parts: list[_Part] = _brace_claims(content, offset, stated)
    for row_lo, row_hi in ((lo + a, lo + b) for lo, hi in _rows(work) for a, b in _side_by_side(work[lo:hi])):
        row = _strip_amp(work[row_lo:row_hi])
        if (tag := _ARROW_TAG.search(row)) is not None:
            row = _blank(row, tag.start(), tag.end())  # `= a^1 \quad \rightarrow (1.1)`: its number
        if not row.strip():
            continue
        pieces = _split_parts(row)
        leading = None  # `{\rm if}~i=j,~\frac{…}{…} = …`: a case stated before the row's equation
        held = None  # (row offset, part) of this row's last equation, which a relation may continue
        for n, (a, b) in enumerate(pieces):
            text = row[a:b]
            start = offset + row_lo + a
            if _NUMBER_TAG.match(text) and n > 0:
                continue  # an equation number after the formula
            if n == 0 and (m := _LEADING_NUMBER.match(text)) is not None:
                text, start = text[m.end():], start + m.end()  # `4) \; \frac{…}{…} = …`: its number
            if n > 0 and held is not None and _RELATION.match(text.lstrip()) \
                    and not _IMPLIES.match(text):
                # `a \quad = \quad b`: the spacing was only spacing
                lo, old = held
                parts[parts.index(old)] = joined = _make_part(row[lo:b], offset + row_lo + lo, old.kind)
                joined.where, joined.condition = old.where, old.condition
                held = (lo, joined)
                continue
            if n == 0 and not _relations(text) and _WORDS_ROW.fullmatch(text.strip()):
                continue  # `Applying - Linearity \\`: a row of words between the rows of a chain
            implied = posed = False
            if (m := _IMPLIES.match(text) or _LEADING_WORD.match(text)) is not None:
                posed = bool(m.groupdict().get("posed"))
                text, start = text[m.end():], start + m.end()
                implied = True
                if not text.strip():
                    continue
            inner = _unparen(text)
            if inner != text.strip() and _REMARK.match(inner) and text.strip().startswith("("):
                # `\quad(\because \ln(1) = 0)`: a remark in brackets is a remark
                start += text.index(inner)
                text = inner
            remark = _REMARK.match(text)
            if remark is not None:
                text, start = text[remark.end():], start + remark.end()
                # `\\ \therefore \mathcal{L} &= …` opening a row states a consequence the rows
                # after it go on with; a reason (\because) or one beside a formula is an aside
                kind = "equation" if n == 0 and remark.group().strip().startswith("\\therefore") \
                    and _begins_chain(text) else "remark"
                parts.append(_make_part(text, start, kind))
                parts[-1].implied = kind == "equation"
                continue
            where = _WHERE.match(text)
            if where is not None:
                text, start = text[where.end():], start + where.end()
                if parts and parts[-1].kind == "equation" and parts[-1].condition is None \
                        and _NAME_IS_NUMBER.fullmatch(_unparen(text)) and ("\\sum" in parts[-1].sides[-1][1]
                                                                         or _LABEL_VALUE.fullmatch(_unparen(text))
                                                                         and "_" in text):
                    # `- \sum_i \log p_i \text{ where } y_i = 1`: which terms of the sum count;
                    # `= s_k - 1 \text{ where } y_k = 1`: the class whose label is 1, which the step
                    # holds for (`L = -\log \hat{y} \text{ where } y = 1` still defines L)
                    parts[-1].condition = (start, _unparen(text))
                    continue
            cond = _CONDITION_WORD.match(text)
            if cond is not None and n == 0 and len(pieces) > 1 and _relations(text[cond.end():]) \
                    and not _RANGE_START.match(text[cond.end():]):
                leading = (start + cond.end(), text[cond.end():])
                continue
            if cond is not None and parts:
                body, at = text[cond.end():], start + cond.end()
                if not body.strip() and (inner := _WORDED_CONDITION.match(cond.group())) is not None:
                    # `& \text{if y = 1}`: the relation written inside the words' braces
                    body, at = inner.group("relation"), start + inner.start("relation")
                if not _RANGE_START.match(body):
                    parts[-1].condition = (at, body)
                continue  # `, for i = 1, …, C`: the range its index runs over, no condition
            if n > 0 and parts and parts[-1].kind == "equation" \
                    and _is_condition_like(_unparen(text)) and not where \
                    and (cond is not None or _looks_like_condition(text, parts[-1])):
                parts[-1].condition = (start, _unparen(text))
                continue
            if n > 0 and parts and not _relations(text) and not text.lstrip().startswith(
                    ("+", "-", "\\cdot", "\\times")):
                continue  # a word or a label beside the formula
            continues = text.lstrip().startswith(("+", "-", "\\cdot", "\\times")) and n == 0 \
                and parts and not _relations(text.lstrip()[:1])
            if continues and parts and row_lo > 0:
                last = parts[-1]
                s_off, s_text = last.sides[-1]
                gap = start - (s_off + len(s_text))
                last.sides[-1] = (s_off, s_text + " " * max(gap, 1) + text)
                continue
            part = _make_part(text, start, "equation")
            part.where, part.implied, part.posed = where is not None, implied, posed
            if leading is not None:
                part.condition, leading = leading, None
            parts.append(part)
            held = (a + (len(row[a:b]) - len(text)), part)
    return parts


def _operator_naming(st) -> str | None:
    """``d = \\dfrac{d}{dz}`` (a letter, then the derivative operator alone): ``"d=z"``, else None."""
    sides = st.part.sides
    if len(sides) == 2 and len(name := _strip(sides[0][1])) == 1 and name.isalpha() \
            and (op := _NAMED_OPERATOR.fullmatch(sides[1][1].strip())) is not None:
        return f"{name}={op.group(1)}"
    return None


_NAMED_OPERATOR = re.compile(r"\\[dt]?frac\s*\{\s*d\s*\}\s*\{\s*d\s*([a-z])\s*\}")
# a row of words only, no maths (`Applying - Linearity`, `Simplifying`, `Step 2:`): what the
# author did between two rows of the chain, said in words; at least one word of four letters
_WORDS_ROW = re.compile(r"(?=.*[A-Za-z]{4})[A-Za-z]+(?:\s*[-–:,]?\s*[A-Za-z0-9]+)*\s*[:.]?")


def _unparen(text: str) -> str:
    """``(z > 0)`` -> ``z > 0``: one pair of brackets around the whole text removed."""
    t = text.strip()
    if t.startswith("(") and t.endswith(")") and _unbalanced(t[1:-1]) is None \
            and t[1:-1].count("(") == t[1:-1].count(")"):
        return t[1:-1]
    return t


def _looks_like_condition(text: str, before: _Part) -> bool:
    """A bare relation after an equation: a condition when it is an index relation or a
    value for a single name, e.g. ``, \\quad i = j`` or ``(z > 0)``."""
    return _is_condition_like(text.strip().strip("()"))


def _make_part(text: str, start: int, kind: str) -> _Part:
    rels = _relations(text)
    sides, lo = [], 0
    for a, b, _ in rels:
        side = text[lo:a]
        if re.search(r"(?<!\\)\\\s+$", side):  # `\frac{p}{1-p}\ = …`: a control space before the `=`
            side = re.sub(r"\\(\s+)$", r" \1", side)
        sides.append((start + lo, side))
        lo = b
    sides.append((start + lo, text[lo:]))
    return _Part(sides, [r for _, _, r in rels], start, kind)


# --------------------------------------------------------------------------- macros


def _macro_definitions(text: str):
    """Each macro definition in ``text``: (its match, where its body's ``{`` is, where its ``}`` is)."""
    for m in _MACRO_DEF.finditer(text):
        k = m.end()
        while k < len(text) and text[k] in " \t":
            k += 1
        if k < len(text) and text[k] == "{":
            yield m, k, matching(text, k)


def _macros(text: str) -> dict[str, tuple[int, str]]:
    """``\\newcommand{\\x}[n]{body}``, ``\\def\\x#1{body}``, ``\\DeclareMathOperator{\\x}{name}``."""
    out = {}
    for m, k, close in _macro_definitions(text):
        body = text[k + 1 : close]
        if m.group("opname"):
            out[m.group("opname")] = (0, rf"\operatorname{{{body}}}")
        elif m.group("name"):
            out[m.group("name")] = (int(m.group("n") or 0), body)
        else:
            out[m.group("dname")] = (len(m.group("params") or "") // 2, body)
    return out


def _definitions_blanked(text: str) -> str:
    """``text`` with each macro definition (``\newcommand{\norm}[1]{…}``) blanked out, same length:
    one written inside a display formula (as MathJax allows) is no part of that formula."""
    for m, _, close in reversed(list(_macro_definitions(text))):
        if close < len(text):
            text = text[:m.start()] + re.sub(r"[^\n]", " ", text[m.start():close + 1]) + text[close + 1:]
    return text


# Course macros a note uses without defining them (its style file is elsewhere), read by the
# meaning their names have by convention: (name pattern, arguments, body).
_CONVENTIONAL = (
    (re.compile(r"(?:bold|b|v)([A-Za-z])"), 0, "\\mathbf{{{0}}}"),  # \boldx, \bx, \vx: bold x
    (re.compile(r"m([A-Z])"), 0, "\\mathbf{{{0}}}"),  # \mA: the matrix A
    # \Vw, \Vtheta: the vector w, θ; \MH: the matrix H (the Deep Learning book's macros)
    (re.compile(r"V([A-Za-z])"), 0, "\\mathbf{{{0}}}"),
    (re.compile(r"V(" + "|".join(sorted(GREEK)) + r")"), 0, "\\mathbf{{\\{0}}}"),
    (re.compile(r"M([A-Z])"), 0, "\\mathbf{{{0}}}"),
    # the physics package: \grad (∇), \norm{x}, \abs{x} (its \va{x} is \vx's bold a elsewhere)
    (re.compile(r"grad"), 0, "\\nabla"),
    (re.compile(r"norm"), 1, "\\left\\| #1 \\right\\|"),
    (re.compile(r"abs"), 1, "\\left| #1 \\right|"),
    (re.compile(r"pa|pd|pder|pderiv|pdiff|partiald"), 2, "\\frac{{\\partial #1}}{{\\partial #2}}"),
    (re.compile(r"der|deriv|od"), 2, "\\frac{{d #1}}{{d #2}}"),
)
# The physics package, recognised by its own commands: there \va and \vb put an arrow or bold on
# what follows (\va\theta), not the bold a and b of \vx
_PHYSICS = re.compile(r"\\(?:qty|mqty|eval|pdv|dv|grad|vdot|cross|curl|laplacian)(?![A-Za-z])")
_PHYSICS_VECTORS = {"va": (0, "\\mathbf"), "vb": (0, "\\mathbf")}
_REAL_COMMANDS = frozenset({"bf", "bm"})  # what those patterns would catch, that TeX defines
_COMMAND_USED = re.compile(r"\\([A-Za-z]+)")


def _conventional_macros(text: str, macros: dict) -> dict[str, tuple[int, str]]:
    """The conventional course macros ``text`` uses and does not define: name -> (arguments, body)."""
    out = {}
    physics = _PHYSICS.search(text) is not None
    for name in sorted({m.group(1) for m in _COMMAND_USED.finditer(text)} - set(macros) - _REAL_COMMANDS):
        if physics and name in _PHYSICS_VECTORS:
            out[name] = _PHYSICS_VECTORS[name]
            continue
        for pattern, n, body in _CONVENTIONAL:
            if (m := pattern.fullmatch(name)) is not None:
                out[name] = (n, body.format(*m.groups()))
                break
    return out


def _expand(text: str, macros: dict) -> str:
    """The document's own macros written out (twenty rounds at most: no runaway recursion)."""
    if not macros:
        return text
    pattern = re.compile(r"\\(" + "|".join(map(re.escape, sorted(macros, key=len, reverse=True)))
                         + r")(?![A-Za-z])")
    for _ in range(20):
        m = pattern.search(text)
        if m is None:
            return text
        n, body = macros[m.group(1)]
        k, args = m.end(), []
        for _ in range(n):
            while k < len(text) and text[k] == " ":
                k += 1
            if k < len(text) and text[k] == "{":
                close = matching(text, k)
                args.append(text[k + 1 : close])
                k = close + 1
            elif k < len(text):
                args.append(text[k])
                k += 1
        # \partial#1 with #1 = C: TeX ended the control word at #, so it stays \partial C
        body = re.sub(r"(\\[A-Za-z]+)(?=#\d)", r"\1 ", body)
        for i, a in enumerate(args, start=1):
            body = body.replace(f"#{i}", a)
        text = text[: m.start()] + body + " " + text[k:]
    return text


# --------------------------------------------------------------------------- reading


# spacing before a side's first symbol (`&= \qquad` on one line, the formula on the next)
_LEADING_SPACE = re.compile(r"(?:\s|~|\\(?:q?quad|[,;:! ]|displaystyle|textstyle)(?![A-Za-z]))*")


def _read_side(latex: str, offset: int, lines: _Lines, model: NotationModel, macros: dict) -> SideText:
    # where the side begins: its first symbol, past the spacing written before it
    line, col = lines.at(offset + _LEADING_SPACE.match(latex).end())
    expanded = _expand(latex, macros)
    try:
        side = parse_side(expanded, model=model)
    except LatexError as exc:
        column = min(max(exc.column, 0), len(latex)) if expanded == latex else 0
        err = lines.error(exc.reason, offset + column)
        err.__cause__ = exc
        return SideText(latex, line, col + 1, None, err)
    except Exception:  # a failure of ours is this side's error, never the run's end
        err = lines.error("derive failed reading this side (please report it, with the line)", offset)
        return SideText(latex, line, col + 1, None, err)
    return SideText(latex, line, col + 1, side, None, side.elided)


def _fit(sides: list, offsets: list, lines: _Lines, model: NotationModel, earlier=()) -> list:
    """The sides of one formula as one shape (arrays.py): when any is a vector or matrix, a scalar
    side that is a derivative by a vector's bare name (∂J/∂w beside X^T(Xw − y)) is the gradient,
    the bare names of feature vectors in it (λw) are vectors; the open indices get one letter
    across the formula. A side of another shape is a clear error, never compared."""
    every = [s for s in list(earlier) + sides if s.side is not None and not s.elided]
    ref = next((s.side for s in every if s.side.shape is not None), None)
    if ref is None:
        return sides
    features = model.vectors - model.per_sample - set(arrays.MATRIX_NAMES)
    out = []
    for k, (s, offset) in enumerate(zip(sides, offsets, strict=True)):
        side = s.side
        if side is None or side.elided:
            out.append(s)
            continue
        if side.shape is None:
            side = _as_shaped(side, ref, features, model, head=k == 0 and not earlier)
        if side is not None and _turned(side.shape, ref.shape) and "\\begin" not in s.latex and not any(
                isinstance(x, sympy.Symbol) and x.name in features and occurs_bare(side.expr, x)
                for x in side.expr.free_symbols):
            # ∇_w J = Σ_i −y_i x_i^T (…): the gradient written as a row beside the column w
            # (numerator or denominator layout, a convention): the same entries, compared so; not
            # where a vector's bare name in it was taken for a number (+ 2λw beside x_i^T), nor a
            # row written out entry by entry (\\begin{bmatrix}: its layout is the one meant)
            side = replace(side, shape=side.shape[::-1], open=tuple(side.open)[::-1],
                           readings=(*side.readings, f"{arrays.shape_words(*side.shape)} beside "
                                     f"{arrays.shape_words(*ref.shape)}: compared entry by entry"))
        if side is None or False in (arrays.unify(a, b) for a, b in zip(side.shape, ref.shape, strict=True)):
            what = "a number" if s.side.shape is None else arrays.shape_words(*s.side.shape)
            err = lines.error(f"this side is {what}, the formula's other sides "
                              f"{arrays.shape_words(*ref.shape)}: a shape conflict", offset)
            out.append(replace(s, side=None, error=err))
            continue
        out.append(replace(s, side=side) if side is not s.side else s)
    # one letter per open index across the formula, unused by every side otherwise
    shaped = [s.side for s in list(earlier) + out if s.side is not None and s.side.shape is not None]
    letters = []
    for pos in range(2):
        wanted = ref.open[pos]
        if wanted is None:
            letters.append(None)
            continue
        taken = {x.name for sd in shaped for e in (sd.expr, sd.alternative) if e is not None
                 for x in e.atoms(sympy.Symbol) if x != sd.open[pos]} | {x.name for x in letters if x}
        letters.append(wanted if wanted.name not in taken else arrays.letter_for(ref.shape[pos], taken))
    final = []
    for s in out:
        sd = s.side
        if sd is None or sd.shape is None or tuple(sd.open) == tuple(letters):
            final.append(s)
            continue
        swap = {a: b for a, b in zip(sd.open, letters, strict=True) if a is not None and b is not None}
        final.append(replace(s, side=replace(sd, expr=sd.expr.xreplace(swap), open=tuple(letters),
                                             alternative=sd.alternative.xreplace(swap)
                                             if sd.alternative is not None else None)))
    return final


def _turned(shape, ref) -> bool:
    """Is ``shape`` a row vector where ``ref`` is a column one of the same length, or the
    reverse?"""
    def kind(s):  # "row", "column", or None for a matrix or a number
        return None if s is None or (s[0] == arrays.ONE) == (s[1] == arrays.ONE) \
            else "row" if s[0] == arrays.ONE else "column"
    return {kind(shape), kind(ref)} == {"row", "column"} \
        and False not in (arrays.unify(a, b) for a, b in zip(shape[::-1], ref, strict=True))


def _as_shaped(side: Side, ref: Side, features: frozenset, model: NotationModel, head: bool = False):
    """A scalar side read as the vector its formula is about, or None when it is a number; a name
    alone heading the formula (``head``) names the vector it is given."""
    if side.expr == 0 and not side.elided:  # ∇ℓ(β) = 0: the zero vector (or matrix), entry by entry
        return replace(side, alternative=None, shape=ref.shape, open=ref.open)
    if ref.shape[1] != 1 or ref.open[0] is None:
        return None
    e, row = side.expr, ref.open[0]
    sign, d = (-1, -e) if isinstance(e, sympy.Mul) and e.args[0] == -1 else (1, e)
    if isinstance(d, sympy.Derivative) and len(d.variables) == 1 and isinstance(d.variables[0], sympy.Symbol) \
            and (d.variables[0].name in model.vectors or _lower_variable(d.variables[0].name, model)) \
            and d.derivative_count == 1:
        # ∂J/∂w written beside a vector, w a vector or a lower-case name differentiated by whole (a
        # layer's bias b^{[2]}, one per unit; a capital is a matrix): the gradient, ∂J/∂w_j
        v = arrays.base(d.variables[0].name)[row]
        return replace(side, expr=sign * sympy.Derivative(d.expr, v, evaluate=False), alternative=None,
                       shape=ref.shape, open=ref.open)
    if any(str(a.func) not in model.defined for a in e.atoms(AppliedUndef)):
        # g(\vec{x}) beside a vector: which entry of g is meant is not written (h_θ(x^{(i)}), h
        # defined by the document as a number, is a number)
        return None
    # x^{(i)} of a vector x: sample i's vector, entry by entry x_j^{(i)} (data: never a vector
    # differentiated by, whose w_i is its entry)
    samples = {x: x.base[x.indices[0], arrays.ROW] for x in e.atoms(Indexed)
               if len(x.indices) == 1 and str(x.base.label) in features - (model.variables - model.arguments_only)
               and isinstance(x.indices[0], sympy.Symbol) and x.indices[0].name in SAMPLE_INDEX_LETTERS}
    if samples:
        calls = {a: sympy.Dummy() for a in e.atoms(AppliedUndef)}  # h_θ(x^{(i)}) keeps its argument
        e = e.xreplace(calls).xreplace(samples).xreplace({v: a for a, v in calls.items()})
    if head and isinstance(e, sympy.Symbol) and not e.is_integer and e.name not in model.variables:
        # \hat{y} = A\theta: a name alone heading a formula of a vector names that vector (as a
        # number it could not equal it), entry by entry; ∇L = λ keeps λ a number
        features = features | {e.name}
    promoted = arrays.promote(e, features, model, ref.shape[0])
    if not arrays.is_arr(promoted) and not samples:
        return None
    entry = promoted.entry if arrays.is_arr(promoted) else e
    return replace(side, expr=entry.xreplace({arrays.ROW: row}), alternative=None,
                   shape=ref.shape, open=ref.open)


def _lower_variable(name: str, model: NotationModel) -> bool:
    """Is ``name`` a lower-case name the document differentiates by (b, or a layer's b^{[2]})?"""
    stem = _stem(sympy.Symbol(name))
    return stem in model.variables and stem[:1].islower()


def _bare(latex: str) -> bool:
    """No arithmetic outside brackets: ``a + 0`` reads as ``a`` but is not a name; nor is a
    vector written out (``\\begin{bmatrix} w_1 \\\\ … \\end{bmatrix}`` reads as w)."""
    if "\\begin" in latex:
        return False
    top, depth = [], 0
    for ch in latex:
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth = max(0, depth - 1)
        elif depth == 0:
            top.append(ch)
    flat = "".join(top)
    return not re.search(r"[-+*/!|]|\\(?:cdot|times|div)\b|\^\s*\d|(?<![_\dA-Za-z])\d", flat)


# Functions whose meaning is fixed: a document cannot redefine them (σ it can: DESIGN.md).
FIXED_FUNCTIONS = frozenset(FUNCTIONS) - {"sigma", "sigmoid", "Phi"}


def _names_in(sides, names: frozenset) -> set[str]:
    """Which of ``names`` the sides use, as quantities or as what they differentiate by."""
    out = set()
    for s in sides:
        if s.side is not None and s.side.expr is not None:
            e = s.side.expr
            for a in e.atoms(sympy.Symbol, Indexed):
                base = str(a.base) if isinstance(a, Indexed) else str(a)
                if _key(a) in names or base in names:  # β_0 of the variable β: "beta[0]" too
                    out |= {_key(a), base}
    return out


def _key(target) -> str:
    """The name a definition defines: ``yhat`` for ``\\hat{y}^{(i)}``, ``f`` for ``f(h)``,
    ``z[1]`` for ``z_1`` (one entry: z_2 is another quantity) and ``z[2, ·]`` for z^{(2)}_j."""
    if isinstance(target, Indexed):
        if all(i.is_Integer for i in target.indices):
            return str(target)
        if any(i.is_Integer for i in target.indices) and all(isinstance(i, (sympy.Symbol, sympy.Integer))
                                                             for i in target.indices):
            # z^{(2)}_j: layer 2's z, any entry (z^{(1)}_k is another layer's)
            return f"{target.base}[{', '.join(str(i) if i.is_Integer else '·' for i in target.indices)}]"
        return f"{target.base}[·]"
    if isinstance(target, AppliedUndef):
        return str(target.func)
    return str(target)


def _is_target(e) -> bool:
    """Can ``e = …`` define it? A name (not a size, not an index letter), a name with indices,
    or a function of names or of expressions (``\\text{Cost}(h_\\theta(x^{(i)}), y^{(i)})``)."""
    if isinstance(e, sympy.Symbol):
        return not e.is_integer
    if isinstance(e, Indexed):  # (w_{t+1}: the next iterate, one entry of the name's sequence)
        return all(isinstance(k, (sympy.Symbol, sympy.Integer)) or _shifted(k) or _label(k) for k in e.indices)
    if isinstance(e, AppliedUndef):  # (ζ^{-1}(x) = … for the document's ζ: what ζ gives, a claim)
        return str(e.func) not in FIXED_FUNCTIONS and not e.has(Derivative) and not str(e.func).endswith(INVERSE)
    return False


def _label(k) -> bool:
    """An index that is a sample's class label: y_i in s_{y_i}."""
    return isinstance(k, Indexed) and len(k.indices) == 1 and isinstance(k.indices[0], sympy.Symbol)


def _shifted(k) -> bool:
    """An index one step from a letter: t + 1, t − 1 (w_{t+1} from w_t)."""
    return isinstance(k, sympy.Add) and len(k.args) == 2 and any(a.is_Integer for a in k.args) \
        and any(isinstance(a, sympy.Symbol) for a in k.args)


def _mentions(expr, target) -> bool:
    """Does ``expr`` use the quantity ``target`` names (any sample or feature of it)?"""
    name = _key(target)
    return any(_key(a) == name for a in expr.atoms(sympy.Symbol, Indexed, AppliedUndef))


def _in_words(sides, raw, formulas) -> bool:
    """``name = expression`` whose every quantity on the right is a word (actual, pred, target)
    that no other formula of the document uses, while the name is used elsewhere: the formula
    said in words, not a meaning of its own."""
    lhs, rhs = sides
    if lhs.side is None or rhs.side is None or not isinstance(lhs.side.expr, (sympy.Symbol, Indexed)):
        return False  # L_k = output: an entry too
    names = {x.name for x in rhs.side.expr.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer}
    words = {n for n in names if is_word(n) and n not in GREEK and not n.endswith(("hat", "bar", "tilde"))}
    if not names or words != names:
        return False
    here = _word_counts((raw[0][1], raw[1][1]))
    name = _base_name(lhs.side.expr)
    used = formulas[name] > here[name]
    # a word that is elsewhere too only the whole right side of such a row (L_i = intermediate,
    # L_j = intermediate) is still a word
    return used and all(formulas[w] == here[w] or formulas[w] == formulas[f"={w}"] for w in words)


_WORD = re.compile(r"(?<![A-Za-z\\])[A-Za-z]+")


def _word_counts(texts) -> Counter:
    """How often each run of letters (not a command) occurs in ``texts``: one pass over all the
    formulas, so that telling a formula in words takes no search per formula."""
    out: Counter = Counter()
    previous = ""
    for t in texts:
        out.update(_WORD.findall(t))
        if re.fullmatch(r"\s*[A-Za-z]{4,}\s*", t) and previous:  # a lone word after a side: `= word`
            out[f"={t.strip()}"] += 1
        previous = t
    return out


def _names_a_value(sides) -> bool:
    """``\\sigma(z) = P``: a built-in function's value given a name of one letter, not a
    definition of the function (which would make the sigmoid a constant everywhere)."""
    m = _FUNCTION_LHS.fullmatch(_strip(sides[0][1]))
    name = _function_name(m.group("name")) if m else ""
    return len(sides) == 2 and name in FUNCTIONS and FUNCTIONS[name][0] == 1 \
        and re.fullmatch(r"\s*(?:[A-Za-z]|\\[A-Za-z]+)\s*", _strip(sides[1][1])) is not None


def _defined_functions(lhs_texts: list[str], assumptions: dict[str, str],
                       used: set = frozenset()) -> frozenset[str]:
    """Names a document defines as functions: ``f(h) = …`` (lower-case or Greek name, plain
    arguments, or a capital the document uses as a function elsewhere: ``C(a) = …`` with
    ``C'(a)``), a front-matter ``name(args): …`` or ``sigma: …``, or ``functions: f, g``."""
    names = set()
    for lhs in lhs_texts:
        m = _FUNCTION_LHS.fullmatch(lhs)
        if m and not (len(m.group("name")) == 1 and m.group("name").isupper()
                      and m.group("name") not in used):
            name = _function_name(m.group("name"))
            if name not in FIXED_FUNCTIONS:  # `\tanh(x) = 2\sigma(2x) - 1` is a claim
                names.add(name)
    for key, value in assumptions.items():
        if key == "functions":
            names.update(_function_name(v.strip()) for v in value.split(",") if v.strip())
        elif "(" in key:
            names.add(_function_name(key.split("(")[0].strip()))
        elif key in ("sigma", "\\sigma"):
            names.add("sigma")
    return frozenset(names)


@dataclass
class _Statement:
    part: _Part
    inline: bool
    context: str  # the prose just before an inline formula, lower case
    block: int  # which formula (span) it came from
    section: int = 0  # its paragraph's scope (_paragraphs); ``chapters`` maps it to its heading
    prose: str = ""  # the paragraph's words before the formula, lower case ("for one sample")


_DISPLAYED = re.compile(r"\$\$.*?\$\$|\\\\?\[.*?\\\\?\]|\\begin\{(\w+\*?)\}.*?\\end\{\1\}|`[^`]*`", re.S)


def _context(text: str, start: int, chars: int = CONTEXT_CHARS) -> str:
    """The prose before an inline formula, back to the sentence's start (lower case). For the
    longer prose before any formula (``PROSE_CHARS``), a display set off by a blank line gets
    the paragraph just above it ("Gradients for the cross entropy loss:", then the display)."""
    lo = max(0, start - chars)
    before = text[lo:start]
    if chars > CONTEXT_CHARS:  # the display's own opening ($$, \[, \begin{…}) is not prose
        before = re.sub(r"(?:\$+|\\\[|\\begin\{[^{}]*\})\s*$", "", before.rstrip()).rstrip()
        parts = before.split("\n\n")
        # "For one example … becomes [display] and in the bias [display]": a paragraph that
        # opens in lower case goes on with the sentence a display broke
        keep = len(parts) - 1
        while keep > 0 and re.match(r"\s*[a-z]", parts[keep]):
            keep -= 1
            while keep > 0 and not _PROSE_PAIR.search(_DISPLAYED.sub("", parts[keep])):
                keep -= 1  # the display itself
        return "\n\n".join(parts[keep:]).lower()
    return re.sub(r"\\$", "", before.rsplit("\n\n", 1)[-1]).lower()  # `\(`'s backslash is no prose


_SPACED_ENVIRONMENT = re.compile(r"\\(begin|end)(\s+)\{(\w+\*?)\}")


def read_document(text: str, path: str = "") -> Document:
    """Read a Markdown (default) or LaTeX (``.tex`` path) document.

    >>> doc = read_document("$$z = w x + b$$\\n$$\\\\frac{dz}{dw} = x = x$$")
    >>> [str(d.target) for d in doc.definitions], len(doc.chains), len(doc.chains[0].sides)
    (['z'], 1, 3)
    """
    if len(text) > MAX_DOCUMENT_CHARS:
        err = LatexError(f"file too large ({len(text)} characters; the limit is "
                         f"{MAX_DOCUMENT_CHARS})", "", 0, 1)
        return Document(path, (), (), {}, (err,))
    sample = text[:BINARY_SAMPLE]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if "\x00" in text or (sample and controls > BINARY_CONTROL_SHARE * len(sample)):
        return Document(path, (), (), {}, (LatexError("not a text file (binary content)", "", 0, 1),))
    markdown = not path.lower().endswith(TEX_SUFFIXES)
    # \begin {align}: the space moved past the brace (same length, so every column stays)
    text = _SPACED_ENVIRONMENT.sub(lambda m: f"\\{m.group(1)}{{{m.group(3)}}}{m.group(2)}", text)
    assumptions, body_start = front_matter(text) if markdown else ({}, 0)
    masked = _own_environments(_masked(text, markdown))
    if not markdown:
        text = masked
    lines = _Lines(text)
    errors: list[LatexError] = []
    macros = _macros(masked)
    conventional = _conventional_macros(masked, macros)
    macros.update(conventional)
    masked = _definitions_blanked(masked)  # \newcommand… inside a display: not part of its formula

    # ---- pass 1: gather statements, and how the document uses its names
    statements: list[_Statement] = []
    breaks, scopes = _paragraphs(masked)
    headings = [m.start() for m in _HEADING.finditer(masked)]
    if len(headings) <= 1:
        headings = sorted(headings + [m.start() for m in _BOLD_HEADING.finditer(masked)])
    starts = [0, *(m.end() for m in _BREAK.finditer(masked))]  # where each paragraph's text starts
    chapters = [bisect.bisect_right(headings, lo) for lo in starts]  # headings up to each paragraph
    chars = sides = 0
    quiet: set[str] = set()  # inline formulas without a relation seen so far
    told: list[tuple[str, int, str]] = []  # `$s_{xy}$ denotes the sample covariance`: (LaTeX, line, words)
    spans = _spans(masked, lines, errors, body_start, markdown)
    # the mathematics alone, brace notes left out: what names its formulas give a value
    stated = _BRACE_NOTE_TEXT.sub(" ", "\n".join(masked[sp.start:sp.end] for sp in spans))
    if markdown:  # MathJax and KaTeX read `%` as TeX does: a comment up to the line's end
        masked = _comments_blanked(masked, spans)
    if markdown and not spans:  # no TeX mathematics at all: formulas may be in code spans
        code = _code_formulas(text, body_start)
        for sp in code:
            masked = masked[:sp.start] + text[sp.start:sp.end] + masked[sp.end:]
        spans = code
    if markdown:
        spans = sorted(spans + _plain_formulas(masked, spans, body_start), key=lambda sp: sp.start)
    for block, span in enumerate(spans):
        content = masked[span.start : span.end]
        chars += len(content)
        if chars > MAX_FORMULA_CHARS:
            errors.append(lines.error(f"too much mathematics: only the first {MAX_FORMULA_CHARS} "
                                      f"characters of formulas are read", span.start))
            break
        if len(content) > MAX_BLOCK_CHARS:
            errors.append(lines.error(f"formula too long ({len(content)} characters; the limit is "
                                      f"{MAX_BLOCK_CHARS})", span.start))
            continue
        heads = not span.display and _HEAD_AFTER.match(masked, span.end) is not None
        line_start = masked.rfind("\n", 0, span.start) + 1
        # `= $-2x(y - \hat y)$` on a line of its own: the `=` written outside the maths continues
        # the formula before it, as `$= …$` would
        continues = not span.display and masked[line_start:span.start - 1].strip() == "="
        plain = not span.display and not _RELATION.search(content)  # `$x$`, no relation in it
        if plain and (said := _DESCRIBED.match(masked, span.end)) is not None:
            told.append((content, lines.at(span.start)[0], said.group("what").strip()))
        if "=" not in content and "≠" not in content and "\\" not in content and not span.display and not heads \
                and not continues:
            continue  # no relation at all: nothing to read (`$x$`, `$\hat{y}$`), unless `$= …$` follows
        if plain and not continues:
            if content in quiet:
                continue  # `$\hat{y}^{(i)}$` once more: it tells nothing new about its names
            quiet.add(content)
        opener = 2 if masked[span.start - 2:span.start] == "$$" else 1  # `$$i=j$$` in a sentence
        context = "" if span.display else _context(masked, span.start - opener)
        if continues:
            eq = line_start + masked[line_start:span.start].index("=")
            parts = _parts_of("=" + " " * (span.start - eq - 1) + content, eq, False)
        else:
            parts = _parts_of(content, span.start, span.display, stated)
        sides += sum(len(p.sides) for p in parts if len(p.sides) > 1)
        if sides > MAX_SIDES:
            errors.append(lines.error(f"too many formulas: only the first {MAX_SIDES} sides are "
                                      f"read", span.start))
            break
        scope = scopes[bisect.bisect_right(breaks, span.start)]
        prose = _context(masked, span.start - 1, PROSE_CHARS)
        statements.extend(_Statement(part, not span.display, context, block, scope, prose) for part in parts)
    statements = _joined(statements, chapters)
    evidence = Evidence()
    signs: dict[str, int] = {}  # labels the text says are -1 or +1 -> the line saying so
    bits: dict[str, str] = {}  # labels the text says are 0 or 1 -> where it says so
    label_values: dict[str, dict[str, int]] = {}  # y -> the values a formula gives it -> first line
    namings = set()  # the statements that name the derivative operator: no claim, no definition
    for st in statements:
        sides = st.part.sides
        if (op := _operator_naming(st)) is not None:
            # d = \dfrac{d}{dz}: a letter named for the derivative operator; d(f) is df/dz
            evidence.add("named_operators", op, f"line {lines.at(sides[0][0])[0]}")
            namings.add(id(st))
        cond = st.part.condition
        if cond is not None and len(sides) == 1 and not st.part.relations \
                and (listed := _LISTED_IN.fullmatch(sides[0][1] + ", " + cond[1])) is not None:
            # `w, x \in \mathbb{R}^n`: read as w under the condition x ∈ ℝ^n; each is in it
            notation_model.membership(_expand(listed.group(1), macros), _expand(listed.group(2), macros),
                                      lines.at(sides[0][0])[0], evidence)
        for k, rel in enumerate(st.part.relations[:len(sides) - 1]):
            if rel == "\\in":  # β \in \mathbb{R}^d
                notation_model.membership(_expand(sides[k][1], macros), _expand(sides[k + 1][1], macros),
                                          lines.at(sides[k][0])[0], evidence)
                values = re.sub(r"\s|\\left|\\right|\\(?=[{}])", "", sides[k + 1][1])
                if (label := _LABEL_NAME.match(sides[k][1])) is not None:
                    if _SIGNS.fullmatch(values):
                        signs.setdefault(label.group(1), lines.at(sides[k][0])[0])  # y_i \in \{-1, +1\}
                    elif _BITS.fullmatch(values):
                        line = lines.at(sides[k][0])[0]  # y_i \in \{0, 1\}
                        bits.setdefault(label.group(1), f"{label.group(1)} ∈ {{0, 1}} on line {line}")
        if len(sides) >= 2 and st.part.relations[:1] == ["="]:
            notation_model.definition(_expand(sides[0][1], macros), _expand(sides[1][1], macros),
                                      lines.at(sides[0][0])[0], evidence)
            if (named := _SUM_NAME.fullmatch(sides[0][1])) is not None:
                # "for short we write \\sum_K = \\sum_{j=1}^{K} e^{θ_j}": Σ_K alone is a name
                evidence.add("sum_names", named.group(1), f"\\sum_{named.group(1)} = … on line "
                                                         f"{lines.at(sides[0][0])[0]}")
        texts = list(st.part.sides) + ([st.part.condition] if st.part.condition else [])
        for n, (off, t) in enumerate(texts):
            base_line = lines.at(off)[0]
            notation_model.scan(_expand(t, macros), _line_counter(t, base_line), evidence)
            case = n == len(st.part.sides)  # a row's condition (`\text{if } y = 1`): a case's label
            for m in _LABEL_VALUE.finditer(t):  # cases "& y_i=0", P(y=1|x), y_i = 0,1
                if not case and not _LABEL_PLACE.search(t[max(0, m.start() - 12):m.start()]) and not _of_a_sample(m):
                    continue  # t = 0 where t is a time or a variable: no label's value
                for value in filter(None, (m.group("value"), m.group("also"))):
                    label_values.setdefault(m.group("label"), {}).setdefault(re.sub(r"\s", "", value), base_line)
        if len(sides) == 2 and st.part.relations[:1] == ["="] and (alone := _LABEL_ALONE.fullmatch(sides[0][1])) \
                and _of_a_sample(alone) and re.sub(r"\s", "", sides[1][1]) in ("0", "1", "-1"):
            # "fraudulent ($y_i=1$) or legitimate ($y_i=0$)": one sample's label given a value
            label_values.setdefault(alone.group("label"), {}).setdefault(re.sub(r"\s", "", sides[1][1]),
                                                                         lines.at(sides[0][0])[0])
    statements = [st for st in statements if id(st) not in namings]
    lhs_texts = [_strip(st.part.sides[0][1]) for st in statements
                 if len(st.part.sides) >= 2 and not _names_a_value(st.part.sides)]
    layered: dict[str, dict[str, int]] = {}  # z^1 = …, z^2 = …: a name defined per layer
    for st in statements:
        if len(st.part.sides) >= 2 and (m := _LAYERED_TARGET.fullmatch(_strip(st.part.sides[0][1]))):
            off, text = st.part.sides[0]
            layered.setdefault(m.group(1).lstrip("\\"), {}).setdefault(
                re.sub(r"[\s{}]", "", m.group(2)), lines.at(off + len(text) - len(text.lstrip()))[0])
    for name, supers in layered.items():
        if len(supers) >= 2 or any(not k.isdigit() for k in supers):
            k, line = next(iter(supers.items()))
            evidence.add("layers", name, f"{name}^{{{k}}} defined on line {line}")
    if evidence.names("layers") or notation_model.squared_layers(evidence):
        # a document that counts layers: a^1 = σ(z^1) is layer 1's a
        for name, supers in layered.items():
            k, line = next(iter(supers.items()))
            evidence.add("layers", name, f"{name}^{{{k}}} defined on line {line}, beside other layers")
    for name, shape, offset in _sizes_said(masked):
        # "$\mathbf{Z}_h$ is of size $(10, m)$": a matrix, whatever a formula makes of it
        if name not in evidence.names("stated_matrices"):
            evidence.add("stated_matrices", name, f"of size {shape} on line {lines.at(offset)[0]}")
    for name, words, offset in _matrices_said(masked):
        # "for matrices $A$, $B$ and $C$": products of them read as numbers commute, and
        # (A B C)^{-1} = A^{-1} B^{-1} C^{-1} would be proved
        if name not in evidence.names("stated_matrices"):
            evidence.add("stated_matrices", name, f"\"{words}\" on line {lines.at(offset)[0]}")
    defined = _defined_functions(lhs_texts, assumptions, evidence.names("functions"))
    model = notation_model.build(evidence, set(defined), assumptions)
    for name, line in signs.items():
        if name not in assumptions:
            # "y_i \in \{-1, +1\}": the labels' sampling domain, as `y: {-1, 1}` in front matter
            assumptions = {**assumptions, name: "{-1, 1}"}
            evidence.add("signs", name, f"{name} ∈ {{−1, +1}} on line {line}")
    hot = list(_one_hot(masked, assumptions, text if markdown else ""))
    for name, values in label_values.items():
        if {"0", "1"} <= set(values) and "-1" not in values and name not in signs \
                and name not in {h for h, _ in hot}:  # one-hot labels: 0 and 1, but one 1 among them
            # y = 0 and y = 1 as the cases of a likelihood (or P(y = 1 | x), P(y = 0 | x)): the
            # labels take those two values, as y_i \in \{0, 1\} says
            bits.setdefault(name, f"{name} = 0 on line {values['0']} and {name} = 1 on line {values['1']}")
    for name, where in bits.items():
        if name not in assumptions:
            # "y_i \in \{0, 1\}": binary labels, drawn as 0 or 1 (`y: {0, 1}` in front matter)
            assumptions = {**assumptions, name: "{0, 1}"}
            evidence.add("bits", name, where)
    for name, offset in hot:
        # "y is one-hot": its sampling domain, as `y: one-hot` in front matter
        assumptions = {**assumptions, name: "one-hot"}
        evidence.add("one-hot", name, f"said in words on line {lines.at(offset)[0]}")
    true_classes = []
    for letter, offset in _true_classes(masked):
        # "$k$ is the position of the true class": the labels are one-hot with their 1 at k; the
        # formulas of that heading that write the labels and k hold where y_k = 1
        label = next((n for n, v in assumptions.items() if v == "one-hot"), None) or next(
            (m.group(1) for m in _LABEL_BY_LOG.finditer(text)), None)
        if label is None:
            continue
        if label not in assumptions:
            assumptions = {**assumptions, label: "one-hot"}
            evidence.add("one-hot", label, f"{letter} is the true class, said on line {lines.at(offset)[0]}")
        true_classes.append((letter, label, lines.at(offset)[0], scopes[bisect.bisect_right(breaks, offset)]))
        evidence.add("true_class", letter, f"said in words on line {lines.at(offset)[0]}")

    # ---- pass 2: read every side under the model; definitions, claims, updates, conditions
    first = list(errors)
    heading_lines = tuple(lines.at(h)[0] for h in headings)
    document = _assemble(path, statements, lines, model, macros, assumptions, errors, defined,
                         evidence, chapters, heading_lines, true_classes)
    known = {n for n in defined if n in FUNCTIONS and n != "sigma" and not any(
        isinstance(d.target, AppliedUndef) and str(d.target.func) == n
        and _FUNCTION_LHS.fullmatch(d.latex.split(" = ")[0].strip()) for d in document.definitions)}
    if known:
        # Φ(x) = \frac{1}{\sqrt{2π}}\int …: a known function stated by a formula that cannot be
        # read keeps its known meaning (the standard normal CDF), not that of an unknown function
        defined = defined - known
        model = notation_model.build(evidence, set(defined), assumptions)
        document = _assemble(path, statements, lines, model, macros, assumptions, first, defined,
                             evidence, chapters, heading_lines, true_classes)
    if markdown and assumptions is not None and text.startswith("---"):
        document = replace(document, ignored=tuple(front_matter_ignored(text)))
    if conventional:
        document = replace(document, notes=(*document.notes, *(
            f"\\{name}{'{A}{B}' if n == 2 else ''} read as {body.replace('#1', 'A').replace('#2', 'B')}: "
            f"a course macro the document uses without defining it" for name, (n, body) in conventional.items())))
    if (cue := OPTIMUM.search(_prose(masked, spans))) is not None:
        document = replace(document, optimum=(lines.at(cue.start())[0], cue.group().strip()))
    if told:
        document = replace(document, described=_described(told, document.definitions, macros, model))
    return _at_layers(document)


def _at_layers(document: Document) -> Document:
    """The document with a definition for each name of a numbered or last layer (z^2, a^{(L-1)})
    that only the formula for a general layer l gives (see layers.py)."""
    written = set()
    for e in [*(s.side.expr for c in document.chains for s in c.sides if s.side is not None),
              *(d.body for d in document.definitions)]:
        if isinstance(e, sympy.Basic):
            written |= layers.names_in(e)
    made, notes = layers.instantiate(document.definitions, written)
    if not made:
        return document
    return replace(document, definitions=(*document.definitions, *made), notes=(*document.notes, *notes))


_LAYERED_TARGET = re.compile(r"\s*(\\?[A-Za-z]+)\s*\^\s*(\{?\s*(?:\d+|[lL]|\[\s*\w+\s*\])\s*\}?)"
                             r"(?:\s*_\s*(?:\{[^{}]*\}|\w))?\s*")


def _line_counter(text: str, first: int):
    """Position in ``text`` -> line number, ``first`` being the line ``text`` starts on."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    return lambda p: first + bisect.bisect_left(breaks, p)


def _joined(statements: list[_Statement], chapters=()) -> list[_Statement]:
    """A formula that ends with a relation (``$= … =$``) is continued by the next one; a display
    by the next display: the inline maths of the prose between (``Since $\\omega$ carries no
    index i, …``) is about the step, not its next side. Never across a heading: ``$$w=$$``
    whose right side the source showed as a picture is left unfinished, not completed by the
    next section's first formula (w = RSS(w, λ))."""
    out: list[_Statement] = []
    open_display = None  # a display ending with a relation, while only inline maths follows it
    for st in statements:
        prev = out[-1] if out else None
        if open_display is not None and st.inline:
            out.append(st)
            continue
        if open_display is not None:
            prev, open_display = open_display, None
        if prev is not None and _open_ended(prev) and st.part.kind == "equation" \
                and _chapter(chapters, prev.section) == _chapter(chapters, st.section):
            sides = st.part.sides[1:] if not st.part.sides[0][1].strip() else st.part.sides
            rels = st.part.relations[1:] if len(sides) < len(st.part.sides) else st.part.relations
            prev.part.sides = prev.part.sides[:-1] + sides
            prev.part.relations = prev.part.relations + rels
            prev.part.condition = prev.part.condition or st.part.condition
            if not prev.inline and _open_ended(prev):
                open_display = prev  # `= … =` again: the display after the prose goes on
            continue
        out.append(st)
        if not st.inline and _open_ended(st):
            open_display = st
    return out


def _open_ended(st: _Statement) -> bool:
    """Does the equation end with a relation (``… =``), for the next formula to continue?"""
    return len(st.part.sides) >= 2 and not st.part.sides[-1][1].strip() and st.part.kind == "equation"


_BREAK = re.compile(r"\n[ \t]*\n")
_MATH_ONLY = re.compile(r"\$\$.*?\$\$|\\\[.*?\\\]|\\begin\{(\w+\*?)\}.*?\\end\{\1\}"
                        r"|^\s*\$[^$\n]+\$\s*$", re.S | re.M)  # (a line that is one $…$ is a display)


def _paragraphs(text: str) -> tuple[list[int], list[int]]:
    """Paragraph breaks, and for each paragraph its scope: its own number when it has prose, the
    scope of the paragraph before when it is only a display (a case stated in prose covers the
    formulas shown right after it)."""
    breaks = [m.start() for m in _BREAK.finditer(text)]
    scopes, lo, current, item = [], 0, 0, False
    for k, hi in enumerate([*breaks, len(text)]):
        chunk = text[lo:hi]
        # a list item's indented paragraphs ("1. $k = i$", then "    With the quotient rule: …")
        # are the item's own: its case covers them
        inside_item = item and all(re.match(r"[ \t]", ln) for ln in chunk.strip("\n").split("\n") if ln.strip())
        if (_MATH_ONLY.sub("", chunk).strip(" \t\n.,;:") or k == 0) and not inside_item:
            current = k
            item = re.match(r"\s*(?:\d+[.)]|[-*+])\s", chunk) is not None
        scopes.append(current)
        lo = hi
    return breaks, scopes


def _strip(side: str) -> str:
    side = side.strip()
    while side and side[-1] in ".,;" and not side.endswith(("\\,", "\\;", "\\right.")):
        side = side[:-1].rstrip()
    return side


def _assemble(path, statements, lines, model, macros, assumptions, errors, defined, evidence,
              chapters=(), heading_lines=(), true_classes=()) -> Document:
    definitions: list[Definition] = []
    # J = … under one heading and J = … (another model) under the next: each meaning holds from
    # its own heading on; ``first_chapter`` is the heading of a display definition's first meaning
    redefined: list[tuple[int, Definition]] = []
    first_chapter: dict[str, int] = {}

    def chapter(scope: int) -> int:
        return _chapter(chapters, scope)

    renewing = _renewing(statements, chapter)
    stated: dict[int, dict] = {}  # id of a display definition -> its formula, as a chain
    unread: dict[str, int] = {}  # a name whose defining formula could not be read -> its line
    scoped: list[tuple[int, Definition]] = []  # (section, definition) stated for a case: "with $f(h) = h$"
    restating: list[tuple[Definition, dict]] = []  # a scoped definition, and its chain as a claim
    chains: list[dict] = []
    updates, conditions = [], []
    zeroed: set[str] = set()  # variables an equation `… = 0` is solved for (a later `m = …` solves)
    read: list[SideText] = []  # every side read, in order (for the conventions --verbose lists)
    cases: dict[int, list] = {}  # paragraph scope -> conditions its prose states ("for $i = j$")
    openers: list = []  # (offset, condition, line) of "Case $j = k$:" that opens a part of the text
    count = 0
    last = None  # the chain a continuation continues: ("chain", index) or ("definition", index, chain)
    formulas = _word_counts(t for st in statements for _, t in st.part.sides)  # for _in_words
    heads = frozenset(_strip(st.part.sides[0][1]) for st in statements
                      if len(st.part.sides) >= 2 and _strip(st.part.sides[0][1]))  # what formulas define
    before: dict[int, str] = {}  # display block -> its row read last, unless a condition
    shorthands = {n: x for n, st in enumerate(statements) if list(st.part.relations) == ["="] and (
        x := _shorthand([(0, _strip(t)) for _, t in st.part.sides], model)) is not None}
    if len({name for name, _ in shorthands.values()}) == len(shorthands) > 0:  # one meaning each
        model = replace(model, shorthands=tuple(shorthands.values()))
    else:
        shorthands = {}
    aside_of = None  # a display's head while an equation in the prose after it is read
    for n_statement, st in enumerate(statements):
        if aside_of is not None:
            last, aside_of = aside_of, None
        part = st.part
        raw = [(off + len(t) - len(t.lstrip()), _strip(t)) for off, t in part.sides]
        rels = list(part.relations)
        updated = None  # the name an update rule in this row gives a new value
        plain_row = " = ".join(t for _, t in raw)
        if st.inline and len(raw) >= 2 and raw[0][1] and last is not None and last[0] == "head" \
                and not last[2].inline:
            # "$$\sigma(x)(1 - \sigma(x))$$ Insert $\sigma(x) = …$: $$= …$$": the equation in the
            # prose is an aside; the display after it goes on from the display before
            aside_of = last
        # `e^y = 1 \\ y = 0`: the last row of an equation being solved is its solution, a
        # claim (neither a condition nor a definition); `y = 1, p = 0` rows of a table of values
        # stay conditions
        solved = not st.inline and len(raw) == 2 and (_NAME_IS_NUMBER.fullmatch(plain_row) or (
            re.fullmatch(r"\s*\\?[A-Za-z]+\s*", raw[0][1]) and _constant(raw[1][1]))) \
            and bool(raw[0][1].strip()) \
            and re.search(rf"(?<![A-Za-z\\]){re.escape(raw[0][1].strip())}(?![A-Za-z])", before.get(st.block, ""))
        if not st.inline:
            before[st.block] = "" if _is_condition_like(plain_row) or part.condition else plain_row
        if len(raw) >= 2 and _ELIDED_HEAD.fullmatch(raw[0][1]):
            raw = [(raw[0][0], ""), *raw[1:]]  # `\dots = θᵀAᵀAθ − …`: the formula above goes on
        continuation = len(raw) >= 2 and not raw[0][1]
        if continuation and last is not None and last[0] == "head":
            # `∂/∂ŷ [ … ]` on one line, `= …` on the next; `$\mathcal{L}(w)$ $= w^2 + 1$`: one
            # formula written in two pieces, read as one (a definition when its head names one)
            raw, continuation = [last[1], *raw[1:]], False
        if len(raw) < 2:
            if raw and "=" in raw[0][1] and _unbalanced(raw[0][1]) is not None:
                where = raw[0][0] + _unbalanced(raw[0][1])
                errors.append(lines.error("unbalanced brace: a `{` is never closed", where))
            if not st.inline and not _only_words(raw[0][1] if raw else ""):
                # a formula without a relation ends the chain (a row of words does not); a
                # `= …` right after it makes it the head of a new one
                last = ("head", raw[0], st) if raw and raw[0][1].strip() else None
            elif raw and raw[0][1].strip() and _HEAD_AFTER.match(lines.text, raw[0][0] + len(raw[0][1])):
                last = ("head", raw[0], st)  # `$\mathcal{L}(β)$ $= …$`: the head of what follows
            continue
        if not continuation and len(raw) == 2 and rels[0] in ("=", *DEFINING) and _declares(raw[0][1], raw[1][1]):
            # C = C(a^L_1, …, a^L_n): what C depends on, said with its own name: neither a claim
            # (C is C) nor a definition
            updates.append(lines.at(raw[0][0])[0])
            last = None
            continue
        if any(r in UPDATES for r in rels) or (not continuation and (
                INCREMENT.match(raw[0][1]) or _updates_itself(raw[0][1], raw[1][1], rels[0]))):
            updates.append(lines.at(raw[0][0])[0])
            last = None
            if continuation or any(r != "=" for r in rels[1:]):
                continue
            # `b = b − η ∂L/∂b = b − η(…)`, or `= b − η(…)` on the next row: the update gives the
            # name its new value; the formulas after that value are claims about it (the
            # derivative worked out), not part of the update
            updated, raw, rels = raw[0], raw[1:], rels[1:]
            if len(raw) < 2:
                last = ("head", raw[0], st) if raw[0][1].strip() else None
                continue
        count += len(raw)
        if count > MAX_SIDES:
            errors.append(lines.error(f"too many formulas: only the first {MAX_SIDES} sides are "
                                      f"read", raw[0][0]))
            break
        if n_statement in shorthands:
            continue  # σ = σ(wᵀx): how the document writes σ alone (model.shorthands)
        here = _statement_model(model, [t for _, t in raw])
        sides = []
        for offset, latex in raw[1:] if continuation else raw:
            if not latex:
                line, col = lines.at(offset)
                sides.append(SideText("", line, col + 1, None, lines.error("empty side", offset)))
            else:
                sides.append(_read_side(latex, offset, lines, here, macros))
        earlier = chains[last[1]]["sides"] if continuation and last is not None and last[0] == "chain" else []
        sides = _fit(sides, [o for o, _ in (raw[1:] if continuation else raw)], lines, here, earlier)
        if updated is not None and (named := _read_side(updated[1], updated[0], lines, here, macros)).side is not None:
            sides[0] = _at_current(sides[0], named.side.expr)  # θ^{(t)} − α∇J(θ): J' at θ^{(t)}
        rels = rels[1:] if continuation else rels
        read.extend(sides)
        condition, condition_latex = _condition(part.condition, here, macros)
        if condition is not None and (filtered := _sum_filter(sides, condition)) is not None:
            # `-\sum_i \log p_i \text{ where } y_i = 1`: the condition picks the sum's terms
            sides, condition, condition_latex = filtered, None, ""
        if continuation:
            if last is None:
                errors.append(lines.error("a formula that begins with `=` must follow one it "
                                          "continues", raw[0][0]))
                continue
            if last[0] in ("definition", "scoped"):
                # `z = 2 + 2` continued by `= 4`: the head still defines z; the chain goes on
                # from what it was given (as in one block `z = 2 + 2 = 4`)
                head = last[2]
                head["sides"], head["relations"] = head["sides"][1:], head["relations"][1:]
                chains.append(head)
                last = ("chain", len(chains) - 1)
            chain = chains[last[1]]
            between = [c for scope in cases.values() for c in scope
                       if chain.get("end", raw[0][0]) < c[0] < raw[0][0]]
            if between and "branch" in chain:
                # "When $i = j$, = … When $i \neq j$, = …": each case goes on from the formula
                # before the first one, under its own case, not from the other case's last side
                head = chain["sides"][chain["branch"]]
                chains.append({**chain, "sides": [head, *sides], "named": {},
                               "relations": [part.relations[0], *rels], "condition": None,
                               "condition_latex": "", "section": st.section, "start": raw[0][0],
                               "end": raw[-1][0], "block": st.block})
                chains[-1].pop("pending", None)
                last = ("chain", len(chains) - 1)
                continue
            if between:
                chain["branch"] = len(chain["sides"]) - 1
            chain["end"] = raw[-1][0]
            if (pending := chain.pop("pending", None)) is not None and len(chain["sides"]) == 2 \
                    and sides and sides[0].side is not None and not sides[0].elided \
                    and part.relations[0] == "=" and not _holds(sides[0].side.expr, pending[0]):
                d = _definition(pending[0], sides[0].side.expr, pending[1], sides[0], model)
                definitions.append(Definition(d.target, d.body, f"{pending[1].latex} = {sides[0].latex}",
                                              pending[1].line))
                chain["sides"], chain["relations"] = chain["sides"][1:], chain["relations"][1:]
            chain["sides"].extend(sides)
            chain["relations"].append(part.relations[0])
            chain["relations"].extend(rels)
            continue
        if len(sides) == 2 and rels[0] == "=" and _in_words(sides, raw, formulas):
            # `BCE = actual*log(pred) + …` before `BCE = -[y log(ŷ) + …]`: the formula said with
            # words for its quantities, which no other formula uses; the formula in the
            # document's symbols is the one that counts, and this one is reported as skipped
            chains.append({"sides": list(sides), "relations": list(rels), "condition": None,
                           "condition_latex": "", "inline": st.inline, "section": st.section,
                           "named": {}, "block": st.block, "implied": False, "prose": st.prose,
                           "aside": "a formula in words (its quantities appear in no other formula): "
                                    "not a definition, and nothing to check it against"})
            last = None
            continue
        if sides[-1].side is not None and sides[-1].side.expr == 0:
            zeroed.update(_names_in(sides, model.variables))
        lhs, rhs, first = sides[0], sides[1], rels[0]
        target = lhs.side.expr if lhs.side is not None and lhs.side.alternative is None else None
        is_target = target is not None and _is_target(target) \
            and (_bare(lhs.latex) or "^" in _key(target))  # z^2 of a layer is a name
        readable = rhs.side is not None and not rhs.elided
        if target is not None and readable and first in ("=", *DEFINING) and (
                is_target and _mentions(rhs.side.expr, target) and rhs.side.expr != target
                and isinstance(rhs.side.expr, (sympy.Add, sympy.Mul)) and target in rhs.side.expr.args
                or _step_of(target, rhs.side.expr)):
            # θ_j = θ_j − α ∂J/∂θ_j: an instruction, not an equality (neither claim nor definition);
            # what follows it works out the change (θ_new = θ_old − η(λθ_old − yx) = (1 − ηλ)θ_old
            # + ηyx, w5 = w5 − α ∂E/∂w5 = 0.4 − 0.5 × 0.08): claims about it, checked
            updates.append(lhs.line)
            last = None
            if len(sides) < 3:
                continue
            sides, rels, raw = [_at_current(sides[1], target), *sides[2:]], rels[1:], raw[1:]
            lhs, rhs, first, target, is_target = sides[0], sides[1], rels[0], None, False
            readable = rhs.side is not None and not rhs.elided
        plain = " = ".join(t for _, t in raw)
        if len(sides) == 2 and (first == "=" or (st.inline and first in CONDITION_RELATIONS)) \
                and _is_condition_like(plain) and (
                (st.inline and (not _defines(st.context) or _condition_context(st.context)
                                or re.match(r"\s*[ijkl]\s*$", raw[0][1])))
                or part.where or _NAME_IS_NUMBER.fullmatch(plain) and not solved):
            # `when $y = 1$`, `\text{where } y_i = 1`: a condition stated in passing, not a definition
            conditions.append(lhs.line)
            said = f"{raw[0][1]} {first} {raw[1][1]}"
            if st.inline and _LISTED.search(st.context) and cases.get(st.section) \
                    and not _in_brackets(st.context) and not any(
                        one.split("=")[0].strip() == raw[0][1].strip()
                        for one in cases[st.section][-1][1].split(",")):
                # "when the input is $x = 1$, and $y = 0$ …": one case of two values together
                # ("for $t = 1$ and $t = 0$" names two cases of one name: not joined)
                cases[st.section][-1] = (raw[0][0], f"{cases[st.section][-1][1]}, {said}")
            elif st.inline and _condition_context(st.context) and not _in_brackets(st.context):
                # "For $i = j$ it is:" a case of what follows; "δ_{lk} (1 when $l = k$, 0
                # otherwise)" explains a symbol in passing and restricts nothing
                cases.setdefault(st.section, []).append((raw[0][0], said))
                if _CASE_OPENER.search(st.context):
                    openers.append((raw[0][0], said, lhs.line))
            continue
        chain = {"sides": list(sides), "relations": list(rels), "condition": condition,
                 "condition_latex": condition_latex, "inline": st.inline, "section": st.section,
                 "named": {}, "block": st.block, "implied": part.implied, "prose": st.prose,
                 "posed": part.posed,
                 "start": raw[0][0], "end": raw[-1][0]}
        # a variable the document set an equation to 0 for (∂J/∂m = 0): `m = …` after it gives
        # m a value (a solution), it does not define it
        solves = is_target and first == "=" and (
            _key(target) in zeroed or isinstance(target, Indexed) and str(target.base) in zeroed)
        # y_i = \text{softmax}(x)_i = \frac{e^{x_i}}{…}: the head names the first side that reads
        body = rhs if readable else next(
            (s for s in sides[2:3] if s.side is not None and not s.elided and rels[1] == "="
             and rhs.latex.strip() and not rhs.elided), None)
        if body is rhs and len(sides) >= 3 and rels[1] == "=" and isinstance(rhs.side.expr, AppliedUndef) \
                and (_key(rhs.side.expr) in {_key(x.target) for x in definitions}
                     or not all(isinstance(a, sympy.Symbol) for a in rhs.side.expr.args)) \
                and sides[2].side is not None and not sides[2].elided \
                and all(str(f.func) in model.defined for f in sides[2].side.expr.atoms(AppliedUndef)):
            # p_i = P(Y = 1 | x_i, β) = σ(x_iᵀβ): the head means the first side that says what it
            # is (sigmoid(Z) too, a function the document defines); the probability written as
            # P(…) is a claim about it
            body = sides[2]
        if body is rhs and isinstance(target, AppliedUndef) and readable and len(sides) >= 3 \
                and not rhs.side.expr.free_symbols & set(target.args):
            # a(η) = λ = e^η: a function of η means the first side written in η
            body = next((s for s, r in zip(sides[2:], rels[1:], strict=False) if r == "=" and s.side is not None
                         and not s.elided and s.side.expr is not None
                         and s.side.expr.free_symbols & set(target.args)), body)
        # `\because z_i = w_1 x_{i1} + b` beside a step: the meaning that step uses, when the
        # document gives the name none of its own
        # `L = -\sum_i \log p_i \text{ where } y_i = 1` holds under its condition only: a claim
        # there, not what L means everywhere
        defines = is_target and body is not None and first in ("=", *DEFINING) and not solves and not solved \
            and not _holds(body.side.expr, target) and not _cyclic(target, body.side.expr, definitions) \
            and condition is None and not condition_latex \
            and not _worked_instance(target, body, [*definitions, *(x for _, x in scoped)]) \
            and not _at_a_point(target, [*definitions, *(x for _, x in scoped)]) \
            and (part.kind != "remark"
                 or len(sides) == 2 and _key(target) not in {_key(x.target) for x in definitions})
        if solves:
            chain["solves"] = True
        if is_target and body is None and first in ("=", *DEFINING) and rhs.side is None \
                and not rhs.elided and not solves and not solved and condition is None and not st.inline \
                and rhs.latex.strip():  # `w =` and nothing after it: no formula, so none unread
            if _head_name(target).lower() not in _DATA and not _ENTRIES.match(rhs.latex) \
                    and not (isinstance(target, Indexed) and any(_shifted(k) for k in target.indices)):
                # L(W, X) = \prod … it cannot read; not the data, nor a name written entry by entry
                # (\mathbf{w} = (w_1, …, w_n)): that says its shape, and the name stays what it is;
                # nor the next iterate (β^{(t+1)} = …): β itself is not what it defines
                unread.setdefault(_head_name(target), lhs.line)
        if is_target and body is None and len(sides) == 2 and first == "=" and rhs.side is None \
                and not rhs.elided and not solves and not solved and condition is None \
                and _key(target) not in {_key(x.target) for x in definitions}:
            # L(β) = Pr(Y_1 = y_1, …) on one row, = ∏ … on the next: the head means the first
            # side that reads, once a continuation brings one
            chain["pending"] = (target, lhs)
        inverted = None if is_target or len(sides) != 2 or not readable or first != "=" \
            or lhs.side is None or lhs.elided or lhs.side.expr is None or part.kind == "remark" \
            else _inverted(lhs.side.expr, rhs.side.expr, [*definitions, *(d for _, d in scoped)])
        if inverted is not None:
            # −log P(y|x;θ) = …: the only unknown on the left is defined by what the equation says
            d = _definition(inverted[0], inverted[1], lhs, rhs, model)
            definitions.append(Definition(d.target, d.body, f"{lhs.latex} = {rhs.latex}", lhs.line))
            last = None
            continue
        noise = _noise(target, body.side.expr) if defines else None
        if noise is not None and _key(noise) not in {_key(x.target) for x in definitions}:
            # y_i = β_0 + β_1 x_i + ε_i: the model. y stays the data; what the equation defines
            # is the error ε_i = y_i − β_0 − β_1 x_i, which depends on the parameters
            definitions.append(Definition(noise, target - (body.side.expr - noise),
                                          f"{lhs.latex} = {body.latex}", lhs.line))
            if len(sides) == 2:
                last = ("definition", len(definitions) - 1, chain)
                continue
            chain["sides"], chain["relations"] = sides[1:], rels[1:]
        elif defines:
            d = _definition(target, _spanned(target, body.side), lhs, body, model)
            same_scope = [x for sc, x in scoped if sc == st.section and _key(x.target) == _key(d.target)]
            known = _key(d.target) in {_key(x.target) for x in definitions}
            form = _function_form(d, definitions)
            if form and all(x.body != d.body for x in definitions if _key(x.target) == _key(d.target)):
                # `f(x) = …` after `f = …` with another formula: a second meaning (under a later
                # heading, see _redefines), not the function form of the first one
                form = False
            renews = known and not form and chapter(st.section) in renewing \
                and _redefines(d, chapter(st.section), first_chapter, definitions, redefined)
            # one name alone given another formula under a later heading (## Ridge: C = … + λw²):
            # the section's own model, or a slip in restating the first — ambiguous where it differs
            alone = known and not form and not renews and not st.inline and part.kind != "remark" \
                and _redefines(d, chapter(st.section), first_chapter, definitions, redefined)
            renews = renews or alone
            if st.inline and known and not form and not same_scope and not _case_context(st.context) \
                    and not _defines(st.context) and not body.side.expr.is_Number:
                pass  # `ε_i = y_i − ŷ_i` in running text, ε defined above: a claim about ε
            elif st.inline and not same_scope and _example_context(st.context):
                # "with a quadratic cost it would be $C(a) = …$": what C could be, which defines
                # nothing (the name stays general), and no claim either
                if len(sides) == 2:
                    last = None
                    continue
                chain["sides"], chain["relations"] = sides[1:], rels[1:]
            elif st.inline and not same_scope:
                scoped.append((st.section, d))  # its scope is decided once all are gathered
                # "another way to write it: $σ(z) = e^z/(1 + e^z)$": if the name keeps another
                # meaning elsewhere, this one may restate it (a claim, shown where it holds)
                restating.append((d, {**chain, "sides": list(sides[:2]), "relations": [first],
                                      "restates": not _restating(st.context), "prior": [],
                                      "own": False}))
                if len(sides) == 2:
                    last = ("scoped", len(scoped) - 1, chain)
                    continue
                chain["sides"], chain["relations"] = sides[1:], rels[1:]
                if (then := _defined_next(sides, rels, [*definitions, *(x for _, x in scoped)],
                                          model, heads)) is not None:
                    scoped.append((st.section, then))  # "setting $\hat{y} = a = wx + b$"
                    if len(sides) == 3:
                        last = ("scoped", len(scoped) - 1, chain)
                        continue
                    chain["sides"], chain["relations"] = sides[2:], rels[2:]
            elif st.inline:
                pass  # a second meaning in the same paragraph: a claim about the first
            elif not known or form or renews:
                if renews:  # a new heading's own meaning of the name, and also a
                    # claim about the meaning before it: a restatement that holds is proved; one
                    # that does not is the new model's definition (never refuted)
                    chains.append({"sides": list(sides[:2]), "relations": [first], "condition": None,
                                   "condition_latex": "", "inline": False, "section": st.section,
                                   "named": {}, "restates": True, "prior": list(redefined),
                                   "renewal": alone, "prose": st.prose})
                    redefined.append((chapter(st.section), d))
                else:
                    definitions.append(d)
                    first_chapter.setdefault(_key(d.target), chapter(st.section))
                    stated[id(d)] = {**chain, "sides": list(sides[:2]), "relations": [first]}
                if len(sides) == 2:
                    if part.kind != "remark" or last is None:  # an aside leaves the chain open
                        last = ("definition", len(definitions) - 1, chain)
                    continue
                chain["sides"], chain["relations"] = sides[1:], rels[1:]  # the head defines
                if (then := _defined_next(sides, rels, definitions, model, heads)) is not None:
                    # h_θ(x) = g(z) = \frac{1}{1+e^{-z}}: g is defined on the way, not claimed
                    definitions.append(then)
                    if len(sides) == 3:
                        last = ("definition", len(definitions) - 1, chain)
                        continue
                    chain["sides"], chain["relations"] = sides[2:], rels[2:]
        elif first in DEFINING and part.kind != "remark":
            chain["relations"] = ["=", *rels[1:]]  # `:=` after something other than a name: a claim
        chains.append(chain)
        if part.kind == "remark" and last is not None:
            continue  # `\because ln(1) &= 0` is an aside: the next `&= …` goes on with the chain
        last = ("chain", len(chains) - 1)
    inline = {id(d): c for d, c in restating}
    for d in _values_given([*definitions, *(x for _, x in scoped)], {**stated, **inline}, chains):
        # θ = (AᵀA)⁻¹Aᵀy stated before its derivation, or inline after it: the value θ takes (a
        # solution), not what θ means; as a meaning it would make ∂J/∂θ vanish in every step
        # that substitutes it (J'(θ) = … held as 0 = 0)
        if id(d) in stated:
            definitions.remove(d)
            chains.append({**stated[id(d)], "solves": True, "late": True})
            continue
        scoped[:] = [(sc, x) for sc, x in scoped if x is not d]
        restating[:] = [(x, c) for x, c in restating if x is not d]
        chains.append({**{k: v for k, v in inline[id(d)].items() if k not in ("restates", "prior", "own")},
                       "solves": True, "late": True})
    definitions.extend(_by_cases(chains, definitions, model))
    definitions.extend(_without_parameters(definitions))
    restated: set = set()  # scoped definitions that say the first one's meaning in another form
    local = _scopes(definitions, scoped, restated)
    meant = {_key(d.target): content_of(d) for d in definitions}
    chains.extend(c for d, c in restating if any(x is d for xs in local.values() for x in xs)
                  and meant.get(_key(d.target), content_of(d)) != content_of(d) and id(d) not in restated)
    # … and one that says an earlier meaning again in another form: checked under that meaning
    chains.extend({**c, "own": True} for d, c in restating if id(d) in restated)
    _names_in_chains(chains, definitions, local, model, chapter, redefined)
    _named_by_derivative(chains, definitions, local)
    _named_by_substitution(chains, definitions, local, model)
    _loss_named_in_words(chains, definitions, local, model)
    # meanings the document implies without stating them: (definition, the note saying so)
    inferred = _case_twins(chains, definitions, model) + _normal_density(chains, definitions, model)
    definitions.extend(d for d, _ in inferred)
    by_use = _arguments_by_use(chains, definitions, model, macros)
    definitions.extend(d for d, _ in by_use)
    inferred += by_use
    for d, note, (given, top) in _arguments_by_derivative(chains, definitions, model, macros):
        definitions[next(k for k, x in enumerate(definitions) if x is given)] = top  # ŷ = σ(z)
        definitions.append(d)
        inferred.append((d, note))
    each = _for_each_sample(chains, definitions, model)
    definitions.extend(d for d, _ in each)
    inferred += each
    entries = _function_entries(chains, definitions)
    definitions.extend(d for d, _ in entries)
    inferred += entries
    alone = _for_one_sample(chains, definitions, model)
    definitions.extend(d for d, _ in alone)
    inferred += alone
    entries = _entry_wise(chains, definitions, model)
    definitions.extend(d for d, _ in entries)
    inferred += entries
    rows = _matrix_rows(chains, definitions, model)
    definitions.extend(d for d, _ in rows)
    inferred += rows
    means = _sample_means(chains, definitions)
    definitions.extend(d for d, _ in means)
    inferred += means
    argued = _argument_left_out(chains, definitions, [*(d for _, d in redefined),
                                                       *(d for ds in local.values() for d in ds)], model)
    definitions.extend(d for d, _ in argued)
    inferred += argued
    displayed: dict[int, set] = {}  # heading -> the names its definitions give a meaning
    for d in definitions:
        if d.line is not None:
            displayed.setdefault(bisect.bisect_right(heading_lines, d.line), set()).add(_key(d.target))
    # names a chain's first side is (J = … restated as a claim): the text gives them formulas
    # other than their definitions, so no meaning of theirs reaches past its heading
    headed = {_key(e) for c in chains if (s := c["sides"][0]).side is not None
              and isinstance(e := s.side.expr, (sympy.Symbol, Indexed, AppliedUndef))}
    links = _links([*definitions, *(d for _, d in redefined), *(d for ds in local.values() for d in ds)])
    starts = sorted(c["start"] for c in chains if "start" in c)
    for c in chains:  # a case stated in prose holds for the formulas of its paragraph
        stated = cases.get(c["section"], [])
        if c["condition"] is not None or c["condition_latex"]:
            continue
        if len(stated) == 1:
            c["condition"], c["condition_latex"] = _condition(stated[0], model, macros)
        elif stated and "start" in c:
            # several: "If $i = k$, … If $i \neq k$, …" — a formula is under the case stated
            # right before it, with no other formula in between
            earlier = [case for case in stated if case[0] < c["start"]]
            if earlier and not any(earlier[-1][0] < x < c["start"] for x in starts):
                c["condition"], c["condition_latex"] = _condition(earlier[-1], model, macros)
        if c["condition"] is not None and not _about(c["condition"], c["sides"]):
            c["condition"], c["condition_latex"] = None, ""  # k = i, with k only a sum's index here
        if c["condition"] is None and not stated and "start" in c:
            # "Case $j = k$:" further up, under the same heading, with no other case after it: the
            # formula may be that case's (its part of the text runs to the next case or heading)
            opened = [o for o in openers if o[0] < c["start"]]
            if opened and bisect.bisect_right(heading_lines, opened[-1][2]) \
                    == bisect.bisect_right(heading_lines, c["sides"][0].line):
                cond, latex = _condition(opened[-1][:2], model, macros)
                if cond is not None and _about(cond, c["sides"]):
                    c["case"] = (cond, latex, opened[-1][2])
    meanings = [*definitions, *(x for _, x in redefined)]  # every display's, in any section
    # (heading, name, line) of every meaning given: a chain may be read with one its heading
    # gives further down, where that heading gave the name none before it (_further_down)
    given = {(bisect.bisect_right(heading_lines, d.line or 0), _key(d.target), d.line or 0) for d in meanings}
    for letter, label, line, scope in true_classes:
        for c in chains:
            if c["condition"] is None and not c["condition_latex"] and chapter(c["section"]) == chapter(scope):
                _at_true_class(c, letter, label, line, definitions)
    # a chain found to be a value given (a solution) late in reading goes back to its place in
    # reading order, before the rows that follow from it (`x = … \Rightarrow e^x = …`)
    for c in [c for c in chains if c.get("late")]:
        chains.remove(c)
        at = (c["sides"][0].line, c.get("start", 0))
        chains.insert(next((k for k, x in enumerate(chains)
                            if (x["sides"][0].line, x.get("start", 0)) > at), len(chains)), c)
    return Document(
        path=path,
        chains=tuple(Chain(c["sides"][0].line, tuple(c["sides"]), tuple(c["relations"]),
                           c["condition"], c["condition_latex"], c["inline"],
                           _linked(_in_force(_nearest(_carried(local, c["section"], chapters,
                                                               displayed.get(chapter(c["section"]), frozenset()),
                                                               headed), meanings, c["sides"][0].line)
                                             if c.get("own", True) else (),
                                             c.get("prior", redefined),
                                             c["sides"][0].line),
                                   links, definitions, c["sides"][0].line),
                           tuple(sorted(c["named"].items())),
                           c.get("solves", False), _nearby(c["section"], local, chapters)
                           + _further_down(c, redefined, chapter(c["section"]), given),
                           c.get("restates", False), c.get("block", -1), c.get("implied", False),
                           c.get("prose", ""), c.get("aside", ""), c.get("posed", False),
                           c.get("renewal", False), c.get("case", ()))
                     for c in chains),
        definitions=tuple(sorted(definitions, key=lambda d: d.line or 0)),  # in reading order
        redefinitions=tuple(d for _, d in redefined),
        assumptions=assumptions,
        errors=tuple(errors),
        defined_functions=defined,
        model=model,
        notes=tuple(_notes(evidence, model, read, local, redefined, [note for _, note in inferred])),
        true_classes=tuple(sorted({letter for letter, *_ in true_classes})),
        updates=tuple(updates),
        conditions=tuple(conditions),
        unread=tuple((name, line) for name, line in unread.items()
                     if not any(_head_name(d.target) == name for d in definitions)),
    )


# names a case twin never stands for: the data, sizes, and what is differentiated by
_NO_TWIN = frozenset({"x", "X", "y", "Y", "t", "T", "m", "M", "n", "N", "i", "j", "k", "K", "l", "w", "W", "b", "B"})


_PHI_APPLIED = re.compile(r"\\Phi\s*(?:\\left\s*)?\(")


def _normal_density(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list:
    """φ(x) applied and defined nowhere where the document uses Φ, the standard normal CDF (not
    its own Φ): the standard normal density, the pair every probability text writes. Returns
    [(definition, note)]."""
    if "Phi" in model.defined and not _normal_cdf(definitions) \
            or not any(_PHI_APPLIED.search(s.latex) for c in chains for s in c["sides"]):
        return []
    heads = {_head_name(d.target) for d in definitions}
    used: dict = {}  # φ -> the first line applying it
    for c in chains:
        for s in c["sides"]:
            if s.side is not None and s.side.expr is not None:
                for f in s.side.expr.atoms(AppliedUndef):
                    if str(f.func) in ("phi", "varphi") and len(f.args) == 1:
                        used.setdefault(f.func, s.line)
    t = sympy.Symbol("t", real=True)
    out = []
    for f, line in sorted(used.items(), key=lambda x: str(x[0])):
        if str(f) in heads or str(f) in model.defined:
            continue
        out.append((Definition(f(t), sympy.exp(-t**2 / 2) / sympy.sqrt(2 * sympy.pi),
                               f"\\{f}(t) = \\frac{{1}}{{\\sqrt{{2\\pi}}}} e^{{-t^2/2}}", line),
                    f"\\{f}(…) read as the standard normal density (line {line}): the document uses Φ, the "
                    f"standard normal CDF, and defines no \\{f}"))
    return out


def _normal_cdf(definitions: list[Definition]) -> bool:
    """Does the document define Φ as the standard normal CDF, by the integral of the density
    (Φ(x) = \\frac{1}{\\sqrt{2π}} \\int_{-∞}^x e^{-t^2/2} dt)? Its derivative is the density then."""
    own = [d for d in definitions if isinstance(d.target, AppliedUndef) and str(d.target.func) == "Phi"
           and len(d.target.args) == 1 and isinstance(d.target.args[0], sympy.Symbol)]
    if len(own) != 1 or not own[0].body.has(sympy.Integral):
        return False
    (x,) = own[0].target.args
    slope = sympy.diff(own[0].body, x)
    density = sympy.exp(-x**2 / 2) / sympy.sqrt(2 * sympy.pi)
    try:
        with soft_limit(SOLVE_SECONDS):
            return not slope.has(sympy.Integral) and sympy.simplify(slope - density) == 0
    except SoftTimeout:
        return False


def _case_twins(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list:
    """``p_i`` used and defined nowhere where ``P_i = σ(z_i)`` is defined: the same quantity
    written in the other case (a slip a reader forgives), read as that definition. Only a name
    of one letter, never data, a size or a variable, with the same indices as its twin. Returns
    [(definition, note)]."""
    defined = {_base_name(d.target): d for d in definitions}
    if not any(len(n) == 1 and n.isalpha() and n.swapcase() not in defined for n in defined):
        return []  # no one-letter name defined whose twin is free
    exprs = set(_read_exprs(chains))
    used: dict[str, set] = {}
    for e in [*exprs, *(d.body for d in definitions)]:  # order-free: sets of kinds per name
        held = e.xreplace({x: sympy.Dummy() for x in e.atoms(Indexed)})  # p in p_i is no symbol p
        for a in [*e.atoms(Indexed), *(x for x in held.free_symbols if isinstance(x, sympy.Symbol))]:
            if not (isinstance(a, sympy.Symbol) and a.is_integer):
                used.setdefault(_base_name(a), set()).add(type(a))
    out = []
    for name, kinds in sorted(used.items()):
        twin = name.swapcase()
        d = defined.get(twin)
        if len(name) != 1 or not name.isalpha() or name in defined or name in _NO_TWIN \
                or name in model.variables or d is None:
            continue
        if Indexed in kinds and isinstance(d.target, Indexed) and len(d.target.indices) == 1:
            target, body = base(name)[d.target.indices[0]], d.target
        elif kinds == {sympy.Symbol} and isinstance(d.target, sympy.Symbol):
            target, body = scalar(name), d.target
        else:
            continue
        out.append((Definition(target, body, f"{name} = {twin}", d.line),
                    f"{name} read as {twin} (line {d.line}): the document defines no {name}, and "
                    f"writes {twin} in the other case"))
    return out


_APPLIED = re.compile(r"\\(sigma|tanh)\s*(?:\\left\s*)?\(")


def _written_derivatives(chains: list[dict]):
    """Every derivative the chains' sides write, with the line of its side."""
    for c in chains:
        for side in c["sides"]:
            if side.side is not None and isinstance(side.side.expr, sympy.Basic):
                for d in side.side.expr.atoms(Derivative):
                    yield d, side.line


def _arguments_by_use(chains: list[dict], definitions: list[Definition], model: NotationModel,
                      macros: dict) -> list:
    """σ(z_i) in one formula and σ(wᵀx_i) in another, z_i defined nowhere (nor data, nor
    differentiated by): the one other argument of σ for sample i is what z_i stands for, read as
    its definition. Never when σ has several such arguments. Returns [(definition, note)]."""
    seen: dict[str, dict[str, int]] = {}  # function -> argument as written -> first line
    written = [(side.latex, side.line) for c in chains for side in c["sides"]]
    for text, line in [*written, *((d.latex, d.line) for d in definitions)]:
        for m in _APPLIED.finditer(text):
            close = matching(text, m.end() - 1, "()")
            if close < len(text):
                arg = " ".join(text[m.end():close].replace("\\right", "").split())
                seen.setdefault(m.group(1), {}).setdefault(arg, line or 0)
    defined = {_base_name(d.target) for d in definitions}
    by = {_base_name(v) for d, _ in _written_derivatives(chains) for v in d.variables
          if isinstance(v, Indexed)}  # z_i in ∂L/∂z_i: a variable of its own
    out = []
    for texts in seen.values():
        read = {}
        for text in texts:
            try:
                read[text] = parse_side(_expand(text, macros), model=model).expr
            except LatexError:
                continue
        for text, e in read.items():
            if not isinstance(e, Indexed) or len(e.indices) != 1 or _base_name(e) in defined \
                    or _base_name(e) in _NO_TWIN or _base_name(e) in by:
                continue
            i = e.indices[0]
            others = [(t, x) for t, x in read.items() if t != text and isinstance(x, sympy.Expr)
                      and i in x.free_symbols and not x.has(e.base) and x.atoms(Indexed)]
            if len(others) != 1:
                continue
            t, body = others[0]
            out.append((Definition(e, body, f"{text} = {t}", texts[t]),
                        f"{text} read as {t} (line {texts[t]}): the document defines no {_base_name(e)}, "
                        f"and applies the same function to both"))
            defined.add(_base_name(e))
    return out


def _argument_left_out(chains: list[dict], definitions: list[Definition], elsewhere: list[Definition],
                       model: NotationModel) -> list:
    """``h_\\theta = \\theta_0 + \\theta_1 x``, then ``h_\\theta(x^{(i)})``: a name given a formula in
    x without writing its argument, and applied to one argument elsewhere, is that function of x
    (h_θ(x) = θ_0 + θ_1 x). The argument is x where the formula holds x, else the one name in it
    that nothing differentiates by; never where the name has a function's formula of its own,
    here or ``elsewhere``. Returns [(definition, note)]."""
    from derive.latex.printer import course_latex, quantity_latex

    applied: dict[str, object] = {}  # name -> one argument it is applied to
    for e in [*_read_exprs(chains), *(d.body for d in definitions)]:
        if isinstance(e, sympy.Basic):
            for f in e.atoms(AppliedUndef):
                if len(f.args) == 1:
                    applied.setdefault(str(f.func), f.args[0])
    # a function's formula anywhere (``elsewhere``: under another heading, for one paragraph) is its own
    functions = {str(d.target.func) for d in [*definitions, *elsewhere] if isinstance(d.target, AppliedUndef)}
    out = []
    for d in definitions:
        t = d.target
        if not isinstance(t, sympy.Symbol) or t.name not in applied or t.name in functions:
            continue
        names = sorted((x for x in d.body.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer),
                       key=str)
        free = [x for x in names if x.name not in model.variables]
        arg = next((x for x in names if x.name == "x"), free[0] if len(free) == 1 else None)
        if arg is None:
            continue
        f = sympy.Function(t.name)(arg)
        written = f"{quantity_latex(t)}({course_latex(arg)}) = {course_latex(d.body)}"
        out.append((Definition(f, d.body, written, d.line),
                    f"{written}: line {d.line} without its argument, as the document applies "
                    f"{quantity_latex(t)} to {course_latex(applied[t.name])}"))
        functions.add(t.name)
    return out


def _read_exprs(chains: list[dict]):
    """Every side of the chains that was read, as SymPy."""
    return (s.side.expr for c in chains for s in c["sides"] if s.side is not None and s.side.expr is not None)


def _all_exprs(chains: list[dict], definitions: list[Definition]) -> list:
    """The formulas read, the definitions' bodies and their targets."""
    return [*_read_exprs(chains), *(d.body for d in definitions), *(d.target for d in definitions)]


def _indexed_by(chains: list[dict], definitions: list[Definition], letters) -> dict[str, set]:
    """Name -> the index letters of ``letters`` it is written with, one index alone (x_i, a_j),
    in the formulas read and in the definitions."""
    out: dict[str, set] = {}
    for e in _all_exprs(chains, definitions):
        if isinstance(e, sympy.Basic):
            for x in e.atoms(Indexed):
                if len(x.indices) == 1 and isinstance(k := x.indices[0], sympy.Symbol) and k.name in letters:
                    out.setdefault(str(x.base.label), set()).add(k)
    return out


def _for_each_sample(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list:
    """``\\hat{y} = a_0 + a_1 x`` where the document writes ŷ_i and x_i: the model holds for each
    sample, ŷ_i = a_0 + a_1 x_i (x_i for every name of the body the document indexes by the same
    sample letter). Never where ŷ_i has a definition of its own, for a body without such a name,
    for the labels or inputs themselves (y = β̂_0 + β̂_1 x is the fitted line, y_i the data), nor
    where the body's names are computed from the entries it would define. Returns [(definition,
    note)]."""
    # (i where it indexes only what k indexes too, a_i beside a_k: a vector's entries, no sample)
    letters = SAMPLE_INDEX_LETTERS - {letter for letter, _ in model.shared}
    by_sample = _indexed_by(chains, definitions, letters)  # x -> {i} for x_i
    # names also written with another index (z_k, z_1 in a softmax): entries of a vector there
    entries = {str(x.base.label) for e in _all_exprs(chains, definitions) if isinstance(e, sympy.Basic)
               for x in e.atoms(Indexed) if len(x.indices) == 1
               and not (isinstance(x.indices[0], sympy.Symbol) and x.indices[0].name in letters)}
    from derive.latex.printer import course_latex, quantity_latex

    keys = {_key(d.target) for d in definitions}
    derived: dict[str, int | None] = {}  # a name sample i's through its formula -> its line
    # z = wx + b with x_i written: z is sample i's too (z_i = w x_i + b), so that ŷ = σ(z) gives
    # ŷ_i = σ(z_i) where the document writes ŷ_i — the one-sample formulas hold for each sample.
    # Not where the body also holds data written only whole (r = y − ŷ with y the vector)
    for _ in range(len(definitions)):
        grown = False
        for d in definitions:
            t = d.target
            if not isinstance(t, sympy.Symbol) or t.name in by_sample or f"{t.name}[·]" in keys \
                    or t.name in LABEL_NAMES or t.name == "x":
                continue
            names = {s.name for s in d.body.free_symbols if isinstance(s, sympy.Symbol) and not s.is_integer}
            letters = set.union(set(), *(by_sample.get(n, set()) for n in names))
            sampled = [x for x in d.body.atoms(Indexed) if str(x.base.label) in by_sample]
            if len(letters) == 1 and all(_feature_entry(x, d.body) for x in sampled) \
                    and not (sampled and t.name in entries) \
                    and not any(n not in by_sample for n in names & (LABEL_NAMES | {"x"})):
                by_sample[t.name] = letters
                derived[t.name] = d.line
                grown = True
        if not grown:
            break

    def lifted(d: Definition):
        t = d.target
        if isinstance(t, AppliedUndef) and t.args and all(isinstance(a, sympy.Symbol) for a in t.args):
            # ℓ(w, b) = y log a + …, then ℓ^{(i)}: sample i's term, as a name alone is
            t = sympy.Symbol(str(t.func))
            if any(a.name in by_sample for a in d.target.args):
                return None  # ℓ(x) of the data: a function, not one sample's quantity
        if not isinstance(t, sympy.Symbol) or len(by_sample.get(t.name, ())) != 1 or f"{t.name}[·]" in keys \
                or t.name in LABEL_NAMES or t.name == "x":
            return None  # y = β̂_0 + β̂_1 x is the fitted line: y_i stays the data
        i = next(iter(by_sample[t.name]))
        swap = {s: base(s.name)[i] for s in d.body.free_symbols
                if isinstance(s, sympy.Symbol) and not s.is_integer and i in by_sample.get(s.name, ())
                and occurs_bare(d.body, s)}
        if any(str(x.base.label) in {s.name for s in swap} for x in d.body.atoms(Indexed)):
            return None
        # z = wᵀx + b read Σ_k w_k x_k, with x⁽ⁱ⁾ written: sample i's entries, x_k⁽ⁱ⁾
        if t.name not in entries:  # (z_i beside z_k: entry i of a vector, not sample i's)
            swap.update({x: x.base[i, x.indices[0]] for x in d.body.atoms(Indexed)
                         if i in by_sample.get(str(x.base.label), ()) and _feature_entry(x, d.body)})
        if not swap:
            return None
        target, body = base(t.name)[i], d.body.xreplace(swap)
        if _cyclic(target, body, definitions):
            return None  # what the body uses is computed from the y_i themselves: they are data
        written = f"{quantity_latex(target)} = {course_latex(body)}"
        return (Definition(target, body, written, d.line),
                f"{written}: line {d.line} for each sample, as the document writes "
                f"{', '.join(sorted(_written(v, derived) for v in swap.values()))}")

    # the names written with a sample index first; a name sample i's only through its formula
    # (z) where one of those formulas uses it
    out = [x for d in definitions if _head_name(d.target) not in derived and (x := lifted(d))]
    wanted = [str(v.base.label) for d, _ in out for v in d.body.atoms(Indexed) if str(v.base.label) in derived]
    done: set[str] = set()
    while wanted:
        name = wanted.pop()
        if name in done:
            continue
        done.add(name)
        for d in definitions:
            if isinstance(d.target, sympy.Symbol) and d.target.name == name and (x := lifted(d)):
                out.append(x)
                wanted += [str(v.base.label) for v in x[0].body.atoms(Indexed) if str(v.base.label) in derived]
    return out


def _function_entries(chains: list[dict], definitions: list[Definition]) -> list:
    """``h_θ(x) = σ(θᵀx)`` defined for one input, then ``yᵀ\\log(h)`` with h a vector: h's entries
    are the function at each sample's input, h_k = h_θ(x⁽ᵏ⁾), where the document writes x with
    a sample index (x⁽ⁱ⁾) and gives h's entries no formula of their own. Returns [(definition,
    note)]."""
    by_sample = _indexed_by(chains, definitions, SAMPLE_INDEX_LETTERS)
    keys = {_key(d.target) for d in definitions}
    functions = {str(d.target.func): d for d in definitions
                 if isinstance(d.target, AppliedUndef) and len(d.target.args) == 1
                 and isinstance(d.target.args[0], sympy.Symbol) and d.target.args[0].name in by_sample}
    if not functions:
        return []
    from derive.latex.printer import course_latex, quantity_latex

    out, done = [], set()
    for e in _all_exprs(chains, []):
        if not isinstance(e, sympy.Basic):
            continue
        for v in sorted(e.atoms(Indexed), key=str):
            name = str(v.base.label)
            if name in done or name not in functions or len(v.indices) != 1 or f"{name}[·]" in keys \
                    or any(k.startswith(f"{name}[") for k in keys):
                continue
            done.add(name)
            d = functions[name]
            x = d.target.args[0]
            i = min(by_sample[x.name], key=str)
            target, body = base(name)[i], d.target.func(base(x.name)[i])
            written = f"{quantity_latex(target)} = {course_latex(body)}"
            out.append((Definition(target, body, written, d.line),
                        f"{written}: the vector {quantity_latex(base(name))} holds {course_latex(d.target)} "
                        f"(line {d.line}) at each sample's input"))
    return out


# what a function applied to a vector does entry by entry (σ(z)_j = σ(z_j)); softmax is not one
_ELEMENTWISE = (sympy.exp, sympy.log, sympy.tanh, sympy.Max, sympy.Abs, sympy.Pow, sympy.sinh, sympy.cosh,
                sympy.erf, sympy.sign)


def _softmax_entry(vector: sympy.Symbol, k: sympy.Symbol, model: NotationModel):
    """Entry k of softmax(z): e^{z_k} / Σ_t e^{z_t}, t over z's entries as k runs."""
    t = next(index(c) for c in "tuvsqpr" if c != k.name)
    return sympy.exp(base(vector.name)[k]) / sympy.Sum(sympy.exp(base(vector.name)[t]), (t, 1, model.bound(k)))


# functions of a whole vector, by their name when the document gives them no formula: entry k of
# f(z) (a new one is one entry here)
_VECTOR_FUNCTIONS = {"softmax": _softmax_entry}


def _entry_wise(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list:
    """``a = σ(z)``, ``h = \\tanh(z) + b`` where the document writes a_j and z_j: a layer's vector
    given by a function applied entry by entry, a_j = σ(z_j) (a_j was defined nowhere). Only for
    names written with one index letter other than a sample's (the samples: _for_each_sample),
    bodies of entry-wise functions and arithmetic (no sum, dot product or function of the whole
    vector, as softmax is) whose every name the document writes with an index too, and never for
    the data (x, y) or a name with entries of its own.
    Returns [(definition, note)]."""
    from derive.latex.printer import course_latex, quantity_latex

    by_letter = _indexed_by(chains, definitions, INDEX_LETTERS - SAMPLE_INDEX_LETTERS)  # a -> {j} for a_j
    keys = {_key(d.target) for d in definitions}
    ranged = {letter for letter, _ in model.ranges}
    out = []
    for d in definitions:
        t = d.target
        if not isinstance(t, sympy.Symbol) or t.name not in by_letter or f"{t.name}[·]" in keys \
                or t.name in LABEL_NAMES or t.name == "x" or not isinstance(d.body, sympy.Expr):
            continue
        # the letter whose range the document gives (\sum_{k=1}^{K}: the classes), else the first
        k = min(by_letter[t.name], key=lambda x: (x.name not in ranged, x.name))
        f = str(d.body.func) if isinstance(d.body, AppliedUndef) else None
        if f in _VECTOR_FUNCTIONS and len(d.body.args) == 1 and f not in model.defined and f not in keys \
                and isinstance(v := d.body.args[0], sympy.Symbol) and v.name in by_letter:
            # ŷ = softmax(z) beside ŷ_k, z_j: ŷ_k = e^{z_k} / Σ_t e^{z_t} (not entry by entry: the
            # k-th output of a function of the whole vector)
            target, body = base(t.name)[k], _VECTOR_FUNCTIONS[f](v, k, model)
            written = f"{quantity_latex(target)} = {course_latex(body)}"
            out.append((Definition(target, body, written, d.line),
                        f"{written}: line {d.line}, entry {k.name} of the {f} of {quantity_latex(v)}, "
                        f"as the document writes {quantity_latex(target)}"))
            continue
        names = {s for s in d.body.free_symbols if isinstance(s, sympy.Symbol) and not s.is_integer}
        vectors = {s for s in names if s.name in by_letter}
        # every name of the body written with an entry (one written only whole, r = y − ŷ beside
        # ŷ = Aθ read for one sample, may be a vector or a number: no reading is chosen for it),
        # and one vector per product (w a of two vectors is a dot product or a matrix's, never
        # a_j w_j)
        if not vectors or vectors != names or d.body.atoms(Indexed) \
                or any(sum(1 for f in m.args if f.free_symbols & vectors) > 1 for m in d.body.atoms(sympy.Mul)) \
                or any(p.exp.free_symbols & vectors for p in d.body.atoms(sympy.Pow)) or d.body.atoms(AppliedUndef) \
                or any(not isinstance(f, _ELEMENTWISE) for f in d.body.atoms(sympy.Function, sympy.Pow)) \
                or any(d.body.has(c) for c in (sympy.Sum, sympy.Product, Derivative, sympy.Piecewise)):
            continue
        target, body = base(t.name)[k], d.body.xreplace({s: base(s.name)[k] for s in vectors})
        if _cyclic(target, body, definitions):
            continue
        written = f"{quantity_latex(target)} = {course_latex(body)}"
        shown = ", ".join(sorted(quantity_latex(base(s.name)[k]) for s in {t, *vectors}))
        out.append((Definition(target, body, written, d.line),
                    f"{written}: line {d.line} entry by entry, as the document writes {shown}"))
    return out


def _matrix_rows(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list:
    """``z = W h + b`` where the document writes z_j, W_{j,i} (two indices) and h_i: a layer's
    matrix times a vector, read row by row, z_j = Σ_k W_{j,k} h_k + b_j. Before, W h was a dot
    product of two vectors (or a product of numbers) and z_j was defined nowhere. Only where the
    matrix is written with two index letters and never with one, every other name of the body is
    written with one index, and the body is a sum of such products and those vectors.
    Returns [(definition, note)]."""
    from derive.latex.printer import course_latex, quantity_latex

    by_letter = _indexed_by(chains, definitions, INDEX_LETTERS)  # h -> {i} for h_i
    exprs = _all_exprs(chains, definitions)
    two, one = set(), set()  # names written with two index letters, and with one (not a sum's own)
    for e in exprs:
        if isinstance(e, sympy.Basic):
            bound = {lim[0] for x in e.atoms(sympy.Sum) for lim in x.limits}
            for x in e.atoms(Indexed):
                if all(isinstance(k, sympy.Symbol) and k.is_integer for k in x.indices):
                    if len(x.indices) == 2:
                        two.add(str(x.base.label))
                    elif x.indices[0] not in bound:
                        one.add(str(x.base.label))
    matrices = two - one
    keys = {_key(d.target) for d in definitions}
    out = []
    for d in definitions:
        t = d.target
        if not matrices or not isinstance(t, sympy.Symbol) or t.name in matrices or f"{t.name}[·]" in keys \
                or t.name in LABEL_NAMES or t.name == "x" or not isinstance(d.body, sympy.Expr) \
                or not (letters := by_letter.get(t.name, set()) - {index(c) for c in SAMPLE_INDEX_LETTERS}):
            continue
        j = min(letters, key=lambda x: x.name)
        terms, rows, sides = [], 0, _row_side(t.name, matrices, exprs)
        for term in sympy.Add.make_args(d.body):
            row = _matrix_row(term, j, matrices, by_letter, model, sides)
            if row is None:
                break
            rows += row.has(sympy.Sum)  # (b_j alone is no row: r = y − ŷ stays as written)
            terms.append(row)
        else:
            if not rows:
                continue
            target, body = base(t.name)[j], sympy.Add(*terms)
            shown = {quantity_latex(x.xreplace({k: index(k.name) for k in x.atoms(sympy.Dummy)}))
                     for x in body.atoms(Indexed) if len(x.indices) == 2}
            if _cyclic(target, body, definitions):
                continue
            written = f"{quantity_latex(target)} = {course_latex(body)}"
            out.append((Definition(target, body, written, d.line),
                        f"{written}: line {d.line} row by row, as the document writes "
                        f"{quantity_latex(target)} and {', '.join(sorted(shown))} with two indices "
                        f"(a matrix times a vector, not a dot product)"))
    return out


def _row_side(name: str, matrices: set, exprs) -> dict:
    """Matrix -> which of its two indices is the entry of ``name`` (0 for W_{j,i} beside z_j, 1 for
    W_{ij} beside u_j), as the document's derivatives pair them (∂z_j/∂W_{j,i}); a matrix they
    pair both ways, or never, has none (W h and h W are one product once read)."""
    seen: dict = {}
    for e in exprs:
        for d in (e.atoms(Derivative) if isinstance(e, sympy.Basic) else ()):
            if not isinstance(d.expr, Indexed) or str(d.expr.base.label) != name or len(d.expr.indices) != 1:
                continue
            (k,) = d.expr.indices
            for v in d.variables:
                if isinstance(v, Indexed) and str(v.base.label) in matrices and len(v.indices) == 2 \
                        and v.indices[0] != v.indices[1] and k in v.indices:
                    seen.setdefault(str(v.base.label), set()).add(v.indices.index(k))
    return {m: sides.pop() for m, sides in seen.items() if len(sides) == 1}


def _matrix_row(term, j, matrices: set, by_letter: dict, model: NotationModel, sides: dict):
    """Entry j of one term of a layer's formula (see _matrix_rows): ``W h`` -> Σ_k W_{j,k} h_k
    (also where W h was read as a dot product, Σ_k W_k h_k), or Σ_k h_k W_{k,j} where the document
    pairs the entry with W's second index (``sides``), ``b`` -> b_j, a number alone as it is; None
    where the term is none of these."""
    if isinstance(term, sympy.Sum) and len(term.limits) == 1:
        k, lo, hi = term.limits[0]
        factors = sympy.Mul.make_args(term.function)
        found = [f for f in factors if isinstance(f, Indexed) and str(f.base.label) in matrices
                 and f.indices == (k,)]
        rest = [f for f in factors if f not in found]
        if len(found) == 1 and len(rest) == 1 and isinstance(v := rest[0], Indexed) and v.indices == (k,) \
                and str(v.base.label) in by_letter and (side := sides.get(str(found[0].base.label))) is not None:
            return sympy.Sum(found[0].base[(j, k) if side == 0 else (k, j)] * v, (k, lo, hi))
        return None
    if isinstance(term, sympy.Symbol):
        if term.name in matrices:
            return None
        # b_j where the document writes b with an index, or differentiates by a lower-case b (a
        # layer's bias, one per unit: ∂L/∂b^{[2]}); a b it does neither to is one number
        return base(term.name)[j] if term.name in by_letter or _lower_variable(term.name, model) else term
    if isinstance(term, sympy.Mul):
        numbers = [f for f in term.args if f.is_number]
        names = [f for f in term.args if not f.is_number]
        if len(names) == 1:
            inner = _matrix_row(names[0], j, matrices, by_letter, model, sides)
            return None if inner is None else sympy.Mul(*numbers, inner)
        if len(names) == 2 and all(isinstance(f, sympy.Symbol) for f in names) \
                and sum(f.name in matrices for f in names) == 1:
            # (a product of names keeps no order once read: which is the matrix, not where)
            m, v = sorted(names, key=lambda f: f.name not in matrices)
            if v.name not in by_letter:
                return None
            letter = min(by_letter[v.name] - {j}, key=lambda x: x.name, default=None)
            if letter is None or (side := sides.get(m.name)) is None:
                return None
            k = sympy.Dummy(letter.name, integer=True, positive=True)
            # (h_i's i here counts a layer's units, not samples: then it runs to n)
            top = N if letter.name in SAMPLE_INDEX_LETTERS else model.bound(letter)
            return sympy.Mul(*numbers, sympy.Sum(base(m.name)[(j, k) if side == 0 else (k, j)] * base(v.name)[k],
                                                 (k, 1, top)))
    return None


def _feature_entry(x: Indexed, body) -> bool:
    """Is ``x`` one entry x_k of a vector, k an index a sum of ``body`` runs over (wᵀx read
    Σ_k w_k x_k), never a sample's letter: beside x⁽ⁱ⁾ it is sample i's entry x_k⁽ⁱ⁾."""
    return len(x.indices) == 1 and isinstance(k := x.indices[0], sympy.Symbol) \
        and k.name not in SAMPLE_INDEX_LETTERS \
        and any(k == lim[0] for s in body.atoms(sympy.Sum) if s.has(x) for lim in s.limits)


def _written(v: Indexed, derived: dict) -> str:
    """How a note names x_i: as the document writes it, or as the formula of line k makes it."""
    from derive.latex.printer import quantity_latex

    name = str(v.base.label)
    return quantity_latex(v) + (f" (by line {derived[name]})" if name in derived else "")


def _for_one_sample(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list:
    """``a^{(i)} = σ(z^{(i)})``, ``z^{(i)} = w^T x^{(i)} + b``, then ``ℓ = y log a + …`` ("the
    superscripts are left out"): a name the document defines only for sample i and also writes
    alone is that one sample's, a = σ(z), z = wᵀx + b, with every quantity of sample i in the body
    written alone too (x⁽ⁱ⁾ as x). Never where the name alone has a definition of its own, nor
    where the body sums over the samples or uses i otherwise, nor for a vector (p̂_i beside the
    vector p̂ of every sample's) or a function (s_i = s(z_i)). Returns [(definition, note)]."""
    bare: set[str] = set()  # the names written alone somewhere
    for e in [*_read_exprs(chains), *(d.body for d in definitions)]:
        if isinstance(e, sympy.Basic):  # (L in L^{(i)} is a label, not L)
            bare |= {x.name for x in e.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer
                     and x.name not in bare and occurs_bare(e, x)}
            bare |= {v.name for d in e.atoms(Derivative) for v in d.variables
                     if isinstance(v, sympy.Symbol) and not v.is_integer}
    keys = Counter(_key(d.target) for d in definitions)
    from derive.latex.printer import course_latex, quantity_latex

    out = []
    for d in definitions:
        t = d.target
        if not isinstance(t, Indexed) or len(t.indices) != 1 or not isinstance(t.indices[0], sympy.Symbol) \
                or t.indices[0].name not in SAMPLE_INDEX_LETTERS:
            continue
        name, i = str(t.base.label), t.indices[0]
        if name not in bare or name in keys or keys[_key(t)] != 1 or name in LABEL_NAMES or name == "x" \
                or name in model.vectors or name in model.functions \
                or any(_head_name(a) == name for a in d.body.atoms(sympy.Symbol, Indexed, AppliedUndef)):
            continue
        if any(i in lim[0].free_symbols for x in d.body.atoms(sympy.Sum) for lim in x.limits):
            continue  # Σ_i inside: not one sample's formula
        if not re.search(r"[_^]", d.latex.split("=", 1)[0]):
            continue  # ŷ = Aθ read entry by entry: ŷ alone is the vector it was written as
        swap = {}
        for x in d.body.atoms(Indexed):
            if x.indices[0] == i:
                rest = x.indices[1:]
                swap[x] = x.base[rest] if rest else scalar(str(x.base.label))
        body = d.body.xreplace(swap)
        if not swap or i in body.free_symbols or _cyclic(sympy.Symbol(name), body, definitions):
            continue
        target = scalar(name)
        written = f"{quantity_latex(target)} = {course_latex(body)}"
        out.append((Definition(target, body, written, d.line),
                    f"{written}: line {d.line} for one sample, as the document writes "
                    f"{quantity_latex(target)} without its index"))
    return out


def _sample_means(chains: list[dict], definitions: list[Definition]) -> list:
    """``\\bar{x}`` defined nowhere where the document sums x_i over i = 1..n: the mean of the
    x_i, x̄ = (1/n) Σ_i x_i, as statistics writes it (ȳ, too). Only where every sum over x's
    entries has the same bounds, x̄ carries no index of its own and x itself has no formula.
    Returns [(definition, note)]."""
    exprs = [*_read_exprs(chains), *(d.body for d in definitions)]
    defined = {_key(d.target) for d in definitions}
    bars = sorted({x for e in exprs for x in e.free_symbols
                   if isinstance(x, sympy.Symbol) and x.name.endswith("bar") and len(x.name) > 3},
                  key=lambda x: x.name)
    indexed_names = {str(a.base.label) for e in exprs for a in e.atoms(Indexed)}
    out = []
    from derive.latex.printer import course_latex, quantity_latex

    for bar in bars:
        name = bar.name[:-3]
        # (a formula for y alone, y = ŷ + e, says nothing of the entries y_i the mean averages)
        entries = [d for d in definitions if _key(d.target) == name and isinstance(d.target, Indexed)]
        if _key(bar) in defined or entries or name in defined and name not in indexed_names \
                or bar.name in indexed_names:
            continue
        bounds = set()
        for e in exprs:
            for total in e.atoms(sympy.Sum):
                for k, lo, hi in total.limits:
                    if any(str(a.base.label) == name and a.indices == (k,) for a in total.function.atoms(Indexed)):
                        bounds.add((k, lo, hi))
        if len({(lo, hi) for _, lo, hi in bounds}) != 1:
            continue
        k, lo, hi = min(bounds, key=lambda b: b[0].name)
        if not (lo == 1 and isinstance(hi, sympy.Symbol) and hi.is_integer) and not (lo == 0 and hi.is_Add):
            continue
        size = hi if lo == 1 else hi + 1
        body = sympy.Sum(base(name)[k], (k, lo, hi)) / size  # the document's own x_i (real)
        written = f"{quantity_latex(bar)} = {course_latex(body)}"
        out.append((Definition(bar, body, written, None),
                    f"{written}: the mean, as the document sums {name}_{k} over {k} = {lo}..{hi} "
                    f"and defines {quantity_latex(bar)} nowhere"))
    return out


# a definition whose whole right side is one function applied to one argument: \sigma(w x + b)
_ONE_CALL = re.compile(r"\s*(\\?[A-Za-z]+)\s*(?:\\left\s*)?\((.*)\)\s*$", re.S)


def _arguments_by_derivative(chains: list[dict], definitions: list[Definition], model: NotationModel,
                             macros: dict) -> list:
    """∂ŷ/∂z written, ŷ = σ(wx + b) defined, z defined nowhere and used in no definition: z is
    the argument of the function ŷ is (z = wx + b), read as its definition; for entries too
    (∂ŷ_i/∂z_i with ŷ_i = σ(wᵀx_i + b)). Never when the derivatives point z at two different
    arguments. Returns [(definition, note, (the definition of ŷ, ŷ's as a function of z))]."""
    by_key = {_key(d.target): d for d in definitions}
    defined = {_base_name(d.target) for d in definitions}
    used = {_base_name(a) for d in definitions for a in d.body.atoms(sympy.Symbol, Indexed)}
    found: dict[str, list] = {}
    for d, line in _written_derivatives(chains):
        z, top = d.variables[0], d.expr
        name = _base_name(z)
        given = by_key.get(_key(top))
        if len(d.variables) != 1 or not isinstance(top, (sympy.Symbol, Indexed)) or type(z) is not type(top) \
                or getattr(z, "is_integer", False) or isinstance(z, Indexed) and z.indices != top.indices \
                or name in defined or name in used or name in LABEL_NAMES or name == "x" or given is None \
                or isinstance(z, Indexed) and not isinstance(given.target, Indexed):
            continue
        call = _ONE_CALL.match(given.latex.split("=", 1)[1]) if "=" in given.latex else None
        if call is None or not _is_function_name(call.group(1).lstrip("\\"), model):
            continue
        try:
            body = parse_side(_expand(call.group(2), macros), model=model).expr
        except LatexError:
            continue
        if isinstance(body, sympy.Expr) and not isinstance(body, (sympy.Symbol, Indexed)) \
                and all(_base_name(a) != name for a in body.atoms(sympy.Symbol, Indexed)):
            target = z if isinstance(z, sympy.Symbol) else z.base[given.target.indices]
            found.setdefault(name, []).append((target, body, call.group(2).strip(), given, line))
    out = []
    for name, seen in sorted(found.items()):
        if len({sympy.srepr(b) for _, b, _, _, _ in seen}) != 1:
            continue  # two arguments: which one z is cannot be told
        target, body, latex, given, line = seen[0]
        top = given.body.subs(body, target)  # ŷ = σ(z): the quantity of z, with z of w and b
        if top.free_symbols & body.free_symbols - target.free_symbols:
            continue
        out.append((Definition(target, body, f"{name} = {latex}", given.line),
                    f"{name} read as {latex} (line {given.line}): the document differentiates by {name} "
                    f"on line {line} and defines no {name}; {given.latex.split('=', 1)[0].strip()} is a "
                    f"function of {latex}", (given, replace(given, body=top))))
    return out


def _without_parameters(definitions) -> list[Definition]:
    """``z_\\theta(x) = θᵀx`` also defines ``z(x)``: a function is named with or without the
    parameters it depends on as a subscript (h_θ(x), h(x)), when nothing else is called z."""
    keys = {_key(d.target) for d in definitions}
    out = []
    for d in definitions:
        if not isinstance(d.target, AppliedUndef) or "_" not in str(d.target.func):
            continue
        name, sub = str(d.target.func).split("_", 1)
        if name and sub.isalpha() and name not in keys and name not in FIXED_FUNCTIONS \
                and name not in FUNCTIONS:
            keys.add(name)
            out.append(replace(d, target=sympy.Function(name)(*d.target.args)))
    return out


def _function_form(d: Definition, definitions) -> bool:
    """``μ(z_i) = \\log(1 + e^{z_i})`` where the document defined only ``μ_i = …``: the same
    quantity written as a function of its argument, a definition of that function (not a claim
    about an undefined one)."""
    return isinstance(d.target, AppliedUndef) and not any(
        isinstance(x.target, AppliedUndef) for x in definitions if _key(x.target) == _key(d.target))


def _defined_next(sides, rels, definitions, model: NotationModel, heads=frozenset()) -> Definition | None:
    """In ``h(x) = g(z) = body``, after the head: the second side defines a function too when it
    applies one the document defines nowhere (else) to plain variables, and ``=`` follows it.
    So does a second name (``\\hat{y} = a = wx + b``: ŷ and a are both wx + b) that no formula of
    the document (``heads``) defines and that is no function, before a formula (``a = b = c``
    keeps b = c a claim) that does not use the head."""
    if len(sides) < 3 or rels[1] not in ("=", *DEFINING):
        return None
    middle, body = sides[1], sides[2]
    if middle.side is None or middle.side.alternative is not None or middle.elided \
            or body.side is None or body.elided:
        return None
    target = middle.side.expr
    applied = isinstance(target, AppliedUndef) and all(isinstance(a, (sympy.Symbol, Indexed)) for a in target.args)
    head = sides[0].side.expr if sides[0].side is not None else None
    named = isinstance(target, (sympy.Symbol, Indexed)) and _strip(middle.latex) not in heads \
        and not _is_function_name(_base_name(target), model) \
        and not isinstance(body.side.expr, (sympy.Symbol, Indexed, sympy.Number)) \
        and head is not None and not _mentions(body.side.expr, head)
    if not (applied or named) or not _is_target(target) \
            or not _bare(middle.latex) or _mentions(body.side.expr, target) \
            or _key(target) in {_key(x.target) for x in definitions} or _key(target) in model.defined \
            or _cyclic(target, body.side.expr, definitions):  # a(η) = λ = e^η beside η = log λ
        return None
    return _definition(target, body.side.expr, middle, body, model)


def _spanned(target, side: Side):
    r"""A definition's body: as written, or with its sums extended over the terms after them
    where as written a sum's index stands outside it (``J = -\frac{1}{m}\sum_i y^{(i)} \log a^{(i)}
    + (1 - y^{(i)}) \log(1 - a^{(i)})``): a definition of J leaves no sample index free."""
    body, wide = side.expr, side.alternative
    if wide is None or not isinstance(body, sympy.Basic) or not body.has(sympy.Sum):
        return body
    bound = {v for x in body.atoms(sympy.Sum) for v, *_ in x.limits}
    loose = (body.free_symbols & bound) - getattr(target, "free_symbols", set())
    if loose and not (wide.free_symbols & loose):
        return wide
    return body


def _by_cases(chains: list[dict], definitions: list[Definition], model: NotationModel) -> list[Definition]:
    """``Cost(h, y) = -\\log h \\text{ if } y = 1`` on one row, ``Cost(h, y) = -\\log(1 - h)
    \\text{ if } y = 0`` on the next: a name nothing else defines, given a formula for each case
    row by row, is defined by cases, as a ``cases`` environment defines it. Those rows leave
    ``chains`` (they are its definition, not claims) and the definitions are returned."""
    defined = {_key(d.target) for d in definitions}
    out: list[Definition] = []

    def target_of(c):
        sides = c["sides"]
        if len(sides) != 2 or c["relations"] != ["="] or c["condition"] is None or c.get("inline") \
                or any(s.side is None or s.elided for s in sides):
            return None
        t = sides[0].side.expr
        if not _is_target(t) or _key(t) in defined or _mentions(sides[1].side.expr, t) \
                or isinstance(c["condition"], bool) or not c["condition"].free_symbols:
            return None
        return t

    k = 0
    while k < len(chains):
        t = target_of(chains[k])
        run = [chains[k]] if t is not None else []
        while t is not None and k + len(run) < len(chains):
            nxt = chains[k + len(run)]
            if target_of(nxt) != t or nxt["section"] != run[0]["section"]:
                break
            run.append(nxt)
        conditions = [c["condition"] for c in run]
        if len(run) < 2 or len(set(conditions)) != len(conditions):
            k += 1
            continue
        lhs, rhs = run[0]["sides"]
        body = sympy.Piecewise(*[(c["sides"][1].side.expr, c["condition"]) for c in run])
        out.append(_definition(t, body, lhs, rhs, model))
        defined.add(_key(t))
        del chains[k:k + len(run)]
    return out


def _definition(target, body, lhs: SideText, rhs: SideText, model: NotationModel) -> Definition:
    """``target = body`` as a definition; ``f = \\sigma`` between two functions names a function
    (f(t) = σ(t)), not a number; a function of expressions (``\\text{Cost}(h_\\theta(x), y) = …``)
    is defined on placeholders standing where those expressions stand."""
    if isinstance(target, AppliedUndef) and not all(isinstance(a, (sympy.Symbol, Indexed)) for a in target.args):
        # a number stays what it is: P(Y = 1 | x) is defined at the event Y = 1 only (a placeholder
        # for it would turn every 1 of the body into the argument)
        params = [a if isinstance(a, (sympy.Symbol, Indexed)) or a.is_Number
                  else sympy.Symbol(f"_arg{k}", real=True) for k, a in enumerate(target.args)]
        swap = {a: p for a, p in zip(target.args, params, strict=True) if a is not p}
        return Definition(target.func(*params), body.xreplace(swap), f"{lhs.latex} = {rhs.latex}",
                          lhs.line)
    if isinstance(target, sympy.Symbol) and isinstance(body, sympy.Symbol) \
            and _is_function_name(target.name, model) and _is_function_name(body.name, model):
        t = sympy.Symbol("t", real=True)
        named = FUNCTIONS.get(body.name)
        value = named[1](t) if named and body.name not in model.defined else sympy.Function(body.name)(t)
        return Definition(sympy.Function(target.name)(t), value, f"{lhs.latex} = {rhs.latex}", lhs.line)
    if isinstance(target, Indexed) and any(_label(k) and body.has(k) for k in target.indices):
        # s_{y_i} = w_{y_i}^T x_i: the score of sample i's class, as of any class c (never
        # t_{y_i} = 1, which says nothing of the other classes: that entry only)
        swap = {k: index("c") for k in target.indices if _label(k) and body.has(k)}
        target, body = target.xreplace(swap), body.xreplace(swap)
    if isinstance(target, Indexed):
        # A_{ij} = Σ_n x_n^{i+j}: a letter of the body that indexes the target is that index,
        # wherever it stands (in a power it was read as a number)
        letters = {sympy.Symbol(i.name, real=True): i for i in target.indices
                   if isinstance(i, sympy.Symbol) and i.is_integer}
        body = body.xreplace(letters)
    return Definition(target, body, f"{lhs.latex} = {rhs.latex}", lhs.line)


def _inverted(lhs, rhs, definitions) -> tuple | None:
    """``g(F(args)) = body`` where F is a function defined nowhere, appearing once on the left
    only, inside something invertible (−log, a factor, a sum): (F(args), its value), else None."""
    if lhs.has(Derivative) or isinstance(lhs, AppliedUndef):
        return None
    apps = [a for a in lhs.atoms(AppliedUndef) if not any(isinstance(x, AppliedUndef) for x in a.args)]
    known = {_key(d.target) for d in definitions}
    if len(apps) != 1 or _key(apps[0]) in known or rhs.has(apps[0].func) \
            or str(apps[0].func).split("_")[0] in FUNCTION_LETTERS:
        return None  # h_θ(x) as much as h(x): a letter that names a function, not an unknown
    app = apps[0]
    t = sympy.Dummy("F")
    try:
        with soft_limit(SOLVE_SECONDS):
            roots = sympy.solve(sympy.Eq(lhs.xreplace({app: t}), rhs), t, check=False, simplify=False)
    except (NotImplementedError, ValueError, TypeError, SoftTimeout):
        return None
    if len(roots) != 1:
        return None
    return app, roots[0]


def _is_function_name(name: str, model: NotationModel) -> bool:
    return name in model.functions or name in FUNCTION_LETTERS or (name in FUNCTIONS and name != "max")


def _scopes(definitions: list[Definition], scoped, restated: set) -> dict[int, list[Definition]]:
    """Definitions stated in running text ("where $\\hat{y} = \\sigma(z)$", "if $f(h) = h$"): a
    name given one meaning in the whole document keeps it everywhere (it joins
    ``definitions``); a name given different meanings in different paragraphs (one example
    after another) keeps each meaning in its own paragraph; a formula with the value of an
    earlier one for the same name (its expansion) says that meaning again, and its id joins
    ``restated`` (a claim, checked under that meaning). Returns scope -> definitions."""
    global_keys = {_key(d.target) for d in definitions}
    by_key: dict[str, list] = {}
    for section, d in scoped:
        by_key.setdefault(_key(d.target), []).append((section, d))

    def one_meaning(items, calls) -> bool:
        bodies = [_calls_expanded(d.body, calls) for _, d in items]
        if len({content_of(replace(d, body=b)) for (_, d), b in zip(items, bodies, strict=True)}) == 1:
            return True
        return bool(calls) and all(_same_value(bodies[0], b) for b in bodies[1:])

    # a name given one meaning (y(x, w) = w_0 + w_1 x once) means it everywhere; not one entry
    # (z_1 = z_2 = c, "say every z_i is c") of a family a formula gives whole (z_i = ω_i x_i + b_i):
    # that is an example's value, in its paragraph only
    families = global_keys | set(by_key)
    single = {key for key, items in by_key.items() if key not in global_keys and one_meaning(items, {})
              and not _example_entry(items[0][1].target, items[0][1].body, families)}
    for key in (k for k in by_key if k in single):  # in the order the document states them
        d = by_key[key][0][1]
        if _cyclic(d.target, d.body, definitions):
            # $\eta = \ln\lambda$ in one sentence, $\lambda = e^\eta$ in a later one: the same
            # relation turned round, which the first already says (a claim, checked under it)
            restated.update(id(x) for _, x in by_key[key])
            continue
        definitions.append(d)
    calls = {d.target.func: d for d in definitions if isinstance(d.target, AppliedUndef)}
    local: dict[int, list[Definition]] = {}
    for key, items in by_key.items():
        if key in single:
            continue
        if key not in global_keys and not _example_entry(items[0][1].target, items[0][1].body, families) \
                and (one_meaning(items, calls) or all(_same_value(items[0][1].body, d.body) for _, d in items[1:])):
            # E = ½Σ(y(x_n, w) − t_n)² here and the same with y written out there, J(θ) =
            # ½(Xθ − y)ᵀ(Xθ − y) and then its expansion: one meaning, the first formula's; the
            # others say it again in another form, claims (restating)
            definitions.append(items[0][1])
            restated.update(id(d) for _, d in items[1:] if content_of(d) != content_of(items[0][1]))
            continue
        seen: list[Definition] = []
        for section, d in items:
            # J(θ) = ½(Xθ − y)ᵀ(Xθ − y) in one paragraph, its expansion in the next, another
            # formula for J elsewhere: the expansion says an earlier meaning again (a claim)
            earlier = next((x for x in seen if content_of(x) != content_of(d) and _same_value(x.body, d.body)),
                           None)
            seen.append(d)
            if earlier is not None:
                restated.add(id(d))
                d = earlier
            if not any(_key(x.target) == key for x in local.get(section, [])):
                local.setdefault(section, []).append(d)
    return local


def _neighbour(sides, p: int):
    """The side after side ``p`` of a chain (before it, at the chain's end), or None."""
    for q in (p + 1, p - 1):
        if 0 <= q < len(sides) and sides[q].side is not None and not sides[q].elided:
            return sides[q].side.expr
    return None


def _example_entry(target, body, families: set[str]) -> bool:
    """Is ``target = body`` an example's value: one entry (``z_1``, ``y_3``) of a family the
    document also gives a formula for as a whole (``z_i = …``, ``z = …``), set to a number, to
    another entry of its family or to one letter (z_1 = z_2 = c)? P_1 = e^{y_1}/S is no example."""
    if not isinstance(target, Indexed) or not all(i.is_Integer for i in target.indices):
        return False
    if not isinstance(body, sympy.Basic) or not (
            body.is_Number or isinstance(body, sympy.Symbol)
            or isinstance(body, Indexed) and body.base == target.base):
        return False
    return f"{target.base}[·]" in families or str(target.base) in families


def _same_value(a, b) -> bool:
    """Do two formulas have the same value (Σ_j w_j x_n^j and w_0 + w_1 x_n + Σ_{k=2}^M w_k x_n^k)?
    Both at two seeded points, with every size and free index a small whole number: enough to
    tell one meaning from two, which is all the reader needs (the checker proves claims)."""
    from derive.check.equivalence import content_key  # by content: the same in every process

    rng = random.Random(content_key(a, b))
    try:
        for _ in range(2):
            ints = {x: rng.randint(2, 4) for e in (a, b) for x in e.free_symbols if x.is_integer}
            x, y = (e.xreplace(ints).doit() for e in (a, b))
            atoms = sorted(x.atoms(sympy.Symbol, Indexed, AppliedUndef) | y.atoms(sympy.Symbol, Indexed, AppliedUndef),
                           key=str)
            point = {t: sympy.Float(rng.uniform(0.1, 1.9), 20) for t in atoms if not getattr(t, "is_integer", False)}
            u, v = complex(x.xreplace(point).evalf(20)), complex(y.xreplace(point).evalf(20))
            if abs(u - v) > 1e-9 * max(1.0, abs(u), abs(v)):
                return False
        return True
    except Exception:  # a formula that cannot be evaluated so: not shown to be the same
        return False


def _calls_expanded(expr, calls: dict):
    """``expr`` with every application of a function the document defines written out."""
    if not calls:
        return expr
    from derive.check.equivalence import bind  # a function's body at its arguments

    def swap(a):
        d = calls[a.func]
        return bind(d.body, d.target.args, a.args) if len(a.args) == len(d.target.args) else a

    try:
        return expr.replace(lambda e: isinstance(e, AppliedUndef) and e.func in calls, swap)
    except Exception:  # written out or not, the meaning is the same; comparing is a convenience
        return expr


def _renewing(statements, chapter) -> set[int]:
    """Headings under which the document sets up a model anew: two or more names that displays
    under an earlier heading defined get other formulas here (μ_i and J of the Gaussian after
    those of the Poisson model). One name restated alone is a claim about its first meaning."""
    seen: dict[str, tuple[int, str]] = {}  # left side -> (first heading, right side in force)
    renewed: dict[int, set] = {}
    for st in statements:
        if st.inline or len(st.part.sides) < 2 or st.part.kind != "equation":
            continue
        lhs, rhs = (re.sub(r"\s+", "", _strip(t)) for _, t in st.part.sides[:2])
        if not lhs or not rhs:
            continue
        here = chapter(st.section)
        first, current = seen.setdefault(lhs, (here, rhs))
        if first < here and rhs != current:
            # another formula than the one in force (the first one again after a third model's
            # counts: the logistic μ_i after the probit one)
            renewed.setdefault(here, set()).add(lhs)
        seen[lhs] = (first, rhs)
    return {c for c, names in renewed.items() if len(names) >= 2}


def _redefines(d: Definition, here: int, first_chapter: dict, definitions, redefined=()) -> bool:
    """Is the display definition ``d`` a new section's own meaning of a name a display under an
    earlier heading defined differently (one model after another: J of the Poisson model, then J
    of the logistic one)? Under the same heading a second ``J = …`` is a claim about the first.
    "Differently" is against the meaning in force: the first one again, after another heading
    gave the name a third, is a new meaning too."""
    key = _key(d.target)
    if first_chapter.get(key, here) >= here:
        return False
    current = [x for _, x in redefined if _key(x.target) == key]
    if current:
        return content_of(current[-1]) != content_of(d)
    return all(content_of(x) != content_of(d) for x in definitions if _key(x.target) == key)


def _carried(local: dict, scope: int, chapters, stated=frozenset(), headed=frozenset()) -> list[Definition]:
    """The definitions stated in running text that hold in paragraph ``scope``: its own, then
    those of the paragraphs before it under the same heading ("Set $v(x) = …$", then the steps
    that use v), the latest meaning of each name; never one of the names a display under the
    same heading defines (``stated``: that is the section's meaning), nor an entry. Then, for a
    name the heading gives no meaning at all, the one the text before it gave, if it gave one
    only and no chain restates the name (``headed``)."""
    own = list(local.get(scope, ()))
    keys = {_key(d.target) for d in own} | stated
    here = _chapter(chapters, scope)
    for sc in sorted((sc for sc in local if sc < scope and _chapter(chapters, sc) == here), reverse=True):
        for d in local[sc]:
            # a name or a function (u(x), v(x) of a product rule), not an entry (a_k = g_k(z_k)
            # "with" one step is that step's, as layers told apart by index letters alone are)
            # nor a value (P = 0.5 on a boundary: a case of its paragraph)
            if _key(d.target) not in keys and not isinstance(d.target, Indexed) and d.body.free_symbols:
                own.append(d)
                keys.add(_key(d.target))
    # a heading that gives a name no meaning of its own keeps the one the text before it gave
    # ("with $\eta = \log\lambda$" under (a), then $\lambda = \exp(\eta)$ under (b)) when that
    # text gave one meaning only; never where its own paragraphs give the name one (its cases)
    keys |= {_key(d.target) for sc, defs in local.items() if _chapter(chapters, sc) == here for d in defs}
    before: dict[str, list[Definition]] = {}
    for sc in sorted(sc for sc in local if sc < scope and _chapter(chapters, sc) < here):
        for d in local[sc]:
            before.setdefault(_key(d.target), []).append(d)
    for key, defs in before.items():
        d = defs[-1]
        if key not in keys and key not in headed and len({content_of(x) for x in defs}) == 1 \
                and not isinstance(d.target, Indexed) \
                and d.body.free_symbols:
            own.append(d)
    return own


def _nearest(own: list, definitions: list, line: int) -> list:
    """A paragraph's own meanings of names, less those the document defines again between that
    meaning and the chain at ``line`` ("if $f(x) = x^n$ then …", then the example's display
    `f(x) = x^6` and `f'(x) = 6x^5` below it: the example's f, the nearer one)."""
    return [d for d in own
            if not any(g.line is not None and (d.line or 0) < g.line <= line and _key(g.target) == _key(d.target)
                       for g in definitions)]


def _in_force(own, redefined, line: int) -> tuple:
    """A chain's own definitions: its paragraph's, then for each name a later heading gave a
    new meaning, the last such meaning stated before the chain."""
    keys = {_key(d.target) for d in own}
    latest: dict[str, Definition] = {}
    heading: dict[str, int] = {}  # name -> the heading of its latest new meaning
    for chapter, d in redefined:
        if (d.line or 0) <= line:
            name = _family(d.target)
            if heading.get(name, chapter) != chapter:
                # μ_i anew under a later heading: μ(z_i) of an earlier one is not μ any more
                latest = {k: x for k, x in latest.items() if _family(x.target) != name}
            heading[name] = chapter
            latest[_key(d.target)] = d
    return tuple(own) + tuple(d for k, d in latest.items() if k not in keys)


def _links(every: list[Definition]) -> list[tuple[Definition, sympy.Symbol, sympy.Expr]]:
    """``η = log λ`` with λ defined nowhere, η given another meaning elsewhere (η = θᵀx): the
    first ties λ to η (λ = e^η), as a family's natural parameter is tied to its mean. Returns
    [(the tying definition, λ, λ's value in η)] for each name so tied, solved uniquely."""
    targets = {_key(d.target) for d in every}
    meanings: dict[str, set] = {}
    for d in every:
        meanings.setdefault(_key(d.target), set()).add(content_of(d))
    out = []
    for d in every:
        if not isinstance(d.target, sympy.Symbol) or len(meanings[_key(d.target)]) < 2:
            continue
        free = [x for x in d.body.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer]
        if len(free) != 1 or _key(free[0]) in targets or d.body == free[0] or d.body.has(AppliedUndef):
            continue
        try:
            with soft_limit(SOLVE_SECONDS):
                roots = sympy.solve(sympy.Eq(d.target, d.body), free[0], check=False, simplify=False)
        except (NotImplementedError, ValueError, TypeError, SoftTimeout):
            continue  # (0.5 x (1 + tanh(…(x + 0.044715 x³))): no closed form, and no end to the search)
        if len(roots) == 1 and not roots[0].has(free[0]):
            out.append((d, free[0], roots[0]))
    return out


def _linked(in_force: tuple, links, definitions, line: int) -> tuple:
    """A chain's own definitions, with λ = e^η where η = log λ tied them and η means something
    else here (``links``): λ then follows η's meaning here, as the model says. Never in the
    formula that states the tie (it would prove itself)."""
    if not links:
        return in_force
    keys = {_key(d.target): d for d in definitions} | {_key(d.target): d for d in in_force}
    extra = []
    for d, name, value in links:
        here = keys.get(_key(d.target))
        if here is None or content_of(here) == content_of(d) or _key(name) in keys or here.body.has(name) \
                or d.line == line:
            continue
        written = f"{sympy.latex(name)} = {sympy.latex(value)}"
        extra.append(Definition(name, value, written, d.line))
        keys[_key(name)] = extra[-1]
    return tuple(in_force) + tuple(extra)


# `$s_{xy}$ denotes the sample covariance of $x$ with $y$`, `$\bar{x}$ and $\bar{y}$ denote the
# sample means`, `$E$ is the sum of squared errors`: a name the words say is a quantity built from
# others (a statistic, an error, a loss), not data
_DESCRIBED = re.compile(r"\$?\s*(?:(?:,\s*(?:and\s+)?|and\s+)\$[^$]{1,60}\$\s*)*(?:denotes?|stands?\s+for|represents?|"
                        r"is|are|be)\s+(?P<what>(?:the|an?|our)\s+[^.;:,$]{0,80}?\b(?:mean|average|variance|"
                        r"covariance|deviation|sum|total|error|loss|cost|norm|likelihood|correlation|residual)s?\b"
                        r"(?:[^.;:,$]|\$[^$]{1,30}\$){0,60})", re.I)


def _described(told, definitions, macros, model) -> tuple:
    """The names of ``told`` (inline formulas the words after them describe) that no formula
    defines and nothing is differentiated by (β "the one that minimises the residuals" is the
    variable): (name, line, the words). A formula that is no bare name (s_x^2 is s_x squared:
    s_x) tells of none."""
    defined = {_head_name(d.target) for d in definitions}
    out: dict[str, tuple] = {}
    for text, line, words in told:
        try:
            e = parse_side(_expand(text, macros), model=model).expr
        except Exception:  # words about a formula derive cannot read: nothing to record
            continue
        if isinstance(e, sympy.Pow) and e.exp.is_Integer:
            e = e.base
        if isinstance(e, (sympy.Symbol, Indexed)) and not getattr(e, "is_integer", False) \
                and _head_name(e) not in defined and _head_name(e) not in model.variables:
            out.setdefault(_head_name(e), (_head_name(e), line, re.sub(r"\s+", " ", words)))
    return tuple(out.values())


def _at_true_class(chain: dict, letter: str, label: str, line: int, definitions) -> None:
    """A formula under the heading where the prose says "$k$ is the true class" that writes the
    one-hot labels (or a name defined with them) and the letter k as an index holds where y_k = 1
    (the labels' other entries 0): ``-\\sum_i y_i \\log \\hat{y}_i = -\\log \\hat{y}_k``. The chain
    gets that condition."""
    from derive.check.equivalence import _reached  # the sides and the bodies of what they use, through

    exprs = [s.side.expr for s in chain["sides"] if s.side is not None and not s.elided and s.side.expr is not None]
    entries = [a for e in _reached(exprs, definitions)[1] for a in e.atoms(Indexed)
               if str(a.base.label) == label and len(a.indices) == 1]
    index = next((x for e in exprs for x in e.free_symbols if isinstance(x, sympy.Symbol) and x.is_integer
                  and x.name == letter), None)
    if entries and index is not None:
        chain["condition"] = sympy.Eq(entries[0].base[index], 1)
        chain["condition_latex"] = f"{label}_{letter} = 1 ({letter} is the true class, line {line})"


def _values_given(definitions: list[Definition], stated: dict, chains: list[dict]) -> list[Definition]:
    """The definitions (display or inline, ``stated`` holds both) that give a value to a name the
    document differentiates by: their body is data alone, the targets among it, and no name any
    derivative of the document is taken by (θ = (AᵀA)⁻¹Aᵀy, where ∂J/∂θ is written): a fit.
    ``z = wx + b`` keeps defining z."""
    by = {_base_name(v) for e in _read_exprs(chains) for dv in e.atoms(Derivative) for v in dv.variables}
    # the estimate of such a name (β̂_1 beside ∂RSS/∂β_1) is where the derivative vanishes, whatever
    # its formula is written in (s_{xy}/s_x^2): a value the fit takes too
    return [d for d in definitions if id(d) in stated and not isinstance(d.target, AppliedUndef)
            and _data_only(d.body, by)
            and (_base_name(d.target) in by and any(_base_name(a) in _TARGETS
                                                    for a in d.body.atoms(sympy.Symbol, Indexed))
                 or estimated(_base_name(d.target)) in by)]


# `\dots = …`, `\phantom{L(y)} = …` (the left side kept invisible to align the row): the formula
# above goes on
_ELIDED_HEAD = re.compile(r"\s*(?:\\(?:dots|ldots|cdots)|\.\.\.|…|\\h?phantom\s*\{(?:[^{}]|\{[^{}]*\})*\})\s*")
_ENTRIES = re.compile(r"\s*(?:\\left\s*)?(?:\(|\[|\\\{|\\lbrace)[^=]*,|.*\\begin\{(?:[pbBvV]?matrix|array)\}", re.S)
_TARGETS = frozenset({"y", "t"})  # the data a model is fitted to: a value built from it is a fit
_DATA = frozenset({"x", *_TARGETS})  # the data a document writes out entry by entry


def _data_only(body, variables) -> bool:
    """Is ``body`` built from data alone: names, none of them in ``variables``, no derivative?"""
    names = {a for a in body.atoms(sympy.Symbol, Indexed) if not a.is_integer}  # sizes, indices aside
    return bool(names) and not body.atoms(AppliedUndef, Derivative) \
        and not any(_base_name(a) in variables for a in names)


def _base_name(e) -> str:
    """The name of a quantity, without its indices: y for y_i, y for y."""
    return str(e.base) if isinstance(e, Indexed) else str(e)


def _head_name(e) -> str:
    """The name a quantity or a function is known by: y for y_i, f for f(x)."""
    return str(e.func) if isinstance(e, AppliedUndef) else _base_name(e)


_SUM_NAME = re.compile(r"\s*\\sum\s*_\s*\{?\s*([A-Za-z])\s*\}?\s*")  # \sum_K as a formula's whole left side


def _worked_instance(target, body: SideText | None, definitions) -> bool:
    """``\\hat{y}(x_i) = 0 \\times 5 + 0`` after ``\\hat{y}(x) = w x + b``: arithmetic on numbers alone
    for a name the document already gives a formula with names in, is its value in a worked
    example, not a new meaning: a claim. A number alone (`P = 0.5` on a boundary, `a(\\phi) = 1`
    for one family) still gives the name that value."""
    if body is None or body.side is None or body.side.expr is None or not notation_model.ARITHMETIC.search(body.latex) \
            or not isinstance(target, (sympy.Symbol, Indexed, AppliedUndef)) \
            or any(not x.is_integer for x in body.side.expr.free_symbols):
        return False
    name = _head_name(target)
    return any(_head_name(d.target) == name and any(not x.is_integer for x in d.body.free_symbols)
               for d in definitions)


def _at_a_point(target, definitions) -> bool:
    """``\\Phi(-\\infty) = 0``, ``\\Phi(0) = 0.5`` after ``\\Phi(x) = \\int_{-\\infty}^{x} \\phi(t)\\,dt``: a
    function the document already defines at a variable, written at a number: its value there, a
    claim (a fact about Φ), never a new meaning of Φ that would replace the formula."""
    if not isinstance(target, AppliedUndef) or not target.args or any(a.free_symbols for a in target.args):
        return False
    return any(isinstance(d.target, AppliedUndef) and d.target.func == target.func
               and any(a.free_symbols for a in d.target.args) for d in definitions)


def _stem(e) -> str:
    """The name without what tells its versions apart: w for w_{new}, w_{old}, θ^{(t+1)}, w_k."""
    return re.split(r"[_^(\[]", _base_name(e), maxsplit=1)[0]


def _step_of(target, body) -> bool:
    """``w_{new} = w_{old} − η ∂L/∂w``, ``θ^{(t+1)} = θ^{(t)} − α ∇J``: a new version of a name
    from another version of it and a derivative, an update rule; or from a version named so
    (``w_{1new} = w_{1old} − α (1/N) Σ …``, the gradient written out)."""
    if not isinstance(body, sympy.Add):
        return False
    versions = [t for t in body.args if isinstance(t, (sympy.Symbol, Indexed)) and t != target
                and _stem(t) == _stem(target)]
    return bool(versions) and (body.has(Derivative) or any(
        _VERSION.search(_base_name(target)) and _VERSION.search(_base_name(t)) for t in versions))


_VERSION = re.compile(r"(?:new|old|next|prev|updated|current)$")  # w_{new}, w_{1old}


def _at_current(side: SideText, target) -> SideText:
    """The change of an update rule, ``θ_{old} − η ∂J/∂θ``: the derivative by θ is taken at the
    version the rule starts from (θ_{old}, w_t, θ^{(t)}), as the rule means — the one other version
    of the name the change writes. Unchanged where it writes none, or more than one."""
    e = side.side.expr if side.side is not None else None
    if e is None or not e.has(Derivative) or e.has(sympy.Subs):  # (∂J/∂w(w_t) says where already)
        return side
    by_what = {v for d in e.atoms(Derivative) for v in d.variables}
    versions = {a for a in e.atoms(sympy.Symbol, Indexed) if a != target and _stem(a) == _stem(target)
                and a not in by_what and not (isinstance(a, sympy.Symbol) and a.is_integer)}
    if len(versions) != 1:
        return side
    (now,) = versions
    by = {d: sympy.Subs(d, v, now) for d in e.atoms(Derivative) for v in d.variables
          if len(d.variables) == 1 and isinstance(v, sympy.Symbol) and v != now and _stem(v) == _stem(target)}
    if not by:
        return side
    return replace(side, side=replace(side.side, expr=e.xreplace(by), alternative=None))


NOISE_NAMES = frozenset({"epsilon", "varepsilon"})  # the error term of a model equation
LABEL_NAMES = frozenset({"y", "t"})  # what a model equation explains: the labels (data)


def _noise(target, body):
    """The error term ε_i of a model equation ``y_i = β_0 + β_1 x_i + ε_i`` (the labels on the
    left, ε added once on the right), or None."""
    if not isinstance(target, (sympy.Symbol, Indexed)) or _base_name(target) not in LABEL_NAMES \
            or not isinstance(body, sympy.Add):
        return None
    found = [a for a in body.args if isinstance(a, (sympy.Symbol, Indexed)) and _base_name(a) in NOISE_NAMES]
    return found[0] if len(found) == 1 else None


def _holds(body, target) -> bool:
    """Does ``body`` hold ``target`` itself (L in L = (1/n) Σ L_i does not: L_i is an entry)? A
    function's bare name is the function itself (C = C(a_1, …, a_n) says what C depends on)."""
    if isinstance(target, sympy.Symbol):
        return occurs_bare(body, target)
    if isinstance(target, AppliedUndef) and isinstance(body, sympy.Symbol) and body.name == str(target.func):
        return True
    return body.has(target)


# `y = 1`, `y_i = 0`, `y^{(i)} = 1`: a name (with an index) set to a number, a case in passing
_NUMBER = r"[-+]?\d+(?:\.\d+)?(?:\s*\\%)?"  # 0.5, 50\%
_NAME_IS_NUMBER = re.compile(r"\s*\\?[A-Za-z]+(?:_\{?[\w+-]\}?|\^\{?\(\w\)\}?)?\s*=\s*" + _NUMBER + r"\s*")


# what names the labels as one-hot without the word: "exactly one $t_i$ is 1 and all the others
# are 0", "$Y_i$ is 1 for the true class and 0 for the others"
_ONE_HOT = re.compile(r"\b(?:exactly|only)\s+one\s+(?:of\s+the\s+)?\$\s*(?P<entry>[A-Za-z])_\{?\w\}?\s*\$\s+"
                      r"(?:is|equals)\s+(?:1|one)\b"
                      r"|\$\s*(?P<label>[A-Za-z])_\{?\w\}?\s*\$\s+(?:is|equals)\s+(?:1|one)\s+for\s+the\s+"
                      r"(?:true|correct|right|target)\s+class\s+and\s+(?:0|zero)\b", re.I)
_ONE_HOT_WORD = re.compile(r"\bone[- ]?hot\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
# inline mathematics that is one name: $y$, $\mathbf{y}$, $Y_i$, $\mathbf{y}_{i}$, $y^{(i)}$
_NAME_SPAN = re.compile(r"\$\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*)?(?P<name>[A-Za-z])\s*\}?\s*"
                        r"(?:[_^]\s*(?:\{[^{}$]*\}|\\?\w+)\s*)*\$")
_CODE_NAME = re.compile(r"`(?P<name>[A-Za-z])`")  # `Y` in Markdown prose: the name Y
_COUNTERS = frozenset("ijklmn")  # $i$ in "the label of class $i$" names no vector
# what follows a count: "which of $K$ classes", "$n$ samples" (the K is no one-hot vector)
_COUNTED = re.compile(r"\s*(?:different\s+|possible\s+|distinct\s+)?(?:classes|categories|outputs|entries|samples|"
                      r"features|examples|dimensions|components|labels)\b", re.I)
_TIGHT = re.compile(r"(?:[\s-]+(?:encoded|encoding|label|labels|target|targets|vectors?|truth|of))*\s*")
_NEGATED = re.compile(r"\b(?:not|never|unlike|instead\s+of|rather\s+than)\b", re.I)


# prose giving a formula's size: "$\mathbf{Z}_h$ is of size $(10, m)$", "$X$ has shape $N \times D$"
_SIZE_SAID = re.compile(r"\$([^$]{1,40})\$\s*(?:is\s+|has\s+)?(?:of\s+)?(?:size|shape|dimensions?)\s+"
                        r"\$\s*\(?([^$()]{1,40}?)\)?\s*\$")


# "for matrices $A$, $B$ and $C$", "an orthogonal matrix $Q$", "$H$ is a symmetric matrix":
# names the prose says are matrices, whatever their shape
_MATRICES_SAID = re.compile(r"\bmatri(?:x|ces)\s+((?:\$\$?[^$]{1,30}\$\$?(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)"
                            r"|\$\$?([^$]{1,30})\$\$?\s+(?:is|be)\s+an?\s+(?:[a-z]+\s+){0,2}matrix\b")


def _matrices_said(text: str) -> list[tuple[str, str, int]]:
    """[(name, words, offset)] of each name the prose calls a matrix (``_MATRICES_SAID``)."""
    out = []
    for m in _MATRICES_SAID.finditer(text):
        for inner in (re.findall(r"\$\$?([^$]+)\$\$?", m.group(1)) if m.group(1) else [m.group(2)]):
            try:
                toks = tokenize(inner)
            except LatexError:
                continue
            name, end = notation_model.scripted_name_at(toks, 0) if toks else (None, 0)
            if name is not None and end == len(toks):
                out.append((name, " ".join(m.group(0).split())[:60], m.start()))
    return out


def _sizes_said(text: str) -> list[tuple[str, str, int]]:
    """[(name, shape, offset)] of each name whose size the prose gives as a matrix's (two
    dimensions, neither 1), in the words of ``_SIZE_SAID``."""
    out = []
    for m in _SIZE_SAID.finditer(text):
        try:
            left, dims = tokenize(m.group(1)), tokenize(m.group(2))
        except LatexError:
            continue
        name, end = notation_model.scripted_name_at(left, 0) if left else (None, 0)  # \mathbf{Z}_h: Z's
        if name is not None and end == len(left) and (shape := notation_model.matrix_shape(dims)):
            out.append((name, shape, m.start()))
    return out


# {-1, +1}, {\pm 1}, {+1, -1}: the two labels of a margin classifier (spaces and \left removed)
_SIGNS = re.compile(r"\{(?:-1,\+?1|\+?1,-1|\\pm1)\}")
_BITS = re.compile(r"\{(?:0,1|1,0)\}")
# a label written equal to a value, in a condition or an event: y_i=0, y^{(i)} = 1, P(y=1|x), y_i = 0,1
# (a sample's index, y_i, y_{n}, y^{(i)}, is named: a label of one sample, never a time or a variable)
_LABEL_SCRIPTS = (r"\s*(?:_\s*(?:\{\s*(?P<s1>[in])\s*\}|(?P<s2>[in])(?![A-Za-z])|\{[^{}]*\}|[A-Za-z0-9]))?"
                  r"\s*(?:\^\s*(?:\{\s*\(\s*(?P<s3>[in])\s*\)\s*\}|\{[^{}]*\}|\([^()]*\)))?")
_LABEL_VALUE = re.compile(r"(?<![A-Za-z\\])(?P<label>[yt])" + _LABEL_SCRIPTS
                          + r"\s*=\s*(?P<value>-\s*1|0|1)(?![\d.])(?:\s*,\s*(?P<also>1)(?![\d.,]))?")
_LABEL_ALONE = re.compile(r"\s*(?P<label>[yt])" + _LABEL_SCRIPTS + r"\s*")
# where a label's value is a case or an event: "& y = 1", "\text{if } y = 0", P(y = 1 | x)
_LABEL_PLACE = re.compile(r"(?:&|\bif|\\text\{\s*if\s*\}|(?:\bP|\bp|\\Pr|\bPr)\s*\(|\\mid|\|)\s*\{?\s*$")


_LABEL_NAME = re.compile(r"\s*(?:\\mathbf\s*\{\s*)?([yt])(?![A-Za-z])")


def _of_a_sample(m: re.Match) -> bool:
    """Does a label written in ``m`` carry a sample's index (y_i, y_n, y^{(i)})?"""
    return any(m.group(g) for g in ("s1", "s2", "s3"))


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Where the sentence holding offset ``at`` starts, looking back at most ``reach`` characters."""
    return max((e.end() for e in _SENTENCE_END.finditer(text, max(0, at - reach), at)), default=max(0, at - reach))


def _one_hot(text: str, assumptions: dict, raw: str = "") -> list[tuple[str, int]]:
    """[(name, offset)] of each name the prose says is one-hot where the front matter gives it no
    domain; the first place each is said. A sentence that says "one-hot" names the formula
    nearest to the word that is one name (``$\\mathbf{y}_{i}$ are \\textit{one-hot}``, ``a
    one-hot $y$``, ``$Y_i$ is the label of class $i$: one-hot``), or the labels, y, when it names
    none ("the labels are one-hot"); never a sentence that denies it. In Markdown (``raw``, the
    text before code spans were blanked, offsets unchanged) a code span of one letter names it
    too: "Turn `Y` into one-hot vectors"."""
    found: list[tuple[str, int]] = []
    for m in _ONE_HOT.finditer(text):
        found.append((m.group("entry") or m.group("label"), m.start()))
    for m in _ONE_HOT_WORD.finditer(text):
        start = _sentence_start(text, m.start(), 400)
        end = _SENTENCE_END.search(text, m.end())
        end = min(end.start() if end else len(text), m.end() + 400)
        sentence = text[start:end]
        if _NEGATED.search(sentence):
            continue
        spans = [n for n in _NAME_SPAN.finditer(sentence) if n.group("name") not in _COUNTERS
                 and not _COUNTED.match(sentence, n.end())]
        if raw:
            spans = sorted(spans + [n for n in _CODE_NAME.finditer(raw[start:end])
                                    if n.group("name") not in _COUNTERS], key=lambda n: n.start())
        word = m.start() - start
        after = [n for n in spans if n.start() >= word + len(m.group())
                 and _TIGHT.fullmatch(sentence[word + len(m.group()):n.start()])]
        before = [n for n in spans if n.end() <= word]
        if after:  # a one-hot $y$, the one-hot encoded label vector $\mathbf{y}$
            found.append((after[0].group("name"), m.start()))
        elif before:  # $\mathbf{y}$ is one-hot, $Y_i$ is the label of class $i$: one-hot
            found.append((before[-1].group("name"), m.start()))
        elif re.search(r"\blabels?\b", sentence, re.I):  # the labels are one-hot
            found.append(("y", m.start()))
    out: dict[str, int] = {}
    for name, offset in sorted(found, key=lambda f: f[1]):
        if name not in assumptions:
            out.setdefault(name, offset)
    return list(out.items())


# "$k$ is the position of the true class", "with $i$ the index of the correct class", "whose
# true class is class i": the letter that names the class a one-hot label has its 1 at
_TRUE_CLASS = re.compile(r"\$\s*(?P<a>[A-Za-z])\s*\$\s*(?:is\s+|be\s+|being\s+|as\s+|denotes\s+)?the\s+"
                         r"(?:index|position|number|label)\s+of\s+the\s+(?:true|correct|target|right|actual)\s+"
                         r"(?:class|label|category)\b"
                         r"|\b(?:true|correct|target|actual)\s+(?:class|label|category)\s+(?:is|be)\s+"
                         r"(?:class\s+\$?\s*(?P<b>[A-Za-z])\s*\$?|\$\s*(?P<c>[A-Za-z])\s*\$)(?![A-Za-z\\])", re.I)


# the labels of a cross-entropy: the entries that multiply a log (y_k \log \hat{y}_k, t_i log(S_i))
_LABEL_BY_LOG = re.compile(r"(?<![A-Za-z\\])([yt])\s*_\s*\{?\s*\w\s*\}?\s*(?:\\cdot\s*)?\\?log\b")


def _true_classes(text: str) -> list[tuple[str, int]]:
    """[(letter, offset)] of each place the prose names the letter of the true class (``_TRUE_CLASS``),
    never a sentence that denies it; a counter's letter only (i, j, k, c, …), not a count."""
    out = []
    for m in _TRUE_CLASS.finditer(text):
        letter = m.group("a") or m.group("b") or m.group("c")
        start = _sentence_start(text, m.start(), 200)
        if letter.islower() and letter not in "xyt" and not _NEGATED.search(text[start:m.end()]):
            out.append((letter, m.start()))
    return out


# Prose that says the steps after it hold at an optimum, not for every value
OPTIMUM = re.compile(r"\b(?:(?:set(?:ting)?|put(?:ting)?|equat(?:e|ing))\b[^.$]{0,40}?\b(?:to|equal to)\s+(?:zero|0)\b"
                      r"|equal to zero|minimi[sz](?:e|es|ing|ed|er)\b|minimum|smallest|stationary|normal equations?"
                      r"|(?:derivatives?|gradients?)\b[^.$]{0,60}?\b(?:(?:is|are|be|vanish(?:es)?)\s+(?:zero|0)\b|vanish(?:es|ing)?\b)"
                      r"|first[- ]order conditions?|solv(?:e|es|ing)\s+for)", re.I)


def _prose(text: str, spans) -> str:
    """The text with its formulas blanked (offsets kept)."""
    chars = list(text)
    for sp in spans:
        for k in range(sp.start, min(sp.end, len(chars))):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def _sum_filter(sides, condition):
    """A condition on a sum's own index (``\\sum_i \\log p_i`` where ``y_i = 1``: i means nothing
    outside the sum) picks the terms it holds for: the sides with each such sum's terms times
    the indicator of the condition; None when the condition is about the formula as a whole."""
    indices = {x for x in condition.free_symbols if isinstance(x, sympy.Symbol) and x.is_integer}
    exprs = [s.side.expr for s in sides if s.side is not None and not s.elided and s.side.expr is not None]
    if not indices or not exprs or any(indices & e.free_symbols for e in exprs):
        return None
    bound = {v for e in exprs for x in e.atoms(sympy.Sum) for v in x.variables}
    if not indices <= bound:
        return None
    pick = sympy.Piecewise((sympy.Integer(1), condition), (sympy.Integer(0), True))

    def filtered(e):
        return e.replace(lambda x: isinstance(x, sympy.Sum) and indices & set(x.variables),
                         lambda x: sympy.Sum(x.function * pick, *x.limits))

    return [replace(s, side=replace(s.side, expr=filtered(s.side.expr), alternative=None))
            if s.side is not None and not s.elided and s.side.expr is not None else s for s in sides]


def _cyclic(target, body, definitions) -> bool:
    """Would ``target = body`` close a circle of definitions (θ = ln(p/(1−p)) given, then
    ∴ p = e^θ/(1 + e^θ))? Then it is what the earlier ones imply: a claim, not a definition."""
    by_name: dict[str, list] = {}  # by _key: z_1 and z_2 are two quantities, z_i one family
    for d in definitions:
        by_name.setdefault(_key(d.target), []).append(d.body)
    name = _key(target)
    todo = [(body, True)]
    seen: set[str] = {name}
    while todo:
        e, own = todo.pop()
        for a in e.atoms(sympy.Symbol, Indexed, AppliedUndef):
            n = _key(a)
            if n == name and not own:
                return True  # (L_i = σ(Σ_h w_h L_h) names itself directly: a recursion, not a circle)
            if n not in seen:
                seen.add(n)
                todo.extend((b, False) for b in by_name.get(n, ()))
    return False


def _family(target) -> str:
    """The name a definition is about, whatever its form: μ for μ_i, μ(z_i) and μ."""
    if isinstance(target, Indexed):
        return str(target.base)
    if isinstance(target, AppliedUndef):
        return str(target.func)
    return str(target)


def content_of(d: Definition) -> str:
    """What a definition says, whatever letters its parameters and sums use."""
    return sympy.srepr((d.target, d.body))


def _nearby(scope: int, local: dict, chapters) -> tuple:
    """Definitions of other paragraphs under the same heading as paragraph ``scope``: a case
    stated in one section does not reach into another."""
    here = _chapter(chapters, scope)
    return tuple(d for sc, defs in sorted(local.items()) if sc != scope and _chapter(chapters, sc) == here
                 for d in defs)


def _further_down(chain: dict, redefined: list, at: int, given: set) -> tuple:
    """New meanings the chain's own heading gives names further down (`\\tanh(x) = g(x)/h(x)`,
    then g and h given anew for tanh), where that heading gave them none before the chain:
    readings the chain may have been written under (a step that fails with the earlier meaning
    and holds with this one is ambiguous), never its definitions."""
    line = chain["sides"][0].line
    before = {name for h, name, at_line in given if h == at and at_line <= line}
    return tuple(d for h, d in redefined if h == at and (d.line or 0) > line and _key(d.target) not in before)


def _chapter(chapters, scope: int) -> int:
    """The heading paragraph ``scope`` stands under (0 before the first)."""
    return chapters[scope] if 0 <= scope < len(chapters) else 0


def _undefined_name(side, known) -> bool:
    """Is ``side`` a name alone (an entry too) that nothing defines?"""
    return side.side is not None and not side.elided and _is_target(side.side.expr) \
        and _key(side.side.expr) not in known


def _names_in_chains(chains: list[dict], definitions: list[Definition], local, model, chapter,
                     redefined: list) -> None:
    """A name that stands alone between two sides of a chain and is defined nowhere
    (``\\frac{\\partial L}{\\partial z} = dz = a - y``, ``y = \\sigma(x) = f(x) = …``) names the
    side after it: that link holds by definition, and the name means that side elsewhere. At the
    end of a chain (``h_i = \\sum_k e^{a_k} = \\Sigma``) it names the side before it, when it
    appears there first, later formulas use it, and that side is not a derivative's value.
    A name introduced so and later introduced again (f for ReLU, then f for leaky ReLU) takes
    its new meaning from there on (``redefined``); the other link of that chain is still checked."""
    from derive.latex.printer import course_latex

    leaves = set()
    for d in definitions:
        leaves |= {_key(a) for a in d.body.atoms(sympy.Symbol, Indexed, AppliedUndef)}

    first: dict[str, int] = {}  # name -> the first and the last chain that use it
    final: dict[str, int] = {}
    keys: dict = {}  # atom -> _key(atom): the same atoms recur in every chain
    for n, chain in enumerate(chains):
        for s in chain["sides"]:
            if s.side is not None and not s.elided:
                for a in s.side.expr.atoms(sympy.Symbol, Indexed, AppliedUndef):
                    k = keys.get(a)
                    if k is None:
                        k = keys[a] = _key(a)
                    first.setdefault(k, n)
                    final[k] = n
    introduced: set[str] = set()  # names introduced so
    defined = {_key(d.target) for d in definitions}
    for n, chain in enumerate(chains):
        sides = chain["sides"]
        known = defined | {_key(d.target) for d in local.get(chain["section"], [])}
        for p in range(1, len(sides)):
            e = sides[p].side.expr if sides[p].side is not None and not sides[p].elided else None
            if e is None or not _is_target(e) or getattr(e, "is_integer", False):
                continue
            key = _key(e)
            anew = key in introduced
            if (key in known and not anew) or key in leaves or key in model.variables or key in ("x", "y") \
                    or _example_entry(e, _neighbour(sides, p), defined):  # z_1 = z_2 = z_3 = c beside z_i = …
                continue
            named_before = p >= 2 and sides[p - 1].side is not None and not sides[p - 1].elided \
                and _is_target(sides[p - 1].side.expr) and p - 1 in chain["named"]
            if p == len(sides) - 1 and not (named_before and first.get(key) == n) \
                    and (first.get(key) != n or final.get(key, n) <= n or sides[p - 1].side is None
                         or sides[p - 1].side.expr.has(Derivative)):
                continue  # `… = g` at the end, g used before or never after, or what a
                # derivative is (∂z/∂w = a_k): a claim about g, not its name (E = a = ŷ, a just
                # named E: ŷ is one more name for it)
            options = ((p + 1, sides[p + 1]), (p, sides[p - 1])) if p < len(sides) - 1 else ((p, sides[p - 1]),)
            if len(options) == 2 and _undefined_name(sides[p + 1], known) and not _undefined_name(sides[p - 1], known) \
                    and sides[p - 1].side is not None and not sides[p - 1].elided \
                    and not sides[p - 1].side.expr.has(Derivative):
                # E = a = ŷ, a and ŷ defined nowhere: a names the expression before it, and ŷ a in turn
                options = options[::-1]
            relations = chain["relations"]
            for k, src in options:
                # only across `=` (w > 0 at a chain's end names nothing: w was "defined" as 0)
                if k - 1 < len(relations) and relations[k - 1] not in ("=", *DEFINING):
                    continue
                if src.side is not None and not src.elided and not _mentions(src.side.expr, e) \
                        and not _cyclic(e, src.side.expr, definitions):  # λ = e^η beside η = log λ
                    d = Definition(e, src.side.expr, f"{sides[p].latex} = {src.latex}", sides[p].line)
                    if anew:
                        redefined.append((chapter(chain["section"]), d))
                    else:
                        definitions.append(d)
                        defined.add(key)
                    known.add(key)
                    introduced.add(key)
                    where = "right" if k == p + 1 else "left"
                    chain["named"][k] = f"introduces `{course_latex(e)}` as a name for the {where} side"
                    break


# the loss the prose names: "gradients for the cross entropy loss", "the binary cross-entropy",
# "log loss" (with one prediction ŷ: the Bernoulli one; a constant factor never differs here)
_CROSS_ENTROPY = re.compile(r"\b(?:binary\s+)?cross[\s-]*entropy\b|\blog[\s-]*loss\b", re.I)


def _loss_named_in_words(chains: list[dict], definitions: list[Definition], local, model) -> None:
    """``\\frac{\\partial L}{\\partial \\hat{y}}`` with L defined nowhere, under prose that names the
    cross-entropy loss: L is that loss of the document's y and ŷ, −[y log ŷ + (1 − y) log(1 − ŷ)].
    Only where y and ŷ are single numbers (a one-output model) and the words come before the
    first formula differentiating L; a vector ŷ (K classes) is left alone."""
    if "y" in model.vectors or "yhat" in model.vectors:
        return
    from derive.model import LOSSES  # the registered loss, not a second spelling of it

    y, yhat = scalar("y"), scalar("yhat")
    body = LOSSES["bce"](y, yhat)
    defined = {_key(d.target) for d in definitions} | {_key(d.target) for ds in local.values() for d in ds}
    named = False  # the words were said before this chain
    for c in chains:
        named = named or bool(_CROSS_ENTROPY.search(c.get("prose", "")))
        if not named:
            continue
        for side in c["sides"]:
            if side.side is None or side.elided:
                continue
            for d in side.side.expr.atoms(Derivative):
                loss = d.expr
                if not isinstance(loss, sympy.Symbol) or _key(loss) in defined or d.variables != (yhat,) \
                        or loss.name in ("y", "yhat"):
                    continue
                definitions.append(Definition(loss, body, f"{loss.name} = the cross-entropy loss the "
                                                          f"text names", side.line))
                defined.add(_key(loss))


def _named_by_derivative(chains: list[dict], definitions: list[Definition], local) -> None:
    """``s'(x) = \\frac{d}{dx}\\left(\\frac{1}{1+e^{-x}}\\right)``, with s defined nowhere, says
    which function s is: the one differentiated beside its derivative. That link holds by the
    definition it makes, and s means that function everywhere else (s'(x) = s(x)(1 − s(x)))."""
    from derive.latex.printer import course_latex

    defined = {_key(d.target) for d in definitions}
    for chain in chains:
        sides = chain["sides"]
        if len(sides) < 2 or not any(isinstance(s.side.expr if s.side is not None else None, Derivative)
                                     for s in sides):
            continue
        known = defined | {_key(d.target) for d in local.get(chain["section"], [])}
        for p in range(len(sides) - 1):
            here, there = (s.side.expr if s.side is not None and not s.elided else None
                           for s in (sides[p], sides[p + 1]))
            if not (_first_derivative(here) and _first_derivative(there)) or p + 1 in chain["named"]:
                continue
            f, (v, _), body = here.expr, here.variable_count[0], there.expr
            if not (isinstance(f, AppliedUndef) and f.args == (v,) and isinstance(v, sympy.Symbol)
                    and there.variables == (v,) and _key(f) not in known and not body.has(f.func)):
                continue
            definitions.append(Definition(f, body, f"{course_latex(f)} = {course_latex(body)}",
                                          sides[p].line))
            known.add(_key(f))
            defined.add(_key(f))
            chain["named"][p + 1] = (f"introduces `{course_latex(f)}` as the function differentiated "
                                     f"on the right")


def _named_by_substitution(chains: list[dict], definitions: list[Definition], local, model) -> None:
    """A link whose right side is its left with one name the document defines nowhere put in
    its place by an expression (``z_j = \\sum_k w_{kj} a_k + b_j = \\sum_k w_{kj} \\phi(z_k) + b_j``,
    ``L = (\\hat{y} - y)^2 = (\\sigma(z) - y)^2``) says what that name means: a_k = φ(z_k),
    ŷ = σ(z). The link holds by that meaning, and the name means it everywhere else. Only
    one such name per link, replaced everywhere it occurs and by an expression that is not a
    single name or number (``w = θ`` is a change of letters, not a meaning), never the data x, y,
    never a meaning that closes a circle or takes a sum's index out of its sum."""
    from derive.latex.printer import course_latex

    known = {_key(d.target) for d in definitions} | {_key(d.target) for ds in local.values() for d in ds}
    for chain in chains:
        sides, relations = chain["sides"], chain["relations"]
        for p in range(len(sides) - 1):
            if p + 1 in chain["named"] or p >= len(relations) or relations[p] != "=":
                continue
            here, there = (s.side.expr if s.side is not None and not s.elided else None
                           for s in (sides[p], sides[p + 1]))
            if here is None or there is None or here.has(Derivative):
                continue
            found = []
            parts = {e for e in sympy.preorder_traversal(there) if _compound(e)}  # what may stand for a name
            bound = _bound_in(there)
            for n in here.atoms(sympy.Symbol, Indexed, AppliedUndef):
                if n == here or not _is_target(n) or _key(n) in known or _base_name(n) in ("x", "y") \
                        or _mentions(there, n) or n in _bound_in(here):
                    continue
                found += [(n, e) for e in parts | set(filter(_compound, _terms_put_for(n, here, there)))
                          if not _mentions(e, n) and here.xreplace({n: e}) == there and _written_in_arguments(n, e)
                          and bound & e.free_symbols <= n.free_symbols  # ŷ for x_i ŵ in Σ_i
                          and not _cyclic(n, e, definitions)]  # Y_i = Ŷ_i + ε_i, then Σε² = Σ(Y − Ŷ)²
            if len(found) != 1:
                continue
            n, e = found[0]
            definitions.append(Definition(n, e, f"{course_latex(n)} = {course_latex(e)}", sides[p + 1].line))
            known.add(_key(n))
            chain["named"][p + 1] = (f"introduces `{course_latex(n)}` as a name for "
                                     f"`{course_latex(e)}`: this link writes one in place of the other")


def _compound(e) -> bool:
    """An expression of names that is not itself one name or number (σ(z), wx + b)."""
    return isinstance(e, sympy.Expr) and not e.is_Atom and not isinstance(e, Indexed) and bool(e.free_symbols)


def _terms_put_for(name, here, there) -> set:
    """Where ``name`` is one term (factor) of ``here``, the terms (factors) of ``there`` beyond
    the others, as one expression (Ŷ_i + ε_i = α̂ + β̂X_i + ε_i puts α̂ + β̂X_i for Ŷ_i), which is
    no single part of ``there``; else nothing."""
    if not (isinstance(here, (sympy.Add, sympy.Mul)) and type(there) is type(here) and name in here.args):
        return set()
    rest, left = list(here.args), list(there.args)
    rest.remove(name)
    for t in rest:
        if t not in left:
            return set()
        left.remove(t)
    return {here.func(*left)} if len(left) > 1 else set()


def _bound_in(e) -> set:
    """The indices the sums and products in ``e`` run over, and the variables of its integrals
    and limits."""
    return {v for s in e.atoms(sympy.Sum, sympy.Product, sympy.Integral) for v in s.variables} \
        | {s.args[1] for s in e.atoms(LimitOf)}


def _written_in_arguments(name, body) -> bool:
    """Can ``name = body`` say what ``name`` is? Any body for a name; for a function applied to
    arguments (P(y, k, x, w)), a body written in one of them at least (g(α_l) = 1 − z_l is no
    formula of g)."""
    return not isinstance(name, AppliedUndef) or any(_mentions(body, a) for a in name.args
                                                     if isinstance(a, (sympy.Symbol, Indexed)))


def _first_derivative(e) -> bool:
    return isinstance(e, Derivative) and len(e.variable_count) == 1 and e.variable_count[0][1] == 1


def _notes(evidence, model, read, local, redefined=(), inferred=()) -> list[str]:
    """Every convention chosen rather than stated, with where the document showed it."""
    from derive.latex.printer import point_latex
    from derive.render.plain import readable

    def course(name: str, text: str) -> str:  # theta_j -> θ_j, yhat -> ŷ
        return re.sub(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])",
                      lambda _: readable(point_latex(name)), text)

    notes = []
    for role, what in (("vectors", "a vector"), ("sizes", "a size (a positive integer)"),
                       ("variables", "a variable (differentiated by)"), ("functions", "a function"),
                       ("layers", "counted by layers (its superscript names a layer)"),
                       ("sample_vectors", "a vector for each sample (x_i alone is the i-th sample's vector)"),
                       ("families", "a family of vectors (one index picks the vector, a second its entry)"),
                       ("labelled", "one name, its number a label (not its entry)")):
        for name in sorted(evidence.names(role)):
            if role == "sizes" and name in model.variables or role == "functions" and name not in model.functions:
                continue  # (x′ beside σ(x): the variable's derivative, x no function)
            notes.append(course(name, f"{name} is {what}: {evidence.of(role, name)}"))
    for name in sorted(evidence.names("applied_only") & model.functions - evidence.names("functions")):
        notes.append(course(name, f"{name} is a function, written only applied: {evidence.of('applied_only', name)}"))
    for name in sorted(model.indices):
        notes.append(f"{name} is an index, written only as one: {evidence.of('sum_indices', name)}")
    for name in sorted(model.variances):
        notes.append(course(name, f"{name}^2 is one variable (the variance) and {name} its square root: "
                                  f"{evidence.of('squared_variables', name)}"))
    for name in sorted(model.matrices):
        notes.append(course(name, f"{name} is a matrix of its entries, samples by features: "
                                  f"{evidence.of('gram', name)}"))
    for name, lower in model.aliases:
        notes.append(course(lower, course(name, f"{name} is the vector of the entries {lower}_j the document "
                                                f"writes: {evidence.of('featured', lower)}")))
    for name, arg in model.shorthands:
        notes.append(course(name, f"{name} written alone stands for {name}({' '.join(arg.split())}), as the "
                                  f"document's {name} = {name}(…) says"))
    for name in sorted(model.zero_based & model.vectors):
        notes.append(course(name, f"{name} has an entry 0 ({evidence.of('zero_based', name)}): a dot "
                                  f"product with it runs from 0, and a vector without an entry 0 has 1 "
                                  f"there (x_0 = 1, the intercept's)"))
    for name in sorted(evidence.names("signs")):
        notes.append(course(name, f"{name} takes the values −1 and +1 (sampled so): {evidence.of('signs', name)}"))
    for name in sorted(evidence.names("bits")):
        notes.append(course(name, f"{name} takes the values 0 and 1 (sampled so): {evidence.of('bits', name)}"))
    for name in sorted(evidence.names("one-hot")):
        notes.append(course(name, f"{name} is one-hot (one class is 1, the others 0): "
                                  f"{evidence.of('one-hot', name)}"))
    for letter in sorted(evidence.names("true_class")):
        notes.append(f"{letter} is the true class ({evidence.of('true_class', letter)}): the formulas under "
                     f"that heading that write the labels and {letter} are checked where the label's entry "
                     f"{letter} is 1")
    for name, why in model.stated_matrices:
        notes.append(course(name, f"{name} is a matrix ({why}): a step that reads it as a vector or "
                                  f"as a number is not decided"))
    for letter, top in model.ranges:
        if top != str(bound_of(index(letter))):
            notes.append(course(letter, f"a sum over {letter} without bounds runs {letter} = 1..{top}: "
                                        f"{evidence.of('ranges', f'{letter}={top}')}"))
    for letter, other in model.shared:
        names = sorted(e.rsplit(":", 1)[0] for e in evidence.names("indexed_by") if e.endswith(f":{letter}"))
        notes.append(course(letter, f"{letter} indexes only what {other} indexes too ({', '.join(names)}): "
                                    f"not a sample; a sum over {letter} without bounds runs as one over {other} does "
                                    f"({other} = 1..{model.bound(index(other))})"))
    for s in read:
        if s.side is not None:
            notes.extend(f"line {s.line}: {readable(r)}" for r in s.side.readings)
    for _, defs in sorted(local.items()):
        notes.extend(f"line {d.line}: {' '.join(d.latex.split())} holds in its own paragraph only (the document "
                     "gives the name another meaning elsewhere)" for d in defs)
    notes.extend(f"line {d.line}: {' '.join(d.latex.split())} holds from its heading on (an earlier heading gives the "
                 "name another meaning)" for _, d in redefined)
    notes.extend(readable(note) for note in inferred)  # p_i read as P_i, z_i as wᵀx_i
    return list(dict.fromkeys(notes))


def _after_marks(toks, q: int) -> int:
    """Past the primes and superscripts after a name (``f'``, ``g^{\\prime}``, ``\\sigma^2``)."""
    while q < len(toks):
        if toks[q].is_("op", "'"):
            q += 1
        elif toks[q].kind == "sup" and q + 1 < len(toks):
            q += 1
            if toks[q].kind == "lbrace":
                depth = 0
                while q < len(toks):
                    depth += {"lbrace": 1, "rbrace": -1}.get(toks[q].kind, 0)
                    q += 1
                    if depth == 0:
                        break
            else:
                q += 1
        else:
            return q
    return q


_SHORTHAND = re.compile(r"\s*(?P<f>\\[A-Za-z]+|[A-Za-z])\s*=\s*(?P=f)\s*(?:\\left)?\(\s*(?P<arg>.+?)\s*"
                        r"(?:\\right)?\)\s*")


def _shorthand(raw: list, model: NotationModel) -> tuple | None:
    """``\\sigma = \\sigma(w^\\top x)``: a function written alone stands for its value at that
    argument (a shorthand the derivation after it uses: ∇_w σ = σ(1 − σ) x); (name, argument)."""
    if len(raw) != 2:
        return None
    m = _SHORTHAND.fullmatch(f"{raw[0][1]} = {raw[1][1]}")
    if m is None:
        return None
    name = m.group("f").lstrip("\\")
    if name not in model.functions | FUNCTIONS.keys() | FUNCTION_LETTERS:
        return None
    return name, m.group("arg")


def _statement_model(model: NotationModel, texts: list[str]) -> NotationModel:
    """The model for one formula: functions it writes without an argument (``σ' = σ(1 − σ)``)
    stand for the function of one implicit variable, the one it differentiates by if any."""
    bare, applied, variables, primed = set(), {}, set(), set()
    # σ differentiated by somewhere and never applied (∂ℓ/∂σ of a Gaussian): the standard
    # deviation, a variable; written alone it is σ, never the sigmoid of this formula's variable
    sigmoid = set() if "sigma" in model.variables and "sigma" not in model.functions else {"sigma"}
    for text in texts:
        try:
            toks = tokenize(text)
        except LatexError:
            continue
        for p, t in enumerate(toks):
            name = t.val if (t.kind == "cmd" and t.val in sigmoid | model.functions) or (
                t.kind == "letter" and t.val in model.functions) else None
            if t.is_("cmd", "sum") and p + 1 < len(toks) and toks[p + 1].is_("op", "'"):
                name = "Sigma"  # \sum' = ∂(e^{x_1} + … + e^{x_n})/∂x_i: the named sum's derivative
            if t.is_("cmd", "partial") or (t.is_("letter", "d") and p + 1 < len(toks)
                                           and p > 0 and toks[p - 1].kind == "lbrace"):
                if p + 1 < len(toks) and toks[p + 1].kind in ("letter", "cmd"):
                    variables.add(toks[p + 1].val)
            if name is None:
                continue
            q = _after_marks(toks, p + 1)
            if q + 1 < len(toks) and toks[q].kind == "lbrace" and toks[q + 1].is_("open", "("):
                q += 1  # \sigma{(h_1)}: the argument in braces of its own
            if q < len(toks) and toks[q].kind == "open" and toks[q].val == "(":
                if q + 1 < len(toks) and toks[q + 1].kind in ("letter", "cmd"):
                    applied.setdefault(name, toks[q + 1].val)
            elif p == 0 or not toks[p - 1].is_("letter", "d"):
                bare.add(name)
                if any(u.is_("op", "'") or u.is_("cmd", "prime") for u in toks[p + 1:q]):
                    primed.add(name)
    short = {name for name, _ in model.shorthands}  # σ = σ(wᵀx): σ alone is a value, even in ∂σ
    bare -= {n for n in bare if n not in applied and n in variables and n not in short}
    bare -= model.defined  # a function the document defines is applied at its own parameters later
    if not bare:
        return model
    # (y′ = x′ σ(x) + x σ(x)′ with y = x σ(x): a primed y alone is y's derivative by the one
    # argument the formula's functions are applied to)
    arguments = set(applied.values())
    implicit = next(iter(sorted(variables))) if len(variables) == 1 else \
        next((applied[n] for n in sorted(bare) if n in applied),
             next(iter(arguments)) if len(arguments) == 1 and arguments <= model.variables and bare <= primed
             else notation_model.SUPPLIED_ARGUMENT)
    return replace(model, bare=frozenset(bare), implicit=implicit,
                   called=frozenset(n for n in bare if n in applied))


def _only_words(text: str) -> bool:
    """A row that is only prose in ``\\text{…}`` (``\\text{Replacing h with sigma}``)."""
    return not re.sub(r"\\(?:text|textrm|textit|mathrm|mbox)\s*\{[^{}]*\}|\s|\\[,;:!]|\\q?quad", "", text)


def _case_context(context: str) -> bool:
    """The prose introduces the formula as a case: "with $f(h) = h$", "if", "suppose"."""
    return bool(re.search(r"\b(?:with|if|when|whenever|suppose|assume|assuming|take|taking|"
                          r"for the case|in the case)\b[^.$]{0,30}$", context))


def _example_context(context: str) -> bool:
    """The prose gives the formula as what the name could be, not what it is: "with a quadratic
    cost it would be", "it could be". (A worked example, "for instance, differentiate $f(x) = …$",
    does define f.)"""
    return bool(re.search(r"\b(?:would|could|might) be\b[^.$]{0,40}$", context))


def _restating(context: str) -> bool:
    """The prose gives the formula as the same thing written otherwise: "equivalently", "another
    way to write it", "which simplifies to", "i.e."."""
    return bool(re.search(r"\b(?:equivalently|another (?:way|form)|also (?:be )?written|rewritten|"
                          r"simplif\w*|in other words|i\.e\.|that is)\b[^.$]{0,60}$", context))


def _defines(context: str) -> bool:
    return bool(re.search(r"\b(?:let|set|define|denote|call|write|where|with)\b[^.$]*$", context))


def _in_brackets(context: str) -> bool:
    """Does the prose before an inline formula leave a bracket open (an aside)?"""
    return context.rfind("(") > context.rfind(")")


def _about(condition, sides) -> bool:
    """Does a case stated in prose speak of this formula: is each index it names free in some
    side? (``k = i`` says nothing of −Σ_k t_k 1{k = i}, where k only runs a sum.)"""
    free = set().union(*(written_symbols(side.side.expr) for side in sides if side.side is not None
                         and isinstance(side.side.expr, sympy.Basic)))
    return {x for x in condition.free_symbols if x.is_integer} <= free


# "when the input is $x = 1$, and …": a formula listed right after a case's formula, in its phrase
_LISTED = re.compile(r"\b(?:if|when|whenever|for|given|suppose|assume)\b[^.$:;]*"
                     r"(?:\$[^$]+\$\s*(?:,\s*(?:and\s+)?|and\s+))+$", re.I)


def _condition_context(context: str) -> bool:
    """"if $i = j$", "for $y = 1$": a case; so is a list item that opens with it ("1. $k = i$"),
    the heading of the case the item works out."""
    m = _CONTEXT.search(context)
    return bool(m) and m.group().split()[0].lower() in CONDITION_WORDS \
        or re.fullmatch(r"\s*(?:\d+[.)]|[-*+]|\(?[a-z]\))\s*", context.rsplit("\n", 1)[-1]) is not None \
        or _SETTING.search(context) is not None


# "Setting $\eta_K = 0$, it follows that", "take $\sigma^2 = 1$", "let $a = 0$", "at $z = 0$": a
# value the formulas of its paragraph hold under (the reference class's parameter, a unit
# variance), as a case is
_SETTING = re.compile(r"\b(?:at|let|with|setting|taking|take|fixing|fix|choosing|choose)\s*$", re.I)


def _condition(found, model, macros):
    if not found:
        return None, ""
    _, text = found
    text = _strip(text).strip()
    try:
        return parse_condition(_expand(text, macros), model=model), text
    except LatexError:
        return None, text


def _unbalanced(content: str) -> int | None:
    """Offset of the first `{` that is never closed (escaped braces aside), else None."""
    stack, i = [], 0
    while i < len(content):
        if content[i] == "\\":
            i += 2
            continue
        if content[i] == "{":
            stack.append(i)
        elif content[i] == "}" and stack:
            stack.pop()
        i += 1
    return stack[0] if stack else None
