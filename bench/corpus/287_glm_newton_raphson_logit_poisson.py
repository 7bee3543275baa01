from sympy import Rational, Sum, Symbol, exp, factorial, log, oo, symbols

from labels import Claim

SOURCE = "https://github.com/Ctiely/GLM-Newton-Raphson/blob/f0d8e51b9ddd48d17a4bda50ee9e91cbd1149e9c/README.md"
TITLE = "GLM-Newton-Raphson: Newton-Raphson iterations for logistic and Poisson regression"
TOPIC = "glm"

# Concrete size: m = 3 samples (i), 2 features (j); v, w are arbitrary directions so that a
# vector identity g = G is checked as v.g = v.G and a matrix identity H = K as v^T H w = v^T K w.
M = 3
x = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(1, M + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, M + 1)]
v1, v2, w1, w2 = symbols("v1 v2 w1 w2", real=True)
v, w = (v1, v2), (w1, w2)


def dot(a, b):
    return sum(ai * bi for ai, bi in zip(a, b))


def grad_dir(f, params):
    """v . grad f"""
    return sum(vj * f.diff(pj) for vj, pj in zip(v, params))


def hess_dir(f, params):
    """v^T (Hessian of f) w"""
    return sum(v[a] * w[b] * f.diff(params[a], params[b]) for a in range(2) for b in range(2))


# ---- general GLM score (line 23), checked on a non-canonical GLM: Gaussian response, log link.
# l = -sum (y_i - mu_i)^2 / (2 s^2), mu_i = exp(x_i . b), V_i = Var(y_i) = s^2, g = log, g'(mu) = 1/mu.
b1, b2 = symbols("b1 b2", real=True)
b = (b1, b2)
s = Symbol("s", positive=True)
mu_g = [exp(dot(xi, b)) for xi in x]
l_gauss = -sum((yi - mi) ** 2 for yi, mi in zip(y, mu_g)) / (2 * s**2)
score_formula = sum((yi - mi) / ((1 / mi) * s**2) * dot(v, xi) for yi, mi, xi in zip(y, mu_g, x))

# ---- Fisher information (line 27), checked on the Poisson GLM with log link, whose Hessian does not
# involve y (so E(Hessian) = Hessian). Fisher information I = -E(d^2 l / d b d b^T).
eta = [dot(xi, b) for xi in x]
l_pois = sum(yi * ei - exp(ei) for yi, ei in zip(y, eta))
hess_pois = hess_dir(l_pois, b)
mu_p = [exp(ei) for ei in eta]
# 1 / ([g'(mu)]^2 V) with g = log, g' = 1/mu, V = mu  ->  mu
info_formula = sum(1 / ((1 / mi) ** 2 * mi) * dot(v, xi) * dot(w, xi) for mi, xi in zip(mu_p, x))

# ---- logistic regression (lines 33-45)
t1, t2 = symbols("t1 t2", real=True)
t = (t1, t2)
z = Symbol("z", real=True)
sig = lambda u: 1 / (1 + exp(-u))
h_log = [sig(dot(t, xi)) for xi in x]
J_log = Rational(1, M) * sum(-yi * log(hi) - (1 - yi) * log(1 - hi) for yi, hi in zip(y, h_log))
grad_log_formula = Rational(1, M) * sum((hi - yi) * dot(v, xi) for hi, yi, xi in zip(h_log, y, x))
hess_log_formula = Rational(1, M) * sum(hi * (1 - hi) * dot(v, xi) * dot(w, xi) for hi, xi in zip(h_log, x))
ybin = {yi: (0, 1) for yi in y}

# ---- Poisson regression (lines 51-63)
k = Symbol("k", integer=True, nonnegative=True)
lam = exp(z)
h_p = [exp(dot(t, xi)) for xi in x]
J_p = -Rational(1, M) * sum(-hi + yi * log(hi) for hi, yi in zip(h_p, y))
grad_p_formula = sum((hi - yi) * dot(v, xi) for hi, yi, xi in zip(h_p, y, x))
hess_p_formula = sum(hi * dot(v, xi) * dot(w, xi) for hi, xi in zip(h_p, x))
ycount = {yi: (0, 1, 2, 3, 4, 5) for yi in y}

CLAIMS = [
    # U(beta) = sum (y_i - mu_i) / (g'(mu_i) V_i) x_i
    Claim(23, "valid", grad_dir(l_gauss, b), score_formula, domain={s: (0.5, 2.0)}),
    # I(beta) = E(d^2 l / d beta d beta^T): the Fisher information is MINUS that expectation
    Claim(27, "invalid", -hess_pois, hess_pois,
          note="Fisher information is -E(d^2 l/d beta d beta^T); the minus sign is missing"),
    # E(d^2 l / d beta d beta^T) = sum x x^T / ([g']^2 V): the expectation is negative definite
    Claim(27, "invalid", hess_pois, info_formula, k=2,
          note="E(d^2 l/d beta d beta^T) = -sum x_i x_i^T/([g'(mu_i)]^2 V_i); sign wrong (the sum is I(beta))"),
    # logistic: g(theta^T x) = 1/(1+e^{-theta^T x}) = P(y=1|x;theta)
    Claim(33, "valid", exp(z) / (1 + exp(z)), 1 / (1 + exp(-z))),
    Claim(33, "valid", 1 / (1 + exp(-z)), sig(z) ** 1 * (1 - sig(z)) ** 0, k=2),
    # logistic gradient of J (with 1/m)
    Claim(41, "valid", grad_dir(J_log, t), grad_log_formula, domain=ybin),
    # logistic Hessian of J (with 1/m); the unbalanced parenthesis in the source does not change the reading
    Claim(45, "valid", hess_dir(J_log, t), hess_log_formula, domain=ybin),
    # Poisson: g(theta^T x) = e^{theta^T x} = E(y|x;theta)
    Claim(51, "valid", exp(z), exp(z)),
    Claim(51, "valid", exp(z), Sum(k * exp(-lam) * lam**k / factorial(k), (k, 0, oo)), k=2),
    # Poisson gradient: J carries 1/m, the stated gradient does not
    Claim(59, "invalid", grad_dir(J_p, t), grad_p_formula, domain=ycount,
          note="J has the factor 1/m, so grad J = (1/m) sum (h - y) x; the 1/m is dropped"),
    # Poisson Hessian: same missing 1/m
    Claim(63, "invalid", hess_dir(J_p, t), hess_p_formula, domain=ycount,
          note="Hessian of J = (1/m) sum h x x^T; the 1/m is dropped"),
]
