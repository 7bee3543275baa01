from sympy import Integer, Max, Piecewise, Symbol, diff, symbols

from labels import Claim

SOURCE = "https://github.com/leejae94/deeplearning-note/blob/5205058c310c19400b569e7a60fe44c7997c17f9/svm_note.ipynb"
TITLE = "SVM hinge loss: definition and unvectorized gradient (leejae94, deeplearning-note, svm_note.ipynb)"
TOPIC = "hinge"

# Concrete size: one example x_i with D = 2 features, C = 3 classes, its own class y_i = 0, so the
# wrong classes are j = 1, 2. w_0 = w_{y_i}, w_1, w_2 are the class weight vectors (columns of W).
D = 2
x = symbols("x1:3", real=True)
w = [symbols(f"a1:3", real=True), symbols(f"b1:3", real=True), symbols(f"c1:3", real=True)]
Dl = Symbol("Delta", real=True)
u = Symbol("u", positive=True)                  # a positive gap, to place a margin on one side of 0
s = symbols("s0:3", real=True)                  # the scores s_j of section 1, as free quantities
J = (1, 2)                                      # the classes j != y_i


def dot(v, z):
    return sum(v[k] * z[k] for k in range(D))


def m(j):                                       # w_j^T x_i - w_{y_i}^T x_i + Delta
    return dot(w[j], x) - dot(w[0], x) + Dl


def ind(e):                                     # the indicator 1(e > 0)
    return Piecewise((1, e > 0), (0, True))


Li = sum(Max(0, m(j)) for j in J)               # L_i in the weights (line 25)
Li_s = sum(Max(0, s[j] - s[0] + Dl) for j in J) # L_i in the scores (line 7, the sum it intends)


def vec(v):
    """a gradient in R^2, checked through a combination of its two components with distinct weights"""
    return 2 * v[0] + 5 * v[1]


def grad(e, j):                                 # the gradient of e with respect to w_j, combined
    return vec([diff(e, w[j][k]) for k in range(D)])


def over_j(f):
    """a claim about a free wrong class j, checked for j = 1 and j = 2 at once (distinct weights)"""
    return 7 * f(1) + 11 * f(2)


X = vec(x)                                      # x_i, combined the same way


def off(j):                                     # a point where the j-th margin is -u < 0
    return {Dl: dot(w[0], x) - dot(w[j], x) - u}


def on(j):                                      # a point where the j-th margin is u > 0
    return {Dl: dot(w[0], x) - dot(w[j], x) + u}


NOTE_TERM = ("the condition bears on one term j only; the gradient of the whole L_i also carries the other "
             "wrong class's term, which is active at some points; it holds if L_i stands for the j-th summand, "
             "as the case split after line 35 suggests")

CLAIMS = [
    Claim(7, "ambiguous", over_j(lambda j: Li_s), over_j(lambda j: Max(0, s[j] - s[0] + Dl)),
          alt=(Li_s, sum(Max(0, s[j] - s[0] + Dl) for j in J)),
          note="the second = (after the first, which defines L_i) leaves the sum without an operand: read "
               "literally the chain equates L_i with a single hinge term; dropping the stray = gives the sum"),
    Claim(25, "valid", Li_s.subs({s[j]: dot(w[j], x) for j in range(3)}), Li,
          note="the same loss with s_j = w_j^T x_i"),
    Claim(35, "valid", grad(Li, 0), sum(grad(Max(0, m(j)), 0) for j in J)),
    Claim(39, "ambiguous", over_j(lambda j: grad(Li, 0).subs(off(j))), Integer(0),
          alt=(over_j(lambda j: grad(Max(0, m(j)), 0).subs(off(j))), Integer(0)), note=NOTE_TERM),
    Claim(39, "valid", Integer(0), Integer(0), k=2, note="the gradient of the constant 0"),
    Claim(42, "ambiguous", over_j(lambda j: grad(Li, 0).subs(on(j))), over_j(lambda j: grad(m(j), 0).subs(on(j))),
          alt=(over_j(lambda j: grad(Max(0, m(j)), 0).subs(on(j))), over_j(lambda j: grad(m(j), 0).subs(on(j)))),
          note=NOTE_TERM),
    Claim(42, "valid", over_j(lambda j: grad(m(j), 0)), over_j(lambda j: -X), k=2),
    Claim(48, "valid", grad(Li, 0), -(sum(ind(m(j)) for j in J)) * X),
    Claim(56, "ambiguous", over_j(lambda j: grad(Li, j)),
          over_j(lambda j: sum(grad(Max(0, m(jj)), jj) for jj in J)),
          alt=(over_j(lambda j: grad(Li, j)), over_j(lambda j: sum(grad(Max(0, m(k)), j) for k in J))),
          note="j is both the free class and the summation index: read with j bound by the sum, the right side "
               "adds every wrong class's own gradient, (sum_j 1(m_j > 0)) x_i; with a separate summation "
               "index it is the gradient of L_i in the one w_j"),
    Claim(62, "invalid", over_j(lambda j: grad(Li, 0)), over_j(lambda j: ind(m(j)) * X),
          note="the left side is the gradient in w_{y_i}, -(sum_j 1(m_j > 0)) x_i (line 48); 1(m_j > 0) x_i is "
               "the gradient in w_j, which the section is about"),
]
