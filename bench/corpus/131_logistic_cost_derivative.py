from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = "https://github.com/jupiterzw/jupiterzw.github.io/blob/f8e27f209af8c35332eefd1612545600ceead69d/_posts/2023-07-10-the-derivative-of-logistic-cost.md"
TITLE = "The Derivative of Logistic Cost (jupiterzw)"
TOPIC = "logistic"

# one sample for the derivative of f (n = 2 features, j = 1)
w1, w2, b = Symbol("w1", real=True), Symbol("w2", real=True), Symbol("b", real=True)
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)


def sig(t):
    return 1 / (1 + exp(-t))


z = w1 * x1 + w2 * x2 + b
E = exp(-z)
f = sig(z)
f_xm1 = sig(w1 * (x1 - 1) + w2 * (x2 - 1) + b)      # f_{w,b}(x - 1), read literally

# m = 2 samples for J
m = 2
X = [(Symbol("x11", real=True), Symbol("x12", real=True)),
     (Symbol("x21", real=True), Symbol("x22", real=True))]
Y = [Symbol("y1", real=True), Symbol("y2", real=True)]
F = [sig(w1 * xi[0] + w2 * xi[1] + b) for xi in X]
F_xm1 = [sig(w1 * (xi[0] - 1) + w2 * (xi[1] - 1) + b) for xi in X]
F_xmy = [sig(w1 * (xi[0] - yi) + w2 * (xi[1] - yi) + b) for xi, yi in zip(X, Y)]
J = Rational(1, m) * sum(-yi * log(fi) - (1 - yi) * log(1 - fi) for fi, yi in zip(F, Y))
dJ_dw1 = diff(J, w1)
dJ_db = diff(J, b)

# line 50 right side, literal (f(x-1)) and intended (f(x)-1) readings
L1_lit = -Rational(1, m) * sum(yi / fi * xi[0] * fi * (1 - fi) + (1 - yi) / (1 - fi) * xi[0] * fi * g
                               for fi, g, xi, yi in zip(F, F_xm1, X, Y))
L1 = -Rational(1, m) * sum(yi / fi * xi[0] * fi * (1 - fi) + (1 - yi) / (1 - fi) * xi[0] * fi * (fi - 1)
                           for fi, xi, yi in zip(F, X, Y))
# line 51 (intended reading f(x)-1)
L2 = Rational(1, m) * sum((yi * (1 - fi) + (1 - yi) * (fi - 1)) * xi[0] for fi, xi, yi in zip(F, X, Y))
# line 52 (intended reading f(x)-y)
L3 = Rational(1, m) * sum((fi - yi) * xi[0] for fi, xi, yi in zip(F, X, Y))
# line 59
B_lit = Rational(1, m) * sum(F_xmy)
B = Rational(1, m) * sum(fi - yi for fi, yi in zip(F, Y))

ybin = {Y[0]: (0, 1), Y[1]: (0, 1)}

CLAIMS = [
    Claim(30, "valid", diff(f, w1), diff(1 / (1 + exp(-(w1 * x1 + w2 * x2 + b))), w1),
          note="f_{w,b} is by definition the sigmoid of w.x+b; both sides differentiate the same function"),
    Claim(31, "valid", diff(1 / (1 + E), w1), x1 * E / (1 + E)**2,
          note="chain rule: d/dw1 (1+e^{-z})^{-1} = x1 e^{-z}/(1+e^{-z})^2"),
    Claim(32, "valid", x1 * E / (1 + E)**2, (x1 - x1 + x1 * E) / (1 + E)**2,
          note="adds and subtracts x1 in the numerator"),
    Claim(33, "valid", (x1 - x1 + x1 * E) / (1 + E)**2, x1 / (1 + E) * (1 - 1 / (1 + E)),
          note="x1/(1+E) * E/(1+E) = x1 E/(1+E)^2"),
    Claim(34, "valid", x1 / (1 + E) * (1 - 1 / (1 + E)), x1 * f * (1 - f),
          note="1/(1+e^{-z}) is f"),
    Claim(42, "ambiguous", diff(1 - f, w1), x1 * f * f_xm1, alt=(diff(1 - f, w1), x1 * f * (f - 1)),
          note="d(1-f)/dw_j = x_j f (f-1); written f_{w,b}(x^{(i)} - 1) literally means f evaluated at x-1, which fails; "
               "read as f(x)-1 (misplaced parenthesis) it holds"),
    Claim(50, "ambiguous", dJ_dw1, L1_lit, alt=(dJ_dw1, L1),
          note="-(1/m) sum[y/f x f(1-f) + (1-y)/(1-f) x f (f-1)] = (1/m) sum (f-y)x = dJ/dw_j when the factor is f(x)-1; "
               "with f evaluated at x-1 it is not"),
    Claim(51, "invalid", L1, L2, domain=ybin,
          note="the previous line equals -(1/m) sum [y(1-f) - (1-y) f] x; this line flips the overall sign and replaces "
               "-(1-y) f by (1-y)(f-1) (fails under either reading of f(x-1))"),
    Claim(52, "invalid", L2, L3, domain=ybin,
          note="y(1-f)+(1-y)(f-1) is (1-f) for y=1 and (f-1) for y=0, whereas f-y is (f-1) and f: not equal "
               "(the final formula is the right gradient, but it does not follow from the line before)"),
    Claim(59, "ambiguous", dJ_db, B_lit, alt=(dJ_db, B),
          note="dJ/db = (1/m) sum (f(x)-y); the written f_{w,b}(x^{(i)} - y^{(i)} with its unclosed bracket read literally "
               "as f evaluated at x-y fails"),
]
