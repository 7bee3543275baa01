from sympy import Symbol, Matrix, diff, Rational, Integer
from labels import Claim

SOURCE = ("https://github.com/Stanislavx/tutorials/blob/05c446497ad80d6341c225c5a8c684196130cdad/"
          "LR%20tutorial%20-%20theory%20-%20part%201%2C%20part%202.ipynb")
TITLE = "Deriving the MSE cost function gradient for linear regression (Stanislavx, tutorials)"
TOPIC = "linear"

# Concrete size: the object sums run literally i = 0..n with n = 2 (three objects), the feature sums
# j = 0..m with m = 2 (three weights omega_0..omega_2, one per column of X).  N (the number of
# objects in the 1/N factor) is kept as a positive symbol: every line carries the same 1/N.
# Scalar claims are checked at k = 1.  Vector claims (gradient vectors) are contracted with an
# arbitrary vector c = (c_0, c_1, c_2): two vectors are equal iff c.u = c.v for all c.
n, m = 2, 2
I, Jx = range(n + 1), range(m + 1)
x = [[Symbol(f"x_{i}{j}", real=True) for j in Jx] for i in I]
y = [Symbol(f"y_{i}", real=True) for i in I]
w = [Symbol(f"omega_{j}", real=True) for j in Jx]
c = [Symbol(f"c_{j}", real=True) for j in Jx]
N = Symbol("N", positive=True)
k = 1
dom = {N: (1, 6)}

pred = [sum(x[i][j] * w[j] for j in Jx) for i in I]          # sum_j x_ij omega_j = yhat_i  (12)
e = [pred[i] - y[i] for i in I]                              # e_i = yhat_i - y_i           (13)
CostF = sum((pred[i] - y[i]) ** 2 for i in I) / N            # (15)

X = Matrix(n + 1, m + 1, lambda i, j: x[i][j])               # X_{N x M}
W = Matrix(w)
Yv = Matrix(y)
E = Matrix(e)
Yhat = X * W
XT = X.T                                                     # X_{M x N}: rows are the feature vectors X_{(1xN),j}
C = Matrix(c)

dCk = diff(CostF, w[k])
grad_c = sum(c[j] * diff(CostF, w[j]) for j in Jx)          # c . nabla CostF


def contract(v):
    return (C.T * v)[0]


s20 = diff(sum((pred[i] - y[i]) ** 2 for i in I), w[k]) * (1 / N)
s30 = (1 / N) * sum(diff((pred[i] - y[i]) ** 2, w[k]) for i in I)
s41 = (1 / N) * sum(2 * (pred[i] - y[i]) * diff(pred[i], w[k]) for i in I)
s47 = (Integer(2) / N) * sum((pred[i] - y[i]) * diff(x[i][0] * w[0] + x[i][1] * w[1] + x[i][2] * w[2], w[k]) for i in I)
s59 = (Integer(2) / N) * sum((pred[i] - y[i]) * x[i][k] for i in I)
s70 = (Integer(2) / N) * sum(x[i][k] * (pred[i] - y[i]) for i in I)
s85 = (Integer(2) / N) * sum(x[i][k] * e[i] for i in I)
Xk_row = Matrix(1, n + 1, lambda _, i: x[i][k])              # X_{(1xN),k}: k-th feature over the objects
s90 = (Integer(2) / N) * (Xk_row * E)[0]                     # N_ds read as N, the dataset size

v103 = (Integer(2) / N) * sum(c[j] * (Matrix(1, n + 1, lambda _, i: x[i][j]) * E)[0] for j in Jx)
stack = Matrix.vstack(*[Matrix(1, n + 1, lambda _, i: x[i][j]) for j in Jx])   # rows X_{(1xN),j}
v110 = (Integer(2) / N) * contract(stack * E)
v118 = (Integer(2) / N) * contract(XT * E)
v131 = (Integer(2) / N) * contract(XT * (Yhat - Yv))
v134 = (Integer(2) / N) * contract(XT * (X * W - Yv))

CLAIMS = [
    Claim(22, "valid", dCk, s20, domain=dom,
          note="plugs in CostF = sum_i (sum_j x_ij w_j - y_i)^2 / N from (15)"),
    Claim(32, "valid", s20, s30, domain=dom,
          note="derivative is linear: passes through the constant 1/N and the sum over objects "
               "(one equality split over two displays: trailing '=' and leading '=')"),
    Claim(43, "valid", s30, s41, domain=dom,
          note="chain rule: d(u^2) = 2u du with u = sum_j x_ij w_j - y_i, y_i constant"),
    Claim(49, "valid", s41, s47, domain=dom,
          note="pulls the 2 out and writes the inner sum term by term (same function of omega)"),
    Claim(61, "valid", s47, s59, domain=dom,
          note="d/d omega_k of x_i0 w_0 + ... + x_im w_m is x_ik"),
    Claim(72, "valid", dCk, s70, domain=dom,
          note="restates the partial derivative with the factor x_ik moved in front"),
    Claim(82, "valid", dCk, s70, domain=dom,
          note="same result restated"),
    Claim(87, "valid", s70, s85, domain=dom,
          note="e_i = yhat_i - y_i = sum_j x_ij w_j - y_i"),
    Claim(92, "valid", s85, s90, domain=dom,
          note="sum_i x_ik e_i is the row-vector (k-th feature over objects) times column E product; "
               "N_ds read as N, the number of objects in the dataset"),
    Claim(99, "valid", grad_c, sum(c[j] * diff(CostF, w[j]) for j in Jx), domain=dom,
          note="grad(CostF) = names the gradient (definition); nabla CostF equals the vector of partials by "
               "definition (contracted with arbitrary c)"),
    Claim(105, "valid", grad_c, v103, domain=dom,
          note="each partial equals (2/N) X_{(1xN),j} E by the previous display"),
    Claim(112, "valid", v103, v110, domain=dom,
          note="stacking the row vectors into a matrix times E gives the vector of row products (8)"),
    Claim(120, "valid", v110, v118, domain=dom,
          note="matrix whose rows are the feature vectors over objects is X_{MxN} = transpose of X_{NxM}"),
    Claim(129, "valid", grad_c, v118, domain=dom,
          note="restates the result of the previous display"),
    Claim(132, "valid", v118, v131, domain=dom,
          note="E = Yhat - Y by (13)"),
    Claim(134, "valid", v131, v134, domain=dom,
          note="Yhat = X W by (12)"),
    Claim(145, "valid", grad_c, v134, domain=dom,
          note="final gradient (2/N) X^T (X W - Y), correct for CostF = ||XW - Y||^2 / N"),
]
