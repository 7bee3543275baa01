from sympy import Symbol, Matrix, Rational, Add, Mul, exp, log, sqrt, pi, diff, solve

from labels import Claim

SOURCE = ("https://github.com/shehryar-malik/shehryar-malik.github.io/blob/"
          "b1dfad275e59dc9b53d6bcec4e19b3c1be49f21b/_posts/blog/machine-learning/cs229-notes/"
          "2018-08-20-linear-regression.md")
TITLE = "Linear Regression (CS229 notes: LMS gradient, normal equations, Gaussian likelihood)"
TOPIC = "linear"

# Parameters theta_0..theta_2 with intercept x_0 = 1; derivative index j = 1.
P = 3
th = [Symbol(f"theta{k}", real=True) for k in range(P)]
Th = Matrix(th)
t = Symbol("t", real=True)  # a vector v is checked through v_0 + v_1 t + v_2 t^2 + ... at random t


def vs(v):
    return Add(*[v[k] * t**k for k in range(len(v))])


def dot(a, b):
    return Add(*[ai * bi for ai, bi in zip(a, b)])


def grad(f):
    return vs([diff(f, v) for v in th])


# --- section 1: one training example; the sum over i = 0..n in the note needs samples 0..n,
# so three sample vectors are made and the example in question is sample 1.
S = [[1] + [Symbol(f"s{k}_{j}", real=True) for j in range(1, P)] for k in range(P)]
ys = Symbol("ys1", real=True)
h1 = th[0] + th[1] * S[1][1] + th[2] * S[1][2]  # theta_0 + theta_1 x_1 + theta_2 x_2
sum_literal = Add(*[dot(th, S[k]) for k in range(P)])  # sum_{i=0}^{n} theta^T x^{(i)}, i bound
J1 = Rational(1, 2) * (h1 - ys) ** 2
d_lit = (h1 - ys) * diff(sum_literal - ys, th[1])
d_int = (h1 - ys) * diff(dot(th, S[1]) - ys, th[1])

# --- section 2: m = 4 samples, design matrix with a column of ones
M = 4
Xr = [[1] + [Symbol(f"x{i}_{j}", real=True) for j in range(1, P)] for i in range(M)]
X = Matrix(Xr)
Y = Matrix([Symbol(f"y{i}", real=True) for i in range(M)])
hs = [th[0] + th[1] * Xr[i][1] + th[2] * Xr[i][2] for i in range(M)]
J = Rational(1, 2) * Add(*[(hs[i] - Y[i]) ** 2 for i in range(M)])
r = X * Th - Y
quad = Rational(1, 2) * (r.T * r)[0, 0]
expanded_note = Rational(1, 2) * ((Th.T * X.T * X * Th) - (Th.T * X.T * Y) - (Y.T * X * Th) - (Y.T * Y))[0, 0]
trace_note = Rational(1, 2) * ((Th.T * X.T * X * Th) - (Th.T * X.T * Y) - (Y.T * X * Th) - (Y.T * Y)).trace()
trace_two = Rational(1, 2) * ((Th.T * X.T * X * Th).trace() - 2 * (Y.T * X * Th).trace())
z = Matrix([Symbol(f"z{k}", real=True) for k in range(3)])
sol = solve([diff(J, v) for v in th], th, dict=True)[0]
theta_star = [sol[v] for v in th]
closed = (X.T * X).inv() * X.T * Y

# --- section 3: Gaussian likelihood, m = 3 samples
sig = Symbol("sigma", positive=True)
POS = {sig: (0.3, 2.0)}
Xp = [[1] + [Symbol(f"u{i}_{j}", real=True) for j in range(1, P)] for i in range(3)]
Yp = [Symbol(f"v{i}", real=True) for i in range(3)]


def dens(e):
    return 1 / sqrt(2 * pi * sig**2) * exp(-e**2 / (2 * sig**2))


res = [Yp[i] - dot(th, Xp[i]) for i in range(3)]
L = Mul(*[dens(res[i]) for i in range(3)])
CLAIMS = [
    Claim(10, "ambiguous", h1, sum_literal, alt=(h1, dot(th, S[1])),
          note="Σ_{i=0}^{n} θᵀx^{(i)} reuses the sample index; as a sum over i it is not h; meant Σ_j θ_j x_j^{(i)} = θᵀx^{(i)}"),
    Claim(28, "valid", diff(J1, th[1]), diff(Rational(1, 2) * (h1 - ys) ** 2, th[1])),
    Claim(29, "valid", diff(Rational(1, 2) * (h1 - ys) ** 2, th[1]), (h1 - ys) * diff(h1 - ys, th[1])),
    Claim(30, "ambiguous", (h1 - ys) * diff(h1 - ys, th[1]), d_lit, alt=((h1 - ys) * diff(h1 - ys, th[1]), d_int),
          note="h written as Σ_{i=0}^{n} θᵀx^{(i)} again: as a sum over samples its θ_j-derivative is Σ x_j^{(i)}"),
    Claim(31, "ambiguous", d_lit, (h1 - ys) * S[1][1], alt=(d_int, (h1 - ys) * S[1][1]),
          note="gives x_j^{(i)} only if the sum on the previous line is read as θᵀx^{(i)}"),
    Claim(64, "valid", hs[0], (Matrix(Xr[0]).T * Th)[0, 0]),
    Claim(66, "valid", vs(X * Th - Y), vs([hs[i] - Y[i] for i in range(M)])),
    Claim(68, "valid", (z.T * z)[0, 0], Add(*[z[k] ** 2 for k in range(3)])),
    Claim(70, "valid", quad, Rational(1, 2) * Add(*[(hs[i] - Y[i]) ** 2 for i in range(M)])),
    Claim(71, "valid", Rational(1, 2) * Add(*[(hs[i] - Y[i]) ** 2 for i in range(M)]), J),
    Claim(75, "valid", grad(J), grad(quad)),
    Claim(76, "valid", grad(quad), grad(expanded_note),
          note="the expansion writes −yᵀy for +yᵀy, but a constant does not change the gradient"),
    Claim(77, "valid", grad(expanded_note), grad(trace_note)),
    Claim(78, "valid", grad(trace_note), grad(trace_two)),
    Claim(79, "valid", grad(trace_two), vs(Rational(1, 2) * (X.T * X * Th + X.T * X * Th - 2 * X.T * Y))),
    Claim(80, "valid", vs(Rational(1, 2) * (X.T * X * Th + X.T * X * Th - 2 * X.T * Y)), vs(X.T * X * Th - X.T * Y)),
    # the minimiser (stationary point of the summed J) against the closed form
    Claim(88, "valid", vs(theta_star), vs(closed)),
    Claim(102, "valid", dens(res[0]),
          1 / sqrt(2 * pi * sig**2) * exp(-(Yp[0] - dot(th, Xp[0])) ** 2 / (2 * sig**2)), domain=POS),
    Claim(117, "valid", log(L), log(Mul(*[dens(res[i]) for i in range(3)])), domain=POS),
    Claim(118, "valid", log(Mul(*[dens(res[i]) for i in range(3)])),
          Add(*[log(dens(res[i])) for i in range(3)]), domain=POS),
    Claim(119, "valid", Add(*[log(dens(res[i])) for i in range(3)]),
          3 * log(1 / sqrt(2 * pi * sig**2)) - Add(*[res[i] ** 2 / (2 * sig**2) for i in range(3)]), domain=POS),
]
