"""Labels for 129_backprop_osajima_output_layer.md.

Concrete instance: the output layer of the post's network, W^{[3]} = [W11 W12] (row vector),
a^{[2]} = (a1, a2)^T (column vector, a1 = a^{[2]}_{11}, a2 = a^{[2]}_{21}), scalar bias b,
z = W11 a1 + W12 a2 + b, a^{[3]} = sigma(z) the logistic sigmoid, J = L = -y log a - (1-y) log(1-a)
(the post's stochastic case, J = L).  Row-vector claims (derivatives with respect to W^{[3]},
a^{[2]T}) are compared through the weighted sum  v_1 + sqrt(2) v_2  of their two entries.
Claims that involve only a^{[3]} are checked with a free symbol A in (0.05, 0.95) standing for
a^{[3]}; claims that mix a^{[3]} and z^{[3]} are checked with a^{[3]} = sigma(Z).
Not counted as claims (definitions or verbatim restatements of a definition): lines 14, 15, 16
(z, a, J defined), 38 and 52 (J restated), 61 (a = sigma(z) restated), 147 (z restated),
99 (f(x) defined), 112 and 127 (the Jacobian defined).
"""
from sympy import Symbol, exp, log, diff, sqrt

from labels import Claim

SOURCE = ("https://github.com/jason-osajima/personal-blog/blob/"
          "b2afb4b95bff704273ef16157d93c98beb56bac3/content/posts/backprop.markdown")
TITLE = "The Math behind Neural Networks - Backpropagation: output layer (Jason Osajima)"
TOPIC = "backprop"


def R(name):
    return Symbol(name, real=True)


def sig(t):
    return 1 / (1 + exp(-t))


def Jof(a):
    return -y * log(a) - (1 - y) * log(1 - a)


def flat(v):
    return v[0] + sqrt(2) * v[1]


y = R("y")
A = R("A")      # a^{[3]} as a free value in (0, 1)
Z = R("Z")      # z^{[3]} as a free value
W11, W12, a1, a2, b = R("W11"), R("W12"), R("a1"), R("a2"), R("b")
dom = {A: (0.05, 0.95)}

# full model
z = W11 * a1 + W12 * a2 + b
a = sig(z)
J = Jof(a)
gradW = [diff(J, W11), diff(J, W12)]          # dJ/dW^{[3]} as a (1,2) row
dJda_full = diff(Jof(A), A).subs(A, a)        # dJ/da^{[3]} at a = sigma(z)
dadz_full = diff(sig(Z), Z).subs(Z, z)        # da/dz at z
dzdW = [diff(z, W11), diff(z, W12)]

# z-space
aZ = sig(Z)
dJda_Z = diff(Jof(A), A).subs(A, aZ)
dadz_Z = diff(sig(Z), Z)

CLAIMS = [
    Claim(21, "valid", flat(gradW), dJda_full * dadz_full * flat(dzdW),
          note="chain rule: J depends on W^{[3]} only through z^{[3]} and a^{[3]}"),
    Claim(26, "valid", diff(J, b), dJda_full * dadz_full * diff(z, b),
          note="chain rule for the bias b^{[3]}"),
    Claim(44, "valid", J, -y * log(sig(W11 * a1 + W12 * a2 + b)) - (1 - y) * log(1 - sig(W11 * a1 + W12 * a2 + b)),
          note="J written out by substituting a = sigma(W a^{[2]} + b)"),
    Claim(56, "valid", diff(Jof(A), A), -y / A - (1 - y) / (1 - A) * (-1), domain=dom,
          note="d/da log a = 1/a and d/da log(1-a) = -1/(1-a)"),
    Claim(57, "valid", diff(Jof(A), A), -y / A + (1 - y) / (1 - A), domain=dom,
          note="sign absorbed: -(1-y)/(1-a) * (-1) = +(1-y)/(1-a)"),
    Claim(63, "valid", sig(Z), 1 / (1 + exp(-Z)), note="definition of the logistic sigmoid"),
    Claim(65, "valid", sig(Z), (1 + exp(-Z))**-1, note="1/u = u^{-1}"),
    Claim(67, "valid", diff(sig(Z), Z), -(1 + exp(-Z))**-2 * exp(-Z) * (-1),
          note="power rule and chain rule, d/dz e^{-z} = -e^{-z}"),
    Claim(69, "valid", diff(sig(Z), Z), exp(-Z) / (1 + exp(-Z))**2, note="the two minus signs cancel"),
    Claim(71, "valid", diff(sig(Z), Z), 1 / (1 + exp(-Z)) * 1 / (1 + exp(-Z)) * exp(-Z),
          note="1/(1+e^{-z})^2 split into a product of two factors"),
    Claim(75, "valid", aZ, 1 / (1 + exp(-Z)), note="a^{[3]} = sigma(z^{[3]})"),
    Claim(76, "valid", 1 + exp(-Z), 1 / aZ, note="reciprocal of a = 1/(1+e^{-z})"),
    Claim(77, "valid", exp(-Z), (1 - aZ) / aZ, note="1/a - 1 = (1-a)/a"),
    Claim(81, "valid", diff(sig(Z), Z), aZ**2 * ((1 - aZ) / aZ),
          note="1/(1+e^{-z}) = a twice and e^{-z} = (1-a)/a"),
    Claim(83, "valid", diff(sig(Z), Z), aZ * (1 - aZ), note="a^2 (1-a)/a = a(1-a)"),
    Claim(88, "valid", flat(dzdW), flat([diff(z, W11), diff(z, W12)]),
          note="the Jacobian of the scalar z with respect to the (1,2) row W^{[3]} lists the two partials"),
    Claim(150, "valid", z, (W11 * a1 + W12 * a2) + b,
          note="W^{[3]} a^{[2]} written as a (1,2) by (2,1) product, plus b"),
    Claim(158, "valid", z, W11 * a1 + W12 * a2 + b, note="row times column multiplied out"),
    Claim(162, "valid", diff(z, W11), 1 * a1 + 0 + 0, note="only the W11 a1 term depends on W11"),
    Claim(164, "valid", diff(z, W11), a1, note="simplification"),
    Claim(168, "valid", diff(z, W12), 1 * a2 + 0 + 0, note="only the W12 a2 term depends on W12"),
    Claim(170, "valid", diff(z, W12), a2, note="simplification"),
    Claim(177, "valid", flat(dzdW), flat([a1, a2]), note="entries dz/dW11 = a1, dz/dW12 = a2"),
    Claim(185, "valid", flat(dzdW), flat([a1, a2]), note="[a1 a2] is the transpose of a^{[2]} = (a1, a2)^T"),
    Claim(189, "valid", z, W11 * a1 + W12 * a2 + b, note="same expansion as on line 158"),
    Claim(191, "valid", diff(z, b), 0 + 0 + 1, note="only the bias term depends on b"),
    Claim(193, "valid", diff(z, b), 1, note="simplification"),
    Claim(198, "valid", flat(gradW), dJda_full * dadz_full * flat(dzdW),
          note="chain rule, as on line 21"),
    Claim(203, "valid", diff(J, b), dJda_full * dadz_full * diff(z, b),
          note="chain rule for the bias, with L = J"),
    Claim(209, "valid", diff(Jof(A), A), -y / A + (1 - y) / (1 - A), domain=dom,
          note="derivative of the cross-entropy in a, as on line 57"),
    Claim(211, "valid", diff(sig(Z), Z), aZ * (1 - aZ), note="sigmoid derivative, as on line 83"),
    Claim(213, "valid", flat(dzdW), flat([a1, a2]), note="as on line 185"),
    Claim(215, "valid", diff(z, b), 1, note="as on line 193"),
    Claim(219, "valid", diff(Jof(aZ), Z), dJda_Z * dadz_Z, note="chain rule through a^{[3]}"),
    Claim(220, "valid", dJda_Z * dadz_Z, (-y / aZ + (1 - y) / (1 - aZ)) * aZ * (1 - aZ),
          note="substituting dJ/da and da/dz = a(1-a)"),
    Claim(222, "valid", (-y / A + (1 - y) / (1 - A)) * A * (1 - A), -y * (1 - A) + (1 - y) * A, domain=dom,
          note="a cancels in the first term, (1-a) in the second"),
    Claim(223, "valid", -y * (1 - A) + (1 - y) * A, -y + y * A + A - y * A, domain=dom,
          note="products expanded"),
    Claim(224, "valid", -y + y * A + A - y * A, A - y, domain=dom, note="the y a terms cancel"),
    Claim(228, "valid", flat(gradW), (a - y) * flat([a1, a2]),
          note="dJ/dz = a - y times dz/dW = a^{[2]T}"),
    Claim(230, "valid", diff(J, b), a - y, note="dJ/dz = a - y times dz/db = 1"),
    Claim(234, "valid", flat(gradW), (a - y) * flat([a1, a2]),
          note="dW^{[3]} is the matrix of partials dJ/dW_ij, which equals (a - y) a^{[2]T}"),
    Claim(236, "valid", diff(J, b), a - y, note="db^{[3]} = dJ/db^{[3]} = a - y"),
]
