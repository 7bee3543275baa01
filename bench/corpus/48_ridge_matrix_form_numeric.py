from sympy import Matrix, Symbol, sqrt, Integer, eye, diag, symbols

from labels import Claim

SOURCE = "https://github.com/Danishdbu/ML_Notes/blob/HEAD/Machine-Learning/Regularization.md"
TITLE = "Ridge regression: cost in matrix form, closed form, and a worked example"
TOPIC = "vector"

# symbolic part: n = 4 samples, p = 2 features, X with a column of ones, beta = (beta0, beta1, beta2)
lam = Symbol("lambda", positive=True)
n, p = 4, 2
Xs = Matrix(n, p + 1, lambda i, j: 1 if j == 0 else Symbol(f"x{i}{j}", real=True))
ys = Matrix(n, 1, lambda i, _: Symbol(f"y{i}", real=True))
beta = Matrix(symbols("beta0:3", real=True))
W = (Integer(1), sqrt(2), sqrt(3))


def vec(v):
    return sum(c * e for c, e in zip(W, list(v)))


r = ys - Xs * beta
J_ols = sum((ys[i] - beta[0] - sum(beta[j] * Xs[i, j] for j in range(1, p + 1)))**2 for i in range(n))
J_ridge = (r.T * r)[0] + lam * sum(beta[j]**2 for j in range(1, p + 1))   # as defined: j = 1..p
b_ols = (Xs.T * Xs).LUsolve(Xs.T * ys)
b_ridge = (Xs.T * Xs + lam * diag(0, 1, 1)).LUsolve(Xs.T * ys)        # minimiser of J_ridge
D = {lam: (0.1, 3)}

# the worked example
X = Matrix([[1, 1, 2], [1, 2, 3], [1, 3, 4], [1, 4, 5]])
y = Matrix([4, 5, 6, 7])
W9 = [sqrt(k) for k in (1, 2, 3, 5, 6, 7, 10, 11, 13)]


def mat(M):
    return sum(c * e for c, e in zip(W9, list(M)))


CLAIMS = [
    Claim(15, "valid", J_ols, (r.T * r)[0]),
    Claim(21, "valid", vec(b_ols), vec((Xs.T * Xs).inv() * Xs.T * ys), note="the OLS minimiser"),
    Claim(35, "invalid", J_ridge, (r.T * r)[0] + lam * (beta.T * beta)[0], domain=D,
          note="beta^T beta includes beta_0^2 (X has the ones column), the defined penalty sums j = 1..p only"),
    Claim(41, "invalid", vec(b_ridge), vec((Xs.T * Xs + lam * eye(p + 1)).inv() * Xs.T * ys), domain=D,
          note="with the full identity the intercept is penalised; the minimiser of the defined J uses diag(0, 1, ..., 1), as the worked example does"),
    Claim(92, "valid", mat(X.T * X), mat(Matrix([[4, 10, 14], [10, 30, 40], [14, 40, 54]]))),
    Claim(99, "valid", vec(X.T * y), vec(Matrix([22, 60, 82]))),
    Claim(123, "valid", mat(Matrix([[4, 10, 14], [10, 30, 40], [14, 40, 54]]) + diag(0, 1, 1)),
          mat(Matrix([[4, 10, 14], [10, 31, 40], [14, 40, 55]]))),
]
