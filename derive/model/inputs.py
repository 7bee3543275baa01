"""The inputs: z⁽ⁱ⁾ from the parameters and sample i's features."""

from __future__ import annotations

import sympy

from derive.model.registry import model_input
from derive.symbols import N, base, index, scalar


@model_input("linear", r"\mathbf{x}^{(i)} \cdot \mathbf{w} + b",
             classes=r"\mathbf{x}^{(i)} \cdot \mathbf{w}_k + b_k")
def linear(i, c=None):
    """z⁽ⁱ⁾ = Σ_k w_k x_k⁽ⁱ⁾ + b over n features; z_c⁽ⁱ⁾ = Σ_p w_{pc} x_p⁽ⁱ⁾ + b_c for class c."""
    if c is not None:
        p = index("p")  # not k: k is a class index when there are classes
        return sympy.Sum(base("x")[i, p] * base("w")[p, c], (p, 1, N)) + base("b")[c]
    k = index("k")
    return sympy.Sum(base("x")[i, k] * base("w")[k], (k, 1, N)) + scalar("b")
