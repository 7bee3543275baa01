from sympy import Rational, Symbol, diff

from labels import Claim

SOURCE = "https://github.com/rasbt/mlxtend/blob/3b4361c8d0aa3402ba5a3932c1975236d94ec32b/docs/sources/user_guide/general_concepts/linear-gradient-derivative.ipynb"
TITLE = "Gradient of the SSE J(w) = 1/2 sum (y - phi(z))^2 for linear regression / Adaline (chain-rule 2 dropped)"
TOPIC = "linear"

# Net input with m = 2: z = w0 x0 + w1 x1 + w2 x2 (line 13, one sample, generic x0)
w = [Symbol(f"w{k}", real=True) for k in range(3)]
xs = [Symbol(f"x{k}", real=True) for k in range(3)]

# The cost at 3 samples i = 1, 2, 3 with x_0^{(i)} = 1 and phi_A the identity: phi(z)_A^{(i)} = z^{(i)}.
# The derivative is taken in w_j with j = 1.
N = 3
x1 = [Symbol(f"x1_{i}", real=True) for i in range(1, N + 1)]
x2 = [Symbol(f"x2_{i}", real=True) for i in range(1, N + 1)]
y = [Symbol(f"y{i}", real=True) for i in range(1, N + 1)]
phi = [w[0] * 1 + w[1] * x1[i] + w[2] * x2[i] for i in range(N)]
r = [y[i] - phi[i] for i in range(N)]                       # y^{(i)} - phi(z)_A^{(i)}
J = Rational(1, 2) * sum(ri**2 for ri in r)
dJ = diff(J, w[1])
eta = Symbol("eta", real=True)

grad = -sum(r[i] * x1[i] for i in range(N))                  # - sum_i (y - phi) x_j
half = Rational(1, 2) * sum(r[i] * diff(r[i], w[1]) for i in range(N))   # line 73 as written
# line 74: the inner sum_i (w_j^{(i)} x_j^{(i)}) read as written, a sum over the samples of w_j x_j,
# whose derivative in w_j is -sum_k x_j^{(k)}; read as the net input z^{(i)} it is -x_j^{(i)}
inner_literal = sum(diff(y[i] - sum(w[1] * x1[k] for k in range(N)), w[1]) * r[i] for i in range(N))
inner_meant = sum(r[i] * diff(y[i] - phi[i], w[1]) for i in range(N))

# Delta w_j accumulated over one pass: sum_i eta (y^{(i)} - yhat^{(i)}) x_j^{(i)}, yhat = phi
dw1 = sum(eta * r[i] * x1[i] for i in range(N))

CLAIMS = [
    # z = w0x0 + w1x1 ... wmxm = sum_j x_j w_j = w^T x (the first = names z); "..." read as "+ ... +"
    Claim(13, "valid", w[0] * xs[0] + w[1] * xs[1] + w[2] * xs[2], sum(xs[k] * w[k] for k in range(3))),
    Claim(13, "valid", sum(xs[k] * w[k] for k in range(3)), sum(w[k] * xs[k] for k in range(3)), k=2),
    Claim(56, "valid", dw1, -eta * dJ,
          note="component j = 1: the accumulated update eta sum (y - yhat) x_j is -eta dJ/dw_j"),
    Claim(60, "valid", dJ, grad),
    Claim(65, "valid", dJ, grad),
    # the aligned derivation, each = between the previous line and the next
    Claim(71, "valid", dJ, diff(J, w[1])),
    Claim(72, "valid", diff(J, w[1]), Rational(1, 2) * diff(sum(ri**2 for ri in r), w[1])),
    Claim(73, "invalid", Rational(1, 2) * diff(sum(ri**2 for ri in r), w[1]), half,
          note="the chain rule's factor 2 is dropped: d/dw_j (y - phi)^2 = 2 (y - phi) d/dw_j (y - phi)"),
    Claim(74, "invalid", half, inner_meant,
          note="twice the previous line (the dropped 2 comes back); fails too with the inner sum read literally"),
    Claim(75, "ambiguous", inner_literal, sum(r[i] * (-x1[i]) for i in range(N)),
          alt=(inner_meant, sum(r[i] * (-x1[i]) for i in range(N))),
          note="the inner sum_i (w_j^{(i)} x_j^{(i)}) reuses the sample index: literally its derivative is "
               "-sum_k x_j^{(k)}; read as the net input z^{(i)} it is -x_j^{(i)}"),
    Claim(76, "valid", sum(r[i] * (-x1[i]) for i in range(N)), grad),
]
