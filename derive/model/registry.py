"""Registered building blocks: a loss, an activation or an input is one entry, added by a decorator.

An entry holds a forward expression (built lazily from a plain function of SymPy symbols), a
LaTeX name and its domains. Nobody writes a gradient here: deriving is the engine's job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import sympy

from derive.errors import unknown_name
from derive.symbols import index

CLASSES = index("K")  # the number of classes a multi-output activation scores


@dataclass(frozen=True)
class Domain:
    """A set a quantity lives in: a name for messages and a SymPy set for containment."""

    text: str
    latex: str
    values: Callable[[], sympy.Set] = field(repr=False, compare=False)
    discrete: tuple[int, ...] | None = None  # finite label sets ({0, 1}, {-1, 1}); None = continuum
    classes: bool = False  # a vector over K classes; ``values`` is then the set of each entry

    @cached_property
    def set(self) -> sympy.Set:
        return self.values()

    def within(self, other: Domain) -> bool:
        return bool(self.set.is_subset(other.set))


REAL = Domain("ℝ", r"\mathbb{R}", lambda: sympy.S.Reals)
UNIT = Domain("(0, 1)", r"(0, 1)", lambda: sympy.Interval.open(0, 1))
SIGNED_UNIT = Domain("(−1, 1)", r"(-1, 1)", lambda: sympy.Interval.open(-1, 1))
POSITIVE = Domain("(0, ∞)", r"(0, \infty)", lambda: sympy.Interval.open(0, sympy.oo))
NONNEGATIVE = Domain("[0, ∞)", r"[0, \infty)", lambda: sympy.Interval(0, sympy.oo))
BINARY = Domain("{0, 1}", r"\{0, 1\}", lambda: sympy.FiniteSet(0, 1), discrete=(0, 1))
SIGNS = Domain("{−1, 1}", r"\{-1, 1\}", lambda: sympy.FiniteSet(-1, 1), discrete=(-1, 1))
COUNTS = Domain("{0, 1, 2, …}", r"\{0, 1, 2, \dots\}", lambda: sympy.S.Naturals0)
# K classes: a probability vector (softmax's output) and a one-hot label (Σ_k y_k = 1, assumed)
SIMPLEX = Domain("Δ^{K−1} (K class probabilities)", r"\Delta^{K-1}",
                 lambda: sympy.Interval.open(0, 1), classes=True)
ONE_HOT = Domain("one-hot (Σ_k y_k = 1)", r"\{0, 1\}^K,\ \sum_k y_k = 1",
                 lambda: sympy.FiniteSet(0, 1), discrete=(0, 1), classes=True)

# How a loss meets the outputs: written for one output; for one output or summed over K of them
# (L = Σ_k ℓ(y_k, ŷ_k)); or for K classes only.
ONE, EACH, CLASS = "one", "each", "classes"


@dataclass(frozen=True)
class Loss:
    """L(y, ŷ) per sample; ``maximise`` marks an objective climbed by gradient ascent."""

    name: str
    latex: str
    build: Callable[[sympy.Expr, sympy.Expr], sympy.Expr] = field(repr=False)
    y: Domain
    yhat: Domain
    doc: str = ""
    maximise: bool = False
    outputs: str = ONE  # ONE, EACH or CLASS: with K outputs, L = Σ_k of this expression

    def __call__(self, y: sympy.Expr, yhat: sympy.Expr) -> sympy.Expr:
        return self.build(y, yhat)


@dataclass(frozen=True)
class Activation:
    """ŷ = f(z); ``output`` is the range of f (what it can feed a loss). An activation with K
    outputs (``output.classes``) is called as ``act(z, k)``: ŷ_k from the scores ``z[1..K]``."""

    name: str
    latex: str
    build: Callable[..., sympy.Expr] = field(repr=False)
    output: Domain
    doc: str = ""

    @property
    def classes(self) -> bool:
        return self.output.classes

    def __call__(self, z, k: sympy.Expr | None = None) -> sympy.Expr:
        return self.build(z, k) if self.classes else self.build(z)


@dataclass(frozen=True)
class Input:
    """z⁽ⁱ⁾ from the parameters and one sample's features, or z_k⁽ⁱ⁾ of class k (``latex_classes``)."""

    name: str
    latex: str
    build: Callable[..., sympy.Expr] = field(repr=False)
    doc: str = ""
    latex_classes: str = ""

    def __call__(self, sample: sympy.Expr, k: sympy.Expr | None = None) -> sympy.Expr:
        return self.build(sample) if k is None else self.build(sample, k)


class Registry(dict):
    """Name -> entry, in registration order; ``get`` raises a SpecError with a "did you mean"."""

    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def add(self, entry):
        if entry.name in self:
            raise ValueError(f"{self.kind} '{entry.name}' is registered twice")
        self[entry.name] = entry
        return entry

    def lookup(self, name: str):
        if name not in self:
            raise unknown_name(self.kind, name, list(self))
        return self[name]


LOSSES: Registry = Registry("loss")
ACTIVATIONS: Registry = Registry("activation")
INPUTS: Registry = Registry("input")


def loss(name: str, latex: str, *, y: Domain, yhat: Domain, maximise: bool = False,
         outputs: str = ONE):
    """Register ``fn(y, yhat) -> L`` as a loss: ``@loss("bce", r"...", y=BINARY, yhat=UNIT)``.
    ``outputs=EACH``: also for K outputs, summed over them; ``CLASS``: for K classes only."""

    def register(fn):
        LOSSES.add(Loss(name, latex, fn, y, yhat, (fn.__doc__ or "").strip(), maximise, outputs))
        return fn

    return register


def activation(name: str, latex: str, *, output: Domain):
    """Register ``fn(z) -> ŷ`` as an activation with its range; with a range over K classes
    (``output=SIMPLEX``), ``fn(z, k) -> ŷ_k`` of the scores ``z[1..K]``."""

    def register(fn):
        ACTIVATIONS.add(Activation(name, latex, fn, output, (fn.__doc__ or "").strip()))
        return fn

    return register


def model_input(name: str, latex: str, *, classes: str = ""):
    """Register ``fn(i, k=None) -> z^{(i)}`` (built from ``derive.symbols``) as an input; with a
    class index k, z_k^{(i)} (its LaTeX in ``classes``)."""

    def register(fn):
        INPUTS.add(Input(name, latex, fn, (fn.__doc__ or "").strip(), classes))
        return fn

    return register
