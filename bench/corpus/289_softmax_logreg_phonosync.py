from sympy import Symbol, symbols, exp, log, diff, floor, Rational, Limit, oo, S

from labels import Claim

SOURCE = "https://github.com/phonosync/fromscratch/blob/4964402494424f240122c019c5ec071744846975/ff_nn/softmax_logreg.ipynb"
TITLE = "Softmax Logistic Regression"
TOPIC = "multiclass"

# ---------------------------------------------------------------- sizes: N = 2 samples, K = 3 classes, D = 2 features
N, K, D = 2, 3, 2
x = [[Symbol(f"x{n}{d}", real=True) for d in range(1, D + 1)] for n in range(1, N + 1)]
W = [[Symbol(f"W{d}{k}", real=True) for k in range(1, K + 1)] for d in range(1, D + 1)]
b = [Symbol(f"b{k}", real=True) for k in range(1, K + 1)]
# targets: each row sums to 1 (one-hot property used by the author), t_n3 = 1 - t_n1 - t_n2
t = []
for n in range(1, N + 1):
    t1, t2 = Symbol(f"t{n}1", real=True), Symbol(f"t{n}2", real=True)
    t.append([t1, t2, 1 - t1 - t2])

z = [[sum(W[d][k] * x[n][d] for d in range(D)) + b[k] for k in range(K)] for n in range(N)]


def softmax(zs, k):
    return exp(zs[k]) / sum(exp(v) for v in zs)


y = [[softmax(z[n], k) for k in range(K)] for n in range(N)]
J = sum(t[n][k] * log(y[n][k]) for n in range(N) for k in range(K))

# single-sample logits as free symbols, for the softmax-derivative lines
u1, u2, u3 = symbols("u1 u2 u3", real=True)
u = [u1, u2, u3]
Su = exp(u1) + exp(u2) + exp(u3)
p = [softmax(u, k) for k in range(K)]


def dsm(kp, k, zs):
    """d y_{k'} / d z_k of the softmax, evaluated at logits zs."""
    expr = diff(softmax(u, kp), u[k])
    return expr.subs({u[i]: zs[i] for i in range(K)}, simultaneous=True)


def delta(a, c):
    return 1 if a == c else 0


# ---------------------------------------------------------------- numerical loss examples (line 19-22)
def loss_at(q):  # one sample, probability q on the true target
    return -1 * log(q)


def rounded3(v):  # the value to three decimals
    return floor(v * 1000 + S.Half) / 1000


# -log(0) = oo cannot be evaluated at finite points: both sides are compared through exp(-.)
lce_zero = exp(-Limit(-log(Symbol("q", positive=True)), Symbol("q", positive=True), 0, "+"))

# ---------------------------------------------------------------- chain rule with the wrong summation index (line 37)
dd, kk, kprime = 0, 0, 1  # d = 1, k = 1, the free k' = 2 in the literal reading
lhs37 = diff(J, W[dd][kk])
literal37 = sum(
    sum((t[n][kprime] / y[n][kprime]) * dsm(kprime, kk, z[n]) * x[n][dd] for i in range(K))
    for n in range(N)
)
alt37 = sum(
    sum((t[n][kp] / y[n][kp]) * dsm(kp, kk, z[n]) * x[n][dd] for kp in range(K))
    for n in range(N)
)

# ---------------------------------------------------------------- merged softmax derivative (line 58)
c = [[Symbol(f"c{a}{e}", real=True) for e in range(K)] for a in range(K)]
lhs58 = sum(c[kp][k] * diff(p[kp], u[k]) for kp in range(K) for k in range(K))
rhs58 = sum(c[kp][k] * p[kp] * (delta(k, kp) - p[k]) for kp in range(K) for k in range(K))

# ---------------------------------------------------------------- combined gradient (lines 66-69)
grad66_rhs = -sum(
    sum((t[n][i] / y[n][i]) * y[n][i] * (delta(kk, i) - y[n][kk]) * x[n][dd] for i in range(K))
    for n in range(N)
)
line67 = -sum(sum(t[n][i] * (delta(kk, i) - y[n][kk]) * x[n][dd] for i in range(K)) for n in range(N))
line68 = -sum(
    x[n][dd] * (sum(t[n][i] * delta(kk, i) for i in range(K)) - sum(t[n][i] * y[n][kk] for i in range(K)))
    for n in range(N)
)
line69 = -sum((t[n][kk] - y[n][kk]) * x[n][dd] for n in range(N))

# ---------------------------------------------------------------- matrix form (line 73), all entries via weights e_dk
e = [[Symbol(f"e{d}{k}", real=True) for k in range(K)] for d in range(D)]
lhs73 = sum(e[d][k] * diff(J, W[d][k]) for d in range(D) for k in range(K))
rhs73 = sum(e[d][k] * sum(x[n][d] * (t[n][k] - y[n][k]) for n in range(N)) for d in range(D) for k in range(K))

# ---------------------------------------------------------------- bias (lines 76-82), k = 1
Yt = Symbol("Y", positive=True)
tt = Symbol("t", real=True)
lhs76 = diff(J, b[kk])
rhs76 = sum(
    sum((t[n][i] / y[n][i]) * dsm(i, kk, z[n]) * diff(z[n][kk], b[kk]) for i in range(K))
    for n in range(N)
)
rhs82 = sum(t[n][kk] - y[n][kk] for n in range(N))

CLAIMS = [
    Claim(19, "valid", loss_at(1), 0),
    Claim(20, "valid", -log(Rational(1, 2)), -1 * log(Rational(1, 2))),
    Claim(20, "ambiguous", -1 * log(Rational(1, 2)), Rational(693, 1000), k=2,
          alt=(rounded3(-log(Rational(1, 2))), Rational(693, 1000)),
          note="-log(0.5) = 0.693147..., equal only as a value rounded to three decimals"),
    Claim(21, "valid", -log(Rational(1, 4)), -1 * log(Rational(1, 4))),
    Claim(21, "ambiguous", -1 * log(Rational(1, 4)), Rational(1386, 1000), k=2,
          alt=(rounded3(-log(Rational(1, 4))), Rational(1386, 1000)),
          note="-log(0.25) = 1.386294..., equal only as a value rounded to three decimals"),
    Claim(22, "valid", lce_zero, exp(-Limit(-1 * log(Symbol("q", positive=True)), Symbol("q", positive=True), 0, "+"))),
    Claim(22, "valid", lce_zero, exp(-oo), k=2),
    Claim(37, "ambiguous", lhs37, literal37, alt=(lhs37, alt37),
          note="the sum runs over i but the summand is indexed by k'; only with the sum taken over k' is it the chain rule"),
    Claim(39, "valid", diff(tt * log(Yt), Yt), tt / Yt),
    Claim(42, "valid", diff(p[1], u1), (-1) * exp(u2) * Su**-2 * exp(u1)),
    Claim(43, "valid", (-1) * exp(u2) * Su**-2 * exp(u1), (-1) * (exp(u2) / Su) * (exp(u1) / Su)),
    Claim(44, "valid", (-1) * (exp(u2) / Su) * (exp(u1) / Su), -p[1] * p[0]),
    Claim(48, "valid", diff(p[0], u1), exp(u1) * Su**-1 - exp(u1) * Su**-2 * exp(u1)),
    Claim(49, "valid", exp(u1) * Su**-1 - exp(u1) * Su**-2 * exp(u1), p[0] * (1 - p[0])),
    Claim(58, "valid", lhs58, rhs58),
    Claim(62, "valid", diff(z[0][kk], W[dd][kk]), x[0][dd]),
    Claim(66, "invalid", diff(J, W[dd][kk]), grad66_rhs,
          note="J = +sum t log y, so dJ/dW_dk = +sum_n sum_i t_ni(delta_ki - y_nk) x_nd; the leading minus is wrong"),
    Claim(67, "valid", grad66_rhs, line67),
    Claim(68, "valid", line67, line68),
    Claim(69, "valid", line68, line69),
    Claim(73, "valid", lhs73, rhs73),
    Claim(76, "valid", lhs76, rhs76),
    Claim(79, "valid", diff(z[0][kk], b[kk]), 1),
    Claim(82, "valid", lhs76, rhs82),
]
