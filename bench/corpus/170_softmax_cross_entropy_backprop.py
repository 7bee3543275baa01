from sympy import Matrix, Symbol, diff, exp, log, symbols

from labels import Claim

SOURCE = ("https://github.com/daviddwlee84/DeepLearningPractice/blob/"
          "371998bb09a21976bf80b4ff707eec01203b88d1/Project/SoftmaxDerivation/Softmax_Derivation.md")
TITLE = "Softmax Classification Back Propagation with Cross Entropy"
TOPIC = "softmax"

# ---------------------------------------------------------------- labels: y3 = 1 - y1 - y2 (sum y_j = 1)
y1, y2 = symbols("y1 y2", real=True)
ys = [y1, y2, 1 - y1 - y2]
ydom = {y1: (0.05, 0.45), y2: (0.05, 0.45)}

# ---------------------------------------------------------------- softmax in terms of theta (K = 3)
t = symbols("t1 t2 t3", real=True)
SK = sum(exp(tj) for tj in t)                       # \sum_K
yhat = [exp(tj) / SK for tj in t]
J_t = -sum(ys[j] * log(yhat[j]) for j in range(3))
i, jj = 1, 2                                         # generic i (= 2nd class) and j != i (= 3rd class)

# pieces of the cross-entropy chain
u = symbols("u1 u2 u3", positive=True)              # stand-ins for yhat_j in log(yhat_j)
dlog = [diff(log(yhat[j]), t[i]) for j in range(3)]
dyh = [diff(yhat[j], t[i]) for j in range(3)]
line74_a = -sum(diff(ys[j] * log(yhat[j]), t[i]) for j in range(3))
line74_b = -sum(ys[j] * dlog[j] for j in range(3))
line74_c = -sum(ys[j] / yhat[j] * dyh[j] for j in range(3))
line75_a = (-ys[i] / yhat[i] * dyh[i]) + (-sum(ys[j] / yhat[j] * dyh[j] for j in range(3) if j != i))
line75_b = (-ys[i] / yhat[i] * yhat[i] * (1 - yhat[i])
            - sum(ys[j] / yhat[j] * (-yhat[i] * yhat[j]) for j in range(3) if j != i))
line76_a = -ys[i] + ys[i] * yhat[i] + sum(ys[j] * yhat[i] for j in range(3) if j != i)
line76_b = -ys[i] + sum(ys[j] * yhat[i] for j in range(3))
line76_c = -ys[i] + yhat[i] * sum(ys[j] for j in range(3))
line77 = yhat[i] - ys[i]

# ---------------------------------------------------------------- the network: theta = w^T x + b
x = symbols("x1 x2", real=True)
w = Matrix(2, 3, lambda a, k: Symbol(f"w{a + 1}{k + 1}", real=True))
b = symbols("b1 b2 b3", real=True)
theta = [sum(w[a, k] * x[a] for a in range(2)) + b[k] for k in range(3)]
sub_t = dict(zip(t, theta))
J = J_t.subs(sub_t)
yh_net = [e.subs(sub_t) for e in yhat]
C = Matrix(2, 3, lambda a, k: Symbol(f"c{a + 1}{k + 1}", real=True))   # random weights for all entries
d = symbols("d1 d2 d3", real=True)

dJ_dw = sum(C[a, k] * diff(J, w[a, k]) for a in range(2) for k in range(3))
dJ_dtheta = [diff(J_t, t[l]).subs(sub_t) for l in range(3)]
dJ_dyhat = [diff(-sum(ys[m] * log(u[m]) for m in range(3)), u[m]).subs(dict(zip(u, yh_net)))
            for m in range(3)]
dyhat_dtheta = [[diff(yhat[m], t[l]).subs(sub_t) for l in range(3)] for m in range(3)]


def chain1(var):
    return sum(dJ_dtheta[l] * diff(theta[l], var) for l in range(3))


def chain2(var):
    return sum(dJ_dyhat[m] * dyhat_dtheta[m][l] * diff(theta[l], var) for m in range(3) for l in range(3))


w_chain1 = sum(C[a, k] * chain1(w[a, k]) for a in range(2) for k in range(3))
w_chain2 = sum(C[a, k] * chain2(w[a, k]) for a in range(2) for k in range(3))
dJ_db = sum(d[k] * diff(J, b[k]) for k in range(3))
b_chain1 = sum(d[k] * chain1(b[k]) for k in range(3))
b_chain2 = sum(d[k] * chain2(b[k]) for k in range(3))

lin = [sum(w[a, k] * x[a] for a in range(2)) + b[k] for k in range(3)]    # (w^T x + b)_k
dth_dw = sum(C[a, k] * diff(theta[k], w[a, k]) for a in range(2) for k in range(3))
dlin_dw = sum(C[a, k] * diff(lin[k], w[a, k]) for a in range(2) for k in range(3))
xT = sum(C[a, k] * x[a] for a in range(2) for k in range(3))
dth_db = sum(d[k] * diff(theta[k], b[k]) for k in range(3))
dlin_db = sum(d[k] * diff(lin[k], b[k]) for k in range(3))
ones = sum(d[k] * 1 for k in range(3))
grad_w = sum(C[a, k] * x[a] * (yh_net[k] - ys[k]) for a in range(2) for k in range(3))
grad_b = sum(d[k] * (yh_net[k] - ys[k]) for k in range(3))

CLAIMS = [
    Claim(37, "valid", dJ_dw, w_chain1, domain=ydom),
    Claim(37, "valid", w_chain1, w_chain2, k=2, domain=ydom),
    Claim(41, "valid", dJ_db, b_chain1, domain=ydom),
    Claim(41, "valid", b_chain1, b_chain2, k=2, domain=ydom),
    Claim(47, "valid", diff(yhat[i], t[i]), diff(exp(t[i]) / sum(exp(tj) for tj in t), t[i])),
    # case i = j
    Claim(57, "valid", diff(yhat[i], t[i]), diff(exp(t[i]) / SK, t[i])),
    Claim(57, "valid", diff(exp(t[i]) / SK, t[i]), (exp(t[i]) * SK - exp(t[i]) * exp(t[i])) / SK**2, k=2),
    Claim(58, "valid", (exp(t[i]) * SK - exp(t[i]) * exp(t[i])) / SK**2,
          exp(t[i]) / SK * (SK - exp(t[i])) / SK),
    Claim(58, "valid", exp(t[i]) / SK * (SK - exp(t[i])) / SK, exp(t[i]) / SK * (1 - exp(t[i]) / SK), k=2),
    Claim(59, "valid", exp(t[i]) / SK * (1 - exp(t[i]) / SK), yhat[i] * (1 - yhat[i])),
    # case i != j
    Claim(65, "valid", diff(yhat[i], t[jj]), diff(exp(t[i]) / SK, t[jj])),
    Claim(65, "valid", diff(exp(t[i]) / SK, t[jj]), (0 - exp(t[i]) * exp(t[jj])) / SK**2, k=2),
    Claim(66, "valid", (0 - exp(t[i]) * exp(t[jj])) / SK**2, -exp(t[i]) / SK * exp(t[jj]) / SK),
    Claim(66, "valid", -exp(t[i]) / SK * exp(t[jj]) / SK, -yhat[i] * yhat[jj], k=2),
    # cross entropy through the softmax
    Claim(74, "valid", diff(J_t, t[i]), line74_a, domain=ydom),
    Claim(74, "valid", line74_a, line74_b, k=2, domain=ydom),
    Claim(74, "valid", line74_b, line74_c, k=3, domain=ydom),
    Claim(75, "valid", line74_c, line75_a, domain=ydom),
    Claim(75, "valid", line75_a, line75_b, k=2, domain=ydom),
    Claim(76, "valid", line75_b, line76_a, domain=ydom),
    Claim(76, "valid", line76_a, line76_b, k=2, domain=ydom),
    Claim(76, "valid", line76_b, line76_c, k=3, domain=ydom),
    Claim(77, "valid", line76_c, line77, domain=ydom),
    # parameters
    Claim(87, "valid", dth_dw, dlin_dw),
    Claim(87, "valid", dlin_dw, xT, k=2),
    Claim(93, "valid", dth_db, dlin_db),
    Claim(93, "valid", dlin_db, ones, k=2),
    Claim(99, "valid", dJ_dw, grad_w, domain=ydom),
    Claim(103, "valid", dJ_db, grad_b, domain=ydom),
]
