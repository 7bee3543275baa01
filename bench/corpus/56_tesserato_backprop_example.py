from sympy import symbols, sin, cos, diff, Lambda, Rational

from labels import Claim

SOURCE = "https://github.com/tesserato/Dissertacao/blob/fea3de1/00_Texto_Dissertação/trash/theory/old/example.md"
TITLE = "Backpropagation example, 2-3-2 network with activations g and f (tesserato)"
TOPIC = "backprop"

# generic activations replaced by smooth stand-ins, the same on both sides
X = symbols("X", real=True)
f = Lambda(X, sin(X) + X**2 / 3)
g = Lambda(X, cos(X) / 2 + X**3 / 6)
fp = Lambda(X, diff(f(X), X))
gp = Lambda(X, diff(g(X), X))

i1, i2 = symbols("i1 i2", real=True)
w11, w12, w13, w21, w22, w23 = symbols("w11 w12 w13 w21 w22 w23", real=True)
u11, u12, u21, u22, u31, u32 = symbols("u11 u12 u21 u22 u31 u32", real=True)
t1, t2, s1, s2, s3 = symbols("t1 t2 s1 s2 s3", real=True)          # s_k is t^*_k
h1 = g(i1 * w11 + i2 * w21)
h2 = g(i1 * w12 + i2 * w22)
h3 = g(i1 * w13 + i2 * w23)
n1 = h1 * u11 + h2 * u21 + h3 * u31
n2 = h1 * u12 + h2 * u22 + h3 * u32
E = Rational(1, 2) * ((f(n1) - t1)**2 + (f(n2) - t2)**2)
Es = Rational(1, 2) * ((h1 - s1)**2 + (h2 - s2)**2 + (h3 - s3)**2)

# dE/du11
r33 = Rational(1, 2) * diff((f(n1) - t1)**2 + (f(n2) - t2)**2, u11)
r40 = Rational(1, 2) * (diff((f(n1) - t1)**2, u11) + diff((f(n2) - t2)**2, u11))
r49 = Rational(1, 2) * diff((f(n1) - t1)**2, u11)
inner = diff(h1 * u11, u11) + diff(h2 * u21, u11) + diff(h3 * u31, u11)
r53_literal = Rational(2, 2) * (f(n1) - t1) * (diff(f(n1), u11) * inner - diff(t1, u11))   # d f(...)/du11, times the inner sum again
r53_meant = Rational(2, 2) * (f(n1) - t1) * (fp(n1) * inner - diff(t1, u11))               # f'(...) times the inner sum
r67 = h1 * (f(n1) - t1) * fp(n1)

# dE/dw11
r77 = Rational(1, 2) * diff((f(n1) - t1)**2 + (f(n2) - t2)**2, w11)
r85 = Rational(1, 2) * (diff((f(n1) - t1)**2, w11) + diff((f(n2) - t2)**2, w11))
r94 = Rational(1, 2) * (2 * (f(n1) - t1) * diff(f(n1) - t1, w11) + 2 * (f(n2) - t2) * diff(f(n2) - t2, w11))
r106 = (f(n1) - t1) * (diff(f(n1), w11) - diff(t1, w11)) + (f(n2) - t2) * (diff(f(n2), w11) - diff(t2, w11))
r122 = ((f(n1) - t1) * fp(n1) * (diff(h1 * u11, w11) + diff(h2 * u21, w11) + diff(h3 * u31, w11))
        + (f(n2) - t2) * fp(n2) * (diff(h1 * u12, w11) + diff(h2 * u22, w11) + diff(h3 * u32, w11)))
r138 = (f(n1) - t1) * fp(n1) * diff(h1 * u11, w11) + (f(n2) - t2) * fp(n2) * diff(h1 * u12, w11)
r150 = ((f(n1) - t1) * fp(n1) * (u11 * i1 * gp(i1 * w11 + i2 * w21))
        + (f(n2) - t2) * fp(n2) * (u12 * i1 * gp(i1 * w11 + i2 * w21)))

# dE*/dw11
r197 = Rational(1, 2) * (diff((h1 - s1)**2, w11) + diff((h2 - s2)**2, w11) + diff((h3 - s3)**2, w11))
r204 = Rational(2, 2) * (h1 - s1) * diff(h1, w11) - diff(s1, w11)
r207 = (h1 - s1) * diff(h1, w11)
r209 = i1 * (h1 - s1) * gp(i1 * w11 + i2 * w21)

CLAIMS = [
    Claim(33, "valid", diff(E, u11), r33),
    Claim(40, "valid", r33, r40),
    Claim(49, "valid", r40, r49),
    Claim(53, "ambiguous", r49, r53_literal, alt=(r49, r53_meant),
          note="read literally, (df/du11) is already the chain-rule derivative of f(...) and the factor h1 is applied twice; "
               "it holds when df/du11 (h1 u11 + ...) means f' evaluated at h1 u11 + ..."),
    Claim(67, "ambiguous", r53_literal, r67, alt=(r53_meant, r67),
          note="follows from line 53 only under the reading of df/du11 (...) as f'(...); literally the factor h1 appears twice"),
    Claim(78, "valid", diff(E, w11), r77),
    Claim(85, "valid", r77, r85),
    Claim(94, "valid", r85, r94),
    Claim(106, "valid", r94, r106),
    Claim(122, "valid", r106, r122),
    Claim(138, "valid", r122, r138),
    Claim(150, "valid", r138, r150),
    Claim(166, "valid", diff(E, u11), r67),
    Claim(170, "valid", diff(E, w11), r150),
    Claim(197, "valid", diff(Es, w11), r197),
    Claim(204, "valid", r197, r204),
    Claim(207, "valid", r204, r207),
    Claim(209, "valid", r207, r209),
]
