from sympy import Symbol, Max, Piecewise, exp, diff, symbols

from labels import Claim

SOURCE = "https://github.com/hal3/ciml/blob/6de93c61976209a09d35b6113172fbba53b0bb15/book/loss.tex"
TITLE = "Linear Models: gradient descent for exponential loss and subgradients of the hinge loss (CIML ch. 7)"
TOPIC = "hinge"

# ---------------------------------------------------------------- gradient example (math review)
x1, x2, x3 = symbols("x1 x2 x3", real=True)
r1, r2, r3 = symbols("r1 r2 r3", real=True)  # probe weights: a vector claim is checked as sum_k r_k (component k)
f = x1**3 + 5 * x1 * x2 - 3 * x2 * x3**2
grad_f = r1 * diff(f, x1) + r2 * diff(f, x2) + r3 * diff(f, x3)
grad_f_stated = r1 * (3 * x1**2 + 5 * x2) + r2 * (5 * x1 - 3 * x3**2) + r3 * (-6 * x2 * x3)

# ---------------------------------------------------------------- regularised exponential loss
# N = 3 examples, D = 2 features; labels y_n in {-1, +1}
lam = Symbol("lambda", positive=True)
b = Symbol("b", real=True)
w1, w2 = symbols("w1 w2", real=True)
W = (w1, w2)
X = [symbols(f"x{n}_1 x{n}_2", real=True) for n in range(1, 4)]
Y = symbols("y1:4", real=True)
ydom = {yn: (-1, 1) for yn in Y}
margin = [Y[n] * (w1 * X[n][0] + w2 * X[n][1] + b) for n in range(3)]
E = [exp(-m) for m in margin]
data = sum(E)
reg = lam / 2 * (w1**2 + w2**2)
Lfun = data + reg

# derivative in b
db_0 = diff(Lfun, b)
db_1 = diff(data, b) + diff(reg, b)
db_2 = sum(diff(En, b) for En in E) + 0
db_3 = sum(diff(-margin[n], b) * E[n] for n in range(3))
db_4 = -sum(Y[n] * E[n] for n in range(3))

# gradient in w, probed with (r1, r2)
R = (r1, r2)
gw_0 = sum(R[d] * diff(Lfun, W[d]) for d in range(2))
gw_1 = sum(R[d] * (diff(data, W[d]) + diff(reg, W[d])) for d in range(2))
gw_2 = sum(R[d] * (sum(diff(-margin[n], W[d]) * E[n] for n in range(3)) + lam * W[d]) for d in range(2))
gw_3 = sum(R[d] * (-sum(Y[n] * X[n][d] * E[n] for n in range(3)) + lam * W[d]) for d in range(2))

# ---------------------------------------------------------------- hinge derivative in z
z = Symbol("z", real=True)
hz_0 = diff(Max(0, 1 - z), z)
hz_1 = diff(Piecewise((0, z > 1), (1 - z, z < 1)), z)
hz_2 = Piecewise((diff(0 * z, z), z > 1), (diff(1 - z, z), z < 1))
hz_3 = Piecewise((0, z >= 1), (-1, z < 1))

# ---------------------------------------------------------------- hinge subgradient on one example
y = Symbol("y", real=True)
u1, u2 = symbols("u1 u2", real=True)  # the example's features x_n
U = (u1, u2)
m = y * (w1 * u1 + w2 * u2 + b)
sg_0 = sum(R[d] * diff(Max(0, 1 - m), W[d]) for d in range(2))
sg_1 = sum(R[d] * diff(Piecewise((0, m > 1), (1 - m, True)), W[d]) for d in range(2))
# line 111 as intended: the subgradient applies to the whole of 1 - y_n(<w,x_n> + b)
sg_2_intended = sum(R[d] * Piecewise((0, m > 1), (diff(1 - m, W[d]), True)) for d in range(2))
# line 111 as literally written: (subgrad of 1) - y_n(<w,x_n> + b)
sg_2_literal = sum(R[d] * Piecewise((0, m > 1), (diff(1 + 0 * W[d], W[d]) - m, True)) for d in range(2))
sg_3 = sum(R[d] * Piecewise((0, m > 1), (-y * U[d], True)) for d in range(2))

CLAIMS = [
    Claim(20, "valid", grad_f, grad_f_stated),
    Claim(46, "valid", db_0, db_1, domain=ydom),
    Claim(47, "valid", db_1, db_2, domain=ydom),
    Claim(48, "valid", db_2, db_3, domain=ydom),
    Claim(49, "valid", db_3, db_4, domain=ydom),
    Claim(63, "valid", gw_0, gw_1, domain=ydom),
    Claim(65, "valid", gw_1, gw_2, domain=ydom),
    Claim(67, "valid", gw_2, gw_3, domain=ydom),
    Claim(75, "valid", r1 * (w1 - lam * w1) + r2 * (w2 - lam * w2), r1 * (1 - lam) * w1 + r2 * (1 - lam) * w2),
    Claim(92, "valid", hz_0, hz_1),
    Claim(93, "valid", hz_1, hz_2),
    Claim(94, "valid", hz_2, hz_3),
    Claim(109, "valid", sg_0, sg_1, domain={y: (-1, 1)}),
    Claim(111, "ambiguous", sg_1, sg_2_literal, alt=(sg_1, sg_2_intended), domain={y: (-1, 1)},
          note="\\subgrad_\\vw 1 - y_n(...) literally is (subgrad of 1) - y_n(<w,x_n>+b); "
               "equal only if the subgradient covers all of 1 - y_n(<w,x_n>+b)"),
    Claim(113, "ambiguous", sg_2_literal, sg_3, alt=(sg_2_intended, sg_3), domain={y: (-1, 1)},
          note="-y_n x_n is the subgradient of 1 - y_n(<w,x_n>+b), not of the literal "
               "(subgrad 1) - y_n(<w,x_n>+b) on the line before"),
]
