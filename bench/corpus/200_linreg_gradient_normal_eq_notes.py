from sympy import Symbol, Matrix, diff, Rational

from labels import Claim

SOURCE = ("https://github.com/sonfl/CS/blob/ba0e65d743ef56ed55c9c202784cd0889ad92ffa/"
          "machine-learning/mlnotes2.md")
TITLE = "Lecture 2 notes: linear regression gradient and normal equation"
TOPIC = "linear"

half = Rational(1, 2)
# two parameters / features (theta_0, theta_1), m = 3 samples
t0, t1 = Symbol("theta0", real=True), Symbol("theta1", real=True)
theta = Matrix([t0, t1])
xs = [[Symbol(f"x{i}{j}", real=True) for j in range(2)] for i in range(3)]
ys = [Symbol(f"y{i}", real=True) for i in range(3)]
X = Matrix(xs)
Y = Matrix(ys)
c = Matrix([Symbol(f"c{i}", real=True) for i in range(3)])   # random weights to compare vectors
d = Matrix([Symbol(f"d{j}", real=True) for j in range(2)])


def h(i):
    return t0 * xs[i][0] + t1 * xs[i][1]


# single training example (x0, x1, y), derivative w.r.t. theta_1 (i = 1)
x0, x1, y = Symbol("x0", real=True), Symbol("x1", real=True), Symbol("y", real=True)
hs = t0 * x0 + t1 * x1
Jone = half * (hs - y) ** 2

J = half * sum((h(i) - ys[i]) ** 2 for i in range(3))
grad = Matrix([diff(J, t0), diff(J, t1)])

# one feature per sample for the literal reading of the typo on line 40
u = [Symbol(f"u{i}", real=True) for i in range(3)]
th = Symbol("theta", real=True)
lhs40 = half * sum((th * u[i] - ys[i]) ** 2 for i in range(3))
mid40 = half * sum((u[i] - ys[i]) ** 2 for i in range(3))

z = [Symbol(f"z{i}", real=True) for i in range(3)]
zv = Matrix(z)

CLAIMS = [
    Claim(11, "valid", t0 * x0 + t1 * x1, (theta.T * Matrix([x0, x1]))[0]),
    Claim(23, "ambiguous", 0, diff(Jone, t1),
          alt=(diff(Jone, t1), diff(half * (hs - y) ** 2, t1)),
          note="J is defined with min over theta (a constant, derivative 0); holds reading J as the "
               "unminimised cost 1/2(h-y)^2"),
    Claim(25, "valid", diff(half * (hs - y) ** 2, t1), 2 * half * (hs - y) * diff(hs - y, t1)),
    Claim(27, "valid", 2 * half * (hs - y) * diff(hs - y, t1),
          (hs - y) * diff(t0 * x0 + t1 * x1 - y, t1)),
    Claim(27, "valid", (hs - y) * diff(t0 * x0 + t1 * x1 - y, t1), (hs - y) * x1, k=2),
    Claim(34, "valid", (c.T * X * theta)[0],
          sum(c[i] * (Matrix([xs[i]]) * theta)[0] for i in range(3))),
    Claim(34, "valid", sum(c[i] * (Matrix([xs[i]]) * theta)[0] for i in range(3)),
          sum(c[i] * h(i) for i in range(3)), k=2),
    Claim(36, "valid", (c.T * (X * theta - Y))[0], sum(c[i] * (h(i) - ys[i]) for i in range(3))),
    Claim(38, "valid", (zv.T * zv)[0], sum(zi ** 2 for zi in z)),
    Claim(40, "invalid", lhs40, mid40,
          note="theta dropped: the summand should be (theta^T x^(i) - y^(i))^2, not (x^(i) - y^(i))^2"),
    Claim(40, "invalid", mid40, lhs40, k=2,
          note="1/2 sum (x^(i) - y^(i))^2 is not J(Theta) = 1/2 sum (theta^T x^(i) - y^(i))^2"),
    Claim(44, "valid", (d.T * grad)[0], (d.T * (X.T * X * theta - X.T * Y))[0]),
]
