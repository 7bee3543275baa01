"""Labels for 286_two_layer_nn_deep_dive.md (Rishabh Sood, "2 Layer NN: A Mathematical Deep Dive").

Sizes used for the checks: N = 2 or 3 samples, D = 2 inputs (instead of 784), h1 = 2 hidden
units, h2 = 2 or 3 classes.  Matrix equalities are compared through a weighted sum of all
entries (distinct prime weights), so a mismatch in any entry shows up.  Class indices j, k and
labels c are integer symbols drawn from {1, 2, 3}; one-hot targets are y_k = [c == k].
"""
from sympy import Symbol, Matrix, Piecewise, Eq, And, exp, log, sin, diff, ones, Integer

from labels import Claim

SOURCE = "https://rishabhsood.github.io/posts/2-layer-nn-a-mathematical-deep-dive"
TITLE = "2 Layer NN: A Mathematical Deep Dive"
TOPIC = "backprop"

PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53]
PROB = (0.05, 0.95)
IDX3 = (1, 2, 3)


def mat(name, r, c):
    return Matrix(r, c, lambda i, j: Symbol(f"{name}{i + 1}{j + 1}", real=True))


def wsum(M):
    return sum(PRIMES[n] * M[n] for n in range(len(M)))


def sel(i, values):
    """values[i-1] for an integer symbol i in 1..len(values)."""
    return Piecewise(*[(v, Eq(i, n + 1)) for n, v in enumerate(values[:-1])], (values[-1], True))


def sig(t):
    return 1 / (1 + exp(-t))


def softmax_row(us):
    den = sum(exp(u) for u in us)
    return [exp(u) / den for u in us]


def onehot(c, n):
    return [Piecewise((1, Eq(c, k + 1)), (0, True)) for k in range(n)]


def grad(f, M):
    return Matrix(M.shape[0], M.shape[1], lambda i, j: diff(f, M[i, j]))


# ---------------------------------------------------------------- forward pass (lines 11, 33, 50)
X = mat("x", 2, 2)
W1 = mat("w", 2, 2)
b1 = mat("b", 1, 2)
T1_def = X * W1 + ones(2, 1) * b1            # T_1 = X W_1 + b_1 (bias broadcast over rows)
Xp = X.row_join(ones(2, 1))                  # X' = X_ext = [X | 1]
W1p = W1.col_join(b1)                        # W'_1 = [W_1 ; b_1]

T2 = mat("t", 2, 2)
W2 = mat("v", 2, 2)
b2 = mat("e", 1, 2)
T2ext = T2.row_join(ones(2, 1))
W2p = W2.col_join(b2)

# ---------------------------------------------------------------- cross-entropy of one sample (line 81)
p1, p2, p3 = (Symbol(f"p{k}", positive=True) for k in (1, 2, 3))
c = Symbol("c", integer=True)
yc = onehot(c, 3)
Li_sum = -(yc[0] * log(p1) + yc[1] * log(p2) + yc[2] * log(p3))
Li_one = -Piecewise((yc[0] * log(p1), Eq(c, 1)), (yc[1] * log(p2), Eq(c, 2)), (yc[2] * log(p3), True))

# ---------------------------------------------------------------- dLoss/dT4 (line 108), N = 3, 2 classes
Q = mat("q", 3, 2)
Yg = mat("y", 3, 2)
Loss_q = -Integer(1) / 3 * sum(Yg[i, k] * log(Q[i, k]) for i in range(3) for k in range(2))
q11, y11 = Q[0, 0], Yg[0, 0]
dom108 = {q: PROB for q in Q}

# ---------------------------------------------------------------- softmax block of one sample
N = Symbol("N", positive=True)
u = [Symbol(f"u{k}", real=True) for k in (1, 2, 3)]
S = softmax_row(u)                                        # T_4[i,:] as a function of T_3[i,:]
P = [Symbol(f"P{k}", positive=True) for k in (1, 2, 3)]   # T_4 entries as free variables
yv = [Symbol(f"y{k}", real=True) for k in (1, 2, 3)]      # general targets


def per_sample_loss(y, p):
    """The part of Loss that depends on sample i: -(1/N) sum_k y_k log p_k."""
    return -sum(y[k] * log(p[k]) for k in range(3)) / N


def dL_dT4(y):
    """dLoss/dT4[i,j] computed with T4 free, then evaluated at T4 = softmax(T3)."""
    f = per_sample_loss(y, P)
    return [diff(f, P[j]).subs(dict(zip(P, S))) for j in range(3)]


Jac = [[diff(S[j], u[k]) for k in range(3)] for j in range(3)]  # row j: T4 index, column k: T3 index
Jmat = Matrix(Jac)
Li_u = per_sample_loss(yv, S)
g_row = Matrix([dL_dT4(yv)])
lhs_row = Matrix([[diff(Li_u, u[k]) for k in range(3)]])

J_, K_ = Symbol("j", integer=True), Symbol("k", integer=True)
domN = {N: (2, 3, 4, 5)}
domJK = {J_: IDX3, K_: IDX3}
S_J, S_K = sel(J_, S), sel(K_, S)
y_J, y_K = sel(J_, yv), sel(K_, yv)

jac_JK = Piecewise(*[(Jac[a][b], And(Eq(J_, a + 1), Eq(K_, b + 1))) for a in range(3) for b in range(3)])
jac_rule = Piecewise((S_J * (1 - S_J), Eq(J_, K_)), (-S_J * S_K, True))

g = dL_dT4(yv)
prod_JK = Piecewise(*[(g[a] * Jac[a][b], And(Eq(J_, a + 1), Eq(K_, b + 1))) for a in range(3) for b in range(3)])
prod_rule = Piecewise((-y_J / (N * S_J) * S_J * (1 - S_J), Eq(J_, K_)), (y_J / (N * S_J) * S_J * S_K, True))

dLi_dK = sel(K_, [diff(Li_u, u[k]) for k in range(3)])
chain_K = sel(K_, [sum(g[j] * Jac[j][k] for j in range(3)) for k in range(3)])
sum_not_K = sum(Piecewise((0, Eq(K_, j + 1)), (yv[j], True)) for j in range(3))
split_K = -y_K / N * (1 - S_K) + sum_not_K / N * S_K

# symbols for the scalar case identities (line 165, 173)
pj, pk, ys = Symbol("T4ij", positive=True), Symbol("T4ik", positive=True), Symbol("yij", real=True)
T4k = Symbol("T4k", positive=True)

# one-hot target for lines 173 and 177
yo = onehot(c, 3)
yo_K = sel(K_, yo)
yo_J = sel(J_, yo)
sum_not_K_onehot = sum(Piecewise((0, Eq(K_, j + 1)), (yo[j], True)) for j in range(3))
Li_onehot = per_sample_loss(yo, S)
dLi1_dK = sel(K_, [diff(Li_onehot, u[k]) for k in range(3)])
split_onehot = -yo_K / N * (1 - S_K) + S_K / N * (1 - yo_K)
domJKc = {J_: IDX3, K_: IDX3, c: IDX3}

# ---------------------------------------------------------------- whole T3 -> T4 -> Loss for 2 samples, 3 classes
U = mat("U", 2, 3)
SS = Matrix([softmax_row(list(U.row(i))) for i in range(2)])
Yb = mat("Y", 2, 3)                       # general targets (line 117)
Loss_U = -Integer(1) / 2 * sum(Yb[i, k] * log(SS[i, k]) for i in range(2) for k in range(3))
blocks = []
for i in range(2):
    Pi = [Symbol(f"R{i + 1}{k + 1}", positive=True) for k in range(3)]
    fi = -Integer(1) / 2 * sum(Yb[i, k] * log(Pi[k]) for k in range(3))
    gi = Matrix([[diff(fi, Pi[k]).subs(dict(zip(Pi, list(SS.row(i))))) for k in range(3)]])
    Ji = Matrix(3, 3, lambda a, b: diff(SS[i, a], U[i, b]))
    blocks.append(gi * Ji)
chain_U = Matrix.vstack(*blocks)

c1, c2 = Symbol("c1", integer=True), Symbol("c2", integer=True)
Yo = Matrix([onehot(c1, 3), onehot(c2, 3)])
Loss_U1 = -Integer(1) / 2 * sum(Yo[i, k] * log(SS[i, k]) for i in range(2) for k in range(3))
dom183 = {c1: IDX3, c2: IDX3}

# ---------------------------------------------------------------- Y = XA rules (lines 199, 200)
XA, AA, GY = mat("m", 2, 2), mat("a", 2, 2), mat("g", 2, 2)
YY = mat("Z", 2, 2)


def Lfun(Ym):
    return sum(GY[i, j] * sin(Ym[i, j]) for i in range(2) for j in range(2)) + Ym[0, 0] * Ym[1, 1]


dL_dYY = grad(Lfun(YY), YY)
dL_dY_at = dL_dYY.subs(dict(zip(list(YY), list(XA * AA))))

# ---------------------------------------------------------------- the full network, N = 2, D = 2, h1 = 2, h2 = 2
Xn = mat("X", 2, 2)
W1b1 = mat("A", 3, 2)
W2b2 = mat("B", 3, 2)
d1, d2 = Symbol("d1", integer=True), Symbol("d2", integer=True)
Ynet = Matrix([onehot(d1, 2), onehot(d2, 2)])
domnet = {d1: (1, 2), d2: (1, 2)}


def loss_from_T3(T3m):
    rows = [softmax_row(list(T3m.row(i))) for i in range(2)]
    return -Integer(1) / 2 * sum(Ynet[i, k] * log(rows[i][k]) for i in range(2) for k in range(2))


T3s = mat("L", 2, 2)
G3s = grad(loss_from_T3(T3s), T3s)


def G3(T3m):
    return G3s.subs(dict(zip(list(T3s), list(T3m))))


def ext(M):
    return M.row_join(ones(M.shape[0], 1))


def sigm(M):
    return M.applyfunc(sig)


Xext = ext(Xn)
T1n = Xext * W1b1
T2n = sigm(T1n)
T3n = ext(T2n) * W2b2
Loss_net = loss_from_T3(T3n)

# d Loss / d T2ext with T2ext free (line 216)
E = mat("E", 2, 3)
Loss_E = loss_from_T3(E * W2b2)

# d Loss / d T1 through the sigmoid (lines 231, 236)
T1s = mat("H", 2, 2)
T2s = mat("K", 2, 2)
Loss_T2 = loss_from_T3(ext(T2s) * W2b2)
G2s = grad(Loss_T2, T2s)
T2_of_T1 = sigm(T1s)
G2_at = G2s.subs(dict(zip(list(T2s), list(T2_of_T1))))
Loss_T1 = Loss_T2.subs(dict(zip(list(T2s), list(T2_of_T1))))
dsig = Matrix(2, 2, lambda i, j: diff(T2_of_T1[i, j], T1s[i, j]))

# d Loss / d T1 with T1 free, evaluated at T1 = X_ext W1_b1 (line 249)
G1s = grad(Loss_T1, T1s)
G1_at = G1s.subs(dict(zip(list(T1s), list(T1n))))


CLAIMS = [
    # forward pass
    Claim(11, "valid", Integer(28) * 28, Integer(784)),
    Claim(33, "valid", wsum(T1_def), wsum(Xp * W1p)),
    Claim(33, "valid", wsum(Xp * W1p), wsum(X.row_join(ones(2, 1)) * W1.col_join(b1)), k=2),
    Claim(33, "valid", wsum(X.row_join(ones(2, 1)) * W1.col_join(b1)), wsum(X * W1 + ones(2, 1) * b1), k=3),
    # line 50: the first '=' defines T_3
    Claim(50, "valid", wsum(T2ext * W2p), wsum(T2.row_join(ones(2, 1)) * W2.col_join(b2))),
    Claim(50, "valid", wsum(T2.row_join(ones(2, 1)) * W2.col_join(b2)), wsum(T2 * W2 + ones(2, 1) * b2), k=2),
    # loss
    Claim(81, "valid", Li_sum, Li_one, domain={p1: PROB, p2: PROB, p3: PROB, c: IDX3}),
    # dLoss/dT4
    Claim(108, "valid", diff(Loss_q, q11), -y11 / (3 * q11), domain=dom108),
    Claim(108, "valid", -y11 / (3 * q11), Piecewise((-1 / (3 * q11), Eq(y11, 1)), (0, True)),
          k=2, domain={q11: PROB, y11: (0, 1)}),
    # T4 -> T3
    Claim(117, "valid", wsum(grad(Loss_U, U)), wsum(chain_U)),
    Claim(135, "valid", jac_JK, jac_rule, domain=domJK),
    Claim(141, "valid", wsum(lhs_row), wsum(g_row * Jmat), domain=domN),
    Claim(157, "valid", wsum(lhs_row), wsum(g_row * Jmat), domain=domN),
    Claim(159, "valid", dLi_dK, chain_K, domain={**domN, **domJK}),
    Claim(165, "valid", prod_JK, prod_rule, domain={**domN, **domJK}),
    Claim(165, "valid", -ys / (N * pj) * pj * (1 - pj), -ys / N * (1 - pj), k=2, domain={**domN, pj: PROB}),
    Claim(165, "valid", ys / (N * pj) * pj * pk, ys / N * pk, k=3, domain={**domN, pj: PROB, pk: PROB}),
    Claim(169, "valid", dLi_dK, split_K, domain={**domN, **domJK}),
    Claim(173, "valid", sum_not_K / N * T4k, T4k / N * sum_not_K, domain={**domN, **domJK, T4k: PROB}),
    Claim(173, "valid", T4k / N * sum_not_K_onehot, T4k / N * (1 - yo_K), k=2,
          domain={**domN, **domJKc, T4k: PROB}),
    Claim(177, "valid", dLi1_dK, split_onehot, domain={**domN, **domJKc}),
    Claim(177, "invalid", split_onehot, (S_J - yo_J) / N, k=2, domain={**domN, **domJKc},
          note="index slip: the result is (T4[i,k] - y[i,k])/N; with j (another class) in place of k it differs"),
    Claim(183, "valid", wsum(grad(Loss_U1, U)), wsum((SS - Yo) / 2), domain=dom183),
    # Y = XA rules
    Claim(199, "valid", wsum(grad(Lfun(XA * AA), AA)), wsum(XA.T * dL_dY_at)),
    Claim(200, "valid", wsum(grad(Lfun(XA * AA), XA)), wsum(dL_dY_at * AA.T)),
    # the network's gradients
    Claim(206, "valid", wsum(grad(Loss_net, W2b2)), wsum(ext(T2n).T * G3(T3n)), domain=domnet),
    Claim(216, "valid", wsum(grad(Loss_E, E)), wsum(G3(E * W2b2) * W2b2.T), domain=domnet),
    Claim(231, "valid", wsum(grad(Loss_T1, T1s)), wsum(G2_at.multiply_elementwise(dsig)), domain=domnet),
    Claim(236, "valid", wsum(grad(Loss_T1, T1s)),
          wsum(G2_at.multiply_elementwise(T2_of_T1.multiply_elementwise(ones(2, 2) - T2_of_T1))), domain=domnet),
    Claim(249, "valid", wsum(grad(Loss_net, W1b1)), wsum(Xext.T * G1_at), domain=domnet),
]
