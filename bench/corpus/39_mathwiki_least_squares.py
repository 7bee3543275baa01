from sympy import symbols, diff

from labels import Claim

SOURCE = "http://math.wikia.com/wiki/Least_squares"
TITLE = "Least squares line y = ax + b: derivatives of D and the 2x2 system"
TOPIC = "linear"

n = 3
a, b = symbols("a b", real=True)
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
D = sum((yi - (a * xi + b))**2 for xi, yi in zip(x, y))
Sx, Sy = sum(x), sum(y)
Sxx = sum(xi**2 for xi in x)
Sxy = sum(xi * yi for xi, yi in zip(x, y))
a_s = (n * Sxy - Sx * Sy) / (n * Sxx - Sx**2)
b_s = (Sy - a_s * Sx) / n
opt = {a: a_s, b: b_s}

CLAIMS = [
    Claim(10, "valid", diff(D, a), sum(2 * (yi - (a * xi + b)) * (-xi) for xi, yi in zip(x, y))),
    Claim(11, "valid", diff(D, b), sum(2 * (yi - (a * xi + b)) * (-1) for xi, yi in zip(x, y))),
    Claim(15, "invalid", diff(D, a), sum((yi - (a * xi + b)) * (-xi) for xi, yi in zip(x, y)), k=1,
          note="the factor 2 is dropped: dD/da is twice this sum (only its zero is the same)"),
    Claim(15, "valid", sum((yi - (a * xi + b)) * (-xi) for xi, yi in zip(x, y)),
          sum(a * xi**2 + xi * b + - xi * yi for xi, yi in zip(x, y)), k=2),
    Claim(16, "invalid", diff(D, b), sum((yi - (a * xi + b)) * (-1) for xi, yi in zip(x, y)), k=1,
          note="the factor 2 is dropped: dD/db is twice this sum"),
    Claim(16, "valid", sum((yi - (a * xi + b)) * (-1) for xi, yi in zip(x, y)),
          sum(a * xi + b - yi for xi, yi in zip(x, y)), k=2),
    Claim(20, "valid", (a * Sxx + b * Sx).subs(opt), Sxy, note="normal equation, holds at the minimiser"),
    Claim(21, "valid", (a * Sx + b * n).subs(opt), Sy, note="normal equation, holds at the minimiser"),
]
