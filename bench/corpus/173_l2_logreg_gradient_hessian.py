from sympy import Rational, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://lepronliner.github.io/2024/07/21/l2-regularized-lr-math/"
TITLE = "L2-regularized Logistic Regression Derived (gradient and Hessian)"
TOPIC = "regularisation"

# Concrete size: n = 3 samples, one feature (w and x_i scalars), labels y_i in {-1, +1}
# (the loss log(1 + exp(-y_i(w_0 + w^T x_i))) presupposes +-1 labels).
# Vectors [a; b] (bias first) and the 2x2 Hessian are compared through random probe
# coefficients P0, P1 (vectors) and Q00, Q01, Q11 (symmetric matrices).
x = Symbol("x", real=True)
w0 = Symbol("w0", real=True)
w = Symbol("w", real=True)
lam = Symbol("lam", positive=True)
X = [Symbol(f"x{i}", real=True) for i in (1, 2, 3)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
P0, P1 = Symbol("P0", real=True), Symbol("P1", real=True)
Q00, Q01, Q11 = Symbol("Q00", real=True), Symbol("Q01", real=True), Symbol("Q11", real=True)
third = Rational(1, 3)


def sig(t):
    return exp(t) / (1 + exp(t))  # the post's definition


def dsig(t):
    return sig(t) * (1 - sig(t))


U = [-yi * (w0 + w * xi) for xi, yi in zip(X, Y)]
S = [dsig(u) for u in U]  # sigma(1 - sigma) at u_i
f = third * sum(log(1 + exp(u)) for u in U) + lam * w**2
f0, fw = diff(f, w0), diff(f, w)
f00, f0w, fww = diff(f, w0, w0), diff(f, w0, w), diff(f, w, w)


def vec(a, b):
    return P0 * a + P1 * b


def mat(a00, a01, a11):
    return Q00 * a00 + 2 * Q01 * a01 + Q11 * a11


# single-sample quantities for the chain-rule bullets
y, xs = Symbol("y", real=True), Symbol("xs", real=True)
u = -y * (w0 + w * xs)

D = {lam: (0.1, 2.0), y: (-1, 1)}
D.update({yi: (-1, 1) for yi in Y})

g0 = -third * sum(yi * sig(ui) for yi, ui in zip(Y, U))
gw = -third * sum(yi * xi * sig(ui) for yi, xi, ui in zip(Y, X, U)) + 2 * lam * w

h140 = vec(-third * sum(yi * (-yi) * s for yi, s in zip(Y, S)),
           -third * sum(yi * (-yi) * s * xi for yi, s, xi in zip(Y, S, X)) + 2 * lam * w)
Ssum = third * sum(yi**2 * s for yi, s in zip(Y, S))
h142 = vec(Ssum, Ssum + 2 * lam * w)
h148 = vec(-third * sum(yi * xi * s for yi, xi, s in zip(Y, X, S)),
           -third * sum(yi * xi * s * xi for yi, xi, s in zip(Y, X, S)) + 2 * lam * w)
T150 = third * sum(yi**2 * s * xi for yi, s, xi in zip(Y, S, X))  # x_i read inside the sum
h150 = vec(T150, T150 + 2 * lam * w)
h156 = vec(-third * sum(yi * s for yi, s in zip(Y, S)) + 2 * lam,
           -third * sum(yi * s * xi for yi, s, xi in zip(Y, S, X)) + 2 * lam)
T157 = -third * sum(yi * s * xi for yi, s, xi in zip(Y, S, X))
h157 = vec(T157, T157 + 2 * lam * w)
T159 = third * sum(yi * xi * s for yi, xi, s in zip(Y, X, S))
h159 = vec(T159, T159 + 2 * lam * w)
H168 = mat(third * sum(yi * s for yi, s in zip(Y, S)),
           third * sum(yi * s * xi for yi, s, xi in zip(Y, S, X)),
           third * sum(yi * s * xi**2 for yi, s, xi in zip(Y, S, X)) + 2 * lam)

CLAIMS = [
    Claim(14, "valid", exp(x) / (1 + exp(x)), exp(x) / (1 + exp(x)), domain=D),
    Claim(21, "valid", diff(sig(x), x), sig(x) * (1 - sig(x))),
    Claim(43, "valid", diff(lam * w**2, w0), 0, domain=D),
    Claim(65, "valid", f0, g0, domain=D),
    Claim(77, "invalid", diff(lam * w**2, w0), 2 * lam * w, domain=D,
          note="derivative is taken w.r.t. w_0 (typo for w): d/dw_0 of lam||w||^2 is 0, not 2 lam w"),
    Claim(99, "valid", fw, gw, domain=D),
    Claim(104, "valid", vec(f0, fw), vec(g0, gw), domain=D),
    Claim(109, "valid", vec(f0, fw),
          vec(-third * sum(yi * sig(ui) for yi, ui in zip(Y, U)),
              -third * sum(yi * sig(ui) * xi for yi, ui, xi in zip(Y, U, X)) + 2 * lam * w),
          domain=D),
    Claim(117, "valid", f0w, diff(f, w, w0), domain=D),
    Claim(124, "ambiguous", dsig(u), dsig(u) * (-y), domain=D,
          alt=(diff(sig(u), w0), dsig(u) * (-y)),
          note="sigma'(u) on the left must mean d/dw_0 sigma(u); literally sigma'(u) != sigma'(u)(-y_i)"),
    Claim(125, "valid", dsig(u) * (-y), -y * sig(u) * (1 - sig(u)), domain=D),
    Claim(128, "ambiguous", dsig(u), dsig(u) * (-y * xs), domain=D,
          alt=(diff(sig(u), w), dsig(u) * (-y * xs)),
          note="sigma'(u) on the left must mean d/dw sigma(u); literally sigma'(u) != sigma'(u)(-y_i x_i)"),
    Claim(129, "invalid", dsig(u) * (-y * xs), xs * sig(u) * (1 - sig(u)), domain=D,
          note="(-y_i(w_0+w^T x_i))' w.r.t. w is -y_i x_i, so the factor -y_i is lost"),
    Claim(140, "invalid", vec(f00, f0w), h140, domain=D,
          note="d/dw_0 of the gradient has no 2 lam [0; w] term (and d2f/dw0^2 is a scalar)"),
    Claim(142, "invalid", h140, h142, domain=D,
          note="second entry loses the factor x_i: sum y_i^2 s_i x_i became sum y_i^2 s_i"),
    Claim(148, "invalid", vec(f0w, fww), h148, domain=D,
          note="d/dw of the gradient is (1/n) sum y_i^2 s_i x_i [1; x_i] + [0; 2 lam], not -(1/n) sum y_i x_i s_i [1; x_i] + 2 lam [0; w]"),
    Claim(150, "invalid", h148, h150, domain=D,
          note="-y_i x_i s_i turned into +y_i^2 s_i x_i; differs whenever y_i = 1"),
    Claim(152, "valid", diff(f, w, w0), f0w, domain=D),
    Claim(156, "invalid", vec(f00, f0w), h156, domain=D,
          note="cross derivative is (1/n) sum y_i^2 s_i x_i; the result has -y_i and a stray +2 lam"),
    Claim(157, "invalid", h156, h157, domain=D,
          note="first entry and the 2 lam terms change between the two lines"),
    Claim(159, "invalid", h157, h159, domain=D,
          note="sign flips: -(1/n) sum y_i s_i x_i versus +(1/n) sum y_i x_i s_i"),
    Claim(163, "invalid", mat(f00, f0w, fww), mat(1, X[0], X[0]**2), domain=D,
          note="the Hessian is not the pattern matrix [1, x_i; x_i, x_i^2]; e.g. its (0,0) entry is (1/n) sum sigma(1-sigma)"),
    Claim(168, "invalid", mat(f00, f0w, fww), H168, domain=D,
          note="factor should be y_i^2 (= 1 for +-1 labels), not y_i; fails whenever some y_i = -1"),
]
