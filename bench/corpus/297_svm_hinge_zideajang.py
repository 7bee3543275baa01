from sympy import Symbol, Matrix, Max, Piecewise, sqrt, Abs, diff

from labels import Claim

SOURCE = ("https://github.com/zideajang/basic_ml_tut/blob/ef6912162ac3eefa8c498d585ba79196aa0d2636/"
          "svm/readme.md")
TITLE = "SVM from the separating line to the hinge objective and the dual (zideajang, basic_ml_tut)"
TOPIC = "hinge"


def R(name):
    return Symbol(name, real=True)


# plane / feature symbols (n = 2 features)
x, y = R("x"), R("y")
w1, w2, b, lam = R("w1"), R("w2"), R("b"), R("lam")
x1, x2 = R("x1"), R("x2")
p1, p2 = R("p1"), R("p2")  # components of Phi(x_i)
nw = sqrt(w1**2 + w2**2)  # ||w||
yl = R("yl")  # a label in {-1, 1}
LABEL = (-1, 1)

# line 13: f(x,y) = -x + 2y + 2 (line 10) written with a row vector
f_xy = -x + 2 * y + 2
row_form = (Matrix([[-1, 2]]) * Matrix([[x], [y]]))[0, 0] + 2

# line 81: distance with f(x_i) = y(x_i) = w^T Phi(x_i) + b
f_i = w1 * p1 + w2 * p2 + b

# line 124: hinge term (1 - y_i (x_i, w))_+
hinge = Max(0, 1 - yl * (x1 * w1 + x2 * w2))
hinge_grad_cases = Piecewise((0, 1 - yl * (x1 * w1 + x2 * w2) <= 0), (-yl * x1, True))

# lines 149-150: width of the street, x_+ = (q1, q2), x_- = (r1, r2)
q1, q2, r1, r2 = R("q1"), R("q2"), R("r1"), R("r2")
width = ((q1 - r1) * w1 + (q2 - r2) * w2) / nw
# support vectors on the margins: w.x_+ + b = 1, w.x_- + b = -1
q2m = (1 - b - w1 * q1) / w2
r2m = (-1 - b - w1 * r1) / w2
width_on_margins = width.subs({q2: q2m, r2: r2m})

# lines 154-164: Lagrangian with m = 3 samples
al = [R(f"a{i}") for i in range(1, 4)]
ys = [R(f"y{i}") for i in range(1, 4)]
xs = [(R(f"x{i}1"), R(f"x{i}2")) for i in range(1, 4)]
Lag = (w1**2 + w2**2) / 2 - sum(al[i] * (ys[i] * (w1 * xs[i][0] + w2 * xs[i][1] + b) - 1)
                               for i in range(3))
sum_ay = sum(al[i] * ys[i] for i in range(3))
sum_a = sum(al)

# lines 163-164 read with one feature (scalars x_i), so that the juxtaposition is a product
w = R("w")
u = [R(f"u{i}") for i in range(1, 4)]  # scalar x_i
s = sum(al[i] * ys[i] * u[i] for i in range(3))  # sum_i alpha_i y_i x_i
Lag1 = w**2 / 2 - sum(al[i] * (ys[i] * (w * u[i] + b) - 1) for i in range(3))
L_sub = Lag1.subs(w, s)  # L after substituting w = sum alpha_i y_i x_i
member2 = s * w * s / 2 - s * s - sum_ay * b + sum_a  # line 163 as written (stray \vec{w})
member2_nostray = s * s / 2 - s * s - sum_ay * b + sum_a
member3 = sum_a - s * s / 2
a3_free = -(al[0] * ys[0] + al[1] * ys[1]) / ys[2]  # sum alpha_i y_i = 0 (from dL/db = 0)

DOM = {yl: LABEL, al[0]: (0.05, 2), al[1]: (0.05, 2), al[2]: (0.05, 2),
       ys[0]: LABEL, ys[1]: LABEL, ys[2]: LABEL}

CLAIMS = [
    Claim(13, "valid", f_xy, row_form),
    Claim(47, "invalid", nw, w1**2 + w2**2,
          note="(w1..wn)(w1..wn)^T is ||w||^2, not the norm ||w||_2"),
    Claim(81, "valid", yl * f_i / nw, yl * (w1 * p1 + w2 * p2 + b) / nw, domain={yl: LABEL}),
    Claim(88, "invalid", nw, w1**2 + w2**2,
          note="(w1..wk)(w1..wk)^T = ||w||^2; the norm needs a square root"),
    Claim(123, "valid", diff(lam * (w1**2 + w2**2), w1), 2 * lam * w1),
    Claim(124, "valid", diff(hinge, w1), hinge_grad_cases, domain={yl: LABEL}),
    Claim(149, "valid", width, (q1 * w1 + q2 * w2) / nw - (r1 * w1 + r2 * w2) / nw),
    Claim(150, "valid", width_on_margins, (1 - b) / nw + (1 + b) / nw),
    Claim(150, "valid", (1 - b) / nw + (1 + b) / nw, 2 / nw, k=2),
    Claim(156, "valid", diff(Lag, w1), w1 - sum(al[i] * ys[i] * xs[i][0] for i in range(3)),
          domain=DOM),
    Claim(159, "invalid", diff(Lag, b), sum_ay, domain=DOM,
          note="dL/db = -sum alpha_i y_i; the minus sign is lost"),
    Claim(163, "invalid", L_sub, member2, domain=DOM,
          note="first term carries a stray factor w: (1/2)||w||^2 at w = sum alpha y x is (1/2)(sum alpha y x)^2"),
    Claim(164, "ambiguous", member2, member3, domain=DOM,
          alt=(member2_nostray.subs(al[2], a3_free), member3.subs(al[2], a3_free)),
          note="holds only if the stray w is dropped and sum alpha_i y_i = 0 (from dL/db = 0) kills the b term"),
    Claim(172, "ambiguous", Abs(w1 * x1 + w2 * x2 + b) / nw * nw, sqrt(w1**2 + w2**2),
          alt=(Matrix([w1, w2]).norm(), sqrt(w1**2 + w2**2)),
          note="read as one product it says |w^T x + b| = ||w||; read as two items, ||w|| = sqrt(sum w_i^2) holds"),
    Claim(200, "valid", w1 * x1 + w2 * x2 + b,
          (Matrix([[w1, w2, b]]) * Matrix([[x1], [x2], [1]]))[0, 0]),
    Claim(206, "ambiguous", (Matrix([[w1, w2, b]]) * Matrix([[x1], [x2], [1]]))[0, 0],
          w1 * x1 + w2 * x2,
          alt=((Matrix([[w1, w2, b]]) * Matrix([[x1], [x2], [1]]))[0, 0],
               (Matrix([[w1], [w2], [b]]).T * Matrix([[x1], [x2], [1]]))[0, 0]),
          note="with W = w and plain x, W^T x drops b; only with W = [w; b] and x = [x; 1] augmented does it hold"),
]
