"""Fuzzing: course notation, whole documents and their mutations never crash derive.

Properties (Hypothesis, the small deterministic ``derive-ci`` profile; ``bench/fuzz.py`` runs
thousands of inputs): ``parse_side`` and ``read_document`` raise nothing but DeriveError;
``assert_equivalent`` raises only AssertionError or DeriveError; ``derive check`` exits 0, 1 or
2, never shows a traceback, an exception name or a SymPy spelling, prints the same bytes twice
(also under another PYTHONHASHSEED), finishes within its budget and in bounded memory.

Then a table of known hostile inputs, each asserting what a user sees; the ones today's code
gets wrong are strict xfails, so a fix is noticed.
"""

from __future__ import annotations

import os

import fuzz_harness as fh
import fuzz_strategies as fs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PROFILE = os.environ.get("DERIVE_FUZZ_PROFILE", "derive-ci")


def examples(base: int) -> settings:
    """The profile's settings with ``base`` examples (times the profile's scale)."""
    return settings(settings.get_profile(PROFILE), max_examples=base * fs.SCALE.get(PROFILE, 1))


def holds(res: fh.Result, rss: int = 0, source: str = "") -> None:
    """A verdict or one of derive's own errors, in bounded memory; a failure already listed in
    fh.KNOWN_BUGS (and shown by a strict xfail below) passes here."""
    if res.kind not in ("ok", "own") and fh.known_bug(res, source):
        return
    assert res.kind in ("ok", "own"), f"{res.kind}: {res.detail}"
    assert rss < fh.MAX_RSS_BYTES, f"max RSS {rss / 1024**2:.0f} MB"


def forked(target, *args, budget: float) -> None:
    """``target(*args)`` in a forked child (a computation stuck in C is killed past ``budget``
    seconds, a runaway one stops at the address-space cap) must hold."""
    fh.warm()
    res, rss = fh.in_fork(lambda: target(*args), budget)
    holds(res, rss, " ".join(a for a in args if isinstance(a, str)))


# --------------------------------------------------------------------------- properties


@examples(200)
@given(st.one_of(fs.hostile_sides, fs.hostile_chains))
def test_parse_side_raises_only_derive_errors(text):
    forked(fh.target_parse_side, text, budget=10)


@examples(60)
@given(st.one_of(fs.hostile_markdown, fs.hostile_front_matter))
def test_read_document_markdown_raises_only_derive_errors(text):
    forked(fh.target_read_document, text, "note.md", budget=15)


@examples(40)
@given(fs.hostile_latex)
def test_read_document_latex_raises_only_derive_errors(text):
    forked(fh.target_read_document, text, "note.tex", budget=15)


@examples(40)
@given(fs.equivalence_pairs)
def test_assert_equivalent_raises_only_assertion_or_derive_errors(pair):
    forked(fh.target_assert_equivalent, *pair, budget=3 * fh.CHECK_TIMEOUT + 15)


@examples(25)
@given(fs.cli_documents, fs.cli_options)
def test_check_command_exits_cleanly_and_the_same_twice(document, options):
    suffix, text = document
    fmt, strict, verbose = options
    forked(fh.target_cli, text, suffix, fmt, strict, verbose, budget=2 * fh.wall_for(text) + 5)


@examples(2)
@given(fs.cli_documents)
def test_check_process_is_clean_and_the_same_under_another_hash_seed(document):
    suffix, text = document
    holds(*fh.target_cli_subprocess(text, suffix), text)


# --------------------------------------------------------------------------- known hostile inputs

KNOWN_WALL = 6.0  # seconds a known hostile input may take ("within a few seconds")


def _side(case: str, rhs: str = "0") -> str:
    return f"# A note\n\n$${case} = {rhs}$$\n"


BODY = "$$\\hat{y} = \\sigma(z) = \\frac{1}{1+e^{-z}}$$\n"
MEGABYTE = 1024**2
PROSE_LINE = "The gradient of the loss follows from the chain rule, term by term.\n"

SIDES = [
    pytest.param(r"0.5^{10^{6}}", "0", id="half-to-a-million"),
    pytest.param(r"0.5^{10^{10}}", "0", id="half-to-ten-billion"),
    pytest.param(r"\frac{1}{2}^{10^{9}}", "0", id="frac-half-to-a-billion"),
    pytest.param(r"(0.99)^{10^{8}}", "0", id="point-99-to-a-hundred-million"),
    pytest.param(r"\binom{10^{9}}{10^{8}}", "1", id="binomial-huge"),
    pytest.param(fs.tower(40), "x", id="tower-40"),
    pytest.param("1" + "0" * 4999, "1", id="digits-5000"),
    pytest.param("x²", "x^2", id="superscript-two"),
    pytest.param("x₁", "x_1", id="subscript-one"),
    pytest.param("¹", "1", id="lone-superscript"),
    pytest.param("(" * 5000 + "x" + ")" * 5000, "x", id="nested-5000"),
    # found by the fuzzer (bench/fuzz.py):
    pytest.param(r"(2x)^{10^{6}}", "x", id="power-of-a-product-to-a-million"),
    pytest.param(r"\frac{x}{3}^{10^{5}}", "x", id="power-of-a-fraction-to-1e5"),
    pytest.param(r"e^{e^{e^{e^{10}}}} x - 2 x", "x", id="exponential-tower-times-x"),
    pytest.param(r"\binom{x}{e^{e^{e^{e^{10}}}}}", "x", id="binomial-of-an-exponential-tower"),
]
# Found by the fuzzer; these run as `derive check` only, since each costs KNOWN_WALL while broken.
SLOW_SIDES = [
    pytest.param(r"(2x)^{10^{10}}", "x", id="power-of-a-product-to-ten-billion"),
    pytest.param(r"(0.5 x)^{10^{7}}", "x", id="power-of-half-x-to-ten-million"),
]

DOCUMENTS = [
    pytest.param("---\nf(x: 1\n---\n" + BODY, id="front-matter-unclosed-call"),
    pytest.param("---\nf(x) 1\n---\n" + BODY, id="front-matter-call-without-colon"),
    pytest.param("---\ny: (.,.)\n---\n" + BODY, id="front-matter-interval-of-dots"),
    pytest.param("---\ny: (0, .)\n---\n" + BODY, id="front-matter-interval-end-dot"),
    pytest.param("$$a = (x + 1 = x$$\n\n" + PROSE_LINE * (MEGABYTE // len(PROSE_LINE)),
                 id="megabyte-after-unclosed-parenthesis"),
    pytest.param("$$a = (" + "x + " * (MEGABYTE // 4) + "1 = x$$\n", id="megabyte-block-unclosed-parenthesis"),
    pytest.param("$$a = (x + 1\n\n" + PROSE_LINE * (MEGABYTE // len(PROSE_LINE)), id="megabyte-unclosed-dollars"),
    pytest.param(("$$a = (x + 1 = x$$\n" * (MEGABYTE // 19)), id="megabyte-of-unclosed-parentheses"),
    pytest.param("", id="empty-file"),
    pytest.param("$$\\cdots = 1$$\n", id="elided-first-side"),
    # found by the fuzzer (it printed `cannot check: z[i] is defined nowhere` until c6ab9e6):
    pytest.param("$$\\frac{\\partial z^{(i)}}{\\partial w_j} = x_j^{(i)}$$\n", id="undefined-indexed-quantity"),
    pytest.param("$$2 \\frac{\\partial z^{(i)}}{\\partial w_j} = w$$\n", id="undefined-indexed-quantity-times-two"),
    # found by bench/fuzz.py (10 000 inputs, 2026-12-03): an unreadable side before `:=`, and an
    # elided side in an equation set to 0 (where the reader looks for what is solved for)
    pytest.param("$$\n\\begin{aligned}\na + 1 &= b \\\\\n&= \\mathbf{w} (z)\n\\end{aligned}\n$$\n\n"
                 "$$\n:= \\mathbf{w} (z) = c\n$$\n", id="unreadable-side-before-a-defining-relation"),
    pytest.param("$$J + 8 = \\dots = 0$$\n", id="elided-side-in-an-equation-set-to-zero"),
]

# Known cases today's code gets wrong: {id: why}. Each becomes a strict xfail, so a fix is
# noticed: delete its entry when it lands. (An `api-` id is the same case through the Python API.)
FAILING: dict[str, str] = {}
FAILING.update({f"api-{k}": v for k, v in FAILING.items()})


def _mark(params):
    out = []
    for p in params:
        marks = [pytest.mark.xfail(strict=True, reason=FAILING[p.id])] if p.id in FAILING else []
        out.append(pytest.param(*p.values, id=p.id, marks=marks))
    return out


def shows_a_verdict_or_one_line(run: fh.Run, source: str) -> None:
    """What a user must see: exit 0, 1 or 2; a verdict summary, or one `derive: …` line; no
    traceback, no exception name, no SymPy spelling; within KNOWN_WALL seconds."""
    assert not run.timed_out, f"no answer within {KNOWN_WALL:g} s"
    res = fh.judge_cli(run.rc, run.out, run.err, source)
    assert res.kind in ("ok", "own"), f"{res.kind}: {res.detail}"
    if run.rc in (0, 1):
        assert " in 1 file" in run.out.strip().split("\n")[-1]
    assert run.max_rss < fh.MAX_RSS_BYTES


def check_file(tmp_path, text: str | bytes, name: str = "note.md") -> fh.Run:
    """`derive check --timeout 2` on ``text`` (derive.cli.main in a forked child: a real process
    each would spend most of its time starting Python)."""
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    fh.warm()
    return fh.run_cli_forked(["check", str(path), "--timeout", "2"], timeout=KNOWN_WALL)


@pytest.mark.parametrize(("case", "rhs"), _mark(SIDES + SLOW_SIDES))
def test_known_hostile_side_in_a_document(tmp_path, case, rhs):
    text = _side(case, rhs)
    shows_a_verdict_or_one_line(check_file(tmp_path, text), text)


@pytest.mark.parametrize(("case", "rhs"), _mark([pytest.param(*p.values, id="api-" + p.id) for p in SIDES]))
def test_known_hostile_side_through_the_api(case, rhs):
    """parse_side raises only DeriveError and assert_equivalent only AssertionError or
    DeriveError, within KNOWN_WALL seconds (in a forked child, so a stuck one is killed)."""
    for target in (lambda: fh.target_parse_side(case), lambda: fh.target_assert_equivalent(case, rhs)):
        res, rss = fh.in_fork(target, KNOWN_WALL)
        assert res.kind in ("ok", "own"), f"{res.kind}: {res.detail}"
        assert rss < fh.MAX_RSS_BYTES


@pytest.mark.parametrize("text", _mark(DOCUMENTS))
def test_known_hostile_document(tmp_path, text):
    shows_a_verdict_or_one_line(check_file(tmp_path, text), text)


def test_binary_file_is_refused_in_one_line(tmp_path):
    (tmp_path / "note.md").write_bytes(bytes(range(256)) * 16)
    run = fh.run_derive(["check", "note.md"], timeout=KNOWN_WALL, cwd=str(tmp_path))  # a real process
    shows_a_verdict_or_one_line(run, "")
    assert run.rc == 2 and "binary" in run.err


@pytest.mark.parametrize("device", _mark([pytest.param("/dev/zero", id="dev-zero"),
                                          pytest.param("/dev/urandom", id="dev-urandom")]))
def test_endless_device_is_refused_quickly_naming_the_limit(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    run = fh.run_derive(["check", device], timeout=KNOWN_WALL)  # a real process, its memory capped
    shows_a_verdict_or_one_line(run, "")
    assert run.rc == 2
    assert "limit" in run.err and "MB" in run.err, run.err
