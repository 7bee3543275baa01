from sympy import Matrix, Rational, Symbol, exp, log, diff, E

from labels import Claim

SOURCE = ("https://github.com/tiepvupsu/tiepvupsu.github.io/blob/0488bbc648a0dcba1753ae55d7c206b493e4a4e7/"
          "_posts/2017-02-17-softmax.markdown")
TITLE = "Bài 13: Softmax Regression (Vu Huu Tiep, Machine Learning cơ bản), first published version"
TOPIC = "multiclass"

# Concrete size: d = 2 input components (r = 0, 1), C = 3 classes (j = 0, 1, 2), N = 2 samples (i = 0, 1).
# W is d x C with columns w_j; X is d x N with columns x_i; Y, Z, U are C x N.
D, C, N = 2, 3, 2
w = [[Symbol(f"w{r}{j}", real=True) for j in range(C)] for r in range(D)]
x = [[Symbol(f"x{r}{i}", real=True) for i in range(N)] for r in range(D)]
yfree = [[Symbol(f"y{j}{i}", real=True) for i in range(N)] for j in range(C - 1)]
# labels are probability vectors: y_{2i} = 1 - y_{0i} - y_{1i} (the text uses sum_j y_ji = 1)
y = [[yfree[j][i] for i in range(N)] for j in range(C - 1)] + [[1 - yfree[0][i] - yfree[1][i] for i in range(N)]]
YDOM = {yfree[j][i]: (0.05, 0.45) for j in range(C - 1) for i in range(N)}


def v(j, i):  # score v_ji = w_j^T x_i
    return sum(w[r][j] * x[r][i] for r in range(D))


def S(i):
    return sum(exp(v(k, i)) for k in range(C))


def z(j, i):  # softmax output z_ji
    return exp(v(j, i)) / S(i)


def J(i):  # J(W; x_i, y_i) = -sum_j y_ji log z_ji
    return -sum(y[j][i] * log(z(j, i)) for j in range(C))


# scalarise vectors / matrices: fixed distinct weights on the entries
cr = [Rational(1), Rational(3)]
crj = [[Rational(1), Rational(2), Rational(3)], [Rational(5), Rational(7), Rational(11)]]


def vsum(f):  # f(r) -> entry r of a d-vector
    return sum(cr[r] * f(r) for r in range(D))


def msum(f):  # f(r, j) -> entry (r, j) of a d x C matrix
    return sum(crj[r][j] * f(r, j) for r in range(D) for j in range(C))


sig = lambda t: 1 / (1 + exp(-t))
JS = 1  # the class j used for the column-gradient claims (5)

# scalar scores for the softmax-function claims
va, vb, vc, a = (Symbol(n, real=True) for n in ("va", "vb", "vc", "a"))
V = [va, vb, vc]
p = [Symbol(f"p{k}", positive=True) for k in range(3)]
q = [Symbol(f"q{k}", positive=True) for k in range(3)]
PQDOM = {s: (0.05, 0.95) for s in p + q}

u = [Symbol(f"u{j}", real=True) for j in range(C)]
grad_i = lambda r, j: diff(J(0), w[r][j])
grad_all = lambda r, j: diff(J(0) + J(1), w[r][j])

CLAIMS = [
    # z_i = sigmoid(v_i) = sigmoid(w_i^T x): first '=' defines z_i, second (v_i is the score w_i^T x)
    Claim(11, "valid", sig(v(0, 0)), sig(w[0][0] * x[0][0] + w[1][0] * x[1][0])),
    Claim(23, "valid", exp(va), E**va),
    # column 4: if v_1 = v_2 then z_1 = z_2
    Claim(54, "valid", exp(va) / (exp(va) + exp(va) + exp(vc)), exp(va) / (exp(va) + exp(va) + exp(vc))),
    Claim(62, "valid", exp(va) / sum(exp(t) for t in V),
          exp(-a) * exp(va) / (exp(-a) * sum(exp(t) for t in V))),
    Claim(63, "valid", exp(-a) * exp(va) / (exp(-a) * sum(exp(t) for t in V)),
          exp(va - a) / sum(exp(t - a) for t in V)),
    # H(p,q) = E_p[-log q] = -sum p_i log q_i
    Claim(93, "valid", sum(p[k] * (-log(q[k])) for k in range(3)), -sum(p[k] * log(q[k]) for k in range(3)),
          domain=PQDOM),
    Claim(129, "valid", -sum(y[j][i] * log(z(j, i)) for i in range(N) for j in range(C)),
          -sum(y[j][i] * log(exp(v(j, i)) / sum(exp(v(k, i)) for k in range(C))) for i in range(N) for j in range(C)),
          domain=YDOM),
    # J(W; x_i, y_i) = ... (the '=' ending line 141 continues as the '&=&' of line 145)
    Claim(145, "valid", J(0), -sum(y[j][0] * log(exp(v(j, 0)) / S(0)) for j in range(C)), domain=YDOM),
    Claim(146, "valid", -sum(y[j][0] * log(exp(v(j, 0)) / S(0)) for j in range(C)),
          -sum(y[j][0] * v(j, 0) - y[j][0] * log(S(0)) for j in range(C)), domain=YDOM),
    Claim(147, "valid", -sum(y[j][0] * v(j, 0) - y[j][0] * log(S(0)) for j in range(C)),
          -sum(y[j][0] * v(j, 0) for j in range(C)) + log(S(0)), domain=YDOM),
    # (4): dJ_i/dW = [dJ_i/dw_1, ..., dJ_i/dw_C] (columns of W are the w_j)
    Claim(155, "valid", msum(grad_i), msum(lambda r, j: diff(J(0), Matrix([w[0][j], w[1][j]])[r])), domain=YDOM),
    # (5), column j = JS, sample i = 0
    Claim(162, "valid", vsum(lambda r: grad_i(r, JS)),
          vsum(lambda r: -y[JS][0] * x[r][0] + exp(v(JS, 0)) / S(0) * x[r][0]), domain=YDOM),
    Claim(164, "valid", vsum(lambda r: -y[JS][0] * x[r][0] + exp(v(JS, 0)) / S(0) * x[r][0]),
          vsum(lambda r: -y[JS][0] * x[r][0] + z(JS, 0) * x[r][0]), domain=YDOM),
    Claim(164, "valid", vsum(lambda r: -y[JS][0] * x[r][0] + z(JS, 0) * x[r][0]),
          vsum(lambda r: x[r][0] * (z(JS, 0) - y[JS][0])), k=2, domain=YDOM),
    Claim(165, "invalid", vsum(lambda r: x[r][0] * (z(JS, 0) - y[JS][0])),
          vsum(lambda r: (z(JS, 0) - v(JS, 0)) * x[r][0]), domain=YDOM,
          note="u_ji is defined as z_ji - v_ji with v_ji = w_j^T x_i the score; x_i(z_ji - y_ji) needs u_ji = z_ji - y_ji"),
    Claim(171, "ambiguous", msum(grad_i), msum(lambda r, j: x[r][0] * (z(j, 0) - v(j, 0))), domain=YDOM,
          alt=(msum(grad_i), msum(lambda r, j: x[r][0] * (z(j, 0) - y[j][0]))),
          note="with u from (5), u = z - v (score), x_i u_i^T is not the gradient; with u = z - y (as U = Z - Y later) it is"),
    Claim(171, "valid", msum(lambda r, j: x[r][0] * u[j]),
          msum(lambda r, j: (Matrix([x[0][0], x[1][0]]) * Matrix([u]))[r, j]), k=2),
    # dJ/dW = sum_i x_i u_i^T = X U^T with U = Z - Y (stated right after)
    Claim(176, "valid", msum(grad_all),
          msum(lambda r, j: sum(x[r][i] * (z(j, i) - y[j][i]) for i in range(N))), domain=YDOM),
    Claim(176, "valid", msum(lambda r, j: sum(x[r][i] * (z(j, i) - y[j][i]) for i in range(N))),
          msum(lambda r, j: (Matrix(x) * Matrix([[z(jj, i) - y[jj][i] for i in range(N)]
                                                 for jj in range(C)]).T)[r, j]), k=2, domain=YDOM),
]

# section 3.5, C = 2: columns w_1, w_2 of a d x 2 matrix, one input x
w1 = [Symbol("a0", real=True), Symbol("a1", real=True)]
w2 = [Symbol("b0", real=True), Symbol("b1", real=True)]
xx = [Symbol("t0", real=True), Symbol("t1", real=True)]
dot = lambda g, h: sum(gi * hi for gi, hi in zip(g, h))
z1 = exp(dot(w1, xx)) / (exp(dot(w1, xx)) + exp(dot(w2, xx)))  # softmax output z_1 for C = 2
CLAIMS += [
    # written exp(w_1 x) in the numerator (transpose dropped), read as w_1^T x
    Claim(192, "valid", z1, exp(dot(w1, xx)) / (exp(dot(w1, xx)) + exp(dot(w2, xx)))),
    Claim(193, "valid", exp(dot(w1, xx)) / (exp(dot(w1, xx)) + exp(dot(w2, xx))),
          1 / (1 + exp(dot([b - c for b, c in zip(w2, w1)], xx)))),
]
