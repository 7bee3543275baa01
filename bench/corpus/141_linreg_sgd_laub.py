from sympy import Symbol, Rational, Integer, diff

from labels import Claim

SOURCE = ("https://github.com/Pat-Laub/DeepLearningForActuaries/blob/"
          "a526cc16c0c728074a421a87705813f42e937666/Advanced-Tabular-Data/_loss-and-derivatives.qmd")
TITLE = "Loss and derivatives: linear regression, SGD and BGD (Patrick Laub)"
TOPIC = "linear"

w = Symbol("w", real=True)
b = Symbol("b", real=True)
x = Symbol("x", real=True)
y = Symbol("y", real=True)
yh = Symbol("yhat", real=True)       # \hat{y}(x_i) treated as a variable
c1 = Symbol("c1", real=True)         # weights to compare 2-vectors componentwise
c2 = Symbol("c2", real=True)

yhat = w * x + b
loss = (yhat - y) ** 2


def vec(u, v):
    """A 2-vector (u, v) as one scalar: equal for all c1, c2 iff equal componentwise."""
    return c1 * u + c2 * v


# the numbers of the SGD slides
it1 = {w: 0, b: 0, x: 5, y: 5}
it2 = {w: Rational(1, 2), b: Rational(1, 10), x: 9, y: 17}
eta = Rational(1, 100)
g1 = vec(diff(loss, w).subs(it1), diff(loss, b).subs(it1))
g2 = vec(diff(loss, w).subs(it2), diff(loss, b).subs(it2))
R = Rational

# batch of n = 3 observations
xs = [Symbol(f"x{i}", real=True) for i in (1, 2, 3)]
ys = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
Li = [(w * xi + b - yi) ** 2 for xi, yi in zip(xs, ys)]
L = Rational(1, 3) * sum(Li)


def dL_dyhat(xi, yi):
    return diff((yh - yi) ** 2, yh).subs(yh, w * xi + b)


CLAIMS = [
    Claim(27, "valid", diff(yhat, w), x, note="d(wx+b)/dw = x"),
    Claim(28, "valid", diff(yhat, b), Integer(1), note="d(wx+b)/db = 1"),
    Claim(33, "valid", diff((yh - y) ** 2, yh), 2 * (yh - y), note="derivative of a square in yhat"),
    Claim(39, "valid", diff((yh - y) ** 2, yh), 2 * (yh - y), note="repeated: d(yhat-y)^2/dyhat"),
    Claim(40, "valid", diff(yhat, w), x, note="repeated: d(wx+b)/dw = x"),
    Claim(41, "valid", diff(yhat, b), Integer(1), note="repeated: d(wx+b)/db = 1"),
    Claim(48, "valid", diff(loss, w), diff((yh - y) ** 2, yh).subs(yh, yhat) * diff(yhat, w),
          note="chain rule through yhat"),
    Claim(50, "valid", diff((yh - y) ** 2, yh).subs(yh, yhat) * diff(yhat, w), 2 * (yhat - y) * x,
          note="2(yhat - y) times x"),
    Claim(56, "valid", diff(loss, b), diff((yh - y) ** 2, yh).subs(yh, yhat) * diff(yhat, b),
          note="chain rule through yhat"),
    Claim(58, "valid", diff((yh - y) ** 2, yh).subs(yh, yhat) * diff(yhat, b), 2 * (yhat - y),
          note="2(yhat - y) times 1"),
    # SGD slide, w = b = 0, x_i = y_i = 5
    Claim(69, "valid", yhat.subs(it1), Integer(0) * 5 + 0, note="yhat = 0*5 + 0 at w = b = 0, x = 5"),
    Claim(69, "valid", Integer(0) * 5 + 0, Integer(0), k=2, note="arithmetic"),
    Claim(69, "valid", loss.subs(it1), (Integer(0) - 5) ** 2, k=3, note="(yhat - y)^2 with yhat = 0, y = 5"),
    Claim(69, "valid", (Integer(0) - 5) ** 2, Integer(25), k=4, note="arithmetic"),
    Claim(77, "valid", diff(loss, w), 2 * (yhat - y) * x, note="chain rule, general x_i, y_i"),
    Claim(77, "valid", (2 * (yhat - y) * x).subs(it1), 2 * (Integer(0) - 5) * 5, k=2,
          note="substituting yhat = 0, y = 5, x = 5"),
    Claim(77, "valid", 2 * (Integer(0) - 5) * 5, Integer(-50), k=3, note="arithmetic"),
    Claim(79, "valid", diff(loss, b).subs(it1), 2 * (Integer(0) - 5), note="2(yhat - y) at yhat = 0, y = 5"),
    Claim(79, "valid", 2 * (Integer(0) - 5), Integer(-10), k=2, note="arithmetic"),
    Claim(82, "valid", g1, vec(-50, -10), note="gradient (dL/dw, dL/db) at the first SGD point"),
    Claim(91, "valid", g1, vec(-50, -10), note="same gradient restated"),
    Claim(98, "valid", vec(0, 0) - eta * g1, vec(0, 0) - R("0.01") * vec(-50, -10),
          note="theta_0 = (0,0), eta = 0.01, gradient (-50,-10)"),
    Claim(99, "valid", vec(0, 0) - R("0.01") * vec(-50, -10), vec(0, 0) + vec(R("0.5"), R("0.1")),
          note="-0.01*(-50,-10) = (0.5, 0.1)"),
    Claim(99, "valid", vec(0, 0) + vec(R("0.5"), R("0.1")), vec(R("0.5"), R("0.1")), k=2,
          note="arithmetic"),
    Claim(109, "valid", g2, vec(R("-223.2"), R("-24.8")),
          note="w=0.5, b=0.1, x=9, y=17: yhat - y = -12.4, so (2*(-12.4)*9, 2*(-12.4))"),
    Claim(116, "valid", vec(R("0.5"), R("0.1")) - eta * g2,
          vec(R("0.5"), R("0.1")) - R("0.01") * vec(R("-223.2"), R("-24.8")),
          note="theta_1 = (0.5, 0.1), eta = 0.01, gradient (-223.2, -24.8)"),
    Claim(117, "valid", vec(R("0.5"), R("0.1")) - R("0.01") * vec(R("-223.2"), R("-24.8")),
          vec(R("0.5"), R("0.1")) + vec(R("2.232"), R("0.248")), note="-0.01*(-223.2,-24.8) = (2.232, 0.248)"),
    Claim(117, "valid", vec(R("0.5"), R("0.1")) + vec(R("2.232"), R("0.248")), vec(R("2.732"), R("0.348")),
          k=2, note="0.5 + 2.232 = 2.732, 0.1 + 0.248 = 0.348"),
    # BGD, n = 3
    Claim(124, "valid", L, Rational(1, 3) * sum(Li), note="Loss_{1:n} is the mean of the Loss_i by definition"),
    Claim(130, "valid", diff(L, w), Rational(1, 3) * sum(diff(l, w) for l in Li),
          note="derivative of a mean is the mean of derivatives"),
    Claim(131, "valid", Rational(1, 3) * sum(diff(l, w) for l in Li),
          Rational(1, 3) * sum(dL_dyhat(xi, yi) * xi for xi, yi in zip(xs, ys)),
          note="chain rule; the denominator '\\hat{y}(x_i)' lacks its \\partial, a notational slip"),
    Claim(132, "valid", Rational(1, 3) * sum(dL_dyhat(xi, yi) * xi for xi, yi in zip(xs, ys)),
          Rational(1, 3) * sum(2 * (w * xi + b - yi) * xi for xi, yi in zip(xs, ys)),
          note="dLoss_i/dyhat = 2(yhat - y_i), dyhat/dw = x_i"),
    Claim(139, "valid", diff(L, b), Rational(1, 3) * sum(diff(l, b) for l in Li),
          note="derivative of a mean is the mean of derivatives"),
    Claim(140, "valid", Rational(1, 3) * sum(diff(l, b) for l in Li),
          Rational(1, 3) * sum(dL_dyhat(xi, yi) * 1 for xi, yi in zip(xs, ys)),
          note="chain rule; the denominator '\\hat{y}(x_i)' lacks its \\partial, a notational slip"),
    Claim(141, "valid", Rational(1, 3) * sum(dL_dyhat(xi, yi) for xi, yi in zip(xs, ys)),
          Rational(1, 3) * sum(2 * (w * xi + b - yi) for xi, yi in zip(xs, ys)),
          note="dLoss_i/dyhat = 2(yhat - y_i), dyhat/db = 1"),
]
