from sympy import Symbol, exp, log, diff, Integer

from labels import Claim

SOURCE = ("https://github.com/rexm2798/DigitRecognizer/blob/"
          "103a22ecca8f4a2f89c7615a6fe5d9752e117bdc/README.md")
TITLE = "Understanding dZ2 = A2 - Y: softmax + cross-entropy gradient (rexm2798)"
TOPIC = "softmax"

# K = 3 classes instead of 10; the claims are checked for class j = 1.
z1, z2, z3 = (Symbol(f"z{i}", real=True) for i in (1, 2, 3))
Y1, Y2 = Symbol("Y1", real=True), Symbol("Y2", real=True)
Y3 = 1 - Y1 - Y2          # Y one-hot: its entries sum to 1 (checked on the whole simplex)
Z = [z1, z2, z3]
Yv = [Y1, Y2, Y3]
S = exp(z1) + exp(z2) + exp(z3)
A = [exp(z) / S for z in Z]            # A2_i = softmax(Z2)_i
L = -sum(Yi * log(Ai) for Yi, Ai in zip(Yv, A))

# L as a function of independent outputs a_i, for dL/dA2_i
a = [Symbol(f"a{i}", positive=True) for i in (1, 2, 3)]
L_of_a = -sum(Yi * log(ai) for Yi, ai in zip(Yv, a))
dL_dA = [diff(L_of_a, ai).subs(dict(zip(a, A))) for ai in a]

dom = {Y1: (0.05, 0.45), Y2: (0.05, 0.45)}
u = Symbol("u", real=True)   # weights the i != j case against the i = j case

# one-hot label with true class 2
L_onehot = -sum(Yi * log(Ai) for Yi, Ai in zip([Integer(0), Integer(1), Integer(0)], A))

grad1 = diff(L, z1)
sum_ne = Y2 * A[0] + Y3 * A[0]       # sum_{i != 1} Y_i A2_1

CLAIMS = [
    Claim(7, "valid", grad1, A[0] - Y1, domain=dom,
          note="dL/dZ2_j = A2_j - Y_j for softmax + cross-entropy when the labels sum to 1"),
    Claim(57, "valid", grad1, A[0] - Y1, domain=dom,
          note="same result dZ2 = A2 - Y, one-hot Y"),
    Claim(73, "valid", grad1, sum(dL_dA[i] * diff(A[i], z1) for i in range(3)), domain=dom,
          note="vector chain rule: row gradient dL/dA2 times the Jacobian dA2/dZ2 (spelled out as a sum later)"),
    Claim(114, "valid", grad1, A[0] - Y1, domain=dom,
          note="gradient of softmax cross-entropy w.r.t. logit j is A2_j - Y_j"),
    Claim(141, "valid", L_onehot, -log(A[1]),
          note="with one-hot Y only the true-class term -log A2_true survives"),
    Claim(151, "valid", grad1, sum(dL_dA[i] * diff(A[i], z1) for i in range(3)), domain=dom,
          note="multivariate chain rule over all softmax outputs A2_i"),
    Claim(156, "valid", dL_dA[0], -Y1 / A[0], domain=dom,
          note="d/dA2_i of -sum Y log A2 is -Y_i/A2_i"),
    Claim(164, "valid", diff(A[0], z1) + u * diff(A[0], z2),
          A[0] * (1 - A[0]) + u * (-A[0] * A[1]),
          note="softmax Jacobian: A2_i(1-A2_i) on the diagonal, -A2_i A2_j off it (both cases checked)"),
    Claim(186, "valid", grad1, sum(-Yv[i] / A[i] * diff(A[i], z1) for i in range(3)), domain=dom,
          note="chain rule with dL/dA2_i = -Y_i/A2_i substituted"),
    Claim(194, "valid", -Y1 / A[0] * A[0] * (1 - A[0]), -Y1 * (1 - A[0]), domain=dom,
          note="A2_j cancels"),
    Claim(201, "valid", sum(-Yv[i] / A[i] * (-A[i] * A[0]) for i in (1, 2)), sum_ne, k=1,
          domain=dom, note="the two minus signs cancel and A2_i cancels"),
    Claim(201, "valid", sum_ne, A[0] * (1 - Y1), k=2, domain=dom,
          note="sum over i != j of Y_i is 1 - Y_j because one-hot Y sums to 1"),
    Claim(208, "valid", grad1, -Y1 * (1 - A[0]) + A[0] * (1 - Y1), domain=dom,
          note="sum of the i = j part and the i != j part"),
    Claim(209, "valid", -Y1 * (1 - A[0]) + A[0] * (1 - Y1), A[0] - Y1, domain=dom,
          note="-Y_j + Y_j A2_j + A2_j - A2_j Y_j = A2_j - Y_j"),
    Claim(217, "valid", grad1, A[0] - Y1, domain=dom,
          note="componentwise result in vector form dZ2 = A2 - Y"),
]
