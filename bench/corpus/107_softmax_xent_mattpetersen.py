from sympy import Symbol, exp, log, diff, Matrix, diag, Integer
from labels import Claim

SOURCE = ("https://github.com/mattpetersen/mattpetersen.github.io/blob/"
          "c003997fbd8f64957a5e73a0770c5f3f6ef7e6d4/_posts/2017-06-25-softmax-with-cross-entropy.md")
TITLE = "Softmax with cross-entropy, single example (Matt Petersen)"
TOPIC = "softmax"

# n = 3 classes; vector equalities are checked through a contraction with a random row u
x1, x2, x3, c = (Symbol(n, real=True) for n in ("x1", "x2", "x3", "c"))
xs = [x1, x2, x3]
u = [Symbol(f"u{i}", real=True) for i in (1, 2, 3)]
v = [Symbol(f"v{i}", real=True) for i in (1, 2, 3)]
y1, y2 = Symbol("y1", real=True), Symbol("y2", real=True)
ys = [y1, y2, 1 - y1 - y2]                     # a distribution over classes (one-hot is a case)
P = {y1: (0.05, 0.6), y2: (0.05, 0.35)}

Z = sum(exp(t) for t in xs)
s = [exp(t) / Z for t in xs]                   # softmax of x
def dot(a, b):
    return sum(ai * bi for ai, bi in zip(a, b))

# softmax of x + c, entry i = 1
Zc = sum(exp(t + c) for t in xs)
# Jacobian J[i][j] = d s_i / d x_j
J = [[diff(s[i], xs[j]) for j in range(3)] for i in range(3)]
def bil(M):                                    # u M v
    return sum(u[i] * M[i][j] * v[j] for i in range(3) for j in range(3))
Jform = [[(s[i] if i == j else 0) - s[i] * s[j] for j in range(3)] for i in range(3)]

# independent softmax outputs for the gradient with respect to s
sv = [Symbol(f"s{i}", positive=True) for i in (1, 2, 3)]
PS = {**P, **{t: (0.05, 0.95) for t in sv}}
Hs = -dot(ys, [log(t) for t in sv])
grad_s = [diff(Hs, t) for t in sv]

# cost as a function of x, its gradient, and the row -y/s
Hx = -dot(ys, [log(t) for t in s])
grad_x = [diff(Hx, t) for t in xs]
yos = [ys[i] / s[i] for i in range(3)]
row_times = lambda r, M: [sum(r[i] * M[i][j] for i in range(3)) for j in range(3)]
outer = [[s[i] * s[j] for j in range(3)] for i in range(3)]
D = [[s[i] if i == j else 0 for j in range(3)] for i in range(3)]
Srep = [[s[j] for j in range(3)] for i in range(3)]

CLAIMS = [
    Claim(45, "valid", exp(x1 + c) / Zc, exp(x1 + c) / Zc,
          note="softmax of x + c written from the definition, entry 1"),
    Claim(46, "valid", exp(x1 + c) / Zc, exp(x1) * exp(c) / sum(exp(t) * exp(c) for t in xs),
          note="e^{a+c} = e^a e^c in numerator and every summand"),
    Claim(47, "valid", exp(x1) * exp(c) / sum(exp(t) * exp(c) for t in xs), s[0],
          note="common factor e^c cancels"),
    Claim(50, "valid", exp(x1 - x1), Integer(1), note="e^0 = 1"),
    Claim(70, "valid", diff(s[0], x1), (Z * exp(x1) - exp(x1) * exp(x1)) / Z**2,
          note="quotient rule for d s_1/d x_1"),
    Claim(71, "valid", (Z * exp(x1) - exp(x1) * exp(x1)) / Z**2, s[0] - s[0]**2,
          note="split the fraction: s_1 - s_1^2"),
    Claim(83, "valid", diff(s[0], x2), (Z * 0 - exp(x1) * exp(x2)) / Z**2,
          note="quotient rule, i=1, j=2; the sum is over all classes (bound j), only the first term is summed"),
    Claim(84, "valid", (Z * 0 - exp(x1) * exp(x2)) / Z**2, -s[0] * s[1],
          note="= -s_1 s_2"),
    Claim(109, "valid", bil(J), bil(Jform),
          note="Jacobian of softmax equals diag(s) - s^T s (outer product of the row s)"),
    Claim(126, "valid", dot(u, [0, 1, 0]), u[1],
          note="y is one-hot by the document's stipulation (class 2 here); both sides are that vector"),
    Claim(143, "valid", -dot(ys, [log(t) for t in sv]), Hs, domain=PS,
          note="-sum y_i log s_i is the dot product of row y with log s"),
    Claim(158, "valid", dot(u, grad_s), dot(u, [-diff(dot(ys, [log(t) for t in sv]), t) for t in sv]),
          domain=PS, note="gradient of H = -y log s^T"),
    Claim(159, "valid", dot(u, [-diff(dot(ys, [log(t) for t in sv]), t) for t in sv]),
          dot(u, [-sum(ys[i] * diff(log(sv[i]), sv[j]) for i in range(3)) for j in range(3)]),
          domain=PS, note="y is constant: row y times the Jacobian of elementwise log"),
    Claim(160, "valid", dot(u, [-sum(ys[i] * diff(log(sv[i]), sv[j]) for i in range(3)) for j in range(3)]),
          dot(u, [-ys[j] / sv[j] for j in range(3)]),
          domain=PS, note="Jacobian of elementwise log is diag(1/s)"),
    Claim(161, "valid", dot(u, [-ys[j] / sv[j] for j in range(3)]), dot(u, [-ys[j] / sv[j] for j in range(3)]),
          domain=PS, note="row times diag(1/s) is the elementwise quotient -y/s"),
    Claim(174, "valid", dot(u, grad_x), dot(u, row_times([-t for t in yos], J)), domain=P,
          note="chain rule with row gradients: (dH/dx)_j = sum_i (dH/ds_i) ds_i/dx_j"),
    Claim(181, "valid", dot(u, row_times([-t for t in yos], J)),
          dot(u, row_times([-t for t in yos], [[D[i][j] - outer[i][j] for j in range(3)] for i in range(3)])),
          domain=P, note="substitute J = diag(s) - s^T s"),
    Claim(184, "valid",
          dot(u, row_times([-t for t in yos], [[D[i][j] - outer[i][j] for j in range(3)] for i in range(3)])),
          dot(u, [a - b for a, b in zip(row_times(yos, outer), row_times(yos, D))]),
          domain=P, note="distribute the minus sign"),
    Claim(186, "valid", dot(u, [a - b for a, b in zip(row_times(yos, outer), row_times(yos, D))]),
          dot(u, [a - b for a, b in zip(row_times(ys, Srep), ys)]),
          domain=P, note="(y/s) s^T = sum_i y_i, so (y/s) s^T s = y times the matrix of repeated rows s; (y/s) diag(s) = y"),
    Claim(187, "valid", dot(u, [a - b for a, b in zip(row_times(ys, Srep), ys)]),
          dot(u, [s[j] - ys[j] for j in range(3)]),
          domain=P, note="y S^rep = (sum y_i) s = s since the entries of y sum to 1"),
]
