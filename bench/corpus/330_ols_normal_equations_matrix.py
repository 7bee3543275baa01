from sympy import Matrix, Symbol, diff, eye, solve, symbols

from labels import Claim

SOURCE = ("https://github.com/danisgriffith/ds-knowledge-notebooks/blob/"
          "d19b1676021eaaf2d816ee891a5a4ff54ba15d76/machine-learning-algorithms/regression/"
          "4.0%20-%20estimation%20-%20methods%20-%20ols.ipynb")
TITLE = "ORDINARY LEAST SQUARES (4.0 - estimation - methods - ols): RSS, matrix form, normal equations"
TOPIC = "linear"

# m = 3 observations, p = 2 coefficients; one symbol per entry
m, p = 3, 2
X = Matrix(m, p, lambda i, j: Symbol(f"x{i + 1}{j + 1}", real=True))
Y = Matrix(m, 1, lambda i, j: Symbol(f"y{i + 1}", real=True))
b1, b2 = symbols("b1 b2", real=True)
B = Matrix([b1, b2])                      # \hat\beta_OLS used as the variable
c1, c2 = symbols("c1 c2", real=True)      # weights: compare 2-vectors through c1*v1 + c2*v2


def lin(v):
    """A scalar functional of a 2-vector (row or column): c1*v1 + c2*v2."""
    v = list(v)
    return c1 * v[0] + c2 * v[1]


def rows(i):
    return X[i, :].T                      # X_i as a p x 1 column


# residuals and RSS written entry by entry
yh = [sum(X[i, j] * B[j] for j in range(p)) for i in range(m)]   # \hat Y_i = X_i^T beta
res = [Y[i] - yh[i] for i in range(m)]
S = sum(r**2 for r in res)                                       # sum of squared residuals
grad_S = [diff(S, b) for b in (b1, b2)]                          # by hand, entry by entry

# the minimiser, found independently by solving dS/db_j = 0 with sympy.solve
sol = solve(grad_S, [b1, b2], dict=True)[0]
Bstar = Matrix([sol[b1], sol[b2]])
XtX = X.T * X
XtXinv = XtX.inv()
closed = XtXinv * X.T * Y

# line 14: sum to m of e_i^2 vs sum to n of (Y_i - \hat Y_i)^2 (n read as a different count)
yhat = symbols("yh1:4", real=True)
sq = [(Y[i] - yhat[i])**2 for i in range(3)]

# line 82 / 94: e^T e with e = (e1, e2, e3)
e = Matrix(symbols("e1:4", real=True))

# line 62: the model Y = X beta + eps
beta_true = Matrix(symbols("beta1 beta2", real=True))
eps = Matrix(symbols("eps1:4", real=True))
Ymodel = X * beta_true + eps

# lines 164/169: a, b vectors and a symmetric A
av = Matrix(symbols("a1 a2", real=True))
bv = Matrix(symbols("bv1 bv2", real=True))
a11, a12, a22 = symbols("a11 a12 a22", real=True)
A = Matrix([[a11, a12], [a12, a22]])
atb = (av.T * bv)[0]
bta = (bv.T * av)[0]
btAb = (bv.T * A * bv)[0]

# line 151/173: the pieces of the derivative of E9
t_yy = (Y.T * Y)[0]
t_lin = (B.T * X.T * Y)[0]
t_quad = (B.T * X.T * X * B)[0]
d_pieces_151 = [diff(t_yy, b) - 2 * diff(t_lin, b) + diff(t_quad, b) for b in (b1, b2)]
d_pieces_173 = [-2 * diff(t_lin, b) + diff(t_quad, b) for b in (b1, b2)]

n = Symbol("n", positive=True)
w = symbols("w11 w12 w21 w22", real=True)   # weights for a 2x2 matrix identity


def lin4(M):
    return w[0] * M[0, 0] + w[1] * M[0, 1] + w[2] * M[1, 0] + w[3] * M[1, 1]


CLAIMS = [
    # Introduction: RSS = sum_{i=1}^m e_i^2 (definition) = sum_{i=1}^n (Y_i - \hat Y_i)^2
    Claim(14, "ambiguous", sum(sq), sq[0] + sq[1],
          alt=(sum(sq), sq[0] + sq[1] + sq[2]),
          note="upper limit switches from m to n; equal only if n = m (checked: m = 3 vs n = 2)"),
    # RSS block (RSS = ... = sum e_i^2 is the definition)
    Claim(36, "valid", sum(r**2 for r in res), sum((Y[i] - yh[i])**2 for i in range(m))),
    Claim(39, "valid", sum((Y[i] - yh[i])**2 for i in range(m)),
          sum((Y[i] - (rows(i).T * B)[0])**2 for i in range(m))),
    Claim(41, "valid", sum((Y[i] - (rows(i).T * B)[0])**2 for i in range(m)),
          ((Y - X * B).T * (Y - X * B))[0]),
    # closed form via sums: argmin S = (1/n sum X_i X_i^T)^{-1} (1/n sum X_i Y_i)
    Claim(52, "valid", lin(Bstar),
          lin(((sum((rows(i) * rows(i).T for i in range(m)), Matrix.zeros(p, p)) / n).inv()
               * (sum((rows(i) * Y[i] for i in range(m)), Matrix.zeros(p, 1)) / n))),
          domain={n: (1, 10)}),
    Claim(61, "valid", lin(Bstar), lin(closed)),
    Claim(62, "valid", lin(XtXinv * X.T * Ymodel), lin(beta_true + XtXinv * X.T * eps)),
    # Matrix form: e^T e = [e1 ... em][e1; ...; em] = [e1^2 ... em^2]_{1x1}
    Claim(82, "valid", sum(ei**2 for ei in e), (e.T * e)[0]),
    Claim(94, "invalid", (e.T * e)[0, 0], e[0]**2,
          note="the product is the 1x1 scalar e1^2+...+em^2; the displayed 1 x m row of squares is not it "
               "(compared through the (1,1) entries)"),
    # E9 expansion
    Claim(105, "valid", S, ((Y - X * B).T * (Y - X * B))[0]),
    Claim(109, "valid", ((Y - X * B).T * (Y - X * B))[0], ((Y.T - B.T * X.T) * (Y - X * B))[0]),
    Claim(113, "valid", ((Y.T - B.T * X.T) * (Y - X * B))[0],
          (Y.T * Y - Y.T * X * B - B.T * X.T * Y + B.T * X.T * X * B)[0]),
    Claim(123, "valid", (Y.T * Y - Y.T * X * B - B.T * X.T * Y + B.T * X.T * X * B)[0],
          (Y.T * Y - (Y.T * X * B).T - B.T * X.T * Y + B.T * X.T * X * B)[0]),
    Claim(130, "valid", (Y.T * Y - (Y.T * X * B).T - B.T * X.T * Y + B.T * X.T * X * B)[0],
          (Y.T * Y - 2 * B.T * X.T * Y + B.T * X.T * X * B)[0]),
    # derivative of E9
    Claim(151, "valid", lin(grad_S), lin(d_pieces_151)),
    Claim(164, "valid", lin([diff(atb, v) for v in bv]), lin([diff(bta, v) for v in bv])),
    Claim(164, "valid", lin([diff(bta, v) for v in bv]), lin(av), k=2),
    Claim(169, "valid", lin([diff(btAb, v) for v in bv]), lin(2 * A * bv)),
    Claim(169, "valid", lin(2 * A * bv), lin(2 * bv.T * A), k=2),
    Claim(173, "valid", lin(d_pieces_151), lin(d_pieces_173)),
    Claim(184, "valid", lin(d_pieces_173), lin(-2 * X.T * Y + 2 * X.T * X * B)),
    # (the final "&= 0" on line 187 is the first-order condition being imposed: not a claim)
    Claim(197, "valid", lin(Bstar), lin(closed)),
    # premultiplying the normal equations, evaluated at the minimiser
    Claim(208, "valid", lin(XtX * Bstar), lin(X.T * Y)),
    Claim(214, "valid", lin(XtXinv * XtX * Bstar), lin(XtXinv * X.T * Y)),
    Claim(215, "valid", lin4(XtXinv * X.T * X), lin4(eye(2))),
    Claim(219, "valid", lin(Bstar), lin(closed)),
]
