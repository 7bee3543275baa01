from sympy import Rational, Symbol, diff, exp, log

from labels import Claim

SOURCE = ("https://github.com/livefree/cse446/blob/3ca0529c6b5723674466e6786db85f3f70dbdd41/"
          "hw2-A/written/hw2-2.tex")
TITLE = "Gradients of the L2-regularised logistic loss J(w,b) (CSE 446 HW2, A7a)"
TOPIC = "regularisation"

# n = 3 samples, d = 2 features; vector claims are checked on the w_1 component.
n = 3
w1, w2, b = Symbol("w1", real=True), Symbol("w2", real=True), Symbol("b", real=True)
lam = Symbol("lam", positive=True)
x = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in range(1, n + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, n + 1)]
z = [-y[i] * (b + x[i][0] * w1 + x[i][1] * w2) for i in range(n)]  # -y_i (b + x_i^T w)
mu = [1 / (1 + exp(z[i])) for i in range(n)]
pen = lam * (w1**2 + w2**2)
third = Rational(1, n)

J = third * sum(log(1 + exp(z[i])) for i in range(n)) + pen
J_typo = third * sum(log(exp(z[i])) for i in range(n)) + pen  # "log(exp(...))" as written on line 25

# right-hand sides of the w-chain (w_1 component)
w_l26 = third * sum(diff(exp(z[i]), w1) / (1 + exp(z[i])) for i in range(n)) + 2 * lam * w1
w_l27 = third * sum(exp(z[i]) / (1 + exp(z[i])) * diff(z[i], w1) for i in range(n)) + 2 * lam * w1
w_l28 = third * sum(exp(z[i]) / (1 + exp(z[i])) * (-y[i] * x[i][0]) for i in range(n)) + 2 * lam * w1
w_l29 = third * sum((1 + exp(z[i]) - 1) / (1 + exp(z[i])) * (-y[i] * x[i][0]) for i in range(n)) + 2 * lam * w1
w_l30 = third * sum((1 - 1 / (1 + exp(z[i]))) * (-y[i] * x[i][0]) for i in range(n)) + 2 * lam * w1
w_l31 = third * sum((1 - mu[i]) * (-y[i] * x[i][0]) for i in range(n)) + 2 * lam * w1

# the b-chain
b_l37 = diff(J, b)
b_l38 = third * sum(diff(exp(z[i]), b) / (1 + exp(z[i])) for i in range(n)) + 0
b_l39 = third * sum(exp(z[i]) / (1 + exp(z[i])) * diff(z[i], b) for i in range(n))
b_l40 = third * sum(exp(z[i]) / (1 + exp(z[i])) * (-y[i]) for i in range(n))
b_l41 = third * sum((1 - mu[i]) * (-y[i]) for i in range(n))

D = {**{yi: (-1, 1) for yi in y}}

CLAIMS = [
    Claim(25, "invalid", diff(J, w1), diff(J_typo, w1), domain=D,
          note="the '1 +' inside the log is dropped: log(exp(z)) = z, so this is not the gradient of J"),
    Claim(26, "invalid", diff(J_typo, w1), w_l26, domain=D,
          note="as a link it differs from the line before: grad of the dropped-'1+' sum is -y_i x_i, "
               "not e^z/(1+e^z)(-y_i x_i) (it does equal grad J)"),
    Claim(27, "valid", w_l26, w_l27, domain=D),
    Claim(28, "valid", w_l27, w_l28, domain=D),
    Claim(29, "valid", w_l28, w_l29, domain=D),
    Claim(30, "valid", w_l29, w_l30, domain=D),
    Claim(31, "valid", diff(J, w1), w_l31, domain=D),
    Claim(37, "valid", diff(J, b), b_l37, domain=D),
    Claim(38, "valid", b_l37, b_l38, domain=D),
    Claim(39, "valid", b_l38, b_l39, domain=D),
    Claim(40, "valid", b_l39, b_l40, domain=D),
    Claim(41, "valid", diff(J, b), b_l41, domain=D),
]
