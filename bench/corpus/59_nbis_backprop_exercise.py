from sympy import symbols, exp, diff, Rational, Lambda, Float, N

from labels import Claim

SOURCE = "https://github.com/NBISweden/workshop-neural-nets-and-deep-learning/blob/0fdf94e/session_annBuildingBlocks/exercise_back_prop_guide.ipynb"
TITLE = "Back-propagation exercise guide, two-neuron network (NBIS workshop)"
TOPIC = "backprop"

Z = symbols("Z", real=True)
sig = Lambda(Z, 1 / (1 + exp(-Z)))
dsig = Lambda(Z, diff(sig(Z), Z))

# symbolic network: z1 = w1 i1 + b1, a1 = sigma(z1), z2 = w2 a1 + b2, a2 = sigma(z2), L = (y - a2)^2 / 2
i1, w1, b1, w2, b2, y = symbols("i1 w1 b1 w2 b2 y", real=True)
z1 = w1 * i1 + b1
a1 = sig(z1)
z2 = w2 * a1 + b2
a2 = sig(z2)
half = Rational(1, 2)
L = half * (y - a2)**2
dL_da2 = diff(half * (y - Z)**2, Z).subs(Z, a2)
da2_dz2 = dsig(z2)
dz2_dw2 = a1
dz2_da1 = w2
da1_dz1 = dsig(z1)
dz1_dw1 = i1

# the worked numbers: x = i1 = 0.05, y = 0.01, w1 = 0.1, b1 = -0.1, w2 = 0.3, b2 = 0.3 (the exercise's values)
num = {i1: Rational("0.05"), y: Rational("0.01"), w1: Rational("0.1"), b1: Rational("-0.1"), w2: Rational("0.3"), b2: Rational("0.3")}
A1, A2 = a1.subs(num), a2.subs(num)
G = diff(L, w2).subs(num)                          # the exact dL/dw2, about 0.0679
R = lambda s: Rational(s)
r3 = lambda v: Rational(str(round(float(N(v, 30)), 3)))   # a value rounded to the 3 decimals the text shows
r4 = lambda v: Rational(str(round(float(N(v, 30)), 4)))

CLAIMS = [
    Claim(12, "valid", sig(z1), 1 / (1 + exp(-z1))),
    Claim(14, "valid", sig(z2), 1 / (1 + exp(-z2))),
    Claim(15, "valid", L, half * (y - a2)**2),
    Claim(25, "valid", z2, w2 * a1 + b2),
    Claim(26, "valid", a2, sig(z2)),
    Claim(26, "valid", sig(z2), 1 / (1 + exp(-z2)), k=2),
    Claim(27, "valid", L, half * (y - a2)**2),
    Claim(27, "valid", half * (y - a2)**2, half * (y - a2)**2, k=2),
    Claim(37, "valid", diff(L, w2), diff(a2, w2) * dL_da2),
    Claim(43, "valid", diff(L, w2), dz2_dw2 * da2_dz2 * dL_da2),
    Claim(52, "valid", dL_da2, diff(half * (y - Z)**2, Z).subs(Z, a2)),
    Claim(57, "valid", dL_da2, a2 - y),
    Claim(61, "ambiguous", A2 - R("0.01"), R("0.609") - R("0.01"), alt=(r3(A2) - R("0.01"), R("0.609") - R("0.01")),
          note="a_2 = 0.60894...; holds with a_2 rounded to 0.609"),
    Claim(61, "valid", R("0.609") - R("0.01"), R("0.599"), k=2),
    Claim(67, "valid", da2_dz2, diff(sig(Z), Z).subs(Z, z2)),
    Claim(72, "valid", diff(sig(Z), Z).subs(Z, z2), sig(z2) * (1 - sig(z2))),
    Claim(72, "valid", sig(z2) * (1 - sig(z2)), a2 * (1 - a2), k=2),
    Claim(77, "ambiguous", A2 * (1 - A2), R("0.609") * (1 - R("0.609")),
          alt=(r3(A2) * (1 - r3(A2)), R("0.609") * (1 - R("0.609"))), note="uses a_2 rounded to 0.609"),
    Claim(77, "ambiguous", R("0.609") * (1 - R("0.609")), R("0.238"), k=2,
          alt=(r3(R("0.609") * (1 - R("0.609"))), R("0.238")), note="0.609 x 0.391 = 0.238119, rounded to 3 decimals"),
    Claim(83, "valid", diff(z2, w2), diff(w2 * a1 + b2, w2)),
    Claim(87, "valid", diff(z2, w2), a1),
    Claim(91, "ambiguous", A1, R("0.476"), alt=(r3(A1), R("0.476")), note="a_1 = 0.47627..., rounded to 0.476"),
    Claim(101, "valid", diff(L, w2), dz2_dw2 * da2_dz2 * dL_da2),
    Claim(102, "ambiguous", (dz2_dw2 * da2_dz2 * dL_da2).subs(num), R("0.476") * R("0.238") * R("0.599"),
          alt=(r3(A1) * r3(r3(A2) * (1 - r3(A2))) * (r3(A2) - R("0.01")), R("0.476") * R("0.238") * R("0.599")),
          note="the product of the rounded factors (exactly 0.476 x 0.2381... x 0.5989...)"),
    Claim(102, "invalid", R("0.476") * R("0.238") * R("0.599"), R("0.0577"), k=2,
          note="0.476 x 0.238 x 0.599 = 0.0679, not 0.0577"),
    Claim(115, "invalid", R("0.3") - R("0.05") * G, R("0.3") - R("0.05") * R("0.0577"),
          note="dL/dw_2 = 0.0679 (the value 0.0577 carried from line 102 is wrong)"),
    Claim(115, "ambiguous", R("0.3") - R("0.05") * R("0.0577"), R("0.297"), k=2,
          alt=(r3(R("0.3") - R("0.05") * R("0.0577")), R("0.297")), note="0.3 - 0.002885 = 0.297115, rounded"),
    # the path again, for w_1
    Claim(131, "valid", z1, w1 * i1 + b1),
    Claim(132, "valid", a1, sig(z1)),
    Claim(132, "valid", sig(z1), 1 / (1 + exp(-z1)), k=2),
    Claim(133, "valid", z2, w2 * a1 + b2),
    Claim(134, "valid", a2, sig(z2)),
    Claim(134, "valid", sig(z2), 1 / (1 + exp(-z2)), k=2),
    Claim(135, "valid", L, half * (y - a2)**2),
    Claim(135, "valid", half * (y - a2)**2, half * (y - a2)**2, k=2),
    Claim(145, "valid", diff(L, w1), diff(a2, w1) * dL_da2),
    Claim(149, "valid", diff(a2, w1) * dL_da2, diff(z2, w1) * da2_dz2 * dL_da2),
    Claim(154, "valid", diff(z2, w1) * da2_dz2 * dL_da2, diff(a1, w1) * dz2_da1 * da2_dz2 * dL_da2),
    Claim(160, "valid", diff(a1, w1) * dz2_da1 * da2_dz2 * dL_da2, dz1_dw1 * da1_dz1 * dz2_da1 * da2_dz2 * dL_da2),
    Claim(173, "valid", dz2_da1, diff(w2 * Z + b1, Z)),
    Claim(180, "valid", dz2_da1, diff(w2 * Z + b1, Z)),
    Claim(181, "valid", diff(w2 * Z + b1, Z), w2),
    # a_1 does not depend on z_2
    Claim(187, "invalid", 0, diff(sig(Z), Z).subs(Z, z2),
          note="a_1 = sigma(z_1) does not depend on z_2, so da_1/dz_2 = 0; the derivative wanted is da_1/dz_1 = sigma'(z_1)"),
    Claim(188, "valid", diff(sig(Z), Z).subs(Z, z2), sig(z2) * (1 - sig(z2))),
    Claim(195, "invalid", 0, diff(sig(Z), Z).subs(Z, z2),
          note="a_1 does not depend on z_2 (da_1/dz_2 = 0); da_1/dz_1 = sigma'(z_1) was meant"),
    Claim(196, "valid", diff(sig(Z), Z).subs(Z, z2), sig(z2) * (1 - sig(z2))),
    Claim(197, "invalid", sig(z2) * (1 - sig(z2)), a1 * (1 - a1),
          note="sigma(z_2) = a_2, not a_1; sigma(z_2)(1 - sigma(z_2)) = a_2(1 - a_2)"),
    Claim(203, "valid", diff(z1, w1), diff(w1 * i1 + b1, w1)),
    Claim(210, "valid", diff(z1, w1), diff(w1 * i1 + b1, w1)),
    Claim(211, "valid", diff(w1 * i1 + b1, w1), i1),
    Claim(219, "valid", diff(L, w1), dz1_dw1 * da1_dz1 * dz2_da1 * da2_dz2 * dL_da2),
]
