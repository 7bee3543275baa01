from sympy import Symbol, exp, log, tanh, diff

from labels import Claim

SOURCE = ("https://github.com/ali-izhar/machine-learning/blob/321d6074f055d6079687de15f4a816cd049665f2/"
          "Theory/Neural_Networks/Propagation/README.md")
TITLE = "Forward and backward propagation for layer l (W^{[l]}, a^{[l]}, dz^{[l]})"
TOPIC = "backprop"

# Concrete instance: n^{[l-1]} = 2 inputs p = a^{[l-1]}, n^{[l]} = 2 units, g^{[l]} = tanh,
# and the rest of the network after layer l is a logistic output unit with weights u and label y:
#   L(a) = log(1 + exp(u1 a1 + u2 a2)) - y (u1 a1 + u2 a2).
# Vector / matrix equalities are compared as scalars through test weights t_k / T_jk
# (sum_k t_k X_k == sum_k t_k Y_k for all t  <=>  X == Y).
W = [[Symbol("W11"), Symbol("W12")], [Symbol("W21"), Symbol("W22")]]
b = [Symbol("b1"), Symbol("b2")]
u = [Symbol("u1"), Symbol("u2")]
t = [Symbol("t1"), Symbol("t2")]
T = [[Symbol("T11"), Symbol("T12")], [Symbol("T21"), Symbol("T22")]]
Zs = [Symbol("Zs1"), Symbol("Zs2")]   # free stand-ins for z^{[l]} (to take dL/dz)
As = [Symbol("As1"), Symbol("As2")]   # free stand-ins for a^{[l]} (to take dL/da)
y = Symbol("y")
Y01 = (0, 1)


def loss_of_a(a, yy):
    s = u[0] * a[0] + u[1] * a[1]
    return log(1 + exp(s)) - yy * s


def forward(p):
    z = [W[j][0] * p[0] + W[j][1] * p[1] + b[j] for j in range(2)]
    a = [tanh(zj) for zj in z]
    return z, a


def grads(p, yy):
    """Full loss, and dL/da, dL/dz, g'(z) at the point given by p, built from scratch."""
    z, a = forward(p)
    Lfull = loss_of_a(a, yy)
    sub_z = {Zs[0]: z[0], Zs[1]: z[1]}
    sub_a = {As[0]: a[0], As[1]: a[1]}
    La = loss_of_a(As, yy)
    Lz = loss_of_a([tanh(Zs[0]), tanh(Zs[1])], yy)
    da = [diff(La, As[k]).subs(sub_a) for k in range(2)]
    dz = [diff(Lz, Zs[k]).subs(sub_z) for k in range(2)]
    dadz = [diff(tanh(Zs[k]), Zs[k]).subs(sub_z) for k in range(2)]   # da_k/dz_k
    gprime = [1 - tanh(z[k])**2 for k in range(2)]                      # g'(z) for tanh
    return Lfull, z, a, da, dz, dadz, gprime


p = [Symbol("p1"), Symbol("p2")]
L, z, a, da, dz, dadz, gprime = grads(p, y)


def vec(x):  # test-weighted vector
    return t[0] * x[0] + t[1] * x[1]


def mat(f):  # test-weighted 2x2 matrix, f(j, k) = entry (j, k)
    return sum(T[j][k] * f(j, k) for j in range(2) for k in range(2))


# true gradients (left sides), by direct differentiation of the full loss
dL_dz = vec(dz)
dL_dW = mat(lambda j, k: diff(L, W[j][k]))
dL_db = vec([diff(L, b[k]) for k in range(2)])
dL_dp = vec([diff(L, p[k]) for k in range(2)])

# pieces of the author's right sides
chain_z = vec([da[k] * dadz[k] for k in range(2)])                       # dL/da . da/dz
da_g = vec([da[k] * gprime[k] for k in range(2)])                         # da * g'(z)
chain_W = mat(lambda j, k: dz[j] * diff(z[j], W[j][k]))                   # dL/dz . dz/dW
outer = mat(lambda j, k: dz[j] * p[k])                                    # dz a^{[l-1]T}
chain_b = vec([dz[k] * diff(z[k], b[k]) for k in range(2)])               # dL/dz . dz/db
chain_p = vec([sum(dz[j] * diff(z[j], p[k]) for j in range(2)) for k in range(2)])  # dL/dz . dz/da
WT_dz = vec([sum(W[j][k] * dz[j] for j in range(2)) for k in range(2)])  # W^T dz
dz_WT = vec([sum(dz[j] * W[k][j] for j in range(2)) for k in range(2)])  # dz^T W^T  (= (W dz)^T)
da_WT = vec([sum(da[j] * W[k][j] for j in range(2)) for k in range(2)])  # da^T W^T  (= (W da)^T)

# batch of m = 3 examples for db = sum_i dz^{(i)}
P = [[Symbol(f"p{i}1"), Symbol(f"p{i}2")] for i in range(1, 4)]
Ys = [Symbol(f"y{i}") for i in range(1, 4)]
batch = [grads(P[i], Ys[i]) for i in range(3)]
L_sum = sum(g[0] for g in batch)
sum_dz = vec([sum(g[4][k] for g in batch) for k in range(2)])
db_sum = vec([diff(L_sum, b[k]) for k in range(2)])
db_one = vec([diff(batch[0][0], b[k]) for k in range(2)])

D = {y: Y01}
DB = {yy: Y01 for yy in Ys}

CLAIMS = [
    # summary formulas
    Claim(36, "valid", dL_dz, da_g, domain=D),
    Claim(38, "valid", dL_dW, outer, domain=D),
    Claim(40, "ambiguous", db_one, sum_dz, domain=DB, alt=(db_sum, sum_dz),
          note="sum over m examples of dz is db only if L is the summed loss over the batch; "
               "with db = dL/db = dz for one example (as derived below) it is not"),
    Claim(42, "valid", dL_dp, WT_dz, domain=D),
    # derivation for z
    Claim(55, "valid", dL_dz, chain_z, domain=D),
    Claim(59, "valid", dL_dz, chain_z, domain=D),
    Claim(59, "valid", chain_z, da_g, k=2, domain=D),
    Claim(59, "valid", da_g, vec([da[k] * gprime[k] for k in range(2)]), k=3, domain=D),
    # derivation for W
    Claim(64, "valid", dL_dW, chain_W, domain=D),
    Claim(68, "valid", dL_dW, chain_W, domain=D),
    Claim(68, "valid", chain_W, outer, k=2, domain=D),
    Claim(68, "valid", outer, mat(lambda j, k: dz[j] * p[k]), k=3, domain=D),
    # derivation for b
    Claim(73, "valid", dL_db, chain_b, domain=D),
    Claim(77, "valid", dL_db, chain_b, domain=D),
    Claim(77, "valid", chain_b, dL_dz, k=2, domain=D),
    Claim(77, "valid", dL_dz, vec(dz), k=3, domain=D),
    # derivation for a^{[l-1]}
    Claim(82, "valid", dL_dp, chain_p, domain=D),
    Claim(86, "valid", dL_dp, chain_p, domain=D),
    Claim(86, "invalid", chain_p, dz_WT, k=2, domain=D,
          note="with z = W a + b the gradient is W^T dz (or dz^T W as a row); dz W^T multiplies by W, not W^T"),
    Claim(86, "invalid", dz_WT, da_WT, k=3, domain=D,
          note="da^{[l]} = dL/da^{[l]} is not dz^{[l]} = dL/dz^{[l]} (they differ by the factor g'(z)); "
               "the last member should use dz^{[l]}"),
]
