from sympy import Rational, symbols, diff

from labels import Claim

SOURCE = "https://github.com/mirjalil/DataScience/blob/master/notebooks/linear-models.ipynb"
TITLE = "Gradient of J(w) = 1/(2n) sum (w0 + w1 x - y)^2"
TOPIC = "linear"

n = 3
w0, w1 = symbols("w0 w1", real=True)
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
h = [w0 + w1 * xi for xi in x]
J = Rational(1, 2 * n) * sum((hi - yi)**2 for hi, yi in zip(h, y))
r = [w0 + w1 * xi - yi for xi, yi in zip(x, y)]

CLAIMS = [
    Claim(20, "valid", J, Rational(1, 2 * n) * sum(ri**2 for ri in r)),
    Claim(33, "valid", diff(J, w0), Rational(1, 2 * n) * sum(2 * ri for ri in r), k=1),
    Claim(33, "valid", Rational(1, 2 * n) * sum(2 * ri for ri in r), Rational(1, n) * sum(r), k=2),
    Claim(34, "valid", diff(J, w1), Rational(1, 2 * n) * sum(2 * xi * ri for xi, ri in zip(x, r)), k=1),
    Claim(34, "valid", Rational(1, 2 * n) * sum(2 * xi * ri for xi, ri in zip(x, r)),
          Rational(1, n) * sum(xi * ri for xi, ri in zip(x, r)), k=2),
]
