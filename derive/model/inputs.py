"""The inputs: z⁽ⁱ⁾ from the parameters and sample i's features."""

from __future__ import annotations

import sympy

from derive.model.registry import model_input
from derive.symbols import N, base, index, scalar


@model_input("linear", r"\mathbf{x}^{(i)} \cdot \mathbf{w} + b")
def linear(i):
    """z⁽ⁱ⁾ = Σ_k w_k x_k⁽ⁱ⁾ + b over n features."""
    k = index("k")
    return sympy.Sum(base("x")[i, k] * base("w")[k], (k, 1, N)) + scalar("b")
