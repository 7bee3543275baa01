from sympy import Rational, Symbol, diff, exp

from labels import Claim

SOURCE = ("https://github.com/YETI-WU/EVA8_S3_BackPropagation/blob/"
          "02c278179901b294c549b45a448e06a748ff1f22/README.md")
TITLE = "EVA8_S3_BackPropagation: Back Propagation in Excel"
TOPIC = "backprop"


def sig(x):
    return 1 / (1 + exp(-x))


def dsig(x):
    return sig(x) * (1 - sig(x))


i1, i2 = Symbol("i1", real=True), Symbol("i2", real=True)
t1, t2 = Symbol("t1", real=True), Symbol("t2", real=True)
w1, w2, w3, w4, w5, w6, w7, w8 = (Symbol(f"w{k}", real=True) for k in range(1, 9))
T = {t1: (0, 1), t2: (0, 1)}

# the network as a function of the weights (a_h1 read as sigma(h1), as the rest of the text uses it)
h1 = w1 * i1 + w2 * i2
h2 = w3 * i1 + w4 * i2
ah1, ah2 = sig(h1), sig(h2)
o1 = w5 * ah1 + w6 * ah2
o2 = w7 * ah1 + w8 * ah2
ao1, ao2 = sig(o1), sig(o2)
E1 = Rational(1, 2) * (t1 - ao1)**2
E2 = Rational(1, 2) * (t2 - ao2)**2
E = E1 + E2

# the same network with the hidden activations as free variables (for dE/da_h)
H1, H2 = Symbol("H1", real=True), Symbol("H2", real=True)
O1h = w5 * H1 + w6 * H2
O2h = w7 * H1 + w8 * H2
E1h = Rational(1, 2) * (t1 - sig(O1h))**2
E2h = Rational(1, 2) * (t2 - sig(O2h))**2
at_h = {H1: ah1, H2: ah2}
dE_dah1 = diff(E1h + E2h, H1).xreplace(at_h)

# generic symbols for single-variable steps
A = Symbol("A", real=True)  # a_o1 as a variable
O = Symbol("O", real=True)  # o_1 as a variable
dA = Symbol("dA", positive=True)  # the bare "delta a_o1" in the denominator of E_1/delta a_o1
dw5 = Symbol("dw5", positive=True)  # the bare "delta w_5" in o_1/delta w_5

# the undefined symbols ao_1, ao_2, ao_{o1} of the text, read literally
ao1_s, ao2_s, aoo1_s = Symbol("ao_1", real=True), Symbol("ao_2", real=True), Symbol("ao_o1", real=True)

E1A = Rational(1, 2) * (t1 - A)**2

s3 = {  # step 3 as written, with ao_1/ao_2 as free symbols, and its alt with ao_k = a_ok
    5: ((ao1 - t1) * ao1_s * (1 - ao1) * ah1, (ao1 - t1) * ao1 * (1 - ao1) * ah1),
    6: ((ao1 - t1) * ao1_s * (1 - ao1) * ah2, (ao1 - t1) * ao1 * (1 - ao1) * ah2),
    7: ((ao2 - t2) * ao2_s * (1 - ao2) * ah1, (ao2 - t2) * ao2 * (1 - ao2) * ah1),
    8: ((ao2 - t2) * ao2_s * (1 - ao2) * ah2, (ao2 - t2) * ao2 * (1 - ao2) * ah2),
}
W = {5: w5, 6: w6, 7: w7, 8: w8}


def s4(first_w, second_w, lit):
    a = aoo1_s if lit else ao1
    return (ao1 - t1) * a * (1 - ao1) * first_w + (ao2 - t2) * ao2 * (1 - ao2) * second_w


def s6(first_w, second_w, inp, lit):
    return s4(first_w, second_w, lit) * ah1 * (1 - ah1) * inp


NOTE_AO = "ao_1/ao_2/ao_{o1} is not defined anywhere; holds only if read as the typo for a_{o1}/a_{o2}"
NOTE_D = "the numerator lacks its delta, so the left side is a ratio, not a derivative; holds read as a derivative"

CLAIMS = [
    # Step 1 (the first = of each chain defines the activation; the second is a claim)
    Claim(8, "invalid", sig(o1), 1 / (1 + exp(-h1)),
          note="sigma(o_1) = 1/(1+exp(-o_1)), not 1/(1+exp(-h_1)); a_{h1} should be sigma(h_1)"),
    Claim(9, "valid", sig(h2), 1 / (1 + exp(-h2))),
    Claim(12, "valid", sig(o1), 1 / (1 + exp(-o1))),
    Claim(13, "valid", sig(o2), 1 / (1 + exp(-o2))),
    # Step 2
    Claim(20, "valid", diff(E, w5), diff(E1 + E2, w5), domain=T),
    Claim(21, "valid", diff(E, w5), diff(E1, w5), domain=T),
    Claim(22, "valid", diff(E, w5),
          diff(E1A, A).xreplace({A: ao1}) * diff(sig(O), O).xreplace({O: o1}) * diff(o1, w5), domain=T),
    Claim(23, "ambiguous", E1A / dA, diff(E1A, A), alt=(diff(E1A, A), diff(E1A, A)),
          domain={t1: (0, 1), A: (0.05, 0.95), dA: (0.01, 1)}, note=NOTE_D),
    Claim(23, "valid", diff(E1A, A), A - t1, k=2, domain={t1: (0, 1), A: (0.05, 0.95)}),
    Claim(24, "valid", diff(sig(O), O), diff(sig(O), O)),
    Claim(24, "valid", diff(sig(O), O), sig(O) * (1 - sig(O)), k=2),
    Claim(25, "ambiguous", O1h / dw5, H1, alt=(diff(O1h, w5), H1),
          domain={dw5: (0.01, 1)}, note=NOTE_D),
    # Step 3
    *[Claim(28 + n - 4, "ambiguous", diff(E, W[n]), s3[n][0], alt=(diff(E, W[n]), s3[n][1]),
            domain=T, note=NOTE_AO) for n in (5, 6, 7, 8)],
    # Step 4
    Claim(37, "valid", diff(E1h, H1), (sig(O1h) - t1) * sig(O1h) * (1 - sig(O1h)) * w5, domain=T),
    Claim(38, "valid", diff(E2h, H1), (sig(O2h) - t2) * sig(O2h) * (1 - sig(O2h)) * w7, domain=T),
    Claim(39, "ambiguous", dE_dah1, s4(w5, w7, True), alt=(dE_dah1, s4(w5, w7, False)),
          domain=T, note=NOTE_AO),
    Claim(40, "ambiguous", diff(E1h + E2h, H2).xreplace(at_h), s4(w6, w8, True),
          alt=(diff(E1h + E2h, H2).xreplace(at_h), s4(w6, w8, False)), domain=T, note=NOTE_AO),
    # Step 5: dE/dw_k = dE/da_h1 * da_h1/dh1 * dh1/dw_k
    Claim(44, "valid", diff(E, w1), dE_dah1 * dsig(h1) * diff(h1, w1), domain=T),
    Claim(45, "valid", diff(E, w2), dE_dah1 * dsig(h1) * diff(h1, w2), domain=T),
    Claim(46, "invalid", diff(E, w3), dE_dah1 * dsig(h1) * diff(h1, w3), domain=T,
          note="w_3 feeds h_2, not h_1: dh_1/dw_3 = 0, the path is through a_{h2} and h_2"),
    Claim(47, "invalid", diff(E, w4), dE_dah1 * dsig(h1) * diff(h1, w4), domain=T,
          note="w_4 feeds h_2, not h_1: dh_1/dw_4 = 0, the path is through a_{h2} and h_2"),
    # Step 6
    Claim(52, "ambiguous", diff(E, w1), s6(w5, w7, i1, True), alt=(diff(E, w1), s6(w5, w7, i1, False)),
          domain=T, note=NOTE_AO),
    Claim(54, "ambiguous", diff(E, w2), s6(w5, w7, i2, True), alt=(diff(E, w2), s6(w5, w7, i2, False)),
          domain=T, note=NOTE_AO),
    Claim(56, "invalid", diff(E, w3), s6(w6, w8, i1, True), domain=T,
          note="w_3 acts through h_2: the factor must be a_{h2}(1-a_{h2}), not a_{h1}(1-a_{h1}) (ao_{o1} aside)"),
    Claim(58, "invalid", diff(E, w4), s6(w6, w8, i2, True), domain=T,
          note="w_4 acts through h_2: the factor must be a_{h2}(1-a_{h2}), not a_{h1}(1-a_{h1}) (ao_{o1} aside)"),
]
