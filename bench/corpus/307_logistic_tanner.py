from sympy import Symbol, exp, log, diff, Piecewise, Eq, Integer, Rational

from labels import Claim

SOURCE = ("https://github.com/TannerGilbert/Machine-Learning-Explained/blob/"
          "090fd9eb759c0014321e23d90eb6bc48dbae1923/Algorithms/logistic_regression/README.tex.md")
TITLE = "Logistic Regression (Gilbert Tanner, Machine-Learning-Explained)"
TOPIC = "logistic"

# ---------------------------------------------------------------- sigmoid derivative (line 70)
x = Symbol("x", real=True)
E = exp(-x)
sig = 1 / (1 + E)
s70 = [
    diff(sig, x),                                        # \sigma(x)'
    diff(1 / (1 + exp(-x)), x),                          # (1/(1+e^{-x}))'
    -diff(1 + exp(-x), x) / (1 + E)**2,                  # -(1+e^{-x})'/(1+e^{-x})^2
    (-diff(Integer(1), x) - diff(exp(-x), x)) / (1 + E)**2,  # (-1' - (e^{-x})')/(...)^2
    (0 - diff(-x, x) * E) / (1 + E)**2,                  # (0 - (-x)'(e^{-x}))/(...)^2
    -(-1) * E / (1 + E)**2,                              # -(-1)(e^{-x})/(...)^2
    E / (1 + E)**2,                                      # e^{-x}/(1+e^{-x})^2
    (1 / (1 + E)) * (E / (1 + E)),                       # (1/(1+e^{-x}))(e^{-x}/(1+e^{-x}))
    sig * ((+1 - 1 + E) / (1 + E)),                      # sigma(x)((+1-1+e^{-x})/(1+e^{-x}))
    sig * ((1 + E) / (1 + E) - 1 / (1 + E)),             # sigma(x)((1+e^{-x})/(1+e^{-x}) - 1/(1+e^{-x}))
    sig * (1 - sig),                                     # sigma(x)(1 - sigma(x))
]

# ---------------------------------------------------------------- loss, m = 3 samples, n = 2 features
m = 3
th1, th2 = Symbol("theta_1", real=True), Symbol("theta_2", real=True)
X = [[Symbol(f"x_{i}{j}", real=True) for j in (1, 2)] for i in range(1, m + 1)]
Y = [Symbol(f"y_{i}", real=True) for i in range(1, m + 1)]
z = [th1 * X[i][0] + th2 * X[i][1] for i in range(m)]          # theta^T x^{(i)}
h = [1 / (1 + exp(-z[i])) for i in range(m)]                    # h_theta(x^{(i)}) = sigma(theta^T x^{(i)})
S = lambda f: sum(f(i) for i in range(m))

J_sum = -Rational(1, m) * S(lambda i: Y[i] * log(h[i]) + (1 - Y[i]) * log(1 - h[i]))
J_cases = Rational(1, m) * S(lambda i: Piecewise((-log(h[i]), Eq(Y[i], 1)), (-log(1 - h[i]), True)))
J_vec = Rational(1, m) * (-S(lambda i: Y[i] * log(h[i])) - S(lambda i: (1 - Y[i]) * log(1 - h[i])))
ybin = {Y[i]: (0, 1) for i in range(m)}

# ---------------------------------------------------------------- partial derivative wrt theta_j, j = 1 (line 74)
d = lambda f: diff(f, th1)
xj = [X[i][0] for i in range(m)]                                # x^{(i)}_j
dz = [d(z[i]) for i in range(m)]                                # d/dtheta_j theta^T x^{(i)}
s74 = [
    d(J_sum),
    d(-Rational(1, m) * S(lambda i: Y[i] * log(h[i]) + (1 - Y[i]) * log(1 - h[i]))),
    -Rational(1, m) * S(lambda i: Y[i] * d(log(h[i])) + (1 - Y[i]) * d(log(1 - h[i]))),
    -Rational(1, m) * S(lambda i: Y[i] * d(h[i]) / h[i] + (1 - Y[i]) * d(1 - h[i]) / (1 - h[i])),
    -Rational(1, m) * S(lambda i: Y[i] * d(1 / (1 + exp(-z[i]))) / h[i]
                        + (1 - Y[i]) * d(1 - 1 / (1 + exp(-z[i]))) / (1 - h[i])),
    -Rational(1, m) * S(lambda i: Y[i] * h[i] * (1 - h[i]) * dz[i] / h[i]
                        + (-(1 - Y[i]) * h[i] * (1 - h[i]) * dz[i]) / (1 - h[i])),
    -Rational(1, m) * S(lambda i: Y[i] * h[i] * (1 - h[i]) * dz[i] / h[i]
                        - (1 - Y[i]) * h[i] * (1 - h[i]) * dz[i] / (1 - h[i])),
    -Rational(1, m) * S(lambda i: Y[i] * (1 - h[i]) * xj[i] - (1 - Y[i]) * h[i] * xj[i]),
    -Rational(1, m) * S(lambda i: (Y[i] * (1 - h[i]) - (1 - Y[i]) * h[i]) * xj[i]),
    -Rational(1, m) * S(lambda i: (Y[i] - Y[i] * h[i] - h[i] + Y[i] * h[i]) * xj[i]),
    -Rational(1, m) * S(lambda i: (Y[i] - h[i]) * xj[i]),
    Rational(1, m) * S(lambda i: (h[i] - Y[i]) * xj[i]),
]

CLAIMS = [
    # merged loss equals the case-wise cost (labels y in {0, 1})
    Claim(44, "valid", J_cases, J_sum, domain=ybin),
    # vectorised form of the same loss
    Claim(50, "valid", J_sum, J_vec),
]
CLAIMS += [Claim(70, "valid", s70[k], s70[k + 1], k=k + 1) for k in range(10)]
CLAIMS += [Claim(74, "valid", s74[k], s74[k + 1], k=k + 1) for k in range(11)]
