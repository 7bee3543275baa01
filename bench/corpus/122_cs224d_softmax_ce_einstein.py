from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = "https://github.com/physicsd00d/cs224d/blob/0b6ae4910df37511b237c987ac7879cb1118afc0/Sol1_Writeup/Solution02.md"
TITLE = "Softmax cross-entropy gradient w.r.t. the logits in Einstein notation (physicsd00d, CS224d PS1 2.b)"
TOPIC = "softmax"

# K = 3 classes, logits theta_1..3, y_hat = softmax(theta).  y is one-hot (stated in the text),
# so y is written as (y1, y2, 1 - y1 - y2): every identity below that needs one-hot only uses sum(y) = 1.
# Repeated indices (i, p) are summed as the document says.  Claims with the free index k are
# checked for every k at once through c1 * (k=1) + c2 * (k=2) + c3 * (k=3).
# The normaliser is written e^{\theta_m} (and its derivative with e^{\theta_p}) with the index m
# appearing only once in the term.  Reading A (author's intent): e^{\theta_m} stands for
# sum_m e^{\theta_m}, the sum confined to the denominator.  Reading C (Einstein-style, the implied
# sum over m and p spans the whole product term, as for every other index in the document).
K = 3
R = range(K)
t = [Symbol(f"t{j}", real=True) for j in (1, 2, 3)]
y1, y2 = Symbol("y1", real=True), Symbol("y2", real=True)
y = [y1, y2, 1 - y1 - y2]
c = [Symbol(f"c{j}", real=True) for j in (1, 2, 3)]

S = sum(exp(t[m]) for m in R)
yh = [exp(t[j]) / S for j in R]
CE = -sum(y[i] * log(yh[i]) for i in R)


def d(a, b):
    return 1 if a == b else 0


def over_k(f):
    return sum(c[k] * f(k) for k in R)


# left sides of the chains
l14_lhs = over_k(lambda k: diff(CE, t[k]))
l14 = over_k(lambda k: -diff(sum(y[i] * log(yh[i]) for i in R), t[k]))
l15 = over_k(lambda k: -sum(y[i] * diff(log(yh[i]), t[k]) for i in R))
l16 = over_k(lambda k: -sum(y[i] / yh[i] * diff(yh[i], t[k]) for i in R))

# reading A: denominator-only sums
l17_A = over_k(lambda k: -sum(y[i] / yh[i] * diff(exp(t[i]) / S, t[k]) for i in R))
l18_A = over_k(lambda k: -sum(y[i] / yh[i] * (diff(exp(t[i]), t[k]) / S
                                              - exp(t[i]) / S**2 * sum(diff(exp(t[p]), t[k]) for p in R))
                              for i in R))
l19_A = over_k(lambda k: -sum(y[i] / yh[i] * (exp(t[i]) * d(i, k) / S
                                              - exp(t[i]) / S**2 * sum(exp(t[p]) * d(p, k) for p in R))
                              for i in R))
# reading C: the implied sums over m (and p) span the whole term
l17_C = over_k(lambda k: -sum(y[i] / yh[i] * diff(exp(t[i]) / exp(t[m]), t[k]) for i in R for m in R))
l18_C = over_k(lambda k: -sum(y[i] / yh[i] * (sum(diff(exp(t[i]), t[k]) / exp(t[m]) for m in R)
                                              - sum(exp(t[i]) / exp(t[m])**2 * diff(exp(t[p]), t[k])
                                                    for m in R for p in R))
                              for i in R))
l19_C = over_k(lambda k: -sum(y[i] / yh[i] * (sum(exp(t[i]) * d(i, k) / exp(t[m]) for m in R)
                                              - sum(exp(t[i]) / exp(t[m])**2 * exp(t[p]) * d(p, k)
                                                    for m in R for p in R))
                              for i in R))
l20 = over_k(lambda k: -sum(y[i] / yh[i] * (yh[i] * d(i, k) - sum(yh[i] * yh[p] * d(p, k) for p in R))
                            for i in R))
l21 = over_k(lambda k: -sum(y[i] * (d(i, k) - sum(yh[p] * d(p, k) for p in R)) for i in R))
l27 = over_k(lambda k: -sum(y[i] * (d(i, k) - yh[k]) for i in R))
l28 = over_k(lambda k: -sum(y[i] * d(i, k) for i in R) + sum(y[i] * yh[k] for i in R))
l29 = over_k(lambda k: -y[k] + sum(y[i] * yh[k] for i in R))
l35 = over_k(lambda k: -y[k] + sum(y[i] * yh[k] for i in R))
l36 = over_k(lambda k: -y[k] + yh[k] * sum(y[i] for i in R))
l37 = over_k(lambda k: -y[k] + yh[k])
l42 = over_k(lambda k: yh[k] - y[k])

CLAIMS = [
    Claim(8, "valid", CE, -sum(y[i] * log(yh[i]) for i in R),
          note="Einstein notation (declared in the text): the repeated i is summed"),
    Claim(14, "valid", l14_lhs, l14,
          note="CE = -y_i log(y_hat_i) with i summed; derivative of the whole product"),
    Claim(15, "valid", l14, l15,
          note="y_i does not depend on theta_k"),
    Claim(16, "valid", l15, l16,
          note="d log u = u'/u"),
    Claim(17, "ambiguous", l16, l17_C, alt=(l16, l17_A),
          note="e^{theta_i}/e^{theta_m} is y_hat_i only if the sum over m is confined to the denominator; "
               "summing the whole term over m gives sum_m e^{theta_i - theta_m}"),
    Claim(18, "ambiguous", l17_C, l18_C, alt=(l17_A, l18_A),
          note="quotient rule with the normaliser's derivative written as d e^{theta_p}: right when m and p "
               "both denote the normaliser sum, wrong when the sums span the terms (sum_{m,p} vs sum_m)"),
    Claim(19, "valid", l18_A, l19_A,
          note="d e^{theta_i}/d theta_k = e^{theta_i} delta_ik, d e^{theta_p}/d theta_k = e^{theta_p} delta_pk "
               "(holds term by term under either reading of m, p)"),
    Claim(20, "ambiguous", l19_C, l20, alt=(l19_A, l20),
          note="e^{theta_i}/e^{theta_m} = y_hat_i and e^{theta_i}e^{theta_p}/(e^{theta_m})^2 = y_hat_i y_hat_p "
               "only with e^{theta_m} read as the normaliser sum"),
    Claim(21, "valid", l20, l21,
          note="y_hat_i cancels against 1/y_hat_i"),
    Claim(27, "valid", l21, l27,
          note="sum_p y_hat_p delta_pk = y_hat_k (\\delta{ik} read as the Kronecker delta delta_ik)"),
    Claim(28, "valid", l27, l28,
          note="distribute -y_i (i summed in both terms)"),
    Claim(29, "valid", l28, l29,
          note="sum_i y_i delta_ik = y_k"),
    Claim(35, "valid", l29, l35,
          note="the implied sum over i written explicitly"),
    Claim(36, "valid", l35, l36,
          note="y_hat_k does not depend on i"),
    Claim(37, "valid", l36, l37,
          note="one-hot y: sum_i y_i = 1"),
    Claim(42, "valid", l14_lhs, l42,
          note="dCE/dtheta = softmax(theta) - y for one-hot y"),
]
