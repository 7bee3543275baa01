from sympy import Symbol, Matrix, diff, eye, Rational

from labels import Claim

SOURCE = ("https://github.com/EFavDB/efavdb.github.io-src/blob/957350dbd3ceab2c3bad421620f2fe786584d1ca/"
          "content/articles/methods/linear-regression.md")
TITLE = "Linear Regression (least squares in matrix form, coefficient covariance, unbiased S^2, Bayesian view)"
TOPIC = "linear"

N, L = 4, 2  # samples, predictors (so N - L = 2)

X = Matrix(N, L, lambda i, k: Symbol(f"x{i + 1}{k + 1}", real=True))
beta = Matrix(L, 1, lambda k, _: Symbol(f"b{k + 1}", real=True))
tru = Matrix(L, 1, lambda k, _: Symbol(f"t{k + 1}", real=True))      # beta_true
eps = Matrix(N, 1, lambda i, _: Symbol(f"e{i + 1}", real=True))
y = Matrix(N, 1, lambda i, _: Symbol(f"y{i + 1}", real=True))
sigma = Symbol("sigma", positive=True)
SIG = {sigma: (0.5, 2.0)}

# scalarising vectors: compare u^T M v for L x L results, r^T M q for N x N or N-vectors
u = Matrix(L, 1, lambda k, _: Symbol(f"u{k + 1}", real=True))
v = Matrix(L, 1, lambda k, _: Symbol(f"v{k + 1}", real=True))
r = Matrix(N, 1, lambda i, _: Symbol(f"r{i + 1}", real=True))
q = Matrix(N, 1, lambda i, _: Symbol(f"q{i + 1}", real=True))


def uv(M):
    return (u.T * M * v)[0]


def rq(M):
    return (r.T * M * q)[0]


G = X.T * X
Gi = G.inv()
A = Gi * X.T
P = X * Gi * X.T
I_N = eye(N)

# ---- cost and its derivative (j = 1)
yhat = X * beta
J = sum((y[i] - sum(X[i, k] * beta[k] for k in range(L))) ** 2 for i in range(N))
dJ = diff(J, beta[0])

# ---- covariance: generic symmetric cov(y) C, then C = sigma^2 I
C = Matrix(N, N, lambda i, j: Symbol(f"c{min(i, j) + 1}{max(i, j) + 1}", real=True))
cov_beta = A * C * A.T   # cov of a linear map of y
cov_iid = sigma ** 2 * I_N

# ---- S^2 with y = X beta_true + eps and beta = A y
y_mod = X * tru + eps
beta_hat = A * y_mod
S2 = Rational(1, N - L) * sum((y_mod[i] - (X.row(i) * beta_hat)[0]) ** 2 for i in range(N))
S2_line1 = Rational(1, N - L) * sum((y_mod[i] - (X.row(i) * A * (X * tru + eps))[0]) ** 2 for i in range(N))
S2_line2 = Rational(1, N - L) * sum(((y_mod[i] - (X.row(i) * tru)[0]) - (X.row(i) * A * eps)[0]) ** 2
                                    for i in range(N))
S2_line3 = Rational(1, N - L) * sum((eps[i] - (X.row(i) * A * eps)[0]) ** 2 for i in range(N))
S2_P = Rational(1, N - L) * sum((eps[i] - (P * eps)[i]) ** 2 for i in range(N))
# E[eps^T M eps] = sigma^2 tr(M) for independent zero-mean entries of variance sigma^2
Q = (I_N - P).T * (I_N - P)
E_S2 = sigma ** 2 * Rational(1, N - L) * Q.trace()

# ---- Bayesian: second derivatives of the squared error, j = 1, k = 2
SSE = sum((y[i] - (beta.T * X.row(i).T)[0]) ** 2 for i in range(N))
grad_k = sum((y[i] - (beta.T * X.row(i).T)[0]) * X[i, 1] for i in range(N))
inv_post = G / sigma ** 2   # inverse posterior covariance of the Gaussian linear model, flat prior

CLAIMS = [
    Claim(10, "valid", sum(X[0, k] * beta[k] for k in range(L)), (X.row(0) * beta)[0]),
    Claim(14, "valid", sum((y[i] - yhat[i]) ** 2 for i in range(N)),
          sum((y[i] - (X.row(i) * beta)[0]) ** 2 for i in range(N))),
    Claim(22, "invalid", dJ, 2 * sum((y[i] - sum(X[i, k] * beta[k] for k in range(L))) * X[i, 0] for i in range(N)),
          note="sign slip: dJ/dbeta_j = -2 sum_i (y_i - x_i.beta) x_ij"),
    Claim(26, "invalid", dJ, 2 * sum(X.T[0, i] * (y[i] - sum(X[i, k] * beta[k] for k in range(L))) for i in range(N)),
          note="same sign slip as (3): the derivative is -2 sum_i X^T_ji (y_i - ...)"),
    Claim(27, "invalid", dJ, (X.T * (y - X * beta))[0],
          note="the gradient is -2 X^T (y - X beta); the factor -2 is dropped (harmless only once set to zero)"),
    Claim(44, "valid", (u.T * A * (X * tru + Matrix.zeros(N, 1)))[0], (u.T * tru)[0]),
    Claim(46, "valid", uv(cov_beta), uv(A * C * A.T)),
    Claim(47, "valid", uv(A * C * A.T), uv(Gi * X.T * C * X * Gi.T)),
    Claim(49, "valid", uv(Gi * X.T * cov_iid * X * Gi.T), uv(sigma ** 2 * Gi * G * Gi.T), domain=SIG),
    Claim(50, "valid", uv(sigma ** 2 * Gi * G * Gi.T), uv(sigma ** 2 * Gi), domain=SIG),
    Claim(52, "valid", sum(r[i] * q[i] * sigma ** 2 for i in range(N)), rq(sigma ** 2 * I_N), domain=SIG),
    Claim(66, "valid", E_S2, sigma ** 2, domain=SIG),
    Claim(68, "valid", S2, S2_line1),
    Claim(69, "valid", S2_line1, S2_line2),
    Claim(70, "valid", S2_line2, S2_line3),
    Claim(76, "valid", rq(P * P), rq(P)),
    Claim(78, "valid", S2, S2_P),
    Claim(80, "valid", E_S2, sigma ** 2, domain=SIG),
    Claim(88, "valid", (u.T * beta_hat)[0], (u.T * (tru + A * eps))[0]),
    Claim(92, "valid", (r.T * X * beta_hat)[0], (r.T * (X * tru + P * eps))[0]),
    Claim(108, "valid", inv_post[0, 1], diff(SSE, beta[0], beta[1]) / (2 * sigma ** 2), domain=SIG),
    Claim(109, "valid", diff(SSE, beta[0], beta[1]) / (2 * sigma ** 2), -diff(grad_k, beta[0]) / sigma ** 2, domain=SIG),
    Claim(110, "valid", -diff(grad_k, beta[0]) / sigma ** 2, sum(X[i, 0] * X[i, 1] for i in range(N)) / sigma ** 2,
          domain=SIG),
    Claim(110, "valid", sum(X[i, 0] * X[i, 1] for i in range(N)) / sigma ** 2, G[0, 1] / sigma ** 2, k=2, domain=SIG),
    Claim(112, "valid", uv(inv_post.inv()), uv(sigma ** 2 * Gi), domain=SIG),
]
