"""`derive models` and `derive gradient`: the JSON contract for every valid pair, exit codes, exact
error lines, help with an example, and no LaTeX reader imported."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sympy as sp

from derive.cli import COMMANDS, main
from derive.model import ACTIVATIONS, LOSSES, valid_pairs


def run(argv, capsys):
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("loss, act", [pytest.param(lo, a, id=f"{lo}-{a}") for lo, a in valid_pairs()])
def test_json_contract_for_every_valid_pair(loss, act, capsys):
    rc, out, err = run(["gradient", "--loss", loss, "--activation", act, "--format", "json",
                        "--no-check"], capsys)
    assert rc == 0 and err == ""
    d = json.loads(out)  # exactly one object
    assert d["model"] == {"loss": loss, "activation": act, "input": "linear", "reduction": "mean"}
    for key in ("dJ_dw", "dJ_db"):
        g = d[key]
        assert g["latex"].startswith(r"\frac{1}{m} \sum_{i=1}^{m} ")
        classes = ACTIVATIONS[act].classes  # K outputs: yhat[k], y[k] (yhat[l] in a sum)
        kind = sp.IndexedBase if classes else sp.Symbol
        names = {str(s) for s in sp.sympify(g["per_sample"], locals={
            "yhat": kind("yhat"), "y": kind("y"), "x_j": sp.Symbol("x_j"),
            "z": sp.Symbol("z"), "f": sp.Function("f")}).free_symbols}
        assert names <= ({"yhat", "y", "x_j", "k", "l", "K", "yhat[k]", "y[k]", "yhat[l]", "y[l]"}
                         if classes else {"yhat", "y", "x_j", "z"})
        assert g["vectorised"]["numeric_check"]["passed"] is True
        assert all(set(s) == {"lhs", "rhs", "rule", "verdict"} for s in g["steps"])
    nc = d["numeric_check"]
    assert nc["passed"] is True and nc["max_rel_error"] < 1e-6 and nc["points"] >= 6


def test_json_steps_carry_the_checkers_verdicts(capsys):
    rc, out, _ = run(["gradient", "--loss", "bce", "--activation", "sigmoid", "--format", "json"], capsys)
    d = json.loads(out)
    assert rc == 0
    assert {s["verdict"] for s in d["dJ_dw"]["steps"] + d["dJ_db"]["steps"]} <= {"proved", "consistent"}
    assert d["dJ_dw"]["latex"] == (r"\frac{1}{m} \sum_{i=1}^{m} \left(\hat{y}^{(i)} - y^{(i)}\right) "
                                   r"x_j^{(i)}")


def test_text_shows_steps_closed_forms_and_numeric_check(capsys):
    rc, out, _ = run(["gradient", "--loss", "log-likelihood", "--activation", "sigmoid"], capsys)
    assert rc == 0
    assert "[proved    ] derivative of the loss" in out
    assert "  ∂J/∂w_j = 1/m Σᵢ₌₁ᵐ (y⁽ⁱ⁾ − ŷ⁽ⁱ⁾) x_j⁽ⁱ⁾\n" in out  # Unicode, not LaTeX
    assert "ascent" in out and "numeric check: passed" in out
    assert "\\frac" not in out and "\\left" not in out and "yhat" not in out


def test_text_keeps_the_closed_forms_factor_order(capsys):
    rc, out, _ = run(["gradient", "--loss", "mse", "--activation", "sigmoid", "--no-check"], capsys)
    assert rc == 0
    assert "    = ŷ⁽ⁱ⁾(1 − ŷ⁽ⁱ⁾)\n" in out  # rewritten: the order of the closed form
    assert "    = 1/m Σᵢ₌₁ᵐ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) ŷ⁽ⁱ⁾(1 − ŷ⁽ⁱ⁾) x_j⁽ⁱ⁾\n" in out  # ∂L/∂ŷ, σ′, ∂z/∂w_j
    assert "  per sample: (ŷ − y) ŷ(1 − ŷ) x_j\n" in out
    assert "  vectorised: ∇_𝐰 J = 1/m Xᵀ((𝐲̂ − 𝐲) ⊙ 𝐲̂ ⊙ (𝟏 − 𝐲̂))\n" in out


def test_latex_is_the_whole_derivation(capsys):
    rc, out, _ = run(["gradient", "--loss", "bce", "--activation", "sigmoid", "--format", "latex",
                      "--no-check"], capsys)
    assert rc == 0 and out.count("\\begin{align*}") >= 6
    assert "\\rulename{chain rule}" in out and "\\rulename{derivative of the loss}" in out
    assert out.rstrip().endswith("\\end{align}")
    assert (r"\frac{\partial J}{\partial w_j} &= \frac{1}{m} \sum_{i=1}^{m} \left(\hat{y}^{(i)} "
            r"- y^{(i)}\right) x_j^{(i)}") in out


def test_hinge_states_the_subgradient_at_the_kink(capsys):
    rc, out, _ = run(["gradient", "--loss", "hinge", "--activation", "identity", "--no-check"], capsys)
    assert rc == 0 and "kink" in out and "subgradient there is taken as 0" in out


ERRORS = [
    pytest.param(["gradient", "--loss", "bse", "--activation", "sigmoid"],
                 "derive: unknown loss 'bse'; did you mean 'bce'?\n", id="unknown-loss"),
    pytest.param(["gradient", "--loss", "bce", "--activation", "softmax"],
                 None, id="unknown-activation"),
    pytest.param(["gradient", "--loss", "bce", "--activation", "tanh"],
                 "derive: loss bce needs ŷ ∈ (0, 1), but activation tanh gives ŷ ∈ (−1, 1)\n",
                 id="domain-clash"),
    pytest.param(["gradient", "--loss", "hinge", "--activation", "relu", "--reduction", "max"],
                 "derive: unknown reduction 'max'; did you mean 'mean'?\n", id="reduction"),
]


@pytest.mark.parametrize("argv, line", ERRORS)
def test_bad_spec_is_one_line_exit_2(argv, line, capsys):
    rc, out, err = run(argv, capsys)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("derive: ") and "Traceback" not in err
    if line:
        assert err == line


def test_usage_error_exits_2(capsys):
    rc, _, err = run(["gradient", "--loss", "bce"], capsys)
    assert rc == 2 and "--activation" in err


def test_models_lists_every_entry(capsys):
    rc, out, _ = run(["models"], capsys)
    assert rc == 0
    for name in [*LOSSES, *ACTIVATIONS, "linear"]:
        assert f"  {name} " in out


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in COMMANDS])
def test_every_command_is_documented(name, capsys):
    rc, out, _ = run([name, "--help"], capsys)
    assert rc == 0 and "example" in out.lower() or name == "models"


def test_top_help_has_an_example(capsys):
    rc, out, _ = run(["--help"], capsys)
    assert rc == 0 and "derive gradient --loss bce --activation sigmoid" in out


def test_gradient_does_not_import_the_latex_reader():
    code = ("import sys\nfrom derive.cli import main\n"
            "rc = main(['gradient', '--loss', 'mse', '--activation', 'identity', '--format', 'json'])\n"
            "bad = [m for m in sys.modules if m.startswith(('latex2sympy2', 'antlr4'))]\n"
            "sys.stderr.write(repr(bad))\nsys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stderr == "[]"


def test_version_is_the_installed_one(capsys):
    from importlib.metadata import version

    rc, out, _ = run(["--version"], capsys)
    assert rc == 0 and out == f"derive {version('derive')}\n"
