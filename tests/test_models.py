"""The registry: every entry well formed, domain clashes refused with one line, add-by-registering."""

from __future__ import annotations

import pytest
import sympy as sp

from derive.errors import SpecError
from derive.model import ACTIVATIONS, INPUTS, LOSSES, clash, model, valid_pairs

LOSS_NAMES = {"bce", "mse", "gaussian-nll", "poisson-nll", "log-likelihood", "hinge"}
ACTIVATION_NAMES = {"sigmoid", "identity", "tanh", "relu", "softplus", "exp", "generic"}


def test_the_issue_entries_are_registered():
    assert LOSS_NAMES <= set(LOSSES)
    assert ACTIVATION_NAMES <= set(ACTIVATIONS)
    assert "linear" in INPUTS


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in LOSSES])
def test_loss_is_a_real_expression_of_y_and_yhat(name):
    y, yh = sp.symbols("y yhat", real=True)
    expr = LOSSES[name](y, yh)
    assert expr.free_symbols <= {y, yh} and yh in expr.free_symbols
    assert LOSSES[name].latex and LOSSES[name].doc


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in ACTIVATIONS])
def test_activation_is_an_expression_of_z(name):
    z = sp.Symbol("z", real=True)
    if ACTIVATIONS[name].classes:  # ŷ_k of the scores z_1..z_K
        zs, k = sp.IndexedBase("z", real=True), sp.Symbol("k", integer=True, positive=True)
        expr = ACTIVATIONS[name](zs, k)
        assert expr.has(zs[k]) and ACTIVATIONS[name].latex
        return
    expr = ACTIVATIONS[name](z)
    assert z in expr.free_symbols and ACTIVATIONS[name].latex


GAUSSIAN = {  # −log N(y; ŷ, 1) is half squared error plus a constant
    "gaussian-nll": lambda y, yh: (y - yh) ** 2 / 2 + sp.log(2 * sp.pi) / 2,
    "mse": lambda y, yh: (y - yh) ** 2 / 2,
}


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in GAUSSIAN])
def test_squared_losses_match_their_textbook_form(name):
    y, yh = sp.symbols("y yhat", real=True)
    assert sp.simplify(sp.expand_log(LOSSES[name](y, yh), force=True) - GAUSSIAN[name](y, yh)) == 0


CLASHES = [
    pytest.param("bce", "tanh", id="bce-tanh"),
    pytest.param("bce", "identity", id="bce-identity"),
    pytest.param("bce", "relu", id="bce-relu"),
    pytest.param("log-likelihood", "tanh", id="loglik-tanh"),
    pytest.param("poisson-nll", "identity", id="poisson-identity"),
    pytest.param("poisson-nll", "relu", id="poisson-relu"),
]


@pytest.mark.parametrize("loss, act", CLASHES)
def test_domain_clash_is_one_clear_line(loss, act):
    with pytest.raises(SpecError) as err:
        model(loss, act)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith(f"loss {loss} needs ŷ ∈ ")
    assert f"activation {act} gives ŷ ∈ " in msg


def test_exact_clash_message():
    assert clash(LOSSES["bce"], ACTIVATIONS["tanh"]) == (
        "loss bce needs ŷ ∈ (0, 1), but activation tanh gives ŷ ∈ (−1, 1)")


def test_valid_pairs_are_exactly_the_non_clashing_ones():
    pairs = valid_pairs()
    assert ("bce", "sigmoid") in pairs and ("bce", "tanh") not in pairs
    assert len(pairs) == sum(clash(lo, a) is None for lo in LOSSES.values() for a in ACTIVATIONS.values())
    assert LOSSES["hinge"].y.discrete == (-1, 1) and LOSSES["bce"].y.discrete == (0, 1)


UNKNOWN = [
    pytest.param(("bse", "sigmoid"), "unknown loss 'bse'; did you mean 'bce'?", id="loss-typo"),
    pytest.param(("bce", "sigmod"), "unknown activation 'sigmod'; did you mean 'sigmoid'?", id="act-typo"),
    pytest.param(("bce", "sigmoid", "quadratic"), "unknown input 'quadratic'; choose one of: linear",
                 id="input"),
    pytest.param(("bce", "sigmoid", "linear", "meen"), "unknown reduction 'meen'; did you mean 'mean'?",
                 id="reduction"),
]


@pytest.mark.parametrize("args, message", UNKNOWN)
def test_unknown_names_say_did_you_mean(args, message):
    with pytest.raises(SpecError, match="^" + message.replace("(", r"\(").replace("?", r"\?") + "$"):
        model(*args)


def test_a_new_activation_is_one_registration(monkeypatch):
    from derive.model import registry

    monkeypatch.setattr(registry, "ACTIVATIONS", registry.Registry("activation"))
    registry.activation("cube", "c", output=registry.REAL)(lambda z: z**3)
    assert registry.ACTIVATIONS.lookup("cube")(sp.Symbol("z")) == sp.Symbol("z") ** 3
