from sympy import Symbol, Piecewise, Eq, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/datawhalechina/pumpkin-book/blob/911f4ead55c8377a704dbbd4fc6d4684cec49b76/"
          "docs/chapter3/chapter3.md")
TITLE = "Pumpkin book, ch. 3.3: logistic regression log-likelihood (3.27), gradient (3.30) and Hessian (3.31)"
TOPIC = "logistic"

# m = 3 samples, 2 features (x_hat_i = (x_i1, x_i2)), beta = (b1, b2); labels y_i in {0, 1}.
M, N = 3, 2
b = [Symbol(f"b{j}", real=True) for j in (1, 2)]
X = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in (1, 2, 3)]
y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
u = [Symbol(f"u{j}", real=True) for j in (1, 2)]   # contract column vectors / rows of matrices
v = [Symbol(f"v{j}", real=True) for j in (1, 2)]   # contract row vectors / columns of matrices
T = Symbol("T", real=True)
DOM = {yi: (0, 1) for yi in y}

z = [sum(b[j] * X[i][j] for j in range(N)) for i in range(M)]          # beta^T x_hat_i
p1 = [exp(zi) / (1 + exp(zi)) for zi in z]
p0 = [1 / (1 + exp(zi)) for zi in z]
S = lambda f: sum(f(i) for i in range(M))
ux = [sum(u[j] * X[i][j] for j in range(N)) for i in range(M)]         # u^T x_hat_i
xv = [sum(X[i][j] * v[j] for j in range(N)) for i in range(M)]         # x_hat_i^T v

def grad(f):      # u^T (d f / d beta)
    return sum(u[j] * diff(f, b[j]) for j in range(N))

def rowd(f):      # (d f / d beta^T) v
    return sum(diff(f, b[k]) * v[k] for k in range(N))

def hess(f):      # u^T (d^2 f / d beta d beta^T) v
    return sum(u[j] * v[k] * diff(f, b[j], b[k]) for j in range(N) for k in range(N))

ell_def = S(lambda i: log(y[i] * p1[i] + (1 - y[i]) * p0[i]))         # line 17 (definition)
ell_pos = S(lambda i: y[i] * z[i] - log(1 + exp(z[i])))                 # log-likelihood
nll = S(lambda i: -y[i] * z[i] + log(1 + exp(z[i])))                    # eq. (3.27)

r24 = S(lambda i: log((y[i] * exp(z[i]) + 1 - y[i]) / (1 + exp(z[i]))))
r25 = S(lambda i: log(y[i] * exp(z[i]) + 1 - y[i]) - log(1 + exp(z[i])))
r33 = S(lambda i: Piecewise((-log(1 + exp(z[i])), Eq(y[i], 0)), (z[i] - log(1 + exp(z[i])), True)))
r49 = S(lambda i: log(p1[i] ** y[i] * p0[i] ** (1 - y[i])))
r50 = S(lambda i: y[i] * log(p1[i]) + (1 - y[i]) * log(p0[i]))
r51 = S(lambda i: y[i] * (log(p1[i]) - log(p0[i])) + log(p0[i]))
r52 = S(lambda i: y[i] * log(p1[i] / p0[i]) + log(p0[i]))
r53 = S(lambda i: y[i] * log(exp(z[i])) + log(1 / (1 + exp(z[i]))))

g91 = grad(nll)   # the right side of line 91: the derivative of sum(-y b^T x + ln(1+e^{b^T x}))
g92 = S(lambda i: grad(-y[i] * z[i]) + grad(log(1 + exp(z[i]))))
g93 = S(lambda i: -y[i] * ux[i] + 1 / (1 + exp(z[i])) * ux[i] * exp(z[i]))
g94 = -S(lambda i: ux[i] * (y[i] - exp(z[i]) / (1 + exp(z[i]))))
g95 = -S(lambda i: ux[i] * (y[i] - p1[i]))
g104 = S(lambda i: ux[i] * (p1[i] - y[i]))
g105 = sum(u[j] * sum(X[i][j] * (p1[i] - y[i]) for i in range(M)) for j in range(N))   # X^T (yhat - y)

H_true = hess(nll)
h117 = -S(lambda i: ux[i] * rowd(y[i] - exp(z[i]) / (1 + exp(T) * X[i][0])))   # typo: 1 + e^T x_i
h118 = -S(lambda i: ux[i] * rowd(y[i] - exp(z[i]) / (1 + exp(z[i]))))
h119 = -S(lambda i: ux[i] * (rowd(y[i]) - rowd(exp(z[i]) / (1 + exp(z[i])))))
h120 = S(lambda i: ux[i] * rowd(exp(z[i]) / (1 + exp(z[i]))))

# the rule d(a^T x)/d x^T = d(x^T a)/d x^T = a^T, for 2-vectors, contracted with v
a = [Symbol("a1", real=True), Symbol("a2", real=True)]
w = [Symbol("w1", real=True), Symbol("w2", real=True)]
aTw = a[0] * w[0] + a[1] * w[1]
wTa = w[0] * a[0] + w[1] * a[1]
d_aTw = sum(diff(aTw, w[k]) * v[k] for k in range(2))
d_wTa = sum(diff(wTa, w[k]) * v[k] for k in range(2))
aTv = a[0] * v[0] + a[1] * v[1]

# inner derivative for sample i = 1, contracted with v
z1, e1 = z[0], exp(z[0])
q128 = rowd(e1 / (1 + e1))
r128 = (rowd(e1) * (1 + e1) - e1 * rowd(1 + e1)) / (1 + e1) ** 2
r129 = (xv[0] * e1 * (1 + e1) - e1 * xv[0] * e1) / (1 + e1) ** 2
r130 = xv[0] * e1 * ((1 + e1) - e1) / (1 + e1) ** 2
r131 = xv[0] * e1 * 1 / (1 + e1) ** 2
r132 = xv[0] * e1 / (1 + e1) * 1 / (1 + e1)

h140 = S(lambda i: ux[i] * xv[i] * exp(z[i]) / (1 + exp(z[i])) * 1 / (1 + exp(z[i])))
h141 = S(lambda i: ux[i] * xv[i] * p1[i] * (1 - p1[i]))

CLAIMS = [
    # 3.3.1: the log-likelihood
    Claim(24, "valid", ell_def, r24, domain=DOM),
    Claim(25, "valid", r24, r25, domain=DOM),
    Claim(33, "valid", r25, r33, domain=DOM),
    Claim(42, "valid", r33, ell_pos, domain=DOM),
    Claim(45, "valid", y[0] * p1[0] + (1 - y[0]) * p0[0], p1[0] ** y[0] * p0[0] ** (1 - y[0]), domain=DOM),
    Claim(49, "valid", ell_def, r49, domain=DOM),
    Claim(50, "valid", r49, r50, domain=DOM),
    Claim(51, "valid", r50, r51, domain=DOM),
    Claim(52, "valid", r51, r52, domain=DOM),
    Claim(53, "valid", r52, r53, domain=DOM),
    Claim(54, "valid", r53, ell_pos, domain=DOM),
    # 3.3.5: the gradient (3.30)
    Claim(91, "ambiguous", grad(ell_pos), g91, alt=(grad(nll), g91), domain=DOM,
          note="the last displayed l(beta) is the log-likelihood; the derivative taken is of its negative, eq. (3.27), which reuses the name l"),
    Claim(92, "valid", g91, g92, domain=DOM),
    Claim(93, "valid", g92, g93, domain=DOM),
    Claim(94, "valid", g93, g94, domain=DOM),
    Claim(95, "valid", g94, g95, domain=DOM),
    Claim(103, "valid", grad(nll), g95, domain=DOM),
    Claim(104, "valid", g95, g104, domain=DOM),
    Claim(105, "valid", g104, g105, domain=DOM),
    # 3.3.6: the Hessian (3.31)
    Claim(117, "invalid", H_true, h117, domain=DOM,
          note="typo: the denominator is written 1+e^{T}x_i (beta dropped), so the bracket no longer depends on beta as it should"),
    Claim(118, "invalid", h117, h118, domain=DOM,
          note="compared with the previous line's typo (1+e^{T}x_i); with 1+e^{beta^T x_i} there it would hold"),
    Claim(119, "valid", h118, h119, domain=DOM),
    Claim(120, "valid", h119, h120, domain=DOM),
    Claim(124, "valid", d_aTw, d_wTa),
    Claim(124, "valid", d_wTa, aTv, k=2),
    Claim(128, "valid", q128, r128),
    Claim(129, "valid", r128, r129),
    Claim(130, "valid", r129, r130),
    Claim(131, "valid", r130, r131),
    Claim(132, "valid", r131, r132),
    Claim(140, "valid", H_true, h140, domain=DOM),
    Claim(141, "valid", h140, h141, domain=DOM),
]
