from sympy import Abs, Rational, Symbol, diff, exp, integrate, log, sign

from labels import Claim

SOURCE = "https://github.com/zhanggyb/nndl/blob/62a02f7dca3964c4afdc1506a75fa92f97228000/chap3.tex"
TITLE = "Cross-entropy cost of a sigmoid neuron and L2 (weight decay) / L1 regularization"
TOPIC = "regularisation"

t = Symbol("t", real=True)


def sig(u):
    return 1 / (1 + exp(-u))


def sigp(u):
    return diff(sig(t), t).subs(t, u)           # sigma'(u), by differentiating sigma


# ---- quadratic cost, single input x = 1, target y = 0 (eqs 54-56)
w, b = Symbol("w", real=True), Symbol("b", real=True)
x0, y0 = 1, 0
z0 = w * x0 + b
a0 = sig(z0)
Cq = (y0 - a0)**2 / 2

# ---- cross-entropy, n = 3 training inputs with 2 features each (eqs 57-62)
n = 3
w1, w2 = Symbol("w1", real=True), Symbol("w2", real=True)
X = [(Symbol(f"x{i}1", real=True), Symbol(f"x{i}2", real=True)) for i in range(n)]
Y = [Symbol(f"y{i}", integer=True) for i in range(n)]
Z = [w1 * xi1 + w2 * xi2 + b for xi1, xi2 in X]
dom = {yi: (0, 1) for yi in Y}
C = -Rational(1, n) * sum(yi * log(sig(zi)) + (1 - yi) * log(1 - sig(zi)) for yi, zi in zip(Y, Z))
r58 = -Rational(1, n) * sum((yi / sig(zi) - (1 - yi) / (1 - sig(zi))) * diff(sig(zi), w1) for yi, zi in zip(Y, Z))
r59 = -Rational(1, n) * sum((yi / sig(zi) - (1 - yi) / (1 - sig(zi))) * sigp(zi) * xi[0]
                           for yi, zi, xi in zip(Y, Z, X))
r60 = Rational(1, n) * sum(sigp(zi) * xi[0] / (sig(zi) * (1 - sig(zi))) * (sig(zi) - yi)
                          for yi, zi, xi in zip(Y, Z, X))
r61 = Rational(1, n) * sum(xi[0] * (sig(zi) - yi) for yi, zi, xi in zip(Y, Z, X))
r62 = Rational(1, n) * sum(sig(zi) - yi for yi, zi in zip(Y, Z))

# ---- "where does it come from" (eqs 73-77): per-example cross-entropy C_x(a), a = sigma(z)
a = Symbol("a", positive=True)
y = Symbol("y", real=True)
zz = Symbol("z", real=True)
dom_a = {a: (0.05, 0.95), y: (0.0, 1.0)}
Cx_a = -(y * log(a) + (1 - y) * log(1 - a))           # a cost obeying (71)-(72)
dCda = diff(Cx_a, a)
Cx_z = Cx_a.subs(a, sig(zz))                            # z = w.x + b, so d/db = d/dz
K = Symbol("K", real=True)                              # integration constant
# (76): C is recovered by integrating dC/dz = (dC/da) a(1-a) = a - y along z
C76 = integrate(sig(zz) - y, zz) + K
Ks = [Symbol(f"K{i}", real=True) for i in range(n)]
Ys = [Symbol(f"yy{i}", real=True) for i in range(n)]
Zs = [Symbol(f"zz{i}", real=True) for i in range(n)]
C77_lhs = Rational(1, n) * sum(integrate(sig(t) - yi, t).subs(t, zi) + ki for yi, zi, ki in zip(Ys, Zs, Ks))
C77_rhs = (-Rational(1, n) * sum(yi * log(sig(zi)) + (1 - yi) * log(1 - sig(zi)) for yi, zi in zip(Ys, Zs))
           + sum(Ks) / n)
dom77 = {yi: (0.0, 1.0) for yi in Ys}

# ---- regularization (eqs 85-96), weights w1, w2 of the same neuron; the bias is not regularized
lam = Symbol("lambda", positive=True)
eta = Symbol("eta", positive=True)
G = Symbol("G", real=True)                              # stands for dC0/dw
C0 = C
CL2 = C0 + lam / (2 * n) * (w1**2 + w2**2)
CL1 = C0 + lam / n * (Abs(w1) + Abs(w2))
dom_r = {**dom, lam: (0.1, 2.0), eta: (0.01, 1.0)}

CLAIMS = [
    Claim(14, "valid", diff(Cq, w), (a0 - y0) * sigp(z0) * x0),
    Claim(14, "valid", (a0 - y0) * sigp(z0) * x0, a0 * sigp(z0), k=2,
          note="holds with the example's values x = 1, y = 0, which the text substitutes"),
    Claim(15, "valid", diff(Cq, b), (a0 - y0) * sigp(z0)),
    Claim(15, "valid", (a0 - y0) * sigp(z0), a0 * sigp(z0), k=2,
          note="holds with the example's value y = 0"),
    Claim(33, "valid", diff(C, w1), r58, domain=dom),
    Claim(36, "valid", r58, r59, domain=dom),
    Claim(43, "valid", diff(C, w1), r60, domain=dom),
    Claim(49, "valid", sigp(t), sig(t) * (1 - sig(t))),
    Claim(51, "valid", diff(C, w1), r61, domain=dom),
    Claim(59, "valid", diff(C, b), r62, domain=dom),
    Claim(75, "valid", diff(Cx_z, zz), dCda.subs(a, sig(zz)) * sigp(zz), domain={y: (0.0, 1.0)}),
    Claim(80, "valid", sigp(zz), sig(zz) * (1 - sig(zz))),
    Claim(80, "valid", sig(zz) * (1 - sig(zz)), (a * (1 - a)).subs(a, sig(zz)), k=2),
    Claim(82, "valid", diff(Cx_z, zz), (dCda * a * (1 - a)).subs(a, sig(zz)), domain={y: (0.0, 1.0)}),
    Claim(89, "valid", dCda, (a - y) / (a * (1 - a)), domain=dom_a),
    Claim(95, "valid", C76, -(y * log(sig(zz)) + (1 - y) * log(1 - sig(zz))) + K, domain={y: (0.0, 1.0)},
          note="integrating (75) in a = sigma(z) gives the per-example cross-entropy; constant written K"),
    Claim(100, "valid", C77_lhs, C77_rhs, domain=dom77,
          note="average of the per-example costs; the constant is the average of the per-example constants"),
    Claim(134, "valid", diff(CL2, w1), diff(C0, w1) + lam / n * w1, domain=dom_r),
    Claim(136, "valid", diff(CL2, b), diff(C0, b), domain=dom_r),
    Claim(150, "valid", w - eta * G - eta * lam / n * w, (1 - eta * lam / n) * w - eta * G, domain=dom_r),
    Claim(178, "valid", diff(CL1, w1), diff(C0, w1) + lam / n * sign(w1), domain=dom_r),
]
