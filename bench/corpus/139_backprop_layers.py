"""Labels for 139_backprop_layers.md (wj-jason, "The Mathematics Behind Neural Networks", sections 4-8).

Concrete sizes used for the checks:
- sections 5 and 6 (one dense layer Y = WX + B): indices 0..n with n = 2 (three inputs x0..x2) and
  0..m with m = 1 (two outputs y0, y1); the cost is the document's MSE on the layer output,
  C = 1/2 [(t0 - y0)^2 + (t1 - y1)^2] (t = expected outputs, the document's y-hat).
- section 6 (activation layer): y_n = f(x_n) with f = sigmoid, two units, same MSE cost.
- section 8 (the example network): input X^(0) in R^2, dense layer 0, element-wise sigmoid layer 1,
  dense layer 2 to ONE output (as in the document's figure), C = (Yhat - Y)^2 (n = 1). The figure has
  five hidden units; the identities are checked with two.
Matrix / vector claims are compared through a fixed weighted sum of their entries (`flat`).
"""
from sympy import Symbol, exp, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/wj-jason/Neural-Networks-From-Scratch/blob/"
          "78ea0bc1c8886985d8cda1a8ebd3dc5ea5ccaa0d/mathematics.md")
TITLE = "The Mathematics Behind Neural Networks, sections 4-8: backpropagation (wj-jason)"
TOPIC = "backprop"

WEIGHTS = (1, 3, 7, 13, 19, 29, 37, 43)


def flat(entries):
    """A fixed weighted sum of a matrix's / vector's entries (row-major)."""
    return sum(c * e for c, e in zip(WEIGHTS, entries))


def sig(z):
    return 1 / (1 + exp(-z))


def dsig(z):
    return sig(z) * (1 - sig(z))


# ---------------------------------------------------------------- one dense layer (section 5)
R = dict(real=True)
x = [Symbol(f"x{j}", **R) for j in range(3)]                       # inputs x_0..x_n, n = 2
w = [[Symbol(f"w{i}{j}", **R) for j in range(3)] for i in range(2)]  # w_{mn}, m = 0..1
b = [Symbol(f"b{i}", **R) for i in range(2)]
t = [Symbol(f"t{i}", **R) for i in range(2)]                       # expected outputs (y-hat)
ys = [Symbol(f"ys{i}", **R) for i in range(2)]                     # the outputs as free symbols

Y = [sum(w[i][j] * x[j] for j in range(3)) + b[i] for i in range(2)]
C_of_y = Rational(1, 2) * sum((t[i] - ys[i]) ** 2 for i in range(2))   # C as a function of Y
at_Y = dict(zip(ys, Y))
C = C_of_y.subs(at_Y)                                              # C as a function of W, B, X
dC_dy = [diff(C_of_y, ys[i]).subs(at_Y) for i in range(2)]         # dC/dy_m at the layer output

dC_dW = [diff(C, w[i][j]) for i in range(2) for j in range(3)]
dC_dB = [diff(C, b[i]) for i in range(2)]
dC_dX = [diff(C, x[j]) for j in range(3)]
# chain rule with the Jacobian dY/d(.) contracted against dC/dY
chain_W = [sum(diff(Y[k], w[i][j]) * dC_dy[k] for k in range(2)) for i in range(2) for j in range(3)]
chain_B = [sum(diff(Y[k], b[i]) * dC_dy[k] for k in range(2)) for i in range(2)]
chain_X = [sum(diff(Y[k], x[j]) * dC_dy[k] for k in range(2)) for j in range(3)]
outer_W = [dC_dy[i] * x[j] for i in range(2) for j in range(3)]    # (dC/dY) X^T
WT_dCdy = [sum(w[k][j] * dC_dy[k] for k in range(2)) for j in range(3)]  # W^T dC/dY

# ---------------------------------------------------------------- activation layer (section 6)
ax = [Symbol(f"ax{j}", **R) for j in range(2)]
C_act = Rational(1, 2) * sum((t[i] - sig(ax[i])) ** 2 for i in range(2))
dCact_dx = [diff(C_act, ax[j]) for j in range(2)]
dCact_dy = [diff(C_of_y, ys[j]).subs({ys[0]: sig(ax[0]), ys[1]: sig(ax[1])}) for j in range(2)]
df = [dsig(ax[j]) for j in range(2)]                                # f'(x_n), f = sigmoid

# ---------------------------------------------------------------- the example network (section 8)
p = [Symbol(f"p{j}", **R) for j in range(2)]                        # X^(0)
u = [[Symbol(f"u{i}{j}", **R) for j in range(2)] for i in range(2)]  # W^(0)
c = [Symbol(f"c{i}", **R) for i in range(2)]                        # B^(0)
v = [Symbol(f"v{i}", **R) for i in range(2)]                        # W^(2) (1 x 2)
d = Symbol("d", real=True)                                          # B^(2)
tt = Symbol("tt", real=True)                                        # Y-hat (expected output)
yo = Symbol("yo", real=True)                                        # Y^(2) as a free symbol
q = [Symbol(f"q{i}", **R) for i in range(2)]                        # X^(2) as free symbols
r = [Symbol(f"r{i}", **R) for i in range(2)]                        # Y^(1) as free symbols
s = [Symbol(f"s{i}", **R) for i in range(2)]                        # X^(1) as free symbols
o = [Symbol(f"o{i}", **R) for i in range(2)]                        # Y^(0) as free symbols

C_out = (tt - yo) ** 2                                              # C = 1/n sum (yhat - y)^2, n = 1
Y2_q = v[0] * q[0] + v[1] * q[1] + d
C_q = C_out.subs(yo, Y2_q)                                          # C of W2, B2, X2
C_r = C_out.subs(yo, v[0] * r[0] + v[1] * r[1] + d)                 # C of Y1
Y2_s = v[0] * sig(s[0]) + v[1] * sig(s[1]) + d
C_s = C_out.subs(yo, Y2_s)                                          # C of X1
C_o = C_out.subs(yo, v[0] * sig(o[0]) + v[1] * sig(o[1]) + d)       # C of Y0
Z0 = [u[i][0] * p[0] + u[i][1] * p[1] + c[i] for i in range(2)]
Y2_net = v[0] * sig(Z0[0]) + v[1] * sig(Z0[1]) + d
C_net = C_out.subs(yo, Y2_net)                                      # C of W0, B0, X0

two_err_q = 2 * (Y2_q - tt)                                         # 2(Y - Yhat)
two_err_s = 2 * (Y2_s - tt)
two_err_net = 2 * (Y2_net - tt)
delta_s = [v[i] * two_err_s * dsig(s[i]) for i in range(2)]         # W2^T 2(Y-Yhat) (.) sigma'(X1)
delta_net = [v[i] * two_err_net * dsig(Z0[i]) for i in range(2)]

CLAIMS = [
    # ---- section 5
    Claim(28, "valid", flat(dC_dW), flat(chain_W),
          note="chain rule: dC/dw_ij = sum_k dy_k/dw_ij dC/dy_k (Jacobian contracted with dC/dY)"),
    Claim(29, "valid", flat(dC_dB), flat(chain_B),
          note="chain rule: dC/db_i = sum_k dy_k/db_i dC/dy_k"),
    Claim(34, "valid", flat(dC_dW), flat(dC_dW),
          note="the gradient matrix is the matrix of the partials dC/dw_mn (layout of the gradient)"),
    Claim(44, "valid", diff(C, w[0][0]), chain_W[0],
          note="dC/dw00 = sum_k dy_k/dw00 dC/dy_k"),
    Claim(53, "invalid", diff(Y[1], w[0][0]), x[0],
          note="dY/dw00 is the vector (x0, 0, ..., 0)^T; only its entry dy0/dw00 equals x0 (entry y1 shown: 0 vs x0)"),
    Claim(57, "valid", flat(dC_dW), flat(outer_W),
          note="dC/dw_mn = dC/dy_m * x_n for every m, n (y_m = sum_n w_mn x_n + b_m)"),
    Claim(63, "valid", flat(dC_dW), flat(outer_W),
          note="entries (m, n) of the gradient are dC/dy_m x_n"),
    Claim(72, "valid", flat(dC_dW), flat(outer_W),
          note="dC/dW = (dC/dY) X^T, outer product of the column vectors"),
    Claim(80, "valid", flat(dC_dB), flat(dC_dB),
          note="the bias gradient is the column of the partials dC/db_m"),
    Claim(90, "valid", diff(C, b[0]), chain_B[0],
          note="dC/db0 = sum_k dy_k/db0 dC/dy_k"),
    Claim(96, "valid", diff(C, b[0]), dC_dy[0],
          note="dy0/db0 = 1 and dy_k/db0 = 0 for k != 0"),
    Claim(99, "valid", flat(dC_dB), flat(dC_dy),
          note="dC/db_m = dC/dy_m for every m"),
    Claim(105, "valid", flat(dC_dB), flat(dC_dy),
          note="the bias gradient is the column (dC/dy_0, ..., dC/dy_m)"),
    Claim(114, "valid", flat(dC_dB), flat(dC_dy), note="dC/dB = dC/dY"),
    Claim(124, "valid", flat(dC_dX), flat(dC_dX),
          note="the input gradient is the column of the partials dC/dx_n"),
    Claim(133, "valid", flat(dC_dX), flat(chain_X),
          note="dC/dx_n = sum_k dy_k/dx_n dC/dy_k (x_n feeds every output)"),
    Claim(140, "valid", flat(dC_dX), flat(WT_dCdy),
          note="dy_k/dx_n = w_kn, so dC/dx_n = sum_k dC/dy_k w_kn"),
    Claim(146, "invalid", flat(dC_dB), flat(WT_dCdy),
          note="the column of sums sum_k dC/dy_k w_kn is dC/dX, not dC/dB (dC/dB = dC/dY)"),
    Claim(155, "valid", flat(dC_dX), flat(WT_dCdy), note="dC/dX = W^T dC/dY"),
    Claim(161, "valid", flat(dC_dW), flat(outer_W), note="dC/dW = (dC/dY) X^T"),
    Claim(163, "valid", flat(dC_dB), flat(dC_dy), note="dC/dB = dC/dY"),
    Claim(165, "valid", flat(dC_dX), flat(WT_dCdy), note="dC/dX = W^T dC/dY"),
    # ---- section 6 (activation layer y_n = f(x_n), f = sigmoid)
    Claim(182, "valid", flat(dCact_dx), flat([df[j] * dCact_dy[j] for j in range(2)]),
          note="y_n depends on x_n only: dC/dx_n = f'(x_n) dC/dy_n"),
    Claim(185, "valid", flat(dCact_dx), flat([dCact_dy[j] * df[j] for j in range(2)]),
          note="dC/dX = dC/dY (elementwise) f'(X)"),
    # ---- section 8 (example network, one output)
    Claim(228, "valid", diff(C_out, yo), 2 * (yo - tt),
          note="C = (Yhat - Y)^2 with one output (n = 1), so dC/dY = 2(Y - Yhat)"),
    Claim(230, "valid", flat([diff(C_q, v[i]) for i in range(2)]), flat([two_err_q * q[i] for i in range(2)]),
          note="dC/dW2 = (dC/dY2) X2^T, a 1 x 2 row"),
    Claim(232, "valid", diff(C_q, d), two_err_q, note="dC/dB2 = dC/dY2"),
    Claim(234, "valid", flat([diff(C_q, q[i]) for i in range(2)]), flat([v[i] * two_err_q for i in range(2)]),
          note="dC/dX2 = W2^T dC/dY2"),
    Claim(238, "valid", flat([diff(C_q, q[i]) for i in range(2)]),
          flat([diff(C_r, r[i]).subs(dict(zip(r, q))) for i in range(2)]),
          note="the activation layer's output is the next dense layer's input, Y1 = X2"),
    Claim(242, "valid", flat([diff(C_r, r[i]) for i in range(2)]),
          flat([v[i] * 2 * (v[0] * r[0] + v[1] * r[1] + d - tt) for i in range(2)]),
          note="dC/dY1 = dC/dX2 = W2^T 2(Y - Yhat)"),
    Claim(244, "valid", flat([diff(C_s, s[i]) for i in range(2)]), flat(delta_s),
          note="through the sigmoid layer: dC/dX1 = dC/dY1 (elementwise) sigma'(X1)"),
    Claim(248, "valid", flat([diff(C_s, s[i]) for i in range(2)]),
          flat([diff(C_o, o[i]).subs(dict(zip(o, s))) for i in range(2)]),
          note="the first dense layer's output is the activation layer's input, Y0 = X1"),
    Claim(252, "valid", flat([diff(C_o, o[i]) for i in range(2)]),
          flat([v[i] * 2 * (v[0] * sig(o[0]) + v[1] * sig(o[1]) + d - tt) * dsig(o[i]) for i in range(2)]),
          note="dC/dY0 = dC/dX1 = W2^T 2(Y - Yhat) (elementwise) sigma'(X1)"),
    Claim(254, "valid", flat([diff(C_net, u[i][j]) for i in range(2) for j in range(2)]),
          flat([delta_net[i] * p[j] for i in range(2) for j in range(2)]),
          note="dC/dW0 = (dC/dY0) X0^T; either grouping of (.) and the product gives delta_i x_j"),
    Claim(256, "valid", flat([diff(C_net, c[i]) for i in range(2)]), flat(delta_net),
          note="dC/dB0 = dC/dY0"),
]
