from sympy import Rational, Symbol, diff

from labels import Claim

SOURCE = "https://github.com/faridardila/CVV_Proyecto/blob/0784f52828d507f10eea45e6383288393577c4f6/README.md"
TITLE = "Optimización de Modelos Predictivos mediante Cálculo Multivariado: El Caso de la Regresión Lineal"
TOPIC = "linear"

# Symbolic part checked at m = 3 houses, with the document's three features x1, x2, x3.
M = 3
t0, t1, t2, t3 = (Symbol(f"theta{j}", real=True) for j in range(4))
X = {(i, j): Symbol(f"x{j}_{i}", real=True) for i in range(1, M + 1) for j in (1, 2, 3)}
Y = {i: Symbol(f"y_{i}", real=True) for i in range(1, M + 1)}
c = [Symbol(f"c{j}", real=True) for j in range(4)]  # random weights: checks every j at once
thetas = [t0, t1, t2, t3]


def feat(i, j):
    return 1 if j == 0 else X[(i, j)]


def h(i):
    return t0 + t1 * X[(i, 1)] + t2 * X[(i, 2)] + t3 * X[(i, 3)]


def r(i):  # theta_0 + theta_1 x_1^(i) + \dots - y^(i)
    return t0 + t1 * X[(i, 1)] + t2 * X[(i, 2)] + t3 * X[(i, 3)] - Y[i]


J = Rational(1, 2 * M) * sum((h(i) - Y[i]) ** 2 for i in range(1, M + 1))
J_expanded = Rational(1, 2 * M) * sum(r(i) ** 2 for i in range(1, M + 1))
chain = Rational(1, 2 * M) * sum(2 * r(i) * diff(r(i), t1) for i in range(1, M + 1))
grad1 = Rational(1, M) * sum((h(i) - Y[i]) * X[(i, 1)] for i in range(1, M + 1))
gradj_lhs = sum(c[j] * diff(J, thetas[j]) for j in range(4))
gradj_rhs = sum(c[j] * Rational(1, M) * sum((h(i) - Y[i]) * feat(i, j) for i in range(1, M + 1))
                for j in range(4))

# Numerical iteration: the document's five houses (price, area, rooms, distance).
data = [(300, 150, 3, 5), (250, 120, 2, 10), (450, 200, 4, 2), (350, 180, 3, 3), (200, 100, 2, 12)]
err = [0 - p for (p, _, _, _) in data]  # all theta = 0, so h - y = -y
alpha = Rational("0.00001")


def g(col):  # 1/5 [ err_1 * x_col^(1) + ... + err_5 * x_col^(5) ]
    return Rational(1, 5) * sum(e * (1 if col == 0 else row[col]) for e, row in zip(err, data))


CLAIMS = [
    Claim(50, "valid", diff(J, t1), diff(J_expanded, t1)),
    Claim(51, "valid", diff(J_expanded, t1), chain),
    Claim(52, "valid", chain, grad1),
    Claim(54, "valid", gradj_lhs, gradj_rhs),
    Claim(84, "valid", g(0), -310),
    Claim(85, "valid", g(1), -49600),
    Claim(86, "valid", g(2), -930),
    Claim(87, "valid", g(3), -1670),
    Claim(94, "valid", 0 - alpha * (-310), Rational("0.0031")),
    Claim(95, "valid", 0 - alpha * (-49600), Rational("0.496")),
    Claim(96, "valid", 0 - alpha * (-930), Rational("0.0093")),
    Claim(97, "valid", 0 - alpha * (-1670), Rational("0.0167")),
]
