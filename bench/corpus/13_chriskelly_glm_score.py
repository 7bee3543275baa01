from sympy import Symbol, exp, log, sin, diff, Mul, Add, Rational

from labels import Claim

SOURCE = "https://github.com/chris-kelly/blog/blob/036a66195b76262cd90b29d2811587b5919b6ccc/posts/glm_exponential_dispersion.qmd"
TITLE = "Generalized Linear Models from scratch: cost function and score (Chris Kelly)"
TOPIC = "glm"

# n = 3 observations, 2 features; canonical link theta_i = X_i1 beta_1 + X_i2 beta_2
n, p = 3, 2
X = [[Symbol(f"X{i}{j}", real=True) for j in range(1, p + 1)] for i in range(1, n + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
beta = [Symbol(f"beta{j}", real=True) for j in range(1, p + 1)]
phi = Symbol("phi", positive=True)
th = [sum(X[i][j] * beta[j] for j in range(p)) for i in range(n)]

t = Symbol("t", real=True)
b_ = exp(t) / 2 + t**2 / 3            # smooth stand-in for b(theta)
a = phi                               # stand-in for a(phi)


def b(e):
    return b_.subs(t, e)


def c(yv):
    return sin(yv) + phi / 4          # stand-in for c(y, phi)


def f(yv, tv):
    return exp((yv * tv - b(tv)) / a + c(yv))


L = Mul(*[f(Y[i], th[i]) for i in range(n)])
NLL = -log(L)

# line 20: the factors are written with y, theta and no index
ys, ts = Symbol("y", real=True), Symbol("theta", real=True)
lit20 = f(ys, ts)**n

sum_form = -Add(*[(Y[i] * th[i] - b(th[i])) / a + c(Y[i]) for i in range(n)])
split_form = -Rational(1, 1) / a * Add(*[Y[i] * th[i] - b(th[i]) for i in range(n)]) - Add(*[c(Y[i]) for i in range(n)])
reduced = -1 / a * Add(*[Y[i] * th[i] - b(th[i]) for i in range(n)])

bp = diff(b_, t)
score_96 = -1 / a * Add(*[Y[i] * X[i][0] - bp.subs(t, th[i]) * X[i][0] for i in range(n)])

CLAIMS = [
    Claim(20, "ambiguous", L, lit20, alt=(L, Mul(*[f(Y[i], th[i]) for i in range(n)])),
          note="with y and theta unindexed the product is n copies of one factor; it is the likelihood only if y, theta stand for y_i, theta_i"),
    Claim(33, "valid", NLL, sum_form),
    Claim(37, "valid", sum_form, split_form),
    Claim(71, "valid", diff(th[0], beta[0]), diff(th[0], beta[0])),
    Claim(71, "valid", diff(th[0], beta[0]), X[0][0], k=2),
    # argmin equality, read through the gradients of the two objectives
    Claim(81, "valid", diff(NLL, beta[0]), diff(reduced, beta[0])),
    Claim(96, "valid", diff(NLL, beta[0]), score_96),
    Claim(98, "valid", diff(th[0], beta[0]), X[0][0]),
    Claim(100, "valid", diff(th[0], beta[0]), X[0][0]),
]
