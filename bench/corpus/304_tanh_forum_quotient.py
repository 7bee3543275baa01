from sympy import Symbol, cosh, diff, exp, sech, tanh

from labels import Claim

SOURCE = "https://community.deeplearning.ai/t/missing-intution-on-tanh-in-back-prop-programming-assignment-2/581594/3"
TITLE = "Missing intution on tanh in back-prop - Programming assignment 2 (ChatGPT tanh derivative)"
TOPIC = "activations"

x = Symbol("x", real=True)
u = exp(x)          # u = e^x
v = exp(-x)         # v = e^{-x}
du = exp(x)         # u' as stated (correct)
dv = -exp(-x)       # v' as stated (correct)
y = tanh(x)
dy = diff(y, x)     # the true dy/dx = 4/(e^x + e^{-x})^2

CLAIMS = [
    Claim(6, "valid", tanh(x), (exp(x) - exp(-x)) / (exp(x) + exp(-x))),
    Claim(10, "valid", y, (exp(x) - exp(-x)) / (exp(x) + exp(-x))),
    Claim(14, "valid", y, (u - v) / (u + v)),
    Claim(18, "invalid", dy, (v * du - u * dv) / (v + u)**2,
          note="quotient rule on (u-v)/(u+v) gives 2(v u' - u v')/(u+v)^2; the factor 2 is lost"),
    Claim(22, "valid", diff(exp(x), x), exp(x)),
    Claim(23, "valid", diff(exp(-x), x), -exp(-x)),
    Claim(27, "invalid", dy, (exp(-x) * exp(x) - exp(x) * (-exp(-x))) / (exp(-x) + exp(x))**2,
          note="the right side is 2/(e^x+e^{-x})^2, half of the true dy/dx = 4/(e^x+e^{-x})^2"),
    Claim(29, "invalid", dy, (exp(x - x) + exp(x - x)) / (exp(x) + exp(-x))**2,
          note="equals 2/(e^x+e^{-x})^2, half of dy/dx (error carried from the quotient rule)"),
    Claim(31, "valid", exp(0), 1),
    Claim(33, "invalid", dy, (1 + 1) / (exp(x) + exp(-x))**2,
          note="2/(e^x+e^{-x})^2 is half of dy/dx = 4/(e^x+e^{-x})^2"),
    Claim(35, "invalid", dy, 2 / (exp(x) + exp(-x))**2,
          note="dy/dx = 4/(e^x+e^{-x})^2, not 2/(e^x+e^{-x})^2"),
    Claim(37, "valid", exp(x) + exp(-x), 2 * cosh(x)),
    Claim(39, "invalid", dy, 2 / (2 * cosh(x))**2,
          note="2/(2cosh x)^2 = 1/(2cosh^2 x), half of dy/dx = 1/cosh^2 x"),
    Claim(41, "valid", dy, 1 / cosh(x)**2),
    Claim(43, "valid", dy, sech(x)**2),
]
