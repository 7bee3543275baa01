from sympy import Symbol, Rational, diff, exp, factorial, log, pi, sqrt

from labels import Claim

SOURCE = "https://github.com/RTstudy/statmodel/blob/0999f21dc8611734e0a6c73b92e2aa97108109b2/wanko/README.md"
TITLE = "Maximum-likelihood estimates of the Poisson and normal distributions (study notes)"
TOPIC = "glm"

# n = 3 observations, one symbol per entry
n = 3
lam = Symbol("lambda", positive=True)
xs = [Symbol(f"x{i}", integer=True, nonnegative=True) for i in (1, 2, 3)]
counts = {x: (0, 1, 2, 3, 4, 5) for x in xs}
D_pois = {lam: (0.2, 4.0), **counts}

pmf = [lam**x * exp(-lam) / factorial(x) for x in xs]
ell = log(pmf[0] * pmf[1] * pmf[2])  # log L(lambda), L the product of the pmfs
sum_log = sum(log(p) for p in pmf)
sum_slip = sum(log(lam**x) + log(exp(-lam)) - factorial(x) for x in xs)
sum_slip2 = sum(x * log(lam) - lam - factorial(x) for x in xs)
Sx = sum(xs)
lam_hat = Sx / n  # the stationary point the author solves for

# normal part: real data y1..y3, mean mu, variance s2 (= sigma^2)
mu = Symbol("mu", real=True)
s2 = Symbol("s2", positive=True)
ys = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
D_norm = {s2: (0.3, 3.0)}
dens = [1 / sqrt(2 * pi * s2) * exp(-(y - mu)**2 / (2 * s2)) for y in ys]
prod_dens = dens[0] * dens[1] * dens[2]
l_norm = log(prod_dens)
SS = sum((y - mu)**2 for y in ys)
Sy = sum(ys)
mu_hat = Sy / n
SS_hat_mu = SS  # the author keeps mu in the variance equation
s2_hat = SS / n

CLAIMS = [
    # Poisson log-likelihood chain (line 15 defines ell = log L: not a claim)
    Claim(16, "valid", ell, sum_log, domain=D_pois),
    Claim(17, "invalid", sum_log, sum_slip, domain=D_pois,
          note="log(x_i!/...) splits into -log(x_i!), not -x_i!; the log is dropped"),
    Claim(18, "valid", sum_slip, sum_slip2, domain=D_pois),
    # derivative in lambda
    Claim(24, "valid", diff(ell, lam), sum(x / lam - 1 for x in xs), domain=D_pois),
    Claim(25, "valid", sum(x / lam - 1 for x in xs), Sx / lam - n, domain=D_pois),
    # solving d ell / d lambda = 0, checked at the solution lambda = mean(x)
    Claim(31, "valid", Sx / lam_hat - n, 0, domain={x: (1, 2, 3, 4, 5) for x in xs}),
    Claim(32, "valid", Sx / lam_hat, n, domain={x: (1, 2, 3, 4, 5) for x in xs}),
    Claim(33, "valid", lam_hat, Rational(1, n) * Sx, domain={x: (1, 2, 3, 4, 5) for x in xs}),
    # normal log-likelihood chain (line 60 defines l = log L: not a claim)
    Claim(61, "valid", l_norm, log(prod_dens), domain=D_norm),
    Claim(62, "valid", log(prod_dens), sum(log(d) for d in dens), domain=D_norm),
    Claim(63, "valid", sum(log(d) for d in dens),
          -Rational(n, 2) * log(2 * pi * s2) - SS / (2 * s2), domain=D_norm),
    Claim(64, "valid", -Rational(n, 2) * log(2 * pi * s2) - SS / (2 * s2),
          -Rational(n, 2) * log(2 * pi) - Rational(n, 2) * log(s2) - SS / (2 * s2), domain=D_norm),
    # derivative in mu
    Claim(70, "valid", diff(l_norm, mu), -1 / (2 * s2) * sum(-2 * y + 2 * mu for y in ys), domain=D_norm),
    Claim(71, "valid", -1 / (2 * s2) * sum(-2 * y + 2 * mu for y in ys), Sy / s2 - n / s2 * mu, domain=D_norm),
    Claim(72, "valid", Sy / s2 - n / s2 * mu, (Sy - n * mu) / s2, domain=D_norm),
    # solving for mu, checked at the solution mu = mean(y)
    Claim(76, "valid", (Sy - n * mu_hat) / s2, 0, domain=D_norm),
    Claim(77, "valid", Sy - n * mu_hat, 0, domain=D_norm),
    Claim(78, "valid", n * mu_hat, Sy, domain=D_norm),
    Claim(79, "valid", mu_hat, Rational(1, n) * Sy, domain=D_norm),
    # derivative in sigma^2
    Claim(85, "valid", diff(l_norm, s2), -n / (2 * s2) + SS / (2 * s2**2), domain=D_norm),
    # solving for sigma^2, checked at the solution sigma^2 = SS / n
    Claim(89, "valid", -n / (2 * s2_hat) + SS / (2 * s2_hat**2), 0, domain=D_norm),
    Claim(90, "valid", n / (2 * s2_hat), SS / (2 * s2_hat**2), domain=D_norm),
    Claim(91, "valid", s2_hat, Rational(1, n) * SS, domain=D_norm),
]
