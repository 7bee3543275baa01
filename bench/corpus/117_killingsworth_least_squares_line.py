from sympy import Symbol, Matrix, Integer, diff

from labels import Claim

SOURCE = ("https://github.com/jkillingsworth/jkillingsworth.com/blob/"
          "1e267197c435f3c51e4f18cd4bb82a4a37b3f0e2/_posts/"
          "2018-10-11-least-squares-and-normal-distributions.md")
TITLE = "Least Squares Estimation of a straight line (Jim Killingsworth)"
TOPIC = "linear"

# n = 3 data points, one Symbol per entry.
n = 3
xs = [Symbol(f"x{i}", real=True) for i in range(1, n + 1)]
ys = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
a0 = Symbol("a0", real=True)
a1 = Symbol("a1", real=True)
u = Symbol("u", real=True)  # weights to compare the two components of the vector equation
v = Symbol("v", real=True)

Sx = sum(xs)
Sy = sum(ys)
Sxx = sum(x**2 for x in xs)
Sxy = sum(x * y for x, y in zip(xs, ys))

yhat = [a0 + a1 * x for x in xs]          # model ŷ_i = a_0 + a_1 x_i (definition)
eps = [y - yh for y, yh in zip(ys, yhat)]  # ε_i = y_i − ŷ_i (definition)
S = sum((y - a0 - a1 * x)**2 for x, y in zip(xs, ys))  # S (definition)

# The stationary point that the document sets up ("Let ∂S/∂a_0 = 0", "Let ∂S/∂a_1 = 0"):
# the unique solution of both conditions (normal equations), derived by hand.
a1_star = (n * Sxy - Sx * Sy) / (n * Sxx - Sx**2)
a0_star = (Sy - a1_star * Sx) / n
at_opt = {a0: a0_star, a1: a1_star}


def opt(e):
    """Evaluate at the stationary point assumed by the document."""
    return e.xreplace(at_opt)


dS_da0 = diff(S, a0)
dS_da1 = diff(S, a1)

M = Matrix([[n, Sx], [Sx, Sxx]])
bvec = Matrix([Sy, Sxy])
sol = M.inv() * bvec

CLAIMS = [
    Claim(42, "valid", sum(e**2 for e in eps), sum((y - yh)**2 for y, yh in zip(ys, yhat)),
          note="ε_i = y_i − ŷ_i by definition"),
    Claim(44, "valid", sum((y - yh)**2 for y, yh in zip(ys, yhat)),
          sum((y - a0 - a1 * x)**2 for x, y in zip(xs, ys)),
          note="substitute ŷ_i = a_0 + a_1 x_i"),
    Claim(55, "valid", S, sum((y - a0 - a1 * x)**2 for x, y in zip(xs, ys)),
          note="same sum of squares, now read as a function of (a_0, a_1)"),
    Claim(68, "valid", dS_da0, -2 * sum(y - a0 - a1 * x for x, y in zip(xs, ys)),
          note="d/da_0 of (y−a_0−a_1x)^2 is −2(y−a_0−a_1x)"),
    Claim(72, "valid", dS_da1, -2 * sum(x * y - a0 * x - a1 * x**2 for x, y in zip(xs, ys)),
          note="d/da_1 of (y−a_0−a_1x)^2 is −2x(y−a_0−a_1x) = −2(xy − a_0x − a_1x^2)"),
    Claim(84, "valid", opt(dS_da0), Integer(0),
          note="stationarity condition imposed by the document; holds at the least-squares point"),
    Claim(88, "valid", Integer(0), opt(sum(y - a0 - a1 * x for x, y in zip(xs, ys))),
          note="∂S/∂a_0 = −2Σ(y−a_0−a_1x) = 0 at the stationary point, so the sum is 0"),
    Claim(90, "valid", sum(y - a0 - a1 * x for x, y in zip(xs, ys)), Sy - n * a0 - a1 * Sx,
          note="split the sum; Σa_0 = n a_0"),
    Claim(102, "valid", a0_star, opt((Sy - a1 * Sx) / n),
          note="solves Σy − n a_0 − a_1Σx = 0 for a_0 (at the stationary point)"),
    Claim(113, "valid", opt(dS_da1), Integer(0),
          note="second stationarity condition imposed by the document; holds at the least-squares point"),
    Claim(117, "valid", Integer(0), opt(sum(x * y - a0 * x - a1 * x**2 for x, y in zip(xs, ys))),
          note="∂S/∂a_1 = −2Σ(xy − a_0x − a_1x^2) = 0 at the stationary point"),
    Claim(119, "valid", sum(x * y - a0 * x - a1 * x**2 for x, y in zip(xs, ys)),
          Sxy - a0 * Sx - a1 * Sxx,
          note="split the sum and pull out the constants a_0, a_1"),
    Claim(131, "valid", a1_star, opt((Sxy - a0 * Sx) / Sxx),
          note="solves Σxy − a_0Σx − a_1Σx^2 = 0 for a_1 (at the stationary point)"),
    Claim(144, "valid", opt(n * a0 + Sx * a1), Sy,
          note="first normal equation, i.e. the rearranged first condition"),
    Claim(148, "valid", opt(Sx * a0 + Sxx * a1), Sxy,
          note="second normal equation, i.e. the rearranged second condition"),
    Claim(169, "valid", opt(u * a0 + v * a1), u * sol[0] + v * sol[1],
          note="vector equation (compared through an arbitrary combination u, v of its two "
               "components): the normal equations solved by inverting [[n, Σx], [Σx, Σx^2]]"),
]
