from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://github.com/m-a-h-e/m-a-h-e.github.io/blob/2a7b9f240079de538606da40a3539c94213005bc/softmax_derivative.md"
TITLE = "The Softmax Function and it's Derivative"
TOPIC = "softmax"

# Three inputs x[0], x[1], x[2]; the sum sign runs over all of them.
x0, x1, x2 = (Symbol(f"x{i}", real=True) for i in range(3))
S = exp(x0) + exp(x1) + exp(x2)
y0, y1 = exp(x0) / S, exp(x1) / S

# First case, n = k = 0.
d_nn = diff(y0, x0)
a1 = (exp(x0) * S - exp(x0) * exp(x0)) / S**2
a2 = exp(x0) / S - exp(x0) / S * (exp(x0) / S)
a3 = exp(x0) / S * 1 - exp(x0) / S * (exp(x0) / S)
a4 = exp(x0) / S * (1 - exp(x0) / S)
a5 = y0 * (1 - y0)

# Second case, n = 0, k = 1.
d_nk = diff(y0, x1)
b1 = (0 * S - exp(x0) * exp(x1)) / S**2
b2 = 0 - exp(x0) / S * (exp(x1) / S)
b3 = exp(x0) / S * 0 - exp(x0) / S * (exp(x1) / S)
b4 = exp(x0) / S * (0 - exp(x0) / S)   # the source writes e^{x[n]} inside the bracket
b5 = y0 * (0 - y1)

CLAIMS = [
    # f(x)[n] = y[n] defines the softmax; the second = restates the formula for y[n].
    Claim(8, "valid", y0, exp(x0) / S),
    Claim(14, "valid", d_nn, d_nn),
    Claim(14, "valid", d_nn, a1, k=2),
    Claim(16, "valid", a1, a2),
    Claim(18, "valid", a2, a3),
    Claim(20, "valid", a3, a4),
    Claim(22, "valid", a4, a5),
    Claim(26, "valid", d_nk, d_nk),
    Claim(26, "valid", d_nk, b1, k=2),
    Claim(28, "valid", b1, b2),
    Claim(30, "valid", b2, b3),
    Claim(32, "invalid", b3, b4,
          note="factoring y[n] out of -y[n]y[k] leaves (0 - e^{x[k]}/Σ), not (0 - e^{x[n]}/Σ); for n≠k this gives -y[n]^2"),
    Claim(34, "invalid", b4, b5,
          note="the previous member is -y[n]^2, while y[n](0 - y[k]) = -y[n]y[k]; they differ for n≠k"),
]
