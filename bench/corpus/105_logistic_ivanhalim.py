from sympy import Symbol, exp, log, diff, Rational, Integer
from labels import Claim

SOURCE = ("https://github.com/IvanHalim/numerical-recipes/blob/4deb625fbe7763c93eca0bb782a712a2fc9aea44/"
          "04.%20Logistic%20Regression/2.%20Deriving%20Logistic%20Regression.ipynb")
TITLE = "Deriving logistic regression: gradient of the negative log likelihood (IvanHalim, numerical-recipes)"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


# ---- first cell: sigmoid derivative and chain rule, z = theta_0 + theta_1 x_1 + theta_2 x_2
x = Symbol("x", real=True)
t0, t1, t2 = Symbol("theta0", real=True), Symbol("theta1", real=True), Symbol("theta2", real=True)
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
z = t0 + t1 * x1 + t2 * x2

# ---- align block: sum_{i=0}^{m} taken literally with m = 2 (i = 0, 1, 2), one feature x_i plus
# the bias (x_0 = 1); d/d theta read as the component d/d theta_j with j = 1 (x_j^{(i)} = x_i).
m = 2
X = [Symbol(f"x_{i}", real=True) for i in range(m + 1)]
Y = [Symbol(f"y_{i}", real=True) for i in range(m + 1)]
H = [sig(t0 + t1 * X[i]) for i in range(m + 1)]          # h_theta(x^(i)) = sigma(theta^T x^(i))
S_lit = [sig(X[i]) for i in range(m + 1)]                 # sigma(x^(i)) read literally: no theta in it
I = range(m + 1)
c = -Rational(1, m)

J = c * sum(Y[i] * log(H[i]) + (1 - Y[i]) * log(1 - H[i]) for i in I)


def line44(S):
    return c * sum(Y[i] / S[i] * diff(S[i], t1) - (1 - Y[i]) / (1 - S[i]) * diff(S[i], t1) for i in I)


def line46(S):
    return c * sum((Y[i] / S[i] - (1 - Y[i]) / (1 - S[i])) * diff(S[i], t1) for i in I)


def line47(S):
    return c * sum(((Y[i] - Y[i] * S[i] - S[i] + Y[i] * S[i]) / (S[i] * (1 - S[i]))) * diff(S[i], t1) for i in I)


def line49(S):
    return c * sum(((Y[i] - S[i]) / (S[i] * (1 - S[i]))) * diff(S[i], t1) for i in I)


def line51(S):
    return c * sum(((Y[i] - S[i]) / (S[i] * (1 - S[i]))) * S[i] * (1 - S[i]) * X[i] for i in I)


def line53(S):
    return c * sum((Y[i] - S[i]) * X[i] for i in I)


line40 = diff(c * sum(Y[i] * log(H[i]) + (1 - Y[i]) * log(1 - H[i]) for i in I), t1)
line41 = c * sum(diff(Y[i] * log(H[i]), t1) + diff((1 - Y[i]) * log(1 - H[i]), t1) for i in I)
line42 = c * sum(Y[i] / H[i] * diff(H[i], t1) - (1 - Y[i]) / (1 - H[i]) * diff(H[i], t1) for i in I)

CLAIMS = [
    Claim(10, "valid", diff(sig(x), x), sig(x) * (1 - sig(x)),
          note="sigma'(x) = sigma(x)(1 - sigma(x))"),
    Claim(14, "valid", diff(sig(z), t1), sig(z) * (1 - sig(z)) * diff(z, t1),
          note="chain rule through z (checked on the theta_1 component)"),
    Claim(22, "valid", diff(z, t0), Integer(1),
          note="z = theta_0 + theta_1 x_1 + theta_2 x_2 is linear in theta_0 with coefficient 1"),
    Claim(26, "valid", diff(z, t1), x1,
          note="coefficient of theta_1 in z is x_1"),
    Claim(30, "valid", diff(sig(z), t2), sig(z) * (1 - sig(z)) * x2,
          note="sigma'(z) times dz/dtheta_i = x_i (checked at i = 2; x_0 = 1 covers i = 0)"),
    Claim(40, "valid", diff(J, t1), line40,
          note="substitutes the definition of J(theta) (same sum from i=0 to m, same 1/m)"),
    Claim(41, "valid", line40, line41,
          note="derivative is linear: moves inside the sum and the 1/m factor"),
    Claim(42, "valid", line41, line42,
          note="d log h = h'/h and d log(1-h) = -h'/(1-h); y^(i) does not depend on theta"),
    Claim(44, "ambiguous", line42, line44(S_lit), alt=(line42, line44(H)),
          note="literally sigma(x^(i)) has no theta, so its theta-derivative is 0 and the line is 0; "
               "holds if sigma(x^(i)) is shorthand for h_theta(x^(i)) = sigma(theta^T x^(i))"),
    Claim(46, "valid", line44(H), line46(H),
          note="factor the common derivative out of the bracket (algebraic; holds for either reading of sigma(x^(i)))"),
    Claim(47, "valid", line46(H), line47(H),
          note="common denominator: y(1-s) - (1-y)s = y - ys - s + ys"),
    Claim(49, "valid", line47(H), line49(H),
          note="-y s + y s cancels, numerator y - s"),
    Claim(51, "ambiguous", line49(S_lit), line51(S_lit), alt=(line49(H), line51(H)),
          note="replaces d sigma(x^(i))/d theta by sigma(1-sigma) x_j^(i): false for the literal theta-free "
               "sigma(x^(i)) (derivative 0), true for sigma(theta^T x^(i))"),
    Claim(53, "valid", line51(H), line53(H),
          note="sigma(1-sigma) cancels between numerator and denominator (algebraic, either reading)"),
]
