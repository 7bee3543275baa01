"""Benchmark `derive check` on the seed note against the naive baseline, in one run.

Prints: the cold wall time of `derive check derivations/logistic-regression.md` (target <= 1.5 s;
with the default one job per core, and with -j 1), beside the cold start of `python -c "import
sympy"` measured in the same run; median and worst warm time per step, one step at a time, each
step's best of WARM_ROUNDS (targets <= 10 ms and <= 1 s), and the same steps through
`simplify((a - b).doit()) == 0` with latex2sympy2_extended alone: its time and how many steps
it gets wrong (a true step not shown equal, or a false one shown equal, or a crash). Last, the
softmax Jacobian step the engine emits for cross-entropy/softmax (∂ŷ_l/∂z_k = ŷ_l(δ_{lk} − ŷ_k)
with K symbolic, under the model's definitions), warm, best of WARM_ROUNDS (target <= 1 s),
beside `simplify` of the same difference with the definitions substituted.

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
WARM_ROUNDS = 3  # warm checks of the document; each step's fastest is its time


def cold(command: list[str]) -> float:
    """The median wall time of COLD_RUNS fresh runs of ``command``."""
    walls = []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, timeout=120)
        walls.append(time.perf_counter() - start)
    return sorted(walls)[len(walls) // 2]


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


def softmax_step() -> tuple[float, float, str]:
    """(derive's warm seconds, the baseline's seconds, both outcomes) for the softmax Jacobian
    step of cross-entropy/softmax, K symbolic."""
    import sympy

    from derive.check.equivalence import _table as table
    from derive.check.equivalence import check_step, expand_definitions
    from derive.check.worker import StepTimeout, WorkerCrash, run
    from derive.engine import derive_gradient
    from derive.model import model

    g = derive_gradient(model("cross-entropy", "softmax")).dw
    step = next(s for s in g.derivation.steps if s.rule == "rewritten in terms of the output ŷ")
    defs = g.derivation.definitions
    check_step(step, defs, isolate=False)  # warm
    times, verdict = [], ""
    from derive.check import equivalence

    for _ in range(WARM_ROUNDS):
        forget()
        equivalence.forget_sides()  # this step is checked in this process, not in the worker
        start = time.perf_counter()
        verdict = check_step(step, defs, isolate=False).verdict.value
        times.append(time.perf_counter() - start)
    difference = expand_definitions(step.lhs - step.rhs, table(defs))
    start = time.perf_counter()
    try:
        zero = run(sympy.simplify, (difference,), BASELINE_SECONDS, isolate=True) == 0
    except (StepTimeout, WorkerCrash):
        zero = False
    return min(times), time.perf_counter() - start, f"{verdict}; baseline shows 0: {zero}"


def main(argv: list[str]) -> int:
    from derive.check.document import check_document, read_path
    from derive.check.worker import StepTimeout, WorkerCrash, run

    path = Path(argv[1]) if len(argv) > 1 else DOC
    sympy_wall = cold([sys.executable, "-c", "import sympy"])
    wall = cold(["derive", "check", str(path)])
    wall_one = cold(["derive", "check", "-j", "1", str(path)])
    doc = read_path(str(path))
    check_document(doc, jobs=1)  # warm the worker and SymPy's caches
    rounds = []
    for _ in range(WARM_ROUNDS):
        forget()  # but not the verdicts or the worked-out sides: every step is judged again
        checked = check_document(doc, jobs=1)  # one step at a time: the time of a step alone
        steps = [s for s in checked.derivation.steps if s.lhs is not None and s.rhs is not None]
        rounds.append([s.outcome.seconds for s in steps])
    per_step = [min(times) for times in zip(*rounds, strict=True)]  # the machine's noise removed

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
    print(f"{'cold derive check (s)':<34}{wall:>12.2f}{sympy_wall:>12.2f}{wall / sympy_wall:>9.1f}x"
          "   target <= 1.5 s (baseline: import sympy)")
    print(f"{'cold derive check -j 1 (s)':<34}{wall_one:>12.2f}{sympy_wall:>12.2f}"
          f"{wall_one / sympy_wall:>9.1f}x")
    print(f"{'median per step warm (ms)':<34}{med * 1e3:>12.1f}{base_med * 1e3:>12.1f}"
          f"{base_med / med:>9.1f}x   target <= 10 ms")
    print(f"{'worst per step warm (ms)':<34}{max(per_step) * 1e3:>12.1f}"
          f"{max(base_times) * 1e3:>12.1f}{max(base_times) / max(per_step):>9.1f}x   target <= 1000 ms")
    print(f"{'total over steps (s)':<34}{sum(per_step):>12.2f}{sum(base_times):>12.2f}"
          f"{sum(base_times) / sum(per_step):>9.1f}x")
    print(f"{'steps judged':<34}{len(steps):>12}{len(steps):>12}")
    print(f"{'baseline wrong (of which crashed)':<34}{'':>12}{f'{wrong} ({crashed})':>12}")
    soft, soft_base, verdict = softmax_step()
    print(f"{'softmax Jacobian step, K (ms)':<34}{soft * 1e3:>12.1f}{soft_base * 1e3:>12.1f}"
          f"{soft_base / soft:>9.1f}x   target <= 1000 ms ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
