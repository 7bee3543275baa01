"""Speed over the whole registry: derive + simplify + finite-difference cross-check per model (warm,
the engine's own caches cleared each run), beside the naive SymPy baseline
``simplify(diff(J, w[j]).doit())`` on the same model written with IndexedBase sums, in this run.

    python bench/gradient.py            # every valid pair
    python bench/gradient.py bce/sigmoid mse/tanh
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import sympy

from derive.check.gradcheck import gradcheck
from derive.engine import derive_gradient
from derive.engine.gradient import _pieces
from derive.engine.rewrite import output_derivative
from derive.model import model, valid_pairs
from derive.symbols import N, base, index, scalar

REPEATS = 5  # warm runs per model; the median is reported
TARGET_MS = 100.0
TARGET_RATIO = 30.0


def ours(m) -> float:
    times = []
    for _ in range(REPEATS + 1):  # the first run warms SymPy's cache
        _pieces.cache_clear()
        output_derivative.cache_clear()
        t = time.perf_counter()
        r = derive_gradient(m)
        c = gradcheck(m, r.dw.per_sample, r.db.per_sample)
        times.append(time.perf_counter() - t)
        assert c.passed, c.detail
    return sorted(times[1:])[len(times[1:]) // 2]


def naive(m) -> float:
    i, j, k = index("i"), index("j"), index("k")
    x, w, y = base("x"), base("w"), base("y")
    z = sympy.Sum(x[i, k] * w[k], (k, 1, N)) + scalar("b")
    J = m.cost(m.loss(y[i], m.activation(z)))
    t = time.perf_counter()
    sympy.simplify(sympy.diff(J, w[j]).doit())
    return time.perf_counter() - t


COLD_RUNS = 9  # alternating cold runs of each command; medians are compared


def cold() -> tuple[float, float]:
    """Median wall time of a cold `derive gradient` and of `python -c "import sympy"`, run in
    alternation so that both see the same machine."""
    cmds = (["derive", "gradient", "--loss", "bce", "--activation", "sigmoid"],
            [sys.executable, "-c", "import sympy"])
    times: list[list[float]] = [[], []]
    for _ in range(COLD_RUNS):
        for k, cmd in enumerate(cmds):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times[k].append(time.perf_counter() - t)
    return statistics.median(times[0]), statistics.median(times[1])


def main(argv: list[str]) -> int:
    pairs = [tuple(a.split("/")) for a in argv] or valid_pairs()
    print(f"{'model':<26} {'ours ms':>8} {'naive ms':>9} {'ratio':>7}  targets: <= {TARGET_MS:g} ms, "
          f">= {TARGET_RATIO:g}x")
    ok = True
    for lo, a in pairs:
        m = model(lo, a)
        if m.classes:  # K outputs: the naive baseline has no one-line form; see bench/check.py
            print(f"{m.name:<26} {'':>8} {'':>9} {'':>7}  skipped: K outputs (the softmax steps are "
                  f"timed in bench/check.py)")
            continue
        t_ours, t_naive = ours(m), naive(m)
        ratio = t_naive / t_ours
        good = t_ours * 1000 <= TARGET_MS and ratio >= TARGET_RATIO
        ok &= good
        print(f"{lo + '/' + a:<26} {t_ours * 1000:8.1f} {t_naive * 1000:9.0f} {ratio:6.0f}x"
              f"{'' if good else '  MISSES TARGET'}")
    c, s = cold()
    print(f"cold `derive gradient --loss bce --activation sigmoid`: {c:.2f} s = {c / s:.1f}x "
          f"`import sympy` ({s:.2f} s); target <= 2.5x (no verdict is cached on disk)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
