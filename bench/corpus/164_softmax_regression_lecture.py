from sympy import Symbol, Rational, KroneckerDelta, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/scaomath/UCI-Math10/blob/53566ae3f18e8e93fa675c7b08b7ac3d562fdf52/"
          "Lectures/Lecture-18-Classification-III-Multiclass.ipynb")
TITLE = "Lecture 18: Softmax regression, multiclass classifier (UCI Math 10, Shuhao Cao)"
TOPIC = "multiclass"

# Concrete size: N = 3 samples, n = 2 features, K = 3 classes.
N, n, K = 3, 2, 3
I, F, C = range(1, N + 1), range(1, n + 1), range(1, K + 1)
x = {(i, l): Symbol(f"x{i}{l}", real=True) for i in I for l in F}
w = {(k, l): Symbol(f"w{k}{l}", real=True) for k in C for l in F}
y = {i: Symbol(f"y{i}", integer=True) for i in I}          # labels in {1, 2, 3}
labels = {y[i]: (1, 2, 3) for i in I}
r = {(a, b): Symbol(f"r{a}{b}", real=True) for a in range(1, 4) for b in range(1, 4)}  # weights


def z(k, i):                       # w_k^T x^(i)
    return sum(w[k, l] * x[i, l] for l in F)


def S(i):                          # sum_m exp(w_m^T x^(i))
    return sum(exp(z(m, i)) for m in C)


def sm(k, i):                      # softmax / sigma_k^(i) / P(y^(i)=k | x^(i); w)
    return exp(z(k, i)) / S(i)


def ind(i, k):                     # 1_{y^(i) = k}
    return KroneckerDelta(y[i], k)


L = -Rational(1, N) * sum(ind(i, k) * log(sm(k, i)) for i in I for k in C)   # the defined loss


def wsum(f):                       # random weighted sum over all (j, l) entries of a gradient
    return sum(r[j, l] * f(j, l) for j in C for l in F)


def wsum3(f):                      # random weighted sum over (k, j, l), sample i = 1
    return sum(r[k, j] * r[j, l] * f(k, j, l) for k in C for j in C for l in F)


gradL = wsum(lambda j, l: diff(L, w[j, l]))
i1 = 1                             # single sample used for the sigma-derivative claims
dsig = lambda k, j, l: diff(sm(k, i1), w[j, l])

# binary logistic (line 129): h = sigmoid(v^T x), labels in {0, 1}
v = {l: Symbol(f"v{l}", real=True) for l in F}
yb = {i: Symbol(f"b{i}", integer=True) for i in I}
hb = {i: 1 / (1 + exp(-sum(v[l] * x[i, l] for l in F))) for i in I}
Pb = {**{(i, 1): hb[i] for i in I}, **{(i, 0): 1 - hb[i] for i in I}}

rr = {k: Symbol(f"q{k}", real=True) for k in range(1, 11)}
onehot = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]


CLAIMS = [
    # L written with the model's probabilities substituted
    Claim(70, "valid",
          -Rational(1, N) * sum(ind(i, k) * log(sm(k, i)) for i in I for k in C),
          -Rational(1, N) * sum(ind(i, k) * log(exp(z(k, i)) / S(i)) for i in I for k in C),
          domain=labels),
    Claim(75, "valid", sum(ind(1, k) for k in C), 1, domain=labels),
    Claim(78, "valid", sum(rr[k] * KroneckerDelta(5, k) for k in range(1, 11)),
          sum(rr[k] * onehot[k - 1] for k in range(1, 11))),
    # (diamond) with 1/N, section "Gradient descent"
    Claim(90, "valid", gradL,
          wsum(lambda j, l: -Rational(1, N) * sum(x[i, l] * (ind(i, j) - sm(j, i)) for i in I)),
          domain=labels),
    Claim(94, "valid",
          wsum(lambda j, l: -Rational(1, N) * sum(x[i, l] * (ind(i, j) - sm(j, i)) for i in I)),
          wsum(lambda j, l: Rational(1, N) * sum(x[i, l] * (exp(z(j, i)) / S(i) - ind(i, j)) for i in I)),
          domain=labels),
    # logistic loss rewritten with indicators
    Claim(129, "valid",
          -Rational(1, N) * sum(yb[i] * log(hb[i]) + (1 - yb[i]) * log(1 - hb[i]) for i in I),
          -Rational(1, N) * sum(KroneckerDelta(yb[i], kk) * log(Pb[i, kk]) for i in I for kk in (0, 1)),
          domain={yb[i]: (0, 1) for i in I}),
    Claim(141, "valid",
          -Rational(1, N) * sum(ind(i, k) * log(sm(k, i)) for i in I for k in C),
          -Rational(1, N) * sum(ind(i, k) * log(exp(z(k, i)) / S(i)) for i in I for k in C),
          domain=labels),
    # (star)
    Claim(167, "invalid", gradL,
          wsum(lambda j, l: -sum(ind(i, k) * diff(log(sm(k, i)), w[j, l]) for i in I for k in C)),
          domain=labels, note="L has the factor 1/N (line 138); the derivative drops it"),
    Claim(170, "valid",
          wsum(lambda j, l: -sum(ind(i, k) * diff(log(sm(k, i)), w[j, l]) for i in I for k in C)),
          wsum(lambda j, l: -sum(ind(i, k) / sm(k, i) * diff(sm(k, i), w[j, l]) for i in I for k in C)),
          domain=labels),
    # (dagger), sample i = 1, all (k, j, l)
    Claim(182, "valid", wsum3(dsig),
          wsum3(lambda k, j, l: diff(exp(z(k, i1)) / S(i1), w[j, l]))),
    Claim(185, "valid", wsum3(dsig),
          wsum3(lambda k, j, l: 1 / S(i1) * diff(exp(z(k, i1)), w[j, l])
                - exp(z(k, i1)) / S(i1)**2 * diff(S(i1), w[j, l]))),
    Claim(191, "valid", wsum3(dsig),
          wsum3(lambda k, j, l: 1 / S(i1) * KroneckerDelta(j, k) * exp(z(k, i1)) * diff(z(k, i1), w[j, l])
                - exp(z(k, i1)) / S(i1)**2 * exp(z(j, i1)) * diff(z(j, i1), w[j, l]))),
    Claim(207, "valid",
          wsum3(lambda k, j, l: KroneckerDelta(j, k) * exp(z(k, i1)) * diff(z(k, i1), w[j, l])),
          wsum3(lambda k, j, l: (exp(z(j, i1)) * x[i1, l]) if j == k else 0)),
    Claim(219, "valid", wsum3(dsig),
          wsum3(lambda k, j, l: exp(z(k, i1)) / S(i1) * (KroneckerDelta(j, k) - exp(z(j, i1)) / S(i1)) * x[i1, l])),
    Claim(226, "valid",
          wsum3(lambda k, j, l: exp(z(k, i1)) / S(i1) * (KroneckerDelta(j, k) - exp(z(j, i1)) / S(i1)) * x[i1, l]),
          wsum3(lambda k, j, l: sm(k, i1) * (KroneckerDelta(j, k) - sm(j, i1)) * x[i1, l])),
    # plugging back into (star)
    Claim(236, "invalid", gradL,
          wsum(lambda j, l: -sum(ind(i, k) * (KroneckerDelta(j, k) - sm(j, i)) * x[i, l] for i in I for k in C)),
          domain=labels, note="L has the factor 1/N (line 138); the derivative drops it"),
    Claim(242, "valid",
          wsum(lambda j, l: -sum(ind(i, k) * (KroneckerDelta(j, k) - sm(j, i)) * x[i, l] for i in I for k in C)),
          wsum(lambda j, l: -sum(x[i, l] * (sum(ind(i, k) * KroneckerDelta(j, k) for k in C)
                                              - sum(ind(i, k) * sm(j, i) for k in C)) for i in I)),
          domain=labels),
    Claim(249, "valid",
          wsum(lambda j, l: -sum(x[i, l] * (sum(ind(i, k) * KroneckerDelta(j, k) for k in C)
                                              - sum(ind(i, k) * sm(j, i) for k in C)) for i in I)),
          wsum(lambda j, l: -sum(x[i, l] * (ind(i, j) - sm(j, i)) for i in I)),
          domain=labels),
    Claim(255, "valid",
          wsum(lambda j, l: -sum(x[i, l] * (ind(i, j) - sm(j, i)) for i in I)),
          wsum(lambda j, l: -sum(x[i, l] * (ind(i, j) - exp(z(j, i)) / S(i)) for i in I)),
          domain=labels),
    # (diamond) again, now without 1/N
    Claim(268, "invalid", gradL,
          wsum(lambda k, l: -sum(x[i, l] * (ind(i, k) - sm(k, i)) for i in I)),
          domain=labels, note="L has the factor 1/N (line 138); the gradient drops it"),
    Claim(272, "valid",
          wsum(lambda k, l: -sum(x[i, l] * (ind(i, k) - sm(k, i)) for i in I)),
          wsum(lambda k, l: sum(x[i, l] * (exp(z(k, i)) / S(i) - ind(i, k)) for i in I)),
          domain=labels),
]
