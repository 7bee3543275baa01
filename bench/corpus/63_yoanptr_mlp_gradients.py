from sympy import symbols, exp, diff, Lambda, Rational, Add

from labels import Claim

SOURCE = "https://github.com/YoanPtr/MOD-DeepLearning-ImageClassification/blob/b00a3b4/README.md"
TITLE = "MLP gradient formulas, two sigmoid layers and MSE (YoanPtr, TD1 README)"
TOPIC = "vector"

# one sample; A^(0) = x (N_in = 2), hidden layer of 2 sigmoid units, N_out = 2 sigmoid outputs,
# C = (1/N_out) sum_i (y-hat_i - y_i)^2 (the mean squared error the first formula differentiates).
# Vector and matrix equalities are checked entry by entry (weighted sums of the entries); "." is read as
# the product that makes the shapes agree.
X = symbols("X", real=True)
sig = Lambda(X, 1 / (1 + exp(-X)))
dsig = Lambda(X, diff(sig(X), X))
n_in, n_h, n_out = 2, 2, 2
A0 = symbols("x1 x2", real=True)
W1 = [[symbols(f"v{h}{k}", real=True) for k in range(n_in)] for h in range(n_h)]
B1 = symbols("c1 c2", real=True)
W2 = [[symbols(f"w{j}{h}", real=True) for h in range(n_h)] for j in range(n_out)]
B2 = symbols("b1 b2", real=True)
y = symbols("y1 y2", real=True)
Z1 = [sum(W1[h][k] * A0[k] for k in range(n_in)) + B1[h] for h in range(n_h)]
A1 = [sig(z) for z in Z1]
Z2 = [sum(W2[j][h] * A1[h] for h in range(n_h)) + B2[j] for j in range(n_out)]
A2 = [sig(z) for z in Z2]
C = Rational(1, n_out) * sum((A2[j] - y[j])**2 for j in range(n_out))

P = symbols("P1 P2", real=True)                      # A^(2) as free variables
CA = Rational(1, n_out) * sum((P[j] - y[j])**2 for j in range(n_out))
dC_dA2 = [diff(CA, P[j]).subs(dict(zip(P, A2))) for j in range(n_out)]
dC_dZ2 = [dC_dA2[j] * dsig(Z2[j]) for j in range(n_out)]
dC_dA1 = [sum(dC_dZ2[j] * W2[j][h] for j in range(n_out)) for h in range(n_h)]
dC_dZ1 = [dC_dA1[h] * dsig(Z1[h]) for h in range(n_h)]
# the same derivatives taken directly, for the left sides
Zs = symbols("Zs1 Zs2", real=True)
Hs = symbols("Hs1 Hs2", real=True)
Us = symbols("Us1 Us2", real=True)
C_of_Z2 = Rational(1, n_out) * sum((sig(Zs[j]) - y[j])**2 for j in range(n_out))
C_of_A1 = Rational(1, n_out) * sum((sig(sum(W2[j][h] * Hs[h] for h in range(n_h)) + B2[j]) - y[j])**2 for j in range(n_out))
C_of_Z1 = C_of_A1.subs({Hs[h]: sig(Us[h]) for h in range(n_h)})
t_dZ2 = [diff(C_of_Z2, Zs[j]).subs(dict(zip(Zs, Z2))) for j in range(n_out)]
t_dA1 = [diff(C_of_A1, Hs[h]).subs(dict(zip(Hs, A1))) for h in range(n_h)]
t_dZ1 = [diff(C_of_Z1, Us[h]).subs(dict(zip(Us, Z1))) for h in range(n_h)]
wv = [2, 3]
wm = [[2, 3], [5, 7]]
vec = lambda f, n: Add(*[wv[i] * f(i) for i in range(n)])
mat = lambda f, n, m: Add(*[wm[i][j] * f(i, j) for i in range(n) for j in range(m)])

CLAIMS = [
    Claim(11, "invalid", vec(lambda j: diff(CA, P[j]), n_out),
          vec(lambda j: Rational(2, n_out) * sum(P[i] - y[i] for i in range(n_out)), n_out),
          note="entry j of dC/dA^(2) is (2/N_out)(y-hat_j - y_j); the sum over all output units is wrong"),
    Claim(23, "valid", vec(lambda j: t_dZ2[j], n_out),
          vec(lambda j: dC_dA2[j] * diff(sig(X), X).subs(X, Z2[j]), n_out)),
    Claim(29, "valid", vec(lambda j: diff(sig(X), X).subs(X, Z2[j]), n_out), vec(lambda j: dsig(Z2[j]), n_out)),
    Claim(29, "valid", vec(lambda j: dsig(Z2[j]), n_out), vec(lambda j: sig(Z2[j]) * (1 - sig(Z2[j])), n_out), k=2),
    Claim(35, "valid", vec(lambda j: t_dZ2[j], n_out), vec(lambda j: dC_dA2[j] * A2[j] * (1 - A2[j]), n_out)),
    Claim(45, "valid", mat(lambda j, h: diff(C, W2[j][h]), n_out, n_h),
          mat(lambda j, h: dC_dZ2[j] * diff(Z2[j], W2[j][h]), n_out, n_h)),
    Claim(45, "valid", mat(lambda j, h: dC_dZ2[j] * diff(Z2[j], W2[j][h]), n_out, n_h),
          mat(lambda j, h: dC_dZ2[j] * A1[h], n_out, n_h), k=2),
    Claim(57, "invalid", vec(lambda j: diff(C, B2[j]), n_out), vec(lambda j: sum(dC_dZ2[j] for i in range(n_out)), n_out),
          note="for one sample dC/dB^(2) = dC/dZ^(2); summing over the N_out output units multiplies it by N_out "
               "(summing its entries instead is also wrong); the sum belongs over the samples of a batch"),
    Claim(67, "valid", vec(lambda h: t_dA1[h], n_h),
          vec(lambda h: sum(dC_dZ2[j] * diff(Z2[j].subs(A1[h], X), X).subs(X, A1[h]) for j in range(n_out)), n_h)),
    Claim(67, "valid", vec(lambda h: sum(dC_dZ2[j] * diff(Z2[j].subs(A1[h], X), X).subs(X, A1[h]) for j in range(n_out)), n_h),
          vec(lambda h: sum(dC_dZ2[j] * W2[j][h] for j in range(n_out)), n_h), k=2),
    Claim(79, "valid", vec(lambda h: t_dZ1[h], n_h),
          vec(lambda h: dC_dA1[h] * diff(sig(X), X).subs(X, Z1[h]), n_h)),
    Claim(79, "valid", vec(lambda h: dC_dA1[h] * diff(sig(X), X).subs(X, Z1[h]), n_h),
          vec(lambda h: dC_dA1[h] * A1[h] * (1 - A1[h]), n_h), k=2),
    Claim(89, "valid", mat(lambda h, k: diff(C, W1[h][k]), n_h, n_in), mat(lambda h, k: dC_dZ1[h] * A0[k], n_h, n_in)),
    Claim(101, "invalid", vec(lambda h: diff(C, B1[h]), n_h), vec(lambda h: sum(dC_dZ1[h] for i in range(n_in)), n_h),
          note="for one sample dC/dB^(1) = dC/dZ^(1); a sum over the N_in input units multiplies it by N_in"),
]
