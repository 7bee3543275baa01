from sympy import Symbol, exp, log, diff, factorial, summation, oo, Add, Rational

from labels import Claim

SOURCE = "https://github.com/ximenasandoval/ximenasandoval.github.io/blob/8985dcb2b2c06416529447330a3fa6f2f7d37d73/_posts/2020-10-31-poisson.html"
TITLE = "Poisson regression: exponential-family form, MLE loss and its gradient in w and b (Ximena Sandoval)"
TOPIC = "glm"

COUNTS = (0, 1, 2, 3, 4)        # Poisson counts y

# ---- section 2: one count y and a rate lambda
ys = Symbol("y", integer=True, nonnegative=True)
lam = Symbol("lambda", positive=True)
D2 = {ys: COUNTS, lam: (0.2, 3.0)}
pmf = exp(-lam) * lam**ys / factorial(ys)                  # P_Y(Y = y | lambda)
r44 = exp(-lam) * lam**ys / factorial(ys)
r45 = 1 / factorial(ys) * exp(-lam) * lam**ys
r46 = 1 / factorial(ys) * exp(log(exp(-lam) * lam**ys))
r49 = 1 / factorial(ys) * exp(log(exp(-lam)) + log(lam**ys))
r50 = 1 / factorial(ys) * exp(-lam + ys * log(lam))
r51 = 1 / factorial(ys) * exp(ys * log(lam) - lam)
# identification with (1): h(y) = 1/y!, eta(lambda) = log(lambda), T(y) = y, A(lambda) = lambda
h = lambda v: 1 / factorial(v)
eta_of = lambda l: log(l)
T = lambda v: v
A = lambda l: l
r66 = h(ys) * exp(eta_of(lam) * T(ys) - A(lam))

# ---- sections 3-5: m = 2 observations, n = 2 features, weights w, bias b
m, n = 2, 2
w = [Symbol(f"w{d}", real=True) for d in range(1, n + 1)]
b = Symbol("b", real=True)
x = [[Symbol(f"x{i}{d}", real=True) for d in range(1, n + 1)] for i in range(1, m + 1)]
y = [Symbol(f"y{i}", integer=True, nonnegative=True) for i in range(1, m + 1)]
DOM = {v: COUNTS for v in y}
eta = [sum(w[d] * x[i][d] for d in range(n)) + b for i in range(m)]   # eta = w^T x + b
lam_i = [exp(e) for e in eta]                                          # lambda = e^{w^T x + b}
yhat = lam_i                                                           # yhat = lambda
I = range(m)

joint = 1
for i in I:
    joint *= exp(-lam_i[i]) * lam_i[i]**y[i] / factorial(y[i])      # P_Y[y^(1..m) | x^(1..m)]
F99 = 1
F102 = 1
for i in I:
    F99 *= h(y[i]) * exp(eta_of(lam_i[i]) * T(y[i]) - A(lam_i[i]))
    F102 *= 1 / factorial(y[i]) * exp(log(lam_i[i]) * y[i] - lam_i[i])
G106 = sum(log(1 / factorial(y[i]) * exp(log(lam_i[i]) * y[i] - lam_i[i])) for i in I)
G109 = sum(log(1 / factorial(y[i])) + log(exp(log(lam_i[i]) * y[i] - lam_i[i])) for i in I)
G113 = sum(log(exp(log(lam_i[i]) * y[i] - lam_i[i])) for i in I)
# The post writes "\sum_i a_i - c_i" throughout with no brackets. Two readings: the sum spans both
# terms (wide; what the post means, and what its code computes), or it takes the first term only and
# the free i of the rest is one observation, i0 = 1 (narrow, as written). Each reading is applied to
# the whole document, the definition (6) of loss included; a claim holding under both is valid, one
# holding under the wide reading only is ambiguous with the wide reading as `alt`.
G116_w = sum(log(lam_i[i]) * y[i] - lam_i[i] for i in I)
G116_n = sum(log(lam_i[i]) * y[i] for i in I) - lam_i[0]
G109_w = G109
G109_n = sum(log(1 / factorial(y[i])) for i in I) + log(exp(log(lam_i[0]) * y[0] - lam_i[0]))
H120_w = sum(lam_i[i] - log(lam_i[i]) * y[i] for i in I)
H120_n = sum(lam_i[i] for i in I) - log(lam_i[0]) * y[0]
H129_w = sum(yhat[i] - log(yhat[i]) * y[i] for i in I)
H129_n = sum(yhat[i] for i in I) - log(yhat[0]) * y[0]
H133_w = Rational(1, m) * sum(yhat[i] - log(yhat[i]) * y[i] for i in I)
H133_n = Rational(1, m) * sum(yhat[i] for i in I) - log(yhat[0]) * y[0]
LOGF = log(F99)            # w^*, b^* are defined (line 99) as the argmax of the product F99
# Each later argmax/argmin line is checked through its objective against F99: the same function, or the
# same stationary points (grad(log F) F = grad F; a dropped constant leaves grad log F99; argmin H with
# H = -log F99 + const has grad H = -grad log F99; a factor 1/m is undone by m).

PARAMS = w + [b]
CP = [2, 3, 5]


def grad_combo(f):
    """the gradient of f in (w1, w2, b), as one weighted sum"""
    return Add(*[CP[k] * diff(f, p) for k, p in enumerate(PARAMS)])


ks = Symbol("k", integer=True, nonnegative=True)
mean_poisson = summation(ks * exp(-lam) * lam**ks / factorial(ks), (ks, 0, oo))    # E[y]

# ---- section 4: loss (6) under both readings
loss_w = Rational(1, m) * sum(yhat[i] - log(yhat[i]) * y[i] for i in I)
loss_n = Rational(1, m) * sum(yhat[i] for i in I) - log(yhat[0]) * y[0]
l151_w = Rational(1, m) * sum(exp(eta[i]) - eta[i] * y[i] for i in I)
l151_n = Rational(1, m) * sum(exp(eta[i]) for i in I) - eta[0] * y[0]
CW = [2, 3]


def wgrad(f):
    return Add(*[CW[d] * diff(f, w[d]) for d in range(n)])


def wvec(comp):
    """a vector over the features d, as one weighted sum"""
    return Add(*[CW[d] * comp(d) for d in range(n)])


# lines 155 and 169 narrowly: d/dw (resp. d/db) acts on (1/m) sum e^{...} only, and the term
# -(w^T x^{(i)} + b) y^{(i)} is left as it is (added to every component)
r155_n = wvec(lambda d: diff(Rational(1, m) * sum(exp(eta[i]) for i in I), w[d]) - eta[0] * y[0])
r169_n = diff(Rational(1, m) * sum(exp(eta[i]) for i in I), b) - eta[0] * y[0]
r158_w = wvec(lambda d: Rational(1, m) * sum(x[i][d] * exp(eta[i]) - x[i][d] * y[i] for i in I))
r158_n = wvec(lambda d: Rational(1, m) * sum(x[i][d] * exp(eta[i]) for i in I) - x[0][d] * y[0])
r161 = wvec(lambda d: Rational(1, m) * sum(x[i][d] * (exp(eta[i]) - y[i]) for i in I))
r164 = wvec(lambda d: Rational(1, m) * sum(x[i][d] * (yhat[i] - y[i]) for i in I))
r172_w = Rational(1, m) * sum(exp(eta[i]) - y[i] for i in I)
r172_n = Rational(1, m) * sum(exp(eta[i]) for i in I) - y[0]
r175_w = Rational(1, m) * sum(yhat[i] - y[i] for i in I)
r175_n = Rational(1, m) * sum(yhat[i] for i in I) - y[0]

# ---- section 5: Z = Xw + b (entries weighted over the m rows)
CZ = [2, 7]
Z = Add(*[CZ[i] * eta[i] for i in I])
Zprod = Add(*[CZ[i] * (sum(x[i][d] * w[d] for d in range(n)) + b) for i in I])

EQNO = "the trailing \\ \\ \\ \\ (n) is the equation's number, not a factor"
BOTH = "holds under both readings of the unbracketed sum (checked here with the sum spanning both terms)"
NARROW = "as written the sum takes only the first term, and the "


def amb(note):
    return NARROW + note + "; it holds with the sum spanning both terms"


CLAIMS = [
    Claim(44, "valid", pmf, r44, domain=D2, note="restates the Poisson probability function"),
    Claim(45, "valid", r44, r45, domain=D2),
    Claim(46, "valid", r45, r46, domain=D2),
    Claim(49, "valid", r46, r49, domain=D2,
          note="the = that ends the first \\[...\\] block; its right side opens the next block"),
    Claim(50, "valid", r49, r50, domain=D2),
    Claim(51, "valid", r50, r51, domain=D2),
    Claim(55, "valid", pmf, r51, domain=D2, note=EQNO),
    Claim(66, "valid", pmf, r66, domain=D2,
          note="h(y) = 1/y!, eta = log(lambda), T(y) = y, A(lambda) = lambda, as identified just above; " + EQNO),
    Claim(80, "valid", pmf, r66, domain=D2),
    Claim(83, "valid", eta_of(lam), log(lam), domain=D2, note="restates the identification eta(lambda) = log(lambda)"),
    Claim(83, "valid", lam, exp(eta_of(lam)), k=2, domain=D2),
    Claim(88, "valid", exp(eta[0]), exp(sum(w[d] * x[0][d] for d in range(n)) + b),
          note="lambda = e^eta with eta = w^T x + b; " + EQNO),
    Claim(95, "valid", joint, F99, domain=DOM, note="independent observations: the joint probability is the product"),
    # argmax / argmin lines: w^*, b^* is the argmax of F99 (line 99); each line is checked through its
    # objective: the same function, or the same stationary points as log F99
    Claim(102, "valid", F99, F102, domain=DOM, note="the same objective written out"),
    Claim(106, "valid", grad_combo(G106) * F99, grad_combo(F99), domain=DOM,
          note="argmax F = argmax log F: grad(log F) F = grad F"),
    Claim(109, "ambiguous", grad_combo(G109_n), grad_combo(LOGF), domain=DOM,
          alt=(grad_combo(G109_w), grad_combo(LOGF)),
          note=amb("objective keeps one observation's log(e^{...}) term, another argmax")),
    Claim(113, "valid", grad_combo(G113), grad_combo(LOGF), domain=DOM,
          note="the dropped sum of log(1/y!) is constant in w and b"),
    Claim(116, "ambiguous", grad_combo(G116_n), grad_combo(LOGF), domain=DOM,
          alt=(grad_combo(G116_w), grad_combo(LOGF)),
          note=amb("objective subtracts one observation's lambda only, another argmax")),
    Claim(120, "ambiguous", grad_combo(H120_n), -grad_combo(LOGF), domain=DOM,
          alt=(grad_combo(H120_w), -grad_combo(LOGF)),
          note=amb("objective has one observation's log-term only, another argmin")),
    Claim(124, "valid", mean_poisson, lam, domain=D2, note="mean of a Poisson(lambda) variable"),
    Claim(124, "valid", yhat[0], exp(eta[0]), k=2, note="yhat = lambda = e^eta (lambda = yhat names yhat)"),
    Claim(124, "valid", exp(eta[0]), exp(sum(w[d] * x[0][d] for d in range(n)) + b), k=3, note=EQNO),
    Claim(129, "ambiguous", grad_combo(H129_n), -grad_combo(LOGF), domain=DOM,
          alt=(grad_combo(H129_w), -grad_combo(LOGF)),
          note=amb("objective has one observation's log-term only, another argmin")),
    Claim(133, "ambiguous", m * grad_combo(H133_n), -grad_combo(LOGF), domain=DOM,
          alt=(m * grad_combo(H133_w), -grad_combo(LOGF)),
          note=amb("1/m multiplies the first sum only and one log-term is left, another argmin")),
    Claim(151, "valid", loss_w, l151_w, domain=DOM, note="log(yhat) = w^T x + b; " + BOTH),
    Claim(155, "ambiguous", wgrad(loss_n), r155_n, domain=DOM, alt=(wgrad(loss_w), wgrad(l151_w)),
          note="as written d/dw and the sum take only (1/m) sum e^{...}, leaving -(w^T x^{(i)} + b) y^{(i)} "
               "undifferentiated; it holds with both spanning the whole expression"),
    Claim(158, "valid", wgrad(loss_w), r158_w, domain=DOM,
          note="the stray ')' in '- x^{(i)})y^{(i)}' read as x^{(i)}y^{(i)}; " + BOTH),
    Claim(161, "ambiguous", wgrad(loss_n), r161, domain=DOM, alt=(wgrad(loss_w), r161),
          note="the bracketed sum is right for the loss whose sum spans both terms; with loss (6) read as "
               "written its gradient is (1/m) sum x e^{...} - x^{(1)} y^{(1)}"),
    Claim(164, "ambiguous", wgrad(loss_n), r164, domain=DOM, alt=(wgrad(loss_w), r164),
          note="as for the line before: right for loss (6) with the sum spanning both terms; " + EQNO),
    Claim(169, "ambiguous", diff(loss_n, b), r169_n, domain=DOM, alt=(diff(loss_w, b), diff(l151_w, b)),
          note="as written d/db and the sum take only (1/m) sum e^{...}, leaving -(w^T x^{(i)} + b) y^{(i)} "
               "undifferentiated; it holds with both spanning the whole expression"),
    Claim(172, "valid", diff(loss_w, b), r172_w, domain=DOM, note=BOTH),
    Claim(175, "valid", diff(loss_w, b), r175_w, domain=DOM, note=BOTH + "; " + EQNO),
    Claim(222, "valid", Z, Zprod, note="Z = Xw + b written out; entries weighted over the rows"),
    Claim(264, "ambiguous", wgrad(loss_n), r164, domain=DOM, alt=(wgrad(loss_w), r164),
          note="nabla w = dloss/dw restating (7): right for loss (6) with the sum spanning both terms"),
    Claim(267, "valid", diff(loss_w, b), r175_w, domain=DOM, note="nabla b = dloss/db restating (8); " + BOTH),
]

# the narrow reading of the claims labelled valid with BOTH (not part of the label check)
NARROW_PAIRS = [(loss_n, l151_n), (wgrad(loss_n), r158_n), (diff(loss_n, b), r172_n),
                (diff(loss_n, b), r175_n)]
