"""A Markdown or LaTeX document -> its chains of claims and its definitions (DESIGN.md).

Display math is read (``$$…$$``, ``\\[…\\]``, ``\\begin{equation|align|…}``); inline ``$…$`` is
prose. Each display block is split at its top-level ``=`` signs:

- two or more ``=``: a chain; every ``=`` is a claim;
- one ``=`` with a bare name on the left (``z^{(i)}``, ``\\hat{y}^{(i)}``, ``J(\\mathbf{w}, b)``,
  ``f(h)``): a definition;
- one ``=`` with anything else on the left (``\\frac{\\partial J}{\\partial b} = …``): a one-step
  chain;
- a block that begins with ``=`` continues the chain of the block before it.

Every side keeps its line and column in the file, its text, and its reading or its error.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import sympy
from sympy import Indexed
from sympy.core.function import AppliedUndef

from derive.derivation import Definition
from derive.errors import LatexError
from derive.latex.notation import FUNCTIONS, Side, parse_side

MAX_DOCUMENT_CHARS = 20_000_000  # beyond this a file is refused outright (bounded memory)
MAX_SIDES = 5000  # a course note has a few hundred sides; reading stops here (bounded time)
BINARY_SAMPLE = 8192  # characters inspected to tell a binary file from text
BINARY_CONTROL_SHARE = 0.05  # more control characters than this share in the sample: binary
TEX_SUFFIXES = (".tex", ".ltx", ".latex")

ENVIRONMENTS = ("equation", "align", "gather", "multline", "eqnarray", "displaymath", "flalign",
                "split", "aligned", "gathered", "alignat")
_ENV = r"(?:" + "|".join(ENVIRONMENTS) + r")\*?"
_OPENERS = re.compile(
    r"^(?P<fence>```|~~~)|(?P<esc>\\\$)|(?P<dd>\$\$)|(?P<d>\$)|(?P<br>\\\[)|(?P<par>\\\()"
    r"|\\begin\{(?P<env>" + _ENV + r")\}",
    re.M,
)
_WRAPPERS = re.compile(r"\\(?:begin|end)\{" + _ENV + r"\}(?:\{[^{}]*\})?|\\(?:label|tag)\*?\{[^{}]*\}"
                       r"|\\(?:nonumber|notag)\b")
_INLINE_END = re.compile(r"(?<!\\)\$|\n\s*\n")
_ROW_BREAK = re.compile(r"\\\\(?:\[[^\]]*\])?")
_TEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_FUNCTION_LHS = re.compile(
    r"\s*(?P<name>\\?[A-Za-z]+(?:_\{?\\?[A-Za-z]+\}?)?)\s*(?:\\left)?\(\s*"
    r"(?P<args>\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*)\s*(?:\\right)?\)\s*"
)


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
    """``sides[0] = sides[1] = …``: each ``=`` between two neighbours is one claim."""

    line: int
    sides: tuple[SideText, ...]


@dataclass(frozen=True)
class Document:
    """What a document says. ``errors`` holds what is wrong outside any chain side (an unclosed
    block, a continuation with nothing to continue, a binary or oversized file); a side's own
    error is on its SideText. A ``name = …`` block whose right side cannot be read stays a
    one-step chain, so its error is reported where the steps are."""

    path: str
    chains: tuple[Chain, ...]
    definitions: tuple[Definition, ...]
    assumptions: dict = field(default_factory=dict)
    errors: tuple[LatexError, ...] = ()
    defined_functions: frozenset = frozenset()


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
    return raw.replace("\\", "").replace("{", "").replace("}", "")


# --------------------------------------------------------------------------- display blocks


def _blocks(text: str, markdown: bool, lines: _Lines, errors: list[LatexError], pos: int = 0):
    """Yield (start, end) offsets of the content of each display block, in order."""
    while (m := _OPENERS.search(text, pos)) is not None:
        kind = m.lastgroup
        if kind == "fence":
            if not markdown:
                pos = m.end()
                continue
            close = text.find("\n" + m.group(), m.end())
            pos = len(text) if close < 0 else close + 1 + len(m.group())
        elif kind == "esc":
            pos = m.end()
        elif kind == "d":  # inline math is prose: skip to its closing $ within the paragraph
            close = _INLINE_END.search(text, m.end())
            pos = m.end() if close is None or close.group() != "$" else close.end()
        elif kind == "par":
            close = text.find("\\)", m.end())
            pos = m.end() if close < 0 else close + 2
        else:
            closer = {"dd": "$$", "br": "\\]"}.get(kind) or "\\end{" + m.group("env") + "}"
            close = text.find(closer, m.end())
            if close < 0:
                errors.append(lines.error(f"display math opened with `{m.group()}` is never closed",
                                          m.start()))
                return
            yield m.end(), close
            pos = close + len(closer)


# Assignment and update arrows: gradient-descent updates are instructions, not equalities.
_UPDATE = re.compile(r":=|=:|\\coloneqq|\\eqqcolon|\\leftarrow|\\gets|\\mathrel\{:\}="
                     r"|^\s*\\Delta\s*(?:\\mathbf\{\w+\}|\\boldsymbol\{\\?\w+\}|\\?[A-Za-z]+)"
                     r"(?:_\{?\w+\}?)?\s*=")  # Δw_i = η δ x_i: the delta rule's update


# Between two equations of one display: `a = \tanh(z), \quad z = wx + b`.
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:\\[,;:!]|\\q?quad|\\text\{\s*(?:and|where)\s*\})?|"
                        r"\\q?quad|\\text\{\s*(?:and|where)\s*\})\s*")
_OPEN, _CLOSE = "{([", "})]"


def _equations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""A display split where it lists several equations, each with its own `=`; a part with no
    `=` stays with the equation before it (`L = …, \quad y \in \{0,1\}` is one equation)."""
    cuts, depth, i = [], 0, start
    while i < end:
        c = text[i]
        if c == "\\":
            if text.startswith("\\\\", i):
                return [(start, end)]  # rows of an aligned chain are never split apart
            if depth == 0 and (m := _SEPARATOR.match(text, i, end)) and m.group().strip():
                cuts.append((m.start(), m.end()))
                i = m.end()
                continue
            i += 2
            continue
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            m = _SEPARATOR.match(text, i, end)
            cuts.append((m.start(), m.end()))
            i = m.end()
            continue
        i += 1
    if not cuts:
        return [(start, end)]
    parts, lo = [], start
    for a, b in cuts:
        parts.append((lo, a, b))
        lo = b
    parts.append((lo, end, end))
    out: list[list[int]] = []
    for lo, hi, _ in parts:
        if out and "=" not in text[lo:hi]:
            out[-1][1] = hi  # no `=` of its own: it belongs to the equation before
        else:
            out.append([lo, hi])
    if len(out) < 2 or any("=" not in text[lo:hi] for lo, hi in out):
        return [(start, end)]
    return [(lo, hi) for lo, hi in out]


def _end_punctuation(side: str) -> str:
    """A side without the sentence's full stop or comma after it (but `\\,` is a space)."""
    while side and side[-1] in ".,;" and not side.endswith(("\\,", "\\;")):
        side = side[:-1].rstrip()
    return side


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


def _pieces(content: str) -> list[tuple[int, int]]:
    """Offsets of the sides of one block: split at `=` outside braces, rows reset the depth."""
    cuts, depth, i, n = [], 0, 0, len(content)
    while i < n:
        c = content[i]
        if c == "\\":
            if content.startswith("\\\\", i):
                depth = 0  # a new row: an unclosed brace stays the error of its own side
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        elif c == "=" and depth == 0:
            cuts.append(i)
        i += 1
    bounds = [-1] + cuts + [n]
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


def _unwrap(content: str) -> str:
    """Environments, labels and tags turned to spaces (offsets kept)."""
    return _WRAPPERS.sub(lambda m: " " * len(m.group()), content)


def _blank(content: str) -> str:
    """Row breaks and `&` turned to spaces too, once the rows have split the block."""
    content = _ROW_BREAK.sub(lambda m: " " * len(m.group()), content)
    return content.replace("&", " ")


# --------------------------------------------------------------------------- reading


def _read_side(latex: str, offset: int, lines: _Lines, defined: frozenset) -> SideText:
    line, col = lines.at(offset)
    try:
        side = parse_side(latex, defined_functions=defined)
    except LatexError as exc:
        err = lines.error(exc.reason, offset + min(max(exc.column, 0), len(latex)))
        err.__cause__ = exc
        return SideText(latex, line, col + 1, None, err)
    return SideText(latex, line, col + 1, side, None, side.elided)


def _bare(latex: str) -> bool:
    """No arithmetic outside brackets: ``a + 0`` reads as ``a`` but is not a name."""
    top, depth = [], 0
    for ch in latex:
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth = max(0, depth - 1)
        elif depth == 0:
            top.append(ch)
    flat = "".join(top)
    return not re.search(r"[-+*/!|]|\\(?:cdot|times|div)\b|\^\s*\d|(?<![_\d])\d", flat)


# Functions whose meaning is fixed: a document cannot redefine them (σ it can: DESIGN.md).
FIXED_FUNCTIONS = frozenset(FUNCTIONS) - {"sigma", "sigmoid"}


def _key(target) -> str:
    """The name a definition defines: ``yhat`` for ``\\hat{y}^{(i)}``, ``f`` for ``f(h)``."""
    if isinstance(target, Indexed):
        return str(target.base)
    if isinstance(target, AppliedUndef):
        return str(target.func)
    return str(target)


def _is_target(e) -> bool:
    if isinstance(e, sympy.Symbol):
        return True
    if isinstance(e, Indexed):
        return all(isinstance(k, (sympy.Symbol, sympy.Integer)) for k in e.indices)
    if isinstance(e, AppliedUndef):
        return all(isinstance(a, (sympy.Symbol, Indexed)) for a in e.args)
    return False


def _defined_functions(pairs: list[str], assumptions: dict[str, str]) -> frozenset[str]:
    """Names a document defines as functions: ``f(h) = …`` (lower-case or Greek name, plain
    arguments), a front-matter ``name(args): …`` or ``sigma: …``, or ``functions: f, g``."""
    names = set()
    for lhs in pairs:
        m = _FUNCTION_LHS.fullmatch(lhs)
        if m and not (len(m.group("name")) == 1 and m.group("name").isupper()):
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


def read_document(text: str, path: str = "") -> Document:
    """Read a Markdown (default) or LaTeX (``.tex`` path) document.

    >>> doc = read_document("$$z = w x + b$$\\n$$\\\\frac{dz}{dw} = x = x$$")
    >>> [str(d.target) for d in doc.definitions], len(doc.chains), len(doc.chains[0].sides)
    (['z'], 1, 3)
    """
    lines = _Lines("")
    if len(text) > MAX_DOCUMENT_CHARS:
        err = LatexError(f"file too large ({len(text)} characters; the limit is "
                         f"{MAX_DOCUMENT_CHARS})", "", 0, 1)
        return Document(path, (), (), {}, (err,))
    sample = text[:BINARY_SAMPLE]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if "\x00" in text or (sample and controls > BINARY_CONTROL_SHARE * len(sample)):
        return Document(path, (), (), {}, (LatexError("not a text file (binary content)", "", 0, 1),))
    markdown = not path.lower().endswith(TEX_SUFFIXES)
    assumptions, body_start = front_matter(text) if markdown else ({}, 0)
    if not markdown:
        text = _TEX_COMMENT.sub(lambda m: " " * len(m.group()), text)
    lines = _Lines(text)
    errors: list[LatexError] = []

    blocks = []  # (absolute offset of each piece, its text) per block
    spans = [eq for start, end in _blocks(text, markdown, lines, errors, body_start)
             for eq in _equations(text, start, end)]
    for start, end in spans:
        content = _unwrap(text[start:end])
        if _UPDATE.search(content):
            blocks.append([])  # an update rule (θ_j := θ_j − α ∂J/∂θ_j) claims no equality
            continue
        cuts = _pieces(content)
        content = _blank(content)
        pieces = []
        for lo, hi in cuts:
            raw = content[lo:hi]
            stripped = raw.strip()
            lead = len(raw) - len(raw.lstrip())
            pieces.append((start + lo + lead, _end_punctuation(stripped)))
        blocks.append(pieces)
    defined = _defined_functions([p[0][1] for p in blocks if len(p) == 2], assumptions)

    definitions: list[Definition] = []
    chains: list[list[SideText]] = []
    last = None  # ("chain", index) or ("definition", index, sides) for continuation blocks
    count = 0
    for pieces in blocks:
        if len(pieces) < 2:
            last = None  # a formula without `=` claims nothing
            if pieces and "=" in pieces[0][1] and _unbalanced(pieces[0][1]) is not None:
                # its `=` hides inside an unclosed brace: say so rather than skip it silently
                where = pieces[0][0] + _unbalanced(pieces[0][1])
                errors.append(lines.error("unbalanced brace: a `{` is never closed", where))
            continue
        count += len(pieces)
        if count > MAX_SIDES:
            errors.append(lines.error(f"too many formulas: only the first {MAX_SIDES} sides are "
                                      f"read", pieces[0][0]))
            break
        continuation = not pieces[0][1]
        sides = []
        for offset, latex in pieces[1:] if continuation else pieces:
            if not latex:
                line, col = lines.at(offset)
                sides.append(SideText("", line, col + 1, None, lines.error("empty side", offset)))
            else:
                sides.append(_read_side(latex, offset, lines, defined))
        if continuation:
            if last is None:
                errors.append(lines.error("a block that begins with `=` must follow a block it "
                                          "continues", pieces[0][0]))
                continue
            if last[0] == "definition":
                definitions.pop(last[1])
                chains.append(list(last[2]))
                last = ("chain", len(chains) - 1)
            chains[last[1]].extend(sides)
            continue
        lhs = sides[0]
        rhs = sides[-1]
        if len(sides) == 2 and lhs.side is not None and lhs.side.alternative is None \
                and _is_target(lhs.side.expr) and _bare(lhs.latex) and rhs.side is not None \
                and not rhs.elided and _key(lhs.side.expr) not in {_key(d.target) for d in definitions}:
            # (a second `name = …` for a defined name is a claim about it, checked, never a
            # silent redefinition)
            definitions.append(Definition(lhs.side.expr, rhs.side.expr,
                                          f"{lhs.latex} = {rhs.latex}", lhs.line))
            last = ("definition", len(definitions) - 1, sides)
            continue
        chains.append(sides)
        last = ("chain", len(chains) - 1)

    return Document(
        path=path,
        chains=tuple(Chain(s[0].line, tuple(s)) for s in chains),
        definitions=tuple(definitions),
        assumptions=assumptions,
        errors=tuple(errors),
        defined_functions=defined,
    )


