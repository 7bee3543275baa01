"""The same input gives the same verdicts and the same bytes, whatever the machine's load and
whatever PYTHONHASHSEED is: points are seeded by each step's content, and the clock is only a
safety net honest steps never reach."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "derivations" / "logistic-regression.md"

# Sizes that are letters other than m and n (K classes), an unspecified function f, a slip with a
# counterexample: the cases whose output once changed from run to run.
SOFTMAX = r"""# Softmax, with a slip

$$\hat{y}_k = \frac{e^{z_k}}{\sum_{l=1}^{K} e^{z_l}}$$

$$\frac{\partial \hat{y}_k}{\partial z_j} = \hat{y}_k (\delta_{kj} - \hat{y}_j)$$

$$L = -\sum_{k=1}^{K} y_k \log \hat{y}_k$$

$$\frac{\partial L}{\partial z_j} = \sum_{k=1}^{K} y_k \hat{y}_j - y_j$$

$$\frac{\partial}{\partial w} \frac{1}{2}(y - f(wx))^2 = (f(wx) - y) f'(wx)$$
"""

BUSY = "while True: pass"


def derive(*args: str, seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-m", "derive.cli", *args], capture_output=True,
                         env=env, timeout=300, check=False)
    return out.stdout + b"\n--stderr--\n" + out.stderr


@pytest.fixture
def loaded_cpu():
    """Two busy processes, one per core, for as long as the test runs."""
    procs = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(2)]
    try:
        yield
    finally:
        for p in procs:
            p.kill()
            p.wait()


def test_same_bytes_on_a_quiet_and_a_loaded_machine(tmp_path):
    doc = tmp_path / "softmax.md"
    doc.write_text(SOFTMAX)
    quiet = [derive("check", str(p), "--format", "json", seed="1") for p in (SEED, doc)]
    procs = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(2)]
    try:
        loaded = [derive("check", str(p), "--format", "json", seed="2") for p in (SEED, doc)]
    finally:
        for p in procs:
            p.kill()
            p.wait()
    assert loaded == quiet
    assert b'"refuted"' in quiet[1] and b"undecided" not in quiet[0] + quiet[1]


def test_same_report_bytes_under_other_hash_seeds(tmp_path, loaded_cpu):
    doc = tmp_path / "softmax.md"
    doc.write_text(SOFTMAX)
    texts = []
    for seed in ("0", "12345"):
        out = tmp_path / f"out{seed}"
        derive("report", str(doc), "-o", str(out), seed=seed)
        texts.append((out / "softmax.tex").read_bytes())
    assert texts[0] == texts[1] and b"refuted" in texts[0]


def test_the_same_bytes_one_step_at_a_time_and_on_every_core(tmp_path):
    doc = tmp_path / "softmax.md"
    doc.write_text(SOFTMAX)
    args = [str(SEED), str(doc), "--format", "json"]
    one = derive("check", "-j", "1", *args, seed="0")
    many = derive("check", "-j", "3", *args, seed="0")
    default = derive("check", *args, seed="0")
    assert one == many == default
    assert b'"refuted"' in one and b'"proved"' in one


@pytest.mark.parametrize("value", ["0", "-2", "two", "65"])
def test_a_bad_number_of_jobs_is_one_line_and_exit_2(value):
    out = subprocess.run([sys.executable, "-m", "derive.cli", "check", "-j", value, str(SEED)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines()[-1].startswith("derive check: error: argument -j/--jobs:")
    assert "Traceback" not in out.stderr


def test_checking_processes_do_not_hold_the_callers_files_open():
    """A caller waiting for the end of a pipe (`derive check … | tool`, a harness reading a
    forked child's answer) gets it when its writer closes, though workers stay warm."""
    import select

    from derive.check import worker
    from derive.check.document import check_document, read_path

    for w in (worker.shared_worker(), *worker._helpers):
        w.kill()  # so that the workers below are forked while the pipe is open
    read, write = os.pipe()
    try:
        checked = check_document(read_path(str(SEED)), jobs=2)  # forks the workers now
        assert checked.claims > 20
        os.close(write)
        write = None
        ready, _, _ = select.select([read], [], [], 10)
        assert ready and os.read(read, 1) == b""  # end of file, not a worker holding it open
    finally:
        os.close(read)
        if write is not None:
            os.close(write)


def _double(expr):
    return 2 * expr


def test_the_worker_sends_an_argument_once_and_recovers_when_the_child_lost_it():
    import hashlib
    import pickle

    import sympy

    from derive.check.worker import Worker

    x = sympy.Symbol("x")
    big = sum(sympy.exp(k * x) for k in range(50))
    w = Worker()
    try:
        assert w.call(_double, (big,), 30) == 2 * big
        assert w._message(_double, (big,))[1][0][1] is None  # the child holds it: digest only
        other = big + 1  # the parent believes the child holds what it was never sent
        data = pickle.dumps(other, protocol=pickle.HIGHEST_PROTOCOL)
        w._kept[hashlib.blake2b(data, digest_size=16).digest()] = None
        assert w.call(_double, (other,), 30) == 2 * other
        w.kill()  # a new child holds nothing: everything is sent again
        assert w.call(_double, (big,), 30) == 2 * big
    finally:
        w.kill()


def test_the_command_exits_quickly_with_the_same_output_and_status():
    """`derive` leaves without tearing the interpreter down: the output and the exit status are
    those of main(), usage errors included."""
    script = ("import sys; from derive.cli import command; "
              f"sys.argv = ['derive', 'check', {str(SEED)!r}]; command()")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, check=False)
    assert out.returncode == 1  # the seed note has an unreadable line
    assert out.stdout.rstrip().endswith("23 proved, 8 ambiguous, 1 skipped, 1 unreadable in 1 file")
    ref = subprocess.run([sys.executable, "-m", "derive.cli", "check", str(SEED)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert (out.stdout, out.returncode) == (ref.stdout, ref.returncode)
    usage = subprocess.run([sys.executable, "-c", script.replace("'check', ", "'check', '--bad', ")],
                           capture_output=True, text=True, timeout=60, check=False)
    assert usage.returncode == 2 and "unrecognized arguments: --bad" in usage.stderr
