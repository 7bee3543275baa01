from sympy import Matrix, Rational, diff, eye, solve, symbols

from labels import Claim

SOURCE = ("https://github.com/xavierbourretsicotte/xavierbourretsicotte.github.io/blob/"
          "5039e68f3e0cebbe58552adf7ac4b479117a6671/downloads/notebooks/Ridge_regression_introduction.ipynb")
TITLE = "Ridge regression and L2 regularization - introduction"
TOPIC = "regularisation"

# concrete sizes: m = 3 samples, n = 2 features (theta_1, theta_2; no intercept unless stated)
t1, t2, t0 = symbols("theta1 theta2 theta0", real=True)
c0, c1, c2 = symbols("c0 c1 c2", real=True)          # generic combination to compare vectors
lam = symbols("lambda", positive=True)
xs = Matrix(3, 2, symbols("x11 x12 x21 x22 x31 x32", real=True))
x0 = Matrix(3, 1, symbols("x01 x02 x03", real=True))    # x_0^{(i)} column (the intercept feature)
yv = Matrix(3, 1, symbols("y1:4", real=True))
th = Matrix([t1, t2])

# ---------------------------------------------------------------- convexity of the penalty
f = t1**2 + t2**2                      # f(theta) = sum_j theta_j^2, n = 2
thTth = (th.T * th)[0]

# ---------------------------------------------------------------- J(theta) = (y - X theta)^T (y - X theta) + lambda^2 theta^T theta
r = yv - xs * th
J = sum(ri**2 for ri in r) + lam**2 * (t1**2 + t2**2)      # written as explicit sums
step1 = ((yv.T - th.T * xs.T) * (yv - xs * th))[0] + lam**2 * thTth
step2 = ((yv.T * yv) - (yv.T * xs * th) - (th.T * xs.T * yv) + (th.T * xs.T * xs * th))[0] + lam**2 * thTth
step3 = (yv.T * yv)[0] - 2 * (th.T * xs.T * yv)[0] + (th.T * xs.T * xs * th)[0] + lam**2 * thTth
grad_J = [diff(J, t1), diff(J, t2)]
grad_doc = -2 * xs.T * yv + 2 * xs.T * xs * th + 2 * lam**2 * th   # "2 theta X^T X" read as the entries of X^T X theta
sol = solve(grad_J, [t1, t2], dict=True)[0]                        # the stationary point, solved independently
ridge_doc = (xs.T * xs + lam**2 * eye(2)).inv() * xs.T * yv

# ---------------------------------------------------------------- the 1/(2m) version with an intercept feature x_0
m = 3
Xfull = x0.row_join(xs)                                             # columns x_0, x_1, x_2
thf = Matrix([t0, t1, t2])
res = Xfull * thf - yv
J_sum = Rational(1, 2 * m) * sum(e**2 for e in res) + lam / (2 * m) * (t1**2 + t2**2)      # penalty j = 1..n
J_vec = Rational(1, 2 * m) * (res.T * res)[0] + lam / (2 * m) * (thf.T * thf)[0]           # penalty theta^T theta
res_c = xs * th - yv                                                # centred data: no theta_0
J_sum_c = Rational(1, 2 * m) * sum(e**2 for e in res_c) + lam / (2 * m) * (t1**2 + t2**2)
J_vec_c = Rational(1, 2 * m) * (res_c.T * res_c)[0] + lam / (2 * m) * (th.T * th)[0]
grad_vec_doc = Rational(1, m) * Xfull.T * (Xfull * thf - yv) + lam / m * thf
J2 = Rational(1, 2 * m) * (res_c.T * res_c)[0] + lam / (2 * m) * (th.T * th)[0]
sol2 = solve([diff(J2, t1), diff(J2, t2)], [t1, t2], dict=True)[0]
closed_doc = (xs.T * xs + lam * eye(2)).inv() * xs.T * yv

NOTE_OP = "a bare operator is set equal to a value; read literally (a fraction) it is not, it holds read as a derivative of f"

CLAIMS = [
    Claim(45, "valid", f, thTth),
    Claim(47, "ambiguous", c1 / t1 + c2 / t2, c1 * 2 * t1 + c2 * 2 * t2,
          alt=(c1 * diff(f, t1) + c2 * diff(f, t2), c1 * 2 * t1 + c2 * 2 * t2), note=NOTE_OP),
    Claim(49, "ambiguous", 1 / t1**2, 2, alt=(diff(f, t1, 2), 2),
          note=NOTE_OP + "; the Hessian is 2I, i.e. 2 on each diagonal entry"),
    Claim(75, "valid", J, step1),
    Claim(77, "valid", step1, step2),
    Claim(79, "valid", step2, step3),
    Claim(81, "valid", c1 * grad_J[0] + c2 * grad_J[1], c1 * grad_doc[0] + c2 * grad_doc[1]),
    Claim(83, "valid", c1 * sol[t1] + c2 * sol[t2], c1 * ridge_doc[0] + c2 * ridge_doc[1]),
    Claim(94, "valid", thTth, t1**2 + t2**2),
    Claim(103, "ambiguous", J_sum, J_vec, alt=(J_sum_c, J_vec_c),
          note="theta includes theta_0 (h uses theta_0 x_0) so theta^T theta penalises theta_0 while the sum "
               "over j = 1..n does not; equal when there is no intercept (centred data)"),
    Claim(108, "valid", c0 * diff(J_vec, t0) + c1 * diff(J_vec, t1) + c2 * diff(J_vec, t2),
          c0 * grad_vec_doc[0] + c1 * grad_vec_doc[1] + c2 * grad_vec_doc[2]),
    Claim(115, "valid", c1 * sol2[t1] + c2 * sol2[t2], c1 * closed_doc[0] + c2 * closed_doc[1]),
]
