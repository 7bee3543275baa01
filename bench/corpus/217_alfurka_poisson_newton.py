from sympy import Symbol, exp, log, diff, factorial

from labels import Claim

SOURCE = "https://alfurka.github.io/2021-10-12-poisson-regression-asymptotics-consistency/"
TITLE = "Poisson regression: log-likelihood, first-order condition and Hessian (Newton's method)"
TOPIC = "glm"

# n = 3 observations, k = 2 covariates; lambda_i = exp(x_i' beta)
n = 3
b = [Symbol("b1", real=True), Symbol("b2", real=True)]
x = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(n)]
y = [Symbol(f"y{i}", integer=True, nonnegative=True) for i in range(n)]
eta = [sum(x[i][j] * b[j] for j in range(2)) for i in range(n)]
lam = [exp(e) for e in eta]

L = sum(log(exp(-lam[i]) * lam[i]**y[i] / factorial(y[i])) for i in range(n))
L_written = -sum(lam) + sum(y[i] * eta[i] for i in range(n)) + sum(log(factorial(y[i])) for i in range(n))

counts = {yi: (0, 1, 2, 3, 4) for yi in y}

CLAIMS = [
    Claim(20, "invalid", L, L_written, domain=counts,
          note="log of 1/y_i! is -ln(y_i!), so the last sum must enter with a minus sign"),
    Claim(24, "valid", diff(L, b[0]), sum((y[i] - lam[i]) * x[i][0] for i in range(n)), domain=counts),
    Claim(28, "valid", diff(L, b[0], b[1]), -sum(lam[i] * x[i][0] * x[i][1] for i in range(n)),
          domain=counts),
]
