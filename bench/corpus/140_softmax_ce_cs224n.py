"""Labels for 140_softmax_ce_cs224n.md (nirnirs, CS224n assignment 1 answers, parts 1, 2(a), 2(b)).

Concrete sizes: n = 3 inputs / classes. In part 2(b) the label y is one-hot ("k is the index of
the correct class"); it is checked with k = 2, y = (0, 1, 0), and y-hat = softmax(theta).
Vector claims are compared through a fixed weighted sum of their components (`flat`).
"""
from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/nirnirs/nlp_with_dl_cs224n/blob/"
          "2825f372dc2d8dc672ff182f788bc34d5ad52a98/assignment1/answers.md")
TITLE = "CS224n assignment 1: softmax invariance, sigmoid and softmax cross-entropy gradients (nirnirs)"
TOPIC = "softmax"

WEIGHTS = (1, 3, 7)


def flat(entries):
    return sum(cw * e for cw, e in zip(WEIGHTS, entries))


R = dict(real=True)
n = 3
x = [Symbol(f"x{j}", **R) for j in range(1, n + 1)]
c = Symbol("c", real=True)
th = [Symbol(f"theta{j}", **R) for j in range(1, n + 1)]
theta_j = Symbol("theta_j", real=True)      # the unbound theta_j of the literal reading
z = Symbol("z", real=True)                  # the sigmoid's argument (x in part 2(a))


def softmax(v, i):
    return exp(v[i]) / sum(exp(vj) for vj in v)


xc = [xi + c for xi in x]
S = sum(exp(t) for t in th)
k = 1                                       # 0-based position of the correct class (class 2)
y = [0, 1, 0]
yhat = [softmax(th, i) for i in range(n)]
CE = -sum(y[i] * log(yhat[i]) for i in range(n))   # = -sum_i y_i log(yhat_i)
others = [i for i in range(n) if i != k]

sig = 1 / (1 + exp(-z))

CLAIMS = [
    # ---- part 1(a): shift invariance
    Claim(7, "valid", flat([softmax(x, i) for i in range(n)]), flat([softmax(xc, i) for i in range(n)]),
          note="softmax(x + c) = softmax(x): the factor e^c cancels"),
    Claim(11, "valid", flat([softmax(xc, i) for i in range(n)]),
          flat([exp(x[i] + c) / sum(exp(x[j] + c) for j in range(n)) for i in range(n)]),
          note="definition of softmax applied to x + c"),
    Claim(12, "valid", flat([exp(x[i] + c) / sum(exp(x[j] + c) for j in range(n)) for i in range(n)]),
          flat([exp(x[i]) * exp(c) / (exp(c) * sum(exp(x[j]) for j in range(n))) for i in range(n)]),
          note="e^{a+c} = e^a e^c, and e^c factors out of the sum"),
    Claim(13, "valid", flat([exp(x[i]) * exp(c) / (exp(c) * sum(exp(x[j]) for j in range(n))) for i in range(n)]),
          flat([exp(x[i]) / sum(exp(x[j]) for j in range(n)) for i in range(n)]),
          note="cancel e^c"),
    Claim(14, "valid", flat([exp(x[i]) / sum(exp(x[j]) for j in range(n)) for i in range(n)]),
          flat([softmax(x, i) for i in range(n)]), note="definition of softmax(x)_i"),
    # ---- part 2(a): sigmoid derivative
    Claim(22, "valid", diff(sig, z), diff(1 / (1 + exp(-z)), z),
          note="sigma(x) = 1/(1+e^{-x}), so sigma' is the derivative of that fraction"),
    Claim(23, "valid", diff(1 / (1 + exp(-z)), z), (-1 / (1 + exp(-z)) ** 2) * (-exp(-z)),
          note="d/dx (1+e^{-x})^{-1} = -(1+e^{-x})^{-2} * (-e^{-x})"),
    Claim(24, "valid", (-1 / (1 + exp(-z)) ** 2) * (-exp(-z)), exp(-z) / (1 + exp(-z)) ** 2,
          note="the two minus signs cancel"),
    Claim(25, "valid", exp(-z) / (1 + exp(-z)) ** 2,
          exp(-z) / (1 + exp(-z)) * (1 - exp(-z) / (1 + exp(-z))),
          note="1 - e^{-x}/(1+e^{-x}) = 1/(1+e^{-x})"),
    Claim(26, "valid", exp(-z) / (1 + exp(-z)) * (1 - exp(-z) / (1 + exp(-z))), sig * (1 - sig),
          note="e^{-x}/(1+e^{-x}) = 1 - sigma(x) and 1 - that = sigma(x)"),
    # ---- part 2(b): cross-entropy of softmax (line 32 defines CE: not a claim)
    Claim(33, "valid", CE, -log(yhat[k]),
          note="y one-hot at the correct class k: the sum keeps only -log yhat_k"),
    Claim(34, "valid", -log(yhat[k]), -log(softmax(th, k)), note="yhat = softmax(theta)"),
    Claim(35, "ambiguous", -log(softmax(th, k)), log(n * exp(theta_j) / exp(th[k])),
          alt=(-log(softmax(th, k)), log(S / exp(th[k]))),
          note="sum over i of e^{theta_j}: as written the summand does not depend on i (= n e^{theta_j}, j free); "
               "holds when read as sum_j e^{theta_j}"),
    Claim(36, "valid", log(n * exp(theta_j) / exp(th[k])), log(n * exp(theta_j)) - th[k],
          note="log(A / e^{theta_k}) = log A - theta_k (same summand on both sides, either reading)"),
    Claim(41, "valid", diff(CE, th[k]), diff(log(S) - th[k], th[k]),
          note="CE = log sum_j e^{theta_j} - theta_k"),
    Claim(42, "valid", diff(log(S) - th[k], th[k]), exp(th[k]) / S - 1,
          note="d/dtheta_k log sum_j e^{theta_j} = e^{theta_k}/sum_j e^{theta_j}"),
    Claim(43, "valid", exp(th[k]) / S - 1, yhat[k] - 1, note="yhat_k = softmax(theta)_k"),
    Claim(47, "valid", flat([diff(CE, th[i]) for i in others]),
          flat([diff(log(S) - th[k], th[i]) for i in others]),
          note="CE = log sum_j e^{theta_j} - theta_k, derivative for i != k"),
    Claim(48, "valid", flat([diff(log(S) - th[k], th[i]) for i in others]),
          flat([exp(th[i]) / S for i in others]),
          note="theta_k does not depend on theta_i for i != k"),
    Claim(49, "valid", flat([exp(th[i]) / S for i in others]), flat([yhat[i] for i in others]),
          note="yhat_i = softmax(theta)_i"),
    Claim(53, "valid", flat([diff(CE, th[i]) for i in range(n)]), flat([yhat[i] - y[i] for i in range(n)]),
          note="yhat_k - 1 at the correct class and yhat_i elsewhere, i.e. yhat - y for one-hot y"),
]
