from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/islaterm/back-to-training/blob/"
          "11d85aee22e698a2b80dd19ce70efe3fbff88355/solutions/"
          "More%20derivatives%20and%20backpropagation.md")
TITLE = "More derivatives and backpropagation: last layer derivative (softmax + cross-entropy)"
TOPIC = "softmax"

# ---- softmax Jacobian, 3 classes; both cases checked at once: (i=j=1) + w * (i=1, j=2)
T1, T2, T3 = (Symbol(f"T{k}", real=True) for k in (1, 2, 3))
w = Symbol("w", real=True)  # weight that joins the two cases into one scalar check
e1, e2, e3 = exp(T1), exp(T2), exp(T3)
Z = e1 + e2 + e3
S1, S2 = e1 / Z, e2 / Z

A_lhs = diff(S1, T1) + w * diff(S1, T2)
A_rhs = diff(e1 / Z, T1) + w * diff(e1 / Z, T2)
B_rhs = (e1 * Z - e1 * e1) / Z**2 + w * (0 - e2 * e1) / Z**2
C_rhs = e1 * (Z - e1) / Z**2 + w * (e2 / Z) * (e1 / Z)
D_rhs = S1 * (1 - S1) + w * (-S1 * S2)
# as written, line 10's denominators sum e^{t_k} with a lower-case t the document defines nowhere
t1, t2, t3 = (Symbol(f"t{k}", real=True) for k in (1, 2, 3))
Zt = exp(t1) + exp(t2) + exp(t3)
B_written = (e1 * Z - e1 * e1) / Zt**2 + w * (0 - e2 * e1) / Zt**2

# ---- cross-entropy through softmax, 3 classes, derivative with respect to u_1 (j = 1)
u = [Symbol(f"u{k}", real=True) for k in (1, 2, 3)]
y = [Symbol(f"y{k}", real=True) for k in (1, 2, 3)]
N = Symbol("N", positive=True)
Zu = sum(exp(v) for v in u)
yh = [exp(v) / Zu for v in u]
Lsum = sum(yi * log(p) for yi, p in zip(y, yh))

CE2_lhs = -1 / N * diff(Lsum, u[0])
CE2_rhs = -1 / N * sum(yi * diff(log(p), u[0]) for yi, p in zip(y, yh))
CE3_rhs = -1 / N * sum(yi * (1 / p) * diff(p, u[0]) for yi, p in zip(y, yh))
CE4_rhs = -1 / N * sum(yi * (1 / p) * diff(p, u[0]) for yi, p in zip(y, yh))
CE5_rhs = -1 / N * (y[0] * (1 - yh[0]) - sum(yi * (1 / p) * (-p * yh[0]) for yi, p in zip(y, yh)))
CE6_rhs = -1 / N * (y[0] + y[0] * yh[0] + sum(yi * yh[0] for yi in y))
CE7_rhs = 1 / N * (yh[0] * (y[0] + sum(y)) - y[0])
# last step: y one-hot, so sum_i y_i = 1 and y_1 is 0 or 1
CE8_lhs = 1 / N * (yh[0] * (y[0] + 1) - y[0])
CE8_rhs = 1 / N * (yh[0] - y[0])

# ---- gradient with respect to U (2 inputs, 3 classes), entry U_11
h = [Symbol(f"h{a}", real=True) for a in (1, 2)]
U = [[Symbol(f"U{a}{b}", real=True) for b in (1, 2, 3)] for a in (1, 2)]
c = [Symbol(f"c{b}", real=True) for b in (1, 2, 3)]
uU = [h[0] * U[0][b] + h[1] * U[1][b] + c[b] for b in range(3)]
L_u = -1 / N * Lsum
at_U = dict(zip(u, uU))
dL_du = [diff(L_u, v).subs(at_U) for v in u]
L_U = L_u.subs(at_U)
U11 = U[0][0]
dU1_lhs = diff(L_U, U11)
dU1_rhs = sum(g * diff(ub, U11) for g, ub in zip(dL_du, uU))
dU2_rhs = sum(g * diff(h[0] * U[0][b] + h[1] * U[1][b] + c[b], U11) for b, g in enumerate(dL_du))
dU3_rhs = dL_du[0] * h[0]

DOM = {N: (1, 10), y[0]: (0.05, 1), y[1]: (0.05, 1), y[2]: (0.05, 1)}

CLAIMS = [
    Claim(9, "valid", A_lhs, A_rhs),
    Claim(10, "ambiguous", A_rhs, B_written, alt=(A_rhs, B_rhs),
          note="the denominators sum e^{t_k}, a lower-case t defined nowhere; it holds where t_k means T_k"),
    Claim(14, "invalid", B_rhs, C_rhs,
          note="i≠j case drops the minus sign: (0 − e^{T_j}e^{T_i})/Σ² is not (e^{T_j}/Σ)(e^{T_i}/Σ)"),
    Claim(18, "invalid", C_rhs, D_rhs,
          note="the i≠j case of the previous line is +S_jS_i, so −S_iS_j does not equal it "
               "(the sign lost one line earlier reappears; the final Jacobian itself is right)"),
    Claim(30, "valid", CE2_lhs, CE2_rhs, domain=DOM),
    Claim(31, "valid", CE2_rhs, CE3_rhs, domain=DOM),
    Claim(33, "valid", CE3_rhs, CE4_rhs, domain=DOM),
    Claim(35, "invalid", CE4_rhs, CE5_rhs, domain=DOM,
          note="the i≠j terms y_i(1/ŷ_i)(−ŷ_iŷ) must be added, not subtracted (and the sum should skip i=j)"),
    Claim(38, "invalid", CE5_rhs, CE6_rhs, domain=DOM,
          note="y(1−ŷ) expands to y − yŷ, not y + yŷ, and −Σ(−…) gives +Σy_iŷ only by the earlier sign slip"),
    Claim(39, "invalid", CE6_rhs, CE7_rhs, domain=DOM,
          note="−(y + yŷ + ŷΣy_i) = −y − yŷ − ŷΣy_i, not ŷ(y + Σy_i) − y"),
    Claim(40, "invalid", CE8_lhs, CE8_rhs, domain={N: (1, 10), y[0]: (0, 1)},
          note="with Σy_i = 1 the previous line is (ŷ(y+1) − y)/N, which differs from (ŷ − y)/N by ŷy/N"),
    Claim(52, "valid", dU1_lhs, dU1_rhs, domain=DOM),
    Claim(54, "valid", dU1_rhs, dU2_rhs, domain=DOM),
    Claim(56, "valid", dU2_rhs, dU3_rhs, domain=DOM),
]
