from sympy import Rational, Symbol, exp, diff, log, sin

from labels import Claim

SOURCE = "https://github.com/jackey8616/jackey8616.github.io/blob/905f4142ec200112cedb8428e1c54e19c5639606/source/_posts/AI/logistic-regression-and-its-math.md"
TITLE = "Logistic regression: expanding the cross-entropy and dJ/dw_1, dJ/dw_2, dJ/db"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
w1, w2, b = Symbol("w1", real=True), Symbol("w2", real=True), Symbol("b", real=True)

# N = 2 samples, z_i = w1 x_i1 + w2 x_i2 + b
N = 2
X = [[Symbol(f"x{i}{k}", real=True) for k in (1, 2)] for i in (1, 2)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
Z = [w1 * X[i][0] + w2 * X[i][1] + b for i in range(N)]
dom = {y: Y01 for y in Y}
R = range(N)
c = Rational(1, N)
E = [exp(-Z[i]) for i in R]
J = -c * sum(Y[i] * log(sig(Z[i])) + (1 - Y[i]) * log(1 - sig(Z[i])) for i in R)
chain = [
    J,                                                                                                  # 94
    -c * sum(Y[i] * log(1 / (1 + E[i])) + (1 - Y[i]) * log(1 - 1 / (1 + E[i])) for i in R),            # 96
    -c * sum(Y[i] * log(1 / (1 + E[i])) + (1 - Y[i]) * log(E[i] / (1 + E[i])) for i in R),             # 97
    -c * sum(Y[i] * (log(1) - log(1 + E[i])) + (1 - Y[i]) * (log(E[i]) - log(1 + E[i])) for i in R),    # 99
    -c * sum(-Y[i] * log(1 + E[i]) + (1 - Y[i]) * (log(E[i]) - log(1 + E[i])) for i in R),              # 101
    -c * sum(-Y[i] * log(1 + E[i]) + (1 - Y[i]) * (-Z[i] - log(1 + E[i])) for i in R),                  # 103
    -c * sum(-Y[i] * log(1 + E[i]) - (1 - Y[i]) * Z[i] - (1 - Y[i]) * log(1 + E[i]) for i in R),        # 104
    -c * sum(log(1 + E[i]) * (-Y[i] - (1 - Y[i])) - (1 - Y[i]) * Z[i] for i in R),                       # 105
    -c * sum(-log(1 + E[i]) - (1 - Y[i]) * Z[i] for i in R),                                             # 106
    c * sum(log(1 + E[i]) + (1 - Y[i]) * Z[i] for i in R),                                               # 107
]
fZ = [log(1 + E[i]) + (1 - Y[i]) * Z[i] for i in R]

# one generic sample: z_i as a variable
z, y = Symbol("z", real=True), Symbol("y", real=True)
f = log(1 + exp(-z)) + (1 - y) * z
dl = diff(log(1 + exp(-z)), z)
u = -z
Nn, Mm = Symbol("N", positive=True), Symbol("M", positive=True)
g_ = Symbol("g", real=True)
F = lambda t: sin(t) + t ** 2 / 3                    # stand-ins for the generic chain rules
G = lambda t: t ** 3 / 5 + t
U = lambda t: t ** 2 + 1                             # positive stand-in for ln(u(g))
# df/dz_i at sample i: sigma(z_i) - y_i, via the variable z
dfdz = lambda i: (diff(log(1 + exp(-z)) + (1 - Y[i]) * z, z)).subs(z, Z[i])
d1 = {y: Y01}
zs = Symbol("zs", real=True)                         # a free z, as in sigma(z) without index

CLAIMS = [
    Claim(69, "valid", c * sum(-(Y[i] * log(sig(Z[i])) + (1 - Y[i]) * log(1 - sig(Z[i]))) for i in R), J, domain=dom),
    Claim(94, "valid", J, J, domain=dom),
    Claim(95, "valid", sig(z), 1 / (1 + exp(-z))),
    Claim(96, "valid", chain[0], chain[1], domain=dom),
    Claim(97, "valid", chain[1], chain[2], domain=dom),
    Claim(98, "valid", log(Nn / Mm), log(Nn) - log(Mm)),
    Claim(99, "valid", chain[2], chain[3], domain=dom),
    Claim(100, "valid", log(1), 0),
    Claim(101, "valid", chain[3], chain[4], domain=dom),
    Claim(102, "valid", log(exp(-z)), -z),
    Claim(103, "valid", chain[4], chain[5], domain=dom),
    Claim(104, "valid", chain[5], chain[6], domain=dom),
    Claim(105, "valid", chain[6], chain[7], domain=dom),
    Claim(106, "valid", chain[7], chain[8], domain=dom),
    Claim(107, "valid", J, chain[9], domain=dom),
    # dJ/dw_1
    Claim(117, "valid", diff(chain[9], w1), c * sum(diff(fZ[i], w1) for i in R), domain=dom),
    Claim(118, "valid", c * sum(diff(fZ[i], w1) for i in R), c * sum(dfdz(i) * diff(Z[i], w1) for i in R), domain=dom),
    Claim(119, "valid", diff(F(G(g_)), g_), diff(F(Symbol("q")), Symbol("q")).subs(Symbol("q"), G(g_)) * diff(G(g_), g_)),
    Claim(121, "valid", diff(f, z), diff(log(1 + exp(-z)) + (1 - y) * z, z), domain=d1),
    Claim(122, "ambiguous", diff(log(1 + exp(-z)) + (1 - y) * z, z), dl + diff(1 - y, z) * z, domain=d1,
          alt=(diff(log(1 + exp(-z)) + (1 - y) * z, z), dl + diff((1 - y) * z, z)),
          note="d/dz_i (1 - y_i) z_i applies the derivative to (1 - y_i) only (giving 0); it must span (1 - y_i) z_i"),
    Claim(123, "ambiguous", dl + diff(1 - y, z) * z, dl + (1 - y), domain=d1,
          alt=(dl + diff((1 - y) * z, z), dl + (1 - y)),
          note="equal to the line before only if its d/dz_i spans (1 - y_i) z_i"),
    Claim(125, "valid", dl, 1 / (1 + exp(-z)) * diff(1 + exp(-z), z)),
    Claim(126, "valid", diff(log(U(g_)), g_), 1 / U(g_) * diff(U(g_), g_)),
    Claim(128, "valid", diff(1 + exp(-z), z), diff(1, z) + diff(exp(-z), z)),
    Claim(129, "valid", diff(1, z) + diff(exp(-z), z), 0 + diff(exp(-z), z)),
    Claim(130, "valid", diff(1 + exp(-z), z), diff(exp(u), z)),
    Claim(131, "valid", diff(exp(u), z), exp(u) * diff(u, z)),
    Claim(131, "valid", diff(F(G(g_)), g_), diff(F(Symbol("q")), Symbol("q")).subs(Symbol("q"), G(g_)) * diff(G(g_), g_), k=2),
    Claim(132, "valid", exp(u) * diff(u, z), exp(u) * (-1)),
    Claim(133, "valid", diff(1 + exp(-z), z), -exp(-z)),
    Claim(135, "valid", dl, 1 / (1 + exp(-z)) * (-exp(-z))),
    Claim(136, "valid", 1 / (1 + exp(-z)) * (-exp(-z)), -exp(-z) / (1 + exp(-z))),
    Claim(137, "valid", -exp(-z) / (1 + exp(-z)), -1 * exp(-z) * exp(z) / ((1 + exp(-z)) * exp(z))),
    Claim(138, "valid", -1 * exp(-z) * exp(z) / ((1 + exp(-z)) * exp(z)), -1 / (exp(z) + 1)),
    Claim(139, "valid", sig(-z), 1 - sig(z)),
    Claim(139, "valid", 1 / (1 + exp(z)), 1 - 1 / (1 + exp(-z)), k=2),
    Claim(139, "valid", sig(z), 1 / (1 + exp(-z)), k=3),
    Claim(139, "valid", sig(-z), 1 / (1 + exp(-(-z))), k=4),
    Claim(140, "valid", 1 / (1 + exp(z)), (1 + exp(-z) - 1) / (1 + exp(-z))),
    Claim(141, "valid", 1 / (1 + exp(z)), exp(-z) / (1 + exp(-z))),
    Claim(142, "valid", 1 / (1 + exp(z)), exp(-z) * exp(z) / ((1 + exp(-z)) * exp(z))),
    Claim(143, "valid", 1 / (1 + exp(z)), 1 / ((1 + exp(-z)) * exp(z))),
    Claim(144, "valid", sig(-z), 1 / (1 + exp(z))),
    Claim(144, "valid", 1 / (1 + exp(z)), 1 - sig(z), k=2),
    Claim(146, "valid", dl, -1 / (exp(z) + 1)),
    Claim(147, "valid", -1 / (exp(z) + 1), -(1 - sig(z))),
    Claim(148, "valid", -(1 - sig(z)), sig(z) - 1),
    Claim(150, "valid", diff(f, z), dl + (1 - y), domain=d1),
    Claim(151, "valid", dl + (1 - y), sig(z) - 1 + (1 - y), domain=d1),
    Claim(152, "valid", sig(z) - 1 + (1 - y), sig(z) - y, domain=d1),
    # sample i = 2 makes the w_i typo visible
    Claim(154, "invalid", diff(Z[1], w1), diff(Z[1], w2),
          note="d/dw_i differentiates by w_i (i is the sample index), not w_1: for i = 2 it gives x_{i2}, not x_{i1}"),
    Claim(155, "invalid", diff(Z[1], w2), X[1][0] + 0 + 0,
          note="the line before is d/dw_i[...] = x_{i2} (for i = 2), not x_{i1}"),
    Claim(156, "valid", X[1][0] + 0 + 0, X[1][0]),
    Claim(158, "valid", diff(chain[9], w1), c * sum(dfdz(i) * diff(Z[i], w1) for i in R), domain=dom),
    Claim(159, "invalid", c * sum(dfdz(i) * diff(Z[i], w1) for i in R), c * sum((sig(zs) - Y[i]) * X[i][0] for i in R),
          domain=dom, note="sigma(z) has lost the sample index: it must be sigma(z_i) inside the sum"),
    # dJ/dw_2
    Claim(168, "valid", diff(chain[9], w2), c * sum(diff(fZ[i], w2) for i in R), domain=dom),
    Claim(169, "valid", c * sum(diff(fZ[i], w2) for i in R), c * sum(dfdz(i) * diff(Z[i], w2) for i in R), domain=dom),
    Claim(170, "valid", diff(F(G(g_)), g_), diff(F(Symbol("q")), Symbol("q")).subs(Symbol("q"), G(g_)) * diff(G(g_), g_)),
    Claim(172, "valid", diff(Z[0], w2), diff(w1 * X[0][0] + w2 * X[0][1] + b, w2)),
    Claim(172, "valid", Z[0], w1 * X[0][0] + w2 * X[0][1] + b, k=2),
    Claim(173, "valid", diff(Z[0], w2), 0 + X[0][1] + 0),
    Claim(175, "valid", diff(chain[9], w2), c * sum(dfdz(i) * diff(Z[i], w2) for i in R), domain=dom),
    Claim(176, "valid", c * sum(dfdz(i) * diff(Z[i], w2) for i in R), c * sum((sig(Z[i]) - Y[i]) * X[i][1] for i in R), domain=dom),
    # dJ/db
    Claim(185, "valid", diff(chain[9], b), c * sum(diff(fZ[i], b) for i in R), domain=dom),
    Claim(186, "valid", c * sum(diff(fZ[i], b) for i in R), c * sum(dfdz(i) * diff(Z[i], b) for i in R), domain=dom),
    Claim(187, "valid", diff(F(G(g_)), g_), diff(F(Symbol("q")), Symbol("q")).subs(Symbol("q"), G(g_)) * diff(G(g_), g_)),
    Claim(189, "valid", diff(Z[0], b), diff(w1 * X[0][0] + w2 * X[0][1] + b, b)),
    Claim(189, "valid", Z[0], w1 * X[0][0] + w2 * X[0][1] + b, k=2),
    Claim(190, "valid", diff(Z[0], b), 0 + 0 + 1),
    Claim(192, "valid", diff(chain[9], b), c * sum(dfdz(i) * diff(Z[i], b) for i in R), domain=dom),
    Claim(193, "valid", c * sum(dfdz(i) * diff(Z[i], b) for i in R), c * sum(sig(Z[i]) - Y[i] for i in R), domain=dom),
    # summary
    Claim(201, "valid", diff(J, w1), c * sum((sig(Z[i]) - Y[i]) * X[i][0] for i in R), domain=dom),
    Claim(202, "valid", diff(J, w2), c * sum((sig(Z[i]) - Y[i]) * X[i][1] for i in R), domain=dom),
    Claim(203, "valid", diff(J, b), c * sum(sig(Z[i]) - Y[i] for i in R), domain=dom),
]
