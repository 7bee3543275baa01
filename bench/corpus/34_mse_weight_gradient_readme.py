from sympy import Rational, symbols, diff

from labels import Claim

SOURCE = "https://github.com/Kiotto-code/42KL_ft_linear_regression/blob/HEAD/src/README.md"
TITLE = "Gradient of the MSE with respect to w (dw), step by step"
TOPIC = "linear"

n = 3
w, b = symbols("w b", real=True)
X = symbols("X1:4", real=True)
y = symbols("y1:4", real=True)
yhat = [w * Xi + b for Xi in X]
e = [yh - yi for yh, yi in zip(yhat, y)]
Loss = Rational(1, n) * sum(ei**2 for ei in e)
dLdw = diff(Loss, w)
# dw is introduced by the first display as (1/n) sum(X * error), error = yhat - y
dw = Rational(1, n) * sum(Xi * ei for Xi, ei in zip(X, e))

CLAIMS = [
    Claim(42, "valid", Loss, Rational(1, n) * sum((w * Xi + b - yi)**2 for Xi, yi in zip(X, y))),
    Claim(58, "valid", e[0], w * X[0] + b - y[0], k=1),
    Claim(64, "valid", Loss, Rational(1, n) * sum(ei**2 for ei in e)),
    Claim(70, "valid", dLdw, Rational(1, n) * sum(diff(ei**2, w) for ei in e)),
    Claim(74, "valid", dLdw, Rational(1, n) * sum(2 * ei * diff(ei, w) for ei in e)),
    Claim(80, "valid", e[0], w * X[0] + b - y[0]),
    Claim(82, "valid", diff(e[0], w), X[0]),
    Claim(88, "valid", dLdw, Rational(1, n) * sum(2 * (w * Xi + b - yi) * Xi for Xi, yi in zip(X, y))),
    Claim(94, "valid", dLdw, Rational(2, n) * sum(Xi * (w * Xi + b - yi) for Xi, yi in zip(X, y))),
    Claim(100, "valid", dw, Rational(1, n) * sum(Xi * (yh - yi) for Xi, yh, yi in zip(X, yhat, y)),
          note="dw is the name the first display gives to (1/n)Σ X·error, i.e. half of ∂Loss/∂w; the text drops the 2 on purpose"),
    Claim(109, "valid", dw, Rational(1, n) * sum(Xi * (w * Xi + b - yi) for Xi, yi in zip(X, y)),
          note="equals dw as introduced; it is half of ∂Loss/∂w (factor 2 dropped on purpose)"),
]
