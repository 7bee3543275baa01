from sympy import (Symbol, symbols, Matrix, Abs, Max, Min, Piecewise, sign, diff, cos, sin,
                   Rational, solve)

from labels import Claim

SOURCE = ("https://github.com/slds-lmu/lecture_sl/blob/1412025c1fa66796ac613d8e8be606ba62a51b56/"
          "exercises/regularization/ex_rnw/sol_lasso_regularization.Rnw")
TITLE = "Lasso with an orthonormal design: the soft-thresholding solution"
TOPIC = "regularisation"

half = Rational(1, 2)
# n = 3 samples, p = 2 features; X has orthonormal columns: first two columns of a rotation
a, b, c = symbols("a b c", real=True)
Rz = Matrix([[cos(a), -sin(a), 0], [sin(a), cos(a), 0], [0, 0, 1]])
Ry = Matrix([[cos(b), 0, sin(b)], [0, 1, 0], [-sin(b), 0, cos(b)]])
Rx = Matrix([[1, 0, 0], [0, cos(c), -sin(c)], [0, sin(c), cos(c)]])
X = (Rz * Ry * Rx)[:, :2]
y = Matrix(symbols("y1:4", real=True))
th = Matrix(symbols("theta1:3", real=True))      # the parameter vector
th0 = Matrix(symbols("phi1:3", real=True))       # a second parameter point
u = Matrix(symbols("u1:3", real=True))           # test vector for vector identities
lam = Symbol("lambda", positive=True)
thhat = X.T * y                                   # OLS estimate under X^T X = I
L1 = lambda v: Abs(v[0]) + Abs(v[1])


def rows(v):
    return [X[i, :] * v for i in range(3)]


# the six objectives of the argmin chain, as functions of the parameter vector
def fa(v):
    return half * sum((y[i] - (v.T * X[i, :].T)[0]) ** 2 for i in range(3)) + lam * L1(v)


def fb(v):
    r = y - X * v
    return half * sum(r[i] ** 2 for i in range(3)) + lam * L1(v)


def fc(v):
    r = y - X * v
    return half * (r.T * r)[0] + lam * L1(v)


def fd(v):
    return half * ((y.T * y)[0] - 2 * (y.T * X * v)[0] + (v.T * X.T * X * v)[0]) + lam * L1(v)


def fe(v):
    return -(thhat.T * v)[0] + (v.T * v)[0] / 2 + lam * L1(v)


def ff(v):
    return sum(-thhat[i] * v[i] + v[i] ** 2 / 2 + lam * Abs(v[i]) for i in range(2))


def same_argmin(f, g):
    """argmin f = argmin g when f - g does not depend on the parameter: compare increments."""
    return f(th) - f(th0), g(th) - g(th0)


# one coordinate: theta (variable), thh (= \hat\theta_i), thi (the symbol \theta_i as written)
t = Symbol("theta", real=True)
thh = Symbol("thetahat_i", real=True)
thi = Symbol("theta_i", real=True)
g = lambda v: -thh * v + v ** 2 / 2 + lam * Abs(thi)      # g_i as the author writes it
gabs = -thh * t + t ** 2 / 2 + lam * Abs(t)               # the coordinate objective
soft = Piecewise((thh - lam, thh > lam), (thh + lam, thh < -lam), (0, True))  # its minimiser

pos = {t: (0.1, 2.0)}
neg = {t: (-2.0, -0.1)}
lamd = {lam: (0.1, 1.5)}

CLAIMS = [
    Claim(9, "valid", (u.T * (X.T * X).inv() * X.T * y)[0], (u.T * X.T * y)[0]),
    Claim(17, "valid", *same_argmin(fa, fb)),
    Claim(18, "valid", *same_argmin(fb, fc)),
    Claim(19, "valid", *same_argmin(fc, fd)),
    Claim(20, "valid", *same_argmin(fd, fe)),
    Claim(21, "valid", *same_argmin(fe, ff)),
    Claim(32, "valid", g(-t), thh * t + (-t) ** 2 / 2 + lam * Abs(thi), domain=pos),
    Claim(56, "valid", diff(gabs, t), -thh + t + lam, domain=pos),
    Claim(57, "valid", -thh + t + lam, -thh + t + lam, domain=pos),
    Claim(57, "invalid", solve(-thh + t + lam, t)[0], thi - lam, k=2,
          note="solving -θ̂_i + θ + λ = 0 gives θ = θ̂_i − λ; the hat is lost (θ_i is the variable)"),
    Claim(58, "valid", Piecewise((thh - lam, thh - lam > 0), (0, True)), Max(0, thh - lam),
          domain=lamd),
    Claim(59, "valid", Max(0, thh - lam), Max(0, Abs(thh) - lam),
          domain={thh: (0.1, 2.0), **lamd}),
    Claim(68, "valid", g(-t), thh * t + (-t) ** 2 / 2 + lam * Abs(thi), domain=neg),
    Claim(84, "valid", diff(gabs, t), -thh + t - lam, domain=neg),
    Claim(84, "invalid", solve(-thh + t - lam, t)[0], thi + lam, k=2,
          note="solving -θ̂_i + θ − λ = 0 gives θ = θ̂_i + λ; the hat is lost (θ_i is the variable)"),
    Claim(85, "ambiguous", Min(0, thh + lam), thh + lam,
          alt=(Min(0, thh + lam), Min(0, thh + lam)), domain=lamd,
          note="'0, θ̂_i+λ' is no expression; read as the candidate θ̂_i+λ it is wrong when θ̂_i+λ>0, "
               "read as min(0, θ̂_i+λ) it is the minimiser on θ ≤ 0"),
    Claim(86, "ambiguous", thh + lam, Min(0, thh + lam),
          alt=(Min(0, thh + lam), Min(0, thh + lam)), domain=lamd,
          note="chain link from the garbled '0, θ̂_i+λ': equal to min(0, θ̂_i+λ) only if that list "
               "means the min"),
    Claim(95, "valid", soft, 1 * Max(0, thh - lam), domain={thh: (0.1, 2.0), **lamd}),
    Claim(95, "valid", thh, Abs(thh), k=2, domain={thh: (0.1, 2.0)}),
    Claim(96, "valid", soft, Min(0, thh + lam), domain={thh: (-2.0, -0.1), **lamd}),
    Claim(97, "valid", Min(0, thh + lam), -1 * Max(0, -thh - lam), domain=lamd),
    Claim(97, "valid", -thh, Abs(thh), k=2, domain={thh: (-2.0, -0.1)}),
    Claim(106, "valid", soft, sign(thh) * Max(Abs(thh) - lam, 0), domain=lamd),
]
