from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = "https://community.deeplearning.ai/t/how-to-get-the-derivatives-of-the-logistic-cost-loss-function-teaching-staff/146142/11"
TITLE = "Derivatives of the logistic loss by direct substitution (forum reply)"
TOPIC = "logistic"

w = Symbol("w", real=True)
b = Symbol("b", real=True)
x = Symbol("x", real=True)
y = Symbol("y", real=True)
zz = Symbol("z", real=True)  # the identities on the facts line are stated for a free z
z = w * x + b
E = exp(-z)
sig = 1 / (1 + E)
# the loss as the reply writes it on its first line (the course's logistic loss, a definition)
L = -(y * log(1 / (1 + E)) + (1 - y) * log(1 - 1 / (1 + E)))
dL = diff(L, w)
Y = {y: (0, 1)}

CLAIMS = [
    Claim(10, "valid", L, -(y * log(1 / (1 + E)) + (1 - y) * log(E / (1 + E))), domain=Y),
    Claim(13, "valid", log(1 / (1 + exp(-zz))), -log(1 + exp(-zz))),
    Claim(13, "valid", log(exp(-zz) / (1 + exp(-zz))), -zz - log(1 + exp(-zz)), k=2),
    Claim(16, "valid", L, -(-y * log(1 + E) + (1 - y) * (-(w * x + b) - log(1 + E))), domain=Y),
    Claim(17, "valid", -(-y * log(1 + E) + (1 - y) * (-(w * x + b) - log(1 + E))),
          -(-y * log(1 + E) - (1 - y) * log(1 + E) - (1 - y) * (w * x + b)), domain=Y),
    Claim(18, "valid", -(-y * log(1 + E) - (1 - y) * log(1 + E) - (1 - y) * (w * x + b)),
          log(1 + E) + (1 - y) * w * x + (1 - y) * b, domain=Y,
          note="holds; the trailing ']' is a stray bracket, not mathematics"),
    Claim(24, "valid", dL, (-x * E) / (1 + E) + (1 - y) * x, domain=Y),
    Claim(25, "valid", (-x * E) / (1 + E) + (1 - y) * x,
          (-x * E + (1 - y) * x * (1 + E)) / (1 + E), domain=Y),
    Claim(26, "valid", (-x * E + (1 - y) * x * (1 + E)) / (1 + E),
          (-x * E + (1 - y) * x + (1 - y) * x * E) / (1 + E), domain=Y),
    Claim(27, "valid", (-x * E + (1 - y) * x + (1 - y) * x * E) / (1 + E),
          (-x * y * E + x - x * y) / (1 + E), domain=Y),
    Claim(28, "valid", (-x * y * E + x - x * y) / (1 + E),
          (-x * y * (1 + E) + x) / (1 + E), domain=Y),
    Claim(29, "valid", (-x * y * (1 + E) + x) / (1 + E), -x * y + x / (1 + E), domain=Y),
    Claim(30, "valid", -x * y + x / (1 + E), (1 / (1 + E) - y) * x, domain=Y),
    Claim(31, "valid", (1 / (1 + E) - y) * x, (sig - y) * x, domain=Y),
    Claim(31, "valid", (sig - y) * x, (sig - y) * x, k=2, domain=Y,
          note="f is the course's model output f_wb(x) = sigmoid(wx + b)"),
]
