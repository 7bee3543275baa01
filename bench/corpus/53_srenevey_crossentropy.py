from sympy import symbols, exp, log, diff, KroneckerDelta, Add, Rational

from labels import Claim

SOURCE = "https://srenevey.github.io/neuro/docs/losses/crossentropy/"
TITLE = "Cross Entropy (neuro knowledge base, S. Renevey)"
TOPIC = "softmax"

# m = 2 samples, C = 3 classes. Sample 1 is the sample "i" of the text; sample 2 is the rest of the batch.
m, C = 2, 3
X = [symbols(f"x{s}_1:4", real=True) for s in (1, 2)]              # logits x_k^{(s)}
H = [symbols(f"h{s}_1:4", positive=True) for s in (1, 2)]          # y-hat as free variables
cl = symbols("c1 c2", integer=True)                                # true class of each sample
Y = [[KroneckerDelta(k + 1, cl[s]) for k in range(C)] for s in range(m)]
S = [sum(exp(v) for v in X[s]) for s in range(m)]
yh = [[exp(X[s][k]) / S[s] for k in range(C)] for s in range(m)]
dom = {cl[0]: (1, 2, 3), cl[1]: (1, 2, 3)}
domH = {**dom, **{h: (0.05, 0.95) for s in range(m) for h in H[s]}}
LH = Rational(1, m) * sum(-sum(Y[s][j] * log(H[s][j]) for j in range(C)) for s in range(m))   # L(Y-hat, Y)
Lx = LH.subs({H[s][j]: yh[s][j] for s in range(m) for j in range(C)})                       # L through the softmax
dLdh = [[diff(LH, H[s][k]).subs({H[t][j]: yh[t][j] for t in range(m) for j in range(C)}) for k in range(C)]
        for s in range(m)]
d = lambda a, b: 1 if a == b else 0
Wv = [2, 3, 5]
W = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]
y1, h1, x1 = Y[0], yh[0], X[0]


def over_l(f):
    return Add(*[Wv[l] * f(l) for l in range(C)])


def pairs(f):
    return Add(*[W[j][l] * f(j, l) for j in range(C) for l in range(C)])


CLAIMS = [
    Claim(10, "valid", over_l(lambda j: diff(LH, H[0][j])), over_l(lambda j: -Rational(1, m) * Y[0][j] / H[0][j]), domain=domH),
    Claim(13, "valid", Add(*[(s + 1) * over_l(lambda j: diff(LH, H[s][j])) for s in range(m)]),
          Add(*[(s + 1) * over_l(lambda j: -Rational(1, m) * Y[s][j] / H[s][j]) for s in range(m)]), domain=domH),
    Claim(20, "valid", pairs(lambda j, l: diff(h1[j], x1[l])), pairs(lambda j, l: h1[j] * (d(j, l) - h1[l]))),
    Claim(24, "valid", over_l(lambda l: diff(Lx, x1[l])),
          over_l(lambda l: sum(dLdh[0][k] * diff(h1[k], x1[l]) for k in range(C))), domain=dom),
    Claim(28, "invalid", over_l(lambda l: diff(Lx, x1[l])),
          over_l(lambda l: -sum(y1[k] / h1[k] * h1[k] * (d(k, l) - h1[l]) for k in range(C))), domain=dom,
          note="dL/dy-hat carries the factor 1/m of the batch mean; substituting it leaves -(1/m) sum ..., the 1/m is dropped"),
    Claim(28, "valid", over_l(lambda l: -sum(y1[k] / h1[k] * h1[k] * (d(k, l) - h1[l]) for k in range(C))),
          over_l(lambda l: -sum(y1[k] * (d(k, l) - h1[l]) for k in range(C))), k=2, domain=dom),
    Claim(32, "invalid", over_l(lambda l: diff(Lx, x1[l])),
          over_l(lambda l: -y1[l] * (1 - h1[l]) + sum(y1[k] * h1[l] for k in range(C) if k != l)), domain=dom,
          note="missing the factor 1/m of the mean over the batch (true value is (1/m)(...))"),
    Claim(32, "valid", over_l(lambda l: -y1[l] * (1 - h1[l]) + sum(y1[k] * h1[l] for k in range(C) if k != l)),
          over_l(lambda l: h1[l] * (y1[l] + sum(y1[k] for k in range(C) if k != l)) - y1[l]), k=2, domain=dom),
    Claim(35, "valid", over_l(lambda l: y1[l] + sum(y1[k] for k in range(C) if k != l)), sum(Wv), domain=dom),
    Claim(38, "invalid", over_l(lambda l: diff(Lx, x1[l])), over_l(lambda l: h1[l] - y1[l]), domain=dom,
          note="with L the batch mean, dL/dx_l^(i) = (1/m)(y-hat_l - y_l); the 1/m is dropped (restored on line 42)"),
    Claim(42, "valid", Add(*[(s + 1) * over_l(lambda l: diff(Lx, X[s][l])) for s in range(m)]),
          Add(*[(s + 1) * over_l(lambda l: Rational(1, m) * (yh[s][l] - Y[s][l])) for s in range(m)]), domain=dom),
]
