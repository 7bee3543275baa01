from sympy import symbols, exp, diff, Lambda, Rational

from labels import Claim

SOURCE = "https://github.com/behnamasadi/PyTorchTutorial/blob/550a4e5/backpropagation/index.ipynb"
TITLE = "Backpropagation for a single neuron layer and a multi neuron layer (Behnam Asadi, PyTorchTutorial)"
TOPIC = "backprop"

Z = symbols("Z", real=True)
sig = Lambda(Z, 1 / (1 + exp(-Z)))
dsig = Lambda(Z, diff(sig(Z), Z))

# --- section 1: one neuron per layer; a^{(L-1)} = p, weight w, bias b, target y
p, w, b, y = symbols("p w b y", real=True)
z = w * p + b
a = sig(z)
C0 = (a - y)**2
dC_da = diff((Z - y)**2, Z).subs(Z, a)

# mean cost over n = 2 examples (inputs p_k, targets y_k)
p0, p1, y0_, y1_ = symbols("p0 p1 t0 t1", real=True)
Ck = [(sig(w * p0 + b) - y0_)**2, (sig(w * p1 + b) - y1_)**2]
Cmean = Rational(1, 2) * (Ck[0] + Ck[1])

# --- section 2: n = 2 outputs j, m = 2 inputs k; checked at j = 0, k = 1
A = symbols("A0 A1", real=True)                    # a^{(L-1)}_k
Wt = [[symbols(f"w{j}{k}", real=True) for k in range(2)] for j in range(2)]
B = symbols("b0 b1", real=True)
Y = symbols("y0 y1", real=True)
zj = [Wt[j][0] * A[0] + Wt[j][1] * A[1] + B[j] for j in range(2)]
aj = [sig(zj[j]) for j in range(2)]
c0 = sum((aj[j] - Y[j])**2 for j in range(2))
j, k = 0, 1
dc_da = diff((Z - Y[j])**2, Z).subs(Z, aj[j])      # dc_0/da_j
da_dz = dsig(zj[j])
dz_dw = diff(zj[j], Wt[j][k])
dz_db = diff(zj[j], B[j])
delta = da_dz * dc_da

# layer of 6 inputs and 4 neurons, first neuron (for the componentwise formulas)
a0 = symbols("q0:6", real=True)
w0 = symbols("v0:6", real=True)
bb = symbols("bb0", real=True)
z10 = sum(w0[i] * a0[i] for i in range(6)) + bb

CLAIMS = [
    Claim(12, "valid", C0, (a - y)**2),
    Claim(27, "valid", diff(C0, w), dC_da * dsig(z) * diff(z, w)),
    Claim(30, "valid", dC_da, 2 * (a - y)),
    Claim(32, "valid", diff(sig(Z), Z).subs(Z, z), dsig(z)),
    Claim(34, "valid", diff(z, w), p),
    Claim(39, "valid", diff(C0, w), 2 * (a - y) * dsig(z) * p),
    Claim(45, "valid", diff(C0, b), dC_da * dsig(z) * diff(z, b)),
    Claim(47, "valid", diff(C0, b), 2 * (a - y) * dsig(z) * 1),
    Claim(53, "valid", diff(C0, p), dC_da * dsig(z) * diff(z, p)),
    Claim(55, "invalid", diff(C0, b), 2 * (a - y) * dsig(z) * w,
          note="2(a - y) sigma'(z) w^{(L)} is dC_0/da^{(L-1)}; dC_0/db^{(L)} = 2(a - y) sigma'(z)"),
    Claim(63, "valid", diff(Cmean, w), Rational(1, 2) * (diff(Ck[0], w) + diff(Ck[1], w))),
    Claim(89, "valid", zj[0], Wt[0][0] * A[0] + Wt[0][1] * A[1] + B[0]),
    Claim(91, "valid", aj[0], sig(zj[0])),
    Claim(95, "valid", zj[0] + 3 * zj[1], (Wt[0][0] * A[0] + Wt[0][1] * A[1] + B[0]) + 3 * (Wt[1][0] * A[0] + Wt[1][1] * A[1] + B[1])),
    Claim(122, "valid", z10, sum(w0[i] * a0[i] for i in range(6)) + bb),
    Claim(132, "valid", sig(z10), sig(w0[0] * a0[0] + w0[1] * a0[1] + w0[2] * a0[2] + w0[3] * a0[3] + w0[4] * a0[4] + w0[5] * a0[5] + bb)),
    Claim(143, "valid", zj[j], Wt[j][0] * A[0] + Wt[j][1] * A[1] + B[j]),
    Claim(150, "valid", aj[j], sig(zj[j])),
    Claim(162, "valid", diff(c0, Wt[j][k]), dz_dw * da_dz * dc_da),
    Claim(170, "valid", diff(c0, B[j]), dz_db * da_dz * dc_da),
    Claim(177, "valid", dc_da, 2 * (aj[j] - Y[j])),
    Claim(179, "valid", da_dz, dsig(zj[j])),
    Claim(181, "valid", dz_dw, A[k]),
    Claim(183, "valid", dz_db, 1),
    Claim(188, "valid", delta, diff(sum((sig(Z if i == j else zj[i]) - Y[i])**2 for i in range(2)), Z).subs(Z, zj[j])),
    Claim(188, "valid", delta, 2 * (aj[j] - Y[j]) * dsig(zj[j]), k=2),
    Claim(193, "valid", diff(c0, Wt[j][k]), dz_dw * da_dz * dc_da),
    Claim(195, "valid", dz_dw * da_dz * dc_da, 2 * (aj[j] - Y[j]) * dsig(zj[j]) * A[k]),
    Claim(195, "valid", 2 * (aj[j] - Y[j]) * dsig(zj[j]) * A[k], delta * A[k], k=2),
    Claim(197, "valid", diff(c0, B[j]), dz_db * da_dz * dc_da),
    Claim(199, "valid", dz_db * da_dz * dc_da, 2 * (aj[j] - Y[j]) * dsig(zj[j])),
    Claim(199, "valid", 2 * (aj[j] - Y[j]) * dsig(zj[j]), delta, k=2),
]
