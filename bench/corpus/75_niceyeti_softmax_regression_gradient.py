from sympy import Symbol, exp, log, diff, Add, Rational

from labels import Claim

SOURCE = "https://github.com/niceyeti/DeepSeq/blob/4b7d84c6c9a9d92c17ffccac0c0dd28591920c83/docs/tex/softmax.tex"
TITLE = "Softmax regression: negative log-likelihood and its gradient in W (Jesse Waite, \"X crossed smigh\")"
TOPIC = "multiclass"

# N = 2 examples, K = 3 classes, D = 2 features. Row k of W is the class weight vector w_k, x_n the
# features of example n. The labels y_{n,k} are kept general with sum_k y_{n,k} = 1 (the one-hot
# property the document uses); nothing else needs them to be 0/1.
# Vector and matrix claims are checked through a weighted sum of their entries (distinct weights).
N, K, D = 2, 3, 2
W = [[Symbol(f"w{k}{d}", real=True) for d in range(D)] for k in range(K)]
X = [[Symbol(f"x{n}{d}", real=True) for d in range(D)] for n in range(N)]
Y = [[Symbol(f"y{n}{k}", real=True) for k in range(K - 1)] for n in range(N)]
Y = [row + [1 - row[0] - row[1]] for row in Y]


def dot(k, n):
    """w_k . x_n"""
    return sum(W[k][d] * X[n][d] for d in range(D))


Z = [sum(exp(dot(j, n)) for j in range(K)) for n in range(N)]          # sum_j e^{w_j . x_n}
S = [[exp(dot(k, n)) / Z[n] for k in range(K)] for n in range(N)]      # softmax s_{n,k}
L = 1
for n in range(N):
    for k in range(K):
        L *= S[n][k] ** Y[n][k]
J = -log(L)                                                             # J = -1 * log(L(W,X))

J18 = -sum(Y[n][k] * (log(exp(dot(k, n))) - log(Z[n])) for n in range(N) for k in range(K))
J20 = -sum(Y[n][k] * (dot(k, n) - log(Z[n])) for n in range(N) for k in range(K))
J22 = (-sum(Y[n][k] * dot(k, n) for n in range(N) for k in range(K))
       + sum(Y[n][k] * log(Z[n]) for n in range(N) for k in range(K)))
J26 = -sum(Y[n][k] * dot(k, n) for n in range(N) for k in range(K)) + sum(log(Z[n]) for n in range(N))

CW = [[2, 3], [5, 7], [11, 13]]          # weights of the entries (class j, feature d)


def per_class(f):
    """a vector claim about every class j (component d), checked for all j at once"""
    return Add(*[CW[j][d] * f(j, d) for j in range(K) for d in range(D)])


grad = lambda j, d: diff(J, W[j][d])                                    # component d of dJ/dw_j
r34 = lambda j, d: (-sum(Y[n][j] * X[n][d] for n in range(N))
                    + sum(1 / Z[n] * exp(dot(j, n)) * X[n][d] for n in range(N)))
r36 = lambda j, d: -sum(Y[n][j] * X[n][d] for n in range(N)) + sum(X[n][d] * exp(dot(j, n)) / Z[n] for n in range(N))
r38 = lambda j, d: -sum(Y[n][j] * X[n][d] for n in range(N)) + sum(exp(dot(j, n)) / Z[n] * X[n][d] for n in range(N))
r41 = lambda j, d: sum(X[n][d] * (exp(dot(j, n)) / Z[n] - Y[n][j]) for n in range(N))
# line 43 as written: s_j carries no example index, one number per class
s_free = [Symbol(f"s{k}", real=True) for k in range(K)]
r43 = lambda j, d: sum(X[n][d] * (s_free[j] - Y[n][j]) for n in range(N))
r43_meant = lambda j, d: sum(X[n][d] * (S[n][j] - Y[n][j]) for n in range(N))

# line 47: the loss of one example, J_i = -sum_k y_{i,k} log s_{i,k}; entry (k, d) of its gradient in W
Ji = [-sum(Y[i][k] * log(S[i][k]) for k in range(K)) for i in range(N)]
CI = [1, 17]                             # weights of the two examples i


def outer_i(f):
    return Add(*[CI[i] * CW[k][d] * f(i, k, d) for i in range(N) for k in range(K) for d in range(D)])


# x_i (x) (s_i - y_i) with the document's outer product: row k is x_i scaled by (s_{i,k} - y_{i,k})
gradJi = lambda i, k, d: diff(Ji[i], W[k][d])
r47 = lambda i, k, d: X[i][d] * (S[i][k] - Y[i][k])

# line 53 as written: s and y^* without the example index
ystar = [Symbol(f"ystar{k}", real=True) for k in range(K)]
r53 = lambda j, d: sum(X[n][d] * (s_free[j] - ystar[j]) for n in range(N))

# the worked example: x = [2,2,2], s = [0.1, 0.7, 0.2], y = [0,0,1]; the outer product as defined
# further down (row k is x scaled by the k-th entry); entries weighted over the 3 x 3 matrix
x_ex = [2, 2, 2]
s_ex = [Rational(1, 10), Rational(7, 10), Rational(2, 10)]
y_ex = [0, 0, 1]
CM = [[2, 3, 5], [7, 11, 13], [17, 19, 23]]


def matrix(rows):
    return Add(*[CM[r][c] * rows[r][c] for r in range(3) for c in range(3)])


outer_ex = matrix([[x_ex[c] * (s_ex[r] - y_ex[r]) for c in range(3)] for r in range(3)])
s_written = [Rational(1, 10), Rational(7, 10), Rational(3, 10)]    # the 0.3 of lines 61-68
r61 = matrix([[x_ex[c] * (s_written[r] - y_ex[r]) for c in range(3)] for r in range(3)])
col = [Rational(1, 10), Rational(7, 10), Rational(-7, 10)]
r70 = matrix([[x_ex[c] * col[r] for c in range(3)] for r in range(3)])
r84 = matrix([[Rational(2, 10)] * 3, [Rational(14, 10)] * 3, [Rational(-14, 10)] * 3])

NOTE_03 = ("s = [0.1, 0.7, 0.2] is given, but the example computes with 0.3: the last row of x (x) (s - y) "
           "is 2(0.2 - 1) = -1.6 in each entry, not -1.4")

CLAIMS = [
    Claim(18, "valid", J, J18),
    Claim(20, "valid", J, J20),
    Claim(22, "valid", J, J22),
    Claim(26, "valid", J, J26, note="uses sum_k y_{n,k} = 1 (one-hot labels)"),
    Claim(34, "valid", per_class(grad), per_class(r34)),
    Claim(36, "valid", per_class(grad), per_class(r36)),
    Claim(38, "valid", per_class(grad), per_class(r38)),
    Claim(41, "valid", per_class(grad), per_class(r41)),
    Claim(43, "ambiguous", per_class(grad), per_class(r43), alt=(per_class(grad), per_class(r43_meant)),
          note="s_j has no example index: as one number per class the sum is wrong; it holds with s_j "
               "read as s_{n,j}, the softmax output for example n"),
    Claim(47, "valid", outer_i(gradJi), outer_i(r47),
          note="x_i (x) (s_i - y_i) with the document's outer product (row k = x_i scaled by s_k - y_k)"),
    Claim(53, "ambiguous", per_class(grad), per_class(r53), alt=(per_class(grad), per_class(r43_meant)),
          note="s and y^* carry no example index: as fixed vectors the sum is wrong; read as s_n, y_n it "
               "is the sum of the per-example gradients of line 47"),
    Claim(59, "valid", s_ex[1], Rational(7, 10), note="zero-based entry 1 of s = [0.1, 0.7, 0.2]"),
    Claim(61, "invalid", outer_ex, r61, note=NOTE_03),
    Claim(63, "invalid", outer_ex, r70, note=NOTE_03 + "; [2,2,2] times the column read as the outer product"),
    Claim(70, "invalid", outer_ex, r70, note=NOTE_03),
    Claim(78, "invalid", outer_ex, r70, note=NOTE_03),
    Claim(85, "invalid", outer_ex, r84, note=NOTE_03),
]
