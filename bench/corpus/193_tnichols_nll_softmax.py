from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/tnichols89/tnichols89.github.io/blob/"
          "ba21097a127692201977389de3b0a41b16bd8f47/_posts/2023-10-20-softmax-classifier.md")
TITLE = "Negative Log Likelihood and Softmax"
TOPIC = "softmax"

# k = 3 classes, d = 2 features; the true class y_i is class 1; p = 1 (= y_i) and p = 2 (≠ y_i)
f1, f2, f3 = (Symbol(f"f{j}", real=True) for j in (1, 2, 3))
x1, x2 = Symbol("x1", real=True), Symbol("x2", real=True)
W = [[Symbol(f"W{j}{q}", real=True) for q in (1, 2)] for j in (1, 2, 3)]
t, u, v = Symbol("t", real=True), Symbol("u", real=True), Symbol("v", real=True)
u1, u2, u3 = (Symbol(f"u{j}", real=True) for j in (1, 2, 3))

S = exp(f1) + exp(f2) + exp(f3)
loss_f = -log(exp(f1) / S)  # ℓ as a function of the logits, with y_i = 1

F = [W[j][0] * x1 + W[j][1] * x2 for j in range(3)]  # f_j = [W x_i]_j
SF = exp(F[0]) + exp(F[1]) + exp(F[2])
loss_W = -log(exp(F[0]) / SF)  # ℓ as a function of W
dl_df = [diff(loss_f, fj) for fj in (f1, f2, f3)]
dl_df_at = [d.subs({f1: F[0], f2: F[1], f3: F[2]}) for d in dl_df]


def chain(Wjq):
    """Σ_j ∂ℓ/∂f_j · ∂f_j/∂W_jq: the product ∂ℓ/∂f ∂f/∂W, contracted over the logits."""
    return sum(dl_df_at[j] * diff(F[j], Wjq) for j in range(3))


s1_W, s2_W = exp(F[0]) / SF, exp(F[1]) / SF

CLAIMS = [
    # NLL: -log(ŷ) with ŷ = softmax, then the algebra of the log
    Claim(31, "valid", -log(exp(f1) / S), -log(exp(f1) / (exp(f1) + exp(f2) + exp(f3)))),
    Claim(32, "valid", -log(exp(f1) / S), -(log(exp(f1)) - log(S))),
    Claim(33, "valid", -(log(exp(f1)) - log(S)), -f1 + log(S)),
    Claim(34, "valid", -F[0] + log(SF),
          -(W[0][0] * x1 + W[0][1] * x2)
          + log(sum(exp(W[j][0] * x1 + W[j][1] * x2) for j in range(3)))),
    # chain rule ∂ℓ/∂W = ∂ℓ/∂f ∂f/∂W, checked on the entries W_21 and W_12
    Claim(61, "valid", diff(loss_W, W[1][0]) + t * diff(loss_W, W[0][1]),
          chain(W[1][0]) + t * chain(W[0][1])),
    # ∂ℓ/∂f_p by cases: p = y_i (p = 1) plus t times p ≠ y_i (p = 2)
    Claim(68, "valid", diff(loss_f, f1) + t * diff(loss_f, f2),
          (-1 + 1 / S * exp(f1)) + t * (1 / S * exp(f2))),
    Claim(72, "valid", (-1 + 1 / S * exp(f1)) + t * (1 / S * exp(f2)),
          (-1 + exp(f1) / S) + t * (exp(f2) / S)),
    # ∂f/∂W_p = ∂/∂W_p [W_p x_i]: f is the score vector, only its p-th entry depends on W_p
    Claim(82, "ambiguous",
          sum(uj * diff(F[j], W[1][0]) for j, uj in enumerate((u1, u2, u3))),
          (u1 + u2 + u3) * diff(W[1][0] * x1 + W[1][1] * x2, W[1][0]),
          alt=(diff(F[1], W[1][0]) + t * diff(F[1], W[1][1]),
               diff(W[1][0] * x1 + W[1][1] * x2, W[1][0])
               + t * diff(W[1][0] * x1 + W[1][1] * x2, W[1][1])),
          note="as written ∂f/∂W_p is the Jacobian of the whole score vector (entries j≠p are 0);"
               " equals x_i only reading f as the p-th score f_p"),
    Claim(82, "valid",
          diff(W[1][0] * x1 + W[1][1] * x2, W[1][0]) + t * diff(W[1][0] * x1 + W[1][1] * x2, W[1][1]),
          x1 + t * x2, k=2),
    # W_p x_i = <W_p, x_i>
    Claim(85, "valid", W[1][0] * x1 + W[1][1] * x2, x1 * W[1][0] + x2 * W[1][1]),
    # ∂ℓ/∂W_p by cases, rows p = 1 (= y_i) and p = 2, both columns
    Claim(90, "valid",
          diff(loss_W, W[0][0]) + t * diff(loss_W, W[0][1])
          + u * diff(loss_W, W[1][0]) + v * diff(loss_W, W[1][1]),
          (s1_W - 1) * x1 + t * (s1_W - 1) * x2 + u * s2_W * x1 + v * s2_W * x2),
]
