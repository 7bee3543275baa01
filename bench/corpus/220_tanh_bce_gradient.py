from sympy import Symbol, diff, log, tanh

from labels import Claim

SOURCE = ("https://datascience.stackexchange.com/questions/73275/"
          "what-is-the-gradient-descent-rule-using-binary-cross-entropy-bce-with-tanh")
TITLE = "What is the gradient descent rule using binary cross entropy (BCE) with tanh?"
TOPIC = "activations"

# One input, one weight: y_hat = tanh(w x); w and omega are the same weight.
w, x, y = Symbol("w", real=True), Symbol("x", real=True), Symbol("y", real=True)
yh = tanh(w * x)
E = -(y * log(yh) + (1 - y) * log(1 - yh))
dtanh = 1 - tanh(w * x) ** 2  # tanh'(wx)
first = dtanh * x / (tanh(w * x) * (1 - tanh(w * x))) * (tanh(w * x) - y)
dom = {w: (0.1, 2.0), x: (0.1, 2.0), y: (0.0, 1.0)}

CLAIMS = [
    Claim(19, "valid", diff(E, w), diff(-(y * log(tanh(w * x)) + (1 - y) * log(1 - tanh(w * x))), w),
          domain=dom),
    Claim(27, "valid", first,
          (x - x * tanh(w * x) ** 2) / (tanh(w * x) * (1 - tanh(w * x))) * (tanh(w * x) - y), domain=dom),
    Claim(27, "valid", (x - x * tanh(w * x) ** 2) / (tanh(w * x) * (1 - tanh(w * x))) * (tanh(w * x) - y),
          (x - x * yh ** 2) / (yh * (1 - yh)) * (yh - y), k=2, domain=dom),
    Claim(27, "valid", (x - x * yh ** 2) / (yh * (1 - yh)) * (yh - y),
          (yh + 1) * x * (yh - y) / yh, k=3, domain=dom),
    Claim(35, "valid", first, x * (1 + yh) * (1 - yh) / (yh * (1 - yh)) * (yh - y), domain=dom),
    Claim(35, "valid", x * (1 + yh) * (1 - yh) / (yh * (1 - yh)) * (yh - y),
          (yh + 1) * x * (yh - y) / yh, k=2, domain=dom),
]
