from sympy import Symbol, Rational, exp, log, diff

from labels import Claim

SOURCE = "https://aman.ai/primers/backprop/derivative-logistic-regression/"
TITLE = "Primers • Partial Derivative of the Cost Function for Logistic Regression"
TOPIC = "logistic"

# m = 3 samples, n = 2 features; "theta x^(i)" = theta_0 + theta_1 x_1^(i) + theta_2 x_2^(i)
m = 3
th0, th1, th2 = (Symbol(f"theta{k}", real=True) for k in range(3))
X = [(Symbol(f"x{i}_1", real=True), Symbol(f"x{i}_2", real=True)) for i in range(1, m + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
ydom = {y: (0.05, 0.95) for y in Y}

T = [th0 + th1 * a + th2 * b for a, b in X]          # theta x^(i)
H = [1 / (1 + exp(-t)) for t in T]                     # h_theta(x^(i)) = g(theta^T x^(i))

# the cost as defined (sum over both terms, the evident reading of the bracket-less sum)
J = -Rational(1, m) * sum(y * log(h) + (1 - y) * log(1 - h) for y, h in zip(Y, H))
dJ = diff(J, th1)                                      # j = 1

# one generic sample for the per-sample identities
t, yy, xj = T[0], Y[0], X[0][0]
h = H[0]

# the positive arguments of the log rules
u = Symbol("x", positive=True)
v = Symbol("y", positive=True)
pos = {u: (0.1, 5.0), v: (0.1, 5.0)}

plugged = -Rational(1, m) * sum(
    -y * log(1 + exp(-tt)) + (1 - y) * (-tt - log(1 + exp(-tt))) for y, tt in zip(Y, T))
boxed1 = -Rational(1, m) * sum(y * tt - tt - log(1 + exp(-tt)) for y, tt in zip(Y, T))
boxed2 = -Rational(1, m) * sum(y * tt - log(1 + exp(tt)) for y, tt in zip(Y, T))
no_mean = sum((hh - y) * a for hh, y, (a, _) in zip(H, Y, X))

CLAIMS = [
    Claim(6, "valid", dJ, diff(J, th1), k=1, domain=ydom),
    Claim(6, "invalid", diff(J, th1), no_mean, k=2, domain=ydom,
          note="J carries the factor 1/m, so the gradient is (1/m) sum (h - y) x_j, not sum (h - y) x_j"),
    Claim(30, "valid", log(h), log(1 / (1 + exp(-t))), k=1),
    Claim(30, "valid", log(1 / (1 + exp(-t))), -log(1 + exp(-t)), k=2),
    Claim(31, "valid", log(1 - h), log(1 - 1 / (1 + exp(-t))), k=1),
    Claim(31, "valid", log(1 - 1 / (1 + exp(-t))), log(exp(-t)) - log(1 + exp(-t)), k=2),
    Claim(31, "valid", log(exp(-t)) - log(1 + exp(-t)), -t - log(1 + exp(-t)), k=3),
    Claim(33, "valid", 1, (1 + exp(-t)) / (1 + exp(-t)), k=1),
    Claim(33, "valid", log(u / v), log(u) - log(v), k=2, domain=pos),
    Claim(37, "valid", J, plugged, domain=ydom),
    Claim(41, "valid", J, boxed1, k=1, domain=ydom),
    Claim(41, "valid", boxed1, boxed2, k=2, domain=ydom),
    Claim(45, "valid", -t - log(1 + exp(-t)), -(log(exp(t)) + log(1 + exp(-t))), k=1),
    Claim(45, "valid", -(log(exp(t)) + log(1 + exp(-t))), -log(1 + exp(t)), k=2),
    Claim(47, "valid", log(u) + log(v), log(u * v), domain=pos),
    Claim(52, "valid", diff(yy * t, th1), yy * xj),
    Claim(53, "valid", diff(log(1 + exp(t)), th1), xj * exp(t) / (1 + exp(t)), k=1),
    Claim(53, "valid", xj * exp(t) / (1 + exp(t)), xj * h, k=2),
    Claim(58, "invalid", dJ, no_mean, domain=ydom,
          note="from J = -(1/m) sum [y theta x - log(1 + e^{theta x})] the derivative is (1/m) sum (h - y) x_j; the 1/m is dropped"),
]
