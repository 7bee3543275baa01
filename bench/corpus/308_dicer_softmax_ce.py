from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/Dicer-Zz/HexoBlog/blob/d4745de083fddcd7f68a7b9186c8f8a9ea735d18/"
          "git_page/source/_posts/The-deviation-of-cross-entropy-with-softmax.md")
TITLE = "The deviation of cross entropy with softmax"
TOPIC = "softmax"

# Concrete size n = 3 classes; the one-hot label has its 1 at k = 2 (y = (0, 1, 0)).
n = 3
z = [Symbol(f"z{i}", real=True) for i in range(1, n + 1)]
S = sum(exp(zi) for zi in z)
a = [exp(zi) / S for zi in z]                      # softmax(z)
a_alt = [exp(zi - log(S)) for zi in z]             # the same softmax, written differently
y = [0, 1, 0]                                       # one-hot label (\hat y, written y at the end)
K = 1                                               # python index of the hot class (k = 2)

# Loss as a function of free probabilities A_i (to take dl/da), and of z (to take dl/dz)
A = [Symbol(f"A{i}", positive=True) for i in range(1, n + 1)]
L_A = -sum(y[i] * log(A[i]) for i in range(n))
L_z = -sum(y[i] * log(a[i]) for i in range(n))
sub_a = {A[i]: a[i] for i in range(n)}

# weights to fold a vector or matrix claim into one scalar comparison
c = [Symbol(f"c{i}", real=True) for i in range(1, n + 1)]
w = [[Symbol(f"w{i}{j}", real=True) for j in range(1, n + 1)] for i in range(1, n + 1)]

# probabilities p, q for the cross-entropy definition (p one-hot at k = 2)
q = [Symbol(f"q{i}", positive=True) for i in range(1, n + 1)]
p = y
PQ = {qi: (0.05, 0.95) for qi in q}
PA = {Ai: (0.05, 0.95) for Ai in A}

jac = [[diff(a[i], z[j]) for j in range(n)] for i in range(n)]          # true Jacobian d a_i / d z_j
dL_dA = [diff(L_A, A[i]) for i in range(n)]
chain = [sum(dL_dA[i].subs(sub_a) * jac[i][j] for i in range(n)) for j in range(n)]
grad_z = [diff(L_z, z[j]) for j in range(n)]


def vec(v):
    return sum(c[j] * v[j] for j in range(n))


def mat(M):
    return sum(w[i][j] * M[i][j] for i in range(n) for j in range(n))


# the matrix the author writes after combining the two cases (n = 3), last row as printed
M_author = [
    [a[0] * (1 - a[0]), -a[0] * a[1], -a[0] * a[2]],
    [-a[1] * a[0], a[1] * (1 - a[1]), -a[1] * a[2]],
    [-a[2] * a[0], a[2] * a[1], a[2] * (1 - a[2])],
]

# i = j case at i = j = 1 ; i != j case at i = 1, j = 2
i1, j2 = 0, 1
CLAIMS = [
    # a = softmax(z) = [...]  (first '=' names a; the softmax formula is the claim)
    Claim(9, "valid", vec(a_alt), vec(a)),
    # H(p, q) = -p_k log q_k = -log q_k  for one-hot p (k = 2)
    Claim(25, "valid", -sum(p[i] * log(q[i]) for i in range(n)), -p[K] * log(q[K]), domain=PQ),
    Claim(25, "valid", -p[K] * log(q[K]), -log(q[K]), k=2, domain=PQ),
    # loss = cross entropy(a, y) [definition] = cross entropy(softmax(z), y)
    Claim(41, "valid", -sum(y[i] * log(a_alt[i]) for i in range(n)), L_z),
    # dl/dz = dl/da da/dz
    Claim(50, "valid", vec(grad_z), vec(chain)),
    # dl/da = [dl/da_1, ..., dl/da_n] = [0, ..., -1/a_k, ..., 0]
    # (with one-hot y the loss is l = -log a_k, k = 2)
    Claim(81, "valid", vec(dL_dA), sum(c[i] * diff(-log(A[K]), A[i]) for i in range(n)), domain=PA),
    Claim(82, "valid", vec(dL_dA), c[K] * (-1 / A[K]), domain=PA),
    # da/dz = matrix of partials
    Claim(88, "valid", mat(jac), mat([[diff(a_alt[i], z[j]) for j in range(n)] for i in range(n)])),
    # i = j
    Claim(99, "valid", jac[i1][i1], diff(exp(z[i1]) / S, z[i1])),
    Claim(100, "valid", diff(exp(z[i1]) / S, z[i1]),
          (exp(z[i1]) * S - exp(z[i1]) * exp(z[i1])) / S**2),
    Claim(101, "valid", (exp(z[i1]) * S - exp(z[i1]) * exp(z[i1])) / S**2, a[i1] - a[i1]**2),
    Claim(102, "valid", a[i1] - a[i1]**2, a[i1] * (1 - a[i1])),
    # i != j
    Claim(109, "valid", jac[i1][j2], diff(exp(z[i1]) / S, z[j2])),
    Claim(110, "valid", diff(exp(z[i1]) / S, z[j2]), (0 - exp(z[i1]) * exp(z[j2])) / S**2),
    Claim(111, "valid", (0 - exp(z[i1]) * exp(z[j2])) / S**2, -a[i1] * a[j2]),
    # the assembled Jacobian, last row printed as -a_n a_1, +a_n a_2, ..., a_n(1 - a_n)
    Claim(117, "invalid", mat(jac), mat(M_author),
          note="entry (n, 2) of the Jacobian is -a_n a_2; the matrix prints +a_n a_2"),
    # dl/da_k = -1/a_k
    Claim(124, "valid", diff(L_A, A[K]), -1 / A[K], domain=PA),
    # final chain
    Claim(131, "valid", vec(grad_z), vec(chain)),
    Claim(132, "valid", vec(chain), sum(c[j] * (a[j] - 1 if j == K else a[j]) for j in range(n))),
    Claim(133, "valid", sum(c[j] * (a[j] - 1 if j == K else a[j]) for j in range(n)),
          vec([a[j] - y[j] for j in range(n)])),
]
