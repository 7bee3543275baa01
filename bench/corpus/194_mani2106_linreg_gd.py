from sympy import Symbol, Rational, diff

from labels import Claim

SOURCE = ("https://github.com/mani2106/Blog-Posts/blob/bce9d4c2bc3675591593e2984301127e319cfef2/"
          "_posts/2020-08-31-linear-regression-grad-desc.md")
TITLE = "Gradient Descent for Linear Regression"
TOPIC = "linear"

# m = 3 samples, one feature X^i, parameters θ0, θ1
th0, th1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
X = [Symbol(f"X{i}", real=True) for i in (1, 2, 3)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
x, y = Symbol("x", real=True), Symbol("y", real=True)  # the unindexed x, y of the text
t = Symbol("t", real=True)
m = 3

f = [th0 + th1 * X[i] - Y[i] for i in range(m)]  # f^i = h_θ(x^i) − y^i
J = Rational(1, 2 * m) * sum(fi**2 for fi in f)  # g = J
dJ0, dJ1 = diff(J, th0), diff(J, th1)
mean_f = Rational(1, m) * sum(f)
mean_fX = Rational(1, m) * sum(f[i] * X[i] for i in range(m))

CLAIMS = [
    # g = J = 1/2m Σ (h(x^i) − y^i)^2 = 1/2m Σ (θ0 + θ1 X^i − y^i)^2
    Claim(65, "valid", J, Rational(1, 2 * m) * sum((th0 + th1 * X[i] - Y[i])**2 for i in range(m))),
    Claim(67, "valid", J, Rational(1, 2 * m) * sum((th0 + th1 * X[i] - Y[i])**2 for i in range(m))),
    Claim(73, "valid", J, Rational(1, 2 * m) * sum(fi**2 for fi in f)),
    Claim(77, "valid", J, Rational(1, 2 * m) * sum((th0 + th1 * X[i] - Y[i])**2 for i in range(m))),
    # ∂/∂θj g = ∂/∂θj 1/2m Σ (f^i)^2, for j = 0 plus t times j = 1
    Claim(81, "valid", dJ0 + t * dJ1,
          diff(Rational(1, 2 * m) * sum(fi**2 for fi in f), th0)
          + t * diff(Rational(1, 2 * m) * sum(fi**2 for fi in f), th1)),
    Claim(85, "valid", dJ0, diff(Rational(1, 2 * m) * sum(fi**2 for fi in f), th0)),
    Claim(89, "valid", diff(Rational(1, 2 * m) * sum(fi**2 for fi in f), th0), mean_f),
    Claim(91, "ambiguous", mean_f, Rational(1, m) * sum(th0 + th1 * x - y for _ in range(m)),
          alt=(mean_f, Rational(1, m) * sum(th0 + th1 * X[i] - Y[i] for i in range(m))),
          note="summand h_θ(x) − y has no index i; holds only reading x, y as x^i, y^i"),
    # (2): ∂g(f)/∂θj = ∂g/∂θj · ∂f/∂θj  (j = 0 plus t times j = 1; f taken for sample 1)
    Claim(95, "invalid", dJ0 + t * dJ1,
          dJ0 * diff(f[0], th0) + t * dJ1 * diff(f[0], th1),
          note="misstated chain rule: for j = 1 it multiplies the full ∂g/∂θ1 by X^i again"),
    Claim(99, "valid", dJ0, Rational(1, 2 * m) * 2 * (sum(f))**(2 - 1)),
    Claim(99, "valid", Rational(1, 2 * m) * 2 * (sum(f))**(2 - 1), mean_f, k=2),
    Claim(103, "valid", diff(f[0], th0), diff(th0 + th1 * X[0] - Y[0], th0)),
    Claim(105, "valid", diff(f[0], th0), diff(th0 + th1 * X[0] - Y[0], th0)),
    Claim(105, "valid", diff(th0 + th1 * X[0] - Y[0], th0), 1, k=2),
    # j = 0 here (the case the text is treating)
    Claim(109, "valid", dJ0 * diff(f[0], th0), mean_f * 1),
    Claim(109, "valid", mean_f * 1, mean_f, k=2),
    # ∂/∂θ1 f(θ1, θ1): f with θ1 put in both slots
    Claim(117, "invalid", diff(th1 + th1 * X[0] - Y[0], th1), diff(f[0], th1),
          note="typo f(θ1, θ1): with θ1 in both arguments the derivative is 1 + X^i, not X^i"),
    Claim(117, "valid", diff(f[0], th1), diff(th0 + th1 * X[0] - Y[0], th1), k=2),
    Claim(119, "valid", diff(th1, th1), 1),
    Claim(121, "valid", diff(f[0], th1), 0 + 1 * X[0] - 0),
    Claim(121, "valid", 0 + 1 * X[0] - 0, X[0], k=2),
    # chain rule (2) for j = 1, f taken for sample 1
    Claim(125, "invalid", dJ1, dJ1 * diff(f[0], th1),
          note="∂g/∂θ1 · ∂f/∂θ1 = (1/m Σ f^i X^i)·X^i ≠ ∂g/∂θ1; the outer factor should be ∂g/∂f"),
    Claim(127, "invalid", dJ1 * diff(f[0], th1), mean_fX,
          note="previous right side (1/m Σ f^i X^i)·X^i is not 1/m Σ f^i X^i"),
    Claim(129, "valid", mean_fX, Rational(1, m) * sum((th0 + th1 * X[i] - Y[i]) * X[i] for i in range(m))),
]
