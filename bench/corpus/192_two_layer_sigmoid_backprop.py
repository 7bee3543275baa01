from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/ekbarkacha/ek_ml_package/blob/"
          "2b8c2323d19e16f159ee459e5a2964002674bf54/docs/neural_network.md")
TITLE = "Neural Networks: backpropagation through a 2-layer sigmoid network (BCE loss)"
TOPIC = "backprop"

# Concrete size: n = 2 samples, d = 2 features, h1 = 2 hidden units, h2 = 1 output.
# Matrices are column-per-sample (X is d x n, Z1 is h1 x n, Z2 is 1 x n), as in the document.
n = 2
N = Rational(1, n)


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    return sig(t) * (1 - sig(t))


y = [Symbol(f"y{i}") for i in range(n)]                       # labels in {0, 1}
x = [[Symbol(f"x{j}{i}") for i in range(n)] for j in range(2)]  # x[j][i], feature j of sample i
W1 = [[Symbol(f"W1_{k}{j}") for j in range(2)] for k in range(2)]
b1 = [Symbol(f"b1_{k}") for k in range(2)]
w2 = [Symbol(f"w2_{k}") for k in range(2)]                      # W2 is 1 x h1
b2 = Symbol("b2")

LAB = {s: (0, 1) for s in y}

# --- loss as a function of each intermediate quantity -----------------------------------------
p = [Symbol(f"p{i}") for i in range(n)]                         # entries of A2
P_DOM = {s: (0.05, 0.95) for s in p}


def bce(a):
    return -N * sum(y[i] * log(a[i]) + (1 - y[i]) * log(1 - a[i]) for i in range(n))


L_A2 = bce(p)

u = [Symbol(f"u{i}") for i in range(n)]                         # entries of Z2
L_Z2 = bce([sig(u[i]) for i in range(n)])

q = [[Symbol(f"q{k}{i}") for i in range(n)] for k in range(2)]  # entries of A1 (h1 x n)
z2_of_q = [sum(w2[k] * q[k][i] for k in range(2)) + b2 for i in range(n)]
L_A1 = bce([sig(z2_of_q[i]) for i in range(n)])                 # also the loss seen by W2, b2
a2_q = [sig(z2_of_q[i]) for i in range(n)]

v = [[Symbol(f"v{k}{i}") for i in range(n)] for k in range(2)]  # entries of Z1 (h1 x n)
z2_of_v = [sum(w2[k] * sig(v[k][i]) for k in range(2)) + b2 for i in range(n)]
L_Z1 = bce([sig(z2_of_v[i]) for i in range(n)])
a2_v = [sig(z2_of_v[i]) for i in range(n)]

z1 = [[sum(W1[k][j] * x[j][i] for j in range(2)) + b1[k] for i in range(n)] for k in range(2)]
z2 = [sum(w2[k] * sig(z1[k][i]) for k in range(2)) + b2 for i in range(n)]
a2 = [sig(z2[i]) for i in range(n)]
L_full = bce(a2)

# dL/dZ2 entries, expressed in the variables each chain needs
dL_dz2_q = [diff(L_Z2, u[i]).subs(u[i], z2_of_q[i]) for i in range(n)]
dL_dz2_v = [diff(L_Z2, u[i]).subs(u[i], z2_of_v[i]) for i in range(n)]
dL_dz1_full = [diff(L_Z1, v[0][i]).subs({v[k][m]: z1[k][m] for k in range(2) for m in range(n)})
               for i in range(n)]

# the literal product [A2 - Y] W2^T at h2 = 1, n = h1 = 2: a (1 x 2)(2 x 1) = 1 x 1 number
lit_q = N * sum((a2_q[i] - y[i]) * w2[i] for i in range(n))
lit_v = N * sum((a2_v[i] - y[i]) * w2[i] for i in range(n))

h1s, h2s, ds = Symbol("h_1", positive=True), Symbol("h_2", positive=True), Symbol("d", positive=True)

CLAIMS = [
    Claim(73, "valid", (h1s * ds) + h1s, h1s * (ds + 1)),
    Claim(85, "valid", (h2s * h1s) + h2s, h2s * (h1s + 1)),
    # dL/dA2 (entry 1)
    Claim(124, "valid", diff(L_A2, p[0]), N * (p[0] - y[0]) / (p[0] * (1 - p[0])),
          domain={**P_DOM, **LAB}),
    # chain rule for Z2 (entry 1)
    Claim(126, "valid", diff(L_Z2, u[0]),
          diff(L_A2, p[0]).subs(p[0], sig(u[0])) * diff(sig(u[0]), u[0]), domain=LAB),
    Claim(128, "valid", diff(sig(u[0]), u[0]), sig(u[0]) * (1 - sig(u[0]))),
    Claim(128, "valid", sig(u[0]) * (1 - sig(u[0])), sig(u[0]) * (1 - sig(u[0])), k=2),
    Claim(134, "valid", diff(L_Z2, u[0]),
          diff(L_A2, p[0]).subs(p[0], sig(u[0])) * diff(sig(u[0]), u[0]), domain=LAB),
    Claim(135, "valid", diff(L_A2, p[0]).subs(p[0], sig(u[0])) * diff(sig(u[0]), u[0]),
          N * (sig(u[0]) - y[0]) / (sig(u[0]) * (1 - sig(u[0]))) * sig(u[0]) * (1 - sig(u[0])),
          domain=LAB),
    Claim(136, "valid",
          N * (sig(u[0]) - y[0]) / (sig(u[0]) * (1 - sig(u[0]))) * sig(u[0]) * (1 - sig(u[0])),
          N * (sig(u[0]) - y[0]), domain=LAB),
    # W2 (entry k = 1), A1 taken as given
    Claim(140, "valid", diff(L_A1, w2[0]), sum(dL_dz2_q[i] * q[0][i] for i in range(n)),
          domain=LAB),
    Claim(142, "valid", diff(z2_of_q[1], w2[0]), q[0][1]),  # dZ2_{1,i}/dW2_{1,k} = (A1^T)_{i,k}
    Claim(146, "valid", diff(L_A1, w2[0]), N * sum((a2_q[i] - y[i]) * q[0][i] for i in range(n)),
          domain=LAB),
    # b2
    Claim(149, "valid", diff(L_A1, b2), sum(dL_dz2_q[i] * 1 for i in range(n)), domain=LAB),
    Claim(151, "valid", diff(z2_of_q[0], b2), 1),
    Claim(156, "ambiguous", diff(L_A1, b2), N * (a2_q[0] - y[0]),
          alt=(diff(L_A1, b2), N * sum(a2_q[i] - y[i] for i in range(n))), domain=LAB,
          note="dL/db2 is the row-sum of (1/n)[A2-Y]; as written it equals the unsummed h2 x n matrix"),
    # A1 (entry k = 1, sample 1)
    Claim(159, "valid", diff(L_A1, q[0][0]), dL_dz2_q[0] * diff(z2_of_q[0], q[0][0]), domain=LAB),
    Claim(161, "valid", diff(z2_of_q[0], q[1][0]), w2[1]),  # dZ2_{1,i}/dA1_{k,i} = (W2^T)_{k,1}
    Claim(166, "invalid", diff(L_A1, q[0][0]), lit_q, domain=LAB,
          note="order reversed: dL/dA1 = (1/n) W2^T [A2-Y]; [A2-Y] W2^T (1 x n times h1 x 1) is not it"),
    # Z1 (entry k = 1, sample 1)
    Claim(169, "valid", diff(L_Z1, v[0][0]),
          diff(L_A1, q[0][0]).subs({q[k][m]: sig(v[k][m]) for k in range(2) for m in range(n)})
          * diff(sig(v[0][0]), v[0][0]), domain=LAB),
    Claim(171, "valid", diff(sig(v[0][0]), v[0][0]), sig(v[0][0]) * (1 - sig(v[0][0]))),
    Claim(177, "invalid", diff(L_Z1, v[0][0]), lit_v * dsig(v[0][0]), domain=LAB,
          note="same reversed product [A2-Y] W2^T as above; the gradient needs W2^T [A2-Y]"),
    Claim(178, "invalid", lit_v * dsig(v[0][0]), N * w2[0] * (a2_v[0] - y[0]) * dsig(v[0][0]),
          domain=LAB,
          note="the link swaps the factor order, which changes the value; only the new line is the gradient"),
    # W1 (entry k = 1, j = 1)
    Claim(182, "valid", diff(L_full, W1[0][0]), sum(dL_dz1_full[i] * x[0][i] for i in range(n)),
          domain=LAB),
    Claim(184, "valid", diff(z1[0][1], W1[0][0]), x[0][1]),  # dZ1_{k,i}/dW1_{k,j} = (X^T)_{i,j}
    Claim(188, "valid", diff(L_full, W1[0][0]),
          N * sum(w2[0] * (a2[i] - y[i]) * dsig(z1[0][i]) * x[0][i] for i in range(n)), domain=LAB),
    # b1
    Claim(191, "valid", diff(L_full, b1[0]), sum(dL_dz1_full[i] * 1 for i in range(n)), domain=LAB),
    Claim(193, "valid", diff(z1[0][0], b1[0]), 1),
    Claim(197, "ambiguous", diff(L_full, b1[0]), N * w2[0] * (a2[0] - y[0]) * dsig(z1[0][0]),
          alt=(diff(L_full, b1[0]),
               N * sum(w2[0] * (a2[i] - y[i]) * dsig(z1[0][i]) for i in range(n))), domain=LAB,
          note="dL/db1 is the row-sum over samples; as written it is the unsummed h1 x n matrix"),
]
