from sympy import Symbol, exp, log, diff, KroneckerDelta

from labels import Claim

SOURCE = ("https://github.com/daodavid/classic-ML/blob/5f3db8293eaf423afd1784fb2101acaaed10565e/"
          "notes/softmax-regression.ipynb")
TITLE = "Softmax Regression (optimisation of the softmax loss with gradient descent)"
TOPIC = "multiclass"

# m = 3 records (a), n = 2 features (f), K = 3 classes (c); the author's z_ij = sum_p x_ip w_jp + b_j,
# so W is K x N: W[c][f]. Labels are rows that sum to 1 (what the step "sum_n y_in = 1" uses).
M, F, K = 3, 2, 3
x = [[Symbol(f"x{a}{f}", real=True) for f in range(F)] for a in range(M)]
W = [[Symbol(f"w{c}{f}", real=True) for f in range(F)] for c in range(K)]
b = [Symbol(f"b{c}", real=True) for c in range(K)]
yy = [[Symbol(f"y{a}{c}", positive=True) for c in range(2)] for a in range(M)]
y = [[yy[a][0], yy[a][1], 1 - yy[a][0] - yy[a][1]] for a in range(M)]
DOM = {s: (0.05, 0.45) for row in yy for s in row}

Z = [[sum(x[a][f] * W[c][f] for f in range(F)) + b[c] for c in range(K)] for a in range(M)]
P = [[exp(Z[a][c]) / sum(exp(Z[a][k]) for k in range(K)) for c in range(K)] for a in range(M)]
L = -sum(y[a][c] * log(P[a][c]) for a in range(M) for c in range(K))
S = sum(y[a][n] * log(P[a][n]) for a in range(M) for n in range(K))  # the double sum, read as sum_m

I, J, MM = 1, 0, 0  # the class i, the feature j, and the record m used where one is fixed
d = KroneckerDelta
t = Symbol("t", real=True)  # weight mixing the cases n = i and n != i (or p = i and p != i)

# softmax as a function of free logits, for the chain rule through z
zz = [[Symbol(f"z{a}{c}", real=True) for c in range(K)] for a in range(M)]
Pz = [[exp(zz[a][c]) / sum(exp(zz[a][k]) for k in range(K)) for c in range(K)] for a in range(M)]
zsub = {zz[a][c]: Z[a][c] for a in range(M) for c in range(K)}


def dPdz(a, n, v, p):
    return diff(Pz[a][n], zz[v][p]).xreplace(zsub)


def dzdw(v, p, i, j):
    return diff(Z[v][p], W[i][j])


def SS(f):
    """sum over records m and classes n"""
    return sum(f(a, n) for a in range(M) for n in range(K))


dL = diff(L, W[I][J])
chain_vp = SS(lambda a, n: y[a][n] / P[a][n] * sum(dPdz(a, n, v, p) * dzdw(v, p, I, J)
                                                   for v in range(M) for p in range(K)))
chain_delta = -SS(lambda a, n: y[a][n] / P[a][n] * sum(
    d(a, v) * dPdz(a, n, v, p) * d(p, I) * dzdw(v, p, I, J) for v in range(M) for p in range(K)))
chain_mi = -SS(lambda a, n: y[a][n] / P[a][n] * dPdz(a, n, a, I) * dzdw(a, I, I, J))

# one record: logits z1..z3, the derivative of p_n with respect to z_i, at i = 2 (index 1)
zv = [Symbol(f"zeta{k}", real=True) for k in range(K)]
Sz = sum(exp(zk) for zk in zv)
pv = [exp(zk) / Sz for zk in zv]
ii = 1


def both(f):
    """f at n = i plus t times f at n != i"""
    return f(ii, ii) + t * f(0, ii)


A0 = both(lambda n, i: diff(pv[n], zv[i]))
A1 = both(lambda n, i: diff(exp(zv[n]) / Sz, zv[i]))
A2 = both(lambda n, i: 1 / Sz**2 * (diff(exp(zv[n]), zv[i]) * Sz - exp(zv[n]) * diff(Sz, zv[i])))
A3 = both(lambda n, i: exp(zv[n]) * diff(zv[n], zv[i]) / Sz
          - exp(zv[n]) / Sz * sum(exp(zv[k]) * diff(zv[k], zv[i]) for k in range(K)) / Sz)
A4 = both(lambda n, i: exp(zv[n]) * d(n, i) / Sz
          - exp(zv[n]) / Sz * sum(exp(zv[k]) * d(k, i) for k in range(K)) / Sz)
A6 = both(lambda n, i: exp(zv[n]) * d(n, i) / Sz
          - exp(zv[n]) / Sz * sum(exp(zv[i]) * d(i, i) for k in range(K)) / Sz)
A7 = both(lambda n, i: exp(zv[n]) * d(n, i) / Sz - exp(zv[n]) / Sz * exp(zv[i]) / Sz)
A8 = both(lambda n, i: pv[n] * d(n, i) - pv[n] * pv[n] * pv[i])
A9 = both(lambda n, i: pv[n] * (d(n, i) - pv[i]))

# the derivative of z_mi with respect to w_ij
g = [[Symbol(f"g{r}{s}", real=True) for s in range(2)] for r in range(2)]
lit_sum = sum(x[MM][k] * W[k][I] for k in range(F))  # sum_k x_mk w_ki with W[c][f] as defined
nat_sum = sum(x[MM][k] * W[I][k] for k in range(F))  # the same with w read as w_ik

# the index form of the gradient
G69 = -SS(lambda a, n: y[a][n] / P[a][n] * P[a][n] * (d(n, I) - P[a][I]) * x[a][J])
G69b = SS(lambda a, n: y[a][n] * (d(n, I) - P[a][I]) * x[a][J])
G70 = -SS(lambda a, n: y[a][n] * d(n, I)) + SS(lambda a, n: y[a][n] * P[a][I] * x[a][J])
G71 = -SS(lambda a, n: y[a][I] * d(I, I) * x[a][J]) + SS(lambda a, n: y[a][n] * P[a][I] * x[a][J])
G72 = -sum(y[a][I] * x[a][J] for a in range(M)) + SS(lambda a, n: y[a][n] * P[a][I] * x[a][J])
G73a = -sum(y[a][I] * x[a][J] for a in range(M)) + sum(1 * P[a][I] * x[a][J] for a in range(M))
G73b = sum(P[a][I] * x[a][J] for a in range(M)) - sum(y[a][I] * x[a][J] for a in range(M))
G6 = sum((P[a][I] - y[a][I]) * x[a][J] for a in range(M))

# matrix forms, compared through a weighted sum of all entries
r = [[Symbol(f"r{c}{f}", real=True) for f in range(F)] for c in range(K)]
rb = [Symbol(f"rb{c}", real=True) for c in range(K)]
gradW = sum(r[c][f] * diff(L, W[c][f]) for c in range(K) for f in range(F))
prodW = sum(r[c][f] * sum((P[a][c] - y[a][c]) * x[a][f] for a in range(M))
            for c in range(K) for f in range(F))
gradb = sum(rb[c] * diff(L, b[c]) for c in range(K))
sumb = sum(rb[c] * sum(P[a][c] - y[a][c] for a in range(M)) for c in range(K))

CLAIMS = [
    Claim(80, "ambiguous", dL, -diff(3 * sum(y[MM][n] * log(P[MM][n]) for n in range(K)), W[I][J]),
          alt=(dL, -diff(S, W[I][J])), domain=DOM,
          note="sum_k over a summand in m,n only: holds if sum_k is read as sum_m"),
    Claim(81, "invalid", -diff(S, W[I][J]),
          SS(lambda a, n: y[a][n] * diff(log(P[a][n]), W[I][J])), domain=DOM,
          note="the minus sign is dropped"),
    Claim(83, "invalid", SS(lambda a, n: y[a][n] * diff(log(P[a][n]), W[I][J])),
          -SS(lambda a, n: y[a][n] / P[a][n] * diff(P[a][n], W[I][J])), domain=DOM,
          note="the sign flips back relative to the previous line"),
    Claim(84, "invalid", -SS(lambda a, n: y[a][n] / P[a][n] * diff(P[a][n], W[I][J])), chain_vp,
          domain=DOM, note="chain rule is right but the minus sign is dropped again"),
    Claim(86, "valid", dzdw(0, 0, I, J), 0),
    Claim(86, "valid", dzdw(0, 1, I, J) + t * dzdw(0, 0, I, J),
          d(1, I) * dzdw(0, 1, I, J) + t * d(0, I) * dzdw(0, 0, I, J), k=2),
    Claim(87, "invalid", dzdw(1, I, I, J), 0,
          note="dz_vp/dw_ij = delta_pi x_vj does not vanish for m != v (meant dp_mn/dz_vp)"),
    Claim(87, "valid", dPdz(0, 1, 0, 2) + t * dPdz(0, 1, 1, 2),
          d(0, 0) * dPdz(0, 1, 0, 2) + t * d(0, 1) * dPdz(0, 1, 1, 2), k=2),
    Claim(90, "invalid", chain_vp, chain_delta, domain=DOM,
          note="minus sign reappears: the line before had none"),
    Claim(93, "valid", chain_delta,
          -SS(lambda a, n: y[a][n] / P[a][n] * 1 * 1 * dPdz(a, n, a, I) * dzdw(a, I, I, J)),
          domain=DOM),
    Claim(93, "valid",
          -SS(lambda a, n: y[a][n] / P[a][n] * 1 * 1 * dPdz(a, n, a, I) * dzdw(a, I, I, J)),
          chain_mi, k=2, domain=DOM),
    Claim(97, "valid", dL, chain_mi, domain=DOM),
    Claim(101, "valid", A0, A1),
    Claim(102, "valid", A1, A2),
    Claim(104, "valid", A2, A3),
    Claim(106, "valid", diff(zv[0], zv[1]), 0),
    Claim(106, "valid", diff(zv[1], zv[1]), 1, k=2),
    Claim(106, "valid", diff(zv[1], zv[1]) + t * diff(zv[0], zv[1]), d(1, 1) + t * d(0, 1), k=3),
    Claim(108, "valid", A3, A4),
    Claim(109, "valid", A4, A4),
    Claim(111, "invalid", A4, A6,
          note="sum_k e^{z_mi} delta_ii has no k in it: K e^{z_mi}, not e^{z_mi}"),
    Claim(112, "invalid", A6, A7,
          note="drops the factor K that the leftover sum_k carried on the line before"),
    Claim(116, "invalid", A7, A8, note="second term should be p_mn p_mi, an extra p_mn is written"),
    Claim(117, "invalid", A8, A9, note="p_mn delta - p_mn^2 p_mi is not p_mn(delta - p_mi)"),
    Claim(120, "valid", A0, A9),
    Claim(122, "ambiguous", dzdw(MM, I, I, J), diff(lit_sum, W[I][J]),
          alt=(dzdw(MM, I, I, J), diff(nat_sum, W[I][J])),
          note="w_ki transposes the author's w_jp; holds reading it as w_ik"),
    Claim(122, "invalid", diff(nat_sum, W[I][J]),
          sum(Z[MM][I] * x[MM][k] * diff(W[I][k], W[I][J]) for k in range(F)), k=2,
          note="a stray factor z_mi appears in the numerator"),
    Claim(124, "ambiguous", diff(g[0][1], g[1][0]), d(0, 0), alt=(diff(g[1][0], g[1][0]), d(0, 0)),
          note="literally dw_ki/dw_ij = delta_ki delta_ij; delta_kj holds reading w_ki as w_ik"),
    Claim(126, "invalid", sum(Z[MM][I] * x[MM][k] * d(k, J) for k in range(F)),
          sum(x[MM][k] * d(k, J) for k in range(F)),
          note="the stray z_mi of the line before silently disappears"),
    Claim(126, "invalid", sum(x[MM][k] * d(k, J) for k in range(F)),
          sum(x[MM][J] * d(J, J) for k in range(F)), k=2,
          note="sum_k of x_mj delta_jj has no k in it: n x_mj, not x_mj"),
    Claim(126, "invalid", sum(x[MM][J] * d(J, J) for k in range(F)), x[MM][J], k=3,
          note="drops the factor n that the leftover sum_k carries"),
    Claim(129, "valid", dzdw(MM, I, I, J), x[MM][J]),
    Claim(131, "valid", dL, chain_mi, domain=DOM),
    Claim(133, "valid", dL, G69, domain=DOM),
    Claim(133, "invalid", G69, G69b, k=2, domain=DOM, note="'--' turns the sign to +"),
    Claim(135, "invalid", G69b, G70, domain=DOM,
          note="first term lost its x_mj (and the sign differs from the '--' line)"),
    Claim(138, "invalid", G70, G71, domain=DOM,
          note="sum_n of y_mi delta_ii x_mj has no n: K times the term; x_mj reappears"),
    Claim(140, "invalid", G71, G72, domain=DOM, note="drops the factor K of the leftover sum_n"),
    Claim(143, "valid", G72, G73a, domain=DOM),
    Claim(143, "valid", G73a, G73b, k=2, domain=DOM),
    Claim(144, "ambiguous", G73b, 3 * (P[2][I] - y[2][I]) * x[2][J], alt=(G73b, G6), domain=DOM,
          note="sum_k^m over a summand in m: holds if read as sum over m"),
    Claim(148, "valid", dL, G6, domain=DOM),
    Claim(151, "valid", diff(L, b[I]), sum(P[a][I] - y[a][I] for a in range(M)), domain=DOM),
    Claim(160, "valid", gradW, prodW, domain=DOM),
    Claim(168, "valid", gradW, prodW, domain=DOM),
    Claim(169, "valid", diff(L, b[I]), sum(P[a][I] - y[a][I] for a in range(M)), domain=DOM),
    Claim(170, "valid", gradb, sumb, domain=DOM),
]
