"""Reading a document as its author laid it out (DESIGN.md, "Reading a document as a whole"):
one small document per rule, with the verdict every line must get."""

from __future__ import annotations

import re

import pytest

from derive.check.document import check_document
from derive.cli import main
from derive.latex.document import read_document


def verdicts(text: str, path: str = "notes.md") -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for s in check_document(read_document(text, path)).derivation.steps:
        out.setdefault(s.line, []).append("holds" if s.verdict.holds else s.verdict.value)
    return out


# a least-squares fit: its loss and the derivative by b (line 3); the sum of y follows at the optimum
FIT = ("$$L = \\sum_{i=1}^{n} (y_i - m x_i - b)^2$$\n\n"
       "$$\\frac{\\partial L}{\\partial b} = -2\\sum_{i=1}^{n} (y_i - m x_i - b)$$\n\n")
AT_OPTIMUM = "$$\\sum_{i=1}^{n} y_i = m \\sum_{i=1}^{n} x_i + n b$$"

# softmax and cross-entropy with the true class named in words after the first chain
TRUE_CLASS = ("Let $\\hat{y}_j = \\frac{e^{z_j}}{\\sum_{m=1}^{K} e^{z_m}}$.\n\n"
              "$$\\text{CE} = -\\sum_{j=1}^{K} y_j \\log \\hat{y}_j$$\n\n"
              "Here $k$ is the position of the true class, so\n\n"
              "$$\\text{CE} = -\\log \\hat{y}_k$$\n\n$$\\frac{\\partial \\text{CE}}{\\partial z_k} = \\hat{y}_k - 1$$")

GRADIENT_OF_H = ("$$h_\\theta(x) = \\frac{1}{1+e^{-\\theta^T x}}$$\n\n"
                 "$$J(\\theta) = \\frac{1}{m}\\sum_{i=1}^{m}\\left[-y^{(i)}\\log(h_\\theta(x^{(i)})) "
                 "- (1-y^{(i)})\\log(1-h_\\theta(x^{(i)}))\\right]$$\n\n"
                 "$$\\nabla_\\theta J = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})x^{(i)}$$")

LAYOUT = [
    # prose that says the next steps hold at an optimum: checked where ∂L/∂m = ∂L/∂b = 0, only
    # to clear a step; without such words the same step is refuted as an identity
    pytest.param(FIT + "$$\\frac{\\partial L}{\\partial m} = -2\\sum_{i=1}^{n} x_i (y_i - m x_i - b)$$\n\n"
                 "Putting both equal to zero:\n\n" + AT_OPTIMUM,
                 {3: ["holds"], 5: ["holds"], 9: ["holds"]}, id="optimum-in-words"),
    pytest.param(FIT + AT_OPTIMUM, {3: ["holds"], 5: ["refuted"]}, id="no-optimum-without-words"),
    # a condition on a sum's own index picks the sum's terms: L is the log of the true class only
    pytest.param("The vector $\\mathbf{y}$ is one-hot.\n\n"
                 "$$L = - \\sum_{i=1}^{K} \\log p_i \\text{ where } y_i = 1$$\n\n"
                 "$$L = - \\sum_{i=1}^{K} y_i \\log p_i$$\n\n$$L = - \\sum_{i=1}^{K} \\log p_i$$",
                 {5: ["holds"], 7: ["refuted"]}, id="where-picks-the-sums-terms"),
    # "y is one-hot" in words (or `y: one-hot` in front matter): one class is 1, the others 0
    pytest.param("The label $y$ is one-hot.\n\n$$-y_k + \\sum_{i=1}^{K} y_i p_k = p_k - y_k$$\n\n"
                 "$$-y_k + \\sum_{i=1}^{K} y_i p_k = p_k$$", {3: ["holds"], 5: ["refuted"]}, id="one-hot-in-words"),
    pytest.param("Exactly one $t_i$ is 1 and all the others are 0.\n\n$$\\sum_{k=1}^{K} t_k = 1$$",
                 {3: ["holds"]}, id="one-hot-exactly-one-is-1"),
    pytest.param("Take a one-hot $\\mathbf{t}$ and a one-hot encoded label vector $y$.\n\n"
                 "$$\\sum_{k=1}^{K} t_k = 1$$\n\n$$\\sum_{k=1}^{K} y_k = 1$$",
                 {3: ["holds"], 5: ["holds"]}, id="one-hot-before-the-name"),
    pytest.param("Here $Y_i$ is 1 for the true class and 0 for the others.\n\n$$\\sum_{k=1}^{K} Y_k = 1$$",
                 {3: ["holds"]}, id="one-hot-one-for-the-true-class"),
    # "$k$ is the position of the true class": the one-hot labels have their 1 at k, so the
    # cross-entropy is −log ŷ_k and its derivative by z_k is ŷ_k − 1 (both were refuted against
    # random labels); a wrong class index, or a wrong derivative, is still refuted
    pytest.param(TRUE_CLASS, {7: ["holds"], 9: ["holds"]}, id="true-class-in-words"),
    pytest.param(TRUE_CLASS.replace("= -\\log \\hat{y}_k", "= -\\log \\hat{y}_j").replace("- 1$$", "+ 1$$"),
                 {7: ["refuted"], 9: ["refuted"]}, id="true-class-in-words-wrong-steps"),
    # "with $i$ the index of the correct class" and a sum over its own i: the sum's i is another
    # index (it was read as the true class itself, every term kept)
    pytest.param("$$L = -\\sum_{i=1}^{n} t_i \\log(S_i)$$\n\nso the loss is\n\n$$L = -\\log(S_i)$$\n\n"
                 "with $i$ the index of the correct class.\n\n$$L = -2\\log(S_i)$$",
                 {5: ["holds"], 9: ["refuted"]}, id="true-class-beside-a-sums-own-index"),
    # `\\text{where } y_k = 1` beside a formula without a sum: the label's value it holds for;
    # without it the same formula holds where the 1 is at k, a reading the document leaves open
    pytest.param("The labels $y$ are one-hot.\n\n$$L = -\\sum_{j=1}^{K} y_j \\log s_j$$\n\n"
                 "$$L = -\\log s_k \\quad \\text{where } y_k = 1$$\n\n$$L = -\\log s_k$$",
                 {5: ["holds"], 7: ["ambiguous"]}, id="where-gives-a-one-hot-labels-value"),
    # a primed index beside another in one subscript (\delta_{kk'}, \delta_{k,k'}): the softmax
    # Jacobian with the dummy index k′ (held-out 289: "cannot read the subscript `kk'`")
    pytest.param("Let $s_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$.\n\n"
                 "$$\\frac{\\partial s_{k'}}{\\partial z_k} = s_{k'}(\\delta_{kk'} - s_k)$$\n\n"
                 "$$\\frac{\\partial s_{k'}}{\\partial z_k} = s_{k'}(\\delta_{k,k'} - s_{k'})$$",
                 {3: ["holds"], 5: ["refuted"]}, id="primed-index-in-a-pair"),
    # θ′ where the document writes θᵀx and never θ′(…): the statistician's transpose (held-out
    # 287: "theta' needs an argument"); the derivative that drops x_j is still refuted
    pytest.param("The linear predictor is $\\eta = \\theta^T x$.\n\n"
                 "$$\\theta' x = \\sum_{j=1}^{n} \\theta_j x_j$$\n\n"
                 "$$\\frac{\\partial}{\\partial \\theta_j} e^{\\theta' x} = e^{\\eta} x_j$$\n\n"
                 "$$\\frac{\\partial}{\\partial \\theta_j} e^{\\theta' x} = e^{\\eta}$$",
                 {3: ["holds"], 5: ["holds"], 7: ["refuted"]}, id="prime-of-a-transposed-vector-is-its-transpose"),
    # ∇_θ J beside Σ_i (h_θ(x^{(i)}) − y^{(i)}) x^{(i)}: x^{(i)} is sample i's vector though x is
    # the argument h is defined of, and h_θ(x^{(i)}) keeps its argument whole (held-out 287:
    # "a shape conflict"); the doubled gradient is refuted
    pytest.param(GRADIENT_OF_H, {5: ["holds"]}, id="gradient-beside-a-sum-of-sample-vectors"),
    pytest.param(GRADIENT_OF_H.replace("\\frac{1}{m}\\sum_{i=1}^{m}(h", "\\frac{2}{m}\\sum_{i=1}^{m}(h"),
                 {5: ["refuted"]}, id="gradient-beside-a-sum-of-sample-vectors-doubled"),
    # Markdown's escaped underscore: inside a word one name (batch\_size), after one letter a
    # subscript (x\_1 is x_1); it was "unknown command \_"
    pytest.param("$$\\frac{1}{batch\\_size} \\cdot 2 = \\frac{2}{batch\\_size}$$\n\n"
                 "$$\\frac{1}{batch\\_size} \\cdot 2 = \\frac{2}{batch}$$\n\n$$x\\_1 + x_1 = 2 x_1$$",
                 {1: ["holds"], 3: ["refuted"], 5: ["holds"]}, id="escaped-underscore-in-a-word-and-after-a-letter"),
    # `\\dots = …` opening a display goes on with the formula above, as `= …` does
    pytest.param("$$(a + b)^2 = (a + b)(a + b)$$\n\n$$\\dots = a^2 + 2ab + b^2$$\n\n$$\\dots = a^2 + b^2$$",
                 {1: ["holds"], 3: ["holds"], 5: ["refuted"]}, id="dots-equals-continues"),
    # a function defined at a sample's vector (h_θ(x^{(i)}) = θᵀx^{(i)}) applied to the vector x
    pytest.param("$$h_\\theta(x^{(i)}) = \\theta^T x^{(i)}$$\n\n"
                 "$$\\frac{\\partial}{\\partial \\theta_j} h_\\theta(x) = x_j$$\n\n"
                 "$$\\frac{\\partial}{\\partial \\theta_j} h_\\theta(x) = 2 x_j$$",
                 {3: ["holds"], 5: ["refuted"]}, id="function-of-a-sample-at-the-vector"),
    pytest.param("---\ny: one-hot\n---\n$$\\sum_{k=1}^{K} y_k = 1$$", {4: ["holds"]}, id="one-hot-front-matter"),
    # "which of $K$ classes": K is a count, and the one-hot name is y (it was K, so the step
    # that needs Σ y_k = 1 was refuted)
    pytest.param("The response $y$ says which of $K$ classes a sample is in, coded one-hot.\n\n"
                 "$$-y_k + \\sum_{i=1}^{K} y_i p_k = p_k - y_k$$", {3: ["holds"]}, id="one-hot-beside-a-count"),
    # E = a = ŷ with a and ŷ defined nowhere: both name E (a named ŷ, and the first link was
    # refuted against a random ŷ)
    pytest.param("$$\\frac{e^{z_1}}{e^{z_1}+e^{z_2}} = a = \\hat{y}$$\n\n"
                 "$$\\frac{\\partial a}{\\partial z_1} = a(1-a)$$\n\n"
                 "$$\\frac{\\partial \\hat{y}}{\\partial z_1} = \\hat{y}(1+\\hat{y})$$",
                 {1: ["holds", "holds"], 3: ["holds"], 5: ["refuted"]}, id="names-in-a-row-name-the-expression"),
    # E[y] = ∂A/∂θ gives the expectation at y only: E[∂ℓ/∂θ] = 0 is another value, undecided
    # (it was E[y]'s value put for any argument, and refuted)
    pytest.param("Let $A(\\theta) = e^{\\theta}$ and $\\ell = y\\theta - A(\\theta)$.\n\n"
                 "$$\\mathbb{E}[y] = \\frac{\\partial A(\\theta)}{\\partial \\theta}$$\n\n"
                 "$$\\mathbb{E}\\left[ \\frac{\\partial \\ell}{\\partial \\theta} \\right] = \\mathbf{0}$$",
                 {5: ["undecided"]}, id="expectation-at-its-argument"),
    # C = C(a_1, …, a_n) says what C depends on: neither a claim nor a definition of C by itself
    # (it was unreadable: "\\dots inside an expression")
    pytest.param("View $C$ as $C=C(a_1,...,a_n)$.\n\n$$C = \\frac{1}{2}\\sum_{i=1}^{n} (a_i - y_i)^2$$\n\n"
                 "$$\\frac{\\partial C}{\\partial a_2} = a_2 - y_2$$", {5: ["holds"]}, id="name-of-its-arguments"),
    # labels the document never defines said to sum to 1: what the data satisfy, an assumption
    # (skipped), and every step is checked with it; a step that needs it fails without it
    pytest.param("$$\\sum_{k=1}^{K} y_k = 1$$", {1: ["skipped"]}, id="labels-sum-to-one-is-an-assumption"),
    pytest.param("$$-y_k + \\sum_{i=1}^{K} y_i p_k = p_k - y_k$$\n\nThe last step uses "
                 "$\\sum_i y_i = 1$.", {1: ["holds"], 3: ["skipped"]}, id="stated-sum-to-one-used"),
    pytest.param("$$-y_k + \\sum_{i=1}^{K} y_i p_k = p_k - y_k$$", {1: ["refuted"]},
                 id="sum-to-one-needs-saying"),
    pytest.param("$$\\sum_{k=1}^{K} p_k = 1$$\n\n$$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$$",
                 {1: ["holds"]}, id="a-defined-family-summing-to-one-is-a-claim"),
    # "When $i = j$, = … When $i \\neq j$, = …": each case continues the formula before the first
    # case, under its own condition (not from the other case's last side)
    pytest.param("$$p_j = \\frac{e^{a_j}}{\\sum_k^C e^{a_k}}$$\n\n"
                 "$$\\frac{\\partial p_j}{\\partial a_i} = \\frac{\\partial}{\\partial a_i} p_j$$\n"
                 "When $i=j$,\n\n$$\n= p_j(1-p_j)\n$$\nWhen $i \\neq j$,\n\n$$\n= -p_i p_j\n$$\n",
                 {3: ["holds"], 7: ["holds"], 12: ["holds"]}, id="cases-continue-the-same-formula"),
    # \nabla E(b) of a number the document differentiates by: the derivative by it
    pytest.param("$$E(b) = (y - w x - b)^2$$\n\n$$\\nabla E(b) = -2(y - wx - b)$$\n\n"
                 "$$\\nabla E(b) = 2(y - wx - b)$$\n\n$$\\frac{\\partial E}{\\partial b} = -2(y - wx - b)$$",
                 {3: ["holds"], 5: ["refuted"], 7: ["holds"]}, id="nabla-of-a-function-of-a-number"),
    # a sized bracket (\\bigl( … \\bigr), \\big( … \\big)) closes as the bracket it sizes: the
    # equation after it is found (it was skipped without a word)
    pytest.param("$${d \\over dx} \\bigl( 1 + e ^ {-x} \\bigr) = -e^{-x}$$\n\n"
                 "$$\\big( 1 + x \\big)^2 = 1 + 2x + x^2$$\n\n$$\\Bigl[ 2x \\Bigr] = 3x$$",
                 {1: ["holds"], 3: ["holds"], 5: ["refuted"]}, id="sized-brackets-close"),
    # MathJax's script tags (kramdown's HTML): a display and an inline formula
    pytest.param('<script type="math/tex; mode=display">\n\\sigma\'(z) = \\sigma(z)(1 - \\sigma(z))\n</script>\n\n'
                 'and inline <script type="math/tex">(a+b)^2 = a^2 + b^2</script>.',
                 {2: ["holds"], 5: ["refuted"]}, id="mathjax-script-tags"),
    # a macro whose body writes \\partial#1: TeX ends the control word at #, so \\pfrac{L}{w} is
    # ∂L/∂w (not the unknown \\partialL)
    pytest.param("\\newcommand{\\pfrac}[2]{\\frac{\\partial#1}{\\partial#2}}\n\n$$L = w^2$$\n\n"
                 "$$\\pfrac{L}{w} = 2w$$", {5: ["holds"]}, id="macro-argument-after-a-command"),
    # a primed index (\\sum_{k'} e^{z_{k'}}) is another index that runs as k does
    pytest.param("$$p_k = \\frac{e^{z_k}}{\\sum_{k'=1}^{K} e^{z_{k'}}}$$\n\n"
                 "$$\\frac{\\partial p_k}{\\partial z_k} = p_k(1 - p_k)$$\n\n"
                 "$$\\frac{\\partial p_k}{\\partial z_k} = p_k(1 + p_k)$$\n\n"
                 "$$q_k = \\frac{e^{z_k}}{\\sum_{k'} e^{z_{k'}}}$$\n\n$$\\sum_{k} q_k = 1$$",
                 {3: ["holds"], 5: ["refuted"], 9: ["holds"]}, id="primed-index"),
    # equations listed with commas are as many equations; a function of η means the first side
    # written in η (a(η) = λ = e^η); a zero-width space copied from a web page is a space
    pytest.param("$$b(y) = \\frac 1 {y!},\\eta = \\log \\lambda,a(\\eta) =\\lambda =e^{\\eta}$$\n\n"
                 "$$\\frac{\\partial a(\\eta)}{\\partial \\eta} = \\lambda\u200b$$",
                 {1: ["holds"], 3: ["holds"]}, id="equations-listed-with-commas"),
    # "one-hot" in a sentence names the formula nearest the word that is one name
    pytest.param("The labels $\\mathbf{y}_{i}$ are \\textit{one-hot}, so the sum below is 1.\n\n"
                 "$$\\sum_{k=1}^{K} y_{ik} = 1$$", {3: ["holds"]}, id="one-hot-labels-with-index"),
    pytest.param("- $Y_i$ is the label of class $i$: one-hot, so 1 for the true class.\n\n"
                 "$$-Y_k + \\sum_{i=1}^{C} Y_i p_k = p_k - Y_k$$", {3: ["holds"]}, id="one-hot-after-a-colon"),
    pytest.param("Unlike $y$, the prediction $p$ is not one-hot.\n\n$$-y_k + \\sum_{i=1}^{K} y_i p_k = p_k - y_k$$",
                 {3: ["refuted"]}, id="not-one-hot-is-not-one-hot"),
    # a third column without a relation is a note on the step, not part of the formula
    pytest.param(r"""$$\theta = \ln\left[\frac{p}{1-p}\right]$$

$$\begin{align}
\therefore e^{\theta} & = \frac{p}{1-p} & \text{exponentiate} \\
\therefore e^{\theta} - p e^{\theta} & = p & \times (1-p)
\end{align}$$""", {4: ["holds"], 5: ["holds"]}, id="third-column-is-a-note"),
    # what an earlier definition implies is a claim (it would close a circle as a definition)
    pytest.param("$$\\theta = \\ln\\frac{p}{1-p}$$\n\n$$p = \\frac{e^{\\theta}}{1 + e^{\\theta}}$$",
                 {3: ["holds"]}, id="implied-not-defined"),
    # a mean over per-sample terms is a quantity of its own, not a restatement of L_i
    pytest.param("$$L_i = (y_i - w x_i)^2$$\n\n$$L = \\frac{1}{n}\\sum_{i=1}^{n} L_i$$\n\n"
                 "$$\\frac{\\partial L}{\\partial w} = -\\frac{2}{n}\\sum_{i=1}^{n} x_i (y_i - w x_i)$$",
                 {5: ["holds"]}, id="mean-of-per-sample-terms"),
    pytest.param("$$P = 50\\% = 0.5$$", {1: ["holds"]}, id="percent"),
    # a note without any TeX writes its formulas in code spans; Σ typed as text is a sum
    pytest.param("Put `s = sigma(z)`.\n\n`sigma'(z) = sigma(z) * [1 - sigma(z)]`\n\n`ds/dz = s * (1 - s)`\n\n"
                 "`BCE_i = -[y_i * log(p_i) + (1 - y_i) * log(1 - p_i)]`\n\n"
                 "`Σ_i BCE_i = -Σ_i [y_i * log(p_i) + (1 - y_i) * log(1 - p_i)]`\n\n"
                 "```\nx = np.dot(w, x) + b\n```\n\nIn code, `loss = x.sum()` and `a == b`.",
                 {3: ["holds"], 5: ["holds"], 9: ["holds"]}, id="code-span-formulas"),
    # TeX written in a code span (e^{-z}) is mathematics, not a program's braces; NLL and LL are
    # names (initials), not products of their letters; W := W - lr * ∇_W L updates W
    pytest.param("Put `s = sigma(z)`.\n\n1. Then `1 - s = e^{-z} / (1 + e^{-z})`.\n\n"
                 "2. So `ds/dz = (1 + e^{-z})^{-2} * e^{-z}` and `ds/dz = s * (1 + s)`.\n\n"
                 "`NLL = -log(s)`\n\n`dNLL/ds = -1/s`\n\n`LL = log(s)` and `dLL/ds = 1/s`\n\n"
                 "Each step is `W := W - lr * ∇_W NLL`.",
                 {3: ["holds"], 5: ["holds", "refuted"], 9: ["holds"], 11: ["holds"]}, id="code-span-tex"),
    # a list item that opens with a case ("1. \\(k = i\\)") covers the item's indented paragraphs;
    # y_{k=i} is entry k in that case, and \\not= is ≠
    pytest.param("The softmax: $$y_k = \\frac{e^{z_k}}{\\sum_{j=1}^J e^{z_j}}$$\n\nTwo groups:\n\n"
                 "1. \\(k = i\\)\n\n\tWith the quotient rule:\n\n"
                 "\t$$\\frac{\\partial y_{k=i}}{\\partial z_i} = y_{k=i}(1 - y_i)$$\n\n"
                 "2. \\(k \\not= i\\)\n\n\tAgain:\n\n\t$$\\frac{\\partial y_k}{\\partial z_i} = - y_k y_i$$\n\n"
                 "\t$$\\frac{\\partial y_k}{\\partial z_i} = y_k y_i$$\n\n"
                 "Both at once, with \\(1\\{k = i\\}\\) one when \\(k = i\\):\n\n"
                 "$$\\frac{\\partial y_k}{\\partial z_i} = y_k (1\\{k = i\\} - y_i)$$",
                 {9: ["holds"], 15: ["holds"], 17: ["refuted"], 21: ["holds"]}, id="list-item-cases"),
    # a case in the prose says nothing of a formula where its letter only runs a sum
    pytest.param("Let $y_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$ and $C = -\\sum_{k=1}^K t_k \\log y_k$. "
                 "The indicator $1\\{k = i\\}$ is nonzero only when $k = i$:\n\n"
                 "$$\\frac{\\partial C}{\\partial z_i} = -\\sum_{k=1}^K t_k (1\\{k = i\\} - y_i)$$",
                 {3: ["holds"]}, id="case-on-a-sums-index"),
    # a series from 0 ends at a size less one (x_{m-1}); ∂_{MSE} over ∂u is ∂MSE/∂u
    pytest.param("$$u = y - (w_0x_0 + w_1x_1 + ... + w_{m-1}x_{m-1})$$\n\n$$MSE = u^2$$\n\n"
                 "$$\\frac{\\partial u}{\\partial w_0} = -x_0$$\n\n$$\\frac{\\partial u}{\\partial w_1} = x_1$$\n\n"
                 "$$\\frac{\\partial_{MSE}}{\\partial w_0} = -2u x_0$$",
                 {5: ["holds"], 7: ["refuted"], 9: ["holds"]}, id="series-from-zero-and-partial-subscript"),
    # by an expression the function takes whole: ∂σ(βx)/∂(βx) = σ′(βx)
    pytest.param("$$\\frac{\\partial}{\\partial (\\beta x)}\\sigma(\\beta x) = "
                 "\\sigma(\\beta x)(1 - \\sigma(\\beta x))$$\n\n"
                 "$$\\frac{\\partial}{\\partial (\\beta x)}\\sigma(\\beta x) = "
                 "\\sigma(\\beta x)(1 + \\sigma(\\beta x))$$",
                 {1: ["holds"], 3: ["refuted"]}, id="derivative-by-an-expression"),
    # a function written nowhere but as what is differentiated is what the step says it is: the
    # step is undecided (a stand-in refuted it), the rest of the chain judged
    pytest.param("$$\\frac{\\partial}{\\partial x}\\mathit{swish}(x, \\beta) = "
                 "\\frac{\\partial}{\\partial x}(x \\sigma(\\beta x))"
                 " = \\sigma(\\beta x) + \\beta x \\sigma(\\beta x)(1 - \\sigma(\\beta x))$$",
                 {1: ["undecided", "holds"]}, id="function-defined-by-its-derivative"),
    # \sum_i a_i + b_i: the sum ends at + as written, but the next term uses its index, so a step
    # that holds only with the sum spanning it is ambiguous, naming that reading (it was refuted);
    # \sum_i a_i + b with b free of i stays as written. \log (1 - p)^{1-y} is the log of the power
    pytest.param("$$\\sum_{i=1}^n (a_i + b_i) = \\sum_{i=1}^n a_i + b_i$$\n\n"
                 "$$\\sum_{i=1}^n (a_i + b) = \\sum_{i=1}^n a_i + b$$\n\n"
                 "$$\\log p^{y}(1-p)^{1-y} = y \\log p + (1 - y)\\log (1-p)$$\n\n"
                 "$$\\log (1-p)^{1-y} = (1 - y)\\log (1-p)$$",
                 {1: ["ambiguous"], 3: ["refuted"], 5: ["ambiguous"], 7: ["holds"]}, id="sum-scope-and-log-power"),
    # a condition in words with its maths inside (\\text{if $x$ > 0}, \\text{if x > 0}) is read;
    # {\\bf w} is \\mathbf{w}
    pytest.param("$$ f(x) = max(0.01x, x) $$\n\n$$ f'(x) = \\begin{cases} 1, & \\text{if $x$ > 0} \\\\ "
                 "0.01, & \\text{otherwise} \\end{cases} $$\n\n"
                 "$$ f'(x) = \\begin{cases} 1, & \\text{if x > 0} \\\\ 0, & \\text{otherwise} \\end{cases} $$\n\n"
                 "$$\\frac{\\partial}{\\partial w_1} {\\bf x}^T {\\bf w} = x_1$$",
                 {3: ["holds"], 5: ["refuted"], 7: ["holds"]}, id="condition-words-with-maths"),
    # a line of bold text is a heading where the document has no others: f under **2. tanh** is
    # that section's own, not a slip in restating the sigmoid's
    pytest.param("# Activations\n\n**1. Sigmoid**\n\n$$ f(x) = \\frac{1}{1 + e^{-x}} $$\n\n"
                 "$$ f'(x) = f(x)(1 - f(x)) $$\n\n**2. tanh**\n\n$$ f(x) = \\tanh(x) $$\n\n"
                 "$$ f'(x) = 1 - f(x)^2 $$",
                 {7: ["holds"], 13: ["holds"]}, id="bold-line-headings"),
    # GitHub's ```math fence is display mathematics; an equation number after spacing (\\ \\ (2))
    # is not a factor
    pytest.param("```math\n\\frac{d}{dz} z^2 = 2z\n```\n\n```math\n\\frac{d}{dz} z^3 = 2z^2\n```\n\n"
                 "```python\nx = 2 * z\n```\n\n$$\\frac{d}{dz} e^{2z} = 2e^{2z} \\ \\ \\ \\ (2)$$",
                 {2: ["holds"], 6: ["refuted"], 13: ["holds"]}, id="math-fences-and-spaced-numbers"),
    # names in braces of their own, as equation editors export them: {h_\\theta}\\left( {{x}^{(i)}}
    # \\right) is h_θ(x^{(i)}); an inline formula followed on the next line by `$= …$` heads a chain
    pytest.param("Take\n${h_\\theta}\\left( {{x}^{(i)}} \\right)=\\frac{1}{1+{{e}^{-{\\theta^T}{{x}^{(i)}}}}}$\n"
                 "Then\n${{y}^{(i)}}\\log \\left( {h_\\theta}\\left( {{x}^{(i)}} \\right) \\right)$\n"
                 "$=-{{y}^{(i)}}\\log \\left( 1+{{e}^{-{\\theta^T}{{x}^{(i)}}}} \\right)$\n"
                 "$={{y}^{(i)}}\\log \\left( 1+{{e}^{-{\\theta^T}{{x}^{(i)}}}} \\right)$",
                 {5: ["holds"], 6: ["refuted"]}, id="braced-names-and-inline-heads"),
    # the physics package's derivatives: \\pdv{f}{x}, \\dv{x} f, \\pdv[2]{f}{x}
    pytest.param("$$f = x^3 y$$\n\n$$\\pdv{f}{x} = 3x^2 y$$\n\n$$\\dv{x} x^3 = 3x^2$$\n\n"
                 "$$\\pdv[2]{f}{x} = 6 x y$$\n\n$$\\pdv{f}{y} = 3x^2$$",
                 {3: ["holds"], 5: ["holds"], 7: ["holds"], 9: ["refuted"]}, id="physics-derivatives"),
    # {\\rm GELU}(x): the old font switch around a function's name is \\mathrm{GELU}, applied to x
    pytest.param("$${\\rm GELU}(x) = x^3$$\n\n$$\\frac{d}{dx} {\\rm GELU}(x) = 3x^2$$\n\n"
                 "$$\\frac{d}{dx} {\\rm GELU}(x) = 3x$$",
                 {3: ["holds"], 5: ["refuted"]}, id="rm-function-name"),
    # `= $…$` on a line of its own: the `=` written outside the maths continues the formula above;
    # an `=` inside a sentence is prose
    pytest.param("$\\frac{d}{dw} (y - wx)^2 = 2(y - wx)\\frac{d}{dw}(y - wx)$\n\n= $-2x(y - wx)$\n\n"
                 "= $2x(y - wx)$\n\nHere = $a$ is prose.",
                 {1: ["holds"], 3: ["holds"], 5: ["refuted"]}, id="equals-outside-the-maths"),
    # the error function is known (GELU's Φ), and \\sqrt\\frac{2}{\\pi} takes the fraction
    pytest.param("$$\\frac{d}{dx} {\\rm erf}(x/\\sqrt2) = \\sqrt\\frac{2}{\\pi} e^{-x^2/2}$$\n\n"
                 "$$\\frac{d}{dx} \\operatorname{erf}(x) = \\sqrt\\frac{2}{\\pi} e^{-x^2}$$",
                 {1: ["holds"], 3: ["refuted"]}, id="erf-and-sqrt-frac"),
    # a unit's name in a subscript (a_{o_1}: the activation of output o_1) is one label, and
    # \\sigma{(o_1)} applies σ as \\sigma(o_1) does
    pytest.param("$$o_1 = w_5 h_1 + w_6 h_2$$\n\n$$a_{o_1} = \\sigma{(o_1)}$$\n\n"
                 "$$\\frac{\\partial a_{o_1}}{\\partial o_1} = a_{o_1} (1 - a_{o_1})$$\n\n"
                 "$$\\frac{\\partial a_{o_1}}{\\partial w_5} = a_{o_1} (1 - a_{o_1}) h_1$$\n\n"
                 "$$\\frac{\\partial a_{o_1}}{\\partial w_6} = a_{o_1} (1 - a_{o_1}) h_1$$",
                 {5: ["holds"], 7: ["holds"], 9: ["refuted"]}, id="unit-labels-and-braced-argument"),
    # two names for one quantity in running text ("setting $\\hat{y} = a = wx + b$"): both are
    # wx + b, and `a = wx + b` is not a claim about an undefined a
    pytest.param("$$L = (y - \\hat{y})^2$$\n\nSetting $\\hat{y} = a = wx + b$, we get\n\n"
                 "$$\\frac{\\partial \\hat{y}}{\\partial w} = x$$\n\n"
                 "$$\\frac{\\partial a}{\\partial b} = 1$$\n\n"
                 "$$\\frac{\\partial L}{\\partial w} = 2(y - a) x$$",
                 {5: ["holds"], 7: ["holds"], 9: ["refuted"]}, id="two-names-in-one-inline-chain"),
    # a size written as if it took an argument: \\large{ … } holds the formula, relations included
    pytest.param("$$ \\large{ \\frac{d}{dz} z^2 = 2z } $$\n\n$$ \\huge{ \\frac{d}{dz} z^3 }  \\large{ = 2z^2} $$",
                 {1: ["holds"], 3: ["refuted"]}, id="size-with-braces"),
    # the solution stated before its derivation (w = y/x, w differentiated by): a value w takes,
    # not what w means; as a meaning it would make both sides of a doubled gradient vanish
    pytest.param("$$w = \\frac{y}{x}$$\n\n$$J = (y - w x)^2$$\n\n"
                 "$$\\frac{\\partial J}{\\partial w} = -2x(y - wx)$$\n\n"
                 "$$\\frac{\\partial J}{\\partial w} = -4x(y - wx)$$",
                 {1: ["undecided"], 5: ["holds"], 7: ["refuted"]}, id="stated-solution-is-no-definition"),
    # \\nabla E(w_{1,1}): the gradient by the one entry written in the brackets, ∂E/∂w_{1,1}
    pytest.param("$$E = (w_{1,1} x_1 + w_{1,2} x_2 - t)^2$$\n\n"
                 "$$\\nabla E \\left (w_{1,1} \\right ) = 2 (w_{1,1} x_1 + w_{1,2} x_2 - t) x_1$$\n\n"
                 "$$\\nabla E(w_{1,2}) = 2 (w_{1,1} x_1 + w_{1,2} x_2 - t) x_1$$",
                 {3: ["holds"], 5: ["refuted"]}, id="nabla-of-one-entry"),
    # d = \\dfrac{d}{dz}: a letter named for the derivative operator, so d(…) is d/dz of the
    # bracket (the naming itself is no claim); without that line d is a name like any other
    pytest.param("$$\\begin{split}\nwhere \\\\\nd & = \\dfrac{d}{dz}\\\\\n"
                 "\\sigma'(z) & = d\\left(\\dfrac{1}{1+e^{-z}}\\right)\\\\\n"
                 "& = -(1+e^{-z})^{-2} d(1+e^{-z})\\\\\n& = -(1+e^{-z})^{-2} (d(1) + d(e^{-z}))\\\\\n"
                 "& = -(1+e^{-z})^{-2} e^{-z}\n\\end{split}$$",
                 {4: ["holds"], 5: ["holds"], 6: ["holds"], 7: ["refuted"]}, id="named-derivative-operator"),
    # a row of words between the rows of a chain (`Applying - Linearity`) is what the author did,
    # not a side: the next `&= …` row goes on with the chain; a full stop before a signed factor
    # multiplies (`y . -1`, as `\\cdot -1` does)
    pytest.param("$$\\begin{split}\n\\frac{d}{dz}(1+e^{-z})^{-1} & = -(1+e^{-z})^{-2}.\\frac{d}{dz}(1+e^{-z})\\\\\n"
                 "Applying - Linearity\\\\\n& = -(1+e^{-z})^{-2}.(e^{-z}.-1)\\\\\nSimplifying\\\\\n"
                 "& = (1+e^{-z})^{-2}.e^{z}\n\\end{split}$$",
                 {2: ["holds"], 4: ["holds"], 6: ["refuted"]}, id="words-row-and-signed-dot-product"),
    # … and of one entry of a layer's weights, w_{1,1}^{(l)}: E(w^{(l)}_{1,1}) is E written with
    # what it depends on (a layer's label is part of the name), not E times w
    pytest.param("$$E = (w^{(l)}_{1,1} x_1 + w^{(l)}_{1,2} x_2 - t)^2$$\n\n"
                 "$$\\nabla E(w_{1,1}^{(l)}) = 2 (w^{(l)}_{1,1} x_1 + w^{(l)}_{1,2} x_2 - t) x_1$$\n\n"
                 "$$\\nabla E(w^{(l)}_{1,2}) = 2 (w^{(l)}_{1,1} x_1 + w^{(l)}_{1,2} x_2 - t) x_1$$",
                 {3: ["holds"], 5: ["refuted"]}, id="nabla-of-one-layer-entry"),
    # ∂^2f/∂x^2: the power of x is the derivative's order (x is no layer's); relu'' = 0 wherever
    # it has a value (away from the kink)
    pytest.param("$$f(x) = \\log(1 + e^x)$$\n\n$$\\dfrac{∂^2f}{∂x^2} = \\frac{e^x}{(1+e^x)^2}$$\n\n"
                 "## ReLU\n\n$$g(x) = \\max(x, 0)$$\n\n$$\\frac{d^2 g}{dx^2} = 0$$\n\n$$\\frac{d^2 g}{dx^2} = 1$$",
                 {3: ["holds"], 9: ["holds"], 11: ["refuted"]}, id="second-derivatives"),
    # course macros used without their style file: \\boldx is bold x, \\pa{A}{B} is ∂A/∂B
    pytest.param("$$E = \\frac{1}{2}(y - \\boldw^T \\boldx)^2$$\n\n"
                 "$$\\pa{E}{w_j} = -(y - \\boldw^T \\boldx) x_j$$\n\n$$\\pa{E}{w_j} = (y - \\boldw^T \\boldx) x_j$$",
                 {3: ["holds"], 5: ["refuted"]}, id="conventional-course-macros"),
    # Φ is the standard normal CDF, also where the document states it by the integral of the
    # density; a Φ the document defines otherwise is its own
    pytest.param("$$\\Phi(x) = \\frac{1}{\\sqrt{2\\pi}}\\int_{-\\infty}^x e^{-t^2/2}dt$$\n\n"
                 "$$\\frac{d}{dx} \\Phi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$$\n\n"
                 "$$2\\Phi(x) - 1 = {\\rm erf}(x/\\sqrt2)$$\n\n$$\\Phi(0) = 0$$",
                 {3: ["holds"], 5: ["holds"], 7: ["refuted"]}, id="normal-cdf"),
    pytest.param("$$\\Phi(x) = x^2$$\n\n$$\\frac{d}{dx} \\Phi(x) = 2x$$",
                 {3: ["holds"]}, id="normal-cdf-redefined"),
    # beside Φ, a φ defined nowhere is the standard normal density; a φ the document defines is its own
    pytest.param("$$\\frac{d}{dx}\\left[x \\Phi(x)\\right] = \\Phi(x) + x \\varphi(x)$$\n\n"
                 "$$\\frac{d}{dx}\\Phi(x) = 2\\varphi(x)$$",
                 {1: ["holds"], 3: ["refuted"]}, id="normal-density-beside-the-cdf"),
    pytest.param("$$\\varphi(t) = t^2$$\n\n$$\\frac{d}{dx}\\Phi(x) = \\varphi(x)$$",
                 {3: ["refuted"]}, id="normal-density-redefined"),
    # `$…$` alone on its line is a display written with inline delimiters: its definition holds
    # under the later heading too (inline in a sentence it would stay in its paragraph)
    pytest.param("## Model\n\n$J(w) = (y - w x)^2$\n\n## Gradient\n\n"
                 "$\\frac{dJ}{dw} = -2x(y - wx)$\n\n$\\frac{dJ}{dw} = 2x(y - wx)$",
                 {7: ["holds"], 9: ["refuted"]}, id="inline-formula-alone-on-its-line"),
    # k the index of the outer sum and the inner sum's bound at once: no reading is chosen
    pytest.param("$$J = \\sum_{n} \\sum_{k} y_{n,k} \\log \\sum_{j}^{k} e^{z_j}$$",
                 {1: ["unreadable"]}, id="sum-bound-is-the-outer-index"),
    # a name whose defining formula cannot be read is not any quantity: no verdict rests on it
    pytest.param("$$L = \\prod_{n} \\prod_{k} p_k^{y_{n,k}} \\wp(t)$$\n\n"
                 "$$\\frac{\\partial \\log L}{\\partial p_1} = 7$$",
                 {1: ["unreadable"], 3: ["undecided"]}, id="unread-definition-decides-nothing"),
    # rows of aligned/align/gather are equations of their own unless they continue with &=
    pytest.param(r"""$$
\begin{aligned}
\sigma'(z) &= \sigma(z)(1 - \sigma(z)) \\
\tanh'(z) &= 1 - \tanh^2(z)
\end{aligned}
$$""", {3: ["holds"], 4: ["holds"]}, id="aligned-rows-are-two-equations"),
    pytest.param(r"""$$
\begin{aligned}
\sigma'(z) &= \sigma(z)(1 + \sigma(z)) \\
\tanh'(z) &= 1 - \tanh^2(z)
\end{aligned}
$$""", {3: ["refuted"], 4: ["holds"]}, id="aligned-wrong-row-alone-is-refuted"),
    pytest.param(r"""\begin{align}
\frac{d}{dz} \ln(1 + e^{z}) &= \frac{e^{z}}{1 + e^{z}} \\
&= \sigma(z)
\end{align}""", {2: ["holds"], 3: ["holds"]}, id="align-row-continues-with-ampersand-equals"),
    pytest.param(r"""\begin{gather*}
\frac{d}{dz} e^{2z} = 2 e^{2z} \\
\frac{d}{dz} z^3 = 3 z^2
\end{gather*}""", {2: ["holds"], 3: ["holds"]}, id="gather-rows-are-separate"),
    pytest.param(r"""\begin{eqnarray}
\frac{d}{dz} z^2 &=& 2z \\
\frac{d}{dz} z^3 &=& 3 z
\end{eqnarray}""", {2: ["holds"], 3: ["refuted"]}, id="eqnarray-rows-are-separate"),
    # cases is a piecewise value; a trailing condition restricts its own claim
    pytest.param(r"$$\frac{d}{dz} \max(0, z) = \begin{cases} 1 & z > 0 \\ 0 & z < 0 \end{cases}$$",
                 {1: ["holds"]}, id="cases-is-a-piecewise-value"),
    pytest.param(r"$$\frac{d}{dz} \max(0, z) = \begin{cases} 0 & z > 0 \\ 1 & z < 0 \end{cases}$$",
                 {1: ["refuted"]}, id="cases-swapped-is-refuted"),
    pytest.param("$$\\frac{d}{dz}\\max(0, z) = 1 \\quad (z > 0)$$\n\n"
                 "$$\\frac{d}{dz}\\max(0, z) = 0 \\quad (z < 0)$$",
                 {1: ["holds"], 3: ["holds"]}, id="relu-derivative-under-a-bracketed-condition"),
    pytest.param("Let $s_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$.\n\n"
                 "$$\\frac{\\partial s_i}{\\partial z_j} = s_i (1 - s_i), \\quad i = j$$\n\n"
                 "$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j, \\quad i \\neq j$$",
                 {3: ["holds"], 5: ["holds"]}, id="softmax-jacobian-both-cases"),
    pytest.param("Let $s_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$.\n\n"
                 "$$\\frac{\\partial s_i}{\\partial z_j} = s_i s_j, \\quad i \\neq j$$",
                 {3: ["refuted"]}, id="softmax-jacobian-sign-dropped"),
    pytest.param("$$L = -\\log \\hat{y} \\text{ where } y = 1$$\n\n"
                 "$$\\frac{\\partial L}{\\partial \\hat{y}} = -\\frac{1}{\\hat{y}}$$",
                 {3: ["holds"]}, id="where-in-words-restricts-its-formula-only"),
    # tags, labels, equation numbers and code are not mathematics
    pytest.param(r"""\begin{align}
\frac{d}{dz} z^2 &= 2z \label{eq:one} \tag{1} \\
\frac{d}{dz} z^3 &= 3z^2 \nonumber
\end{align}

$$\frac{d}{dz} z^4 = 4 z^3 \qquad (3)$$""", {2: ["holds"], 3: ["holds"], 6: ["holds"]},
                 id="tags-labels-numbers"),
    # a number before the formula, set off by spacing (it was "unbalanced parenthesis")
    pytest.param("$$4) \\; \\; \\frac{d}{dz} z^2 = 2z$$\n\n$$(5) \\quad \\frac{d}{dz} z^3 = 2z^2$$\n\n"
                 "$$(2)(3) = 6$$", {1: ["holds"], 3: ["refuted"], 5: ["holds"]}, id="leading-equation-numbers"),
    pytest.param("Write `$$a = b$$` in your notes, or:\n\n```\n$$\\frac{d}{dz} z^2 = 3z$$\n```\n\n"
                 "$$\\frac{d}{dz} z^2 = 2z$$", {7: ["holds"]}, id="markdown-code-is-not-maths"),
    # a remark beside a chain is a fact of its own, never a link of the chain
    pytest.param(r"$$\frac{d}{dz} e^{-z} = -e^{-z} \quad \because \frac{d}{dz}(-z) = -1$$",
                 {1: ["holds", "holds"]}, id="because-remark-checked-alone"),
    pytest.param(r"$$\frac{d}{dz} e^{-z} = -e^{-z} \quad \because \frac{d}{dz}(-z) = 1$$",
                 {1: ["holds", "refuted"]}, id="because-remark-wrong-alone"),
    pytest.param(r"$$\ln(\frac{1}{2}) = 0 - \ln(2) \quad (\because \ln(1) = 1)$$",
                 {1: ["holds", "refuted"]}, id="because-remark-in-brackets"),
    # a justification after `&&\text{from}` (or `using`) is a fact of its own, checked alone
    pytest.param("\\begin{align*}\n"
                 r"\frac{d}{dz} \ln(1 + e^z) & = \frac{1}{1 + e^z} \frac{d}{dz}(1 + e^z) "
                 r"&&\text{from} \hspace{10pt} \frac{d}{dx}ln[f(x)] = \frac{1}{f(x)}\frac{d}{dx}f(x)\\" "\n"
                 r"& = \frac{e^z}{1 + e^z} &&\text{using} \quad \frac{d}{dz} e^z = 2 e^z" "\n"
                 "\\end{align*}",
                 {2: ["holds", "holds"], 3: ["holds", "refuted"]}, id="from-remark-after-double-ampersand"),
    pytest.param(r"$$z = wx + b$$" "\n\n"
                 r"$$\frac{\partial z}{\partial b} = \underbrace{\frac{\partial}{\partial b}(wx + b)}_{= 1} = 1$$",
                 {3: ["holds", "holds", "holds"]}, id="underbrace-note-is-a-claim"),
    pytest.param(r"$$z = wx + b$$" "\n\n"
                 r"$$\frac{\partial z}{\partial w} = \overbrace{\frac{\partial}{\partial w}(wx + b)}^{=2x} = x$$",
                 {3: ["refuted", "holds", "holds"]}, id="overbrace-note-wrong-alone"),
    pytest.param(r"$$\frac{d}{dz}\underbrace{(1 + e^{-z})}_{\text{the denominator}} = -e^{-z}$$",
                 {1: ["holds"]}, id="underbrace-note-in-words-says-nothing"),
    # a condition in a bare word after a comma: `, for~i = j`; a range `, for~i = 1, …, C` restricts nothing
    pytest.param("$$y_i = \\frac{e^{x_i}}{\\sum_k e^{x_k}}, for~i=1,\\dots, C$$\n\n"
                 "$$\\frac{\\partial y_i}{\\partial x_j} = y_i(1 - y_i), for~i = j$$\n\n"
                 "$$\\frac{\\partial y_i}{\\partial x_j} = y_i(1 - y_i), if~i \\neq j$$",
                 {3: ["holds"], 5: ["refuted"]}, id="bare-word-conditions"),
    # font sizes are layout; a note over or under `=` says why it holds (\underset{\text{…}}=)
    pytest.param(r"$\small \frac{d}{dz} z^2 = 2z \\[2ex]\small\underset{\text{linearity}}= z + z "
                 r"\overset{(1)}{=} 3z$", {1: ["holds", "holds", "refuted"]}, id="sizes-and-notes-on-equals"),
    # an array standing as a formula of its own: its rows are equations
    pytest.param("\\[\\begin{array}{l} h(x)=g(3 x) \\\\ g(z)=\\frac{1}{1+e^{-z}} \\end{array}\\]\n\n"
                 "$$\\frac{d}{dx} h(x) = 3 g(3x)(1 - g(3x))$$", {3: ["holds"]}, id="array-rows-are-equations"),
    pytest.param("$$\\nabla_{\\theta_j} J = x_j$$\n\nwith $J = \\theta_1 x_1 + \\theta_2 x_2$",
                 {1: ["holds"]}, id="gradient-by-one-entry"),
    # \boxed is read
    pytest.param("$$\\boxed{\\frac{d}{dz} \\sigma(z) = \\sigma(z)(1 - \\sigma(z))}$$\n\n"
                 "$$\\frac{d}{dz} z^2 = \\boxed{3z}$$", {1: ["holds"], 3: ["refuted"]}, id="boxed"),
    # inline maths: a definition, claims with their own verdicts
    pytest.param(r"Let $\hat{y} = \sigma(z)$. Then $\frac{\partial \hat{y}}{\partial z} = "
                 r"\hat{y}(1 - \hat{y})$, not $\frac{\partial \hat{y}}{\partial z} = \hat{y}(1 + \hat{y})$.",
                 {1: ["holds", "refuted"]}, id="inline-definition-and-claims"),
    pytest.param("When $y = 1$ the loss is\n\n$$L = -\\log \\hat{y}$$\n\n"
                 "$$\\frac{\\partial L}{\\partial \\hat{y}} = -\\frac{1}{\\hat{y}}$$",
                 {5: ["holds"]}, id="inline-value-in-prose-is-a-condition"),
    # definitions from everywhere, and after their use
    pytest.param("$$\\frac{\\partial a}{\\partial z} = a(1 - a)$$\n\nwhere $a = \\sigma(z)$.",
                 {1: ["holds"]}, id="definition-after-its-use"),
    pytest.param("$$h := z + 1, \\qquad u \\coloneqq 2z, \\qquad v \\equiv z^2, \\qquad q \\triangleq 3z$$\n\n"
                 "$$\\frac{dh}{dz} = 1 = \\frac{du}{dz} - 1 = \\frac{dv}{dz} - 2z + 1 = \\frac{dq}{dz} - 2$$",
                 {3: ["holds"] * 4}, id="defining-relations"),
    pytest.param("$$\\hat{y}_i = \\sigma(z_i) = \\frac{1}{1 + e^{-z_i}}$$\n\n"
                 "$$\\frac{\\partial \\hat{y}_i}{\\partial z_i} = \\hat{y}_i (1 - \\hat{y}_i)$$",
                 {1: ["holds"], 3: ["holds"]}, id="chain-head-defines"),
    pytest.param(r"$$\theta_j = \theta_j - \alpha \frac{\partial J}{\partial \theta_j}$$"
                 "\n\n$$\\Delta w_i = \\eta (y - \\hat{y}) x_i$$", {}, id="update-rules-are-no-claims"),
    # roles from use
    pytest.param("The hypothesis is $h = \\theta x$ (transpose left out); $\\theta_j$ is one weight.\n\n"
                 "$$\\frac{\\partial h}{\\partial \\theta_j} = x_j$$", {3: ["holds"]},
                 id="theta-x-is-a-dot-product"),
    pytest.param("$$y = mx + c$$\n\n$$\\frac{\\partial y}{\\partial m} = x$$\n\n"
                 "$$\\frac{\\partial y}{\\partial c} = m$$", {3: ["holds"], 5: ["refuted"]},
                 id="m-differentiated-by-is-a-slope"),
    pytest.param("$$\\frac{\\partial}{\\partial z_j} \\log \\sum_{k=1}^{K} e^{z_k} = "
                 "\\frac{e^{z_j}}{\\sum_{k=1}^{K} e^{z_k}}$$", {1: ["holds"]}, id="sum-bound-is-a-size"),
    pytest.param("$$C(a) = \\frac{1}{2}(y - a)^2$$\n\n$$\\frac{\\partial C}{\\partial a} = C'(a)$$",
                 {3: ["holds"]}, id="function-bare-and-applied-in-one-formula"),
    # layers: superscripts that count layers are names, not powers
    pytest.param(r"""$$
\begin{aligned}
z^1 &= w^1 x + b^1 \\
a^1 &= \sigma(z^1) \\
z^2 &= w^2 a^1 + b^2
\end{aligned}
$$

$$\frac{\partial z^2}{\partial w^1} = w^2 a^1 (1 - a^1) x$$

$$\frac{\partial z^2}{\partial b^1} = w^2 a^1 (1 + a^1)$$""", {9: ["holds"], 11: ["refuted"]},
                 id="layers-defined-per-layer"),
    pytest.param("$$z^{[1]} = w^{[1]} x$$\n\n$$\\frac{\\partial z^{[1]}}{\\partial w^{[1]}} = x$$",
                 {3: ["holds"]}, id="layers-in-brackets"),
    pytest.param("$$q^2 = 4$$\n\n$$\\frac{d}{dz} z^2 = 2z$$", {1: ["refuted"], 3: ["holds"]},
                 id="one-squared-name-is-no-layer"),
    # a defined quantity differentiated by something nothing links it to: undecided, not 0 —
    # but the chain rule through what the step itself names (a of w) holds for any a
    pytest.param("$$C = \\frac{1}{2}(y - a)^2$$\n\n$$\\frac{\\partial C}{\\partial w} = "
                 "\\frac{\\partial C}{\\partial a} \\frac{\\partial a}{\\partial w}$$\n\n"
                 "$$\\frac{\\partial C}{\\partial w} = (a - y) x$$",
                 {3: ["holds"], 5: ["undecided"]}, id="unlinked-dependency-is-undecided"),
    # cases in prose, and words
    pytest.param("Let $s_i = \\frac{e^{x_i}}{\\sum_k e^{x_k}}$.\n\nFor $i = j$ it is:\n\n"
                 "$\\frac{\\partial s_i}{\\partial x_j} = s_i (1 - s_i)$\n\nFor $i \\ne j$ it is:\n\n"
                 "$\\frac{\\partial s_i}{\\partial x_j} = -s_i s_j$",
                 {5: ["holds"], 9: ["holds"]}, id="case-stated-in-prose-holds-for-its-formulas"),
    pytest.param("$$\\frac{d}{dx} \\log_2 x = \\frac{1}{x \\ln 2}$$\n\n$$\\frac{d}{dx} log_2 x = "
                 "\\frac{1}{x \\ln 2}$$", {1: ["holds"], 3: ["holds"]}, id="log-base-with-and-without-backslash"),
    pytest.param("$$net = w x + b$$\n\n$$\\frac{\\partial net}{\\partial w} = x$$", {3: ["holds"]},
                 id="a-word-is-one-name"),
    pytest.param("$$y_i = \\frac{e^{x_i}}{\\sum e^{x_d}}$$\n\n"
                 "$$\\frac{\\partial y_i}{\\partial x_i} = \\frac{\\sum e^{x_d} \\cdot e^{x_i} - e^{x_i} "
                 "\\cdot e^{x_i}}{(\\sum e^{x_d})^2}$$", {3: ["holds"]},
                 id="bare-sum-over-the-index-only-it-carries"),
    pytest.param("$$L_i = \\sigma(\\sum_h w_{h} L_h)$$\n\n$$\\frac{\\partial L_j}{\\partial w_h} = 0$$",
                 {3: ["undecided"]},
                 id="self-referring-indexed-definition-stops"),
]


@pytest.mark.parametrize("text, want", LAYOUT)
def test_layout_rule(text, want):
    assert verdicts(text) == want


def test_tex_file_reads_the_same_rules():
    text = "\\begin{align*}\n\\frac{d}{dz} z^2 &= 2z \\\\\n\\frac{d}{dz} z^3 &= 3z^2\n\\end{align*}\n"
    assert verdicts(text, "notes.tex") == {2: ["holds"], 3: ["holds"]}


def test_front_matter_role_and_unknown_key(capsys, tmp_path):
    f = tmp_path / "fm.md"
    f.write_text("---\nK: positive integer\ncolour: blue\n---\n$$\\sum_{k=1}^{K} 1 = K$$\n")
    assert main(["check", str(f)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (f"{f}:3  skipped     front matter `colour: blue` is not understood and is "
                      "ignored (derive reads sizes such as `K: positive integer`, domains such as "
                      "`y: (0, 1)`, `z: positive` or `y: {0, 1}`, shapes such as `w: vector`, and functions "
                      "such as `f(h): h^2`)")
    assert re.match(rf"{re.escape(str(f))}:5:\d+  proved", out[1])
    assert main(["check", str(f), "--strict"]) == 1


def test_metadata_keys_are_not_reported():
    doc = read_document("---\ntitle: Notes\nauthor: A. Student\n---\n$$a = a$$\n", "n.md")
    assert doc.ignored == ()


def test_verbose_names_conventions_in_course_notation(capsys, tmp_path):
    f = tmp_path / "roles.md"
    f.write_text("The hypothesis is $h = \\theta x$; $\\theta_j$ is one weight.\n\n"
                 "$$\\frac{\\partial h}{\\partial \\theta_j} = x_j$$\n\n$$y = mx + c$$\n\n"
                 "$$\\frac{\\partial y}{\\partial m} = x$$\n")
    main(["check", str(f), "--verbose"])
    out = capsys.readouterr().out
    assert f"{f}  reading: θ is a vector: θ_j on line 1\n" in out
    assert f"{f}  reading: line 1: θx read as a dot product: both carry a feature index elsewhere\n" in out
    assert f"{f}  reading: m is a variable (differentiated by): differentiated by on line 7\n" in out
    assert not [ln for ln in out.splitlines() if "reading:" in ln and "theta" in ln]


def test_a_document_with_nothing_checked_says_so(capsys, tmp_path):
    f = tmp_path / "prose.md"
    f.write_text("Only prose, and a formula without a relation: $\\hat{y}$.\n")
    assert main(["check", str(f)]) == 0
    assert capsys.readouterr().out == f"0 claims checked in {f}\nno steps in 1 file\n"
    assert main(["check", str(f), "--strict"]) == 1


# The solving genre: a derivative set to 0 at an optimum is an equation, and what an author
# derives from it (normal equations, the slope's formula) holds where it holds, not everywhere.
LEAST_SQUARES = r"""# Fitting a line

$$J(m, c) = \sum_{i=1}^{n} (y_i - m x_i - c)^2$$

At the minimum both derivatives vanish:

$$\frac{\partial J}{\partial m} = 0, \qquad \frac{\partial J}{\partial c} = 0$$

The second one gives

$$\sum_{i=1}^{n} (y_i - m x_i - c) = 0 \quad\Longleftrightarrow\quad
c = \frac{1}{n}\sum_{i=1}^{n} y_i - \frac{m}{n}\sum_{i=1}^{n} x_i$$

and the first one

$$m \sum_{i=1}^{n} x_i^2 + c \sum_{i=1}^{n} x_i = \sum_{i=1}^{n} x_i y_i$$

$$m = \frac{n \sum_{i=1}^{n} x_i y_i - \sum_{i=1}^{n} x_i \sum_{i=1}^{n} y_i}
{n \sum_{i=1}^{n} x_i^2 - \left(\sum_{i=1}^{n} x_i\right)^2}$$

A slip in the sign of the intercept:

$$c = \frac{1}{n}\sum_{i=1}^{n} y_i + \frac{m}{n}\sum_{i=1}^{n} x_i$$
"""


def test_what_follows_from_derivatives_set_to_zero_holds_there():
    got = verdicts(LEAST_SQUARES)
    assert got[7] == ["undecided", "undecided"]  # ∂J/∂m = 0 is an equation, not an identity
    assert got[11] == ["holds"] and got[12] == ["holds"]  # Σ(y − mx − c) = 0, c = ȳ − m x̄
    assert got[16] == ["holds"] and got[18] == ["holds"]  # the normal equation, the slope
    assert got[23] == ["refuted"]  # a wrong intercept holds neither as identity nor there


def test_the_detail_names_the_equations_it_follows_from(capsys, tmp_path):
    path = tmp_path / "fit.md"
    path.write_text(LEAST_SQUARES)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if re.search(r":18:\d+ ", x))
    assert "consistent" in line and "∂J/∂m = 0` (line 7)" in line and "∂J/∂c = 0` (line 7)" in line


POLYNOMIAL_FIT = r"""The coefficients $w_j$ of $y(x, \mathbf{w}) = \sum_{j=0}^{M} w_j x^j$ minimising

$$E = \frac{1}{2} \sum_{n=1}^{N} (y(x_n, \mathbf{w}) - t_n)^2$$

make every derivative

$$\frac{\partial E}{\partial w_i} = \sum_{n=1}^{N} (y(x_n, \mathbf{w}) - t_n) (x_n)^i$$

zero, that is

$$\sum_{j=0}^{M} A_{ij} w_j = T_i$$

with $A_{ij} = \sum_{n=1}^{N} (x_n)^{i+j}$ and $T_i = \sum_{n=1}^{N} (x_n)^i t_n$. A slip in the power:

$$\sum_{j=0}^{M} A_{ij} w_j = \sum_{n=1}^{N} (x_n)^{i+1} t_n$$
"""


def test_an_optimum_over_every_entry_gives_the_normal_equations():
    """∂E/∂w_i = 0 for every i is one equation per entry of w (w_0 … w_M at each size drawn):
    the normal equations hold at their solution and a slip in them fails there. The i and j
    of A_{ij} are its indices inside the power (x_n)^{i+j} too."""
    assert verdicts(POLYNOMIAL_FIT) == {7: ["holds"], 11: ["holds"], 15: ["refuted"]}
    unsolvable = POLYNOMIAL_FIT.replace(r"of $y(x, \mathbf{w}) = \sum_{j=0}^{M} w_j x^j$ ", "")
    steps = check_document(read_document(unsolvable, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(7, "undecided"), (11, "undecided"),
                                                          (15, "undecided")]
    assert steps[1].outcome.detail == (
        "cannot check: not an identity; it may hold where ∂E/∂w_i = 0 (\"minimising\") (line 1) holds, "
        "but that cannot be solved for `w`: `y` is defined nowhere in the document")


def test_a_mean_says_how_far_its_sum_runs(capsys, tmp_path):
    """\\frac{1}{2n}\\sum_i is a mean over n samples: every \\sum_i without bounds runs 1..n (it
    ran to m, a count the note never names, and the correct ∂²J/∂β_0² = 1 was refuted)."""
    f = tmp_path / "mean.md"
    f.write_text("$$J = \\frac{1}{2n}\\sum_i (y_i - \\beta_0)^2$$\n\n"
                 "$$\\frac{\\partial^2 J}{\\partial \\beta_0^2} = 1$$\n\n"
                 "$$\\frac{\\partial^2 J}{\\partial \\beta_0^2} = n$$\n")
    assert main(["check", str(f), "--verbose"]) == 1
    out = capsys.readouterr().out
    assert "reading: a sum over i without bounds runs i = 1..n: \\frac{1}{2n}\\sum_i (a mean) on line 1" in out
    assert re.search(r":3:\d+  proved", out) and re.search(r":5:\d+  refuted", out)


VECTORS_WRITTEN_OUT = r"""$$\frac{\partial L}{\partial \mathbf{x}} = \left(\begin{matrix}
\partial L / \partial x_1 \\ \partial L / \partial x_2 \\ \vdots \\ \partial L / \partial x_n
\end{matrix}\right)$$

$$\nabla_{\mathbf{w}} J = \begin{bmatrix} \frac{\partial J}{\partial w_1} \\[4pt]
\frac{\partial J}{\partial w_2} \\ \vdots \\ \frac{\partial J}{\partial w_n} \end{bmatrix}$$

$$\begin{bmatrix} w_1 & w_2 & \dots & w_n \end{bmatrix} = \mathbf{w}^T$$

$$\begin{bmatrix} w_1 \\ w_2 \\ \vdots \\ w_n \end{bmatrix} = 2\mathbf{w}$$

$$\begin{bmatrix} 1 & \cdots \\ \vdots & 4 \end{bmatrix} = \mathbf{w}$$
"""


def test_a_vector_written_out_is_read_by_its_pattern(capsys, tmp_path):
    """A column (or row) of entries with \\vdots between them is the vector whose entry follows
    the pattern of the entry before the dots and the last; it is compared entry by entry. A
    matrix written entry by entry with dots is unreadable with its reason, never guessed."""
    assert verdicts(VECTORS_WRITTEN_OUT) == {1: ["holds"], 5: ["holds"], 8: ["holds"], 10: ["refuted"],
                                             12: ["unreadable"]}
    f = tmp_path / "v.md"
    f.write_text(VECTORS_WRITTEN_OUT)
    main(["check", str(f), "--verbose"])
    out = capsys.readouterr().out
    assert "reading: line 5: \\begin{bmatrix} … \\end{bmatrix} read as the vector of entries 1..n that " \
           "`∂J/∂w_n` is the last of" in out
    assert "a matrix written entry by entry (\\begin{bmatrix}) cannot be read" in out


CASES_IN_ONE_PARAGRAPH = r"""The softmax is \[p_i = \frac{e^{o_i}}{\sum_j e^{o_j}}\]If $i = k$,
\[\frac{\partial p_i}{\partial o_k} = p_k (1 - p_k)\]and if $i \neq k$,
\[\frac{\partial p_i}{\partial o_k} = - p_k p_i\]and if $i = k$ once more, a slip:
\[\frac{\partial p_i}{\partial o_k} = - p_k p_i\]
"""


def test_each_case_stated_in_one_paragraph_holds_for_the_formula_after_it():
    """"If $i = k$, [formula] and if $i \\neq k$, [formula]" in one paragraph: each formula is
    checked under the case stated right before it (with both cases in the paragraph, none was
    applied and the first case was refuted as if it held for every i and k)."""
    steps = check_document(read_document(CASES_IN_ONE_PARAGRAPH, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(2, "proved"), (3, "consistent"), (4, "refuted")]
    assert [s.outcome.detail.rsplit("where ", 1)[-1] for s in steps[:2]] == ["`i = k`", "`i \\neq k`"]


SOLVING_FOR = r"""$L_{2} = \frac{1}{N} \sum_{n=1}^{N} (w_{0} + w_{1}x_n - t_{n})^{2}$

$\frac{\partial L_{2}}{\partial w_{0}} = \frac{2}{N} \sum_{n=1}^{N} (w_{0} + w_{1}x_n - t_{n})$

$\frac{\partial L_{2}}{\partial w_{1}} = \frac{2}{N} \sum_{n=1}^{N} (w_{0} + w_{1}x_n - t_{n}) x_n$

#### Solving for $w_0$

$0 = \sum_{n=1}^{N} (w_{0} + w_{1}x_n - t_{n})$

$0 = \sum_{n=1}^{N} (w_{0} - w_{1}x_n - t_{n})$
"""


def test_solving_for_a_variable_is_an_optimum():
    """"Solving for $w_0$" after the derivatives of L_2 (a name with a number for its subscript):
    the equations after it hold where those derivatives are 0; a slip in them stays refuted."""
    steps = check_document(read_document(SOLVING_FOR, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(3, "proved"), (5, "proved"), (9, "consistent"),
                                                          (11, "refuted")]
    assert "∂L_2/∂w_0 = 0 (\"Solving for\")` (line 7)" in steps[2].outcome.detail


DERIVATIVE_AS_OPERATOR = r"""$$g(m,b) = y - (mx + b)$$

$$\frac{dg}{dm}g(m,b) = \frac{dg}{dm}(y - mx - b) = -x$$

$$\frac{dg}{db}g(m,b) = \frac{dg}{db}y - \frac{dg}{db}mx - \frac{dg}{db}b = -1$$

$$\frac{dg}{dm}g(m,b) = x$$

$$J = g^2$$

$$\frac{dJ}{dm} = \frac{dJ}{dg}\frac{dg}{dm}$$
"""


def test_a_document_that_writes_the_derivative_before_what_it_differentiates():
    """\\frac{dg}{dm}g(m,b) — the name differentiated written again after the derivative — is how
    this author writes d/dm g(m,b): every derivative followed by an expression then applies to it
    (they were products, and correct steps were refuted with an extra factor); a derivative
    followed by another stays a product, and without that evidence nothing changes."""
    assert verdicts(DERIVATIVE_AS_OPERATOR) == {3: ["holds", "holds"], 5: ["holds", "holds"], 7: ["refuted"],
                                                11: ["holds"]}
    assert verdicts("$$g = y - (mx + b)$$\n\n$$\\frac{dg}{dm} x = -x^2$$\n") == {3: ["holds"]}


def test_the_solution_row_of_an_equation_is_a_claim_and_a_table_of_values_is_not():
    """`\\text{Let } e^{-z} = 1 \\\\ z = 0`: the last row gives the solution (a claim checked where
    the equation holds; it was read as a condition and dropped); rows of values (`y = 1, p = 0.1`)
    stay conditions."""
    text = ("$$\\begin{align*} \\text{Let } e^{-z} &= 1 \\\\ z &= 0 \\end{align*}$$\n\n"
            "$$\\begin{align*} \\text{Let } e^{-x} &= 1 \\\\ x &= 1 \\end{align*}$$\n\n"
            "$$\\begin{align*} y = 1, p &= 0.1 \\\\ y = 1, p &= 0.3 \\end{align*}$$")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.line for s in steps] == [1, 1, 3, 3]
    assert steps[1].outcome.detail.startswith("not an identity, but it holds where `e^{-z} = 1` (line 1)")
    assert steps[3].verdict.value == "refuted"


def test_a_slip_in_the_working_of_a_derivative_is_not_excused_by_the_optimum():
    """Inside a derivative's own working both sides of a factor slip vanish at the optimum;
    that must not make the slip hold."""
    text = LEAST_SQUARES + r"""
$$\frac{\partial J}{\partial c} = -2 \sum_{i=1}^{n} (y_i - m x_i - c)
= -4 \sum_{i=1}^{n} (y_i - m x_i - c)$$
"""
    got = verdicts(text)
    assert got[25] == ["holds"] and got[26] == ["refuted"]


CHAINED_DEFINITIONS = r"""# Logistic regression

$$h_\theta(x) = g(z) = \frac{1}{1 + e^{-z}}$$

$$J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(h_\theta(x^{(i)}))
+ (1 - y^{(i)}) \log(1 - h_\theta(x^{(i)})) \right]$$

where $z = \theta^T x$, for every parameter $j = 0, 1, 2, ..., n$.

$$\frac{d}{dz} g(z) = g(z)(1 - g(z))$$

$$\frac{\partial J(\theta)}{\partial \theta_j}
= \frac{1}{m} \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}$$

$$\frac{\partial J(\theta)}{\partial \theta_j}
= \frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)}$$
"""


def test_a_chain_of_definitions_defines_each_function_and_binds_through_them():
    """h_θ(x) = g(z) = σ: g is defined on the way; h_θ(x^{(i)}) is g(θᵀx^{(i)}) because z is
    defined through x; `j = 0, 1, 2, ..., n` is the range of an index, not a claim."""
    doc = read_document(CHAINED_DEFINITIONS, "notes.md")
    assert [d.latex for d in doc.definitions][:2] == [r"h_\theta(x) = g(z)", r"g(z) = \frac{1}{1 + e^{-z}}"]
    assert not doc.errors
    assert verdicts(CHAINED_DEFINITIONS) == {10: ["holds"], 13: ["holds"], 16: ["refuted"]}


def test_markdown_escaped_row_ends_are_row_ends():
    """Jekyll notes write `\\[ … \\]` and end rows with `\\\\` (or five backslashes): after
    Markdown's own escaping that is one row break."""
    text = "\\\\[ \\begin{aligned}\n\\frac{d}{dz} e^{2z} &= 2 e^{2z} \\\\\\\\\\\n" \
           "\\frac{d}{dz} z^3 &= 3 z^2 \\\\\\\\\n\\frac{d}{dz} z^2 &= 2 z\n\\end{aligned} \\\\]\n"
    assert verdicts(text) == {2: ["holds"], 3: ["holds"], 4: ["holds"]}


def test_a_remark_row_is_an_aside_the_next_row_goes_on_with_the_chain():
    text = r"""$$
\begin{align*}
J &= -\left[y \ln(p) + (1 - y)\ln(1 - p)\right] \\
\because \ln(1) &= 0 \\
&= -y \ln(p) - (1 - y)\ln(1 - p) \\
\because \ln(e^{-z}) &= -z \\
&= -y \ln(p) - (1 - y)\ln(1 - p) + 1
\end{align*}
$$"""
    # rows 5 and 7 continue J's chain (the second is wrong), not the remarks before them
    assert verdicts(text) == {4: ["holds"], 5: ["holds"], 6: ["holds"], 7: ["refuted"]}


def test_a_remark_gives_the_meaning_the_step_beside_it_uses():
    text = r"""$$
\frac{d z_i}{d w_1} = \frac{d}{d w_1}\left[w_1 x_{i1} + w_2 x_{i2} + b\right]
\quad \because z_i = w_1 x_{i1} + w_2 x_{i2} + b
$$"""
    assert verdicts(text) == {2: ["holds"]}


def test_a_step_that_holds_at_one_value_of_a_free_index_only_is_refuted():
    """d/dw_i written for d/dw_1: true at i = 1 only, so the index must take another value."""
    text = r"$$\frac{\partial}{\partial w_i}\left[w_1 x_{i1} + w_2 x_{i2}\right] = x_{i1}$$"
    assert verdicts(text) == {1: ["refuted"]}


def test_a_variable_under_a_logarithm_is_drawn_where_the_logarithm_is_real():
    """p in ln p and ln(1 − p) is a probability: the step is tested in (0, 1), not given up."""
    text = r"$$-\left[y \ln(p) + (1 - y)\ln(1 - p)\right] = -y \ln\frac{p}{1 - p} - \ln(1 - p)$$"
    assert verdicts(text) == {1: ["holds"]}


@pytest.mark.parametrize("claim", [r"y \ln p = y \ln p + (1 - y)", r"y \ln p = y \ln p + y - 1"])
def test_every_value_of_a_stated_set_is_tried(claim):
    """y: {0,1} in front matter: a step true only at y = 1 (or only at y = 0) is refuted."""
    assert verdicts(f"---\ny: {{0,1}}\n---\n$${claim}$$\n") == {4: ["refuted"]}


def test_a_defining_remark_leaves_the_chain_open():
    text = r"""$$
\begin{align*}
\frac{d}{dz}\left(z^2 + u\right) &= 2z + \frac{du}{dz} \\
\because u &= -z \\
&= 2z - 1
\end{align*}
$$"""
    assert verdicts(text) == {3: ["holds"], 5: ["holds"]}


def test_a_quantity_defined_per_sample_may_be_written_as_a_function_of_its_argument():
    """μ_i = log(1 + e^{z_i}), and μ(z_i) = log(1 + e^{z_i}) once μ′ shows μ is a function: the
    function form defines μ(·) (it is not a claim about an undefined μ); μ_i keeps its meaning."""
    text = r"""$$z_i = w x_i + b$$

$$\mu_i = \log(1 + e^{z_i})$$

$$\mu(z_i) = \log(1 + e^{z_i})$$

$$\frac{\partial \mu_i}{\partial w} = \frac{e^{z_i}}{1 + e^{z_i}} x_i$$

$$\mu'(z_i) = \frac{1}{1 + e^{-z_i}}$$

$$\frac{\sigma(z_i)}{\mu(z_i)} = \frac{\sigma(z_i)}{\mu_i}$$
"""
    assert verdicts(text) == {7: ["holds"], 9: ["holds"], 11: ["holds"]}


def test_a_function_written_per_entry_and_differentiated_by_an_entry_reads_without_failing():
    """g_i(x⃗) applied, then ∂g_i/∂x_i with g_i bare: reading g_i as g_i(x⃗) must not touch the
    label of x_i inside the derivative (that once ended the whole run with a SymPy error)."""
    text = r"""$$g_i(\vec{x})=\frac{e^{x_i}}{\sum_{k=1}^ne^{x_k}}$$

$$\sum_{i=1}^n g_i(\vec{x}) = 1$$

$$\frac{\partial g_i}{\partial x_i}
= \frac{e^{x_i}}{\sum_{k=1}^ne^{x_k}}\left(1 - \frac{e^{x_i}}{\sum_{k=1}^ne^{x_k}} \right)$$
"""
    got = verdicts(text)
    assert got[3] == ["holds"] and len(got[6]) == 1


def test_a_function_named_with_its_parameters_is_the_same_function_without_them():
    """z_θ(x) = θᵀx defined, z(x) used: one function, named with or without its parameters."""
    text = r"""$$z_\theta(x) = \theta^T x$$

$$h(x) = \frac{1}{1 + e^{-z(x)}}$$

$$\frac{\partial h(x)}{\partial \theta_j} = h(x)(1 - h(x)) x_j$$
"""
    assert verdicts(text) == {5: ["holds"]}


PLAIN_TEXT = """Binary cross entropy and how it depends on the model:

BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]

ŷ = σ(z) (σ being the sigmoid)

z = ax + b

The effect of z on ŷ, by the chain rule:

∂ŷ/∂z = ŷ * (1 - ŷ)

differentiating z = ax + b in b gives 1.

The loss term, one line at a time:
∂/∂ŷ [ - (y·log(ŷ) + (1-y)·log(1-ŷ)) ]
= - [ y/ŷ - (1-y)/(1-ŷ) ]
= (ŷ - y) / (ŷ(1-ŷ))
= (ŷ - y) / ŷ
"""


def test_formulas_written_as_plain_text_lines_are_read():
    """A note that writes its mathematics as plain Unicode lines (ŷ, ∂ŷ/∂z, ·, *): each line
    with `=` and no run of words is a formula, an aside in brackets is left out, a line of
    prose is not one, and `= …` lines continue the line before them."""
    doc = read_document(PLAIN_TEXT, "notes.md")
    assert [d.latex for d in doc.definitions] == ["BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]",
                                                  "ŷ = σ(z)", "z = ax + b"]
    assert verdicts(PLAIN_TEXT) == {11: ["holds"], 17: ["holds"], 18: ["holds"], 19: ["refuted"]}


def test_a_display_without_a_relation_heads_the_equals_after_it():
    text = "$$\\frac{d}{dz} z^3$$\n$$= 3z^2$$\n\n$$x^2$$\n\nsome words\n\n$$= x \\cdot x$$\n"
    assert verdicts(text) == {2: ["holds"], 8: ["holds"]}


BACKPROP_BY_NEURON = r"""$$
\begin{aligned}
z_1 &= w_1 x + b_1 \\
a_1 &= \sigma(z_1) \\
z_2 &= w_2 a_1 + b_2 \\
a_2 &= \sigma(z_2) \\
L &= \frac{1}{2}\left(y - a_2\right)^2
\end{aligned}
$$

$$\frac{\partial L}{\partial w_2} = (a_2 - y)\, a_2 (1 - a_2)\, a_1$$

$$\frac{\partial L}{\partial w_1} = (a_2 - y)\, a_2 (1 - a_2)\, w_2\, a_1 (1 - a_1)\, x$$

$$\frac{\partial L}{\partial b_1} = (a_2 - y)\, a_2 (1 - a_2)\, a_1 (1 - a_1)$$
"""


def test_each_numbered_quantity_is_defined_on_its_own():
    """z_1, z_2, a_1, a_2: one definition per entry (a network drawn neuron by neuron); the
    second does not replace the first, and both gradients follow."""
    doc = read_document(BACKPROP_BY_NEURON, "notes.md")
    assert [d.latex for d in doc.definitions][:4] == ["z_1 = w_1 x + b_1", r"a_1 = \sigma(z_1)",
                                                       "z_2 = w_2 a_1 + b_2", r"a_2 = \sigma(z_2)"]
    assert verdicts(BACKPROP_BY_NEURON) == {11: ["holds"], 13: ["holds"], 15: ["refuted"]}


def test_a_numbered_definition_says_nothing_about_another_number():
    """a_1 = x + 1 defines a_1 only: a_2 is not x + 2 (reading it so once accepted this)."""
    got = verdicts("$$a_1 = x + 1$$\n\n$$a_2 = x + 2$$\n\n$$a_1 - 1 = x$$\n")
    assert got[5] == ["holds"] and got.get(3) != ["holds"]


POISSON_THEN_GAUSSIAN = r"""## Poisson

$$\mu_i = \exp(z_i)$$

$$J = \frac{1}{n}\sum_i (\mu_i - y_i z_i)$$

$$\frac{\partial J}{\partial z_1} = \frac{1}{n}(\mu_1 - y_1)$$

## Gaussian

$$\mu_i = z_i$$

$$J = \frac{1}{2n}\sum_i (y_i - \mu_i)^2$$

$$\frac{\partial J}{\partial z_1} = -\frac{1}{n}(y_1 - \mu_1)$$

$$\frac{\partial J}{\partial z_1} = \frac{1}{n}(\exp(z_1) - y_1)$$
"""


def test_a_later_heading_that_sets_up_a_model_anew_gives_its_names_new_meanings(capsys, tmp_path):
    # the Gaussian section's J and μ hold from their heading on: its gradient holds there, and
    # the Poisson gradient written under the Gaussian heading is refuted
    assert verdicts(POISSON_THEN_GAUSSIAN) == {7: ["holds"], 15: ["holds"], 17: ["refuted"]}
    path = tmp_path / "glm.md"
    path.write_text(POISSON_THEN_GAUSSIAN)
    assert main(["check", str(path), "--verbose"]) == 1
    out = capsys.readouterr().out
    assert "line 13: J = \\frac{1}{2n}\\sum_i (y_i - \\mu_i)^2 holds from its heading on" in out
    assert f"{path}:13  definition  J = " in out  # listed with the definitions


def test_a_name_restated_alone_under_a_later_heading_is_a_claim_about_its_meaning():
    """The same J again under a new heading is proved; another formula is that section's own
    model or a slip (ambiguous, see RENEWED_ALONE), and refuted where the prose derives it."""
    text = ("## Model\n\n$$J = \\frac{1}{n}\\sum_i (y_i - w x_i)^2$$\n\n"
            "## Again\n\n$$J = \\frac{1}{n}\\sum_i (w x_i - y_i)^2$$\n\n"
            "## Wrong\n\n$$J = \\frac{1}{n}\\sum_i (y_i + w x_i)^2$$\n\n"
            "## Derived\n\nExpanding, we get\n\n$$J = \\frac{1}{n}\\sum_i (y_i^2 + w^2 x_i^2)$$\n")
    assert verdicts(text) == {7: ["holds"], 11: ["ambiguous"], 17: ["refuted"]}


def test_a_restatement_that_holds_is_kept_under_a_heading_that_renews_the_model():
    text = POISSON_THEN_GAUSSIAN.replace("## Gaussian\n\n", "## Gaussian\n\n$$J = \\frac{1}{n}\\sum_i "
                                         "(\\mu_i - y_i z_i)$$\n\n")
    # line 11 restates the Poisson J (it holds, and stays a claim); the Gaussian J and μ still
    # hold from their heading on
    assert verdicts(text) == {7: ["holds"], 11: ["holds"], 17: ["holds"], 19: ["refuted"]}


def test_a_sum_without_bounds_runs_where_the_documents_sums_over_its_index_run():
    # n counts the samples here: \sum_{i=1}^{n} everywhere makes a bare \sum_i run to n as well
    text = ("$$L = \\frac{1}{n}\\sum_{i=1}^{n} (w x_i - y_i)^2$$\n\n"
            "$$\\frac{\\partial L}{\\partial w} = \\frac{2}{n}\\sum_i x_i (w x_i - y_i)$$\n")
    assert verdicts(text) == {3: ["holds"]}
    model = read_document(text).model
    assert model.ranges == (("i", "n"),)


def test_a_sum_index_with_two_ranges_keeps_the_default():
    text = ("$$A = \\sum_{i=1}^{n} x_i$$\n\n$$B = \\sum_{i=1}^{m} x_i$$\n\n"
            "$$\\frac{\\partial B}{\\partial x_1} = \\sum_i \\frac{\\partial x_i}{\\partial x_1}$$\n")
    assert read_document(text).model.ranges == ()
    assert verdicts(text) == {5: ["holds"]}


def test_a_name_before_brackets_holding_a_comma_is_applied_to_them():
    # c(y, φ) cannot be a product: c is a function of y and φ, the same on both sides
    text = ("$$\\ln \\left\\{ \\exp{ \\left\\{ \\frac{y \\theta - b(\\theta)}{a(\\phi)} + c(y,\\phi) "
            "\\right\\} } \\right\\} = \\frac{y \\theta - b(\\theta)}{a(\\phi)} + c(y,\\phi)$$\n\n"
            "$$c(y, \\phi) + c(\\phi, y) = 2 c(y, \\phi)$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["refuted"]}


def test_displaylines_shows_its_rows():
    text = ("$$\n\\displaylines{\n\\begin{align}\n\\frac{d}{dz} e^{2z} &= 2 e^{2z} \\\\\n"
            "&= 2 e^{z} e^{z}\n\\end{align}\n}\n$$\n")
    assert verdicts(text) == {4: ["holds"], 5: ["holds"]}


def test_a_row_opened_by_therefore_starts_the_chain_the_next_rows_continue():
    text = ("\\begin{align}\nL &= \\prod_{i=1}^{n} e^{z_i} \\\\\n"
            "\\therefore \\ln L &= \\ln \\prod_{i=1}^{n} e^{z_i} \\\\\n"
            "&= \\sum_{i=1}^{n} z_i\n\\end{align}")
    # line 3 is a consequence with a left side of its own; line 4 continues it (ln L), not L
    assert verdicts(text, "notes.tex") == {3: ["holds"], 4: ["holds"]}


def test_an_update_rule_is_neither_claim_nor_definition_and_its_arithmetic_is_checked():
    """The rule itself is an instruction; the links after it work out its value, and are claims
    (they were dropped with the rule, so a wrong one passed unseen)."""
    text = ("$$E = \\frac{1}{2}(t - w x)^2$$\n\n"
            "$$w5 = w5 - \\alpha \\frac{\\partial E}{\\partial w5} = 0.4 - 0.5 \\times 0.0787 = 0.3607$$\n\n"
            "$$\\frac{\\partial E}{\\partial w} = -(t - w x) x$$\n")
    doc = read_document(text)
    assert doc.updates == (3,) and [str(d.target) for d in doc.definitions] == ["E"]
    # a worked example's value (undecided), then 0.4 − 0.03935 = 0.36065 shown to 4 places
    assert verdicts(text) == {3: ["undecided", "ambiguous"], 5: ["holds"]}
    text = ("$$J(\\theta) = \\frac{\\lambda}{2} \\theta^2 - y \\theta x$$\n\n"
            "$$\\theta_{new} = \\theta_{old} - \\eta \\frac{\\partial J}{\\partial \\theta} = \\theta_{old} - "
            "\\eta (\\lambda \\theta_{old} - y x) = (1 - \\eta \\lambda) \\theta_{old} + 2 \\eta y x$$\n")
    assert read_document(text).updates == (3,)
    assert verdicts(text) == {3: ["holds", "refuted"]}  # ∂J/∂θ at θ_old, where the rule starts


UPDATE_WORKED_OUT = (
    "Let $L = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - (w x_i + b))^2$.\n\n"
    "$$\n\\begin{align*}\nb &= b - \\eta \\frac{\\partial L}{\\partial b} \\\\\n"
    "&= b - \\eta [-\\frac{2}{n} \\sum_{i=1}^{n} (y_{i}-(w x_{i} + b))]\n\\end{align*}\n$$\n\n"
    "$$\n\\begin{align*}\nb &= b - \\eta \\frac{\\partial L}{\\partial b} \\\\\n"
    "&= b - \\eta [-\\frac{2}{n} \\sum_{i=1}^{n} x_i (y_{i}-(w x_{i} + b))]\n\\end{align*}\n$$\n\n"
    "$$w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w} = "
    "w + \\eta \\frac{2}{n} \\sum_{i=1}^{n}x_{i}(y_{i}-(w x_{i} + b))$$\n\n"
    "$$\n\\begin{eqnarray}\n  \\Delta w\n   & = & - \\eta \\frac{\\partial L}{\\partial w} \\\\\n"
    "   & = & \\eta \\frac{2}{n} \\sum_{i=1}^{n}x_{i}(y_{i}-(w x_{i} + b))\n\\end{eqnarray}\n$$\n\n"
    "Let $J(\\theta) = \\frac{\\lambda}{2}\\theta^2$.\n\n"
    "$$\\theta^{(t+1)} \\leftarrow \\theta^{(t)} - \\alpha \\frac{\\partial J}{\\partial \\theta} = "
    "\\theta^{(t)} - 2\\alpha\\lambda\\theta^{(t)}$$\n")


def test_the_formulas_after_an_update_rule_work_out_its_value():
    """`b &= b − η ∂L/∂b` then `&= b − η[…]` on the next row, `w ← w − η ∂L/∂w = …`, `Δw = −η ∂L/∂w`
    then `= …`: the update is no claim, the formulas after its value are (they were dropped with
    the rule, or unreadable: "a formula that begins with `=` must follow one it continues"). A
    wrong gradient in them (the bias block copied for the weights) is refuted; the derivative
    by θ is taken at θ^{(t)}, where the rule starts."""
    doc = read_document(UPDATE_WORKED_OUT)
    assert doc.updates == (5, 12, 17, 21, 29)
    assert verdicts(UPDATE_WORKED_OUT) == {6: ["holds"], 13: ["refuted"], 17: ["holds"], 23: ["holds"],
                                           29: ["refuted"]}
    assert verdicts(UPDATE_WORKED_OUT.replace("2\\alpha\\lambda", "\\alpha\\lambda"))[29] == ["holds"]


ITERATE = ("Taking the step size, the update is\n\n$$\nw_{t+1} = w_{t} - \\eta_{t}(\\lambda w_t)\n$$\n\n"
           "$$\nw_{t+1} = w_{t} - \\eta_{t} \\lambda w_t\n$$\n\n$$\nw_{t+1} = w_{t}(1 - \\eta_{t} \\lambda)\n$$\n\n"
           "$$\nw_{t+1} = w_{t}(1 + \\eta_{t} \\lambda)\n$$\n")


def test_the_next_iterate_is_defined_by_its_first_formula_and_restated_after():
    """w_{t+1} = w_t − η_t(λ w_t), no derivative in it: the next iterate's formula, and each later
    display of w_{t+1} restates it (they were claims about a free w_{t+1}, refuted)."""
    doc = read_document(ITERATE)
    assert [d.latex for d in doc.definitions] == ["w_{t+1} = w_{t} - \\eta_{t}(\\lambda w_t)"]
    out = check_document(doc).derivation.steps
    assert [(s.line, s.verdict.value) for s in out] == [(8, "proved"), (12, "proved"), (16, "refuted")]
    assert "missing the factor `w_{t + 1}`" in out[-1].outcome.detail  # (it printed `w_1 + t`)


def test_an_index_one_step_from_a_letter_prints_as_written():
    from derive.latex.printer import course_latex
    from derive.symbols import base, index

    t, w = index("t"), base("w")
    assert [course_latex(e) for e in (w[t + 1], w[t - 1], w[12], base("x")[t + 1, 2])] == \
        ["w_{t + 1}", "w_{t - 1}", "w_{12}", "x_{t + 1,2}"]


def test_a_derivative_followed_by_a_version_of_its_variable_is_taken_there():
    """\\frac{df}{dx}(x_0): the derivative at x_0 (it was a product with x_0); (x + 1) and a
    name of its own, (y), stay factors."""
    text = ("$$f(x) = x^3$$\n\n$$\\frac{d f}{d x}(x_0) = 3 x_0^2$$\n\n"
            "$$\\frac{d f}{d x} (x + 1) = 3 x^2 (x + 1)$$\n\n$$\\frac{d f}{d x}(y) = 3 x^2 y$$\n\n"
            "$$\\frac{d f}{d x}(x_0) = 3 x^2 x_0$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["holds"], 9: ["refuted"]}
    assert "line 3: (x_0) after the derivative by x read as the point where it is taken, not a factor" \
        in read_document(text).notes


QUOTIENT_RULE = ("## Sigmoid\n\n$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$\n\n$$\\sigma(x) = \\frac{g(x)}{h(x)}$$\n\n"
                 "$$\\sigma'(x) = \\frac{g'(x)h(x) - g(x)h'(x)}{h(x)^2}$$\n\n"
                 "$$g(x) = 1$$\n\n$$h(x) = 1 + e^{-x}$$\n\n"
                 "## Tanh\n\n$$\\tanh'(x) = \\frac{g'(x)h(x) - g(x)h'(x)}{h(x)^2}$$\n\n"
                 "$$g(x) = e^x - e^{-x}$$\n\n$$h(x) = e^x + e^{-x}$$\n")


def test_a_constant_function_and_functions_given_anew_further_down_their_heading():
    """The quotient rule for σ with g(x) = 1, a constant function: g′ = 0, as its formula says (it
    was 'g depends on x through nothing the document defines'). Then for tanh under a new
    heading, g and h given anew only after the step that uses them: with the sigmoid's g and h it
    fails, with the ones given further down it holds — a reading the document leaves open, so
    ambiguous, naming both (it was undecided, and would be refuted)."""
    out = {s.line: s for s in check_document(read_document(QUOTIENT_RULE)).derivation.steps}
    assert {k: s.verdict.value for k, s in out.items()} == {5: "proved", 7: "proved", 15: "ambiguous"}
    assert out[15].outcome.detail.startswith(
        "holds if `g(x) = e^x - e^{-x}` (line 17), `h(x) = e^x + e^{-x}` (line 19), the meanings the document "
        "gives them in another paragraph; fails with the meanings they have here (differs at a point")
    wrong = QUOTIENT_RULE.replace("\\tanh'(x) = \\frac{g'(x)h(x) - g(x)h'(x)}",
                                  "\\tanh'(x) = \\frac{g'(x)h(x) + g(x)h'(x)}")
    assert verdicts(wrong)[15] == ["refuted"]


def test_a_name_given_a_formula_in_x_and_applied_to_a_sample_is_that_function():
    """h_θ = θ_0 + θ_1 x, then h_θ(x⁽ⁱ⁾) in J: h_θ is the function of x its formula gives (the
    sum with h_θ(x⁽ⁱ⁾) written out was refuted: h_θ(x⁽ⁱ⁾) was a function defined nowhere)."""
    text = ("The hypothesis is $h_\\theta = \\theta_0 + \\theta_1 x$, and the cost is:\n$$\n"
            "J = \\frac{1}{2m} \\sum_{i=1}^{m} ( h_\\theta (x^{(i)}) - y^{(i)})^2 = "
            "\\frac{1}{2m} \\sum_{i=1}^{m} (\\theta_0 + \\theta_1 x^{(i)} - y^{(i)})^2\n$$\n")
    assert verdicts(text) == {3: ["holds"]}
    assert verdicts(text.replace("(\\theta_0 + \\theta_1 x^{(i)}", "(\\theta_0 + x^{(i)}")) == {3: ["refuted"]}
    assert "h_{θ}(x) = x θ_1 + θ_0: line 1 without its argument, as the document applies h_{θ} to x⁽ⁱ⁾" \
        in read_document(text).notes
    # a function's own formula stays what it is
    own = "$$h_\\theta(x) = 2 x$$\n\n" + text
    assert not any("without its argument" in n for n in read_document(own).notes)


def test_a_sum_sign_with_a_letter_and_nothing_to_sum_is_the_name_the_text_gives_it():
    """"for short we write $\\sum_K = \\sum_{j=1}^K \\exp(\\theta_j)$": \\sum_K alone is that
    quantity (it was unreadable, '\\sum has nothing after it')."""
    text = ("(for short we write $\\sum_K = \\displaystyle\\sum_{j=1}^{K}\\exp(\\theta_j)$; here K = 3)\n\n"
            "$$\n\\frac{\\partial}{\\partial \\theta_i} \\frac{\\exp(\\theta_i)}{\\sum_K} = "
            "\\frac{\\exp(\\theta_i)\\sum_K - \\exp(\\theta_i)\\exp(\\theta_i)}{(\\sum_K)^2} = "
            "\\frac{\\exp(\\theta_i)}{\\sum_K}(1+\\frac{\\exp(\\theta_i)}{\\sum_K})\n$$\n")
    assert verdicts(text) == {4: ["holds", "refuted"]}
    assert "line 4: \\sum_K with nothing to sum read as the quantity Σ_K" in read_document(text).notes
    # a sum sign the text never names stays a sum with nothing after it (a slip: `\\sum_k =`)
    slip = "$$\\delta_j = \\frac{\\partial E}{\\partial a_j} = \\sum_k = \\frac{\\partial E}{\\partial a_k}$$\n"
    out = check_document(read_document(slip)).derivation.steps
    assert [s.verdict.value for s in out] == ["unreadable", "undecided"]
    assert out[0].outcome.detail.startswith("\\sum has nothing after it")


WORKED = ("$$\\hat{y}(x) = w x + b$$\n\n$$\\text{Loss}_i = (\\hat{y}(x_i) - y_i)^2$$\n\n"
          "Draw a sample, with $x_i = 5$ and $y_i = 5$, and start from zero weights.\n\n"
          "$$\n\\hat{y}(x_i) = 0 \\times 5 + 0 = 0 \\Rightarrow \\text{Loss}_i = (0 - 5)^2 = 25\n$$\n\n"
          "$$\n\\frac{\\partial \\text{Loss}_i}{\\partial w} = 2 (\\hat{y}(x_i) - y_i) x_i = 2 \\cdot (0 - 5) \\cdot 5 "
          "= -40\n$$\n")


def test_a_formula_in_numbers_for_a_name_with_a_formula_is_a_worked_value_not_a_meaning():
    """ŷ(x_i) = 0 × 5 + 0 and Loss_i = (0 − 5)² in a worked example were taken for new meanings of
    ŷ and Loss: the general ∂Loss_i/∂w was then undecided ('Loss depends on w through nothing').
    They are the example's values: undecided claims; the arithmetic is checked, and a general step
    equal to the example's arithmetic is its value there (undecided, not refuted)."""
    out = [(s.line, s.verdict.value) for s in check_document(read_document(WORKED)).derivation.steps]
    assert out == [(8, "undecided"), (8, "proved"), (8, "undecided"), (8, "proved"),
                   (12, "proved"), (12, "undecided"), (12, "refuted")]
    assert [str(d.target) for d in read_document(WORKED).definitions] == ["yhat(x)", "Loss[i]"]
    steps = check_document(read_document(WORKED)).derivation.steps
    assert steps[0].outcome.detail == ("cannot check: a worked example's value, at values of `x^{(i)}` "
                                       "the example uses and no formula defines")


def test_an_equation_that_names_its_target_on_both_sides_is_a_claim_not_a_definition():
    # ŷ = σ(−ŷ) would define ŷ by itself; it is a (wrong) claim, and ŷ keeps no meaning from it
    text = "$$\\hat{y}_1 = \\frac{1}{1 + e^{-\\hat{y}_1}}$$\n"
    assert read_document(text).definitions == ()
    assert verdicts(text) == {1: ["refuted"]}


def test_a_value_the_document_puts_in_makes_the_steps_after_it_hold_where_it_holds():
    # with x̄, ȳ the means, b = ȳ − m x̄ is what ∂L/∂b = 0 (line 3) says; with names of no such
    # meaning (c, d) the value put in (line 5) is what the step holds under
    for c, d, where in (("\\bar{y}", "\\bar{x}", "`-2\\sum_{i=1}^{n}(y_i - m x_i - b) = 0` (line 3)"),
                        ("c", "d", "`b = c - m d` (line 5)")):
        text = ("$$L = \\sum_{i=1}^{n} (y_i - m x_i - b)^2$$\n\n"
                "$$\\frac{\\partial L}{\\partial b} = -2\\sum_{i=1}^{n}(y_i - m x_i - b) = 0$$\n\n"
                f"Putting in $b = {c} - m {d}$, the loss becomes\n\n"
                f"$$L = \\sum_{{i=1}}^{{n}} (y_i - m x_i - {c} + m{d})^2$$\n\n"
                f"$$L = \\sum_{{i=1}}^{{n}} (y_i - m x_i + {c} + m{d})^2$$\n")
        steps = {s.line: s for s in check_document(read_document(text)).derivation.steps}
        assert steps[7].verdict.value == "consistent"
        assert f"holds where {where} holds" in steps[7].outcome.detail
        assert steps[9].verdict.value == "refuted"  # a slip is not excused by the value put in


def test_should_equal_written_with_overset_is_a_relation_not_an_unreadable_side():
    """``\\overset{!}{=} 0`` sets an equation to solve; the step is reported in words (the
    command in backticks was shown as `overset!=`, its braces stripped)."""
    text = "$$\\frac{d}{dw} (w^2 - 2w) = 2w - 2 \\overset{!}{=} 0$$\n"
    steps = check_document(read_document(text)).derivation.steps
    assert [(s.verdict.value, s.outcome.detail) for s in steps] == [
        ("proved", "SymPy shows the difference is 0"),
        ("skipped", 'an equation to solve (=! "should equal"), not a claim that the sides are equal: '
                    "not checked")]


def test_a_meaning_written_with_a_defined_function_and_written_out_is_one_meaning():
    # E through y(x_n, w) in one paragraph and with y written out in the next: E means it
    # everywhere (before, each paragraph kept its own E and the step below found none); the
    # second form says the first again, a claim that holds
    text = ("Recall $y(x, w) = w_0 + w_1 x$ and $E = \\frac{1}{2}\\sum_{n=1}^{N} (y(x_n, w) - t_n)^2$.\n\n"
            "Substituting, $E = \\frac{1}{2}\\sum_{n=1}^{N} (w_0 + w_1 x_n - t_n)^2$.\n\n"
            "$$\\frac{\\partial E}{\\partial w_1} = \\sum_{n=1}^{N} (w_0 + w_1 x_n - t_n) x_n$$\n")
    doc = read_document(text)
    assert [str(d.target) for d in doc.definitions] == ["y(x, w)", "E"]
    assert all(c.local == () for c in doc.chains)
    assert verdicts(text) == {3: ["holds"], 5: ["holds"]}


NAMED_BY_DERIVATIVE = r"""# The sigmoid's derivative

$$s'(x) = \frac{d}{dx} \left( \frac{1}{e^{-x}+1} \right) = \frac{e^{-x}}{(e^{-x}+1)^2}$$

$$s'(x) = s(x)(1-s(x))$$

$$s'(x) = s(x)(1+s(x))$$
"""


def test_a_derivative_beside_the_function_it_differentiates_names_that_function():
    """`s'(x) = d/dx(…)` with s defined nowhere says which function s is: s'(x) = s(1 − s)
    holds, a wrong sign is refuted, and the first link says why it holds."""
    got = verdicts(NAMED_BY_DERIVATIVE)
    assert got == {3: ["holds", "holds"], 5: ["holds"], 7: ["refuted"]}
    step = check_document(read_document(NAMED_BY_DERIVATIVE, "notes.md")).derivation.steps[0]
    assert step.outcome.detail == "introduces `s(x)` as the function differentiated on the right"


MODEL_EQUATION = r"""# Least squares

The model is

$$y_i = \beta_0 + \beta_1 x_i + \epsilon_i$$

and its residuals, $\epsilon_i = y_i - \beta_0 - \beta_1 x_i$, are what we square.

$$\frac{\partial}{\partial \beta_0} \sum_{i=1}^{n} \epsilon_i^2 = -2 \sum_{i=1}^{n} \epsilon_i$$

$$\frac{\partial}{\partial \beta_0} \sum_{i=1}^{n} (y_i - \beta_0 - \beta_1 x_i)^2 = 0$$

In running text, $\epsilon_i = y_i + \beta_0 - \beta_1 x_i$, a slip.
"""


def test_a_model_equation_defines_the_error_and_leaves_the_labels_data():
    """y_i = β_0 + β_1 x_i + ε_i: y stays data, ε_i = y_i − β_0 − β_1 x_i depends on β_0; the
    derivative of the squared errors is not 0 for every β (it was proved before: ε was taken as
    independent of β_0). An inline restatement of ε in running text is a claim about it."""
    got = verdicts(MODEL_EQUATION)
    assert got[7] == ["holds"] and got[9] == ["holds"]
    assert got[11] == ["refuted"]  # no prose about an optimum: an identity claim, and false
    assert got[13] == ["refuted"]


NORMAL_EQUATIONS = r"""# Least squares by hand

$$S = \sum_{i=1}^{n} (y_i - \beta_0 - \beta_1 x_i)^2$$

The best fit is where both partial derivatives are zero:

$$\frac{\partial}{\partial\beta_0} \sum_{i=1}^{n} (y_i - \beta_0 - \beta_1 x_i)^2 = 0$$

$$\frac{\partial}{\partial\beta_1} \sum_{i=1}^{n} (y_i - \beta_0 - \beta_1 x_i)^2 = 0$$

$$-2 \sum_{i=1}^{n} (y_i - \beta_0 - \beta_1 x_i) = 0$$

$$\sum_{i=1}^{n} y_i - n\beta_0 - \beta_1 \sum_{i=1}^{n} x_i = 0$$

$$\sum_{i=1}^{n} y_i + n\beta_0 - \beta_1 \sum_{i=1}^{n} x_i = 0$$
"""


def test_an_objective_written_out_and_set_to_zero_gives_the_normal_equations():
    """The sum of squares differentiated as written (not by a name) and set to 0 for both
    parameters, with prose that says so: what follows holds where both hold; a sign slip in
    what follows is refuted."""
    got = verdicts(NORMAL_EQUATIONS)
    assert got[7] == ["undecided"] and got[9] == ["undecided"]
    assert got[11] == ["holds"] and got[13] == ["holds"]
    assert got[15] == ["refuted"]


def test_a_head_defined_through_a_probability_means_the_first_concrete_side():
    """p_i = P(Y = 1 | x_i, β) = σ(x_iᵀβ): P is not a function the document defines for these
    arguments, so p_i means σ(x_iᵀβ) and a derivative of p_i is checked through it. A value in
    passing (p_i = 50% = 0.5) is not a claim about what p_i is: only 50% = 0.5 is."""
    text = r"""$$P(Y = 1 | x) = \sigma(\beta x)$$

$$p_i = P(Y=1|x_i, \beta) = \sigma(\beta x_i)$$

$$\frac{\partial p_i}{\partial \beta} = p_i(1-p_i)x_i$$

$$\frac{\partial p_i}{\partial \beta} = p_i(1+p_i)x_i$$

On the boundary, $p_i = 50\% = 0.5$.
"""
    got = verdicts(text)
    assert got[5] == ["holds"] and got[7] == ["refuted"]
    assert got[9] == ["holds"]


def test_a_new_name_at_the_end_of_a_chain_names_the_side_before_it():
    """`S = \\sum_k e^{a_k} = \\Sigma`, Σ new here and used below, names the sum (that link holds by
    definition, and later steps are checked through it); a derivative's value written as a new
    name (∂z/∂w = q) stays a claim about q."""
    text = r"""Write $S = \sum_{k=1}^{K} e^{a_k} = \Sigma$ for short.

$$\frac{\partial}{\partial a_j} \log \Sigma = \frac{e^{a_j}}{\Sigma}$$

$$\frac{\partial}{\partial a_j} \log \Sigma = \frac{e^{a_j}}{\Sigma^2}$$

$$z = w x + b$$

$$\frac{\partial z}{\partial w} = q$$

$$\frac{\partial z^2}{\partial w} = 2 z q$$
"""
    got = verdicts(text)
    assert got[1] == ["holds"] and got[3] == ["holds"] and got[5] == ["refuted"]
    assert got[9] == ["refuted"]  # q, defined nowhere, is any number: not named by a derivative's value
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert steps[0].outcome.detail == "introduces `\\Sigma` as a name for the left side"
    assert steps[-1].outcome.detail != "introduces `q` as a name for the left side"


def test_a_link_that_puts_an_expression_for_a_name_defined_nowhere_says_what_the_name_means():
    """`z_j^{(2)} = Σ_k ω_{k,j} a^{(1)}_k + b_j = Σ_k ω_{k,j} φ(z^{(1)}_k) + b_j`, a^{(1)} defined
    nowhere: the link says a^{(1)}_k = φ(z^{(1)}_k) (it holds by that meaning), so ∂z^{(2)}_k/∂z^{(1)}_j
    is ω_{j,k} φ′(z^{(1)}_j), not 0 — and twice that is refuted, where before both held as 0 = 0."""
    text = r"""The hidden layer feeds the output layer:

$$z_j^{(2)}=\sum_k \omega_{k, j}^{(2)}a^{(1)}_k+b_j^{(2)}=\sum_k \omega_{k, j}^{(2)}\phi^{(1)}(z_k^{(1)})+b_j^{(2)}$$

$$\frac{\partial z_k^{(2)}}{\partial z_j^{(1)}} = \omega_{j,k}^{(2)}\phi'(z_j^{(1)})$$

$$\frac{\partial z_k^{(2)}}{\partial z_j^{(1)}} = 2\omega_{j,k}^{(2)}\phi'(z_j^{(1)})$$
"""
    got = verdicts(text)
    assert got[3] == ["holds"] and got[5] == ["holds"] and got[7] == ["refuted"]
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert steps[0].outcome.detail.startswith("introduces `a_{1,k}` as a name for `")


def test_a_link_names_nothing_the_document_defines_or_by_a_single_name():
    """The link is a claim where the name is defined (ŷ = σ(z) above it: the link with 1 − σ is
    refuted), or where the name is replaced by another name only (w by θ: a change of letters,
    not a meaning: the step stays undecided, never proved by its own reading)."""
    text = r"""$$\hat{y} = \sigma(z)$$

$$L = (\hat{y} - y)^2 = (1 - \sigma(z) - y)^2$$

$$E = (w x - y)^2 = (\theta x - y)^2$$
"""
    got = verdicts(text)
    assert got[3] == ["refuted"]
    assert got[5] != ["holds"]


def test_a_layer_s_definition_holds_for_every_entry_of_that_layer_only():
    """`a^{(1)}_k = φ(h_k)` and `z^{(2)}_j = Σ_k ω_{k,j} a^{(1)}_k + b_j` give z^{(2)}_k for any k (the
    letter is any entry; the layer number is fixed); z^{(2)}'s formula through a^{(1)} and z^{(1)} is
    no circle, though both are z."""
    text = r"""$$a^{(1)}_k = \phi(z^{(1)}_k)$$

$$z_j^{(2)}=\sum_k \omega_{k, j}a^{(1)}_k+b_j$$

$$\frac{\partial z_k^{(2)}}{\partial z^{(1)}_j} = \omega_{j,k}\phi'(z^{(1)}_j)$$

$$\frac{\partial z_k^{(2)}}{\partial z^{(1)}_j} = \omega_{k,j}\phi'(z^{(1)}_j)$$
"""
    got = verdicts(text)
    assert 3 not in got  # a definition, not a claim
    assert got[5] == ["holds"] and got[7] == ["refuted"]


def test_an_inline_derivative_written_with_a_slash_is_a_derivative():
    """`dy/dx` and `d\\mu/d\\theta` in running text are derivatives (they were read as d·y/d·x = y·x,
    and `d\\mu/d\\theta = d(b')/d\\theta` then named μ); d as a quantity of the document stays a product."""
    text = r"""Let $y = x^3$. Then $dy/dx = 3x^2$ and $dy/dx = 2x^2$.

With $\mu = e^{\theta}$, $d\mu/d\theta = \mu$.
"""
    got = verdicts(text)
    assert got[1] == ["holds", "refuted"] and got[3] == ["holds"]


def test_a_brace_note_with_equiv_names_what_the_brace_holds():
    """`\\underbrace{Σ_m A_{lm} z_m}_{\\equiv α_l}` says α_l is that sum, as `_{= α_l}` does: the
    step through g(α_l) is checked with it (α_l was any number, and the step refuted)."""
    text = r"""$$z_l = g \biggl ( \underbrace{\sum_{m=1}^{n} A_{lm} h_m}_{\equiv \alpha_l} \biggr )$$

$$g(\alpha_l)\left [ 1 - g(\alpha_l)\right ] = z_l (1 - z_l)$$

$$g(\alpha_l)\left [ 1 - g(\alpha_l)\right ] = z_l (1 + z_l)$$
"""
    got = verdicts(text)
    assert got[3] == ["holds"] and got[5] == ["refuted"]


def test_a_kronecker_delta_of_free_indices_gets_a_round_where_its_indices_meet():
    """δ_{pk} δ_{jl} x_j = δ_{pk} x_j fails only at p = k with j ≠ l: the round with every index
    apart makes both sides 0, the one with all equal makes them agree, so it was called
    consistent; a round per delta (p = k, the others apart) refutes it. Where the index
    written twice is summed (the summation convention), δ_{pk} δ_{jl} x_j = δ_{pk} x_l holds:
    ambiguous, naming that reading."""
    text = r"""$$\delta_{pk} \delta_{jl} x_j = \delta_{pk} x_j$$

$$\delta_{pk} \delta_{jl} x_j = \delta_{pk} x_l$$

$$\delta_{pk} \sum_{j=1}^{n} \delta_{jl} x_j = \delta_{pk} x_l$$
"""
    got = verdicts(text)
    assert got[1] == ["refuted"] and got[5] == ["holds"]
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert steps[1].verdict.value == "ambiguous"
    assert steps[1].outcome.detail.startswith("holds if `j`, written twice in one product")


def test_a_row_setting_a_derivative_s_value_to_zero_is_the_derivative_set_to_zero():
    """`\\frac{1}{\\lambda}\\sum x_i - n = 0` right after the chain that ends `∂ℓ/∂λ = … =
    \\frac{1}{\\lambda}\\sum x_i - n` sets ∂ℓ/∂λ to 0: an equation to solve, not a false identity;
    the rows that solve it hold where it holds, and a wrong row stays refuted."""
    text = r"""$$\ell(\lambda) = \sum_{i=1}^{n} (x_i \log \lambda - \lambda)$$

$$\frac{\partial \ell(\lambda)}{\partial \lambda} = \sum_{i=1}^{n}\left(\frac{x_i}{\lambda} - 1\right)
= \frac{1}{\lambda}\sum_{i=1}^{n}x_i - n$$

$$\begin{align*}
\frac{1}{\lambda}\sum_{i=1}^{n}x_i - n &= 0\\
\lambda &= \frac{1}{n}\sum_{i=1}^{n}x_i\\
\lambda &= \frac{2}{n}\sum_{i=1}^{n}x_i
\end{align*}$$
"""
    got = verdicts(text)
    assert got[7] == ["undecided"] and got[8] == ["holds"] and got[9] == ["refuted"]


def test_a_new_version_from_an_old_one_and_a_derivative_is_an_update_rule():
    """w_{new} = w_{old} − η ∂J/∂w, w^{(t+1)} = w^{(t)} − α ∂J/∂w, θ_{k+1} = θ_k − α dJ/dw, and
    w_{1new} = w_{1old} − α · (the gradient written out): instructions, neither definitions
    (w_new was one) nor claims (w^{(t+1)} was refuted)."""
    text = r"""$$J = (w - 3)^2$$

$$w^{(t+1)} = w^{(t)} - \alpha \frac{\partial J}{\partial w}$$

$$\theta_{k+1} = \theta_k - \alpha \frac{dJ}{dw}$$

$$w_{new} = w_{old} - \eta \frac{\partial J}{\partial w}$$

$$\frac{\partial J}{\partial w} = 2(w - 3)$$

$$w_{1new} = w_{1old} - \alpha \cdot 2(w_{1old} - 3)$$
"""
    doc = read_document(text)
    assert doc.updates == (3, 5, 7, 11) and [str(d.target) for d in doc.definitions] == ["J"]
    assert verdicts(text) == {9: ["holds"]}


RELU_THEN_LEAKY = r"""# ReLU and leaky ReLU

\begin{gather*}
\max(0, x) = f(x) =
\left\{\begin{matrix*}[l]
x & x > 0 \\
0 & x <= 0 \\
\end{matrix*}\right. \\
f'(x) = \left\{\begin{matrix*}[l] 1 & x > 0 \\ 0 & x <= 0 \end{matrix*}\right.
\end{gather*}

The leaky one:

\begin{gather*}
\frac{x + |x|}{2} + a \frac{x - |x|}{2} = f(x) =
\left\{\begin{matrix}
x & x > 0 \\
ax & x <= 0, & 0 < a < 1 \\
\end{matrix}\right. \\
f'(x) = \left\{\begin{matrix} 1 & x > 0 \\ a & x <= 0 & 0 < a < 1 \end{matrix}\right. \\
f'(x) = \left\{\begin{matrix} 1 & x > 0 \\ 2a & x <= 0 & 0 < a < 1 \end{matrix}\right.
\end{gather*}
"""


def test_cases_in_a_left_brace_with_a_dot_on_the_right_are_read_in_a_display():
    """`\\left\\{\\begin{matrix*} … \\end{matrix*}\\right.` is a piecewise value (the layout kept
    `\\left\\{` and dropped `\\right.`: unbalanced); `x <= 0` is x ≤ 0; a third column is one more
    condition. f, introduced again for the leaky ReLU, means it from there on."""
    got = verdicts(RELU_THEN_LEAKY)
    assert got == {4: ["holds"], 5: ["holds"], 9: ["holds"], 15: ["holds"], 16: ["holds"],
                   20: ["holds"], 21: ["refuted"]}


def test_a_tex_comment_inside_markdown_mathematics_is_not_read():
    """MathJax reads `%` as TeX does: a row whose left side is only a commented-out formula
    continues the chain (it was 'empty side'), and a commented-out row is not a step."""
    text = ("$\\begin{eqnarray}\n\\frac{d}{dz} e^{2z}\n&=& 2 e^{2z} \\\\\n"
            "%\\frac{d}{dz} e^{2z}\n&=& 2 e^{z} e^{z} \\\\\n"
            "% &=& 3 e^{z}\n&=& e^{z} (e^{z} + e^{z})\n\\end{eqnarray}$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["holds"]}


RESTATING = r"""The activation is

$$g(z) = \frac{1}{1+e^{-z}}$$

Another way to write it, handy when differentiating: $g(z) = \frac{e^z}{1+e^z}$.

Another way, with a slip: $g(z) = \frac{e^z}{1-e^z}$.

If we take $g(z) = \tanh(z)$ instead, then $g'(z) = 1 - g(z)^2$.
"""


def test_a_meaning_in_running_text_that_restates_the_documents_is_a_claim():
    """A name the document defines, given in running text a meaning of the same value written
    otherwise, is a claim that holds (it defined nothing and was never checked); one of another
    value is that paragraph's own meaning, read with it there, refuted only where the prose
    gives it as the same thing written otherwise ("another way to write it")."""
    assert verdicts(RESTATING) == {5: ["holds"], 7: ["refuted"], 9: ["holds"]}


POSED = r"""$$\begin{align*}
\ln(x) &= \log_e x \\
\text{Let } \log_e x &= y \\
\text{Then } e^y &= x
\end{align*}$$

$$\begin{align*}
\log_e 1 &= y \\
e^y &= 1 \\
y &= 0
\end{align*}$$

$$\begin{align*}
\text{Let } e^{-z} &= 2 \\
z &= -\ln 2
\end{align*}$$

$$\begin{align*}
\text{Let } e^{-z} &= 2 \\
z &= \ln 2
\end{align*}$$
"""


def test_an_equation_assumed_or_solved_is_no_refuted_identity():
    """`\\text{Let } \\log_e x = y` assumes an equation, and `\\log_e 1 = y` is one the rows after
    it solve: neither is refuted as an identity (skipped, saying why); the rows after them are
    checked where they hold, a solution written as a constant (z = −ln 2) too, and a wrong one
    (z = ln 2) is refuted."""
    steps = check_document(read_document(POSED, "notes.md")).derivation.steps
    got = {s.line: s.verdict.value for s in steps}
    assert got == {2: "proved", 3: "skipped", 4: "consistent", 8: "skipped", 9: "consistent",
                   10: "consistent", 14: "skipped", 15: "consistent", 19: "skipped", 20: "refuted"}
    assert {s.outcome.detail for s in steps if s.line in (3, 19)} == {
        "an equation the text assumes (Let …), not a claim: the rows after it are checked where it holds"}
    assert next(s.outcome.detail for s in steps if s.line == 8) == (
        "an equation the rows after it solve, not an identity: they are checked where it holds")


# an equation solved row by row, each row opened by ⇒ (one written `{\Rightarrow}`), with no
# environment; the third block has a slip in its third row
SOLVED_BY_IMPLICATION = r"""The inverse of the softplus:

$$
x = \ln(1+e^y) \\ {\Rightarrow} e^x = 1+e^y \\ \Rightarrow e^y = e^x-1 \\ \Rightarrow y = \ln(e^x-1)
$$

The inverse of the sigmoid:

$$
x = \frac{1}{1+e^{-y}} \\ \Rightarrow x+xe^{-y} = 1 \\ \Rightarrow e^y = \frac{x}{1-x}
$$

With a slip:

$$
x = \ln(1+e^y) \\ \Rightarrow e^x = 1+e^y \\ \Rightarrow e^y = e^x+1 \\ \Rightarrow y = \ln(e^x-1)
$$

Both are differentiated by $x$ later: $\frac{d}{dx} \ln(x) = \frac{1}{x}$.
"""


def test_an_equation_the_next_row_follows_from_by_implication_is_solved_not_refuted():
    """`x = \\ln(1+e^y) \\Rightarrow e^x = 1+e^y \\Rightarrow …`: the first row is the equation
    being solved (the rows after ⇒ follow from it), not an identity: it is not refuted, and each
    row after it is checked where it holds. A row that does not follow is refuted. Before, the
    second block's rows were refuted as identities (x and y free), and `{\\Rightarrow}` in braces
    was unreadable."""
    steps = check_document(read_document(SOLVED_BY_IMPLICATION, "notes.md")).derivation.steps
    got = [(s.line, s.verdict.value) for s in steps]
    assert got == [(4, "undecided"), (4, "consistent"), (4, "consistent"), (4, "consistent"),
                   (10, "skipped"), (10, "consistent"), (10, "consistent"),
                   (16, "consistent"), (16, "consistent"), (16, "refuted"), (16, "consistent"),
                   (19, "proved")]
    # x is differentiated by, so `x = …` gives it a value; the second block's is solved by its rows
    assert steps[0].outcome.detail.startswith("gives `x` a value")
    assert steps[4].outcome.detail == (
        "an equation the rows after it solve, not an identity: they are checked where it holds")
    assert steps[1].outcome.detail.startswith(
        r"not an identity, but it holds where `x = \ln(1+e^y)` (line 4) holds")
    assert steps[5].outcome.detail.startswith(
        r"not an identity, but it holds where `x = \frac{1}{1+e^{-y}}` (line 10) holds")
    # the slip e^y = e^x + 1 is refuted: with x = ln(1 + e^y) its sides differ by 2
    assert steps[9].outcome.detail.startswith("the right side has an extra factor `1 + e^{x}`")


RENEWED_ALONE = r"""## Least squares

$$C(w) = (y - w)^2$$

## Ridge

The ridge cost function is

$$C(w) = (y - w)^2 + \lambda w^2$$

$$\frac{\partial C(w)}{\partial w} = -2(y - w) + 2\lambda w$$

## Lasso

Expanding the square we get

$$C(w) = y^2 + w^2 + \lambda |w|$$
"""


def test_one_name_given_another_formula_under_a_later_heading_is_that_sections_model():
    """C restated alone, differently, under a new heading ("The ridge cost function is"): the
    section's own model or a slip in restating the first — ambiguous, saying so, and the
    section's derivative is judged with its C (both were refuted). Given as following from what
    came before ("we get"), it is a claim, refuted."""
    steps = check_document(read_document(RENEWED_ALONE, "notes.md")).derivation.steps
    got = {s.line: (s.verdict.value, s.outcome.detail) for s in steps}
    assert got[9] == ("ambiguous", "differs from the meaning an earlier section gives this name: read as "
                                   "this section's own (a new model), unless it is a slip in restating that one")
    assert got[11][0] == "proved"
    assert got[17][0] == "refuted"


def test_a_sum_from_0_differentiated_by_its_entry_0():
    """\\sum_{i=0}^{p-1} β_i²: index letters are positive integers, but this one starts at 0, so
    ∂/∂β_0 of the sum is 2β_0 (it was 0: i = 0 looked impossible)."""
    text = ("$$C = \\sum_{i=0}^{p-1}(y_i - \\beta_i)^2$$\n\n"
            "$$\\frac{\\partial C}{\\partial \\beta_0} = -2(y_0 - \\beta_0)$$\n")
    assert verdicts(text) == {3: ["holds"]}


def test_a_constraint_stated_in_running_text_is_no_refuted_identity():
    """"impose $\\beta_0^2+\\beta_1^2=1$": in running text, a formula of the variables set to a
    number is a constraint, not an identity (it was refuted); a number set to a number is still
    checked ($\\sigma(0) = 0.5$ holds, $e^0 = 2$ is refuted)."""
    text = ("To keep it simple, impose $\\beta_0^2+\\beta_1^2=1$.\n\n"
            "Recall $\\sigma(0) = 0.5$ and, wrongly, $e^0 = 2$.\n")
    assert verdicts(text) == {1: ["skipped"], 3: ["holds", "refuted"]}


def test_a_course_macro_read_by_convention_is_listed_among_the_readings():
    doc = read_document("$$\\pa{E}{w} = \\boldx$$\n", "notes.md")
    assert "\\pa{A}{B} read as \\frac{\\partial A}{\\partial B}: a course macro the document uses " \
           "without defining it" in doc.notes
    assert "\\boldx read as \\mathbf{x}: a course macro the document uses without defining it" in doc.notes
    # a macro the document defines keeps its own meaning, and is no reading
    own = read_document("\\newcommand{\\pa}[2]{#2 + #1}\n$$\\pa{E}{w} = w + E$$\n", "notes.md")
    assert not any("course macro" in n for n in own.notes)


def test_the_messages_of_an_unread_definition_and_an_outer_index_as_bound():
    doc = read_document("$$L = \\prod_{n} \\prod_{k} p_k^{y_{n,k}} \\wp(t)$$\n\n"
                        "$$\\frac{\\partial \\log L}{\\partial p_1} = 7$$\n", "notes.md")
    step = [s for s in check_document(doc).derivation.steps if s.line == 3][0]
    assert step.outcome.detail == "cannot check: the formula that defines `L` (line 1) could not be " \
                                  "read, and the step rests on it"
    doc = read_document("$$J = \\sum_{n} \\sum_{k} y_{n,k} \\log \\sum_{j}^{k} e^{z_j}$$\n", "notes.md")
    step = check_document(doc).derivation.steps[0]
    assert step.outcome.detail.startswith("`k` is both the index of an outer sum and this sum's bound: "
                                          "write the count as K")


def test_an_inline_formula_alone_on_its_line_is_a_display_in_markdown_only():
    """Markdown notes lay displays out as `$…$` on a line of their own; a LaTeX source breaks its
    lines anywhere, so there the same line is still part of its sentence."""
    text = "Here is\n$a + 0 = a$\nand more: $b + 0 = b$ in a sentence.\n"
    md = read_document(text, "notes.md")
    tex = read_document(text, "notes.tex")
    assert [c.inline for c in md.chains] == [False, True]
    assert [c.inline for c in tex.chains] == [True, True]


# a Q&A asker's log-likelihood: β is a vector (β ∈ ℝ^d, beside xᵀ), so ∂/∂β is its gradient;
# read as a number the derivative would be 0 and the misapplied product rule would be proved
GRADIENT_BY_A_PLAIN_NAME = r"""Data $x_i \in \mathbb{R}^d$, $y_i \in \{0,1\}$ and $\beta \in \mathbb{R}^d$:

$$f(x) = x^T \beta$$

$$p(x) = \sigma(f(x))$$

$$\frac{\partial}{\partial \beta} y_i \log p(x_i) = y_i \cdot (\frac{\partial}{\partial \beta} p(x_i))$$

$$\frac{\partial}{\partial \beta} \sigma(f(x)) = \sigma(f(x)) (1 - \sigma(f(x))) \frac{\partial}{\partial \beta} f(x)$$
"""


def test_a_plain_name_read_as_a_vector_is_differentiated_entry_by_entry(capsys, tmp_path):
    assert verdicts(GRADIENT_BY_A_PLAIN_NAME) == {1: ["skipped", "skipped", "skipped"], 7: ["refuted"], 9: ["holds"]}
    f = tmp_path / "grad.md"
    f.write_text(GRADIENT_BY_A_PLAIN_NAME)
    main(["check", str(f), "--verbose"])
    out = capsys.readouterr().out
    assert f"{f}  reading: β is a vector: in ℝ^d on line 1\n" in out


def test_a_derivative_by_a_name_whose_entries_have_two_indices_says_to_write_one_entry():
    text = ("$$J = \\sum_{j=1}^{n}\\sum_{k=1}^{n} V_{jk}^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial V} = 2V$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(3, "undecided")]
    assert steps[0].outcome.detail == ("cannot check: the step differentiates by `V` as a whole, but what it "
                                       "differentiates holds entries of `V` with two indices (a matrix's): "
                                       "write one entry, as in ∂/∂V_{jk}")


def test_a_vector_beside_a_transposed_one_and_in_a_real_space_is_a_vector(capsys, tmp_path):
    f = tmp_path / "roles.md"
    f.write_text("Take $w \\in \\mathbb{R}^n$ and $X \\in \\mathbb{R}^{m \\times n}$.\n\n$$z = x^T v$$\n")
    main(["check", str(f), "--verbose"])
    out = capsys.readouterr().out
    assert f"{f}  reading: w is a vector: in ℝ^n on line 1\n" in out
    assert f"{f}  reading: v is a vector: beside a transposed vector on line 3\n" in out
    assert "reading: X is a vector" not in out


def test_a_variable_differentiated_by_in_braces_is_solved_for_not_defined():
    # ∂{β_0}: β_0 is a variable, so `β_0 = ȳ − β_1 x̄` later is a solution, not what β_0 means;
    # substituting it made the sign slip on line 3 vanish (both sides 0 at the solution)
    text = ("$$RSS = \\sum_{i=1}^n(y_i - \\beta_0 - \\beta_1x_i)^2$$\n\n"
            "$$\\frac{\\partial{RSS}}{\\partial{\\beta_0}} = \\sum_{i=1}^n2(y_i - \\beta_0 - \\beta_1x_i)"
            " = 2(n\\beta_0 + \\beta_1\\sum_{i=1}^nx_i - \\sum_{i=1}^ny_i) = 0$$\n\n"
            "With $\\bar{x} = \\frac{1}{n}\\sum_{i=1}^nx_i$ and $\\bar{y} = \\frac{1}{n}\\sum_{i=1}^ny_i$:\n\n"
            "$$\\beta_0 = \\bar{y} - \\beta_1\\bar{x}$$\n")
    assert verdicts(text)[3][:2] == ["refuted", "refuted"]


def test_an_index_that_indexes_only_what_a_class_index_does_runs_as_that_one(capsys, tmp_path):
    # p_i, y_i beside p_k, y_k: i is a class here, so Σ_i without bounds runs over the classes,
    # as Σ_k does (over the samples, the step was refuted)
    f = tmp_path / "softmax.md"
    f.write_text("$$L = -\\sum_k y_k \\log p_k$$\n\n"
                 "$$p_i y_i - y_i + \\sum_{k\\neq i} p_k y_k = \\left(\\sum_i p_i y_i \\right) - y_i$$\n")
    assert main(["check", str(f), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert f"{f}  reading: i indexes only what k indexes too (p, y): not a sample; a sum over i " \
           "without bounds runs as one over k does (k = 1..n)\n" in out
    assert f"{f}:3:" in out and "refuted" not in out
    # a sample index beside a feature index is left alone: x_i, y_i and x_j, θ_j
    g = tmp_path / "linear.md"
    g.write_text("$$J = \\sum_i (\\theta_j x_j - y_i)^2$$\n\n$$y_i = x_i$$\n")
    main(["check", str(g), "--verbose"])
    assert "indexes only what" not in capsys.readouterr().out


def test_the_log_of_a_quantity_set_to_zero_is_solved_not_refuted():
    # ∂/∂w log P(w) = … = 0: the derivative of a log-likelihood set to 0 puts an equation in force;
    # the rows after it hold where it holds (w = 1/4), a wrong solution does not
    text = ("$$\\frac{\\partial}{\\partial w} \\log P(w) = "
            "\\frac{\\partial}{\\partial w}[3\\log(1-w) + \\log w] = 0$$\n\n"
            "$$3 \\frac{-1}{1-w} + \\frac{1}{w} = 0$$\n\n$$w = \\frac{1}{4}$$\n\n$$w = \\frac{1}{3}$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    got = {s.line: s for s in steps}
    assert got[1].verdict.value == "undecided" and "sets a derivative to 0" in steps[1].outcome.detail
    assert got[3].verdict.value == "consistent" and got[5].verdict.value == "consistent"
    assert got[7].verdict.value == "refuted"
    assert got[7].outcome.detail.startswith("not an identity, and it does not hold where")


def test_a_quantity_the_document_differentiates_and_never_defines_is_not_refuted():
    # ∂a_1/∂z_1 = (fraction in z) = a_1(1 − a_1), a_1 the softmax output said only in words: the
    # last link holds for what a_1 is meant to be; with a_1 defined nowhere it is undecided
    text = ("$$\\frac{\\partial a_1}{\\partial z_1} = \\frac{e^{z_1}(e^{z_1} + e^{z_2}) - e^{z_1}e^{z_1}}"
            "{(e^{z_1} + e^{z_2})^2} = a_1(1 - a_1)$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["undecided", "undecided"]
    assert steps[1].outcome.detail == ("cannot check: `a_1` is defined nowhere, and only one side uses it: "
                                       "whether the step holds depends on what it is")
    defined = "$$a_1 = \\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$$\n\n" + text
    assert [s.verdict.holds for s in check_document(read_document(defined, "notes.md")).derivation.steps] \
        == [True, True]


def test_an_environment_the_document_defines_to_display_mathematics_is_read():
    # \NewEnviron / \newenvironment wrapping equation: its body is a display (the whole document
    # was read as prose, nothing checked)
    tex = ("\\NewEnviron{tcequation}{%\n  \\begin{equation}\\scalebox{1.4}\n    {$\\BODY$}\n  \\end{equation}\n}\n"
           "\\newenvironment{myeqn}{\\begin{equation}}{\\end{equation}}\n\n"
           "\\begin{tcequation}\n  \\sigma'(z) = \\sigma(z)(1 - \\sigma(z))\n\\end{tcequation}\n\n"
           "\\begin{myeqn}\n  (a + b)^2 = a^2 + b^2\n\\end{myeqn}\n")
    assert verdicts(tex, "notes.tex") == {9: ["holds"], 13: ["refuted"]}


def test_a_failure_of_the_reader_on_one_side_is_that_sides_error_not_a_traceback(monkeypatch, capsys, tmp_path):
    import derive.latex.document as reader

    real = reader.parse_side

    def broken(latex, model=None):
        if "boom" in latex:
            raise TypeError("a bug of ours")
        return real(latex, model=model)

    monkeypatch.setattr(reader, "parse_side", broken)
    f = tmp_path / "notes.md"
    f.write_text("$$boom = 1$$\n\n$$(a + b)^2 = a^2 + 2ab + b^2$$\n")
    assert main(["check", str(f)]) == 1
    out = capsys.readouterr().out
    assert f"{f}:1:" in out and "derive failed reading this side (please report it, with the line)" in out
    assert f"{f}:3:" in out and "proved" in out


def test_a_display_ending_with_equals_goes_on_in_the_next_display_not_in_the_prose():
    """The inline maths of the prose between (``$\\omega$``) is about the step; it was taken as
    the chain's next side, so both correct steps around it were refuted (left = the sum, right = ω)."""
    text = ("$$\n\\frac{\\partial}{\\partial \\omega} \\sum_{i=1}^{n} (\\omega x_i - y_i)^2\n=\n$$\n\n"
            "Since $\\omega$ carries no index $i$, the derivative goes inside the sum:\n\n"
            "$$\n= \\sum_{i=1}^{n} 2 (\\omega x_i - y_i) x_i\n=\n$$\n\n"
            "Then $\\hat{x}_i$ multiplies in:\n\n"
            "$$\n= 2 \\sum_{i=1}^{n} (\\omega x_i^2 - x_i y_i)\n$$\n")
    assert verdicts(text) == {9: ["holds"], 16: ["holds"]}
    wrong = text.replace("(\\omega x_i^2 - x_i y_i)", "(\\omega x_i^2 - y_i)")
    assert verdicts(wrong) == {9: ["holds"], 16: ["refuted"]}


def test_a_display_ending_with_equals_is_not_finished_by_the_next_sections_formula():
    """``$$w=$$`` whose right side the source showed as a picture, then a heading: the next
    section's ``R(w) = …`` is no right side of it. It was read as w = R(w), a definition every
    later step rested on, so both correct expansions were refuted."""
    text = ("The weights are obtained from:\n\n$$\nw=\n$$\n\n## Regularized\n\nWith a penalty:\n\n"
            "$$\n\\begin{align}\nR(w) &= (y - w x)^2 + \\lambda w^2 \\\\\n"
            "R(w) &= y^2 - 2 w x y + w^2 x^2 + \\lambda w^2\n\\end{align}\n$$\n")
    assert verdicts(text)[14] == ["holds"]
    assert verdicts(text.replace("- 2 w x y", "- w x y"))[14] == ["refuted"]
    assert not [d for d in read_document(text).definitions if str(d.target) == "w"]


def test_a_model_written_without_an_index_holds_for_each_sample():
    """ŷ = a_0 + a_1 x beside ε_i = y_i − ŷ_i: ŷ_i is a_0 + a_1 x_i (ŷ_i was a free value, so a
    correct expansion of the sum of squares was refuted)."""
    text = ("$$\\hat{y} = a_0 + a_1 x$$\n\nThe error of each point:\n\n$$\\varepsilon_i = y_i - \\hat{y}_i$$\n\n"
            "$$S = \\sum_{i = 1}^{n} (y_i - \\hat{y}_i)^2 = \\sum_{i = 1}^{n} (y_i - a_0 - a_1 x_i)^2$$\n\n"
            "$$\\sum_{i = 1}^{n} (y_i - \\hat{y}_i)^2 = \\sum_{i = 1}^{n} (y_i - a_0 - x_i)^2$$\n")
    assert verdicts(text) == {7: ["holds"], 9: ["refuted"]}
    doc = read_document(text)
    assert "ŷ_i = a_1 x⁽ⁱ⁾ + a_0: line 1 for each sample, as the document writes x_i" in doc.notes


ONE_SAMPLE_FORMULAS = ("$$z = w x + b$$\n\n$$\\hat{y} = \\sigma(z)$$\n\n"
                       "$$J(w,b) = -\\frac{1}{m} \\sum_{i=1}^{m} [y^{(i)} \\log(\\hat{y}^{(i)}) + "
                       "(1-y^{(i)}) \\log(1-\\hat{y}^{(i)})]$$\n\n"
                       "$$\\frac{\\partial J}{\\partial w} = "
                       "\\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)}) x^{(i)}$$\n")


def test_the_formulas_of_one_sample_hold_for_each_sample_through_the_names_between():
    """z = wx + b and ŷ = σ(z) for one sample, then J over ŷ⁽ⁱ⁾ (the course's notation): ŷ⁽ⁱ⁾ is
    σ(z⁽ⁱ⁾) and z⁽ⁱ⁾ = w x⁽ⁱ⁾ + b, though z⁽ⁱ⁾ is written nowhere. It was 'J depends on w through
    nothing the document defines', undecided."""
    assert verdicts(ONE_SAMPLE_FORMULAS) == {7: ["holds"]}
    wrong = ONE_SAMPLE_FORMULAS.replace("} = \\frac{1}{m}", "} = \\frac{2}{m}")
    assert verdicts(wrong) == {7: ["refuted"]}
    notes = read_document(ONE_SAMPLE_FORMULAS).notes
    assert "z_i = b + w x⁽ⁱ⁾: line 1 for each sample, as the document writes x_i" in notes
    assert any(n.startswith("ŷ_i = ") and n.endswith("line 3 for each sample, as the document writes z_i (by line 1)")
               for n in notes)


VECTOR_MODEL = ("$$J(w,b) = -\\frac{1}{m} \\sum_{i=1}^{m} [y^{(i)} \\log(\\hat{y}^{(i)}) + "
                "(1-y^{(i)}) \\log(1-\\hat{y}^{(i)})]$$\n\n"
                "$$z = w^T x + b$$\n\n$$\\hat{y} = \\sigma(z)$$\n\n"
                "$$\\frac{\\partial J}{\\partial w} = "
                "\\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)}) x^{(i)}$$\n\n"
                "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)})$$\n")


def test_a_vector_model_of_one_sample_holds_for_each_sample():
    """z = wᵀx + b (read Σ_k w_k x_k) and ŷ = σ(z) for one sample, J over ŷ⁽ⁱ⁾: z⁽ⁱ⁾ is
    Σ_k w_k x_k⁽ⁱ⁾ + b, and ∂J/∂w is the gradient with x⁽ⁱ⁾ sample i's vector. Both gradients were
    'J depends on w (b) through nothing the document defines', undecided (held-out 111)."""
    assert verdicts(VECTOR_MODEL) == {7: ["holds"], 9: ["holds"]}
    assert verdicts(VECTOR_MODEL.replace("} = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)}) x",
                                         "} = \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)}) x")) \
        == {7: ["refuted"], 9: ["holds"]}
    assert verdicts(VECTOR_MODEL.replace("(\\hat{y}^{(i)} - y^{(i)})$$", "(y^{(i)} - \\hat{y}^{(i)})$$")) \
        == {7: ["holds"], 9: ["refuted"]}
    doc = read_document(VECTOR_MODEL)
    assert any(n.startswith("z_i = ") and "x_{i,k}" in n for n in doc.notes)
    detail = check_document(doc).derivation.steps[0].outcome.detail
    assert detail.endswith("with `x^{(i)}` the vector the definitions write entry by entry (a derivative by a "
                           "vector is the gradient, one entry at a time)")


def test_a_vectors_entry_beside_its_other_entries_is_no_samples():
    # z = wᵀx beside a softmax's e^{z_k}: z_i is entry i of the vector z, not sample i's score
    text = ("$$z = w^T x$$\n\n$$x^{(i)} = \\sum_k x_k$$\n\n"
            "$$\\frac{\\partial}{\\partial z_i} \\frac{e^{z_i}}{\\sum_k e^{z_k}} = "
            "\\frac{e^{z_i}}{\\sum_k e^{z_k}} - \\frac{e^{2 z_i}}{(\\sum_k e^{z_k})^2}$$\n")
    assert not any(n.startswith("z_i = ") for n in read_document(text).notes)
    assert verdicts(text) == {5: ["holds"]}  # the softmax entry's derivative, z_i a free entry


def test_a_name_between_is_not_one_samples_where_its_formula_holds_the_whole_data():
    # r = y − ŷ with y written only whole: r is the residual vector, not sample i's
    text = ("$$\\hat{y}_i = a x_i$$\n\n$$r = y - \\hat{y}$$\n\n"
            "$$\\sum_{i=1}^{n} \\hat{y}_i = a \\sum_{i=1}^{n} x_i$$\n")
    assert verdicts(text) == {5: ["holds"]}
    assert not any(n.startswith("r_i") for n in read_document(text).notes)


def test_a_quantity_written_with_the_formula_of_the_name_it_is_differentiated_by():
    """E = ½(y − wx)² and u = y − wx, then ∂E/∂u: E is written with u's formula in place of u, so
    ∂E/∂u = u. It was 'E depends on u through nothing the document defines' and, for ∂E/∂u = u,
    'a definition refers to itself' (w was made a function of u, and u is one of w)."""
    text = ("$$u = y - w x$$\n\n$$E = \\frac{1}{2} (y - w x)^2$$\n\n"
            "$$\\frac{\\partial E}{\\partial w} = "
            "\\frac{\\partial E}{\\partial u} \\frac{\\partial u}{\\partial w}$$\n\n"
            "$$\\frac{\\partial E}{\\partial u} = u$$\n\n$$\\frac{\\partial E}{\\partial u} = 2 u$$\n")
    assert verdicts(text) == {5: ["holds"], 7: ["holds"], 9: ["refuted"]}


def test_a_model_with_its_own_entries_is_not_rewritten_for_each_sample():
    # ŷ_i has a definition of its own: the one without an index is another quantity
    text = ("$$\\hat{y} = a_0 + a_1 x$$\n\n$$\\hat{y}_i = 2 x_i$$\n\n"
            "$$\\sum_{i = 1}^{n} \\hat{y}_i = 2 \\sum_{i = 1}^{n} x_i$$\n")
    assert verdicts(text) == {5: ["holds"]}


PRODUCT_RULE_SECTIONS = r"""## Exact

$$f = x \cdot \operatorname{erf}(x)$$

Set:

- $u(x) = x$
- $v(x) = \operatorname{erf}(x)$

Step 1:

$$u'(x) = 1$$

Step 2:

$$v'(x) = \frac{2}{\sqrt{\pi}} e^{-x^2}$$

## Approximate

$$v(x) = 1 + \tanh(x)$$

$$v'(x) = 1 - \tanh^2(x)$$
"""


def test_a_definition_set_in_prose_holds_through_its_section():
    """"Set: $v(x) = \\operatorname{erf}(x)$" holds in the paragraphs after it under the same
    heading; the display v(x) = 1 + tanh(x) under the next heading is that section's meaning. The
    steps of the first section were checked against the second meaning and called ambiguous."""
    assert verdicts(PRODUCT_RULE_SECTIONS) == {12: ["holds"], 16: ["holds"], 22: ["holds"]}
    wrong = PRODUCT_RULE_SECTIONS.replace("$$v'(x) = \\frac{2}{\\sqrt{\\pi}} e^{-x^2}$$",
                                          "$$v'(x) = \\frac{2}{\\sqrt{\\pi}} e^{-x}$$")
    assert verdicts(wrong) == {12: ["holds"], 16: ["refuted"], 22: ["holds"]}


def test_a_value_or_an_entry_stated_in_prose_stays_in_its_paragraph():
    # P = 0.5 on the boundary is a case of its paragraph: the next paragraph's σ(z) = P is a claim
    # about P's own meaning
    text = ("$$P = \\frac{1}{1 + e^{-z}}$$\n\nOn the boundary both classes are equally likely: $P = 0.5$.\n\n"
            "Therefore:\n\n$$\\sigma(z) = P$$\n")
    assert verdicts(text) == {7: ["holds"]}


def test_a_second_formula_for_a_name_under_a_later_heading_is_that_sections_meaning():
    """f = … under one heading, f(x) = … (another formula) under the next: the second meaning holds
    from its heading on. It was taken for the function form of the first one everywhere, so the
    exact derivative before it was checked against the approximation."""
    text = ("## Exact\n\n$$f = x \\tanh(x)$$\n\n$$\\frac{df}{dx} = \\tanh(x) + x (1 - \\tanh^2(x))$$\n\n"
            "## Approximate\n\n$$f(x) = x^2$$\n\n$$\\frac{df}{dx} = 2x$$\n")
    assert verdicts(text) == {5: ["holds"], 11: ["holds"]}


def test_a_function_of_a_vector_at_a_number_is_not_made_up():
    """l(w) = Σ max(0, 1 − y_i wᵀx_i) at z, with z(w) = w · x a number: l has no value there. It
    was read with z as a vector of made-up entries, and a wrong derivative (max{0, −y}) was
    consistent with it."""
    text = ("$$ l(w)= \\sum_{i=1}^{m} \\max\\{0 ,1-y_i(w^{\\top} \\cdot x_i)\\} $$\n\n"
            "$$ z(w) = w \\cdot x $$\n\n$$ l^{\\prime}(z) = \\max\\{0, - y\\} $$\n")
    assert verdicts(text) == {5: ["undecided"]}


LABELLED = r"""2. Turn `Y` into one-hot vectors.

$$A2_j = \frac{e^{Z2_j}}{\sum_{k=1}^{3} e^{Z2_k}}$$

$$L = -\sum_{j=1}^{3} Y_j \log(A2_j)$$

$$\frac{\partial L}{\partial Z2_j} = A2_j - Y_j$$

$$\frac{\partial L}{\partial Z2_j} = A2_j + Y_j$$
"""


def test_a_number_glued_to_an_indexed_name_labels_it():
    """Z2_j, A2_j (layer 2's logits and outputs, as code writes them): the number is part of the
    name, the subscript its entry. It was "a subscript needs a name before it" (Z2 was Z_2). And a
    code span of one letter names what the sentence says is one-hot."""
    assert verdicts(LABELLED) == {7: ["holds"], 9: ["refuted"]}
    doc = read_document(LABELLED)
    assert "Z2 is one name, its number a label (not its entry): Z2_… on line 3" in doc.notes
    assert "Y is one-hot (one class is 1, the others 0): said in words on line 1" in doc.notes


def test_a_number_glued_to_a_name_alone_is_its_entry():
    # w5 with no w5_j anywhere: entry 5 of w, as w_5 is
    doc = read_document("$$E = (w5 x - t)^2$$\n\n$$\\frac{\\partial E}{\\partial w5} = 2 (w_5 x - t) x$$\n")
    assert verdicts("$$E = (w5 x - t)^2$$\n\n$$\\frac{\\partial E}{\\partial w5} = 2 (w_5 x - t) x$$\n") \
        == {3: ["holds"]}
    assert not any("label" in n for n in doc.notes)


def test_a_derivative_by_a_function_value_is_the_chain_rule_read_backwards():
    """∂/∂σ(z) L(z): by σ(z) taken whole where L is written in it, else (∂L/∂z)/(dσ/dz). It was
    "cannot differentiate with respect to `)`"."""
    text = ("$$L(z) = -y \\log(\\sigma(z)) - (1 - y) \\log(1 - \\sigma(z))$$\n\n$$z = w x + b$$\n\n"
            "$$\\frac{\\partial}{\\partial w} L(z) = \\frac{\\partial}{\\partial \\sigma(z)} L(z) \\cdot "
            "\\frac{\\partial}{\\partial z} \\sigma(z) \\cdot \\frac{\\partial z}{\\partial w}$$\n\n"
            "$$\\frac{\\partial}{\\partial \\sigma(z)} L(z) = -\\frac{y}{\\sigma(z)} "
            "+ \\frac{1 - y}{1 - \\sigma(z)}$$\n\n"
            "$$\\frac{\\partial}{\\partial \\sigma(z)} L(z) = -\\frac{y}{\\sigma(z)} "
            "- \\frac{1 - y}{1 - \\sigma(z)}$$\n")
    assert verdicts(text) == {5: ["holds"], 7: ["holds"], 9: ["refuted"]}


def test_the_fitted_line_does_not_overwrite_the_data():
    # y = β̂_0 + β̂_1 x is the fitted line, β̂ computed from the data y_i: y_i stays the data (read
    # as the fit, every step built on β̂ ran past its budget)
    text = ("$$y = \\hat{\\beta}_0 + \\hat{\\beta}_1 x$$\n\n"
            "$$\\hat{\\beta}_1 = \\frac{\\sum_{i=1}^n (x_i - \\bar{x}) y_i}{\\sum_{i=1}^n (x_i - \\bar{x})^2}$$\n\n"
            "$$\\bar{x} = \\frac{1}{n} \\sum_{i=1}^n x_i$$\n\n"
            "$$\\sum_{i=1}^n (y_i - \\hat{\\beta}_1 x_i) = \\sum_{i=1}^n y_i - \\hat{\\beta}_1 n \\bar{x}$$\n")
    doc = read_document(text)
    assert not any("for each sample" in n for n in doc.notes)
    assert verdicts(text)[7] == ["holds"]


PHYSICS_PACKAGE = r"""$$\operatorname{loss}_h(z)=\max\qty{0,1-z}$$

$$\pdv{}{z} \qty(z^2 + \abs{z}) = 2z + \frac{\abs{z}}{z}$$

$$\grad_{\va\theta} (\va\theta\cdot\va x) = \va x$$

$$\norm{\va x}^2 = \va x \cdot \va x$$
"""


def test_the_physics_package_commands_are_read():
    """\\qty{…} shows braces (max{0, 1 − z}), \\qty(…) a sized bracket, \\abs and \\norm bars,
    \\grad ∇; where the document uses the package, \\va and \\vb put a vector's mark on what
    follows (\\va\\theta), not the bold a of \\vx. loss_h(z), a word with a label, is a function
    of z."""
    assert verdicts(PHYSICS_PACKAGE) == {3: ["holds"], 5: ["holds"], 7: ["holds"]}
    doc = read_document(PHYSICS_PACKAGE)
    assert "loss_h(z)" in [str(d.target) for d in doc.definitions]
    assert "\\va read as \\mathbf: a course macro the document uses without defining it" in doc.notes
    # without the package's other commands, \va is the bold a of the \vx convention
    alone = read_document("$$\\va + \\vb = \\vb + \\va$$\n")
    assert "\\va read as \\mathbf{a}: a course macro the document uses without defining it" in alone.notes


def test_the_deep_learning_books_vector_and_matrix_macros_are_read():
    doc = read_document("$$\\Vw^\\top \\Vw = \\norm{\\Vw}^2$$\n\n$$\\Vtheta = \\MH \\Vw$$\n")
    assert "\\Vw read as \\mathbf{w}: a course macro the document uses without defining it" in doc.notes
    assert "\\Vtheta read as \\mathbf{\\theta}: a course macro the document uses without defining it" in doc.notes
    assert "\\MH read as \\mathbf{H}: a course macro the document uses without defining it" in doc.notes
    assert verdicts("$$\\Vw^\\top \\Vw = \\norm{\\Vw}^2$$\n") == {1: ["holds"]}


def test_an_equation_in_the_prose_after_a_displayed_head_is_an_aside():
    """$$σ(x)(1 − σ(x))$$, then "insert $σ(x) = …$:", then $$= …$$: the display goes on from the
    display before; it was compared with the inline definition's right side and refuted."""
    text = ("$$\\sigma(x)(1 - \\sigma(x))$$\n\nInsert the definition $\\sigma(x) = \\frac{1}{1 + e^{-x}}$:\n\n"
            "$$= \\frac{1}{1 + e^{-x}} \\cdot \\frac{e^{-x}}{1 + e^{-x}}$$\n")
    assert verdicts(text) == {5: ["holds"]}
    wrong = text.replace("\\frac{e^{-x}}{1 + e^{-x}}$$", "\\frac{1}{1 + e^{-x}}$$")
    assert verdicts(wrong) == {5: ["refuted"]}


GRAM = r"""$$ \hat y = A \theta $$

$$ ( y - A \theta )^T ( y - A  \theta ) = ( y^T - \theta^T A ^T ) ( y - A \theta ) $$

$$ \theta ^T A^T A \theta  -  \theta^T A^T y  -  y^T A \theta = \theta ^T A^T A \theta - 2 y^T A \theta $$

$$ \theta ^T A^T A \theta  -  \theta^T A^T y  -  y^T A \theta = \theta ^T A^T A \theta - y^T A \theta $$
"""


def test_a_capital_times_its_own_transpose_is_a_matrix():
    """A^T A makes A a matrix of its own entries A_ij (samples by features), as the design matrix
    X is; A θ is then a vector, ŷ = Aθ defines one (a name alone beside a vector names it). A was
    a vector, and every step a shape conflict."""
    assert verdicts(GRAM) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}
    doc = read_document(GRAM)
    assert "A is a matrix of its entries, samples by features: A^T A on line 5" in doc.notes
    assert [d.latex for d in doc.definitions][:1] == ["\\hat y = A \\theta"]


ENTRY_WISE = ("The layer:\n\n$$a = \\sigma(z)$$\n\n$$h = \\tanh(u) + 2 v$$\n\n"
              "$$\\frac{\\partial a_j}{\\partial z_j} = a_j (1 - a_j)$$\n\n"
              "$$\\frac{\\partial a_j}{\\partial z_j} = 2 a_j (1 - a_j)$$\n\n"
              "$$\\frac{\\partial h_k}{\\partial u_k} = 1 - \\tanh^2(u_k)$$\n\n"
              "$$\\frac{\\partial h_k}{\\partial v_k} = 1$$\n\n"
              "$$q = w c$$\n\n$$\\frac{\\partial q_j}{\\partial w_j} = c_j$$\n\n"
              "$$r = y - \\hat{y}$$\n\n$$\\frac{\\partial r_k}{\\partial y_k} = 1$$\n")


def test_a_vector_given_by_a_function_of_a_vector_is_given_entry_by_entry():
    """a = σ(z) with a_j and z_j written: a_j = σ(z_j) (a_j was defined nowhere, every step about
    it undecided). Never for a product of two vectors (w c may be a dot product), nor where a name
    of the body is never written with an index (ŷ may be a number)."""
    assert verdicts(ENTRY_WISE) == {7: ["holds"], 9: ["refuted"], 11: ["holds"], 13: ["refuted"],
                                    17: ["undecided"], 21: ["undecided"]}
    doc = read_document(ENTRY_WISE)
    assert "a_j = \\frac{1}{1 + e^{- z_j}}: line 3 entry by entry, as the document writes a_j, z_j" in doc.notes
    assert [d.latex for d in doc.definitions if "_" in d.latex] == [
        "a_j = \\frac{1}{1 + e^{- z_j}}", "h_k = 2 v_k + \\tanh{\\left(u_k \\right)}"]


TWO_VALUES = r"""Let $C = \frac{(y-a)^2}{2}$.

Here $a$ is the output of the neuron when the training input is $x=1$, and $y=0$ is the desired
output. We have $a = \sigma(z)$ with $z = wx+b$.

\begin{align}
  \frac{\partial C}{\partial w} &= (a-y)\sigma'(z) x = a \sigma'(z)\\
  \frac{\partial C}{\partial b} &= (a-y)\sigma'(z) = 2 a \sigma'(z)
\end{align}

For the two classes $t=1$ and $t=0$ it is:

$$t(1 - t) = 0$$
"""


def test_two_values_listed_in_one_case_phrase_hold_together():
    """"when the training input is $x=1$, and $y=0$ is the desired output" (Nielsen's example):
    both values are the case (y = 0 was dropped, and (a − y)σ'(z) = aσ'(z) refuted); "for the two
    classes $t=1$ and $t=0$" names two cases of one name, never both at once."""
    steps = check_document(read_document(TWO_VALUES, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (7, "proved"), (7, "proved"), (8, "proved"), (8, "refuted"), (13, "refuted")]
    assert steps[1].outcome.detail == "SymPy shows the difference is 0 where `x = 1, y = 0`"
    # t = 1 and t = 0 joined would leave no point to test ("could not test"); neither restricts
    # the formula after them (two cases of one name in one phrase are not read as a case yet)
    assert "condition" not in steps[-1].outcome.detail


LONE_ENTRY = r"""The second layer:

$$s_2 = w_2 a_1 + b_2$$

$$\frac{\partial s_2}{\partial b_2} = I_3$$

$$\frac{\partial s_2}{\partial w_2} = b_2$$
"""


def test_an_entry_written_in_one_step_only_decides_nothing():
    """I_3, an entry of a family written nowhere else (the identity matrices I_1 … I_4 of a
    network's Jacobians, held-out 303): a step that rests on it is undecided, not refuted as if
    I_3 were any number. A step with the document's own names is still refuted."""
    steps = check_document(read_document(LONE_ENTRY, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(5, "undecided"), (7, "refuted")]
    assert steps[0].outcome.detail == ("cannot check: `I_3` is written in this step only and defined nowhere: "
                                       "whether the step holds depends on what it stands for")


LOG_ODDS = r"""The score squeezed into $(0, 1)$:

$$p(y=1) = \sigma(z) = \frac{1}{1 + e^{-z}}$$

$$e^{-z} = \frac{1}{p(y=1)} - 1 = \frac{1 - p(y=1)}{p(y=1)}$$

$$z = \log \frac{p(y=1)}{1 - p(y=1)} = \log \frac{p(y=1)}{p(y=0)}$$
"""


def test_a_probability_of_an_event_is_read_without_a_bar():
    """p(y=1), a probability's argument an event (Chris Yeh's log-odds): it was refused as `=`
    inside a function's arguments (f(x = 1) still is), and read as p times a relation where p
    was not known as a function. p(y=0) is the other event of a binary label, 1 − p(y=1)."""
    assert verdicts(LOG_ODDS) == {3: ["holds"], 5: ["holds", "holds"], 7: ["holds", "holds"]}
    assert verdicts(LOG_ODDS.replace("1 - p(y=1)}{p(y=1)}$$", "1 + p(y=1)}{p(y=1)}$$"))[5] == ["holds", "refuted"]
    assert verdicts(LOG_ODDS.replace("{p(y=0)}$$", "{p(y=0) + 1}$$"))[7] == ["holds", "refuted"]


REFERENCE_CLASS = r"""With $K$ classes and natural parameters $\eta_i$:

$$\phi_i = \frac{e^{\eta_i}}{\sum_{j=1}^{K} e^{\eta_j}}$$

Setting $\eta_K = 0$, it follows that:

$$\frac{1}{1 + \sum_{i=1}^{K - 1} e^{\eta_i}} = \frac{1}{\sum_{i=1}^{K} e^{\eta_i}}$$

$$\phi_K = \frac{1}{1 + \sum_{i=1}^{K - 1} e^{\eta_i}}$$

$$\phi_K = \frac{1}{\sum_{i=1}^{K - 1} e^{\eta_i}}$$
"""


def test_a_value_set_in_the_words_holds_for_the_formulas_after_it():
    r""""Setting $\eta_K = 0$, it follows that" (the reference class of a multinomial GLM): η_K is
    entry K of η (the document writes η_i and sums to K), and the formulas after it hold where it
    is 0. η_K was a name of its own and the words set nothing, so the step was refuted."""
    assert verdicts(REFERENCE_CLASS) == {7: ["holds"], 9: ["holds"], 11: ["refuted"]}
    steps = check_document(read_document(REFERENCE_CLASS, "notes.md")).derivation.steps
    assert steps[0].outcome.detail == "SymPy shows the difference is 0 where `\\eta_K = 0`"
    # "let" and "take" set a value as "setting" does; in running text without them it is a case
    # in passing, which restricts nothing
    for words in ("Let", "Take"):
        assert verdicts(REFERENCE_CLASS.replace("Setting", words))[7] == ["holds"]
    assert verdicts(REFERENCE_CLASS.replace("Setting $\\eta_K = 0$, it", "Since $\\eta_K = 0$ it"))[7] \
        == ["refuted"]


SOFTMAX_CASES = r"""The output layer:

$$\hat{y} = \text{softmax}(z)$$

$$L = -\sum_{k=1}^{K} y_k \log \hat{y}_k$$

Case $j = k$:

$$\frac{\partial \hat{y}_k}{\partial z_j} = \frac{\partial}{\partial z_j} \frac{e^{z_k}}{\sum_{t=1}^{K} e^{z_t}}$$

The quotient rule then gives

$$\frac{\partial \hat{y}_k}{\partial z_j} = \hat{y}_k (1 - \hat{y}_k)$$

$$\frac{\partial \hat{y}_k}{\partial z_j} = \hat{y}_k (1 + \hat{y}_k)$$

Case $j \neq k$:

$$\frac{\partial \hat{y}_k}{\partial z_j} = -\hat{y}_k \hat{y}_j$$
"""


def test_softmax_of_a_vector_gives_its_entries_and_a_case_may_reach_past_its_paragraph():
    """ŷ = softmax(z) beside ŷ_k: ŷ_k = e^{z_k} / Σ_t e^{z_t}, t over the classes as k runs (ŷ_k was
    defined nowhere). "Case $j = k$:" holds for the formula of its paragraph; one further down,
    before the next case, may be that case's: holding there it is ambiguous with that reading,
    never proved by it, and one wrong in the case too is refuted."""
    doc = read_document(SOFTMAX_CASES)
    assert ("ŷ_k = \\frac{e^{z_k}}{\\sum_{t=1}ᴷ e^{z_t}}: line 3, entry k of the softmax of z, as the "
            "document writes ŷ_k") in doc.notes
    steps = check_document(read_document(SOFTMAX_CASES, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (9, "proved"), (13, "ambiguous"), (15, "refuted"), (19, "consistent")]
    assert steps[1].outcome.detail.startswith(
        "holds where j = k, the case line 7 opens, if it reaches this formula; as written, for any values: ")


MATRIX_ROWS = ("A layer:\n\n$$z = W h + b$$\n\n"
               "$$\\frac{\\partial z_j}{\\partial W_{j,i}} = h_i$$\n\n"
               "$$\\frac{\\partial z_j}{\\partial W_{j,i}} = 2 h_i$$\n\n"
               "$$\\frac{\\partial z_j}{\\partial b_j} = 1$$\n\n"
               "$$\\frac{\\partial z_j}{\\partial h_i} = W_{j,i}$$\n")
ROW_VECTOR = ("What goes into layer $l$: $u^l = h^{l-1} W^l + b^l$.\n\n"
              "$$\\frac{\\partial u_j^l}{\\partial W_{ij}^l} = h_i^{l-1}$$\n\n"
              "$$\\frac{\\partial u_j^l}{\\partial W_{ij}^l} = h_j^{l-1}$$\n")


def test_a_matrix_written_with_two_indices_times_a_vector_is_read_row_by_row():
    """z = W h + b where the document writes z_j, W_{j,i} and h_i: z_j = Σ_k W_{j,k} h_k + b_j
    (W h was a dot product of two vectors, and z_j defined nowhere: every step undecided)."""
    assert verdicts(MATRIX_ROWS) == {5: ["holds"], 7: ["refuted"], 9: ["holds"], 11: ["holds"]}
    doc = read_document(MATRIX_ROWS)
    assert ("z_j = b_j + \\sum_{k=1}ⁿ W_{j,k} h_k: line 3 row by row, as the document writes z_j and W_{j,k} "
            "with two indices (a matrix times a vector, not a dot product)") in doc.notes
    # a layer's names (W^{[2]}) too, and b^{[2]} never written with an index is one number
    layered = MATRIX_ROWS.replace("z", "z^{[2]}").replace("W", "W^{[2]}").replace("b_j", "b^{[2]}")
    assert verdicts(layered)[5] == ["holds"] and verdicts(layered)[7] == ["refuted"]
    # a lower-case matrix named after its vector in the alphabet (w a: read as a w) too
    lower = MATRIX_ROWS.replace("W", "w").replace("h", "a")
    assert verdicts(lower) == {5: ["holds"], 7: ["refuted"], 9: ["holds"], 11: ["holds"]}


def test_a_row_vector_times_a_matrix_pairs_the_entry_with_the_matrixs_second_index():
    """u^l = h^{l-1} W^l + b^l with ∂u_j/∂W_{ij} written: u_j = Σ_i h_i W_{ij} + b_j, the document's
    own pairing of the entry with W's second index (a product of names keeps no order once read)."""
    assert verdicts(ROW_VECTOR) == {3: ["holds"], 5: ["refuted"]}
    # paired both ways, or never: no reading is chosen, and the steps stay undecided
    both = ROW_VECTOR + "\n$$\\frac{\\partial u_j^l}{\\partial W_{ji}^l} = h_i^{l-1}$$\n"
    assert set(sum(verdicts(both).values(), [])) == {"undecided"}
    never = ("$$z = W h + b$$\n\n$$\\frac{\\partial W_{j,i}}{\\partial W_{j,i}} = 1$$\n\n"
             "$$\\frac{\\partial z_j}{\\partial b_j} = 1$$\n")
    assert verdicts(never)[5] == ["undecided"]


SWISH = ("$$y = x \\cdot \\sigma(x)$$\n\n$$\\sigma(x) = 1/(1+e^{-x})$$\n\n"
         "$$y' = x' \\cdot \\sigma(x) + x \\cdot \\sigma(x)'$$\n\n"
         "$$y' = \\sigma(x) + x \\cdot \\sigma(x) \\cdot (1 - \\sigma(x))$$\n\n"
         "$$y' = y + \\sigma(x) \\cdot (1 - y)$$\n\n"
         "$$y' = y + 2\\sigma(x) \\cdot (1 - y)$$\n")


def test_a_primed_quantity_is_its_derivative_by_the_variable_and_the_variable_primed_is_one():
    """y = x σ(x), then y′ = x′ σ(x) + x σ(x)′: y′ is dy/dx and x′ is 1 (dx/dx), x being the
    variable σ is applied to. Before, x′ made x a function of some t, and y′ an unknown function's
    derivative: the correct y′ = σ(x) + xσ(x)(1 − σ(x)) was refuted."""
    assert verdicts(SWISH) == {5: ["holds"], 7: ["holds"], 9: ["holds"], 11: ["refuted"]}
    assert "x is a function" not in " ".join(read_document(SWISH).notes)


def test_the_labels_vector_dotted_with_itself_runs_over_the_samples():
    """‖y − Xβ‖² = (y − Xβ)ᵀ(y − Xβ) = yᵀy − 2yᵀXβ + βᵀXᵀXβ: y beside Xβ has one entry per
    sample, and so does yᵀy (it ran over the features, and the correct expansion was refuted)."""
    text = ("$$\n\\begin{align}\n(y - X \\beta)^{T} (y - X \\beta) + \\alpha \\beta^{T} \\beta\n"
            "&= y^{T}y - 2 y^{T} X \\beta + \\beta^{T} X^{T}X \\beta + \\alpha \\beta^{T} \\beta \\\\\n"
            "&= y^{T}y - 2 y^{T} X \\beta + \\beta^{T} X^{T}X \\beta\n\\end{align}\n$$\n")
    assert verdicts(text) == {4: ["holds"], 5: ["refuted"]}


def test_an_environment_written_with_a_space_after_begin_is_read():
    """``\\begin {align} … \\end {align}`` is LaTeX's own spelling too: its rows are read (they
    were skipped, "0 claims checked"), and columns stay those of the file."""
    text = "Here:\n\n\\begin {align} f &= (x+1)^2 \\\\ &= x^2 + 2x + 1 \\\\ &= x^2 + 1 \\end {align}\n"
    steps = check_document(read_document(text)).derivation.steps
    assert [(s.line, s.column, "holds" if s.verdict.holds else s.verdict.value) for s in steps] == [
        (3, 35, "holds"), (3, 54, "refuted")]


FAMILY_CHAIN = ("$$a_j = \\sum_{i} w_{ji} z_i$$\n\n"
                "$$\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} "
                "\\frac{\\partial a_j}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} z_i$$\n\n"
                "$$\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} w_{ji}$$\n\n"
                "$$\\frac{\\partial E_n}{\\partial w_{ji}} = \\sum_k \\frac{\\partial E_n}{\\partial a_k} "
                "\\frac{\\partial a_k}{\\partial w_{ji}}$$\n\n"
                "$$\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_i} z_j$$\n")


def test_a_quantity_differentiated_by_entries_of_a_family_is_a_function_of_every_entry():
    """∂E_n/∂w_{ji} = ∂E_n/∂a_j ∂a_j/∂w_{ji} with a_j = Σ_i w_{ji} z_i and E_n defined nowhere: E_n
    is some function of all the a_k, so the chain rule holds and a wrong one fails (E_n was
    "defined nowhere", and every step about it undecided)."""
    assert verdicts(FAMILY_CHAIN) == {3: ["holds", "holds"], 5: ["refuted"], 7: ["holds"], 9: ["refuted"]}


def test_a_meaning_given_again_before_a_step_is_the_one_it_uses():
    """"If $f(x) = x^n$ then …" and, in the same paragraph, the example's display `f(x) = x^6`:
    the step `f'(x) = 6x^{6-1}` under it uses the nearer meaning (it was checked against x^n and
    refuted)."""
    text = ("If $f(x)=x^{n}$ then $f'(x)=n*x^{n-1}$\nExample:\n\\begin{align*}\nf(x) &= x^{6} \\\\\n"
            "f'(x) &= 6*x^{6-1} \\\\\n&=6x^{5}\n\\end{align*}\n")
    assert verdicts(text) == {1: ["holds"], 5: ["holds"], 6: ["holds"]}
    assert verdicts(text.replace("6*x^{6-1}", "5*x^{6-1}")) == {1: ["holds"], 5: ["refuted"], 6: ["refuted"]}


def test_a_bound_at_a_chains_end_names_nothing():
    """`… = 1 + 5w + 4w^2 - 1 - 4w - 4w^2 = w > 0` (held-out 214): `w > 0` made w a name for 0,
    and the same steps with a doubled right side were proved (2w = 0 = w). A bound is no
    definition: the doubled step is refuted."""
    text = "Take any $w$: $(1+w)(1+4w)-(1+2w)^2=1+5w+4w^2-1-4w-4w^2=w > 0$.\n"
    assert verdicts(text) == {1: ["holds", "holds", "skipped"]}
    assert verdicts(text.replace("=w >", "=2w >")) == {1: ["holds", "refuted", "skipped"]}
    assert not read_document(text).definitions


def test_an_entry_of_the_design_matrix_is_a_samples_feature():
    """ŷ = Xw + b, then ∂ŷ_i/∂w_j = X_{ij}: X's entry in row i, column j is x_j^{(i)}, what X holds
    (X_{ij} was a family of its own, and the correct step refuted)."""
    text = ("$$\\hat{y} = X w + b$$\n\n$$\\frac{\\partial \\hat{y}_i}{\\partial w_j} = X_{ij}$$\n\n"
            "$$\\frac{\\partial \\hat{y}_i}{\\partial w_j} = 2X_{ij}$$\n\n"
            "$$\\frac{\\partial \\hat{y}_i}{\\partial w_j} = X_{i,j}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["holds"]}
    step = check_document(read_document(text, "notes.md")).derivation.steps[1]
    assert step.outcome.detail.startswith("the right side is `2` times the left")
    # X never indexed, bold or transposed, but beside the weights w_j: the design matrix still
    # (X w was a number times w, and ŷ_i defined nowhere)
    lower = text.replace("X_{ij}", "x_{ij}").replace("X_{i,j}", "x^{(i)}_j")
    assert verdicts(lower) == {3: ["holds"], 5: ["refuted"], 7: ["holds"]}
    assert "X is a vector: the design matrix, beside a vector: X w on line 1" in read_document(lower).notes


def test_a_capital_vector_never_indexed_holds_its_lower_case_entries():
    """x_i^T Θ beside θ_j: Θ is the vector of the θ_j (it was a vector of its own Θ_j, so every
    step relating Θ to the θ_j failed)."""
    text = ("$$z_i = x_i^\\top \\Theta$$\n\n"
            "$$\\frac{\\partial z_i}{\\partial \\theta_j} = x_{ij}$$\n\n"
            "$$\\frac{\\partial z_i}{\\partial \\theta_j} = x_{ij} \\theta_j$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    doc = read_document(text)
    assert "Θ is the vector of the entries θ_j the document writes: θ_j on line 3" in doc.notes


def test_labels_said_to_be_minus_one_or_plus_one_are_sampled_so():
    """"$y_i \\in \\{-1, +1\\}$" in the prose of a hinge derivation: the labels' domain, as
    `y: {-1, 1}` in front matter (|y| = 1 was refuted with y drawn from (0, 1))."""
    text = "The labels are $y_i \\in \\{-1, +1\\}$.\n\n$$|y_i| = 1$$\n\n$$y_i^2 = y_i$$\n"
    assert verdicts(text) == {1: ["skipped"], 3: ["holds"], 5: ["refuted"]}
    doc = read_document(text)
    assert "y takes the values −1 and +1 (sampled so): y ∈ {−1, +1} on line 1" in doc.notes
    assert verdicts("$$|y_i| = 1$$\n") == {1: ["refuted"]}


def test_labels_said_to_be_zero_or_one_are_sampled_so():
    """"$y_i \\in \\{0, 1\\}$": binary labels, drawn as 0 or 1. The two cases of the likelihood
    folded into one, ln(y e^z + 1 − y) = y z, hold for such labels (refuted with y drawn from
    (0, 1)); a slip in them is still refuted, and without the words y stays a number in (0, 1)."""
    text = ("Labels are $y_i \\in \\{0, 1\\}$.\n\n$$\\ln(y_i e^{z_i} + 1 - y_i) = y_i z_i$$\n\n"
            "$$\\ln(y_i e^{z_i} + 1 - y_i) = z_i$$\n")
    assert verdicts(text) == {1: ["skipped"], 3: ["holds"], 5: ["refuted"]}
    assert "y takes the values 0 and 1 (sampled so): y ∈ {0, 1} on line 1" in read_document(text).notes
    assert verdicts(text.replace("Labels are $y_i \\in \\{0, 1\\}$.", "Labels.")) == {3: ["refuted"], 5: ["refuted"]}
    # the cases of a likelihood give the values too; a time t = 0, t = 1 in prose gives none
    cases = ("$$P(y_i) = \\begin{cases} p & y_i = 1 \\\\ 1 - p & y_i = 0 \\end{cases}$$\n\n"
             "$$\\ln(y_i e^{z_i} + 1 - y_i) = y_i z_i$$\n")
    assert verdicts(cases)[3] == ["holds"]
    time = "At time $t = 0$ the weights are zero; at $t = 1$ they move.\n\n$$t^2 = t$$\n"
    assert verdicts(time) == {3: ["refuted"]}


def test_an_accented_sample_vector_after_a_transposed_vector_is_a_dot_product():
    """β^T x̂_i (the watermelon book's augmented features): x̂_i is sample i's vector, so β^T x̂_i is
    Σ_k β_k x̂_{ik}. Written with a sample index, x̂ had also been taken for a number per sample,
    and that won: βᵀ x̂_i was a row vector and the likelihood "divided by a row vector"."""
    text = ("Here $p(\\hat{\\boldsymbol x}_i;\\boldsymbol{\\beta})=\\frac{e^{\\boldsymbol{\\beta}^{\\mathrm{T}}"
            "\\hat{\\boldsymbol x}_i}}{1+e^{\\boldsymbol{\\beta}^{\\mathrm{T}}\\hat{\\boldsymbol x}_i}}$ and\n\n"
            "$$\\ell(\\boldsymbol{\\beta})=\\sum_{i=1}^{m}\\left(y_i"
            "\\boldsymbol{\\beta}^{\\mathrm{T}}\\hat{\\boldsymbol x}_i"
            "-\\ln(1+e^{\\boldsymbol{\\beta}^{\\mathrm{T}}\\hat{\\boldsymbol x}_i})\\right)$$\n\n"
            "$$\\frac{\\partial \\ell(\\boldsymbol{\\beta})}{\\partial \\beta_j} = \\sum_{i=1}^{m} \\hat{x}_{ij} "
            "(y_i - p(\\hat{\\boldsymbol x}_i;\\boldsymbol{\\beta}))$$\n")
    assert verdicts(text) == {5: ["holds"]}
    assert verdicts(text.replace("(y_i - p(", "(y_i + p(")) == {5: ["refuted"]}


def test_functions_named_by_a_number_are_two_functions():
    """p_1(x; β) and p_0(x; β) defined side by side are two functions; both had been read as one
    p, so the second definition became a claim that p_1's formula equals p_0's (refuted)."""
    text = ("Here $p_1(x_i;\\beta)=\\frac{e^{\\beta x_i}}{1+e^{\\beta x_i}},"
            "p_0(x_i;\\beta)=\\frac{1}{1+e^{\\beta x_i}}$ give\n\n"
            "$$p_1(x_i;\\beta) + p_0(x_i;\\beta) = 1$$\n\n$$p_1(x_i;\\beta) - p_0(x_i;\\beta) = 1$$\n")
    doc = read_document(text)
    assert sorted(str(d.target.func) for d in doc.definitions) == ["p_0", "p_1"]
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_a_heading_without_its_own_meaning_keeps_the_one_the_text_gave_before_it():
    """(a) identifies η = log λ in prose, (c) gives η = θᵀx: under (b), which gives η none,
    λe^{−η} = 1 is about (a)'s η (it was refuted with η free). Where the text before gave two
    meanings, none is carried."""
    text = ("## (a)\n\nWith the identification $\\eta = \\log \\lambda$ the family is exponential.\n\n"
            "## (b)\n\n$$\\lambda e^{-\\eta} = 1$$\n\n$$\\lambda e^{-2 \\eta} = 1$$\n\n"
            "## (c)\n\nThe model takes $\\eta = \\theta x$ for one input.\n\n$$e^{\\eta} = e^{\\theta x}$$\n")
    assert verdicts(text) == {7: ["holds"], 9: ["refuted"], 15: ["holds"]}
    # two meanings before: neither is carried (nor is one under another heading a reading)
    two = verdicts(text.replace("## (b)", "Or else $\\eta = \\lambda^2$ as another example.\n\n## (b)"))
    assert two[9] == ["refuted"] and two[11] == ["refuted"]


def test_a_name_written_alone_beside_the_samples_own_is_a_reading_not_a_refutation():
    """∂f/∂w_j = x_j^{(i)} f(1 − f) with f written in w·x: x alone stands for x⁽ⁱ⁾ in the author's
    mind. It holds so, fails as written: ambiguous (it was refuted)."""
    text = ("Let $f = \\frac{1}{1 + e^{-\\mathbf{w} \\cdot \\mathbf{x}}}$.\n\n"
            "$$\\frac{\\partial f}{\\partial w_j} = x_j^{(i)} f (1 - f)$$\n\n"
            "$$\\frac{\\partial f}{\\partial w_j} = 2 x_j^{(i)} f (1 - f)$$\n")
    assert verdicts(text) == {3: ["ambiguous"], 5: ["refuted"]}
    out = check_document(read_document(text, "notes.md")).derivation.steps[0].outcome.detail
    assert out == "holds if `x` written alone is sample i's `x^{(i)}`, as the step writes elsewhere; fails as written"


def test_an_indicator_in_bold_compares_a_class_label():
    """\\mathbf{1}\\{y = k\\} is the indicator (it was unreadable), and y compared with the class
    index k is a class label: drawn from 1..K, never a real number that no class equals (the
    correct softmax gradient was refuted with every indicator 0)."""
    text = ("Let $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$ and "
            "$L = -\\sum_{k=1}^{K} \\mathbf{1}\\{y = k\\} \\log p_k$.\n\n"
            "$$\\frac{\\partial L}{\\partial z_l} = p_l - \\mathbf{1}\\{\\,y=l\\,\\}$$\n\n"
            "$$\\frac{\\partial L}{\\partial z_l} = p_l + \\mathbf{1}\\{\\,y=l\\,\\}$$\n\n"
            "$$\\mathbf{1}^T \\mathbf{1} = n$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["holds"]}


def test_an_indicator_of_one_class_is_tested_where_the_label_equals_it():
    """1_{\\{y = k\\}} = δ_{yk} with no sum over k: y is drawn as a class beside the free index k,
    and k in the cases' condition `y = k` is that index. At real y both sides were always 0, so a
    doubled indicator held (0 = 0); and k of the condition was a real number of its own."""
    text = ("$$1_{\\{y = k\\}} = \\delta_{yk} = \\begin{cases} 1 & \\text{when } y = k, \\\\ "
            "0 & \\text{otherwise}. \\end{cases}$$\n\n"
            "$$1_{\\{y = k\\}} = 2\\delta_{yk}$$\n")
    assert verdicts(text) == {1: ["holds", "holds"], 3: ["refuted"]}
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert steps[0].outcome.verdict.value == "proved"
    assert steps[2].outcome.detail == "differs at a point: left = 1.0, right = 2.0"
    assert steps[2].outcome.counterexample_sympy == {"k": "1", "y": "1"}  # a class, a whole number


SUPERSCRIPTS_LEFT_OUT = ("$$a^{(i)} = \\sigma(z^{(i)}), \\quad z^{(i)} = w^T x^{(i)} + b$$\n\n"
              "The loss of one sample, the superscripts left out:\n\n"
              "$$\\ell = -(y \\log a + (1 - y) \\log(1 - a))$$\n\n"
              "$$\\frac{\\partial \\ell}{\\partial b} = a - y$$\n\n"
              "$$\\frac{\\partial \\ell}{\\partial b} = y - a$$\n\n"
              "$$\\frac{\\partial \\ell}{\\partial w} = (a - y) x$$\n\n"
              "$$\\frac{\\partial z}{\\partial w} = x$$\n\n"
              "$$\\frac{\\partial z}{\\partial w} = 2 x$$\n")


def test_names_defined_for_sample_i_and_written_alone_are_that_samples():
    """a⁽ⁱ⁾ = σ(z⁽ⁱ⁾), z⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b, then ℓ in a, y alone: a = σ(z), z = wᵀx + b for one
    sample (a was defined nowhere, so every step was undecided)."""
    assert verdicts(SUPERSCRIPTS_LEFT_OUT) == {7: ["holds"], 9: ["refuted"], 11: ["holds"], 13: ["holds"],
                                    15: ["refuted"]}
    doc = read_document(SUPERSCRIPTS_LEFT_OUT)
    assert any(n.startswith("a = ") and n.endswith("line 1 for one sample, as the document writes a "
                                                   "without its index") for n in doc.notes)


def test_a_derivative_by_a_vector_beside_its_bare_partner_is_the_gradient():
    """∂z/∂w = x with z = wᵀx + b: the gradient, entry by entry (x was a number, and the step
    refuted against ∂z/∂w_j = x_j)."""
    text = ("Let $z = w^T x + b$.\n\n$$\\frac{\\partial z}{\\partial w} = x$$\n\n"
            "$$\\frac{\\partial z}{\\partial w} = 2x$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    step = check_document(read_document(text, "notes.md")).derivation.steps[0]
    assert step.outcome.detail == ("SymPy shows the difference is 0, with `x` the vector the definitions write "
                                   "entry by entry (a derivative by a vector is the gradient, one entry at a time)")


def test_a_quantity_before_a_bracket_of_its_own_value_multiplies_it():
    """f (1 − f) with f = σ(w · x⁽ⁱ⁾) defined as a quantity: f times the bracket. It was f applied
    to 1 − f, and the correct derivative was refuted. f(f(x)), a call inside, stays a call."""
    text = ("Let $f = \\frac{1}{1 + e^{-\\mathbf{w} \\cdot \\mathbf{x}^{(i)}}}$.\n\n"
            "$$\\frac{\\partial f}{\\partial w_j} = x_j^{(i)} f (1 - f)$$\n\n"
            "$$\\frac{\\partial f}{\\partial w_j} = x_j^{(i)} f (1 + f)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    assert verdicts("$$f(x) = x^2$$\n\n$$f(f(x)) = x^4$$\n") == {3: ["holds"]}


def test_an_accented_name_defined_with_an_argument_is_a_function_and_its_value_no_variable():
    """ŷ(x) = wx + b, then ∂Loss_i/∂ŷ(x_i): ŷ is a function, differentiated by through its value
    at x_i. ŷ was taken for a variable (∂ŷ(x_i) read as by ŷ), so ŷ(x) was ŷ times x: the model
    itself was refuted, ∂ŷ(x)/∂w = x too, and the derivative by ŷ(x_i) was unreadable."""
    text = ("$$\\hat{y}(x) = w x + b$$\n\n$$\\text{Loss}_i = (\\hat{y}(x_i) - y_i)^2$$\n\n"
            "$$\\frac{\\partial \\hat{y}(x)}{\\partial w} = x$$\n\n"
            "$$\\frac{\\partial \\text{Loss}_i}{\\partial \\hat{y}(x_i) } = 2 (\\hat{y}(x_i) - y_i)$$\n\n"
            "$$\\frac{\\partial \\text{Loss}_i}{\\partial \\hat{y}(x_i) } = 2 \\hat{y}(x_i)$$\n")
    assert verdicts(text) == {5: ["holds"], 7: ["holds"], 9: ["refuted"]}
    doc = read_document(text)
    assert [d.latex for d in doc.definitions][:1] == ["\\hat{y}(x) = w x + b"]
    assert "x is a variable (differentiated by): the argument of ŷ(…) on line 1" in doc.notes


def test_a_case_stated_before_the_equation_of_its_row_is_its_condition():
    """``{\\rm if}~i=j,~∂y_i/∂x_j = …``: the case comes first, then the equation it holds for (it
    was dropped, and both softmax cases were refuted at i ≠ j or i = j)."""
    text = ("$$y_i = \\frac{e^{x_i}}{\\sum_k e^{x_k}}$$\n\n"
            "$${\\rm if}~i=j,~\\frac{\\partial y_i}{\\partial x_j} = y_i (1 - y_i)$$\n\n"
            "$$\\text{if } i \\ne j,~\\frac{\\partial y_i}{\\partial x_j} = -y_i y_j$$\n\n"
            "$$\\mathrm{if}~i \\ne j,~\\frac{\\partial y_i}{\\partial x_j} = y_i y_j$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}


def test_a_name_tied_to_another_by_a_definition_follows_its_new_meaning():
    """η = log λ in part (a), η = θx in part (b): λ stays tied to η, λ = e^η = e^{θx} (the
    canonical response of a Poisson GLM). λ was free in (b), so λ = e^η was refuted."""
    text = ("## (a)\n\n$$\\eta = \\log(\\lambda)$$\n\n"
            "## (b)\n\nFor the model, set $\\eta = \\theta x$.\n\n"
            "$$\\lambda e^{-\\theta x} = 1$$\n\n$$\\lambda e^{-2 \\theta x} = 1$$\n")
    assert verdicts(text) == {9: ["holds"], 11: ["refuted"]}


def test_a_definition_leaves_no_sample_index_outside_its_sum():
    """J = −1/m Σ_i y⁽ⁱ⁾ log a⁽ⁱ⁾ + (1 − y⁽ⁱ⁾) log(1 − a⁽ⁱ⁾): the sum spans both terms (as
    written, i stood outside it, and J of nothing but w and b had a free i). ℓ(w, b) of one sample
    written ℓ⁽ⁱ⁾ is sample i's term (ℓ⁽ⁱ⁾ was defined nowhere)."""
    text = ("$$J(w, b) = \\frac{-1}{m}\\sum_{i=1}^{m}y^{(i)}\\log(a^{(i)}) + (1-y^{(i)})\\log(1-a^{(i)})$$\n\n"
            "$$\\ell(w, b) = y \\log(a) + (1 - y) \\log(1 - a)$$\n\n"
            "$$\\frac{\\partial J}{\\partial a^{(i)}} = "
            "\\frac{-1}{m} \\frac{\\partial \\ell^{(i)}}{\\partial a^{(i)}}$$\n\n"
            "$$\\frac{\\partial J}{\\partial a^{(i)}} = \\frac{-1}{m} \\frac{y^{(i)}}{a^{(i)}}$$\n")
    assert verdicts(text) == {5: ["holds"], 7: ["refuted"]}


def test_a_tie_between_two_names_never_proves_the_formula_that_states_it():
    """"Let $E = 2/λ$ in that notation", E given other meanings elsewhere: the tie λ = 2/E holds in
    the other formulas only. Put into this one, it proved it (and 2/λ was as good as 1/λ:
    bench/mutate.py found it)."""
    text = ("$$E = \\frac{1}{\\theta}$$\n\nLet $E = \\theta^2$ for one case.\n\n"
            "Let $E = \\frac{2}{\\lambda}$ in that notation.\n")
    assert verdicts(text) == {}


def test_a_bracket_primed_with_the_prime_command_is_its_derivative():
    """``(\\frac{1}{1+e^{-z}})^{\\prime}`` is the bracket's derivative by the one variable it holds,
    as with ' (it was "unknown command \\prime"); ``^{\\prime\\prime}`` the second. A bracket of two
    variables says which variables the prime cannot choose between."""
    text = ("$$(\\frac{1}{1+e^{-z}})^{\\prime} = \\frac{e^{-z}}{(1+e^{-z})^2}$$\n\n"
            "$$(\\frac{1}{1+e^{-z}})^{\\prime\\prime} = \\frac{e^{-z}}{(1+e^{-z})^2}$$\n\n"
            "$$(y \\log a)^{\\prime} = \\frac{y}{a}$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["refuted"], 5: ["unreadable"]}


def test_a_sum_without_an_index_over_data_written_alone_runs_over_the_samples():
    """``-2\\sum (y - a x - b)`` beside ``L = \\sum_i (y_i - a x_i - b)^2``: y and x are the data
    the document writes y_i, x_i, so the sum is over the samples (it was "\\sum needs an index");
    a slip in it is refuted."""
    text = ("Let $L = \\sum_{i=1}^{n} (y_i - a x_i - b)^2$.\n\n"
            "$$\\frac{\\partial L}{\\partial b} = -2 \\sum (y - a x - b)$$\n\n"
            "$$\\frac{\\partial L}{\\partial b} = -2 \\sum (y - a x)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    doc = read_document(text)
    assert ("line 3: \\sum without an index read as \\sum_i over the samples: x, y written with the sample "
            "index elsewhere") in doc.notes


def test_a_bar_defined_nowhere_over_summed_data_is_their_mean():
    """``\\bar{x}``, ``\\bar{y}`` defined nowhere where the document sums x_i, y_i over i = 1..n:
    the sample means, as statistics writes them (the least-squares algebra of a fitted line was
    refuted against random x̄, ȳ); a slip in that algebra is still refuted, and --verbose says
    which reading was taken."""
    text = ("The means are $\\bar{x}$ and $\\bar{y}$.\n\n"
            "$$\\sum_{i=1}^n x_i y_i - \\bar{y} \\sum_{i=1}^n x_i = \\sum_{i=1}^n x_i y_i - n \\bar{x} \\bar{y}$$\n\n"
            "$$\\sum_{i=1}^n (x_i - \\bar{x})^2 = \\sum_{i=1}^n x_i^2 - n \\bar{x}^2$$\n\n"
            "$$\\sum_{i=1}^n (x_i - \\bar{x})^2 = \\sum_{i=1}^n x_i^2 - 2 n \\bar{x}^2$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}
    # x̄ is a mean of the document's own x_i, so SymPy proves what rests on it alone
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert steps[0].verdict.value == "proved"
    notes = read_document(text).notes
    assert any(n.startswith("x̄ = ") and "the mean, as the document sums x_i over i = 1..n" in n for n in notes)
    # a bar with an index of its own (x̄_i, a vector) or one the document defines is no mean
    own = ("Let $\\bar{x} = 2$.\n\n$$\\sum_{i=1}^n (x_i - \\bar{x}) = \\sum_{i=1}^n x_i - 2 n$$\n")
    assert verdicts(own) == {3: ["holds"]}
    # a formula for y alone (y = ŷ + e, the fit plus its residuals) says nothing of the data y_i
    # the mean averages: ȳ is still their mean (the identity for S_yy was refuted)
    split = ("$$y = \\hat{y} + e$$\n\n"
             "$$\\sum_{i = 1}^{n} y_i^2 - \\frac{(\\sum_{i = 1}^{n} y_i)^2}{n} "
             "= \\sum_{i = 1}^{n}(y_i - \\bar{y})^2$$\n")
    assert verdicts(split) == {3: ["holds"]}


def test_a_programs_double_equals_and_a_case_written_without_dollars_are_cases():
    """``if $i == j$:`` (a program's equality) and a line ``When i = j:`` written without any `$`
    state the case of the formulas after them, as ``When $i = j$:`` does: the i = j entry of a
    softmax Jacobian holds there (it was refuted at i ≠ j, and the case line was read as a
    formula, "unexpected `:`")."""
    jacobian = ("$$\\frac{\\partial p_i}{\\partial o_j} = p_i (1 - p_j)$$\n")
    defined = "$$p_i = \\frac{e^{o_i}}{\\sum_{k=1}^{K} e^{o_k}}$$\n\n"
    for case in ("if $i == j$:", "When i = j:", "If i = j,"):
        assert verdicts(defined + case + "\n\n" + jacobian) == {5: ["holds"]}, case
    # without the case the same entry fails where i ≠ j
    assert verdicts(defined + jacobian) == {3: ["refuted"]}


def test_a_defined_loss_differentiated_through_an_undefined_output_is_the_chain_rule():
    """``E(w) = ½ Σ (y⁽ⁱ⁾ − t⁽ⁱ⁾)²`` with t (the network's output) defined nowhere, differentiated
    by w: w reaches E only through t, so t is any function of w. The chain rule holds for every
    such function (proved, saying so); a slip fails for some and is undecided, never proved and
    never refuted, since how t depends on w is not stated."""
    text = ("$$E(w) = \\frac{1}{2} \\sum_{i=1}^{M} \\left( y^{(i)} - t^{(i)} \\right)^2$$\n\n"
            "$$\\frac{\\partial E}{\\partial w} = \\sum_{i=1}^{M} \\left( y^{(i)} - t^{(i)} \\right) "
            "\\frac{\\partial}{\\partial w} \\left( y^{(i)} - t^{(i)} \\right)$$\n\n"
            "$$\\frac{\\partial E}{\\partial w} = 2 \\sum_{i=1}^{M} \\left( y^{(i)} - t^{(i)} \\right) "
            "\\frac{\\partial}{\\partial w} \\left( y^{(i)} - t^{(i)} \\right)$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(3, "proved"), (5, "undecided")]
    assert steps[0].outcome.detail.endswith(", for any way `t_i` depends on `w`")
    assert steps[1].outcome.detail == ("cannot check: the step differentiates by `w` what the document "
                                       "writes with `t_i`, which it defines nowhere; the step does not "
                                       "hold for every way it depends on `w`")
    # a term differentiated as written is no carrier: ∂/∂b of λ w² is 0, as the author says
    zero = "$$J = \\lambda w^2 + (y - w x - b)^2$$\n\n$$\\frac{\\partial}{\\partial b} \\lambda w^2 = 0$$\n"
    assert verdicts(zero) == {3: ["holds"]}


def test_delta_before_a_letter_is_one_quantity_the_change():
    """``\\Delta x`` is the change in x, one quantity (it was Δ times x, and the expansion of
    (x + Δx)² was refuted); the counterexample of a slip names it as the author writes it."""
    text = ("$$(x + \\Delta x)^2 - x^2 = 2x\\Delta x + \\Delta x^2$$\n\n"
            "$$\\frac{(x + \\Delta x)^2 - x^2}{\\Delta x} = 2x + 2\\Delta x$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["proved", "refuted"]
    assert steps[1].outcome.detail.startswith("the sides differ by the term `\\Delta x` (right − left)")
    assert steps[1].outcome.counterexample_sympy.keys() == {"Deltax", "x"}


def test_double_dollars_inside_a_sentence_are_the_sentences_formula():
    """``Case $$i=j$$:`` (kramdown's inline mathematics, as old Jekyll posts write it) states the
    case of what follows, as ``Case $i=j$:`` does: the i = j entry of a softmax Jacobian holds
    there and the i ≠ j one under its own case (the first was refuted at i ≠ j). ``$$…$$`` alone
    on its line, after a quote's ``>``, or after prose ending in ``:`` stays a display."""
    softmax = "Let $$p_i = \\frac{e^{a_i}}{\\sum_{k=1}^N e^{a_k}}$$ be the softmax.\n\n"
    text = (softmax + "Case $$i=j$$:\n\n$$\\frac{\\partial p_i}{\\partial a_j} = p_i(1-p_j)$$\n\n"
            "Case $$i \\neq j$$:\n\n$$\\frac{\\partial p_i}{\\partial a_j} = - p_j p_i$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.holds, s.outcome.detail.split(" where ")[-1]) for s in steps] == [
        (5, True, "`i = j`"), (9, True, "`i \\neq j`")]
    from derive.latex.document import _in_sentence

    for line, inline in (("Case $$i=j$$:", True), ("hence $$y = 1$$, and so", True), ("$$y = 1$$", False),
                         ("> $$y = 1$$", False), ("- $$y = 1$$", False), ("Forward step: $$y = 1$$", False)):
        lo = line.index("$$")
        assert _in_sentence(line, lo, line.index("$$", lo + 2) + 2) is inline, line


def test_two_sums_without_an_index_over_the_same_data_run_over_the_same_samples():
    """``\\sum x \\sum x`` beside ``x_i``: the inner sum (read first) keeps i, the outer one runs
    over the same samples with another letter (it took i too, and x became an entry of x_i, shown
    as `x[i]_i`); the square of a sum is not the sum of squares."""
    text = ("Let $L = \\sum_{i=1}^{n} (y_i - a x_i - b)^2$.\n\n"
            "$$\\sum x \\sum x = (\\sum x)^2$$\n\n"
            "$$\\sum x \\sum x = \\sum x^2$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert all("[" not in s.outcome.detail for s in steps)


def test_a_variable_nothing_is_written_with_is_named_as_such_not_as_undefined():
    """∂/∂w of formulas written without w (t defined nowhere carries it, as the author means):
    undecided, saying that nothing differentiated is written with w, never that the variable w
    itself "is defined nowhere in the document" (the message had asked for a formula `w = …`)."""
    text = ("$$E(w) = \\frac{1}{2} \\sum_{i=1}^{M} \\left( y^{(i)} - t^{(i)} \\right)^2$$\n\n"
            "$$\\frac{\\partial}{\\partial w} \\frac{1}{2} \\sum_{i=1}^{M} \\left( y^{(i)} - t^{(i)} \\right)^2 "
            "= \\sum_{i=1}^{M} \\left( y^{(i)} - t^{(i)} \\right) \\frac{\\partial}{\\partial w} "
            "\\left( y^{(i)} - t^{(i)} \\right)$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.verdict.value, s.outcome.detail) for s in steps] == [(
        "undecided", "cannot check: the step differentiates by `w`, but nothing it differentiates is "
                     "written with `w`, directly or through what the document defines")]


def test_a_bracketed_name_transposed_is_that_vector_transposed():
    """``(x^{(i)})^T \\theta``: the brackets only group the name, so this is the sample's vector
    transposed (it was "the transpose of an expression without a vector in it"), and x is a
    vector by that use alone; a slip in the sign of the exponent is still refuted."""
    text = ("Let $\\ell(\\theta) = y \\, (x^{(i)})^T \\theta - \\exp((x^{(i)})^T \\theta)$.\n\n"
            "$$(x^{(i)})^T \\theta = \\sum_{j=1}^{n} x_j^{(i)} \\theta_j$$\n\n"
            "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{(x^{(i)})^T \\theta}) x_j^{(i)}$$\n\n"
            "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{-(x^{(i)})^T \\theta}) x_j^{(i)}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}
    document = read_document(text, "notes.md")
    assert "x" in document.model.vectors


def test_a_gradient_without_its_variable_is_by_what_the_function_is_written_of():
    """``\\nabla J`` where the document writes ``J(\\theta)``: the gradient by θ (it was "\\nabla
    needs the vector it differentiates by"); verbose names the reading. Where the function is
    written of two names, ∇J stays unreadable: nothing says which one."""
    text = ("Let $J(\\theta) = \\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} \\theta^T x^{(i)} "
            "- e^{\\theta^T x^{(i)}} \\right)$.\n\n"
            "$$\\nabla J = \\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} - e^{\\theta^T x^{(i)}} \\right) x^{(i)}$$\n\n"
            "$$\\nabla J = \\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} + e^{\\theta^T x^{(i)}} \\right) x^{(i)}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    notes = read_document(text, "notes.md").notes
    assert any("\\nabla J read as \\nabla_{θ} J: the document writes J(θ)" in n for n in notes)
    two = text.replace("Let $J(\\theta)", "Let $J(\\theta, b)").replace(
        "\\right)$.", "\\right) + b$.")
    assert verdicts(two) == {3: ["unreadable"], 5: ["unreadable"]}


GRADIENT_AT_POINTS = r"""Let $p_i = \sigma(\mathbf{x}_i^T\boldsymbol{\beta})$.

$$\ell(\boldsymbol{\beta}) = \sum_{i=1}^n [y_i \log(p_i) + (1-y_i)\log(1-p_i)]$$

Its maximiser $\hat{\boldsymbol{\beta}}$ is where $\ell(\hat{\boldsymbol{\beta}})$ is largest. The gradient:

$$\nabla\ell = \mathbf{X}^T(\mathbf{y} - \mathbf{p})$$

$$\nabla\ell = \mathbf{X}^T(\mathbf{p} - \mathbf{y})$$

At the maximum:

$$\nabla\ell(\boldsymbol{\beta}) = 0$$
"""


def test_a_function_evaluated_at_an_estimate_is_still_written_of_its_vector():
    """ℓ(β) beside ℓ(β̂): β̂ is a point where ℓ is evaluated, so ∇ℓ is still ∇_β ℓ (it was
    "\nabla needs the vector it differentiates by": two arguments, nothing said which); a sign
    slip is refuted. And `∇ℓ(β) = 0` sets a gradient to the zero vector (it was "this side is a
    number, the formula's other sides a vector"): an equation to solve, not refuted."""
    steps = check_document(read_document(GRADIENT_AT_POINTS, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(7, "consistent"), (9, "refuted"),
                                                          (13, "undecided")]
    assert steps[2].outcome.detail.startswith("sets a derivative to 0: an equation to solve")
    # the slip is the negated gradient: its two sides are opposite at the point shown
    assert float(steps[1].outcome.lhs_value) == pytest.approx(-float(steps[1].outcome.rhs_value))


GRADIENT_SET_TO_ZERO_VECTOR = r"""The model is $\hat y = A \theta$, with $A$ the system matrix, and the loss is

$$J(\theta) = (y - A\theta)^T (y - A\theta) = y^T y - 2 \theta^T A^T y + \theta^T A^T A \theta$$

A minimum is where the gradient vanishes:

$$\frac{\partial J}{\partial \theta} = 2 A^T A \theta - 2 A^T y = 0$$

$$A^T A \theta = A^T y$$

$$\theta = (A^T A)^{-1} A^T y$$

$$A^T A \theta = 2 A^T y$$
"""


def test_a_gradient_set_to_the_zero_vector_at_the_end_of_its_chain_is_an_equation_in_force():
    """``∂J/∂θ = 2AᵀAθ − 2Aᵀy = 0``: the 0 beside a vector is the zero vector (it was "this side
    is a number, the formula's other sides a vector"), and the link that sets the gradient's
    value (θ under a sum of its own, Σ_l θ_l …) to 0 is an equation to solve, not refuted; the
    normal equations and the solution after it are checked where it holds, a wrong one refuted."""
    steps = check_document(read_document(GRADIENT_SET_TO_ZERO_VECTOR, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (3, "consistent"), (7, "consistent"), (7, "undecided"), (9, "consistent"), (11, "consistent"),
        (13, "refuted")]
    assert steps[2].outcome.detail.startswith("sets a derivative to 0: an equation to solve (at an optimum)")
    assert steps[3].outcome.detail.startswith(
        r"not an identity, but it holds where `2 A^T A \theta - 2 A^T y = 0` (line 7) holds")


def test_a_residual_of_targets_and_outputs_has_one_entry_per_sample():
    """``r = y - \\hat y`` with ŷ = Aθ: r has one entry per sample, as y and ŷ do, so rᵀr runs
    over the samples (it ran over the features, and the correct expansion of rᵀr was refuted);
    a slip in the expansion is still refuted."""
    text = ("The fit is $\\hat y = A \\theta$ for the system matrix $A$, and the residual is "
            "$r = y - \\hat y$.\n\n"
            "$$\\hat y^T \\hat y = \\theta^T A^T A \\theta$$\n\n"
            "$$r^T r = y^T y - 2 \\theta^T A^T y + \\theta^T A^T A \\theta$$\n\n"
            "$$r^T r = y^T y - \\theta^T A^T y + \\theta^T A^T A \\theta$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}
    assert "r" in read_document(text, "notes.md").model.per_sample


def test_a_sum_without_a_lower_bound_over_a_vector_summed_from_0_runs_from_0():
    """``\\sum_{j=0}^n |θ_j|`` split as ``|θ_j| + \\sum_{k \\neq j}^n |θ_k|``: the document sums θ
    from 0, so the sum that leaves out θ_j runs from 0 too (it ran from 1, and the split was
    refuted); leaving out θ_j altogether is still refuted."""
    text = ("$$ \\lambda \\sum_{j=0}^n |\\theta_j| = \\lambda |\\theta_j| "
            "+ \\lambda \\sum_{k\\neq j}^n |\\theta_k|$$\n\n"
            "$$ \\lambda \\sum_{j=0}^n |\\theta_j| = \\lambda \\sum_{k\\neq j}^n |\\theta_k|$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["refuted"]}


SET_TO_ZERO_WORKED_OUT = r"""$$J(w) = (y - wx)^2 + \lambda w^2$$

Then:

\begin{aligned}
\frac{\partial J}{\partial w} &= -2x(y - wx) + 2\lambda w \\
0 &= -2xy + 2wx^2 + 2\lambda w
\end{aligned}

$$w = \frac{xy}{x^2 + \lambda}$$

With a slip:

\begin{aligned}
\frac{\partial J}{\partial w} &= -2x(y - wx) + 2\lambda w \\
0 &= -2xy + 2wx^2 - 2\lambda w
\end{aligned}
"""


def test_a_row_zero_equals_the_derivatives_value_worked_out_sets_that_derivative_to_zero():
    """``0 = −2xy + 2wx² + 2λw`` right under the chain of ∂J/∂w, its right side that derivative's
    value worked out further (not the chain's last side as written): the derivative set to 0, an
    equation to solve (it was refuted as an identity), in force for the solution after it, which
    is then consistent (it was undecided). A row whose right side is not the derivative's value
    stays refuted."""
    steps = check_document(read_document(SET_TO_ZERO_WORKED_OUT, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (6, "proved"), (7, "undecided"), (10, "consistent"), (15, "proved"), (16, "refuted")]
    assert steps[1].outcome.detail.startswith("sets a derivative to 0: an equation to solve")
    assert steps[2].outcome.detail.startswith(
        r"not an identity, but it holds where `-2xy + 2wx^2 + 2\lambda w = 0` (line 7) holds")


SET_TO_ZERO_IN_WORDS = r"""The penalised cost is differentiated by $w$:

$$\frac{\partial PRSS_{l_2}}{\partial w} = -2\sum_{i=1}^{n} x_i(y_i - w x_i) + 2 \lambda w $$

Setting this derivative to zero locates the bottom of the bowl:

$$ 0 = -2\sum_{i=1}^{n} x_i(y_i - w x_i) + 2 \lambda w $$

$$ \sum_{i=1}^{n} x_i y_i = w \sum_{i=1}^{n} x_i^2 + \lambda w $$

$$ \sum_{i=1}^{n} x_i y_i = w \sum_{i=1}^{n} x_i^2 - \lambda w $$

A constant has no slope: $f(x) = 346$, so

$$f'(x) = 0 = 10x$$
"""


def test_a_formula_set_to_zero_where_the_text_says_so_is_an_equation_to_solve():
    """"Setting this derivative to zero", then ``0 = −2Σ x_i(y_i − w x_i) + 2λw`` (the derivative
    itself unreadable here): an equation to solve in w, which the document differentiates by, not
    an identity (it was refuted), in force for the row after it, which holds where it holds (it
    was undecided); a row with a sign slip is not cleared by it. In a chain, ``f'(x) = 0 = 10x``
    still claims that 10x is that 0, and is refuted."""
    steps = check_document(read_document(SET_TO_ZERO_IN_WORDS, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (3, "unreadable"), (7, "undecided"), (9, "consistent"), (11, "undecided"), (15, "proved"),
        (15, "refuted")]
    assert steps[1].outcome.detail.startswith(
        'an equation to solve where the text speaks of an optimum ("setting this derivative to zero"), '
        "not an identity")
    assert steps[2].outcome.detail.startswith("not an identity, but it holds where `")
    assert "(line 7) holds" in steps[2].outcome.detail


def test_a_function_of_a_vector_applied_to_an_expression_names_no_entry_after_it():
    """q(y, η) = b(y) exp(ηᵀ T(y) − a(η)) applied to x·θ: η's entries are not the entries of an
    expression (they were named `theta*x[i]_1` in the counterexample); undecided, saying why."""
    text = ("$$q(y,\\eta) = b(y)\\exp \\left(\\eta^T T(y) - a(\\eta) \\right)$$\n\n"
            "Put $\\eta^{(i)} = x^{(i)}\\cdot\\theta$, $b(y) = 1$, $T(y) = y$, $a(\\eta) = e^\\eta$.\n\n"
            "$$J(\\theta) = \\sum_{i=1}^m \\log q(y^{(i)},\\eta^{(i)}) = \\sum_{i=1}^m y^{(i)}(x^{(i)}\\cdot\\theta) "
            "- e^{x^{(i)}\\cdot\\theta}$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.verdict.value, s.outcome.detail) for s in steps] == [(
        "undecided", "could not evaluate: a function of a vector `\\eta` (its formula takes the entries "
                     "of `\\eta`) is applied here to an expression, not to a vector")]


def test_a_name_said_to_be_a_matrix_is_not_decided_where_it_is_read_as_a_vector():
    """``$\\mathbf{z}$ is of size $(K, m)$``: a batch matrix, one sample per column. Read as a
    vector, ∂L/∂b_k = ∂L/∂z_k holds (the chain rule for one sample) and was proved, though for a
    batch the bias gradient sums the m columns; undecided, saying so. Without the size it is
    proved as before; a matrix read entry by entry with two indices is decided."""
    text = ("Let $\\mathbf{z} = \\mathbf{W} \\mathbf{a} + \\mathbf{b}$ and $L = \\sum_{k=1}^{K} z_k^2$.\n\n"
            "* $\\mathbf{z}$ is of size $(K, m)$\n* $\\mathbf{b}$ is of size $(K, 1)$\n\n"
            "$$\\frac{\\partial L}{\\partial b_k} = \\frac{\\partial L}{\\partial z_k}$$\n\n"
            "$$z_{ij} + z_{ij} = 2 z_{ij}$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(6, "undecided"), (8, "proved")]
    assert steps[0].outcome.detail == (
        "cannot check: the document says `z` is a matrix (of size K × m on line 3), and this step "
        "reads it as a vector or a number: what holds for that reading says nothing about the whole matrix")
    unsized = text.replace("* $\\mathbf{z}$ is of size $(K, m)$\n", "")
    assert verdicts(unsized) == {5: ["holds"], 7: ["holds"]}
    notes = read_document(text, "notes.md").notes
    assert any(n.startswith("z is a matrix (of size K × m on line 3)") for n in notes)
    assert not any(n.startswith("b is a matrix") for n in notes)
    from derive.latex.document import _sizes_said

    assert [(n, s) for n, s, _ in _sizes_said(
        "$X$ has shape $N \\times D$, $W$ is of shape $(3, 1)$, $\\mathbf{A}$ of size $(n, m)$")] == [
        ("X", "N × D"), ("A", "n × m")]


def test_a_step_that_holds_only_as_zero_equals_zero_through_an_undefined_leaf_is_not_proved():
    """L appears only inside J = L/m (a leaf of a definition) and the step differentiates it by
    z_i: read as independent, every derivative of L is 0, and the chain rule held as 0 = 0 even
    doubled. It is proved only where it also holds with L depending on what it is
    differentiated by; otherwise undecided, saying so. Where L is defined, both are decided."""
    chain = ("$$\\frac{\\partial L}{\\partial z_i} = {k}\\sum_{{j=1}}^{{n}} "
             "\\frac{\\partial L}{\\partial a_j} \\frac{\\partial a_j}{\\partial z_i}$$\n")
    text = ("Let $a_j = \\sigma(z_j)$ and $J = \\frac{L}{m}$.\n\n"
            + chain.replace("{k}", "2").replace("{{", "{").replace("}}", "}"))
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.verdict.value, s.outcome.detail) for s in steps] == [(
        "undecided", "cannot check: the step holds only if `L` depends on nothing it is differentiated "
                     "by here (every such derivative is then 0), and nothing the document defines says "
                     "how it depends on them")]
    defined = ("Let $a_j = \\sigma(z_j)$ and $L = \\sum_{j=1}^{n} a_j^2$.\n\n"
               + chain.replace("{k}", "").replace("{{", "{").replace("}}", "}"))
    assert verdicts(defined) == {3: ["holds"]}
    assert verdicts(defined.replace("= \\sum_{j=1}^{n} \\frac", "= 2\\sum_{j=1}^{n} \\frac")) == {3: ["refuted"]}


def test_the_probability_of_the_other_label_is_the_complement():
    """P(y = 1 | x) = σ(wx) given, P(y = 0 | x) used: a label taking the values 0 and 1 has
    P(y = 0 | x) = 1 − P(y = 1 | x) (it was "defines `P` for other arguments"), so the log-odds
    are wx and a slip in them is refuted. A class other than 0 and 1 stays undecided."""
    text = ("Let $P(y=1|x) = \\sigma(w x)$.\n\n"
            "$$\\log \\frac{P(y=1|x)}{P(y=0|x)} = w x$$\n\n"
            "$$\\log \\frac{P(y=1|x)}{P(y=0|x)} = 2 w x$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    other = text.replace("P(y=0|x)", "P(y=2|x)")
    assert verdicts(other) == {3: ["undecided"], 5: ["undecided"]}



def test_a_name_restated_in_another_form_in_running_text_is_a_claim():
    """J(θ) given in running text, then again expanded in two other paragraphs: the expansions
    say the first meaning in another form, so they are claims (they were taken as meanings of
    their own paragraphs, and nothing was checked). A formula with another value keeps its own
    paragraph's meaning, as before, and is no claim."""
    text = ("Let $J(\\theta) = \\theta^2 + 2\\theta$.\n\n"
            "Expanded, <font size=5>$J(\\theta)=\\theta (\\theta + 2)$</font>\n\n"
            "and <font color=green size=5>$J(\\theta) = (\\theta+1)^2 - 1$</font>.\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"]}
    other = text + "\nIn the next example $J(\\theta) = 3\\theta$.\n"
    assert verdicts(other) == {3: ["holds"], 5: ["holds"]}


def test_a_brace_note_naming_a_quantity_defines_it_unless_a_formula_gives_it():
    """``\\underbrace{w_0 + w_1 x_n}_{=y(x_n, w)}``: the note names what the brace holds, y
    written nowhere else, so the rows after it that use y are checked with it (they were
    refuted, y being any function); ``\\biggl( … \\biggl)`` (\\biggl written for \\biggr) closes by
    its shape. A note naming g, which a formula gives, stays a claim, refuted when wrong."""
    text = ("$$\\frac{\\partial E}{\\partial w_1} = \\sum_{n=1}^{N} \\biggl(\\underbrace{w_0 + w_1 x_n}_{=y(x_n, w)}"
            " - t_n\\biggl) x_n = \\sum_{n=1}^{N} \\biggl(y(x_n, w) - t_n\\biggl) x_n$$\n\n"
            "$$\\frac{\\partial}{\\partial w_1} (y(x_n, w) - t_n) = x_n$$\n\n"
            "$$\\frac{\\partial}{\\partial w_1} (y(x_n, w) - t_n) = 2 x_n$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (1, "undecided"), (1, "proved"), (3, "proved"), (5, "refuted")]  # (E is defined nowhere)
    # (n, written only as \\sum_n's index and in subscripts, is an index: x_n is entry n of x)
    assert [str(d.target) for d in read_document(text, "notes.md").definitions] == ["y(x[n], w)"]
    wrong = ("Let $g(z) = \\frac{1}{1+e^{-z}}$.\n\n"
             "$$\\frac{d}{dz} \\underbrace{\\frac{1}{1+e^{z}}}_{=g(z)} = \\frac{d}{dz} g(z)$$\n")
    assert verdicts(wrong)[3][0] == "refuted"
    assert [str(d.target) for d in read_document(wrong, "notes.md").definitions] == ["g(z)"]


def test_an_indicator_on_an_inner_sums_index_stays_inside_that_sum():
    """Σ_i x_l^{(i)} {Σ_k 1{y^{(i)} = k} 1{j = k} − Σ_k 1{y^{(i)} = k} σ_j}: SymPy, building the
    outer sum, folded the indicators out of the inner sums, where k is no longer bound, and the
    two forms of one gradient were refuted. The inner sums are now kept whole; a slip in the
    rewriting (σ_j counted once) is still refuted."""
    text = ("Let $\\sigma_{k}^{(i)} = \\frac{e^{w_k^T x^{(i)}}}{\\sum_{c=1}^{K} e^{w_c^T x^{(i)}}}$.\n\n"
            "$$- \\sum_{i=1}^N \\sum_{k=1}^K \\left\\{ 1_{\\{y^{(i)} = k\\}} \\left(1_{\\{j = k\\}} - \\sigma_{j}^{(i)}"
            " \\right) x^{(i)}_l \\right\\} = - \\sum_{i=1}^N x^{(i)}_l \\left\\{ \\sum_{k=1}^K 1_{\\{y^{(i)} = k\\}} "
            "1_{\\{j = k\\}} - \\sum_{k=1}^K 1_{\\{y^{(i)} = k\\}} \\sigma_{j}^{(i)} \\right\\}$$\n\n"
            "$$- \\sum_{i=1}^N \\sum_{k=1}^K \\left\\{ 1_{\\{y^{(i)} = k\\}} \\left(1_{\\{j = k\\}} - \\sigma_{j}^{(i)}"
            " \\right) x^{(i)}_l \\right\\} = - \\sum_{i=1}^N x^{(i)}_l \\left\\{ \\sum_{k=1}^K 1_{\\{y^{(i)} = k\\}} "
            "1_{\\{j = k\\}} - K \\sigma_{j}^{(i)} \\right\\}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_a_rule_stated_before_a_heading_gives_way_to_the_examples_meaning_under_it():
    """A rule "If $f(x)=c*u(x)$ then …" in running text, then under the next heading the
    example's display `f(x) = 5x^2` (a new section's meaning of f): its step f'(x) = 5·2x uses
    the example's f (held-out 224; it was checked against c·u(x) and refuted)."""
    text = ("## Rule 1\n\nExample:\n\\begin{align*}\nf(x) &= 346 \\\\\nf'(x) &= 0\n\\end{align*}\n\n"
            "## Rule 2\n\nIf $f(x)=c*u(x)$ then $f'(x)=c*u'(x)$\n\nExample:\n\\begin{align*}\n"
            "f(x) &= 5x^{2} \\\\\nf'(x) &= 5*2x^{2-1} \\\\\n&= 10x\n\\end{align*}\n")
    assert verdicts(text) == {6: ["holds"], 11: ["holds"], 16: ["holds"], 17: ["holds"]}
    assert verdicts(text.replace("5*2x^{2-1}", "5*3x^{2-1}")) == \
        {6: ["holds"], 11: ["holds"], 16: ["refuted"], 17: ["refuted"]}


def test_a_sum_without_bounds_runs_over_an_entry_zero_the_document_writes():
    """`D = \\sum_k e^{\\hat{y}_k}` beside ŷ_0, ŷ_1, ŷ_2 (classes numbered from 0, held-out 228):
    the sum runs over every entry, so from 0, and ∂p_1/∂ŷ_0 = −e^{ŷ_1}e^{ŷ_0}/D² holds (ŷ_0 was
    left out of D and the step refuted). An intercept, β_0 + Σ_j β_j x_j, is no such entry: a
    penalty Σ_j β_j² beside it still starts at 1."""
    text = ("Let $p_1 = \\frac{e^{\\hat{y}_1}}{D}$ and $D = \\sum_{k} e^{\\hat{y}_k}$.\n\n"
            "$$\\frac{\\partial p_1}{\\partial \\hat{y}_0} = \\frac{-e^{\\hat{y}_1}e^{\\hat{y}_0}}{D^2}$$\n\n"
            "$$\\frac{\\partial p_1}{\\partial \\hat{y}_0} = \\frac{e^{\\hat{y}_1}e^{\\hat{y}_0}}{D^2}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    ridge = ("$$J = \\frac{1}{2}\\sum_i (y_i - \\beta_0 - \\sum_j \\beta_j x_{ij})^2 + "
             "\\frac{\\lambda}{2} \\sum_j \\beta_j^2$$\n\n"
             "$$z_i = \\beta_0 + \\sum_j \\beta_j x_{ij}$$\n\n"
             "$$\\frac{\\partial}{\\partial \\beta_0} \\frac{\\lambda}{2} \\sum_j \\beta_j^2 = 0$$\n")
    assert verdicts(ridge) == {5: ["holds"]}


def test_a_derivative_written_with_braced_deltas():
    """`\\frac{\\delta{p1}}{\\delta{\\hat{y}_0}}` (held-out 228) is ∂p_1/∂ŷ_0, as \\frac{\\delta p}{\\delta y}
    is: it was a ratio, δ cancelled, and a correct softmax step refuted."""
    text = ("Let $p = \\frac{e^{a}}{e^{a} + e^{b}}$.\n\n"
            "$$\\frac{\\delta{p}}{\\delta{a}} = p(1-p)$$\n\n$$\\frac{\\delta{p}}{\\delta{b}} = p(1-p)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_an_entry_defined_nowhere_beside_a_sibling_is_read_by_the_siblings_formula():
    """`p_1 = e^{a_1}/D` is the only entry of p the document defines, and a step writes p_2
    (held-out 228's −p_1 p_0): p_2 was drawn as any number and the step refuted, though the
    author means p_1's formula at 2, which the document never writes. Holding under that reading
    only, the step is ambiguous, naming it; failing under it too, refuted; with no formula to
    read at 2 (p_1's formula holds no name indexed 1), undecided, saying so. A step wrong whatever p_2 is never uses it,
    and stays refuted."""
    text = ("Let $p_1 = \\frac{e^{a_1}}{D}$ and $D = e^{a_1} + e^{a_2}$.\n\n"
            "$$\\frac{\\partial p_1}{\\partial a_2} = -\\frac{e^{a_1}e^{a_2}}{D^2} = -p_1 p_2$$\n\n"
            "$$\\frac{\\partial p_1}{\\partial a_2} = p_1$$\n\n"
            "$$\\frac{\\partial p_1}{\\partial a_2} = -2 p_1 p_2$$\n")
    assert verdicts(text) == {3: ["holds", "ambiguous"], 5: ["refuted"], 7: ["refuted"]}
    step = check_document(read_document(text, "notes.md")).derivation.steps[1]
    assert step.outcome.detail.startswith("holds if `p_2` is `p_1`'s formula at its own index, "
                                          "`\\frac{e^{a_2}}{D}`, which the document does not write")
    plain = "Let $p_1 = \\frac{e^{u}}{e^{u} + e^{v}}$.\n\n$$\\frac{\\partial p_1}{\\partial v} = -p_1 p_2$$\n"
    step = check_document(read_document(plain, "notes.md")).derivation.steps[0]
    assert step.verdict.value == "undecided"
    assert step.outcome.detail == ("cannot check: `p_2` is defined nowhere, and the document defines "
                                   "`p_1` only: whether the step holds depends on it")


# a multiclass hinge loss in the notation of CS231n's notes: w_{y_i}, s_{y_i} are the weights and
# the score of sample i's own class, its label y_i an index
HINGE = ("The score of class $j$ is $s_j = w_j^T x_i$.\n\n"
         "$$L_i = \\sum_{j \\neq y_i} \\max(0, s_j - s_{y_i} + \\Delta)$$\n\n")


def test_a_class_label_as_an_index_reads_as_the_entry_of_that_class():
    """`s_{y_i}` was unreadable ("cannot read the subscript"), and with it every step of a
    multiclass hinge derivation. Now y_i is an index, drawn as a whole class 1..K where a step is
    checked at a point: the derivatives by the true class's score and weights hold, the same with
    a sign flipped is refuted, and the case j ≠ y_i written after a formula is its condition."""
    one = "\\mathbb{1}(s_j - s_{y_i} + \\Delta > 0)"
    by_w = "\\left(\\sum_{j \\neq y_i} \\mathbb{1}(w_j^T x_i - w_{y_i}^T x_i + \\Delta > 0)\\right) x_i"
    text = HINGE + (f"$$\\frac{{\\partial L_i}}{{\\partial s_j}} = {one}, \\quad j \\neq y_i$$\n\n"
                    f"$$\\frac{{\\partial L_i}}{{\\partial s_{{y_i}}}} = -\\sum_{{j \\neq y_i}} {one}$$\n\n"
                    f"$$\\frac{{\\partial L_i}}{{\\partial s_{{y_i}}}} = \\sum_{{j \\neq y_i}} {one}$$\n\n"
                    f"$$\\nabla_{{w_{{y_i}}}} L_i = -{by_w}$$\n\n"
                    f"$$\\nabla_{{w_{{y_i}}}} L_i = {by_w}$$\n")
    assert verdicts(text) == {5: ["holds"], 7: ["holds"], 9: ["refuted"], 11: ["holds"], 13: ["refuted"]}
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert steps[0].outcome.detail.endswith("where `j \\neq y^{(i)}`")
    assert any(k.startswith("y^{(") for k in steps[2].outcome.counterexample)
    assert not any("[" in k for k in steps[2].outcome.counterexample)


def test_a_formula_for_the_true_classs_entry_defines_every_classs():
    """`s_{y_i} = w_{y_i}^T x_i` in prose is the score of sample i's class, as of any class: a
    definition (it was refuted as a claim against a random s), used where the loss is
    differentiated by w_{y_i}."""
    text = ("The true class scores $s_{y_i} = w_{y_i}^T x_i$, any other $s_j$ alike.\n\n"
            "$$L_i = \\sum_{j \\neq y_i} \\max(0, s_j - s_{y_i} + \\Delta)$$\n\n"
            "$$\\frac{\\partial s_{y_i}}{\\partial w_{y_i}} = x_i$$\n\n"
            "$$\\frac{\\partial s_{y_i}}{\\partial w_{y_i}} = 2 x_i$$\n")
    document = read_document(text, "notes.md")
    assert [d.latex for d in document.definitions][:1] == ["s_{y_i} = w_{y_i}^T x_i"]
    assert verdicts(text) == {5: ["holds"], 7: ["refuted"]}


def test_a_class_j_beside_the_true_class_is_another_class():
    """∇_{w_{y_i}}(w_jᵀx_i − w_{y_i}ᵀx_i + Δ) = −x_i holds for every class j but y_i itself (the
    terms of Σ_{j≠y_i} it comes from): ambiguous with that reading, never a plain refutation;
    −2x_i fails for every j, refuted."""
    text = HINGE + ("$$\\nabla_{w_{y_i}}(w_j^T x_i - w_{y_i}^T x_i + \\Delta) = -x_i$$\n\n"
                    "$$\\nabla_{w_{y_i}}(w_j^T x_i - w_{y_i}^T x_i + \\Delta) = -2x_i$$\n")
    assert verdicts(text) == {5: ["ambiguous"], 7: ["refuted"]}
    step = check_document(read_document(text, "notes.md")).derivation.steps[0]
    assert step.outcome.detail.startswith("holds where j ≠ y_i (different letters, different indices)")


def test_a_formula_for_class_j_taken_at_the_true_class_is_not_refuted():
    """ds_j = 𝟙(s_j − s_{y_i} + Δ > 0) is written for the other classes; ds_{y_i} = −Σ_{j≠y_i} 𝟙(…)
    is the true class's own formula (held-out 136). Read through the first at j = y_i it gave
    1 and was refuted; it is undecided, saying why, in course notation."""
    text = HINGE + ("$$\\mathrm{d}s_j = \\mathbb{1}(s_j - s_{y_i} + \\Delta > 0)$$\n\n"
                    "$$\\mathrm{d}s_{y_i} = -\\sum_{j \\neq y_i} \\mathbb{1}(s_j - s_{y_i} + \\Delta > 0)$$\n")
    step = check_document(read_document(text, "notes.md")).derivation.steps[-1]
    assert step.verdict.value == "undecided"
    assert step.outcome.detail.startswith("cannot check: the step takes the formula for `ds_j` at `ds_{y_i}`")
    assert "[" not in step.outcome.detail


def test_a_name_written_with_one_index_and_with_two_is_not_refuted_through_both():
    """x_i w_j with x_i a row of features beside x_{i1} (held-out 227): read as one number x⁽ⁱ⁾ and
    one of its entries, two unrelated quantities, the correct dL_i/dw_{11} = x_{i1} was refuted.
    A refutation through a name read both ways is undecided, saying so."""
    text = ("$$L_i = \\sum_{j \\neq y_i} \\max(0, x_i w_j - x_i w_{y_i} + \\Delta)$$\n\n"
            "$$\\frac{dL_i}{dw_{11}} = \\mathbb{1}(x_i w_1 - x_i w_{y_i} + \\Delta > 0) x_{i1}$$\n")
    step = check_document(read_document(text, "notes.md")).derivation.steps[-1]
    assert step.verdict.value == "undecided"
    assert step.outcome.detail.startswith("cannot check: `x` is written with one index in one place and two in another")


def test_a_chain_of_named_functions_of_entries_defines_each_function():
    """`Let x_1 = g_2(x_2) = c1/x_2` (held-out 245) names the value x_1 and the function g_2:
    g_2 was defined nowhere (its argument is an entry, x_2) and the chain's derivatives were
    refuted against a random g. Each link's derivative is proved; a sign slip refuted."""
    text = ("Let $L=g_1(x_1)=-log(x_1)$\n\nLet $x_1=g_2(x_2)=\\frac{c1}{x_2}$\n\n"
            "Let $x_2=g_3(x_3)=x_3+c2$\n\n"
            "$\\frac{\\partial g_1(x_1)}{\\partial x_1}=-\\frac{1}{x1}$\n\n"
            "$\\frac{\\partial g_2(x_2)}{\\partial x_2}=-\\frac{c1}{x_2^2}$\n\n"
            "$\\frac{\\partial g_3(x_3)}{\\partial x_3}=1$\n\n"
            "$\\frac{\\partial g_2(x_2)}{\\partial x_2}=\\frac{c1}{x_2^2}$\n")
    assert verdicts(text) == {7: ["holds"], 9: ["holds"], 11: ["holds"], 13: ["refuted"]}


def test_differentiating_by_one_entry_keeps_the_formulas_of_the_others():
    """∂L/∂x_2 with L = −log x_1 and x_1 = c/x_2: x_1 is an entry with a formula of its own, and
    differentiating by x_2 kept every entry of x (x_1 too) as a variable, so ∂L/∂x_2 came out 0
    and the correct 1/x_2 was refuted. Only x_2 is kept now, whether it has a formula or not."""
    text = ("Let $L=-\\log(x_1)$ and $x_1=\\frac{c}{x_2}$.\n\n"
            "$$\\frac{\\partial L}{\\partial x_2}=\\frac{1}{x_2}$$\n\n"
            "$$\\frac{\\partial L}{\\partial x_2}=-\\frac{1}{x_2}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    assert verdicts(text.replace(" and $x_1", " with $x_2 = x_3 + c$ and $x_1")) == {3: ["holds"], 5: ["refuted"]}


def test_a_value_given_at_the_true_class_is_that_entry_only():
    """`t_{y_i} = 1` says the true class's entry is 1 and nothing of the others: it is that entry's
    definition (a step using it holds), never t_c = 1 for every class (Σ_j t_j = K would then
    hold)."""
    text = ("Let $t_{y_i} = 1$.\n\n$$t_{y_i} \\log p_{y_i} = \\log p_{y_i}$$\n\n"
            "$$\\sum_{j=1}^{K} t_j = K$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_the_largest_entry_is_one_value_held_fixed_never_the_entry_itself(tmp_path, capsys):
    """`max({Z_i})` beside Z_i (held-out 245) was read as Z_i itself, so Z_i − max(Z_i) was 0 and
    a stable softmax collapsed to 1/n. `\\max_k z_k` was unreadable. Both, and `\\max(Z)` of the
    vector, are the largest entry: one value the steps hold fixed (as the max subtracted for
    stability is). `\\max_k` over no entry is refused, saying why."""
    text = ("Let $a = Z_i - max({{Z}_i})$ and $b = e^{Z_i - \\max_k Z_k}$.\n\n"
            "$$\\frac{\\partial a}{\\partial Z_i} = 1$$\n\n"
            "$$\\frac{\\partial a}{\\partial Z_i} = 2$$\n\n"
            "$$\\frac{\\partial b}{\\partial Z_i} = e^{Z_i - \\max_k Z_k}$$\n\n"
            "$$\\frac{\\partial b}{\\partial Z_i} = e^{Z_i}$$\n\n"
            "$$\\frac{e^{Z_i - \\max(Z)}}{\\sum_j e^{Z_j - \\max(Z)}} = \\frac{e^{Z_i}}{\\sum_j e^{Z_j}}$$\n\n"
            "$$r = \\max_k y$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["holds"], 9: ["refuted"], 11: ["holds"],
                              13: ["unreadable"]}
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert "`e^{\\max_{k} Z_k}`" in steps[3].outcome.detail
    assert steps[5].outcome.detail.startswith("\\max_k needs the entries it compares, as in \\max_k z_k")
    path = tmp_path / "notes.md"
    path.write_text(text)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "extra factor `e^(max_k Z_k)`" in out and "max_{k} Z_k = " in out


SLR_ESTIMATES = (
    "The estimates are $\\hat{\\beta}_1 = \\frac{s_{xy}}{s_x^2}$, where $s_{xy}$ and $s_x^2$ denote "
    "the sample covariance and the sample variance, of $x$ with $y$.\n\n"
    "$$RSS = \\sum_{i=1}^n (y_i - \\beta_0 - \\beta_1 x_i)^2$$\n\n"
    "$$\\frac{\\partial RSS}{\\partial \\beta_0} = -2 \\sum_{i=1}^n (y_i - \\beta_0 - \\beta_1 x_i)$$\n\n"
    "$$\\frac{\\partial RSS}{\\partial \\beta_1} = -2 \\sum_{i=1}^n x_i (y_i - \\beta_0 - \\beta_1 x_i)$$\n\n"
    "Requiring both derivatives to vanish:\n\n"
    "$$0 = -2 \\sum_{i=1}^n (y_i - \\hat{\\beta}_0 - \\hat{\\beta}_1 x_i)$$\n\n"
    "$$0 = -2 \\sum_{i=1}^n x_i (y_i - \\hat{\\beta}_0 - \\hat{\\beta}_1 x_i)$$\n\n"
    "$$\\hat{\\beta}_0 n + \\hat{\\beta}_1 \\sum_{i=1}^n x_i = \\sum_{i=1}^n y_i$$\n\n")


def test_derivatives_set_to_zero_at_the_estimates_are_the_equations_they_solve():
    """0 = −2Σ(y_i − β̂_0 − β̂_1 x_i) after "requiring both derivatives to vanish" (held-out 146):
    the estimates β̂ of the β differentiated by were free numbers, so these rows and the normal
    equations after them were refuted. They are the equations in force: the rows after them hold
    where both hold, a slip in one of them is still refuted."""
    text = SLR_ESTIMATES + "$$\\hat{\\beta}_0 n + \\hat{\\beta}_1 \\sum_{i=1}^n x_i = 2 \\sum_{i=1}^n y_i$$\n"
    found = verdicts(text)
    assert found[11] == ["undecided"] and found[13] == ["undecided"]
    assert found[15] == ["holds"] and found[17] == ["refuted"]
    step = [s for s in check_document(read_document(text, "notes.md")).derivation.steps if s.line == 15][0]
    assert step.outcome.detail.startswith("not an identity, but it holds where `-2 \\sum_{i=1}^n (y_i")


def test_a_name_described_only_in_words_leaves_a_step_resting_on_it_undecided():
    """β̂_1 = s_xy/s_x² with s_xy "the sample covariance" in words only (held-out 146): as any
    number s_xy made the step fail, and it was refuted. It is undecided, quoting the words; a name
    the words describe as data ("the input") is no such quantity and a slip with it is refuted."""
    text = SLR_ESTIMATES + ("$$\\hat{\\beta}_1 = \\frac{\\sum_{i=1}^n (x_i - \\bar{x})(y_i - \\bar{y})}"
                            "{\\sum_{i=1}^n (x_i - \\bar{x})^2} = \\frac{s_{xy}}{s_x^2}$$\n")
    step, = [s for s in check_document(read_document(text, "notes.md")).derivation.steps
             if s.rhs_latex.strip() == "\\frac{s_{xy}}{s_x^2}" and s.line == 17]
    assert step.verdict.value == "undecided"
    assert step.outcome.detail.startswith("cannot check: `s_{xy}` is only described in words (\"the "
                                          "sample covariance and the sample variance\", line 1)")
    data = "Here $x$ is the input.\n\n$$z = w x$$\n\n$$\\frac{dz}{dw} = w$$\n"
    assert verdicts(data) == {5: ["refuted"]}


def test_a_gradient_written_as_a_row_is_compared_with_the_column_entry_by_entry():
    """∇_w J = (1/n)Σ −y_i x_i^T(…) (held-out 121): the author writes the gradient as a row vector
    beside the column ∇_w J (numerator or denominator layout, a convention), and every such row
    was "a shape conflict", unread. The entries are compared: a right row holds, a slip in one is
    refuted; a sum that mixes a row and a column inside one side stays a clear error."""
    text = ("$$J(w) = \\frac{1}{n} \\sum_{i=1}^n \\log(1 + \\exp(-y_i x_i^T w))$$\n\n"
            "$$\\nabla_w J(w) = \\frac{1}{n} \\sum_{i=1}^n \\frac{-y_i x_i^T \\exp(-y_i x_i^T w)}"
            "{1 + \\exp(-y_i x_i^T w)}$$\n\n"
            "$$\\nabla_w J(w) = \\frac{1}{n} \\sum_{i=1}^n \\frac{y_i x_i^T \\exp(-y_i x_i^T w)}"
            "{1 + \\exp(-y_i x_i^T w)}$$\n\n"
            "$$\\mathbf{x} + \\mathbf{x}^T = 2 \\mathbf{x}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["unreadable"]}


def test_a_leibniz_ratio_with_a_space_before_its_bracket_is_a_derivative():
    """`d ( (e^{x}/2) - (e^{-x}/2) ) / dx` (held-out 252): with a space between d and its bracket
    the ratio was read as the product d·(…)/dx, and the correct step after it was refuted."""
    text = ("$$\\frac{d}{dx}\\sinh(x) = d ( (e^{x}/2) - (e^{-x}/2) ) / dx = d(e^{x}/2)/dx - d(e^{-x}/2)/dx"
            " = (1/2) e^{x} + (1/2) e^{-x}$$\n\n"
            "$$d ( e^{2x} ) / dx = e^{2x}$$\n")
    assert verdicts(text) == {1: ["holds", "holds", "holds"], 3: ["refuted"]}


def test_the_gradient_of_a_function_of_parameters_and_data_is_by_the_parameters():
    """`\\nabla \\tilde{J}(w; X; y)` (held-out 150): J written of its parameters, a `;`, then its
    data. It was unreadable ("\\nabla needs the vector it differentiates by"); it is the gradient
    by what stands before the `;`, so the right step holds and the slip is refuted."""
    text = ("$$\\tilde{J}(w; X; y) = J(w; X; y) + \\frac{\\alpha}{2} \\mathbf{w}^T \\mathbf{w}$$\n\n"
            "$$\\nabla \\tilde{J}(w; X; y) = \\alpha w + \\nabla_w J(w; X; y)$$\n\n"
            "$$\\nabla J(w; X; y) = \\alpha w + \\nabla_w J(w; X; y)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_a_size_letter_written_only_as_an_index_is_an_index():
    """`\\sum_m` beside a^{(L)}_m, W^{(L)}_{m,k} (held-out 242): m was the sample count wherever it
    stood, so a_m outside the sum was a name of its own, not the sum's entry, and every step of
    the output layer was undecided. A letter the document writes only as an index (a sum's, and
    in subscripts) is an index there; the count m of another document is untouched."""
    text = ("$$z^{(L)}_{m} = b^{(L)}_{m} + \\sum_{k}{W^{(L)}_{m,k} a^{(L-1)}_{k}}$$\n\n"
            "$$a^{(L)}_{m} = \\sigma\\left(z^{(L)}_{m}\\right)$$\n\n"
            "$$C = \\frac{1}{2} \\sum_{m}{\\left(a^{(L)}_{m} - y_m\\right)^2}$$\n\n"
            "$$\\frac{\\partial C}{\\partial b^{(L)}_{m}} = \\left(a^{(L)}_{m} - y_m\\right) "
            "\\sigma'\\left(z^{(L)}_{m}\\right)$$\n\n"
            "$$\\frac{\\partial C}{\\partial W^{(L)}_{m,k}} = \\left(a^{(L)}_{m} - y_m\\right) "
            "\\sigma'\\left(z^{(L)}_{m}\\right) a^{(L-1)}_{k}$$\n\n"
            "$$\\frac{\\partial C}{\\partial W^{(L)}_{m,k}} = \\left(a^{(L)}_{m} - y_m\\right) "
            "\\sigma'\\left(z^{(L)}_{m}\\right) a^{(L-1)}_{m}$$\n")
    assert verdicts(text) == {7: ["holds"], 9: ["holds"], 11: ["refuted"]}
    assert read_document(text, "notes.md").model.indices == frozenset({"m"})
    counted = "$$J = \\frac{1}{m} \\sum_{i=1}^{m} (w x_i - y_i)^2$$\n\n$$\\frac{\\partial J}{\\partial w} = " \
              "\\frac{2}{m} \\sum_{i=1}^{m} (w x_i - y_i) x_i$$\n"
    assert read_document(counted, "notes.md").model.indices == frozenset()
    assert verdicts(counted) == {3: ["holds"]}


def test_verbose_says_which_letters_are_indices(tmp_path, capsys):
    doc = tmp_path / "notes.md"
    doc.write_text("$$C = \\sum_{m} (a_m - y_m)^2$$\n\n$$\\frac{\\partial C}{\\partial a_m} = 2(a_m - y_m)$$\n")
    assert main(["check", "--verbose", str(doc)]) == 0
    assert "m is an index, written only as one: \\sum_m on line 1" in capsys.readouterr().out


def test_the_chain_rule_over_a_sums_index_through_a_cost_defined_nowhere():
    """∂C/∂z_k = Σ_i ∂C/∂a_i ∂a_i/∂z_k with a_i = σ(z_i) and C defined nowhere (held-out 222):
    with the sum over i, the sample letter, C was taken for a function of one sample's a_i and
    the step was refuted (left = 0). C is a function of every a_i; the chain rule holds, a sum
    that keeps the wrong index is refuted, and layered names (a^L_i) run over k's range too."""
    text = ("$$a_i = \\sigma(z_i)$$\n\n"
            "$$\\frac{\\partial C}{\\partial z_k} = \\sum_i \\frac{\\partial C}{\\partial a_i} "
            "\\frac{\\partial a_i}{\\partial z_k}$$\n\n"
            "$$\\frac{\\partial C}{\\partial z_k} = \\sum_i \\frac{\\partial C}{\\partial a_i} "
            "\\frac{\\partial a_k}{\\partial z_k}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
    layered = text.replace("a_", "a^L_").replace("z_", "z^L_")
    assert verdicts(layered) == {3: ["holds"], 5: ["refuted"]}
    kept = ("$$a^L_i = \\sigma(z^L_i)$$\n\n$$\\frac{\\partial C}{\\partial z^L_k} = \\sum_i "
            "\\frac{\\partial C}{\\partial a^L_k} \\frac{\\partial a^L_i}{\\partial z^L_k}$$\n")
    assert verdicts(kept) == {3: ["holds"]}


def test_an_entry_of_a_name_defined_only_as_a_whole_is_a_quantity_of_its_own():
    """E defined as the mean of the per-sample terms, then E_n(W) (held-out 66): E_n was taken
    for E's own definition at an index, so ∂/∂w Σ_n E_n(W) was 0 and the correct step refuted.
    Each E_n is a quantity the document writes and defines nowhere: the chain rule through it
    holds, and relating it to E's formula is undecided."""
    text = ("$$E(\\bm{W}) = -\\frac{1}{N} \\sum_{n=0}^{N-1} \\{ t_n \\log y_n + (1-t_n) \\log (1-y_n) \\}$$\n\n"
            "$$y_n = \\sigma(a_n)$$\n\n$$a_n = w_0 x_n + w_1$$\n\n"
            "$$\\frac{\\partial}{\\partial w_0}E(\\bm{W}) = \\frac{1}{N}\\frac{\\partial}{\\partial w_0}"
            "\\sum_{n=0}^{N-1}E_n(\\bm{W}) = \\frac{1}{N}\\sum_{n=0}^{N-1}\\frac{\\partial}{\\partial w_0}"
            "E_n(\\bm{W})$$\n\n"
            "$$\\frac{\\partial E_n}{\\partial w_0} = \\frac{\\partial E_n}{\\partial y_n} "
            "\\frac{\\partial y_n}{\\partial a_n} \\frac{\\partial a_n}{\\partial w_0}$$\n")
    steps = [s for s in check_document(read_document(text, "notes.md")).derivation.steps if s.lhs is not None]
    assert [(s.line, s.verdict.value) for s in steps] == [(7, "undecided"), (7, "proved"), (9, "proved")]
    assert steps[0].outcome.detail == ("cannot check: `E_n` is written with what it depends on but defined "
                                       "nowhere: whether the step holds depends on what it is")


def test_a_derivative_by_an_entry_nothing_writes_is_undecided():
    """∂J/∂w_2 where J is written with w_0 and w_1 only (a second model's weight, held-out 66):
    the derivative was 0 and the step refuted. Nothing the document defines reaches w_2."""
    text = ("$$J = (w_0 + w_1 x - y)^2$$\n\n$$\\frac{\\partial J}{\\partial w_1} = 2(w_0 + w_1 x - y)x$$\n\n"
            "$$\\frac{\\partial J}{\\partial w_2} = 2(w_0 + w_1 x - y)$$\n\n"
            "$$\\frac{\\partial J}{\\partial w_1} = 2(w_0 + w_1 x - y)$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["proved", "undecided", "refuted"]
    assert steps[1].outcome.detail == ("cannot check: `J` depends on `w_2` through nothing the document "
                                       "defines, yet it is differentiated by it")


def test_one_name_with_one_index_and_with_two_is_two_quantities():
    """x_n of a one-input model, then x_{n0} of a two-input one under the same heading (held-out
    66): the second model's gradient was refuted against the first model's definitions."""
    text = ("$$E = \\sum_{n=1}^{N} (y_n - t_n)^2$$\n\n$$y_n = w_0 x_n + w_1$$\n\nWith two inputs:\n\n"
            "$$y = w_0 x_0 + w_1 x_1 + w_2$$\n\n"
            "$$\\frac{\\partial E}{\\partial w_0} = 2\\sum_{n=1}^{N} (y_n - t_n) x_{n0}$$\n\n"
            "$$\\frac{\\partial E}{\\partial w_0} = 2\\sum_{n=1}^{N} (y_n - t_n) x_n$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["undecided", "proved"]
    assert steps[0].outcome.detail.startswith("cannot check: `x` is written with one index in one place and "
                                              "two in another")


def test_a_brackets_subscript_naming_the_entry_it_already_is():
    """(∂J/∂w_j)_j, (∂ŷ/∂H_{ij})_{ij} (held-out 100): the subscript repeats the indices the
    bracket's entry carries. It was "a subscript needs a name before it"."""
    text = ("$$J = \\frac{1}{2}(\\mathbf{w}^T \\mathbf{x} - y)^2$$\n\n"
            "$$\\left(\\frac{\\partial J}{\\partial w_j}\\right)_j = (\\mathbf{w}^T \\mathbf{x} - y) x_j$$\n\n"
            "$$\\left(\\frac{\\partial J}{\\partial w_j}\\right)_j = (\\mathbf{w}^T \\mathbf{x} - y) x_k$$\n\n"
            "$$\\left(\\frac{\\partial J}{\\partial w_j}\\right)_k = (\\mathbf{w}^T \\mathbf{x} - y) x_j$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["unreadable"]}


def test_a_function_named_for_its_parameters_and_defined_nowhere():
    """h_θ(x) "denotes the sigmoid" in words only (held-out 17): ∂/∂θ log h_θ(x) = h_θ(x)⁻¹
    ∂h_θ(x)/∂θ was undecided ("θ is mentioned nowhere"). h_θ is a function of θ: the chain rule
    holds for every such function; a step that needs the sigmoid is undecided, never refuted.
    By θ_1 of f(θ_1, θ_1), f(θ_0, θ_1) = h_θ(x) − y (held-out 194): h_θ depends on both entries,
    so binding θ_0 to θ_1 reaches it and the step does not hold for every h_θ."""
    text = ("$$J(\\theta) = -\\log(h_\\theta(x))$$\n\n"
            "$$\\frac{\\partial}{\\partial \\theta} J(\\theta) = -\\frac{1}{h_\\theta(x)} "
            "\\frac{\\partial}{\\partial \\theta} h_\\theta(x)$$\n\n"
            "$$\\frac{\\partial}{\\partial \\theta} J(\\theta) = -(1 - h_\\theta(x)) x$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["proved", "undecided"]
    assert steps[1].outcome.detail.startswith("cannot check: the step differentiates by `\\theta`")
    bound = ("$$f(\\theta_0, \\theta_1) = h_\\theta(x) - y$$\n\n"
             "$$\\frac{\\partial}{\\partial \\theta_1}f(\\theta_1, \\theta_1) = \\frac{\\partial}{\\partial \\theta_1}"
             "(h_\\theta(x) - y)$$\n\n"
             "$$\\frac{\\partial}{\\partial \\theta_1}f(\\theta_0, \\theta_1) = \\frac{\\partial}{\\partial \\theta_1}"
             "(h_\\theta(x) - y)$$\n")
    assert verdicts(bound) == {3: ["undecided"], 5: ["holds"]}


def test_a_row_whose_left_side_is_a_phantom_goes_on_with_the_chain():
    """`&\\phantom{L(y, \\hat{y})} = …` (held-out 262): the left side kept invisible so the rows
    line up. It was "empty side"; the row continues the chain above, as `&= …` does."""
    text = ("$$\\begin{aligned}\n&L(y) = (y+1)^2 \\\\\n&\\phantom{L(y)} = y^2 + 2y + 1 \\\\\n"
            "&\\phantom{L(y)} = y^2 + 2y\n\\end{aligned}$$\n")
    assert verdicts(text) == {3: ["holds"], 4: ["refuted"]}


def test_a_sum_over_the_values_of_a_variable_is_refused():
    """`C = C_0 + \\frac{\\lambda}{2n} \\sum_w w^2` beside ∂C/∂w (held-out 210): the sum over every
    weight, each written w, was read as a sum over an integer w, a constant, so the correct
    ∂C/∂w = ∂C_0/∂w + λw/n was refuted. It is refused with the reason; the step is undecided."""
    text = ("$$C = C_0 + \\frac{\\lambda}{2n} \\sum_w w^2$$\n\n"
            "$$\\frac{\\partial C}{\\partial w} = \\frac{\\partial C_0}{\\partial w} + \\frac{\\lambda}{n} w$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["unreadable", "undecided"]
    assert steps[0].outcome.detail.startswith("\\sum_w runs over the values of w, which the document "
                                              "differentiates by: write it over an index, as in \\sum_j w_j^2")


def test_an_entry_of_a_name_defined_as_one_number_is_undecided():
    """ŷ = Wᵀx read as one number, then ∂p_1/∂ŷ_0 ∂ŷ_0/∂W (held-out 228): the entries were
    unknowns of their own beside the number ŷ, and the chain rule was refuted."""
    text = ("$$\\hat{y} = w x$$\n\n$$p = \\hat{y}^2$$\n\n"
            "$$\\frac{\\partial p}{\\partial w} = 2 \\hat{y}_0 x$$\n\n"
            "$$\\frac{\\partial p}{\\partial w} = 2 \\hat{y} x$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [s.verdict.value for s in steps] == ["undecided", "proved"]
    assert steps[0].outcome.detail == ("cannot check: `\\hat{y}_0` is an entry of `\\hat{y}`, which the document "
                                       "defines as one number (line 1): what its entries are is not said")


def test_a_relation_stated_both_ways_is_one_definition_and_a_claim():
    """`η = ln λ` in one sentence and `λ = e^η` in a later one (held-out 254): the same relation
    turned round. Both were definitions, a circle, and every step through them was undecided.
    The first defines; the later one says it again, a claim checked under it."""
    text = ("Matching the pieces gives $b(y)=\\frac{1}{y!}$, $\\eta=\\ln \\lambda$, $a(\\eta)=\\lambda=e^\\eta$.\n\n"
            "Since $y$ is a Poisson count with mean $\\lambda=e^\\eta$, the response function is\n\n"
            "$$g(\\eta) = \\lambda = e^\\eta$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["holds"], 5: ["holds"]}


def test_delta_with_a_variable_before_a_function_of_it_is_a_partial_derivative():
    """`\\delta_{\\alpha} L(x, y, \\alpha)` for ∂L/∂α (held-out 267, a Lagrangian): it was δ_α times
    L, and correct steps were refuted. With one variable in its subscript, before a name
    applied to that variable, δ is ∂; δ_j alone stays a quantity, δ_{ij} Kronecker's."""
    text = ("$$L(x,y,\\alpha) = f(x,y) - \\alpha ( g(x,y) - c )$$\n\n"
            "$$\\delta_{\\alpha} L(x,y,\\alpha) = - ( g(x,y) - c )$$\n\n"
            "$$\\delta_{x} L(x,y,\\alpha) = \\delta_x f(x,y) - \\alpha \\delta_x g(x,y)$$\n\n"
            "$$\\delta_{x} L(x,y,\\alpha) = \\delta_x f(x,y)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}
    doc = read_document(text, "notes.md")
    assert "line 3: δ_{α} before a function of α read as ∂/∂α, as ∂_{α} is" in doc.notes
    product = "$$\\frac{\\partial C}{\\partial z_j} = \\delta_j g(z_j)$$\n"  # j a subscript there, no argument
    assert str(read_document(product, "notes.md").chains[0].sides[1].side.expr) == "g(z[j])*delta[j]"
    kept = "$$a_j = \\sigma(z_j)$$\n\n$$\\delta_j = \\frac{\\partial C}{\\partial z_j}$$\n\n$$\\delta_j = \\delta_j$$\n"
    assert [str(d.target) for d in read_document(kept, "notes.md").definitions][-1] == "delta[j]"


def test_an_upright_e_before_a_bracket_is_the_expectation():
    """`\\mathrm E[a'(\\eta)]` (held-out 254): the expectation set upright, as \\mathbb{E} is. It was E
    times the bracket, and a correct step was refuted ("missing the factor E")."""
    text = "$$g(\\eta) = \\mathrm E(y; \\eta) = e^\\eta$$\n\n$$\\mathrm E[a'(\\eta)] = a'(\\eta)$$\n"
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(3, "undecided")]
    assert steps[0].outcome.detail == ("cannot check: the document defines `E` for other arguments than the "
                                       "ones it has here")


def test_words_after_a_comma_close_the_formula():
    """`a_k &= w_k x_k,\\textrm{ the product of } w_k \\textrm{ and } x_k` (held-out 197): a remark in
    words after the formula, with maths inside the words. It was "unexpected `,`", and the
    definition it gives was lost."""
    text = ("\\begin{align}\n"
            "a_k &= w_k x_k,\\textrm{ the product of } w_k \\textrm{ and } x_k \\textrm{, the pre-activation}\\\\\n"
            "\\frac{\\partial a_k}{\\partial w_k} &= x_k\n\\end{align}\n")
    assert verdicts(text) == {3: ["holds"]}
    assert [d.latex for d in read_document(text, "notes.md").definitions] == ["a_k = w_k x_k"]


def test_phi_defined_as_the_normal_cdf_keeps_varphi_its_density():
    """Φ written as the integral of the normal density (held-out 87): φ beside it is that
    density, as where Φ is the built-in CDF."""
    text = ("$$\\Phi(x) = \\frac{1}{\\sqrt{2\\pi}}\\int_{-\\infty}^x e^{-t^2/2}dt$$\n\n"
            "$$\\frac{d}{dx}\\left[x\\Phi(x)\\right] = \\Phi(x) + x \\varphi(x)$$\n\n"
            "$$\\frac{d}{dx}\\left[x\\Phi(x)\\right] = \\Phi(x) + \\varphi(x)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_a_name_written_only_applied_is_a_function_wherever_it_is_applied(capsys, tmp_path):
    """a(η) on one line, a(wx) on another, and a never without brackets (held-out 264): a is a
    function at wx as well. It was a times wx there, so ∂²/∂w² a(wx) = 0 was proved."""
    text = ("$$p(\\eta) = \\frac{\\partial}{\\partial \\eta} a(\\eta)$$\n\n"
            "$$\\frac{\\partial}{\\partial w} a(w x) = x \\, p(w x)$$\n\n"
            "$$\\frac{\\partial}{\\partial w} a(w x) = p(w x)$$\n\n"
            "$$\\frac{\\partial^2}{\\partial w^2} a(w x) = 0$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["undecided"]}
    f = tmp_path / "a.md"
    f.write_text(text)
    main(["check", str(f), "--verbose"])
    assert f"{f}  reading: a is a function, written only applied: a(…) on line 1\n" in capsys.readouterr().out
    # written alone as well (a = σ(z)), a(1 - a) stays a product
    product = "$$a = \\sigma(z)$$\n\n$$\\frac{\\partial a}{\\partial z} = a(1 - a)$$\n"
    assert verdicts(product) == {3: ["holds"]}


def test_a_second_derivative_by_a_vector_is_not_read():
    """∂²/∂θ² a(θᵀx) by a vector θ is a Hessian, a matrix (held-out 264). It was read entry by
    entry as ∂²/∂θ_j², and a step that doubles one side was proved."""
    text = ("Here $\\theta \\in \\mathbb{R}^n$.\n\n"
            "$$z^T x x^T z \\frac{\\partial^2}{\\partial \\theta^2} a(\\theta^T x) = "
            "2 z^T x x^T z \\frac{\\partial^2}{\\partial \\theta^2} a(\\theta^T x)$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(1, "skipped"), (3, "unreadable")]
    assert steps[1].outcome.detail.startswith("a second derivative by a vector (a Hessian) cannot be read; "
                                              "write one entry")


def test_a_font_set_on_the_whole_formula_is_styling():
    """`\\mathbf{ a = b }`, `\\mathbb{ … }` around a whole display (held-out 275): the equation
    inside is read, its names plain. Such displays gave no step and no word at all."""
    text = ("$$\\mathbf{\\frac{\\partial}{\\partial z} \\sigma(z) = \\sigma(z)(1 - \\sigma(z))}$$\n\n"
            "$$\\mathbb{\\frac{\\partial}{\\partial z} \\sigma(z) = \\sigma(z)(1 + \\sigma(z))}$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["refuted"]}
    # a font around one name is no styling of a formula: bold x stays a vector, and the whole
    # formula's bold marks none
    assert "x is a vector: in bold on line 1" in read_document("$$\\mathbf{x} = \\mathbf{y}$$\n", "n.md").notes
    assert not read_document("$$\\mathbf{ x = y }$$\n", "n.md").notes


def test_an_arrow_to_an_equation_number_is_the_number():
    """`= a^1 \\quad \\rightarrow (1.1)` (held-out 275): an arrow pointing at the equation's number
    at the end of a row tags the equation; it was a relation `→` and the row was skipped."""
    text = ("$$\\frac{d}{dz} z^2 = 2z \\quad \\rightarrow  (1.1)$$\n\n"
            "$$\\frac{d}{dz} z^3 = 2z^2 \\rightarrow ( {a})$$\n\n"
            "$$x \\rightarrow y$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(1, "proved"), (3, "refuted"), (5, "skipped")]


def test_a_general_layers_formula_is_read_at_the_layers_the_document_names(capsys, tmp_path):
    """`z^l = w^l a^{l-1} + b^l` and `a^l = σ(z^l)`, then steps at layers 1 and 2 (held-out 275)
    or at the last layer L: z² is the general formula at l = 2. z² was "defined nowhere"."""
    text = ("$$z^l = w^l a^{l-1} + b^l$$\n\n$$a^l = \\sigma(z^l)$$\n\n"
            "$$\\frac{\\partial z^2}{\\partial w^2} = a^1$$\n\n"
            "$$\\frac{\\partial a^2}{\\partial w^1} = a^2(1-a^2) w^2 a^1 (1 - a^1) a^0$$\n\n"
            "$$\\frac{\\partial a^2}{\\partial w^1} = a^2(1-a^2) w^2 a^1 (1 - a^1)$$\n\n"
            "$$\\frac{\\partial z^2}{\\partial w^2} = a^2$$\n")
    assert verdicts(text) == {5: ["holds"], 7: ["holds"], 9: ["refuted"], 11: ["refuted"]}
    f = tmp_path / "layers.md"
    f.write_text(text)
    main(["check", str(f), "--verbose"])
    out = capsys.readouterr().out
    assert f"{f}  reading: z² read from z^l = w^l a^{{l-1}} + b^l (line 1) at l = 2\n" in out
    assert "a⁰ read from" not in out  # layer 0 is the input, never σ(z⁰)
    last = ("$$z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}$$\n\n"
            "$$\\frac{\\partial z^{(L)}}{\\partial W^{(L)}} = a^{(L-1)}$$\n\n"
            "$$\\frac{\\partial z^{(L)}}{\\partial b^{(L)}} = a^{(L-1)}$$\n")
    assert verdicts(last) == {3: ["holds"], 5: ["refuted"]}


def test_a_renamed_sum_index_is_not_captured_by_a_sum_inside():
    """∂u_k/∂W_{k,j} with u_k = Σ_j W_{k,j} h_j and h_j through g_j = Σ_j V_{j,j'} x_{j'}: renaming
    the outer j (the variable's own letter) to j' let the sum inside, already over j', capture
    it, and this correct step was refuted (held-out 242, whose layers nest this way)."""
    text = ("$$g_k = \\sum_{j} V_{k,j} x_j$$\n\n$$h_k = \\sigma(g_k)$$\n\n$$u_k = \\sum_{j} W_{k,j} h_j$$\n\n"
            "$$\\frac{\\partial u_k}{\\partial W_{k,j}} = h_j$$\n\n"
            "$$\\frac{\\partial u_k}{\\partial W_{k,j}} = h_k$$\n")
    assert verdicts(text) == {7: ["holds"], 9: ["refuted"]}


def test_names_listed_before_one_space_are_each_in_it_and_nabla_before_a_bracket(capsys, tmp_path):
    """`w, x \\in \\mathbb{R}^n` states two vectors (it was read as w under the condition x ∈ ℝ^n,
    and stated nothing); ⟨w, x⟩ of two such names is their dot product (it was w·x); and
    ∇⟨w, x⟩, ∇(w^T w) where the document differentiates by w and by no other name in the
    bracket is the gradient by w (held-out 150, 233: "∇ needs the vector it differentiates by")."""
    text = ("Let $w, x \\in \\mathbb{R}^n$ and $L = \\frac{1}{2} w^T w$.\n\n"
            "$$\\frac{\\partial L}{\\partial w} = w$$\n\n$$\\nabla\\langle w, x \\rangle = x$$\n\n"
            "$$\\nabla(w^Tw) = 2w$$\n\n$$\\nabla(w^Tw) = w$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["holds"], 9: ["refuted"]}
    f = tmp_path / "nabla.md"
    f.write_text(text)
    main(["check", str(f), "--verbose"])
    out = capsys.readouterr().out
    assert f"{f}  reading: x is a vector: in ℝ^n on line 1\n" in out
    assert f"{f}  reading: line 5: \\nabla before a bracket read as \\nabla_{{w}}: the only name in it the " \
           "document differentiates by\n" in out
    # nothing differentiated by w: ∇ before a bracket stays unread
    assert verdicts("$$\\nabla(w^Tw) = 2w$$\n") == {1: ["unreadable"]}
    # beside a vector, a name in an inner product is one too: ⟨w, x_i⟩ is w · x_i (Cauchy–Schwarz's
    # equality fails), never the product of two numbers, for which it would hold
    inner = ("Let $w \\in \\mathbb{R}^n$.\n\n"
             "$$\\langle w, x_i \\rangle^2 = \\langle w, w \\rangle \\langle x_i, x_i \\rangle$$\n")
    assert verdicts(inner) == {1: ["skipped"], 3: ["refuted"]}


def test_a_matrix_written_entry_by_entry_is_read():
    """A matrix of explicit entries (the softmax Jacobian at three outputs, a worked Gram matrix:
    held-out 90, 48, 94) is the matrix of those entries, compared entry by entry, multiplied,
    transposed and inverted as any; with dots among its entries it stays unread (a pattern)."""
    jac = "\\begin{pmatrix} a_1(1 - a_1) & -a_1a_2 \\\\ -a_2a_1 & a_2(1 - a_2) \\end{pmatrix}"
    text = (f"$${jac} = \\begin{{pmatrix}} a_1 - a_1^2 & -a_1a_2 \\\\ -a_1a_2 & a_2 - a_2^2 \\end{{pmatrix}}$$\n\n"
            f"$${jac} = \\begin{{pmatrix}} a_1 - a_1^2 & a_1a_2 \\\\ -a_1a_2 & a_2 - a_2^2 \\end{{pmatrix}}$$\n\n"
            "$$\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix} = "
            "\\begin{bmatrix} 3 \\\\ 7 \\end{bmatrix}$$\n\n"
            "$$\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}^T = "
            "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
            "$$\\begin{bmatrix} 2 & 0 \\\\ 0 & 4 \\end{bmatrix}^{-1} = "
            "\\begin{bmatrix} 0.5 & 0 \\\\ 0 & 0.25 \\end{bmatrix}$$\n\n"
            "$$\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} = 5$$\n\n"
            "$$\\begin{bmatrix} x_{11} & \\cdots \\\\ \\vdots & x_{nn} \\end{bmatrix} = 0$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, "holds" if s.verdict.holds else s.verdict.value) for s in steps] == [
        (1, "holds"), (3, "refuted"), (5, "holds"), (7, "refuted"), (9, "holds"), (11, "unreadable"),
        (13, "unreadable")]
    assert steps[5].outcome.detail.startswith("this side is a number, the formula's other sides a 2 × 2 matrix")
    assert steps[6].outcome.detail.startswith("a matrix written entry by entry (\\begin{bmatrix}) cannot be read")


def test_a_chain_rule_through_quantities_defined_nowhere_holds_for_any_of_them():
    """∂E/∂u = ∂E/∂h · ∂h/∂u with E, h, u given no formula (a backprop note's abstract step) is the
    chain rule: E a function of h, h of u, as the step writes them. u, written only under a ∂,
    was taken for a slip of notation and the step left undecided (held-out 123, 168). A chain
    that drops a factor or doubles one is never proved."""
    text = ("$$\\frac{\\partial E}{\\partial u} = "
            "\\frac{\\partial E}{\\partial h} \\frac{\\partial h}{\\partial u}$$\n\n"
            "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a} \\frac{\\partial a}{\\partial z} "
            "\\frac{\\partial z}{\\partial w}$$\n\n"
            "$$\\frac{\\partial L}{\\partial w} = 2 \\frac{\\partial L}{\\partial a} \\frac{\\partial a}{\\partial z} "
            "\\frac{\\partial z}{\\partial w}$$\n\n"
            "$$\\frac{\\partial L}{\\partial w} = "
            "\\frac{\\partial L}{\\partial a} \\frac{\\partial z}{\\partial w}$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["holds"], 5: ["undecided"], 7: ["undecided"]}


def test_what_carries_a_variable_carries_it_through_the_quantity_the_step_names():
    """L = ½(ŷ − y)², ŷ = a², a² given no formula: ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w says a² depends
    on w through z, so it holds for any way a² depends on z. a² was made a function of z and of w
    both, for which the chain rule fails, and the step was undecided (held-out 168)."""
    text = ("Let $L = \\frac{1}{2}(\\hat y - y)^2$ and $\\hat y = a^{[2]}$.\n\n"
            "$$\\frac{\\partial L}{\\partial w^{[2]}} = \\frac{\\partial L}{\\partial \\hat y} "
            "\\frac{\\partial \\hat y}{\\partial z^{[2]}} \\frac{\\partial z^{[2]}}{\\partial w^{[2]}}$$\n\n"
            "$$\\frac{\\partial L}{\\partial w^{[2]}} = \\frac{\\partial L}{\\partial \\hat y} "
            "\\frac{\\partial z^{[2]}}{\\partial w^{[2]}}$$\n")
    steps = {s.line: s for s in check_document(read_document(text, "notes.md")).derivation.steps}
    assert steps[3].verdict.holds
    assert steps[3].outcome.detail.endswith("for any way `a^{[2]}` depends on `z^{[2]}`")
    assert not steps[5].verdict.holds


def test_katex_font_names_and_empty_braces_after_partial():
    """KaTeX's \\bold and \\Bbb are \\mathbf and \\mathbb (held-out 282, 279: "unknown command");
    \\partial{} with empty braces is the operator ∂ (held-out 281: "empty braces {}")."""
    text = ("Let $\\eta = \\bold{w}^\\top \\bold{x}$ and $\\ell = y \\eta - \\log(1 + e^{\\eta})$.\n\n"
            "$$\\frac{\\partial \\ell}{\\partial \\eta} = y - \\sigma(\\eta)$$\n\n"
            "$$\\frac{\\partial{}}{\\partial{x}} x^3 = 3x^2$$\n\n"
            "$$\\frac{\\partial{}}{\\partial{x}} x^3 = 3x$$\n\n"
            "$$\\Bbb{E}[y] = \\mathbb{E}[y]$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"], 9: ["holds"]}


def test_a_maths_font_around_a_name_with_digits_is_that_name():
    """\\mathit{h1}, \\mathit{W2_{00}}: a name with digits set in a maths font is that name (h1,
    entry 00 of W2). It was dropped as prose, so a formula lost a factor without a word:
    2\\mathit{h1} = 2 was proved (held-out 281)."""
    text = ("$$2\\mathit{h1} = 2$$\n\n"
            "Let $\\mathit{s} = \\mathit{h1_0} \\mathit{W2_{00}} + \\mathit{b2_0}$.\n\n"
            "$$\\frac{\\partial \\mathit{s}}{\\partial \\mathit{W2_{00}}} = \\mathit{h1_0}$$\n")
    assert verdicts(text) == {1: ["refuted"], 5: ["holds"]}


def test_a_step_relating_functions_the_document_leaves_general_is_not_refuted():
    """(y − A′(η))x = (y − μ)x with μ and A given no formula holds if μ = A′(η), which a GLM note
    says in words (the inverse link); f′(η) = σ′(η) "in the logistic case" says what f is there.
    Stand-ins for A, μ and f refuted both (held-out 282); a step that fails whatever f is
    is still refuted."""
    text = ("Let $\\eta = w x$.\n\n$$(y - A'(\\eta)) x = (y - \\mu) x$$\n\n"
            "$$f'(\\eta) = \\sigma(\\eta)(1 - \\sigma(\\eta))$$\n\n"
            "$$(y - A'(\\eta)) x = (y - \\mu) x + 1$$\n\n$$f'(\\eta) + 1 = f'(\\eta)$$\n")
    steps = {s.line: s for s in check_document(read_document(text, "notes.md")).derivation.steps}
    assert steps[3].verdict.value == "undecided"
    assert steps[3].outcome.detail.startswith("cannot check: `A` is defined nowhere in the document")
    assert steps[5].verdict.value == "undecided"
    assert steps[7].verdict.value == "undecided"  # (μ = A′(η) − 1/x would make it hold)
    assert steps[9].verdict.value == "refuted"  # whatever f is


def test_equations_side_by_side_in_one_align_row_are_each_their_own():
    """`x &= 1 & y &= 2 \\\\`: an align row with a column pair per equation holds two equations.
    They were run together, so `a = 2 b` and `c = a + b d` were read (held-out 281)."""
    text = ("$$\\begin{align*}\nc &= a + b & d &= a b \\\\\nf &= a^2 & &\\text{(squared)}\n\\end{align*}$$\n\n"
            "$$c - a = b$$\n\n$$d = b a$$\n\n$$f = a a$$\n\n$$d = a + b$$\n")
    document = read_document(text, "notes.md")
    assert {str(d.target): str(d.body) for d in document.definitions} == {"c": "a + b", "d": "a*b", "f": "a**2"}
    assert verdicts(text) == {6: ["holds"], 8: ["holds"], 10: ["holds"], 12: ["refuted"]}


def test_vectors_written_out_are_multiplied_place_by_place_whatever_their_first_index():
    """[p q r] times (a_0, a_1, a_2) is p a_0 + q a_1 + r a_2: as many entries on each side, paired
    by place. The intercept reading of θᵀx (θ_0 beside x_1 … x_n) was taken, and this product of a
    worked example refuted (held-out 281)."""
    text = ("$$\\begin{bmatrix} p & q & r \\end{bmatrix} \\begin{bmatrix} a_0 \\\\ a_1 \\\\ a_2 \\end{bmatrix} "
            "= p a_0 + q a_1 + r a_2$$\n\n"
            "$$\\begin{bmatrix} p & q & r \\end{bmatrix} \\begin{bmatrix} a_0 \\\\ a_1 \\\\ a_2 \\end{bmatrix} "
            "= p a_1 + q a_2 + r a_0$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["refuted"]}


def test_a_word_before_one_indexed_name_in_brackets_is_applied_to_it():
    """softmax(z_i), loss(x^{(i)}): a word before brackets holding one name with its index is that
    function of it, as softmax(z) already was. It was the product softmax · z_i, so the softmax
    derivative of a note written without \\text was refuted (held-out 177); so is ŷ(x_i). A
    letter's a(z_i) and ℓ(x_i) stay open (a product where a is a number)."""
    text = ("$$y_i = softmax(z_i) = \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}$$\n\n"
            "$$\\frac{\\partial y_i}{\\partial z_i} = y_i (1 - y_i)$$\n\n"
            "$$\\frac{\\partial y_i}{\\partial z_i} = y_i (1 + y_i)$$\n\n"
            "$$\\hat{y}(x_i) = \\frac{1}{1 + e^{-x_i}}$$\n\n"
            "$$\\frac{\\partial \\hat{y}(x_i)}{\\partial x_i} = \\hat{y}(x_i)(1 - \\hat{y}(x_i))$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 9: ["holds"]}


def test_a_matrix_worked_out_to_rounded_numbers_holds_as_rounded():
    """A worked product written to 4 decimals, entry by entry, holds as a worked example means
    it: ambiguous, naming the reading, as a single rounded number already was; an entry off by
    more than its decimals is refuted (held-out 281 writes its gradients to 12 decimals)."""
    third = "\\begin{bmatrix}\\frac{1}{3} & \\frac{2}{3}\\end{bmatrix} \\begin{bmatrix}1 & 0 \\\\ 0 & 2\\end{bmatrix}"
    text = (f"$${third} = \\begin{{bmatrix}} 0.3333 & 1.3333 \\end{{bmatrix}}$$\n\n"
            f"$${third} = \\begin{{bmatrix}} 0.3333 & 1.3433 \\end{{bmatrix}}$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(1, "ambiguous"), (3, "refuted")]
    assert steps[0].outcome.detail == ("holds with the numbers of `\\begin{bmatrix} 0.3333 & 1.3333 \\end{bmatrix}` "
                                       "read as rounded to 4 decimal places, entry by entry; as an exact "
                                       "equality it fails")


def test_the_true_class_said_in_words_is_a_reading_verbose_shows():
    """Where "$k$ is the position of the true class" decides steps, `--verbose` says so."""
    notes = read_document(TRUE_CLASS).notes
    assert ("k is the true class (said in words on line 5): the formulas under that heading that write the "
            "labels and k are checked where the label's entry k is 1") in notes


def test_an_entry_given_a_value_in_an_example_keeps_it_in_its_paragraph():
    """"if every logit is the same $c$, then $z_1 = z_2 = c$" beside a display giving every z_i a
    formula: the entries' values are the example's, in its paragraph only. They were the
    document's, so ∂s_1/∂b_1 further down took z_1 as z_2 and was refuted (held-out 177); a
    wrong derivative is still refuted."""
    text = ("$$z_i = w_i x_i + b_i$$\n\n"
            "For instance, if every logit is the same number $c$, then $z_1 = z_2 = c$ and the shares are equal.\n\n"
            "The softmax output is\n\n"
            "$$s_i = \\frac{e^{z_i}}{\\sum_{j=1}^K e^{z_j}}$$\n\n"
            "$$\\frac{\\partial s_1}{\\partial b_1} = s_1 (1 - s_1)$$\n\n"
            "$$\\frac{\\partial s_1}{\\partial b_1} = s_1 (1 + s_1)$$\n")
    got = verdicts(text)
    assert got[9] == ["holds"] and got[11] == ["refuted"]
    assert got[3] != ["refuted"]
    assert got[3] == ["undecided"]


# logistic regression as a course note writes it: h named through P(Y=1|x;θ), the cost given
# row by row for each label (the condition inside \\text), then one formula, then vectors
ROW_CASES = ("$$h_{\\theta}(x)=P(Y=1|x;\\theta)=\\sigma(\\theta^T x)$$\n\n$$\\begin{align*}& "
             "J(\\theta) = \\dfrac{1}{m} \\sum_{i=1}^m \\mathrm{Cost}(h_\\theta(x^{(i)}),y^{(i)}) "
             "\\\\ & \\mathrm{Cost}(h_\\theta(x),y) = -\\log(h_\\theta(x)) \\; & \\text{if y = 1} \\\\ &"
             " \\mathrm{Cost}(h_\\theta(x),y) = -\\log(1-h_\\theta(x)) \\; & \\text{if y = "
             "0}\\end{align*}$$\n\nBoth cases in one formula:\n\n$$J(\\theta) = -\\frac{1}{m} "
             "\\sum_{i=1}^{m} \\left[ y^{(i)} \\log(h_\\theta(x^{(i)})) + (1 - y^{(i)}) \\log(1 - "
             "h_\\theta(x^{(i)}))\\right]$$\n\nIn vector form:\n\n$$J(\\theta) = \\frac{1}{m} \\cdot "
             "\\left(-y^{T}\\log(h)-(1-y)^{T}\\log(1-h)\\right)$$\n\n$$J(\\theta) = \\frac{1}{m} \\cdot"
             " \\left(-y^{T}\\log(h)+(1-y)^{T}\\log(1-h)\\right)$$\n\n"
             "$$h_{\\theta}(x)\\geq0.5\\rightarrow y=1$$\n")


def test_a_function_given_by_cases_row_by_row_is_defined_by_cases():
    """``Cost(h, y) = -log h  & \\text{if y = 1}`` on one row and ``… & \\text{if y = 0}`` on the next
    define Cost by cases, as a cases environment does, with y's values 0 and 1; the single
    formula then holds. The rows were two claims with no condition (a refutation), Cost
    undefined, and the single formula refuted (held-out 307)."""
    got = verdicts(ROW_CASES)
    assert got[7] == ["holds"] and 3 not in got


def test_a_vector_expression_is_as_long_as_the_vectors_in_it():
    """``(1 - y)^T \\log(1 - h)`` beside ``y^T \\log(h)``: the bracket has as many entries as y (the
    samples), not a length of its own (it was n beside y's m, refuting the vector form of the
    cross-entropy); h, defined as a function of one input, is the vector of its values at the
    samples' inputs. A sign slip is still refuted (held-out 307)."""
    got = verdicts(ROW_CASES)
    assert got[11] == ["holds"] and got[13] == ["refuted"]


def test_a_name_heading_an_event_probability_means_the_formula_after_it():
    """``h_θ(x) = P(Y=1|x;θ) = sigmoid(Z)``: h means sigmoid(Z), the first side that says what it is,
    a function the document defines (below it), and the probability is a claim about it
    (undecided: P is defined nowhere). h was P(…), so every step through h was undecided
    (held-out 307); a wrong derivative is refuted."""
    text = ("$$h(x)=P(Y=1|x;\\theta)=sigmoid(Z)$$\n\n$$Z = \\theta^T x$$\n\n"
            "$$sigmoid(Z) = \\frac{1}{1+e^{-Z}}$$\n\n"
            "$$\\frac{\\partial h(x)}{\\partial \\theta_j} = h(x)(1 - h(x)) x_j$$\n\n"
            "$$\\frac{\\partial h(x)}{\\partial \\theta_j} = h(x)(1 + h(x)) x_j$$\n")
    assert verdicts(text) == {1: ["undecided"], 7: ["holds"], 9: ["refuted"]}


def test_a_label_given_a_value_after_an_arrow_is_a_decision_not_a_claim():
    """``h_θ(x) \\geq 0.5 \\rightarrow y = 1``: the class the rule predicts, skipped with that reason;
    it was checked as the identity y = 1 and refuted."""
    steps = check_document(read_document(ROW_CASES, "notes.md")).derivation.steps
    last = [s for s in steps if s.line == 15][-1]
    assert last.verdict.value == "skipped"
    assert last.outcome.detail == "`y = 1` after an arrow is the class a rule decides, not an equality to check"



def test_a_one_hot_label_reduced_at_an_unnamed_class_is_a_reading():
    """``H = -\\sum_i p_i \\log q_i`` with p one-hot, then ``H = -\\log q_k``: it holds where p's 1 is
    at k, which the document leaves to the reader; ambiguous, naming that reading, where it was
    refuted (held-out 308). A wrong reduction fails there too and stays refuted."""
    text = ("In classification $p$ is one-hot: exactly one entry equals 1 and every other "
            "entry is 0.\n\n$$H(p, q) = -\\sum_{i=1}^{n} p_i \\log q_i$$\n\nso that\n\n$$H(p, q) = "
            "-\\log q_k$$\n\n$$H(p, q) = -\\log q_k + 1$$\n")
    steps = check_document(read_document(text, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(7, "ambiguous"), (9, "refuted")]
    assert steps[0].outcome.detail.startswith("holds where p_k = 1, the one-hot label's 1 at `k` (the true class), "
                                              "which the document does not say; as written, for any class:")
    # ∂L/∂z_k is about every class k: the shortcut through ŷ_k alone, right for the true class
    # only, stays refuted
    shortcut = ("The labels $y$ are one-hot.\n\n$$\\hat{y}_l = \\frac{e^{z_l}}{\\sum_{m=1}^{K} e^{z_m}}$$\n\n"
                "$$L = -\\sum_{l=1}^{K} y_l \\log \\hat{y}_l$$\n\n"
                "$$\\frac{\\partial L}{\\partial z_k} = -y_k (1 - \\hat{y}_k)$$\n")
    assert verdicts(shortcut) == {7: ["refuted"]}


def test_a_vector_function_is_not_lifted_per_sample_where_i_indexes_its_entries():
    """``a = softmax(z)`` with a_i beside a_j and z_k: i indexes the vector's entries (the note says
    so), so a is not sample i's softmax(z_i); it was, and both Jacobian cases were refuted
    (held-out 308). Each case holds."""
    got = verdicts(("$$a = \\text{softmax}(z)$$\n\nIn the case $i = j$,\n\n$$\\frac{\\partial a_i}{\\partial "
                    "z_j} = \\frac{e^{z_i}\\sum_{k=1}^{n} e^{z_k} - e^{z_i}e^{z_i}}{(\\sum_{k=1}^{n} "
                    "e^{z_k})^2} = a_i(1-a_i)$$\n\nand in the case $i \\neq j$,\n\n$$\\frac{\\partial "
                    "a_i}{\\partial z_j} = \\frac{0-e^{z_i}e^{z_j}}{(\\sum_{k=1}^{n} e^{z_k})^2} = -a_i "
                    "a_j$$\n"))
    assert got == {5: ["holds", "holds"], 9: ["holds", "holds"]}


# the normal equations in statistics' notation: bold names, primes for transposes (held-out 310)
PRIMED = ("With $y_i$ the i-th observation,\n\n"
          "$$S = (\\boldsymbol{y} - \\boldsymbol{X} \\boldsymbol{\\beta})' "
          "(\\boldsymbol{y} - \\boldsymbol{X} \\boldsymbol{\\beta}) = \\boldsymbol{y}' \\boldsymbol{y}"
          " - 2 \\boldsymbol{\\beta}' \\boldsymbol{X}' \\boldsymbol{y}"
          " + \\boldsymbol{\\beta}' \\boldsymbol{X}' \\boldsymbol{X} \\boldsymbol{\\beta}$$\n\n"
          "$$\\frac{\\partial S}{\\partial \\boldsymbol{\\beta}} = -2 \\boldsymbol{X}' \\boldsymbol{y}"
          " + 2 \\boldsymbol{X}' \\boldsymbol{X} \\boldsymbol{\\beta}$$\n\n"
          "$$\\frac{\\partial S}{\\partial \\boldsymbol{\\beta}} = -2 \\boldsymbol{X}' \\boldsymbol{y}"
          " + \\boldsymbol{X}' \\boldsymbol{X} \\boldsymbol{\\beta}$$\n")


def test_a_bold_capital_primed_makes_primes_transposes():
    """``\\boldsymbol{X}'\\boldsymbol{y}``: a bold matrix primed before a name is its transpose, as
    statistics writes it, and so is every bare prime then, a bracket's too (each was a derivative
    by t, and every step refuted). The expansion and the normal equations' gradient hold, one with
    a dropped 2 is refuted (held-out 310)."""
    assert verdicts(PRIMED) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}


# one layer, its weights W and a squared error: ∂L/∂W and its transpose (a slip)
WEIGHTS = ("$$z = W x + b$$\n\n$$L = \\frac{1}{2} \\|z - t\\|^2$$\n\n"
           "$$\\frac{\\partial L}{\\partial W} = (z - t) x^T$$\n\n"
           "$$\\frac{\\partial L}{\\partial W} = x (z - t)^T$$\n")


def test_the_gradient_by_a_weight_matrix_is_a_matrix():
    """``z = W x + b`` and ∂L/∂W: W multiplies a vector and is differentiated by as a whole, so it
    is a matrix and ∂L/∂W the matrix of ∂L/∂W_{ij}; z is a vector, and (z − t) xᵀ an outer
    product. The gradient holds, its transpose x (z − t)ᵀ is refuted; both were a shape conflict."""
    assert verdicts(WEIGHTS) == {5: ["holds"], 7: ["refuted"]}


# least squares in two sections: S of a and b, then S of a, b and c (held-out 310)
TWO_OBJECTIVES = ("## One variable\n\n$$S = \\sum_{i=1}^{n} (y_i - a x_i - b)^2$$\n\n"
                  "We look for the minimum of S.\n\n"
                  "$$\\frac{\\partial S}{\\partial b} = -2\\sum_{i=1}^{n} (y_i - a x_i - b)$$\n\n"
                  "$$\\sum_{i=1}^{n} y_i = a\\sum_{i=1}^{n} x_i + n b$$\n\n"
                  "## Two variables\n\n$$S = \\sum_{i=1}^{n} (y_i - a x_i - b w_i - c)^2$$\n\n"
                  "$$\\frac{\\partial S}{\\partial c} = -2\\sum_{i=1}^{n} (y_i - a x_i - b w_i - c)$$\n")


def test_an_optimum_said_in_words_uses_the_derivatives_of_the_objective_in_force():
    """"the minimum of S" and ∂S/∂b: the normal equation Σy = aΣx + nb holds where ∂S/∂b = 0. A later
    section's S of a, b and c, differentiated by c, added ∂S/∂c = 0 to the equations, which the
    first S does not depend on, and the step was refuted (held-out 310)."""
    steps = check_document(read_document(TWO_OBJECTIVES, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [(7, "proved"), (9, "consistent"), (15, "proved")]
    assert steps[1].outcome.detail.startswith("not an identity, but it holds where `∂S/∂b = 0 (\"minimum\")` "
                                              "(line 5) holds")


# plain TeX's \cr ending the rows of an aligned block, as GitLab and Qiita notes write it
CR_ROWS = ("$$S = \\sum_{i=1}^{n} (y_i - a x_i - b)^2$$\n\n"
           "Setting the derivatives to zero gives the minimum.\n\n"
           "$$\\frac{\\partial S}{\\partial b} = -2\\sum_{i=1}^{n} (y_i - a x_i - b)$$\n\n"
           "$$\\frac{\\partial S}{\\partial a} = -2\\sum_{i=1}^{n} x_i (y_i - a x_i - b)$$\n\n"
           "```math\n\\begin{aligned}\n"
           "    \\displaystyle \\sum_{i=1}^{n} y_i &= a\\sum_{i=1}^{n} x_i + n b \\cr\n"
           "    n b &= \\sum_{i=1}^{n} y_i - a\\sum_{i=1}^{n} x_i \\cr\n"
           "    n b &= \\sum_{i=1}^{n} y_i + a\\sum_{i=1}^{n} x_i\n"
           "\\end{aligned}\n```\n")


def test_plain_tex_cr_ends_a_row():
    """``\\cr`` ends a row as ``\\\\`` does: each row of the block is its own equation, checked where
    the derivatives set to zero hold, and the row with a flipped sign is refuted. Before, the rows
    ran together into one formula (``… + n b \\cr n b``) that was refuted (held-out 310)."""
    steps = check_document(read_document(CR_ROWS, "notes.md")).derivation.steps
    assert [(s.line, s.verdict.value) for s in steps] == [
        (5, "proved"), (7, "proved"), (11, "consistent"), (12, "consistent"), (13, "refuted")]
    assert steps[2].outcome.detail.startswith(
        "not an identity, but it holds where `∂S/∂a = 0 (\"Setting the derivatives to zero\")` (line 3)")


# a gradient written as a list in brackets, transposed (held-out 317)
LISTED = ("Let $f(x) = 2x_1^2 + 2x_1x_2 + 3x_2^2$.\n\n"
          "$$\\nabla f(x) = [\\partial f/\\partial x_1, \\partial f/\\partial x_2]^T "
          "= [4x_1 + 2x_2, 2x_1 + 6x_2]^T$$\n\n"
          "$$\\nabla f(x) = [4x_1 + 2x_2, 2x_1 + 5x_2]^T$$\n\n"
          "At $x_1 = 1$, $x_2 = 0$ it is $[4 \\cdot 1 + 0, 2]^T = [4, 2]^T \\checkmark$.\n")


def test_a_list_in_square_brackets_is_a_vector():
    """``[a, b]^T``: the entries of a vector listed in brackets, read as ``\\begin{bmatrix}`` reads
    them (they were refused as "a list in brackets"); a slip in one entry is refuted, and
    ``\\checkmark`` after a result is a mark, not a command to read (held-out 317)."""
    assert verdicts(LISTED) == {3: ["holds", "holds"], 5: ["refuted"], 7: ["holds"]}


def test_a_gradient_written_out_runs_over_its_own_entries():
    """∇_x f(x) = \\begin{bmatrix} 4x_1 + 2x_2 \\\\ 2x_1 + 6x_2 \\end{bmatrix} with x ∈ ℝ²: the index of the
    gradient runs over the two entries written. Before, it ran to the sample size too, where
    ∂f/∂x_3 = 0 met the last entry written, and the correct gradient was refuted."""
    text = ("Let $f(x) = 2x_1^2 + 2x_1x_2 + 3x_2^2$ with $x \\in \\mathbb{R}^2$.\n\n"
            "$$\\nabla_x f(x) = \\begin{bmatrix} 4x_1 + 2x_2 \\\\ 2x_1 + 6x_2 \\end{bmatrix}$$\n\n"
            "$$\\nabla_x f(x) = \\begin{bmatrix} 4x_1 + 2x_2 \\\\ 3x_1 + 6x_2 \\end{bmatrix}$$\n")
    assert verdicts(text) == {1: ["skipped"], 3: ["holds"], 5: ["refuted"]}


# two layers in bracketed notation, the output's squared error, and the output bias's gradient
LAYERED = ("$$z^{[1]} = W^{[1]} x + b^{[1]}$$\n$$a^{[1]} = \\sigma(z^{[1]})$$\n"
           "$$z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}$$\n$$\\hat{y} = \\sigma(z^{[2]})$$\n"
           "Let $L = \\frac{1}{2}\\|\\hat{y} - y\\|^2$.\n\n"
           "$$\\frac{\\partial z_j^{[2]}}{\\partial W_{j,i}^{[2]}} = a_i^{[1]}$$\n\n"
           "$$\\frac{\\partial L}{\\partial b^{[2]}} = (\\hat{y} - y) \\odot \\hat{y} \\odot (1 - \\hat{y})$$\n\n"
           "$$\\frac{\\partial L}{\\partial b^{[2]}} = (\\hat{y} - y) \\odot \\hat{y}$$\n")


def test_a_layers_bias_and_an_elementwise_product_are_vectors():
    """``z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}`` with W^{[2]}'s entries written W_{j,i}: the bias is one
    per unit (b_j, as the document differentiates by b), ``⊙`` multiplies vectors, and ∂L/∂b^{[2]}
    beside them is the gradient. The correct gradient holds, one without σ′ is refuted; before,
    b was one number shared by every unit and the correct gradient was refuted."""
    assert verdicts(LAYERED) == {7: ["holds"], 9: ["holds"], 11: ["refuted"]}


def test_a_bar_over_a_product_or_a_square_is_a_mean_of_its_own():
    """``\\bar{xy}`` and ``\\bar{x^2}`` are the means of the products and of the squares, names of
    their own: never x̄ times y, nor x̄ squared (x̄² is another number). Defined nowhere, such a mean
    on one side of a step leaves it undecided (it is the mean its bar says, not any number).
    Before, ``\\bar{xy}`` was unreadable and ``\\bar{x^2} - \\bar{x}^2 = 0`` was proved (held-out 310)."""
    text = ("$$\\bar{x^2} - \\bar{x}^2 = 0$$\n\n"
            "$$\\frac{\\bar{xy}}{2} = \\frac{\\overline{xy}}{2}$$\n\n"
            "$$\\frac{\\bar{xy}}{2} = \\frac{\\overline{xy}}{2} + 1$$\n")
    assert verdicts(text) == {1: ["undecided"], 3: ["holds"], 5: ["refuted"]}
    out = check_document(read_document(text, "notes.md")).derivation.steps
    assert out[0].outcome.detail == ("cannot check: `\\bar{x^{2}}` is defined nowhere, and only one side uses it: "
                                     "whether the step holds depends on what it is")


def test_a_sample_superscript_before_a_subscript_is_the_samples_entry():
    """``t^{(n)}_k`` under ``\\sum_n``: sample n's entry k, as ``t_k^{(n)}`` is (before, the
    superscript (n) was read as a power and the subscript after it was unreadable; held-out 320)."""
    text = ("$$J = \\sum_{n=1}^{N} \\sum_{k=1}^{K} t^{(n)}_k \\log y^{(n)}_k$$\n\n"
            "$$\\frac{\\partial J}{\\partial y^{(n)}_k} = \\frac{t^{(n)}_k}{y^{(n)}_k}$$\n\n"
            "$$\\frac{\\partial J}{\\partial y^{(n)}_k} = \\frac{t_k}{y^{(n)}_k}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_circ_between_vectors_is_the_product_entry_by_entry():
    """``\\mathbf{e} \\circ \\mathbf{z}`` is the Hadamard product, as ``\\odot``; between functions
    (``b' \\circ g``) ∘ is a composition, which is refused with a message (held-out 326, corpus 154)."""
    text = ("Let $\\mathbf{z} = \\sigma(\\mathbf{a})$ and $\\mathbf{e} = \\mathbf{z} - \\mathbf{y}$.\n\n"
            "$$\\mathbf{e} \\circ \\mathbf{z} \\circ (1 - \\mathbf{z}) = "
            "\\mathbf{e} \\odot \\mathbf{z} \\odot (1 - \\mathbf{z})$$\n\n"
            "$$\\mathbf{e} \\circ \\mathbf{z} = \\mathbf{z} \\odot \\mathbf{z}$$\n\n"
            "$$f(x) = (g \\circ h)(x) = g(x)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"], 7: ["unreadable"]}
    out = check_document(read_document(text, "notes.md")).derivation.steps
    assert out[-1].outcome.detail.startswith("\\circ between numbers or functions is a composition (f ∘ g)")


def test_exp_with_a_superscript_and_no_argument_is_e_to_that_power():
    """``\\exp^{x_j}`` is e^{x_j} (held-out 327); ``\\exp^2(x)`` stays exp(x)², a whole-number
    power of the function applied to its argument."""
    text = ("$$\\frac{\\exp^{x_j}}{\\sum_{k=1}^{n} \\exp^{x_k}} = \\frac{e^{x_j}}{\\sum_{k=1}^{n} e^{x_k}}$$\n\n"
            "$$\\exp^2(x) = e^{2x}$$\n\n$$\\exp^{x} \\cdot 2 = 3 e^{x}$$\n")
    assert verdicts(text) == {1: ["holds"], 3: ["holds"], 5: ["refuted"]}


def test_a_case_stated_in_plain_words_with_a_not_equal_sign_holds_for_the_formula_after_it():
    """"Case i = j:" and "Case i ≠ j:" on lines of their own, without `$`, are the cases of the
    formulas after them, as "Case $i = j$:" is (held-out 327); the unicode ≠ (and ≤, ≥) is a
    condition's relation wherever it is written."""
    text = ("$$f(x_j) = \\frac{e^{x_j}}{\\sum_{k=1}^{n} e^{x_k}}$$\n\n"
            "Case i = j:\n\n$$\\frac{\\partial f(x_j)}{\\partial x_i} = f(x_j)(1 - f(x_j))$$\n\n"
            "Case i ≠ j:\n\n$$\\frac{\\partial f(x_j)}{\\partial x_i} = -f(x_j) f(x_i)$$\n\n"
            "Case $i ≠ j$:\n\n$$\\frac{\\partial f(x_j)}{\\partial x_i} = f(x_j) f(x_i)$$\n")
    assert verdicts(text) == {5: ["holds"], 9: ["holds"], 13: ["refuted"]}


def test_a_defined_function_written_at_a_number_is_a_claim_about_its_value():
    """``\\Phi(0) = 0.5``, ``\\Phi(-\\infty) = 0`` after ``\\Phi(x) = \\int_{-\\infty}^{x} \\phi(t)\\,dt``: facts about
    Φ, checked; before, ``\\Phi(-\\infty) = 0`` became Φ's meaning in its paragraph and the symmetry
    Φ(−x) = 1 − Φ(x) beside it was refuted (held-out 323). The variable of integration t is
    bound: ``t = \\tanh(u)`` elsewhere in the document does not reach it."""
    text = ("$$\\phi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$$\n\n"
            "$$\\Phi(x) = \\int_{-\\infty}^{x} \\phi(t) \\, dt$$\n\n"
            "- $\\Phi(-\\infty) = 0$, $\\Phi(\\infty) = 1$\n- $\\Phi(0) = 0.5$\n- $\\Phi(-x) = 1 - \\Phi(x)$\n"
            "- $\\Phi(0) = 0.4$\n\nLet $t = \\tanh(u)$ with $u = 2x$.\n\n"
            "$$\\frac{d}{dx} \\Phi(x) = \\phi(x)$$\n")
    assert verdicts(text) == {5: ["holds", "holds"], 6: ["holds"], 7: ["holds"], 8: ["refuted"], 12: ["holds"]}


def test_a_derivative_of_a_bracket_times_a_factor_differentiates_the_bracket():
    """``\\frac{d}{dx}\\left(\\frac{x}{2}\\right) \\cdot (1 + t)``: with the product sign written after
    the bracket, the operator's operand is the bracket and (1 + t) multiplies its derivative, as
    the product rule is written (held-out 323); without a sign the operator still takes the
    whole term."""
    text = ("Let $t = \\tanh(x)$.\n\n"
            "$$\\frac{d}{dx}\\left(\\frac{x}{2}\\right) \\cdot (1 + t) + \\frac{x}{2} \\cdot \\frac{d}{dx}(1 + t) = "
            "\\frac{1}{2}(1 + t) + \\frac{x}{2}(1 - t^2)$$\n\n"
            "$$\\frac{d}{dx}\\left(\\frac{x}{2}\\right) (1 + t) = \\frac{1}{2}(1 + t)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}


def test_newline_ends_a_row_and_a_side_begins_at_its_first_symbol():
    """``\\newline`` ends a row of an align, as MathJax reads it (held-out 330); a side written as
    ``&= \\qquad`` at a line's end and the formula on the next line is placed on the line where
    its first symbol is, as its author wrote it."""
    text = ("$$\\begin{align}\n  a^2 - b^2 \\quad &= \\qquad\n    (a - b)(a + b)\n  \\newline\n"
            "  &= \\qquad\n    a^2 + b^2\n\\end{align}$$\n")
    assert verdicts(text) == {3: ["holds"], 6: ["refuted"]}


def test_sigma_differentiated_by_is_the_standard_deviation_not_the_sigmoid():
    """A Gaussian log-likelihood differentiated by σ: σ is a variable (the standard deviation)
    in every formula, also in ∂ℓ/∂μ where σ is written alone; before, σ there was read as the
    sigmoid of μ and the correct derivative was refuted (held-out 329)."""
    text = ("$$\\ell(\\mu, \\sigma) = -n \\log(\\sigma) - \\frac{1}{2} "
            "\\frac{\\sum_{i=1}^n (x_i - \\mu)^2}{\\sigma^2}$$\n\n"
            "$$\\frac{\\partial}{\\partial \\mu} \\ell(\\mu, \\sigma) = "
            "\\frac{1}{\\sigma^2} \\left( \\sum_{i=1}^n x_i - n \\mu \\right)$$\n\n"
            "$$\\frac{\\partial}{\\partial \\sigma} \\ell(\\mu, \\sigma) = -\\frac{n}{\\sigma} + "
            "\\frac{\\sum_{i=1}^n (x_i - \\mu)^2}{\\sigma^3}$$\n\n"
            "$$\\frac{\\partial}{\\partial \\mu} \\ell(\\mu, \\sigma) = "
            "\\frac{1}{\\sigma} \\left( \\sum_{i=1}^n x_i - n \\mu \\right)$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["holds"], 7: ["refuted"]}


def test_a_sample_superscript_with_a_transpose_is_the_samples_row():
    """``\\mathbf{x}^{(i)T}``: sample i's vector, transposed (one superscript carrying both), so
    ``\\mathbf{x}^{(i)T}\\boldsymbol{\\theta}`` is θᵀx⁽ⁱ⁾ and its gradient by θ is x⁽ⁱ⁾; before,
    the superscript was read as a power of a vector and refused (held-out 321)."""
    text = ("Let $\\mathcal{L} = \\left( \\boldsymbol{\\theta}^T \\mathbf{x}^{(i)} - y^{(i)} \\right)^2$.\n\n"
            "$$\\nabla_{\\boldsymbol{\\theta}} \\mathcal{L} = "
            "2 \\left( \\mathbf{x}^{(i)T} \\boldsymbol{\\theta} - y^{(i)} \\right) \\mathbf{x}^{(i)}$$\n\n"
            "$$\\nabla_{\\boldsymbol{\\theta}} \\mathcal{L} = "
            "2 \\left( \\mathbf{x}^{(i)T} \\boldsymbol{\\theta} - y^{(i)} \\right) \\boldsymbol{\\theta}$$\n")
    assert verdicts(text) == {3: ["holds"], 5: ["refuted"]}
