from sympy import Lambda, Rational, Symbol, diff, sin

from labels import Claim

SOURCE = ("https://github.com/bartosz-witkowski/bartosz-witkowski.github.io/blob/3b0a0abd0f66358908951518b9bcd8d27ae89b0e/"
          "_posts/blog/2012-05-12-deriving-backpropagation.md")
TITLE = "Deriving the backpropagation algorithm: a two-layer network, one output, squared error (Bartosz Witkowski, 2012)"
TOPIC = "backprop"

# M = 2 samples, N_0 = 2 inputs, N_1 = 2 hidden neurons, one output. Weights w_{j,k} from input k to
# hidden neuron j (r_1 = sum_k x_k w_{1,k} + b_1), output weights \hat{w}_j, output bias \hat{b}:
#   r_j^{(i)} = sum_k x_k^{(i)} w_{j,k} + b_j,   \hat{r}^{(i)} = sum_j g(r_j^{(i)}) \hat{w}_j + \hat{b},
#   y^{(i)} = g(\hat{r}^{(i)}),                  E = 1/2 sum_i (y^{(i)} - t^{(i)})^2.
# The activation g is left abstract in the text (g_j of lines 173 and 189 is read as the same g);
# a smooth stand-in is used. \nabla E(v) is dE/dv for the weight or bias v.
M, N0, N1 = 2, 2, 2
u = Symbol("u", real=True)
g = Lambda(u, sin(u) + u**2 / 5)
gp = Lambda(u, diff(g(u), u))

x = [[Symbol(f"x{i}_{k}", real=True) for k in range(N0)] for i in range(M)]
t = [Symbol(f"t{i}", real=True) for i in range(M)]
w = [[Symbol(f"w{j}{k}", real=True) for k in range(N0)] for j in range(N1)]
b = [Symbol(f"b{j}", real=True) for j in range(N1)]
wh = [Symbol(f"wh{j}", real=True) for j in range(N1)]
bh = Symbol("bh", real=True)

lin = lambda i, j: sum(x[i][k] * w[j][k] for k in range(N0))     # sum_k x_k^{(i)} w_{j,k}
r = [[lin(i, j) + b[j] for j in range(N1)] for i in range(M)]
hid = lambda i: sum(g(r[i][j]) * wh[j] for j in range(N1))         # sum_j g(r_j^{(i)}) \hat{w}_j
rh = [hid(i) + bh for i in range(M)]
y = [g(rh[i]) for i in range(M)]
E = Rational(1, 2) * sum((y[i] - t[i])**2 for i in range(M))
S = lambda f: sum(f(i) for i in range(M))                          # the sum over the samples
err = lambda i: y[i] - t[i]

W1, W11, B1 = wh[0], w[0][0], b[0]

# ---------------------------------------------------------------- output weight \hat{w}_1
o136 = S(lambda i: err(i) * diff(y[i] - t[i], W1))
o149 = S(lambda i: err(i) * diff(y[i], W1))
o154 = S(lambda i: err(i) * diff(g(rh[i]), W1))
o167 = S(lambda i: err(i) * diff(g(hid(i) + bh), W1))
o182 = S(lambda i: err(i) * gp(rh[i]) * diff(sum(g(r[i][j]) * wh[i] for j in range(N1)) + bh, W1))
o200 = S(lambda i: err(i) * gp(rh[i]) * diff((g(r[i][0]) * wh[0]) + bh, W1))
o210 = S(lambda i: err(i) * gp(rh[i]) * g(r[i][0]))

# ---------------------------------------------------------------- hidden weight w_{1,1}
h253 = Rational(1, 2) * S(lambda i: 2 * err(i) * diff(y[i] - t[i], W11))
h261 = Rational(1, 2) * S(lambda i: err(i) * diff(y[i] - t[i], W11))
h269 = S(lambda i: err(i) * diff(y[i], W11))
h274 = S(lambda i: err(i) * diff(g(rh[i]), W11))
h293 = S(lambda i: err(i) * diff(g(hid(i) + bh), W11))
h308 = S(lambda i: err(i) * gp(rh[i]) * diff(hid(i) + bh, W11))
h318 = S(lambda i: err(i) * gp(rh[i]) * diff(hid(i), W11)) + diff(bh, W11)
h329 = S(lambda i: err(i) * gp(rh[i]) * diff(hid(i), W11))
h346 = S(lambda i: err(i) * gp(rh[i]) * diff(g(r[i][0]) * wh[0], W11))
h355 = S(lambda i: err(i) * gp(rh[i]) * wh[0] * diff(g(r[i][0]), W11))
h363 = S(lambda i: err(i) * gp(rh[i]) * wh[0] * diff(g(lin(i, 0) + b[0]), W11))
pre = lambda i: err(i) * gp(rh[i]) * wh[0] * gp(r[i][0])               # the common prefactor
h380 = S(lambda i: pre(i) * diff(lin(i, 0) + b[0], W11))
h393 = S(lambda i: pre(i) * diff(lin(i, 0), W11) + diff(b[0], W11))
h403 = S(lambda i: pre(i) * diff(lin(i, 0), W11))
h421 = S(lambda i: pre(i) * diff(x[i][0] * w[0][0], W11))
h433 = S(lambda i: pre(i) * x[i][0])

# ---------------------------------------------------------------- biases
b464 = S(lambda i: err(i) * gp(rh[i]) * diff(sum(g(r[i][j]) * wh[i] for j in range(N1)) + bh, bh))
b475 = S(lambda i: err(i) * gp(rh[i]) * diff(sum(g(r[i][j]) * wh[i] for j in range(N1)), bh)) + diff(bh, bh)
b486 = S(lambda i: err(i) * gp(rh[i]) * diff(bh, bh))
b493 = S(lambda i: err(i) * gp(rh[i]))
b504 = S(lambda i: pre(i) * diff(lin(i, 0) + b[0], B1))
b517 = S(lambda i: pre(i))

dE = lambda v: diff(E, v)
half = lambda v: diff(Rational(1, 2) * sum((y[i] - t[i])**2 for i in range(M)), v)

NOTE_WI = ("\\hat{w_i} carries the sample index i, not j: for sample i the bracket is \\hat{w}_i sum_j g(r_j) + \\hat{b}, "
           "whose derivative by \\hat{w}_1 is sum_j g(r_j) for i = 1 and 0 for i = 2, not g(r_1)")
NOTE_HALF = "the 1/2 and the 2 were to cancel, but the 1/2 is kept and the 2 dropped: the line is half the one before"
NOTE_HALF2 = "the 1/2 of the line before disappears without a 2 to cancel it: this line is twice the one before"
NOTE_BIAS = ("the derivative of the bracket is split into two, but the prefactor (y - t) g'(\\hat{r}) no longer reaches the "
             "second, d\\hat{b}/d\\hat{b} = 1: as written the right side is 0 + 1 (or M, if the sum covers the 1), "
             "not sum_i (y - t) g'(\\hat{r})")

CLAIMS = [
    # hidden layer -- output layer
    Claim(103, "valid", dE(W1), half(W1), note="\\nabla E(\\hat{w}_1) is dE/d\\hat{w}_1"),
    Claim(110, "valid", dE(W1), half(W1)),
    Claim(121, "valid", half(W1), Rational(1, 2) * S(lambda i: 2 * err(i) * diff(y[i] - t[i], W1))),
    Claim(136, "valid", dE(W1), o136),
    Claim(149, "valid", dE(W1), o149,
          note="the targets t^{(i)} are the constants (the text says the outputs y^{(i)}); the equation holds"),
    Claim(154, "valid", o149, o154),
    Claim(167, "valid", dE(W1), o167),
    Claim(182, "invalid", dE(W1), o182, note=NOTE_WI),
    Claim(200, "valid", dE(W1), o200),
    Claim(210, "valid", o200, o210),
    # input layer -- hidden layer
    Claim(244, "valid", dE(W11), half(W11)),
    Claim(253, "valid", half(W11), h253),
    Claim(261, "invalid", h253, h261, note=NOTE_HALF),
    Claim(269, "invalid", h261, h269, note=NOTE_HALF2),
    Claim(274, "valid", h269, h274),
    Claim(287, "valid", dE(W11), h274),
    Claim(293, "valid", h274, h293),
    Claim(308, "valid", dE(W11), h308),
    Claim(318, "valid", h308, h318, note="the added d\\hat{b}/dw_{1,1} is 0, so its scope does not matter"),
    Claim(329, "valid", h318, h329),
    Claim(346, "valid", dE(W11), h346),
    Claim(355, "valid", h346, h355),
    Claim(363, "valid", h355, h363),
    Claim(380, "valid", dE(W11), h380),
    Claim(393, "valid", h380, h393, note="the added db_1/dw_{1,1} is 0, so its scope does not matter"),
    Claim(403, "valid", h393, h403),
    Claim(421, "valid", dE(W11), h421, note="w_{1_, 1} read as w_{1,1}"),
    Claim(432, "valid", h421, dE(W11)),
    Claim(433, "valid", dE(W11), h433),
    # biases
    Claim(464, "valid", dE(bh), b464,
          note="\\hat{w_i} (sample index) does not depend on \\hat{b}: the bracket's derivative is 1 either way"),
    Claim(474, "valid", b464, dE(bh)),
    Claim(475, "invalid", dE(bh), b475, note=NOTE_BIAS),
    Claim(485, "invalid", b475, dE(bh), note="the line before is 0 + 1 as written, not the gradient"),
    Claim(486, "valid", dE(bh), b486),
    Claim(492, "valid", b486, dE(bh)),
    Claim(493, "valid", dE(bh), b493),
    Claim(504, "valid", dE(B1), b504),
    Claim(517, "valid", b504, b517),
]
