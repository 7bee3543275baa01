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
