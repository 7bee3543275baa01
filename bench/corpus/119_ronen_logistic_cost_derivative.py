from sympy import Symbol, exp, log, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/ronen567/just-the-docs/blob/506033ffe960be7248f59d3d573efc789647fcaa/"
          "docs/logistic-regression-cost-function-derivative.md")
TITLE = "Development of cost function partial derivative (ronen567, just-the-docs)"
TOPIC = "logistic"

# one example: z = b + w1 x1 + w2 x2, y in {0,1}; w_i of the document is taken as w1
b, w1, w2, x1, x2 = (Symbol(n, real=True) for n in ("b", "w1", "w2", "x1", "x2"))
y = Symbol("y", real=True)
z = b + w1 * x1 + w2 * x2
sig = 1 / (1 + exp(-z))
L = -y * log(sig) - (1 - y) * log(1 - sig)          # the loss of Eq. 2

# sigma(z) as a free variable s, and z as a free variable t
s = Symbol("s", positive=True)
t = Symbol("t", real=True)
Ls = -y * log(s) - (1 - y) * log(1 - s)             # loss as a function of sigma
Ls_doc = -y * log(s) + (1 - y) * log(1 - s)         # the expression written in Eq. 4 / 6 / 7
sig_t = 1 / (1 + exp(-t))

# m = 3 examples for the cost (feature j = 1 plays the document's w_i)
X = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in (1, 2, 3)]
Y = [Symbol(f"y{i}", real=True) for i in (1, 2, 3)]
Zs = [b + w1 * xa + w2 * xb for xa, xb in X]
Ss = [1 / (1 + exp(-zi)) for zi in Zs]
Li = [-yi * log(si) - (1 - yi) * log(1 - si) for yi, si in zip(Y, Ss)]
Lsum = sum(Li)
m = 3

Y01 = {y: (0, 1)}
Yall01 = {yi: (0, 1) for yi in Y}
PROB = {y: (0, 1), s: (0.05, 0.95)}

# Eq. 8: reciprocal rule, tested on a generic smooth f
a0, a1, a2, a3, u = (Symbol(n, real=True) for n in ("a0", "a1", "a2", "a3", "u"))
f = a0 + a1 * u + a2 * u**2 + exp(a3 * u)

CLAIMS = [
    Claim(7, "ambiguous", diff(Lsum / m, w1), sum(diff(Li_, w1) for Li_ in Li),
          alt=(diff(Lsum, w1), sum(diff(Li_, w1) for Li_ in Li)), domain=Yall01,
          note="J is not defined here: holds if J is the plain sum of losses, fails if J is the mean "
               "(1/m) sum used in Eq. 12a; index i also doubles as feature and sample index"),
    Claim(14, "valid", diff(L, w1), diff(-y * log(sig) - (1 - y) * log(1 - sig), w1), domain=Y01,
          note="restates L = -y log yhat - (1-y) log(1-yhat) inside the derivative (missing ')' read as closing)"),
    Claim(41, "invalid", -y * log(sig_t) - (1 - y) * log(1 - sig_t),
          -y * log(sig_t) + (1 - y) * log(1 - sig_t), domain=Y01,
          note="sign slip: the second term of the loss is -(1-y)log(1-sigma), not +; differs when y=0"),
    Claim(50, "valid", diff(L, w1),
          diff(Ls, s).subs(s, sig) * diff(sig_t, t).subs(t, z) * diff(z, w1), domain=Y01,
          note="chain rule dL/dw = dL/dsigma * dsigma/dz * dz/dw"),
    Claim(59, "invalid", diff(Ls, s), diff(Ls_doc, s), domain=PROB,
          note="the expression differentiated carries Eq. 4's wrong sign, so its derivative "
               "-y/s-(1-y)/(1-s) is not dL/dsigma = -y/s+(1-y)/(1-s)"),
    Claim(66, "valid", diff(log(u), u), 1 / u, domain={u: (0.1, 5)},
          note="d/dx ln x = 1/x"),
    Claim(73, "invalid", diff(Ls, s), diff(Ls_doc, s), domain=PROB,
          note="same wrong-signed (and unbalanced) expression as Eq. 6; its derivative is not dL/dsigma"),
    Claim(73, "invalid", diff(Ls_doc, s), -y / s + (1 - y) / (1 - s), k=2, domain=PROB,
          note="d/ds[-y log s + (1-y) log(1-s)] = -y/s - (1-y)/(1-s); the stated result has the "
               "opposite sign on the second term (two slips cancel overall)"),
    Claim(80, "valid", diff(1 / f, u), -diff(f, u) / f**2,
          note="reciprocal rule (1/f)' = -f'/f^2"),
    Claim(92, "valid", diff(sig_t, t), diff(1 / (1 + exp(-t)), t),
          note="sigma(z) = 1/(1+e^{-z}) by Eq. 3b"),
    Claim(93, "valid", diff(1 / (1 + exp(-t)), t), -(-exp(-t)) / (1 + exp(-t))**2,
          note="d/dz (1+e^{-z})^{-1} = e^{-z}/(1+e^{-z})^2"),
    Claim(93, "valid", -(-exp(-t)) / (1 + exp(-t))**2, -(1 - (1 + exp(-t))) / (1 + exp(-t))**2, k=2,
          note="1-(1+e^{-z}) = -e^{-z}"),
    Claim(93, "valid", -(1 - (1 + exp(-t))) / (1 + exp(-t))**2, -sig_t**2 + sig_t, k=3,
          note="-(1-(1+e))/(1+e)^2 = 1/(1+e) - 1/(1+e)^2 = sigma - sigma^2"),
    Claim(93, "valid", -sig_t**2 + sig_t, sig_t * (1 - sig_t), k=4,
          note="factorisation"),
    Claim(100, "valid", diff(z, w1), x1, note="z = b + w^T x is linear in w_i"),
    Claim(108, "valid", diff(L, w1), (-y / sig + (1 - y) / (1 - sig)) * sig * (1 - sig) * x1, domain=Y01,
          note="product of the three chain factors (correct dL/dsigma); x^{(i)} read as the input paired with w_i"),
    Claim(108, "valid", (-y / sig + (1 - y) / (1 - sig)) * sig * (1 - sig) * x1, (sig - y) * x1, k=2,
          domain=Y01, note="-y(1-sigma) + (1-y)sigma = sigma - y"),
    Claim(108, "valid", (sig - y) * x1, (sig - y) * x1, k=3, domain=Y01,
          note="yhat = sigma(z) by Eq. 3a"),
    Claim(113, "valid", diff(L, w1), (sig - y) * x1, domain=Y01,
          note="dL/dw_i = (sigma(z) - y) x_i"),
    Claim(113, "invalid", (sig - y) * x1, sig - y, k=2, domain=Y01,
          note="the factor x^{(i)} is dropped on the right"),
    Claim(121, "ambiguous", diff(Lsum, w1), Rational(1, m) * sum((si - yi) * xa for si, yi, (xa, _) in zip(Ss, Y, X)),
          alt=(diff(Lsum / m, w1), Rational(1, m) * sum((si - yi) * xa for si, yi, (xa, _) in zip(Ss, Y, X))),
          domain=Yall01,
          note="holds if J is the mean (1/m) sum of losses, fails for J = sum of losses as in Eq. 1"),
]
