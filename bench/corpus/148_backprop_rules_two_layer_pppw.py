from sympy import Heaviside, KroneckerDelta, Matrix, Max, Symbol, cos, diff, exp, log, sin, tanh

from labels import Claim

SOURCE = "https://github.com/PPPW/deep-learning-random-explore/blob/f6dfd68e3b24c37c8601869eff1bda9c3e48b7e9/backward_propagation_for_all/backward_propagation_for_all.ipynb"
TITLE = "An easy way to derive backward propagation for all kinds of neural networks"
TOPIC = "backprop"

# ---------------------------------------------------------------- linear layer Z = W X + b
# N = 2 inputs, N' = 2 outputs, M = 2 samples; indices are 1-based in the names.
R = (1, 2)
X = {(n, m): Symbol(f"X{n}{m}", real=True) for n in R for m in R}
W = {(k, n): Symbol(f"W{k}{n}", real=True) for k in R for n in R}
b = {k: Symbol(f"b{k}", real=True) for k in R}
Z = {(k, m): sum(W[k, n] * X[n, m] for n in R) + b[k] for k in R for m in R}
zs = {(k, m): Symbol(f"z{k}{m}", real=True) for k in R for m in R}
Jz = sin(zs[1, 1]) + zs[1, 2] * zs[2, 1] + cos(zs[2, 2]) + zs[1, 1] ** 2 * zs[1, 2] / 3
to_Z = {zs[km]: Z[km] for km in zs}
J = Jz.xreplace(to_Z)                                           # objective as a function of X, W, b
dJdZ = {km: diff(Jz, zs[km]).xreplace(to_Z) for km in zs}       # (dJ/dZ)_{km}
Wm = Matrix(2, 2, lambda r, s: W[r + 1, s + 1])
Xm = Matrix(2, 2, lambda r, s: X[r + 1, s + 1])
Gm = Matrix(2, 2, lambda r, s: dJdZ[r + 1, s + 1])
B = Matrix(2, 2, lambda r, s: Symbol(f"B{r + 1}{s + 1}", real=True))
Cm = Matrix(2, 2, lambda r, s: Symbol(f"C{r + 1}{s + 1}", real=True))

# 1.1, entry (i, m) = (1, 2)
dX_chain = sum(dJdZ[j, 2] * diff(Z[j, 2], X[1, 2]) for j in R)
dX_term1 = dJdZ[1, 2] * diff(Z[1, 2], X[1, 2])                  # the j = 1 term alone
# 1.2, entry (i, j) = (1, 2)
dW_chain = sum(dJdZ[k, m] * diff(Z[k, m], W[1, 2]) for k in R for m in R)
# 1.3, entry i = 1
db_chain = sum(dJdZ[j, m] * diff(Z[j, m], b[1]) for j in R for m in R)

# ---------------------------------------------------------------- element-wise activation A = f(Z)
z = Symbol("z", real=True)
Aa = Symbol("Aa", real=True)
JA = log(1 + Aa**2) + Aa                 # a concrete objective of A
f = z**3 / 3 + sin(z)                    # a concrete non-linear f
sig = 1 / (1 + exp(-z))
def dJA(at):
    return diff(JA, Aa).subs(Aa, at)

# ---------------------------------------------------------------- the two-layer example (one unit per layer, M = 1)
x, w1, c1, w2, c2 = (Symbol(s, real=True) for s in ("x", "w1", "b1", "w2", "b2"))
t = Symbol("t", real=True)               # label y*
Ys, A1s, A2s, Z2s = (Symbol(s, real=True) for s in ("Ys", "A1s", "A2s", "Z2s"))
def relu(u):
    return Max(0, u)
def sgm(u):
    return 1 / (1 + exp(-u))
def Jy(u):
    return -(t * log(u) + (1 - t) * log(1 - u))
Z1 = w1 * x + c1
a1 = relu(Z1)
Z2 = w2 * a1 + c2
a2 = relu(Z2)
yv = sgm(a2)
Jfull = Jy(yv)
dJdy = diff(Jy(Ys), Ys).subs(Ys, yv)
dJda2 = diff(Jy(sgm(A2s)), A2s).subs(A2s, a2)
dJda1 = diff(Jy(sgm(relu(w2 * A1s + c2))), A1s).subs(A1s, a1)
NET = {s: (0.1, 2.0) for s in (x, w1, c1, w2, c2)}
NET[t] = (0.05, 0.95)

CLAIMS = [
    # 1.1 derivatives for X
    Claim(34, "valid", diff(J, X[1, 2]), dX_chain),
    Claim(47, "valid", diff(Z[1, 1], X[2, 1]),
          diff(sum(W[1, k] * X[k, 1] for k in R) + b[1], X[2, 1])),
    Claim(48, "valid", diff(sum(W[1, k] * X[k, 1] for k in R) + b[1], X[2, 1]), W[1, 2]),
    Claim(56, "ambiguous", diff(J, X[1, 2]), dX_term1, alt=(diff(J, X[1, 2]), dX_chain),
          note="right side indexed _{ijm} with a free j; equal only when read as the contraction over j"),
    Claim(57, "ambiguous", dX_term1, sum(dJdZ[j, 2] * diff(Z[j, 2], X[1, 2]) for j in R),
          alt=(dX_chain, sum(dJdZ[j, 2] * diff(Z[j, 2], X[1, 2]) for j in R)),
          note="the previous side (…)_{ijm} is a single j-term as written; the sum over j follows only under the contraction reading"),
    Claim(58, "valid", dX_chain, sum(W[j, 1] * dJdZ[j, 2] for j in R)),
    Claim(62, "valid", sum(B[j, 0] * Cm[j, 1] for j in range(2)), (B.T * Cm)[0, 1]),
    Claim(65, "valid", diff(J, X[1, 2]), (Wm.T * Gm)[0, 1]),
    # 1.2 derivatives for W
    Claim(72, "valid", diff(J, W[1, 2]), dW_chain),
    Claim(79, "valid", diff(Z[1, 1], W[1, 2]), diff(sum(W[1, n] * X[n, 1] for n in R) + b[1], W[1, 2])),
    Claim(80, "valid", diff(sum(W[1, n] * X[n, 1] for n in R) + b[1], W[1, 2]),
          KroneckerDelta(1, 1) * X[2, 1]),
    Claim(88, "valid", diff(J, W[1, 2]), dW_chain),
    Claim(89, "valid", dW_chain, sum(dJdZ[k, m] * diff(Z[k, m], W[1, 2]) for k in R for m in R)),
    Claim(90, "valid", dW_chain, sum(dJdZ[k, m] * KroneckerDelta(k, 1) * X[2, m] for k in R for m in R)),
    Claim(91, "valid", sum(dJdZ[k, m] * KroneckerDelta(k, 1) * X[2, m] for k in R for m in R),
          sum(dJdZ[1, m] * X[2, m] for m in R)),
    Claim(95, "ambiguous", sum(B[0, 0] * Cm[j, 0] for j in range(2)), (B * Cm.T)[0, 1],
          alt=(sum(B[0, m] * Cm[1, m] for m in range(2)), (B * Cm.T)[0, 1]),
          note="hypothesis written A_ij = sum_j B_im C_jm (sum over the free index j, m unbound); A = BC^T needs the sum over m"),
    Claim(98, "valid", diff(J, W[1, 2]), (Gm * Xm.T)[0, 1]),
    # 1.3 derivatives for b
    Claim(105, "valid", diff(J, b[1]), db_chain),
    Claim(112, "valid", diff(Z[1, 1], b[1]), diff(sum(W[1, k] * X[k, 1] for k in R) + b[1], b[1])),
    Claim(113, "valid", diff(sum(W[1, k] * X[k, 1] for k in R) + b[1], b[1]), KroneckerDelta(1, 1)),
    Claim(121, "valid", diff(J, b[1]), db_chain),
    Claim(122, "valid", db_chain, sum(dJdZ[j, m] * diff(Z[j, m], b[1]) for j in R for m in R)),
    Claim(123, "valid", db_chain, sum(KroneckerDelta(1, j) * dJdZ[j, m] for j in R for m in R)),
    Claim(124, "valid", sum(KroneckerDelta(1, j) * dJdZ[j, m] for j in R for m in R),
          sum(dJdZ[1, m] for m in R)),
    # 2. element-wise activation
    Claim(148, "valid", diff(JA.subs(Aa, f), z), dJA(f) * diff(f, z)),
    Claim(158, "valid", diff(sig, z), sig * (1 - sig)),
    Claim(162, "valid", diff(JA.subs(Aa, sig), z), dJA(sig) * sig * (1 - sig)),
    Claim(168, "valid", diff(tanh(z), z), 1 - tanh(z) ** 2),
    Claim(172, "valid", diff(JA.subs(Aa, tanh(z)), z), dJA(tanh(z)) * (1 - tanh(z) ** 2)),
    # the two-layer example
    Claim(218, "valid", dJda2, dJdy * yv * (1 - yv), domain=NET),
    Claim(223, "valid", diff(Jy(sgm(relu(Z2s))), Z2s).subs(Z2s, Z2), dJda2 * Heaviside(Z2), domain=NET),
    Claim(228, "invalid", dJda1, dJda2 * Heaviside(Z2) * w2 * a2, domain=NET,
          note="extra factor a^[2]: dJ/da1 = W2^T (dJ/da2 * relu'(Z2))"),
    Claim(229, "invalid", diff(Jfull, w2), dJda2 * Heaviside(Z2) * a2 * a1, domain=NET,
          note="extra factor a^[2]: dJ/dW2 = (dJ/da2 * relu'(Z2)) (a1)^T"),
    Claim(230, "invalid", diff(Jfull, c2), dJda2 * Heaviside(Z2) * a2, domain=NET,
          note="sum over samples of a^[2] instead of the sum of dJ/dZ2"),
    Claim(237, "invalid", diff(Jfull, x), dJda1 * Heaviside(Z1) * w1 * a1, domain=NET,
          note="extra factor a^[1]: dJ/dX = W1^T (dJ/da1 * relu'(Z1))"),
    Claim(238, "invalid", diff(Jfull, w1), dJda1 * Heaviside(Z1) * x * a1, domain=NET,
          note="extra factor a^[1] (and X instead of X^T): dJ/dW1 = (dJ/da1 * relu'(Z1)) X^T"),
    Claim(239, "invalid", diff(Jfull, c2), dJda1 * Heaviside(Z1) * a1, domain=NET,
          note="left side says b_2 (should be b_1), and the right side carries a sum of a^[1] instead of the sum of dJ/dZ1"),
]
