from sympy import Symbol, Piecewise, diff

from labels import Claim

SOURCE = "https://github.com/Baker-B/nn_conspect/blob/HEAD/17_activation_relu.ipynb"
TITLE = "What is the ReLU activation function and its derivative? And also Leaky ReLU (neuralthreads)"
TOPIC = "activations"

x = Symbol("x", real=True)
a = Symbol("a", positive=True)

relu = Piecewise((x, x > 0), (0, True))
drelu = diff(relu, x)
leaky = Piecewise((x, x > 0), (a * x, True))
dleaky = diff(leaky, x)

A = {a: (0.01, 0.5)}

CLAIMS = [
    Claim(16, "valid", relu, relu),                                   # relu(x) = f(x)
    Claim(17, "valid", relu, Piecewise((x, x > 0), (0, True))),       # f(x) = {x; 0}
    Claim(24, "valid", drelu, drelu),                                 # dy/dx = f'(x)
    Claim(24, "valid", drelu, diff(Piecewise((x, x > 0), (0, True)), x), k=2),
    Claim(33, "valid", drelu, Piecewise((1, x > 0), (0, True))),
    Claim(46, "valid", leaky, leaky, domain=A),                       # leaky_relu(x) = f(x)
    Claim(47, "valid", leaky, Piecewise((x, x > 0), (a * x, True)), domain=A),
    Claim(54, "valid", dleaky, dleaky, domain=A),
    Claim(54, "valid", dleaky, diff(Piecewise((x, x > 0), (a * x, True)), x), k=2, domain=A),
    Claim(63, "valid", dleaky, Piecewise((1, x > 0), (a, True)), domain=A),
]
