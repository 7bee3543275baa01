"""Grading throughput: documents per second of `derive check` over a folder, at -j 1 (the
baseline, measured in the same run), -j 2, and on a local Dask cluster of two workers.

    python bench/batch.py            # both corpora, derivations/ and the seeds, copied to a folder
    python bench/batch.py --limit 40 # the first 40 of them (a quicker look)

Each run is `derive check FOLDER --format json` in a fresh process; the three must print the same
bytes. Peak memory is the largest resident set of any one process doing the checking (a pool
worker, a Dask worker, or the single process at -j 1). Target: -j 2 at least 1.7x -j 1 on a
2-core machine. Copies of one document would be answered from the checker's memo, so every
document is distinct: the folder holds each source once.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.7


def documents(limit: int | None) -> list[Path]:
    found = sorted((ROOT / "bench" / "corpus").glob("*.md")) + \
        sorted((ROOT / "tests" / "corpus").glob("*.md"))
    found = [p for p in found if p.name != "README.md"]
    found += sorted((ROOT / "derivations").glob("*.md")) + sorted((ROOT / "derivations").glob("*.tex"))
    found += sorted((ROOT.parent / "shared" / "seeds").glob("*.md"))
    return found[:limit] if limit else found


def run(folder: Path, extra: list[str]) -> tuple[float, str, int]:
    """Seconds, stdout, and the peak RSS (KB) of the largest child process of this run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "derive.cli", "check", str(folder), "--format",
                           "json", *extra], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        sys.exit(f"derive check failed ({done.returncode}): {done.stderr[-300:]}")
    return seconds, done.stdout, max(peak, before)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask cluster")
    args = ap.parse_args()
    docs = documents(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "submissions"
        folder.mkdir()
        for k, doc in enumerate(docs):
            shutil.copy(doc, folder / f"{k:04d}-{doc.name}")
        rows = []
        base_s, base_out, base_mem = run(folder, ["-j", "1"])
        rows.append(("-j 1 (baseline)", base_s, base_mem, True))
        two_s, two_out, two_mem = run(folder, ["-j", "2"])
        rows.append(("-j 2", two_s, two_mem, two_out == base_out))
        if not args.no_dask:
            try:
                from distributed import Client, LocalCluster
            except ImportError:
                print("(no Dask: pip install 'derive[dask]')")
            else:
                with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
                    dask_s, dask_out, _ = run(folder, ["--dask", cluster.scheduler_address])
                    with Client(cluster) as client:
                        peaks = client.run(lambda: resource.getrusage(
                            resource.RUSAGE_SELF).ru_maxrss)
                rows.append(("Dask, 2 workers", dask_s, max(peaks.values()),
                             dask_out == base_out))
    n = len(docs)
    print(f"{n} documents (bench/corpus, tests/corpus, derivations/, seeds), "
          "`derive check FOLDER --format json`")
    print(f"{'run':<18} {'seconds':>8} {'docs/s':>7} {'x -j 1':>7} {'peak MB/worker':>15} "
          f"{'same bytes':>10}")
    for name, seconds, peak_kb, same in rows:
        print(f"{name:<18} {seconds:8.1f} {n / seconds:7.2f} {base_s / seconds:7.2f} "
              f"{peak_kb / 1024:15.0f} {'yes' if same else 'NO':>10}")
    speedup = base_s / rows[1][1]
    print(f"-j 2 is {speedup:.2f}x -j 1 (target >= {TARGET}x): "
          f"{'met' if speedup >= TARGET else 'NOT met'}")
    return 0 if all(same for *_, same in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
