from sympy import Symbol, Piecewise, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/john-philipp/ml-impl/blob/02671902d3dc26347bf3ee56d2f1616972588f45/"
          "docs/tex/nn-relu.tex")
TITLE = "Derivation: Hidden layer using ReLU (single-sample backpropagation, index form)"
TOPIC = "backprop"

# Concrete size: n = h = 2 (input dimension = hidden width, so that the author's transposed
# index W_{1,pj} stays inside the matrix).  Indices are 0-based here, 1-based in the text.
R = range(2)
x = [Symbol(f"x{k}", real=True) for k in R]
W = [[Symbol(f"W{k}{l}", real=True) for l in R] for k in R]  # W_1 in R^{n x h}: W[k][l]
c = [Symbol(f"c{l}", real=True) for l in R]                  # b_1
v = [Symbol(f"v{l}", real=True) for l in R]                  # w_2
d = Symbol("d", real=True)                                    # b_2
y = Symbol("y", real=True)
Y = {y: (0, 1)}


def r(t):
    """ReLU as defined in the text: t if t > 0, else 0."""
    return Piecewise((t, t > 0), (0, True))


def sig(t):
    return 1 / (1 + exp(-t))


def bce(a):
    return -(y * log(a) + (1 - y) * log(1 - a))


# forward pass: z_1 = W_1^T x + b_1, a_1 = r(z_1), z_2 = w_2^T a_1 + b_2, a_2 = sigma(z_2)
z1 = [sum(W[j][p] * x[j] for j in R) + c[p] for p in R]
a1 = [r(z1[p]) for p in R]
z2 = sum(v[p] * a1[p] for p in R) + d
a2 = sig(z2)
L = bce(a2)

# pieces of the chain rule, each computed from its own function
Zs = [Symbol(f"Z{i}", real=True) for i in R]          # free pre-activations
Js = [[diff(r(Zs[i]), Zs[j]) for j in R] for i in R]   # Jacobian of r at Zs
J1 = [[Js[i][j].subs({Zs[0]: z1[0], Zs[1]: z1[1]}) for j in R] for i in R]
z2s = Symbol("z2s", real=True)
dLdz2 = diff(bce(sig(z2s)), z2s).subs(z2s, z2)
As = [Symbol(f"A{i}", real=True) for i in R]
dz2da = [diff(sum(v[p] * As[p] for p in R) + d, As[i]) for i in R]
dz1dW = [[[diff(z1[j], W[k][l]) for l in R] for k in R] for j in R]   # [j][k][l]
wj = [v[p] * J1[p][p] for p in R]                                      # (w_2 (.) j_1)_p
e = a2 - y


def KL(f):
    """weighted sum over all (k, l): one random weight per entry, so agreement means all agree"""
    return sum(Symbol(f"u{k}{l}") * f(k, l) for k in R for l in R)


def PKL(f):
    return sum(Symbol(f"u{p}{k}{l}") * f(p, k, l) for p in R for k in R for l in R)


def I(f):
    return sum(Symbol(f"u{i}") * f(i) for i in R)


def IJ(f):
    return sum(Symbol(f"u{i}{j}") * f(i, j) for i in R for j in R)


# generic vectors for the ReLU/Jacobian section: z -> s, w -> w
s = [Symbol(f"s{i}", real=True) for i in R]
w = [Symbol(f"w{i}", real=True) for i in R]
Jg = [[diff(r(s[i]), s[j]) for j in R] for i in R]
wJ = [sum(w[j] * Jg[i][j] for j in R) for i in R]   # (w . J)_i with (x . Y)_i = x_j Y_ij

# Kronecker delta
def dl(a, b):
    return 1 if a == b else 0


CLAIMS = [
    # Jacobian of the element-wise ReLU is diagonal
    Claim(54, "valid", IJ(lambda i, j: Jg[i][j]),
          IJ(lambda i, j: diff(r(s[i]), s[i]) if i == j else 0)),
    Claim(62, "valid", IJ(lambda i, j: Jg[i][j]),
          IJ(lambda i, j: Piecewise((1, s[i] > 0), (0, True)) if i == j else 0)),
    # (w . dr/dz)_i = w_j dr_j/dz_i = w_j J_ji = cases
    Claim(71, "valid", I(lambda i: wJ[i]), I(lambda i: sum(w[j] * diff(r(s[j]), s[i]) for j in R))),
    Claim(71, "valid", I(lambda i: sum(w[j] * diff(r(s[j]), s[i]) for j in R)),
          I(lambda i: sum(w[j] * Jg[j][i] for j in R)), k=2),
    Claim(71, "valid", I(lambda i: sum(w[j] * Jg[j][i] for j in R)),
          I(lambda i: Piecewise((w[i], s[i] > 0), (0, True))), k=3),
    # (w . dr/dz)_i = w_i dr_i/dz_j = w_i J_ij = (w (.) j)_i  -- free index j on the right
    Claim(107, "invalid", IJ(lambda i, j: wJ[i]), IJ(lambda i, j: w[i] * diff(r(s[i]), s[j])),
          note="w_i dr_i/dz_j carries a free j: for i != j it is 0 while the i-th entry is w_i J_ii"),
    Claim(107, "valid", IJ(lambda i, j: w[i] * diff(r(s[i]), s[j])), IJ(lambda i, j: w[i] * Jg[i][j]), k=2),
    Claim(107, "invalid", IJ(lambda i, j: w[i] * Jg[i][j]), IJ(lambda i, j: w[i] * Jg[i][i]), k=3,
          note="w_i J_ij is 0 off the diagonal; (w (.) j)_i = w_i J_ii (index slip j for i)"),
    # dL/dz2 = a2 - y (binary cross-entropy after a sigmoid)
    Claim(175, "valid", diff(bce(sig(z2s)), z2s), sig(z2s) - y, domain=Y),
    # chain rule for (dL/dW_1)_{kl}
    Claim(181, "valid", KL(lambda k, l: diff(L, W[k][l])),
          KL(lambda k, l: dLdz2 * sum(dz2da[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          domain=Y),
    Claim(182, "valid",
          KL(lambda k, l: dLdz2 * sum(dz2da[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          KL(lambda k, l: dLdz2 * sum(dz2da[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          domain=Y),
    Claim(183, "valid",
          KL(lambda k, l: dLdz2 * sum(dz2da[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          KL(lambda k, l: e * sum(v[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)), domain=Y),
    Claim(184, "valid",
          KL(lambda k, l: e * sum(v[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          KL(lambda k, l: e * sum(v[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)), domain=Y),
    Claim(185, "valid",
          KL(lambda k, l: e * sum(v[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          KL(lambda k, l: e * sum(v[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)), domain=Y),
    Claim(186, "valid",
          KL(lambda k, l: e * sum(v[i] * J1[i][j] * dz1dW[j][k][l] for i in R for j in R)),
          KL(lambda k, l: e * sum(wj[p] * dz1dW[p][k][l] for p in R)), domain=Y),
    # dz_{1,p}/dW_{1,kl}
    Claim(192, "valid", PKL(lambda p, k, l: diff(z1[p], W[k][l])),
          PKL(lambda p, k, l: diff(sum(W[j][p] * x[j] for j in R) + c[p], W[k][l]))),
    Claim(193, "valid", PKL(lambda p, k, l: diff(sum(W[j][p] * x[j] for j in R) + c[p], W[k][l])),
          PKL(lambda p, k, l: diff(sum(W[j][p] * x[j] for j in R) + c[p], W[k][l]))),
    Claim(194, "invalid", PKL(lambda p, k, l: diff(sum(W[j][p] * x[j] for j in R) + c[p], W[k][l])),
          PKL(lambda p, k, l: diff(sum(W[p][j] * x[j] for j in R), W[k][l])),
          note="(W^T x)_p = W^T_{pj} x_j = W_{jp} x_j; writing W^T_{jp} x_j = W_{pj} x_j transposes W"),
    Claim(195, "valid", PKL(lambda p, k, l: diff(sum(W[p][j] * x[j] for j in R), W[k][l])),
          PKL(lambda p, k, l: diff(sum(W[p][j] * x[j] for j in R), W[k][l]))),
    Claim(196, "valid", PKL(lambda p, k, l: diff(sum(W[p][j] * x[j] for j in R), W[k][l])),
          PKL(lambda p, k, l: sum(diff(W[p][j], W[k][l]) * x[j] for j in R))),
    Claim(197, "valid", PKL(lambda p, k, l: sum(diff(W[p][j], W[k][l]) * x[j] for j in R)),
          PKL(lambda p, k, l: sum(dl(p, k) * dl(j, l) * x[j] for j in R))),
    Claim(198, "valid", PKL(lambda p, k, l: sum(dl(p, k) * dl(j, l) * x[j] for j in R)),
          PKL(lambda p, k, l: dl(p, k) * x[l])),
    # consequences for dL/dW_1
    Claim(203, "invalid", KL(lambda k, l: diff(L, W[k][l])),
          KL(lambda k, l: e * sum(wj[p] * dl(p, k) * x[l] for p in R)), domain=Y,
          note="true entry is (a2-y)(w2 (.) j1)_l x_k since z1 = W1^T x; carries the index slip of line 194"),
    Claim(204, "valid", KL(lambda k, l: e * sum(wj[p] * dl(p, k) * x[l] for p in R)),
          KL(lambda k, l: e * wj[k] * x[l]), domain=Y),
    Claim(206, "valid", KL(lambda k, l: e * wj[k] * x[l]),
          KL(lambda k, l: Piecewise((e * v[k] * x[l], z1[k] > 0), (0, True))), domain=Y),
    Claim(214, "invalid", KL(lambda k, l: diff(L, W[k][l])), KL(lambda k, l: e * wj[k] * x[l]), domain=Y,
          note="dL/dW1 (n x h) is x (psi1)^T; (w2 (.) j1) x^T is its transpose (h x n)"),
    Claim(215, "valid", KL(lambda k, l: e * wj[k] * x[l]), KL(lambda k, l: (e * wj[k]) * x[l]), domain=Y),
    # dL/db_1
    Claim(226, "valid", I(lambda q: diff(L, c[q])),
          I(lambda q: dLdz2 * sum(dz2da[i] * J1[i][j] * diff(z1[j], c[q]) for i in R for j in R)), domain=Y),
    Claim(227, "valid",
          I(lambda q: dLdz2 * sum(dz2da[i] * J1[i][j] * diff(z1[j], c[q]) for i in R for j in R)),
          I(lambda q: sum(e * wj[j] * diff(z1[j], c[q]) for j in R)), domain=Y),
    Claim(228, "valid", I(lambda q: sum(e * wj[j] * diff(z1[j], c[q]) for j in R)), I(lambda q: e * wj[q]),
          domain=Y),
    # dL/dw_2
    Claim(233, "valid", I(lambda i: diff(L, v[i])), I(lambda i: dLdz2 * diff(z2, v[i])), domain=Y),
    Claim(234, "valid", I(lambda i: dLdz2 * diff(z2, v[i])), I(lambda i: dLdz2 * diff(z2, v[i])), domain=Y),
    Claim(235, "valid", I(lambda i: dLdz2 * diff(z2, v[i])), I(lambda i: e * diff(z2, v[i])), domain=Y),
    Claim(236, "valid", I(lambda i: e * diff(z2, v[i])),
          I(lambda i: e * diff(sum(v[j] * a1[j] for j in R) + d, v[i])), domain=Y),
    Claim(237, "valid", I(lambda i: e * diff(sum(v[j] * a1[j] for j in R) + d, v[i])),
          I(lambda i: e * diff(sum(v[j] * a1[j] for j in R), v[i])), domain=Y),
    Claim(238, "valid", I(lambda i: e * diff(sum(v[j] * a1[j] for j in R), v[i])),
          I(lambda i: e * sum(dl(i, j) * a1[j] for j in R)), domain=Y),
    Claim(239, "valid", I(lambda i: e * sum(dl(i, j) * a1[j] for j in R)), I(lambda i: e * a1[i]), domain=Y),
    Claim(245, "valid", I(lambda i: diff(L, v[i])), I(lambda i: e * a1[i]), domain=Y),
    # dL/db_2
    Claim(251, "valid", diff(L, d), dLdz2 * diff(z2, d), domain=Y),
    Claim(251, "valid", dLdz2 * diff(z2, d), e, k=2, domain=Y),
]
