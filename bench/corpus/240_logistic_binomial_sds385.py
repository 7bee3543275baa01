"""Labels for 240_logistic_binomial_sds385.md (Kevin Song, SDS 385 exercise set 01).

Concrete size: N = 2 observations, P = 2 features.  X[n][k] is feature k of observation n,
w_n = 1/(1 + exp(-x_n^T beta)), m_n trials and y_n successes (integers, y_n <= m_n).
l(beta) is the binomial negative log-likelihood; l_n the contribution of observation n.
Vector claims are checked through a random combination c1*(component 1) + c2*(component 2).
A stray index written outside its sum ("y_i sum_i ...") is read as observation 1.
"""
from sympy import Symbol, symbols, exp, log, diff, binomial, Add

from labels import Claim

SOURCE = ("https://github.com/chipbuster/SDS385/blob/0c64c003cb84d2bac117dd9df4548560c5d16370/"
          "exercises/exercises01/ex01.tex")
TITLE = "SDS 385 Exercise Set 01: binomial logistic regression MLE gradient and Hessian"
TOPIC = "logistic"

R = dict(real=True)
b1, b2 = symbols("b1 b2", **R)
beta = [b1, b2]
X = [[Symbol(f"X{n}{k}", **R) for k in (1, 2)] for n in (1, 2)]
m = [Symbol(f"m{n}", integer=True) for n in (1, 2)]
y = [Symbol(f"y{n}", integer=True) for n in (1, 2)]
c1, c2 = symbols("c1 c2", **R)
u1, u2, v1, v2 = symbols("u1 u2 v1 v2", **R)
z = [X[n][0] * b1 + X[n][1] * b2 for n in range(2)]
w = [1 / (1 + exp(-z[n])) for n in range(2)]
DOM = {m[0]: (3, 4, 5), m[1]: (3, 4, 5), y[0]: (0, 1, 2, 3), y[1]: (0, 1, 2, 3)}

pmf = [binomial(m[n], y[n]) * w[n]**y[n] * (1 - w[n])**(m[n] - y[n]) for n in range(2)]
S = lambda f: Add(*[f(n) for n in range(2)])
logC = S(lambda n: log(binomial(m[n], y[n])))
Slogw = S(lambda n: log(w[n]))
Slog1w = S(lambda n: log(1 - w[n]))
core = S(lambda n: y[n] * log(w[n]) + (m[n] - y[n]) * log(1 - w[n]))   # -l without the constant
l = -core                                                               # l with constant dropped
l1 = -(y[0] * log(w[0]) + (m[0] - y[0]) * log(1 - w[0]))               # per-observation l_1


def G(f):
    """c1 * df/db1 + c2 * df/db2"""
    return c1 * diff(f, b1) + c2 * diff(f, b2)


cx = [c1 * X[n][0] + c2 * X[n][1] for n in range(2)]                    # c . x_n
H12 = diff(l, b1, b2)
sig_n = lambda n: 1 / (1 + exp(-z[n]))
e1 = exp(-z[0])

CLAIMS = [
    # line 11 defines l(beta); the chain starts at line 12
    Claim(12, "valid", -log(pmf[0] * pmf[1]), -S(lambda n: log(pmf[n])), domain=DOM),
    Claim(13, "valid", -S(lambda n: log(pmf[n])),
          -S(lambda n: log(binomial(m[n], y[n]) * w[n]**y[n] * (1 - w[n])**(m[n] - y[n]))), domain=DOM),
    Claim(14, "valid",
          -S(lambda n: log(binomial(m[n], y[n]) * w[n]**y[n] * (1 - w[n])**(m[n] - y[n]))),
          -logC - S(lambda n: log(w[n]**y[n])) - S(lambda n: log((1 - w[n])**(m[n] - y[n]))), domain=DOM),
    Claim(15, "invalid",
          -logC - S(lambda n: log(w[n]**y[n])) - S(lambda n: log((1 - w[n])**(m[n] - y[n]))),
          -logC - y[0] * Slogw - (m[0] - y[0]) * Slog1w, domain=DOM,
          note="y_i and m_i - y_i depend on the summation index and cannot be pulled out of sum_i"),
    Claim(22, "invalid", core, y[0] * Slogw + (m[0] - y[0]) * Slog1w, domain=DOM,
          note="same slip: -l (binomial term dropped) is sum_i [y_i log w_i + (m_i - y_i) log(1 - w_i)]"),
    Claim(31, "invalid", l, S(lambda n: -(Slogw - Slog1w)), domain=DOM,
          note="with -l_i defined as sum log w - sum log(1 - w) (no y_i, m_i, wrong sign, summed over "
               "all i), sum_i l_i is not l"),
    Claim(34, "invalid", -G(l1), G(log(w[0])) + G(log(1 - w[0])), domain=DOM,
          note="-grad l_i = y_i grad log w_i + (m_i - y_i) grad log(1 - w_i): the weights are missing"),
    Claim(37, "ambiguous", G(l1), w[0] * (1 - w[0]) * cx[0], domain=DOM,
          alt=(G(w[0]), w[0] * (1 - w[0]) * cx[0]),
          note="written as grad l_i, but the identity w(1 - w)x holds for grad w_i (as then used)"),
    Claim(40, "valid", -G(l1), y[0] * G(log(w[0])) + (m[0] - y[0]) * G(log(1 - w[0])), domain=DOM),
    Claim(41, "valid", y[0] * G(log(w[0])) + (m[0] - y[0]) * G(log(1 - w[0])),
          y[0] / w[0] * G(w[0]) + (m[0] - y[0]) / (1 - w[0]) * G(1 - w[0]), domain=DOM),
    Claim(42, "valid", y[0] / w[0] * G(w[0]) + (m[0] - y[0]) / (1 - w[0]) * G(1 - w[0]),
          y[0] * w[0] * (1 - w[0]) / w[0] * cx[0]
          - (m[0] - y[0]) * w[0] * (1 - w[0]) / (1 - w[0]) * cx[0], domain=DOM),
    Claim(43, "valid",
          y[0] * w[0] * (1 - w[0]) / w[0] * cx[0] - (m[0] - y[0]) * w[0] * (1 - w[0]) / (1 - w[0]) * cx[0],
          y[0] * (1 - w[0]) * cx[0] - (m[0] - y[0]) * w[0] * cx[0], domain=DOM),
    Claim(44, "valid", y[0] * (1 - w[0]) * cx[0] - (m[0] - y[0]) * w[0] * cx[0],
          (y[0] - y[0] * w[0] - m[0] * w[0] + y[0] * w[0]) * cx[0], domain=DOM),
    Claim(45, "valid", (y[0] - y[0] * w[0] - m[0] * w[0] + y[0] * w[0]) * cx[0],
          (y[0] - m[0] * w[0]) * cx[0], domain=DOM),
    Claim(51, "valid", G(l), -S(lambda n: (y[n] - m[n] * w[n]) * cx[n]), domain=DOM),
    Claim(61, "ambiguous", -G(l1), S(lambda n: (y[n] - m[n] * w[n]) * cx[n]), domain=DOM,
          alt=(-G(l), S(lambda n: (y[n] - m[n] * w[n]) * cx[n])),
          note="a single l_i on the left but a sum over i on the right; true for the total l"),
    # Hessian entry (i, j) = (1, 2); in the sums x_i is read as coordinate i of each observation
    Claim(70, "valid", H12, diff(S(lambda n: m[n] * w[n] * X[n][0] - y[n] * X[n][0]), b2), domain=DOM),
    Claim(72, "valid", diff(S(lambda n: m[n] * w[n] * X[n][0] - y[n] * X[n][0]), b2),
          diff(S(lambda n: m[n] * sig_n(n) * X[n][0] - y[n] * X[n][0]), b2), domain=DOM),
    Claim(74, "invalid", diff(S(lambda n: m[n] * sig_n(n) * X[n][0] - y[n] * X[n][0]), b2),
          m[0] * X[0][1] * diff(sig_n(0), b2), domain=DOM,
          note="the sum over observations is dropped and the factor x_{n,i} (coordinate i) becomes "
               "x_{i,j}; H_12 = sum_n m_n w_n(1 - w_n) x_{n1} x_{n2}"),
    Claim(75, "ambiguous", m[0] * X[0][1] * diff(sig_n(0), b2),
          m[0] * X[0][1] * (-X[1][0]) * (-e1) / (1 + e1)**2, domain=DOM,
          alt=(m[0] * X[0][1] * diff(sig_n(0), b2), m[0] * X[0][1] * (-X[0][1]) * (-e1) / (1 + e1)**2),
          note="d/d beta_j of sigma(x_i^T beta) brings x_{i,j}; x_{j,i} (transposed index) is right only "
               "if read as the j-th entry of x_i"),
    Claim(76, "valid", m[0] * X[0][1] * (-X[1][0]) * (-e1) / (1 + e1)**2,
          m[0] * X[0][1] * X[1][0] * w[0] * (1 - w[0]), domain=DOM),
    Claim(79, "valid",
          Add(*[u * v * diff(l, bi, bj) for u, bi in ((u1, b1), (u2, b2)) for v, bj in ((v1, b1), (v2, b2))]),
          S(lambda n: m[n] * w[n] * (1 - w[n]) * (u1 * X[n][0] + u2 * X[n][1]) * (v1 * X[n][0] + v2 * X[n][1])),
          domain=DOM),
]
