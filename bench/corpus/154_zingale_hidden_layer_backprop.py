from sympy import Symbol, Matrix, exp, diff, KroneckerDelta

from labels import Claim

SOURCE = "https://github.com/zingale/computational_astrophysics/blob/4f21ed87d6db2f37d8fb568baa1833d5dfc551be/content/machine-learning/neural-net-hidden.md"
TITLE = "Hidden Layers (backpropagation to the hidden-layer matrix B)"
TOPIC = "backprop"

# Concrete size: N_in = 2, N_hidden = 2, N_out = 2, one training pair (x^k, y^k).
NIN, NH, NOUT = 2, 2, 2
x = [Symbol(f"x{j+1}", real=True) for j in range(NIN)]
y = [Symbol(f"y{l+1}", real=True) for l in range(NOUT)]
A = [[Symbol(f"A{l+1}{m+1}", real=True) for m in range(NH)] for l in range(NOUT)]
B = [[Symbol(f"B{i+1}{j+1}", real=True) for j in range(NIN)] for i in range(NH)]
xi = Symbol("xi", real=True)


def g(t):
    return 1 / (1 + exp(-t))


def gprime_at(t):
    return diff(g(xi), xi).subs(xi, t)


beta = [sum(B[i][j] * x[j] for j in range(NIN)) for i in range(NH)]
zt = [g(b) for b in beta]                                   # \tilde z
alpha = [sum(A[l][m] * zt[m] for m in range(NH)) for l in range(NOUT)]
z = [g(a) for a in alpha]
e = [z[l] - y[l] for l in range(NOUT)]
f = sum((z[l] - y[l])**2 for l in range(NOUT))

# the same cost written out from the raw symbols (line 60)
f_nested = sum((g(sum(A[l][m] * g(sum(B[m][j] * x[j] for j in range(NIN))) for m in range(NH))) - y[l])**2
               for l in range(NOUT))
f_mid = sum((g(sum(A[l][m] * zt[m] for m in range(NH))) - y[l])**2 for l in range(NOUT))


def dfdA_formula(p, q):  # [2 e o z o (1-z) . zt^T]_{pq}
    return 2 * e[p] * z[p] * (1 - z[p]) * zt[q]


def etilde(p):  # definition of \tilde e_p (line 91)
    return sum(e[l] * z[l] * (1 - z[l]) * A[l][p] for l in range(NOUT))


def etilde_matrix(p):  # [A^T (e o z o (1-z))]_p
    Am = Matrix(A)
    v = Matrix([e[l] * z[l] * (1 - z[l]) for l in range(NOUT)])
    return (Am.T * v)[p]


def dfdB_formula(p, q):  # [2 et o zt o (1-zt) . x^T]_{pq}
    return 2 * etilde(p) * zt[p] * (1 - zt[p]) * x[q]


P, Q = 1, 0  # B_{pq} with p = 2, q = 1
chain = 2 * sum(e[l] * gprime_at(alpha[l])
                * sum(A[l][m] * gprime_at(beta[m])
                      * sum(diff(B[m][j], B[P][Q]) * x[j] for j in range(NIN))
                      for m in range(NH))
                for l in range(NOUT))
collapsed = 2 * sum(e[l] * z[l] * (1 - z[l]) * A[l][P] * zt[P] * (1 - zt[P]) * x[Q] for l in range(NOUT))

CLAIMS = [
    # dF/dA (entry p=1, q=2)
    Claim(46, "valid", diff(f, A[0][1]), dfdA_formula(0, 1)),
    # cost rewritten by substitution
    Claim(59, "valid", f, f_mid),
    Claim(60, "valid", f_mid, f_nested),
    # chain rule for dF/dB_pq (p=2, q=1)
    Claim(66, "valid", diff(f, B[P][Q]), chain),
    # the three elementary derivatives
    Claim(74, "valid", gprime_at(alpha[0]), g(alpha[0]) * (1 - g(alpha[0]))),
    Claim(75, "valid", g(alpha[0]) * (1 - g(alpha[0])), z[0] * (1 - z[0])),
    Claim(77, "valid", gprime_at(beta[1]), g(beta[1]) * (1 - g(beta[1]))),
    Claim(78, "valid", g(beta[1]) * (1 - g(beta[1])), zt[1] * (1 - zt[1])),
    Claim(80, "valid", diff(B[1][0], B[P][Q]), KroneckerDelta(2, P + 1) * KroneckerDelta(1, Q + 1)),
    # deltas collapse the sums
    Claim(84, "valid", diff(f, B[P][Q]), collapsed),
    # backpropagated error as A^T times the output-layer term
    Claim(92, "valid", etilde(P), etilde_matrix(P)),
    Claim(96, "valid", diff(f, B[P][Q]), dfdB_formula(P, Q)),
    Claim(101, "invalid", etilde(P), (Matrix(A).T * Matrix(e))[P],
          note="the 'common approximation' drops the z(1-z) factors: A^T e is not the e~ defined above"),
    # summary restates both updates (other entries)
    Claim(110, "valid", diff(f, A[1][0]), dfdA_formula(1, 0)),
    Claim(111, "valid", diff(f, B[0][1]), dfdB_formula(0, 1)),
]
