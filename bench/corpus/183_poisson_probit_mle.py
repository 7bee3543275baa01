from sympy import Symbol, exp, log, diff, factorial, erf, sqrt, pi, Rational

from labels import Claim

SOURCE = ("https://github.com/QuantEcon/lecture-python.myst/blob/"
          "463d1e27c450248a0e6e9875f2266c918e3bcf0b/lectures/mle.md")
TITLE = "Maximum Likelihood Estimation (Poisson regression; probit exercise)"
TOPIC = "glm"

# n = 3 observations, x_i = (1, x_i1, x_i2), beta = (b0, b1, b2)
n = 3
b0, b1, b2 = Symbol("b0", real=True), Symbol("b1", real=True), Symbol("b2", real=True)
x1 = [Symbol(f"x{i}1", real=True) for i in range(1, n + 1)]
x2 = [Symbol(f"x{i}2", real=True) for i in range(1, n + 1)]
ys = [Symbol(f"y{i}", integer=True, nonnegative=True) for i in range(1, n + 1)]
y_bare = Symbol("y", integer=True, nonnegative=True)  # the `y` of `\log y!`

eta = [b0 + b1 * x1[i] + b2 * x2[i] for i in range(n)]
mu = [exp(e) for e in eta]
f = [mu[i] ** ys[i] / factorial(ys[i]) * exp(-mu[i]) for i in range(n)]
prod_f = f[0] * f[1] * f[2]

counts = {y: (0, 1, 2, 3, 4) for y in ys + [y_bare]}

# probit
def Phi(s):
    return (1 + erf(s / sqrt(2))) / 2

def phi(s):
    return exp(-s ** 2 / 2) / sqrt(2 * pi)

s = Symbol("s", real=True)
yb = ys  # binary responses for the probit part
binary = {y: (0, 1) for y in ys}
mu_p = [Phi(e) for e in eta]
logL_probit = log(mu_p[0] ** ys[0] * (1 - mu_p[0]) ** (1 - ys[0])
                  * mu_p[1] ** ys[1] * (1 - mu_p[1]) ** (1 - ys[1])
                  * mu_p[2] ** ys[2] * (1 - mu_p[2]) ** (1 - ys[2]))
logL_probit_sum = sum(ys[i] * log(Phi(eta[i])) + (1 - ys[i]) * log(1 - Phi(eta[i])) for i in range(n))
box = {b0: (-1, 1), b1: (-1, 1), b2: (-1, 1)}

CLAIMS = [
    # mu_i = exp(x_i' beta) = exp(beta_0 + beta_1 x_i1 + ... + beta_k x_ik)  (first link defines mu_i)
    Claim(32, "valid", exp(sum(c * v for c, v in zip((b0, b1, b2), (1, x1[0], x2[0])))),
          exp(b0 + b1 * x1[0] + b2 * x2[0])),
    # f(y_1, y_2) = f(y_1) f(y_2) for independent observations
    Claim(53, "valid", f[0] * f[1], f[0] * f[1], domain=counts),
    # joint pmf of the n conditionally independent Poisson observations
    Claim(61, "valid", prod_f,
          (mu[0] ** ys[0] / factorial(ys[0]) * exp(-mu[0]))
          * (mu[1] ** ys[1] / factorial(ys[1]) * exp(-mu[1]))
          * (mu[2] ** ys[2] / factorial(ys[2]) * exp(-mu[2])), domain=counts),
    # log-likelihood chain
    Claim(87, "valid", log(prod_f), log(f[0] * f[1] * f[2]), domain=counts),
    Claim(95, "valid", log(f[0] * f[1] * f[2]), log(f[0]) + log(f[1]) + log(f[2]), domain=counts),
    Claim(97, "valid", log(f[0]) + log(f[1]) + log(f[2]),
          sum(log(mu[i] ** ys[i] / factorial(ys[i]) * exp(-mu[i])) for i in range(n)), domain=counts),
    Claim(100, "ambiguous",
          sum(log(mu[i] ** ys[i] / factorial(ys[i]) * exp(-mu[i])) for i in range(n)),
          sum(ys[i] * log(mu[i]) for i in range(n)) - sum(mu) - n * log(factorial(y_bare)),
          alt=(sum(log(mu[i] ** ys[i] / factorial(ys[i]) * exp(-mu[i])) for i in range(n)),
               sum(ys[i] * log(mu[i]) for i in range(n)) - sum(mu)
               - sum(log(factorial(ys[i])) for i in range(n))),
          domain=counts,
          note="last sum is written `\\log y!` with no index; it is right only when y means y_i"),
    # probit log-likelihood from the pmf mu^y (1-mu)^(1-y)
    Claim(168, "valid", logL_probit, logL_probit_sum, domain={**binary, **box}),
    # d Phi / ds = phi
    Claim(177, "valid", diff(Phi(s), s), phi(s)),
    # gradient, component beta_1
    Claim(186, "valid", diff(logL_probit_sum, b1),
          sum((ys[i] * phi(eta[i]) / Phi(eta[i]) - (1 - ys[i]) * phi(eta[i]) / (1 - Phi(eta[i]))) * x1[i]
              for i in range(n)), domain={**binary, **box}),
    # Hessian, entry (beta_1, beta_2)
    Claim(196, "valid", diff(logL_probit_sum, b1, b2),
          -sum(phi(eta[i]) * (ys[i] * (phi(eta[i]) + eta[i] * Phi(eta[i])) / Phi(eta[i]) ** 2
                              + (1 - ys[i]) * (phi(eta[i]) - eta[i] * (1 - Phi(eta[i])))
                              / (1 - Phi(eta[i])) ** 2) * x1[i] * x2[i] for i in range(n)),
          domain={**binary, **box}),
]
