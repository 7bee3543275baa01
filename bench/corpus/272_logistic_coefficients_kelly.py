from sympy import Integer, Mul, Pow, Symbol, diff, exp, log

from labels import Claim

SOURCE = ("https://github.com/chris-kelly/blog/blob/2964f842fa615d3faae979840eeb4c0232faf088/"
          "posts/glm_logistic.qmd")
TITLE = "Deriving Logistic Regression Coefficients (Chris Kelly)"
TOPIC = "logistic"

# ---------------------------------------------------------------- Bernoulli pmf
p = Symbol("p", positive=True)
y = Symbol("y", integer=True)
xx = Symbol("x", positive=True)
a = Symbol("a", positive=True)
b = Symbol("b", positive=True)
PROB = {p: (0.05, 0.95)}
Y01 = {y: (0, 1)}

# ---------------------------------------------------------------- N = 3 samples, 2 features, j = 1
N = 3
b1, b2 = Symbol("beta_1", real=True), Symbol("beta_2", real=True)
X = [(Symbol(f"x_{i}1", real=True), Symbol(f"x_{i}2", real=True)) for i in range(1, N + 1)]
Y = [Symbol(f"y_{i}", integer=True) for i in range(1, N + 1)]
YD = {yi: (0, 1) for yi in Y}
T = [xi[0] * b1 + xi[1] * b2 for xi in X]  # X_i beta
P = [1 / (1 + exp(-t)) for t in T]  # p(y_i = 1 | X_i beta), logistic
EX = [exp(-t) for t in T]

lik = Mul(*[P[i]**Y[i] * (1 - P[i])**(1 - Y[i]) for i in range(N)])  # p(y | beta, X)
split = Mul(*[P[i]**Y[i] for i in range(N)]) * Mul(*[(1 - P[i])**(1 - Y[i]) for i in range(N)])
neg_log_split = -log(split)
nll_logs = sum(-log(P[i]**Y[i]) for i in range(N)) + sum(-log((1 - P[i])**(1 - Y[i])) for i in range(N))
nll = sum(-Y[i] * log(P[i]) for i in range(N)) + sum(-(1 - Y[i]) * log(1 - P[i]) for i in range(N))
d_nll = diff(nll, b1)

# the author's gradient expression (derivative of the *log*-likelihood, no minus sign)
g_a = sum(Y[i] * diff(P[i], b1) / P[i] for i in range(N)) \
    + sum((1 - Y[i]) * diff(1 - P[i], b1) / (1 - P[i]) for i in range(N))
# after substituting d p_i / d beta_j = x_ij p_i (1 - p_i) into *both* terms
g_b = sum(Y[i] * X[i][0] * (P[i] * (1 - P[i])) / P[i] for i in range(N)) \
    + sum((1 - Y[i]) * X[i][0] * (P[i] * (1 - P[i])) / (1 - P[i]) for i in range(N))
g_d = sum(Y[i] * X[i][0] * (1 - P[i]) for i in range(N)) \
    + sum((1 - Y[i]) * X[i][0] * P[i] for i in range(N))
g_e_written = sum(X[i][0] * (Y[i] * (1 - P[i]) * (1 - Y[i]) * P[i]) for i in range(N))
g_e_plus = sum(X[i][0] * (Y[i] * (1 - P[i]) + (1 - Y[i]) * P[i]) for i in range(N))

# ---------------------------------------------------------------- single observation i (derivative of p_i)
x1, x2 = X[0]
t1 = T[0]
e1 = EX[0]
p1 = P[0]

# ---------------------------------------------------------------- logit link, scalar X beta = t, p = logistic(t)
t = Symbol("t", real=True)
pt = 1 / (1 + exp(-t))

CLAIMS = [
    # Bernoulli pmf in one expression, and the margin note
    Claim(27, "valid", y * p + (1 - y) * (1 - p), p**y * (1 - p)**(1 - y), domain={**PROB, **Y01}),
    Claim(30, "valid", Pow(xx, 0, evaluate=False), Integer(1)),
    Claim(32, "valid", Pow(p, 1, evaluate=False) * Pow(1 - p, 0, evaluate=False), p, domain=PROB),
    Claim(33, "valid", Pow(p, 0, evaluate=False) * Pow(1 - p, 1, evaluate=False), 1 - p, domain=PROB),
    # likelihood split into successes and failures
    Claim(51, "valid", lik, split, domain=YD),
    Claim(63, "valid", log(a * b), log(a) + log(b), domain={a: (0.1, 3), b: (0.1, 3)}),
    # max / min chain (objectives compared as functions of beta)
    Claim(70, "valid", lik, split, domain=YD),
    Claim(82, "valid", neg_log_split, nll_logs, domain=YD),
    Claim(87, "valid", nll_logs, nll, domain=YD),
    # gradient of the cost
    Claim(104, "ambiguous", diff(lik, b1), d_nll, domain=YD, alt=(d_nll, d_nll),
          note="d/dbeta_j of p(y|beta,X) (the likelihood) is not d/dbeta_j of the NLL; "
               "holds only if p(y|beta,X) is read as the NLL cost"),
    Claim(109, "invalid", d_nll, g_a, domain=YD,
          note="differentiating -y log p and -(1-y) log(1-p) keeps the minus sign; "
               "the result written is the gradient of the log-likelihood"),
    # inverse of the logit link, with p = 1/(1+e^{-X beta})
    Claim(144, "valid", pt / (1 - pt), exp(t)),
    Claim(146, "valid", pt, exp(t) * (1 - pt)),
    Claim(148, "invalid", pt - (1 + exp(t)), exp(t),
          note="from p = e^{Xb}(1-p) follows p(1 + e^{Xb}) = e^{Xb}, not p - (1 + e^{Xb}) = e^{Xb}"),
    Claim(150, "valid", pt, exp(t) / (1 + exp(t))),
    Claim(151, "valid", exp(t) / (1 + exp(t)), (1 + exp(-t))**-1),
    # p_hat
    Claim(166, "valid", p1, 1 / (1 + e1)),
    # derivative of p_i with respect to beta_j (j = 1)
    Claim(177, "valid", diff(p1, b1), diff((1 + e1)**-1, b1)),
    Claim(179, "invalid", diff((1 + e1)**-1, b1), diff(-1 * (1 + e1)**-2 * x1 * e1, b1),
          note="stray d/dbeta_j left in front, and the inner derivative of e^{-X_i b} is "
               "-x_ij e^{-X_i b}; even without the d/dbeta_j the sign is wrong"),
    Claim(182, "invalid", diff(-1 * (1 + e1)**-2 * x1 * e1, b1), x1 * (e1 / (1 + e1)**2),
          note="the previous line (with or without its stray d/dbeta_j) is not "
               "x_ij e^{-Xb}/(1+e^{-Xb})^2; the sign slip of the previous line is silently undone"),
    Claim(184, "valid", x1 * (e1 / (1 + e1)**2), x1 * (1 / (1 + e1) * e1 / (1 + e1))),
    Claim(186, "valid", x1 * (1 / (1 + e1) * e1 / (1 + e1)),
          x1 * (1 / (1 + e1) * (1 - 1 / (1 + e1)))),
    Claim(188, "valid", x1 * (1 / (1 + e1) * (1 - 1 / (1 + e1))), x1 * (p1 * (1 - p1))),
    Claim(190, "valid", x1 * (p1 * (1 - p1)), x1 * (p1 * (1 - p1))),
    # substituting into the gradient
    Claim(202, "invalid", d_nll, g_a, domain=YD,
          note="the cost's gradient (NLL, as equated above) has a minus sign; the expression "
               "written is the gradient of the log-likelihood"),
    Claim(209, "invalid", g_a, g_b, domain=YD,
          note="d(1-p_i)/dbeta_j = -x_ij p_i(1-p_i); the second sum takes it with a plus sign"),
    Claim(216, "valid", g_b, g_b, domain=YD),
    Claim(223, "valid", g_b, g_d, domain=YD),
    Claim(226, "ambiguous", g_d, g_e_written, domain=YD, alt=(g_d, g_e_plus),
          note="operator missing between y_i(1-p_i) and (1-y_i)p_i: as a product it is 0 "
               "for y_i in {0,1}; with + it equals the previous line"),
]
