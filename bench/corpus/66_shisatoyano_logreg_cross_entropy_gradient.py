from sympy import Integer, Rational, Symbol, diff, exp, log, solve

from labels import Claim

SOURCE = "https://github.com/ShisatoYano/SupervisedClassificationSample/blob/5dd842e8eb0fba4d0c694d6ba4de01148c9bbdb5/NumericalExpression.md"
TITLE = "Toy Bernoulli likelihood, then logistic regression: cross-entropy error and its gradient in w_0, w_1 (1-D and 2-D input)"
TOPIC = "logistic"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})

# the toy model P(t=1|x) = w, targets 0, 0, 0, 1
w = Symbol("w", real=True)
dw = {w: (0.05, 0.95)}
P_toy = (1 - w)**3 * w
logP_toy = 3 * log(1 - w) + log(w)
w_star = solve(3 * (-1 / (1 - w)) + 1 / w, w)[0]       # the stationary point, 1/4

# one-dimensional logistic model, N = 3 samples
w0, w1 = Symbol("w0", real=True), Symbol("w1", real=True)
x = Symbol("x", real=True)
N = 3
X = [Symbol(f"x{n}", real=True) for n in range(N)]
T = [Symbol(f"t{n}", real=True) for n in range(N)]
dT = {t: Y01 for t in T}
A = [w0 * X[n] + w1 for n in range(N)]
Yn = [sig(a) for a in A]


def En(t, yv):  # per-example error: -(t log y + (1-t) log(1-y))
    return -(t * log(yv) + (1 - t) * log(1 - yv))


E = Rational(1, N) * sum(En(T[n], Yn[n]) for n in range(N))
pyx = [T[n] * Yn[n] + (1 - T[n]) * (1 - Yn[n]) for n in range(N)]        # P(t_n|x_n) from P(t=1|x) = y
bern = [Yn[n]**T[n] * (1 - Yn[n])**(1 - T[n]) for n in range(N)]
logP = log(bern[0] * bern[1] * bern[2])
S = sum(T[n] * log(Yn[n]) + (1 - T[n]) * log(1 - Yn[n]) for n in range(N))

# one example, symbols for the single-example lines
t, xn = Symbol("t", real=True), Symbol("xn", real=True)
an = w0 * xn + w1
yn = sig(an)
p = Symbol("p", real=True)          # y_n as a variable of its own (line 92)
a = Symbol("a", real=True)
dp = {p: (0.05, 0.95)}
dt = {t: Y01}
y = Symbol("y", real=True)
dy = {y: (0.05, 0.95), t: Y01}

# two-dimensional input: a = w0 x_{n0} + w1 x_{n1} + w2
w2 = Symbol("w2", real=True)
X0 = [Symbol(f"x{n}0", real=True) for n in range(N)]
X1 = [Symbol(f"x{n}1", real=True) for n in range(N)]
Y2 = [sig(w0 * X0[n] + w1 * X1[n] + w2) for n in range(N)]
E2 = Rational(1, N) * sum(En(T[n], Y2[n]) for n in range(N))

CLAIMS = [
    Claim(36, "invalid", P_toy, (1 - w**3) * w, domain=dw,
          note="three failures and one success with P(t=1|x) = w give (1-w)^3 w; (1-w^3) w cubes w instead of (1-w)"),
    Claim(41, "valid", log(P_toy), log((1 - w)**3 * w), domain=dw,
          note="P is the likelihood (1-w)^3 w of the observed targets (not the (1-w^3)w miswritten on line 36)"),
    Claim(41, "valid", log((1 - w)**3 * w), logP_toy, k=2, domain=dw),
    Claim(44, "valid", diff(log(P_toy), w), diff(logP_toy, w), domain=dw),
    Claim(44, "valid", diff(logP_toy, w).subs(w, Rational(1, 4)), Integer(0), k=2,
          note="the stationarity condition, which holds at the maximiser w = 1/4"),
    Claim(47, "valid", (3 * (-1 / (1 - w)) + 1 / w).subs(w, Rational(1, 4)), Integer(0),
          note="an equation in w, true at its solution w = 1/4"),
    Claim(50, "valid", w_star, Rational(1, 4), note="the solution of line 47"),
    Claim(58, "valid", sig(w0 * x + w1), 1 / (1 + exp(-(w0 * x + w1))),
          note="the first '=' redefines y as the logistic output (line 55 was the linear score)"),
    Claim(61, "valid", sig(w0 * x + w1), sig(w0 * x + w1),
          note="restates line 58; the second '=' (y is P(t=1|x)) is the model assumption and is not labelled"),
    Claim(64, "valid", t * y + (1 - t) * (1 - y), y**t * (1 - y)**(1 - t), domain=dy,
          note="P(t=1|x) = y and P(t=0|x) = 1 - y, for t in {0, 1}"),
    Claim(67, "valid", pyx[0] * pyx[1] * pyx[2], pyx[0] * pyx[1] * pyx[2], domain=dT,
          note="independent samples: the joint probability is the product"),
    Claim(67, "valid", pyx[0] * pyx[1] * pyx[2], bern[0] * bern[1] * bern[2], k=2, domain=dT),
    Claim(70, "valid", logP, S, domain=dT),
    Claim(75, "valid", -Rational(1, N) * logP, -Rational(1, N) * S, domain=dT,
          note="the first '=' defines E(W)"),
    Claim(80, "valid", diff(E, w0), Rational(1, N) * diff(sum(En(T[n], Yn[n]) for n in range(N)), w0), domain=dT,
          note="E_n, never written out, is read as -(t_n log y_n + (1-t_n) log(1-y_n)), so E = (1/N) sum E_n"),
    Claim(80, "valid", Rational(1, N) * diff(sum(En(T[n], Yn[n]) for n in range(N)), w0),
          Rational(1, N) * sum(diff(En(T[n], Yn[n]), w0) for n in range(N)), k=2, domain=dT),
    Claim(83, "valid", sig(a), 1 / (1 + exp(-a)), note="the first '=' defines y_n"),
    Claim(89, "valid", diff(En(t, yn), w0),
          diff(En(t, p), p).subs(p, yn) * diff(sig(a), a).subs(a, an) * diff(an, w0), domain=dt),
    Claim(92, "valid", diff(En(t, p), p), -t * diff(log(p), p) - (1 - t) * diff(log(1 - p), p), domain=dp),
    Claim(92, "valid", -t * diff(log(p), p) - (1 - t) * diff(log(1 - p), p), -t / p + (1 - t) / (1 - p),
          k=2, domain=dp),
    Claim(95, "valid", diff(sig(a), a), diff(sig(a), a), note="y_n = sigma(a_n)"),
    Claim(95, "valid", diff(sig(a), a), sig(a) * (1 - sig(a)), k=2),
    Claim(95, "valid", sig(a) * (1 - sig(a)), sig(a) * (1 - sig(a)), k=3, note="y_n = sigma(a_n)"),
    Claim(98, "valid", diff(an, w0), diff(w0 * xn + w1, w0)),
    Claim(98, "valid", diff(w0 * xn + w1, w0), xn, k=2),
    Claim(101, "valid", diff(En(t, yn), w0), (-t / yn + (1 - t) / (1 - yn)) * yn * (1 - yn) * xn, domain=dt),
    Claim(101, "valid", (-t / yn + (1 - t) / (1 - yn)) * yn * (1 - yn) * xn, (yn - t) * xn, k=2, domain=dt),
    Claim(104, "valid", diff(E, w0), Rational(1, N) * sum((Yn[n] - T[n]) * X[n] for n in range(N)), domain=dT),
    Claim(107, "valid", diff(E, w1), Rational(1, N) * sum(Yn[n] - T[n] for n in range(N)), domain=dT),
    Claim(115, "valid", diff(E2, w0), Rational(1, N) * sum((Y2[n] - T[n]) * X0[n] for n in range(N)), domain=dT),
    Claim(118, "valid", diff(E2, w1), Rational(1, N) * sum((Y2[n] - T[n]) * X1[n] for n in range(N)), domain=dT),
    Claim(121, "valid", diff(E2, w2), Rational(1, N) * sum(Y2[n] - T[n] for n in range(N)), domain=dT),
]
