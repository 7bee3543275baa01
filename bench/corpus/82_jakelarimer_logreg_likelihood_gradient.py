from sympy import Add, Mul, Symbol, diff, exp, log

from labels import Claim

SOURCE = "https://github.com/JakeLarimer/MLAlgosFromScratch/blob/ad9c39b65415f3696e6aa4e7b285c0a1c68579aa/LogisticRegression.ipynb"
TITLE = "Logistic regression from scratch: likelihood, log-likelihood and the gradient of J = -log L (Jake Larimer, version of 2025-12-17)"
TOPIC = "logistic"

# n = 3 samples, m = 3 predictors plus the column of ones: x_i = (1, x_i1, x_i2, x_i3), Theta = (theta_0..theta_3).
n, m = 3, 3
R, C = range(n), range(m + 1)
T = [Symbol(f"theta{j}", real=True) for j in C]
X = [[1] + [Symbol(f"x{i + 1}{j}", real=True) for j in range(1, m + 1)] for i in R]
Y = [Symbol(f"y{i + 1}", real=True) for i in R]


def sig(t):
    return 1 / (1 + exp(-t))


Z = [Add(*[X[i][j] * T[j] for j in C]) for i in R]          # z_i = x_i^T Theta
P = [sig(Z[i]) for i in R]                                   # p_i = sigma(z_i)
LL = Add(*[Y[i] * log(P[i]) + (1 - Y[i]) * log(1 - P[i]) for i in R])   # log L
J = -LL                                                      # the cost: J = -log L

W = [2, 3, 5, 7]


def over_j(f):
    """a claim about every theta_j, checked for j = 0..m at once (distinct weights)"""
    return Add(*[W[j] * f(j) for j in C])


d = lambda e, j: diff(e, T[j])
i0 = 1                                                       # the sample used for the single-term lines

sumA = Add(*[Y[i] * Z[i] for i in R])                        # sum_i y_i x_i^T Theta
sumB = Add(*[log(1 + exp(Z[i])) for i in R])                 # sum_i log(1 + e^{x_i^T Theta})
boxed = Add(*[Y[i] * Z[i] - log(1 + exp(Z[i])) for i in R])
grad = lambda j: Add(*[X[i][j] * (sig(Z[i]) - Y[i]) for i in R])

CLAIMS = [
    # z_i = x_i^T Theta = sum_j x_ij theta_j = theta_0 + theta_1 x_i1 + ... + theta_m x_im (sample 1)
    Claim(39, "valid", Add(*[X[0][j] * T[j] for j in C]), Add(*[X[0][j] * T[j] for j in C]),
          note="x_i^T Theta with x_i0 = 1 (the column of ones) is the sum over j = 0..m"),
    Claim(39, "valid", Add(*[X[0][j] * T[j] for j in C]),
          T[0] + T[1] * X[0][1] + T[2] * X[0][2] + T[3] * X[0][3], k=2),
    Claim(45, "valid", 1 / (1 + exp(-Z[0])), 1 / (1 + exp(-Add(*[X[0][j] * T[j] for j in C]))),
          note="p_i = sigma(z_i) and sigma(z_i) = 1/(1+e^{-z_i}) introduce p_i and the sigmoid; the claim is the last '='"),
    Claim(71, "valid", Mul(*[P[i]**Y[i] * (1 - P[i])**(1 - Y[i]) for i in R]),
          Mul(*[P[i]**Y[i] * (1 - P[i])**(1 - Y[i]) for i in R]),
          note="L = prod f(x_i; Theta) with f the Bernoulli pmf of the first display at y_i, p_i"),
    Claim(71, "invalid", Mul(*[P[i]**Y[i] * (1 - P[i])**(1 - Y[i]) for i in R]),
          Mul(*[exp(Z[i]) / (1 + exp(Z[i])) for i in R]), k=2,
          note="prod p_i^{y_i}(1-p_i)^{1-y_i} is not prod p_i: the exponents y_i and the factors (1-p_i)^{1-y_i} = "
               "(1/(1+e^{x_i^T Theta}))^{1-y_i} are dropped (the author restored them on 2025-12-26)"),
    Claim(78, "valid", LL, log(Mul(*[P[i]**Y[i] * (1 - P[i])**(1 - Y[i]) for i in R])),
          note="log L of the true likelihood (the product of the line before's first right side)"),
    Claim(78, "valid", log(Mul(*[P[i]**Y[i] * (1 - P[i])**(1 - Y[i]) for i in R])), LL, k=2),
    Claim(82, "valid", LL, Add(*[Y[i] * log(P[i]) + log(1 - P[i]) - Y[i] * log(1 - P[i]) for i in R])),
    Claim(82, "valid", Add(*[Y[i] * log(P[i]) + log(1 - P[i]) - Y[i] * log(1 - P[i]) for i in R]),
          Add(*[Y[i] * (log(P[i]) - log(1 - P[i])) + log(1 - P[i]) for i in R]), k=2),
    Claim(86, "valid", Add(*[Y[i] * (log(P[i]) - log(1 - P[i])) + log(1 - P[i]) for i in R]),
          Add(*[Y[i] * log(P[i] / (1 - P[i])) + log(1 - P[i]) for i in R])),
    Claim(86, "valid", Add(*[Y[i] * log(P[i] / (1 - P[i])) + log(1 - P[i]) for i in R]),
          Add(*[Y[i] * log(exp(Z[i])) + log(1 - exp(Z[i]) / (1 + exp(Z[i]))) for i in R]), k=2,
          note="p_i = 1/(1+e^{-x_i^T Theta}) = e^{x_i^T Theta}/(1+e^{x_i^T Theta})"),
    Claim(90, "valid", Add(*[Y[i] * log(exp(Z[i])) + log(1 - exp(Z[i]) / (1 + exp(Z[i]))) for i in R]), boxed),
    # dJ/dtheta_j, J = -log L
    Claim(100, "valid", over_j(lambda j: d(J, j)), over_j(lambda j: d(-LL, j)),
          note="J is the negated log-likelihood, as the prose sets it"),
    Claim(100, "valid", over_j(lambda j: d(-LL, j)), over_j(lambda j: -d(boxed, j)), k=2),
    Claim(100, "valid", over_j(lambda j: -d(boxed, j)), over_j(lambda j: -d(sumA, j) + d(sumB, j)), k=3),
    # the first part, one term (sample i0), then summed
    Claim(112, "valid", over_j(lambda j: -d(Y[i0] * Z[i0], j)),
          over_j(lambda j: -d(Y[i0] * (T[0] + X[i0][1] * T[1] + X[i0][2] * T[2] + X[i0][3] * T[3]), j))),
    Claim(112, "valid", over_j(lambda j: -d(Y[i0] * (T[0] + X[i0][1] * T[1] + X[i0][2] * T[2] + X[i0][3] * T[3]), j)),
          over_j(lambda j: -Y[i0] * X[i0][j]), k=2, note="x_i0 = 1 for the intercept"),
    Claim(118, "valid", over_j(lambda j: -d(sumA, j)), over_j(lambda j: -Add(*[Y[i] * X[i][j] for i in R]))),
    # the second part, one term, then summed
    Claim(130, "valid", over_j(lambda j: d(log(1 + exp(Z[i0])), j)),
          over_j(lambda j: 1 / (1 + exp(Z[i0])) * X[i0][j] * exp(Z[i0]))),
    Claim(130, "valid", over_j(lambda j: 1 / (1 + exp(Z[i0])) * X[i0][j] * exp(Z[i0])),
          over_j(lambda j: X[i0][j] * exp(Z[i0]) / (1 + exp(Z[i0]))), k=2),
    Claim(130, "valid", over_j(lambda j: X[i0][j] * exp(Z[i0]) / (1 + exp(Z[i0]))),
          over_j(lambda j: X[i0][j] * sig(Z[i0])), k=3),
    Claim(136, "valid", over_j(lambda j: d(sumB, j)), over_j(lambda j: Add(*[X[i][j] * sig(Z[i]) for i in R]))),
    Claim(142, "valid", over_j(lambda j: d(-LL, j)),
          over_j(lambda j: -Add(*[Y[i] * X[i][j] for i in R]) + Add(*[X[i][j] * sig(Z[i]) for i in R]))),
    Claim(142, "valid", over_j(lambda j: -Add(*[Y[i] * X[i][j] for i in R]) + Add(*[X[i][j] * sig(Z[i]) for i in R])),
          over_j(grad), k=2),
    Claim(146, "valid", over_j(lambda j: d(J, j)),
          over_j(lambda j: Add(*[X[i][j] * (1 / (1 + exp(-Z[i])) - Y[i]) for i in R]))),
    Claim(147, "valid", over_j(lambda j: Add(*[X[i][j] * (1 / (1 + exp(-Z[i])) - Y[i]) for i in R])),
          over_j(grad), note="z_i = x_i^T Theta"),
    Claim(153, "valid", over_j(lambda j: d(J, j)), over_j(grad),
          note="X_j is the j-th column of X, so X_j^T[sigma(X Theta) - y] = sum_i x_ij (sigma(z_i) - y_i)"),
    Claim(167, "valid", over_j(lambda j: d(J, j)), over_j(grad),
          note="the column of partials (its '=' on line 159 defines the gradient) against X^T[sigma(X Theta) - y], "
               "entry by entry"),
]
