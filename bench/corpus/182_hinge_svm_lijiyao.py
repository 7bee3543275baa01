from sympy import Matrix, Max, Piecewise, Heaviside, Symbol, diff, exp, log, symbols

from labels import Claim

SOURCE = ("https://github.com/lijiyao111/ConvolutionalNeuralNet_fromScratch/blob/"
          "e75ab93ebca2a590ee48a2bf7e5bee6d92b01516/demo_code/NN_note.md")
TITLE = "Loss function and Gradient (logistic, binary SVM, softmax, multiclass SVM)"
TOPIC = "hinge"

# Concrete size: N = 3 samples, D = 2 features, C = 3 classes (multiclass parts).
N, Dm, K = 3, 2, 3
lam = Symbol("lambda", positive=True)
Delta = Symbol("Delta", positive=True)
Cc = Symbol("C", positive=True)
gvec = symbols("g1:3", real=True)                      # contraction vector in R^D
Xs = [[Symbol(f"x{i}{k}", real=True) for k in range(Dm)] for i in range(N)]
W = Matrix(Dm, K, lambda k, j: Symbol(f"W{k}{j}", real=True))
bvec = [Symbol(f"b{j}", real=True) for j in range(K)]
ylab = [0, 1, 2]                                       # fixed class labels y_i of the 3 samples


def f_multi(i, j):
    return sum(W[k, j] * Xs[i][k] for k in range(Dm)) + bvec[j]


def gdot(vec):
    return sum(gvec[k] * vec[k] for k in range(Dm))


def grad_w(expr, j):  # g . dL/dw_j  (w_j = column j of W)
    return sum(gvec[k] * diff(expr, W[k, j]) for k in range(Dm))


def ind(z):  # the indicator 1(z > 0)
    return Heaviside(z)


# --- definition check f_j^i = f(x_i;W,b)_j = w_j^T x_i + b_j  (sample 0, class 1)
fvec = W.T * Matrix(Xs[0]) + Matrix(bvec)
H1 = (fvec[1], sum(W[k, 1] * Xs[0][k] for k in range(Dm)) + bvec[1])

# --- multiclass SVM losses
def L_msvm(i):
    return sum(Max(0, f_multi(i, j) - f_multi(i, ylab[i]) + Delta) for j in range(K) if j != ylab[i])


Lmulti = sum(L_msvm(i) for i in range(N)) / N + lam / 2 * sum(W[k, j]**2 for k in range(Dm) for j in range(K))

# --- binary models: w in R^2, scalar b
w = [Symbol("w0", real=True), Symbol("w1", real=True)]
bb = Symbol("b", real=True)
y01 = [Symbol(f"t{i}", integer=True) for i in range(N)]   # labels in {0,1} (logistic)
ypm = [Symbol(f"s{i}", integer=True) for i in range(N)]   # labels in {-1,1} (SVM)


def fb(i):
    return w[0] * Xs[i][0] + w[1] * Xs[i][1] + bb


def sig(z):
    return 1 / (1 + exp(-z))


def L_log(i):
    p = sig(fb(i))
    return -(y01[i] * log(p) + (1 - y01[i]) * log(1 - p))


def L_bsvm(i, Cval):
    return Cval * Max(0, 1 - ypm[i] * fb(i))


reg_w = lam / 2 * (w[0]**2 + w[1]**2)
Llog_total = sum(L_log(i) for i in range(N)) / N + reg_w
Lsvm_total = sum(L_bsvm(i, Cc) for i in range(N)) / N + reg_w


def gw(expr):
    return gvec[0] * diff(expr, w[0]) + gvec[1] * diff(expr, w[1])


p0 = sig(fb(0))
act = 1 - ypm[0] * fb(0)

# --- softmax (sample 0, label y_0 = 0, class j = 1)
den = sum(exp(f_multi(0, j)) for j in range(K))
L_soft0 = -log(exp(f_multi(0, ylab[0])) / den)
p_y0 = exp(f_multi(0, ylab[0])) / den

DOM = {lam: (0.1, 2.0), Delta: (0.3, 1.5), Cc: (0.3, 3.0)}
DOM_LOG = {**DOM, **{t: (0, 1) for t in y01}}
DOM_SVM = {**DOM, **{s: (-1, 1) for s in ypm}}

i0, j1 = 0, 1   # sample i = 0 (label 0); j = 1 is a class j != y_i
CLAIMS = [
    Claim(13, "valid", *H1),
    Claim(27, "valid", grad_w(Lmulti, j1),
          sum(grad_w(L_msvm(i), j1) for i in range(N)) / N + lam * gdot([W[k, j1] for k in range(Dm)]),
          domain=DOM),
    Claim(28, "valid", diff(Lmulti, bvec[j1]),
          sum(diff(L_msvm(i), bvec[j1]) for i in range(N)) / N, domain=DOM),
    Claim(51, "ambiguous", gw(Llog_total), gdot(Xs[0]) * (p0 - y01[0]),
          alt=(gw(L_log(0)), gdot(Xs[0]) * (p0 - y01[0])), domain=DOM_LOG,
          note="L is the regularised average over all samples; the per-sample L_i gives x_i(p-y_i)"),
    Claim(52, "ambiguous", diff(Llog_total, bb), p0 - y01[0],
          alt=(diff(L_log(0), bb), p0 - y01[0]), domain=DOM_LOG,
          note="holds for the per-sample L_i, not for the averaged total L"),
    Claim(69, "ambiguous", gw(Lsvm_total), Piecewise((-gdot(Xs[0]) * ypm[0], act > 0), (0, True)),
          alt=(gw(L_bsvm(0, 1)), Piecewise((-gdot(Xs[0]) * ypm[0], act > 0), (0, True))),
          domain=DOM_SVM,
          note="holds for the per-sample L_i with C = 1; the total L adds the average, C and lambda*w"),
    Claim(77, "ambiguous", diff(Lsvm_total, bb), Piecewise((-ypm[0], act > 0), (0, True)),
          alt=(diff(L_bsvm(0, 1), bb), Piecewise((-ypm[0], act > 0), (0, True))),
          domain=DOM_SVM,
          note="holds for the per-sample L_i with C = 1, not for the averaged total L with factor C"),
    Claim(97, "invalid", grad_w(L_soft0, j1), gdot(Xs[0]) * (p_y0 - 0), domain=DOM,
          note="dL_i/dw_j = x_i(p(y=j|x_i) - 1(y_i=j)); p(y_i|x_i) is the wrong class probability"),
    Claim(98, "invalid", diff(L_soft0, bvec[j1]), p_y0 - 0, domain=DOM,
          note="dL_i/db_j = p(y=j|x_i) - 1(y_i=j), not p(y_i|x_i) - 1(y_i=j)"),
    Claim(115, "valid", grad_w(L_msvm(i0), ylab[i0]),
          -sum(ind(f_multi(i0, j) - f_multi(i0, ylab[i0]) + Delta) for j in range(K) if j != ylab[i0])
          * gdot(Xs[i0]), domain=DOM),
    Claim(116, "valid", diff(L_msvm(i0), bvec[ylab[i0]]),
          -sum(ind(f_multi(i0, j) - f_multi(i0, ylab[i0]) + Delta) for j in range(K) if j != ylab[i0]),
          domain=DOM),
    Claim(121, "valid", grad_w(L_msvm(i0), j1),
          ind(f_multi(i0, j1) - f_multi(i0, ylab[i0]) + Delta) * gdot(Xs[i0]), domain=DOM),
    Claim(122, "valid", diff(L_msvm(i0), bvec[j1]),
          ind(f_multi(i0, j1) - f_multi(i0, ylab[i0]) + Delta), domain=DOM),
]
