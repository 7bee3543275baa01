from sympy import Symbol, exp, log, diff, Integer, Piecewise, Eq, Limit, oo, Mul, Add
from labels import Claim

SOURCE = ("https://github.com/peterroelants/peterroelants.github.io/blob/"
          "e0b31112b49490f1c33e7f105a586e8deab590bc/notebooks/cross_entropy/cross-entropy-logistic.ipynb")
TITLE = "Logistic classification with cross-entropy: logistic derivative and dxi/dz = y - t (Peter Roelants)"
TOPIC = "logistic"

z = Symbol("z", real=True)
y = Symbol("y", real=True)          # a probability y = sigma(z), used where the text works in y directly
t = Symbol("t", real=True)          # class label in {0, 1}
sig = 1 / (1 + exp(-z))             # sigma(z), and y = sigma(z)

P = (0.05, 0.95)                    # range for probabilities
T01 = (0, 1)                        # labels drawn from the integers 0, 1

# n = 3 samples
zs = [Symbol(f"z{i}", real=True) for i in (1, 2, 3)]
ts = [Symbol(f"t{i}", real=True) for i in (1, 2, 3)]
ys = [1 / (1 + exp(-zi)) for zi in zs]            # y_i = sigma(z_i)
LAB = {ti: T01 for ti in ts}

# probabilities for the product-rule claims (a 2x2 joint table, two of its cells)
pab = Symbol("pab", positive=True)      # P(A, B)
pnab = Symbol("pnab", positive=True)    # P(not A, B)
ptz = Symbol("ptz", positive=True)      # P(t, z | theta) cell
pntz = Symbol("pntz", positive=True)    # P(not t, z | theta) cell
pt_z = Symbol("pt_z", positive=True)    # P(t | z, theta)
pz = Symbol("pz", positive=True)        # P(z | theta)


def bern(ti, yi):
    """P(t_i | z_i) for t_i in {0, 1}: y_i if t_i = 1, 1 - y_i if t_i = 0."""
    return ti * yi + (1 - ti) * (1 - yi)


def prod(xs):
    return Mul(*xs)


def sm(xs):
    return Add(*xs)


xi_y = -t * log(y) - (1 - t) * log(1 - y)           # per-sample cross-entropy in y
xi_z = -t * log(sig) - (1 - t) * log(1 - sig)       # the same as a function of z
loglik = sm([ti * log(yi) + (1 - ti) * log(1 - yi) for ti, yi in zip(ts, ys)])
xi_sum = -loglik

CLAIMS = [
    # --- logistic function, class probabilities, log-odds
    Claim(15, "valid", sig, sig, k=1,
          note="P(t=1|z) is the model output y = sigma(z) by the document's definition"),
    Claim(15, "valid", sig, 1 / (1 + exp(-z)), k=2, note="definition of sigma"),
    Claim(16, "valid", 1 - sig, 1 - sig, k=1,
          note="P(t=0|z) = 1 - P(t=1|z) for two classes"),
    Claim(16, "valid", 1 - sig, exp(-z) / (1 + exp(-z)), k=2,
          note="1 - 1/(1+e^{-z}) = e^{-z}/(1+e^{-z})"),
    Claim(22, "valid", log(sig / (1 - sig)),
          log((1 / (1 + exp(-z))) / (exp(-z) / (1 + exp(-z)))), k=1,
          note="substitute both class probabilities"),
    Claim(22, "valid", log((1 / (1 + exp(-z))) / (exp(-z) / (1 + exp(-z)))), log(1 / exp(-z)), k=2,
          note="common factor 1/(1+e^{-z}) cancels"),
    Claim(23, "valid", log(1 / exp(-z)), log(1) - log(exp(-z)), k=1, note="log of a quotient"),
    Claim(23, "valid", log(1) - log(exp(-z)), z, k=2, note="log 1 = 0 and log e^{-z} = -z"),
    # --- derivative of the logistic function
    Claim(33, "valid", diff(sig, z), diff(sig, z), note="y = sigma(z)"),
    Claim(34, "valid", diff(sig, z), diff(1 / (1 + exp(-z)), z), note="definition of sigma"),
    Claim(35, "valid", diff(1 / (1 + exp(-z)), z), (-1 / (1 + exp(-z))**2) * exp(-z) * (-1),
          note="chain rule on (1+e^{-z})^{-1}"),
    Claim(36, "valid", (-1 / (1 + exp(-z))**2) * exp(-z) * (-1),
          (1 / (1 + exp(-z))) * (exp(-z) / (1 + exp(-z))), note="e^{-z}/(1+e^{-z})^2 split into two factors"),
    Claim(39, "valid", 1 - sig, 1 - 1 / (1 + exp(-z)), k=1,
          note="definition of sigma (the stray closing parenthesis changes nothing)"),
    Claim(39, "valid", 1 - 1 / (1 + exp(-z)), exp(-z) / (1 + exp(-z)), k=2, note="common denominator"),
    Claim(43, "valid", diff(sig, z), (1 / (1 + exp(-z))) * (exp(-z) / (1 + exp(-z))),
          note="result of the previous display"),
    Claim(44, "valid", (1 / (1 + exp(-z))) * (exp(-z) / (1 + exp(-z))), sig * (1 - sig), k=1,
          note="second factor is 1 - sigma(z)"),
    Claim(44, "valid", sig * (1 - sig), sig * (1 - sig), k=2, note="y = sigma(z)"),
    # --- cross-entropy from the likelihood
    Claim(51, "valid", sig, sig, k=1, note="P(t=1|z) = sigma(z) restated"),
    Claim(51, "valid", sig, sig, k=2, note="y = sigma(z) restated"),
    Claim(56, "valid", prod([bern(ti, yi) for ti, yi in zip(ts, ys)]),
          prod([bern(ti, yi) for ti, yi in zip(ts, ys)]), domain=LAB,
          note="with independent samples the likelihood is the product of per-sample likelihoods, so the argmax agree"),
    Claim(59, "valid", pab, (pab / (pab + pnab)) * (pab + pnab), domain={pab: P, pnab: (0.01, 0.04)},
          note="product rule: P(A|B) = P(A,B)/P(B)"),
    Claim(62, "valid", ptz, (ptz / (ptz + pntz)) * (ptz + pntz), domain={ptz: P, pntz: (0.01, 0.04)},
          note="product rule applied to t and z given theta"),
    Claim(65, "ambiguous", pt_z * pz, pt_z, k=1, alt=(pt_z, pt_z), domain={pt_z: P, pz: P},
          note="with L = P(t,z|theta) as just stated, L = P(t|z,theta)P(z|theta) differs from P(t|z,theta); "
               "it holds only if L is re-read here as the conditional likelihood (same argmax when P(z|theta) "
               "does not depend on theta)"),
    Claim(65, "valid", prod([bern(ti, yi) for ti, yi in zip(ts, ys)]),
          prod([yi**ti * (1 - yi)**(1 - ti) for ti, yi in zip(ts, ys)]), k=2, domain=LAB,
          note="independent samples: joint conditional probability is the product of per-sample ones"),
    Claim(66, "ambiguous", y**t * (1 - y)**(1 - t), y, alt=(y, y), domain={y: P, t: T01},
          note="P(t|z) for a general label t is y^t(1-y)^{1-t}, equal to y only when t = 1; "
               "holds if P(t|z) is read as P(t=1|z)"),
    Claim(70, "valid", prod([bern(ti, yi) for ti, yi in zip(ts, ys)]),
          prod([yi**ti * (1 - yi)**(1 - ti) for ti, yi in zip(ts, ys)]), domain=LAB,
          note="Bernoulli pmf written with exponents t_i in {0,1}"),
    Claim(71, "valid", prod([yi**ti * (1 - yi)**(1 - ti) for ti, yi in zip(ts, ys)]),
          prod([yi**ti * (1 - yi)**(1 - ti) for ti, yi in zip(ts, ys)]), domain=LAB,
          note="y_i = P(t_i=1|z_i)"),
    Claim(77, "valid", log(prod([bern(ti, yi) for ti, yi in zip(ts, ys)])),
          log(prod([yi**ti * (1 - yi)**(1 - ti) for ti, yi in zip(ts, ys)])), domain=LAB,
          note="log of the (conditional) likelihood product"),
    Claim(78, "valid", log(prod([yi**ti * (1 - yi)**(1 - ti) for ti, yi in zip(ts, ys)])), loglik,
          domain=LAB, note="log of a product is the sum of logs; log a^b = b log a"),
    Claim(87, "valid", -log(prod([bern(ti, yi) for ti, yi in zip(ts, ys)])), xi_sum, domain=LAB,
          note="minus the log-likelihood of line 78"),
    Claim(88, "ambiguous", xi_sum,
          -sm([ti * log(sig) + (1 - ti) * log(1 - sig) for ti in ts]),
          alt=(xi_sum, -sm([ti * log(1 / (1 + exp(-zi))) + (1 - ti) * log(1 - 1 / (1 + exp(-zi)))
                            for ti, zi in zip(ts, zs)])),
          domain=LAB,
          note="sigma(z) has no sample index: true if z means z_i, false for a single z shared by all terms"),
    Claim(96, "valid", xi_y, Piecewise((-log(y), Eq(t, 1)), (-log(1 - y), True)), domain={y: P, t: T01},
          note="per-sample term -[t log y + (1-t) log(1-y)] for t in {0,1}"),
    Claim(102, "valid", -log(Integer(1)), Integer(0), k=1, note="log 1 = 0"),
    Claim(102, "valid", exp(-Limit(-log(y), y, 0, "+")), exp(-oo), k=2,
          note="-log y -> +infinity as y -> 0+ (encoded through exp(-.), which is monotone)"),
    Claim(108, "valid", -log(sig), -log(sig), note="P(t=1|z) = y"),
    Claim(109, "valid", -log(exp(-z) / (1 + exp(-z))), -log(1 - sig), note="P(t=0|z) = 1 - y"),
    Claim(116, "valid", -log(Piecewise((y, Eq(t, 1)), (1 - y, True))), xi_y, domain={y: P, t: T01},
          note="negative log probability of the correct class, with t in {0,1}"),
    Claim(119, "valid",
          sm([-log(Piecewise((yi, Eq(ti, 1)), (1 - yi, True))) for ti, yi in zip(ts, ys)]), xi_sum,
          domain=LAB, note="sum of the per-sample losses"),
    # --- derivative of the cross-entropy
    Claim(131, "valid", diff(xi_y, y), diff(-t * log(y) - (1 - t) * log(1 - y), y), domain={y: P, t: T01},
          note="definition of xi for one sample"),
    Claim(132, "valid", diff(-t * log(y) - (1 - t) * log(1 - y), y),
          diff(-t * log(y), y) + diff(-(1 - t) * log(1 - y), y), domain={y: P, t: T01},
          note="derivative of a sum"),
    Claim(133, "valid", diff(-t * log(y), y) + diff(-(1 - t) * log(1 - y), y), -t / y + (1 - t) / (1 - y),
          k=1, domain={y: P, t: T01}, note="d log y = 1/y, d log(1-y) = -1/(1-y)"),
    Claim(133, "valid", -t / y + (1 - t) / (1 - y), (y - t) / (y * (1 - y)), k=2, domain={y: P, t: T01},
          note="common denominator: -t(1-y) + (1-t)y = y - t"),
    Claim(137, "valid", diff(sig, z), sig * (1 - sig), note="logistic derivative"),
    Claim(140, "valid", diff(xi_z, z), diff(sig, z) * diff(xi_y, y).subs(y, sig), k=1, domain={t: T01},
          note="chain rule through y = sigma(z)"),
    Claim(140, "valid", diff(sig, z) * diff(xi_y, y).subs(y, sig),
          sig * (1 - sig) * (sig - t) / (sig * (1 - sig)), k=2, domain={t: T01},
          note="dy/dz = y(1-y) and dxi/dy = (y-t)/(y(1-y))"),
    Claim(140, "valid", sig * (1 - sig) * (sig - t) / (sig * (1 - sig)), sig - t, k=3, domain={t: T01},
          note="y(1-y) cancels"),
]
