from sympy import Symbol, exp, log, diff

from labels import Claim

SOURCE = ("https://github.com/RicoJia/ricojia.github.io/blob/7864176b01eea67e250480791fda3d77d098bd7b/"
          "_posts/2022/2022-01-24-deep-learning-softmax-crossentropy.markdown")
TITLE = "Deep Learning - Softmax And Cross Entropy Loss (Rico Jia)"
TOPIC = "softmax"

PROB = (0.05, 0.95)

# --- KL divergence / cross entropy over three outcomes x_1, x_2, x_3 (lines 51, 59)
P = [Symbol(f"P{i}", positive=True) for i in (1, 2, 3)]
Q = [Symbol(f"Q{i}", positive=True) for i in (1, 2, 3)]
kl_dom = {s: PROB for s in P + Q}
kl_as_written = -sum(p * log(p / q) for p, q in zip(P, Q))      # the author's D_KL
sum_PlogQ = sum(p * log(q) for p, q in zip(P, Q))
sum_PlogP = sum(p * log(p) for p in P)
H_PQ = -sum_PlogQ
H_P = -sum_PlogP

# --- cross-entropy with labels y and predictions y-hat = q (lines 59, 98)
y = [Symbol(f"y{i}", positive=True) for i in (1, 2, 3)]
q = [Symbol(f"q{i}", positive=True) for i in (1, 2, 3)]
ce_dom = {s: PROB for s in y + q}
J = -sum(yi * log(qi) for yi, qi in zip(y, q))

# --- softmax of the vector called y-hat in the log-sum-exp section: logits a_i (lines 72-84)
a = [Symbol(f"a{i}", real=True) for i in (1, 2, 3)]
Sa = sum(exp(ai) for ai in a)
p_hat = [exp(ai) / Sa for ai in a]          # softmax as defined at line 14 (Z_i = e^{Y_i} / sum e^{Y_i})

# --- softmax Jacobian, C = 3 classes, j = 1, c = 2 (lines 108-153)
z = [Symbol(f"z{i}", real=True) for i in (1, 2, 3)]
S = sum(exp(zi) for zi in z)
yh = [exp(zi) / S for zi in z]
d11 = diff(yh[0], z[0])
d12 = diff(yh[0], z[1])

CLAIMS = [
    # D_KL chain; its first '=' is the author's definition of D_KL (sign flipped), not a claim
    Claim(51, "valid", kl_as_written, sum_PlogQ - sum_PlogP, domain=kl_dom),
    Claim(51, "invalid", sum_PlogQ - sum_PlogP, H_PQ - H_P, k=2, domain=kl_dom,
          note="H(P,Q) - H(P) = -sum P log Q + sum P log P, the negative of the previous member"),
    # J := -sum_x P(x) log Q(x) (definition); identifying P(x) with y_i and Q(x) with y-hat_i
    Claim(59, "valid", -sum(yi * log(qi) for yi, qi in zip(y, q)), J, domain=ce_dom),
    # softmax(y-hat) =: p_i (definition); p_i equals the listed vector entrywise (entry 1 checked)
    Claim(72, "valid", p_hat[0], (1 / Sa) * exp(a[0])),
    # L := -sum y_i log p_i (definition); one-hot target with correct class m = 1
    Claim(82, "valid", -(1 * log(p_hat[0]) + 0 * log(p_hat[1]) + 0 * log(p_hat[2])), -log(p_hat[0])),
    Claim(84, "valid", -log(p_hat[0]), -a[0] + log(Sa)),
    # dJ/dy_j chain, j = 1; as written the free index i (outside the sum) is another class, i = 2,
    # and the first derivative is taken with respect to the label y_j
    Claim(98, "ambiguous", diff(J, y[0]), diff(J, q[1]), domain=ce_dom,
          alt=(diff(J, q[0]), diff(J, q[0])),
          note="as written dJ/dy_j = -log(yhat_j) and d/dyhat_i with i unbound; holds only reading y_j as yhat_j and i as j"),
    Claim(98, "ambiguous", diff(J, q[1]), diff(-y[0] * log(q[0]), q[1]), k=2, domain=ce_dom,
          alt=(diff(J, q[0]), diff(-y[0] * log(q[0]), q[0])),
          note="for i != j the left side is -y_i/yhat_i and the right side 0; equal only when i = j"),
    Claim(98, "ambiguous", diff(-y[0] * log(q[0]), q[1]), -y[0] / q[0], k=3, domain=ce_dom,
          alt=(diff(-y[0] * log(q[0]), q[0]), -y[0] / q[0]),
          note="d(-y_j log yhat_j)/d yhat_i is 0 for i != j; equals -y_j/yhat_j only when i = j"),
    # softmax Jacobian, diagonal entry (line 106 and line 131 restate the definition of yhat_j)
    Claim(108, "valid", d11, diff(exp(z[0]) / S, z[0])),
    Claim(117, "valid", d11, (S * diff(exp(z[0]), z[0]) - exp(z[0]) * diff(S, z[0])) / S**2),
    Claim(121, "valid", (S * diff(exp(z[0]), z[0]) - exp(z[0]) * diff(S, z[0])) / S**2,
          (exp(z[0]) * S - exp(z[0]) * exp(z[0])) / S**2),
    Claim(124, "valid", (exp(z[0]) * S - exp(z[0]) * exp(z[0])) / S**2, exp(z[0]) * (S - exp(z[0])) / S**2),
    Claim(139, "valid", d11, yh[0] * (1 - yh[0])),
    # off-diagonal entry, c = 2
    Claim(147, "valid", d12, diff(exp(z[0]) / S, z[1])),
    Claim(149, "valid", diff(exp(z[0]) / S, z[1]), (0 * S - exp(z[0]) * exp(z[1])) / S**2),
    Claim(151, "valid", (0 * S - exp(z[0]) * exp(z[1])) / S**2, -exp(z[0]) * exp(z[1]) / S**2),
    Claim(153, "valid", -exp(z[0]) * exp(z[1]) / S**2, -yh[0] * yh[1]),
]
