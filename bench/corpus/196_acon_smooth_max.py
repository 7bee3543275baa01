from sympy import Symbol, Max, Limit, exp, diff, oo

from labels import Claim

SOURCE = ("https://github.com/0809zheng/0809zheng.github.io/blob/e3ae503f3ea4879c48a5f0946bf454281e3c8562/"
          "_posts/paper/2021/2021-11-18-acon.md")
TITLE = "ACON (Activate or Not): smooth maximum, ACON-C and its derivative"
TOPIC = "activations"

x1, x2, x3 = (Symbol(f"x{i}", real=True) for i in (1, 2, 3))
beta = Symbol("beta", real=True)
x = Symbol("x", real=True)
p1, p2 = Symbol("p1", real=True), Symbol("p2", real=True)
ea, eb = Symbol("eta_a", real=True), Symbol("eta_b", real=True)   # eta_alpha(x), eta_beta(x) at some x


def sig(t):
    return 1 / (1 + exp(-t))


# n = 3 for the general smooth maximum
smooth3 = (x1 * exp(beta * x1) + x2 * exp(beta * x2) + x3 * exp(beta * x3)) / (
    exp(beta * x1) + exp(beta * x2) + exp(beta * x3))

c1 = (x1 * exp(beta * x1) + x2 * exp(beta * x2)) / (exp(beta * x1) + exp(beta * x2))
c2 = x1 * exp(beta * x1) / (exp(beta * x1) + exp(beta * x2)) + x2 * exp(beta * x2) / (exp(beta * x1) + exp(beta * x2))
c3 = x1 * 1 / (1 + exp(-beta * (x1 - x2))) + x2 * 1 / (1 + exp(-beta * (x2 - x1)))
c4 = x1 * sig(beta * (x1 - x2)) + x2 * sig(beta * (x2 - x1))
c5 = x1 * sig(beta * (x1 - x2)) + x2 * (1 - sig(beta * (x1 - x2)))
c6 = (x1 - x2) * sig(beta * (x1 - x2)) + x2

f_acon_c = (p1 - p2) * x * sig(beta * (p1 - p2) * x) + p2 * x     # ACON-C, stated in the text (line 28)
d_rhs = (p1 - p2) * sig(beta * (p1 - p2) * x) + beta * (p1 - p2) ** 2 * x * sig(beta * (p1 - p2) * x) * (
    1 - sig(beta * (p1 - p2) * x)) + p2
fprime = diff(f_acon_c, x)
LIM = {beta: (0.2, 3), p1: (1, 2), p2: (-1, 0.8)}   # beta > 0 and p1 > p2, as the limits assume

NOTE_APPROX = "the softmax-weighted mean only approximates max (it tends to max as beta -> oo); written with '='"

CLAIMS = [
    Claim(12, "invalid", Max(x1, x2, x3), smooth3, note=NOTE_APPROX),
    Claim(18, "invalid", Max(x1, x2), c1, note=NOTE_APPROX),
    Claim(18, "valid", c1, c2, k=2),
    Claim(18, "valid", c2, c3, k=3),
    Claim(18, "valid", c3, c4, k=4),
    Claim(18, "valid", c4, c5, k=5),
    Claim(18, "valid", c5, c6, k=6),
    Claim(22, "invalid", Max(ea, eb), (ea - eb) * sig(beta * (ea - eb)) + eb, note=NOTE_APPROX),
    Claim(34, "valid", fprime, d_rhs),
    Claim(38, "valid", Limit(fprime, x, oo), p1, domain=LIM),
    Claim(38, "valid", Limit(fprime, x, -oo), p2, k=2, domain=LIM),
]
