from sympy import Rational, Symbol, diff, tanh

from labels import Claim

SOURCE = ("https://github.com/berndporr/deep-learning/blob/4a887fe78bd6f1570e274743e9d9d08a56aac567/"
          "deep-learning-analytics.tex")
TITLE = "Deep learning analytics (Bernd Porr): delta rule and error backpropagation"
TOPIC = "backprop"

# The notes write the same weight as w_{ji} in the sums and as \omega_{ji} in the derivatives;
# both are read as one symbol.  e_i = y_i - d_i (Eq. output_error), E = 1/2 e^2 summed over outputs.

mu = Symbol("mu", positive=True)

# ---------------------------------------------------------------- single linear neuron
# output neuron i, inputs j = 1, 2; the free index j of the claims is j = 1
a1, a2 = Symbol("y_j1"), Symbol("y_j2")          # input activities y_j(n)
u1, u2 = Symbol("w_1i"), Symbol("w_2i")          # weights w_{ji}
d = Symbol("d")
yi = a1 * u1 + a2 * u2                           # y_i = sum_j y_j w_ji
E1 = Rational(1, 2) * (yi - d) ** 2              # E = 1/2 e^2, e = y - d
dw1 = -mu * diff(E1, u1)                         # Delta omega_ji := -mu dE/domega_ji
Y = Symbol("Y")                                  # y_i as a variable, for dE/dy_i
dE_dyi = diff(Rational(1, 2) * (Y - d) ** 2, Y).subs(Y, yi)

# ---------------------------------------------------------------- linear two-layer network
# inputs k = 1, 2 -> hidden j = 1, 2 -> outputs i = 1, 2 ; free indices k = 1, j = 1
yk1, yk2 = Symbol("y_k1"), Symbol("y_k2")
v11, v12, v21, v22 = (Symbol(f"w_k{k}j{j}") for k in (1, 2) for j in (1, 2))  # w_{kj}
o11, o12, o21, o22 = (Symbol(f"w_j{j}i{i}") for j in (1, 2) for i in (1, 2))  # w_{ji}
d1, d2 = Symbol("d_1"), Symbol("d_2")
h1 = yk1 * v11 + yk2 * v21                       # y_j1 = sum_k y_k w_{k j1}
h2 = yk1 * v12 + yk2 * v22
H1, H2 = Symbol("H1"), Symbol("H2")              # hidden activities as free variables
out1_h = H1 * o11 + H2 * o21                     # y_i1 = sum_j y_j w_{j i1}
out2_h = H1 * o12 + H2 * o22
Eh = Rational(1, 2) * ((out1_h - d1) ** 2 + (out2_h - d2) ** 2)
hid = {H1: h1, H2: h2}
E2 = Eh.subs(hid)
e1, e2 = (out1_h - d1).subs(hid), (out2_h - d2).subs(hid)   # output errors e_i = y_i - d_i
dE2_dw = diff(E2, v11)                                      # dE/domega_{kj}, k = 1, j = 1
dE_dyj = diff(Eh, H1).subs(hid)                             # dE/dy_j, j = 1
dyj_dw = diff(h1, v11)                                      # dy_j/domega_kj = y_k
O1, O2 = Symbol("O1"), Symbol("O2")
EO = Rational(1, 2) * ((O1 - d1) ** 2 + (O2 - d2) ** 2)
outs = {O1: out1_h.subs(hid), O2: out2_h.subs(hid)}
chain_sum = (diff(EO, O1).subs(outs) * diff(out1_h, H1)
             + diff(EO, O2).subs(outs) * diff(out2_h, H1))   # sum_i dE/dy_i dy_i/dy_j
back = e1 * o11 + e2 * o12                                   # sum_i e_i omega_{j i}, j = 1

# ---------------------------------------------------------------- non-linear neurons, Theta = tanh
def dtheta(z):
    return 1 - tanh(z) ** 2


vi = a1 * u1 + a2 * u2                           # v_i
yi_n = tanh(vi)
E3 = Rational(1, 2) * (yi_n - d) ** 2
Vv = Symbol("V")
chain3 = (diff(Rational(1, 2) * (Y - d) ** 2, Y).subs(Y, yi_n)
          * diff(tanh(Vv), Vv).subs(Vv, vi) * diff(vi, u1))

hn1, hn2 = tanh(h1), tanh(h2)                    # hidden y_j = Theta(v_j)
outn1 = tanh(hn1 * o11 + hn2 * o21)
outn2 = tanh(hn1 * o12 + hn2 * o22)
en1, en2 = outn1 - d1, outn2 - d2
E4 = Rational(1, 2) * (en1 ** 2 + en2 ** 2)

CLAIMS = [
    # single layer: Delta omega_ji chain
    Claim(69, "valid", dw1, -mu * Rational(1, 2) * diff((d - yi) ** 2, u1)),
    Claim(70, "valid", -mu * Rational(1, 2) * diff((d - yi) ** 2, u1),
          -mu * Rational(1, 2) * diff((d - (a1 * u1 + a2 * u2)) ** 2, u1)),
    Claim(71, "valid", -mu * Rational(1, 2) * diff((d - (a1 * u1 + a2 * u2)) ** 2, u1),
          mu * (d - (a1 * u1 + a2 * u2)) * a1),
    Claim(72, "valid", mu * (d - (a1 * u1 + a2 * u2)) * a1, -mu * dE_dyi * diff(yi, u1)),
    Claim(73, "invalid", -mu * dE_dyi * diff(yi, u1), mu * (yi - d) * a1,
          note="dE/dy_i = e_i (e_i = y_i - d_i), not -e_i, so the step is -mu e_i y_j: sign flipped"),
    # multi-layer, linear
    Claim(90, "valid", dE2_dw, dE_dyj * dyj_dw),
    Claim(97, "valid", dE_dyj, chain_sum),
    Claim(101, "invalid", dE2_dw, -back * dyj_dw,
          note="dE/dy_i = +e_i, so dE/domega_kj = +(sum_i e_i omega_ji) dy_j/domega_kj"),
    Claim(110, "invalid", dE2_dw, -back * diff(yk1 * v11 + yk2 * v21, v11),
          note="same sign slip: the gradient is +(sum_i e_i omega_ji) y_k"),
    Claim(111, "valid", -back * diff(yk1 * v11 + yk2 * v21, v11), -back * yk1),
    Claim(115, "invalid", -mu * dE2_dw, mu * yk1 * back,
          note="Delta omega = -mu dE/domega = -mu y_k sum_i e_i omega_ji with e_i = y_i - d_i"),
    # non-linear
    Claim(137, "valid", diff(E3, u1), chain3),
    Claim(142, "invalid", -mu * diff(E3, u1), mu * dtheta(yi_n) * a1 * (yi_n - d),
          note="-mu dE/domega_ji = -mu Theta'(v_i) y_j e_i: sign flipped and Theta' taken at y_i not v_i"),
    Claim(146, "invalid", -mu * diff(E4, v11), mu * dtheta(hn1) * yk1 * (en1 * o11 + en2 * o12),
          note="true step is -mu Theta'(v_j) y_k sum_i e_i Theta'(v_i) omega_ji: sign, argument, "
               "and the output Theta'(v_i) factors are wrong/missing"),
]
