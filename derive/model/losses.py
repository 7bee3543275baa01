"""The losses: one registered forward expression each, L(y, ŷ) for one sample."""

from __future__ import annotations

import sympy
from sympy import log

from derive.model.registry import (
    BINARY,
    CLASS,
    COUNTS,
    EACH,
    ONE_HOT,
    POSITIVE,
    REAL,
    SIGNS,
    SIMPLEX,
    UNIT,
    loss,
)


@loss("bce", r"\mathrm{BCE}", y=BINARY, yhat=UNIT)
def bce(y, yhat):
    """Binary cross-entropy."""
    return -y * log(yhat) - (1 - y) * log(1 - yhat)


@loss("mse", r"\tfrac{1}{2}\mathrm{SE}", y=REAL, yhat=REAL, outputs=EACH)
def mse(y, yhat):
    """Half squared error, as seed 000 and the Udacity formula use it (summed over K outputs)."""
    return sympy.Rational(1, 2) * (y - yhat) ** 2


@loss("gaussian-nll", r"\mathrm{NLL}_{\mathcal{N}}", y=REAL, yhat=REAL)
def gaussian_nll(y, yhat):
    """Negative log-density of N(y; ŷ, 1)."""
    return -log(sympy.exp(-((y - yhat) ** 2) / 2) / sympy.sqrt(2 * sympy.pi))


@loss("poisson-nll", r"\mathrm{NLL}_{\mathrm{Poisson}}", y=COUNTS, yhat=POSITIVE)
def poisson_nll(y, yhat):
    """Poisson negative log-likelihood without the log y! term (constant in the parameters)."""
    return yhat - y * log(yhat)


@loss("log-likelihood", r"\ell", y=BINARY, yhat=UNIT, maximise=True)
def log_likelihood(y, yhat):
    """Bernoulli log-likelihood, maximised: its gradient is for ascent."""
    return y * log(yhat) + (1 - y) * log(1 - yhat)


@loss("hinge", r"\mathrm{hinge}", y=SIGNS, yhat=REAL)
def hinge(y, yhat):
    """Hinge loss on a signed score; subgradient 0 is taken at the kink y ŷ = 1."""
    return sympy.Max(0, 1 - y * yhat, evaluate=False)  # no search for a larger argument


@loss("cross-entropy", r"\mathrm{CE}", y=ONE_HOT, yhat=SIMPLEX, outputs=CLASS)
def cross_entropy(y, yhat):
    """Categorical cross-entropy, L = −Σ_k y_k log ŷ_k over K classes, with a one-hot label."""
    return -y * log(yhat)
