from sympy import Symbol, symbols, Max, Rational, diff, Heaviside

from labels import Claim

SOURCE = "https://github.com/ykechan/jacobi/blob/8c95a0786341b3127df17f47c69ab7fdf4122858/svm.md"
TITLE = "Introduction to Support Vector Machine (hinge loss, PEGASOS sub-gradient, dual)"
TOPIC = "hinge"

half = Rational(1, 2)
N, D = 3, 2                                     # 3 instances, 2 features
x = [[Symbol(f"x{i}{k}", real=True) for k in range(D)] for i in range(N)]
y = list(symbols("y1:4", real=True))
w = list(symbols("w1:3", real=True))
b = Symbol("b", real=True)
lam = Symbol("lambda", positive=True)
t = Symbol("t", positive=True)
C = Symbol("C", positive=True)
al = list(symbols("alpha1:4", real=True))
be = list(symbols("beta1:4", real=True))
xi = list(symbols("xi1:4", real=True))
dl = Symbol("delta", real=True)                 # delta_i of one instance, in {0, 1}
labels = {s: (-1, 1) for s in y}
dot = lambda u, v: sum(u[k] * v[k] for k in range(D))
S = lambda seq: sum(seq)

# ---- PEGASOS part ---------------------------------------------------------------------------
hinge = lambda i: Max(0, 1 - y[i] * (dot(w, x[i]) - b))
Lp = lam * dot(w, w) + S(hinge(i) for i in range(N))
ind = lambda i: Heaviside(1 - y[i] * (dot(w, x[i]) - b))     # delta_i
eta = 1 / (t * lam)
# one instance (i = 0) for the stochastic step; the gradient of the sum is dropped
g1 = 2 * lam * w[0] - dl * y[0] * x[0][0]                    # first component of grad L, one term

# ---- Lagrangian of the soft-margin problem ---------------------------------------------------
delta = lambda i, ww=w: y[i] * (dot(ww, x[i]) - b) - 1
Lag = half * dot(w, w) + C * S(xi) - S(al[i] * (delta(i) + xi[i]) for i in range(N)) \
    - S(be[i] * xi[i] for i in range(N))
# stationarity in w: w = sum alpha_i y_i x_i; in b: sum alpha_i y_i = 0 (alpha3 eliminated)
wS = [S(al[i] * y[i] * x[i][k] for i in range(N)) for k in range(D)]
a3 = -(al[0] * y[0] + al[1] * y[1]) / y[2]
onb = {al[2]: a3}                                           # impose sum alpha_i y_i = 0
bC = {be[i]: C - al[i] for i in range(N)}                   # impose alpha_i + beta_i = C
dbl = S(al[i] * al[j] * y[i] * y[j] * dot(x[i], x[j]) for i in range(N) for j in range(N))
sad = lambda ww=w: S(al[i] * delta(i, ww) for i in range(N))  # sum alpha_i delta_i
LagS = half * dot(wS, wS) + C * S(xi) - S(al[i] * (delta(i, wS) + xi[i]) for i in range(N)) \
    - S((C - al[i]) * xi[i] for i in range(N))

CLAIMS = [
    Claim(30, "valid", diff(Lp, w[0]),
          2 * lam * w[0] - S(ind(i) * y[i] * x[i][0] for i in range(N)), domain=labels),
    Claim(39, "valid", w[0] - eta * g1, (1 - 2 / t) * w[0] + eta * dl * y[0] * x[0][0],
          domain={**labels, dl: (0, 1)}),
    Claim(47, "valid", b - eta * diff(hinge(0), b), b - eta * ind(0) * y[0], domain=labels),
    Claim(77, "valid", diff(Lag, w[0]), w[0] - S(al[i] * y[i] * x[i][0] for i in range(N)),
          domain=labels),
    Claim(81, "valid", diff(Lag, b), S(al[i] * y[i] for i in range(N)), domain=labels),
    Claim(83, "valid", diff(Lag, xi[0]), C - al[0] - be[0], domain=labels),
    Claim(87, "valid", S(w[k] ** 2 for k in range(D)), dot(w, w)),
    Claim(88, "valid", dot(wS, wS), dot(wS, wS), domain=labels),
    Claim(89, "valid", dot(wS, wS), dbl, domain=labels),
    Claim(92, "valid", S(al[i] * (delta(i) + xi[i]) for i in range(N)) + S(be[i] * xi[i] for i in range(N)),
          S(al[i] * delta(i) + (al[i] + be[i]) * xi[i] for i in range(N)), domain=labels),
    Claim(93, "valid", S(al[i] * delta(i) + (al[i] + be[i]) * xi[i] for i in range(N)).xreplace(bC),
          sad() + C * S(xi), domain=labels),
    Claim(96, "valid", sad(), S(al[i] * (y[i] * (dot(w, x[i]) - b) - 1) for i in range(N)),
          domain=labels),
    Claim(97, "valid", S(al[i] * (y[i] * (dot(w, x[i]) - b) - 1) for i in range(N)),
          S(al[i] * y[i] * (dot(w, x[i]) - b) for i in range(N)) - S(al), domain=labels),
    Claim(98, "valid", S(al[i] * y[i] * (dot(w, x[i]) - b) for i in range(N)) - S(al),
          S(al[i] * y[i] * dot(w, x[i]) for i in range(N)) - b * S(al[i] * y[i] for i in range(N))
          - S(al), domain=labels),
    Claim(99, "valid",
          (S(al[i] * y[i] * dot(w, x[i]) for i in range(N)) - b * S(al[i] * y[i] for i in range(N))
           - S(al)).xreplace(onb),
          (S(al[i] * y[i] * dot(w, x[i]) for i in range(N)) - S(al)).xreplace(onb), domain=labels),
    Claim(99, "valid", diff(Lag, b), S(al[i] * y[i] for i in range(N)), k=2, domain=labels),
    Claim(100, "ambiguous",
          (S(al[i] * y[i] * dot(wS, x[i]) for i in range(N)) - S(al)).xreplace(onb),
          (S(al[i] * y[i] * S(al[k] * y[k] for k in range(N)) * dot(x[0], x[i]) for i in range(N))
           - S(al)).xreplace(onb),
          alt=((S(al[i] * y[i] * dot(wS, x[i]) for i in range(N)) - S(al)).xreplace(onb),
               (S(al[i] * y[i] * dot([S(al[j] * y[j] * x[j][k] for j in range(N)) for k in range(D)],
                                     x[i]) for i in range(N)) - S(al)).xreplace(onb)),
          domain=labels,
          note="inner sum reuses index i with a fixed x_j; read literally it is (Σα_k y_k)x_j = 0, "
               "read as Σ_j α_j y_j x_j (= w) it holds"),
    Claim(101, "valid", S(al[i] * y[i] * dot(wS, x[i]) for i in range(N)) - S(al), dbl - S(al),
          domain=labels),
    Claim(105, "valid", dot(x[1], x[0]), dot(x[0], x[1])),
    Claim(105, "valid", dot(x[0], x[1]), dot(x[0], x[1]), k=2),
    Claim(110, "invalid", sad(wS).xreplace(onb), (half * dbl - S(al)).xreplace(onb), domain=labels,
          note="with w = Σα_j y_j x_j and Σα_i y_i = 0, Σα_i δ_i = Σα_iα_j y_i y_j x_i·x_j − Σα_i: "
               "no factor ½"),
    Claim(112, "valid", LagS.xreplace(onb),
          (half * dbl + C * S(xi) - sad(wS) - C * S(xi)).xreplace(onb), domain=labels),
    Claim(113, "valid", (half * dbl + C * S(xi) - sad(wS) - C * S(xi)).xreplace(onb),
          (half * dbl - S(al[i] * y[i] * dot(wS, x[i]) for i in range(N)) + S(al)).xreplace(onb),
          domain=labels),
    Claim(114, "valid",
          (half * dbl - S(al[i] * y[i] * dot(wS, x[i]) for i in range(N)) + S(al)).xreplace(onb),
          (S(al) - half * dbl).xreplace(onb), domain=labels),
]
