from sympy import Symbol, Integer, Matrix, exp, log, diff, factorial, sqrt, pi
from sympy.stats import E, Normal, Poisson

from labels import Claim

SOURCE = "https://github.com/TCodina/TCodina.github.io/blob/58d31d8f47262cc58171e72ad6409c1c8f2e7739/_posts/2023-09-20-generalized_linear_models.md"
TITLE = "Generalized linear models: hypothesis functions, log-likelihood gradient, Poisson regression (TCodina)"
TOPIC = "glm"

# Conventions for the checks.
# * Scalar natural parameter (dim eta = 1) with D = 2 features: Theta = (t1, t2), x = (x1, x2),
#   eta = Theta^T x.  N = 2 samples x^(1) = (a1, a2), x^(2) = (b1, b2).
# * Vector identities (gradients w.r.t. Theta) are checked through c1 * (component 1) + c2 * (component 2).
# * Softmax part: K = 3 classes, probabilities p1, p2, p3 = 1 - p1 - p2, eta_i = log(p_i / p3) and
#   eta_3 = 0 (the document's own extension); free class indices i are checked at once through
#   c1 * (i=1) + c2 * (i=2) (+ c3 * (i=3)).
# * General exponential-family statements are checked on one concrete member (Bernoulli, Gaussian
#   with sigma^2 = 1, or Poisson), each written from its own textbook formula.
t1, t2, x1, x2 = (Symbol(n, real=True) for n in ("t1", "t2", "x1", "x2"))
a1, a2, b1, b2 = (Symbol(n, real=True) for n in ("a1", "a2", "b1", "b2"))
c1, c2, c3 = (Symbol(n, real=True) for n in ("c1", "c2", "c3"))
eta = Symbol("eta", real=True)
mu = Symbol("mu", real=True)
p = Symbol("p", positive=True)
p1, p2 = Symbol("p1", positive=True), Symbol("p2", positive=True)
lam = Symbol("lam", positive=True)
y, y1, y2 = (Symbol(n, real=True) for n in ("y", "y1", "y2"))

Th = Matrix([t1, t2])
xv = Matrix([x1, x2])
lin = Th.dot(xv)                      # Theta^T x
e1 = t1 * a1 + t2 * a2                # Theta^T x^(1)
e2 = t1 * b1 + t2 * b2                # Theta^T x^(2)


def grad_c(f):
    """c . grad_Theta f."""
    return c1 * diff(f, t1) + c2 * diff(f, t2)


def cx(u, v):
    """c . (u, v)."""
    return c1 * u + c2 * v


def sig(z):
    return 1 / (1 + exp(-z))


# Bernoulli member: b = 1, T(y) = y, a(eta) = log(1 + e^eta); mean computed from the pmf.
bern_mean_eta = sum(yy * exp(eta * yy - log(1 + exp(eta))) for yy in (0, 1))   # E[T(y); eta]
bern_mean_p = sum(yy * p ** yy * (1 - p) ** (1 - yy) for yy in (0, 1))         # E[y] for Bernoulli(p)
eta_p = log(p / (1 - p))

# Gaussian (sigma^2 = 1): natural parameter read off log P as the coefficient of y.
yy_ = Symbol("yy_", real=True)
logP_gauss = -(yy_ - mu) ** 2 / 2 - log(2 * pi) / 2
eta_nat_gauss = diff(logP_gauss + yy_ ** 2 / 2, yy_)   # = mu

# Multinomial, K = 3.
p3 = 1 - p1 - p2
P = [p1, p2, p3]
ETA = [log(p1 / p3), log(p2 / p3), Integer(0)]
ind = lambda yy, i: 1 if yy == i else 0
E_T = [sum(ind(yy, i) * P[yy - 1] for yy in (1, 2, 3)) for i in (1, 2, 3)]   # E[T(y)_i] = E[1{y=i}]
h1, h2 = Symbol("h1", real=True), Symbol("h2", real=True)
softmax = lambda k, es: exp(es[k]) / sum(exp(e) for e in es)
probdom = {p1: (0.05, 0.45), p2: (0.05, 0.45)}

# Theta_i^T x for the softmax-regression formula (Theta_3 = 0, i.e. eta_3 = 0).
u11, u12, u21, u22 = (Symbol(n, real=True) for n in ("u11", "u12", "u21", "u22"))
s = [u11 * x1 + u12 * x2, u21 * x1 + u22 * x2, Integer(0)]
phiK_s = 1 / (1 + exp(s[0]) + exp(s[1]))

# Log-likelihoods over N = 2 samples.
ell_bern = (y1 * e1 - log(1 + exp(e1))) + (y2 * e2 - log(1 + exp(e2)))
ell_gauss = sum(-yi ** 2 / 2 - log(2 * pi) / 2 + yi * ei - ei ** 2 / 2 for yi, ei in ((y1, e1), (y2, e2)))
ell_pois = sum(log(exp(ei) ** yi / factorial(yi) * exp(-exp(ei))) for yi, ei in ((y1, e1), (y2, e2)))
pois_term = lambda yi, ei: log(1 / factorial(yi)) + ei * yi - exp(ei)   # log b + x^T Theta T(y) - a(Theta^T x)
ints = {y1: (0, 1, 2, 3), y2: (0, 1, 2, 3)}
bits = {y1: (0, 1), y2: (0, 1)}

CLAIMS = [
    # eqref{trick}: h = E[T; eta] equals grad_eta a(eta); checked on the Bernoulli member.
    Claim(41, "valid", bern_mean_eta, diff(log(1 + exp(eta)), eta),
          note="E[T(y);eta] = sum_y y e^{eta y - a} = e^eta/(1+e^eta) = a'(eta) for a = log(1+e^eta)"),

    # Linear regression chain (Gaussian, sigma^2 = 1).
    Claim(53, "valid", diff(eta ** 2 / 2, eta).subs(eta, lin), E(Normal("Y1", lin, 1)),
          note="h = E[T(y)|x] (assumption 2): grad of a = eta^2/2 at eta = Theta^T x equals the Gaussian mean"),
    Claim(53, "valid", E(Normal("Y2", mu, 1)), E(Normal("Y3", mu, 1)), k=2,
          note="T(y) = y for the Gaussian, so E[T(y)|x] = E[y|x]"),
    Claim(53, "valid", E(Normal("Y4", mu, 1)), mu, k=3, note="mean of N(mu, 1) is mu"),
    Claim(53, "valid", mu, eta_nat_gauss, k=4,
          note="natural parameter of N(mu,1) (coefficient of y in the exponent) is eta = mu"),
    Claim(53, "valid", t1 * x1 + t2 * x2, lin, k=5, note="assumption 1: eta = Theta^T x"),

    # Logistic regression chain (Bernoulli with mean p).
    Claim(72, "valid", diff(log(1 + exp(eta)), eta).subs(eta, eta_p), bern_mean_p,
          note="h = grad a at eta = logit p equals E[T(y)] = p for the Bernoulli"),
    Claim(72, "valid", bern_mean_p, bern_mean_p, k=2, note="T(y) = y for the Bernoulli"),
    Claim(72, "valid", bern_mean_p, p, k=3, domain={p: (0.05, 0.95)}, note="Bernoulli mean is phi"),
    Claim(72, "valid", p, 1 / (1 + exp(-eta_p)), k=4, domain={p: (0.05, 0.95)},
          note="inverting eta = log(phi/(1-phi)) gives phi = 1/(1+e^{-eta})"),
    Claim(72, "valid", sig(eta).subs(eta, t1 * x1 + t2 * x2), 1 / (1 + exp(-lin)), k=5,
          note="substitute eta = Theta^T x"),

    # Softmax regression chain, K = 3; free index i checked for i = 1, 2 (T has K-1 components).
    Claim(83, "valid",
          (c1 * diff(log(1 + exp(h1) + exp(h2)), h1) + c2 * diff(log(1 + exp(h1) + exp(h2)), h2)).subs({h1: ETA[0], h2: ETA[1]}),
          c1 * E_T[0] + c2 * E_T[1], domain=probdom,
          note="h_i = E[T(y)_i] (assumption 2); the stray trailing subscript _i on E[...]_i is read as redundant"),
    Claim(83, "valid", c1 * E_T[0] + c2 * E_T[1], c1 * p1 + c2 * p2, k=2, domain=probdom,
          note="E[1{y=i}] = P(y=i) = phi_i"),
    Claim(83, "valid", c1 * p1 + c2 * p2 + c3 * p3,
          c1 * softmax(0, ETA) + c2 * softmax(1, ETA) + c3 * softmax(2, ETA), k=3, domain=probdom,
          note="P(y=i) = phi_i, which as a function of eta_i = log(phi_i/phi_K) is phi_i(eta)"),

    Claim(88, "valid", log(p3 / p3), Integer(0), domain=probdom, note="log(phi_K/phi_K) = log 1 = 0"),
    Claim(92, "valid", p3 * exp(ETA[0]), p1, domain=probdom,
          note="eta_i = log(phi_i/phi_K) gives phi_K e^{eta_i} = phi_i (checked for i = 1)"),
    Claim(96, "valid", p3 * sum(exp(e) for e in ETA), p1 + p2 + p3, domain=probdom,
          note="sum over i of phi_K e^{eta_i} = sum of phi_i (eta_K = 0 included)"),
    Claim(96, "valid", p1 + p2 + p3, Integer(1), k=2, domain=probdom, note="normalisation"),
    Claim(96, "valid", p3, 1 / sum(exp(e) for e in ETA), k=3, domain=probdom,
          note="phi_K = 1 / sum_i e^{eta_i}"),
    Claim(102, "valid", c1 * p1 + c2 * p2 + c3 * p3,
          c1 * softmax(0, ETA) + c2 * softmax(1, ETA) + c3 * softmax(2, ETA), domain=probdom,
          note="phi_i = phi_K e^{eta_i} with phi_K = 1/sum_j e^{eta_j}: the softmax"),
    Claim(109, "valid",
          c1 * phiK_s * exp(s[0]) + c2 * phiK_s * exp(s[1]) + c3 * phiK_s * exp(s[2]),
          c1 * softmax(0, s) + c2 * softmax(1, s) + c3 * softmax(2, s),
          note="h_i = phi_i(eta) with eta_i = Theta_i^T x; holds with the document's eta_K = 0 (Theta_K = 0)"),

    # Log-likelihood: the right-hand side has lost the sum over i (its index i is free).
    Claim(121, "ambiguous", ell_pois, pois_term(y1, e1),
          alt=(ell_pois, pois_term(y1, e1) + pois_term(y2, e2)), domain=ints,
          note="RHS is one sample's term with a free index i; equals the sum of log P only if read as summed over i"),

    # Gradient of the log-likelihood, checked on the Bernoulli member (T(y)=y, h = sigmoid).
    Claim(125, "valid", grad_c(ell_bern),
          (y1 - sig(e1)) * cx(a1, a2) + (y2 - sig(e2)) * cx(b1, b2), domain=bits,
          note="d/dTheta [y eta - a(eta)] = (y - a'(eta)) x = (T(y) - h) x, summed over samples"),
    Claim(150, "valid", E(Poisson("Yp", exp(lin))), diff(exp(eta), eta).subs(eta, lin),
          note="for the Poisson member E[T] = lambda = e^eta = a'(eta) evaluated at eta = Theta^T x"),
    Claim(155, "valid", grad_c(ell_gauss),
          (y1 - e1) * cx(a1, a2) + (y2 - e2) * cx(b1, b2),
          note="Gaussian member: h = eta, gradient of sum [log b + y eta - eta^2/2] is sum (y - eta) x"),

    # Poisson regression.
    Claim(180, "valid", lam, exp(log(lam)), domain={lam: (0.1, 5)}, note="eta = log lambda gives lambda = e^eta"),
    Claim(182, "valid", lam, exp(log(lam)), domain={lam: (0.1, 5)}, note="lambda = e^eta with eta = log lambda"),
    Claim(194, "valid", E(Poisson("Yq", exp(lin))), exp(lin),
          note="h = E[y|x] = lambda = e^{Theta^T x} (grad of a = e^eta at eta = Theta^T x)"),
    Claim(199, "valid", grad_c(ell_pois),
          (y1 - exp(e1)) * cx(a1, a2) + (y2 - exp(e2)) * cx(b1, b2), domain=ints,
          note="gradient of sum [y eta - e^eta - log y!] with eta = Theta^T x^(i)"),
]
