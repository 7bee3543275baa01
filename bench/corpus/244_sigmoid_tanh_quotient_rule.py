from sympy import Symbol, exp, diff, Integer

from labels import Claim

SOURCE = ("https://github.com/microsoft/ai-edu/blob/03bf8efc25fc00f6e83c661665e4ae7baf4ed54e/"
          "B-%E6%95%99%E5%AD%A6%E6%A1%88%E4%BE%8B%E4%B8%8E%E5%AE%9E%E8%B7%B5/"
          "B6-%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%E5%9F%BA%E6%9C%AC%E5%8E%9F%E7%90%86"
          "%E7%AE%80%E6%98%8E%E6%95%99%E7%A8%8B/"
          "01.1-%E5%9F%BA%E6%9C%AC%E6%95%B0%E5%AD%A6%E5%AF%BC%E6%95%B0%E5%85%AC%E5%BC%8F.md")
TITLE = "Derivatives of the sigmoid and tanh activations by the quotient rule (Microsoft ai-edu notes)"
TOPIC = "activations"

z = Symbol("z", real=True)  # the notes switch freely between Z and z; one variable here

# --- sigmoid: A = 1/(1+e^{-z}), u = 1, v = 1 + e^{-z}
A = 1 / (1 + exp(-z))
u = Integer(1)
v = 1 + exp(-z)
du, dv = diff(u, z), diff(v, z)
quot_s = (du * v - dv * u) / v**2
step1 = (0 - diff(1 + exp(-z), z)) / (1 + exp(-z))**2
step2 = exp(-z) / (1 + exp(-z))**2
step3 = (1 + exp(-z) - 1) / (1 + exp(-z))**2
step4 = 1 / (1 + exp(-z)) - (1 / (1 + exp(-z)))**2
step5 = A - A**2
step6 = A * (1 - A)

# --- tanh: A = (e^z - e^{-z})/(e^z + e^{-z}), u = e^z - e^{-z}, v = e^z + e^{-z}
T = (exp(z) - exp(-z)) / (exp(z) + exp(-z))
U = exp(z) - exp(-z)
V = exp(z) + exp(-z)
quot_t = (diff(U, z) * V - diff(V, z) * U) / V**2
t1 = (diff(exp(z) - exp(-z), z) * (exp(z) + exp(-z))
      - diff(exp(z) + exp(-z), z) * (exp(z) - exp(-z))) / (exp(z) + exp(-z))**2
t2 = ((exp(z) + exp(-z)) * (exp(z) + exp(-z))
      - (exp(z) - exp(-z)) * (exp(z) - exp(-z))) / (exp(z) + exp(-z))**2
t3 = ((exp(z) + exp(-z))**2 - (exp(z) - exp(-z))**2) / (exp(z) + exp(-z))**2
t4 = 1 - ((exp(z) - exp(-z)) / (exp(z) + exp(-z)))**2
t5 = 1 - T**2

CLAIMS = [
    # sigmoid, eq. (70) and its continuation
    Claim(8, "valid", diff(A, z), quot_s),
    Claim(8, "valid", quot_s, step1, k=2),
    Claim(11, "valid", step1, step2),
    Claim(12, "valid", step2, step3),
    Claim(15, "valid", step3, step4),
    Claim(18, "valid", step4, step5),
    Claim(18, "valid", step5, step6, k=2),
    # tanh, eq. (71) and its continuation
    Claim(27, "valid", diff(T, z), quot_t),
    Claim(30, "valid", quot_t, t1),
    Claim(33, "valid", t1, t2),
    Claim(36, "valid", t2, t3),
    Claim(39, "valid", t3, t4),
    Claim(39, "valid", t4, t5, k=2),
]
