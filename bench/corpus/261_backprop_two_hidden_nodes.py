from sympy import Symbol, exp, diff

from labels import Claim

SOURCE = "https://github.com/CompPhysics/MachineLearning/blob/0064f0a2d2720c49af78f1530a49a26cc429adbc/doc/pub/week42/html/._week42-bs034.html"
TITLE = "Week 42: simple neural network (2 inputs, 2 hidden nodes, 1 output) and the back propagation equations"
TOPIC = "backprop"

# Concrete instance of the generic network: sigma^(1) = sigma^(2) = logistic, C = (a^(2) - y)^2 / 2.
x0, x1 = Symbol("x0", real=True), Symbol("x1", real=True)          # a_0^(0), a_1^(0)
w00, w01, w10, w11 = (Symbol(n, real=True) for n in ("w00", "w01", "w10", "w11"))
b0, b1 = Symbol("b0", real=True), Symbol("b1", real=True)
v0, v1 = Symbol("v0", real=True), Symbol("v1", real=True)          # w_0^(2), w_1^(2)
c = Symbol("c", real=True)                                          # b^(2)
y = Symbol("y", real=True)
Z, A = Symbol("Z", real=True), Symbol("A", real=True)


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    return diff(sig(Z), Z).subs(Z, t)


def cost(a):
    return (a - y) ** 2 / 2


z0 = w00 * x0 + w01 * x1 + b0        # z_0^(1)
z1 = w10 * x0 + w11 * x1 + b1        # z_1^(1)
a0, a1 = sig(z0), sig(z1)            # a_0^(1), a_1^(1)
z2 = v0 * a0 + v1 * a1 + c           # z^(2)
a2 = sig(z2)                         # a^(2)
C = cost(a2)

dC_da2 = diff(cost(A), A).subs(A, a2)     # dC/da^(2)
da2_dz2 = dsig(z2)                        # da^(2)/dz^(2)
delta2 = dC_da2 * da2_dz2                 # delta^(2)
dz2_dz0 = v0 * dsig(z0)                   # dz^(2)/dz_0^(1)
dz2_dz1 = v1 * dsig(z1)                   # dz^(2)/dz_1^(1)
delta0 = v0 * dsig(z0) * delta2           # delta_0^(1)
delta1 = v1 * dsig(z1) * delta2           # delta_1^(1)

# the output-layer claim is written for a generic i; checked at i = 1 (w_1^(2), a_1^(1))
CLAIMS = [
    Claim(69, "valid", diff(C, v1), dC_da2 * da2_dz2 * a1),
    Claim(69, "valid", dC_da2 * da2_dz2 * a1, delta2 * a1, k=2),
    Claim(81, "valid", diff(C, c), dC_da2 * da2_dz2 * 1),
    Claim(81, "valid", dC_da2 * da2_dz2 * 1, delta2, k=2),
    Claim(89, "valid", diff(C, w00), dC_da2 * da2_dz2 * dz2_dz0 * x0),
    Claim(90, "valid", dC_da2 * da2_dz2 * dz2_dz0 * x0, delta2 * dz2_dz0 * x0),
    Claim(102, "invalid", dz2_dz0 * x0, v0 * dsig(z0) * a0,
          note="dz_0^(1)/dw_00^(1) = a_0^(0) = x_0 (the input), not the hidden output a_0^(1)"),
    Claim(116, "invalid", diff(C, w00), delta0 * a0,
          note="dC/dw_00^(1) = delta_0^(1) a_0^(0); the hidden activation a_0^(1) is used instead of the input"),
    Claim(122, "invalid", diff(C, w01), delta0 * a1,
          note="dC/dw_01^(1) = delta_0^(1) a_1^(0); a_1^(1) is the wrong layer's activation"),
    Claim(130, "invalid", diff(C, w10), delta1 * a0,
          note="dC/dw_10^(1) = delta_1^(1) a_0^(0); a_0^(1) is the wrong layer's activation"),
    Claim(136, "invalid", diff(C, w11), delta1 * a1,
          note="dC/dw_11^(1) = delta_1^(1) a_1^(0); a_1^(1) is the wrong layer's activation"),
    Claim(150, "valid", diff(C, b0), delta0),
    Claim(156, "valid", diff(C, b1), delta1),
]
