from decimal import Decimal, ROUND_HALF_UP

from sympy import symbols, exp, diff, Lambda, Rational, N

from labels import Claim

SOURCE = "https://github.com/melfm/notes/blob/6271ac5/docs/machine_learning/neural_nets/backprop.md"
TITLE = "Backpropagation numerical example, 2-2-2 network (melfm notes)"
TOPIC = "backprop"

R = Rational
Z = symbols("Z", real=True)
sig = Lambda(Z, 1 / (1 + exp(-Z)))

# values from the text and its figure
x1, x2 = R("0.05"), R("0.1")
w1, w2, w3, w4, w5, w6 = R("0.15"), R("0.20"), R("0.25"), R("0.3"), R("0.4"), R("0.45")
b1, b2 = R("0.30"), R("0.7")
t1, t2 = R("0.01"), R("0.99")
alpha = R("0.5")

z1 = w1 * x1 + w3 * x2 + b1                  # as defined in the text
ah1 = sig(z1)
z2 = w2 * x1 + w4 * x2 + b1
ah2 = sig(z2)
outy1 = w5 * ah1 + w6 * ah1 + b2              # the text's definition (a_h1 twice)
yh1 = sig(outy1)
yh2 = R("0.7830")                             # given in the text
Ey1 = R(1, 2) * (t1 - yh1)**2
Ey2 = R(1, 2) * (R("0.99") - yh2)**2
rnd = lambda v, d: R(str(round(float(N(v, 30)), d)))
half_up = lambda q, d: R(str((Decimal(q.p) / Decimal(q.q)).quantize(Decimal(1).scaleb(-d), ROUND_HALF_UP)))
trunc = lambda v, d: R(int(float(N(v, 30)) * 10**d), 10**d)

# symbolic backward pass (notation of the backward section: y1 the net input, out_y1 = sigma(y1))
W5, W6, B2, H1, H2, T1, T2, O2 = symbols("W5 W6 B2 H1 H2 T1 T2 O2", real=True)
Y1 = W5 * H1 + W6 * H2 + B2
O1 = sig(Y1)
E = R(1, 2) * (T1 - O1)**2 + R(1, 2) * (T2 - O2)**2
dE_dO1 = diff(R(1, 2) * (T1 - Z)**2 + R(1, 2) * (T2 - O2)**2, Z).subs(Z, O1)
dO_dY = diff(sig(Z), Z).subs(Z, Y1)
dY_dW5 = diff(Y1, W5)
grad = ((yh1 - t1) * yh1 * (1 - yh1) * ah1)   # dE/dw5 with the forward-pass values

CLAIMS = [
    Claim(16, "valid", z1, R("0.15") * R("0.05") + R("0.25") * R("0.1") + R("0.30")),
    Claim(16, "valid", R("0.15") * R("0.05") + R("0.25") * R("0.1") + R("0.30"), R("0.3325"), k=2),
    Claim(22, "invalid", sig(z1), 1 / (1 + exp(-R("0.3275"))),
          note="z1 = 0.3325 (line 16), not 0.3275"),
    Claim(22, "invalid", 1 / (1 + exp(-R("0.3275"))), R("0.5824"),
          note="1/(1+e^{-0.3275}) = 0.5812; 0.5824 is sigma(0.3325)", k=2),
    Claim(28, "valid", z2, R("0.20") * R("0.05") + R("0.3") * R("0.1") + R("0.30")),
    Claim(28, "valid", R("0.20") * R("0.05") + R("0.3") * R("0.1") + R("0.30"), R("0.34"), k=2),
    Claim(29, "ambiguous", sig(z2), R("0.5842"), alt=(rnd(sig(z2), 4), R("0.5842")), note="sigma(0.34) = 0.584191, rounded"),
    Claim(36, "invalid", outy1, (R("0.4") * R("0.5824") + R("0.45") * R("0.5842")) + R("0.7"),
          note="the definition above has w6 times a_h1, but 0.5842 is a_h2: 0.85 a_h1 + 0.7 = 1.1950, not 1.1959"),
    Claim(36, "ambiguous", (R("0.4") * R("0.5824") + R("0.45") * R("0.5842")) + R("0.7"), R("1.196"), k=2,
          alt=(rnd((R("0.4") * R("0.5824") + R("0.45") * R("0.5842")) + R("0.7"), 3), R("1.196")), note="1.19585, rounded"),
    Claim(37, "ambiguous", yh1, R("0.7676"), alt=(rnd(yh1, 4), R("0.7676")), note="sigma(out_y1) = 0.767636, rounded"),
    Claim(50, "ambiguous", Ey1, R(1, 2) * (R("0.01") - R("0.7676"))**2,
          alt=(R(1, 2) * (t1 - rnd(yh1, 4))**2, R(1, 2) * (R("0.01") - R("0.7676"))**2), note="uses y-hat_1 rounded to 0.7676"),
    Claim(50, "ambiguous", R(1, 2) * (R("0.01") - R("0.7676"))**2, R("0.2869"), k=2,
          alt=(trunc(R(1, 2) * (R("0.01") - R("0.7676"))**2, 4), R("0.2869")),
          note="0.286979 cut to 4 decimals (rounding would give 0.2870)"),
    Claim(54, "ambiguous", Ey2, R("0.0214"), alt=(rnd(Ey2, 4), R("0.0214")), note="0.0214245, rounded"),
    Claim(58, "valid", Ey1 + Ey2, Ey1 + Ey2),
    Claim(58, "ambiguous", Ey1 + Ey2, R("0.3083"), k=2, alt=(R("0.2869") + R("0.0214"), R("0.3083")),
          note="E_y1 + E_y2 = 0.30843; 0.3083 is the sum of the shortened values 0.2869 + 0.0214"),
    # backward pass
    Claim(72, "valid", diff(E, W5), dE_dO1 * dO_dY * dY_dW5),
    Claim(79, "valid", E, R(1, 2) * (T1 - O1)**2 + R(1, 2) * (T2 - O2)**2),
    Claim(80, "invalid", dE_dO1, 2 * R(1, 2) * (T1 - O1)**(2 - 1) + 0,
          note="the inner derivative d(t_1 - out)/d out = -1 is missing: the result is -(t_1 - out_y1)"),
    Claim(81, "invalid", 2 * R(1, 2) * (T1 - O1)**(2 - 1) + 0, -(T1 - O1),
          note="(t_1 - out_y1) and -(t_1 - y-hat_1) differ in sign (out_y1 is y-hat_1); the sign slip of line 80 is undone here"),
    Claim(81, "ambiguous", -(t1 - yh1), -(R("0.01") - R("0.7676")), k=2,
          alt=(-(t1 - rnd(yh1, 4)), -(R("0.01") - R("0.7676"))), note="uses y-hat_1 rounded to 0.7676"),
    Claim(81, "valid", -(R("0.01") - R("0.7676")), R("0.7576"), k=3),
    Claim(87, "invalid", yh1, sig(yh1),
          note="y-hat_1 is the logistic of the net input, not of itself"),
    Claim(88, "valid", dO_dY, O1 * (1 - O1)),
    Claim(88, "ambiguous", yh1 * (1 - yh1), R("0.7676") * (1 - R("0.7676")), k=2,
          alt=(rnd(yh1, 4) * (1 - rnd(yh1, 4)), R("0.7676") * (1 - R("0.7676"))), note="uses out_y1 rounded to 0.7676"),
    Claim(88, "ambiguous", R("0.7676") * (1 - R("0.7676")), R("0.1784"), k=3,
          alt=(rnd(R("0.7676") * (1 - R("0.7676")), 4), R("0.1784")), note="0.178390, rounded"),
    Claim(95, "valid", dY_dW5, 1 * H1 * W5**(1 - 1) + 0 + 0),
    Claim(95, "ambiguous", ah1, R("0.5824"), k=2, alt=(rnd(ah1, 4), R("0.5824")), note="out_h1 = 0.582368, rounded"),
    Claim(101, "valid", diff(E, W5), dE_dO1 * dO_dY * dY_dW5),
    Claim(105, "ambiguous", grad, R("0.7576") * R("0.1784") * R("0.5824"),
          alt=(rnd(yh1 - t1, 4) * rnd(yh1 * (1 - yh1), 4) * rnd(ah1, 4), R("0.7576") * R("0.1784") * R("0.5824")),
          note="product of the rounded factors; the exact value is 0.078702"),
    Claim(105, "ambiguous", R("0.7576") * R("0.1784") * R("0.5824"), R("0.0787"), k=2,
          alt=(rnd(R("0.7576") * R("0.1784") * R("0.5824"), 4), R("0.0787")), note="0.0787148, rounded"),
    Claim(111, "ambiguous", w5 - alpha * grad, R("0.4") - R("0.5") * R("0.0787"),
          alt=(w5 - alpha * rnd(grad, 4), R("0.4") - R("0.5") * R("0.0787")), note="uses the gradient rounded to 0.0787"),
    Claim(111, "ambiguous", R("0.4") - R("0.5") * R("0.0787"), R("0.3607"), k=2,
          alt=(half_up(R("0.4") - R("0.5") * R("0.0787"), 4), R("0.3607")),
          note="0.36065, rounded half up to 4 decimals"),
]
