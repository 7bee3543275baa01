from sympy import Eq, Piecewise, Rational, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/fengdu78/Coursera-ML-AndrewNg-Notes/blob/f2757f85b99a2b800f4c2e3e9ea967d9e17dfbd8/markdown/week3.md"
TITLE = "Logistic regression cost and its gradient in Andrew Ng notation, step by step (course notes, week 3, 6.4-6.5)"
TOPIC = "logistic"


def cost_cases(h, y):
    """Cost(h, y) as the two cases the notes give in an image: -log h if y = 1, -log(1 - h) if y = 0."""
    return Piecewise((-log(h), Eq(y, 1)), (-log(1 - h), True))


def cost_line(h, y):
    """The one-line Cost: -y log h - (1 - y) log(1 - h)."""
    return -y * log(h) - (1 - y) * log(1 - h)


# m = 3 examples, two features x_0, x_1; the partial derivatives are taken in theta_j with j = 1
m = 3
t0, t1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
x0 = [Symbol(f"x0_{i}", real=True) for i in range(1, m + 1)]
x1 = [Symbol(f"x1_{i}", real=True) for i in range(1, m + 1)]
xj = x1
y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
z = [t0 * x0[i] + t1 * x1[i] for i in range(m)]              # theta^T x^{(i)}
h = [1 / (1 + exp(-zi)) for zi in z]                          # h_theta(x^{(i)})
I = range(m)

Y01 = {yi: (0, 1) for yi in y}                                # labels in {0, 1} where Cost is the two cases
J_cases = Rational(1, m) * sum(cost_cases(h[i], y[i]) for i in I)          # J = 1/m sum Cost (line 17)
J_line = -Rational(1, m) * sum(y[i] * log(h[i]) + (1 - y[i]) * log(1 - h[i]) for i in I)
D = diff(J_line, t1)                                          # dJ/dtheta_j, the derivation's left side

# one generic example (h, y) for the Cost lines
hh, yy = Symbol("h", real=True), Symbol("y", real=True)
DOM1 = {hh: (0.05, 0.95), yy: (0, 1)}

SCOPE = "the sum read as covering both terms (the closing ']' of the line shows the lost '['), as on every other line"

# the linear hypothesis theta^T X = theta_0 x_0 + ... + theta_n x_n at n = 3
th = [Symbol(f"t{j}", real=True) for j in range(4)]
xv = [Symbol(f"v{j}", real=True) for j in range(4)]

CLAIMS = [
    Claim(27, "valid", cost_cases(hh, yy), cost_line(hh, yy), domain=DOM1,
          note="the one-line form agrees with the two cases of the image for y in {0, 1}"),
    Claim(29, "valid", J_cases, Rational(1, m) * sum(-y[i] * log(h[i]) - (1 - y[i]) * log(1 - h[i]) for i in I),
          domain=Y01, note="J = 1/m sum Cost with Cost written on one line"),
    Claim(30, "valid", J_cases, J_line, domain=Y01),
    Claim(53, "valid", J_cases, J_line, domain=Y01, note="restates line 30"),
    # lines 55 (h defined) is not a claim; line 57 is the left side of line 58
    Claim(58, "valid", y[0] * log(h[0]) + (1 - y[0]) * log(1 - h[0]),
          y[0] * log(1 / (1 + exp(-z[0]))) + (1 - y[0]) * log(1 - 1 / (1 + exp(-z[0])))),
    Claim(59, "valid", y[0] * log(h[0]) + (1 - y[0]) * log(1 - h[0]),
          -y[0] * log(1 + exp(-z[0])) - (1 - y[0]) * log(1 + exp(z[0]))),
    Claim(62, "valid", D, diff(-Rational(1, m) * sum(-y[i] * log(1 + exp(-z[i])) - (1 - y[i]) * log(1 + exp(z[i]))
                                                     for i in I), t1)),
    Claim(63, "valid", D, -Rational(1, m) * sum(-y[i] * (-xj[i] * exp(-z[i])) / (1 + exp(-z[i]))
                                                 - (1 - y[i]) * (xj[i] * exp(z[i])) / (1 + exp(z[i])) for i in I)),
    Claim(64, "valid", D, -Rational(1, m) * sum(y[i] * xj[i] / (1 + exp(z[i]))
                                                 - (1 - y[i]) * xj[i] * exp(z[i]) / (1 + exp(z[i])) for i in I),
          note=SCOPE),
    Claim(65, "valid", D, -Rational(1, m) * sum((y[i] * xj[i] - xj[i] * exp(z[i]) + y[i] * xj[i] * exp(z[i]))
                                                 / (1 + exp(z[i])) for i in I)),
    Claim(66, "valid", D, -Rational(1, m) * sum((y[i] * (1 + exp(z[i])) - exp(z[i])) / (1 + exp(z[i])) * xj[i]
                                                 for i in I)),
    Claim(67, "valid", D, -Rational(1, m) * sum((y[i] - exp(z[i]) / (1 + exp(z[i]))) * xj[i] for i in I)),
    Claim(68, "valid", D, -Rational(1, m) * sum((y[i] - 1 / (1 + exp(-z[i]))) * xj[i] for i in I)),
    Claim(69, "valid", D, -Rational(1, m) * sum((y[i] - h[i]) * xj[i] for i in I)),
    Claim(70, "valid", D, Rational(1, m) * sum((h[i] - y[i]) * xj[i] for i in I)),
    # 6.5
    Claim(93, "valid", cost_cases(hh, yy), cost_line(hh, yy), domain=DOM1,
          note="merging the two cases of the image, for y in {0, 1}"),
    Claim(95, "valid", cost_cases(hh, yy), cost_line(hh, yy), domain=DOM1, note="restates line 93"),
    Claim(96, "invalid", cost_line(h[0], y[0]), J_line, domain=Y01,
          note="the cost of one example, Cost(h(x), y), is set equal to the average J(theta) over all m examples; "
               "the sum belongs to J, not to Cost (shown here even with (x, y) the first training example)"),
    Claim(105, "valid", J_cases, J_line, domain=Y01, note="restates J of line 30"),
    Claim(137, "valid", sum(th[j] * xv[j] for j in range(4)),
          th[0] * xv[0] + th[1] * xv[1] + th[2] * xv[2] + th[3] * xv[3],
          note="theta^T X read with X the example's feature vector (written capital); the first '=' defines h; n = 3"),
]
