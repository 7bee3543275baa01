from sympy import Symbol, exp, log, diff, KroneckerDelta, sin

from labels import Claim

SOURCE = ("https://github.com/petetanru/petetanru.github.io/blob/"
          "e7b49b111ac14dcfdf18c010d2ccbbc2f623490e/_posts/2017-01-31-derivations.markdown")
TITLE = "Derivations from ML course (softmax and cross entropy w.r.t. the softmax input)"
TOPIC = "multiclass"

# ---- part 1: softmax of x = (x1, x2, x3); "i = j" case uses i = j = 1, "i != j" uses j = 1, i = 2
x1, x2, x3 = (Symbol(f"x{k}", real=True) for k in (1, 2, 3))
S = exp(x1) + exp(x2) + exp(x3)
f1 = exp(x1) / S
f2 = exp(x2) / S
g = exp(x1)          # g(x_j) = e^{x_j}, j = 1
h = S                # h = sum_k e^{x_k}

# ---- quotient rule checked on the same g, h (derivative in x1)
# ---- chain rule line: f(g(h(x))) with concrete f, g, h
t = Symbol("t", real=True)
u = Symbol("u", real=True)
v = Symbol("v", real=True)
hh = t**2 + 1        # h(x)
G = sin(u)           # g as a function of h
F = v**3             # f as a function of g
comp = F.subs(v, G.subs(u, hh))
chain_written = diff(F, v).subs(v, G.subs(u, hh)) * diff(G, u).subs(u, hh)

# ---- part 2: cross entropy, K = 3 classes, logits th1..th3, one-hot y with hot index c;
# the derivative index i is 1.
th = [Symbol(f"th{k}", real=True) for k in (1, 2, 3)]
Z = sum(exp(a) for a in th)
yh = [exp(a) / Z for a in th]
c = Symbol("c", integer=True)
y = [KroneckerDelta(k, c) for k in (1, 2, 3)]
D = {c: (1, 2, 3)}
CE = -sum(y[k] * log(yh[k]) for k in range(3))
full = -sum(y[k] / yh[k] * diff(yh[k], th[0]) for k in range(3))     # -sum_j y_j/yh_j dyh_j/dth_i
term_i = -y[0] / yh[0] * diff(yh[0], th[0])                           # its j = i term
rest = -sum(y[k] / yh[k] * diff(yh[k], th[0]) for k in (1, 2))       # its j != i terms
rest_written = -sum(y[k] / yh[k] * (-yh[0] * yh[k]) for k in (1, 2))  # -sum y_{i!=j} (1/yh_j)(-yh_i yh_j)
wrong_sum = sum(y[0] * yh[0] for k in (1, 2))                          # sum_{i!=j} y_i yh_i, literally
case_ii = -y[0] * (1 / yh[0]) * yh[0] * (1 - yh[0])

CLAIMS = [
    Claim(8, "valid", exp(x1) / S, exp(x1) / S),
    Claim(14, "valid", diff(g / h, x1), (diff(g, x1) * h - g * diff(h, x1)) / h**2),
    Claim(20, "valid", diff(g, x1), exp(x1)),
    Claim(22, "valid", diff(h, x1), 0 + 0 + 0 + 0 + exp(x1) + 0 + 0),
    Claim(22, "valid", 0 + 0 + 0 + 0 + exp(x1) + 0 + 0, exp(x1), k=2),
    Claim(27, "valid", diff(f1, x1), (exp(x1) * S - exp(x1) * exp(x1)) / S**2),
    Claim(29, "valid", (exp(x1) * S - exp(x1) * exp(x1)) / S**2,
          exp(x1) / S * ((S - exp(x1)) / S)),
    Claim(31, "valid", exp(x1) / S * ((S - exp(x1)) / S), f1 * (S / S - exp(x1) / S)),
    Claim(33, "valid", f1 * (S / S - exp(x1) / S), f1 * (1 - f1)),
    Claim(39, "valid", diff(g, x2), 0),
    Claim(39, "valid", diff(h, x2), exp(x2), k=2),
    Claim(43, "valid", diff(f1, x2), (0 - exp(x1) * exp(x2)) / S**2),
    Claim(45, "valid", (0 - exp(x1) * exp(x2)) / S**2, -(exp(x1) / S) * (exp(x2) / S)),
    Claim(47, "valid", -(exp(x1) / S) * (exp(x2) / S), -f1 * f2),
    Claim(55, "valid", diff(f1, x1), f1 * (1 - f1)),
    Claim(57, "valid", diff(f1, x2), -f2 * f1),
    Claim(67, "invalid", diff(comp, t), chain_written,
          note="for f(g(h(x))) the chain rule needs the factor dh/dx as well; f' = f_g g_h drops it"),
    Claim(69, "valid", diff(CE, th[0]),
          -sum(diff(y[k] * log(yh[k]), th[0]) for k in range(3)), domain=D),
    Claim(71, "valid", -sum(diff(y[k] * log(yh[k]), th[0]) for k in range(3)), full, domain=D),
    Claim(77, "ambiguous", full, case_ii, alt=(term_i, case_ii), domain=D,
          note="the whole sum over j is not its j = i term (other classes give y_j yh_i); holds only as the j = i term of the case"),
    Claim(79, "valid", case_ii, -y[0] * (1 - yh[0]), domain=D),
    Claim(85, "ambiguous", full, rest_written, alt=(rest, rest_written), domain=D,
          note="left side as written is the full sum over j (includes the j = i term -y_i(1-yh_i)); equals the right side only as the j != i part"),
    Claim(87, "invalid", rest_written, wrong_sum, domain=D,
          note="the j != i terms give sum_{j!=i} y_j yh_i; the summand y_i yh_i has the wrong index (as written it is (K-1) y_i yh_i)"),
    Claim(93, "invalid", full, -y[0] * (1 - yh[0]) + wrong_sum, domain=D,
          note="correct combination is -y_i(1-yh_i) + sum_{j!=i} y_j yh_i; the sum of y_i yh_i over j != i is (K-1) y_i yh_i"),
    Claim(95, "valid", -y[0] * (1 - yh[0]) + wrong_sum, y[0] * yh[0] - y[0] + wrong_sum, domain=D),
    Claim(97, "valid", y[0] * yh[0] - y[0] + wrong_sum, yh[0] * sum(y[0] for k in range(3)) - y[0],
          domain=D),
    Claim(101, "ambiguous", yh[0] * sum(y[0] for k in range(3)) - y[0], yh[0] - y[0],
          alt=(yh[0] * sum(y[k] for k in range(3)) - y[0], yh[0] - y[0]), domain=D,
          note="literally sum_j y_i = K y_i, not 1; holds if sum_j y_i is read as the sum of the label entries (= 1 for one-hot), as the text says"),
]
