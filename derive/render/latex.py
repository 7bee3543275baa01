"""LaTeX reports: a standalone ``article`` (amsmath and amssymb only) for a model's derivation or
for a checked document, every step with its verdict beside it.

What a person wrote is typeset only when it is safe to hand to TeX (known commands, balanced
braces and ``\\left``/``\\right``, ASCII); anything else, and every unreadable line, is shown in a
``verbatim`` block, so a report always compiles. Output is a pure function of its input.
"""

from __future__ import annotations

import re

from derive.derivation import Verdict

ORDER = tuple(Verdict)
MARKS = {  # how each verdict is shown beside a step: always a symbol *and* the word
    Verdict.PROVED: r"$\checkmark$\,\textsf{proved}",
    Verdict.CONSISTENT: r"$\checkmark$\,\textsf{consistent}",
    Verdict.AMBIGUOUS: r"\fbox{\textbf{?\,ambiguous}}",
    Verdict.SKIPPED: r"$\cdots$\,\textsf{skipped}",
    Verdict.REFUTED: r"\fbox{$\boldsymbol{\times}$\,\textbf{refuted}}",
    Verdict.UNREADABLE: r"\fbox{\textbf{!\,unreadable}}",
    Verdict.UNDECIDED: r"\fbox{\textbf{?\,undecided}}",
}
MEANINGS = {
    Verdict.PROVED: "SymPy shows the two sides' difference is 0",
    Verdict.CONSISTENT: "no proof within the time budget, but the sides agree at many random "
                        "points to at least 30 significant digits",
    Verdict.AMBIGUOUS: "fails as written, holds if an operator's scope is read the other way",
    Verdict.SKIPPED: "an elided step or a line that could not be read; the chain is bridged "
                     "over it",
    Verdict.REFUTED: "a point where the two sides differ, with both values",
    Verdict.UNREADABLE: "the LaTeX could not be read: line, column and reason",
    Verdict.UNDECIDED: "neither proved nor tested within the time budget",
}
LINE_BUDGET = 58.0  # estimated character widths a display line may hold beside its verdict tag

PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage{amsmath}
\usepackage{amssymb}
\setlength{\textwidth}{6.5in}
\setlength{\oddsidemargin}{0in}
\setlength{\evensidemargin}{0in}
\setlength{\topmargin}{-0.4in}
\setlength{\textheight}{9in}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.6ex}
\allowdisplaybreaks
\newcommand{\rulename}[1]{\text{\footnotesize\itshape #1}}
"""


# --------------------------------------------------------------------------- text


UNICODE = {
    "∂": r"$\partial$", "ŷ": r"$\hat{y}$", "∈": r"$\in$", "−": "-", "×": r"$\times$",
    "≤": r"$\le$", "≥": r"$\ge$", "←": r"$\leftarrow$", "→": r"$\to$", "α": r"$\alpha$",
    "σ": r"$\sigma$", "ℝ": r"$\mathbb{R}$", "∞": r"$\infty$", "…": r"\ldots{}", "—": "---",
    "–": "--", "·": r"$\cdot$", "Σ": r"$\Sigma$", "δ": r"$\delta$", "′": "'", "²": r"$^2$",
    "⁽": r"$^{(}$", "⁾": r"$^{)}$", "ⁱ": r"$^{i}$", "θ": r"$\theta$", "≈": r"$\approx$",
    "’": "'", "“": "``", "”": "''", "é": r"\'e", "ü": r'\"u', "ö": r'\"o',
}
SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
            "%": r"\%", "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}", "<": r"$<$",
            ">": r"$>$", "|": r"$|$"}


def text(s: str) -> str:
    """Plain text made safe for TeX: specials escaped, known Unicode mapped, the rest '?'."""
    out = []
    for ch in s:
        if ch in SPECIALS:
            out.append(SPECIALS[ch])
        elif ch in UNICODE:
            out.append(UNICODE[ch])
        elif ord(ch) < 128:
            out.append(ch if ch.isprintable() else " ")
        else:
            out.append("?")
    return "".join(out)


def code(s: str) -> str:
    r"""Inline monospace (``\texttt``) for source text or SymPy output."""
    return r"\texttt{" + text(s) + "}"


VERBATIM_SIZES = (  # (most characters per line that fit the text width, font size command)
    (80, ""), (88, r"\small"), (98, r"\footnotesize"), (110, r"\scriptsize"), (145, r"\tiny"))


def verbatim(s: str) -> str:
    """A ``verbatim`` block in the largest size its longest line fits; non-ASCII becomes '?'
    (one character for one, so a caret still points at its column), lines past the smallest
    size wrap, and nothing can close the block early."""
    body = "".join(ch if ord(ch) < 128 and (ch.isprintable() or ch == "\n") else "?" for ch in s)
    body = body.replace("\\end{verbatim}", "\\end {verbatim}").rstrip("\n")
    widest = VERBATIM_SIZES[-1][0]
    lines = []
    for line in body.split("\n"):
        lines += [line[k : k + widest] for k in range(0, len(line), widest)] or [""]
    longest = max(len(line) for line in lines)
    size = next(cmd for chars, cmd in VERBATIM_SIZES if longest <= chars)
    block = "\\begin{verbatim}\n" + "\n".join(lines) + "\n\\end{verbatim}\n"
    return f"{{{size}\n{block}}}\n" if size else block


# --------------------------------------------------------------------------- safe math

SAFE_COMMANDS = frozenset("""
alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi
varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi
Pi Sigma Upsilon Phi Psi Omega frac dfrac tfrac partial sum prod log ln exp sin cos tan tanh sinh
cosh arctan max min hat bar tilde vec dot ddot mathbf boldsymbol mathrm mathit mathcal mathbb
text textrm left right cdot times dots cdots ldots quad qquad sqrt in notin leq le geq ge neq ne
approx equiv sim infty nabla prime top intercal operatorname big Big bigg Bigg bigl bigr Bigl
Bigr biggl biggr mid lvert rvert lVert rVert langle rangle lfloor rfloor lceil rceil pm mp circ
ast star to mapsto displaystyle textstyle scriptstyle limits nolimits binom overline underline
mathsf odot oplus otimes cdotp colon ell Re Im det
""".split())
_CONTROL = re.compile(r"\\([A-Za-z]+|.)")


def safe_math(latex: str) -> bool:
    """True when TeX will typeset this side as math with amsmath/amssymb: every command known,
    braces and ``\\left``/``\\right`` balanced, no characters that end or split math."""
    if not latex.strip() or any(ord(c) > 126 for c in latex) or re.search(r"[$%#&~]", latex):
        return False
    if latex.rstrip().endswith("\\"):
        return False
    depth = 0
    for c in _CONTROL.sub(lambda m: "" if m.group(1) in "{}" else "x", latex):
        depth += (c == "{") - (c == "}")
        if depth < 0:
            return False
    if depth:
        return False
    words = _CONTROL.findall(latex)
    if words.count("left") != words.count("right"):
        return False
    for w in words:
        if len(w) > 1 and w not in SAFE_COMMANDS:
            return False
        if len(w) == 1 and w not in ",;:! {}|_^()[]":
            return False
    return True


def clean(latex: str) -> str:
    """A side as written, without the layout the reader ignores (``&``, ``\\\\``, newlines)."""
    s = re.sub(r"\\\\(\[[^\]]*\])?", " ", latex).replace("&", " ")
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------- widths and breaks


def width(latex: str) -> float:
    """A rough width of typeset math in character widths: fractions count their wider part,
    scripts shrink, commands count as one symbol."""
    total, k, n = 0.0, 0, len(latex)

    def group(at: int) -> tuple[str, int]:
        if at < n and latex[at] == "{":
            depth, j = 0, at
            while j < n:
                depth += (latex[j] == "{") - (latex[j] == "}")
                if depth == 0:
                    return latex[at + 1 : j], j + 1
                j += 1
            return latex[at + 1 :], n
        if at < n and latex[at] == "\\":
            m = _CONTROL.match(latex, at)
            return m.group(0), m.end()
        return latex[at : at + 1], at + 1

    while k < n:
        c = latex[k]
        if c == "\\":
            m = _CONTROL.match(latex, k)
            word = m.group(1)
            k = m.end()
            if word in ("frac", "dfrac", "tfrac"):
                a, k = group(k)
                b, k = group(k)
                total += max(width(a), width(b)) + 0.6
            elif word in ("left", "right", "limits", "nolimits", "displaystyle", "mathbf",
                          "boldsymbol", "mathrm", "hat", "bar", "tilde", "vec", "text"):
                if word in ("left", "right"):
                    k += 1
                    total += 0.6
            elif word in (",", ";", "!", " "):
                total += 0.3
            elif word in ("quad", "qquad"):
                total += 2.0 if word == "quad" else 4.0
            elif word in ("sum", "prod"):
                total += 1.8
            else:
                total += 1.6 if len(word) > 2 and word in ("log", "exp", "max", "min", "tanh")\
                    else 1.2
        elif c in "^_":
            g, k = group(k + 1)
            total += 0.7 * width(g)
        elif c in "{}":
            k += 1
        elif c == " ":
            k += 1
        elif c in "+-=":
            total += 2.0
            k += 1
        else:
            total += 1.0
            k += 1
    return total


def split_terms(latex: str) -> list[str]:
    """A side cut before each top-level ``+``/``-`` (outside braces and ``\\left…\\right``)."""
    parts, start, depth, k = [], 0, 0, 0
    while k < len(latex):
        if latex.startswith("\\left", k) and not latex[k + 5 : k + 6].isalpha():
            depth += 1
            k += 5
            continue
        if latex.startswith("\\right", k) and not latex[k + 6 : k + 7].isalpha():
            depth -= 1
            k += 6
            continue
        c = latex[k]
        if c == "\\":
            k = _CONTROL.match(latex, k).end()
            continue
        if c in "{(":
            depth += 1
        elif c in "})":
            depth -= 1
        elif c in "+-" and depth == 0 and latex[:k].strip() and latex[:k].rstrip()[-1] not in "=+-{(^_":
            parts.append(latex[start:k].strip())
            start = k
        k += 1
    parts.append(latex[start:].strip())
    return [p for p in parts if p]


def lines_of(latex: str, budget: float = LINE_BUDGET) -> list[str]:
    """The side in display lines that each fit the budget where a top-level term break allows."""
    if width(latex) <= budget:
        return [latex]
    out, current = [], ""
    for term in split_terms(latex):
        if current and width(current + " " + term) > budget:
            out.append(current)
            current = term
        else:
            current = f"{current} {term}".strip()
    out.append(current)
    return out


# --------------------------------------------------------------------------- displays


def mark(verdict: Verdict | None) -> str:
    return MARKS[verdict] if verdict is not None else r"\textsf{unchecked}"


def tag(verdict: Verdict | None, rule: str = "") -> str:
    label = (rf"\rulename{{{text(rule)}}}\quad " if rule else "") + mark(verdict)
    return rf"\tag*{{{label}}}"


def rows(first: str, steps: list[tuple[str, str, Verdict | None]]) -> list[str]:
    """align* rows of a chain ``first = s1 = s2 …``: ``first &= s1``, then ``&= s_k`` a line each,
    the verdict in each row's tag, long sides broken before a top-level ``+``/``-``. A wide first
    side gets a line of its own so it does not push the ``=`` column to the right."""
    out = []
    inline = bool(first) and width(first) <= LINE_BUDGET / 3
    if first and not inline:
        out += [("& " if n == 0 else r"&\qquad ") + p for n, p in enumerate(lines_of(first))]
    for n, (side, rule, verdict) in enumerate(steps):
        pieces = lines_of(side)
        lead = f"{first} &= " if inline and n == 0 else (r"&\quad= " if first and not inline
                                                         else "&= ")
        out.append(lead + pieces[0] + " " + tag(verdict, rule))
        out.extend(r"&\qquad " + p for p in pieces[1:])
    return out


def align(lines: list[str]) -> str:
    return "\\begin{align*}\n" + " \\\\\n".join(lines) + "\n\\end{align*}\n"


def legend() -> str:
    """Every verdict as a word beside its mark and its meaning."""
    body = [rf"{mark(v)} & \textbf{{{v.value}}} & {MEANINGS[v]} \\" for v in ORDER]
    return ("\\paragraph{Legend.} Every step carries its verdict as a word, with a mark:\n\n"
            "\\begin{tabular}{@{}llp{4.2in}@{}}\n" + "\n".join(body) + "\n\\end{tabular}\n")


def summary(counts: dict[Verdict, int], caption: str = "Summary of verdicts") -> str:
    lines = [rf"\section*{{{caption}}}", "\\begin{tabular}{@{}llr@{}}", r"\hline",
             r"mark & verdict & steps \\", r"\hline"]
    for v in ORDER:
        if counts.get(v):
            lines.append(rf"{mark(v)} & {v.value} & {counts[v]} \\")
    lines += [r"\hline", rf"& total & {sum(counts.values())} \\", r"\hline", "\\end{tabular}", ""]
    return "\n".join(lines)


def begin(title: str, subtitle: str = "") -> str:
    head = [PREAMBLE, "\\begin{document}", "", "\\begin{center}",
            rf"{{\Large\bfseries {title}}}"]
    if subtitle:
        head += [r"\\[1ex]", rf"{{\normalsize {subtitle}}}"]
    head += [r"\\[0.5ex]", r"{\small generated by \texttt{derive report}}"]
    head += ["\\end{center}", ""]
    return "\n".join(head) + "\n"


END = "\\end{document}\n"


# --------------------------------------------------------------------------- model reports


PROPER_NAMES = frozenset({"Poisson", "Bernoulli", "Gaussian"})  # kept capitalised in titles


def _first_clause(doc: str) -> str:
    """``Half squared error, as seed 000 …`` -> ``half squared error`` (cut outside brackets)."""
    depth = 0
    for k, c in enumerate(doc):
        depth += (c in "([{") - (c in ")]}")
        if depth == 0 and (doc.startswith((", ", ": ", "; ", " as ", " without ", " ("), k)
                           or c == "."):
            doc = doc[:k]
            break
    return doc if doc.split(" ")[0] in PROPER_NAMES else doc[:1].lower() + doc[1:]


def _model_title(m) -> tuple[str, str]:
    loss = _first_clause(m.loss.doc or m.loss.name)
    act = _first_clause(m.activation.doc or m.activation.name)
    with_ = ("no activation (linear regression)" if m.activation.name == "identity"
             else f"{'an' if act[:1] in 'aeiou' else 'a'} {act} activation")
    title = text(f"The gradient of {loss} with {with_}")
    sub = (rf"loss \texttt{{{text(m.loss.name)}}}, activation \texttt{{{text(m.activation.name)}}}, "
           rf"input \texttt{{{text(m.input.name)}}}, reduction \texttt{{{text(m.reduction)}}}")
    return title, sub


SECTIONS = {  # the rule that opens each part of a derivation, and the part's heading
    "definition of J": "Decomposition",
    "derivative of the loss": "The three factors",
    "recombination": "Recombination",
}


def _recombined(g, reduction: str) -> str | None:
    """The recombination's right side in the factors' own order (∂L/∂ŷ, ∂ŷ/∂z, ∂z/∂θ), as
    the note lays it out, rather than SymPy's sorted product."""
    from derive.latex.printer import product_latex

    by_rule = {s.rule: s.rhs for s in g.derivation.steps}
    act = next((rhs for rule, rhs in by_rule.items() if rule.startswith("rewritten")),
               by_rule.get("derivative of the activation"))
    factors = [by_rule.get("derivative of the loss"), act, by_rule.get("derivative of the linear input")]
    if any(f is None for f in factors):
        return None
    prefix = r"\frac{1}{m} " if reduction == "mean" else ""
    return prefix + r"\sum_{i=1}^{m} " + product_latex(1, [f for f in factors if f != 1])


def _chains(derivation, latex_of, closed_latex: str, recombined: str | None = None):
    """Group a generated derivation into displayed chains: a step continues the current chain
    when its left side is the chain's last (or first) side. Yields (heading, first, steps)."""
    from sympy import srepr

    heading, first, first_key, last_key, steps = None, None, None, None, []
    for s in derivation.steps:
        lhs_key, rhs_key = srepr(s.lhs), srepr(s.rhs)
        new_heading = SECTIONS.get(s.rule)
        if first is not None and (new_heading or lhs_key not in (last_key, first_key)):
            yield heading, first, steps
            first, steps = None, []
        if new_heading:
            heading = new_heading
        if first is None:
            first, first_key = latex_of(s.lhs), lhs_key
        rhs = (closed_latex if s.rule == "closed form"
               else recombined if s.rule == "recombination" and recombined else latex_of(s.rhs))
        steps.append((rhs, s.rule, s.verdict))
        last_key = rhs_key
    if first is not None:
        yield heading, first, steps


def model(report) -> str:
    """A model report: definitions, both derivations step by step, boxed closed forms, the
    finite-difference table, the legend and the summary."""
    from derive.latex.printer import course_latex, gradient_latex

    r = report.result
    m = r.model
    title, sub = _model_title(m)
    out = [begin(title, sub)]
    out.append(legend())

    # 1. the model
    defs = {str(d.target.base.label) if hasattr(d.target, "base") else str(d.target): d
            for d in m.definitions()}
    out.append("\\section{The model}\n")
    out.append(r"The cost $J$ averages a per-example loss over the $m$ examples, the loss "
               r"compares the prediction $\hat{y}^{(i)}$ with the label $y^{(i)}$, the "
               r"prediction is the activation of a linear input, and the linear input is a dot "
               r"product of the example's $n$ features with the weights, plus a bias." "\n"
               "\n")
    rows_ = []
    for key, shown in (("J", r"J(\mathbf{w}, b)"), ("L", "L^{(i)}"), ("yhat", r"\hat{y}^{(i)}"),
                       ("z", "z^{(i)}")):
        d = defs.get(key)
        if d is None:
            continue
        body = course_latex(d.body)
        if key == "z":
            body = rf"{m.input.latex} = {body}"
        rows_.append(rf"{shown} &= {body}")
    out.append(align(rows_))
    out.append(rf"with $y^{{(i)}} \in {m.loss.y.latex}$ and $\hat{{y}}^{{(i)}} \in "
               rf"{m.activation.output.latex}$; $m$ and $n$ stay symbolic, the sample index "
               rf"$i$ runs over $1, \dots, m$ and the feature indices $j, k$ over "
               rf"$1, \dots, n$." "\n")

    # 2, 3. the derivations
    counts: dict[Verdict, int] = {}
    closed = {}
    for g, symbol in ((r.dw, "w_j"), (r.db, "b")):
        closed[symbol] = gradient_latex(m.reduction, g.summand.coefficient, g.summand.factors)
        out.append(rf"\section{{The derivative with respect to ${symbol}$}}" + "\n")
        shown_heading = None
        for heading, first, steps in _chains(g.derivation, course_latex, closed[symbol],
                                             _recombined(g, m.reduction)):
            if heading and heading != shown_heading:
                out.append(rf"\paragraph{{{heading}.}}" + "\n")
                shown_heading = heading
            out.append(align(rows(first, steps)))
        for s in g.derivation.steps:
            if s.verdict is not None:
                counts[s.verdict] = counts.get(s.verdict, 0) + 1
            if s.outcome and not s.verdict.holds and s.outcome.detail:
                out.append(rf"\emph{{{text(s.rule)}}}: {text(s.outcome.detail)}" + "\n\n")

    # 4. closed forms
    out.append("\\section{The closed forms}\n")
    out.append("Every step above was re-checked by the equivalence checker; the engine does "
               "not vouch for itself. The gradient, as a course writes it:\n")
    out.append("\\begin{gather*}\n" + " \\\\[1ex]\n".join(
        rf"\boxed{{\frac{{\partial J}}{{\partial {s}}} = {closed[s]}}}" for s in ("w_j", "b"))
        + "\n\\end{gather*}\n")
    for note in r.notes:
        out.append(text(note) + "\n\n")

    # 5. numeric cross-check
    out.append(_numeric(report))
    out.append(summary(counts))
    out.append(END)
    return "\n".join(out)


def _num(x: float) -> str:
    s = f"{x:.10g}"
    if "e" in s:
        mant, exp = s.split("e")
        return rf"${mant} \times 10^{{{int(exp)}}}$"
    return f"${s}$"


def _err(x: float) -> str:
    if x == 0:
        return "$0$"
    mant, exp = f"{x:.1e}".split("e")
    return rf"${mant} \times 10^{{{int(exp)}}}$"


def _numeric(report) -> str:
    from derive.check import gradcheck as gc

    check = report.result.numeric
    out = ["\\section{Numeric cross-check}\n"]
    out.append(
        "Method: the derived $\\partial J/\\partial w_j$ and $\\partial J/\\partial b$ are "
        "compared with central finite differences of $J$ itself (the composed model, not the "
        "derived formula), $\\bigl(J(\\theta + h) - J(\\theta - h)\\bigr)/2h$ with "
        f"$h = {_tex_float(gc.FD_STEP)}$, in float64, at seeded random weights, bias and data "
        f"for the sizes $(m, n) \\in \\{{{', '.join(f'({a}, {b})' for a, b in gc.SIZES)}\\}}$, "
        f"{gc.POINTS_PER_SIZE} points each. Where float64 cannot decide, a component is "
        f"re-evaluated with mpmath at {gc.MP_DIGITS} digits. A component passes when its "
        "relative error $|g - g_{\\mathrm{fd}}| / \\max(|g|, |g_{\\mathrm{fd}}|)$ is at most "
        f"${_tex_float(gc.REL_TOL)}$.\n")
    if check is not None and check.kinks:
        out.append("Points within $10^{-3}$ of a kink are redrawn, since no derivative exists "
                   "there: " + ", ".join(code(k) for k in check.kinks) + ".\n")
    if check is not None:
        verdict = r"\textbf{passed}" if check.passed else r"\fbox{\textbf{failed}}"
        if check.passed:
            out.append(rf"Result: {verdict}: {check.points} points, {len(report.rows)} "
                       rf"comparisons, largest relative error {_err(check.max_rel_error)}"
                       rf" $\le {_tex_float(gc.REL_TOL)}$." + "\n")
        else:
            out.append(rf"Result: {verdict} --- {text(check.detail)}." + "\n")
    if report.rows:
        out.append("\\begin{center}\n\\small\n\\begin{tabular}{@{}rrrlrrr@{}}\n\\hline\n"
                   r"$m$ & $n$ & point & parameter & derived & finite difference & "
                   r"relative error \\" + "\n\\hline\n")
        for row in report.rows:
            name = row.parameter.replace("_", "_{") + ("}" if "_" in row.parameter else "")
            out.append(rf"{row.m} & {row.n} & {row.point} & ${name}$ & {_num(row.derived)} & "
                       rf"{_num(row.finite_difference)} & {_err(row.rel_error)} \\" + "\n")
        out.append("\\hline\n\\end{tabular}\n\\end{center}\n")
    return "".join(out) + "\n"


def _tex_float(x: float) -> str:
    mant, exp = f"{x:.0e}".split("e")
    return (rf"10^{{{int(exp)}}}" if mant == "1" else rf"{mant} \times 10^{{{int(exp)}}}")


# --------------------------------------------------------------------------- document reports


def _inline(detail: str) -> str:
    """A diagnosis line: `code` spans (LaTeX as the checker quotes it) typeset as math when safe,
    ``∂/∂X`` as an operator, everything else as text."""
    out = []
    for n, part in enumerate(detail.split("`")):
        if n % 2:
            out.append(f"${clean(part)}$" if safe_math(part) else code(part))
            continue
        pos = 0
        for m in re.finditer(r"∂/∂(\S+?)(?=\s|$)", part):
            out.append(text(part[pos : m.start()]))
            var = m.group(1)
            out.append(rf"$\partial/\partial {var}$" if safe_math(var) else text(m.group(0)))
            pos = m.end()
        out.append(text(part[pos:]))
    return "".join(out)


def _diagnosis(step) -> str:
    """The evidence beside a step that is not proved/consistent, as a framed paragraph (and
    a verbatim block with the caret for an unreadable one)."""
    o = step.outcome
    v = step.verdict
    first, *rest = (o.detail or "").split("\n")
    where = f"line {step.line}: " if step.line else ""
    lines = [rf"\noindent{mark(v)}\quad {text(where)}{_inline(first)}"]
    if o.counterexample:
        point = ", ".join(rf"{code(k)} $= {val}$" if re.fullmatch(r"-?[0-9.eE+-]+", val)
                          else f"{code(k)} = {code(val)}" for k, val in o.counterexample.items())
        lines.append(rf"\\ counterexample: {point}")
    if o.lhs_value is not None and o.rhs_value is not None:
        lines.append(rf"\\ there the left side is {code(o.lhs_value)} and the right side is "
                     rf"{code(o.rhs_value)}")
    if v is Verdict.AMBIGUOUS:
        lines.append(r"\\ \emph{Brackets around the operand would make the step say what it "
                     r"means.}")
    block = "\n".join(lines) + "\n"
    block = "\\begin{quote}\n" + block + "\\end{quote}\n"
    if rest:
        block += ("The line as written cannot be typeset; the caret marks where reading "
                  "stopped:\n" + verbatim("\n".join(rest)))
    return block


def _side(latex: str) -> str | None:
    s = clean(latex)
    return s if safe_math(s) else None


def _chain(chain, steps) -> str:
    """One chain as written: runs of typesettable sides in align*; a side TeX cannot take (or
    the reader could not read) in verbatim; the diagnosis under each step that does not hold."""
    out, pending, first = [], [], None

    def flush():
        nonlocal pending, first
        if first or pending:
            out.append(align(rows(first or "", pending)))
        pending, first = [], None

    sides = chain.sides
    lead = _side(sides[0].latex) if sides[0].error is None else None
    if lead is None:
        err = sides[0].error
        why = (rf"{mark(Verdict.UNREADABLE)}\quad {text(err.reason)}, " if err is not None else "")
        out.append(rf"\noindent {why}line {sides[0].line}, as written:" + "\n"
                   + verbatim(err.caret() if err is not None and err.caret() else sides[0].latex))
    else:
        first = lead
    for k, step in enumerate(steps, start=1):
        side = sides[k]
        shown = None if side.error is not None else _side(side.latex)
        if shown is None:
            if side.error is not None:  # a placeholder row where the line belongs, then why
                if first is None:
                    first = ""
                pending.append((rf"\boxed{{\text{{line {side.line} could not be read: see below}}}}",
                                "", step.verdict))
                flush()
            else:  # read and checked, but TeX could not typeset it
                flush()
                out.append(rf"\noindent Line {side.line}, shown as written: "
                           rf"\quad {mark(step.verdict)}" + "\n" + verbatim("= " + side.latex.strip()))
        else:
            if first is None:
                first = ""  # continues after a block shown verbatim: the rows start with "="
            pending.append((shown, "" if step.rule == "as written" else step.rule, step.verdict))
        if step.verdict is not None and not step.verdict.holds and step.verdict is not Verdict.SKIPPED:
            flush()
            out.append(_diagnosis(step))
            first = ""
    flush()
    return "\n".join(out)


def document(report) -> str:
    """A document report: the chains as written with each step's verdict, the diagnosis beside
    every step that does not hold, then a summary table of verdicts."""
    doc = report.document
    title = report.title or report.path
    sub = rf"report on \texttt{{{text(report.path)}}}"
    out = [begin(text(title), sub)]
    source = doc.assumptions.get("source")
    if source:
        out.append(rf"Source: {text(source)}." + "\n")
    counts = report.counts()
    bad = report.lines_by_verdict(ORDER)
    if bad:
        out.append(r"\paragraph{At a glance.} " + ", ".join(
            f"{counts[v]} {'step' if counts[v] == 1 else 'steps'} {mark(v)} "
            f"(line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))})"
            for v, lines in bad.items()) + f"; the other {sum(counts.values()) - sum(map(len, bad.values()))} "
            "steps hold (proved or consistent).\n")
    else:
        out.append(r"\paragraph{At a glance.} Every step holds." "\n")
    out.append(legend())
    if doc.definitions:
        out.append("\\section*{Definitions}\nRead from the document; each step is checked with "
                   "these substituted where needed.\n")
        shown = [(d.line, _side(d.latex)) for d in doc.definitions]
        typeset = [s.replace("=", "&=", 1) if "=" in s else "&" + s for _, s in shown if s]
        if typeset:
            out.append(align(typeset))
        for line, s in shown:
            if s is None:
                d = next(d for d in doc.definitions if d.line == line)
                out.append(f"Line {line}:\n" + verbatim(d.latex))
    for err in doc.errors:
        out.append(rf"\noindent{mark(Verdict.UNREADABLE)}\quad line {err.line}: {text(err.reason)}"
                   + "\n" + verbatim(err.caret()))
    out.append("\\section*{The chains, step by step}\n")
    if not report.chains:
        out.append("No chains of equations were found in this document.\n")
    last_heading = None
    for (chain, steps), heading in zip(report.chains, report.headings, strict=True):
        if heading and heading != last_heading:
            out.append(rf"\subsection*{{{text(heading)}}}" + "\n")
            last_heading = heading
        out.append(rf"\noindent\emph{{Chain at line {chain.line}.}}" + "\n")
        out.append(_chain(chain, steps))
    out.append(summary(counts))
    out.append(END)
    return "\n".join(out)
