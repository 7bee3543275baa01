from sympy import Rational, symbols, diff, Symbol

from labels import Claim

SOURCE = "https://github.com/xiaosihuang003/xiaosihuang003.github.io/blob/HEAD/src/content/docs/Lecture2_Linearregression/en.md"
TITLE = "Slope and intercept of y = ax + b by setting the MSE derivatives to zero"
TOPIC = "linear"

# N = 3 samples. Claims after "set to zero" hold at the minimiser: a, b replaced by the
# least-squares solution (a_s, b_s); the derivative chains hold for every a, b.
N = 3
a, b = symbols("a b", real=True)
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
Sx, Sy = sum(x), sum(y)
Sxx = sum(xi**2 for xi in x)
Sxy = sum(xi * yi for xi, yi in zip(x, y))
L = Rational(1, N) * sum((yi - (a * xi + b))**2 for xi, yi in zip(x, y))
a_s = (N * Sxy - Sx * Sy) / (N * Sxx - Sx**2)
b_s = (Sy - a_s * Sx) / N
opt = {a: a_s, b: b_s}


def at(e):
    return e.subs(opt)


da = Rational(1, N) * sum(diff((yi - (a * xi + b))**2, a) for xi, yi in zip(x, y))
db = Rational(1, N) * sum(diff((yi - (a * xi + b))**2, b) for xi, yi in zip(x, y))
CLAIMS = [
    # 4.1
    Claim(29, "valid", diff(L, a), da),
    Claim(31, "valid", da, Rational(1, N) * sum(2 * (yi - (a * xi + b)) * diff(yi - (a * xi + b), a) for xi, yi in zip(x, y))),
    Claim(34, "valid", diff(L, a), Rational(1, N) * sum(2 * (yi - (a * xi + b)) * (-xi) for xi, yi in zip(x, y))),
    Claim(42, "valid", at(sum(xi * (yi - a * xi - b) for xi, yi in zip(x, y))), 0, note="holds at the minimiser"),
    Claim(51, "valid", at(Sxy - a * Sxx - b * Sx), 0, note="holds at the minimiser"),
    Claim(53, "valid", at(a * Sxx + b * Sx), at(Sxy), note="holds at the minimiser"),
    Claim(61, "valid", a_s, at((Sxy - b * Sx) / Sxx), note="holds at the minimiser"),
    # 4.2
    Claim(74, "valid", diff(L, b), db),
    Claim(76, "valid", db, Rational(1, N) * sum(2 * (yi - (a * xi + b)) * diff(yi - (a * xi + b), b) for xi, yi in zip(x, y))),
    Claim(79, "valid", diff(L, b), Rational(1, N) * sum(2 * (yi - (a * xi + b)) * (-1) for xi, yi in zip(x, y))),
    Claim(87, "valid", at(sum(yi - a * xi - b for xi, yi in zip(x, y))), 0, note="holds at the minimiser"),
    Claim(93, "valid", at(Sy - a * Sx - N * b), 0, note="holds at the minimiser"),
    Claim(97, "valid", b_s, at((Sy - a * Sx) / N), note="holds at the minimiser"),
    # 4.3
    Claim(107, "valid", at(a * Sxx + b * Sx), at(Sxy)),
    Claim(109, "valid", at(a * Sx + N * b), Sy),
    Claim(115, "valid", b_s, at((Sy - a * Sx) / N)),
    Claim(123, "valid", at(a * Sxx + ((Sy - a * Sx) / N) * Sx), Sxy),
    Claim(132, "valid", at(a * Sxx + Sx * Sy / N - a * Sx**2 / N), Sxy),
    Claim(140, "valid", at(a * (Sxx - Sx**2 / N)), Sxy - Sx * Sy / N),
    Claim(149, "valid", at(a * (N * Sxx - Sx**2)), N * Sxy - Sx * Sy),
    Claim(157, "valid", a_s, (N * Sxy - Sx * Sy) / (N * Sxx - Sx**2)),
    Claim(167, "valid", b_s, at(Sy / N - a * Sx / N)),
    Claim(173, "valid", a_s, (N * Sxy - Sx * Sy) / (N * Sxx - Sx**2)),
    Claim(179, "valid", b_s, at(Sy / N - a * Sx / N)),
    Claim(184, "valid", b_s, Sy / N - Sx / N * (N * Sxy - Sx * Sy) / (N * Sxx - Sx**2)),
    Claim(193, "valid", b_s, (Sy * (N * Sxx - Sx**2) - Sx * (N * Sxy - Sx * Sy)) / (N * (N * Sxx - Sx**2))),
    Claim(222, "valid", b_s, (Sy * Sxx - Sx * Sxy) / (N * Sxx - Sx**2)),
    Claim(232, "valid", b_s, at(Sy / N - a * Sx / N)),
]
