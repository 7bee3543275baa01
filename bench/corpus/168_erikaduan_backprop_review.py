from sympy import Rational, Symbol, diff, exp, symbols

from labels import Claim

SOURCE = ("https://github.com/erikaduan/textbook_notes/blob/61d032ae88c0c26f204096c212dfbe6db7ee18b8/"
          "blog_posts/backpropagation_various_sources.qmd")
TITLE = "Review of backpropagation (single neuron, two stacked neurons, two neurons in one hidden layer)"
TOPIC = "backprop"


def s(t):
    """The logistic sigmoid."""
    return 1 / (1 + exp(-t))


def ds(t):
    """sigma'(t), written out independently of the document as sigma(t)(1 - sigma(t))."""
    return s(t) * (1 - s(t))


x, y, w, b = symbols("x y w b", real=True)
yh, z = symbols("yhat z", real=True)          # free symbols for the "local" derivatives
c1, c2 = symbols("c1 c2", real=True)          # to compare a 2-vector through a generic combination

# ---------------------------------------------------------------- gradient descent warm-up
f1 = x**2
X2, Y2 = symbols("X2 Y2", real=True)
f2 = X2**2 + 3 * Y2**2

# ---------------------------------------------------------------- one neuron, identity activation
L_of_yh = Rational(1, 2) * (yh - y)**2        # L as a function of yhat
z_lin = w * x + b
L_id = Rational(1, 2) * (z_lin - y)**2        # L(w, b) with yhat = z = wx + b
dL_dyh_id = diff(L_of_yh, yh).subs(yh, z_lin)
chain_w_id = dL_dyh_id * diff(z, z) * diff(z_lin, w)
chain_b_id = dL_dyh_id * diff(z, z) * diff(z_lin, b)

# ---------------------------------------------------------------- one neuron, sigmoid activation
L_sig = Rational(1, 2) * (s(z_lin) - y)**2
yh_sig = s(z_lin)
chain_w_sig = (yh_sig - y) * diff(s(z), z).subs(z, z_lin) * diff(z_lin, w)
chain_b_sig = (yh_sig - y) * diff(s(z), z).subs(z, z_lin) * diff(z_lin, b)

# ---------------------------------------------------------------- several data points (n = 3)
ys = symbols("y1:4", real=True)
yhs = symbols("yh1:4", real=True)
xs = symbols("x1:4", real=True)
L_pts = [Rational(1, 2) * (yhs[i] - ys[i])**2 for i in range(3)]      # L_i = 1/2 (yhat_i - y_i)^2
L_sum = sum(L_pts)
F = ys[0] * ys[1]**2 + exp(ys[2]) * ys[0]                             # any test function for the operator identity
L_w = [Rational(1, 2) * (s(w * xs[i] + b) - ys[i])**2 for i in range(3)]

# ---------------------------------------------------------------- two stacked neurons
w1, w2, b1, b2 = symbols("w1 w2 b1 b2", real=True)
z1 = w1 * x + b1
a1 = s(z1)
z2 = w2 * a1 + b2
yh2 = s(z2)
L2 = Rational(1, 2) * (yh2 - y)**2
Z1, Z2, A1 = symbols("Z1 Z2 A1", real=True)
dL_dyh2 = yh2 - y
dyh_dz2 = diff(s(Z2), Z2).subs(Z2, z2)
dz2_dw2 = diff(w2 * A1 + b2, w2).subs(A1, a1)
dz2_db2 = diff(w2 * A1 + b2, b2)
dz2_da1 = diff(w2 * A1 + b2, A1)
da1_dz1 = diff(s(Z1), Z1).subs(Z1, z1)
dz1_dw1 = diff(w1 * x + b1, w1)
dz1_db1 = diff(w1 * x + b1, b1)

# ---------------------------------------------------------------- two neurons in one hidden layer
v11, v12, v21, v22, c11, c12, cb = symbols("w11 w12 w21 w22 b11 b12 b2o", real=True)
h1 = v11 * x + c11                 # z^{[1]}_1
h2 = v12 * x + c12                 # z^{[1]}_2
g1, g2 = s(h1), s(h2)              # a^{[1]}_1, a^{[1]}_2
o = v21 * g1 + v22 * g2 + cb       # z^{[2]}
yo = s(o)
L3 = Rational(1, 2) * (yo - y)**2
G1, G2 = symbols("G1 G2", real=True)
o_free = v21 * G1 + v22 * G2 + cb
d_yo = (yo - y) * diff(s(Z2), Z2).subs(Z2, o)
chain_11 = d_yo * diff(o_free, G1) * diff(s(Z1), Z1).subs(Z1, h1) * diff(v11 * x + c11, v11)
chain_12 = d_yo * diff(o_free, G2) * diff(s(Z1), Z1).subs(Z1, h2) * diff(v12 * x + c12, v12)
chain_b11 = d_yo * diff(o_free, G1) * diff(s(Z1), Z1).subs(Z1, h1) * diff(v11 * x + c11, c11)
chain_b12 = d_yo * diff(o_free, G2) * diff(s(Z1), Z1).subs(Z1, h2) * diff(v12 * x + c12, c12)

NOTE_DDZ = ("a bare operator d/dz is set equal to sigma(z)(1 - sigma(z)); read literally (the fraction d/(dz)) "
            "it is 1/z, it holds when read as d sigma/dz")

CLAIMS = [
    # gradient descent warm-up
    Claim(19, "valid", diff(f1, x), diff(x**2, x)),
    Claim(19, "valid", diff(x**2, x), 2 * x, k=2),
    Claim(26, "valid", c1 * diff(f2, X2) + c2 * diff(f2, Y2), c1 * 2 * X2 + c2 * 6 * Y2),
    # one neuron, identity activation
    Claim(57, "valid", diff(L_of_yh, yh), Rational(2, 2) * (yh - y)**1 * (1 - 0)),
    Claim(57, "valid", Rational(2, 2) * (yh - y)**1 * (1 - 0), yh - y, k=2),
    Claim(58, "valid", diff(z, z), 1),
    Claim(60, "valid", diff(L_id, w), chain_w_id),
    Claim(60, "valid", chain_w_id, (z_lin - y) * 1 * x, k=2),
    Claim(60, "valid", (z_lin - y) * 1 * x, (z_lin - y) * x, k=3),
    Claim(61, "valid", diff(L_id, b), chain_b_id),
    Claim(61, "valid", chain_b_id, (z_lin - y) * 1 * 1, k=2),
    Claim(61, "valid", (z_lin - y) * 1 * 1, z_lin - y, k=3),
    # one neuron, sigmoid activation
    Claim(79, "valid", diff(L_of_yh, yh), yh - y),
    Claim(80, "valid", diff(s(z), z), exp(-z) / (1 + exp(-z))**2),
    Claim(80, "valid", exp(-z) / (1 + exp(-z))**2, ds(z), k=2),
    Claim(81, "valid", diff(L_sig, w), chain_w_sig),
    Claim(81, "valid", chain_w_sig, (yh_sig - y) * ds(z_lin) * x, k=2),
    Claim(82, "valid", diff(L_sig, b), chain_b_sig),
    Claim(82, "valid", chain_b_sig, (yh_sig - y) * ds(z_lin) * 1, k=2),
    # several data points
    Claim(92, "valid", L_sum, Rational(1, 2) * sum((ys[i] - yhs[i])**2 for i in range(3))),
    Claim(93, "valid", sum(diff(F, ys[i]) for i in range(3)),
          diff(F, ys[0]) + diff(F, ys[1]) + diff(F, ys[2])),
    Claim(94, "invalid", diff(L_sum, yhs[0]), sum(ys[i] - yhs[i] for i in range(3)),
          note="dL/dyhat_i = yhat_i - y_i: a single term with the opposite sign, not a sum of y_i - yhat_i"),
    Claim(95, "valid", diff(sum(L_w), w), sum(diff(Li, w) for Li in L_w)),
    # two stacked neurons
    Claim(120, "valid", diff(L_of_yh, yh), yh - y),
    Claim(121, "ambiguous", 1 / z, ds(z), alt=(diff(s(z), z), ds(z)), note=NOTE_DDZ),
    Claim(122, "valid", diff(L2, w2), dL_dyh2 * dyh_dz2 * dz2_dw2),
    Claim(122, "valid", dL_dyh2 * dyh_dz2 * dz2_dw2, (yh2 - y) * ds(z2) * a1, k=2),
    Claim(123, "valid", diff(L2, b2), dL_dyh2 * dyh_dz2 * dz2_db2),
    Claim(123, "valid", dL_dyh2 * dyh_dz2 * dz2_db2, (yh2 - y) * ds(z2) * 1, k=2),
    Claim(124, "valid", diff(L2, w1), dL_dyh2 * dyh_dz2 * dz2_da1 * da1_dz1 * dz1_dw1),
    Claim(125, "valid", diff(L2, b1), dL_dyh2 * dyh_dz2 * dz2_da1 * da1_dz1 * dz1_db1),
    Claim(127, "valid", diff(s(Z2), Z2), ds(Z2)),
    Claim(127, "valid", diff(s(Z1), Z1), ds(Z1), k=2),
    # two neurons in one hidden layer
    Claim(152, "valid", diff(L_of_yh, yh), yh - y),
    Claim(153, "ambiguous", 1 / z, ds(z), alt=(diff(s(z), z), ds(z)), note=NOTE_DDZ),
    Claim(154, "valid", diff(L3, v21), d_yo * diff(o_free, v21).subs(G1, g1)),
    Claim(154, "valid", d_yo * diff(o_free, v21).subs(G1, g1), (yo - y) * ds(o) * g1, k=2),
    Claim(155, "valid", diff(L3, v22), d_yo * diff(o_free, v22).subs(G2, g2)),
    Claim(155, "valid", d_yo * diff(o_free, v22).subs(G2, g2), (yo - y) * ds(o) * g2, k=2),
    Claim(156, "valid", diff(L3, cb), d_yo * diff(o_free, cb)),
    Claim(156, "valid", d_yo * diff(o_free, cb), (yo - y) * ds(o) * 1, k=2),
    Claim(157, "valid", diff(L3, v11), chain_11),
    Claim(158, "valid", diff(L3, v12), chain_12),
    Claim(159, "valid", diff(L3, c11), chain_b11),
    Claim(160, "valid", diff(L3, c12), chain_b12),
]
