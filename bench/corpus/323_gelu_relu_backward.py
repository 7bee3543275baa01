from sympy import (Heaviside, Integral, Limit, Matrix, Max, Piecewise, Rational, Symbol, cos,
                   cosh, diff, erf, exp, oo, pi, sech, sin, sinh, sqrt, symbols, tanh)

from labels import Claim

SOURCE = ("https://github.com/BrantleighBunting/linalg/blob/46c8cb8948b8cc88fb7a5634936e6a379e0b38ed/"
          "notebooks/01_activations.ipynb")
TITLE = "Activation Functions: ReLU and GELU"
TOPIC = "activations"

x = Symbol("x", real=True)
t_ = Symbol("t", real=True)      # integration variable
us = Symbol("u", real=True)      # u as an independent variable (for dt/du)
gs = Symbol("g", real=True)      # g as an independent variable (for df/dg)

# standard normal density and CDF
phi_t = exp(-t_**2 / 2) / sqrt(2 * pi)
Phi = (1 + erf(x / sqrt(2))) / 2
Phi_int = Integral(phi_t, (t_, -oo, x))

# GELU: exact x*Phi(x) and the tanh approximation
a = Rational(44715, 10**6)           # 0.044715
a3 = Rational(134145, 10**6)         # 0.134145 = 3 * 0.044715
c = sqrt(2 / pi)
u = c * (x + a * x**3)
t = tanh(u)
gelu_exact = x * Phi
gelu_approx = x / 2 * (1 + t)
dgelu_exact = diff(gelu_exact, x)
dgelu_approx = diff(gelu_approx, x)
du_dx = diff(u, x)
dgelu_formula_table = Rational(1, 2) * (1 + tanh(u)) + x / 2 * (1 - tanh(u)**2) * du_dx
dgelu_formula = Rational(1, 2) * (1 + t) + x / 2 * (1 - t**2) * c * (1 + a3 * x**2)

relu = Max(0, x)
drelu = diff(relu, x)

# generic rules checked at one concrete instance
g_inst = x**3 + 2 * x
f_prod, g_prod = exp(x), cos(x)

# y = W3(W2(W1 x + b1) + b2) + b3 with 2x2 weights, 2-vectors (compare entry 0)
W1 = Matrix(2, 2, symbols("w1_0:4", real=True))
W2 = Matrix(2, 2, symbols("w2_0:4", real=True))
W3 = Matrix(2, 2, symbols("w3_0:4", real=True))
b1 = Matrix(2, 1, symbols("b1_0:2", real=True))
b2 = Matrix(2, 1, symbols("b2_0:2", real=True))
b3 = Matrix(2, 1, symbols("b3_0:2", real=True))
X = Matrix(2, 1, symbols("x_0:2", real=True))
y_layers = W3 * (W2 * (W1 * X + b1) + b2) + b3
W_comb = W3 * W2 * W1
b_comb = W3 * W2 * b1 + W3 * b2 + b3
y_collapsed = W_comb * X + b_comb

# chain rule for the ReLU backward pass with the instance L(y) = y^3, y = ReLU(x)
L_of_x = relu**3
dL_dy = 3 * relu**2

# stochastic ReLU: m ~ Bernoulli(p), p = Phi(x)
E_xm = x * 1 * Phi + x * 0 * (1 - Phi)
E_m = 1 * Phi + 0 * (1 - Phi)
P_m1 = Phi

AMB_NOTE = ("GELU was defined as x*Phi(x); equating it to the tanh form holds only if GELU here "
            "denotes the tanh approximation (as the row/section says), not for the exact GELU")
AMB_D_NOTE = ("the tanh-based formula is the derivative of the tanh approximation, not of the exact "
              "GELU x*Phi(x) defined earlier; holds only if GELU denotes the approximation")

CLAIMS = [
    # formula tables
    Claim(24, "valid", diff(sin(g_inst), x), cos(g_inst) * diff(g_inst, x),
          note="generic chain rule, checked at f = sin, g = x^3 + 2x"),
    Claim(25, "valid", diff(f_prod * g_prod, x), diff(f_prod, x) * g_prod + f_prod * diff(g_prod, x),
          note="generic product rule, checked at f = exp, g = cos"),
    Claim(26, "valid", diff(tanh(x), x), 1 - tanh(x)**2),
    Claim(26, "valid", 1 - tanh(x)**2, sech(x)**2, k=2),
    Claim(32, "ambiguous", gelu_exact, gelu_approx, alt=(gelu_approx, gelu_approx), note=AMB_NOTE),
    Claim(33, "ambiguous", dgelu_exact, dgelu_formula_table, alt=(dgelu_approx, dgelu_formula_table),
          note=AMB_D_NOTE),
    Claim(34, "valid", du_dx, c * (1 + a3 * x**2)),
    # chain rule review
    Claim(43, "valid", diff((3 * x + 2)**2, x), 2 * (3 * x + 2) * 3,
          note="generic chain rule, checked at the worked case f(g) = g^2, g = 3x + 2"),
    Claim(48, "valid", diff(3 * x + 2, x), 3),
    Claim(49, "valid", diff(gs**2, gs), 2 * gs),
    Claim(50, "valid", diff((3 * x + 2)**2, x), 2 * (3 * x + 2) * 3),
    Claim(50, "valid", 2 * (3 * x + 2) * 3, 6 * (3 * x + 2), k=2),
    # product rule review
    Claim(56, "valid", diff(x * sin(x), x), diff(x, x) * sin(x) + x * diff(sin(x), x),
          note="generic product rule, checked at the worked case f = x, g = sin"),
    Claim(61, "valid", diff(x, x), 1),
    Claim(62, "valid", diff(sin(x), x), cos(x)),
    Claim(63, "valid", diff(x * sin(x), x), 1 * sin(x) + x * cos(x)),
    Claim(63, "valid", 1 * sin(x) + x * cos(x), sin(x) + x * cos(x), k=2),
    # hyperbolic tangent
    Claim(69, "valid", (exp(x) - exp(-x)) / (exp(x) + exp(-x)), sinh(x) / cosh(x)),
    Claim(73, "valid", tanh(0), 0),
    Claim(74, "valid", tanh(-x), -tanh(x)),
    Claim(75, "valid", Limit(tanh(x), x, oo), 1),
    Claim(75, "valid", Limit(tanh(x), x, -oo), -1, k=2),
    Claim(78, "valid", diff(tanh(x), x), 1 - tanh(x)**2),
    Claim(78, "valid", 1 - tanh(x)**2, sech(x)**2, k=2),
    # normal CDF
    Claim(88, "valid", Phi, Phi_int),
    Claim(91, "valid", Phi.subs(x, -oo), 0),
    Claim(91, "valid", Phi.subs(x, oo), 1, k=2),
    Claim(92, "valid", Phi.subs(x, 0), 0.5),
    Claim(93, "valid", Phi.subs(x, -x), 1 - Phi),
    # ReLU
    Claim(102, "valid", relu, Piecewise((x, x > 0), (0, True))),
    Claim(109, "valid", y_layers[0], y_collapsed[0],
          note="W_combined = W3 W2 W1, b_combined = W3 W2 b1 + W3 b2 + b3 (entry 0 of 2-vectors)"),
    Claim(117, "valid", drelu, Piecewise((1, x > 0), (0, x < 0))),
    Claim(126, "valid", diff(L_of_x, x), dL_dy * drelu,
          note="chain rule, checked with the instance L = y^3, y = ReLU(x)"),
    Claim(126, "valid", dL_dy * drelu, dL_dy * Heaviside(x), k=2),
    # GELU, probabilistic motivation
    Claim(149, "valid", Phi.subs(x, 0), 0.5),
    Claim(153, "valid", gelu_exact, E_xm),
    Claim(153, "valid", E_xm, x * E_m, k=2),
    Claim(153, "valid", x * E_m, x * P_m1, k=3),
    Claim(153, "valid", x * P_m1, x * Phi_int, k=4),
    # exact formula
    Claim(157, "valid", x * Phi_int, x * Rational(1, 2) * (1 + erf(x / sqrt(2)))),
    # backward pass of the tanh approximation
    Claim(185, "ambiguous", gelu_exact, x / 2 * (1 + t), alt=(gelu_approx, x / 2 * (1 + t)),
          note=AMB_NOTE),
    Claim(189, "ambiguous", gelu_exact, x / 2 * (1 + t), alt=(gelu_approx, x / 2 * (1 + t)),
          note=AMB_NOTE),
    Claim(191, "ambiguous", dgelu_exact, diff(x / 2, x) * (1 + t) + x / 2 * diff(1 + t, x),
          alt=(dgelu_approx, diff(x / 2, x) * (1 + t) + x / 2 * diff(1 + t, x)), note=AMB_D_NOTE),
    Claim(193, "valid", diff(x / 2, x) * (1 + t) + x / 2 * diff(1 + t, x),
          Rational(1, 2) * (1 + t) + x / 2 * diff(t, x)),
    Claim(198, "valid", diff(t, x), diff(tanh(us), us).subs(us, u) * du_dx),
    Claim(200, "valid", diff(tanh(us), us), 1 - tanh(us)**2),
    Claim(200, "valid", 1 - tanh(us)**2, 1 - tanh(us)**2, k=2),
    Claim(203, "valid", diff(c * (x + a * x**3), x), c * (1 + 3 * a * x**2)),
    Claim(203, "valid", c * (1 + 3 * a * x**2), sqrt(Rational(2) / pi) * (1 + a3 * x**2), k=2),
    Claim(207, "ambiguous", dgelu_exact, dgelu_formula, alt=(dgelu_approx, dgelu_formula),
          note=AMB_D_NOTE),
    # recap
    Claim(246, "valid", drelu, Piecewise((1, x > 0), (0, True))),
    Claim(251, "ambiguous", gelu_exact, gelu_approx, alt=(gelu_approx, gelu_approx), note=AMB_NOTE),
    Claim(252, "ambiguous", dgelu_exact, dgelu_formula, alt=(dgelu_approx, dgelu_formula),
          note=AMB_D_NOTE),
]
