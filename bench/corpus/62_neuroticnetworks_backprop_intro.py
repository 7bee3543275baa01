from sympy import symbols, exp, diff, Lambda, Rational

from labels import Claim

SOURCE = "http://neuroticnetworks.blogspot.com/2016_12_01_archive.html"
TITLE = "Backpropagation introduction, dE/dw_jk and dE/dw_ij (Neurotic Networks blog)"
TOPIC = "backprop"

X = symbols("X", real=True)
sig = Lambda(X, 1 / (1 + exp(-X)))
dsig = Lambda(X, diff(sig(X), X))

# layers h (input, 2 units), i (2 units), j (2 units), k (1 output); sums run over the previous layer
Lh = symbols("Lh1 Lh2", real=True)
Whi = [[symbols(f"whi_{a}{b}", real=True) for b in range(2)] for a in range(2)]   # Whi[h][i]
Wij = [[symbols(f"wij_{a}{b}", real=True) for b in range(2)] for a in range(2)]   # Wij[i][j]
Wjk = symbols("wjk_0 wjk_1", real=True)
T = symbols("T", real=True)
net_i = [sum(Whi[h][i] * Lh[h] for h in range(2)) for i in range(2)]
Li = [sig(v) for v in net_i]
net_j = [sum(Wij[i][j] * Li[i] for i in range(2)) for j in range(2)]
Lj = [sig(v) for v in net_j]
net_k = sum(Wjk[j] * Lj[j] for j in range(2))
Lk = sig(net_k)
E = (T - Lk)**2 / 2
J = 0                      # the weight w_jk checked: j = first unit
I = 0                      # the weight w_ij checked: i = first unit, j = first unit
dE_dLk = diff((T - X)**2 / 2, X).subs(X, Lk)
dE_dLj = diff((T - sig(Wjk[0] * X + Wjk[1] * Lj[1]))**2 / 2, X).subs(X, Lj[0])     # E as a function of L_j (j = 1)

CLAIMS = [
    Claim(26, "valid", Lk, sig(sum(Wjk[j] * sig(sum(Wij[i][j] * sig(sum(Whi[h][i] * Lh[h] for h in range(2))) for i in range(2))) for j in range(2)))),
    Claim(30, "valid", diff(sig(X), X), sig(X) * (1 - sig(X))),
    Claim(31, "valid", diff(Wjk[0] * X + Wjk[1] * Lj[1], X), Wjk[0]),
    Claim(37, "valid", diff(E, Wjk[J]), dE_dLk * diff(Lk, Wjk[J])),
    Claim(39, "valid", dE_dLk * diff(Lk, Wjk[J]), dE_dLk * diff(sig(net_k), Wjk[J])),
    Claim(39, "valid", dE_dLk * diff(sig(net_k), Wjk[J]), dE_dLk * dsig(net_k) * diff(net_k, Wjk[J]), k=2),
    Claim(41, "valid", dE_dLk, diff((T - X)**2 / 2, X).subs(X, Lk)),
    Claim(41, "valid", diff((T - X)**2 / 2, X).subs(X, Lk), (T - Lk) * (-1), k=2),
    Claim(41, "valid", (T - Lk) * (-1), Lk - T, k=3),
    Claim(42, "valid", dsig(net_k), sig(net_k) * (1 - sig(net_k))),
    Claim(42, "valid", sig(net_k) * (1 - sig(net_k)), Lk * (1 - Lk), k=2),
    Claim(43, "valid", diff(net_k, Wjk[J]), Lj[J]),
    Claim(47, "valid", diff(E, Wjk[J]), (Lk - T) * Lk * (1 - Lk) * Lj[J]),
    Claim(51, "valid", E, (T - Lk)**2 / 2),
    Claim(51, "valid", (T - Lk)**2 / 2, (T - sig(net_k))**2 / 2, k=2),
    Claim(51, "valid", (T - sig(net_k))**2 / 2, (T - sig(sum(Wjk[j] * Lj[j] for j in range(2))))**2 / 2, k=3),
    Claim(53, "valid", diff(E, Wij[I][0]), dE_dLj * (Lj[0] * (1 - Lj[0])) * Li[I]),
]
