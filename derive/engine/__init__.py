"""The derivation engine: a model in, its gradients out as checked derivations in closed form."""

from derive.engine.gradient import Gradient, Result, derive_gradient, gradient, verify

__all__ = ["Gradient", "Result", "derive_gradient", "gradient", "verify"]
