"""Models: a registered loss, activation and input composed into J, with its domains checked.

>>> m = model("bce", "sigmoid")
>>> m.name
'bce/sigmoid/linear/mean'
>>> model("bce", "tanh")
Traceback (most recent call last):
...
derive.errors.SpecError: loss bce needs ŷ ∈ (0, 1), but activation tanh gives ŷ ∈ (−1, 1)
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy

from derive.derivation import Definition
from derive.errors import SpecError, unknown_name
from derive.model import activations as _activations  # noqa: F401  (registers the entries)
from derive.model import inputs as _inputs  # noqa: F401
from derive.model import losses as _losses  # noqa: F401
from derive.model.registry import (
    ACTIVATIONS,
    CLASS,
    CLASSES,
    INPUTS,
    LOSSES,
    ONE,
    Activation,
    Domain,
    Input,
    Loss,
    activation,
    loss,
    model_input,
)
from derive.symbols import SAMPLE, M, base, index, scalar

REDUCTIONS = ("mean", "sum")

__all__ = [
    "ACTIVATIONS", "CLASSES", "INPUTS", "LOSSES", "REDUCTIONS", "Activation", "Domain", "Input", "Loss",
    "Model", "activation", "clash", "loss", "model", "model_input", "valid_pairs",
]


@dataclass(frozen=True)
class Model:
    """J = (1/m) Σ_i L(y⁽ⁱ⁾, f(z⁽ⁱ⁾)) (or the plain sum) with z⁽ⁱ⁾ from the input."""

    loss: Loss
    activation: Activation
    input: Input
    reduction: str = "mean"

    @property
    def name(self) -> str:
        return f"{self.loss.name}/{self.activation.name}/{self.input.name}/{self.reduction}"

    @property
    def classes(self) -> bool:
        """K outputs (softmax): ŷ_k⁽ⁱ⁾, y_k⁽ⁱ⁾, z_k⁽ⁱ⁾ = Σ_j w_{jk} x_j⁽ⁱ⁾ + b_k, L = Σ_k ℓ(y_k, ŷ_k)."""
        return self.activation.classes

    @property
    def one_hot(self) -> bool:
        """Whether the labels are assumed one-hot (Σ_k y_k⁽ⁱ⁾ = 1): the loss's labels say so."""
        return self.classes and self.loss.y.classes

    def assumptions(self) -> dict[str, str]:
        """What the checker may assume beyond the definitions, as front matter would say it."""
        return {"y": "one-hot"} if self.one_hot else {}

    def cost(self, summand: sympy.Expr) -> sympy.Expr:
        """Apply the reduction: (1/m) Σ_i summand or Σ_i summand."""
        total = sympy.Sum(summand, (SAMPLE, 1, M))
        return total / M if self.reduction == "mean" else total

    def definitions(self) -> tuple[Definition, ...]:
        """J, L⁽ⁱ⁾, ŷ⁽ⁱ⁾ and z⁽ⁱ⁾ as the equivalence checker reads them."""
        i = SAMPLE
        L, yhat, y, z = base("L"), base("yhat"), base("y"), base("z")
        if self.classes:  # q is bound in L and the parameter of the others; k, l stay free
            q = index("q")
            return (
                Definition(scalar("J"), self.cost(L[i])),
                Definition(L[i], sympy.Sum(self.loss(y[i, q], yhat[i, q]), (q, 1, CLASSES))),
                Definition(yhat[i, q], self.activation(Row(z, i), q)),
                Definition(z[i, q], self.input(i, q)),
            )
        return (
            Definition(scalar("J"), self.cost(L[i])),
            Definition(L[i], self.loss(y[i], yhat[i])),
            Definition(yhat[i], self.activation(z[i])),
            Definition(z[i], self.input(i)),
        )


class Row:
    """One sample's row of an indexed quantity: ``Row(z, i)[k]`` is ``z[i, k]``."""

    def __init__(self, base_: sympy.IndexedBase, sample: sympy.Expr):
        self.base, self.sample = base_, sample

    def __getitem__(self, k):
        return self.base[self.sample, k]


def clash(loss_: Loss, activation_: Activation) -> str | None:
    """Why this pair cannot be composed (one line), or None when the domains fit."""
    if activation_.classes and loss_.outputs == ONE:
        fits = [lo.name for lo in LOSSES.values() if lo.outputs != ONE]
        return (f"loss {loss_.name} is for one output, but activation {activation_.name} gives "
                f"K outputs ŷ ∈ {activation_.output.text}; with {activation_.name} use "
                + " or ".join(fits))
    if loss_.outputs == CLASS and not activation_.classes:
        fits = [a.name for a in ACTIVATIONS.values() if a.classes]
        return (f"loss {loss_.name} needs K outputs ŷ ∈ {loss_.yhat.text}, but activation "
                f"{activation_.name} gives one ŷ ∈ {activation_.output.text}; with "
                f"{loss_.name} use " + " or ".join(fits))
    if activation_.output.within(loss_.yhat):
        return None
    return (f"loss {loss_.name} needs ŷ ∈ {loss_.yhat.text}, but activation {activation_.name} "
            f"gives ŷ ∈ {activation_.output.text}")


def model(loss_name: str, activation_name: str, input_name: str = "linear",
          reduction: str = "mean") -> Model:
    """The model for registered names; SpecError (one line) for unknown names or a domain clash."""
    lo = LOSSES.lookup(loss_name)
    act = ACTIVATIONS.lookup(activation_name)
    inp = INPUTS.lookup(input_name)
    if reduction not in REDUCTIONS:
        raise unknown_name("reduction", reduction, list(REDUCTIONS))
    why = clash(lo, act)
    if why:
        raise SpecError(why)
    return Model(lo, act, inp, reduction)


def valid_pairs() -> list[tuple[str, str]]:
    """Every (loss, activation) pair whose domains fit, in registry order."""
    return [(lo, a) for lo in LOSSES for a in ACTIVATIONS if clash(LOSSES[lo], ACTIVATIONS[a]) is None]
