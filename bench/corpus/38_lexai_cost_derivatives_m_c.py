from sympy import symbols, diff

from labels import Claim

SOURCE = "https://github.com/retiredbatmanforsale/lexai-fellowship/blob/main/calculus_linear_regression_cost_function.ipynb"
TITLE = "Derivatives of the sum of squared errors J(m, c) by m and c"
TOPIC = "linear"

m, c, t = symbols("m c t", real=True)
x = symbols("x1:4", real=True)
y = symbols("y1:4", real=True)
J = sum((yi - (m * xi + c))**2 for xi, yi in zip(x, y))
err1 = y[0] - (m * x[0] + c)

CLAIMS = [
    Claim(35, "valid", err1**2, (y[0] - (m * x[0] + c))**2),
    Claim(49, "valid", diff(J, m), sum(2 * (yi - (m * xi + c)) * (-xi) for xi, yi in zip(x, y))),
    Claim(54, "valid", diff(t**2, t), 2 * t),
    Claim(60, "valid", diff(J, m), -2 * sum(xi * (yi - (m * xi + c)) for xi, yi in zip(x, y))),
    Claim(70, "valid", diff(J, c), sum(2 * (yi - (m * xi + c)) * (-1) for xi, yi in zip(x, y))),
    Claim(74, "valid", diff(J, c), -2 * sum(yi - (m * xi + c) for xi, yi in zip(x, y))),
    Claim(82, "valid", diff(J, m), -2 * sum(xi * (yi - (m * xi + c)) for xi, yi in zip(x, y))),
    Claim(86, "valid", diff(J, c), -2 * sum(yi - (m * xi + c) for xi, yi in zip(x, y))),
]
