from sympy import Symbol, exp, diff, Rational

from labels import Claim

SOURCE = ("https://ai.stackexchange.com/questions/5638/are-my-computations-of-the-forward-and-"
          "backward-pass-of-a-neural-network-with-on")
TITLE = "Forward and backward pass of a 1-1-1 sigmoid network (AI Stack Exchange question)"
TOPIC = "backprop"

x = Symbol("x", real=True)
w1 = Symbol("w1", real=True)
w2 = Symbol("w2", real=True)
b = Symbol("b", real=True)
y = Symbol("y", real=True)


def sig(t):
    return 1 / (1 + exp(-t))


def dsig(t):
    """sigma'(t), computed by differentiating the sigmoid itself."""
    s = Symbol("s_", real=True)
    return diff(sig(s), s).subs(s, t)


# one training example (the reading under which the sum in L has a single term)
net1 = x * w1 + b
h = sig(net1)
net2 = h * w2 + b
yp = sig(net2)
L = Rational(1, 2) * (y - yp) ** 2

# the other reading: the sum in L runs over training examples (two of them here)
x_1, x_2 = Symbol("x_1", real=True), Symbol("x_2", real=True)
y_1, y_2 = Symbol("y_1", real=True), Symbol("y_2", real=True)


def forward(xn):
    hn = sig(xn * w1 + b)
    return hn, sig(hn * w2 + b)


h_1, yp_1 = forward(x_1)
h_2, yp_2 = forward(x_2)
L_sum = Rational(1, 2) * ((y_1 - yp_1) ** 2 + (y_2 - yp_2) ** 2)

# independent symbols for the local derivatives
Y = Symbol("Y", real=True)        # y' as a variable
N1 = Symbol("N1", real=True)      # net_1 as a variable
N2 = Symbol("N2", real=True)      # net_2 as a variable
H = Symbol("H", real=True)        # h as a variable
L_of_Y = Rational(1, 2) * (y - Y) ** 2

# chain-rule products (factors as the document computes them)
prod_w2 = h * dsig(net2) * (yp - y)
prod_w1 = x * dsig(net1) * w2 * dsig(net2) * (yp - y)
prod_w2_s1 = h_1 * dsig(h_1 * w2 + b) * (yp_1 - y_1)
prod_w1_s1 = x_1 * dsig(x_1 * w1 + b) * w2 * dsig(h_1 * w2 + b) * (yp_1 - y_1)

SUM_NOTE = ("L = 1/2 sum (y - y')^2 leaves the range of the sum open: with one training example the "
            "product is the gradient; if the sum runs over examples, dL/dw is the sum over examples of "
            "that product and one example's product is not it")

CLAIMS = [
    # line 16: chain rule for both weights
    Claim(16, "ambiguous", diff(L_sum, w2), prod_w2_s1, k=1, alt=(diff(L, w2), prod_w2),
          note="chain rule through net_2 and y'; " + SUM_NOTE),
    Claim(16, "ambiguous", diff(L_sum, w1), prod_w1_s1, k=2, alt=(diff(L, w1), prod_w1),
          note="chain rule through net_1, h, net_2, y'; " + SUM_NOTE),
    # line 18: the individual factors
    Claim(18, "valid", diff(L_of_Y, Y), diff(Rational(1, 2) * (y - Y) ** 2, Y), k=1,
          note="writes L out inside the derivative"),
    Claim(18, "valid", diff(Rational(1, 2) * (y - Y) ** 2, Y), Y - y, k=2,
          note="d/dy' of (y - y')^2/2 is -(y - y') = y' - y (derivative w.r.t. one output y')"),
    Claim(18, "valid", diff(sig(N2), N2), sig(N2) * (1 - sig(N2)), k=3,
          note="sigmoid derivative: sigma'(t) = sigma(t)(1 - sigma(t)) with y' = sigma(net_2)"),
    Claim(18, "valid", diff(H * w2 + b, w2), diff(H * w2 + b, w2), k=4,
          note="net_2 = h w_2 + b written out"),
    Claim(18, "valid", diff(H * w2 + b, w2), H, k=5, note="d(h w_2 + b)/dw_2 = h"),
    Claim(18, "valid", diff(H * w2 + b, H), diff(H * w2 + b, H), k=6,
          note="net_2 = h w_2 + b written out"),
    Claim(18, "valid", diff(H * w2 + b, H), w2, k=7, note="d(h w_2 + b)/dh = w_2"),
    Claim(18, "valid", diff(sig(N1), N1), sig(N1) * (1 - sig(N1)), k=8,
          note="h = sigma(net_1), so dh/dnet_1 = h(1 - h)"),
    Claim(18, "valid", diff(x * w1 + b, w1), diff(x * w1 + b, w1), k=9,
          note="net_1 = x w_1 + b written out"),
    Claim(18, "valid", diff(x * w1 + b, w1), x, k=10, note="d(x w_1 + b)/dw_1 = x"),
    # line 22: the gradients multiplied out
    Claim(22, "ambiguous", diff(L_sum, w2), h_1 * yp_1 * (1 - yp_1) * (yp_1 - y_1), k=1,
          alt=(diff(L, w2), h * yp * (1 - yp) * (yp - y)),
          note="h y'(1-y')(y'-y) is dL/dw_2 for one example; " + SUM_NOTE),
    Claim(22, "ambiguous", diff(L_sum, w1),
          x_1 * h_1 * (1 - h_1) * w2 * yp_1 * (1 - yp_1) * (yp_1 - y_1), k=2,
          alt=(diff(L, w1), x * h * (1 - h) * w2 * yp * (1 - yp) * (yp - y)),
          note="x h(1-h) w_2 y'(1-y')(y'-y) is dL/dw_1 for one example; " + SUM_NOTE),
]
