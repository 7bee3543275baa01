from sympy import Matrix, Symbol, binomial, diff, exp, factorial, zeros

from labels import Claim

SOURCE = ("https://github.com/joepatmckenna/joepatmckenna.github.io/blob/"
          "8c667db65711c7c3a9f323b6bebfbfcd9309220e/_posts/2018-01-20-sigmoid-derivs.md")
TITLE = "derivatives of the sigmoid function"
TOPIC = "activations"

x = Symbol("x", real=True)
f = 1 / (1 + exp(-x))
fp = diff(f, x)

# --- the n-th derivative formula, checked at n = 4
N4 = 4
top_formula = sum((-1)**j * (j + 1)**N4 * binomial(kk, j) * f**(kk + 1)
                  for kk in range(N4 + 1) for j in range(kk + 1))
shifted_formula = sum((-1)**j * (j + 1)**N4 * binomial(kk - 1, j) * f**kk
                      for kk in range(1, N4 + 2) for j in range(kk))

# --- power rule for f^k, k an integer index
k = Symbol("k", integer=True, positive=True)
K_DOMAIN = {k: (1, 2, 3, 4, 5)}

# --- vectors at a concrete size: n = 3 (vectors of length 4); a vector identity u = v is
# checked as w.u = w.v with one free weight per entry
N = 3
w = [Symbol(f"w{i}", real=True) for i in range(N + 2)]


def dot(vec):
    return sum(w[i] * vec[i] for i in range(len(vec)))


def D(n):
    """the (n+1) x (n+1) differentiation matrix: i on the diagonal, -i below it (1-based i)."""
    M = zeros(n + 1, n + 1)
    for i in range(n + 1):
        M[i, i] = i + 1
        if i + 1 <= n:
            M[i + 1, i] = -(i + 1)
    return M


def v(n, j):
    return Matrix([binomial(i, j) for i in range(n + 1)])


e1 = Matrix([1] + [0] * N)
alt_sum = sum((v(N, j) * (-1)**j for j in range(N + 1)), zeros(N + 1, 1))
Dn = D(N)
lhs61 = Dn**N * alt_sum
rhs61 = sum(((-1)**j * Dn**N * v(N, j) for j in range(N + 1)), zeros(N + 1, 1))
rhs62 = sum(((-1)**j * (j + 1)**N * v(N, j) for j in range(N + 1)), zeros(N + 1, 1))

# --- induction step at k = 3, j an index in 0..3
KK = 3
jj = Symbol("j", integer=True, nonnegative=True)
J_DOMAIN = {jj: (0, 1, 2, 3)}
Dk = D(KK)
Dk1 = D(KK - 1)
block = Matrix.vstack(
    Matrix.hstack(Dk1, zeros(KK, 1)),
    Matrix.hstack(Matrix([[0] * (KK - 1) + [-KK]]), Matrix([[KK + 1]])),
)
vk = v(KK, jj)
stacked = Matrix.vstack(v(KK - 1, jj), Matrix([[binomial(KK, jj)]]))
rhs86 = Matrix.vstack(Dk1 * v(KK - 1, jj),
                      Matrix([[-KK * binomial(KK - 1, jj) + (KK + 1) * binomial(KK, jj)]]))

# --- binomial rearrangement: integers k in 3..6, j in 0..2 (so j <= k - 1)
kb = Symbol("k", integer=True, positive=True)
jb = Symbol("j", integer=True, nonnegative=True)
B_DOMAIN = {kb: (3, 4, 5, 6), jb: (0, 1, 2)}

CLAIMS = [
    Claim(18, "valid", diff(f, x, N4), top_formula),
    Claim(24, "valid", f, (1 + exp(-x))**-1),
    Claim(24, "valid", fp, (1 + exp(-x))**-2 * exp(-x), k=2),
    Claim(24, "valid", 1 - f, exp(-x) / (1 + exp(-x)), k=3),
    Claim(24, "valid", fp, 1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x))), k=4),
    Claim(24, "valid", 1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x))), f * (1 - f), k=5),
    Claim(26, "valid", diff(f**k, x), k * f**(k - 1) * fp, domain=K_DOMAIN),
    Claim(26, "valid", k * f**(k - 1) * fp, k * f**k - k * f**(k + 1), k=2, domain=K_DOMAIN),
    Claim(44, "valid", dot(e1), dot(alt_sum)),
    Claim(61, "valid", dot(lhs61), dot(rhs61)),
    Claim(62, "valid", dot(rhs61), dot(rhs62)),
    Claim(69, "valid", diff(f, x, N4), shifted_formula),
    Claim(84, "valid", dot(Dk * vk), dot(block * stacked), domain=J_DOMAIN),
    Claim(86, "valid", dot(block * stacked), dot(rhs86), domain=J_DOMAIN),
    Claim(92, "valid", -kb * binomial(kb - 1, jb),
          -(kb * factorial(kb - 1)) / (factorial(jb) * factorial(kb - jb - 1)), domain=B_DOMAIN),
    Claim(93, "valid", -(kb * factorial(kb - 1)) / (factorial(jb) * factorial(kb - jb - 1)),
          -(kb - jb) * (factorial(kb) / (factorial(jb) * factorial(kb - jb))), domain=B_DOMAIN),
    Claim(94, "valid", -(kb - jb) * (factorial(kb) / (factorial(jb) * factorial(kb - jb))),
          (jb - kb) * binomial(kb, jb), domain=B_DOMAIN),
    Claim(97, "valid", dot(Dk * vk), dot((jj + 1) * vk), domain=J_DOMAIN),
]
