from sympy import Symbol, Rational, exp, log, diff, Max

from labels import Claim

SOURCE = ("https://github.com/sreekanth9999/Interview_Prep/blob/"
          "08dcf345f4f6ffb3404fd7fbb5bd6d84ebec0517/simple_nn_calculation.md")
TITLE = "Understanding Backpropagation: Step-by-Step Gradient Derivation in a Tiny Neural Network"
TOPIC = "backprop"

R = Rational


def sig(t):
    return 1 / (1 + exp(-t))


def relu(t):
    return Max(0, t)


# the network's concrete values (x = 1.0, w1 = w2 = 0.5, y = 0)
X, W1, W2 = R(1), R(1, 2), R(1, 2)
Wa, Wb = Symbol("W1", real=True), Symbol("W2", real=True)
# the true loss as a function of the two weights (BCE with y = 0)
L_of_w = -log(1 - sig(Wb * relu(X * Wa)))
at = {Wa: W1, Wb: W2}
dL_dw2_true = diff(L_of_w, Wb).subs(at)          # = sigma(0.25) * 0.5 ~ 0.2811
dL_dw1_true = diff(L_of_w, Wa).subs(at)          # = sigma(0.25) * 0.5 * 1 ~ 0.2811
S = sig(R(1, 4))                                 # true a2 = sigma(0.25) ~ 0.56218
A2 = R("0.562")                                  # the author's rounded a2, used as a working value
dL_dz2_true = diff(-log(1 - sig(Symbol("t"))), Symbol("t")).subs(Symbol("t"), R(1, 4))  # = a2
dL_da1_true = dL_dz2_true * W2                   # ~ 0.2811
dL_dz1_true = dL_da1_true * diff(relu(Symbol("u")), Symbol("u")).subs(Symbol("u"), W1)

# symbols for the symbolic steps
a2 = Symbol("a2", real=True)
y = Symbol("y", real=True)
z2 = Symbol("z2", real=True)
z1 = Symbol("z1", real=True)
a1 = Symbol("a1", real=True)
w2 = Symbol("w2", real=True)
w1 = Symbol("w1", real=True)
x = Symbol("x", real=True)
A = Symbol("A", real=True)  # dummy for dL/da

bce = -(y * log(a2) + (1 - y) * log(1 - a2))
L_a = -log(1 - a2)                                # L as a function of a2 when y = 0
dLda = lambda v: diff(-log(1 - A), A).subs(A, v)  # dL/da2 evaluated at a value
P = {a2: (0.05, 0.95)}
Y0 = {y: (0,)}

CLAIMS = [
    # forward pass
    Claim(20, "valid", X * W1, R("1.0") * R("0.5")),
    Claim(20, "valid", R("1.0") * R("0.5"), R("0.5"), k=2),
    Claim(22, "valid", relu(R(1, 2)), R("0.5")),
    Claim(28, "valid", relu(X * W1) * W2, R("0.5") * R("0.5")),
    Claim(28, "valid", R("0.5") * R("0.5"), R("0.25"), k=2),
    Claim(30, "valid", sig(R("0.25")), 1 / (1 + exp(-R("0.25")))),
    # loss with y = 0
    Claim(48, "valid", bce, L_a, domain={**P, **Y0}),
    # step 1
    Claim(54, "invalid", diff(bce, a2), a2 - y, domain={**P, **Y0},
          note="for BCE dL/da2 = (a2-y)/(a2(1-a2)) = 1/(1-a2) at y=0 (~2.28); a2-y is dL/dz2"),
    Claim(54, "valid", A2 - 0, R("0.562") - 0, k=2),
    Claim(54, "valid", R("0.562") - 0, R("0.562"), k=3),
    # step 2
    Claim(60, "valid", diff(sig(z2), z2), sig(z2) * (1 - sig(z2))),
    Claim(60, "valid", A2 * (1 - A2), R("0.562") * R("0.438"), k=2),
    # step 3
    Claim(66, "valid", diff(-log(1 - sig(z2)), z2), dLda(sig(z2)) * diff(sig(z2), z2)),
    Claim(66, "invalid", dLda(S) * S * (1 - S), R("0.562") * R("0.246"), k=2,
          note="true dL/da2 = 1/(1-a2) ~ 2.28, so the product is a2 ~ 0.562, not 0.562*0.246 ~ 0.138"),
    # step 4
    Claim(74, "valid", diff(-log(1 - sig(a1 * w2)), w2),
          diff(-log(1 - sig(z2)), z2).subs(z2, a1 * w2) * diff(a1 * w2, w2)),
    Claim(74, "invalid", dL_dz2_true * W1, R("0.138") * R(1, 2), k=2,
          note="dL/dz2 = a2 - y ~ 0.562 (inherits step-1/3 error), so dL/dz2*a1 ~ 0.281, not 0.138*a1"),
    Claim(74, "valid", R("0.138") * relu(X * W1), R("0.138") * R("0.5"), k=3),
    Claim(74, "valid", R("0.138") * R("0.5"), R("0.069"), k=4),
    # step 5
    Claim(84, "valid", diff(-log(1 - sig(a1 * w2)), a1),
          diff(-log(1 - sig(z2)), z2).subs(z2, a1 * w2) * w2),
    Claim(84, "invalid", dL_dz2_true * W2, R("0.138") * R("0.5"), k=2,
          note="true dL/dz2 ~ 0.562, so dL/dz2*w2 ~ 0.281, not 0.138*0.5"),
    Claim(84, "valid", R("0.138") * R("0.5"), R("0.069"), k=3),
    Claim(90, "valid", diff(relu(z1), z1), 1, domain={z1: (0.1, 2.0)}),
    Claim(91, "valid", diff(-log(1 - sig(w2 * relu(z1))), z1),
          diff(-log(1 - sig(w2 * a1)), a1).subs(a1, relu(z1)) * 1, domain={z1: (0.1, 2.0)}),
    Claim(91, "invalid", dL_da1_true * 1, R("0.069"), k=2,
          note="true dL/da1 = a2*w2 ~ 0.281, not 0.069 (error carried from step 1)"),
    Claim(97, "valid", diff(-log(1 - sig(w2 * relu(x * w1))), w1),
          diff(-log(1 - sig(w2 * relu(z1))), z1).subs(z1, x * w1) * x,
          domain={x: (0.1, 2.0), w1: (0.1, 2.0)}),
    Claim(97, "invalid", dL_dz1_true * X, R("0.069") * R("1.0"), k=2,
          note="true dL/dz1 ~ 0.281, so dL/dz1*x ~ 0.281, not 0.069*1.0"),
    Claim(97, "valid", R("0.069") * R("1.0"), R("0.069"), k=3),
    # gradient-descent step (the first = of each line is the update rule, not a claim)
    Claim(114, "invalid", W2 - R("0.1") * dL_dw2_true, R("0.5") - R("0.1") * R("0.069"),
          note="true dL/dw2 ~ 0.281, so w2 - eta*dL/dw2 ~ 0.4719, not 0.5 - 0.1*0.069"),
    Claim(114, "valid", R("0.5") - R("0.1") * R("0.069"), R("0.4931"), k=2),
    Claim(118, "invalid", W1 - R("0.1") * dL_dw1_true, R("0.5") - R("0.1") * R("0.069"),
          note="true dL/dw1 ~ 0.281, so w1 - eta*dL/dw1 ~ 0.4719, not 0.5 - 0.1*0.069"),
    Claim(118, "valid", R("0.5") - R("0.1") * R("0.069"), R("0.4931"), k=2),
]
