from sympy import Symbol, exp, log, diff, Rational, Integer

from labels import Claim

SOURCE = ("https://github.com/ivanleomk/ivanleo.com/blob/"
          "0fad7e227055229ac53f0e726efb9aae44972411/posts/softmax-cross-entropy.mdx")
TITLE = "Deriving the Derivative for a softmax cross entropy"
TOPIC = "softmax"

R = lambda name: Symbol(name, real=True)

# ---- chain-rule warm-up: z = 2x + y, x = a - 3b, a = 10, b = 1, y = 3
a, b, x, y = R("a"), R("b"), R("x"), R("y")
xa = a - 3 * b
zx = 2 * x + y
t = R("t")
u_t = t**3 + 2 * t          # a concrete inner function u(x) for the general chain rule
y_u = lambda u: log(1 + u**2)  # a concrete outer function y(u)
uu = R("u")

# ---- softmax with n = 2, i.e. inputs x_0, x_1, x_2 (sums k = 0..n)
N = 3
xs = [R(f"x{k}") for k in range(N)]
E = [exp(v) for v in xs]
SUM = sum(E)
S = [e / SUM for e in E]
c = [[R(f"c{i}{j}") for j in range(N)] for i in range(N)]
s = R("s")

# general case uses i = 0, j = 1 (Case 1: i != j); Case 2 uses i = j = 0
i, j = 0, 1
u = E[i]
v = E[j] + sum(E[k] for k in range(N) if k != j)
v_i = E[0] + sum(E[k] for k in range(N) if k != 0)

# cross entropy with one-hot t, correct class i; L = -log S_i
tt = [0, 0, 1]
Lsum = -sum(tt[k] * log(S[k]) for k in range(N))
L0 = -log(S[0])  # correct class i = 0 for the "bringing together" part

CLAIMS = [
    # dy/dx = dy/du * du/dx (general chain rule, checked on concrete u(x), y(u))
    Claim(23, "valid", diff(y_u(u_t), t), diff(y_u(uu), uu).subs(uu, u_t) * diff(u_t, t)),
    # x = 10 - 3*1 = 7
    Claim(32, "valid", xa, Integer(10) - 3 * 1, domain={a: (10,), b: (1,)}),
    Claim(32, "valid", Integer(10) - 3 * 1, Integer(7), k=2),
    # z = 2*(7) + 3 = 17
    Claim(33, "valid", zx, 2 * Integer(7) + 3, domain={x: (7,), y: (3,)}),
    Claim(33, "valid", 2 * Integer(7) + 3, Integer(17), k=2),
    # "Above we had x = 7"
    Claim(37, "valid", xa, Integer(7), domain={a: (10,), b: (1,)}),
    # for x = 6: z = 15; for x = 7: z = 17 (y = 3)
    Claim(39, "valid", zx, Integer(15), domain={x: (6,), y: (3,)}),
    Claim(39, "valid", zx, Integer(17), k=2, domain={x: (7,), y: (3,)}),
    # dz/dx = 2, dx/db = -3
    Claim(41, "valid", diff(zx, x), Integer(2)),
    Claim(45, "valid", diff(xa, b), Integer(-3)),
    # dz/db = dz/dx * dx/db = 2*(-3) = -6
    Claim(49, "valid", diff(zx.subs(x, xa), b), diff(zx, x) * diff(xa, b)),
    Claim(49, "valid", diff(zx, x) * diff(xa, b), 2 * Integer(-3), k=2),
    Claim(49, "valid", 2 * Integer(-3), Integer(-6), k=3),
    # 3/(3+3+4) = 3/10  (the first `=` defines P(Get A Toy))
    Claim(65, "valid", Rational(3, 3 + 3 + 4), Rational(3, 10)),
    # dS_i/dx_j = d/dx_j [ e^{x_i} / sum ]
    Claim(83, "valid", diff(S[i], xs[j]), diff(E[i] / SUM, xs[j])),
    # S(x_i) = u / v
    Claim(87, "valid", S[i], u / v),
    # quotient rule
    Claim(91, "valid", diff(S[i], xs[j]), (v * diff(u, xs[j]) - u * diff(v, xs[j])) / v**2),
    # written out
    Claim(95, "valid", diff(S[i], xs[j]),
          ((E[j] + sum(E[k] for k in range(N) if k != j)) * diff(E[i], xs[j])
           - E[i] * diff(E[j] + sum(E[k] for k in range(N) if k != j), xs[j]))
          / (E[j] + sum(E[k] for k in range(N) if k != j))**2),
    # y = e^x  =>  dy/dx = e^x
    Claim(100, "valid", diff(exp(x), x), exp(x)),
    # y = e^{x_i}  =>  dy/dx_j = 0 : only when i != j, which the bullet leaves implicit
    Claim(101, "ambiguous", diff(E[0], xs[0]), Integer(0),
          alt=(diff(E[0], xs[1]), Integer(0)),
          note="stated for any i, j before the case split; for i = j the derivative is e^{x_i}, "
               "it is 0 only under the implicit i != j"),
    # Case 1, i != j
    Claim(109, "valid", diff(S[i], xs[j]),
          ((E[j] + sum(E[k] for k in range(N) if k != j)) * 0 - E[i] * E[j]) / SUM**2),
    Claim(109, "valid", ((E[j] + sum(E[k] for k in range(N) if k != j)) * 0 - E[i] * E[j]) / SUM**2,
          -E[i] * E[j] / SUM**2, k=2),
    # y = e^{x_j} => dy/dx_j = e^{x_j}
    Claim(111, "valid", diff(E[j], xs[j]), E[j]),
    Claim(113, "valid", diff(S[i], xs[j]), -(E[i] / SUM) * (E[j] / SUM)),
    Claim(113, "valid", -(E[i] / SUM) * (E[j] / SUM), -S[i] * S[j], k=2),
    # Case 2, i = j (= 0)
    Claim(119, "valid", diff(S[0], xs[0]),
          (v_i * diff(E[0], xs[0]) - E[0] * diff(E[0] + sum(E[k] for k in range(N) if k != 0), xs[0]))
          / v_i**2),
    Claim(123, "valid", diff(S[0], xs[0]),
          ((E[0] + sum(E[k] for k in range(N) if k != 0)) * E[0] - E[0] * E[0]) / SUM**2),
    Claim(123, "valid", ((E[0] + sum(E[k] for k in range(N) if k != 0)) * E[0] - E[0] * E[0]) / SUM**2,
          E[0] * sum(E[k] for k in range(N) if k != 0) / SUM**2, k=2),
    Claim(123, "valid", E[0] * sum(E[k] for k in range(N) if k != 0) / SUM**2,
          E[0] * (SUM - E[0]) / SUM**2, k=3),
    Claim(123, "valid", E[0] * (SUM - E[0]) / SUM**2, S[0] * (1 - S[0]), k=4),
    # both cases (all i, j at once)
    Claim(127, "valid",
          sum(c[p][q] * diff(S[p], xs[q]) for p in range(N) for q in range(N)),
          sum(c[p][q] * (S[p] * (1 - S[p]) if p == q else -S[p] * S[q])
              for p in range(N) for q in range(N))),
    # one-hot t (correct class last): the sum written out
    Claim(157, "valid", Lsum, -(0 * log(S[0]) + 0 * log(S[1]) + 1 * log(S[2]))),
    Claim(161, "valid", Lsum, -log(S[2])),
    # dL/dS(x_i) = -1/S(x_i)
    Claim(165, "valid", diff(-log(s), s), -1 / s, domain={s: (0.05, 1)}),
    Claim(171, "valid", diff(-log(s), s), -1 / s, domain={s: (0.05, 1)}),
    Claim(175, "valid",
          sum(c[p][q] * diff(S[p], xs[q]) for p in range(N) for q in range(N)),
          sum(c[p][q] * (S[p] * (1 - S[p]) if p == q else -S[p] * S[q])
              for p in range(N) for q in range(N))),
    # Case 1: correct class i = 0, input j = 1
    Claim(184, "valid", diff(L0, xs[1]), (-1 / S[0]) * diff(S[0], xs[1])),
    Claim(184, "valid", (-1 / S[0]) * diff(S[0], xs[1]), -1 / S[0] * (-S[0] * S[1]), k=2),
    Claim(184, "valid", -1 / S[0] * (-S[0] * S[1]), S[1], k=3),
    # Case 2: j = i = 0
    Claim(188, "valid", diff(L0, xs[0]), (-1 / S[0]) * diff(S[0], xs[0])),
    Claim(188, "valid", (-1 / S[0]) * diff(S[0], xs[0]), -1 / S[0] * (S[0] * (1 - S[0])), k=2),
    Claim(188, "valid", -1 / S[0] * (S[0] * (1 - S[0])), S[0] - 1, k=3),
    # both cases, for every correct class i and input j
    Claim(192, "valid",
          sum(c[p][q] * diff(-log(S[p]), xs[q]) for p in range(N) for q in range(N)),
          sum(c[p][q] * (S[p] - 1 if p == q else S[q]) for p in range(N) for q in range(N))),
]
