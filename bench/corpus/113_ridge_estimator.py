from sympy import Symbol, Matrix, Integer, diff, solve, eye

from labels import Claim

SOURCE = "https://github.com/fchung1224/Regularization-Math-Stats/blob/951d0319f5997b3e3393635f7d90a08950e7ef29/penalized-regression-estimator.Rmd"
TITLE = "Penalized regression estimators: deriving the ridge estimator (Chung, Leiter, Toner-Rodgers)"
TOPIC = "regularisation"

# Concrete size: m = 3 samples, 2 coefficients (beta_0, beta_1).
lam = Symbol("lambda", positive=True)
b0, b1 = Symbol("beta_0", real=True), Symbol("beta_1", real=True)
B0, B1 = Symbol("B_0", real=True), Symbol("B_1", real=True)
xs = [[Symbol(f"x_{i}{k}", real=True) for k in range(2)] for i in range(1, 4)]
ys = [Symbol(f"y_{i}", real=True) for i in range(1, 4)]
u1, u2 = Symbol("u_1", real=True), Symbol("u_2", real=True)  # probe weights: a vector equality v = w is checked as u.v = u.w

X = Matrix(xs)            # rows x_i^T
Y = Matrix(ys)
beta = Matrix([b0, b1])
u = Matrix([u1, u2])
I2 = eye(2)


def probe(v):
    return (u.T * v)[0, 0]


# J written as the sum of squared residuals plus the ridge penalty (the definition on line 40)
J_sum = sum((sum(xs[i][k] * beta[k] for k in range(2)) - ys[i]) ** 2 for i in range(3)) + lam * (b0**2 + b1**2)
# the same J in matrix form (line 50)
J_mat = ((X * beta - Y).T * (X * beta - Y))[0, 0] + lam * (beta.T * beta)[0, 0]

grad_J = Matrix([diff(J_sum, b0), diff(J_sum, b1)])
# the minimiser, found independently by solving the stationarity equations of the sum form
sol = solve([grad_J[0], grad_J[1]], [b0, b1], dict=True)[0]
bstar = Matrix([sol[b0], sol[b1]])
at = {b0: sol[b0], b1: sol[b1]}
bstar_ols = bstar.subs(lam, 0)
ridge_formula = (X.T * X + lam * I2).inv() * X.T * Y
ols_formula = (X.T * X).inv() * X.T * Y

D = {lam: (0.1, 2.0)}

CLAIMS = [
    Claim(20, "ambiguous", b0**2 + b1**2, B0**2 + B1**2,
          alt=(b0**2 + b1**2, b0**2 + b1**2),
          note="||beta||_2^2 = sum_j beta_j^2; holds only if the undefined B_j is read as beta_j (typo)"),
    Claim(50, "valid", J_sum, J_mat, domain=D,
          note="sum of squared residuals x_i^T beta - y_i plus lambda||beta||^2 equals (X beta - Y)^T(X beta - Y) + lambda beta^T beta"),
    Claim(60, "valid", probe(grad_J), probe(2 * X.T * (X * beta - Y) + lam * (2 * beta)), domain=D,
          note="gradient of the quadratic form is 2X^T(X beta - Y) and of lambda beta^T beta is 2 lambda beta"),
    Claim(61, "valid", probe(2 * X.T * (X * beta - Y) + lam * (2 * beta)).subs(at), Integer(0), domain=D,
          note="stationarity condition, holds at the minimiser beta (the stated assumption)"),
    Claim(62, "valid", probe(X.T * (X * beta - Y) + lam * beta).subs(at), Integer(0), domain=D,
          note="dividing the stationarity condition by 2; holds at the minimiser"),
    Claim(63, "valid", probe(X.T * X * beta - X.T * Y + lam * beta).subs(at), Integer(0), domain=D,
          note="distributing X^T; holds at the minimiser"),
    Claim(64, "valid", probe(X.T * X * beta + lam * beta).subs(at), probe(X.T * Y).subs(at), domain=D,
          note="moving X^T Y to the right side; holds at the minimiser"),
    Claim(65, "valid", probe((X.T * X + lam * I2) * beta).subs(at), probe(X.T * Y), domain=D,
          note="factoring beta with the identity: (X^T X + lambda I) beta = X^T Y at the minimiser"),
    Claim(66, "valid", probe(bstar), probe(ridge_formula), domain=D,
          note="solving the normal equations gives beta = (X^T X + lambda I)^{-1} X^T Y"),
    Claim(72, "valid", probe(bstar_ols), probe(ols_formula),
          note="with lambda = 0 the ridge solution is the OLS solution (X^T X)^{-1} X^T Y"),
    Claim(75, "invalid", probe(bstar), probe(bstar_ols / (1 + lam)), domain=D,
          note="ridge = OLS/(1+lambda) only when X^T X = I (orthonormal design), which the text does not assume"),
]
