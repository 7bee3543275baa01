from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/carmelgafa/carmelgafa.com/blob/"
          "55cd7b31a004e4e23fc62b1e6733347afff49bcc/content/post/ml_logistic_regression.md")
TITLE = "Logistic Regression (Carmel Gafa): sigmoid derivative and the gradient of the log loss"
TOPIC = "logistic"

# one example with n = 2 features; the index i of the text is taken as i = 2
y = Symbol("y", real=True)          # label in {0, 1}
p = Symbol("p", real=True)          # \hat{y} used as an independent variable
t = Symbol("t", real=True)          # z used as an independent variable
w1, w2, x1, x2, b = (Symbol(n, real=True) for n in ("w1", "w2", "x1", "x2", "b"))
a, u = Symbol("a", positive=True), Symbol("u", positive=True)  # base and argument of log_a

LAB = {y: (0, 1)}
PROB = {y: (0, 1), p: (0.05, 0.95)}


def sig(s):
    return 1 / (1 + exp(-s))


z = w1 * x1 + w2 * x2 + b
yhat = sig(z)
Lp = -(y * log(p) + (1 - y) * log(1 - p))          # loss as a function of \hat{y}
L = Lp.subs(p, yhat)                               # loss as a function of the parameters

dL_dp = diff(Lp, p).subs(p, yhat)                  # dL/d\hat{y} at the model's prediction
dp_dz = diff(sig(t), t).subs(t, z)                 # d\hat{y}/dz
dz_dw = diff(z, w2)                                # dz/d\omega_i
dz_db = diff(z, b)                                 # dz/db
wx = w1 * x1 + w2 * x2                             # \omega^T x without the bias

CLAIMS = [
    # chain rule for the weight and for the bias
    Claim(28, "valid", diff(L, w2), dL_dp * dp_dz * dz_dw, domain=LAB),
    Claim(35, "valid", diff(L, b), dL_dp * dp_dz * dz_db, domain=LAB),
    # derivative of the loss with respect to \hat{y}
    Claim(59, "valid", diff(Lp, p), diff(-(y * log(p) + (1 - y) * log(1 - p)), p), domain=PROB),
    Claim(67, "valid", diff(Lp, p), -y / p + (1 - y) / (1 - p), domain=PROB),
    Claim(70, "valid", diff(log(u) / log(a), u), 1 / (u * log(a)),
          domain={a: (1.5, 4.0), u: (0.2, 3.0)}),
    # derivative of the sigmoid
    Claim(77, "valid", diff(sig(t), t), diff(sig(t), t)),
    Claim(78, "valid", diff(sig(t), t), diff(1 / (1 + exp(-t)), t)),
    Claim(84, "valid", diff(sig(t), t), exp(-t) / (1 + exp(-t))**2),
    Claim(85, "valid", exp(-t) / (1 + exp(-t))**2, 1 / (1 + exp(-t)) * exp(-t) / (1 + exp(-t))),
    Claim(86, "valid", 1 / (1 + exp(-t)) * exp(-t) / (1 + exp(-t)), sig(t) * (1 - sig(t))),
    # dz/d\omega_i, with the derivative written in front of "\omega^T x + b" only
    Claim(96, "ambiguous", diff(z, w2), diff(wx, w2) + b,
          alt=(diff(z, w2), diff(wx + b, w2)),
          note="as written d/dw_i acts on w^T x only, giving x_i + b; holds if it acts on w^T x + b"),
    Claim(97, "valid", diff(wx, w2) + b, diff(w1 * x1 + w2 * x2, w2) + b),
    Claim(97, "ambiguous", diff(w1 * x1 + w2 * x2, w2) + b, x2, k=2,
          alt=(diff(w1 * x1 + w2 * x2 + b, w2), x2),
          note="literally (d/dw_i of the sum) + b = x_i + b, not x_i; holds if d/dw_i covers + b"),
    # dz/db, same scope question
    Claim(103, "ambiguous", diff(z, b), diff(wx, b) + b,
          alt=(diff(z, b), diff(wx + b, b)),
          note="as written d/db acts on w^T x only, giving 0 + b = b, not 1"),
    Claim(104, "valid", diff(wx, b) + b, diff(w1 * x1 + w2 * x2, b) + b),
    Claim(104, "ambiguous", diff(w1 * x1 + w2 * x2, b) + b, 1, k=2,
          alt=(diff(w1 * x1 + w2 * x2 + b, b), 1),
          note="literally (d/db of the sum) + b = b, not 1; holds if d/db covers + b"),
    # putting the pieces together for \omega_i
    Claim(111, "valid", diff(L, w2), dL_dp * dp_dz * dz_dw, domain=LAB),
    Claim(114, "valid", dL_dp * dp_dz * dz_dw,
          (-y / yhat + (1 - y) / (1 - yhat)) * (yhat * (1 - yhat)) * x2, domain=LAB),
    Claim(123, "valid", (-y / yhat + (1 - y) / (1 - yhat)) * (yhat * (1 - yhat)) * x2,
          (yhat - y) * x2, domain=LAB),
    # and for b
    Claim(132, "valid", diff(L, b), dL_dp * dp_dz * dz_db, domain=LAB),
    Claim(135, "valid", dL_dp * dp_dz * dz_db,
          (-y / yhat + (1 - y) / (1 - yhat)) * (yhat * (1 - yhat)) * 1, domain=LAB),
    Claim(144, "valid", (-y / yhat + (1 - y) / (1 - yhat)) * (yhat * (1 - yhat)) * 1,
          yhat - y, domain=LAB),
]
