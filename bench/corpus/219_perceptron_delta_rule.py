from sympy import Symbol, Rational, diff

from labels import Claim

SOURCE = ("https://github.com/QubitPi/management-blogs/blob/21b518e374b9cca3a97f2f16b6b9ecb5c17e731c/"
          "docs/_posts/2022-08-09-artificial-neural-networks.md")
TITLE = "Machine Learning - Artificial Neural Networks (perceptron rule and delta rule)"
TOPIC = "linear"

# D = 3 training examples, n = 2 inputs; the derivative is taken with respect to w_1 (i = 1).
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
x = {(i, d): Symbol(f"x{i}{d}", real=True) for i in (1, 2) for d in (1, 2, 3)}
t = {d: Symbol(f"t{d}", real=True) for d in (1, 2, 3)}
o = {d: w1 * x[1, d] + w2 * x[2, d] for d in (1, 2, 3)}  # o_d = w . x_d (linear unit)
D = (1, 2, 3)
E = Rational(1, 2) * sum((t[d] - o[d]) ** 2 for d in D)

s1 = diff(E, w1)
s2 = Rational(1, 2) * sum(diff((t[d] - o[d]) ** 2, w1) for d in D)
s3 = Rational(1, 2) * sum(2 * (t[d] - o[d]) * diff(t[d] - o[d], w1) for d in D)
s4 = sum((t[d] - o[d]) * diff(t[d] - (w1 * x[1, d] + w2 * x[2, d]), w1) for d in D)
s5 = sum((t[d] - o[d]) * (-x[1, d]) for d in D)

CLAIMS = [
    Claim(86, "valid", diff(E, w1), s1),
    Claim(86, "valid", s1, s2, k=2),
    Claim(86, "valid", s2, s3, k=3),
    Claim(86, "valid", s3, s4, k=4),
    Claim(86, "valid", s4, s5, k=5),
]
