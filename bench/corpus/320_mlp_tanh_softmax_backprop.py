from sympy import Symbol, exp, log, tanh, diff, Integer

from labels import Claim

SOURCE = ("https://github.com/m-alcu/m-alcu.github.io/blob/902c0224dd024b388c1432b9d8a682a38b47dc76/"
          "_posts/2017-12-27-back-propagation-deep-learning.markdown")
TITLE = "Neural network back propagation"
TOPIC = "backprop"

# Concrete size: N = 2 samples, D = 2 features, M = 2 hidden units, K = 3 classes.
# Index 0 plays the role of the generic m, k, d in the document (V_{mk} -> V[0][0], W_{dm} -> W[0][0]).
N, D, M, K = 2, 2, 2, 3
x = [[Symbol(f"x{n}{d}", real=True) for d in range(D)] for n in range(N)]
W = [[Symbol(f"W{d}{m}", real=True) for m in range(M)] for d in range(D)]
V = [[Symbol(f"V{m}{k}", real=True) for k in range(K)] for m in range(M)]
b = Symbol("b", real=True)
c = Symbol("c", real=True)

# soft targets, each row sums to 1 (one-hot rows are a special case)
t = []
tdom = {}
for n in range(N):
    t1, t2 = Symbol(f"t{n}0", positive=True), Symbol(f"t{n}1", positive=True)
    tdom[t1] = (0.05, 0.45)
    tdom[t2] = (0.05, 0.45)
    t.append([t1, t2, 1 - t1 - t2])


def sigmoid(s):
    return 1 / (1 + exp(-s))


def network(hidden):
    """z, a, y, Ln of the document's network; hidden = 'tanh' (eq. 3) or 'sigmoid' (eq. 27)."""
    if hidden == "tanh":
        z = [[tanh(sum(W[d][m] * x[n][d] for d in range(D)) + b) for m in range(M)] for n in range(N)]
    else:
        z = [[sigmoid(sum(W[d][m] * x[n][d] for d in range(D))) for m in range(M)] for n in range(N)]
    a = [[sum(V[m][k] * z[n][m] for m in range(M)) + c for k in range(K)] for n in range(N)]
    y = [[exp(a[n][k]) / sum(exp(a[n][i]) for i in range(K)) for k in range(K)] for n in range(N)]
    Ln = sum(t[n][k] * log(y[n][k]) for n in range(N) for k in range(K))
    return z, a, y, Ln


z, a, y, Ln = network("tanh")          # eq. (3): tanh hidden units
zs, as_, ys, Lns = network("sigmoid")  # eq. (27): sigmoid hidden units, no b


def delta(i, j):
    return Integer(1) if i == j else Integer(0)


def dy_da(yy, n, kp, k):
    """softmax partial dy_{k'}/da_k, written out from the quotient rule."""
    return yy[n][kp] * (delta(kp, k) - yy[n][k])


k, m, d = 0, 0, 0      # the document's generic indices
kp_free = 1            # a value of the unbound k' different from k
dLn_dV = diff(Ln, V[m][k])
dLn_dW = diff(Ln, W[d][m])
dLns_dW = diff(Lns, W[d][m])
dz_dW = [diff(z[n][m], W[d][m]) for n in range(N)]  # true tanh partials

# (1): likelihood with fixed one-hot targets, sample 0 in class 0, sample 1 in class 2
P = [[Symbol(f"p{n}{kk}", positive=True) for kk in range(K)] for n in range(N)]
pdom = {s: (0.05, 0.95) for row in P for s in row}
onehot = [[1, 0, 0], [0, 0, 1]]
rhs1 = 1
for n in range(N):
    for kk in range(K):
        rhs1 *= P[n][kk] ** onehot[n][kk]
bern = 1   # p(y_{n,k} = t_{n,k}) read as the probability of each 0/1 indicator
for n in range(N):
    for kk in range(K):
        bern *= P[n][kk] if onehot[n][kk] else 1 - P[n][kk]
cat = P[0][0] * P[1][2]  # categorical reading: probability of the observed class only

# (2): log of the product form
T2 = [[Symbol(f"s{n}{kk}", positive=True) for kk in range(K)] for n in range(N)]
dom2 = {s: (0.05, 0.95) for row in T2 for s in row}
dom2.update(pdom)
prod2 = 1
for n in range(N):
    for kk in range(K):
        prod2 *= P[n][kk] ** T2[n][kk]
rhs2 = sum(T2[n][kk] * log(P[n][kk]) for n in range(N) for kk in range(K))

# (12): all K*K entries at once, weighted by free symbols u
A = [Symbol(f"A{kk}", real=True) for kk in range(K)]
Ysm = [exp(A[kk]) / sum(exp(A[i]) for i in range(K)) for kk in range(K)]
u = [[Symbol(f"u{i}{j}", real=True) for j in range(K)] for i in range(K)]
lhs12 = sum(u[kk][kq] * diff(Ysm[kq], A[kk]) for kk in range(K) for kq in range(K))
rhs12 = sum(u[kk][kq] * Ysm[kq] * (delta(kk, kq) - Ysm[kk]) for kk in range(K) for kq in range(K))

# (21): chain rule on a concrete f(a_1(x), a_2(x), a_3(x))
s = Symbol("s", real=True)
B = [Symbol(f"B{kk}", real=True) for kk in range(K)]
f_of_B = B[0] ** 2 * exp(B[1]) + B[1] * B[2] ** 3
inner = [s ** 2 + 1, exp(s / 2), s * tanh(s)]
sub = dict(zip(B, inner))
lhs21 = diff(f_of_B.xreplace(sub), s)
rhs21 = sum(diff(f_of_B, B[kk]).xreplace(sub) * diff(inner[kk], s) for kk in range(K))

# (28): a_k as a function of the hidden values
Z = [Symbol(f"Z{mm}", real=True) for mm in range(M)]
a_of_Z = sum(V[mm][k] * Z[mm] for mm in range(M)) + c

# right-hand sides of the W chain, eqs (22)-(25), with the tanh network
dLn_dy = lambda n, kp: t[n][kp] / y[n][kp]
rhs22 = sum(dLn_dy(n, kp) * sum(dy_da(y, n, kp, kk) * V[m][kk] * dz_dW[n] for kk in range(K))
            for n in range(N) for kp in range(K))
rhs23 = sum(t[n][kp] * (1 / y[n][kp]) * sum(dy_da(y, n, kp, kk) * V[m][kk] * dz_dW[n] for kk in range(K))
            for n in range(N) for kp in range(K))
rhs24 = sum(t[n][kp] * (1 / y[n][kp]) * y[n][kp] * (delta(kk, kp) - y[n][kk]) * V[m][kk] * dz_dW[n]
            for n in range(N) for kp in range(K) for kk in range(K))
rhs25 = sum((t[n][kk] - y[n][kk]) * V[m][kk] * dz_dW[n] for n in range(N) for kk in range(K))

rhs30 = sum((t[n][kk] - y[n][kk]) * V[m][kk] * z[n][m] * (1 - z[n][m]) * x[n][d]
            for n in range(N) for kk in range(K))
rhs30s = sum((t[n][kk] - ys[n][kk]) * V[m][kk] * zs[n][m] * (1 - zs[n][m]) * x[n][d]
             for n in range(N) for kk in range(K))

CLAIMS = [
    Claim(25, "ambiguous", bern, rhs1, domain=pdom, alt=(cat, rhs1),
          note="eq. (0) leaves p(y_{n,k}=t_{n,k}) open: read as the probability of each 0/1 indicator "
               "the product also has (1-y_k) factors for t_k=0; read as the categorical probability of "
               "the observed class it is prod y_k^{t_k}"),
    Claim(27, "valid", log(prod2), rhs2, domain=dom2),
    Claim(45, "invalid", dLn_dV,
          sum(diff(t[n][k] * log(y[n][k]), V[m][k]) for n in range(N) for kp in range(K)), domain=tdom,
          note="the summand has no k', so the sum over k' gives K copies of the k-th term only; the "
               "log-likelihood needs t_{k'} ln y_{k'} under the sum"),
    Claim(47, "invalid", dLn_dV,
          sum(t[n][kp] * (t[n][k] / y[n][k]) * y[n][k] * (1 - y[n][k]) * z[n][m]
              for n in range(N) for kp in range(K)), domain=tdom,
          note="an extra factor t_{k'} and only the diagonal softmax term dy_k/da_k: gives "
               "sum_n t_k(1-y_k)z_m instead of sum_n (t_k-y_k)z_m"),
    Claim(49, "valid", dLn_dV,
          sum(t[n][kp] * (1 / y[n][kp]) * dy_da(y, n, kp, k) * z[n][m] for n in range(N) for kp in range(K)),
          domain=tdom),
    Claim(53, "valid", lhs12, rhs12),
    Claim(55, "valid", dLn_dV,
          sum(t[n][kp] * (1 / y[n][kp]) * y[n][kp] * (delta(k, kp) - y[n][k]) * z[n][m]
              for n in range(N) for kp in range(K)), domain=tdom),
    Claim(57, "invalid", dLn_dV,
          sum(t[n][kp] * delta(k, kp) * z[n][m] for n in range(N) for kp in range(K))
          - sum(t[n][kp] * y[n][kp] * z[n][m] for n in range(N) for kp in range(K)), domain=tdom,
          note="the second sum should be sum_{k'} t_{k'} y_k (= y_k); with y_{k'} inside it is not"),
    Claim(59, "ambiguous", dLn_dV,
          sum(t[n][k] * z[n][m] for n in range(N)) - sum(y[n][kp_free] * z[n][m] for n in range(N)),
          domain=tdom,
          alt=(dLn_dV, sum(t[n][k] * z[n][m] for n in range(N)) - sum(y[n][k] * z[n][m] for n in range(N))),
          note="k' is left unbound: for k' different from k it fails, read as k' = k it is the right gradient"),
    Claim(61, "ambiguous", dLn_dV,
          sum((t[n][kp_free] - y[n][k]) * z[n][m] for n in range(N)), domain=tdom,
          alt=(dLn_dV, sum((t[n][k] - y[n][k]) * z[n][m] for n in range(N))),
          note="t_{k'} with k' unbound: for k' different from k it fails, read as k' = k it holds"),
    Claim(65, "valid", diff(a[0][k], V[m][k]), z[0][m]),
    Claim(67, "valid", dLn_dV, sum((t[n][k] - y[n][k]) * z[n][m] for n in range(N)), domain=tdom),
    Claim(69, "valid", dLn_dW,
          sum(diff(t[n][kp] * log(y[n][kp]), W[d][m]) for n in range(N) for kp in range(K)), domain=tdom),
    Claim(75, "valid", lhs21, rhs21),
    Claim(77, "valid", dLn_dW, rhs22, domain=tdom),
    Claim(79, "valid", dLn_dW, rhs23, domain=tdom),
    Claim(81, "valid", dLn_dW, rhs24, domain=tdom),
    Claim(83, "valid", dLn_dW, rhs25, domain=tdom),
    Claim(89, "valid", diff(a_of_Z, Z[m]), diff(sum(V[mm][k] * Z[mm] for mm in range(M)), Z[m])),
    Claim(89, "valid", diff(sum(V[mm][k] * Z[mm] for mm in range(M)), Z[m]), V[m][k], k=2),
    Claim(91, "ambiguous", diff(z[0][m], W[d][m]), z[0][m] * (1 - z[0][m]) * x[0][d],
          alt=(diff(zs[0][m], W[d][m]), zs[0][m] * (1 - zs[0][m]) * x[0][d]),
          note="with the tanh hidden units of eq. (3) the derivative is (1-z^2)x_d; it is z(1-z)x_d only "
               "for the sigmoid units of eq. (27), and the document uses both"),
    Claim(93, "ambiguous", dLn_dW, rhs30, domain=tdom, alt=(dLns_dW, rhs30s),
          note="holds for the sigmoid hidden units of eq. (27); for the tanh units of eq. (3) the factor "
               "must be (1-z_m^2)"),
]
