from sympy import Symbol, exp, diff, log

from labels import Claim

SOURCE = "https://github.com/Baker-B/nn_conspect/blob/HEAD/19_activation_softplus.ipynb"
TITLE = "What is the Softplus activation function and its derivative? (neuralthreads)"
TOPIC = "activations"

x = Symbol("x", real=True)
f = log(1 + exp(x))          # natural log, as softplus is defined
df = diff(f, x)

CLAIMS = [
    Claim(16, "valid", log(1 + exp(x)), f),                 # softplus(x) = f(x)
    Claim(16, "valid", f, log(1 + exp(x)), k=2),             # f(x) = log(1+e^x)
    Claim(20, "valid", df, df),                              # dy/dx = f'(x)
    Claim(20, "valid", df, diff(log(1 + exp(x)), x), k=2),
    Claim(22, "valid", df, exp(x) / (1 + exp(x))),
    Claim(24, "valid", df, (exp(x) / exp(x)) / (1 / exp(x) + exp(x) / exp(x))),
    Claim(26, "valid", df, 1 / (1 + exp(-x))),
    Claim(28, "valid", df, 1 / (1 + exp(-x))),               # sigmoid(x)
]
