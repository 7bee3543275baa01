from sympy import Symbol, Min, sign, sqrt

from labels import Claim

SOURCE = ("https://github.com/alileino/alileino.github.io/blob/07c8030257740fd420861e87a6d6748841cfaa4f/"
          "_posts/2017-3-16-Perceptron.md")
TITLE = "Proofs for the perceptron learning algorithm (WIP)"
TOPIC = "hinge"

# vectors in R^2 (n = 2), labels in {-1, +1}
y = Symbol("y", real=True)
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)  # w(t) (or w(t-1) where noted)
x1 = Symbol("x1", real=True)
a = Symbol("a", positive=True)  # margin by which x(t) is misclassified
u1, u2 = Symbol("u1", real=True), Symbol("u2", real=True)  # w^*
rho, d = Symbol("rho", positive=True), Symbol("d", positive=True)
t, R = Symbol("t", positive=True), Symbol("R", positive=True)
PM = (-1, 1)


def dot(p, q):
    return p[0] * q[0] + p[1] * q[1]


w = (w1, w2)
u = (u1, u2)
# a free x, and an x(t) that w(t) misclassifies: w^T x = -y a with a > 0
xf = (x1, Symbol("x2", real=True))
xm = (x1, (-y * a - w1 * x1) / w2)
w_next = (w1 + y * xf[0], w2 + y * xf[1])

# separable data, N = 3: w*^T x_i = y_i a_i, with a_1 the smallest (so m = 1)
ys = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
a1, d2, d3 = Symbol("a1", positive=True), Symbol("d2", positive=True), Symbol("d3", positive=True)
av = [a1, a1 + d2, a1 + d3]
xs = [(x1, (ys[i] * av[i] - u1 * x1) / u2) for i in range(3)]
margins = [ys[i] * dot(u, xs[i]) for i in range(3)]
rho_expr = Min(*margins)
SEP = {a1: (0.1, 1), d2: (0.1, 1), d3: (0.1, 1), ys[0]: PM, ys[1]: PM, ys[2]: PM}

# w(t) = w(t-1) + y x(t-1); the example's margin y w*^T x exceeds rho by d > 0
xr = (x1, (y * (rho + d) - u1 * x1) / u2)
w_t = (w1 + y * xr[0], w2 + y * xr[1])
RHO = {y: PM, rho: (0.1, 1), d: (0.1, 1)}

CLAIMS = [
    Claim(32, "valid", -sign(y), -y, domain={y: PM}),
    Claim(51, "valid", sign(y * dot(w, xf)), sign(y) * sign(dot(w, xf)), domain={y: PM}),
    Claim(52, "valid", sign(y) * sign(dot(w, xm)), sign(y) * (-sign(y)),
          domain={y: PM, a: (0.1, 2)}),
    Claim(53, "valid", sign(y) * (-sign(y)), -y**2, domain={y: PM}),
    Claim(54, "valid", -y**2, -1, domain={y: PM}),
    Claim(71, "valid", y * dot(w_next, xf), y * dot((w1 + y * xf[0], w2 + y * xf[1]), xf),
          domain={y: PM}),
    Claim(72, "valid", y * dot((w1 + y * xf[0], w2 + y * xf[1]), xf),
          y * dot((w1 + xf[0] * y, w2 + xf[1] * y), xf), domain={y: PM}),
    Claim(73, "valid", y * dot((w1 + xf[0] * y, w2 + xf[1] * y), xf),
          y * dot(w, xf) + y**2 * dot(xf, xf), domain={y: PM},
          note="x(t)^2 read as x(t)^T x(t); also holds reading x as a scalar"),
    Claim(95, "valid", sign(rho_expr), sign(Min(*margins)), domain=SEP),
    Claim(96, "valid", sign(Min(*margins)), sign(ys[0] * dot(u, xs[0])), domain=SEP),
    Claim(97, "valid", sign(ys[0] * dot(u, xs[0])), sign(ys[0])**2, domain=SEP),
    Claim(98, "valid", sign(ys[0])**2, 1, domain=SEP),
    Claim(105, "invalid", dot(w_t, u), dot(w, u) + rho, domain=RHO,
          note="w(t)^T w* = w(t-1)^T w* + y w*^T x >= ... + rho; equality only for the closest point"),
    Claim(112, "invalid", dot(w_t, u), dot(w, u) + rho, domain=RHO,
          note="same slip: the update adds y w*^T x, which is >= rho, not = rho"),
    Claim(113, "invalid", dot(w, u) + rho, dot(w_t, u), domain=RHO,
          note="w(t-1)^T w* + rho differs from (w(t-1) + y x)^T w* unless y w*^T x = rho"),
    Claim(114, "valid", dot(w_t, u), dot(w, u) + y * dot(xr, u), domain=RHO),
    Claim(115, "valid", dot(w, u) + y * dot(xr, u), dot(w, u) + y * dot(u, xr), domain=RHO),
    Claim(129, "valid", dot((0, 0), u), 0 * rho),
    Claim(129, "valid", (t - 1) * rho + rho, t * rho, k=2),
    Claim(142, "valid", dot(w_next, w_next),
          dot((w1 + y * xf[0], w2 + y * xf[1]), (w1 + y * xf[0], w2 + y * xf[1])), domain={y: PM}),
    Claim(143, "valid", dot(w_next, w_next),
          dot(w, w) + 2 * y * dot(w, xf) + dot((y * xf[0], y * xf[1]), (y * xf[0], y * xf[1])),
          domain={y: PM}),
    Claim(144, "valid",
          dot(w, w) + 2 * y * dot(w, xf) + dot((y * xf[0], y * xf[1]), (y * xf[0], y * xf[1])),
          dot(w, w) + 2 * y * dot(w, xf) + dot(xf, xf), domain={y: PM}),
    Claim(159, "valid", dot((0, 0), (0, 0)), 0 * R**2),
    Claim(159, "valid", (t - 1) * R**2 + R**2, t * R**2, k=2),
    Claim(177, "invalid", t * rho / (sqrt(t) * R), sqrt(t) / R,
          domain={t: (1, 20), rho: (0.1, 0.9), R: (0.5, 3)},
          note="t rho / (sqrt(t) R) = sqrt(t) rho / R; the factor rho is dropped"),
    Claim(185, "invalid", dot(w, u) * dot(w, u) * R**2 / (dot(w, w) * rho**2),
          dot(w, w) * dot(u, u) * R**2 / (dot(w, w) * rho**2),
          note="(w^T w*)^2 <= ||w||^2 ||w*||^2 (Cauchy-Schwarz), equal only for parallel vectors"),
    Claim(186, "valid", dot(w, w) * dot(u, u) * R**2 / (dot(w, w) * rho**2),
          dot(u, u) * R**2 / rho**2),
]
