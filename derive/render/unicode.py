r"""Course LaTeX as Unicode maths for a terminal: what a student would write by hand.

>>> maths(r"\frac{1}{m} \sum_{i=1}^{m} \left(\hat{y}^{(i)} - y^{(i)}\right) x_j^{(i)}")
'1/m Σᵢ₌₁ᵐ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾'
>>> maths(r"\frac{\partial J}{\partial w_j}"), maths(r"\frac{e^{- z}}{\left(1 + e^{- z}\right)^{2}}")
('∂J/∂w_j', 'e⁻ᶻ/(1 + e⁻ᶻ)²')
>>> maths(r"\nabla_{\mathbf{w}} J = \frac{1}{m} X^\top \left(\hat{\mathbf{y}} - \mathbf{y}\right)")
'∇_𝐰 J = 1/m Xᵀ(𝐲̂ − 𝐲)'

Superscripts become raised characters where every character has one (``⁽ⁱ⁾``, ``²``, ``ᵀ``),
else ``^(…)``; subscripts stay ``_j`` as courses type them, except under a sum (``Σᵢ₌₁ᵐ``). A
fraction is ``a/b``, each side bracketed unless it is one term. A command it does not know is
written as its name, never dropped.
"""

from __future__ import annotations

import re
import unicodedata

SUPER = dict(zip("0123456789+-−=()aAbBcdDeEfghHiIjJkKlLmMnNoOpPrRstTuUvVwWxyz",
                 "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᴬᵇᴮᶜᵈᴰᵉᴱᶠᵍʰᴴⁱᴵʲᴶᵏᴷˡᴸᵐᴹⁿᴺᵒᴼᵖᴾʳᴿˢᵗᵀᵘᵁᵛⱽʷᵂˣʸᶻ", strict=True)) | {"ᵀ": "ᵀ"}
SUB = dict(zip("0123456789+-−=()aehijklmnoprstuvx",
               "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True))
SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "varrho": "ϱ", "varsigma": "ς", "Upsilon": "Υ",
    "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
    "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ", "partial": "∂", "nabla": "∇",
    "cdot": "·", "times": "×", "odot": "⊙", "otimes": "⊗", "top": "ᵀ", "intercal": "ᵀ",
    "infty": "∞", "in": "∈", "notin": "∉", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "neq": "≠", "ne": "≠", "approx": "≈", "to": "→", "rightarrow": "→", "mapsto": "↦",
    "sum": "Σ", "prod": "Π", "ldots": "…", "dots": "…", "cdots": "⋯", "pm": "±", "mid": "|",
    "forall": "∀", "exists": "∃", "propto": "∝", "equiv": "≡", "coloneqq": "≔", "lbrace": "{",
    "sim": "∼", "simeq": "≃", "cong": "≅", "ll": "≪", "gg": "≫", "lt": "<", "gt": ">",
    "Rightarrow": "⇒", "implies": "⟹", "iff": "⟺", "longrightarrow": "⟶", "oslash": "⊘",
    "rbrace": "}", "{": "{", "}": "}", "|": "‖", "lVert": "‖", "rVert": "‖", "Vert": "‖",
    "lvert": "|", "rvert": "|", "vert": "|", "langle": "⟨", "rangle": "⟩", ",": " ", ";": " ", ":": " ", "!": "",
    "quad": "  ", "qquad": "  ", " ": " ", "%": "%", "&": "&", "_": "_", "#": "#",
}
COMBINING = {"hat": "\u0302", "widehat": "\u0302", "bar": "\u0304", "overline": "\u0304",
             "tilde": "\u0303", "widetilde": "\u0303", "dot": "\u0307", "vec": "\u20d7"}
ENVIRONMENTS = {"cases": ("{", "}"), "pmatrix": ("(", ")"), "bmatrix": ("[", "]"),
                "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
                "matrix": ("[", "]"), "array": ("[", "]"), "smallmatrix": ("[", "]")}
PLAIN = {"text", "mathrm", "operatorname", "textrm", "mathit", "textit", "mathsf", "displaystyle",
         "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"}
BOLD = {"mathbf", "boldsymbol", "bm", "textbf"}
FRACTIONS = {"frac", "dfrac", "tfrac"}
SIZES = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"}
_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\s+|.", re.S)
_KEEP = "\u0001"  # the space after a sum's limits or a fraction, which a bracket after them keeps
_BREAK = " +−-/·×=,<>≤≥∈"  # a side holding one of these (outside brackets) is bracketed
OPERATORS = set("·×⊙⊗∈∉≤≥≠≈→↦±≡≔∝")  # written with a space on each side


def maths(latex: str) -> str:
    """The LaTeX of a formula as Unicode maths (see the module's examples)."""
    tokens = [t for t in _TOKEN.findall(latex)]
    out, _ = _run(tokens, 0, None)
    out = re.sub(r"\s+", " ", out).strip()
    out = re.sub(r"(?<=[^\W\d_]|[\u0300-\u036f′)⁰-⁹ⁱ⁽⁾ᵃ-ᶿ]) \(", "(", out)  # ŷ (1 − ŷ): ŷ(1 − ŷ)
    out = re.sub(f" ?{_KEEP} ?", " ", out)
    out = re.sub(r"([(\[{⟨]) ", r"\1", out)
    out = re.sub(r"(^|[(\[{,=;] ?)− ", r"\1−", out)  # a sign, not a subtraction
    out = re.sub(r" ([)\]},;⟩])", r"\1", out)
    return unicodedata.normalize("NFC", out.strip())


def _run(tokens: list[str], pos: int, stop: str | None) -> tuple[str, int]:
    """Convert from ``pos`` to the closing ``stop`` (``}``) or the end; returns (text, next)."""
    out: list[str] = []
    while pos < len(tokens):
        t = tokens[pos]
        if stop is not None and t == stop:
            return "".join(out), pos + 1
        piece, pos = _one(tokens, pos)
        if piece is None:
            continue
        if out and piece.startswith("\u0000"):  # a script: attaches to what came before
            out[-1] = out[-1] + piece[1:]
        else:
            out.append(piece.lstrip("\u0000"))
    return "".join(out), pos


def _argument(tokens: list[str], pos: int) -> tuple[str, int]:
    """One argument: a braced group, or the next single token (spaces skipped)."""
    while pos < len(tokens) and tokens[pos].isspace():
        pos += 1
    if pos >= len(tokens):
        return "", pos
    if tokens[pos] == "{":
        return _run(tokens, pos + 1, "}")
    piece, nxt = _one(tokens, pos)
    return (piece or "").lstrip("\u0000"), nxt


def _atomic(s: str) -> bool:
    depth = 0
    for ch in s.strip():
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and ch in _BREAK:
            return False
    return True


def bracket(s: str) -> str:
    s = s.strip()
    return s if _atomic(s) else f"({s})"


def script(s: str, table: dict[str, str]) -> str | None:
    s = s.strip().replace(" ", "")
    if s and all(ch in table for ch in s):
        return "".join(table[ch] for ch in s)
    return None


def _raised(arg: str) -> str:
    if re.fullmatch(r"\[[^\[\]]*\]", arg.strip()):
        return "^" + arg.strip()  # a^{[1]}: layer 1's a, as courses write it (a^[1])
    return script(arg, SUPER) or ("^" + bracket(arg) if _atomic(arg) and len(arg.strip()) == 1
                                   else f"^({arg.strip()})")


def _bold(s: str) -> str:
    def one(ch: str) -> str:
        if "a" <= ch <= "z":
            return chr(0x1D41A + ord(ch) - ord("a"))
        if "A" <= ch <= "Z":
            return chr(0x1D400 + ord(ch) - ord("A"))
        if "0" <= ch <= "9":
            return chr(0x1D7CE + ord(ch) - ord("0"))
        return ch
    return "".join(one(ch) for ch in s)


def _one(tokens: list[str], pos: int) -> tuple[str | None, int]:
    """One token (with its arguments) as text; a script is marked to attach to the previous."""
    t = tokens[pos]
    pos += 1
    if t.isspace():
        return " ", pos
    if t == "{":
        return _run(tokens, pos, "}")
    if t == "}":
        return None, pos
    if t == "^":
        arg, pos = _argument(tokens, pos)
        return "\u0000" + _raised(arg), pos
    if t == "_":
        arg, pos = _argument(tokens, pos)
        arg = arg.strip()
        return "\u0000_" + (arg if _atomic(arg) else f"{{{arg}}}"), pos
    if t == "-":
        return "−", pos
    if t == "'":
        return "′", pos
    if t in "&~":
        return " ", pos
    if not t.startswith("\\"):
        return t, pos
    name = t[1:]
    if name in FRACTIONS:
        top, pos = _argument(tokens, pos)
        bottom, pos = _argument(tokens, pos)
        return f"{bracket(top)}/{bracket(bottom)}{_KEEP}", pos  # 1/m (Ŷ − Y), not 1/m(Ŷ − Y)
    if name in ("binom", "dbinom", "tbinom"):  # C(n, k): a binomial coefficient on one line
        top, pos = _argument(tokens, pos)
        bottom, pos = _argument(tokens, pos)
        return f"C({top.strip()}, {bottom.strip()})", pos
    if name in ("sum", "prod"):
        return _big(SYMBOLS[name], tokens, pos)
    if name in COMBINING:
        arg, pos = _argument(tokens, pos)
        arg = arg.strip()
        return (arg + COMBINING[name] if len(arg) == 1 else f"{arg}{COMBINING[name]}"), pos
    if name in BOLD:
        arg, pos = _argument(tokens, pos)
        return _bold(arg), pos
    if name == "mathbb":
        arg, pos = _argument(tokens, pos)
        return {"R": "ℝ", "1": "𝟙", "N": "ℕ", "Z": "ℤ", "E": "𝔼", "P": "ℙ"}.get(arg.strip(), arg), pos
    if name == "sqrt":
        arg, pos = _argument(tokens, pos)
        return "√" + bracket(arg), pos
    if name in SIZES:
        if pos < len(tokens) and tokens[pos] in (".",):
            return "", pos + 1
        if pos < len(tokens) and tokens[pos].startswith("\\") and tokens[pos][1:] in ("{", "}", "|"):
            return {"{": "{", "}": "}", "|": "‖"}[tokens[pos][1:]], pos + 1
        return "", pos
    if name in PLAIN:
        if pos < len(tokens) and (tokens[pos] == "{" or tokens[pos].isspace()):
            arg, pos = _argument(tokens, pos)
            return arg, pos
        return "", pos
    if name in SYMBOLS:
        sym = SYMBOLS[name]
        # a letter: the space after its command only ends the command
        if ((sym.isalpha() or sym in "∂∇ℓ∞") and name not in ("top", "intercal")
                and pos + 1 < len(tokens) and tokens[pos].isspace()
                and (tokens[pos + 1][:1].isalnum() or tokens[pos + 1][:1] in "{(\\")):
            pos += 1
        if sym in OPERATORS:
            return f" {sym} ", pos
        return ("\u0000" + sym if name in ("top", "intercal") else sym), pos
    if name in ("\\",):
        return "; ", pos
    if name in ("begin", "end"):  # cases as {…; …}, matrices in their brackets, rows by ;
        env, pos = _argument(tokens, pos)
        env = env.strip().rstrip("*")
        pair = ENVIRONMENTS.get(env, ("", ""))
        return (pair[0] if name == "begin" else pair[1]), pos
    return name, pos  # \log, \tanh, \max, \exp and any other command: its name


def _big(symbol: str, tokens: list[str], pos: int) -> tuple[str, int]:
    """Σ with its limits: ``Σᵢ₌₁ᵐ`` where they can be set small, else ``Σ_{k=1}^{K}`` spelled
    ``Σ(k=1..K)``."""
    below = above = ""
    while pos < len(tokens) and tokens[pos] in ("_", "^") or (
            pos < len(tokens) and tokens[pos].isspace() and pos + 1 < len(tokens)
            and tokens[pos + 1] in ("_", "^")):
        if tokens[pos].isspace():
            pos += 1
            continue
        which = tokens[pos]
        arg, pos = _argument(tokens, pos + 1)
        if which == "_":
            below = arg.strip()
        else:
            above = arg.strip()
    if not below and not above:
        return symbol, pos
    low, high = script(below, SUB), script(above, SUPER)
    if (low is not None or not below) and (high is not None or not above):
        return symbol + (low or "") + (high or "") + _KEEP, pos
    limits = below + (f"..{above}" if above else "")
    return f"{symbol}({limits}){_KEEP}", pos
