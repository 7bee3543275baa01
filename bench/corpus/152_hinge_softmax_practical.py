from sympy import Max, Symbol, diff, exp

from labels import Claim

SOURCE = "https://github.com/VCharatsidis/Deep-Learning-Master/blob/c35a7fb0f61f5b861470653e823e5b640361fef1/practical-1/main.tex"
TITLE = "Practical 1, Exercise 3: gradient of a hinge loss on softmax outputs"
TOPIC = "hinge"

# K = 3 classes, scores o_1..o_3, softmax outputs p_k; the correct class is y_i = 1.
o1, o2, o3 = (Symbol(f"o{k}", real=True) for k in (1, 2, 3))
m = Symbol("margin", positive=True)
t = Symbol("t", real=True)  # mixes the i = j (o_1) and i != j (o_2) cases into one check
S = exp(o1) + exp(o2) + exp(o3)
p1, p2, p3 = exp(o1) / S, exp(o2) / S, exp(o3) / S

d11 = diff(p1, o1)  # dp_i/do_j with i = j = 1
d12 = diff(p1, o2)  # dp_i/do_j with i = 1, j = 2
both = d11 + t * d12

# the hinge loss of the document with y_i = 1: sum over the wrong classes k = 2, 3
L = Max(0, p2 - p1 + m) + Max(0, p3 - p1 + m)

CLAIMS = [
    # product rule, for both i = j and i != j
    Claim(27, "valid", both,
          (diff(exp(o1), o1) * (1 / S) + exp(o1) * diff(1 / S, o1))
          + t * (diff(exp(o1), o2) * (1 / S) + exp(o1) * diff(1 / S, o2))),
    # case i = j
    Claim(33, "valid", d11, exp(o1) * (1 / S) - exp(o1) * exp(o1) * (1 / S**2)),
    Claim(37, "valid", d11, exp(o1) / S - exp(o1) / S * (exp(o1) / S)),
    Claim(41, "valid", d11, p1 - p1 * p1),
    Claim(45, "valid", d11, p1 * (1 - p1)),
    # case i != j
    Claim(51, "valid", d12, -exp(o1) * exp(o2) * (1 / S**2)),
    Claim(55, "valid", d12, -p1 * p2),
    # the two cases together, and with the Kronecker delta
    Claim(61, "valid", both, p1 * (1 - p1) + t * (-p1 * p2)),
    Claim(79, "valid", both, p1 * (1 - p1) + t * (p1 * (0 - p2))),
    # gradient of the hinge loss with respect to o_j (j = 2)
    Claim(82, "invalid", diff(L, o2),
          Max(0, p2 * (1 - p2) - p1 * (0 - p2) + m) + Max(0, p3 * (0 - p2) - p1 * (0 - p2) + m),
          domain={m: (0.2, 1.5)},
          note="the derivative of max(0, u) is 1[u>0]*u'; it was replaced by max(0, u') "
               "(the Jacobian entries were put inside the max)"),
]
