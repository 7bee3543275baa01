from sympy import Symbol, exp, log, diff, Rational, Integer
from labels import Claim

SOURCE = ("https://github.com/ericboris/CSE446-Machine-Learning/blob/"
          "5f43ca651b52cbc06b6692c6802b98c154ae5121/hw2/latex/body/a7_a.tex")
TITLE = "Gradient of L2-regularised logistic loss, nabla_w J and nabla_b J (Eric Boris)"
TOPIC = "regularisation"

# Concrete size: n = 2 samples, d = 2 features; labels y_i in {-1, +1} as in the assignment.
# mu_i(w, b) = 1 / (1 + exp(-y_i (b + x_i^T w))) is the assignment's definition (used, not
# restated, by the document). Vector equalities are checked through c . v with free c1, c2.
n = 2
w = [Symbol("w1", real=True), Symbol("w2", real=True)]
b = Symbol("b", real=True)
lam = Symbol("lambda", positive=True)
X = [[Symbol("x11", real=True), Symbol("x12", real=True)],
     [Symbol("x21", real=True), Symbol("x22", real=True)]]
Y = [Symbol("y1", real=True), Symbol("y2", real=True)]
c = [Symbol("c1", real=True), Symbol("c2", real=True)]
dom = {Y[0]: (-1, 1), Y[1]: (-1, 1), lam: (0.05, 2)}

half = Rational(1, n)
marg = [b + sum(X[i][k] * w[k] for k in range(2)) for i in range(n)]
mu = [1 / (1 + exp(-Y[i] * marg[i])) for i in range(n)]
pen = lam * (w[0] ** 2 + w[1] ** 2)

J = half * sum(log(1 + exp(-Y[i] * marg[i])) for i in range(n)) + pen  # definition, line 4
J_mu1 = half * sum(log(1 + (1 / mu[i] - 1)) for i in range(n)) + pen
data_mu = half * sum(log(1 / mu[i]) for i in range(n))
J_mu2 = data_mu + pen


def cdot_grad_w(f):
    return sum(c[k] * diff(f, w[k]) for k in range(2))


def cdot(vec):
    return sum(c[k] * vec[k] for k in range(2))


gw_line8 = [half * sum(mu[i] * (1 / mu[i] - 1) * (-Y[i]) * X[i][k] for i in range(n)) + 2 * lam * w[k]
            for k in range(2)]
gw_line9 = [half * sum((mu[i] - 1) * Y[i] * X[i][k] for i in range(n)) + 2 * lam * w[k]
            for k in range(2)]
gb_line17 = half * sum(mu[i] * (1 / mu[i] - 1) * (-Y[i]) for i in range(n)) + 0
gb_line18 = half * sum((mu[i] - 1) * Y[i] for i in range(n))

CLAIMS = [
    # line 4 defines J(w, b): not a claim
    Claim(5, "valid", J, J_mu1, domain=dom,
          note="exp(-y_i(b + x_i^T w)) = 1/mu_i - 1 by the definition of mu_i"),
    Claim(6, "valid", J_mu1, J_mu2, domain=dom,
          note="1 + (1/mu_i - 1) = 1/mu_i"),
    Claim(7, "valid", cdot_grad_w(J_mu2), cdot_grad_w(data_mu) + cdot_grad_w(pen), domain=dom,
          note="gradient is linear: splits over the data term and the penalty"),
    Claim(8, "valid", cdot_grad_w(data_mu) + cdot_grad_w(pen), cdot(gw_line8), domain=dom,
          note="d/dw log(1+e^{z_i}) = (1-mu_i)(-y_i x_i) = mu_i(1/mu_i - 1)(-y_i)x_i; grad of lambda||w||^2 is 2 lambda w"),
    Claim(9, "valid", cdot(gw_line8), cdot(gw_line9), domain=dom,
          note="mu_i(1/mu_i - 1)(-y_i) = (1 - mu_i)(-y_i) = (mu_i - 1) y_i"),
    Claim(11, "valid", cdot_grad_w(J), cdot(gw_line9), domain=dom,
          note="boxed result equals the true gradient of J with respect to w"),
    # line 15 restates J (already defined on line 4) in its mu form: a claim
    Claim(15, "valid", J, J_mu2, domain=dom,
          note="same rewriting as lines 5-6: log(1 + e^{-y_i(...)}) = log(1/mu_i)"),
    Claim(16, "valid", diff(J_mu2, b), diff(data_mu, b) + diff(pen, b), domain=dom,
          note="derivative is linear over the two terms"),
    Claim(17, "valid", diff(data_mu, b) + diff(pen, b), gb_line17, domain=dom,
          note="d/db log(1/mu_i) = (1 - mu_i)(-y_i); penalty does not depend on b"),
    Claim(18, "valid", gb_line17, gb_line18, domain=dom,
          note="mu_i(1/mu_i - 1)(-y_i) = (mu_i - 1) y_i"),
    Claim(20, "valid", diff(J, b), gb_line18, domain=dom,
          note="boxed result equals the true derivative of J with respect to b"),
]
