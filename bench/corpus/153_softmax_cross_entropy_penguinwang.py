from sympy import Rational, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/penguinwang96825/Yang-Tech-Blog-Repo/blob/72bc84f22f10b792c84cd476c7f9857bb5779fd0/source/_posts/2021-04-18-softmax-and-cross-entropy.md"
TITLE = "Softmax and Cross-Entropy"
TOPIC = "softmax"

z1, z2, z3 = (Symbol(f"z{k}", real=True) for k in (1, 2, 3))
C = Symbol("C", positive=True)
S = exp(z1) + exp(z2) + exp(z3)
s1, s2, s3 = exp(z1) / S, exp(z2) / S, exp(z3) / S
yh = (s1, s2, s3)
Z = (z1, z2, z3)

# one-hot targets: general symbols, with y3 = 1 - y1 - y2 where the sum-to-one is used
y1, y2, y3 = (Symbol(f"y{k}", real=True) for k in (1, 2, 3))
Y = (y1, y2, y3)
L = -(y1 * log(s1) + y2 * log(s2) + y3 * log(s3))
pos = {C: (0.2, 3.0)}

# weighted check of the whole Jacobian dy_i/dz_j = y_i (delta_ij - y_j)
cw = {(i, j): Symbol(f"c{i}{j}", real=True) for i in range(3) for j in range(3)}
jac_lhs = sum(cw[i, j] * diff(yh[i], Z[j]) for i in range(3) for j in range(3))
jac_rhs = sum(cw[i, j] * yh[i] * ((1 if i == j else 0) - yh[j]) for i in range(3) for j in range(3))

# i = 1 in the cross-entropy chains
l84 = -sum(Y[k] * diff(log(yh[k]), z1) for k in range(3))
l85 = -sum(Y[k] * (1 / yh[k]) * diff(yh[k], z1) for k in range(3))
l93 = -y1 * (1 - s1) - sum(Y[k] * (1 / yh[k]) * (-yh[k] * s1) for k in (1, 2))
l94 = -y1 * (1 - s1) - sum(Y[k] * s1 for k in (1, 2))
l95 = s1 * (y1 + y2 + y3) - y1
onehot = {y3: 1 - y1 - y2}

CLAIMS = [
    Claim(25, "valid", exp(z1) / S, C * exp(z1) / (C * S), domain=pos),
    Claim(26, "valid", C * exp(z1) / (C * S),
          exp(z1 + log(C)) / (exp(z1 + log(C)) + exp(z2 + log(C)) + exp(z3 + log(C))), domain=pos),
    Claim(43, "valid", diff(s1, z1), (exp(z1) * S - exp(z1) * exp(z1)) / S**2),
    Claim(43, "valid", (exp(z1) * S - exp(z1) * exp(z1)) / S**2, s1 - exp(z1) * exp(z1) / S**2, k=2),
    Claim(43, "valid", s1 - exp(z1) * exp(z1) / S**2, s1 - s1**2, k=3),
    Claim(47, "valid", diff(s1, z2), -exp(z1) * exp(z2) / S**2),
    Claim(47, "valid", -exp(z1) * exp(z2) / S**2, -s1 * s2, k=2),
    Claim(51, "invalid", diff(s1, z3), -exp(z1) * exp(z2) / (exp(z1) + exp(z3) + exp(z3))**2,
          note="dy1/dz3 = -e^{z1}e^{z3}/(e^{z1}+e^{z2}+e^{z3})^2; numerator has e^{z2} and denominator e^{z3} twice"),
    Claim(51, "invalid", -exp(z1) * exp(z2) / (exp(z1) + exp(z3) + exp(z3))**2, -s1 * s3, k=2,
          note="the mistyped middle expression is not -y1*y3"),
    Claim(56, "valid", jac_lhs, jac_rhs),
    Claim(69, "invalid", -(0 * log(Rational("0.228")) + 1 * log(Rational("0.619")) + 0 * log(Rational("0.153"))),
          Rational("0.479"), note="-ln 0.619 = 0.47965..., which is 0.480 to three places, not 0.479"),
    Claim(84, "valid", diff(L, z1), l84),
    Claim(85, "valid", l84, l85),
    Claim(86, "valid", l85, l85),
    Claim(93, "valid", diff(L, z1), l93),
    Claim(94, "invalid", l93, l94,
          note="-sum y_k (1/yh_k)(-yh_k yh_i) = +sum y_k yh_i; the sign of the sum was flipped"),
    Claim(95, "invalid", l94, l95,
          note="from the (wrong) previous line one gets yh_i(y_i - sum_{k!=i} y_k) - y_i, not yh_i(y_i + sum) - y_i"),
    Claim(96, "valid", l95.subs(onehot), s1 - y1,
          note="uses sum_k y_k = 1 (one-hot target, stated in the text)"),
]
