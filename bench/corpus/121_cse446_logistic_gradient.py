from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = "https://github.com/michaelghuang19/cse446/blob/c7d8e4671e4163af096694ff407b8126bd7ef26d/hw2/cse446hw2.tex"
TITLE = "Gradient of the L2-regularized logistic loss, labels in {-1,+1} (Michael Huang, CSE 446 HW2 A.6a)"
TOPIC = "logistic"

# n = 2 samples, d = 2 features; y_i in {-1, +1}.
# mu_i(w, b) is used but not defined in the section; it is the homework's
# mu_i(w,b) = 1 / (1 + exp(-y_i (b + x_i^T w))), which is also what the author's own steps use
# (mu_i * exp(-y_i(...)) = exp/(1+exp), exp(-y_i(...)) = 1/mu_i - 1).
# Vector (gradient in w) claims are checked on both components at once through
# c1 * (component 1) + c2 * (component 2); x_i^T versus x_i (row/column) is not distinguished.
n = 2
w1, w2, b, lam = (Symbol(s, real=True) for s in ("w1", "w2", "b", "lam"))
c1, c2 = Symbol("c1", real=True), Symbol("c2", real=True)
x = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in (1, 2)]
y = [Symbol(f"y{i}", real=True) for i in (1, 2)]
W = [w1, w2]
C = [c1, c2]
Y = {y[0]: (-1, 1), y[1]: (-1, 1)}

z = [b + x[i][0] * w1 + x[i][1] * w2 for i in range(n)]   # b + x_i^T w
E = [exp(-y[i] * z[i]) for i in range(n)]                   # exp(-y_i (b + x_i^T w))
mu = [1 / (1 + E[i]) for i in range(n)]
data = sum(log(1 + E[i]) for i in range(n)) / n
reg = lam * (w1**2 + w2**2)
J = data + reg


def vec(f):
    """c1 * f(1st component) + c2 * f(2nd component)."""
    return sum(C[j] * f(j) for j in range(2))


def avg(f):
    return Rational(1, n) * sum(f(i) for i in range(n))


gradJ = vec(lambda j: diff(J, W[j]))
l9 = vec(lambda j: diff(data, W[j]) + diff(reg, W[j]))
l10 = vec(lambda j: avg(lambda i: diff(log(1 + E[i]), W[j])) + 2 * lam * W[j])
l11 = vec(lambda j: avg(lambda i: 1 / (1 + E[i]) * E[i] * (-y[i] * x[i][j])) + 2 * lam * W[j])
l12 = vec(lambda j: avg(lambda i: (-y[i] * x[i][j] * E[i]) / (1 + E[i])) + 2 * lam * W[j])
l13 = vec(lambda j: avg(lambda i: -y[i] * x[i][j] * mu[i] * E[i]) + 2 * lam * W[j])
l14 = vec(lambda j: avg(lambda i: -y[i] * x[i][j] * mu[i] * (1 / mu[i] - 1)) + 2 * lam * W[j])
l15 = vec(lambda j: avg(lambda i: -y[i] * x[i][j] * mu[i] * (1 / mu[i] - mu[i] / mu[i])) + 2 * lam * W[j])
l16 = vec(lambda j: avg(lambda i: -y[i] * x[i][j] * mu[i] * (1 - mu[i]) / mu[i]) + 2 * lam * W[j])
l17 = vec(lambda j: avg(lambda i: -y[i] * x[i][j] * (1 - mu[i])) + 2 * lam * W[j])

gradb = diff(J, b)
l20 = diff(data, b) + diff(reg, b)
l21 = avg(lambda i: diff(log(1 + E[i]), b)) + 0
l22 = avg(lambda i: 1 / log(1 + E[i]) * E[i] * (-y[i] * 1))
l23 = avg(lambda i: -y[i] * mu[i] * E[i])
l24 = avg(lambda i: -y[i] * mu[i] * (1 - mu[i]) / mu[i])
l25 = avg(lambda i: -y[i] * (1 - mu[i]))

CLAIMS = [
    Claim(8, "valid", gradJ, gradJ, domain=Y,
          note="the bracket is J itself, so both sides are grad_w J"),
    Claim(9, "valid", gradJ, l9, domain=Y,
          note="gradient is linear: split over the data term and the penalty"),
    Claim(10, "valid", l9, l10, domain=Y,
          note="grad_w of (1/n)sum is (1/n)sum of grad_w; grad_w lam||w||^2 = 2 lam w"),
    Claim(11, "valid", l10, l11, domain=Y,
          note="chain rule: d log(1+e^u) = e^u/(1+e^u) du with du/dw = -y_i x_i"),
    Claim(12, "valid", l11, l12, domain=Y,
          note="same product written as one fraction"),
    Claim(13, "valid", l12, l13, domain=Y,
          note="1/(1+exp(-y_i(b+x_i^T w))) is mu_i"),
    Claim(14, "valid", l13, l14, domain=Y,
          note="exp(-y_i(b+x_i^T w)) = 1/mu_i - 1"),
    Claim(15, "valid", l14, l15, domain=Y,
          note="1 written as mu_i/mu_i"),
    Claim(16, "valid", l15, l16, domain=Y,
          note="common denominator"),
    Claim(17, "valid", gradJ, l17, domain=Y,
          note="boxed result grad_w J = (1/n)sum -y_i x_i (1-mu_i) + 2 lam w is the true gradient"),
    Claim(19, "valid", gradb, gradb, domain=Y,
          note="the bracket is J itself, so both sides are grad_b J"),
    Claim(20, "valid", gradb, l20, domain=Y,
          note="derivative is linear: data term plus penalty"),
    Claim(21, "valid", l20, l21, domain=Y,
          note="the penalty does not depend on b, its derivative is 0"),
    Claim(22, "invalid", l21, l22, domain=Y,
          note="d/du log(1+e^u) has 1/(1+e^u), not 1/log(1+e^u): the log was kept in the denominator"),
    Claim(23, "invalid", l22, l23, domain=Y,
          note="previous side has 1/log(1+exp(..)) while mu_i = 1/(1+exp(..)); the two differ"),
    Claim(24, "valid", l23, l24, domain=Y,
          note="exp(-y_i(b+x_i^T w)) = (1-mu_i)/mu_i"),
    Claim(25, "valid", gradb, l25, domain=Y,
          note="boxed result grad_b J = (1/n)sum -y_i (1-mu_i) is the true derivative"),
]
