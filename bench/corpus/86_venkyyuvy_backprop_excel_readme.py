from sympy import symbols, exp, diff, Lambda, Rational, Symbol, Add

from labels import Claim

SOURCE = "https://github.com/venkyyuvy/image_classifier/blob/5527176cf97e843f50bf7418a207d8e8054727f6/S6/README.md"
TITLE = "Session 6, Part 1: backpropagation in a spreadsheet, 2-2-2 sigmoid network (Venkatachalam N, venkyyuvy/image_classifier README)"
TOPIC = "backprop"

# The network of the README: inputs i1, i2; h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2 (no biases);
# a_h = sigma(h); outputs a_o = sigma(o); E_total = E1 + E2 with E_k = 1/2 (t_k - a_ok)^2.
# The output sums are *defined* (lines 22, 25) with h_1, not a_{h_1}:
#     o1 = w5 h1 + w6 a_h2,   o2 = w7 h1 + w8 a_h2            ("lit", as written)
# while every later step uses a_{h_1} there:
#     o1 = w5 a_h1 + w6 a_h2, o2 = w7 a_h1 + w8 a_h2           ("alt", the reading the steps follow)
# Claims that only hold if the definitions' h_1 stands for a_{h_1} are labelled ambiguous, with the
# "alt" network as their other reading.
u = Symbol("u", real=True)
sig = Lambda(u, 1 / (1 + exp(-u)))
i1, i2, t1, t2 = symbols("i1 i2 t1 t2", real=True)
w1, w2, w3, w4, w5, w6, w7, w8 = symbols("w1:9", real=True)
AO1, AO2, O1, O2, AH1, AH2, H1 = symbols("AO1 AO2 O1 O2 AH1 AH2 H1", real=True)  # stand-ins for partials

h1 = w1 * i1 + w2 * i2
h2 = w3 * i1 + w4 * i2
ah1, ah2 = sig(h1), sig(h2)


def net(alt):
    """(o1, o2, a_o1, a_o2, E1, E2, E) of the literal network (alt=False) or the intended one."""
    first = ah1 if alt else h1
    o1 = w5 * first + w6 * ah2
    o2 = w7 * first + w8 * ah2
    ao1, ao2 = sig(o1), sig(o2)
    E1 = Rational(1, 2) * (t1 - ao1)**2
    E2 = Rational(1, 2) * (t2 - ao2)**2
    return o1, o2, ao1, ao2, E1, E2, E1 + E2


def dE_dah1(alt, which="total"):
    """dE/da_h1 with a_h1 as a free quantity (literal network: a_h1 does not occur, so 0)."""
    first = AH1 if alt else h1
    o1 = w5 * first + w6 * ah2
    o2 = w7 * first + w8 * ah2
    E1 = Rational(1, 2) * (t1 - sig(o1))**2
    E2 = Rational(1, 2) * (t2 - sig(o2))**2
    E = {"total": E1 + E2, "1": E1, "2": E2}[which]
    return diff(E, AH1).subs(AH1, ah1) if alt else diff(E, AH1)


def dE_dah2(alt):
    first = ah1 if alt else h1
    o1 = w5 * first + w6 * AH2
    o2 = w7 * first + w8 * AH2
    E = Rational(1, 2) * (t1 - sig(o1))**2 + Rational(1, 2) * (t2 - sig(o2))**2
    return diff(E, AH2).subs(AH2, ah2)


o1, o2, ao1, ao2, E1, E2, E = net(False)
o1a, o2a, ao1a, ao2a, E1a, E2a, Ea = net(True)

dE1_dao1 = lambda ao: diff(Rational(1, 2) * (t1 - AO1)**2, AO1).subs(AO1, ao)
dao1_do1 = lambda o: diff(sig(O1), O1).subs(O1, o)
dsig_h1 = diff(sig(H1), H1).subs(H1, h1)          # da_h1/dh1
d1 = lambda ao: (ao - t1) * ao * (1 - ao)        # (a_o1 - t1) a_o1 (1 - a_o1), likewise for o2
d2 = lambda ao: (ao - t2) * ao * (1 - ao)

NOTE_H1 = ("o_1 is defined (line 22) as w_5 h_1 + w_6 a_{h_2}, so the w_5 path runs through h_1; "
           "holds if that h_1 is read as a_{h_1}, as every later step does")
NOTE_H1_O2 = ("o_2 is defined (line 25) as w_7 h_1 + w_8 a_{h_2}, so dE/dw_7 carries h_1; "
              "holds if that h_1 is read as a_{h_1}")
NOTE_AH1 = ("with o_1, o_2 as defined (lines 22, 25) a_{h_1} does not enter the error at all, so this "
            "derivative is 0; holds if the definitions' h_1 is read as a_{h_1}")
NOTE_PAREN = ("as written only the w_7 (w_8) product carries a_{h}(1 - a_{h}) i; the chain rule of line 73 "
              "needs the whole sum of the two terms in parentheses (unequal under either reading of h_1)")

CLAIMS = [
    Claim(42, "valid", diff(E, w5), diff(E1 + E2, w5)),
    Claim(45, "valid", diff(E, w5), diff(E1, w5),
          note="E_2 does not depend on w_5"),
    Claim(45, "valid", diff(E1, w5), dE1_dao1(ao1) * dao1_do1(o1) * diff(o1, w5), k=2),
    Claim(49, "valid", dE1_dao1(ao1), diff(Rational(1, 2) * (t1 - AO1)**2, AO1).subs(AO1, ao1)),
    Claim(49, "valid", diff(Rational(1, 2) * (t1 - AO1)**2, AO1).subs(AO1, ao1), ao1 - t1, k=2),
    Claim(52, "valid", dao1_do1(o1), diff(sig(O1), O1).subs(O1, o1)),
    Claim(52, "valid", diff(sig(O1), O1).subs(O1, o1), ao1 * (1 - ao1), k=2),
    Claim(55, "ambiguous", diff(o1, w5), ah1, alt=(diff(o1a, w5), ah1), note=NOTE_H1),
    Claim(58, "ambiguous", diff(E, w5), d1(ao1) * ah1, alt=(diff(Ea, w5), d1(ao1a) * ah1), note=NOTE_H1),
    Claim(61, "valid", diff(E, w6), d1(ao1) * ah2),
    Claim(64, "ambiguous", diff(E, w7), d2(ao2) * ah1, alt=(diff(Ea, w7), d2(ao2a) * ah1), note=NOTE_H1_O2),
    Claim(67, "valid", diff(E, w8), d2(ao2) * ah2),
    Claim(73, "ambiguous", diff(E, w1), dE_dah1(False) * dsig_h1 * diff(h1, w1),
          alt=(diff(Ea, w1), dE_dah1(True) * dsig_h1 * diff(h1, w1)), note=NOTE_AH1),
    Claim(76, "valid", dE_dah1(False), dE_dah1(False, "1") + dE_dah1(False, "2"),
          note="E_total = E_1 + E_2 (both sides are 0 with o_1, o_2 as defined, and equal under the other reading too)"),
    Claim(79, "ambiguous", dE_dah1(False, "1"), d1(ao1) * w5,
          alt=(dE_dah1(True, "1"), d1(ao1a) * w5), note=NOTE_AH1),
    Claim(82, "ambiguous", dE_dah1(False, "2"), d2(ao2) * w7,
          alt=(dE_dah1(True, "2"), d2(ao2a) * w7), note=NOTE_AH1),
    Claim(85, "ambiguous", dE_dah1(False), d1(ao1) * w5 + d2(ao2) * w7,
          alt=(dE_dah1(True), d1(ao1a) * w5 + d2(ao2a) * w7), note=NOTE_AH1),
    Claim(88, "valid", dE_dah2(False), d1(ao1) * w6 + d2(ao2) * w8),
    Claim(92, "invalid", diff(E, w1), d1(ao1) * w5 + d2(ao2) * w7 * ah1 * (1 - ah1) * i1, note=NOTE_PAREN),
    Claim(95, "invalid", diff(E, w2), d1(ao1) * w5 + d2(ao2) * w7 * ah1 * (1 - ah1) * i2, note=NOTE_PAREN),
    Claim(98, "invalid", diff(E, w3), d1(ao1) * w6 + d2(ao2) * w8 * ah2 * (1 - ah2) * i1, note=NOTE_PAREN),
    Claim(101, "invalid", diff(E, w4), d1(ao1) * w6 + d2(ao2) * w8 * ah2 * (1 - ah2) * i2, note=NOTE_PAREN),
]
