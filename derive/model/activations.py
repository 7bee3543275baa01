"""The activations: one registered forward expression each, ŷ = f(z), with its range."""

from __future__ import annotations

import sympy

from derive.model.registry import (
    CLASSES,
    NONNEGATIVE,
    POSITIVE,
    REAL,
    SIGNED_UNIT,
    SIMPLEX,
    UNIT,
    activation,
)
from derive.symbols import index

GENERIC = sympy.Function("f")  # an unspecified activation: results carry f'(z)


@activation("sigmoid", r"\sigma", output=UNIT)
def sigmoid(z):
    """Logistic sigmoid."""
    return 1 / (1 + sympy.exp(-z))


@activation("identity", r"\mathrm{id}", output=REAL)
def identity(z):
    """No activation: linear regression."""
    return z


@activation("tanh", r"\tanh", output=SIGNED_UNIT)
def tanh(z):
    """Hyperbolic tangent."""
    return sympy.tanh(z)


@activation("relu", r"\mathrm{ReLU}", output=NONNEGATIVE)
def relu(z):
    """Rectified linear unit; derivative 0 is taken at the kink z = 0."""
    return sympy.Max(0, z, evaluate=False)  # no search for a larger argument


@activation("softplus", r"\mathrm{softplus}", output=POSITIVE)
def softplus(z):
    """Smooth ReLU."""
    return sympy.log(1 + sympy.exp(z))


@activation("exp", r"\exp", output=POSITIVE)
def exp(z):
    """Exponential (the canonical link of Poisson regression)."""
    return sympy.exp(z)


@activation("generic", "f", output=REAL)
def generic(z):
    """An unspecified differentiable f."""
    return GENERIC(z)


@activation("softmax", r"\mathrm{softmax}", output=SIMPLEX)
def softmax(z, k):
    """Softmax, ŷ_k = e^{z_k} / Σ_r e^{z_r} over K classes."""
    r = index("r")  # bound here only; the engine's free class indices are k and l
    return sympy.exp(z[k]) / sympy.Sum(sympy.exp(z[r]), (r, 1, CLASSES))
