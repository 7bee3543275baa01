from sympy import Symbol, Matrix, Integer, diff, eye

from labels import Claim

SOURCE = "https://github.com/mlberkeley/blog/blob/4afcda9f0437dc2d20dc233a58d875c230f7decc/CS189-notes.markdown"
TITLE = "Ridge regression closed form via a row-vector derivative (ML@Berkeley CS 189 notes)"
TOPIC = "regularisation"

# Concrete size: n = 4 samples, p = 2 features; X is 4 x 2, w and the probe q are 2-vectors.
n, p = 4, 2
X = Matrix(n, p, lambda i, j: Symbol(f"X_{i + 1}{j + 1}", real=True))
y = Matrix([Symbol(f"y_{i}", real=True) for i in range(1, n + 1)])
w = Matrix([Symbol(f"w_{j}", real=True) for j in range(1, p + 1)])
q = Matrix([Symbol(f"q_{j}", real=True) for j in range(1, p + 1)])
lam = Symbol("lambda", positive=True)
I = eye(p)
D = {lam: (0.1, 3.0)}


def row(R):
    """scalar R q standing for a 1 x p row vector R"""
    return (R * q)[0, 0]


def col(c):
    """scalar q^T c standing for a p x 1 column vector c"""
    return (q.T * c)[0, 0]


r = y - X * w
C_norm = sum(t ** 2 for t in r) + lam * sum(t ** 2 for t in w)        # ||y - Xw||^2 + lambda ||w||^2
C_quad = (r.T * r)[0, 0] + lam * (w.T * w)[0, 0]
C_expd = (y.T * y - 2 * y.T * X * w + w.T * X.T * X * w + lam * w.T * w)[0, 0]
dC_row = Matrix([[diff(C_expd, t) for t in w]])                        # derivative as a row vector

# the stationary point, where the derivative is set to zero
w_star = (X.T * X + lam * I).inv(method="ADJ") * X.T * y
at = dict(zip(list(w), list(w_star)))

CLAIMS = [
    Claim(26, "valid", C_norm, C_quad, domain=D,
          note="||v||_2^2 = v^T v for both the residual and w"),
    Claim(27, "valid", C_quad, C_expd, domain=D,
          note="expanding (y - Xw)^T (y - Xw); y^T X w and w^T X^T y are the same scalar"),
    # line 28 `= C` names the cost: a definition
    Claim(36, "valid", row(dC_row), row(-2 * y.T * X + 2 * w.T * X.T * X + 2 * lam * w.T), domain=D,
          note="derivative of C written as a row vector (numerator layout), as the text says"),
    Claim(37, "valid", row(-2 * y.T * X + 2 * w.T * X.T * X + 2 * lam * w.T),
          row(2 * w.T * (X.T * X + lam * I) - 2 * y.T * X), domain=D,
          note="factor 2w^T out of 2w^T X^T X + 2 lambda w^T, using w^T = w^T I"),
    Claim(38, "valid", row(2 * w.T * (X.T * X + lam * I) - 2 * y.T * X).xreplace(at), Integer(0), domain=D,
          note="the derivative vanishes at the minimiser (it is set to zero)"),
    Claim(48, "valid", row(w.T).xreplace(at), row(y.T * X * (X.T * X + lam * I).inv(method="ADJ")), domain=D,
          note="solving w^T (X^T X + lambda I) = y^T X; X^T X + lambda I is invertible for lambda > 0"),
    Claim(56, "valid", col(w).xreplace(at), col((X.T * X + lam * I).inv(method="ADJ") * X.T * y), domain=D,
          note="transpose of the previous line, (X^T X + lambda I) being symmetric"),
]
