from sympy import Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/chryoung/chryoung.github.io/blob/3968ea89ad9c20bfbc77e58d3e47c9abc4e8112f/docs/_posts/2021-06-08-deep-learning-backpropagation-math.md"
TITLE = "Deep Learning -- Math for Backpropagation: cross-entropy partials in w, b, z and the sigmoid's derivative (chryoung)"
TOPIC = "logistic"

# One example. The text sets yhat = a = w x + b (the linear output itself), and the partials in w and
# b are taken under that definition; the block in z then treats a as the sigmoid of z.
w, x, b, y = (Symbol(n, real=True) for n in ("w", "x", "b", "y"))
z = Symbol("z", real=True)
p = Symbol("p", real=True)   # yhat (or a) as a variable of its own
u = Symbol("u", real=True)   # the sigmoid's argument, written x in the second half of the post
box = {w: (0.1, 0.3), x: (0.1, 1.0), b: (0.1, 0.5)}   # keeps yhat = w x + b inside (0, 1)
dp = {p: (0.05, 0.95)}


def Lof(q):
    """L = -y log yhat - (1 - y) log(1 - yhat)"""
    return -y * log(q) - (1 - y) * log(1 - q)


def sig(t):
    return 1 / (1 + exp(-t))


yh = w * x + b                               # yhat = a = w x + b, as the text sets it
dL_dyh = -y / yh + (1 - y) / (1 - yh)        # line 18 at yhat = w x + b
Lw = Lof(yh)

# the block in z: a read as sigma(z) (what the factor (1/(1+e^{-z}))' requires), or as w x + b
a_sig = sig(z)
dLda = lambda a: -y / a + (1 - y) / (1 - a)

s = sig(u)
f = 1 / s
ds = diff(s, u)

CLAIMS = [
    Claim(18, "valid", diff(Lof(p), p), -y / p + (1 - y) / (1 - p), domain=dp),
    Claim(19, "valid", diff(yh, w), x, note="with yhat = w x + b as the text sets it (the linear output, no sigmoid)"),
    Claim(20, "valid", diff(yh, b), 1 + 0 * b, note="with yhat = w x + b as the text sets it"),
    # dL/dw
    Claim(28, "valid", diff(Lw, w), diff(Lof(p), p).subs(p, yh) * diff(yh, w), domain=box),
    Claim(29, "valid", diff(Lof(p), p).subs(p, yh) * diff(yh, w), dL_dyh * x, domain=box),
    Claim(30, "valid", dL_dyh * x, -x * y / yh + x * (1 - y) / (1 - yh), domain=box),
    # dL/db (only yhat appears from line 39 on)
    Claim(38, "valid", diff(Lw, b), diff(Lof(p), p).subs(p, yh) * diff(yh, b), domain=box),
    Claim(39, "valid", diff(Lof(p), p).subs(p, yh) * diff(yh, b), dL_dyh, domain=box),
    Claim(40, "valid", -y / p + (1 - y) / (1 - p), (p - y * p - y + y * p) / ((1 - p) * p), domain=dp),
    Claim(41, "valid", (p - y * p - y + y * p) / ((1 - p) * p), (p - y) / (p - p**2), domain=dp),
    Claim(42, "valid", (p - y) / (p - p**2), 1 / (1 - p) - y / (p * (1 - p)), domain=dp),
    # dL/dz
    Claim(50, "valid", diff(Lof(a_sig), z), dLda(a_sig) * diff(a_sig, z),
          note="the chain rule holds whichever way a is read (with a = w x + b both sides are 0)"),
    Claim(51, "ambiguous", dLda(yh) * diff(yh, z), dLda(yh) * diff(sig(z), z), domain=box,
          alt=(dLda(a_sig) * diff(a_sig, z), dLda(a_sig) * diff(sig(z), z)),
          note="da/dz = (1/(1+e^{-z}))' only if a is the sigmoid of z; the text set a = w x + b, which does not "
               "depend on z (da/dz = 0)"),
    Claim(52, "ambiguous", dLda(yh) * diff(sig(z), z), dLda(yh) * yh * (1 - yh), domain=box,
          alt=(dLda(a_sig) * diff(sig(z), z), dLda(a_sig) * a_sig * (1 - a_sig)),
          note="sigma'(z) = a(1 - a) needs a = sigma(z); with a = w x + b as set in the text it fails"),
    Claim(53, "valid", dLda(p) * (p * (1 - p)), -y * (1 - p) + p * (1 - y), domain=dp),
    Claim(54, "valid", -y * (1 - p) + p * (1 - y), -y + p * y + p - p * y),
    Claim(55, "valid", -y + p * y + p - p * y, p - y),
    # the sigmoid's derivative (its variable is x in the post; u here)
    Claim(70, "valid", f, 1 + exp(-u), note="f(x) = 1/sigma(x) is a definition; the second '=' is the claim"),
    Claim(77, "valid", diff(f, u), -exp(-u)),
    Claim(77, "valid", -exp(-u), diff(1 / s, u), k=2),
    Claim(78, "valid", diff(1 / s, u), diff(s**-1, u)),
    Claim(79, "valid", diff(s**-1, u), -s**-2 * ds),
    Claim(80, "valid", -s**-2 * ds, -ds / s**2),
    Claim(87, "valid", -exp(-u), diff(f, u)),
    Claim(87, "valid", diff(f, u), 1 - f, k=2),
    Claim(87, "valid", 1 - f, 1 - 1 / s, k=3),
    Claim(87, "valid", 1 - 1 / s, (s - 1) / s, k=4),
    Claim(94, "valid", -ds / s**2, (s - 1) / s),
    Claim(95, "valid", ds, (1 - s) / s * s**2),
    Claim(96, "valid", (1 - s) / s * s**2, s * (1 - s)),
]
