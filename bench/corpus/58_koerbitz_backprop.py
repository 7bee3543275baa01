from sympy import symbols, sin, cos, diff, Lambda

from labels import Claim

SOURCE = "https://github.com/paulkoerbitz/pauls-blog/blob/177b938/src/posts/reinventing-backprop.md"
TITLE = "You Could Have Invented Backprop, one-neuron layers (Paul Koerbitz)"
TOPIC = "backprop"

# the cost C and the activation g are left abstract in the text: smooth stand-ins, the same on both sides
U = symbols("U", real=True)
Cf = Lambda(U, sin(U) + U**3 / 5)
g = Lambda(U, cos(U) / 2 + U**3 / 6)
Cp = Lambda(U, diff(Cf(U), U))
gp = Lambda(U, diff(g(U), U))
Z = symbols("Z", real=True)     # a free pre-activation, for derivatives with respect to z

# --- one layer: z = w x + b, a = g(z)
x, w, b = symbols("x w b", real=True)
z = w * x + b
a = g(z)
C = Cf(a)
dCda = Cp(a)
dadz = gp(z)
delta = Cp(a) * gp(z)

# --- two layers: z1 = w1 x + b1, a1 = g(z1), z2 = w2 a1 + b2, a2 = g(z2)
w1, b1, w2, b2 = symbols("w1 b1 w2 b2", real=True)
z1 = w1 * x + b1
a1 = g(z1)
z2 = w2 * a1 + b2
a2 = g(z2)
C2 = Cf(a2)
d2 = Cp(a2) * gp(z2)                                            # delta^2 = dC/dz^2
dC_dz1 = diff(Cf(g(w2 * g(Z) + b2)), Z).subs(Z, z1)             # dC/dz^1
dz2_dz1 = diff(w2 * g(Z) + b2, Z).subs(Z, z1)                   # dz^2/dz^1
d1 = dC_dz1

# --- L = 3 layers, checked at l = 2 (so l + 1 = L = 3)
v1, c1, v2, c2, v3, c3 = symbols("v1 c1 v2 c2 v3 c3", real=True)
q1 = v1 * x + c1
h1 = g(q1)
q2 = v2 * h1 + c2
h2 = g(q2)
q3 = v3 * h2 + c3
h3 = g(q3)
CL = Cf(h3)
dl = diff(Cf(g(v3 * g(Z) + c3)), Z).subs(Z, q2)                # delta^l, l = 2
dL = Cp(h3) * gp(q3)                                            # delta^L = delta^{l+1}
dzl_dwl = diff(q2, v2)                                          # a^{l-1}
dzl1_dzl = diff(v3 * g(Z) + c3, Z).subs(Z, q2)


CLAIMS = [
    # one layer
    Claim(27, "valid", diff(C, w), dCda * dadz * diff(z, w)),
    Claim(30, "valid", dCda, Cp(a)),
    Claim(30, "valid", diff(g(Z), Z), diff(g(Z), Z), k=2),
    Claim(30, "valid", diff(g(Z), Z), gp(Z), k=3),
    Claim(30, "valid", diff(z, w), diff(w * x + b, w), k=4),
    Claim(30, "valid", diff(w * x + b, w), x, k=5),
    Claim(33, "valid", diff(C, w), Cp(a) * gp(z) * x),
    Claim(40, "valid", diff(C, b), dCda * dadz * diff(z, b)),
    Claim(41, "valid", dCda * dadz * diff(z, b), Cp(a) * gp(z) * diff(w * x + b, b)),
    Claim(41, "valid", diff(w * x + b, b), 1, k=2),
    Claim(42, "valid", Cp(a) * gp(z) * diff(w * x + b, b), Cp(a) * gp(z)),
    Claim(45, "valid", diff(Cf(g(Z)), Z).subs(Z, z), dCda * dadz),
    Claim(45, "valid", diff(Cf(g(Z)), Z).subs(Z, z), Cp(a) * gp(z), k=2),
    Claim(46, "valid", diff(C, w), delta * x),
    Claim(46, "valid", diff(C, b), delta, k=2),
    # two layers: the same network written with a^0 = x
    Claim(71, "valid", z1, w1 * x + b1),
    Claim(72, "valid", a1, g(z1)),
    Claim(73, "valid", z2, w2 * a1 + b2),
    Claim(74, "valid", a2, g(z2)),
    Claim(84, "valid", diff(C2, w2), d2 * diff(z2, w2)),
    Claim(85, "valid", d2 * diff(z2, w2), d2 * diff(z2, w2)),
    Claim(86, "valid", d2 * diff(z2, w2), d2 * a1),
    Claim(88, "valid", diff(C2, b2), d2 * diff(z2, b2)),
    Claim(89, "valid", d2 * diff(z2, b2), d2 * diff(z2, b2)),
    Claim(90, "valid", d2 * diff(z2, b2), d2),
    Claim(95, "valid", d2, Cp(a2) * gp(z2)),
    Claim(96, "ambiguous", diff(z2, w2), diff(w2 * a1, w2) + b2, alt=(diff(z2, w2), diff(w2 * a1 + b2, w2)),
          note="d/dw^2 applies to w^2 a^1 only as written (gives a^1 + b^2); it must span w^2 a^1 + b^2"),
    Claim(96, "ambiguous", diff(w2 * a1, w2) + b2, a1, k=2, alt=(diff(w2 * a1 + b2, w2), a1),
          note="same operator scope: (d/dw^2 w^2 a^1) + b^2 = a^1 + b^2, not a^1"),
    Claim(97, "ambiguous", diff(z2, b2), diff(w2 * a1, b2) + b2, alt=(diff(z2, b2), diff(w2 * a1 + b2, b2)),
          note="d/db^2 applies to w^2 a^1 only as written (gives b^2); it must span w^2 a^1 + b^2"),
    Claim(97, "ambiguous", diff(w2 * a1, b2) + b2, 1, k=2, alt=(diff(w2 * a1 + b2, b2), 1),
          note="same operator scope: read narrowly the left side is b^2, not 1"),
    Claim(109, "valid", diff(C2, w1), dC_dz1 * diff(z1, w1)),
    Claim(112, "valid", diff(C2, b1), dC_dz1 * diff(z1, b1)),
    Claim(120, "ambiguous", diff(z1, w1), diff(w1 * x, w1) + b1, alt=(diff(z1, w1), diff(w1 * x + b1, w1)),
          note="d/dw^1 applies to w^1 a^0 only as written (gives a^0 + b^1)"),
    Claim(120, "ambiguous", diff(w1 * x, w1) + b1, x, k=2, alt=(diff(w1 * x + b1, w1), x),
          note="read narrowly the left side is a^0 + b^1, not a^0"),
    Claim(120, "valid", x, x, k=3),
    Claim(121, "ambiguous", diff(z1, b1), diff(w1 * x, b1) + b1, alt=(diff(z1, b1), diff(w1 * x + b1, b1)),
          note="d/db^1 applies to w^1 x only as written (gives b^1)"),
    Claim(121, "ambiguous", diff(w1 * x, b1) + b1, 1, k=2, alt=(diff(w1 * x + b1, b1), 1),
          note="read narrowly the left side is b^1, not 1"),
    Claim(129, "valid", dC_dz1, d2 * dz2_dz1),
    Claim(129, "valid", diff(Cf(g(Z)), Z).subs(Z, z2), d2, k=2),
    Claim(130, "valid", d2 * dz2_dz1, d2 * dz2_dz1),
    Claim(137, "ambiguous", dz2_dz1, diff(w2 * g(Z), Z).subs(Z, z1) + b2, alt=(dz2_dz1, diff(w2 * g(Z) + b2, Z).subs(Z, z1)),
          note="d/dz^1 applies to w^2 g(z^1) only as written (gives w^2 g'(z^1) + b^2)"),
    Claim(137, "ambiguous", diff(w2 * g(Z), Z).subs(Z, z1) + b2, w2 * gp(z1), k=2,
          alt=(diff(w2 * g(Z) + b2, Z).subs(Z, z1), w2 * gp(z1)),
          note="read narrowly the left side keeps + b^2"),
    Claim(144, "valid", d1, dC_dz1),
    Claim(144, "valid", dC_dz1, d2 * dz2_dz1, k=2),
    Claim(144, "valid", d2 * dz2_dz1, d2 * w2 * gp(z1), k=3),
    Claim(145, "valid", diff(C2, w1), dC_dz1 * diff(z1, w1)),
    Claim(145, "valid", dC_dz1 * diff(z1, w1), d1 * x, k=2),
    Claim(145, "valid", d1 * x, d1 * x, k=3),
    Claim(146, "valid", diff(C2, b1), dC_dz1 * diff(z1, b1)),
    Claim(146, "valid", dC_dz1 * diff(z1, b1), d1, k=2),
    # L layers (l = 2, L = 3)
    Claim(174, "valid", diff(CL, v2), dl * dzl_dwl),
    Claim(175, "valid", dl * dzl_dwl, dl * diff(q2, v2)),
    Claim(176, "valid", dl * diff(q2, v2), dl * h1),
    Claim(178, "invalid", diff(CL, c2), dl * dzl_dwl,
          note="dC/db^l = (dC/dz^l)(dz^l/db^l); the factor written is dz^l/dw^l = a^{l-1} instead of dz^l/db^l = 1"),
    Claim(179, "valid", dl * dzl_dwl, dl * diff(q2, v2)),
    Claim(180, "invalid", dl * diff(q2, v2), dl,
          note="delta^l dz^l/dw^l = delta^l a^{l-1}, not delta^l"),
    Claim(185, "ambiguous", diff(q2, v2), diff(v2 * h1, v2) + c2, alt=(diff(q2, v2), diff(v2 * h1 + c2, v2)),
          note="d/dw^l applies to w^l a^{l-1} only as written (gives a^{l-1} + b^l)"),
    Claim(185, "ambiguous", diff(v2 * h1, v2) + c2, h1, k=2, alt=(diff(v2 * h1 + c2, v2), h1),
          note="read narrowly the left side is a^{l-1} + b^l"),
    Claim(186, "ambiguous", diff(q2, c2), diff(v2 * h1, c2) + c2, alt=(diff(q2, c2), diff(v2 * h1 + c2, c2)),
          note="d/db^l applies to w^l a^{l-1} only as written (gives b^l)"),
    Claim(186, "ambiguous", diff(v2 * h1, c2) + c2, 1, k=2, alt=(diff(v2 * h1 + c2, c2), 1),
          note="read narrowly the left side is b^l, not 1"),
    Claim(193, "valid", dl, diff(Cf(g(v3 * g(Z) + c3)), Z).subs(Z, q2)),
    Claim(194, "valid", dl, dL * dzl1_dzl),
    Claim(195, "valid", dL * dzl1_dzl, dL * dzl1_dzl),
    Claim(196, "valid", dL * dzl1_dzl, dL * diff(v3 * g(Z) + c3, Z).subs(Z, q2)),
    Claim(197, "valid", dL * diff(v3 * g(Z) + c3, Z).subs(Z, q2), dL * v3 * gp(q2)),
    Claim(199, "valid", dL, diff(Cf(g(Z)), Z).subs(Z, q3)),
    Claim(199, "valid", diff(Cf(g(Z)), Z).subs(Z, q3), Cp(h3) * gp(q3), k=2),
    Claim(208, "valid", dL, Cp(h3) * gp(q3)),
    Claim(215, "valid", diff(CL, v3), dL * h2),
    Claim(216, "valid", diff(CL, c3), dL),
    Claim(225, "invalid", dl, v3 * dL,
          note="delta^l = delta^{l+1} w^{l+1} g'(z^l) (line 197); the factor g'(z^l) is dropped"),
    Claim(226, "valid", diff(CL, v2), dl * h1),
    Claim(227, "valid", diff(CL, c2), dl),
]
