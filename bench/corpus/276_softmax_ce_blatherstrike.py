from sympy import Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://blatherstrike.blogspot.com/2020/07"
TITLE = "Softmax classifier and it's gradient"
TOPIC = "softmax"

# quotient rule, checked on a concrete instance
x = Symbol("x", real=True)
g = exp(x) + x**3
h = 2 + x**2

# softmax S_i = e^{a_i} / sum_k e^{a_k} with 3 classes; i = 1, j = 2
a1, a2, a3 = (Symbol(f"a{k}", real=True) for k in (1, 2, 3))
Sig = exp(a1) + exp(a2) + exp(a3)
S1, S2 = exp(a1) / Sig, exp(a2) / Sig

# cross-entropy L = -sum_k y_k log p_k, p = softmax(o), 3 classes, i = 1
o = [Symbol(f"o{k}", real=True) for k in (1, 2, 3)]
y = [Symbol(f"y{k}", real=True) for k in (1, 2, 3)]
Zo = sum(exp(t) for t in o)
p = [exp(t) / Zo for t in o]
L = -sum(y[k] * log(p[k]) for k in range(3))
y_dist = {y[2]: 1 - y[0] - y[1]}  # y a probability / one-hot vector: sum_k y_k = 1

m1 = -sum(y[k] * diff(log(p[k]), o[0]) for k in range(3))
m2 = -sum(y[k] * (1 / p[k]) * diff(p[k], o[0]) for k in range(3))
m3 = -y[0] * (1 - p[0]) - sum(y[k] * (1 / p[k]) * (-p[k] * p[0]) for k in (1, 2))
m4 = -y[0] * (1 - p[0]) + sum(y[k] * p[0] for k in (1, 2))
m5 = -y[0] + y[0] * p[0] + sum(y[k] * p[0] for k in (1, 2))
m6 = p[0] * (y[0] + y[1] + y[2]) - y[0]
m7 = p[0] - y[0]

CLAIMS = [
    Claim(15, "valid", diff(g / h, x), (diff(g, x) * h - diff(h, x) * g) / h**2),
    Claim(17, "valid", diff(exp(a1), a1), exp(a1)),
    Claim(17, "valid", diff(exp(a1), a2), 0, k=2),
    Claim(18, "valid", diff(Sig, a2), exp(a2)),
    Claim(20, "valid", diff(S1, a1), (exp(a1) * Sig - exp(a1) * exp(a1)) / Sig**2),
    Claim(20, "valid", (exp(a1) * Sig - exp(a1) * exp(a1)) / Sig**2, S1 * (1 - S1), k=2),
    Claim(22, "invalid", diff(S1, a2), (0 * Sig - exp(a1) * exp(a1)) / Sig**2,
          note="d/da_j of the denominator gives e^{a_j}, so the numerator is -e^{a_i} e^{a_j}, not -e^{a_i} e^{a_i}"),
    Claim(22, "invalid", (0 * Sig - exp(a1) * exp(a1)) / Sig**2, -S1 * S2, k=2,
          note="-e^{2a_i}/Σ^2 = -S_i^2, not -S_i S_j"),
    Claim(24, "valid", diff(L, o[0]), m1),
    Claim(24, "valid", m1, m2, k=2),
    Claim(24, "valid", m2, m3, k=3),
    Claim(24, "valid", m3, m4, k=4),
    Claim(24, "valid", m4, m5, k=5),
    Claim(24, "valid", m5, m6, k=6),
    Claim(24, "ambiguous", m6, m7, k=7, alt=(m6.subs(y_dist), m7.subs(y_dist)),
          note="p_i(Σ_k y_k) - y_i = p_i - y_i needs Σ_k y_k = 1 (one-hot / probability targets), never stated"),
]
