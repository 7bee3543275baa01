from sympy import symbols, diff, Integer

from labels import Claim

SOURCE = "https://github.com/learn-co-curriculum/dsc-gradient-to-cost-function-appendix/blob/HEAD/README.md"
TITLE = "Partial derivatives of (y - (mx + b))^2 by m and b via g = y - (mx + b)"
TOPIC = "linear"

# The document writes d/dm as \frac{dJ}{dm}, \frac{dg}{dm}, \frac{\delta J}{\delta m} in front of
# the expression it acts on (operator notation, used consistently throughout).
m, b, x, y, G = symbols("m b x y G", real=True)
g = y - (m * x + b)
J = g**2
dJdg = diff(G**2, G).subs(G, g)  # 2 g
NOTE = "operator notation: \\frac{dg}{dm}y means d/dm applied to y"

CLAIMS = [
    Claim(12, "valid", diff(J, m), diff((y - (m * x + b))**2, m)),
    Claim(27, "valid", diff(J, m), dJdg * diff(g, m)),
    Claim(35, "valid", diff(G**2, G), diff(G**2, G)),
    Claim(37, "valid", diff(G**2, G), 2 * G),
    Claim(39, "valid", diff(g, m), diff(y - (m * x + b), m)),
    Claim(41, "valid", diff(g, m), diff(y - m * x - b, m)),
    Claim(43, "valid", diff(g, m), diff(y, m) - diff(m * x, m) - diff(b, m), note=NOTE),
    Claim(45, "valid", diff(y, m) - diff(m * x, m) - diff(b, m), 0 - x - 0, note=NOTE),
    Claim(47, "valid", 0 - x - 0, -x),
    Claim(56, "valid", dJdg * diff(g, m), (2 * g) * (-x)),
    Claim(58, "valid", (2 * g) * (-x), 2 * (y - (m * x + b)) * -x),
    Claim(66, "valid", diff(J, m), 2 * (y - (m * x + b)) * -x),
    Claim(68, "valid", 2 * (y - (m * x + b)) * -x, -2 * x * (y - (m * x + b))),
    Claim(76, "valid", diff(J, b), diff((y - (m * x + b))**2, b)),
    Claim(86, "valid", diff(J, b), dJdg * diff(g, b)),
    Claim(90, "valid", diff(G**2, G), diff(G**2, G), k=1),
    Claim(90, "valid", diff(G**2, G), 2 * G, k=2),
    Claim(94, "valid", diff(g, b), diff(y - (m * x + b), b)),
    Claim(96, "valid", diff(g, b), diff(y - m * x - b, b)),
    Claim(98, "valid", diff(g, b), diff(y, b) - diff(m * x, b) - diff(b, b),
          note=NOTE + "; \\frac{db}{db} and \\frac{dg}{db} both stand for d/db"),
    Claim(100, "valid", diff(y, b) - diff(m * x, b) - diff(b, b), Integer(0) - 0 - 1, note=NOTE),
    Claim(102, "valid", Integer(0) - 0 - 1, Integer(-1)),
    Claim(110, "valid", dJdg * diff(g, b), 2 * g * -1),
    Claim(112, "valid", 2 * g * -1, -2 * (y - (m * x + b))),
]
