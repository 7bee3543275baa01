from sympy import Symbol, exp, diff, tanh

from labels import Claim

SOURCE = "https://github.com/Baker-B/nn_conspect/blob/HEAD/15_activation_tanh.ipynb"
TITLE = "What is Tanh activation function and its derivative? (neuralthreads)"
TOPIC = "activations"

x = Symbol("x", real=True)
P = exp(x) + exp(-x)
M = exp(x) - exp(-x)
f = M / P
df = diff(f, x)
sigmoid = 1 / (1 + exp(-x))

# line 22 as bracketed: (e^x - (-e^{-x})(e^x+e^{-x}) - (e^x-e^{-x})(e^x+(-e^{-x}))) / (e^x+e^{-x})^2
r22 = (exp(x) - (-exp(-x)) * P - M * (exp(x) + (-exp(-x)))) / P**2

CLAIMS = [
    Claim(16, "invalid", sigmoid, f,
          note="sigmoid(x) = 1/(1+e^{-x}); the function written here is tanh, (e^x-e^{-x})/(e^x+e^{-x})"),
    Claim(16, "valid", f, M / P, k=2),
    Claim(20, "valid", df, df),
    Claim(20, "valid", df, diff(M / P, x), k=2),
    Claim(20, "invalid", diff(M / P, x), diff((1 + exp(-x))**-1, x), k=3,
          note="d/dx of tanh is not d/dx (1+e^{-x})^{-1}, the sigmoid's derivative"),
    Claim(22, "invalid", df, r22,
          note="as bracketed the numerator is e^x + e^{-x}(e^x+e^{-x}) - (e^x-e^{-x})^2, not (e^x+e^{-x})^2 - (e^x-e^{-x})^2"),
    Claim(24, "valid", df, (P * P - M * M) / P**2),
    Claim(26, "valid", df, (P**2 - M**2) / P**2),
    Claim(28, "valid", df, 1 - M**2 / P**2),
    Claim(30, "valid", df, 1 - (M / P)**2),
    Claim(32, "valid", df, 1 - tanh(x)**2),
]
