from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/chenxingwei/machine_learning_from_scratch/blob/"
          "9150a3d70787b0eb4c92cf273f7d72443738007c/algorithm/6.softmax.md")
TITLE = "Softmax (machine_learning_from_scratch, 6.softmax.md)"
TOPIC = "multiclass"

# Concrete size: m = 2 features plus the bias column x3 = 1 (so m + 1 = 3 rows of theta),
# K = 3 classes; theta[k][j] is th{k}{j} (k = feature row, j = class column), as in a_j = sum_k x_k theta_kj.
# The sample's true class is i = 1: y1 = 1, y2 = y3 = 0.
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
x = [x1, x2, 1]
th = [[Symbol(f"th{k}{j}", real=True) for j in (1, 2, 3)] for k in (1, 2, 3)]
w = [[Symbol(f"w{k}{j}", real=True) for j in (1, 2, 3)] for k in (1, 2)]
b = [Symbol(f"b{j}", real=True) for j in (1, 2, 3)]
y1, y2, y3 = Symbol("y1"), Symbol("y2"), Symbol("y3")
ONEHOT = {y1: (1,), y2: (0,), y3: (0,)}

# scores as free symbols (for the softmax-only claims) and as functions of theta
A = [Symbol(f"a{j}", real=True) for j in (1, 2, 3)]
a_th = [sum(x[k] * th[k][j] for k in range(3)) for j in range(3)]


def softmax(a):
    Z = sum(exp(t) for t in a)
    return [exp(t) / Z for t in a]


sA = softmax(A)            # s as functions of the symbols a1, a2, a3
sT = softmax(a_th)         # s as functions of theta
y = [y1, y2, y3]
on_a = {A[j]: a_th[j] for j in range(3)}

# loss of one sample, as a function of theta
J_th = -sum(y[k] * log(sT[k]) for k in range(3))

# loss as a function of independent s symbols (for dJ/ds_i)
S = [Symbol(f"s{j}", positive=True) for j in (1, 2, 3)]
J_s = -sum(y[k] * log(S[k]) for k in range(3))
PROBS = {S[0]: (0.05, 0.95), S[1]: (0.05, 0.95), S[2]: (0.05, 0.95)}

# chain-rule factors for the true class i = 1
dJ_ds1 = -y1 / sT[0]
ds1_da = [diff(sA[0], A[j]).xreplace(on_a) for j in range(3)]   # ds_1/da_j

# line 22: a_k = sum_j x_j w_jk + b_k = sum_{j=1}^{m+1} x_j theta_jk (theta_jk = w_jk, theta_{m+1,k} = b_k, x_{m+1} = 1)
a1_wb = x1 * w[0][0] + x2 * w[1][0] + b[0]
a1_theta = (x1 * th[0][0] + x2 * th[1][0] + 1 * th[2][0]).xreplace(
    {th[0][0]: w[0][0], th[1][0]: w[1][0], th[2][0]: b[0]})

a_big = Symbol("a_big")
Msym = Symbol("M", real=True)

CLAIMS = [
    Claim(22, "valid", a1_wb, a1_theta),
    Claim(30, "valid", sum(sA), 1),
    Claim(44, "valid", J_th, -sum(y[k] * log(sT[k]) for k in range(3)), domain=ONEHOT),
    Claim(44, "valid", -sum(y[k] * log(sT[k]) for k in range(3)), -y1 * log(sT[0]), k=2,
          domain=ONEHOT),
    Claim(48, "valid", diff(J_s, S[0]), -y1 / S[0], domain=PROBS),
    Claim(50, "valid", diff(sA[0], A[0]), sA[0] * (1 - sA[0])),
    Claim(52, "valid", diff(sA[0], A[1]), -sA[0] * sA[1]),
    Claim(56, "valid", diff(a_th[1], th[0][1]), x1),
    # i = j = 1, k = 2 (feature x2)
    Claim(60, "valid", diff(J_th, th[1][0]), dJ_ds1 * ds1_da[0] * diff(a_th[0], th[1][0]),
          domain=ONEHOT),
    Claim(60, "valid", dJ_ds1 * ds1_da[0] * diff(a_th[0], th[1][0]), y1 * (sT[0] - 1) * x2, k=2,
          domain=ONEHOT),
    Claim(60, "valid", y1 * (sT[0] - 1) * x2, (sT[0] - 1) * x2, k=3, domain=ONEHOT),
    # i = 1, j = 2, k = 1 (feature x1)
    Claim(64, "valid", diff(J_th, th[0][1]), dJ_ds1 * ds1_da[1] * diff(a_th[1], th[0][1]),
          domain=ONEHOT),
    Claim(64, "valid", dJ_ds1 * ds1_da[1] * diff(a_th[1], th[0][1]), y1 * sT[1] * x1, k=2,
          domain=ONEHOT),
    Claim(64, "valid", y1 * sT[1] * x1, sT[1] * x1, k=3, domain=ONEHOT),
    # entry (k=1, j=2) of the gradient w.r.t. theta (theta is (m+1) x K) against entry (1, 2) of
    # (s - y) x^T, which is K x (m+1): the formula is the transpose of the gradient laid out like theta.
    Claim(68, "ambiguous", diff(J_th, th[0][1]), (sT[0] - y1) * x2, domain=ONEHOT,
          alt=(diff(J_th, th[0][1]), (sT[1] - y2) * x1),
          note="(s-y)x^T is K x (m+1), the transpose of the gradient laid out like theta "
               "((m+1) x K, entry (k,j) = (s_j-y_j)x_k); holds only in numerator layout"),
    Claim(74, "ambiguous", exp(a_big), 999 * exp(9), domain={a_big: (9999,)},
          alt=(exp(a_big), exp(9999)),
          note="with a_i = 9999, e^{a_i} = e^{9999}; as typeset e^9999 is e^9 followed by 999, "
               "i.e. 999 e^9"),
    Claim(76, "valid", sA[0], exp(A[0]) / sum(exp(t) for t in A)),
    Claim(76, "valid", exp(A[0]) / sum(exp(t) for t in A),
          exp(A[0] - Msym) / sum(exp(t - Msym) for t in A), k=2),
]
