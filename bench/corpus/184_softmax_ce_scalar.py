from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/walkerwzy/walker_jupyter_lab/blob/626624100f4c3b19828755a773e1579e41ae38c8/"
          "deepblue/05.14.review/softmax_crossentropy%E6%B1%82%E5%AF%BC.ipynb")
TITLE = "Softmax Cross Entropy: scalar derivation of dL/dy1 for three classes"
TOPIC = "softmax"

# K = 3 classes; logits y1, y2, y3; one sample unless stated; labels sum to one (T3 = 1 - T1 - T2)
y1, y2, y3 = (Symbol(f"y{k}", real=True) for k in (1, 2, 3))
T1, T2 = Symbol("T1", positive=True), Symbol("T2", positive=True)
T3 = 1 - T1 - T2
M = Symbol("M", positive=True)  # batch size
S = exp(y1) + exp(y2) + exp(y3)
P1, P2, P3 = exp(y1) / S, exp(y2) / S, exp(y3) / S

# L as written on the second line of the loss: -(1/M)[ln(P1)T1 + ln(P2)T2 + ln(P3)T3]
p1, p2, p3 = (Symbol(f"p{k}", positive=True) for k in (1, 2, 3))
LP = -(1 / M) * (log(p1) * T1 + log(p2) * T2 + log(p3) * T3)        # L as a function of P
LP1 = LP.subs(M, 1)                                                   # per-sample reading (no 1/M)
at_P = {p1: P1, p2: P2, p3: P3}
dL_dP = [diff(LP, p).subs(at_P) for p in (p1, p2, p3)]
dL1_dP = [diff(LP1, p).subs(at_P) for p in (p1, p2, p3)]
L_y = LP.subs(at_P)                                                   # L as a function of y
dP_dy1 = [diff(P, y1) for P in (P1, P2, P3)]
chain = sum(a * b for a, b in zip(dL_dP, dP_dy1))
chain1 = sum(a * b for a, b in zip(dL1_dP, dP_dy1))

# batch of M = 3 samples for the double sum
Ys = [[Symbol(f"y{k}_{i}", real=True) for k in (1, 2, 3)] for i in (1, 2, 3)]
Ts = [[Symbol(f"T1_{i}", positive=True), Symbol(f"T2_{i}", positive=True)] for i in (1, 2, 3)]
Ts = [[a, b, 1 - a - b] for a, b in Ts]
def probs(ys):
    s = sum(exp(v) for v in ys)
    return [exp(v) / s for v in ys]
Ps = [probs(ys) for ys in Ys]
batch_sum = -Rational(1, 3) * sum(Ts[i][k] * log(Ps[i][k]) for i in range(3) for k in range(3))
first_bracket3 = -Rational(1, 3) * (log(Ps[0][0]) * Ts[0][0] + log(Ps[0][1]) * Ts[0][1] + log(Ps[0][2]) * Ts[0][2])
one_sample_sum = -(1 / 1) * sum(Ts[0][k] * log(Ps[0][k]) for k in range(3))
first_bracket1 = -(log(Ps[0][0]) * Ts[0][0] + log(Ps[0][1]) * Ts[0][1] + log(Ps[0][2]) * Ts[0][2])

lab = {T1: (0.05, 0.45), T2: (0.05, 0.45), M: (2, 3, 4, 5)}
for t in Ts:
    lab[t[0]] = (0.05, 0.45)
    lab[t[1]] = (0.05, 0.45)
x = Symbol("x", positive=True)
delta = Symbol("delta", positive=True)  # the bare \delta of a numerator whose denominator lost its \delta

M_NOTE = "L carries -1/M but this step drops it; holds for the per-sample loss (M = 1)"
TYPO_NOTE = "denominator written `y_1` instead of `\\delta y_1`; holds when read as a derivative"

CLAIMS = [
    Claim(27, "ambiguous", batch_sum, first_bracket3, domain=lab,
          alt=(one_sample_sum, first_bracket1),
          note="keeps 1/M but drops the sum over the M samples; equal only for a single sample (M = 1)"),
    Claim(34, "valid", diff(L_y, y1), chain, domain=lab),
    Claim(39, "valid", diff(log(x), x), 1 / x, domain={x: (0.1, 3)}),
    Claim(40, "valid", diff(exp(x), x), exp(x), domain={x: (0.1, 3)}),
    Claim(41, "valid", diff(x ** -1, x), -1 / x ** 2, domain={x: (0.1, 3)}),
    # dL/dP1 piece
    Claim(45, "ambiguous", dL_dP[0], -T1 * (1 / P1), domain=lab,
          alt=(dL1_dP[0], -T1 * (1 / P1)), note=M_NOTE),
    Claim(46, "ambiguous", diff(P1, y1),
          (1 / S) * (delta * exp(y1) / y1) + (-exp(y1) / S ** 2) * (delta * S / y1),
          domain={delta: (0.5, 2)},
          alt=(diff(P1, y1), (1 / S) * exp(y1) + (-exp(y1) / S ** 2) * exp(y1)), note=TYPO_NOTE),
    Claim(47, "valid", diff(P1, y1), 1 / S * exp(y1) + exp(y1) * (-1 / S ** 2) * exp(y1)),
    Claim(48, "valid", 1 / S * exp(y1) + exp(y1) * (-1 / S ** 2) * exp(y1), P1 - P1 ** 2),
    Claim(49, "valid", P1 - P1 ** 2, P1 * (1 - P1)),
    Claim(56, "ambiguous", dL_dP[0] * dP_dy1[0], -T1 * (1 / P1) * P1 * (1 - P1), domain=lab,
          alt=(dL1_dP[0] * dP_dy1[0], -T1 * (1 / P1) * P1 * (1 - P1)), note=M_NOTE),
    Claim(57, "valid", -T1 * (1 / P1) * P1 * (1 - P1), T1 * (P1 - 1), domain=lab),
    # dL/dP2 piece
    Claim(67, "ambiguous", dL_dP[1], -T2 * (1 / P2), domain=lab,
          alt=(dL1_dP[1], -T2 * (1 / P2)), note=M_NOTE),
    Claim(68, "ambiguous", diff(P2, y1), (-exp(y2) / S ** 2) * (delta * S / y1),
          domain={delta: (0.5, 2)},
          alt=(diff(P2, y1), (-exp(y2) / S ** 2) * exp(y1)), note=TYPO_NOTE),
    Claim(69, "valid", diff(P2, y1), exp(y2) * (-1 / S ** 2) * exp(y1)),
    Claim(70, "valid", exp(y2) * (-1 / S ** 2) * exp(y1), -P2 * P1),
    Claim(77, "ambiguous", dL_dP[1] * dP_dy1[1], -T2 * (1 / P2) * (-P2 * P1), domain=lab,
          alt=(dL1_dP[1] * dP_dy1[1], -T2 * (1 / P2) * (-P2 * P1)), note=M_NOTE),
    Claim(78, "valid", -T2 * (1 / P2) * (-P2 * P1), T2 * P1, domain=lab),
    # dL/dP3 piece
    Claim(85, "ambiguous", dL_dP[2] * dP_dy1[2], -T3 * (1 / P3) * (-P3 * P1), domain=lab,
          alt=(dL1_dP[2] * dP_dy1[2], -T3 * (1 / P3) * (-P3 * P1)), note=M_NOTE),
    Claim(86, "valid", -T3 * (1 / P3) * (-P3 * P1), T3 * P1, domain=lab),
    # summary chain
    Claim(94, "valid", diff(L_y, y1), chain, domain=lab),
    Claim(95, "ambiguous", chain, T1 * (P1 - 1) + T2 * P1 + T3 * P1, domain=lab,
          alt=(chain1, T1 * (P1 - 1) + T2 * P1 + T3 * P1), note=M_NOTE),
    Claim(96, "valid", T1 * (P1 - 1) + T2 * P1 + T3 * P1, T1 * P1 - T1 + T2 * P1 + T3 * P1, domain=lab),
    Claim(97, "valid", T1 * P1 - T1 + T2 * P1 + T3 * P1, P1 * (T1 + T2 + T3) - T1, domain=lab),
    Claim(98, "valid", P1 * (T1 + T2 + T3) - T1, P1 - T1, domain=lab,
          note="uses T1 + T2 + T3 = 1, stated just above"),
    Claim(99, "ambiguous", P1 - T1, (1 / M) * (P1 - T1), domain=lab,
          alt=(diff(L_y, y1), (1 / M) * (P1 - T1)),
          note="as a link P1 - T1 != (P1 - T1)/M; the prefix 'after the batch' restarts the left side as dL/dy1 of the 1/M loss"),
    # vector form, component y1
    Claim(107, "valid", diff(L_y, y1), (1 / M) * (P1 - T1), domain=lab),
    Claim(108, "valid", (1 / M) * (P1 - T1), (1 / M) * (exp(y1) / S - T1), domain=lab),
]
