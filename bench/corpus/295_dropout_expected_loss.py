from itertools import product

from sympy import Matrix, Symbol, sqrt, zeros

from labels import Claim

SOURCE = ("https://math.techqa.club/computing-expected-value-of-loss-function-for-linear-regression"
          "-with-dropout-3573086")
TITLE = "Computing expected value of loss function for linear regression with dropout"
TOPIC = "regularisation"

# Concrete size n = d = 2 (square, so that the answer's E[M M^T] can be written down at all).
n = d = 2
p = Symbol("p", real=True)
X = Matrix(n, d, lambda i, j: Symbol(f"x{i + 1}{j + 1}", real=True))
w = Matrix(d, 1, lambda i, _: Symbol(f"w{i + 1}", real=True))
y = Matrix(n, 1, lambda i, _: Symbol(f"y{i + 1}", real=True))
# test vectors: a matrix identity A = B is checked as u^T A v = u^T B v at random u, v
u = Matrix(n, 1, lambda i, _: Symbol(f"u{i + 1}", real=True))
v = Matrix(d, 1, lambda i, _: Symbol(f"v{i + 1}", real=True))
DOM = {p: (0.05, 0.95)}


def E(f):
    """Exact expectation over the mask R with i.i.d. Bernoulli(p) entries (2^(n d) configurations)."""
    total = 0
    for bits in product((0, 1), repeat=n * d):
        R = Matrix(n, d, bits)
        prob = 1
        for b in bits:
            prob *= p if b else (1 - p)
        total += prob * f(R)
    return total


def M_of(R):
    return X.multiply_elementwise(R)


def sq(vec):
    return (vec.T * vec)[0, 0]


def bil(A):
    return (u.T * A * v)[0, 0]


G = Matrix.diag(*[sqrt((X.T * X)[j, j]) for j in range(d)])  # Gamma_ii = (X^T X)_ii^{1/2}

EL = E(lambda R: sq(y - M_of(R) * w))                                   # E[L(w)]
E_expanded = E(lambda R: ((y.T - w.T * M_of(R).T) * (y - M_of(R) * w))[0, 0])
target = sq(y - p * X * w) + p * (1 - p) * sq(G * w)                    # ||y-pXw||^2 + p(1-p)||Gw||^2

# asker's third member: the cross term written twice, p^2 on every pair
s_cross = sum(y[i] * w[j] * X[i, j] * p for i in range(n) for j in range(d))
s_quad = sum(w[i] * w[j] * X[k, i] * X[k, j] * p**2 for i in range(d) for j in range(d) for k in range(n))
asker3 = (y.T * y)[0, 0] - 2 * s_cross - 2 * s_cross + s_quad

EM = Matrix(n, d, lambda i, j: E(lambda R: M_of(R)[i, j]))
var_entry = Matrix(n, d, lambda i, j: E(lambda R: M_of(R)[i, j] ** 2) - EM[i, j] ** 2)
EMtM = Matrix(d, d, lambda i, j: E(lambda R: (M_of(R).T * M_of(R))[i, j]))
EMMt = Matrix(n, n, lambda i, j: E(lambda R: (M_of(R) * M_of(R).T)[i, j]))

ans_b2 = (y.T * y)[0, 0] - 2 * (y.T * EM * w)[0, 0] + (w.T * EMMt * w)[0, 0]
ans_c = (y.T * y)[0, 0] - 2 * (y.T * p * X * w)[0, 0] + p**2 * (w.T * X.T * X * w)[0, 0] \
    + p * (1 - p) * (w.T * G**2 * w)[0, 0]

CLAIMS = [
    # the statement to be proved
    Claim(12, "valid", EL, target, domain=DOM),
    # the asker's attempt
    Claim(16, "valid", EL, E(lambda R: sq(y - M_of(R) * w)), domain=DOM),
    Claim(16, "valid", E(lambda R: sq(y - M_of(R) * w)), E_expanded, k=2, domain=DOM),
    Claim(16, "invalid", E_expanded, asker3, k=3, domain=DOM,
          note="cross term -2p y^T X w is written twice and the variance term p(1-p) sum_j w_j^2 (X^TX)_jj "
               "is lost (E[R_kj^2] = p, not p^2)"),
    Claim(16, "invalid", asker3, sq(y - p * X * w), k=4, domain=DOM,
          note="with the doubled cross term the bracket is y^Ty - 4p y^TXw + p^2||Xw||^2, not ||y-pXw||^2"),
    # the accepted answer
    Claim(22, "valid", bil(EM), bil(p * X), domain=DOM),
    Claim(22, "ambiguous", bil(var_entry), bil(p * (1 - p) * G**2), k=2, domain=DOM,
          alt=(bil(EMtM - EM.T * EM), bil(p * (1 - p) * G**2)),
          note="entrywise var(M_ij) = p(1-p)X_ij^2 is an n x d matrix, not p(1-p)Gamma^2; it holds if "
               "var(M) means E[M^T M] - E[M]^T E[M]"),
    Claim(27, "valid", EL, E_expanded, domain=DOM),
    Claim(27, "invalid", E_expanded, ans_b2, k=2, domain=DOM,
          note="the quadratic term is w^T E[M^T M] w; E[M M^T] (n x n) is a different matrix"),
    Claim(28, "invalid", ans_b2, ans_c, domain=DOM,
          note="as written with E[M M^T]: w^T E[MM^T] w != p^2 w^TX^TXw + p(1-p) w^T Gamma^2 w "
               "(true only for E[M^T M])"),
    Claim(29, "valid", ans_c, target, domain=DOM),
]
