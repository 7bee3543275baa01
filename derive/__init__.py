"""derive: a symbolic derivation verifier for the gradients machine-learning courses teach."""

__version__ = "0.1.0"
