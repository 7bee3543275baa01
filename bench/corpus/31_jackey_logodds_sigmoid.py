from sympy import Rational, Symbol, exp, log, E

from labels import Claim

SOURCE = "https://github.com/jackey8616/jackey8616.github.io/blob/905f4142ec200112cedb8428e1c54e19c5639606/source/_posts/AI/logistic-regression-and-its-math.md"
TITLE = "From odds and log-odds to the sigmoid and the decision boundary"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


x = Symbol("x", positive=True)
a, bb = Symbol("a", positive=True), Symbol("b", positive=True)
w1, w2, b, x1, x2 = (Symbol(n, real=True) for n in ("w1", "w2", "b0", "x1", "x2"))
P = Symbol("P", real=True)
dP = {P: (0.05, 0.95)}
zP = log(P / (1 - P))               # z is the log-odds of P
z = Symbol("z", real=True)
Pz = exp(z) / (1 + exp(z))          # P as derived in terms of z
ylog = log(x)                       # y := log_e x
l2 = lambda v: log(v, 2)
l3 = lambda v: log(v, 3)
zb = 0                              # on the boundary, P = 0.5 gives z = 0

CLAIMS = [
    Claim(29, "valid", 1 - Rational(9, 10), Rational(1, 10)),
    Claim(30, "valid", Rational(9, 10) / Rational(1, 10), 9),
    Claim(50, "valid", l2(2), l2(2 ** 1)),
    Claim(50, "valid", l2(2 ** 1), 1, k=2),
    Claim(51, "valid", l2(4), l2(2 ** 2)),
    Claim(51, "valid", l2(2 ** 2), 2, k=2),
    Claim(52, "valid", l3(9), l3(3 ** 2)),
    Claim(52, "valid", l3(3 ** 2), 2, k=2),
    Claim(53, "valid", l3(81), l3(3 ** 4)),
    Claim(53, "valid", l3(3 ** 4), 4, k=2),
    Claim(59, "valid", log(x), log(x, E)),
    Claim(61, "valid", exp(ylog), x),
    Claim(68, "valid", exp(log(1)), 1),
    Claim(69, "valid", log(1), 0),
    Claim(75, "valid", log(Rational(1, 2)), log(Rational(1, 2))),
    Claim(76, "valid", log(Rational(1, 2)), log(1) - log(2)),
    Claim(76, "valid", log(a / bb), log(a) - log(bb), k=2),
    Claim(77, "valid", log(1) - log(2), 0 - log(2)),
    Claim(77, "valid", log(1), 0, k=2),
    Claim(78, "valid", 0 - log(2), -log(2)),
    Claim(80, "valid", log(Rational(1, 10)), log(Rational(1, 10))),
    Claim(81, "valid", log(Rational(1, 10)), log(1) - log(10)),
    Claim(82, "valid", log(1) - log(10), -log(10)),
    Claim(91, "valid", P / (1 - P), P / (1 - P), domain=dP),
    Claim(93, "valid", exp(zP), exp(log(P / (1 - P))), domain=dP),
    Claim(94, "valid", exp(zP), P / (1 - P), domain=dP),
    Claim(95, "valid", exp(zP) * (1 - P), P, domain=dP),
    Claim(96, "valid", exp(zP) - exp(zP) * P, P, domain=dP),
    Claim(97, "valid", exp(zP), P + exp(zP) * P, domain=dP),
    Claim(98, "valid", exp(zP), P * (1 + exp(zP)), domain=dP),
    Claim(99, "valid", P, exp(zP) / (1 + exp(zP)), domain=dP),
    Claim(115, "valid", Pz, exp(z) / (1 + exp(z))),
    Claim(115, "valid", exp(z) / (1 + exp(z)), exp(z) / (1 + exp(z)), k=2),
    Claim(116, "valid", exp(z) / (1 + exp(z)), (exp(z) / exp(z)) / (1 / exp(z) + exp(z) / exp(z))),
    Claim(117, "valid", (exp(z) / exp(z)) / (1 / exp(z) + exp(z) / exp(z)), 1 / (1 + exp(-z))),
    Claim(117, "valid", 1 / exp(z), exp(-z), k=2),
    Claim(121, "valid", w1 * x1 + w2 * x2 + b, w1 * x1 + w2 * x2 + b),
    Claim(125, "valid", Rational(50, 100), Rational(1, 2)),
    Claim(132, "valid", exp(z) / (1 + exp(z)), Pz),
    Claim(133, "valid", Pz, 1 / (1 + exp(-z))),
    # the boundary P = 0.5 (line 134 is that condition); the following steps hold there, z = 0
    Claim(135, "valid", 1, Rational(1, 2) + Rational(1, 2) * exp(-zb)),
    Claim(136, "valid", Rational(1, 2), Rational(1, 2) * exp(-zb)),
    Claim(137, "valid", 1, exp(-zb)),
    Claim(138, "valid", log(Rational(1, 2) / (1 - Rational(1, 2))), 0),
    Claim(142, "valid", log(Rational(1, 2) / (1 - Rational(1, 2))), 0),
    Claim(142, "valid", w1 * x1 + w2 * x2 + b, w1 * x1 + w2 * x2 + b, k=2),
]
