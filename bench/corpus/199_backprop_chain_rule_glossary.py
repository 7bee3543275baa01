from sympy import Symbol, exp, diff, Rational, sin, log

from labels import Claim

SOURCE = ("https://github.com/bfortuner/ml-glossary/blob/ad889a823beee92b7ac1e8c92e85a8ed57d64994/"
          "docs/backpropagation.rst")
TITLE = "Backpropagation (ML Glossary): chain rule for a toy two-layer network"
TOPIC = "backprop"

# Generic activation R (any smooth function works; a sigmoid stands in for it) and
# squared-error cost C(yhat) = 1/2 (yhat - y)^2, as in the document's figure.
z = Symbol("z", real=True)


def R(t):
    return 1 / (1 + exp(-t))


def Rp(t):
    return diff(R(z), z).subs(z, t)


X, W, Wh, Wo, y, x = (Symbol(n, real=True) for n in ("X", "W", "W_h", "W_o", "y", "x"))

# --- chain rule refresher: f(x) = A(B(C(x))) with concrete A, B, C
A = lambda t: sin(t) + t**3 / 3
B = lambda t: exp(t / 2)
Cc = lambda t: t**2 + 2 * t
u = Symbol("u", real=True)
Ap = lambda t: diff(A(u), u).subs(u, t)
Bp = lambda t: diff(B(u), u).subs(u, t)
Cp = lambda t: diff(Cc(u), u).subs(u, t)
f = A(B(Cc(x)))
bsym = Symbol("b_", real=True)          # B treated as a placeholder variable
fA = 1                                  # f'(A) with f = A

# --- single neuron: Cost = C(R(Z(XW)))
Z1 = X * W
yhat1 = R(Z1)
cost1 = (yhat1 - y) ** 2 / 2

# --- toy two-layer network: Z_h = X W_h, H = R(Z_h), Z_o = H W_o, yhat = R(Z_o)
Zh = X * Wh
H = R(Zh)
Zo = H * Wo
yhat = R(Zo)
cost = (yhat - y) ** 2 / 2
Eo = (yhat - y) * Rp(Zo)

# --- ten hidden layers: Z_1 = X w_1, H_k = R(Z_k), Z_{k+1} = H_k w_{k+1}, yhat = R(Z_11)
ws = [Symbol(f"w_{k}", real=True) for k in range(1, 12)]
Zs, Hs = [], []
prev = X
for k in range(11):
    Zk = prev * ws[k]
    Zs.append(Zk)
    Hk = R(Zk)
    Hs.append(Hk)
    prev = Hk
yhat11 = Hs[-1]
cost11 = (yhat11 - y) ** 2 / 2
chain11 = (yhat11 - y) * Rp(Zs[10])
for k in range(10, 0, -1):       # dZ_{k+1}/dH_k = w_{k+1}, dH_k/dZ_k = R'(Z_k)
    chain11 = chain11 * ws[k] * Rp(Zs[k - 1])
chain11 = chain11 * X              # dZ_1/dW_1 = X

CLAIMS = [
    Claim(17, "valid", diff(f, x), fA * Ap(B(Cc(x))) * Bp(Cc(x)) * Cp(x)),
    Claim(23, "valid", diff(A(bsym), bsym), fA * Ap(bsym)),
    Claim(41, "valid", diff(cost1, W), (yhat1 - y) * Rp(Z1) * X),
    Claim(42, "valid", (yhat1 - y) * Rp(Z1) * X, (yhat1 - y) * Rp(Z1) * X),
    Claim(50, "valid", diff(cost, Wo), (yhat - y) * Rp(Zo) * H),
    Claim(51, "valid", (yhat - y) * Rp(Zo) * H, (yhat - y) * Rp(Zo) * H),
    Claim(57, "valid", diff(cost, Wh), (yhat - y) * Rp(Zo) * Wo * Rp(Zh) * X),
    Claim(58, "valid", (yhat - y) * Rp(Zo) * Wo * Rp(Zh) * X,
          (yhat - y) * Rp(Zo) * Wo * Rp(Zh) * X),
    Claim(64, "valid", diff(cost11, ws[0]), chain11),
    Claim(80, "valid", diff((R(Symbol("Z_o", real=True)) - y) ** 2 / 2, Symbol("Z_o", real=True)),
          (R(Symbol("Z_o", real=True)) - y) * Rp(Symbol("Z_o", real=True))),
    Claim(94, "valid",
          diff((R(R(Symbol("Z_h", real=True)) * Wo) - y) ** 2 / 2, Symbol("Z_h", real=True)),
          (R(R(Symbol("Z_h", real=True)) * Wo) - y) * Rp(R(Symbol("Z_h", real=True)) * Wo) * Wo
          * Rp(Symbol("Z_h", real=True))),
    Claim(110, "valid", diff(cost, Wo), (yhat - y) * Rp(Zo) * H),
    Claim(116, "valid", diff(cost, Wo), Eo * H),
    Claim(122, "valid", diff(cost, Wo), Eo * H),
]
