from sympy import Symbol, exp, log, diff, Integer

from labels import Claim

SOURCE = "https://github.com/xuhui1990/zlatankr.github.io/blob/c07c1c4b4be9ab8e7a2c7ad3a387d4d4d448f598/_posts/2017-03-06-mle-gradient-descent.md"
TITLE = "Maximum likelihood and gradient descent demonstration (Zlatan Kremonic)"
TOPIC = "logistic"

# Concrete size: N = 3 samples, features x_{n0} (bias, = 1), x_{n1}, x_{n2}; the claim about
# w_i is checked at i = 1.
N, D = 3, 3
w = [Symbol(f"w{k}", real=True) for k in range(D)]
x = [[Symbol(f"x{n}{k}", real=True) for k in range(D)] for n in range(1, N + 1)]
t = [Symbol(f"t{n}", real=True) for n in range(1, N + 1)]
bias_one = {x[n][0]: (1,) for n in range(N)}  # "our x becomes 1" for the bias column
labels01 = {tn: (0, 1) for tn in t}
dom = {**bias_one, **labels01}


def sig(z):
    return 1 / (1 + exp(-z))


a = [sum(w[k] * x[n][k] for k in range(D)) for n in range(N)]
y = [sig(a[n]) for n in range(N)]

# J = -sum_n [t_n log y_n + (1 - t_n) log(1 - y_n)]  (bracketed reading of the definition)
J = -sum(t[n] * log(y[n]) + (1 - t[n]) * log(1 - y[n]) for n in range(N))

# J as a function of free y-symbols, to take dJ/dy_n independently
Y = [Symbol(f"y{n}", positive=True) for n in range(1, N + 1)]
Jy = -sum(t[n] * log(Y[n]) + (1 - t[n]) * log(1 - Y[n]) for n in range(N))
dJdy = [diff(Jy, Y[n]).xreplace({Y[n]: y[n]}) for n in range(N)]

# single-sample symbols for the one-sample claims
yn = Symbol("y_n", real=True)
tn = Symbol("t_n", real=True)
an = Symbol("a_n", real=True)
one_sample = {yn: (0.05, 0.95), tn: (0, 1)}

i = 1  # the weight w_i checked

# literal reading of Sigma without brackets: the sum covers only the first term, the second
# term (after the minus) stands outside with its n left free; read at n = 1
lit_10 = (-sum(t[n] / y[n] * y[n] * (1 - y[n]) * x[n][i] for n in range(N))
          - (1 - t[0]) / (1 - y[0]) * y[0] * (1 - y[0]) * x[0][i])
brk_10 = -sum(t[n] / y[n] * y[n] * (1 - y[n]) * x[n][i]
              - (1 - t[n]) / (1 - y[n]) * y[n] * (1 - y[n]) * x[n][i] for n in range(N))
lit_11 = (-sum(t[n] * (1 - y[n]) * x[n][i] for n in range(N))
          - (1 - t[0]) * y[0] * x[0][i])
brk_11 = -sum(t[n] * (1 - y[n]) * x[n][i] - (1 - t[n]) * y[n] * x[n][i] for n in range(N))
brk_12 = -sum((t[n] - t[n] * y[n] - y[n] + t[n] * y[n]) * x[n][i] for n in range(N))

grad_i = sum((y[n] - t[n]) * x[n][i] for n in range(N))

# a vector equality u = v is checked as sum_k c_k u_k = sum_k c_k v_k for free c_k
c = [Symbol(f"c{k}", real=True) for k in range(D)]
grad_vec = sum(c[k] * diff(J, w[k]) for k in range(D))
sum_vec = sum(c[k] * sum((y[n] - t[n]) * x[n][k] for n in range(N)) for k in range(D))
xty = sum(c[k] * sum(x[n][k] * (y[n] - t[n]) for n in range(N)) for k in range(D))  # X^T(Y-T)

# a_n expanded, at n = 1 with the feature index running to N = 3
W4 = [Symbol(f"W{k}", real=True) for k in range(4)]
X4 = [[Symbol(f"X{n}{k}", real=True) for k in range(4)] for n in range(1, 4)]
av = [Symbol(f"av{n}", real=True) for n in range(1, 4)]
bv = [Symbol(f"bv{n}", real=True) for n in range(1, 4)]

CLAIMS = [
    Claim(55, "valid", diff(J, w[i]),
          sum(dJdy[n] * y[n] * (1 - y[n]) * x[n][i] for n in range(N)), domain=dom,
          note="chain rule; left side typeset \\frac{J}{\\partial w_i} (missing ∂), read as ∂J/∂w_i"),
    Claim(61, "invalid", diff(-(tn * log(yn) + (1 - tn) * log(1 - yn)), yn),
          tn * (1 / yn) + (1 - tn) * (1 / (1 - yn)) * (-1), domain=one_sample,
          note="J carries a minus sign, so ∂J/∂y_n = -t_n/y_n + (1-t_n)/(1-y_n); the sign is dropped"),
    Claim(61, "valid", tn * (1 / yn) + (1 - tn) * (1 / (1 - yn)) * (-1),
          tn / yn - (1 - tn) / (1 - yn), k=2, domain=one_sample),
    Claim(71, "valid", diff(sig(an), an), -1 / (1 + exp(-an))**2 * exp(-an) * (-1)),
    Claim(71, "ambiguous", -1 / (1 + exp(-an))**2 * exp(-an) * (-1),
          exp(-an) / (1 + exp(-1) * an)**2, k=2,
          alt=(-1 / (1 + exp(-an))**2 * exp(-an) * (-1), exp(-an) / (1 + exp(-an))**2),
          note="denominator typeset e^-a_n, i.e. e^{-} a_n (read literally as e^{-1}a_n); holds when read as e^{-a_n}"),
    Claim(71, "ambiguous", exp(-an) / (1 + exp(-1) * an)**2,
          1 / (1 + exp(-an)) * exp(-an) / (1 + exp(-an)), k=3,
          alt=(exp(-an) / (1 + exp(-an))**2, 1 / (1 + exp(-an)) * exp(-an) / (1 + exp(-an))),
          note="left side has the e^-a_n typesetting slip (e^{-} a_n); holds when read as e^{-a_n}"),
    Claim(75, "valid", diff(sig(an), an), sig(an) * (1 - sig(an))),
    Claim(85, "invalid", sum(W4[k] * X4[0][k] for k in range(4)),
          W4[0] * X4[0][0] + W4[1] * X4[0][1] + W4[2] * X4[0][2] + W4[3] * X4[2][3],
          note="last term x_{NN} takes sample N's feature, not sample n's (x_{nN}); checked at n = 1, N = 3"),
    Claim(89, "valid", diff(a[0], w[i]), x[0][i], domain=dom),
    Claim(95, "ambiguous", diff(J, w[i]), lit_10, domain=dom, alt=(diff(J, w[i]), brk_10),
          note="Σ has no brackets: as written it covers only the first term; holds with Σ over both terms"),
    Claim(99, "valid", brk_10, brk_11, domain=dom),
    Claim(103, "ambiguous", lit_11, brk_12, domain=dom, alt=(brk_11, brk_12),
          note="previous line's Σ covers only its first term as written; the bracketed line sums both"),
    Claim(107, "valid", diff(J, w[i]), grad_i, domain=dom),
    Claim(107, "ambiguous", grad_i, grad_vec, k=2, domain=dom,
          alt=(grad_i, diff(J, w[i])),
          note="a component (scalar) is equated with the whole gradient vector; holds read as its i-th component"),
    Claim(107, "valid", grad_vec, sum_vec, k=3, domain=dom,
          note="vector equality checked through a random linear combination of components"),
    Claim(113, "valid", sum(av[n] * bv[n] for n in range(3)),
          av[0] * bv[0] + av[1] * bv[1] + av[2] * bv[2]),
    Claim(119, "valid", grad_vec, xty, domain=dom,
          note="vector equality checked through a random linear combination of components"),
    Claim(125, "valid", diff(J, w[0]), sum((y[n] - t[n]) * x[n][0] for n in range(N)), domain=dom),
    Claim(125, "valid", sum((y[n] - t[n]) * x[n][0] for n in range(N)),
          sum(y[n] - t[n] for n in range(N)), k=2, domain=dom,
          note="holds because the bias input x_{n0} is 1, as the text says"),
]
