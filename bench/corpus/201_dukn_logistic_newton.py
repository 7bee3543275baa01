from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/dukn/MLDL/blob/e432ae6bf478f1f16bc1f69705de213307713391/"
          "_posts/2017-4-27-Logistic-Regression.md")
TITLE = "Logistic Regression (negative log-likelihood, gradient, Hessian, Newton's method)"
TOPIC = "logistic"

# n = 2 samples, d = 2 features: x^{(i)}_j -> xij, labels y1, y2 in {0, 1}
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
x11, x12, x21, x22 = (Symbol(s, real=True) for s in ("x11", "x12", "x21", "x22"))
y1, y2 = Symbol("y1"), Symbol("y2")
c1, c2, d1, d2 = (Symbol(s, real=True) for s in ("c1", "c2", "d1", "d2"))
Y01 = {y1: (0, 1), y2: (0, 1)}


def sig(t):
    return 1 / (1 + exp(-t))


z1 = w1 * x11 + w2 * x12
z2 = w1 * x21 + w2 * x22
a1, a2 = sig(z1), sig(z2)


def pmf(y, a):  # Bernoulli pmf written without powers: a if y = 1, 1 - a if y = 0
    return y * a + (1 - y) * (1 - a)


J = -(y1 * log(a1) + (1 - y1) * log(1 - a1)) - (y2 * log(a2) + (1 - y2) * log(1 - a2))

# generic probabilities for the early lines
p, al = Symbol("p"), Symbol("alpha")
P01 = {p: (0.05, 0.95), al: (0.05, 0.95), y1: (0, 1), y2: (0, 1)}
aa1, aa2 = Symbol("alpha1"), Symbol("alpha2")
A01 = {aa1: (0.05, 0.95), aa2: (0.05, 0.95), y1: (0, 1), y2: (0, 1)}

# one-variable examples
x, x0 = Symbol("x", real=True), Symbol("x0", real=True)
f1 = x**2
f2 = x**2 - 2 * x + 1

# per-coordinate pieces for sample 1, coordinate j = 1
e1 = exp(-z1)

# gradient components (true), j = 1, 2
g1 = diff(J, w1)
g2 = diff(J, w2)
# literal reading of the sums over j (summation index j, sample index i left free -> i = 1)
lit1 = -sum(y1 * xj * (1 - a1) - (1 - y1) * xj * a1 for xj in (x11, x12))
lit2 = -sum(y1 * xj - y1 * xj * a1 - xj * a1 + y1 * xj * a1 for xj in (x11, x12))
lit3 = -sum(y1 * xj - xj * a1 for xj in (x11, x12))
lit4 = sum(xj * (a1 - y1) for xj in (x11, x12))
alt1 = -sum(y * xj * (1 - a) - (1 - y) * xj * a for y, xj, a in ((y1, x11, a1), (y2, x21, a2)))

# A^T(alpha - Y), dotted with (c1, c2)
ATr = c1 * (x11 * (a1 - y1) + x21 * (a2 - y2)) + c2 * (x12 * (a1 - y1) + x22 * (a2 - y2))
# literal nabla_x: gradient with respect to the input x^{(1)} = (x11, x12)
grad_x = c1 * diff(J, x11) + c2 * diff(J, x12)
grad_w = c1 * g1 + c2 * g2

# Hessian entry (j, k) = (1, 2) and Z_j^T B Z_k with B as written (alpha^{(1)} in both corners)
H12 = diff(J, w1, w2)
ZBZ_lit = x11 * a1 * (1 - a1) * x12 + x21 * a1 * (1 - a1) * x22
ZBZ_alt = x11 * a1 * (1 - a1) * x12 + x21 * a2 * (1 - a2) * x22
# bilinear form c^T H d
H = [[diff(J, u, v) for v in (w1, w2)] for u in (w1, w2)]
cHd = sum(cv * H[r][s] * dv for r, cv in enumerate((c1, c2)) for s, dv in enumerate((d1, d2)))
X = [[x11, x12], [x21, x22]]


def ATBA(b1, b2):
    return sum(cv * dv * sum(X[i][r] * b * X[i][s] for i, b in enumerate((b1, b2)))
               for r, cv in enumerate((c1, c2)) for s, dv in enumerate((d1, d2)))


CLAIMS = [
    # q = P(y=0|x,w) = 1 - p = 1 - alpha
    Claim(29, "valid", pmf(0, p), 1 - p, domain=P01),
    Claim(29, "valid", 1 - sig(z1), 1 - a1, k=2),
    # P(y|x,w) = alpha^y (1-alpha)^(1-y)
    Claim(31, "valid", pmf(y1, al), al**y1 * (1 - al)**(1 - y1), domain=P01),
    # L(W) = prod P(y_i|x_i,w) = prod alpha^y (1-alpha)^(1-y)
    Claim(35, "valid", pmf(y1, aa1) * pmf(y2, aa2), pmf(y1, aa1) * pmf(y2, aa2), domain=A01,
          note="independence of the samples: the joint pmf is the product"),
    Claim(36, "valid", pmf(y1, aa1) * pmf(y2, aa2),
          aa1**y1 * (1 - aa1)**(1 - y1) * aa2**y2 * (1 - aa2)**(1 - y2), domain=A01),
    # J = -log L = -sum(...)
    Claim(44, "valid", -log(aa1**y1 * (1 - aa1)**(1 - y1) * aa2**y2 * (1 - aa2)**(1 - y2)),
          -(y1 * log(aa1) + (1 - y1) * log(1 - aa1)) - (y2 * log(aa2) + (1 - y2) * log(1 - aa2)),
          domain=A01),
    # gradient-descent example f = x^2, alpha = 0.6 then 0.5
    Claim(77, "valid", diff(f1, x), 2 * x),
    Claim(78, "valid", x0 - Rational(6, 10) * diff(f1, x).subs(x, x0), x0 - Rational(6, 10) * 2 * x0),
    Claim(78, "valid", x0 - Rational(6, 10) * 2 * x0, -Rational(2, 10) * x0, k=2),
    Claim(79, "valid", (1 - Rational(6, 10) * 2)**3 * x0, (-Rational(2, 10))**3 * x0,
          note="x_{t+1} = -0.2 x_t iterated, checked at t = 3"),
    Claim(82, "valid", x0 - Rational(5, 10) * diff(f1, x).subs(x, x0), x0 - Rational(5, 10) * 2 * x0),
    Claim(82, "valid", x0 - Rational(5, 10) * 2 * x0, 0, k=2),
    # Taylor "theorem" written as an equality
    Claim(91, "invalid", exp(x), exp(x0) + exp(x0) * (x - x0),
          note="first-order Taylor expansion is only an approximation; fails for non-linear f (checked with f = exp)"),
    # Newton example f = x^2 - 2x + 1
    Claim(103, "valid", diff(f2, x), 2 * x - 2),
    Claim(104, "valid", diff(f2, x, 2), 2),
    Claim(105, "valid", x0 - diff(f2, x).subs(x, x0) / diff(f2, x, 2), x0 - (2 * x0 - 2) / 2),
    Claim(105, "valid", x0 - (2 * x0 - 2) / 2, 1, k=2),
    # log alpha and log(1 - alpha) and their derivatives (sample 1, j = 1)
    Claim(117, "valid", log(a1), log(1 / (1 + e1))),
    Claim(117, "valid", log(1 / (1 + e1)), -log(1 + e1), k=2),
    Claim(118, "valid", diff(log(a1), w1), x11 * e1 / (1 + e1)),
    Claim(118, "valid", x11 * e1 / (1 + e1), x11 * (1 - a1), k=2),
    Claim(119, "valid", log(1 - a1), log(e1 / (1 + e1))),
    Claim(119, "valid", log(e1 / (1 + e1)), -z1 - log(1 + e1), k=2),
    Claim(120, "valid", diff(log(1 - a1), w1), -x11 + x11 * (1 - a1)),
    Claim(120, "valid", -x11 + x11 * (1 - a1), -a1 * x11, k=2),
    # eqnarray (1)-(4): sum written over j while the summand carries the sample index (i)
    Claim(123, "ambiguous", g1, lit1, alt=(g1, alt1), domain=Y01,
          note="sum index j (also the coordinate) with summand in (i); holds when read as sum over i"),
    Claim(124, "valid", lit1, lit2, domain=Y01),
    Claim(125, "valid", lit2, lit3, domain=Y01),
    Claim(126, "valid", lit3, lit4, domain=Y01),
    # nabla_x J = A^T(alpha - Y)
    Claim(132, "ambiguous", grad_x, ATr, alt=(grad_w, ATr), domain=Y01,
          note="gradient is written with respect to x; it holds as the gradient with respect to w"),
    # Hessian pieces (single sample, derivative in w1)
    Claim(148, "valid", diff(log(a1), w1), diff(a1, w1) / a1),
    Claim(149, "valid", diff(a1, w1), a1 * diff(log(a1), w1)),
    Claim(150, "valid", diff(a1, w1), a1 * x11 * (1 - a1)),
    Claim(153, "valid", H12, x11 * diff(a1, w2) + x21 * diff(a2, w2), domain=Y01),
    Claim(154, "valid", x11 * diff(a1, w2) + x21 * diff(a2, w2),
          x11 * x12 * a1 * (1 - a1) + x21 * x22 * a2 * (1 - a2)),
    Claim(155, "ambiguous", x11 * x12 * a1 * (1 - a1) + x21 * x22 * a2 * (1 - a2), ZBZ_lit,
          alt=(x11 * x12 * a1 * (1 - a1) + x21 * x22 * a2 * (1 - a2), ZBZ_alt),
          note="B as written has alpha^{(1)} in its last diagonal entry too; holds with alpha^{(i)} on the diagonal"),
    Claim(171, "ambiguous", cHd, ATBA(a1 * (1 - a1), a1 * (1 - a1)),
          alt=(cHd, ATBA(a1 * (1 - a1), a2 * (1 - a2))), domain=Y01,
          note="same B: its diagonal reads alpha^{(1)}(1-alpha^{(1)}) at both ends; holds with alpha^{(i)}"),
]
