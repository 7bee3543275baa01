from sympy import Rational, symbols, diff

from labels import Claim

SOURCE = "https://github.com/SuvanshShukla/ovgu-magdeburg/blob/b2031245de0dd1880c8d735c2fda78868d582904/Winter-SEM-II-2025-26/Machine%20Learnning/solutions/Assignment_8/task_8.1.md"
TITLE = "Gradient-descent rule for a unit with output w0 + sum_i w_i (x_i + x_i^2) under the SSE (Suvansh Shukla, ML homework 8.1)"
TOPIC = "linear"

# Instantiated with n = 2 inputs and D = {1, 2} (two training examples); i = 1, d = 1 where a
# claim speaks of one weight or one example.
w0, w1, w2, w, wo, eta = symbols("w0 w1 w2 w w_o eta", real=True)
x11, x12, x21, x22 = symbols("x11 x12 x21 x22", real=True)    # x_{j,d}: input j of example d
t1, t2 = symbols("t1 t2", real=True)
O1, O2 = symbols("O1 O2", real=True)                          # o_d as free variables
X = {(1, 1): x11, (1, 2): x12, (2, 1): x21, (2, 2): x22}
W = {1: w1, 2: w2}
T = {1: t1, 2: t2}

def out(d):
    return w0 + sum(W[j] * (X[j, d] + X[j, d]**2) for j in (1, 2))

o = {1: out(1), 2: out(2)}
E = Rational(1, 2) * sum((T[d] - o[d])**2 for d in (1, 2))
E_of_O = Rational(1, 2) * ((t1 - O1)**2 + (t2 - O2)**2)          # E as a function of the outputs
dE_do = {d: diff(E_of_O, Od).subs({O1: o[1], O2: o[2]}) for d, Od in ((1, O1), (2, O2))}
chain = sum(dE_do[d] * diff(o[d], w1) for d in (1, 2))
grad1 = sum((o[d] - T[d]) * (X[1, d] + X[1, d]**2) for d in (1, 2))

# the scalar output with generic inputs x_1, x_2 (lines 35 and 41)
xa, xb = symbols("x_1 x_2", real=True)
o_def = w0 + w1 * xa + w1 * xa**2 + w2 * xb + w2 * xb**2

CLAIMS = [
    Claim(41, "invalid", o_def, w0 + w * (xa + xa**2) + w * (xb + xb**2),
          note="the weight lost its index: sum_i w (x_i + x_i^2) uses one w for every i; with w_i it is the output defined above"),
    Claim(47, "valid", diff(E, w1), chain),
    Claim(53, "valid", diff(E_of_O, O1), diff(Rational(1, 2) * (t1 - O1)**2, O1)),
    Claim(57, "valid", diff(E_of_O, O1), Rational(1, 2) * 2 * (t1 - O1) * diff(t1 - O1, O1)),
    Claim(61, "valid", diff(E_of_O, O1), (t1 - O1) * (-1)),
    Claim(65, "valid", diff(E_of_O, O1), O1 - t1),
    Claim(73, "valid", diff(o[1], w1), diff(wo + sum(W[j] * (X[j, 1] + X[j, 1]**2) for j in (1, 2)), w1),
          note="w_o for w_0 is a typo, harmless: either is constant in w_i (i >= 1)"),
    Claim(77, "invalid", diff(o[1], w1), X[2, 1] + X[2, 1]**2,
          note="j is the sum's bound index; the derivative is x_{i,d} + x_{i,d}^2 (checked at i = 1, j = 2)"),
    Claim(85, "valid", diff(o[1], w0), 1),
    Claim(93, "valid", diff(E, w1), chain),
    Claim(99, "valid", diff(E, w1), grad1),
    Claim(105, "valid", -eta * diff(E, w1), -eta * grad1,
          note="the update was defined as -eta dE/dw_i"),
    Claim(111, "valid", -eta * diff(E, w0), -eta * sum(o[d] - T[d] for d in (1, 2)),
          note="the update was defined as -eta dE/dw_i, here for i = 0"),
]
