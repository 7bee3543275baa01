from sympy import Symbol, exp, diff, tanh, Piecewise

from labels import Claim

SOURCE = "https://github.com/colecgulino/numpy-nn/blob/5ecbc26c519de8038c7a6b1b4310b2948be5024e/docs/activations.md"
TITLE = "Activations (sigmoid, ReLU, tanh, softmax): forward and backward"
TOPIC = "activations"

x = Symbol("x", real=True)
sig = 1 / (1 + exp(-x))
dsig = diff(sig, x)

# The sigmoid section writes the derivative as \frac{y_i}{x_i} (no \partial): literally the
# ratio y(x)/x; read as dy/dx it is the derivative. Steps that are right for dy/dx are
# therefore "ambiguous"; steps wrong under every reading are "invalid".
ratio = sig / x

# line 21: quotient rule, \partial(1) = 0 and \partial(1 + exp(-x)) = -exp(-x)
s1 = (diff(1 + 0 * x, x) * (1 + exp(-x)) - 1 * diff(1 + exp(-x), x)) / (1 + exp(-x))**2
s2 = exp(-x) / (1 + exp(x))**2
s3 = (exp(-x) - 1 + 1) / (1 + exp(x)) * (1 / (1 + exp(x)))
s4 = (exp(-x) - 1 + 1) / (1 + exp(-x)) * sig
s5 = ((1 + exp(-x)) / (1 + exp(-x)) - 1 / (1 + exp(-x))) * sig
s6 = (1 - sig) * sig

relu = Piecewise((x, x > 0), (0, True))

# tanh, with \partial acting on the factor right after it (quotient rule f'g - fg')
th = (exp(x) - exp(-x)) / (exp(x) + exp(-x))
dth = diff(th, x)
t1 = (diff(exp(x) - exp(-x), x) * (exp(x) + exp(-x))
      - (exp(x) - exp(-x)) * diff(exp(x) + exp(-x), x)) / (exp(x) + exp(-x))**2
t2 = ((exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2) / (exp(x) + exp(-x))**2
t3 = (exp(x) + exp(-x))**2 / (exp(x) + exp(-x))**2 - (exp(x) - exp(-x))**2 / (exp(x) + exp(-x))**2
t4 = 1 - tanh(x)**2

# softmax at K = 3 inputs x0, x1, x2; i = j = 0 for the diagonal case, i = 0, j = 1 otherwise
x0, x1, x2 = Symbol("x0", real=True), Symbol("x1", real=True), Symbol("x2", real=True)
S = exp(x0) + exp(x1) + exp(x2)
soft0 = exp(x0) / S
soft1 = exp(x1) / S
# line 149 (general i, j; checked at i = 0, j = 1): \partial = \partial / \partial x_j on the next factor
g1 = (diff(exp(x0), x1) * S - exp(x0) * diff(S, x1)) / S**2
d00 = diff(soft0, x0)
d01 = diff(soft0, x1)

CLAIMS = [
    Claim(21, "ambiguous", ratio, s1, alt=(dsig, s1),
          note="lhs written y_i/x_i (a ratio); as dy/dx the quotient rule gives e^{-x}/(1+e^{-x})^2"),
    Claim(28, "invalid", ratio, s2,
          note="denominator should be (1+exp(-x))^2, not (1+exp(x))^2; wrong also as dy/dx"),
    Claim(35, "invalid", ratio, s3,
          note="equals e^{-x}/(1+e^{x})^2, which is not sigma'(x) = e^{-x}/(1+e^{-x})^2"),
    Claim(39, "ambiguous", ratio, s4, alt=(dsig, s4),
          note="e^{-x}/(1+e^{-x}) * sigmoid = sigma'(x); holds only reading y_i/x_i as dy/dx"),
    Claim(43, "ambiguous", ratio, s5, alt=(dsig, s5),
          note="(1 - sigma) sigma = sigma'(x); holds only reading y_i/x_i as dy/dx"),
    Claim(47, "ambiguous", ratio, s6, alt=(dsig, s6),
          note="(1 - sigma) sigma = sigma'(x); holds only reading y_i/x_i as dy/dx"),
    Claim(67, "valid", diff(relu, x), Piecewise((1, x > 0), (0, True))),
    Claim(88, "valid", dth, t1),
    Claim(96, "valid", dth, t2),
    Claim(103, "valid", dth, t3),
    Claim(115, "valid", dth, t4),
    Claim(149, "valid", d01, g1),
    Claim(161, "valid", d00, (exp(x0) * S - exp(x0) * exp(x0)) / S**2),
    Claim(169, "valid", d00, exp(x0) / S * ((S - exp(x0)) / S)),
    Claim(177, "valid", d00, exp(x0) / S * (S / S - exp(x0) / S)),
    Claim(188, "valid", d00, soft0 * (1 - soft0)),
    Claim(194, "valid", d01, -exp(x0) * exp(x1) / S**2),
    Claim(202, "valid", d01, -exp(x0) / S * (exp(x1) / S)),
    Claim(215, "valid", d01, -soft0 * soft1),
]
