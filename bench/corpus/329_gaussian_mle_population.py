from sympy import Symbol, exp, log, sqrt, pi, diff, solve, Rational

from labels import Claim

SOURCE = "https://github.com/cadizm/linear-algebra-for-ml-ds/blob/653a313ab370623ad94d761d3e608b3fbf0baf61/probability-statistics/week-3/mle-for-gaussian-population.md"
TITLE = "MLE for Gaussian population"
TOPIC = "glm"

# n = 3 observations
n = 3
x1, x2, x3 = (Symbol(f"x{i}", real=True) for i in (1, 2, 3))
xs = (x1, x2, x3)
mu = Symbol("mu", real=True)
sigma = Symbol("sigma", positive=True)
a = Symbol("a", positive=True)
k = Symbol("k", real=True)
D = {sigma: (0.5, 2.0)}
DA = {a: (0.1, 3.0)}

S2 = sum((x - mu)**2 for x in xs)          # sum (x_i - mu)^2
Sx = sum(xs)                               # sum x_i
xbar = Sx / n
S2bar = sum((x - xbar)**2 for x in xs)     # sum (x_i - xbar)^2


def f(x):  # N(mu, sigma^2) density
    return 1 / (sqrt(2 * pi) * sigma) * exp(-(x - mu)**2 / (2 * sigma**2))


L_true = f(x1) * f(x2) * f(x3)
L_line19 = 1
for x in xs:
    L_line19 *= 1 / sqrt(2 * pi * sigma) * exp(-Rational(1, 2) * (x - mu)**2 / sigma**2)
L_line20 = 1 / ((sqrt(2 * pi))**n * sigma**n) * exp(-Rational(1, 2) * S2 / sigma**2)

ell = log(L_true)
ell_line54 = -Rational(n, 2) * log(2 * pi) - n * log(sigma) - Rational(1, 2) * S2 / sigma**2
dmu = diff(ell, mu)
dsig = diff(ell, sigma)

mu_hat = solve(diff(ell_line54, mu), mu)[0]
ell_at_xbar = ell_line54.subs(mu, xbar)
sig_hat = [s for s in solve(diff(ell_at_xbar, sigma), sigma)][0]

CLAIMS = [
    Claim(19, "invalid", L_true, L_line19, domain=D,
          note="normal density has 1/(sqrt(2*pi)*sigma), not 1/sqrt(2*pi*sigma)"),
    Claim(20, "invalid", L_line19, L_line20, domain=D,
          note="product of 1/sqrt(2*pi*sigma) gives (2*pi*sigma)^(-n/2), not (sqrt(2*pi))^(-n) sigma^(-n)"),
    Claim(40, "valid", log(1 / a), -log(a), domain=DA),
    Claim(46, "valid", log(a**k), k * log(a), domain=DA),
    Claim(53, "valid", ell, log(L_line20), domain=D),
    Claim(54, "valid", log(L_line20), ell_line54, domain=D),
    Claim(65, "valid", dmu, -Rational(1, 2) * sum(2 * (x - mu) for x in xs) / sigma**2 * (-1), domain=D),
    Claim(66, "valid", -Rational(1, 2) * sum(2 * (x - mu) for x in xs) / sigma**2 * (-1),
          1 / sigma**2 * (Sx - (mu + mu + mu)), domain=D),
    Claim(67, "valid", 1 / sigma**2 * (Sx - (mu + mu + mu)), 1 / sigma**2 * (Sx - n * mu), domain=D),
    Claim(75, "valid", dsig, -n / sigma - Rational(1, 2) * S2 * (-2) / sigma**3, domain=D),
    Claim(76, "valid", -n / sigma - Rational(1, 2) * S2 * (-2) / sigma**3, -n / sigma + S2 / sigma**3, domain=D),
    Claim(84, "invalid", dmu, 1 / sigma * (Sx - n * mu), domain=D,
          note="the derivative in mu is (sum x_i - n mu)/sigma^2, not divided by sigma"),
    Claim(91, "valid", mu_hat, Sx / n),
    Claim(91, "valid", Sx / n, xbar, k=2),
    Claim(99, "valid", dsig, -n / sigma + S2 / sigma**3, domain=D),
    Claim(105, "invalid", dsig, -n + S2 / sigma**2, domain=D,
          note="-n + S/sigma^2 is sigma times the derivative, not the derivative itself"),
    Claim(108, "valid", mu_hat, xbar),
    Claim(112, "invalid", dsig, -n + S2bar / sigma**2, domain=D,
          note="the left side is the sigma-derivative at general mu; the right side is sigma times it with mu replaced by xbar"),
    Claim(118, "valid", sig_hat**2, S2bar / n),
    Claim(124, "valid", sig_hat, sqrt(S2bar / n)),
]
