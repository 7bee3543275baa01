from sympy import Symbol, Limit, Piecewise, Eq, Rational, exp, log, diff, oo, Add, Mul

from labels import Claim

SOURCE = ("https://github.com/oosquare/notes/blob/a71922f43f45b0df73eb5e6d294ee5718808071b/"
          "pages/Logistic%20%E5%9B%9E%E5%BD%92.md")
TITLE = "Logistic 回归 (Logseq note: sigmoid, likelihood, gradient, Hessian)"
TOPIC = "logistic"

# Concrete size: m = 3 samples, n + 1 = 3 features with x_0 = 1, derivative index j = 1, k = 2.
M, P = 3, 3
z = Symbol("z", real=True)
alpha = Symbol("alpha", real=True)
th = [Symbol(f"theta{j}", real=True) for j in range(P)]
X = [[1] + [Symbol(f"x{i}_{j}", real=True) for j in range(1, P)] for i in range(M)]  # x^{(i)}
xb = [1] + [Symbol(f"xbare_{j}", real=True) for j in range(1, P)]  # the un-indexed x of the note
Y = [Symbol(f"y{i}", real=True) for i in range(M)]
BIN = {y: (0, 1) for y in Y}


def g(t):
    return 1 / (1 + exp(-t))


def dot(a, b):
    return Add(*[ai * bi for ai, bi in zip(a, b)])


def h(i):
    return g(dot(th, X[i]))


gb = g(dot(th, xb))  # g(theta^T x) with the bare x
J, K = 1, 2

# the true log-likelihood (every sample with its own x^{(i)})
ell = Add(*[Y[i] * log(h(i)) + (1 - Y[i]) * log(1 - h(i)) for i in range(M)])
# the same sum written with the bare x inside g
ell_bare = Add(*[Y[i] * log(gb) + (1 - Y[i]) * log(1 - gb) for i in range(M)])

bern = Mul(*[Piecewise((h(i), Eq(Y[i], 1)), (1 - h(i), True)) for i in range(M)])
prod_pow = Mul(*[h(i) ** Y[i] * (1 - h(i)) ** (1 - Y[i]) for i in range(M)])
prod_exp = Mul(*[exp(Y[i] * log(h(i)) + (1 - Y[i]) * log(1 - h(i))) for i in range(M)])

line53_bare = Add(*[Y[i] * gb * (1 - gb) / gb * X[i][J]
                    + (1 - Y[i]) * (-gb * (1 - gb)) / (1 - gb) * X[i][J] for i in range(M)])
line53_idx = Add(*[Y[i] * h(i) * (1 - h(i)) / h(i) * X[i][J]
                   + (1 - Y[i]) * (-h(i) * (1 - h(i))) / (1 - h(i)) * X[i][J] for i in range(M)])
line54_bare = Add(*[(Y[i] * (1 - gb) - (1 - Y[i]) * gb) * X[i][J] for i in range(M)])
line54_idx = Add(*[(Y[i] * (1 - h(i)) - (1 - Y[i]) * h(i)) * X[i][J] for i in range(M)])
line55 = Add(*[(Y[i] - h(i)) * X[i][J] for i in range(M)])

hess_true = diff(ell, th[J], th[K])
hess_note = Rational(1, M) * Add(*[X[i][J] * X[i][K] * h(i) * (1 - h(i)) for i in range(M)])

CLAIMS = [
    Claim(14, "valid", Limit(g(z), z, -oo), 0),
    Claim(14, "valid", Limit(g(z), z, oo), 1, k=2),
    Claim(15, "valid", g(0), Rational(1, 2)),
    Claim(16, "valid", diff(g(z), z), g(z) * (1 - g(z))),
    # product of Bernoulli probabilities = product of h^y (1-h)^(1-y), labels in {0, 1}
    Claim(36, "valid", bern, prod_pow, domain=BIN),
    Claim(37, "valid", prod_pow, prod_exp, domain=BIN),
    # ell = ln L with L the product above
    Claim(45, "valid", log(prod_exp), ell, domain=BIN),
    Claim(46, "ambiguous", ell, ell_bare, alt=(ell, ell), domain=BIN,
          note="inside the sum g(θᵀx) uses a bare x, not x^{(i)}; only with x read as x^{(i)} is it ℓ"),
    Claim(52, "ambiguous", diff(ell, th[J]), diff(ell_bare, th[J]),
          alt=(diff(ell, th[J]), diff(ell, th[J])), domain=BIN,
          note="right side differentiates terms in g(θᵀx) with the bare x; equal to ∂ℓ/∂θ_j only if x means x^{(i)}"),
    Claim(53, "ambiguous", diff(ell_bare, th[J]), line53_bare,
          alt=(diff(ell, th[J]), line53_idx), domain=BIN,
          note="d/dθ_j of ln g(θᵀx) brings x_j, not x_j^{(i)}; consistent only when the bare x is x^{(i)}"),
    Claim(54, "valid", line53_bare, line54_bare, domain=BIN),
    Claim(55, "ambiguous", line54_bare, line55, alt=(line54_idx, line55), domain=BIN,
          note="left side has g(θᵀx) with the bare x, right side h_θ(x^{(i)}); equal when x is read as x^{(i)}"),
    # continuation of the update display: the two right-hand sides are equal (g(θᵀx^{(i)}) = h_θ(x^{(i)}))
    Claim(65, "valid",
          th[J] + alpha * Add(*[(Y[i] - g(dot(th, X[i]))) * X[i][J] for i in range(M)]),
          th[J] + alpha * line55, domain=BIN),
    Claim(74, "invalid", hess_true, hess_note, domain=BIN,
          note="the Hessian of ℓ is −Σ x_j x_k g(1−g) (negative, no 1/m); 1/m Σ … is the Hessian of −ℓ/m"),
]
