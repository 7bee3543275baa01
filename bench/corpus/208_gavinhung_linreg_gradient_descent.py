from sympy import Rational, Symbol, diff

from labels import Claim

SOURCE = ("https://github.com/gavinkhung/gradient-descent/blob/aaa031e652d196ad81a784b3d3ed05f57937479c/"
          "linear_regression.ipynb")
TITLE = "Gradient Descent (linear regression y = wx + b, MSE gradients)"
TOPIC = "linear"

# n = 3 samples, one symbol per entry
n = 3
xs = [Symbol(f"x{i}", real=True) for i in range(1, n + 1)]
ys = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
w, b, eta = Symbol("w", real=True), Symbol("b", real=True), Symbol("eta", positive=True)
x = Symbol("x", real=True)  # the un-indexed x of  \hat{y} = w x + b
N = Rational(1, n)


def r(i):
    """Residual y_i - (w x_i + b)."""
    return ys[i] - (w * xs[i] + b)


MSE = N * sum(r(i)**2 for i in range(n))

# line 20-21: MSE with \hat{y} (no index) rewritten with w x_i + b
mse_hat_literal = N * sum((ys[i] - (w * x + b))**2 for i in range(n))

dw_chain = [
    diff(MSE, w),                                                  # line 43 rhs: d/dw [1/n sum (...)^2]
    N * sum(diff(r(i)**2, w) for i in range(n)),                   # line 44
    2 * N * sum(r(i) * diff(r(i), w) for i in range(n)),           # line 45
    2 * N * sum(r(i) * (-xs[i]) for i in range(n)),                # line 46
    -2 * N * sum(xs[i] * r(i) for i in range(n)),                  # line 47
]
db_chain = [
    diff(MSE, b),                                                  # line 57
    N * sum(diff(r(i)**2, b) for i in range(n)),                   # line 58
    2 * N * sum(r(i) * diff(r(i), b) for i in range(n)),           # line 59
    2 * N * sum(r(i) * (-1) for i in range(n)),                    # line 60
    -2 * N * sum(r(i) for i in range(n)),                          # line 61
]

CLAIMS = [
    Claim(21, "ambiguous", mse_hat_literal, MSE,
          alt=(N * sum((ys[i] - (w * xs[i] + b))**2 for i in range(n)), MSE),
          note="the sum uses \\hat{y} = w x + b with no index; holds only reading \\hat{y} as \\hat{y}_i = w x_i + b"),
    # d/dw chain, lines 43-47 (LHS of line 43 is d/dw of MSE from line 21)
    Claim(43, "valid", diff(MSE, w), dw_chain[0]),
    Claim(44, "valid", dw_chain[0], dw_chain[1]),
    Claim(45, "valid", dw_chain[1], dw_chain[2]),
    Claim(46, "valid", dw_chain[2], dw_chain[3]),
    Claim(47, "valid", dw_chain[3], dw_chain[4]),
    # d/db chain, lines 57-61
    Claim(57, "valid", diff(MSE, b), db_chain[0]),
    Claim(58, "valid", db_chain[0], db_chain[1]),
    Claim(59, "valid", db_chain[1], db_chain[2]),
    Claim(60, "valid", db_chain[2], db_chain[3]),
    Claim(61, "valid", db_chain[3], db_chain[4]),
    # bias update (first '=' on line 77 is the update rule, not a claim); L read as the MSE loss
    Claim(78, "valid", b - eta * diff(MSE, b), b - eta * (-2 * N * sum(r(i) for i in range(n)))),
    # "Weights" update, copied from the bias one: d/db L set equal to the w-gradient
    Claim(87, "invalid", b - eta * diff(MSE, b), b - eta * (-2 * N * sum(xs[i] * r(i) for i in range(n))),
          note="dL/db = -2/n sum (y_i - w x_i - b), not -2/n sum x_i(y_i - w x_i - b); copy-paste slip (b for w)"),
]
