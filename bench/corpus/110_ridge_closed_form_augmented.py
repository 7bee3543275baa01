from sympy import Symbol, Matrix, eye, zeros, diff, Integer
from labels import Claim

SOURCE = "https://github.com/jcornford/jcornford.github.io/blob/c1299227393ceaacc4aeac7e59527e9bcf1721de/_posts/2017-03-06-ruminating%20on%20the%20ridge.md"
TITLE = "Ruminating on the Ridge: closed form and augmented dataset (Jonathan Cornford)"
TOPIC = "regularisation"

# concrete sizes: n = 4 samples, p = P = 3 coefficients
n, p = 4, 3
X = Matrix(n, p, lambda i, j: Symbol(f"X{i+1}{j+1}", real=True))
y = Matrix(n, 1, lambda i, j: Symbol(f"y{i+1}", real=True))
beta = Matrix(p, 1, lambda i, j: Symbol(f"b{i+1}", real=True))
lam = Symbol("lambda", positive=True)
# a generic vector u: two vectors are equal iff u^T v agrees for all u
u = Matrix(p, 1, lambda i, j: Symbol(f"u{i+1}", real=True))
I = eye(p)
LAM = {lam: (0.1, 3.0)}


def s(v):
    """scalar u^T v standing for the vector v"""
    return (u.T * v)[0, 0]


r = y - X * beta
PRSS = (r.T * r)[0, 0] + lam * (beta.T * beta)[0, 0]
grad = lambda e: Matrix([diff(e, bi) for bi in beta])
btb = (beta.T * beta)[0, 0]

# the stationary point, at which the "= 0" equations are asserted to hold
bhat = (X.T * X + lam * I).inv(method="ADJ") * X.T * y
at = dict(zip(list(beta), list(bhat)))


def sub(v):
    return v.xreplace(at)


# augmented data: [y; 0] - [X; lambda I] beta, squared
ya = y.col_join(zeros(p, 1))
Xa = X.col_join(lam * I)
ra = ya - Xa * beta

CLAIMS = [
    # line 8 is the definition of PRSS_{l_2}
    Claim(12, "valid", s(grad(PRSS)), s(-2 * X.T * r + lam * grad(btb)), domain=LAM,
          note="gradient of the RSS part is -2X^T(y - X beta); penalty part left as d(beta^T beta)/d beta"),
    Claim(17, "valid", s(grad(btb)), s(Matrix([diff(btb, bi) for bi in beta])),
          note="vector of partials of sum beta_i^2 (P = 3); right side starts after the blank line below the ="),
    Claim(26, "valid", s(Matrix([diff(btb, bi) for bi in beta])),
          s(Matrix([diff(beta[i]**2, beta[i]) for i in range(p)])),
          note="only the i-th term of the sum depends on beta_i"),
    Claim(33, "valid", s(Matrix([diff(beta[i]**2, beta[i]) for i in range(p)])),
          s(Matrix([2 * beta[i] for i in range(p)])),
          note="d/d beta_i beta_i^2 = 2 beta_i"),
    Claim(40, "valid", s(Matrix([2 * beta[i] for i in range(p)])), s(2 * beta),
          note="stacked 2 beta_i is 2 beta"),
    Claim(44, "valid", s(grad(PRSS)), s(-2 * X.T * r + 2 * lam * beta), domain=LAM,
          note="gradient of the penalised RSS"),
    # the following equations are asserted at the stationary point beta = beta_hat
    Claim(48, "valid", Integer(0), sub(s(-2 * X.T * r + 2 * lam * beta)), domain=LAM,
          note="gradient vanishes at beta = (X^TX + lambda I)^{-1} X^T y"),
    Claim(50, "valid", Integer(0), sub(s(-2 * X.T * y + 2 * X.T * X * beta + 2 * lam * beta)), domain=LAM,
          note="expanded gradient, zero at the stationary point"),
    Claim(52, "valid", s(X.T * y), sub(s(X.T * X * beta + lam * beta)), domain=LAM,
          note="divide by 2 and move X^T y across; holds at the stationary point"),
    Claim(54, "valid", s(X.T * y), sub(s((X.T * X + lam * I) * beta)), domain=LAM,
          note="factor beta, with lambda beta = lambda I beta"),
    Claim(56, "valid", s((X.T * X + lam * I).inv(method="ADJ") * X.T * y), sub(s(beta)), domain=LAM,
          note="X^TX + lambda I is invertible for lambda > 0; this is the stationary point"),
    Claim(65, "invalid", PRSS, (ra.T * ra)[0, 0], domain=LAM,
          note="stacking lambda I under X adds (lambda beta)^T(lambda beta) = lambda^2 beta^T beta, not lambda beta^T beta; needs sqrt(lambda) I"),
    Claim(84, "valid", PRSS, (r.T * r)[0, 0] + lam * btb, domain=LAM,
          note="restates the definition of PRSS_{l_2} from line 8"),
]
