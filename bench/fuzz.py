"""Fuzz derive with thousands of generated inputs and print what happened, target by target.

The inputs come from the Hypothesis strategies of ``tests/fuzz_strategies.py`` (course LaTeX,
chains, Markdown and LaTeX documents, front matter, and their mutations). Each target runs in
forked worker processes that stream one result per input; a worker that does not answer within
the input's wall-clock budget is killed with its checking process (a hang) and replaced; a worker's
address space is capped (fuzz_harness.MEMORY_CAP_BYTES), so a runaway input fails there. The
table: target, inputs, ok verdicts, own errors (DeriveError, exit 2), tracebacks and foreign
exceptions, bad output (exception names or SymPy spellings shown, stderr beside a verdict, two
runs that differ), hangs, max RSS (of a worker process and the checking process it waited for;
of the `derive` processes for `cli-process`), wall time. Then the distinct failures, each with
its count and first inputs.

Usage: python bench/fuzz.py [N] [--seed S] [--jobs J] [--processes K] [--show F] [--only T,…] [--dump FILE]
  N            inputs in all (default 10000), shared among the targets by WEIGHTS
  --processes  of those, K run as real `derive check` processes, twice each under two
               PYTHONHASHSEEDs (default 20)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pickle
import resource
import select
import signal
import struct
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import fuzz_harness as fh  # noqa: E402
import fuzz_strategies as fs  # noqa: E402
from hypothesis import Phase, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# share of the inputs per target: cheap readers get many, the checker and the CLI fewer
WEIGHTS = {"parse_side": 0.35, "read_document.md": 0.15, "front_matter": 0.08,
           "read_document.tex": 0.10, "assert_equivalent": 0.12, "cli": 0.20}
DRAWS_PER_INPUT = 3  # Hypothesis draws repeats; the first n distinct inputs of 3n draws are run
KILL_MARGIN = 30.0  # seconds past an input's own guard before its worker is killed from outside


def _side(x):
    return fh.target_parse_side(x), 0


def _md(x):
    return fh.target_read_document(x, "note.md"), 0


def _tex(x):
    return fh.target_read_document(x, "note.tex"), 0


def _equiv(x):
    return fh.target_assert_equivalent(*x), 0


def _cli(x):
    (suffix, text), (fmt, strict, verbose) = x
    return fh.target_cli(text, suffix, fmt, strict, verbose), 0


def _process(x):
    suffix, text = x
    return fh.target_cli_subprocess(text, suffix)


def _text_of(x) -> str:
    if isinstance(x, str):
        return x
    if isinstance(x[0], str) and x[0] in (".md", ".tex"):
        return x[1]
    if isinstance(x[0], tuple):
        return x[0][1]
    return " = ".join(x)


# name -> (strategy, run one input -> (Result, rss), wall budget of one input)
TARGETS = {
    "parse_side": (st.one_of(fs.hostile_sides, fs.hostile_chains), _side, lambda x: 5.0),
    "read_document.md": (fs.hostile_markdown, _md, lambda x: 10.0),
    "front_matter": (fs.hostile_front_matter, _md, lambda x: 10.0),
    "read_document.tex": (fs.hostile_latex, _tex, lambda x: 10.0),
    "assert_equivalent": (fs.equivalence_pairs, _equiv, lambda x: 3 * fh.CHECK_TIMEOUT + 10),
    "cli": (st.tuples(fs.cli_documents, fs.cli_options), _cli, lambda x: 2 * fh.wall_for(_text_of(x))),
    "cli-process": (fs.cli_documents, _process, lambda x: 2 * fh.wall_for(_text_of(x))),
}


def generate(strategy, n: int, seed: int) -> list:
    """``n`` distinct inputs drawn by Hypothesis (generation only: nothing to shrink)."""
    out: list = []
    if n <= 0:
        return out

    seen: set = set()

    @hypothesis_seed(seed)
    @settings(max_examples=DRAWS_PER_INPUT * n, phases=[Phase.generate], database=None, deadline=None,
              suppress_health_check=fs.SLOW_CHECKS)
    @given(strategy)
    def collect(x):
        if len(out) < n and x not in seen:
            seen.add(x)
            out.append(x)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        collect()
    return out


# --------------------------------------------------------------------------- forked workers


def _send(fd: int, message) -> None:
    data = pickle.dumps(message)
    data = struct.pack("<I", len(data)) + data
    while data:
        data = data[os.write(fd, data):]


def _serve(fd: int, items: list, indices: list[int], run) -> None:
    for i in indices:
        _send(fd, ("start", i))
        try:
            res, rss = run(items[i])
        except BaseException as exc:  # noqa: B036 - every failure is a row of the table
            res, rss = fh.Result("foreign", "harness: " + fh.describe(exc)), 0
        _send(fd, ("done", i, res, rss))


class Child:
    """A forked worker running ``run`` over ``indices``, streaming ("start", i) and ("done", …)."""

    def __init__(self, items, indices, run):
        self.indices = list(indices)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                os.close(read)
                os.setsid()
                resource.setrlimit(resource.RLIMIT_AS, (fh.MEMORY_CAP_BYTES, fh.MEMORY_CAP_BYTES))
                fh._own_worker()
                _serve(write, items, self.indices, run)
                fh.forget_worker()
            except BaseException:  # noqa: B036 - the child must reach os._exit
                status = 1
            finally:
                os._exit(status)
        os.close(write)
        self.pid, self.fd, self.buffer = pid, read, b""
        self.current: int | None = None
        self.started = time.perf_counter()
        self.done: set[int] = set()

    def messages(self) -> list | None:
        """Messages waiting on the pipe; None once the child has closed it."""
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            return None
        self.buffer += chunk
        out = []
        while len(self.buffer) >= 4:
            (size,) = struct.unpack("<I", self.buffer[:4])
            if len(self.buffer) < 4 + size:
                break
            out.append(pickle.loads(self.buffer[4:4 + size]))
            self.buffer = self.buffer[4 + size:]
        return out

    def reap(self, kill: bool) -> int:
        """Kill (if asked) and wait for the child and its session; its max RSS in bytes."""
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGKILL)
        _, _, usage = os.wait4(self.pid, 0)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)
        os.close(self.fd)
        return usage.ru_maxrss * 1024

    def rest(self) -> list[int]:
        return [i for i in self.indices if i not in self.done and i != self.current]


def run_target(items: list, run, budget, jobs: int) -> tuple[list, int]:
    """Every item's Result, and the max RSS of the workers (or of what they reported)."""
    results: list = [None] * len(items)
    max_rss = 0
    children = [Child(items, range(j, len(items), jobs), run) for j in range(min(jobs, len(items)))]
    while children:
        ready, _, _ = select.select([c.fd for c in children], [], [], 1.0)
        for c in list(children):
            if c.fd in ready:
                msgs = c.messages()
                if msgs is None:  # the child is gone: finished, or died mid-input
                    max_rss = max(max_rss, c.reap(kill=False))
                    children.remove(c)
                    if c.current is not None:
                        results[c.current] = fh.Result("foreign", "the worker process died on this input",
                                                       time.perf_counter() - c.started)
                        c.done.add(c.current)
                        c.current = None
                    rest = c.rest()
                    if rest:
                        children.append(Child(items, rest, run))
                    continue
                for m in msgs:
                    if m[0] == "start":
                        c.current, c.started = m[1], time.perf_counter()
                    else:
                        _, i, res, rss = m
                        results[i] = res
                        max_rss = max(max_rss, rss)
                        c.done.add(i)
                        c.current = None
            if c in children and c.current is not None:
                waited = time.perf_counter() - c.started
                if waited > budget(items[c.current]) + KILL_MARGIN:
                    results[c.current] = fh.Result("hang", f"killed after {waited:.0f} s", waited)
                    c.done.add(c.current)
                    c.current = None
                    max_rss = max(max_rss, c.reap(kill=True))
                    children.remove(c)
                    rest = c.rest()
                    if rest:
                        children.append(Child(items, rest, run))
    return results, max_rss


# --------------------------------------------------------------------------- the report


def signature(res: fh.Result) -> str:
    """What makes two failures the same failure: the exception and where, or the leak's kind."""
    d = res.detail
    if res.kind == "foreign":
        d = d.removeprefix("traceback: ").removeprefix("harness: ")
        name = d.split(":", 1)[0]
        where = d[d.find(" at "):] if " at " in d else ""
        return f"{name}{where}" if where else d[:100]
    if res.kind == "bad-output":
        return d.split(":", 1)[0] if ":" in d else d[:80]
    if res.kind == "hang":
        return "hang"
    return d[:80]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", nargs="?", type=int, default=10_000, help="inputs in all (default 10000)")
    p.add_argument("--seed", type=int, default=0, help="Hypothesis seed (default 0)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="worker processes")
    p.add_argument("--processes", type=int, default=20, help="inputs run as real `derive check` processes")
    p.add_argument("--show", type=int, default=3, help="failing inputs shown per distinct failure")
    p.add_argument("--only", help="comma-separated targets to run (default: all)")
    p.add_argument("--dump", metavar="FILE", help="write every failing input and its result to FILE (JSON)")
    args = p.parse_args(argv)

    only = set(args.only.split(",")) if args.only else set(TARGETS)
    unknown = only - set(TARGETS)
    if unknown:
        p.error(f"unknown target(s) {', '.join(sorted(unknown))}; choose from {', '.join(TARGETS)}")
    counts = dict.fromkeys(TARGETS, 0)
    counts["cli-process"] = min(args.processes, args.n) if "cli-process" in only else 0
    weights = {name: w for name, w in WEIGHTS.items() if name in only}
    for name, w in weights.items():
        counts[name] = int((args.n - counts["cli-process"]) * w / sum(weights.values()))
    if weights:  # rounding leftovers go to the first selected target
        counts[next(iter(weights))] += max(0, args.n - sum(counts.values()))
    rows, failures = [], defaultdict(list)
    for k, (name, (strategy, run, budget)) in enumerate(TARGETS.items()):
        if name not in only:
            continue
        start = time.perf_counter()
        items = generate(strategy, counts[name], args.seed + k)
        generated = time.perf_counter() - start
        results, rss = run_target(items, run, budget, args.jobs)
        wall = time.perf_counter() - start
        tally = Counter(r.kind for r in results)
        rows.append((name, len(items), tally["ok"], tally["own"], tally["foreign"], tally["bad-output"],
                     tally["hang"], rss, wall, generated))
        for x, r in zip(items, results, strict=True):
            if r.kind in ("foreign", "bad-output", "hang"):
                failures[(name, r.kind, signature(r))].append((x, r))
        print(f"  {name}: {len(items)} inputs in {wall:.0f} s", file=sys.stderr, flush=True)

    head = ("target", "inputs", "ok", "own-err", "foreign", "bad-out", "hangs", "max-RSS", "wall")
    print(f"{head[0]:<18} {head[1]:>6} {head[2]:>6} {head[3]:>7} {head[4]:>7} {head[5]:>7} "
          f"{head[6]:>5} {head[7]:>8} {head[8]:>7}")
    total = [0] * 6
    for name, n, ok, own, foreign, bad, hang, rss, wall, _gen in rows:
        print(f"{name:<18} {n:>6} {ok:>6} {own:>7} {foreign:>7} {bad:>7} {hang:>5} "
              f"{rss / 1024**2:>6.0f}MB {wall:>6.0f}s")
        for j, v in enumerate((n, ok, own, foreign, bad, hang)):
            total[j] += v
    wall_all = sum(r[8] for r in rows)
    print(f"{'total':<18} {total[0]:>6} {total[1]:>6} {total[2]:>7} {total[3]:>7} {total[4]:>7} "
          f"{total[5]:>5} {max((r[7] for r in rows), default=0) / 1024**2:>6.0f}MB {wall_all:>6.0f}s")
    if failures:
        print("\ndistinct failures (target, kind, signature: count), first inputs:")
        for (name, kind, sig), cases in sorted(failures.items(), key=lambda kv: -len(kv[1])):
            print(f"- {name} {kind} x{len(cases)}: {sig}")
            for x, r in cases[: args.show]:
                print(f"    input {_short(x)}")
                print(f"      -> {r.detail[:240]}")
    if args.dump:
        import json

        with open(args.dump, "w", encoding="utf-8") as fh_:
            json.dump([{"target": name, "kind": kind, "signature": sig, "input": x, "detail": r.detail}
                       for (name, kind, sig), cases in failures.items() for x, r in cases],
                      fh_, indent=1)  # ASCII escapes: generated text may hold lone surrogates
    return 1 if total[3] or total[4] or total[5] else 0


def _short(x, limit: int = 200) -> str:
    text = repr(x)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} chars)"


if __name__ == "__main__":
    sys.exit(main())
