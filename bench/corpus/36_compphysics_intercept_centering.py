from sympy import Rational, symbols, diff, Symbol

from labels import Claim

SOURCE = "https://github.com/CompPhysics/MachineLearning/blob/HEAD/doc/src/week36/week36.do.txt"
TITLE = "Intercept of least squares from dC/dbeta_0 = 0 (centering)"
TOPIC = "linear"

n = 3
b0, b1, b2 = symbols("beta0 beta1 beta2", real=True)
# indices i = 0..n (the cost as written sums to n, one term more than the data used later)
y = symbols("y0:4", real=True)
X = [[Symbol(f"X{i}{j}", real=True) for j in range(3)] for i in range(4)]
beta = [None, b1, b2]  # p - 1 = 2 features (j = 1, 2)


def r(i, bs=beta):
    return y[i] - b0 - sum(X[i][j] * bs[j] for j in range(1, len(bs)))


C = Rational(1, n) * sum(r(i)**2 for i in range(n + 1))  # sum_{i=0}^{n} as written
# beta_0 solving the stated first-order condition (sum over i = 0..n-1)
b0_star = Rational(1, n) * sum(y[i] - X[i][1] * b1 - X[i][2] * b2 for i in range(n))
b0_star2 = Rational(1, n) * sum(y[i] - X[i][1] * b1 for i in range(n))  # two-parameter case
mu1 = Rational(1, n) * sum(X[i][1] for i in range(n))
muy = Rational(1, n) * sum(y[i] for i in range(n))

CLAIMS = [
    Claim(22, "invalid", diff(C, b0), -Rational(2, n) * sum(r(i) for i in range(n)),
          note="C as defined sums i = 0..n (n+1 terms); its derivative keeps only i = 0..n-1, the i = n term is missing"),
    Claim(26, "valid", n * b0_star,
          sum(y[i] for i in range(n)) - sum(X[i][j] * beta[j] for i in range(n) for j in (1, 2)),
          note="holds where the stated derivative vanishes"),
    Claim(34, "valid", n * b0_star2, sum(y[i] for i in range(n)) - sum(X[i][1] * b1 for i in range(n)),
          note="two-parameter case, at the stationary beta_0"),
    Claim(38, "valid", b0_star2, Rational(1, n) * sum(y[i] for i in range(n)) - b1 * Rational(1, n) * sum(X[i][1] for i in range(n))),
    Claim(50, "valid", b0_star2, muy - b1 * mu1),
    Claim(54, "valid", b0_star,
          Rational(1, n) * sum(y[i] for i in range(n)) - Rational(1, n) * sum(X[i][j] * beta[j] for i in range(n) for j in (1, 2))),
]
