from sympy import Symbol, Matrix, tanh, sin, diff, Max, Piecewise, Rational, Integer
from labels import Claim

SOURCE = ("https://github.com/ParsonsZeng/ThirstyScholar.github.io/blob/"
          "37e791a21ecb7dbe4c91467fd6ba600b3c92fce0/BP/bp.md")
TITLE = "Backpropagate a Two-layered Neural Network from Scratch (HCY / ThirstyScholar)"
TOPIC = "backprop"

# Concrete sizes: N = 2 examples (index m / i), D = 2 inputs, 2 hidden units (index k / j),
# 2 outputs (index n / j).  The general activation f is represented by tanh (the general
# identities hold for any differentiable f); the general loss L(yhat) by a fixed smooth function.
R = range(2)


def M(name):
    return Matrix(2, 2, lambda a, b: Symbol(f"{name}{a}{b}", real=True))


def V(name):
    return Matrix(1, 2, lambda a, b: Symbol(f"{name}{b}", real=True))


X, W1, W2, Hs, Ys, Yh, T = M("X"), M("W1_"), M("W2_"), M("H"), M("Y"), M("yh"), M("t")
b1, b2 = V("b1_"), V("b2_")
r = M("r")                                                       # random weights to compare matrices
r3 = {(i, j, n): Symbol(f"r{i}{j}{n}", real=True) for i in R for j in R for n in R}
Nn = 2


def Lgen(yh):            # a generic smooth scalar loss of the 2x2 output
    return sum((yh[m, n] - T[m, n])**2 * (m + 2 * n + 1) for m in R for n in R) + yh[0, 0] * yh[1, 1] + sin(yh[0, 1])


def addrow(A, b):        # A + b with the row vector b broadcast over rows
    return Matrix(2, 2, lambda m, n: A[m, n] + b[0, n])


def wsum(F):             # sum_ij r_ij F(i, j): equality for all entries <=> equality of these sums
    return sum(r[i, j] * F(i, j) for i in R for j in R)


def mat(A):
    return wsum(lambda i, j: A[i, j])


# ---- output layer, H treated as free symbols
yhat_H = addrow(Hs * W2, b2)
L_H = Lgen(yhat_H)
dL_dyh = Matrix(2, 2, lambda m, n: diff(Lgen(Yh), Yh[m, n]).subs(dict(zip(Yh, yhat_H))))   # dL/dyhat
z = lambda m, n: sum(Hs[m, k] * W2[k, n] for k in R)                                     # sum_k H_mk W_kn

chain_H = lambda i, j: sum(dL_dyh[m, n] * diff(yhat_H[m, n], Hs[i, j]) for m in R for n in R)
lit_100 = lambda i, j: sum(dL_dyh[m, n] * diff(z(m, n), Hs[i, j]) + b2[0, n] for m in R for n in R)
alt_100 = lambda i, j: sum(dL_dyh[m, n] * diff(z(m, n) + b2[0, n], Hs[i, j]) for m in R for n in R)
lit_101 = lambda i, j: sum(dL_dyh[i, n] * diff(z(i, n), Hs[i, j]) + b2[0, n] for n in R)
alt_101 = lambda i, j: sum(dL_dyh[i, n] * diff(z(i, n) + b2[0, n], Hs[i, j]) for n in R)
line_102 = lambda i, j: sum(dL_dyh[i, n] * W2.T[n, j] for n in R)
ub_lit_H = sum(r3[i, j, n] * (diff(z(i, n), Hs[i, j]) + b2[0, n]) for i in R for j in R for n in R)
ub_alt_H = sum(r3[i, j, n] * diff(z(i, n) + b2[0, n], Hs[i, j]) for i in R for j in R for n in R)
ub_rhs_H = sum(r3[i, j, n] * W2[j, n] for i in R for j in R for n in R)

# ---- W2
dLdW2 = lambda i, j: diff(L_H, W2[i, j])
chain_W = lambda i, j: sum(dL_dyh[m, n] * diff(yhat_H[m, n], W2[i, j]) for m in R for n in R)
lit_116 = lambda i, j: sum(dL_dyh[m, n] * diff(z(m, n), W2[i, j]) + b2[0, n] for m in R for n in R)
alt_116 = lambda i, j: sum(dL_dyh[m, n] * diff(z(m, n) + b2[0, n], W2[i, j]) for m in R for n in R)
lit_117 = lambda i, j: sum(dL_dyh[m, j] * diff(z(m, j), W2[i, j]) + b2[0, j] for m in R)
alt_117 = lambda i, j: sum(dL_dyh[m, j] * diff(z(m, j) + b2[0, j], W2[i, j]) for m in R)
line_118 = lambda i, j: sum(Hs.T[i, m] * dL_dyh[m, j] for m in R)
ub_lit_W = sum(r3[i, j, m] * (diff(z(m, j), W2[i, j]) + b2[0, j]) for i in R for j in R for m in R)
ub_alt_W = sum(r3[i, j, m] * diff(z(m, j) + b2[0, j], W2[i, j]) for i in R for j in R for m in R)
ub_rhs_W = sum(r3[i, j, m] * Hs[m, i] for i in R for j in R for m in R)

# ---- b2 (vectors: weights r[0, j])
vsum = lambda F: sum(r[0, j] * F(j) for j in R)
chain_b = lambda j: sum(dL_dyh[m, n] * diff(yhat_H[m, n], b2[0, j]) for m in R for n in R)
lit_133 = lambda j: sum(dL_dyh[m, j] * diff(z(m, j), b2[0, j]) + b2[0, j] for m in R)
alt_133 = lambda j: sum(dL_dyh[m, j] * diff(z(m, j) + b2[0, j], b2[0, j]) for m in R)
colsum = lambda j: sum(dL_dyh[m, j] for m in R)
ub_lit_b = sum(r[m, j] * (diff(z(m, j), b2[0, j]) + b2[0, j]) for m in R for j in R)
ub_alt_b = sum(r[m, j] * diff(z(m, j) + b2[0, j], b2[0, j]) for m in R for j in R)
ub_rhs_b = sum(r[m, j] * 1 for m in R for j in R)

# ---- hidden layer, general f = tanh, Y treated as free symbols
def dL_dH_at(Hval):
    yh = addrow(Hval * W2, b2)
    return Matrix(2, 2, lambda m, n: diff(Lgen(addrow(Hs * W2, b2)), Hs[m, n]).subs(dict(zip(Hs, Hval))))


H_t = Ys.applyfunc(tanh)
L_Y = Lgen(addrow(H_t * W2, b2))
dLdH_t = dL_dH_at(H_t)
chain_Y = lambda i, j: sum(dLdH_t[m, n] * diff(H_t[m, n], Ys[i, j]) for m in R for n in R)
diag_Y = lambda i, j: dLdH_t[i, j] * diff(H_t[i, j], Ys[i, j])
fprime_t = lambda i, j: diff(tanh(Ys[i, j]), Ys[i, j])

# ---- input layer: Y = X W1 + b1
Y_x = addrow(X * W1, b1)
L_x = Lgen(addrow(Y_x.applyfunc(tanh) * W2, b2))
dLdY_x = Matrix(2, 2, lambda m, n: diff(L_Y, Ys[m, n]).subs(dict(zip(Ys, Y_x))))

# ---- MSE special case (yhat free symbols)
L_mse = Rational(1, Nn) * sum((Yh[i, j] - T[i, j])**2 for i in R for j in R)

# ---- ReLU special case
x = Symbol("x", real=True)
relu_cases = Piecewise((0, x <= 0), (1, True))
ind = Piecewise((1, x > 0), (0, True))
H_r = Ys.applyfunc(lambda v: Max(v, 0))
L_Yr = Lgen(addrow(H_r * W2, b2))
dLdH_r = dL_dH_at(H_r)

CLAIMS = [
    Claim(19, "valid", mat(Ys.applyfunc(tanh)).subs(dict(zip(Ys, Y_x))), mat(Y_x.applyfunc(tanh)),
          note="f(Y^1) with Y^1 = XW^1 + b^1 substituted"),
    Claim(78, "valid", wsum(lambda i, j: diff(L_H, Hs[i, j])), wsum(chain_H),
          note="with ? read as the entrywise dot-product broadcast the text then defines, this is the chain rule"),
    Claim(82, "valid", wsum(lambda i, j: diff(L_H, Hs[i, j])), wsum(chain_H), note="chain rule for one entry"),
    Claim(82, "valid", wsum(chain_H), wsum(chain_H), k=2, note="the sum over m,n is the matrix dot product as defined"),
    Claim(86, "valid", wsum(lambda i, j: diff(L_H, Hs[i, j])), wsum(chain_H), note="entrywise chain rule collected into a matrix"),
    Claim(90, "valid", wsum(lambda i, j: diff(L_H, Hs[i, j])), wsum(chain_H),
          note="juxtaposition is declared to mean the dot-product broadcast; then it is the chain rule"),
    Claim(99, "valid", wsum(lambda i, j: diff(L_H, Hs[i, j])), wsum(chain_H), note="chain rule"),
    Claim(100, "ambiguous", wsum(chain_H), wsum(lit_100), alt=(wsum(chain_H), wsum(alt_100)),
          note="holds if d/dH_ij covers sum_k H W + b^2_n; read with +b^2_n outside the derivative (summand), it adds N*sum_n b^2_n"),
    Claim(101, "ambiguous", wsum(lit_100), wsum(lit_101), alt=(wsum(alt_100), wsum(alt_101)),
          note="only m = i survives; under the +b^2_n-outside reading the b terms (N*sum b vs sum b) differ"),
    Claim(101, "ambiguous", ub_lit_H, ub_rhs_H, k=2, alt=(ub_alt_H, ub_rhs_H),
          note="d/dH_ij (sum_k H_ik W_kn + b_n) = W_jn; with b_n outside the derivative it is W_jn + b_n"),
    Claim(102, "ambiguous", wsum(lit_101), wsum(line_102), alt=(wsum(alt_101), wsum(line_102)),
          note="W^2_jn = (W^2)^T_nj; the previous line carries an extra sum_n b^2_n under the literal scope"),
    Claim(103, "valid", wsum(line_102), mat(dL_dyh * W2.T), note="definition of the matrix product"),
    Claim(108, "valid", wsum(lambda i, j: diff(L_H, Hs[i, j])), mat(dL_dyh * W2.T), note="dL/dH = dL/dyhat W2^T"),
    Claim(115, "valid", wsum(dLdW2), wsum(chain_W), note="chain rule"),
    Claim(116, "ambiguous", wsum(chain_W), wsum(lit_116), alt=(wsum(chain_W), wsum(alt_116)),
          note="same operator-scope issue with + b^2_n"),
    Claim(117, "ambiguous", wsum(lit_116), wsum(lit_117), alt=(wsum(alt_116), wsum(alt_117)),
          note="only n = j survives; b terms differ under the literal scope"),
    Claim(117, "ambiguous", ub_lit_W, ub_rhs_W, k=2, alt=(ub_alt_W, ub_rhs_W),
          note="d/dW_ij (sum_k H_mk W_kj + b_j) = H_mi; with b_j outside it is H_mi + b_j"),
    Claim(118, "ambiguous", wsum(lit_117), wsum(line_118), alt=(wsum(alt_117), wsum(line_118)),
          note="H_mi = (H^1)^T_im; the previous line carries N*b_j under the literal scope"),
    Claim(119, "valid", wsum(line_118), mat(Hs.T * dL_dyh), note="matrix product"),
    Claim(125, "valid", wsum(dLdW2), mat(Hs.T * dL_dyh), note="dL/dW2 = H^T dL/dyhat"),
    Claim(132, "valid", vsum(lambda j: diff(L_H, b2[0, j])), vsum(chain_b), note="chain rule"),
    Claim(133, "ambiguous", vsum(chain_b), vsum(lit_133), alt=(vsum(chain_b), vsum(alt_133)),
          note="with b_j inside the derivative the bracket is 1; with it outside the line equals N*b_j"),
    Claim(133, "ambiguous", ub_lit_b, ub_rhs_b, k=2, alt=(ub_alt_b, ub_rhs_b),
          note="d/db_j (sum_k H W + b_j) = 1; literal scope gives 0 + b_j"),
    Claim(134, "ambiguous", vsum(lit_133), vsum(colsum), alt=(vsum(alt_133), vsum(colsum)),
          note="the underbraced factor is 1 only under the whole-expression reading"),
    Claim(135, "valid", vsum(colsum), vsum(colsum), note="sum over m of column j"),
    Claim(140, "valid", vsum(lambda j: diff(L_H, b2[0, j])), vsum(colsum), note="sum_0 = column sums"),
    Claim(148, "valid", wsum(lambda i, j: diff(L_Y, Ys[i, j])), wsum(chain_Y), note="chain rule through H = f(Y)"),
    Claim(149, "valid", wsum(chain_Y), wsum(diag_Y), note="f acts entrywise, so only (m,n) = (i,j) survives"),
    Claim(150, "valid", wsum(diag_Y), wsum(lambda i, j: dLdH_t[i, j] * fprime_t(i, j)), note="H_ij = f(Y_ij)"),
    Claim(155, "valid", wsum(lambda i, j: diff(L_Y, Ys[i, j])), wsum(lambda i, j: dLdH_t[i, j] * fprime_t(i, j)),
          note="Hadamard product with f'(Y)"),
    Claim(160, "valid", wsum(lambda i, j: diff(L_x, X[i, j])), mat(dLdY_x * W1.T), note="dL/dX = dL/dY W1^T"),
    Claim(161, "valid", wsum(lambda i, j: diff(L_x, W1[i, j])), mat(X.T * dLdY_x), note="dL/dW1 = X^T dL/dY"),
    Claim(162, "valid", vsum(lambda j: diff(L_x, b1[0, j])), vsum(lambda j: sum(dLdY_x[m, j] for m in R)),
          note="dL/db1 = column sums of dL/dY"),
    Claim(180, "valid", mat(Matrix(2, 2, lambda i, j: diff(L_mse, Yh[i, j]))),
          mat(Matrix(2, 2, lambda i, j: diff(L_mse, Yh[i, j]))), note="substituting the MSE definition"),
    Claim(181, "valid", mat(Matrix(2, 2, lambda i, j: diff(L_mse, Yh[i, j]))),
          wsum(lambda i, j: Rational(1, Nn) * diff(sum((Yh[a, c] - T[a, c])**2 for a in R for c in R), Yh[i, j])),
          note="entrywise gradient; the inner sum's i,j are bound (dummy) indices"),
    Claim(182, "valid", wsum(lambda i, j: Rational(1, Nn) * diff(sum((Yh[a, c] - T[a, c])**2 for a in R for c in R), Yh[i, j])),
          wsum(lambda i, j: Rational(1, Nn) * diff((Yh[i, j] - T[i, j])**2, Yh[i, j])),
          note="only the (i,j) term of the sum depends on yhat_ij"),
    Claim(183, "valid", wsum(lambda i, j: Rational(1, Nn) * diff((Yh[i, j] - T[i, j])**2, Yh[i, j])),
          wsum(lambda i, j: Rational(2, Nn) * (Yh[i, j] - T[i, j])), note="power rule"),
    Claim(184, "valid", wsum(lambda i, j: Rational(2, Nn) * (Yh[i, j] - T[i, j])), Rational(2, Nn) * mat(Yh - T),
          note="matrix form"),
    Claim(195, "valid", diff(Max(x, 0), x), relu_cases, note="derivative of max(x,0) for x != 0 (value at 0 is a convention)"),
    Claim(199, "valid", relu_cases, ind, note="the two-case function is the indicator of x > 0"),
    Claim(208, "valid", wsum(lambda i, j: diff(L_Yr, Ys[i, j])),
          wsum(lambda i, j: dLdH_r[i, j] * diff(Max(Ys[i, j], 0), Ys[i, j])), note="general rule with f = ReLU"),
    Claim(209, "valid", wsum(lambda i, j: dLdH_r[i, j] * diff(Max(Ys[i, j], 0), Ys[i, j])),
          wsum(lambda i, j: dLdH_r[i, j] * Piecewise((1, Max(Ys[i, j], 0) > 0), (0, True))),
          note="1(H^1) read as 1(H^1 > 0); H = max(Y,0) > 0 exactly when Y > 0"),
]
