from sympy import Rational, Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/jethroGIT/jethrogit.github.io/blob/d0ba19fce2ecbc1acfcea62b4a322bb927354b6c/_posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_Regression.md"
TITLE = "Gradients of the logistic cost on theta_0 and theta_1 (quotient rule, Part I / Part II)"
TOPIC = "logistic"


def sig(z):
    return 1 / (1 + exp(-z))


t0, t1, t2 = (Symbol(n, real=True) for n in ("theta0", "theta1", "theta2"))
x = Symbol("x", real=True)
E = exp(-t0 - t1 * x)
hx = 1 / (1 + E)                     # h_theta(x) = 1/(1+e^{-theta0-theta1 x})

# one generic sample for Part I / Part II
xi = Symbol("xi", real=True)
hi = 1 / (1 + exp(-t0 - t1 * xi))
H = Symbol("H", positive=True)       # h_theta as the variable in d/dh_theta

# m = 3 samples for J
m = 3
X = [Symbol(f"x{i}", real=True) for i in range(1, m + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
h = [1 / (1 + exp(-t0 - t1 * X[i])) for i in range(m)]
dom = {y: frozenset({0, 1}) for y in Y}
R = range(m)
c = Rational(1, m)
cost = [-Y[i] * log(h[i]) - (1 - Y[i]) * log(1 - h[i]) for i in R]
inner = [Y[i] * log(h[i]) + (1 - Y[i]) * log(1 - h[i]) for i in R]
J = c * sum(cost)


def part1(t, i):
    return diff(log(h[i]), t)


def part2(t, i):
    return diff(log(1 - h[i]), t)


def chain_J(t, f):   # the three-line opening of each dJ/dtheta chain
    return [
        diff(-c * sum(inner), t),
        -c * diff(sum(inner), t),
        -c * sum(Y[i] * part1(t, i) + (1 - Y[i]) * part2(t, i) for i in R),
    ]


A0 = chain_J(t0, 1)
A1 = chain_J(t1, None)
B0 = [
    -c * sum(Y[i] * part1(t0, i) + (1 - Y[i]) * part2(t0, i) for i in R),
    -c * sum(Y[i] * (1 - h[i]) - (1 - Y[i]) * h[i] for i in R),
    -c * sum(Y[i] - Y[i] * h[i] - h[i] + Y[i] * h[i] for i in R),
    -c * sum(Y[i] - Y[i] * h[i] - h[i] + Y[i] * h[i] for i in R),   # \cancel only marks terms
    -c * sum(Y[i] - h[i] for i in R),
    c * sum(h[i] - Y[i] for i in R),
]
B1 = [
    -c * sum(Y[i] * part1(t1, i) + (1 - Y[i]) * part2(t1, i) for i in R),
    -c * sum(Y[i] * (1 - h[i]) * X[i] - (1 - Y[i]) * h[i] * X[i] for i in R),
    -c * sum((Y[i] - Y[i] * h[i] - h[i] + Y[i] * h[i]) * X[i] for i in R),
    -c * sum((Y[i] - Y[i] * h[i] - h[i] + Y[i] * h[i]) * X[i] for i in R),
    -c * sum((Y[i] - h[i]) * X[i] for i in R),
    c * sum((h[i] - Y[i]) * X[i] for i in R),
]
dlogH = diff(log(H), H).subs(H, hi)
dlog1mH = diff(log(1 - H), H).subs(H, hi)

# general n-feature model for the last display (n = 2, j = 2)
Z = [[Symbol(f"z{i}_{k}", real=True) for k in (1, 2)] for i in range(1, m + 1)]
hg = [sig(t0 + t1 * Z[i][0] + t2 * Z[i][1]) for i in R]
Jg = -c * sum(Y[i] * log(hg[i]) + (1 - Y[i]) * log(1 - hg[i]) for i in R)

CLAIMS = [
    Claim(29, "valid", J, c * sum(cost), domain=dom),
    Claim(30, "valid", c * sum(cost), c * sum(-Y[i] * log(h[i]) - (1 - Y[i]) * log(1 - h[i]) for i in R), domain=dom),
    Claim(31, "valid", c * sum(cost), -c * sum(inner), domain=dom),
    Claim(41, "valid", diff(hx, t0), (0 + E) / (1 + E) ** 2),
    Claim(41, "valid", (0 + E) / (1 + E) ** 2, E / (1 + E) ** 2, k=2),
    Claim(42, "valid", E / (1 + E) ** 2, (1 / (1 + E)) * (E / (1 + E))),
    Claim(43, "valid", (1 / (1 + E)) * (E / (1 + E)), (1 / (1 + E)) * (1 - 1 / (1 + E))),
    Claim(44, "valid", (1 / (1 + E)) * (1 - 1 / (1 + E)), hx * (1 - hx)),
    Claim(49, "valid", diff(hx, t1), (0 + E * x) / (1 + E) ** 2),
    Claim(49, "valid", (0 + E * x) / (1 + E) ** 2, E * x / (1 + E) ** 2, k=2),
    Claim(50, "valid", E * x / (1 + E) ** 2, (1 / (1 + E)) * (E / (1 + E)) * x),
    Claim(51, "valid", (1 / (1 + E)) * (E / (1 + E)) * x, (1 / (1 + E)) * (1 - 1 / (1 + E)) * x),
    Claim(52, "valid", (1 / (1 + E)) * (1 - 1 / (1 + E)) * x, hx * (1 - hx) * x),
    Claim(58, "valid", diff(J, t0), A0[0], domain=dom),
    Claim(59, "valid", A0[0], A0[1], domain=dom),
    Claim(60, "valid", A0[1], A0[2], domain=dom),
    Claim(64, "valid", diff(log(hi), t0), dlogH * diff(hi, t0)),
    Claim(65, "valid", dlogH * diff(hi, t0), 1 / hi * hi * (1 - hi)),
    Claim(66, "valid", 1 / hi * hi * (1 - hi), 1 / hi * hi * (1 - hi)),
    Claim(67, "valid", 1 / hi * hi * (1 - hi), 1 - hi),
    Claim(71, "valid", diff(log(1 - hi), t0), dlog1mH * diff(hi, t0)),
    Claim(72, "valid", dlog1mH * diff(hi, t0), -1 / (1 - hi) * hi * (1 - hi)),
    Claim(73, "valid", -1 / (1 - hi) * hi * (1 - hi), -1 / (1 - hi) * (1 - hi) * hi),
    Claim(74, "valid", -1 / (1 - hi) * (1 - hi) * hi, -1 / (1 - hi) * (1 - hi) * hi),
    Claim(75, "valid", -1 / (1 - hi) * (1 - hi) * hi, -hi),
    Claim(79, "valid", diff(J, t0), B0[0], domain=dom),
    Claim(80, "valid", B0[0], B0[1], domain=dom),
    Claim(81, "valid", B0[1], B0[2], domain=dom),
    Claim(82, "valid", B0[2], B0[3], domain=dom),
    Claim(83, "valid", B0[3], B0[4], domain=dom),
    Claim(84, "valid", B0[4], B0[5], domain=dom),
    Claim(89, "valid", diff(J, t1), A1[0], domain=dom),
    Claim(90, "valid", A1[0], A1[1], domain=dom),
    Claim(91, "valid", A1[1], A1[2], domain=dom),
    Claim(95, "valid", diff(log(hi), t1), dlogH * diff(hi, t1)),
    Claim(96, "valid", dlogH * diff(hi, t1), 1 / hi * hi * (1 - hi) * xi),
    Claim(97, "valid", 1 / hi * hi * (1 - hi) * xi, 1 / hi * hi * (1 - hi) * xi),
    Claim(98, "valid", 1 / hi * hi * (1 - hi) * xi, (1 - hi) * xi),
    Claim(102, "valid", diff(log(1 - hi), t1), dlog1mH * diff(hi, t1)),
    Claim(103, "valid", dlog1mH * diff(hi, t1), -1 / (1 - hi) * hi * (1 - hi) * xi),
    Claim(104, "valid", -1 / (1 - hi) * hi * (1 - hi) * xi, -1 / (1 - hi) * (1 - hi) * hi * xi),
    Claim(105, "valid", -1 / (1 - hi) * (1 - hi) * hi * xi, -1 / (1 - hi) * (1 - hi) * hi * xi),
    Claim(106, "valid", -1 / (1 - hi) * (1 - hi) * hi * xi, -hi * xi),
    Claim(110, "valid", diff(J, t1), B1[0], domain=dom),
    Claim(111, "valid", B1[0], B1[1], domain=dom),
    Claim(112, "valid", B1[1], B1[2], domain=dom),
    Claim(113, "valid", B1[2], B1[3], domain=dom),
    Claim(114, "valid", B1[3], B1[4], domain=dom),
    Claim(115, "valid", B1[4], B1[5], domain=dom),
    Claim(119, "valid", diff(J, t0), c * sum(h[i] - Y[i] for i in R), domain=dom),
    Claim(123, "valid", diff(J, t1), c * sum((h[i] - Y[i]) * X[i] for i in R), domain=dom),
    Claim(127, "valid", diff(Jg, t2), c * sum((hg[i] - Y[i]) * Z[i][1] for i in R), domain=dom),
]
