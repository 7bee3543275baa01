from sympy import Symbol, Max, Piecewise, Rational, diff

from labels import Claim

SOURCE = "https://github.com/gaoshoufenmu/ml-algorithms/blob/745986169768be7a7d89d0d1c04265a27a99a5c9/svm/softsgd.md"
TITLE = "Soft-margin SVM with the hinge loss, solved by stochastic subgradient descent"
TOPIC = "hinge"

# m = 3 samples, d = 2 features; gradients are checked on their first component (w1).
w1, w2, b = Symbol("w1", real=True), Symbol("w2", real=True), Symbol("b", real=True)
C = Symbol("C", positive=True)
X = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in range(1, 4)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, 4)]
labels_pm = {y: (-1, 1) for y in Y}
dom = {C: (0.1, 2.0), **labels_pm}


def margin(i):
    return Y[i] * (w1 * X[i][0] + w2 * X[i][1] + b)


def loss(i):  # l(w, i) = C max(0, 1 - y_i(w x_i + b))
    return C * Max(0, 1 - margin(i))


def subgrad(i):  # a subgradient of l(w, i) in w1: -y_i C x_i1 on the active side, else 0
    return Piecewise((-Y[i] * C * X[i][0], margin(i) < 1), (0, True))


m = 3
E_v = Rational(1, m) * sum(subgrad(i) for i in range(m))              # E[v_t | w]
E_grad = Rational(1, m) * sum(diff(loss(i), w1) for i in range(m))    # E_i[grad l(w, i)]
grad_mE = diff(m * Rational(1, m) * sum(loss(i) for i in range(m)), w1)
grad_sum = diff(sum(loss(i) for i in range(m)), w1)

# the iterate chain (one coordinate); t and m as symbols
t = Symbol("t", positive=True)
M = Symbol("m", positive=True)
W, Wp, V, Vp = (Symbol(s, real=True) for s in ("W_t", "W_tm1", "V_t", "V_tm1"))
W_from_prev = Wp - (Wp + M * Vp) / (t - 1)   # the same update applied at step t-1

# the unrolled form at t = 3, from an arbitrary starting point w^(1)
W1, v1, v2, v3 = (Symbol(s, real=True) for s in ("W_1", "v_1", "v_2", "v_3"))
W2 = W1 - (W1 + M * v1) / 1                  # w^(2)
prev_member_t3 = Rational(2, 3) * (Rational(1, 2) * W2 - M / 2 * v2) - M / 3 * v3

# single sample v_t of the case formula
x1, x2, y = Symbol("x_1", real=True), Symbol("x_2", real=True), Symbol("y", real=True)
single_margin = y * (w1 * x1 + w2 * x2 + b)
true_v = diff(C * Max(0, 1 - single_margin), w1)
case_v = Piecewise((0, single_margin < 1), (-y * C * x1, True))

CLAIMS = [
    Claim(54, "valid", m * E_v, m * E_grad, domain=dom),
    Claim(54, "valid", m * E_grad, grad_mE, k=2, domain=dom),
    Claim(54, "valid", grad_mE, grad_sum, k=3, domain=dom),
    Claim(58, "valid", W - (W + M * V) / t, (1 - 1 / t) * W - M / t * V,
          domain={t: (3.0, 12.0), M: (1.0, 5.0)}),
    Claim(58, "valid", (1 - 1 / t) * W - M / t * V, (t - 1) / t * W - M / t * V, k=2,
          domain={t: (3.0, 12.0), M: (1.0, 5.0)}),
    Claim(58, "valid", (t - 1) / t * W_from_prev - M / t * V,
          (t - 1) / t * ((t - 2) / (t - 1) * Wp - M / (t - 1) * Vp) - M / t * V, k=3,
          domain={t: (3.0, 12.0), M: (1.0, 5.0)}),
    Claim(58, "valid", prev_member_t3, -M / 3 * (v1 + v2 + v3), k=4,
          domain={M: (1.0, 5.0)}),
    Claim(62, "invalid", true_v, case_v, domain={C: (0.1, 2.0), y: (-1, 1)},
          note="the cases are swapped: the hinge term's subgradient is -yCx when y(wx+b) < 1 and 0 otherwise"),
]
