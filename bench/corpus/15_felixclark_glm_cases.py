from sympy import (Symbol, exp, log, sqrt, pi, factorial, Rational, diff, Matrix, symbols,
                   Add, solve)

from labels import Claim

SOURCE = "https://github.com/felix-clark/felix-clark.github.io/blob/13a452dab7bc24765b5b179f00fa48b6187c3e00/_posts/2020-03-30-math-of-glm.md"
TITLE = "Mathematics of Generalized Linear Models: case studies (Felix Clark)"
TOPIC = "glm"

# ---------------- Gaussian
y = Symbol("y", real=True)
mu = Symbol("mu", real=True)
s2 = Symbol("sigma2", positive=True)
logf_g = log(1 / sqrt(2 * pi * s2) * exp(-(y - mu)**2 / (2 * s2)))
g1 = -(y - mu)**2 / (2 * s2) - Rational(1, 2) * log(2 * pi * s2)
g2 = (mu * y - mu**2 / 2) / s2 - y**2 / (2 * s2) - Rational(1, 2) * log(2 * pi * s2)
eta = Symbol("eta", real=True)
A_g = eta**2 / 2                                   # log-partition implied by line 11 with phi = sigma^2
B_true = logf_g - (mu * y - mu**2 / 2) / s2        # what is left once (eta y - A)/phi is taken out
B_author = -y**2 / (2 * s2) - log(2 * pi * s2)

# weighted log-likelihood, N = 3 points, columns (1, x_i); l is sum_i W_ii (eta_i y_i - A(eta_i))
N = 3
xs = [Symbol(f"x{i}", real=True) for i in range(N)]
ys = [Symbol(f"y{i}", real=True) for i in range(N)]
ws = [Symbol(f"w{i}", positive=True) for i in range(N)]
b0, b1 = symbols("beta0 beta1", real=True)
mus = [b0 + b1 * xs[i] for i in range(N)]
l_doc = Add(*[ws[i] * (mus[i] * ys[i] - mus[i]**2 / 2) for i in range(N)])
l_ls = -Rational(1, 2) * Add(*[ws[i] * (ys[i] - mus[i])**2 for i in range(N)])
Xm = Matrix([[1, xs[i]] for i in range(N)])
Wm = Matrix.diag(*ws)
Ym = Matrix(ys)
bhat = (Xm.T * Wm * Xm).inv() * Xm.T * Wm * Ym
sol = solve([diff(l_doc, b0), diff(l_doc, b1)], [b0, b1], dict=True)[0]
bhat_ml = sol[b0] + 2 * sol[b1]
bhat_formula = bhat[0] + 2 * bhat[1]

# two sufficient statistics [y, y^2]
nat = diff(logf_g, y).subs(y, 0) + 2 * (diff(logf_g, y, 2) / 2)
nat_author = mu / s2 + 2 * (-1 / (2 * s2))
e1, e2 = Symbol("eta1", real=True), Symbol("eta2", negative=True)
sig2_e = -1 / (2 * e2)
mu_e = e1 * sig2_e
A_two_true = mu_e**2 / (2 * sig2_e) + Rational(1, 2) * log(2 * pi * sig2_e)
A_two_author = -e1**2 / (4 * e2) - Rational(1, 2) * log(-e2)
E2 = {e2: (-2.0, -0.1)}

# ---------------- Bernoulli
p = Symbol("p", positive=True)
yb = Symbol("yb", integer=True)
PB = {p: (0.05, 0.95), yb: frozenset({0, 1})}
logf_b = log(p**yb * (1 - p)**(1 - yb))
b_1 = yb * log(p) + (1 - yb) * log(1 - p)
b_2 = yb * log(p / (1 - p)) + log(1 - p)
sig = exp(eta) / (1 + exp(eta))
A_b = -log(1 - sig)                                 # -log(1-p) written with eta

# ---------------- Poisson
lam = Symbol("lam", positive=True)
yp = Symbol("yp", integer=True, nonnegative=True)
PP = {yp: (0, 1, 2, 3, 4, 5), lam: (0.2, 4.0)}
logf_p = log(lam**yp * exp(-lam) / factorial(yp))
A_p = exp(eta)
m = Symbol("m", positive=True)

# ---------------- Exponential
ye = Symbol("ye", positive=True)
le = Symbol("le", positive=True)
EX = {ye: (0.05, 3.0), le: (0.2, 3.0)}
logf_e = log(le * exp(-le * ye))
en = Symbol("en", negative=True)                    # eta < 0
EN = {en: (-3.0, -0.2)}
A_e = -log(-en)
me = Symbol("me", positive=True)                    # mu > 0

# reparameterisation eta = -exp(-omega), omega = x.beta; N = 2 points, 2 features
c = [[Symbol(f"c{i}{k}", real=True) for k in range(2)] for i in range(2)]
yy = [Symbol(f"v{i}", positive=True) for i in range(2)]
bb = [Symbol(f"b{k}", real=True) for k in range(2)]
om = [c[i][0] * bb[0] + c[i][1] * bb[1] for i in range(2)]
eta_i = [-exp(-om[i]) for i in range(2)]
l_exp = Add(*[eta_i[i] * yy[i] - (-log(-eta_i[i])) for i in range(2)])      # sum eta T - A(eta)
l_author = Add(*[-exp(-om[i]) * yy[i] - om[i] for i in range(2)])
grad = diff(l_exp, bb[0]) + 2 * diff(l_exp, bb[1])
grad_author = Add(*[(c[i][0] + 2 * c[i][1]) * (exp(-om[i]) * yy[i] - 1) for i in range(2)])
wts = [[1, 2], [3, 5]]
hess = Add(*[wts[a][b_] * diff(l_exp, bb[a], bb[b_]) for a in range(2) for b_ in range(2)])
hess_author = Add(*[wts[a][b_] * -Add(*[c[i][a] * c[i][b_] * exp(-om[i]) * yy[i] for i in range(2)])
                    for a in range(2) for b_ in range(2)])
omega = Symbol("omega", real=True)
mu_om = -1 / (-exp(-omega))                         # mean -1/eta under eta = -exp(-omega)

CLAIMS = [
    # Gaussian
    Claim(10, "valid", logf_g, g1),
    Claim(11, "valid", g1, g2),
    Claim(16, "valid", mu, mu),                                        # eta = mu
    Claim(16, "valid", A_g, eta**2 / 2, k=2),                          # A(eta) = eta^2/2
    Claim(17, "invalid", B_true, B_author,
          note="B(y,phi) = -y^2/(2 phi) - (1/2) log(2 pi phi); the factor 1/2 on the logarithm is missing"),
    Claim(20, "valid", b0 + b1 * xs[0], b0 + b1 * xs[0]),              # mu = x.beta when eta = x.beta
    Claim(21, "valid", diff(A_g, eta, 2), 1),                          # V(mu) = A''(eta) = 1
    Claim(24, "ambiguous", l_doc, l_ls,
          alt=(diff(l_doc, b0) + 2 * diff(l_doc, b1), diff(l_ls, b0) + 2 * diff(l_ls, b1)),
          note="-1/2 (y - X beta)^T W (y - X beta) differs from sum W_ii (mu y - mu^2/2) by -1/2 sum W_ii y_i^2; equal only up to a beta-free constant, and X^T beta has to be read as X beta"),
    Claim(33, "valid", bhat_ml, bhat_formula),
    Claim(40, "valid", nat, nat_author),
    Claim(43, "valid", diff(A_two_true, e1) + 2 * diff(A_two_true, e2),
          diff(A_two_author, e1) + 2 * diff(A_two_author, e2), domain=E2),   # "up to a constant"
    # Bernoulli
    Claim(61, "valid", logf_b, b_1, domain=PB),
    Claim(62, "valid", b_1, b_2, domain=PB),
    Claim(65, "valid", log(p / (1 - p)), log(p / (1 - p)), domain=PB),   # eta = log(p/(1-p))
    Claim(66, "valid", log(p / (1 - p)), log(p) - log(1 - p), domain=PB),  # = logit(p)
    Claim(66, "valid", p, p, k=2, domain=PB),                               # p = mu (the mean)
    Claim(69, "valid", A_b, log(1 + exp(eta))),
    Claim(71, "valid", diff(A_b, eta, 2), sig * (1 - sig)),
    # Poisson
    Claim(79, "valid", logf_p, yp * log(lam) - lam - log(factorial(yp)), domain=PP),
    Claim(81, "valid", log(lam), log(lam), domain=PP),                       # eta = log lambda
    Claim(81, "valid", log(m), log(m), k=2),                                # g(mu) = log mu
    Claim(83, "valid", A_p, exp(eta)),
    Claim(83, "valid", logf_p - (log(lam) * yp - exp(log(lam))), -log(factorial(yp)), k=2, domain=PP),
    Claim(85, "valid", diff(A_p, eta, 2).subs(eta, log(m)), m),
    # Exponential
    Claim(99, "valid", logf_e, -le * ye + log(le), domain=EX),
    Claim(100, "valid", -le, -le, domain=EX),                                # eta = -lambda
    Claim(101, "valid", A_e, -log(-en), domain=EN),
    Claim(102, "valid", diff(A_e, en), -1 / en, domain=EN),
    Claim(103, "valid", (-1 / en).subs(en, -le), 1 / le, domain=EX),
    Claim(104, "valid", -1 / me, -1 / me),                                   # eta as a function of mu
    Claim(105, "valid", diff(A_e, en, 2), 1 / en**2, domain=EN),
    Claim(106, "valid", diff(A_e, en, 2).subs(en, -le), 1 / le**2, domain=EX),
    Claim(108, "valid", diff(A_e, en, 2).subs(en, -1 / me), me**2),
    Claim(117, "valid", log(mu_om), log(me).subs(me, mu_om)),              # g(mu) = log mu
    Claim(118, "valid", log(mu_om), omega),                                  # = x^T beta (= omega)
    Claim(122, "valid", l_exp, l_author),
    Claim(123, "valid", grad, grad_author),
    Claim(124, "valid", hess, hess_author),
]
