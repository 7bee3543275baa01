from sympy import Symbol, exp, log, diff, Rational, Matrix
from labels import Claim

SOURCE = ("https://github.com/HeavenAQ/heaven-blog/blob/eb51aa1cc867b65532e052be6132828fb3b2b36d/"
          "src/content/blog/machine-learning/mathematical-derivation-of-binary-cross-entropy-loss.md")
TITLE = "Binary cross-entropy with sigmoid: dL/dz = yhat - y, dw, db (HeavenAQ blog)"
TOPIC = "logistic"

z = Symbol("z", real=True)
p = Symbol("p", real=True)          # yhat treated as a free probability in section 4
y = Symbol("y", real=True)
w1, w2, b, x1, x2 = (Symbol(n, real=True) for n in ("w1", "w2", "b", "x1", "x2"))

sig = 1 / (1 + exp(-z))
Lp = -(y * log(p) + (1 - y) * log(1 - p))          # L as a function of yhat
Lz = Lp.subs(p, sig)                               # L as a function of z
dLdp = diff(Lp, p)

# single example with two features
zz = w1 * x1 + w2 * x2 + b
sz = 1 / (1 + exp(-zz))
Lw = Lp.subs(p, sz)

# m = 3 examples, n = 2 features
m = 3
X = [[Symbol(f"x{i}{j}", real=True) for j in (1, 2)] for i in range(1, m + 1)]
Y = [Symbol(f"y{i}", real=True) for i in range(1, m + 1)]
Zs = [w1 * X[i][0] + w2 * X[i][1] + b for i in range(m)]
Yh = [1 / (1 + exp(-Zs[i])) for i in range(m)]
J = -Rational(1, m) * sum(Y[i] * log(Yh[i]) + (1 - Y[i]) * log(1 - Yh[i]) for i in range(m))
sum_w1 = Rational(1, m) * sum((Yh[i] - Y[i]) * X[i][0] for i in range(m))
XT_err = (Matrix(X).T * Matrix([Yh[i] - Y[i] for i in range(m)]))[0] / m
sum_b = Rational(1, m) * sum(Yh[i] - Y[i] for i in range(m))

D01 = {y: (0, 1)}
DP = {y: (0, 1), p: (0.05, 0.95)}
DM = {**{Y[i]: (0, 1) for i in range(m)}}

chain = dLdp.subs(p, sig) * diff(sig, z)

CLAIMS = [
    Claim(25, "valid", 1 / (1 + exp(-z)), sig,
          note="after defining yhat = sigma(z), sigma(z) = 1/(1+e^{-z}) restates the sigmoid"),
    # section 3: sigmoid derivative
    Claim(33, "valid", diff(sig, z), diff(sig, z), note="d sigma/dz is the derivative of 1/(1+e^{-z})"),
    Claim(35, "valid", diff(sig, z), -(1 + exp(-z))**-2 * (-exp(-z)),
          note="chain rule on (1+e^{-z})^{-1}"),
    Claim(37, "valid", -(1 + exp(-z))**-2 * (-exp(-z)), exp(-z) / (1 + exp(-z))**2,
          note="sign cancellation"),
    Claim(39, "valid", exp(-z) / (1 + exp(-z))**2, 1 / (1 + exp(-z)) * exp(-z) / (1 + exp(-z)),
          note="split the square in the denominator"),
    Claim(41, "valid", 1 / (1 + exp(-z)) * exp(-z) / (1 + exp(-z)), sig * (1 - sig),
          note="e^{-z}/(1+e^{-z}) = 1 - sigma(z)"),
    Claim(45, "valid", diff(sig, z), sig * (1 - sig), k=1, note="sigmoid derivative"),
    Claim(45, "valid", sig * (1 - sig), sig * (1 - sig), k=2, note="yhat = sigma(z)"),
    # section 4: dL/dyhat
    Claim(53, "valid", dLdp, -(y * 1 / p + (1 - y) * 1 / (1 - p) * (-1)), domain=DP,
          note="d log(1-p)/dp = -1/(1-p)"),
    Claim(55, "valid", -(y * 1 / p + (1 - y) * 1 / (1 - p) * (-1)), -(y / p - (1 - y) / (1 - p)),
          domain=DP, note="absorb the -1"),
    Claim(57, "valid", -(y / p - (1 - y) / (1 - p)), -(y * (1 - p) - p * (1 - y)) / (p * (1 - p)),
          domain=DP, note="common denominator p(1-p)"),
    Claim(59, "valid", -(y * (1 - p) - p * (1 - y)) / (p * (1 - p)),
          -(y - y * p - p + y * p) / (p * (1 - p)), domain=DP, note="expand numerator"),
    Claim(61, "valid", -(y - y * p - p + y * p) / (p * (1 - p)), -(y - p) / (p * (1 - p)),
          domain=DP, note="the y*p terms cancel"),
    Claim(63, "valid", -(y - p) / (p * (1 - p)), (p - y) / (p * (1 - p)), domain=DP,
          note="move the sign into the numerator"),
    Claim(67, "valid", dLdp, (p - y) / (p * (1 - p)), domain=DP, note="summary of section 4"),
    # section 5: dL/dz
    Claim(73, "valid", diff(Lz, z), chain, domain=D01, note="chain rule through yhat = sigma(z)"),
    Claim(75, "valid", chain, ((sig - y) / (sig * (1 - sig))) * sig * (1 - sig), domain=D01,
          note="substitute dL/dyhat and dyhat/dz = yhat(1-yhat)"),
    Claim(77, "valid", ((sig - y) / (sig * (1 - sig))) * sig * (1 - sig), sig - y, domain=D01,
          note="yhat(1-yhat) cancels"),
    Claim(83, "valid", diff(Lz, z), sig - y, domain=D01, note="dL/dz = yhat - y"),
    # section 6: weights (component w1 of a 2-feature example)
    Claim(89, "valid", diff(Lw, w1), diff(Lz, z).subs(z, zz) * diff(zz, w1), domain=D01,
          note="chain rule, first weight component"),
    Claim(91, "valid", diff(zz, w1), x1, note="z = w^T x + b is linear in w"),
    Claim(93, "valid", diff(Lw, w1), (sz - y) * x1, domain=D01, note="(yhat - y) x, first component"),
    Claim(97, "valid", diff(J, w1), sum_w1, domain=DM,
          note="mean of per-example gradients, m = 3, first component"),
    Claim(99, "valid", sum_w1, XT_err, domain=DM,
          note="sum_i (yhat_i - y_i) x^{(i)} = X^T (yhat - y) with rows of X the examples"),
    # section 7: bias
    Claim(109, "valid", diff(Lw, b), diff(Lz, z).subs(z, zz) * diff(zz, b), domain=D01,
          note="chain rule for b"),
    Claim(111, "valid", diff(Lz, z).subs(z, zz) * diff(zz, b), (sz - y) * 1, domain=D01,
          note="dL/dz = yhat - y and dz/db = 1"),
    Claim(113, "valid", (sz - y) * 1, sz - y, domain=D01, note="times one"),
    Claim(117, "valid", diff(J, b), sum_b, domain=DM, note="mean of (yhat_i - y_i), m = 3"),
]
