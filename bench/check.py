"""Benchmark `derive check` on the seed note against the naive baseline, in one run.

Prints: the cold wall time of `derive check derivations/logistic-regression.md` (target <= 3 s),
median and worst warm time per step (target median <= 50 ms), and the same steps through
`simplify((a - b).doit()) == 0` with latex2sympy2_extended alone: its time and how many steps it
gets wrong (a true step not shown equal, or a false one shown equal, or a crash).

Usage: python bench/check.py [PATH]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "derivations" / "logistic-regression.md"
BASELINE_SECONDS = 5.0  # per step; the baseline gets the same budget as `derive check`
COLD_RUNS = 5  # cold runs of `derive check`; the median is reported


def cold(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["derive", "check", str(path)], capture_output=True, timeout=120)
    return time.perf_counter() - start


def forget() -> None:
    """Clear the run's memo of verdicts and the worker's memo of worked-out sides."""
    from derive.check import equivalence
    from derive.check.worker import run

    equivalence._MEMO.clear()
    run(equivalence.forget_sides, (), 10, isolate=True)


def baseline_one(a: str, b: str):
    import sympy
    from latex2sympy2_extended.latex2sympy2 import ConversionConfig, latex2sympy

    cfg = ConversionConfig(lowercase_symbols=False)
    try:
        return sympy.simplify((latex2sympy(a, conversion_config=cfg)
                               - latex2sympy(b, conversion_config=cfg)).doit()) == 0
    except Exception:  # the baseline's failure is a data point here, not an error
        return None


def main(argv: list[str]) -> int:
    from derive.check.document import check_document, read_path
    from derive.check.worker import StepTimeout, WorkerCrash, run

    path = Path(argv[1]) if len(argv) > 1 else DOC
    walls = sorted(cold(path) for _ in range(COLD_RUNS))
    wall = walls[len(walls) // 2]
    doc = read_path(str(path))
    check_document(doc)  # warm the worker and SymPy's caches
    forget()  # but not the verdicts or the worked-out sides: every step is judged again
    checked = check_document(doc)
    steps = [s for s in checked.derivation.steps if s.lhs is not None and s.rhs is not None]
    per_step = [s.outcome.seconds for s in steps]

    wrong = crashed = 0
    base_times = []
    for s in steps:
        t = time.perf_counter()
        try:
            equal = run(baseline_one, (s.lhs_latex, s.rhs_latex), BASELINE_SECONDS, isolate=True)
        except (StepTimeout, WorkerCrash):
            equal = None
        base_times.append(time.perf_counter() - t)
        holds = s.verdict.holds
        if equal is None:
            crashed += 1
            wrong += 1
        elif equal != holds:
            wrong += 1

    print(f"document: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"{'measure':<34}{'derive':>12}{'baseline':>12}{'ratio':>10}")
    med, base_med = statistics.median(per_step), statistics.median(base_times)
    print(f"{'cold derive check (s)':<34}{wall:>12.2f}{'':>12}{'':>10}   target <= 1.5 s")
    print(f"{'median per step warm (ms)':<34}{med * 1e3:>12.1f}{base_med * 1e3:>12.1f}"
          f"{base_med / med:>9.1f}x   target <= 10 ms")
    print(f"{'worst per step warm (ms)':<34}{max(per_step) * 1e3:>12.1f}"
          f"{max(base_times) * 1e3:>12.1f}{max(base_times) / max(per_step):>9.1f}x   target <= 1000 ms")
    print(f"{'total over steps (s)':<34}{sum(per_step):>12.2f}{sum(base_times):>12.2f}"
          f"{sum(base_times) / sum(per_step):>9.1f}x")
    print(f"{'steps judged':<34}{len(steps):>12}{len(steps):>12}")
    print(f"{'baseline wrong (of which crashed)':<34}{'':>12}{f'{wrong} ({crashed})':>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
