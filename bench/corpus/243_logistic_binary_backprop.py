from sympy import Symbol, symbols, exp, log, diff, Integer, Rational

from labels import Claim

SOURCE = ("https://github.com/microsoft/ai-edu/blob/0dea5b3c30cae890d4370139f09c9e84883709b8/"
          "B-%E6%95%99%E5%AD%A6%E6%A1%88%E4%BE%8B%E4%B8%8E%E5%AE%9E%E8%B7%B5/"
          "B6-%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%E5%9F%BA%E6%9C%AC%E5%8E%9F%E7%90%86"
          "%E7%AE%80%E6%98%8E%E6%95%99%E7%A8%8B/"
          "07.1-%E7%BA%BF%E6%80%A7%E4%BA%8C%E5%88%86%E7%B1%BB%E5%8E%9F%E7%90%86.md")
TITLE = "Principle of linear binary classification: logistic loss gradient and log odds (Microsoft ai-edu)"
TOPIC = "logistic"

M = 3  # samples; the document's single sample "i" is taken to be sample 1


def sig(t):
    return 1 / (1 + exp(-t))


w, b, x = symbols("w b x", real=True)
zsym = Symbol("z", real=True)
xs = symbols("x1:4", real=True)
ys = symbols("y1:4", real=True)
As = symbols("a1:4", positive=True)
Zs = symbols("z1:4", real=True)
m = Integer(M)

dom = {y: (0, 1) for y in ys}
dom.update({a: (0.05, 0.95) for a in As})

# loss as a function of the a_i (eq. 3, read with the bracket over both terms)
J_a = -1 / m * sum(y * log(a) + (1 - y) * log(1 - a) for y, a in zip(ys, As))
dJda = [diff(J_a, a) for a in As]                       # true per-sample derivatives
sum4a = -1 / m * sum(y / a - (1 - y) / (1 - a) for y, a in zip(ys, As))
sum4b = -1 / m * sum((y - a) / (a * (1 - a)) for y, a in zip(ys, As))

# chain rule pieces, in terms of the a_i
per_sample_za = dJda[0] * As[0] * (1 - As[0])           # dJ/da_1 * da_1/dz_1
sum6a = -1 / m * sum((y - a) / (a * (1 - a)) * a * (1 - a) for y, a in zip(ys, As))
sum6b = -1 / m * sum(y - a for y, a in zip(ys, As))
sum6c = 1 / m * sum(a - y for y, a in zip(ys, As))
sum_za = sum(d * a * (1 - a) for d, a in zip(dJda, As))

# loss as a function of the z_i (for the chain-rule check)
J_z = -1 / m * sum(y * log(sig(t)) + (1 - y) * log(1 - sig(t)) for y, t in zip(ys, Zs))
dJda1_at_z = (-1 / m * (ys[0] / As[0] - (1 - ys[0]) / (1 - As[0]))).subs(As[0], sig(Zs[0]))

# loss as a function of w, b (z_i = w x_i + b)
zz = [w * xi + b for xi in xs]
J_wb = -1 / m * sum(y * log(sig(t)) + (1 - y) * log(1 - sig(t)) for y, t in zip(ys, zz))
dJdz = [1 / m * (sig(t) - y) for y, t in zip(ys, zz)]  # true dJ/dz_i
sum9 = 1 / m * sum((sig(t) - y) * xi for y, t, xi in zip(ys, zz, xs))
sum10 = 1 / m * sum(sig(t) - y for y, t in zip(ys, zz))
per9 = dJdz[0] * diff(zz[0], w)
per10 = dJdz[0] * diff(zz[0], b)
all9 = sum(d * diff(t, w) for d, t in zip(dJdz, zz))
all10 = sum(d * diff(t, b) for d, t in zip(dJdz, zz))

NOTE_SUM = ("the left side is for one sample i, the right side sums over all samples with the same "
            "index i; it holds only if the left side is also summed over the samples")

CLAIMS = [
    Claim(14, "valid", diff(sig(zsym), zsym), sig(zsym) * (1 - sig(zsym))),
    # eq. (4)
    Claim(55, "ambiguous", dJda[0], sum4a, domain=dom, alt=(sum(dJda), sum4a), note=NOTE_SUM),
    Claim(55, "valid", sum4a, sum4b, k=2, domain=dom),
    # eq. (5)
    Claim(60, "valid", diff(sig(Zs[0]), Zs[0]), sig(Zs[0]) * (1 - sig(Zs[0]))),
    # chain rule to eq. (6)
    Claim(66, "valid", diff(J_z, Zs[0]),
          dJda1_at_z * diff(sig(Zs[0]), Zs[0]), domain=dom),
    Claim(70, "ambiguous", per_sample_za, sum6a, domain=dom, alt=(sum_za, sum6a), note=NOTE_SUM),
    Claim(74, "valid", sum6a, sum6b, domain=dom),
    Claim(78, "valid", sum6b, sum6c, domain=dom),
    # eqs. (7), (8)
    Claim(84, "valid", diff(zz[0], w), xs[0]),
    Claim(88, "valid", diff(zz[0], b), Integer(1)),
    # eq. (9)
    Claim(94, "ambiguous", diff(J_wb, w), per9, domain=dom, alt=(diff(J_wb, w), all9),
          note="dJ/dw needs the sum over samples of dJ/dz_i dz_i/dw; a single sample's product "
               "is not the full gradient (holds with the sum over i implied)"),
    Claim(94, "ambiguous", per9, sum9, k=2, domain=dom, alt=(all9, sum9),
          note="one sample's product on the left, a sum over samples on the right; holds only "
               "when the left side is summed over i"),
    # eq. (10)
    Claim(98, "ambiguous", diff(J_wb, b), per10, domain=dom, alt=(diff(J_wb, b), all10),
          note="dJ/db needs the sum over samples of dJ/dz_i dz_i/db; a single sample's product "
               "is not the full gradient (holds with the sum over i implied)"),
    Claim(98, "ambiguous", per10, sum10, k=2, domain=dom, alt=(all10, sum10),
          note="one sample's product on the left, a sum over samples on the right; holds only "
               "when the left side is summed over i"),
    # log odds
    Claim(108, "valid", sig(zsym).subs(zsym, w * x + b), 1 / (1 + exp(-(w * x + b)))),
    Claim(110, "valid", exp(-(w * x + b)), (1 - sig(w * x + b)) / sig(w * x + b)),
    Claim(112, "valid", log(sig(w * x + b) / (1 - sig(w * x + b))), w * x + b),
]
