from sympy import Eq, Piecewise, Rational, Symbol, exp, diff, log

from labels import Claim

SOURCE = ("https://github.com/CGZ0703/neal-Note/blob/8081a1d28628905f5607ca3aeac959b9c198a3fa/"
          "algorithm/ml/logistic-regression.md")
TITLE = "Logistic regression: hypothesis, cross-entropy cost and its gradient (neal-Note)"
TOPIC = "logistic"

# m = 3 samples, n = 2 features; the derivative is taken with respect to theta_1 (j = 1)
t1, t2 = Symbol("theta1", real=True), Symbol("theta2", real=True)
X = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in (1, 2, 3)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
m = 3
labels01 = {y: (0, 1) for y in Y}


def g(z):
    return 1 / (1 + exp(-z))


Z = [t1 * xa + t2 * xb for xa, xb in X]
H = [g(z) for z in Z]                       # h_theta(x^{(i)})
J = -Rational(1, m) * sum(y * log(h) + (1 - y) * log(1 - h) for y, h in zip(Y, H))
dJ = diff(J, t1)
dH = [diff(h, t1) for h in H]               # d h_theta(x^{(i)}) / d theta_1
dG = [diff(g(z), t1) for z in Z]            # d g(theta^T x^{(i)}) / d theta_1
x1s = [xa for xa, _ in X]                   # x_j^{(i)} for j = 1

# one generic sample for the per-sample statements
x1, x2, y = Symbol("x1", real=True), Symbol("x2", real=True), Symbol("y", real=True)
z = t1 * x1 + t2 * x2
h = g(z)
C = y * log(h) + (1 - y) * log(1 - h)      # C(theta) as the document defines it

# linear-regression MSE with yhat^{(i)} = h_theta(x^{(i)}) = theta_0 + theta_1 x^{(i)}
th0, th1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
u = [Symbol(f"u{i}", real=True) for i in (1, 2, 3)]
lin = [th0 + th1 * ui for ui in u]
alpha = Symbol("alpha", positive=True)

line166 = -Rational(1, m) * sum(yy / hh * dh + (1 - yy) / (1 - hh) * dh for yy, hh, dh in zip(Y, H, dH))
line169 = -Rational(1, m) * sum((yy / hh - (1 - yy) / (1 - hh)) * dh for yy, hh, dh in zip(Y, H, dH))
line173 = -Rational(1, m) * sum((yy / hh - (1 - yy) / (1 - hh)) * dg for yy, hh, dg in zip(Y, H, dG))
z1 = Z[0]
line185 = diff(1 / (1 + exp(-z1)), t1)
line186 = exp(-z1) / (1 + exp(z1))**2 * diff(z1, t1)
line187 = g(z1) * (1 - g(z1)) * x1s[0]
line189 = -Rational(1, m) * sum((yy * (1 - g(zz)) - (1 - yy) * g(zz)) * xx for yy, zz, xx in zip(Y, Z, x1s))
line192 = -Rational(1, m) * sum((yy - g(zz)) * xx for yy, zz, xx in zip(Y, Z, x1s))
line193 = Rational(1, m) * sum((hh - yy) * xx for hh, yy, xx in zip(H, Y, x1s))

CLAIMS = [
    Claim(25, "valid", g(z), 1 / (1 + exp(-z))),
    Claim(33, "valid", g(z), 1 / (1 + exp(-z))),
    Claim(57, "valid",
          Rational(1, 2 * m) * sum((yh - yy)**2 for yh, yy in zip(lin, Y)),
          Rational(1, 2 * m) * sum((hh - yy)**2 for hh, yy in zip(lin, Y))),
    Claim(89, "invalid", C, Piecewise((-log(h), Eq(y, 1)), (-log(1 - h), True)), domain={y: (0, 1)},
          note="C was defined as y log h + (1-y) log(1-h), without the minus; the cases carry a minus"),
    Claim(101, "invalid", C.subs(y, 1), -log(h),
          note="with C as defined (no minus sign), C = log h_theta(x) when y = 1, not -log h_theta(x)"),
    Claim(135, "valid", t1 - alpha * dJ, t1 - alpha * line193, domain=labels01),
    Claim(161, "valid", dJ, diff(J, t1), domain=labels01),
    Claim(166, "invalid", dJ, line166, domain=labels01,
          note="d/dtheta log(1-h) = -h'/(1-h): the second term needs a minus sign, not a plus"),
    Claim(169, "invalid", line166, line169, domain=labels01,
          note="flips the sign of the second term of the previous line (this line is the correct gradient)"),
    Claim(173, "valid", line169, line173, domain=labels01),
    Claim(185, "valid", diff(g(z1), t1), line185),
    Claim(186, "invalid", line185, line186,
          note="denominator should be (1+e^{-theta^T x})^2; the minus in the exponent is dropped"),
    Claim(187, "invalid", line186, line187,
          note="g(1-g)x_j is the true derivative but differs from the previous line's (1+e^{+z})^2 form; also x^{i} for x^{(i)}"),
    Claim(189, "valid", dJ, line189, domain=labels01),
    Claim(192, "valid", line189, line192, domain=labels01),
    Claim(193, "valid", line192, line193, domain=labels01),
]
