"""Course LaTeX -> tokens: one token per command, letter, digit and bracket, with its place.

The tokenizer drops what only changes how a formula looks (spacing, sizes, ``\\displaystyle``),
reads Unicode (``θ``, ``−``, ``x²``, ``x⁽ⁱ⁾``) as the commands and groups it stands for, keeps
``\\text{…}`` words that name a function or a variable and drops the prose ones, and checks
nesting and braces before any reading starts (``structure``), so the grammar in
``derive.latex.notation`` never meets an unbalanced brace or a RecursionError.

``\\begin{env}`` and ``\\end{env}`` are one token each; inside an environment that builds one
value (``cases``, ``array``, matrices) ``&`` and ``\\\\`` are tokens (a column, a row), elsewhere
they only lay the formula out and are dropped.
"""

from __future__ import annotations

import re

from derive.errors import LatexError

MAX_DEPTH = 100  # brackets nested deeper than this are refused before parsing (no RecursionError)

GREEK = frozenset(
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu "
    "xi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega ell "
    "Gamma Delta Theta Lambda Xi Sigma Upsilon Phi Psi Omega".split()
)
# One word in ``\\text{…}`` names a quantity or a function (``\\text{Loss}``, ``\\text{Cost}(h, y)``,
# ``\\mathrm{error}_i``) unless it is one of these words of prose, which join a formula to its
# sentence (``x \\text{ if } z > 0``, ``\\text{otherwise}``): those are dropped like longer prose.
PROSE_WORDS = frozenset(
    "if otherwise else elsewhere for and or where when whenever with without all any each every "
    "since because then thus hence so as is are be being let given by of on in at to from via "
    "using also but not only iff which such that this these holds".split()
)
# Words in ``\\text{…}`` that end by applying themselves to what follows (``the k-th component
# of``, ``transpose of``): part of the formula, and not maths that can be read.
_APPLIED_WORDS = re.compile(r"[A-Za-z]{2,}\s+of\s*$")
FRACS = frozenset({"frac", "dfrac", "tfrac", "cfrac"})
_SKIP = frozenset({",", ";", ":", "!", " ", ">", "quad", "qquad", "space", "enspace", "thinspace",
                   "medspace", "thickspace", "negthinspace", "negmedspace", "negthickspace",
                   "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "nonumber",
                   "notag", "mathstrut", "strut", "\\", "cr", "newline", "hfill", "allowbreak", "displaylimits",
                   "rm", "it", "sf", "tt", "em",
                   "xspace", "hfil", "relax", "tiny", "Tiny", "scriptsize", "footnotesize", "small",
                   "normalsize", "large", "Large", "LARGE", "huge", "Huge",
                   "checkmark", "qed", "blacksquare"})  # 20 \checkmark, … \qed: a mark on the result
_SIZES = frozenset({"big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
                    "Biggl", "Biggr", "bigm", "Bigm", "middle",
                    "qty"})  # the physics package's \qty(…): a bracket sized to its contents
# (\qty{0, 1 - z} is a pair of braces shown: \{0, 1 - z\}, see tokenize)
_TEXT = frozenset({"text", "textrm", "textit", "textbf", "textsf", "texttt", "mathrm", "mathit", "mathsf",
                   "mathtt", "operatorname", "mbox"})
# Commands dropped with their first argument: labels, spaces, invisible boxes, colours, and the
# annotation of ``\\cancelto{v}{x}``, ``\\underset{a}{b}``, ``\\textcolor{red}{x}`` (what is
# shown is the second argument, read as a group).
_ARG_SKIP = frozenset({"label", "tag", "hspace", "vspace", "phantom", "vphantom", "hphantom",
                       "mspace", "color", "textcolor", "mathcolor", "cancelto",
                       "underset", "overset", "stackrel"})
# what makes Σ the sum sign rather than the name Σ: an index or a bracket right after it
# (Σ_i x_i, \Sigma (ŷ - y)), or a bound and then an index (\Sigma^k_j); Σ^{-1} stays the name
_SUM_FOLLOWS = re.compile(r"[ \t]*(?:[_\[(]|\^[ \t]*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)[ \t]*_)")
# three full stops, as plain-text notes write \dots, spaced out too: x_1 + . . . + x_n
_FULL_STOPS = re.compile(r"\.\.\.|\.[ \t]+\.[ \t]+\.")
_EQUALS = re.compile(r"\s*=")  # \not=
# TeX's old font switches, {\bf x}, {\cal L}: the font command of the name that follows
_OLD_FONTS = {"bf": "mathbf", "cal": "mathcal", "boldmath": "mathbf"}
# Other commands authors type for one we read: \triangledown, the ▽ shape, for ∇ (held-out 273);
# KaTeX's \bold and \Bbb, its names for \mathbf and \mathbb (held-out 282, 279)
_TYPED_FOR = {"triangledown": "nabla", "bigtriangledown": "nabla", "bold": "mathbf", "Bbb": "mathbb"}
# \unicode{…} of a character read as a command (held-out 288 writes the indicator 𝟙 so)
_UNICODE_CMD = {"x1d7d9": ("mathbb", "1")}
# Commands that only decorate their argument: dropped, the argument read as a group.
_SHOW = frozenset({"cancel", "bcancel", "xcancel", "boxed"})
# Bars and braces written as commands outside \left…\right: ``\lvert x \rvert``, ``\max\{0, z\}``.
_BRACKETS = {"{": ("open", "{"), "}": ("close", "}"), "lbrace": ("open", "{"),
             "rbrace": ("close", "}"), "lbrack": ("open", "["), "rbrack": ("close", "]"),
             "vert": ("bar", "|"), "lvert": ("bar", "|"), "rvert": ("bar", "|"),
             "langle": ("open", "<"), "rangle": ("close", ">")}  # ⟨a, b⟩: an inner product
# Environments that build one value: their ``&`` and ``\\\\`` are columns and rows.
VALUE_ENVIRONMENTS = frozenset({"cases", "dcases", "rcases", "cases*", "dcases*", "array", "matrix",
                                "pmatrix", "bmatrix", "vmatrix", "Bmatrix", "Vmatrix", "smallmatrix",
                                "matrix*", "pmatrix*", "bmatrix*"})
_ROW_SPACING = re.compile(r"\s*\[\s*-?[0-9.]+\s*[a-z]{2}\s*\]")  # the optional spacing of a row break: \\[2pt]
_DELIMS = {"(": "(", ")": ")", "[": "[", "]": "]", "|": "|", ".": ".", "{": "{", "}": "}",
           "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]", "vert": "|", "lvert": "|",
           "rvert": "|", "langle": "<", "rangle": ">"}
UNICODE = {"−": ("op", "-"), "·": ("cmd", "cdot"), "×": ("cmd", "times"), "∂": ("cmd", "partial"),
            "∑": ("cmd", "sum"), "∏": ("cmd", "prod"), "…": ("cmd", "dots"), "⋯": ("cmd", "cdots"),
            "∞": ("cmd", "infty"), "′": ("op", "'"), "’": ("op", "'"), "√": ("cmd", "sqrt"),
            "⋅": ("cmd", "cdot"), "∗": ("cmd", "ast"), "≤": ("cmd", "leq"), "≥": ("cmd", "geq"),
            "≠": ("cmd", "neq"), "∇": ("cmd", "nabla")}
UNICODE.update({c: ("cmd", n) for c, n in zip(
    "αβγδεζηθικλμνξπρστυφχψωϵϕϑℓΓΔΘΛΞΠΣΥΦΨΩ",
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau "
    "upsilon phi chi psi omega epsilon phi vartheta ell Gamma Delta Theta Lambda Xi Pi Sigma Upsilon "
    "Phi Psi Omega".split(), strict=True)})
_CMD_RE = re.compile(r"[A-Za-z]+")
_WORD_RE = re.compile(r"[A-Za-z]+(?:_[A-Za-z0-9]+)?")
_MATH_FONTS = frozenset({"mathit", "mathrm", "mathsf", "mathtt"})  # maths in a font, not words
# a name with digits and indices in such a font (h1, W2_{00}, b2_0): no space, no word of prose
_FONT_MATHS = re.compile(r"(?P<stem>[A-Za-z]+[0-9]+)(?:_(?:\{[A-Za-z0-9,]+\}|[A-Za-z0-9]))?")

# --------------------------------------------------------------------------- tokens


class Tok:
    __slots__ = ("kind", "val", "pos", "end", "left")

    def __init__(self, kind: str, val: str, pos: int, end: int, left: bool = False):
        self.kind, self.val, self.pos, self.end, self.left = kind, val, pos, end, left

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"{self.kind}:{self.val}@{self.pos}"

    def is_(self, kind: str, val: str | None = None) -> bool:
        return self.kind == kind and (val is None or self.val == val)


def after_spaces(text: str, k: int) -> int:
    """The first index from ``k`` on that is no space or tab."""
    while k < len(text) and text[k] in " \t":
        k += 1
    return k


def matching(text: str, i: int, pair: str = "{}") -> int:
    """Index of the brace (or other ``pair``, ``"()"``) closing the one at ``text[i]`` (or
    len(text))."""
    opening, closing = pair
    depth = 0
    k = i
    while k < len(text):
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return len(text)


def braced(text: str, i: int) -> tuple[str, int]:
    """The raw text of the ``{…}`` group starting at ``text[i]`` and the index after it."""
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    if i >= len(text) or text[i] != "{":
        raise LatexError("expected {", text, i)
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "\\":
            continue
        if text[j] == "{" and text[j - 1] != "\\":
            depth += 1
        elif text[j] == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j], j + 1
    raise LatexError("unbalanced brace", text, i)


def delimiter(text: str, i: int) -> tuple[str | None, int]:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    if i >= len(text):
        return None, i
    if text[i] == "\\":
        m = _CMD_RE.match(text, i + 1)
        name = m.group() if m else text[i + 1 : i + 2]
        end = m.end() if m else i + 2
        return _DELIMS.get(name, "‖" if name in ("|", "Vert", "lVert", "rVert") else None), end
    return _DELIMS.get(text[i]), i + 1


# Unicode super- and subscripts: character -> (token kind of the group, the character inside).
SCRIPTS = {**{c: ("sup", d) for c, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁱʲᵏⁿᵐᵀ", "0123456789+-()ijknmT", strict=True)},
            **{c: ("sub", d) for c, d in zip("₀₁₂₃₄₅₆₇₈₉₊₋₍₎ᵢⱼₖₙₘ", "0123456789+-()ijknm", strict=True)}}

# One-character tokens and their kind.
CHAR_KINDS = {"{": "lbrace", "}": "rbrace", "(": "open", "[": "open", ")": "close", "]": "close",
               "|": "bar", "_": "sub", "^": "sup", **dict.fromkeys("+-*/=,;!'.:<>", "op")}


def _maths_after(text: str, j: int) -> bool:
    """Does maths follow position ``j`` on its row (not a row's end, a column break or the end)?"""
    rest = text[j:].lstrip()
    return bool(rest) and not rest.startswith(("&", "\\\\", "$", "\\end", "\\quad", "\\qquad"))


def _after_script(toks: list[Tok], i: int) -> bool:
    """Is position ``i`` right after ``_`` or ``^`` (or ``_{``)? There a word is a label."""
    if toks and toks[-1].kind in ("sub", "sup") and toks[-1].end == i:
        return True
    return len(toks) >= 2 and toks[-1].kind == "lbrace" and toks[-2].kind in ("sub", "sup") \
        and toks[-2].end == toks[-1].pos


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    envs: list[str] = []  # the environments open here, innermost last
    shown: set[int] = set()  # the closing braces of \qty{…}: braces shown, as \} is
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "&" and envs and envs[-1] in VALUE_ENVIRONMENTS:
            toks.append(Tok("amp", "&", i, i + 1))
            i += 1
        elif c in " \t\r\n~&\u00a0\u200b\u200c\u200d\u2060\ufeff\u2009\u202f":
            i += 1  # spaces, no-break and zero-width ones copied from web pages among them
        elif c == "%":
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif c == "." and (stops := _FULL_STOPS.match(text, i)):
            toks.append(Tok("cmd", "dots", i, stops.end()))
            i = stops.end()
        elif c == "\\":
            m = _CMD_RE.match(text, i + 1)
            if m:
                name, j = m.group(), m.end()
            elif i + 1 < n:
                name, j = text[i + 1], i + 2
            else:
                raise LatexError("a lone backslash", text, i)
            if name in ("\\", "cr", "newline") and envs and envs[-1] in VALUE_ENVIRONMENTS:
                toks.append(Tok("row", "\\\\", i, j))
                m = _ROW_SPACING.match(text, j)
                i = m.end() if m else j
            elif name in ("begin", "end"):
                env, j2 = braced(text, j)
                env = env.strip()
                toks.append(Tok(name, env, i, j2))
                if name == "begin":
                    envs.append(env)
                    if env == "array" and text[j2:].lstrip().startswith("{"):
                        _, j2 = braced(text, j2)  # the column layout {ll}
                    elif env.endswith("matrix*") and (o := re.match(r"\s*\[[lcr]\]", text[j2:])):
                        j2 += o.end()  # matrix*'s column alignment [l]
                elif envs and envs[-1] == env:
                    envs.pop()
                i = j2
            elif name == "not" and (m := _EQUALS.match(text, j)):
                toks.append(Tok("cmd", "neq", i, m.end()))  # \not= is ≠
                i = m.end()
            elif name == "qty" and (k := after_spaces(text, j)) < n and text[k] == "{" \
                    and (close := matching(text, k)) > k:
                toks.append(Tok("open", "{", i, k + 1))  # \qty{0, 1 - z}: \{0, 1 - z\}
                shown.add(close)
                i = k + 1
            elif name in _SKIP or name in _SIZES:
                i = j
            elif name in _SHOW:
                i = j
            elif name in _BRACKETS:
                kind, val = _BRACKETS[name]
                toks.append(Tok(kind, val, i, j))
                i = j
            elif name in ("left", "right"):
                delim, j2 = delimiter(text, j)
                if delim is None:
                    raise LatexError(f"\\{name} needs a delimiter such as ( or [", text, i)
                toks.append(Tok("open" if name == "left" else "close", delim, i, j2, True))
                i = j2
            elif name in _TEXT:
                if j < n and text[j] == "*":
                    j += 1
                k = j
                while k < n and text[k] in " \t":
                    k += 1
                if k < n and text[k] != "{":
                    # \mathrm d, \mathrm dx: a font command takes one token without braces, as TeX
                    # does (a letter is that letter; a command is read on its own)
                    if text[k].isalpha():  # (left: set upright, \mathrm E[Y]: the expectation)
                        toks.append(Tok("letter", text[k], i, k + 1, name != "mathit"))
                        i = k + 1
                    else:
                        i = k
                    continue
                content, j2 = braced(text, j)
                word = content.strip()
                if len(word) == 1 and word.isalpha() and name == "textbf":
                    # \textbf{x}: a bold letter, as \mathbf{x} (a vector, X a matrix), not plain x
                    toks.extend((Tok("cmd", "mathbf", i, i), Tok("lbrace", "{", i, i),
                                 Tok("letter", word, i, j2), Tok("rbrace", "}", j2, j2)))
                elif len(word) == 1 and word.isalpha():
                    toks.append(Tok("letter", word, i, j2, name not in ("mathit", "textit")))
                elif len(word) == 1 and word in "+-=*/":
                    toks.append(Tok("op", word, i, j2))  # 1\text{+}e^{z}: an operator set as text
                elif _WORD_RE.fullmatch(word) and (name == "operatorname" or word.lower() not in PROSE_WORDS
                                                   or _after_script(toks, i)):
                    # (N_\mathrm{in}: a label after _ is the subscript, whatever the word)
                    toks.append(Tok("word", word, i, j2, name == "operatorname"))
                elif (m := re.fullmatch(r"\s*(?:if|for|when|where|with)\s+(.+)", content, re.S)) \
                        and re.search(r"[<>=]|\\(?:[lg]eq?|neq?)\b", m.group(1)) \
                        and not re.search(r"(?<![\\A-Za-z])[A-Za-z]{3,}", m.group(1)):
                    # \text{if $x$ > 0}, \text{if x > 0}: a condition in words whose maths is
                    # inside the words, read as maths
                    start = text.index("{", j) + 1 + m.start(1)
                    toks.extend(Tok(t.kind, t.val, t.pos + start, t.end + start, t.left)
                                for t in tokenize(m.group(1).replace("$", " ")))
                elif _APPLIED_WORDS.search(content) and _maths_after(text, j2):
                    # \text{$k$-th component of } h(x): words that say what is done to what
                    # follows; dropping them would check another formula
                    toks.append(Tok("prose", " ".join(content.replace("$", "").split()), i, j2))
                elif name in _MATH_FONTS and (font := _FONT_MATHS.fullmatch(word)) is not None:
                    # \mathit{h1}, \mathit{W2_{00}}: a maths font around a name with digits or
                    # indices is that maths, set upright or slanted (dropped as prose, the formula
                    # lost a factor without a word)
                    start = text.index("{", j) + 1 + content.index(word)
                    stem = font.group("stem")
                    toks.append(Tok("word", stem, start, start + len(stem)))  # h1: one name
                    start += len(stem)
                    toks.extend(Tok(t.kind, t.val, t.pos + start, t.end + start, t.left)
                                for t in tokenize(word[len(stem):]))
                # anything else in \text{} is prose beside the formula: not part of it
                i = j2
            elif name in _ARG_SKIP:
                _, i = braced(text, j)
            elif name == "_":
                # Markdown's escaped `_`: inside a word (leaky\_relu, batch\_size, W2\_b2) the name
                # is the whole word, as KaTeX shows it; after one letter (x\_1) a subscript
                run = 0
                while run < len(toks) and toks[-1 - run].kind in ("letter", "digit") \
                        and toks[-1 - run].end == (toks[-run].pos if run else i):
                    run += 1
                after = re.match(r"[A-Za-z0-9]+", text[j:])
                if run >= 2 and toks[-run].kind == "letter" and after:
                    start = toks[-run].pos
                    word = "".join(t.val for t in toks[-run:]) + "_" + after.group()
                    del toks[-run:]
                    toks.append(Tok("word", word, start, j + after.end()))
                    i = j + after.end()
                else:
                    toks.append(Tok("sub", "_", i, j))
                    i = j
            elif name == "unicode" and (k := after_spaces(text, j)) < n and text[k] == "{":
                content, j2 = braced(text, j)
                if (cmd := _UNICODE_CMD.get(content.strip().lower())) is None:
                    raise LatexError(f"cannot read the character \\unicode{{{content.strip()}}}", text, i)
                toks.extend((Tok("cmd", cmd[0], i, i), Tok("lbrace", "{", i, i),
                             Tok("digit" if cmd[1].isdigit() else "letter", cmd[1], i, j2), Tok("rbrace", "}", j2, j2)))
                i = j2
            else:
                name = _OLD_FONTS.get(name) or _TYPED_FOR.get(name, name)  # {\bf x}: \mathbf x
                if name == "Sigma" and _SUM_FOLLOWS.match(text, j):
                    name = "sum"  # \Sigma_i x_i, \Sigma (ŷ - y): Σ used as the sum sign, as typed Σ is
                toks.append(Tok("cmd", name, i, j))
                i = j
        elif c in "0123456789":
            toks.append(Tok("digit", c, i, i + 1))
            i += 1
        elif c in SCRIPTS:  # x², x₁, x⁽ⁱ⁾: a run of Unicode super- or subscripts is one group
            kind = SCRIPTS[c][0]
            j = i
            while j < n and text[j] in SCRIPTS and SCRIPTS[text[j]][0] == kind:
                j += 1
            toks.append(Tok(kind, "^" if kind == "sup" else "_", i, i + 1))
            toks.append(Tok("lbrace", "{", i, i))
            for k in range(i, j):
                inner = SCRIPTS[text[k]][1]
                toks.append(Tok(CHAR_KINDS.get(inner) or ("digit" if inner.isdigit() else "letter"),
                                 inner, k, k + 1))
            toks.append(Tok("rbrace", "}", j, j))
            i = j
        elif c.isascii() and c.isalpha() and not (i + 1 < n and text[i + 1] in _COMBINING):
            toks.append(Tok("letter", c, i, i + 1))
            i += 1
        elif c == "}" and i in shown:
            toks.append(Tok("close", "}", i, i + 1))
            i += 1
        elif c in CHAR_KINDS:
            toks.append(Tok(CHAR_KINDS[c], c, i, i + 1))
            i += 1
        elif c in UNICODE:
            kind, val = UNICODE[c]
            if c == "Σ" and _SUM_FOLLOWS.match(text, i + 1):
                val = "sum"  # Σ_i BCE_i, Σ [ … ] typed as text: the sum
            toks.append(Tok(kind, val, i, i + 1))
            i += 1
        elif (accented := _accented(text, i)) is not None:  # ŷ, ȳ, x̄: \hat{y}, \bar{y}, \bar{x}
            accent, letter, j = accented
            toks.extend((Tok("cmd", accent, i, i), Tok("lbrace", "{", i, i),
                         Tok("letter", letter, i, j), Tok("rbrace", "}", j, j)))
            i = j
        else:
            raise LatexError(f"unexpected character {c!r}", text, i)
    return _without_empty_after_partial(toks)


def _without_empty_after_partial(toks: list[Tok]) -> list[Tok]:
    """``\\frac{\\partial{}}{\\partial{x}}``: braces left empty after ∂ (written to brace every
    argument alike) hold nothing; the operator is ∂/∂x, as typeset (held-out 281)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        if toks[k].kind == "lbrace" and k + 1 < len(toks) and toks[k + 1].kind == "rbrace" \
                and out and out[-1].is_("cmd", "partial"):
            k += 2
            continue
        out.append(toks[k])
        k += 1
    return out


_COMBINING = {"\u0302": "hat", "\u0304": "bar", "\u0303": "tilde", "\u0307": "dot"}


def _accented(text: str, i: int) -> tuple[str, str, int] | None:
    """A Latin letter with an accent, precomposed (ŷ) or with a combining mark (x̄):
    (accent command, letter, end)."""
    import unicodedata

    c = text[i]
    if c.isascii() and c.isalpha() and i + 1 < len(text) and text[i + 1] in _COMBINING:
        return _COMBINING[text[i + 1]], c, i + 2
    parts = unicodedata.normalize("NFD", c)
    if len(parts) == 2 and parts[0].isascii() and parts[0].isalpha() and parts[1] in _COMBINING:
        return _COMBINING[parts[1]], parts[0], i + 1
    return None


def structure(text: str, toks: list[Tok]) -> dict[int, int]:
    """Check nesting depth, braces and ``\\left``/``\\right``; return the brace matches."""
    depth = 0
    for t in toks:
        if t.kind in ("lbrace", "open", "begin"):
            depth += 1
            if depth > MAX_DEPTH:
                raise LatexError(f"nested too deeply (more than {MAX_DEPTH} levels)", text, t.pos)
        elif t.kind in ("rbrace", "close", "end"):
            depth = max(0, depth - 1)
    envs: list[Tok] = []
    for t in toks:
        if t.kind == "begin":
            envs.append(t)
        elif t.kind == "end":
            if not envs or envs[-1].val != t.val:
                opened = f" does not match \\begin{{{envs[-1].val}}}" if envs else " has no \\begin"
                raise LatexError(f"\\end{{{t.val}}}{opened}", text, t.pos)
            envs.pop()
    if envs:
        raise LatexError(f"\\begin{{{envs[-1].val}}} has no \\end{{{envs[-1].val}}}", text, envs[-1].pos)
    matches: dict[int, int] = {}
    stack: list[int] = []
    for k, t in enumerate(toks):
        if t.kind == "lbrace":
            stack.append(k)
        elif t.kind == "rbrace":
            if not stack:
                raise LatexError("unbalanced brace", text, t.pos)
            matches[stack.pop()] = k
    if stack:
        first = stack[0]
        owner = frac_owner(toks, matches, first)
        if owner is not None:
            raise LatexError(f"\\{toks[owner].val} needs two arguments", text, toks[owner].pos)
        raise LatexError("unbalanced brace", text, toks[first].pos)
    lefts: list[Tok] = []
    for t in toks:
        if t.kind == "open" and t.left:
            lefts.append(t)
        elif t.kind == "close" and t.left:
            if not lefts:
                raise LatexError(f"unbalanced {src(text, t)}", text, t.pos)
            lefts.pop()
    if lefts:
        raise LatexError(f"unbalanced {src(text, lefts[0])}", text, lefts[0].pos)
    return matches


def frac_owner(toks: list[Tok], matches: dict[int, int], k: int) -> int | None:
    """The ``\\frac`` whose first or second argument is the brace at ``k``, if any."""
    if k > 0 and toks[k - 1].kind == "cmd" and toks[k - 1].val in FRACS:
        return k - 1
    if k > 0 and toks[k - 1].kind == "rbrace":
        opener = next((o for o, c in matches.items() if c == k - 1), None)
        if opener and toks[opener - 1].kind == "cmd" and toks[opener - 1].val in FRACS:
            return opener - 1
    return None


def src(text: str, t: Tok) -> str:
    return re.sub(r"\s+", "", text[t.pos : t.end])
