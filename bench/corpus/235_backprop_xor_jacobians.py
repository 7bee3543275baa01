"""Labels for 235_backprop_xor_jacobians.md (two-layer XOR net: two ReLU hidden units, sigmoid output).

Sizes: n = 3 samples, 2 input features.  Vector/matrix equalities are reduced to one scalar by
contracting both sides with free test symbols (u_i for vectors, v_k for 2-vectors, diagonal
test weights for diagonal Jacobians): the contraction agrees for all test values exactly when
the two sides agree entry by entry.  Jacobians on the right of the chain-rule lines are built by
sympy's own `jacobian` from the forward definitions, never copied from the document.
"""
from sympy import Matrix, Max, Min, Symbol, diag, exp, log, ones, symbols, zeros

from labels import Claim

SOURCE = ("https://github.com/mohammedamer/gradient-descent-by-backpropagation/blob/"
          "19977f58cd032a32c84c91e2ddb2f3eb8ef830f8/README.md")
TITLE = "Gradient descent by backpropagation: XOR network Jacobians (mohammedamer)"
TOPIC = "backprop"

n = 3
X = Matrix(n, 2, lambda i, k: Symbol(f"x{i + 1}{k + 1}", real=True))
y = Matrix(n, 1, lambda i, _: Symbol(f"y{i + 1}", real=True))
w1 = Matrix(symbols("w1_1 w1_2", real=True))
w2 = Matrix(symbols("w2_1 w2_2", real=True))
w3 = Matrix(symbols("w3_1 w3_2", real=True))
b1, b2, b3 = symbols("b1 b2 b3", real=True)
u = Matrix(symbols("u1:4", real=True))      # test vector over samples
v = Matrix(symbols("v1:3", real=True))      # test vector over the 2 weights
LAB = {s: (0, 1) for s in y}                # labels in {0, 1}


def sig(t):
    return 1 / (1 + exp(-t))


def relu(t):
    return Max(0, t)


# forward pass, as plain expressions of the parameters
z1 = X * w1 + b1 * ones(n, 1)
h1 = z1.applyfunc(relu)
z2 = X * w2 + b2 * ones(n, 1)
h2 = z2.applyfunc(relu)
H = h1.row_join(h2)
z3 = H * w3 + b3 * ones(n, 1)
yp = z3.applyfunc(sig)
L = -(y.T * yp.applyfunc(log) + (ones(n, 1) - y).T * (ones(n, 1) - yp).applyfunc(log))[0] / n

# local Jacobians, each computed by sympy from the definition with fresh intermediate symbols
Z1 = Matrix(symbols("Z1_1:4", real=True))
Z2 = Matrix(symbols("Z2_1:4", real=True))
Z3 = Matrix(symbols("Z3_1:4", real=True))
Y = Matrix(symbols("Y1:4", real=True))
H1 = Matrix(symbols("H1_1:4", real=True))
H2 = Matrix(symbols("H2_1:4", real=True))
W1s = Matrix(symbols("W1_1 W1_2", real=True))
W3s = Matrix(symbols("W3_1 W3_2", real=True))
B1s, B3s = symbols("B1 B3", real=True)


def at(expr, reps):
    return expr.xreplace(reps)


# dL/dy' (gradient), as column
Lf = -(y.T * Y.applyfunc(log) + (ones(n, 1) - y).T * (ones(n, 1) - Y).applyfunc(log))[0] / n
grad_y = Matrix([Lf.diff(s) for s in Y]).xreplace(dict(zip(Y, yp)))
J_y_z3 = Z3.applyfunc(sig).jacobian(Z3).xreplace(dict(zip(Z3, z3)))
J_z3_h1 = (H1.row_join(h2) * w3).jacobian(H1)             # z3 as a function of h1 (h2 fixed)
J_z3_h2 = (h1.row_join(H2) * w3).jacobian(H2)
J_h1_z1 = Z1.applyfunc(relu).jacobian(Z1).xreplace(dict(zip(Z1, z1)))
J_h2_z2 = Z2.applyfunc(relu).jacobian(Z2).xreplace(dict(zip(Z2, z2)))
J_z3_w3 = (H * W3s + b3 * ones(n, 1)).jacobian(W3s)
J_z1_w1 = (X * W1s + b1 * ones(n, 1)).jacobian(W1s)
J_z2_w2 = (X * Matrix(symbols("W2_1 W2_2", real=True)) + b2 * ones(n, 1)).jacobian(
    Matrix(symbols("W2_1 W2_2", real=True)))
J_z1_b1 = (X * w1 + B1s * ones(n, 1)).jacobian(Matrix([B1s]))
J_z2_b2 = (X * w2 + Symbol("B2", real=True) * ones(n, 1)).jacobian(Matrix([Symbol("B2", real=True)]))
J_z3_b3 = (H * w3 + B3s * ones(n, 1)).jacobian(Matrix([B3s]))


def vdot(a, b):
    return (a.T * b)[0]


def grad(params):
    return Matrix([L.diff(p) for p in params])


gw1, gw2, gw3 = grad(w1), grad(w2), grad(w3)
gb1, gb2, gb3 = L.diff(b1), L.diff(b2), L.diff(b3)

chain_w3 = J_z3_w3.T * J_y_z3.T * grad_y
chain_w1 = J_z1_w1.T * J_h1_z1.T * J_z3_h1.T * J_y_z3.T * grad_y
chain_w2 = J_z2_w2.T * J_h2_z2.T * J_z3_h2.T * J_y_z3.T * grad_y
chain_b1 = (J_z1_b1.T * J_h1_z1.T * J_z3_h1.T * J_y_z3.T * grad_y)[0]
chain_b2 = (J_z2_b2.T * J_h2_z2.T * J_z3_h2.T * J_y_z3.T * grad_y)[0]
chain_b3 = (J_z3_b3.T * J_y_z3.T * grad_y)[0]

# author's right-hand sides for the individual Jacobians (n x n diagonals contracted on the diagonal)
def diag_contract(J):
    return sum(u[i] * J[i, i] for i in range(n))


def offdiag_zero(J):
    return sum(J[i, k] ** 2 for i in range(n) for k in range(n) if i != k)


z1s = Matrix(symbols("z1_1:4", real=True))  # free values of the pre-activations
z2s = Matrix(symbols("z2_1:4", real=True))
h1_of = z1s.applyfunc(relu)
h2_of = z2s.applyfunc(relu)
Jh1_free = Z1.applyfunc(relu).jacobian(Z1).xreplace(dict(zip(Z1, z1s)))
Jh2_free = Z2.applyfunc(relu).jacobian(Z2).xreplace(dict(zip(Z2, z2s)))

CLAIMS = [
    # Grad Calculation: the chain rule per layer
    Claim(26, "valid", vdot(v, gw3), vdot(v, chain_w3), domain=LAB),
    Claim(28, "valid", vdot(v, gw1), vdot(v, chain_w1), domain=LAB),
    Claim(30, "valid", vdot(v, gw2), vdot(v, chain_w2), domain=LAB),
    Claim(32, "valid", gb1, chain_b1, domain=LAB),
    Claim(34, "valid", gb2, chain_b2, domain=LAB),
    Claim(36, "valid", gb3, chain_b3, domain=LAB),
    # Individual Grad
    Claim(40, "valid", vdot(u, grad_y),
          vdot(u, Matrix([-(y[i] / yp[i] - (1 - y[i]) / (1 - yp[i])) / n for i in range(n)])),
          domain=LAB),
    Claim(42, "valid", diag_contract(J_y_z3) + offdiag_zero(J_y_z3),
          sum(u[i] * yp[i] * (1 - yp[i]) for i in range(n))),
    Claim(44, "valid", diag_contract(J_z3_h1) + offdiag_zero(J_z3_h1), sum(u) * w3[0],
          note="read {w_{3,1}}^n as the n x n diagonal w_{3,1} I (as the notebook's np.diag does)"),
    Claim(46, "valid", diag_contract(J_z3_h2) + offdiag_zero(J_z3_h2), sum(u) * w3[1],
          note="read {w_{3,2}}^n as the n x n diagonal w_{3,2} I (as the notebook's np.diag does)"),
    Claim(48, "invalid", diag_contract(Jh1_free),
          sum(u[i] * Min(1, h1_of[i]) for i in range(n)),
          note="ReLU' is the step 1(z>0); min(1, relu(z)) equals z, not 1, for 0 < z < 1"),
    Claim(50, "invalid", diag_contract(Jh2_free),
          sum(u[i] * Min(1, h2_of[i]) for i in range(n)),
          note="ReLU' is the step 1(z>0); min(1, relu(z)) equals z, not 1, for 0 < z < 1"),
    Claim(52, "valid", sum(u[i] * vdot(v, J_z3_w3[i, :].T) for i in range(n)),
          sum(u[i] * vdot(v, H[i, :].T) for i in range(n))),
    Claim(54, "valid", sum(u[i] * vdot(v, J_z1_w1[i, :].T) for i in range(n)),
          sum(u[i] * vdot(v, X[i, :].T) for i in range(n))),
    Claim(56, "valid", sum(u[i] * vdot(v, J_z2_w2[i, :].T) for i in range(n)),
          sum(u[i] * vdot(v, X[i, :].T) for i in range(n))),
    Claim(58, "valid", vdot(u, J_z1_b1), vdot(u, J_z2_b2)),
    Claim(58, "valid", vdot(u, J_z2_b2), vdot(u, J_z3_b3), k=2),
    Claim(58, "valid", vdot(u, J_z3_b3), sum(u), k=3),
    # Chain rule for vector case (repeats the w_3 line)
    Claim(62, "valid", vdot(v, gw3), vdot(v, chain_w3), domain=LAB),
]
