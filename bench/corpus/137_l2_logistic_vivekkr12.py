from sympy import Symbol, exp, log, diff, Rational, Integer

from labels import Claim

SOURCE = ("https://github.com/vivekkr12/machine-learning-algorithms/blob/"
          "359be67304ac1c536647ec8fecacc5a2cef99557/theory/logistic_regression.ipynb")
TITLE = "Regularised logistic regression: L2-penalised NLL gradient (vivekkr12)"
TOPIC = "regularisation"


def R(name):
    return Symbol(name, real=True)


def sig(z):
    return 1 / (1 + exp(-z))


# ---- one sample, scalar score t = x_i W
t, y, p = R("t"), R("y"), R("p")
lam = R("lambda")
PM = {y: (-1, 1)}           # labels in {-1, 1}
P01 = {y: (0, 1)}           # labels in {0, 1}
PROB = {p: (0.05, 0.95)}

p_logodds = exp(t) / (1 + exp(t))          # p solved from t = log(p/(1-p))
P_pm = (1 + y) / 2 * sig(t) + (1 - y) / 2 * (1 - sig(t))   # P(y | x, W), y in {-1, 1}
P_01 = y * sig(t) + (1 - y) * (1 - sig(t))                 # P(y | x, W), y in {0, 1}

# ---- n = 1, d = 1
x1, w = R("x"), R("w")
F11 = -log(sig(y * x1 * w)) + lam * w**2

# ---- n = 3 samples, d = 2 features; gradients are projected on an arbitrary v
n, d = 3, 2
X = [[R(f"x{i}{j}") for j in range(1, d + 1)] for i in range(1, n + 1)]
Y = [R(f"y{i}") for i in range(1, n + 1)]
W = [R("w1"), R("w2")]
v = [R("v1"), R("v2")]
T = [sum(X[i][j] * W[j] for j in range(d)) for i in range(n)]
norm2 = sum(wj**2 for wj in W)
YPM = {yi: (-1, 1) for yi in Y}
Y01 = {yi: (0, 1) for yi in Y}

Pi = [(1 + Y[i]) / 2 * sig(T[i]) + (1 - Y[i]) / 2 * (1 - sig(T[i])) for i in range(n)]
prodP = Pi[0] * Pi[1] * Pi[2]
F_def = -Rational(1, n) * log(prodP) + lam * norm2
F_sumlog = Rational(1, n) * sum(-log(Pi[i]) for i in range(n)) + lam * norm2
F_soft = Rational(1, n) * sum(log(1 + exp(-Y[i] * T[i])) for i in range(n)) + lam * norm2


def proj_grad(F):
    return sum(v[j] * diff(F, W[j]) for j in range(d))


grad69 = sum(v[j] * (Rational(1, n) * sum(-Y[i] * X[i][j] / (1 + exp(Y[i] * T[i])) for i in range(n))
                     + 2 * lam * W[j]) for j in range(d))
Pdiag = [1 / (1 + exp(Y[i] * T[i])) for i in range(n)]
grad73 = sum(v[j] * (-Rational(1, n) * sum(X[i][j] * Pdiag[i] * Y[i] for i in range(n))) for j in range(d))

# identity d/dX A^T X = d/dX X^T A = A (d = 2)
A = [R("A1"), R("A2")]
Xv = [R("X1"), R("X2")]
AtX = A[0] * Xv[0] + A[1] * Xv[1]
XtA = Xv[0] * A[0] + Xv[1] * A[1]
dAtX = sum(v[j] * diff(AtX, Xv[j]) for j in range(d))
dXtA = sum(v[j] * diff(XtA, Xv[j]) for j in range(d))
vA = sum(v[j] * A[j] for j in range(d))

# ---- one sample with a d = 2 row x_i = (a1, a2), label yy (any real; identities hold for all y)
a = [R("a1"), R("a2")]
yy = R("yy")
ta = a[0] * W[0] + a[1] * W[1]


def vx(coef):
    """v . (x_i^T * coef)"""
    return sum(v[j] * a[j] for j in range(d)) * coef


first = yy * log(1 + exp(-ta))
second = (1 - yy) * log(1 + exp(ta))
d_first = proj_grad(first)
d_second = proj_grad(second)

# ---- unregularised cost of the {0,1} section (line 84, read as a (re)definition)
F0 = -Rational(1, n) * sum(Y[i] * log(sig(T[i])) + (1 - Y[i]) * log(1 - sig(T[i])) for i in range(n))
grad106 = sum(v[j] * Rational(1, n) * sum(X[i][j] * (sig(T[i]) - Y[i]) for i in range(n)) for j in range(d))

CLAIMS = [
    Claim(23, "valid", p + (1 - p), Integer(1), domain=PROB,
          note="the two complementary label probabilities add to one"),
    Claim(24, "valid", 1 - p, 1 - p, domain=PROB,
          note="rearranging the previous line: P(y=-1) = 1 - P(y=1)"),
    Claim(26, "valid", 1 - p, 1 - p, domain=PROB,
          note="with p_i = P(y_i=1), P(y_i=-1) = 1 - p_i"),
    Claim(29, "valid", p_logodds, 1 / (1 + exp(-t)),
          note="solving t = log(p/(1-p)) gives p = e^t/(1+e^t) = 1/(1+e^{-t})"),
    Claim(30, "valid", 1 - p_logodds, 1 - 1 / (1 + exp(-t)),
          note="substitute p_i = 1/(1+e^{-t})"),
    Claim(30, "valid", 1 - 1 / (1 + exp(-t)), 1 / (1 + exp(t)), k=2,
          note="1 - 1/(1+e^{-t}) = e^{-t}/(1+e^{-t}) = 1/(1+e^{t})"),
    Claim(32, "valid", p_logodds, sig(t),
          note="p_i = 1/(1+e^{-x_iW}) is the standard sigmoid of x_iW"),
    Claim(32, "valid", 1 - p_logodds, 1 - sig(t), k=2, note="same substitution"),
    Claim(32, "valid", 1 - sig(t), sig(-t), k=3, note="sigmoid symmetry 1 - sigma(t) = sigma(-t)"),
    Claim(34, "valid", sig(t), p_logodds, note="P(y_i=1|x_i,W) is p_i by definition"),
    Claim(34, "valid", p_logodds, 1 / (1 + exp(-y * t)), k=2, domain={y: (1,)},
          note="with y_i = 1, e^{-y_i x_iW} = e^{-x_iW}"),
    Claim(34, "valid", 1 / (1 + exp(-y * t)), sig(y * t), k=3, domain={y: (1,)},
          note="definition of the sigmoid"),
    Claim(35, "valid", 1 - sig(t), 1 - p_logodds, note="P(y_i=-1|x_i,W) = 1 - p_i"),
    Claim(35, "valid", 1 - p_logodds, 1 / (1 + exp(-y * t)), k=2, domain={y: (-1,)},
          note="with y_i = -1, 1/(1+e^{-y_i x_iW}) = 1/(1+e^{x_iW}) = 1 - p_i"),
    Claim(35, "valid", 1 / (1 + exp(-y * t)), sig(y * t), k=3, domain={y: (-1,)},
          note="definition of the sigmoid"),
    Claim(38, "valid", P_pm, sig(y * t), domain=PM,
          note="for y in {-1,1} both cases give sigma(y_i x_i W)"),
    Claim(38, "valid", sig(y * t), 1 / (1 + exp(-y * t)), k=2, domain=PM, note="sigmoid definition"),
    Claim(42, "valid", -log(P_pm), -log(1 / (1 + exp(-y * t))), domain=PM,
          note="insert the compact likelihood"),
    Claim(42, "valid", -log(1 / (1 + exp(-y * t))), log(1 + exp(-y * t)), k=2, domain=PM,
          note="-log(1/u) = log u"),
    Claim(46, "valid", F_def, F_sumlog, domain=YPM,
          note="log of a product is the sum of logs"),
    Claim(47, "valid", F_sumlog, F_soft, domain=YPM,
          note="-log P(y_i|x_i,W) = log(1+e^{-y_i x_i W}) termwise"),
    Claim(56, "valid", F11, Rational(1, 1) * log(1 + exp(-y * x1 * w)) + lam * w**2, domain=PM,
          note="the cost specialised to n = d = 1"),
    Claim(57, "valid", F11, log(1 + exp(-y * x1 * w)) + lam * w**2, domain=PM,
          note="||W||_2^2 = W^2 for d = 1"),
    Claim(59, "valid", diff(F11, w), -y * x1 * exp(-y * x1 * w) / (1 + exp(-y * x1 * w)) + 2 * lam * w,
          domain=PM, note="chain rule on log(1+e^{-yxW}) plus derivative of lambda W^2"),
    Claim(60, "valid", diff(F11, w), -y * x1 / (1 + exp(y * x1 * w)) + 2 * lam * w, domain=PM,
          note="e^{-u}/(1+e^{-u}) = 1/(1+e^{u})"),
    Claim(63, "valid", F_def, F_soft, domain=YPM,
          note="restates the cost derived above (n = 3, d = 2 here)"),
    Claim(67, "valid", dAtX, dXtA, note="A^T X = X^T A, a scalar"),
    Claim(67, "valid", dXtA, vA, k=2, note="gradient of a linear form is its coefficient vector"),
    Claim(69, "valid", proj_grad(F_def), grad69, domain=YPM,
          note="termwise gradient of (1/n) sum log(1+e^{-y_i x_i W}) plus 2 lambda W"),
    Claim(71, "invalid", 1 - sig(t), 1 - sig(y * t), domain=PM,
          note="p_i was defined as P(y_i=1|x_i,W) = sigma(x_iW); 1 - p_i differs from 1 - sigma(y_i x_i W) when y_i = -1"),
    Claim(71, "valid", 1 - sig(y * t), 1 / (1 + exp(y * t)), k=2, domain=PM,
          note="1 - sigma(u) = 1/(1+e^{u})"),
    Claim(73, "invalid", proj_grad(F_def), grad73, domain=YPM,
          note="-(1/n) X^T P Y reproduces only the data term; the 2 lambda W of the penalty is dropped"),
    Claim(78, "valid", P_01, sig(t)**y * (1 - sig(t))**(1 - y), domain=P01,
          note="Bernoulli likelihood in compact form for y in {0,1}"),
    Claim(80, "valid", -log(P_01), -y * log(sig(t)) - (1 - y) * log(1 - sig(t)), domain=P01,
          note="loss = -log of the compact likelihood"),
    Claim(81, "valid", -y * log(sig(t)) - (1 - y) * log(1 - sig(t)),
          y * log(1 + exp(-t)) + (1 - y) * log(1 + exp(t)), domain=P01,
          note="-log sigma(t) = log(1+e^{-t}), -log(1-sigma(t)) = log(1+e^{t})"),
    Claim(87, "valid", dAtX, dXtA, note="A^T X = X^T A, a scalar"),
    Claim(87, "valid", dXtA, vA, k=2, note="gradient of a linear form is its coefficient vector"),
    Claim(89, "valid", d_first, vx(-yy * exp(-ta) / (1 + exp(-ta))),
          note="chain rule: d/dW log(1+e^{-x_iW}) = -x_i^T e^{-x_iW}/(1+e^{-x_iW})"),
    Claim(90, "valid", vx(-yy * exp(-ta) / (1 + exp(-ta))), vx(-yy / (1 + exp(ta))),
          note="e^{-u}/(1+e^{-u}) = 1/(1+e^{u})"),
    Claim(91, "valid", vx(-yy / (1 + exp(ta))), vx(-yy * (1 - sig(ta))),
          note="1/(1+e^{u}) = 1 - sigma(u)"),
    Claim(95, "valid", d_second, vx((1 - yy) * exp(ta) / (1 + exp(ta))),
          note="chain rule on log(1+e^{x_iW})"),
    Claim(96, "valid", vx((1 - yy) * exp(ta) / (1 + exp(ta))), vx((1 - yy) / (1 + exp(-ta))),
          note="e^{u}/(1+e^{u}) = 1/(1+e^{-u})"),
    Claim(97, "valid", vx((1 - yy) / (1 + exp(-ta))), vx((1 - yy) * sig(ta)),
          note="sigmoid definition"),
    Claim(101, "valid", vx(-yy * (1 - sig(ta))) + vx((1 - yy) * sig(ta)),
          vx(-yy) + vx(yy * sig(ta)) + vx(sig(ta)) - vx(yy * sig(ta)),
          note="expand both products"),
    Claim(102, "valid", vx(-yy) + vx(yy * sig(ta)) + vx(sig(ta)) - vx(yy * sig(ta)),
          vx(-yy) + vx(sig(ta)), note="the y_i sigma terms cancel"),
    Claim(103, "valid", vx(-yy) + vx(sig(ta)), vx(sig(ta) - yy), note="factor out x_i^T"),
    Claim(106, "valid", proj_grad(F0), grad106, domain=Y01,
          note="gradient of the (unpenalised) cost of line 84: (1/n) X^T (sigma(XW) - Y)"),
]
