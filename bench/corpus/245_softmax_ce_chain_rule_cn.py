"""Labels for 245_softmax_ce_chain_rule_cn.md (freelw, softmax cross-entropy by chained local derivatives).

Concrete size: n = 3 logits Z1, Z2, Z3; the target class is 1; a non-target index i is taken as 2.
The author's max(Z_i) is a constant symbol `m` (the author treats it as constant; the loss and
softmax do not depend on it anyway). Local derivatives of the helper functions g_k are checked
with fresh symbols. Two different `sum`s occur: the cross-entropy section defines
sum = sum_j e^{Z_j - max} (S_sh below); the softmax section re-defines sum = sum_j e^{Z_j}
(S_un below) but keeps using the shifted quantities, which is what makes several of its
lines ambiguous. Vector equalities written with cases are checked as sum_i w_i (component i).
"""
from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/freelw/recognizing_handwritten_digits/blob/"
          "c42332fc13b4473a4ca8118054a3b8107866e309/c++/equations/readme.md")
TITLE = "各种导数 (assorted derivatives): softmax cross-entropy and softmax, via chains of helper functions"
TOPIC = "softmax"

Z1, Z2, Z3 = (Symbol(f"Z{k}", real=True) for k in (1, 2, 3))
Z = [Z1, Z2, Z3]
m = Symbol("m", real=True)  # max(Z_i), held constant by the author
w1, w2, w3 = (Symbol(f"w{k}", real=True) for k in (1, 2, 3))

E = [exp(z - m) for z in Z]          # e^{Z_j - max}
S_sh = sum(E)                        # sum of the cross-entropy section (shifted)
S_un = sum(exp(z) for z in Z)        # sum as re-defined in the softmax section (unshifted)
soft = [exp(z) / S_un for z in Z]    # softmax(Z_j)

# cross-entropy with target 1
ce = -log(E[0] / S_sh)

# generic symbols for the local derivatives of the helper functions
X1 = Symbol("X1", positive=True)
X2 = Symbol("X2", positive=True)
X3 = Symbol("X3", real=True)
X4 = Symbol("X4", real=True)
X5 = Symbol("X5", real=True)
C1 = Symbol("C1", positive=True)
C2 = Symbol("C2", positive=True)
Sfix = Symbol("Sfix", positive=True)  # the denominator held fixed in the numerator part p
pos = {X1: (0.1, 3.0), X2: (0.1, 3.0), C1: (0.1, 3.0), C2: (0.1, 3.0), Sfix: (0.1, 3.0)}

# ---- case i != target (i = 2) in the cross-entropy section
i = 1  # index of Z2
c1 = E[0]
x4 = Z[i] - m
x1 = c1 / S_sh
x2 = S_sh
chain_ce = (-1 / x1) * (-c1 / x2**2) * 1 * exp(x4) * 1
dce_i = diff(ce, Z[i])

# ---- case i = target, numerator part p
p_true = diff(-log(exp(Z1 - m) / Sfix), Z1)      # = -1
x3_t = Z1 - m
x1_t = exp(x3_t) / Sfix
p_chain = (-1 / x1_t) * (1 / Sfix) * exp(x3_t) * 1

# ---- softmax section, case i = target (i = 1): x1 = e^{Z1-m}, x2 = shifted sum
ds11 = diff(soft[0], Z1)
sx1 = E[0]
sx2 = S_sh

# ---- softmax section, case i != target (i = 2), output index target = 1
ds12 = diff(soft[0], Z2)
g1 = C1 / X1  # g_1(x_1) = e^{Z_target - max}/x_1 with the numerator as a constant C1

CLAIMS = [
    # cross-entropy, i != target
    Claim(35, "valid", dce_i, chain_ce),
    Claim(37, "valid", diff(-log(X1), X1), -1 / X1, domain=pos),
    Claim(39, "valid", diff(C1 / X2, X2), -C1 / X2**2, domain=pos),
    Claim(41, "valid", diff(X3 + C2, X3), 1, domain=pos),
    Claim(43, "valid", diff(exp(X4), X4), exp(X4)),
    Claim(45, "valid", diff(Z[i] - m, Z[i]), 1),
    Claim(47, "valid", c1 / (exp(x4) + (E[0] + E[2])), c1 / S_sh),
    Claim(49, "valid", exp(x4) + (E[0] + E[2]), S_sh),
    Claim(55, "valid", dce_i, c1 * exp(x4) / (x1 * x2**2)),
    Claim(55, "valid", c1 * exp(x4) / (x1 * x2**2), exp(Z[i] - m) / S_sh, k=2),
    # cross-entropy, i = target: numerator part p
    Claim(74, "valid", p_true, p_chain, domain=pos),
    Claim(76, "valid", diff(-log(X1), X1), -1 / X1, domain=pos),
    Claim(78, "valid", diff(X2 / Sfix, X2), 1 / Sfix, domain=pos),
    Claim(80, "valid", diff(exp(X3), X3), exp(X3)),
    Claim(82, "valid", diff(Z1 - m, Z1), 1),
    Claim(84, "valid", p_true, -exp(x3_t) / (x1_t * Sfix), domain=pos),
    Claim(88, "valid", exp(x3_t) / S_sh, exp(Z1 - m) / S_sh),
    Claim(90, "valid", p_true, -1, domain=pos),
    # the two cases of d ce / d Z_i, weighted over i = 1, 2, 3
    Claim(95, "valid",
          w1 * diff(ce, Z1) + w2 * diff(ce, Z2) + w3 * diff(ce, Z3),
          w1 * (E[0] / S_sh - 1) + w2 * E[1] / S_sh + w3 * E[2] / S_sh),
    # softmax, generic chain rule for x_1 / x_2 (i = target = 1)
    Claim(112, "valid", ds11,
          (1 / sx2) * diff(E[0], Z1) + (-sx1 / sx2**2) * diff(S_sh, Z1)),
    Claim(118, "valid", diff(X1 / X2, X1), 1 / X2, domain=pos),
    Claim(120, "valid", diff(X1 / X2, X2), -X1 / X2**2, domain=pos),
    Claim(128, "valid", diff(exp(Z1 - m), Z1), exp(Z1 - m) * 1),
    Claim(128, "valid", exp(Z1 - m) * 1, exp(Z1 - m) * 1, k=2),
    Claim(128, "valid", exp(Z1 - m) * 1, exp(Z1 - m), k=3),
    Claim(140, "valid", diff(exp(Z1 - m) + C2, Z1), 1 * exp(Z1 - m) * 1, domain=pos),
    Claim(142, "valid", diff(X4 + C2, X4), 1, domain=pos),
    Claim(144, "valid", diff(exp(X5), X5), exp(X5)),
    Claim(144, "valid", exp(Z1 - m), exp(Z1 - m), k=2),
    Claim(146, "valid", diff(Z1 - m, Z1), 1),
    Claim(149, "valid", diff(S_sh, Z1), exp(Z1 - m)),
    Claim(151, "valid", ds11, (1 / sx2) * exp(Z1 - m) + (-sx1 / sx2**2) * exp(Z1 - m)),
    Claim(155, "valid", exp(Z1 - m), exp(Z1 - m)),
    Claim(157, "ambiguous", sx2, S_un, alt=(sx2, S_sh),
          note="x_2 is the shifted sum of e^{Z_j-max}; the section's own sum is unshifted, so equal only if max=0"),
    Claim(159, "ambiguous", ds11, E[0] / S_un * (1 - E[0] / S_un),
          alt=(ds11, E[0] / S_sh * (1 - E[0] / S_sh)),
          note="true only if `sum` means the shifted sum of the CE section, not the sum just re-defined here"),
    Claim(161, "valid", soft[0], exp(Z1) / S_un),
    Claim(163, "valid", ds11, soft[0] * (1 - soft[0])),
    # softmax, i != target (i = 2)
    Claim(176, "valid", ds12,
          diff(g1, X1).subs({C1: E[0], X1: S_sh}) * 1 * exp(Z2 - m) * 1),
    Claim(178, "ambiguous", diff(g1, X1).subs({C1: E[0], X1: S_sh}), -E[0] / S_un**2,
          alt=(diff(g1, X1).subs({C1: E[0], X1: S_sh}), -E[0] / S_sh**2),
          note="x_1 is the shifted sum; with the unshifted `sum` of this section the square is off by e^{-2max}"),
    Claim(180, "valid", diff(X2 + C1, X2), 1, domain=pos),
    Claim(182, "valid", diff(exp(X3), X3), exp(X3)),
    Claim(182, "valid", exp(Z2 - m), exp(Z2 - m), k=2),
    Claim(184, "valid", diff(Z2 - m, Z2), 1),
    Claim(189, "ambiguous", ds12, -E[0] / S_un * E[1] / S_un,
          alt=(ds12, -E[0] / S_sh * E[1] / S_sh),
          note="holds with the shifted sum; with this section's unshifted sum it is off by e^{-2max}"),
    Claim(189, "ambiguous", -E[0] / S_un * E[1] / S_un, -soft[0] * soft[1], k=2,
          alt=(-E[0] / S_sh * E[1] / S_sh, -soft[0] * soft[1]),
          note="e^{Z-max}/sum is softmax only if sum is the shifted sum, not the unshifted one defined here"),
    Claim(195, "valid",
          w1 * diff(soft[0], Z1) + w2 * diff(soft[0], Z2) + w3 * diff(soft[0], Z3),
          w1 * soft[0] * (1 - soft[0]) + w2 * (-soft[0] * soft[1]) + w3 * (-soft[0] * soft[2])),
]
