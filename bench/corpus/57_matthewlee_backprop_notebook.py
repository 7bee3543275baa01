from sympy import symbols, exp, diff, Rational, Lambda

from labels import Claim

SOURCE = "https://github.com/matthewLee711/seq2seq-ChatBot/blob/a2345e4/NeuralNetwork/notebook/Backpropagation.ipynb"
TITLE = "Back Propagation notebook, dJ/dW(2) (Matthew Lee, seq2seq-ChatBot)"
TOPIC = "backprop"

# J = sum over samples of .5 (y - y_hat)^2; two samples s = 1, 2; three hidden units; W_(2) = (w1, w2, w3),
# checked at its first entry w1. z_(3) = a_(2) w_(2), y_hat = f(z_(3)) with f the sigmoid the text names.
Z = symbols("Z", real=True)
f = Lambda(Z, 1 / (1 + exp(-Z)))
fp = Lambda(Z, diff(f(Z), Z))
w = symbols("w1:4", real=True)
a = [symbols(f"a{s}_1:4", real=True) for s in (1, 2)]
y = symbols("y1 y2", real=True)
z3 = [sum(a[s][k] * w[k] for k in range(3)) for s in range(2)]
yh = [f(z3[s]) for s in range(2)]
half = Rational(1, 2)
J = sum(half * (y[s] - yh[s])**2 for s in range(2))
W = w[0]
per1 = half * (y[0] - yh[0])**2            # the first sample's term, once the sum is dropped

CLAIMS = [
    Claim(13, "valid", diff(J, W), diff(sum(half * (y[s] - yh[s])**2 for s in range(2)), W)),
    Claim(16, "valid", diff(J, W), sum(diff(half * (y[s] - yh[s])**2, W) for s in range(2))),
    Claim(19, "invalid", diff(J, W), diff(per1, W),
          note="J sums over the samples; dropping the summation keeps one sample's term only"),
    Claim(22, "invalid", diff(J, W), y[0] - yh[0],
          note="d/dW of .5(y - y_hat)^2 is -(y - y_hat) dy_hat/dW (summed over samples), not (y - y_hat)"),
    Claim(25, "invalid", diff(J, W), (y[0] - yh[0]) * -(diff(yh[0], W)),
          note="per-sample expression; J's summation over samples is missing"),
    Claim(27, "invalid", diff(J, W), -(y[0] - yh[0]) * (diff(yh[0], W)),
          note="per-sample expression; J's summation over samples is missing"),
    Claim(30, "invalid", diff(J, W), -(y[0] - yh[0]) * fp(z3[0]) * diff(z3[0], W),
          note="per-sample expression; J's summation over samples is missing"),
    Claim(34, "invalid", fp(Z), exp(-2) / (1 + exp(-2))**2,
          note="the sigmoid's derivative is e^{-z}/(1+e^{-z})^2; e^{-2} is a constant (and for the f written, 1/(1+e^{-2}), f' = 0)"),
    Claim(36, "invalid", diff(yh[0], W), fp(z3[0]),
          note="dy_hat/dW_(2) = f'(z_(3)) dz_(3)/dW_(2); the factor a_(2) is missing (f'(z_(3)) is dy_hat/dz_(3))"),
    Claim(36, "invalid", fp(z3[0]), exp(-2) / (1 + exp(-2))**2, k=2,
          note="f'(z_(3)) = e^{-z_(3)}/(1+e^{-z_(3)})^2, not the constant e^{-2}/(1+e^{-2})^2"),
    Claim(38, "invalid", diff(J, W), -(y[0] - yh[0]) * fp(z3[0]) * diff(z3[0], W),
          note="per-sample expression; J's summation over samples is missing"),
]
