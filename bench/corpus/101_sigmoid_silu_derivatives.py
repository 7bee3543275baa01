from sympy import Symbol, exp, log, diff, Integer
from labels import Claim

SOURCE = ("https://github.com/lsynpy/byox_vllm/blob/71a7c2a93a3f4f706fb29438d5502e47d6752f13/"
          "notes/Sigmoid_SiLU.md")
TITLE = "Sigmoid and SiLU/Swish: symmetry, shift, derivatives (lsynpy)"
TOPIC = "activations"

x = Symbol("x", real=True)
a = Symbol("a", real=True)
N = Symbol("N", positive=True)
j = Symbol("j", real=True)  # the stray factor written by the author on line 116


def sig(t):
    return 1 / (1 + exp(-t))


s = sig(x)
u = 1 + exp(-x)
fN = exp(x) / (exp(x) + N)  # definition on line 18
swish = x * sig(x)  # SILU(x) = x / (1 + e^{-x}), line 86
dswish = diff(swish, x)
Npos = {N: (0.1, 5)}

CLAIMS = [
    # line 4: first '=' defines sigma; second is a claim
    Claim(4, "valid", 1 / (1 + exp(-x)), exp(x) / (exp(x) + 1),
          note="multiply numerator and denominator by e^x"),
    Claim(12, "valid", sig(x) + sig(-x), Integer(1),
          note="1/(1+e^{-x}) + 1/(1+e^{x}) = 1"),
    # line 24: chain of three equalities (the \Rightarrow separates two statements)
    Claim(24, "valid", 1 / N, exp(-log(N)), k=1, domain=Npos,
          note="e^{-ln N} = 1/N for N > 0"),
    Claim(24, "valid", exp(x) / N, exp(x) * exp(-log(N)), k=2, domain=Npos,
          note="substitute 1/N = e^{-ln N}"),
    Claim(24, "valid", exp(x) * exp(-log(N)), exp(x - log(N)), k=3, domain=Npos,
          note="product of exponentials adds exponents"),
    # line 26: f_N already defined on line 18, so its restatement is a (trivial) claim
    Claim(26, "valid", fN, exp(x) / (exp(x) + N), k=1, domain=Npos,
          note="restates the definition of f_N from line 18"),
    Claim(26, "valid", exp(x) / (exp(x) + N), (exp(x) / N) / (exp(x) / N + 1), k=2, domain=Npos,
          note="divide numerator and denominator by N"),
    Claim(26, "valid", (exp(x) / N) / (exp(x) / N + 1),
          exp(x - log(N)) / (exp(x - log(N)) + 1), k=3, domain=Npos,
          note="e^x/N = e^{x - ln N}"),
    Claim(30, "valid", fN, sig(x - log(N)), domain=Npos,
          note="e^t/(e^t+1) = sigma(t) with t = x - ln N"),
    Claim(37, "valid", diff(s, x), s * (1 - s),
          note="standard logistic derivative"),
    # line 41 restates the definition of sigma from line 4
    Claim(41, "valid", s, 1 / (1 + exp(-x)),
          note="restates the definition of sigma"),
    Claim(42, "valid", s, u ** -1,
          note="with u = 1 + e^{-x}, sigma = 1/u"),
    Claim(43, "valid", diff(s, x), -u ** -2 * (-exp(-x)), k=1,
          note="chain rule on u^{-1} with du/dx = -e^{-x}"),
    Claim(43, "valid", -u ** -2 * (-exp(-x)), exp(-x) / (1 + exp(-x)) ** 2, k=2,
          note="simplify the signs and substitute u"),
    Claim(45, "valid", s * (1 - s), 1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x))), k=1,
          note="1 - sigma = e^{-x}/(1+e^{-x})"),
    Claim(45, "valid", 1 / (1 + exp(-x)) * (exp(-x) / (1 + exp(-x))),
          exp(-x) / (1 + exp(-x)) ** 2, k=2,
          note="multiply the two fractions"),
    Claim(49, "valid", 1 / exp(a), exp(-a), k=1, note="reciprocal of an exponential"),
    Claim(49, "valid", N, exp(log(N)), k=2, domain=Npos, note="exp and ln are inverse for N > 0"),
    # line 86: first '=' defines SILU; second is a claim
    Claim(86, "valid", x / (1 + exp(-x)), x * sig(x), note="x/(1+e^{-x}) = x sigma(x)"),
    Claim(96, "valid", swish.subs(x, 0), Integer(0), note="0 * sigma(0) = 0"),
    # line 105: '$ x = 0 $' is the row condition, not a claim; the claim is Swish(0) = 0
    Claim(105, "valid", swish.subs(x, 0), Integer(0), note="0 * sigma(0) = 0"),
    Claim(116, "valid", dswish, s + x * s * (1 - s), k=1,
          note="product rule with sigma' = sigma(1-sigma)"),
    Claim(116, "invalid", s + x * s * (1 - s), s * (1 + x * (1 - s) * j), k=2,
          note="stray factor j multiplies x(1-s); without it the factorisation would hold"),
    Claim(118, "valid", dswish, s * (1 + x * (1 - s)),
          note="factor sigma out of sigma + x sigma (1-sigma)"),
    Claim(148, "valid", x / (1 + exp(-x)), x * sig(x),
          note="SILU written as input times sigmoid gate"),
]
