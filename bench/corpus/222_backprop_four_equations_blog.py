from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/blackKeys17/blackkeys17.github.io/blob/"
          "33822580d9cff586cd0e21d43325afd8520eb495/content/posts/neural_net_maths/index.md")
TITLE = "A mathematical introduction to feedforward neural networks: the four backpropagation equations"
TOPIC = "backprop"

# Checked on a concrete network: layer l-1 has 2 outputs (p1, p2), layer l has 2 neurons
# (weights v_jk, biases e_j, weighted inputs s_j), the output layer L = l+1 has 2 neurons
# (weights u_ik, biases c_i, weighted inputs Z_i).  Vector equations are checked through a
# combination r1*(first component) + r2*(second component) with free r1, r2.
S = lambda t: 1 / (1 + exp(-t))
dS = lambda t: diff(S(t), t)
sym = lambda n: Symbol(n, real=True)
r1, r2 = sym("r1"), sym("r2")
vec = lambda u, v: r1 * u + r2 * v

y1, y2 = sym("y1"), sym("y2")
A1, A2 = sym("A1"), sym("A2")          # output activations a^L as free symbols
Z1, Z2 = sym("Z1"), sym("Z2")          # output weighted inputs z^L as free symbols
# a generic (non-quadratic) cost of the outputs, for the claims that hold for any C
Cg = (A1 - y1) ** 2 * A2 + log(1 + A2 ** 2) * A1
# the quadratic loss of the post
Cq = (y1 - A1) ** 2 + (y2 - A2) ** 2


def at_out(e, Zs=(Z1, Z2)):
    return e.subs({A1: S(Zs[0]), A2: S(Zs[1])}, simultaneous=True)


def out_layer(C):
    """C as a function of Z, and its partials in a at a = sigma(Z)."""
    CZ = at_out(C)
    return CZ, at_out(diff(C, A1)), at_out(diff(C, A2))


CgZ, dCg1, dCg2 = out_layer(Cg)
CqZ, dCq1, dCq2 = out_layer(Cq)
dL_g = vec(diff(CgZ, Z1), diff(CgZ, Z2))                      # delta^L, generic cost
eq1_g = vec(dCg1 * dS(Z1), dCg2 * dS(Z2))                      # grad_a C (.) sigma'(z^L)

# hidden layer l feeding the output layer
s1, s2 = sym("s1"), sym("s2")
u11, u12, u21, u22, c1, c2 = (sym(n) for n in ("u11", "u12", "u21", "u22", "c1", "c2"))
H1, H2 = sym("H1"), sym("H2")          # a^l as free symbols
ZH1 = u11 * H1 + u12 * H2 + c1
ZH2 = u21 * H1 + u22 * H2 + c2
Zs1 = ZH1.subs({H1: S(s1), H2: S(s2)})
Zs2 = ZH2.subs({H1: S(s1), H2: S(s2)})
Ctot_s = CgZ.subs({Z1: Zs1, Z2: Zs2}, simultaneous=True)     # C as a function of z^l
dZ1 = diff(CgZ, Z1).subs({Z1: Zs1, Z2: Zs2}, simultaneous=True)  # delta^{l+1}_1
dZ2 = diff(CgZ, Z2).subs({Z1: Zs1, Z2: Zs2}, simultaneous=True)  # delta^{l+1}_2
dl_1 = diff(Ctot_s, s1)
dl_vec = vec(diff(Ctot_s, s1), diff(Ctot_s, s2))
eq2 = vec((u11 * dZ1 + u21 * dZ2) * dS(s1), (u12 * dZ1 + u22 * dZ2) * dS(s2))

# the layer before: inputs p, weights v, biases e give z^l = s
p1, p2 = sym("p1"), sym("p2")
v11, v12, v21, v22, e1, e2 = (sym(n) for n in ("v11", "v12", "v21", "v22", "e1", "e2"))
sv1 = v11 * p1 + v12 * p2 + e1
sv2 = v21 * p1 + v22 * p2 + e2
Cfull = Ctot_s.subs({s1: sv1, s2: sv2}, simultaneous=True)
delta_l1 = diff(Ctot_s, s1).subs({s1: sv1, s2: sv2}, simultaneous=True)  # delta^l_1

CLAIMS = [
    # Hadamard example (components checked through r1, r2 and a third free weight r3)
    Claim(63, "valid", r1 * 1 * 4 + r2 * 2 * 5 + sym("r3") * 3 * 6,
          r1 * (1 * 4) + r2 * (2 * 5) + sym("r3") * (3 * 6)),
    Claim(67, "valid", r1 * (1 * 4) + r2 * (2 * 5) + sym("r3") * (3 * 6),
          r1 * 4 + r2 * 10 + sym("r3") * 18),
    # 1: output layer
    Claim(82, "valid", dL_g, eq1_g),
    Claim(95, "valid", diff(CgZ, Z1), dCg1 * diff(S(Z1), Z1) + dCg2 * diff(S(Z2), Z1)),
    Claim(103, "valid", diff(CgZ, Z1), dCg1 * diff(S(Z1), Z1)),
    Claim(107, "valid", diff(CgZ, Z1), dCg1 * dS(Z1)),
    Claim(119, "ambiguous", diff(Cq, A1), 2 * (A2 - y2),
          alt=(diff(Cq, A1), 2 * (A1 - y1)),
          note="right side uses index i where the left side has k; holds only when i is read as k"),
    Claim(123, "valid", vec(diff(Cq, A1), diff(Cq, A2)), vec(2 * (A1 - y1), 2 * (A2 - y2))),
    Claim(127, "valid", vec(diff(CqZ, Z1), diff(CqZ, Z2)),
          vec(2 * (S(Z1) - y1) * dS(Z1), 2 * (S(Z2) - y2) * dS(Z2))),
    # 2: hidden layer errors
    Claim(134, "valid", dl_vec, eq2),
    Claim(142, "valid", dl_1, dZ1 * diff(Zs1, s1) + dZ2 * diff(Zs2, s1)),
    Claim(146, "valid", dl_1,
          dZ1 * diff(ZH1, H1) * dS(s1) + dZ2 * diff(ZH2, H1) * dS(s1)),
    Claim(154, "valid", diff(ZH2, H1), u21),
    Claim(158, "valid", dl_1, dZ1 * u11 * dS(s1) + dZ2 * u21 * dS(s1)),
    Claim(162, "valid", dl_1, dS(s1) * (dZ1 * u11 + dZ2 * u21)),
    # 3: bias gradients
    Claim(171, "valid", diff(Cfull, e1), delta_l1),
    Claim(182, "valid", diff(Cfull, e1), 1 * delta_l1),
    Claim(182, "valid", 1 * delta_l1, delta_l1, k=2),
    # 4: weight gradients
    Claim(190, "valid", diff(Cfull, v12), p2 * delta_l1),
    Claim(199, "valid", diff(sv1, v12), p2),
    Claim(203, "valid", diff(Cfull, v12), delta_l1 * diff(sv1, v12)),
    Claim(203, "valid", delta_l1 * diff(sv1, v12), delta_l1 * p2, k=2),
    # summary
    Claim(214, "valid", dL_g, eq1_g),
    Claim(215, "valid", dl_vec, eq2),
    Claim(216, "valid", diff(Cfull, e1), delta_l1),
    Claim(217, "valid", diff(Cfull, v12), p2 * delta_l1),
]
