from sympy import Symbol, symbols, Max, Piecewise, diff, Rational, Integer

from labels import Claim

SOURCE = "https://github.com/cemalec/cemalec.github.io/blob/4b44a55c83e08b04f87f534a9118371aaf04f768/_posts/2019-07-13-Gradients_hingeloss.md"
TITLE = "Gradients and You- SVM hinge loss (cemalec)"
TOPIC = "hinge"

# concrete size: N = 2 examples, D = 2 features (k), C = 3 classes (j); labels y = (0, 1)
N, D, C = 2, 2, 3
yl = [0, 1]
X = [[Symbol(f"X{i}{k}", real=True) for k in range(D)] for i in range(N)]
W = [[Symbol(f"W{k}{j}", real=True) for j in range(C)] for k in range(D)]   # W_{kj}
lam = Symbol("lam", positive=True)

s = [[sum(X[i][k] * W[k][j] for k in range(D)) for j in range(C)] for i in range(N)]
m = [[s[i][j] - s[i][yl[i]] + 1 for j in range(C)] for i in range(N)]
Lh = Rational(1, N) * sum(Max(0, m[i][j]) for i in range(N) for j in range(C) if j != yl[i])
reg = lam * sum(W[k][j]**2 for k in range(D) for j in range(C))
L = Lh + reg


def ind(e):
    return Piecewise((1, e > 0), (0, True))


# (a) dL_hinge/dm_ij with the margins as free variables; free index (i, j) = (0, 1)
M = [[Symbol(f"m{i}{j}", real=True) for j in range(C)] for i in range(N)]
Lh_m = Rational(1, N) * sum(Max(0, M[i][j]) for i in range(N) for j in range(C) if j != yl[i])
a_lhs = diff(Lh_m, M[0][1])
a_rhs = Rational(1, N) * sum(ind(M[i][1]) for i in range(N) for jp in range(C) if jp != yl[i])

# (b) dm_ij/ds_ij, checked at j != y_i (i=0, j=1) and j = y_i (i=0, j=0), combined 1:2
S = [[Symbol(f"s{i}{j}", real=True) for j in range(C)] for i in range(N)]
mS = [[S[i][j] - S[i][yl[i]] + 1 for j in range(C)] for i in range(N)]
b_lhs = diff(mS[0][1], S[0][1]) + 2 * diff(mS[0][0], S[0][0])
b_rhs = (1 - 0) + 2 * (0 - 1)

# (c) ds_ij/dW_jk at i=0, j=1, k=0; as written W_{jk} is row j, column k of the D x C matrix W_{kj}
c_lhs = diff(s[0][1], W[1][0])
c_alt = diff(s[0][1], W[0][1])          # reading W_{jk} as the weight of class j and feature k
c_rhs = X[0][0]

# (d) regulariser, (j, k) = (1, 0)
Wjk = [[W[k][j] for k in range(D)] for j in range(C)]
d_lhs = diff(lam * sum(Wjk[j][k]**2 for j in range(C) for k in range(D)), Wjk[1][0])
d_rhs = 2 * lam * Wjk[1][0]

# (e), (f): dL/dW for class j = 1, feature k = 0
j0, k0 = 1, 0
true = diff(L, W[k0][j0])
def dLh_dm_ij(i, j):   # value of dL_hinge/dm_ij
    return Rational(1, N) * ind(m[i][j]) if j != yl[i] else Integer(0)
def dm_ds_ij(i, j):    # value of dm_ij/ds_ij
    return Integer(1) if j != yl[i] else Integer(0)
e_rhs = Rational(1, N) * sum(X[i][k0] * dLh_dm_ij(i, j0) * dm_ds_ij(i, j0)
                             for i in range(N) for jp in range(C) if jp != yl[i]) + 2 * lam * W[k0][j0]
f_rhs = Rational(1, N) * sum(X[i][k0] * ind(m[i][j0]) * ((1 if j0 != yl[i] else 0) - (1 if j0 == yl[i] else 0))
                             for i in range(N) for jp in range(C) if jp != yl[i]) + 2 * lam * W[k0][j0]

CLAIMS = [
    Claim(43, "invalid", a_lhs, a_rhs,
          note="dL_hinge/dm_ij = (1/N) 1(m_ij > 0) for j != y_i, a single term; the sums over i and j' multiply it"),
    Claim(46, "invalid", b_lhs, b_rhs,
          note="m_{iy_i} = 1 for every s, so dm_{iy_i}/ds_{iy_i} = 0, not -1; the -1 is dm_ij/ds_{iy_i} for j != y_i"),
    Claim(49, "ambiguous", c_lhs, c_rhs, alt=(c_alt, c_rhs),
          note="W was defined as W_{kj}; read literally as row j, column k the derivative is X_{ij} delta_{jk}; it is X_ik if W_{jk} names the weight of class j and feature k"),
    Claim(52, "valid", d_lhs, d_rhs),
    Claim(58, "invalid", true, e_rhs,
          note="the chain rule needs the sum over all margins m_ij' that contain s_ij (the s_{iy_i} terms) and no second 1/N; here the j-indexed factors are summed over j' instead"),
    Claim(60, "invalid", true, f_rhs,
          note="for j = y_i the derivative is -sum_{j' != y_i} 1(m_ij' > 0) X_ik, not -(C-1) 1(m_{iy_i} > 0) X_ik; for j != y_i the (C-1) copies are extra"),
]
