from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = "https://github.com/pbrunelle/toynet/blob/34d22f986c0b091e56784733ad78159505f6d1cb/toynet/loss.md"
TITLE = "toynet: Loss functions - Softmax Loss (1-hot special case and draft general case)"
TOPIC = "softmax"

# n = 3 outputs h1, h2, h3 (the document's \hat{y}_k); the true class / differentiation index is i = 1.
h = [Symbol(f"h{k}", real=True) for k in (1, 2, 3)]
S = sum(exp(t) for t in h)                      # sum_k exp(yhat_k)
s = [exp(t) / S for t in h]                     # softmax(yhat, k)
i = 0                                           # index i = 1 (0-based here)

# general case: arbitrary positive targets y_k
yv = [Symbol(f"y{k}", positive=True) for k in (1, 2, 3)]
YD = {t: (0.1, 1.5) for t in yv}


def both(f):
    """A statement 'for every output j' checked at j = i (j=1) and j != i (j=2) together."""
    return f(0) + 3 * f(1)


# ---- special case (1-hot, true class i) ----
L1 = -log(s[i])

# ---- general case ----
ydot = sum(yv[k] * s[k] for k in range(3))                     # y . softmax(yhat)
Lg = -log(ydot)
Sy = sum(yv[k] * exp(h[k]) for k in range(3))                  # sum_k y_k exp(yhat_k)
e4 = -log(sum(yv[k] for k in range(3)) * s[i])                 # -ln(sum_j y_j softmax(yhat, i))
e5 = -log(sum(yv[k] * exp(h[k]) / Sy for k in range(3)))       # [5]
e7 = -log(sum(yv[k] * exp(h[k]) for k in range(3)) * (1 / Sy))
e8 = -log(sum(yv[k] * exp(h[k]) for k in range(3))) + log(Sy)  # [8]
Sj = sum(yv[k] * exp(h[k]) for k in range(3))
r6 = diff(e5, h[i])
r7 = diff(e7, h[i])
r8 = diff(e8, h[i])
r9 = -diff(log(Sj), h[i]) + diff(log(Sy), h[i])
r10 = -diff(Sj, h[i]) / Sj + diff(Sy, h[i]) / Sy
r11 = -diff(yv[i] * exp(h[i]), h[i]) / Sj + diff(yv[i] * exp(h[i]), h[i]) / Sy
r12 = yv[i] * exp(h[i]) / Sy
r13 = yv[i] / sum(yv) * s[i]

X, Yp = Symbol("X", positive=True), Symbol("Yp", positive=True)
a, b, dd = Symbol("a", real=True), Symbol("b", real=True), Symbol("d", real=True)
ap, bp = Symbol("ap", positive=True), Symbol("bp", positive=True)
x = Symbol("x", real=True)
f = x ** 2 + 1                                 # a concrete f for the rule d(ln f, x) = f'/f
POS = {X: (0.1, 3.0), Yp: (0.1, 3.0), ap: (0.1, 3.0), bp: (0.1, 3.0)}

CLAIMS = [
    # special case
    Claim(27, "valid", -log(s[i]), -log(s[i])),
    Claim(28, "valid", -log(s[i]), -log(exp(h[i]) / S)),
    Claim(32, "valid", log(X / Yp), log(X) - log(Yp), domain=POS),
    Claim(35, "valid", L1, -log(exp(h[i])) + log(S)),
    Claim(41, "valid", both(lambda j: diff(L1, h[j])),
          both(lambda j: diff(-log(exp(h[i])) + log(S), h[j]))),
    Claim(47, "valid", both(lambda j: diff(L1, h[j])),
          both(lambda j: -diff(log(exp(h[i])), h[j]) + diff(log(S), h[j]))),
    Claim(53, "valid", both(lambda j: diff(L1, h[j])),
          both(lambda j: -diff(exp(h[i]), h[j]) / exp(h[i]) + diff(S, h[j]) / S)),
    Claim(59, "valid", both(lambda j: diff(L1, h[j])),
          both(lambda j: -diff(exp(h[i]), h[j]) / exp(h[i]) + exp(h[j]) / S)),
    Claim(65, "valid", both(lambda j: diff(L1, h[j])),
          both(lambda j: -diff(exp(h[i]), h[j]) / exp(h[i]) + s[j])),
    Claim(75, "valid", both(lambda j: diff(L1, h[j])), (-1 + s[0]) + 3 * s[1]),
    # general case (draft)
    Claim(87, "valid", Lg, -log(ydot), domain=YD),
    Claim(88, "invalid", -log(ydot), e4, domain=YD,
          note="the summand uses softmax(yhat, i) for every j; y . softmax(yhat) needs softmax(yhat, j)"),
    Claim(89, "invalid", e4, e5, domain=YD,
          note="substituting [0] puts sum_k exp(yhat_k) in the denominator, not sum_k y_k exp(yhat_k); as written the argument of ln is 1"),
    Claim(97, "invalid", diff(Lg, h[i]), r6, domain=YD,
          note="the expression differentiated is the wrong line [5], identically 0, so its derivative is 0, not dL/dyhat_i"),
    Claim(98, "valid", r6, r7, domain=YD),
    Claim(98, "valid", a / dd + b / dd, (a + b) / dd, k=2),
    Claim(99, "valid", r7, r8, domain=YD),
    Claim(99, "valid", log(ap / bp), log(ap) - log(bp), k=2, domain=POS),
    Claim(100, "valid", r8, r9, domain=YD),
    Claim(101, "valid", r9, r10, domain=YD),
    Claim(101, "valid", diff(log(f), x), diff(f, x) / f, k=2),
    Claim(102, "valid", r10, r11, domain=YD),
    Claim(103, "invalid", r11, r12, domain=YD,
          note="the two terms of [11] are equal and opposite (sum 0); dropping the first one leaves +y_i e^{yhat_i}/sum_k y_k e^{yhat_k}"),
    Claim(103, "valid", diff(exp(x), x), exp(x), k=2),
    Claim(104, "invalid", r12, r13, domain=YD,
          note="y_i e^{yhat_i} / sum_k y_k e^{yhat_k} is not (y_i / sum(y)) softmax(yhat, i) unless all y_k are equal"),
]
