"""Run derive's entry points on one input and sort what happened; shared by the fuzz tests and
``bench/fuzz.py``.

Every run ends in one of five kinds:

- ``ok``: a result or a verdict (parse_side returned, assert_equivalent passed or raised
  AssertionError, the CLI exited 0 or 1 with clean output);
- ``own``: one of derive's own errors (a ``DeriveError``; the CLI's exit 2 with one
  ``derive: …`` line);
- ``foreign``: anything else raised (a traceback), or an exit status other than 0, 1, 2;
- ``bad-output``: the CLI finished but its output leaks an exception name or a SymPy spelling,
  writes to stderr beside a verdict, or differs between two runs of the same input;
- ``hang``: no answer within the wall-clock budget.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass

MAX_RSS_BYTES = int(1.5 * 1024**3)  # a derive run should stay well under this
MEMORY_CAP_BYTES = 4 * 1024**3  # address-space cap of subprocess runs: a runaway fails, the machine survives
CHECK_TIMEOUT = 2.0  # --timeout of every fuzzed `derive check`
STEP_WALL = 4.0  # wall seconds allowed per claimed step (twice the budget: the budget is per phase)
BASE_WALL = 10.0  # wall seconds for reading, starting the worker and writing, per run


@dataclass(frozen=True)
class Result:
    kind: str
    detail: str = ""
    seconds: float = 0.0


# --------------------------------------------------------------------------- known bugs

# Failures the fuzz tests have found and the known-input table of tests/test_fuzz.py shows as
# strict xfails: (what, kind, pattern on the Result's detail, pattern on the input). The property
# tests let these pass, so that they keep guarding everything else; bench/fuzz.py counts them.
# Delete an entry when its xfail starts passing.
KNOWN_BUGS: list = []


def known_bug(res: Result, text: str) -> str | None:
    """The KNOWN_BUGS entry that explains a failing Result on ``text``, if any."""
    for what, kind, detail, source in KNOWN_BUGS:
        if res.kind == kind and (detail is None or detail.search(res.detail)) \
                and (source is None or source.search(text)):
            return what
    return None


# --------------------------------------------------------------------------- output checks

# What a user must never see: Python's traceback, its exception names, the worker's internal
# "… at __new__" and SymPy's own spellings of expressions.
FORBIDDEN = [
    ("traceback", re.compile(r"Traceback \(most recent call last\)")),
    ("exception name", re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception|Failed|Needed|Warning)\b\s*:")),
    ("exception name", re.compile(r"\b(?:StopIteration|KeyboardInterrupt|NotReal|SoftTimeout)\b")),
    ("internal location", re.compile(r"\bat __\w+__\b")),
    ("SymPy indexing", re.compile(r"(?<![\\\w])[A-Za-z][A-Za-z0-9_]*\[[A-Za-z0-9_]+(?:, ?[A-Za-z0-9_+\- ]+)*\]")),
    ("SymPy power", re.compile(r"\*\*")),
    ("SymPy call", re.compile(r"(?<![\\\w])(?:exp|Max|Min|Abs|sqrt|Sum|Piecewise|Indexed|Symbol|Integer|"
                              r"Rational|Float|Mul|Add|Pow|Subs|Dummy|LargePower|LargeBinomial|"
                              r"binomial|factorial|Heaviside|sign)\(")),
    ("SymPy call", re.compile(r"Derivative\(")),
    ("SymPy infinity", re.compile(r"(?<![\w\\])(?:zoo|oo|nan)\b")),
]


def leaks(output: str, source: str) -> list[str]:
    """What in ``output`` a user must not see; a spelling the input itself contains is echoed
    text (a caret line, a hint quoting the formula), not a leak."""
    found = []
    for name, pattern in FORBIDDEN:
        for m in pattern.finditer(output):
            if m.group() not in source:
                found.append(f"{name}: {m.group()!r} in {_around(output, m.start())!r}")
                break
    return found


def _around(text: str, i: int, width: int = 60) -> str:
    return text[max(0, i - width): i + width]


def _without_sympy_names(out: str) -> str:
    """JSON output minus its ``counterexample_sympy`` maps: that key spells points the SymPy way
    on purpose (for programs), so SymPy indexing there is not a leak."""
    try:
        data = json.loads(out)
    except ValueError:
        return out
    for f in data.get("files", []) if isinstance(data, dict) else []:
        for s in f.get("steps", []):
            s.pop("counterexample_sympy", None)
    return json.dumps(data, ensure_ascii=False)


def judge_cli(rc: int, out: str, err: str, source: str, fmt: str = "text") -> Result:
    """What a `derive check` run showed its user, as a Result."""
    everything = out + "\n" + err
    if rc not in (0, 1, 2):
        return Result("foreign", f"exit status {rc}; stderr {err[-300:]!r}")
    if "Traceback (most recent call last)" in everything:
        frames = re.findall(r'File "[^"]*/derive/([^"]+)", line (\d+), in (\w+)', everything)
        where = f" via {frames[-1][2]} ({os.path.basename(frames[-1][0])}:{frames[-1][1]})" if frames else ""
        return Result("foreign", "traceback: " + _last_line(everything) + where)
    shown = (_without_sympy_names(out) if fmt == "json" else out) + "\n" + err
    bad = leaks(shown, source)
    if bad:
        return Result("bad-output", "; ".join(bad))
    if rc == 2:
        lines = err.strip("\n").split("\n")
        if len(lines) != 1 or not lines[0].startswith("derive: ") or out:
            return Result("bad-output", f"exit 2 without one `derive: …` line: {err[:300]!r}")
        return Result("own", lines[0][:300])
    if err.strip():
        return Result("bad-output", f"stderr beside a verdict: {err[:300]!r}")
    return Result("ok", out.strip().rsplit("\n", 1)[-1][:200])


def _last_line(text: str) -> str:
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    return lines[-1][:300] if lines else ""


# --------------------------------------------------------------------------- wall clock


class Hang(BaseException):
    """The wall-clock guard fired (a BaseException so `except Exception` in the code under test
    cannot swallow it)."""


@contextlib.contextmanager
def wall_clock(seconds: float):
    """Raise Hang after ``seconds`` of wall time (main thread only; a guard against loops in
    Python; a computation stuck in C is caught by the elapsed-time check after it returns)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def fire(signum, frame):
        raise Hang(f"no answer within {seconds:g} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def forget_worker() -> None:
    """Drop derive's shared checking process after a Hang interrupted a call to it (its answer
    would otherwise be read by the next call). Reaches into derive.check.worker on purpose."""
    try:
        from derive.check import worker
    except ImportError:
        return
    w = getattr(worker, "_worker", None)
    if w is not None:
        w.kill()


def guarded(fn, budget: float, own=(), ok=()) -> Result:
    """Run ``fn()``: ``ok`` if it returns or raises one of ``ok``, ``own`` for one of ``own``,
    ``hang`` past ``budget`` wall seconds, ``foreign`` for anything else."""
    start = time.perf_counter()
    try:
        with wall_clock(budget):
            fn()
        kind, detail = "ok", ""
    except Hang as exc:
        forget_worker()
        kind, detail = "hang", str(exc)
    except BaseException as exc:  # noqa: B036 - sorting every exception is the point
        if isinstance(exc, ok):
            kind, detail = "ok", f"{type(exc).__name__}"
        elif isinstance(exc, own):
            kind, detail = "own", f"{type(exc).__name__}: {str(exc)[:200]}"
        elif isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        else:
            kind, detail = "foreign", describe(exc)
    seconds = time.perf_counter() - start
    if kind != "hang" and seconds > budget:
        kind, detail = "hang", f"finished, but after {seconds:.1f} s (budget {budget:g} s)"
    return Result(kind, detail, seconds)


def describe(exc: BaseException) -> str:
    """``ValueError: message at function (file:line)``: the exception and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        f = frames[-1]
        ours = [fr for fr in frames if "/derive/" in fr.filename]
        last_ours = ours[-1] if ours else None
        where = f" at {f.name} ({os.path.basename(f.filename)}:{f.lineno})"
        if last_ours is not None and last_ours is not f:
            where += f" via {last_ours.name} ({os.path.basename(last_ours.filename)}:{last_ours.lineno})"
    return f"{type(exc).__name__}: {str(exc)[:160]}{where}"


# --------------------------------------------------------------------------- the targets


def wall_for(text: str) -> float:
    """Wall-clock budget of a `derive check` run on ``text``: reading plus every claimed step."""
    return BASE_WALL + STEP_WALL * min(text.count("="), 30)


def target_parse_side(text: str) -> Result:
    from derive.errors import DeriveError
    from derive.latex.notation import parse_side

    return guarded(lambda: parse_side(text), 5.0, own=(DeriveError,))


def target_read_document(text: str, path: str = "note.md") -> Result:
    from derive.errors import DeriveError, LatexError
    from derive.latex.document import read_document

    def run():
        doc = read_document(text, path)
        errors = list(getattr(doc, "errors", ()))
        errors += [getattr(s, "error", None) for c in getattr(doc, "chains", ()) for s in c.sides]
        bad = [e for e in errors if e is not None and not isinstance(e, LatexError)]
        if bad:
            raise TypeError(f"a document error that is not a LatexError: {bad[0]!r}")

    return guarded(run, 10.0, own=(DeriveError,))


def target_assert_equivalent(a: str, b: str) -> Result:
    from derive.errors import DeriveError
    from derive.testing import assert_equivalent

    return guarded(lambda: assert_equivalent(a, b, timeout=CHECK_TIMEOUT), 3 * CHECK_TIMEOUT + 10,
                   own=(DeriveError,), ok=(AssertionError,))


def cli_in_process(argv: list[str]) -> tuple[int, str, str]:
    """``derive.cli.main(argv)`` with its stdout and stderr captured."""
    from derive.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(argv)
    return rc, out.getvalue(), err.getvalue()


def write_input(directory: str, text: str, suffix: str) -> str:
    """The input as a file (lone surrogates written as such bytes: not UTF-8, as a user's file
    might be)."""
    path = os.path.join(directory, "note" + suffix)
    with open(path, "wb") as fh:
        fh.write(text.encode("utf-8", "surrogatepass"))
    return path


def check_argv(path: str, fmt: str = "text", strict: bool = False, verbose: bool = False) -> list[str]:
    argv = ["check", path, "--timeout", str(CHECK_TIMEOUT), "--format", fmt]
    return argv + ["--strict"] * strict + ["--verbose"] * verbose


def target_cli(text: str, suffix: str = ".md", fmt: str = "text", strict: bool = False,
               verbose: bool = False) -> Result:
    """`derive check` in-process, twice: a clean verdict or one error line, the same both times."""
    with tempfile.TemporaryDirectory(prefix="derive-fuzz-") as tmp:
        path = write_input(tmp, text, suffix)
        argv = check_argv(path, fmt, strict, verbose)
        runs = []

        def run():
            runs.append(cli_in_process(argv))
            runs.append(cli_in_process(argv))

        res = guarded(run, wall_for(text) * 2)
        if res.kind != "ok":
            return res
    (rc, out, err), second = runs
    judged = judge_cli(rc, out, err, text, fmt)
    if judged.kind in ("ok", "own") and second != (rc, out, err):
        return Result("bad-output", f"second run differs: exit {rc} vs {second[0]}", res.seconds)
    return Result(judged.kind, judged.detail, res.seconds)


# --------------------------------------------------------------------------- real processes


@dataclass(frozen=True)
class Run:
    rc: int
    out: str
    err: str
    seconds: float
    max_rss: int  # bytes, of the process and the children it waited for
    timed_out: bool


def derive_command() -> list[str]:
    """The installed `derive` script beside this Python, else ``python -m derive.cli``."""
    script = os.path.join(os.path.dirname(sys.executable), "derive")
    return [script] if os.path.exists(script) else [sys.executable, "-m", "derive.cli"]


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def run_derive(args: list[str], *, timeout: float, hash_seed: str = "0", cwd: str | None = None) -> Run:
    """A real `derive ARGS` process in its own session: killed with its worker past ``timeout``,
    its max RSS from wait4, its address space capped at MEMORY_CAP_BYTES."""
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONIOENCODING="utf-8")
    env.pop("COLUMNS", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(derive_command() + args, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=env, cwd=cwd, start_new_session=True, preexec_fn=_cap_memory)
        timed_out = []

        def kill():
            timed_out.append(True)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        with contextlib.suppress(ProcessLookupError):  # a worker left behind by a killed run
            os.killpg(proc.pid, signal.SIGKILL)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), seconds, usage.ru_maxrss * 1024, bool(timed_out))


def target_cli_subprocess(text: str, suffix: str = ".md", fmt: str = "text") -> tuple[Result, int]:
    """`derive check` as a real process under two hash seeds: (Result, max RSS in bytes)."""
    with tempfile.TemporaryDirectory(prefix="derive-fuzz-") as tmp:
        path = write_input(tmp, text, suffix)
        budget = wall_for(text)
        args = check_argv(os.path.basename(path), fmt)
        first = run_derive(args, timeout=budget, hash_seed="0", cwd=tmp)
        second = run_derive(args, timeout=budget, hash_seed="4242", cwd=tmp)
    rss = max(first.max_rss, second.max_rss)
    seconds = max(first.seconds, second.seconds)
    if first.timed_out or second.timed_out:
        return Result("hang", f"killed after {budget:g} s", seconds), rss
    judged = judge_cli(first.rc, first.out, first.err, text, fmt)
    if rss > MAX_RSS_BYTES:
        return Result("bad-output", f"max RSS {rss / 1024**2:.0f} MB", seconds), rss
    if judged.kind in ("ok", "own") and (first.rc, first.out, first.err) != (second.rc, second.out, second.err):
        return Result("bad-output", "output differs under PYTHONHASHSEED=0 and 4242", seconds), rss
    return Result(judged.kind, judged.detail, seconds), rss


# --------------------------------------------------------------------------- a forked child


def run_cli_forked(argv: list[str], timeout: float) -> Run:
    """``derive.cli.main(argv)`` in a forked child of this process (no interpreter start-up to
    pay), killed past ``timeout``: what a user of `derive ARGV` would see, as a Run."""
    start = time.perf_counter()
    value, rss = in_fork(lambda: cli_in_process(argv), timeout)
    seconds = time.perf_counter() - start
    if isinstance(value, Result):
        if value.kind == "hang":
            return Run(-9, "", "", seconds, rss, True)
        # an exception escaped main(): the script would print it as a traceback
        return Run(1, "", f"Traceback (most recent call last):\n{value.detail}\n", seconds, rss, False)
    rc, out, err = value
    return Run(rc, out, err, seconds, rss, False)


def in_fork(fn, timeout: float, memory: int | None = MEMORY_CAP_BYTES) -> tuple[Result, int]:
    """``fn()`` (which returns a Result, or any picklable value) in a forked child killed past
    ``timeout`` wall seconds: (what it returned, or a ``hang`` or ``foreign`` Result; the child's
    max RSS in bytes). A computation stuck in C cannot
    stall the caller, a runaway one fails at ``memory`` bytes of address space instead of taking
    the machine, and a crash of the child is a ``foreign`` result, not a lost test run."""
    import pickle

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        try:
            os.close(read)
            os.setsid()
            if memory:
                resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
            _own_worker()
            try:
                res = fn()
            except BaseException as exc:  # noqa: B036 - reported to the parent
                res = Result("foreign", describe(exc))
            data = pickle.dumps(res)
            with os.fdopen(write, "wb") as fh:
                fh.write(data)
            forget_worker()
        except BaseException:  # noqa: B036 - the child must reach os._exit
            status = 1
        finally:
            os._exit(status)
    os.close(write)
    chunks, start = [], time.perf_counter()
    timed_out = False
    with os.fdopen(read, "rb") as fh:
        import select

        while True:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([fh], [], [], left)
            if not ready:
                continue
            chunk = os.read(fh.fileno(), 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    rss = usage.ru_maxrss * 1024
    seconds = time.perf_counter() - start
    if timed_out:
        return Result("hang", f"killed after {timeout:g} s", seconds), rss
    if not chunks:
        return Result("foreign", f"the child died (status {os.waitstatus_to_exitcode(status)})", seconds), rss
    return pickle.loads(b"".join(chunks)), rss


def _own_worker() -> None:
    """In a forked child: forget the parent's checking process without touching it, so the child
    starts its own; and drop Hypothesis's garbage-collection timer (inherited from the parent),
    which would otherwise swallow the checker's SIGPROF soft time limit when a collection runs
    as it fires ("Exception ignored in gc_callback")."""
    import gc

    mod = sys.modules.get("derive.check.worker")
    if mod is not None and getattr(mod, "_worker", None) is not None:
        mod._worker = None
    gc.callbacks[:] = [cb for cb in gc.callbacks if "hypothesis" not in (getattr(cb, "__module__", "") or "")]


WARM_SIDES = (r"\frac{1}{m} \sum_{i=1}^{m} \left(\hat{y}^{(i)} - y^{(i)}\right) x_j^{(i)}",
              r"\sigma(z)(1-\sigma(z)) + \log(1 + e^{-z}) - \theta^T x", r"f'(h) \frac{\partial J}{\partial w_j}")
_warm = []


def warm() -> None:
    """Do each kind of work once in this process, so forked children start with SymPy's and
    derive's lazy imports and caches filled instead of each paying for them again."""
    if _warm:
        return
    _warm.append(True)
    for side in WARM_SIDES:
        target_parse_side(side)
    target_read_document("---\ny: {0,1}\n---\n$$z = w x + b$$\n$$a = " + " = ".join(WARM_SIDES) + "$$\n")
    target_read_document("\\begin{align}a &= b \\\\ &= c\\end{align}", "note.tex")
    target_assert_equivalent(WARM_SIDES[1], WARM_SIDES[1] + " + 0")
    target_cli("$$\\frac{e^{-z}}{(1+e^{-z})^2} = \\sigma(z)(1-\\sigma(z)) = 2 z^{10}$$\n", ".md", "json")
    forget_worker()  # children start their own checking process
