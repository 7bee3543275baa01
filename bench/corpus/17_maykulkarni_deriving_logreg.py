from sympy import Rational, Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/maykulkarni/Machine-Learning-Notebooks/blob/5f44301f12c2f6273e8a95318b04b04c823a456e/03.%20Classification/1B.%20Deriving%20Logistic%20Regression%20.ipynb"
TITLE = "Deriving logistic regression (theta, h_theta, sigma(x) shorthand)"
TOPIC = "logistic"


def sig(z):
    return 1 / (1 + exp(-z))


x = Symbol("x", real=True)
t0, t1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
xs = Symbol("xs", real=True)          # the literal argument of sigma(x) / sigma(x^{(i)}): data only
x1 = Symbol("x1", real=True)          # the feature x_j multiplying theta_j (j = 1)
Y01 = frozenset({0, 1})

# m = 2 with samples i = 0, 1, 2 as J's sum_{i=0}^m has them; theta_j = theta1, x_j^{(i)} = xi[i]
m = 2
xi = [Symbol(f"x{i}_1", real=True) for i in range(3)]
yi = [Symbol(f"y{i}", real=True) for i in range(3)]
h = [sig(t0 + t1 * xi[i]) for i in range(3)]
dom = {y: Y01 for y in yi}


def term(i):
    return yi[i] * log(h[i]) + (1 - yi[i]) * log(1 - h[i])


J = -Rational(1, m) * sum(term(i) for i in range(0, 3))          # J as defined (i = 0..m)
J_from1 = -Rational(1, m) * sum(term(i) for i in range(1, 3))    # the bracket on line 39 (i = 1..m)
c = -Rational(1, m)
dh = [diff(h[i], t1) for i in range(3)]
L40 = c * sum(diff(yi[i] * log(h[i]), t1) + diff((1 - yi[i]) * log(1 - h[i]), t1) for i in range(3))
L41 = c * sum(yi[i] / h[i] * dh[i] + (1 - yi[i]) / (1 - h[i]) * diff(-h[i], t1) for i in range(3))
# literal reading of sigma(x^{(i)}): the sigmoid of the data x^{(i)} alone, so d/dtheta of it is 0
sl = [sig(xi[i]) for i in range(3)]
L43_lit = c * sum(yi[i] / sl[i] * diff(sl[i], t1) + (1 - yi[i]) / (1 - sl[i]) * diff(-sl[i], t1) for i in range(3))
L43 = c * sum(yi[i] / h[i] * dh[i] + (1 - yi[i]) / (1 - h[i]) * (-dh[i]) for i in range(3))
L45 = c * sum(yi[i] / h[i] * dh[i] - (1 - yi[i]) / (1 - h[i]) * dh[i] for i in range(3))
L47 = c * sum((yi[i] / h[i] - (1 - yi[i]) / (1 - h[i])) * dh[i] for i in range(3))
L48 = c * sum((yi[i] - yi[i] * h[i] - h[i] + yi[i] * h[i]) / (h[i] * (1 - h[i])) * dh[i] for i in range(3))
L50 = c * sum((yi[i] - h[i]) / (h[i] * (1 - h[i])) * dh[i] for i in range(3))
L50_lit = c * sum((yi[i] - sl[i]) / (sl[i] * (1 - sl[i])) * diff(sl[i], t1) for i in range(3))
L52 = c * sum((yi[i] - h[i]) / (h[i] * (1 - h[i])) * h[i] * (1 - h[i]) * xi[i] for i in range(3))
L52_lit = c * sum((yi[i] - sl[i]) / (sl[i] * (1 - sl[i])) * sl[i] * (1 - sl[i]) * xi[i] for i in range(3))
L54 = c * sum((yi[i] - h[i]) * xi[i] for i in range(3))

f = t0 + t1 * x
CLAIMS = [
    Claim(12, "valid", diff(sig(x), x), sig(x) * (1 - sig(x))),
    Claim(16, "valid", diff(sig(f), t1), sig(f) * (1 - sig(f)) * diff(f, t1)),
    Claim(22, "valid", diff(f, t0), 1),
    Claim(24, "valid", diff(f, t1), x),
    Claim(28, "ambiguous", diff(sig(xs), t1), sig(xs) * (1 - sig(xs)) * x1,
          alt=(diff(sig(t0 + t1 * x1), t1), sig(t0 + t1 * x1) * (1 - sig(t0 + t1 * x1)) * x1),
          note="sigma(x) of the data does not depend on theta_j (derivative 0); holds only if sigma(x) is shorthand for sigma(theta^T x)"),
    Claim(39, "invalid", diff(J, t1), diff(J_from1, t1), domain=dom,
          note="J sums i = 0..m but the bracket sums i = 1..m: the i = 0 term is dropped"),
    Claim(40, "invalid", diff(J_from1, t1), L40, domain=dom,
          note="previous line sums i = 1..m, this one i = 0..m: an extra i = 0 term appears"),
    Claim(41, "valid", L40, L41, domain=dom),
    Claim(43, "ambiguous", L41, L43_lit, domain=dom, alt=(L41, L43),
          note="sigma(x^{(i)}) read literally is the sigmoid of the data, whose theta-derivative is 0; equal only if it stands for h_theta(x^{(i)})"),
    Claim(45, "valid", L43, L45, domain=dom),
    Claim(47, "valid", L45, L47, domain=dom),
    Claim(48, "valid", L47, L48, domain=dom),
    Claim(50, "valid", L48, L50, domain=dom),
    Claim(52, "ambiguous", L50_lit, L52_lit, domain=dom, alt=(L50, L52),
          note="d sigma(x^{(i)})/d theta = sigma(1-sigma) x_j^{(i)} needs sigma(x^{(i)}) to mean sigma(theta^T x^{(i)}); literally it is 0"),
    Claim(54, "valid", L52, L54, domain=dom),
]
