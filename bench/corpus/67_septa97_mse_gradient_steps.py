from sympy import Rational, Symbol, diff

from labels import Claim

SOURCE = "https://github.com/septa97/septa97.com/blob/d21bb76d5689b1e73b7dc4a250ddcab2d8282f75/_posts/2018-06-06-MSE-gradient.md"
TITLE = "Step-by-step gradient of MSE = 1/(2n) sum (y_actual - sum_k w_k x_k)^2 via u (sign of du/dw0 lost)"
TOPIC = "linear"

# n = 3 samples (i = 0, 1, 2), m = 3 weights (w0, w1, w2 = w_{m-1}); the document writes
# y_actual, x_k and u without a sample index: they are read per sample, y[i], x[k][i], u[i].
n = 3
w = [Symbol(f"w{k}", real=True) for k in range(3)]
x = [[Symbol(f"x{k}_{i}", real=True) for i in range(n)] for k in range(3)]
y = [Symbol(f"y{i}", real=True) for i in range(n)]
yp = [sum(w[k] * x[k][i] for k in range(3)) for i in range(n)]      # y_prediction per sample
u = [y[i] - yp[i] for i in range(n)]                                  # u per sample
MSE = Rational(1, 2 * n) * sum(ui**2 for ui in u)
D0 = diff(MSE, w[0])

# dMSE/du_i, the per-sample factor of the chain rule: MSE as a function of u_0, u_1, u_2
U = [Symbol(f"U{i}", real=True) for i in range(n)]
MSE_U = Rational(1, 2 * n) * sum(Ui**2 for Ui in U)
dMSE_du = [diff(MSE_U, U[i]).subs(dict(zip(U, u))) for i in range(n)]
chain = sum(dMSE_du[i] * diff(u[i], w[0]) for i in range(n))

# the index-free reading: u is one quantity, so the sum of n equal terms is n u^2 (resp. n u)
us = Symbol("u", real=True)

NOTE_SIGN = "du/dw0 = -x0 (u = y - (w0 x0 + ...)), so dMSE/dw0 = -(1/n) sum (y - y_pred) x0: the sign is lost"


def wrong(k):
    """The document's result for w_k: (1/n) sum (y_actual - y_prediction) * x_k, per sample."""
    return Rational(1, n) * sum((y[i] - yp[i]) * x[k][i] for i in range(n))


CLAIMS = [
    Claim(27, "valid", MSE, Rational(1, 2 * n) * sum(ui**2 for ui in u)),
    Claim(33, "valid", D0, chain,
          note="multivariable chain rule, dMSE/du times du/dw0 summed over the samples' u"),
    Claim(39, "ambiguous", dMSE_du[0], Rational(1, n) * sum(u),
          alt=(diff(Rational(1, 2 * n) * n * us**2, us), Rational(1, n) * n * us),
          note="with a residual u_i per sample dMSE/du_i = u_i/n, not (1/n) sum u; "
               "it holds only if u is one quantity (the sum of n equal terms)"),
    Claim(45, "invalid", diff(u[0], w[0]), x[0][0], note="u = y - (w0 x0 + ...), so du/dw0 = -x0"),
    Claim(51, "valid", D0, chain,
          note="multivariable chain rule, dMSE/du times du/dw0 summed over the samples' u"),
    Claim(55, "invalid", D0, Rational(1, n) * sum(u[i] * x[0][i] for i in range(n)), note=NOTE_SIGN),
    Claim(61, "invalid", D0, Rational(1, n) * sum((y[i] - (w[0] * x[0][i] + w[1] * x[1][i] + w[2] * x[2][i]))
                                                  * x[0][i] for i in range(n)), note=NOTE_SIGN),
    Claim(67, "invalid", D0, wrong(0), note=NOTE_SIGN),
    Claim(73, "invalid", diff(MSE, w[1]), wrong(1), note="dMSE/dw1 = -(1/n) sum (y - y_pred) x1: sign lost"),
    Claim(81, "invalid", diff(MSE, w[2]), wrong(2),
          note="dMSE/dw_{m-1} = -(1/n) sum (y - y_pred) x_{m-1}: sign lost"),
]
