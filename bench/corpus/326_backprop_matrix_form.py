"""Labels for 326_backprop_matrix_form.md (Sudeep Raja, A Derivation of Backpropagation in Matrix Form).

Concrete instance: x_0 in R^2, W_1 is 5x2, W_2 is 3x5, W_3 is 2x3 (the sizes the post uses for
W_2, W_3), no biases, as in the post.  The generic activations f_1, f_2, f_3 are instantiated
as tanh, the logistic sigmoid and arctan.  The undefined `z` of the loss is read as the output x_3.
Matrix-valued claims are compared through a random linear functional: sum_ij U_ij M_ij with
free symbols U_ij (drawn at random by the checker), which separates unequal matrices.
Shorthand such as (x_3-t) dx_3/dW_3 is read as the contraction over the output index.
"""
from sympy import Matrix, Rational, Symbol, atan, diff, exp, tanh

from labels import Claim

SOURCE = "https://sudeepraja.github.io/Neural/"
TITLE = "A Derivation of Backpropagation in Matrix Form"
TOPIC = "backprop"


def mat(name, r, c):
    return Matrix(r, c, lambda i, j: Symbol(f"{name}{i}{j}", real=True))


def vec(name, n):
    return Matrix(n, 1, lambda i, _: Symbol(f"{name}{i}", real=True))


z_ = Symbol("z_", real=True)
F1, F2, F3 = tanh(z_), 1 / (1 + exp(-z_)), atan(z_)
dF1, dF2, dF3 = diff(F1, z_), diff(F2, z_), diff(F3, z_)


def ap(expr, v):
    """apply a scalar function (in z_) entrywise"""
    return v.applyfunc(lambda e: expr.subs(z_, e))


x0 = vec("x", 2)
t = vec("t", 2)
W1, W2, W3 = mat("a", 5, 2), mat("b", 3, 5), mat("c", 2, 3)
U1, U2, U3 = mat("p", 5, 2), mat("q", 3, 5), mat("r", 2, 3)

x1 = ap(F1, W1 * x0)
x2 = ap(F2, W2 * x1)
x3 = ap(F3, W3 * x2)
res = x3 - t
E = Rational(1, 2) * (res.T * res)[0]          # E = 1/2 ||x_3 - t||^2 (z read as x_3)
E_sum = (res.T * res)[0]                       # the summary's E = ||x_L - t||^2


def proj(M, U):
    return sum(M[i, j] * U[i, j] for i in range(M.rows) for j in range(M.cols))


def grad(f, W):
    return Matrix(W.rows, W.cols, lambda i, j: diff(f, W[i, j]))


def contract(v, y, W):
    """sum_i v_i * d y_i / d W  (a matrix the shape of W)"""
    return Matrix(W.rows, W.cols, lambda j, k: sum(v[i] * diff(y[i], W[j, k]) for i in range(v.rows)))


d3 = res.multiply_elementwise(ap(dF3, W3 * x2))
d2 = (W3.T * d3).multiply_elementwise(ap(dF2, W2 * x1))
d1 = (W2.T * d2).multiply_elementwise(ap(dF1, W1 * x0))

gE3, gE2, gE1 = grad(E, W3), grad(E, W2), grad(E, W1)

CLAIMS = [
    # dE/dW_3
    Claim(36, "valid", proj(gE3, U3), proj(contract(res, x3, W3), U3)),
    Claim(37, "valid", proj(contract(res, x3, W3), U3), proj(contract(d3, W3 * x2, W3), U3)),
    Claim(38, "valid", proj(contract(d3, W3 * x2, W3), U3), proj(d3 * x2.T, U3)),
    Claim(40, "valid", proj(gE3, U3), proj(d3 * x2.T, U3)),
    # dE/dW_2
    Claim(48, "valid", proj(gE2, U2), proj(contract(res, x3, W2), U2)),
    Claim(49, "valid", proj(contract(res, x3, W2), U2), proj(contract(d3, W3 * x2, W2), U2)),
    Claim(50, "valid", proj(contract(res.multiply_elementwise(ap(dF3, W3 * x2)), W3 * x2, W2), U2),
          proj(contract(d3, W3 * x2, W2), U2)),
    Claim(51, "valid", proj(contract(d3, W3 * x2, W2), U2), proj(contract(W3.T * d3, x2, W2), U2)),
    Claim(52, "valid", proj(contract(W3.T * d3, x2, W2), U2), proj(contract(d2, W2 * x1, W2), U2)),
    Claim(53, "valid", proj(contract(d2, W2 * x1, W2), U2), proj(d2 * x1.T, U2)),
    # dE/dW_1
    Claim(61, "valid", proj(gE1, U1), proj(d1 * x0.T, U1)),
    Claim(62, "valid", proj(((W2.T * d2).multiply_elementwise(ap(dF1, W1 * x0))) * x0.T, U1),
          proj(d1 * x0.T, U1)),  # delta_1 read as the bracket above
    # summary
    Claim(73, "invalid", E, E_sum,
          note="the loss was defined as 1/2||x_3 - t||^2; the summary drops the 1/2, doubling E"),
    Claim(86, "ambiguous",
          proj(grad(E_sum, W1), U1) + proj(grad(E_sum, W2), U2) + proj(grad(E_sum, W3), U3),
          proj(d1 * x0.T, U1) + proj(d2 * x1.T, U2) + proj(d3 * x2.T, U3),
          alt=(proj(gE1, U1) + proj(gE2, U2) + proj(gE3, U3),
               proj(d1 * x0.T, U1) + proj(d2 * x1.T, U2) + proj(d3 * x2.T, U3)),
          note="with the summary's E=||x_L-t||^2 the gradient is 2*delta_i x_{i-1}^T; holds for the earlier E=1/2||x_L-t||^2"),
]
