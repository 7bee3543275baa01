from sympy import Symbol, exp, log, diff, Rational, Integer
from labels import Claim

SOURCE = "https://github.com/chicm/softmax_gradient/blob/0b09aac7c10f45cceb729a57b9437b8dedcd1c17/README.md"
TITLE = "Calculate gradient of cross entropy loss (chicm)"
TOPIC = "softmax"

# K = 3 classes, scores o0, o1, o2; the true class is k = 1 (as in the document's example),
# a wrong class j is taken as j = 2.  y = (0, 1, 0) one-hot, as the document assumes.
o0, o1, o2 = (Symbol(f"o{i}", real=True) for i in range(3))
o = (o0, o1, o2)
S = exp(o0) + exp(o1) + exp(o2)                     # \sum_i e^{o_i}
p = [exp(oi) / S for oi in o]                       # softmax
y = (0, 1, 0)
L = -sum(yi * log(pi) for yi, pi in zip(y, p))      # L = -\sum_i y_i log p_i
ok, pk, ej = o1, p[1], exp(o2)                      # true class k = 1
oj, pj = o2, p[2]                                   # wrong class j = 2
y1 = Symbol("y1", real=True)                        # y_k kept free for the first simplification
w0, w1, w2 = (Symbol(f"w{i}", real=True) for i in range(3))  # random weights to compare vectors

# the document's numerical example, o = (2, 3, 4)
ex = {o0: 2, o1: 3, o2: 4}
p_ex = [pi.subs(ex) for pi in p]
L_ex = -log(p_ex[1])
grad_ex = [p_ex[0], p_ex[1] - 1, p_ex[2]]


def vec(v):
    return w0 * v[0] + w1 * v[1] + w2 * v[2]


dS_k = diff(S, ok)
dS_j = diff(S, oj)

CLAIMS = [
    Claim(24, "invalid", vec(p_ex), vec([Rational(90, 1000), Rational(245, 1000), Rational(665, 1000)]),
          note="softmax(2,3,4) = (0.09003, 0.24473, 0.66524); the stated values are only 3-decimal roundings"),
    Claim(27, "valid", -(0 * log(p[0]) + y1 * log(p[1]) + 0 * log(p[2])), -y1 * log(pk),
          note="with y_i = 0 for i != k only the k-th term of -sum y_i log p_i survives"),
    Claim(27, "valid", -1 * log(pk), -log(pk), k=2, note="y_k = 1 for the true class"),
    Claim(29, "invalid", L_ex, -log(Rational(245, 1000)),
          note="exact L = -log(0.244728...) = 1.40761, not -log(0.245) = 1.40650 (p_k was rounded)"),
    Claim(29, "invalid", -log(Rational(245, 1000)), Rational(1406, 1000), k=2,
          note="-log(0.245) = 1.406497...; 1.406 is a rounding, not an equality"),
    # derivative w.r.t. the true-class score o_k (d/o_k read as the partial derivative d/do_k)
    Claim(36, "valid", diff(L, ok), diff(-log(pk), ok),
          note="L = -log p_k for one-hot y; the typo \\partial/o_k means \\partial/\\partial o_k"),
    Claim(36, "valid", diff(-log(pk), ok), -diff(log(pk), ok), k=2, note="constant factor -1 out of the derivative"),
    Claim(36, "valid", -diff(log(pk), ok), -1 / pk * diff(pk, ok), k=3, note="chain rule for log"),
    Claim(37, "valid", -1 / pk * diff(pk, ok), -1 / pk * diff(exp(ok) / S, ok),
          note="p_k = e^{o_k} / sum_i e^{o_i}"),
    Claim(37, "valid", -1 / pk * diff(exp(ok) / S, ok), -1 / pk * (exp(ok) * S - dS_k * exp(ok)) / S**2, k=2,
          note="quotient rule, derivative of e^{o_k} is e^{o_k}"),
    Claim(39, "valid", -1 / pk * (exp(ok) * S - dS_k * exp(ok)) / S**2,
          -1 / pk * (exp(ok) / S - exp(ok) * dS_k / S**2), note="split the fraction"),
    Claim(41, "valid", -1 / pk * (exp(ok) / S - exp(ok) * dS_k / S**2),
          -1 / pk * (pk - exp(ok) * dS_k / S**2), note="e^{o_k}/sum = p_k"),
    Claim(43, "valid", dS_k, exp(ok), note="only the i = k term of the sum depends on o_k"),
    Claim(45, "valid", diff(L, ok), -1 / pk * (pk - exp(ok)**2 / S**2),
          note="substituting d/do_k sum e^{o_i} = e^{o_k}"),
    Claim(45, "valid", -1 / pk * (pk - exp(ok)**2 / S**2), -1 / pk * (pk - pk**2), k=2,
          note="(e^{o_k})^2 / (sum)^2 = p_k^2"),
    Claim(45, "valid", -1 / pk * (pk - pk**2), pk - 1, k=3, note="algebra"),
    # derivative w.r.t. a wrong-class score o_j
    Claim(48, "valid", diff(L, oj), diff(-log(pk), oj), note="L = -log p_k for one-hot y"),
    Claim(48, "valid", diff(-log(pk), oj), -diff(log(pk), oj), k=2, note="constant factor -1"),
    Claim(48, "valid", -diff(log(pk), oj), -1 / pk * diff(pk, oj), k=3, note="chain rule for log"),
    Claim(49, "valid", -1 / pk * diff(pk, oj), -1 / pk * diff(exp(ok) / S, oj), note="p_k written out"),
    Claim(49, "valid", -1 / pk * diff(exp(ok) / S, oj), -exp(ok) / pk * diff(1 / S, oj), k=2,
          note="e^{o_k} is constant in o_j"),
    Claim(50, "valid", -exp(ok) / pk * diff(1 / S, oj), -exp(ok) / pk * (-1) * 1 / S**2 * dS_j,
          note="d(1/u) = -u'/u^2"),
    Claim(51, "valid", -exp(ok) / pk * (-1) * 1 / S**2 * dS_j, exp(ok) / pk * 1 / S**2 * ej,
          note="d/do_j sum e^{o_i} = e^{o_j}"),
    Claim(51, "valid", exp(ok) / pk * 1 / S**2 * ej, 1 / pk * exp(ok) / S * ej / S, k=2, note="regrouping"),
    Claim(52, "valid", 1 / pk * exp(ok) / S * ej / S, 1 / pk * pk * pj, note="each ratio is a softmax output"),
    Claim(52, "valid", 1 / pk * pk * pj, pj, k=2, note="cancel p_k"),
    Claim(55, "valid", vec([diff(L, oi) for oi in o]), vec([p[i] - y[i] for i in range(3)]),
          note="dL/do_i = p_i - y_i for one-hot y (checked for all three components)"),
    Claim(59, "invalid", vec(grad_ex), vec([Rational(90, 1000), Rational(-775, 1000), Rational(665, 1000)]),
          note="p - y = (0.0900, 0.2447-1, 0.6652) = (0.0900, -0.7553, 0.6652); -0.775 is wrong (should be -0.755)"),
]
