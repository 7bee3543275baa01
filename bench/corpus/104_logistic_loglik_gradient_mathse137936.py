from sympy import Symbol, exp, log, diff, Integer
from labels import Claim

SOURCE = "https://math.stackexchange.com/questions/137936/log-likelihood-gradient-and-hessian"
TITLE = "Log-likelihood gradient and Hessian (Math StackExchange question, asker's attempt)"
TOPIC = "logistic"

# n = 2 samples, d = 2 features; beta = (b1, b2); x_i = (u_i1, u_i2); y_i in {0, 1}.
# Vector derivatives d/dbeta are checked on their first component d/db1.
b1, b2 = Symbol("b1", real=True), Symbol("b2", real=True)
u11, u12, u21, u22 = (Symbol(s, real=True) for s in ("u11", "u12", "u21", "u22"))
y1, y2 = Symbol("y1", integer=True), Symbol("y2", integer=True)
z = Symbol("z", real=True)
Y = {y1: (0, 1), y2: (0, 1)}


def sigma(t):
    return 1 / (1 + exp(-t))


p1 = sigma(b1 * u11 + b2 * u12)          # p(x_1) = sigma(x_1^T beta)
p2 = sigma(b1 * u21 + b2 * u22)          # p(x_2)
L = (y1 * log(p1) + (1 - y1) * log(1 - p1)) + (y2 * log(p2) + (1 - y2) * log(1 - p2))

# single-sample pieces (sample i = 1)
y, p = y1, p1
dp = diff(p, b1)                         # d p(x_i) / d beta_1 = p (1 - p) x_i1

CLAIMS = [
    Claim(12, "valid", diff(sigma(z), z), sigma(z) * (1 - sigma(z)),
          note="the logistic derivative identity given as the hint; p(y = 1 | x) is an event, not a claim"),
    Claim(16, "valid", diff(L, b1),
          (diff(y1 * log(p1), b1) + diff((1 - y1) * log(1 - p1), b1))
          + (diff(y2 * log(p2), b1) + diff((1 - y2) * log(1 - p2), b1)),
          domain=Y,
          note="linearity of the derivative over the sum; the first '=' of the block restates the definition of L"),
    Claim(18, "invalid", diff(y * log(p), b1), diff(y, b1) * log(p) + y * dp, domain=Y,
          note="product rule misapplied: d/dbeta log p(x_i) = (1/p) dp/dbeta, not dp/dbeta"),
    Claim(18, "valid", diff(y, b1) * log(p) + y * dp, Integer(0) * log(p) + y * dp, k=2, domain=Y,
          note="y_i does not depend on beta"),
    Claim(18, "invalid", Integer(0) * log(p) + y * dp, y * (p * (1 - p)), k=3, domain=Y,
          note="chain rule drops the inner derivative: dp/dbeta = p(1-p) x_i, factor x_i missing"),
    Claim(20, "valid", diff((1 - y) * log(1 - p), b1), (1 - y) * diff(log(1 - p), b1), domain=Y,
          note="(1 - y_i) is a constant factor"),
    Claim(20, "invalid", (1 - y) * diff(log(1 - p), b1), (1 - y) * 1 / (1 - p) * p * (1 - p), k=2,
          domain=Y,
          note="d/dbeta log(1-p) = -(1/(1-p)) p(1-p) x_i: both the minus sign and x_i are missing"),
    Claim(20, "valid", (1 - y) * 1 / (1 - p) * p * (1 - p), (1 - y) * p, k=3, domain=Y,
          note="cancel (1 - p(x_i))"),
    Claim(22, "invalid", diff(L, b1),
          (y1 * (p1 * (1 - p1)) + (1 - y1) * p1) + (y2 * (p2 * (1 - p2)) + (1 - y2) * p2),
          domain=Y,
          note="true gradient is sum x_i (y_i - p(x_i)); the combined pieces inherit the earlier errors"),
]
