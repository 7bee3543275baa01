from sympy import Integral, KroneckerDelta, Symbol, diff, exp, log, oo, pi, sqrt

from labels import Claim

SOURCE = ("https://github.com/zhifanlight/deep-learning/blob/"
          "5136f9cbd5afd8839ec05f0ed7e354f6c6430244/basic/GeneralizedLinearModel.md")
TITLE = "广义线性模型 (Generalized Linear Models): exponential family, GLM, linear/logistic/softmax"
TOPIC = "glm"

# ----------------------------------------------------------------- symbols
y = Symbol("y", real=True)
mu = Symbol("mu", real=True)
sigma = Symbol("sigma", positive=True)
phi = Symbol("phi", positive=True)
eta = Symbol("eta", real=True)
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
t1, t2 = Symbol("t1", real=True), Symbol("t2", real=True)          # theta (single GLM)
u11, u12 = Symbol("u11", real=True), Symbol("u12", real=True)      # theta_1 (softmax)
u21, u22 = Symbol("u21", real=True), Symbol("u22", real=True)      # theta_2 (softmax)
u31, u32 = Symbol("u31", real=True), Symbol("u32", real=True)      # theta_3 (softmax, K = 3)
p1, p2 = Symbol("phi1", positive=True), Symbol("phi2", positive=True)
pk = Symbol("phi_k", positive=True)                                # the lower-case phi_k of line 84
yk = Symbol("yk", integer=True)                                    # class label, K = 3
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)          # test weights for vector claims

thx = t1 * x1 + t2 * x2                 # theta^T x, n = 2
s1 = u11 * x1 + u12 * x2                # theta_1^T x
s2 = u21 * x1 + u22 * x2                # theta_2^T x
s3 = u31 * x1 + u32 * x2                # theta_3^T x

PROB = (0.05, 0.95)
D_gauss = {sigma: (0.5, 2.0)}
D_bern = {phi: PROB}
D_multi = {p1: (0.05, 0.45), p2: (0.05, 0.45), pk: PROB, yk: (1, 2, 3)}


def vec(v):
    """A 2-vector compared through an arbitrary linear functional w1*v1 + w2*v2."""
    return w1 * v[0] + w2 * v[1]


# ----------------------------------------------------------------- Gaussian (lines 26-28)
c0 = 1 / (sqrt(2 * pi) * sigma)
g0 = c0 * exp(-(y - mu) ** 2 / (2 * sigma ** 2))
g1 = c0 * exp((2 * y * mu - y ** 2 - mu ** 2) / (2 * sigma ** 2))
g2 = c0 * exp(-y ** 2 / (2 * sigma ** 2)) * exp(mu / sigma ** 2 * y - mu ** 2 / (2 * sigma ** 2))

# ----------------------------------------------------------------- Bernoulli (lines 40-56)
b0 = phi ** y * (1 - phi) ** (1 - y)
b1 = exp(log(phi ** y * (1 - phi) ** (1 - y)))
b2 = exp(y * log(phi) + (1 - y) * log(1 - phi))
b3 = exp(y * log(phi / (1 - phi)) + log(1 - phi))
eta_b = log(phi / (1 - phi))

# ----------------------------------------------------------------- multinomial, K = 3 (lines 73-90)
p3 = 1 - p1 - p2
I1, I2, I3 = KroneckerDelta(yk, 1), KroneckerDelta(yk, 2), KroneckerDelta(yk, 3)
q0 = p1 ** I1 * p2 ** I2 * p3 ** I3
q1 = exp(log(p1 ** I1 * p2 ** I2 * p3 ** I3))
q2 = exp(I1 * log(p1) + I2 * log(p2) + I3 * log(p3))
q3 = exp(I1 * log(p1) + I2 * log(p2) + (1 - I1 - I2) * log(p3))
q4 = exp(I1 * log(p1 / p3) + I2 * log(p2 / p3) + log(p3))
e1, e2, e3 = log(p1 / p3), log(p2 / p3), 0          # eta_i = log(phi_i / phi_K), eta_K = 0
Z = exp(e1) + exp(e2) + exp(e3)

# ----------------------------------------------------------------- GLM means from the log partition
a_gauss = eta ** 2 * sigma ** 2 / 2                 # a(eta) of the Gaussian (line 22)
mean_gauss = diff(a_gauss, eta)                     # E[T(y)] = a'(eta)
E_gauss = Integral(y * g0, (y, -oo, oo))            # E[y | x] for N(mu, sigma^2)
a_bern = log(1 + exp(eta))                          # a(eta) of the Bernoulli (line 36)
mean_bern = diff(a_bern, eta)
E_bern = 0 * b0.subs(y, 0) + 1 * b0.subs(y, 1)      # sum_y y p(y)
h1, h2 = Symbol("h1", real=True), Symbol("h2", real=True)
a_multi = log(exp(h1) + exp(h2) + 1)                # a(eta) = log sum_{i=1}^K e^{eta_i}, eta_3 = 0
grad_a = [diff(a_multi, h1).subs({h1: e1, h2: e2}), diff(a_multi, h2).subs({h1: e1, h2: e2})]

CLAIMS = [
    # Gaussian in exponential-family form
    Claim(27, "valid", g0, g1, domain=D_gauss),
    Claim(28, "valid", g1, g2, domain=D_gauss),
    # Bernoulli in exponential-family form
    Claim(41, "valid", b0, b1, domain=D_bern),
    Claim(42, "valid", b1, b2, domain=D_bern),
    Claim(43, "valid", b2, b3, domain=D_bern),
    Claim(50, "valid", phi, 1 / (1 + exp(-eta_b)), domain=D_bern),
    Claim(56, "valid", b0, exp(y * log(phi / (1 - phi)) - log(1 + exp(eta_b))), domain=D_bern),
    # multinomial in exponential-family form (K = 3)
    Claim(74, "valid", q0, q1, domain=D_multi),
    Claim(75, "valid", q1, q2, domain=D_multi),
    Claim(76, "valid", q2, q3, domain=D_multi),
    Claim(77, "valid", q3, q4, domain=D_multi),
    Claim(84, "ambiguous", exp(e1) + exp(e2), (1 - p3) / pk, k=1, domain=D_multi,
          alt=(exp(e1) + exp(e2), (1 - p3) / p3),
          note="denominator is the lower-case φ_k, a symbol never defined; read as φ_K it holds, "
               "for a generic class k (φ_k ≠ φ_K) it fails"),
    Claim(84, "valid", p3, 1 / (1 + exp(e1) + exp(e2)), k=2, domain=D_multi),
    Claim(84, "valid", 1 / (1 + exp(e1) + exp(e2)), 1 / Z, k=3, domain=D_multi),
    Claim(90, "valid", q0, exp(I1 * log(p1 / p3) + I2 * log(p2 / p3) - log(Z)), domain=D_multi),
    # linear regression as a GLM: h = E[T(y)|x] (definition), then the claims
    Claim(108, "valid", mean_gauss.subs(eta, mu / sigma ** 2), E_gauss, k=1, domain=D_gauss),
    Claim(108, "valid", E_gauss, mu, k=2, domain=D_gauss),
    Claim(108, "valid", mu, (mu / sigma ** 2) * sigma ** 2, k=3, domain=D_gauss),
    Claim(114, "valid", mean_gauss.subs(eta, thx), thx * sigma ** 2, domain=D_gauss),
    Claim(120, "valid", mean_gauss.subs(eta, thx).subs(sigma, 1), thx),
    # logistic regression as a GLM
    Claim(128, "valid", mean_bern.subs(eta, eta_b), E_bern, k=1, domain=D_bern),
    Claim(128, "valid", E_bern, phi, k=2, domain=D_bern),
    Claim(128, "valid", phi, 1 / (1 + exp(-eta_b)), k=3, domain=D_bern),
    Claim(134, "valid", mean_bern.subs(eta, thx), 1 / (1 + exp(-thx))),
    # softmax regression as a GLM (K = 3, the K - 1 = 2 entries compared through w1, w2)
    Claim(142, "valid", vec(grad_a), vec([p1, p2]), k=1, domain=D_multi),
    Claim(142, "valid", vec([p1, p2]), vec([exp(e1) * p3, exp(e2) * p3]), k=2, domain=D_multi),
    Claim(142, "valid", vec([exp(e1) * p3, exp(e2) * p3]), vec([exp(e1) / Z, exp(e2) / Z]), k=3,
          domain=D_multi),
    Claim(148, "valid",
          vec([exp(s1) / (exp(s1) + exp(s2) + exp(s3)), exp(s2) / (exp(s1) + exp(s2) + exp(s3))]),
          vec([exp(s1) / sum(exp(s) for s in (s1, s2, s3)),
               exp(s2) / sum(exp(s) for s in (s1, s2, s3))])),
    # K = 2
    Claim(154, "valid", exp(s1) / sum(exp(s) for s in (s1, s2)), exp(s1) / (exp(s1) + exp(s2)), k=1),
    Claim(154, "ambiguous", exp(s1) / (exp(s1) + exp(s2)), exp(s1) / (exp(s1) + 1), k=2,
          alt=(exp(s1) / (exp(s1) + exp(s2.subs({u21: 0, u22: 0}))), exp(s1) / (exp(s1) + 1)),
          note="e^{θ_2^T x} is replaced by 1: true only if θ_2 = 0 (η_K = θ_K^T x = 0 convention); "
               "with θ_2 a free parameter, as the θ_j-sum suggests, it fails"),
    Claim(154, "valid", exp(s1) / (exp(s1) + 1), 1 / (1 + exp(-s1)), k=3),
]
