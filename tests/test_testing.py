"""derive.testing assertions and the pytest plugin, as a course repository would use them."""

from __future__ import annotations

import textwrap

import pytest
import sympy as sp

from derive.testing import assert_derivation, assert_equivalent

SIGMOID_PRIME = r"\frac{e^{-z}}{(1+e^{-z})^2}"


def test_true_identity_passes_and_returns_the_verdict():
    out = assert_equivalent(SIGMOID_PRIME, r"\sigma(z)(1-\sigma(z))")
    assert out.verdict.value in ("proved", "consistent")


def test_false_identity_names_a_counterexample_with_both_values():
    with pytest.raises(AssertionError) as err:
        assert_equivalent(SIGMOID_PRIME, r"\sigma(z)(1+\sigma(z))")
    msg = str(err.value)
    assert msg.startswith("not equivalent (refuted)\n  left:  " + SIGMOID_PRIME)
    assert "\n  counterexample: z = " in msg
    assert "\n    left = " in msg and ", right = " in msg


def test_sign_slip_is_named():
    with pytest.raises(AssertionError, match=r"the left with its sign flipped"):
        assert_equivalent(r"\hat{y} - y", r"y - \hat{y}")


def test_sympy_expressions_are_accepted():
    z = sp.Symbol("z", real=True)
    assert_equivalent(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, 1 / (2 + sp.exp(z) + sp.exp(-z)))


def test_definitions_as_latex():
    assert_equivalent(r"\frac{\partial \hat{y}}{\partial z}", r"\hat{y}(1-\hat{y})",
                      definitions=[r"\hat{y} = \frac{1}{1+e^{-z}}"])


def test_unreadable_latex_fails_with_the_caret():
    with pytest.raises(AssertionError) as err:
        assert_equivalent(r"\frac{1+e^{-z}", "1")
    assert str(err.value).startswith("unreadable LaTeX: ")
    assert "^" in str(err.value)


def test_strings_are_never_passed_to_sympify():
    with pytest.raises(AssertionError, match="unreadable"):
        assert_equivalent(r"__import__('os')", "0")


GOOD_AND_BAD = textwrap.dedent(r"""
    # Two chains

    $$\hat{y} = \frac{1}{1+e^{-z}}$$

    $$\begin{aligned}
    \frac{\partial \hat{y}}{\partial z} &= \frac{e^{-z}}{(1+e^{-z})^2} \\
    &= \hat{y}(1-\hat{y})
    \end{aligned}$$

    $$\begin{aligned}
    \frac{\partial \hat{y}}{\partial z} &= \frac{e^{-z}}{(1+e^{-z})^2} \\
    &= \hat{y}(1+\hat{y})
    \end{aligned}$$
    """)


def test_assert_derivation_lists_the_failing_step(tmp_path):
    doc = tmp_path / "note.md"
    doc.write_text(GOOD_AND_BAD)
    with pytest.raises(AssertionError) as err:
        assert_derivation(doc)
    first = str(err.value).splitlines()[0]
    assert first.startswith(f"{doc}:13:4  refuted  ")


def test_plugin_collects_one_item_per_claim(pytester):
    pytester.makefile(".md", note=GOOD_AND_BAD)
    result = pytester.runpytest("--derive", "note.md", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*note.md:12:*  refuted  *", "*counterexample: z = *"])
    listed = pytester.runpytest("--derive", "note.md", "-p", "no:cacheprovider",
                                "--collect-only", "-q")
    listed.stdout.fnmatch_lines(["note.md::6:40", "note.md::7:4", "note.md::11:40",
                                 "note.md::12:4", "", "4 tests collected*"])


def test_plugin_reads_the_ini_option(pytester):
    pytester.makefile(".md", note=GOOD_AND_BAD)
    pytester.makeini("[pytest]\nderive_paths = note.md\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)


def test_plugin_collects_a_note_named_on_the_command_line(pytester):
    pytester.makefile(".md", note=GOOD_AND_BAD)
    pytester.makeini("[pytest]\nderive_suffixes = .md .ipynb\n")
    result = pytester.runpytest("note.md", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)


def test_plugin_collects_notebooks(pytester):
    import json

    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# tanh"]},
             {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
              "source": ["x = 1"]},
             {"cell_type": "markdown", "metadata": {},
              "source": ["$$\\frac{d}{dz}\\tanh(z) = 1 - \\tanh^2(z)$$\n",
                         "$$\\frac{d}{dz}\\tanh(z) = 1 + \\tanh^2(z)$$"]}]
    (pytester.path / "nb.ipynb").write_text(json.dumps(
        {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    result = pytester.runpytest("--derive", "nb.ipynb", "-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*nb.ipynb::cell 3:1:* PASSED*", "*nb.ipynb::cell 3:2:* FAILED*"])


def test_plugin_registers_its_marker(pytester):
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.derive: a claim from a derivation document*"])


def test_plugin_reports_a_missing_file_as_one_failure(pytester):
    result = pytester.runpytest("--derive", "nowhere.md", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*nowhere.md: no such file*"])


def test_assertions_in_a_test_file(pytester):
    pytester.makepyfile(textwrap.dedent(r'''
        from derive.testing import assert_equivalent
        def test_true():
            assert_equivalent(r"\frac{e^{-z}}{(1+e^{-z})^2}", r"\sigma(z)(1-\sigma(z))")
        def test_false():
            assert_equivalent(r"\frac{e^{-z}}{(1+e^{-z})^2}", r"\sigma(z)(1+\sigma(z))")
        '''))
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*not equivalent (refuted)*", "*counterexample: z = *"])
    assert "derive/testing.py" not in result.stdout.str()  # derive's own frames are hidden
    assert "check_equal(" not in result.stdout.str()


def test_assumptions_work_as_front_matter_does():
    from derive.errors import DeriveError
    from derive.testing import assert_equivalent

    assert assert_equivalent("y^2", "y", assumptions={"y": "{0,1}"}).verdict.holds
    with pytest.raises(AssertionError, match="refuted"):
        assert_equivalent("y^2", "y")
    with pytest.raises(DeriveError, match="assumption y: blue is not understood"):
        assert_equivalent("y", "y", assumptions={"y": "blue"})


def _readme_blocks():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = text.split("## pytest assertions", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    shown = section.split("```text\n", 1)[1].split("```", 1)[0]
    return code, shown.splitlines()


def test_readme_example_prints_what_the_readme_shows(pytester):
    code, shown = _readme_blocks()
    pytester.makepyfile(test_notes=code)
    result = pytester.runpytest("-q", "-p", "no:cacheprovider", "test_notes.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(shown, consecutive=True)


@pytest.mark.parametrize("loss, activation, dw, db", [
    pytest.param("bce", "sigmoid", r"(\hat{y} - y) x_j", r"\hat{y} - y", id="bce-sigmoid"),
    pytest.param("mse", "tanh", r"(\hat{y} - y)(1 - \hat{y}^2) x_j", None, id="mse-tanh"),
    pytest.param("log-likelihood", "sigmoid", r"(y - \hat{y}) x_j", r"y - \hat{y}", id="ascent"),
])
def test_assert_gradient_accepts_the_course_forms(loss, activation, dw, db):
    from derive.testing import assert_gradient

    assert_gradient(loss, activation, dw=dw, db=db)


def test_assert_gradient_shows_derived_and_expected():
    from derive.testing import assert_gradient

    with pytest.raises(AssertionError) as err:
        assert_gradient("mse", "sigmoid", dw=r"(\hat{y} - y) x_j")
    msg = str(err.value)
    assert msg.startswith("∂J/∂w_j for mse/sigmoid: derived x_j ŷ(1 − ŷ)(ŷ − y), expected "
                          "x_j(ŷ − y)\n")  # course notation, not SymPy's spelling
    assert "counterexample: " in msg
