"""Vectors and matrices written as such, read by their entries (derive/latex/arrays.py)."""

import json

import numpy as np
import pytest
import sympy

from derive.cli import main
from derive.errors import LatexError
from derive.latex.model import NotationModel
from derive.latex.notation import parse_side
from derive.symbols import base, index

# A document's model: w, θ and x carry feature indices, y and ŷ sample indices.
MODEL = NotationModel(vectors=frozenset({"w", "theta", "x", "y", "yhat", "X"}),
                      per_sample=frozenset({"y", "yhat"}))
i, j, k, l_ = (index(c) for c in "ijkl")
m, n = index("m"), index("n")
w, x, y, yhat = (base(c) for c in ("w", "x", "y", "yhat"))


def read(latex):
    return parse_side(latex, model=MODEL)


def test_a_matrix_times_a_difference_of_vectors_is_a_vector_by_its_entries():
    side = read(r"X^T(\hat{y} - y)")
    assert side.shape == (n, 1) and side.open == (j, None)
    assert side.expr == sympy.Sum((yhat[k] - y[k]) * x[k, j], (k, 1, m))


def test_a_gradient_is_the_vector_of_partial_derivatives():
    side = read(r"\nabla_{\mathbf{w}} J")
    assert side.shape == (None, 1) and side.open == (j, None)
    assert side.expr == sympy.Derivative(sympy.Symbol("J", real=True), w[j])
    # ∂J/∂𝐰 is the same gradient
    assert read(r"\frac{\partial J}{\partial \mathbf{w}}").expr == side.expr


def test_a_squared_norm_of_an_expression_is_a_sum_of_squares():
    side = read(r"\frac{1}{2m}\|X\mathbf{w} - \mathbf{y}\|^2")
    assert side.shape is None
    inner = sympy.Sum(w[k] * x[l_, k], (k, 1, n)) - y[l_]
    assert sympy.simplify(side.expr - sympy.Sum(inner**2, (l_, 1, m)) / (2 * m)) == 0


def test_a_bold_sample_vector_in_a_dot_product_and_in_a_sum():
    assert read(r"\mathbf{w}^T\mathbf{x}_i").expr == sympy.Sum(w[k] * x[i, k], (k, 1, n))
    assert read(r"w^\top x_i").expr == sympy.Sum(w[k] * x[i, k], (k, 1, n))
    side = read(r"\sum_i (\hat{y}_i - y_i)\mathbf{x}_i")
    assert side.shape == (n, 1)
    assert side.expr == sympy.Sum((yhat[i] - y[i]) * x[i, j], (i, 1, m))


def test_a_number_added_to_a_vector_is_added_to_every_entry_and_functions_apply_entrywise():
    side = read(r"\sigma(X\mathbf{w} + b)")
    assert side.shape == (m, 1) and side.open == (i, None)
    z = sympy.Sum(w[k] * x[i, k], (k, 1, n)) + sympy.Symbol("b", real=True)
    assert sympy.simplify(side.expr - 1 / (1 + sympy.exp(-z))) == 0


@pytest.mark.parametrize("latex, reason", [
    (r"\mathbf{x} + \mathbf{x}^T",
     r"a sum: `\mathbf{x}` (a vector) and `\mathbf{x}^T` (a row vector) do not fit (a shape conflict)"),
    (r"X^T X + \mathbf{w}", r"a sum: an n × n matrix and `\mathbf{w}` (a vector) do not fit (a shape conflict)"),
    (r"(X\mathbf{w} - \mathbf{y})^2", "a vector of m entries cannot be raised to a power; write the "
     "product, as in (Xw - y)^T (Xw - y)"),
    (r"\frac{\partial \hat{\mathbf{y}}}{\partial \mathbf{w}}", "(a Jacobian) cannot be read"),
    (r"\nabla J", r"\nabla needs the vector it differentiates by, as in \nabla_{\mathbf{w}} J"),
])
def test_notation_without_one_shape_is_a_clear_error(latex, reason):
    with pytest.raises(LatexError) as info:
        read(latex)
    assert reason in info.value.reason


def test_the_vectorised_gradient_read_from_latex_matches_numpy():
    # the entry the reader makes of (1/m) Xᵀ(σ(Xw) − y), at concrete sizes and random values,
    # against the same product computed by numpy
    side = read(r"\frac{1}{m} X^T(\sigma(X\mathbf{w}) - \mathbf{y})")
    rng = np.random.default_rng(7)
    X, wv, yv = rng.normal(size=(4, 3)), rng.normal(size=3), rng.uniform(size=4)
    expected = X.T @ (1 / (1 + np.exp(-X @ wv)) - yv) / 4
    values = {m: 4, n: 3}
    values |= {x[a + 1, b + 1]: X[a, b] for a in range(4) for b in range(3)}
    values |= {w[b + 1]: wv[b] for b in range(3)} | {y[a + 1]: yv[a] for a in range(4)}
    for entry in range(3):
        got = side.expr.subs({j: entry + 1, m: 4, n: 3}).doit().subs(values)
        assert float(got) == pytest.approx(expected[entry], rel=1e-12)


RIDGE = r"""# Ridge in matrix form

$$
L = (Xw - y)^T (Xw - y) + \lambda w^T w
$$

$$
\frac{\partial L}{\partial w} = 2 X^T (Xw - y) + 2 \lambda w
$$

$$
\nabla_w L = X^T (Xw - y) + 2 \lambda w
$$

$$
\nabla_{\mathbf{w}} J = \frac{1}{m} \sum_{i=1}^{m} (\sigma(\mathbf{w}^T \mathbf{x}_i) - y_i) \mathbf{x}_i
 = \frac{1}{m} X^T (\sigma(X\mathbf{w}) - \mathbf{y})
$$

where $J = -\frac{1}{m}\sum_{i=1}^{m} \left[ y_i \log \sigma(\mathbf{w}^T\mathbf{x}_i)
 + (1 - y_i)\log(1 - \sigma(\mathbf{w}^T\mathbf{x}_i)) \right]$.

$$\nabla_w L = \lambda$$
"""


def _steps(tmp_path, capsys, text):
    f = tmp_path / "notes.md"
    f.write_text(text, encoding="utf-8")
    code = main(["check", str(f), "--format", "json"])
    return code, json.loads(capsys.readouterr().out)["files"][0]["steps"]


def test_a_derivation_in_matrix_notation_is_checked_entry_by_entry(tmp_path, capsys):
    code, steps = _steps(tmp_path, capsys, RIDGE)
    got = [(s["line"], s["verdict"]) for s in steps]
    assert got == [(8, "proved"), (12, "refuted"), (16, "proved"), (17, "consistent"),
                   (23, "unreadable")]
    assert code == 1
    # the counterexample names the entry (j) where the gradients differ
    assert "j" in steps[1]["counterexample"]
    assert steps[4]["detail"].startswith("this side is a number, the formula's other sides a "
                                         "vector: a shape conflict")
    # ∂L/∂w with w written w^T elsewhere, set equal to a vector: the gradient, entry by entry
    assert steps[0]["lhs"] == r"\frac{\partial L}{\partial w}" and steps[0]["verdict"] == "proved"


def test_a_function_defined_for_one_event_is_not_a_stand_in_elsewhere(tmp_path, capsys):
    # P(y = 1 | x) is defined; P(y_i | x_i) is not: a stand-in for it proves nothing either way
    _, steps = _steps(tmp_path, capsys, "$$P(y=1|x) = \\sigma(w x)$$\n\n"
                      "$$L = \\prod_{i=1}^n P(y_i|x_i) = \\prod_{i=1}^n \\sigma(w x_i)^{y_i}"
                      "(1-\\sigma(w x_i))^{1-y_i}$$\n")
    assert [s["verdict"] for s in steps] == ["undecided"]
    assert steps[0]["detail"] == "cannot check: the document defines `P` for other arguments than the ones it has here"


def test_a_function_defined_nowhere_is_any_function_and_a_counterexample_refutes(tmp_path, capsys):
    _, steps = _steps(tmp_path, capsys, "$$a(\\phi) + c(y, \\phi) = a(\\phi)$$\n")
    assert [s["verdict"] for s in steps] == ["refuted"]


def test_the_argument_of_a_defined_function_is_a_real_number_whatever_its_letter(tmp_path, capsys):
    # m is the margin here, not the sample count: max(0, 1 − m) is not 0 for every m
    _, steps = _steps(tmp_path, capsys, "$$\\ell(m) = \\max(0, 1 - m)$$\n\n$$\\max(0, 1 - m) = 0$$\n")
    assert [s["verdict"] for s in steps] == ["refuted"]


def test_an_inline_formula_before_an_inline_continuation_is_its_head(tmp_path, capsys):
    # `$\mathcal{L}(w)$ $= w^2 + 1$` is one formula in two pieces: it defines L
    _, steps = _steps(tmp_path, capsys, "Before: $$a = b + 1$$\n\nThe loss $\\mathcal{L}(w)$ "
                      "$= w^2 + 1$, so $\\frac{d\\mathcal{L}}{dw} = 2w$.\n")
    assert [(s["lhs"], s["verdict"]) for s in steps] == [(r"\frac{d\mathcal{L}}{dw}", "proved")]


def test_a_definition_taken_at_another_index_does_not_capture_its_sum(tmp_path, capsys):
    # p̂_i = σ(Σ_k w_k x_ik) taken at the entry index k of Xᵀ(p̂ − y): its own sum must not
    # capture that k
    doc = (r"$$\hat{p}_i = \sigma(\mathbf{w}^\top \mathbf{x}_i)$$" "\n\n"
           r"$$\mathcal{L} = -\sum_{i=1}^n [y_i \log \hat{p}_i + (1 - y_i)\log(1 - \hat{p}_i)]$$" "\n\n"
           r"$$\nabla_{\mathbf{w}} \mathcal{L} = \mathbf{X}^\top (\hat{\mathbf{p}} - \mathbf{y})$$" "\n")
    _, steps = _steps(tmp_path, capsys, doc)
    assert [s["verdict"] for s in steps] in (["proved"], ["consistent"])


SOFTMAX_REGRESSION = r"""Softmax regression with $K$ classes:
$p_k^{(i)} = \frac{e^{\theta_k^T x^{(i)}}}{\sum_{l=1}^K e^{\theta_l^T x^{(i)}}}$ and

$$J = -\sum_{i=1}^m \sum_{k=1}^K 1\{y^{(i)} = k\} \log p_k^{(i)}$$

$$\frac{\partial J}{\partial \theta_{kj}} = -\sum_{i=1}^m x_j^{(i)} \left(1\{y^{(i)} = k\} - p_k^{(i)}\right)$$

$$\frac{\partial J}{\partial \theta_{kj}} = -\sum_{i=1}^m x_j^{(i)} \left(1\{y^{(i)} = k\} + p_k^{(i)}\right)$$

$$\nabla_{\theta_k} J = -\sum_{i=1}^m x^{(i)} \left(1\{y^{(i)} = k\} - p_k^{(i)}\right)$$
"""


def test_one_of_a_family_of_weight_vectors_transposed_is_a_dot_product_with_its_own_entries(tmp_path, capsys):
    # θ_k^T x^{(i)}: θ_k is the k-th class's vector, its entries θ_{kj}; before, θ_k^T was read as
    # a number and ∂J/∂θ_{kj} ended in "SymPy could not work with this expression"
    model = NotationModel(vectors=frozenset({"theta", "x"}), families=frozenset({"theta"}),
                          sampled=frozenset({"x"}))
    theta = base("theta")
    assert parse_side(r"\theta_k^T x^{(i)}", model=model).expr == sympy.Sum(theta[k, l_] * x[i, l_], (l_, 1, n))
    code, steps = _steps(tmp_path, capsys, SOFTMAX_REGRESSION)
    assert [(s["line"], s["verdict"]) for s in steps] == [(6, "consistent"), (8, "refuted"), (10, "consistent")]
    assert code == 1
    # the refutation names entries of the class vectors, θ_{kj}
    assert "\\theta_{2,3}" in steps[1]["counterexample"]


def test_an_entry_of_a_vector_expression_is_read_by_its_subscript(tmp_path, capsys):
    assert read(r"\left[X^T(\hat{y} - y)\right]_j").expr == sympy.Sum((yhat[k] - y[k]) * x[k, j], (k, 1, m))
    assert read(r"(X^T(\hat{y} - y))_{2}").expr == sympy.Sum((yhat[k] - y[k]) * x[k, 2], (k, 1, m))
    # s(\mathbf{x} + c)_i: the bracket may be s's argument, so the entry is not the bracket's
    with pytest.raises(LatexError, match="a subscript `_` needs a name before it"):
        read(r"s(\mathbf{x} + c)_i")
    code, steps = _steps(tmp_path, capsys, "Let $p = \\sigma(X w)$.\n\n"
                         "$$\\left[X^T(p - y)\\right]_j = \\sum_{i=1}^m x_j^{(i)} (p_i - y_i)$$\n\n"
                         "$$\\left[X^T(p - y)\\right]_j = \\sum_{i=1}^m x_j^{(i)} (p_i + y_i)$$\n")
    assert [(s["line"], s["verdict"]) for s in steps] == [(3, "consistent"), (5, "refuted")]


def test_words_that_apply_to_what_follows_make_a_side_unreadable_not_a_different_formula(tmp_path, capsys):
    # dropped as prose, `2 (\text{the first component of } h(x))` read as 2h(x) and was refuted
    code, steps = _steps(tmp_path, capsys, "Let $h(x) = x^2$.\n\n"
                         "$$\\frac{d}{dx} h(x) = 2 \\big(\\text{the first component of } h(x)\\big)$$\n\n"
                         "$$\\frac{d}{dx} h(x) = 2x \\quad \\text{as a function of } x$$\n")
    assert [(s["line"], s["verdict"]) for s in steps] == [(3, "unreadable"), (5, "proved")]
    assert steps[0]["detail"].startswith("the words `the first component of` say what is done to what "
                                         "follows: write it in symbols to have it checked")


FAMILY_SET_ARGUMENT = r"""Scores are $z_k = \mathbf{w}_k^\top \mathbf{x}$.

$$\frac{\partial}{\partial \mathbf{w}_j} \ln p(y \mid \mathbf{x}; \{\mathbf{w}_\ell\}) = \frac{1}{p(y \mid \mathbf{x}; \{\mathbf{w}_\ell\})} \frac{\partial}{\partial \mathbf{w}_j} p(y \mid \mathbf{x}; \{\mathbf{w}_\ell\})$$

$$\frac{\partial}{\partial \mathbf{w}_j} \ln p(y \mid \mathbf{x}; \{\mathbf{w}_\ell\}) = \frac{2}{p(y \mid \mathbf{x}; \{\mathbf{w}_\ell\})} \frac{\partial}{\partial \mathbf{w}_j} p(y \mid \mathbf{x}; \{\mathbf{w}_\ell\})
$$

$$\frac{\partial}{\partial w_{jl}} \left(w_j + z_j\right) = x_l$$
"""  # noqa: E501


def test_a_derivative_by_one_of_a_family_is_never_zero_by_a_misread_name(tmp_path, capsys):
    # p(…; {w_ℓ}) by w_{jl}: {w_ℓ} read as one name made both derivatives 0, and the doubled
    # right side was proved as 0 = 0 (bench/mutate.py); w_j beside w_{jl} did the same
    code, steps = _steps(tmp_path, capsys, FAMILY_SET_ARGUMENT)
    assert [(s["line"], s["verdict"]) for s in steps] == [(3, "undecided"), (5, "undecided"), (8, "undecided")]
    assert steps[0]["detail"].startswith("cannot check: `p` is defined nowhere in the document")
    assert steps[2]["detail"] == ("could not evaluate: `w` is written with one index in one place and two in "
                                  "another, two quantities under one name: the step cannot be worked out")


def test_matrices_the_prose_names_are_never_proved_as_numbers_and_glued_capitals_are_their_product(
        tmp_path, capsys):
    # read as numbers, (A B C)^{-1} = A^{-1} B^{-1} C^{-1} (false for matrices) was proved
    code, steps = _steps(tmp_path, capsys, "For matrices $A$, $B$ and $C$:\n\n"
                         "$$(A B C)^{-1} = A^{-1} B^{-1} C^{-1}$$\n\n$$(ABC)^{-1} = C^{-1}B^{-1}A^{-1}$$\n")
    assert [s["verdict"] for s in steps] == ["undecided", "undecided"]
    assert steps[0]["detail"] == ("cannot check: the document says `A` is a matrix (\"matrices $A$, $B$ and $C$\" "
                                  "on line 1), and this step reads it as a vector or a number: what holds for "
                                  "that reading says nothing about the whole matrix")
    # A, B, C each written alone: ABC is their product, not one name (it was refuted against A B C)
    code, steps = _steps(tmp_path, capsys, "Take numbers $A$, $B$ and $C$.\n\n$$ABC = A B C$$\n\n"
                         "$$\\frac{\\partial}{\\partial B} ABC = A C$$\n")
    assert [s["verdict"] for s in steps] == ["proved", "proved"]


def test_a_function_the_words_call_the_sigmoid_is_a_reading_not_any_function(tmp_path, capsys):
    # φ defined by no formula is any function, and φ′ = φ(1 − φ) was refuted though the text
    # before it speaks of the sigmoid; a slip stays refuted
    text = ("One property of the sigmoid function is needed later:\n\n$$\\phi'(z)=\\phi(z)(1-\\phi(z))$$\n\n"
            "Another property of the sigmoid:\n\n$$\\phi'(z)=\\phi(z)(1+\\phi(z))$$\n\n"
            "A property of any function:\n\n$$g'(z)=g(z)(1-g(z))$$\n")
    _, steps = _steps(tmp_path, capsys, text)
    assert [s["verdict"] for s in steps] == ["ambiguous", "refuted", "refuted"]
    assert steps[0]["detail"].startswith("holds if `\\phi` is the sigmoid, as the words before it say (no formula "
                                         "defines it); for another function it fails (differs at a point")


def test_a_vector_written_as_a_few_entries_is_read_entry_by_entry(tmp_path, capsys):
    # an update worked out on numbers: it was unreadable ("read only as a pattern, with \vdots")
    side = read(r"\begin{pmatrix} 0.5 \\ 0.1 \end{pmatrix}")
    assert side.shape == (2, 1)
    assert [side.expr.xreplace({side.open[0]: r}) for r in (1, 2)] == [sympy.Rational(1, 2), sympy.Rational(1, 10)]
    assert read(r"\begin{bmatrix} 1 - x \end{bmatrix}").expr == 1 - sympy.Symbol("x", real=True)
    assert read(r"\begin{bmatrix} 0.25 \end{bmatrix}").expr == sympy.Rational(1, 4)  # a decimal point is no dots
    code, steps = _steps(tmp_path, capsys, "$$\\begin{pmatrix} 0 \\\\ 0 \\end{pmatrix} - 0.01 \\begin{pmatrix} -50 "
                         "\\\\ -10 \\end{pmatrix} = \\begin{pmatrix} 0.5 \\\\ 0.1 \\end{pmatrix} = "
                         "\\begin{pmatrix} 0.5 \\\\ 0.2 \\end{pmatrix}$$\n")
    assert [s["verdict"] for s in steps] == ["proved", "refuted"]
    assert code == 1
    # the entries differ: no "extra factor ({1/2 for j = 1; 1/5 otherwise})" between two vectors
    assert steps[1]["detail"].startswith("differs at a point: left = 0.1, right = 0.2")
    # y = [y_1; y_2] writes y by its own entries: a restatement (y is y, entry by entry), never a
    # definition that refers to itself
    code, steps = _steps(tmp_path, capsys, "$$y = \\begin{bmatrix} y_1 \\\\ y_2 \\end{bmatrix}$$\n\n"
                         "$$E = \\frac{1}{2}\\left((a_1 - y_1)^2 + (a_2 - y_2)^2\\right)$$\n\n"
                         "$$\\frac{\\partial E}{\\partial a_1} = a_1 - y_1$$\n")
    assert [s["verdict"] for s in steps] == ["proved", "proved"]
    # one entry with dots is no vector
    for dots in (r"\dots", "..."):
        with pytest.raises(LatexError, match="one entry with dots"):
            read(r"\begin{pmatrix} w_0 \; w_1 \; " + dots + r" \; w_n \end{pmatrix}")


def test_a_vector_of_its_own_entries_is_that_vector(tmp_path, capsys):
    # y^{(i)} = [y_1^{(i)}; y_2^{(i)}; y_3^{(i)}]: sample i's vector by its entries. It was a
    # definition of y_{i,j} that "refers to itself", and every step using y was undecided
    side = read(r"\begin{bmatrix} z_1 \\ z_2 \\ z_3 \end{bmatrix}")
    assert side.shape == (3, 1) and side.expr == base("z")[side.open[0]]
    text = ("Let $$y^{(i)} = \\begin{bmatrix} y_1^{(i)} \\\\ y_2^{(i)} \\\\ y_3^{(i)} \\end{bmatrix}$$\n\n"
            "$$L = -\\sum_{k=1}^{3} y_k^{(i)} \\log h_k$$\n\n"
            "$$\\frac{\\partial L}{\\partial h_1} = -\\frac{y_1^{(i)}}{h_1}$$\n\n"
            "$$\\frac{\\partial L}{\\partial h_2} = \\frac{y_2^{(i)}}{h_2}$$\n")
    code, steps = _steps(tmp_path, capsys, text)
    assert [(s["line"], s["verdict"]) for s in steps] == [(1, "proved"), (5, "proved"), (7, "refuted")]
    assert code == 1


def test_rows_of_full_stops_are_the_entries_between(tmp_path, capsys):
    # Xθ − y written out with three rows of one full stop each, entries that are differences (it
    # was "unexpected `.`", then "unexpected `-`": an entry was read as one term)
    text = ("$$ X\\theta - y = \\begin{bmatrix} h(x^{(1)}) - y^{(1)}\\\\h(x^{(2)}) - y^{(2)}\\\\.\\\\.\\\\.\\\\"
            "h(x^{(m)}) - y^{(m)}\\end{bmatrix} $$\n\nwhere $h(x^{(i)}) = \\theta^T x^{(i)}$.\n\n"
            "$$ X\\theta - y = \\begin{bmatrix} h(x^{(1)}) + y^{(1)}\\\\h(x^{(2)}) + y^{(2)}\\\\ \\vdots \\\\"
            "h(x^{(m)}) + y^{(m)}\\end{bmatrix} $$\n")
    code, steps = _steps(tmp_path, capsys, text)
    assert [(s["line"], s["verdict"]) for s in steps] == [(1, "proved"), (5, "refuted")]


def test_the_identity_beside_a_matrix_is_the_identity_matrix(tmp_path, capsys):
    """λI added to XᵀX is λ on the diagonal (I was a number added to every entry, and the correct
    (XᵀX + λI)w = XᵀXw + λw was refuted); I, \\mathbf{I} and I_n alike, never beside a number."""
    text = "".join(f"$$(X^TX + \\lambda {eye})\\mathbf{{w}} = X^TX\\mathbf{{w}} + \\lambda \\mathbf{{w}}$$\n\n"
                   for eye in ("I", r"\mathbf{I}", "I_n"))
    text += "$$(X^TX + \\lambda I)\\mathbf{w} = X^TX\\mathbf{w} + \\mathbf{w}$$\n\n$$\\lambda I + 1 = 1 + I\\lambda$$\n"
    code, steps = _steps(tmp_path, capsys, text)
    assert [s["verdict"] for s in steps] == ["proved", "proved", "proved", "refuted", "proved"]
    assert code == 1


def test_the_inverse_of_a_square_matrix_is_read_entry_by_entry(tmp_path, capsys):
    """(XᵀX + λI)^{-1}: each entry is the inverted matrix's, worked out at every point tested."""
    code, steps = _steps(tmp_path, capsys, r"""# Normal equations

$$(X^TX + \lambda I)^{-1}(X^TX + \lambda I)\mathbf{w} = \mathbf{w}$$

$$X(X^TX)^{-1}X^TX\mathbf{b} = X\mathbf{b}$$

$$((X^TX)^{-1})^T = (X^TX)^{-1}$$

$$(X^TX + \lambda I)^{-1} X^T \mathbf{y} = (X^TX)^{-1} X^T \mathbf{y}$$

$$(\mathbf{w}^T)^{-1} = \mathbf{w}$$
""")
    assert [(s["line"], s["verdict"]) for s in steps] == [
        (3, "consistent"), (5, "consistent"), (7, "consistent"), (9, "refuted"), (11, "unreadable")]
    assert steps[-1]["detail"].startswith("`\\mathbf{w}^T` (a row vector) has no inverse: only a square "
                                          "matrix has one")
    # the counterexample is a point where both matrices are invertible: X has more rows than columns
    assert steps[3]["counterexample"]["m"] > steps[3]["counterexample"]["n"]
    assert code == 1


def test_an_inverse_entry_matches_numpy_at_a_point():
    from derive.check.numeric import FLOAT, MP, Point, compile_expr

    side = parse_side(r"(\mathbf{X}^T\mathbf{X} + \lambda I)^{-1}")
    rng = np.random.default_rng(3)
    X, lam = rng.normal(size=(4, 3)), 0.7
    expected = np.linalg.inv(X.T @ X + lam * np.eye(3))
    row, col = side.open

    def draw(name, idx):
        return lam if name == "lambda" else float(X[idx[0] - 1, idx[1] - 1])

    for kind in (FLOAT, MP):
        fn = compile_expr(side.expr, kind)
        for a in range(3):
            for b in range(3):
                p = Point({m: 4, n: 3, row: a + 1, col: b + 1}, draw)
                assert float(fn(p)) == pytest.approx(expected[a, b], rel=1e-10)


def test_a_singular_matrix_has_no_value_at_that_point():
    from derive.check.numeric import MP, NotReal, Point, compile_expr

    side = parse_side(r"(\mathbf{X}^T\mathbf{X})^{-1}")  # n × n of rank m < n: singular
    fn = compile_expr(side.expr, MP)
    p = Point({m: 2, n: 3, side.open[0]: 1, side.open[1]: 1}, lambda name, idx: float(idx[0] + 2 * idx[1]))
    with pytest.raises(NotReal):
        fn(p)


def test_a_solution_written_inline_is_no_meaning_that_makes_the_gradient_vanish(tmp_path, capsys):
    """θ = (XᵀX)^{-1}Xᵀy written inline after the derivation gives θ its value at the optimum; as a
    definition it made J'(θ) = 0 everywhere, and a doubled gradient held as 0 = 0."""
    code, steps = _steps(tmp_path, capsys, r"""# Normal equation

$J(\theta)=\frac{1}{2} (\theta^TX^T - y^T)(X\theta - y)$

$J'(\theta)=X^T(X\theta - y)$

$J'(\theta)=2X^T(X\theta - y)$

and so the result is $\theta = (X^TX)^{-1}X^Ty$
""")
    assert [(s["line"], s["verdict"]) for s in steps][:2] == [(5, "consistent"), (7, "refuted")]
    assert steps[-1]["verdict"] == "undecided" and "a solution of equations" in steps[-1]["detail"]


LEAST_SQUARES = r"""The residual sum of squares, entry by entry:

$$RSS(\beta) = \sum_{i=1}^{n} (y_i - \sum_{j=1}^{p} X_{ij} \beta_j)^2$$

Elsewhere the letter i counts the parameters: $\sum_{i=1}^{p} c_i \beta_i$ and $\sum_{i=1}^{p} \beta_i^2$.

$$RSS(\beta) = (y - X\beta)^T (y - X\beta)$$

$$RSS(\beta) = y^T y - 2 y^T X \beta + \beta^T X^T X \beta$$

$$RSS(\beta) = y^T y - y^T X \beta + \beta^T X^T X \beta$$
"""


def test_a_matrix_has_the_rows_and_columns_its_entries_are_summed_over(tmp_path, capsys):
    """X_{ij} in Σ_{i=1}^{n} Σ_{j=1}^{p}: X is n × p and y has n entries, though the letter i runs
    to p in most of the document's sums. X was read p × p, so every correct expansion of
    (y − Xβ)ᵀ(y − Xβ) was refuted (held-out 300)."""
    code, steps = _steps(tmp_path, capsys, LEAST_SQUARES)
    assert [(s["line"], s["verdict"]) for s in steps] == [(7, "consistent"), (9, "consistent"),
                                                          (11, "refuted")]
    assert code == 1


QUADRATIC_FORM = r"""With $c$ and $\beta$ vectors:

$$\frac{\partial}{\partial \beta} \left(\beta^T A \beta\right) = (A + A^T) \beta$$

$$\frac{\partial}{\partial \beta} \left(\beta^T A \beta\right) = 2 A \beta$$
"""


def test_a_capital_between_a_vector_and_itself_is_a_matrix(tmp_path, capsys):
    """βᵀAβ, a quadratic form: A is a matrix, so its derivative is (A + Aᵀ)β and 2Aβ holds only
    for a symmetric A. A was read as a vector (βᵀAβ as β times βᵀA), and the identity refuted."""
    code, steps = _steps(tmp_path, capsys, QUADRATIC_FORM)
    assert [(s["line"], s["verdict"]) for s in steps] == [(3, "proved"), (5, "refuted")]
    assert code == 1


NORMAL_EQUATION = r"""The residual sum of squares, entry by entry:

$$RSS(\beta) = \sum_{i=1}^{n} (y_i - \sum_{j=1}^{p} X_{ij} \beta_j)^2$$

$$(X^T X)^{-1} X^T X \beta = \beta$$

$$(X^T X)^{-1} X^T y = (X^T X)^{-1} X^T y + \beta$$
"""


def test_an_inverse_singular_at_the_usual_sizes_is_tested_where_the_sizes_are_equal(tmp_path, capsys):
    """X is n × p; at the sizes tried first (n = 3, p = 4 and n = 2, p = 3) XᵀX is singular at every
    point, so both steps were 'could not test'. Where no point is finite, every size is 3."""
    code, steps = _steps(tmp_path, capsys, NORMAL_EQUATION)
    assert [(s["line"], s["verdict"]) for s in steps] == [(5, "consistent"), (7, "refuted")]
    assert steps[1]["detail"].startswith(r"the sides differ by the term `\beta_j` (right − left)")
    assert code == 1


MATLAB_PRIMES = r"""The loss, with ' for the transpose as MATLAB writes it:

$$(y-Xw)'(y-Xw)$$

$$=y'y -y'Xw -w'X'y + w'X'Xw$$
$$=y'y -2y'Xw + w'X'Xw$$
$$=y'y -y'Xw + w'X'Xw$$

With $g(u) = u^2$, its derivative is $g'(u) = 2u$.
"""


def test_a_prime_is_the_transpose_where_the_document_primes_a_matrix(tmp_path, capsys):
    """X′ (a capital primed alone, never defined as a function) makes every prime of a name never
    primed before its argument, and of a bracket holding one, the transpose: (y − Xw)′(y − Xw)
    = y′y − 2y′Xw + w′X′Xw (held-out 305). They were derivatives of functions y(t), X(t), w(t),
    and each expansion refuted. g′(u) beside them stays g's derivative."""
    code, steps = _steps(tmp_path, capsys, MATLAB_PRIMES)
    assert [(s["line"], s["verdict"]) for s in steps] == [(5, "consistent"), (6, "consistent"),
                                                          (7, "refuted"), (9, "proved")]
    assert code == 1
