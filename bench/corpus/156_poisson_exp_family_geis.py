from sympy import Symbol, Sum, exp, log, diff, factorial, oo, Rational

from labels import Claim

SOURCE = "https://github.com/Michael-Geis/CS-229-F18-Solutions/blob/95085dc0ad32763c0758172eb14d90a111790386/PS1/PS1-3.ipynb"
TITLE = "Poisson Regression (CS229 PS1-3 solution)"
TOPIC = "glm"

lam = Symbol("lambda", positive=True)
y = Symbol("y", integer=True, nonnegative=True)
k = Symbol("k", integer=True, nonnegative=True)
COUNTS = (0, 1, 2, 3, 4)

pmf = exp(-lam) * lam**y / factorial(y)
# the definition as literally written: a sum over the dummy y, i.e. the total mass 1
p_literal = Sum(exp(-lam) * lam**k / factorial(k), (k, 0, oo))
# E[p(Y, lambda)] for Y ~ Poisson(lambda): sum_k p(k)^2
E_p = Sum(exp(-2 * lam) * lam**(2 * k) / factorial(k)**2, (k, 0, oo))
series_y1 = Sum(exp(-lam) * lam**k / factorial(k - 1), (k, 1, oo))

# part (C): m = 2, samples i = 0, 1, 2 (the sum runs 0..m), n = 2 features
m = 2
th1, th2 = Symbol("theta1", real=True), Symbol("theta2", real=True)
ys = [Symbol(f"y{i}", integer=True, nonnegative=True) for i in range(3)]
xs = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in range(3)]
eta = [x1 * th1 + x2 * th2 for (x1, x2) in xs]
logq = [-log(factorial(yi)) + yi * e - exp(e) for yi, e in zip(ys, eta)]
J = Rational(1, m) * sum(logq)
# literal scope: the sum covers only -log y^{(i)}!, the other terms keep a dangling i
yk, xk1, xk2 = Symbol("yk", integer=True, nonnegative=True), Symbol("xk1", real=True), Symbol("xk2", real=True)
J_literal = Rational(1, m) * sum(-log(factorial(yi)) for yi in ys) + yk * (xk1 * th1 + xk2 * th2) \
    - exp(xk1 * th1 + xk2 * th2)

DOM = {y: COUNTS, lam: (0.2, 4.0), yk: COUNTS, **{yi: COUNTS for yi in ys}}

CLAIMS = [
    Claim(17, "ambiguous", p_literal, exp(y * log(lam) - lam) / factorial(y),
          alt=(pmf, exp(y * log(lam) - lam) / factorial(y)), domain=DOM,
          note="p was defined as a sum over y (total mass 1); holds if p is read as the pmf"),
    Claim(26, "invalid", lam, E_p, domain=DOM,
          note="g(eta) = E[T(y)] = E[y] = lambda, not E[p(y, lambda)] = sum_y p(y)^2"),
    Claim(26, "invalid", E_p, series_y1, k=2, domain=DOM,
          note="E[p(Y)] = sum p(y)^2, but the series written is E[Y] = sum y p(y)"),
    Claim(26, "valid", series_y1, lam, k=3, domain=DOM),
    Claim(26, "valid", lam, exp(log(lam)), k=4, domain=DOM),
    Claim(33, "ambiguous", J, J_literal,
          alt=(J, Rational(1, m) * sum(-log(factorial(yi)) + yi * (x1 * th1 + x2 * th2) - exp(x1 * th1 + x2 * th2)
                                      for yi, (x1, x2) in zip(ys, xs))), domain=DOM,
          note="sum written without brackets; holds only if it covers all three terms"),
    Claim(37, "valid", diff(J, th1),
          Rational(1, m) * sum((yi - exp(e)) * x1 for yi, e, (x1, x2) in zip(ys, eta, xs)), domain=DOM),
]
