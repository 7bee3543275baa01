from sympy import Rational, Symbol, diff, exp, tanh

from labels import Claim

SOURCE = "https://github.com/santoshnlp/backpropagation/blob/a4ccbdf532e9ea8f9a2a7edb6e4c52c29a6e4f73/README.md"
TITLE = "backpropagation (2-2-2 sigmoid network, squared error, hand chain rule)"
TOPIC = "backprop"

R = lambda name: Symbol(name, real=True)  # noqa: E731

i1, i2 = R("i1"), R("i2")
w1, w2, w3, w4, w5, w6, w7, w8 = (R(f"w{k}") for k in range(1, 9))
t1, t2 = R("t1"), R("t2")
x = R("x")
A1, A2 = R("A1"), R("A2")  # a_o1, a_o2 as free variables
H1, H2 = R("H1"), R("H2")  # a_h1, a_h2 as free variables
o = R("o")


def sig(z):
    return 1 / (1 + exp(-z))


def sig_tanh(z):  # the logistic function written independently
    return (1 + tanh(z / 2)) / 2


half = Rational(1, 2)

# full forward pass
h1 = w1 * i1 + w2 * i2
h2 = w3 * i1 + w4 * i2
ah1, ah2 = sig(h1), sig(h2)
o1 = w5 * ah1 + w6 * ah2
o2 = w7 * ah1 + w8 * ah2
ao1, ao2 = sig(o1), sig(o2)
E1 = half * (t1 - ao1) ** 2
E2 = half * (t2 - ao2) ** 2
ET = E1 + E2

# errors as functions of the output activations
E1_A = half * (t1 - A1) ** 2
E2_A = half * (t2 - A2) ** 2
ET_A = E1_A + E2_A

# errors as functions of the hidden activations
o1_H = w5 * H1 + w6 * H2
o2_H = w7 * H1 + w8 * H2
E1_H = half * (t1 - sig(o1_H)) ** 2
E2_H = half * (t2 - sig(o2_H)) ** 2
at_hidden = {H1: ah1, H2: ah2}

dE1_dao1 = diff(E1_A, A1).subs(A1, ao1)
dE2_dao2 = diff(E2_A, A2).subs(A2, ao2)
dsig = diff(sig(o), o)
dao1_do1 = dsig.subs(o, o1)
dao2_do2 = dsig.subs(o, o2)

dom = {t1: (0.0, 1.0), t2: (0.0, 1.0), A1: (0.01, 0.99), A2: (0.01, 0.99)}

CLAIMS = [
    Claim(18, "valid", sig_tanh(x), 1 / (1 + exp(-x))),
    Claim(20, "valid", sig_tanh(x), 1 / (1 + exp(-x))),
    Claim(30, "valid", sig_tanh(x), 1 / (1 + exp(-x))),
    Claim(32, "valid", sig_tanh(x), 1 / (1 + exp(-x))),
    Claim(50, "invalid", diff(ET_A, A1), diff(E1_A, A1) + diff(E2_A, A2), domain=dom,
          note="dET/da_o1 = dE1/da_o1 + dE2/da_o1; the written dE2/da_o2 = a_o2 - t2 is not the 0 intended"),
    Claim(50, "invalid", diff(E1_A, A1) + diff(E2_A, A2), (A1 - t1) + 0, k=2, domain=dom,
          note="dE2/da_o2 = a_o2 - t2, not 0 (only dE2/da_o1 is 0)"),
    Claim(52, "valid", sig_tanh(x), 1 / (1 + exp(-x))),
    Claim(54, "valid", dsig, sig(o) * (1 - sig(o))),
    Claim(56, "valid", diff(o1, w5), ah1),
    Claim(60, "valid", diff(ET, w5), dE1_dao1 * dao1_do1 * diff(o1, w5), domain=dom),
    Claim(60, "valid", dE1_dao1 * dao1_do1 * diff(o1, w5), (ao1 - t1) * ao1 * (1 - ao1) * ah1,
          k=2, domain=dom),
    Claim(66, "valid", diff(E1_H + E2_H, H1), diff(E1_H, H1) + diff(E2_H, H1), domain=dom),
    Claim(68, "valid", diff(E1_H, H1),
          diff(E1_A, A1).subs(A1, sig(o1_H)) * dsig.subs(o, o1_H) * diff(o1_H, H1), domain=dom),
    Claim(68, "valid",
          diff(E1_A, A1).subs(A1, sig(o1_H)) * dsig.subs(o, o1_H) * diff(o1_H, H1),
          (sig(o1_H) - t1) * sig(o1_H) * (1 - sig(o1_H)) * w5, k=2, domain=dom),
    Claim(70, "valid", diff(E2_H, H1),
          diff(E2_A, A2).subs(A2, sig(o2_H)) * dsig.subs(o, o2_H) * diff(o2_H, H1), domain=dom),
    Claim(70, "valid",
          diff(E2_A, A2).subs(A2, sig(o2_H)) * dsig.subs(o, o2_H) * diff(o2_H, H1),
          (sig(o2_H) - t2) * sig(o2_H) * (1 - sig(o2_H)) * w7, k=2, domain=dom),
    Claim(72, "invalid", diff(ET, w1),
          diff(E1_H, H1).subs(at_hidden) * dsig.subs(o, h1) * diff(h1, w1), domain=dom,
          note="a_h1 feeds both outputs: dET/dw1 needs dET/da_h1 = dE1/da_h1 + dE2/da_h1, not dE1/da_h1 alone"),
]
