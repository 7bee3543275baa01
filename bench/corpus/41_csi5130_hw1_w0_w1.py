from sympy import Rational, symbols, diff

from labels import Claim

SOURCE = "https://github.com/Adsanvar/CSI5130/blob/HEAD/hw1.md"
TITLE = "Homework: partial derivatives of L2 = 1/N sum (w0 + w1 x - t)^2 and the solved w0, w1"
TOPIC = "linear"

N = 3
w0, w1 = symbols("w0 w1", real=True)
x = symbols("x1:4", real=True)
t = symbols("t1:4", real=True)
u = [w0 + w1 * xi - ti for xi, ti in zip(x, t)]
L = Rational(1, N) * sum(ui**2 for ui in u)
D0, D1 = diff(L, w0), diff(L, w1)
# least-squares solution (where both derivatives vanish)
Sx, St = sum(x), sum(t)
Sxx = sum(xi**2 for xi in x)
Sxt = sum(xi * ti for xi, ti in zip(x, t))
w1_s = (N * Sxt - Sx * St) / (N * Sxx - Sx**2)
w0_s = (St - w1_s * Sx) / N
opt = {w0: w0_s, w1: w1_s}

# The document writes "(expression) \frac{\partial L_2}{\partial w_0}" for the derivative of the
# expression. As written that is a product with dL/dw0; the alt reading is the postfix operator.
NOTE = "as written the trailing \\frac{\\partial L_2}{\\partial w} multiplies; read as a postfix d/dw it holds"
CLAIMS = [
    # w0
    Claim(10, "ambiguous", D0, Rational(1, N) * sum(ui**2 for ui in u) * D0, alt=(D0, D0), note=NOTE),
    Claim(12, "valid", Rational(1, N) * sum(ui**2 for ui in u) * D0, Rational(1, N) * sum(ui**2 * D0 for ui in u)),
    Claim(14, "ambiguous", Rational(1, N) * sum(ui**2 * D0 for ui in u), Rational(1, N) * sum(2 * ui * ui * D0 for ui in u),
          alt=(D0, Rational(1, N) * sum(2 * ui * diff(ui, w0) for ui in u)), note=NOTE),
    Claim(16, "valid", Rational(1, N) * sum(2 * ui * ui * D0 for ui in u),
          Rational(1, N) * sum(2 * ui * (w0 * D0 + w1 * xi * D0 - ti * D0) for ui, xi, ti in zip(u, x, t)),
          note="equal under both readings (linearity)"),
    Claim(18, "ambiguous", Rational(1, N) * sum(2 * ui * ui * D0 for ui in u), Rational(1, N) * sum(2 * ui * (1 + 0 - 0) for ui in u),
          alt=(D0, Rational(1, N) * sum(2 * ui * (1 + 0 - 0) for ui in u)), note=NOTE),
    Claim(20, "valid", Rational(1, N) * sum(2 * ui * (1 + 0 - 0) for ui in u), sum(2 * ui for ui in u) / N),
    Claim(27, "valid", 0, sum(u).subs(opt), note="holds at the least-squares solution"),
    Claim(29, "invalid", sum(ti - w1 * xi for xi, ti in zip(x, t)).subs(opt), w0_s,
          note="sum_n (t_n - w1 x_n) = N w0; the 1/N is missing"),
    # w1
    Claim(33, "ambiguous", D1, Rational(1, N) * sum(ui**2 for ui in u) * D1, alt=(D1, D1), note=NOTE),
    Claim(35, "valid", Rational(1, N) * sum(ui**2 for ui in u) * D1, Rational(1, N) * sum(ui**2 * D1 for ui in u)),
    Claim(37, "ambiguous", Rational(1, N) * sum(ui**2 * D1 for ui in u), Rational(1, N) * sum(2 * ui * ui * D1 for ui in u),
          alt=(D1, Rational(1, N) * sum(2 * ui * diff(ui, w1) for ui in u)), note=NOTE),
    Claim(39, "valid", Rational(1, N) * sum(2 * ui * ui * D1 for ui in u),
          Rational(1, N) * sum(2 * ui * (w0 * D1 + w1 * xi * D1 - ti * D1) for ui, xi, ti in zip(u, x, t)),
          note="equal under both readings (linearity)"),
    Claim(41, "ambiguous", Rational(1, N) * sum(2 * ui * ui * D1 for ui in u), Rational(1, N) * sum(2 * ui * (0 + xi - 0) for ui, xi in zip(u, x)),
          alt=(D1, Rational(1, N) * sum(2 * ui * (0 + xi - 0) for ui, xi in zip(u, x))), note=NOTE),
    Claim(43, "valid", Rational(1, N) * sum(2 * ui * (0 + xi - 0) for ui, xi in zip(u, x)), sum(2 * xi * ui for xi, ui in zip(x, u)) / N),
    Claim(50, "valid", 0, sum(2 * xi * w0 + 2 * xi * w1 * xi - 2 * xi * ti for xi, ti in zip(x, t)).subs(opt),
          note="holds at the least-squares solution"),
    Claim(52, "invalid", sum((ti - w0) / xi for xi, ti in zip(x, t)).subs(opt), w1_s,
          note="sum_n (t_n - w0)/x_n is not the solution of sum_n x_n(w0 + w1 x_n - t_n) = 0"),
]
