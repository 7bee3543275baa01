from sympy import Heaviside, Matrix, Max, Piecewise, Rational, Symbol, diff, symbols

from labels import Claim

SOURCE = "https://ahmedrafid023.github.io/blog/2026/backpropagation/"
TITLE = "A Comprehensive Guide to Backpropagation (two-layer ReLU network)"
TOPIC = "backprop"

# Sizes of the document: input 3 -> hidden 5 -> output 3; one sample.
NI, NH, NO = 3, 5, 3


def smat(name, r, c):
    return Matrix(r, c, lambda i, j: Symbol(f"{name}{i + 1}{j + 1}", real=True))


def svec(name, n):
    return Matrix(n, 1, lambda i, _: Symbol(f"{name}{i + 1}", real=True))


def relu(v):
    return v.applyfunc(lambda e: Max(0, e))


def step(v):
    return v.applyfunc(lambda e: Piecewise((1, e > 0), (0, True)))


def dot(u, v):
    """Contraction with a vector/matrix of free symbols: equal for all u iff equal entrywise."""
    return sum(u[i, j] * v[i, j] for i in range(v.rows) for j in range(v.cols))


def grad(f, M):
    return M.applyfunc(lambda e: diff(f, e))


W1, b1, x = smat("W1_", NH, NI), svec("b1_", NH), svec("x", NI)
W2, b2, t = smat("W2_", NO, NH), svec("b2_", NO), svec("t", NO)
zs, hs, ys = svec("z", NH), svec("h", NH), svec("y", NO)
u3, u5 = svec("u", NO), svec("v", NH)
U35, U53 = smat("U", NO, NH), smat("V", NH, NI)


def loss_y(y):
    return Rational(1, 2) * sum((y[i] - t[i])**2 for i in range(NO))


# Full network, symbolic
z_full = W1 * x + b1
h_full = relu(z_full)
y_full = W2 * h_full + b2
L_full = loss_y(y_full)
# Network from the hidden layer on (h, W2, b2 free)
y_h = W2 * hs + b2
L_h = loss_y(y_h)
# Network from the pre-activation on (z free)
y_z = W2 * relu(zs) + b2
L_z = loss_y(y_z)
dLdy_h = (y_h - t)  # written by hand: d/dy of 1/2 sum (y - t)^2

# The document's numbers
W1n = Matrix([[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1], [0, 2, 1]])
b1n = Matrix([1, 0, -1, 2, 1])
xn = Matrix([1, 2, 3])
W2n = Matrix([[1, 0, 1, 0, 2], [0, 1, 0, 1, 1], [1, 1, 0, 2, 0]])
b2n = Matrix([0, 1, -1])
tn = Matrix([30, 20, 25])
zn = W1n * xn + b1n
hn = relu(zn)
yn = W2n * hn + b2n
num = {**dict(zip(W1, W1n)), **dict(zip(b1, b1n)), **dict(zip(x, xn)),
       **dict(zip(W2, W2n)), **dict(zip(b2, b2n)), **dict(zip(t, tn))}

zi = Symbol("z_i", real=True)

# d L / d W2_ij via the chain rule through y_i only
chain_W2 = Matrix(NO, NH, lambda i, j: diff(loss_y(ys), ys[i]).subs(dict(zip(ys, y_h)))
                  * diff(y_h[i], W2[i, j]))
chain_h = Matrix(NH, 1, lambda j, _: sum(diff(loss_y(ys), ys[i]).subs(dict(zip(ys, y_h)))
                                         * diff(y_h[i], hs[j]) for i in range(NO)))

CLAIMS = [
    # d/dz ReLU = 1 (z > 0), 0 (z <= 0)
    Claim(50, "valid", diff(Max(0, zi), zi), Piecewise((1, zi > 0), (0, True))),
    # W1 x = [matrix][vector] = [7 5 3 5 7]
    Claim(105, "valid", dot(u5, W1n * xn),
          dot(u5, Matrix([[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 0, 1], [0, 2, 1]]) * Matrix([1, 2, 3]))),
    Claim(118, "valid", dot(u5, W1n * xn), dot(u5, Matrix([7, 5, 3, 5, 7]))),
    # z = [7 5 3 5 7] + [1 0 -1 2 1] = [8 5 2 7 8]
    Claim(131, "valid", dot(u5, zn), dot(u5, Matrix([7, 5, 3, 5, 7]) + Matrix([1, 0, -1, 2, 1]))),
    Claim(147, "valid", dot(u5, Matrix([7, 5, 3, 5, 7]) + Matrix([1, 0, -1, 2, 1])),
          dot(u5, Matrix([8, 5, 2, 7, 8]))),
    # ReLU(z) = max(0, z) entrywise
    Claim(159, "valid", dot(u5, zs.applyfunc(lambda e: Piecewise((e, e > 0), (0, True)))),
          dot(u5, relu(zs))),
    # h = ReLU([8 5 2 7 8]) = [8 5 2 7 8]
    Claim(165, "valid", dot(u5, hn), dot(u5, relu(Matrix([8, 5, 2, 7, 8])))),
    Claim(176, "valid", dot(u5, relu(Matrix([8, 5, 2, 7, 8]))), dot(u5, Matrix([8, 5, 2, 7, 8]))),
    # W2 h = [matrix][vector] = [26 20 27]
    Claim(222, "valid", dot(u3, W2n * hn),
          dot(u3, Matrix([[1, 0, 1, 0, 2], [0, 1, 0, 1, 1], [1, 1, 0, 2, 0]]) * Matrix([8, 5, 2, 7, 8]))),
    Claim(235, "valid", dot(u3, Matrix([[1, 0, 1, 0, 2], [0, 1, 0, 1, 1], [1, 1, 0, 2, 0]])
                                * Matrix([8, 5, 2, 7, 8])), dot(u3, Matrix([26, 20, 27]))),
    # y = [26 20 27] + [0 1 -1] = [26 21 26]
    Claim(247, "valid", dot(u3, yn), dot(u3, Matrix([26, 20, 27]) + Matrix([0, 1, -1]))),
    Claim(259, "valid", dot(u3, Matrix([26, 20, 27]) + Matrix([0, 1, -1])), dot(u3, Matrix([26, 21, 26]))),
    Claim(271, "valid", dot(u3, yn), dot(u3, Matrix([26, 21, 26]))),
    # dL/dy_i = y_i - t_i ; delta2 = dL/dy = y - t
    Claim(296, "valid", dot(u3, grad(loss_y(ys), ys)), dot(u3, ys - t)),
    Claim(302, "valid", dot(u3, grad(loss_y(ys), ys)), dot(u3, ys - t)),
    # y_i = sum_k W2_ik h_k + b2_i
    Claim(318, "valid", dot(u3, W2 * hs + b2),
          dot(u3, Matrix(NO, 1, lambda i, _: sum(W2[i, k] * hs[k] for k in range(NH)) + b2[i]))),
    # dL/dW2_ij = dL/dy_i * dy_i/dW2_ij = delta_i h_j
    Claim(326, "valid", dot(U35, grad(L_h, W2)), dot(U35, chain_W2)),
    Claim(330, "valid", dot(U35, chain_W2),
          dot(U35, Matrix(NO, NH, lambda i, j: dLdy_h[i] * hs[j]))),
    # dL/dW2 = [delta_i h_j] matrix
    Claim(340, "valid", dot(U35, grad(L_h, W2)),
          dot(U35, Matrix(NO, NH, lambda i, j: dLdy_h[i] * hs[j]))),
    # dL/dW2 = delta2 h^T ; dL/db2 = delta2
    Claim(351, "valid", dot(U35, grad(L_h, W2)), dot(U35, dLdy_h * hs.T)),
    Claim(359, "valid", dot(u3, grad(L_h, b2)), dot(u3, dLdy_h)),
    # dL/dh_j = sum_i dL/dy_i dy_i/dh_j = sum_i delta_i W2_ij
    Claim(370, "valid", dot(u5, grad(L_h, hs)), dot(u5, chain_h)),
    Claim(375, "valid", dot(u5, chain_h),
          dot(u5, Matrix(NH, 1, lambda j, _: sum(dLdy_h[i] * W2[i, j] for i in range(NO))))),
    # delta1 = dL/dh = W2^T delta2
    Claim(383, "valid", dot(u5, grad(L_h, hs)), dot(u5, W2.T * dLdy_h)),
    # delta_z = dL/dz = delta1 (.) I(z > 0)
    Claim(392, "valid", dot(u5, grad(L_z, zs)),
          dot(u5, (W2.T * (y_z - t)).multiply_elementwise(step(zs)))),
    # dL/dW1 = delta_z x^T ; dL/db1 = delta_z
    Claim(405, "valid", dot(U53, grad(L_full, W1)),
          dot(U53, (W2.T * (y_full - t)).multiply_elementwise(step(z_full)) * x.T)),
    Claim(413, "valid", dot(u5, grad(L_full, b1)),
          dot(u5, (W2.T * (y_full - t)).multiply_elementwise(step(z_full)))),
    # L = 1/2[(26-30)^2 + (21-20)^2 + (26-25)^2] = 1/2[16 + 1 + 1] = 9
    Claim(445, "valid", loss_y(yn).subs(num),
          Rational(1, 2) * ((26 - 30)**2 + (21 - 20)**2 + (26 - 25)**2)),
    Claim(445, "valid", Rational(1, 2) * ((26 - 30)**2 + (21 - 20)**2 + (26 - 25)**2),
          Rational(1, 2) * (16 + 1 + 1), k=2),
    Claim(445, "valid", Rational(1, 2) * (16 + 1 + 1), 9, k=3),
    # delta2 = y - t = [-4 1 1]
    Claim(451, "valid", dot(u3, grad(loss_y(ys), ys).subs(dict(zip(ys, yn))).subs(num)),
          dot(u3, yn - tn)),
    Claim(452, "valid", dot(u3, yn - tn), dot(u3, Matrix([-4, 1, 1]))),
    # delta1 = W2^T delta2 = [-3 2 -4 3 -7]
    Claim(460, "valid", dot(u5, grad(L_h, hs).subs(dict(zip(hs, hn))).subs(num)),
          dot(u5, W2n.T * (yn - tn))),
    Claim(461, "valid", dot(u5, W2n.T * (yn - tn)), dot(u5, Matrix([-3, 2, -4, 3, -7]))),
    # all z_i > 0, so delta_z = delta1 (at the document's numbers)
    Claim(466, "valid", dot(u5, grad(L_z, zs).subs(dict(zip(zs, zn))).subs(num)),
          dot(u5, grad(L_h, hs).subs(dict(zip(hs, hn))).subs(num))),
]
