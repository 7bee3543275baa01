"""read_document: the seed transcription, Markdown and .tex layouts, and bad documents."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import sympy
from sympy import Function

from derive.errors import DeriveError
from derive.latex import notation
from derive.latex.document import MAX_SIDES, front_matter, read_document
from derive.symbols import LargePower, base, index, scalar

SEED = Path(__file__).resolve().parent.parent / "derivations" / "logistic-regression.md"
i = index("i")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text()


@pytest.fixture(scope="module")
def seed(seed_text):
    return read_document(seed_text, str(SEED))


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# ---------------------------------------------------------------------------- the seed note


def test_seed_definitions(seed):
    targets = [d.target for d in seed.definitions]
    assert targets == [scalar("J"), base("L")[i], base("yhat")[i], base("z")[i]]
    assert seed.definitions[2].body == 1 / (1 + sympy.exp(-base("z")[i]))


def test_seed_chains(seed, seed_text):
    # §2, §3, §4.1, §4.2, §5, §6, then §7: ∂J/∂b, ∂z/∂b (three blocks joined), ∂J/∂b again
    assert [len(c.sides) for c in seed.chains] == [5, 4, 5, 9, 5, 6, 2, 4, 2]
    joined = seed.chains[7]
    assert [s.line for s in joined.sides] == [joined.line, joined.line, joined.line + 1,
                                              joined.line + 2]
    assert joined.sides[-1].side.expr == 1
    assert seed.errors == () and seed.defined_functions == frozenset()


def test_seed_every_step_on_its_own_line(seed, seed_text):
    for chain in seed.chains[:6]:
        lines = [s.line for s in chain.sides]
        assert lines == list(range(chain.line, chain.line + len(lines)))
    lines = seed_text.splitlines()
    for chain in seed.chains:
        for s in chain.sides:
            assert lines[s.line - 1][s.column - 1 :].startswith(s.latex[:20])


def test_seed_malformed_line(seed, seed_text):
    bad = [s for c in seed.chains for s in c.sides if s.error is not None]
    assert len(bad) == 1
    err = bad[0].error
    line = line_of(seed_text, r"\left(\frac{1+e^{-z^{(i)}} - \frac{1}{")
    assert err.reason == r"\frac needs two arguments"
    assert err.line == line == bad[0].line
    assert err.column == seed_text.splitlines()[line - 1].index(r"\frac")
    assert err.caret().splitlines()[1].endswith("^")
    chain = seed.chains[3]
    assert chain.sides[-1].side.expr == base("yhat")[i] * (1 - base("yhat")[i])  # read past it


def test_seed_operator_scope_sides(seed, seed_text):
    with_alternative = [s for c in seed.chains for s in c.sides
                        if s.side is not None and s.side.alternative is not None]
    assert [s.line for s in with_alternative] == [
        line_of(seed_text, r"&= \frac{\partial}{\partial \hat{y}^{(i)}} - y^{(i)}"),  # §3
        line_of(seed_text, r"\left(\frac{\partial}{\partial z^{(i)}} 1 + e"),  # §4.1
        line_of(seed_text, r"&= \frac{\partial}{\partial w_j} \mathbf{x}^{(i)}"),  # §5
        line_of(seed_text, r"= \frac{\partial}{\partial b} \mathbf{x}^{(i)}"),  # §7
    ]
    assert with_alternative[1].side.hint == (
        "∂/∂z^{(i)} applies to `1` as written; to hold it would have to span `1 + e^{-z^{(i)}}`")


def test_seed_elision(seed):
    assert [s.elided for s in seed.chains[1].sides] == [False, False, True, False]


def test_seed_assumptions(seed):
    assert seed.assumptions["y"] == "{0,1}"
    assert seed.assumptions["m"] == seed.assumptions["n"] == "positive integers"


def test_seed_reads_fast(seed_text):
    read_document(seed_text, "warm-up.md")
    notation._parse_side.cache_clear()
    start = time.perf_counter()
    read_document(seed_text, "seed.md")
    assert time.perf_counter() - start < 0.5


# ---------------------------------------------------------------------------- layouts

MARKDOWN = r"""Prose with inline math $a = b = c$: a defines a, b = c is a claim.

```
$$x = y = z$$
```

\[ u = v + 1 \]

\begin{align}
(a+b)^2 &= a^2 + 2ab + b^2 \label{eq:sq} \\
        &= b^2 + 2ab + a^2 \nonumber
\end{align}

$$ \frac{dz}{dw} = x \tag{3} $$
$$ = x. $$
"""


def test_markdown_layout():
    doc = read_document(MARKDOWN, "notes.md")
    assert [str(d.target) for d in doc.definitions] == ["a", "u"]
    assert [len(c.sides) for c in doc.chains] == [2, 3, 3]
    inline, square, derivative = doc.chains
    assert inline.inline and [s.latex for s in inline.sides] == ["b", "c"]
    assert [s.line for s in square.sides] == [10, 10, 11]
    assert square.sides[1].latex == "a^2 + 2ab + b^2"
    assert derivative.sides[2].latex == "x" and derivative.sides[2].line == 15


TEX = r"""\documentclass{article}
\begin{document}
% $$ commented = out = math $$
Inline $y = 1$ is prose.
\begin{equation*}
  \sigma(z) = \frac{1}{1 + e^{-z}}
\end{equation*}
\begin{align*}
\sigma'(z) &= \sigma(z)\,(1 - \sigma(z)) \\
           &= \frac{e^{-z}}{(1 + e^{-z})^2}
\end{align*}
$$\frac{d}{dz} \ln(1 + e^{z}) = \sigma(-z) = 1 - \sigma(z)$$
\end{document}
"""


def test_tex_layout():
    doc = read_document(TEX, "notes.tex")
    assert doc.defined_functions == frozenset({"sigma"})
    z = scalar("z")
    assert doc.definitions[0].target == Function("sigma")(z)
    assert [len(c.sides) for c in doc.chains] == [3, 3]
    assert [s.line for s in doc.chains[0].sides] == [9, 9, 10]
    assert doc.chains[0].sides[1].side.expr == Function("sigma")(z) * (1 - Function("sigma")(z))


def test_front_matter_functions_and_assumptions():
    text = "---\nfunctions: g\nm, n: positive integers\n---\n$$g(x) + 1 = 1 + g(x) = h$$\n"
    doc = read_document(text, "a.md")
    assert doc.defined_functions == frozenset({"g"})
    assert doc.assumptions == {"functions": "g", "m": "positive integers", "n": "positive integers"}
    assert doc.chains[0].sides[0].side.expr == Function("g")(scalar("x")) + 1
    assert front_matter("no front matter") == ({}, 0)


@pytest.mark.parametrize("front, want", [
    pytest.param("f(x: 1", {}, id="unclosed-call"),
    pytest.param("f(x) 1", {}, id="no-colon"),
    pytest.param("f(x, y): a", {"f(x, y)": "a"}, id="call-key"),
    pytest.param("y: (.,.)", {"y": "(.,.)"}, id="dots"),
    pytest.param("a: b: c", {"a": "b: c"}, id="second-colon-in-value"),
])
def test_malformed_front_matter_is_read_line_by_line(front, want):
    assert front_matter(f"---\n{front}\n---\nbody")[0] == want


def test_continuation_of_a_definition_keeps_the_definition():
    # as one block `z = 2 + 2 = 4` would: the head defines z, the chain goes on from 2 + 2
    doc = read_document("$$z = 2 + 2$$\n$$= 4$$\n", "a.md")
    assert [(str(d.target), str(d.body)) for d in doc.definitions] == [("z", "4")]
    assert [s.latex for s in doc.chains[0].sides] == ["2 + 2", "4"]


def test_signature_target_is_the_quantity():
    doc = read_document(r"$$J(\mathbf{w}, b) = \frac{1}{m} \sum_i L^{(i)}$$", "a.md")
    assert doc.definitions[0].target == scalar("J")


@pytest.mark.parametrize("text", [
    pytest.param("$$x = x + 1$$", id="self-reference"),
    pytest.param(r"$$\theta_j = \theta_j - \alpha \frac{\partial J}{\partial \theta_j}$$", id="update-with-equals"),
    pytest.param(r"$$\theta_j := \theta_j - \alpha \frac{\partial J}{\partial \theta_j}$$", id="update-with-colon-equals"),
    pytest.param(r"$$w \leftarrow w - \eta \nabla_w J$$", id="arrow"),
    # with := any change of the name itself is an update, a slip for − among them (it was an
    # unreadable definition of θ, and every step using θ was undecided)
    pytest.param(r"$$\theta_j := \theta_j *\alpha \frac{\partial}{\partial \theta_j}*J(\theta_0, \theta_1)$$",
                 id="update-with-a-slip"),
    pytest.param(r"$$w := w \cdot 0.9$$", id="decay-with-colon-equals"),
    # a space before the name, a bold name, alpha typed without its backslash, a change
    # written \triangle w
    pytest.param(r"$$\ w:=w+\triangle w$$", id="spaced-name"),
    pytest.param(r"$$\pmb{\Theta}:= \pmb{\Theta}+ \alpha \sum_{i=1}^{N} x_i$$", id="bold-name"),
    pytest.param(r"$b=b-alpha\cdot \overline {db} $", id="alpha-without-backslash"),
])
def test_an_update_rule_is_neither_definition_nor_claim(text):
    doc = read_document(text, "a.md")
    assert (doc.definitions, doc.chains, doc.updates) == ((), (), (1,))


def test_a_name_times_something_with_equals_is_a_claim():
    # `=` is no assignment: a = a · 1 is a claim about a, not an update; nor is θ = θ_0 + η x,
    # where θ_0 is another name
    doc = read_document(r"$$a = a \cdot 1$$", "a.md")
    assert (doc.updates, [s.latex for s in doc.chains[0].sides]) == ((), ["a", "a \\cdot 1"])
    doc = read_document(r"$$\theta = \theta_0 + \eta x$$", "a.md")
    assert (doc.updates, [str(d.target) for d in doc.definitions]) == ((), ["theta"])


# ---------------------------------------------------------------------------- bad documents


def test_empty_file():
    doc = read_document("", "empty.md")
    assert (doc.chains, doc.definitions, doc.errors) == ((), (), ())


def test_binary_looking_text():
    doc = read_document("\x00\x01\x02PK\x03\x04" * 100, "blob.md")
    assert doc.chains == () and doc.errors[0].reason == "not a text file (binary content)"


def test_block_without_equals_claims_nothing():
    doc = read_document("$$\\frac{1}{m} \\sum_i x_i$$", "a.md")
    assert (doc.chains, doc.definitions, doc.errors) == ((), (), ())


def test_unclosed_block_is_an_error():
    doc = read_document("text\n$$ a = b = c\nmore text\n", "a.md")
    assert doc.chains == ()
    assert doc.errors[0].reason == "display math opened with `$$` is never closed"
    assert doc.errors[0].line == 2


def test_continuation_with_nothing_before():
    doc = read_document("$$= 4$$", "a.md")
    assert doc.errors[0].reason.startswith("a formula that begins with `=`")


def test_empty_side():
    doc = read_document("$$a = = b$$", "a.md")
    assert doc.chains[0].sides[1].error.reason == "empty side"


@pytest.mark.parametrize("latex, reason", [
    (r"\foo{x}", r"unknown command \foo"),
    (r"\left( x + 1", r"unbalanced \left("),
    ("{" * 10000 + "x" + "}" * 10000, "side too long (20001 characters; the limit is 5000)"),
    ("{" * 200 + "x" + "}" * 200, "nested too deeply (more than 100 levels)"),
])
def test_bad_side_is_a_side_error_with_place(latex, reason):
    doc = read_document(f"intro\n\n$$2a = b\n  = {latex}$$\n", "a.md")
    bad = doc.chains[0].sides[2]
    assert bad.error.reason == reason and bad.error.line == 4
    assert bad.line == 4 and bad.column == 5


def test_huge_power_reads_quickly():
    start = time.perf_counter()
    doc = read_document("$$a = 10^{10^{10}} = 2 \\cdot 10^{10^{10}}$$", "a.md")
    assert time.perf_counter() - start < 1.0
    assert isinstance(doc.chains[0].sides[0].side.expr, LargePower)  # kept as written (a is defined)


def test_five_megabytes_of_prose_read_quickly():
    text = ("Some prose about gradients, with $\\hat{y}^{(i)}$ inline here. " * 20 + "\n\n") * 4100
    text += "$$a + 0 = a$$\n"
    assert len(text) > 5_000_000
    start = time.perf_counter()
    doc = read_document(text, "big.md")
    # a guard against a blow-up (a scan per formula over the whole text takes minutes), not a
    # speed target: about 1 s on this machine, 2-3 s when it is busy
    assert time.perf_counter() - start < 20
    assert len(doc.chains) == 1 and doc.chains[0].sides[0].line == 4100 * 2 + 1


def test_inline_claims_past_the_limit_are_not_read():
    text = ("Prose with $a + 0 = a$ inline. " * 20 + "\n\n") * 300
    doc = read_document(text, "big.md")
    assert sum(len(c.sides) for c in doc.chains) <= MAX_SIDES
    assert doc.errors[-1].reason.startswith("too many formulas")


def test_five_megabytes_of_formulas_are_bounded():
    block = r"$$\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_i (\hat{y}^{(i)} - y^{(i)}) x_j^{(i)} = c$$" + "\n"
    text = block * (5_000_000 // len(block) + 1)
    start = time.perf_counter()
    doc = read_document(text, "formulas.md")
    assert time.perf_counter() - start < 20  # a guard against a blow-up: about 2 s here
    assert sum(len(c.sides) for c in doc.chains) <= MAX_SIDES
    assert doc.errors[-1].reason.startswith("too many formulas")


def test_read_path(tmp_path):
    from derive.check.document import read_path

    with pytest.raises(DeriveError, match="no such file"):
        read_path(str(tmp_path / "missing.md"))
    blob = tmp_path / "blob.md"
    blob.write_bytes(b"\x89PNG\x00\x00\x00")
    with pytest.raises(DeriveError, match="binary data, not a Markdown or LaTeX file"):
        read_path(str(blob))
    latin = tmp_path / "latin.md"
    latin.write_bytes(b"caf\xe9 $$a = b$$")
    with pytest.raises(DeriveError, match=r"not UTF-8 text \(byte 3\)"):
        read_path(str(latin))
    bom = tmp_path / "bom.md"
    bom.write_bytes("\ufeff$$a = a + 0 = a$$".encode())
    assert len(read_path(str(bom)).chains) == 1
    good = tmp_path / "good.tex"
    good.write_text("\\[ a = b = a \\]")
    assert len(read_path(str(good)).chains) == 1


@pytest.mark.parametrize("lhs", ["a + 0", "1 a", r"a \cdot 1", "a^1", "--a"])
def test_arithmetic_on_the_left_is_a_claim_not_a_definition(lhs):
    doc = read_document(f"$${lhs} = a$$", "a.md")
    assert doc.definitions == () and len(doc.chains) == 1


def test_unreadable_definition_body_stays_a_chain_and_is_continued():
    doc = read_document("$$a = \\frac{1}$$\n$$= a$$\n", "a.md")
    assert doc.definitions == () and doc.errors == ()
    sides = doc.chains[0].sides
    assert [s.latex for s in sides] == ["a", "\\frac{1}", "a"]
    assert sides[1].error.reason == "\\frac needs two arguments" and sides[1].error.line == 1
