from sympy import Symbol, symbols, exp, diff, Max, Heaviside, Rational, sqrt, Sum, factorial, oo, Integer

from labels import Claim

SOURCE = "https://github.com/panaali/mseyfi.github.io/blob/049acb4fe27f8c3c276094202221dffb8506ae62/posts/SVM.md"
TITLE = "Support vector machines: dual, hinge-loss gradient and kernels"
TOPIC = "hinge"

# m = 3 samples, 2 features; one symbol per entry
M = 3
w1, w2, b, C = symbols("w1 w2 b C", real=True)
w = [w1, w2]
y = symbols("y1:4", real=True)
a = symbols("alpha1:4", real=True)
X = [symbols(f"x{i}1 x{i}2", real=True) for i in range(1, M + 1)]
LABELS = {yi: (-1, 1) for yi in y}
POS_A = {ai: (0.05, 2.0) for ai in a}
DOM = {**LABELS, **POS_A, C: (0.1, 3.0)}


def dot(u, v):
    return sum(ui * vi for ui, vi in zip(u, v))


# Lagrangian of the hard-margin problem (line 25, a definition)
Lag = Rational(1, 2) * dot(w, w) - sum(a[i] * (y[i] * (dot(w, X[i]) + b) - 1) for i in range(M))

# w after stationarity, w = sum_i alpha_i y_i x_i
w_star = [sum(a[i] * y[i] * X[i][k] for i in range(M)) for k in range(2)]
Lag_sub = Lag.xreplace({w1: w_star[0], w2: w_star[1]})
rhs43 = Rational(1, 2) * dot(w_star, w_star) - sum(
    a[i] * (y[i] * (sum(a[j] * y[j] * dot(X[j], X[i]) for j in range(M)) + b) - 1) for i in range(M))

second_l = -sum(a[i] * y[i] * sum(a[j] * y[j] * dot(X[j], X[i]) for j in range(M)) for i in range(M))
second_r = -sum(a[i] * a[j] * y[i] * y[j] * dot(X[i], X[j]) for i in range(M) for j in range(M))

# third term under the constraint sum_i alpha_i y_i = 0: eliminate alpha_3
a3_con = -(a[0] * y[0] + a[1] * y[1]) / y[2]
third = (-sum(a[i] * y[i] * b for i in range(M))).xreplace({a[2]: a3_con})

# soft-margin hinge objective (line 84, a definition)
z = [y[i] * (dot(w, X[i]) + b) for i in range(M)]
L = Rational(1, 2) * dot(w, w) + C * sum(Max(0, 1 - z[i]) for i in range(M))
grad_w1 = w1 - C * sum(y[i] * X[i][0] * Heaviside(1 - z[i]) for i in range(M))
grad_b = -C * sum(y[i] * Heaviside(1 - z[i]) for i in range(M))

# kernels: two 2-D inputs
xi1, xi2, xj1, xj2 = symbols("xi1 xi2 xj1 xj2", real=True)
xi, xj = [xi1, xi2], [xj1, xj2]
phi = lambda u: [u[0]**2, u[1]**2, sqrt(2) * u[0] * u[1], sqrt(2) * u[0], sqrt(2) * u[1], Integer(1)]
phi_dot = dot(phi(xi), phi(xj))
phi_exp = xi1**2 * xj1**2 + xi2**2 * xj2**2 + 2 * xi1 * xi2 * xj1 * xj2 + 2 * xi1 * xj1 + 2 * xi2 * xj2 + 1

sigma = Symbol("sigma", positive=True)
g = Symbol("gamma", positive=True)
n = Symbol("n", integer=True, nonnegative=True)
d = dot(xi, xj)
nrm_i, nrm_j = dot(xi, xi), dot(xj, xj)
diff_sq = (xi1 - xj1)**2 + (xi2 - xj2)**2
K_rbf = exp(-diff_sq / (2 * sigma**2))
Cfun = exp(-(nrm_i + nrm_j) / (2 * sigma**2))
gs = 1 / sigma**2  # gamma = 1/sigma^2
Cprime = Cfun * exp(-gs)
# the series are summed symbolically (.doit() before any number is put in): SymPy's numeric
# evaluation of Sum(u**n/n!) at a float u is wrong (returns 1)
KDOM = {sigma: (0.7, 2.0), g: (0.1, 2.0)}

CLAIMS = [
    Claim(31, "valid", diff(Lag, w1), w1 - sum(a[i] * y[i] * X[i][0] for i in range(M)), domain=DOM),
    Claim(37, "valid", diff(Lag, b), -sum(a[i] * y[i] for i in range(M)), domain=DOM),
    Claim(43, "valid", Lag_sub, rhs43, domain=DOM),
    Claim(49, "valid", second_l, second_r, domain=DOM),
    Claim(50, "valid", third, Integer(0), domain=DOM),
    Claim(96, "valid", diff(L, w1), grad_w1, domain=DOM),
    Claim(99, "valid", diff(L, b), grad_b, domain=DOM),
    Claim(119, "valid", phi_dot, phi_exp),
    Claim(147, "valid", diff_sq, nrm_i + nrm_j - 2 * d),
    Claim(153, "valid", K_rbf,
          exp(-nrm_i / (2 * sigma**2)) * exp(-nrm_j / (2 * sigma**2)) * exp(d / sigma**2), domain=KDOM),
    Claim(165, "valid", K_rbf, Cfun * exp(d / sigma**2), domain=KDOM),
    Claim(171, "valid", exp(g * d), exp(g * (d + 1 - 1)), domain=KDOM),
    Claim(171, "valid", exp(g * (d + 1 - 1)), exp(-g) * exp(g * (1 + d)), k=2, domain=KDOM),
    Claim(177, "valid", K_rbf, Cprime * exp(gs * (1 + d)), domain=KDOM),
    Claim(185, "valid", exp(g * (1 + d)), Sum(g**n / factorial(n) * (1 + d)**n, (n, 0, oo)).doit(), domain=KDOM),
    Claim(191, "valid", K_rbf, Cprime * Sum(gs**n / factorial(n) * (1 + d)**n, (n, 0, oo)).doit(), domain=KDOM),
]
