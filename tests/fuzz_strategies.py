"""Hypothesis strategies that write course notation, and the mutations that break it.

Shared by ``tests/test_fuzz.py`` (a small, derandomized profile inside the test suite) and
``bench/fuzz.py`` (thousands of inputs). The generators write what course notes write: sides
(sums, fractions, ∂J/∂w_j, σ(z), log, e^{-z}, ŷ^{(i)}, x_j^{(i)}, θ^T x, powers, primes,
\\left( \\right)), chains ``a = b = c``, Markdown and LaTeX documents, front matter. The mutations
then delete, duplicate and swap characters and tokens and insert hostile text: Unicode scripts,
control characters, huge numbers, deep nesting, towers, unbalanced braces, unclosed ``$$``.
"""

from __future__ import annotations

import os
import re
import tempfile

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis's caches (Unicode tables, constants) go to the temporary directory, not into the work
# tree as .hypothesis/ (the profiles below keep no example database either).
if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "derive-hypothesis"))

# --------------------------------------------------------------------------- profiles

SLOW_CHECKS = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
               HealthCheck.large_base_example]
# derive-ci: deterministic (derandomize) and small, for the normal test suite; derive-deep: random
# and ten times larger, for a local hunt (`DERIVE_FUZZ_PROFILE=derive-deep python -m pytest ...`).
# derive-ci skips shrinking: a failing input is reported as drawn, and a hang is not re-run
# dozens of times while shrinking.
settings.register_profile("derive-ci", max_examples=10, derandomize=True, deadline=None,
                          database=None, suppress_health_check=SLOW_CHECKS, print_blob=False,
                          phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.register_profile("derive-deep", max_examples=100, derandomize=False, deadline=None,
                          database=None, suppress_health_check=SLOW_CHECKS)
SCALE = {"derive-ci": 1, "derive-deep": 10}  # examples per test = its base count times this

# --------------------------------------------------------------------------- sides

NUMBERS = st.one_of(st.integers(0, 12).map(str), st.sampled_from(["0.5", "2", "10", "0.01", "1"]))
VARIABLES = st.sampled_from([
    "x", "y", "z", "w", "b", "h", "a", "t", "u", "m", "n", r"\theta", r"\alpha", r"\lambda",
    r"\mu", r"\hat{y}", "w_j", "x_j", "x_i", r"\theta_j", "b^{(i)}", r"x_j^{(i)}",
    r"\hat{y}^{(i)}", r"y^{(i)}", r"z^{(i)}", r"a^{[1]}", r"\mathbf{w}", r"\mathbf{x}^{(i)}",
    "L", "J", r"L^{(i)}", "X", r"\mathbf{X}", r"\mathbf{y}", r"\hat{\mathbf{y}}", "X^T", r"\mathbf{w}^T",
])
DERIVATIVES = st.sampled_from([
    r"\frac{\partial J}{\partial w_j}", r"\frac{\partial J}{\partial b}",
    r"\frac{\partial L}{\partial z}", r"\frac{\partial L}{\partial \hat{y}^{(i)}}",
    r"\frac{dL}{dz}", r"\frac{d\sigma}{dz}", r"\frac{\partial z^{(i)}}{\partial w_j}",
    r"\frac{\partial J(\mathbf{w}, b)}{\partial w_j}", r"\partial_z L",
    r"\frac{\partial J}{\partial \mathbf{w}}", r"\nabla_{\mathbf{w}} J", r"\nabla_\theta J(\theta)",
])
FIXED = st.sampled_from([
    r"\theta^T x", r"\theta^T x^{(i)}", r"\mathbf{w} \cdot \mathbf{x}", r"\mathbf{w}^T \mathbf{x} + b",
    r"\frac{1}{m}", r"f'(h)", r"g'(z)", r"f(h)", r"\sigma'(z)", r"\dots", r"\cdots",
    r"\frac{1}{1+e^{-z}}", r"\sigma(z)(1-\sigma(z))", r"\hat{y}^{(i)} - y^{(i)}",
    r"\|\mathbf{w}\|^2", r"\max(0, 1 - y z)",
    r"X^T(\hat{y} - y)", r"\sigma(X\theta)", r"\|X\mathbf{w} - \mathbf{y}\|^2", r"(X\mathbf{w} - \mathbf{y})^T",
    r"\frac{1}{m} X^T(\sigma(X\mathbf{w}) - \mathbf{y})", r"\sum_i (\hat{y}_i - y_i)\mathbf{x}_i",
])
ATOMS = st.one_of(NUMBERS, VARIABLES, VARIABLES, DERIVATIVES, FIXED)
BY = st.sampled_from(["w_j", "b", "z", r"\hat{y}^{(i)}", "z^{(i)}", "x", r"\theta_j"])

UNARY = [  # one side -> a bigger side
    "-{a}", r"\frac{{1}}{{{a}}}", r"\sigma({a})", r"\sigma\left({a}\right)", r"\log({a})",
    r"\log {a}", r"\ln\left({a}\right)", r"\exp({a})", r"\tanh({a})", r"\sqrt{{{a}}}", "e^{{{a}}}",
    "e^{{-{a}}}", "({a})^{{2}}", "({a})^T", "X^T ({a})", r"\left({a}\right)^2", "({a})", r"\left({a}\right)",
    r"\sum_{{i=1}}^{{m}} {a}", r"\sum_i {a}", r"\sum_{{j=1}}^{{n}} {a}", r"\frac{{1}}{{m}} \sum_{{i=1}}^{{m}} {a}",
    "f'({a})", r"\frac{{\partial}}{{\partial {by}}} {a}", r"\frac{{\partial {a}}}{{\partial {by}}}",
    r"\frac{{d}}{{d{by}}}\left({a}\right)", "{a}^{{{n}}}", "{a}'", r"\left[{a}\right]",
    "({a})^{{10^{{{big}}}}}", "{a}^{{-10^{{{big}}}}}", r"\binom{{{a}}}{{{n}}}", "{a}!",
]
BIG = st.sampled_from(["3", "6", "10", "99"])  # exponents of 10 for huge powers
BINARY = ["{a} + {b}", "{a} - {b}", "{a} {b}", r"{a} \cdot {b}", r"\frac{{{a}}}{{{b}}}",
          "({a})({b})", "{a}^{{{b}}}", r"{a} \times {b}", "{a}/{b}"]


def _extend(children):
    unary = st.builds(lambda form, a, by, n, big: form.format(a=a, by=by, n=n, big=big),
                      st.sampled_from(UNARY), children, BY, NUMBERS, BIG)
    binary = st.builds(lambda form, a, b: form.format(a=a, b=b), st.sampled_from(BINARY),
                       children, children)
    return st.one_of(unary, binary)


sides = st.recursive(ATOMS, _extend, max_leaves=8)


@st.composite
def chains(draw, sep=" = ", min_sides=2, max_sides=4):
    """``a = b = c``: two to four sides, each ``=`` a claim."""
    return sep.join(draw(st.lists(sides, min_size=min_sides, max_size=max_sides)))


# --------------------------------------------------------------------------- front matter

KEYS = ["y", r"\hat{y}", "x", "z", "w", "b", "m, n", "sigma", r"\sigma", "f(x)", "g(x, y)",
        "functions", "h"]
VALUES = ["{0,1}", "(0, 1)", "positive", "negative", "probability", "a probability",
          "positive integers", "[-1, 1]", "(0, inf)", r"(0, \infty)", "(-2, 2)", "real", "> 0", "f, g"]
MALFORMED = ["f(x: 1", "f(x) 1", "y: (.,.)", "y: (0, .)", "y: {", ": value", "key:", "y: (1, 0)",
             "y: (-inf, -inf)", "y: {0,1", "y: (0,1,2)", r"\hat{y: (0,1)", "y: (1e400, 2)",
             "y: (nan, 1)", "y: (0, 1e999)", "y: {1}", "y: {,}", "(((: x", "y: ((0, 1)",
             "m, n: ", ",,: 1", "y: \"(0, 1)", "- y: 1", "  y: (0,1) # comment", "y: (0x1, 2)",
             "y: (" + "9" * 400 + ", 1)", "y: {" + ",".join(["1"] * 200) + "}", "y: (−1, 1)"]


@st.composite
def front_matters(draw):
    """``---\\nkey: value\\n---``: valid lines, malformed lines, or a fence that never closes."""
    lines = draw(st.lists(st.one_of(
        st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(KEYS), st.sampled_from(VALUES)),
        st.sampled_from(MALFORMED)), min_size=0, max_size=4))
    close = draw(st.sampled_from(["---", "---", "...", "--- ", ""]))
    return "---\n" + "\n".join(lines) + ("\n" + close if close else "") + "\n"


# --------------------------------------------------------------------------- documents

WORDS = ["the", "gradient", "loss", "of", "we", "take", "derivative", "chain", "rule", "so",
         "sample", "weights", "bias", "sigmoid", "note", "that", "hence", "by", "where", "is"]
prose_words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)


@st.composite
def prose(draw):
    parts = [draw(prose_words)]
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(["inline", "code", "words"]))
        if kind == "inline":
            parts.append(f"${draw(sides)}$")
        elif kind == "code":
            parts.append(f"`{draw(st.sampled_from(['x = y = z', 'grad = X.T @ (p - y)', 'J(w)']))}`")
        parts.append(draw(prose_words))
    return " ".join(parts) + "."


DEFINITIONS = st.one_of(
    st.sampled_from([
        r"z^{(i)} = \mathbf{w}^T \mathbf{x}^{(i)} + b", r"\hat{y}^{(i)} = \sigma(z^{(i)})",
        r"J = \frac{1}{m}\sum_{i=1}^{m} L^{(i)}", r"L^{(i)} = \frac{1}{2}(\hat{y}^{(i)} - y^{(i)})^2",
        r"f(h) = \frac{1}{1+e^{-h}}", r"J(\mathbf{w}, b) = -\frac{1}{m}\sum_{i=1}^{m} y^{(i)} \log \hat{y}^{(i)}",
        r"z = w x + b", r"\sigma(z) = \frac{1}{1+e^{-z}}", r"w_j := w_j - \alpha \frac{\partial J}{\partial w_j}",
    ]),
    st.builds(lambda v, s: f"{v} = {s}", VARIABLES, sides),
)


@st.composite
def aligned(draw, env="aligned"):
    first = draw(sides)
    rest = draw(st.lists(sides, min_size=1, max_size=3))
    rows = [f"{first} &= {rest[0]}"] + [f"&= {s}" for s in rest[1:]]
    return f"\\begin{{{env}}}\n" + " \\\\\n".join(rows) + f"\n\\end{{{env}}}"


@st.composite
def markdown_blocks(draw):
    kind = draw(st.sampled_from(["heading", "prose", "prose", "display", "display", "inline-display",
                                 "definition", "aligned", "continuation", "fence", "bracket"]))
    if kind == "heading":
        return f"{'#' * draw(st.integers(1, 3))} {draw(prose_words)}"
    if kind == "prose":
        return draw(prose())
    if kind == "display":
        return f"$$\n{draw(chains())}\n$$"
    if kind == "inline-display":
        return f"$${draw(chains())}$$"
    if kind == "definition":
        return f"$${draw(DEFINITIONS)}$$"
    if kind == "aligned":
        return f"$$\n{draw(aligned())}\n$$"
    if kind == "continuation":
        return f"$$= {draw(sides)}$$"
    if kind == "bracket":
        return f"\\[ {draw(chains())} \\]"
    lang = draw(st.sampled_from(["", "python", "latex"]))
    return f"```{lang}\n$$ {draw(chains())} $$\nx = y = z\n```"


@st.composite
def markdown_documents(draw, min_blocks=1, max_blocks=6):
    """A course note in Markdown: optional front matter, then headings, prose and display math."""
    head = draw(st.one_of(st.just(""), front_matters()))
    blocks = draw(st.lists(markdown_blocks(), min_size=min_blocks, max_size=max_blocks))
    return head + "\n\n".join(blocks) + "\n"


@st.composite
def latex_blocks(draw):
    kind = draw(st.sampled_from(["section", "prose", "equation", "align", "bracket", "comment"]))
    if kind == "section":
        return f"\\section{{{draw(prose_words)}}}"
    if kind == "prose":
        return draw(prose())
    if kind == "equation":
        return f"\\begin{{equation}}\n{draw(chains())}\n\\end{{equation}}"
    if kind == "align":
        return draw(aligned(draw(st.sampled_from(["align", "align*"]))))
    if kind == "bracket":
        return f"\\[\n{draw(st.one_of(chains(), DEFINITIONS))}\n\\]"
    return f"% {draw(prose_words)} $$ x = y"


@st.composite
def latex_documents(draw, max_blocks=6):
    """A course note in LaTeX: preamble, sections, equation/align environments, comments."""
    blocks = draw(st.lists(latex_blocks(), min_size=1, max_size=max_blocks))
    return ("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n"
            + "\n\n".join(blocks) + "\n\\end{document}\n")


# --------------------------------------------------------------------------- mutations

def tower(levels: int) -> str:
    """``x^x^x^…`` with ``levels`` letters."""
    return "^".join(["x"] * levels)


HOSTILE = [
    "²", "₁", "¹", "ⁱ", "⁽", "₍ᵢ₎", "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x0b", "\r", "\t",
    "\u200b", "\ufeff", "\u2212", "∂", "·", "×", "𝑥", "σ", "θ", "\u0301", "\ud800", "\U0010ffff",
    r"10^{10^{10}}", r"0.5^{10^{6}}", r"0.5^{10^{10}}", r"\binom{10^{9}}{10^{8}}", r"\frac{1}{2}^{10^{9}}",
    r"(0.99)^{10^{8}}", r"10^{-10^{10}}", r"9^{9^{9}}", r"2^{2^{2^{2^{2^{2}}}}}", r"e^{e^{e^{e^{10}}}}",
    r"1000!", r"10^{10}!", "^{10^{10}}", "^{10^{6}}", "^{10^{99}}", "^{-10^{10}}", "^{0.5}",
    r"\sqrt{2}", "2x", "0.5 x", r"\frac{1}{0}", r"\log(0)", r"\sqrt{-1}", r"0^{-1}", r"x^{-10^{10}}",
    "$$", "$", "\\", "\\\\", "{", "}", "(", ")", "[", "]", r"\left(", r"\right)", r"\frac", "^", "_",
    "'", "&=", "&", "=", "==", r"\begin{aligned}", r"\end{aligned}", r"\begin{align}", r"\dots",
    "\n---\n", "---", "```", "`", "%", "#", r"\sum", r"\partial", r"\sum_{i=1}^{10^{10}}",
    "\n\n", ":=", r"\\[", r"\\]", r"\text{", r"\mathbf{", r"\hat{", r"\undefinedcommand",
]


@st.composite
def hostile_snippets(draw):
    """One piece of hostile text: a fixed snippet, a tower, deep nesting, a long digit string,
    or a few arbitrary characters."""
    kind = draw(st.sampled_from(["fixed", "fixed", "fixed", "tower", "nest", "braces", "digits", "chars"]))
    if kind == "fixed":
        return draw(st.sampled_from(HOSTILE))
    if kind == "tower":
        return tower(draw(st.integers(3, 40)))
    if kind == "nest":
        k = draw(st.integers(20, 300))
        return "(" * k + "x" + ")" * k
    if kind == "braces":
        k = draw(st.integers(20, 300))
        return "{" * k + "x" + "}" * draw(st.integers(0, k))
    if kind == "digits":
        return draw(st.sampled_from("123456789")) + "0" * draw(st.integers(50, 2000))
    return draw(st.text(max_size=4))


_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\d+|[A-Za-z]+|\s+|.", re.S)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@st.composite
def mutated(draw, base, max_ops: int = 4):
    """``base`` with up to ``max_ops`` mutations: characters and tokens deleted, duplicated or
    swapped, hostile snippets inserted or substituted, the text cut short."""
    text = draw(base)
    counts = [0, 0] + list(range(1, max_ops + 1))  # a third of the inputs stay as generated
    for _ in range(draw(st.sampled_from(counts))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "token-delete", "token-duplicate",
                                   "token-swap", "insert", "insert", "insert", "replace-token", "truncate"]))
        if op.startswith("token") or op == "replace-token":
            toks = _tokens(text)
            if not toks:
                continue
            k = draw(st.integers(0, len(toks) - 1))
            if op == "token-delete":
                del toks[k]
            elif op == "token-duplicate":
                toks.insert(k, toks[k])
            elif op == "token-swap":
                j = draw(st.integers(0, len(toks) - 1))
                toks[k], toks[j] = toks[j], toks[k]
            else:
                toks[k] = draw(hostile_snippets())
            text = "".join(toks)
            continue
        if op == "insert":
            i = draw(st.integers(0, len(text)))
            text = text[:i] + draw(hostile_snippets()) + text[i:]
            continue
        if not text:
            continue
        i = draw(st.integers(0, len(text) - 1))
        if op == "delete":
            text = text[:i] + text[i + 1:]
        elif op == "duplicate":
            text = text[:i + 1] + text[i:]
        elif op == "swap":
            j = draw(st.integers(0, len(text) - 1))
            chars = list(text)
            chars[i], chars[j] = chars[j], chars[i]
            text = "".join(chars)
        else:  # truncate
            text = text[:i]
    return text


# --------------------------------------------------------------------------- what the targets read

hostile_sides = mutated(sides)
hostile_chains = mutated(chains())
hostile_markdown = mutated(markdown_documents())
hostile_latex = mutated(latex_documents())
hostile_front_matter = mutated(st.builds(lambda fm, body: fm + body, front_matters(),
                                         st.sampled_from(["$$a = y = y$$\n", "# Note\n\n$$z = w x + b$$\n",
                                                          "$$\\hat{y} = \\sigma(z) = \\frac{1}{1+e^{-z}}$$\n", ""])))
equivalence_pairs = st.tuples(mutated(sides, max_ops=2), mutated(sides, max_ops=2))
cli_options = st.tuples(st.sampled_from(["text", "text", "json"]), st.booleans(), st.booleans())
cli_documents = st.one_of(
    st.tuples(st.just(".md"), hostile_markdown),
    st.tuples(st.just(".md"), hostile_front_matter),
    st.tuples(st.just(".tex"), hostile_latex),
)
