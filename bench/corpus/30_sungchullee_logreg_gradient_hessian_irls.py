from sympy import Symbol, exp, diff, log, Matrix, diag

from labels import Claim

SOURCE = "https://github.com/SungchulLee/statistics_book_writing/blob/5d724427f9b2d099003f6b333548b9b50b7eed52/docs/ch19/estimation_inference/mle.md"
TITLE = "Cross-entropy gradient A^T(sigma - y), Hessian A^T B A, Newton step as IRLS"
TOPIC = "vector"


def sig(t):
    return 1 / (1 + exp(-t))


Y01 = frozenset({0, 1})
n, p = 3, 2
th = [Symbol(f"theta{k}", real=True) for k in range(p)]
A = Matrix(n, p, lambda i, k: Symbol(f"a{i}{k}", real=True))
Y = [Symbol(f"y{i}", real=True) for i in range(n)]
dom = {v: Y01 for v in Y}
S = [sig(sum(A[i, k] * th[k] for k in range(p))) for i in range(n)]
ell = -sum(Y[i] * log(S[i]) + (1 - Y[i]) * log(1 - S[i]) for i in range(n))
z = Symbol("z", real=True)
alpha = Symbol("alpha", positive=True)
j = 0
res = Matrix([S[i] - Y[i] for i in range(n)])
B = diag(*[S[i] * (1 - S[i]) for i in range(n)])
H = A.T * B * A
grad = A.T * res
detH = H[0, 0] * H[1, 1] - H[0, 1] * H[1, 0]
Hinv = Matrix([[H[1, 1], -H[0, 1]], [-H[1, 0], H[0, 0]]]) / detH      # 2 x 2 inverse
Binv = diag(*[1 / (S[i] * (1 - S[i])) for i in range(n)])
newton = Matrix(th) - Hinv * grad
zw = A * Matrix(th) - Binv * res
irls = Hinv * A.T * B * zw

CLAIMS = [
    Claim(10, "valid", diff(sig(z), z), sig(z) * (1 - sig(z))),
    Claim(18, "valid", diff(ell, th[j]),
          -sum(Y[i] / S[i] * S[i] * (1 - S[i]) * A[i, j] - (1 - Y[i]) / (1 - S[i]) * S[i] * (1 - S[i]) * A[i, j] for i in range(n)),
          domain=dom),
    Claim(27, "valid", diff(ell, th[j]), sum((S[i] - Y[i]) * A[i, j] for i in range(n)), domain=dom),
    Claim(36, "valid", diff(ell, th[j]), grad[j], domain=dom),
    Claim(49, "valid", diff(ell, th[0], th[1]), sum(S[i] * (1 - S[i]) * A[i, 0] * A[i, 1] for i in range(n)), domain=dom),
    Claim(50, "valid", sum(S[i] * (1 - S[i]) * A[i, 0] * A[i, 1] for i in range(n)), H[0, 1]),
    Claim(70, "valid", th[j] - alpha * diff(ell, th[j]), th[j] - alpha * grad[j], domain=dom),
    Claim(94, "valid", newton[0], irls[0], domain=dom),
]
