from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/violet764/learning-blog/blob/d2834f53f9388ba405c9b7c0c44c69b06e2f0942/"
          "notes/machine-learnig/logistic.md")
TITLE = "逻辑回归的损失函数与梯度下降求解 (logistic regression: loss and gradient for w_j and b)"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


# scalar pieces ------------------------------------------------------------------------
z = Symbol("z", real=True)
y = Symbol("y", real=True)          # label of one sample (0 or 1 in the text; identities hold for all y)
a = Symbol("a", real=True)          # a = sigma(z), a probability
s = sig(z)
PROB = {a: (0.05, 0.95), y: (0, 1)}
LBL = {y: (0, 1)}

L_of_a = -(y * log(a) + (1 - y) * log(1 - a))           # per-sample loss as a function of a
L_of_z = L_of_a.subs(a, s)                               # ... and of z
dL_da = -(y / a - (1 - y) / (1 - a))                     # author's dL/da

# one sample with n = 2 features: z = w1 x1 + w2 x2 + b -------------------------------------
w1, w2, b = Symbol("w1", real=True), Symbol("w2", real=True), Symbol("b", real=True)
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
zz = w1 * x1 + w2 * x2 + b
aa = sig(zz)
L1 = -(y * log(aa) + (1 - y) * log(1 - aa))
dL_dz_at = diff(L_of_z, z).subs(z, zz)                    # dL/dz evaluated at this sample's z

# whole training set, m = 3 samples, n = 2 features ------------------------------------------
m = 3
X = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in (1, 2, 3)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
Zs = [w1 * X[i][0] + w2 * X[i][1] + b for i in range(m)]
H = [sig(t) for t in Zs]
J = -Rational(1, m) * sum(Y[i] * log(H[i]) + (1 - Y[i]) * log(1 - H[i]) for i in range(m))
SET = {yi: (0, 1) for yi in Y}
c1, c2 = Symbol("c1", real=True), Symbol("c2", real=True)   # generic weights to test a vector identity

CLAIMS = [
    # line 40: sigma' = sigma (1 - sigma)
    Claim(40, "valid", diff(s, z), s * (1 - s)),
    # lines 45-48: the proof chain
    Claim(45, "valid", diff(s, z), diff(1 / (1 + exp(-z)), z)),
    Claim(46, "valid", diff(1 / (1 + exp(-z)), z), exp(-z) / (1 + exp(-z))**2),
    Claim(47, "valid", exp(-z) / (1 + exp(-z))**2, 1 / (1 + exp(-z)) * exp(-z) / (1 + exp(-z))),
    Claim(48, "valid", 1 / (1 + exp(-z)) * exp(-z) / (1 + exp(-z)), s * (1 - s)),
    # line 57: a = h_w(x) (definition), then h_w(x^(i)) = sigma(z^(i)) with z^(i) = w^T x^(i) + b
    Claim(57, "valid", aa, 1 / (1 + exp(-(w1 * x1 + w2 * x2 + b)))),
    # line 61: chain rule dL/dz = dL/da * da/dz
    Claim(61, "valid", diff(L_of_z, z), dL_da.subs(a, s) * diff(s, z), domain=LBL),
    # lines 66-67: dL/da
    Claim(66, "valid", diff(L_of_a, a), dL_da, domain=PROB),
    Claim(67, "valid", dL_da, (1 - y) / (1 - a) - y / a, domain=PROB),
    # line 72: da/dz = a (1 - a)
    Claim(72, "valid", diff(s, z), s * (1 - s)),
    # lines 77-79: dL/dz
    Claim(77, "valid", diff(L_of_z, z), ((1 - y) / (1 - s) - y / s) * s * (1 - s), domain=LBL),
    Claim(78, "valid", ((1 - y) / (1 - a) - y / a) * a * (1 - a), (1 - y) * a - y * (1 - a), domain=PROB),
    Claim(79, "valid", (1 - y) * a - y * (1 - a), a - y, domain=PROB),
    # lines 84-85: dL/dw_j for one sample (j = 1)
    Claim(84, "valid", diff(L1, w1), dL_dz_at * diff(zz, w1), domain=LBL),
    Claim(85, "valid", dL_dz_at * diff(zz, w1), (aa - y) * x1, domain=LBL),
    # line 90: dJ/dw_j = (1/m) sum (h - y) x_j   (m = 3, j = 1)
    Claim(90, "valid", diff(J, w1), Rational(1, m) * sum((H[i] - Y[i]) * X[i][0] for i in range(m)),
          domain=SET),
    # line 95: vector form, checked on a generic combination c1*(component 1) + c2*(component 2)
    Claim(95, "valid", c1 * diff(J, w1) + c2 * diff(J, w2),
          Rational(1, m) * sum((H[i] - Y[i]) * (c1 * X[i][0] + c2 * X[i][1]) for i in range(m)),
          domain=SET),
    # lines 100-101: dL/db for one sample
    Claim(100, "valid", diff(L1, b), dL_dz_at * diff(zz, b), domain=LBL),
    Claim(101, "valid", dL_dz_at * diff(zz, b), (aa - y) * 1, domain=LBL),
    # line 106: dJ/db = (1/m) sum (h - y)
    Claim(106, "valid", diff(J, b), Rational(1, m) * sum(H[i] - Y[i] for i in range(m)), domain=SET),
]
