"""Run a function under a hard time limit in a forked worker process.

A signal alarm cannot interrupt SymPy in the middle of big-integer work (``10^{10^{10}}``), so
the checker's work runs in a child process that the parent kills when its budget is spent. The
child is forked once and reused (its SymPy caches stay warm); a killed child is re-forked on the
next call.

Arguments travel by content: each is pickled on its own, and one the child already holds (the
document's definitions, a step's two sides between the screen and the proof) is sent as its
digest only. Unpickling a SymPy expression rebuilds it node by node, which costs more than most
checks; the parent decides which objects the child keeps and tells it which to drop, so the two
never disagree.
"""

from __future__ import annotations

import atexit
import hashlib
import multiprocessing
import os
import pickle
import re
import signal
import threading
import traceback
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from derive.errors import DeriveError

# Address-space cap for the worker: enough for any honest derivation, small enough that a
# runaway expansion fails with MemoryError instead of taking the machine down.
WORKER_MEMORY_BYTES = 4 * 1024**3
KEPT_ARGUMENTS = 256  # arguments the child keeps for reuse, most recently used first


class StepTimeout(Exception):
    """The worker did not answer within the budget (it has been killed)."""


class WorkerCrash(Exception):
    """The worker raised. ``internal`` is False when it raised one of our own errors, whose
    message is worded for the user; True when Python or SymPy raised (the message is then for
    developers only, never shown as a verdict)."""

    def __init__(self, message: str, internal: bool = True):
        super().__init__(message)
        self.internal = internal


class SoftTimeout(Exception):
    """Raised inside the worker by a soft alarm, to abandon an optional proof attempt."""


def _serve(conn) -> None:
    # Hold no file of the parent's open: a pipe the parent's caller waits on for its end (a
    # `derive check … | tool`, a test harness) must not stay open because a worker lives on.
    keep = conn.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 1024)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    kept: dict[bytes, Any] = {}
    while True:
        try:
            fn, parts, dropped = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if dropped is None:  # the parent lost track: start afresh
                kept.clear()
            for digest in dropped or ():
                kept.pop(digest, None)
            for digest, data in parts:
                if data is not None:
                    kept[digest] = pickle.loads(data)
            if any(digest not in kept for digest, _ in parts):
                conn.send(("lost", None))
                continue
            conn.send(("ok", fn(*(kept[digest] for digest, _ in parts))))
        except DeriveError as exc:  # our own, already worded for the user
            conn.send(("said", str(exc)))
        except MemoryError:
            conn.send(("said", "evaluating it needs more memory than a step may use"))
        except RecursionError:
            conn.send(("said", "the expression is nested too deeply to evaluate"))
        except Exception as exc:  # reported to the parent as a result, never swallowed silently
            if (said := worded(exc)) is not None:
                conn.send(("said", said))
                continue
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" at {last[0].name}" if last else ""
            conn.send(("internal", f"{type(exc).__name__}: {str(exc)[:200]}{where}"))


class Worker:
    """One forked child that runs ``fn(*args)`` with a hard timeout."""

    def __init__(self) -> None:
        self._proc = None
        self._conn = None
        self._kept: OrderedDict[bytes, None] = OrderedDict()  # digests the child holds
        self._reset = False  # the child is to forget everything it holds before the next call
        self._owner = os.getpid()  # a process forked from the owner starts its own child

    def alive(self) -> bool:
        """Whether this process's child is running (in a forked copy of the owner: never, and
        the copy forgets the owner's child without touching it)."""
        if self._owner != os.getpid():
            self._proc = self._conn = None
            self._kept.clear()
            self._owner = os.getpid()
        return self._proc is not None and self._proc.is_alive()

    def _start(self) -> None:
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child,), daemon=True)
        me = multiprocessing.current_process()
        daemonic = me._config.get("daemon")  # a pool's or a Dask worker's process: daemonic,
        if daemonic:  # and multiprocessing refuses it children; ours dies with it all the same
            me._config["daemon"] = False
        try:
            proc.start()
        finally:
            if daemonic:
                me._config["daemon"] = daemonic
        child.close()
        self._proc, self._conn = proc, parent
        self._kept.clear()

    def kill(self) -> None:
        if self._proc is not None and self._owner == os.getpid():
            try:
                os.kill(self._proc.pid, signal.SIGKILL)
            except (ProcessLookupError, TypeError):
                pass
            self._proc.join(timeout=1)
            self._conn.close()
        self._proc = self._conn = None
        self._kept.clear()

    def _message(self, fn, args: tuple) -> tuple:
        """``(fn, parts, dropped)``: each argument as (digest, pickle or None when the child holds
        it already), and the digests the child is to forget to stay within KEPT_ARGUMENTS."""
        parts, dropped = [], []
        for arg in args:
            data = pickle.dumps(arg, protocol=pickle.HIGHEST_PROTOCOL)
            digest = hashlib.blake2b(data, digest_size=16).digest()
            if digest in self._kept:
                self._kept.move_to_end(digest)
                parts.append((digest, None))
                continue
            parts.append((digest, data))
            self._kept[digest] = None
        held = {digest for digest, _ in parts}
        while len(self._kept) > KEPT_ARGUMENTS:
            oldest = next(d for d in self._kept if d not in held)
            del self._kept[oldest]
            dropped.append(oldest)
        if self._reset:
            self._reset = False
            return fn, parts, None
        return fn, parts, dropped

    def call(self, fn: Callable[..., Any], args: tuple, timeout: float) -> Any:
        status, value = self._call(fn, args, timeout)
        if status == "lost":  # the child no longer holds an argument: send them all again
            self._kept.clear()
            self._reset = True
            status, value = self._call(fn, args, timeout)
        if status != "ok":
            raise WorkerCrash(value, internal=status in ("internal", "lost"))
        return value

    def _call(self, fn: Callable[..., Any], args: tuple, timeout: float) -> tuple[str, Any]:
        if not self.alive():
            self._start()
        try:
            self._conn.send(self._message(fn, args))
            ready = self._conn.poll(max(timeout, 0.001))
        except (BrokenPipeError, EOFError, OSError) as exc:
            self.kill()
            raise WorkerCrash("the checking process stopped unexpectedly") from exc
        if not ready:
            self.kill()
            raise StepTimeout(f"no answer within {timeout:g} s")
        try:
            status, value = self._conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise WorkerCrash("the checking process stopped (out of memory?)") from exc
        return status, value


_worker: Worker | None = None
_bound = threading.local()  # the worker a helper thread of `in_parallel` drives
_helpers: list[Worker] = []  # workers of those threads, kept warm for the next document


def shared_worker() -> Worker:
    bound = getattr(_bound, "worker", None)
    if bound is not None:
        return bound
    global _worker
    if _worker is None:
        _worker = Worker()
        atexit.register(_worker.kill)
    return _worker


def stop_all() -> None:
    """Stop every checking process this process started (what exiting does)."""
    for w in (_worker, *_helpers):
        if w is not None:
            w.kill()


def parallel_jobs() -> int:
    """How many checks run at once: one per core this process may use, at most MAX_JOBS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


MAX_JOBS = 4


def in_parallel(fn: Callable[[Any], Any], items: list, stop: Callable[[], bool],
                jobs: int | None = None) -> None:
    """Call ``fn(item)`` for every item, ``jobs`` at a time (None: ``parallel_jobs()``), each thread driving its
    own worker (so ``run`` inside ``fn`` goes to that thread's worker). Results are not
    collected: ``fn`` is expected to leave them where the caller finds them again (the checker's
    memo of verdicts, keyed by content, so the order of the work changes nothing). An item whose
    ``fn`` raises is left for the caller to redo; no new item starts once ``stop()`` is true.
    Workers are forked here, in the calling thread, before any helper thread starts."""
    jobs = min(parallel_jobs() if jobs is None else jobs, len(items))
    if jobs < 2:
        return
    while len(_helpers) < jobs - 1:
        _helpers.append(Worker())
        atexit.register(_helpers[-1].kill)
    workers = [shared_worker(), *_helpers[:jobs - 1]]
    for w in workers:
        if not w.alive():
            w._start()
    queue = list(reversed(items))
    lock = threading.Lock()

    def serve(w: Worker) -> None:
        _bound.worker = w
        while True:
            with lock:
                if not queue or stop():
                    return
                item = queue.pop()
            try:
                fn(item)
            except Exception:  # the caller redoes this item and reports what it raises
                continue

    threads = [threading.Thread(target=serve, args=(w,), daemon=True) for w in workers]
    for t in threads:
        t.start()
    try:
        for t in threads:
            t.join()
    except BaseException:  # Ctrl-C: end the helpers' work at once
        with lock:
            queue.clear()
        for w in workers:
            w.kill()
        raise


def run(fn: Callable[..., Any], args: tuple, timeout: float, *, isolate: bool) -> Any:
    """``fn(*args)``: in the worker under a hard ``timeout`` when ``isolate``, else in-process."""
    if isolate:
        return shared_worker().call(fn, args, timeout)
    try:
        return fn(*args)
    except MemoryError as exc:
        raise WorkerCrash("evaluating it needs more memory than a step may use", False) from exc
    except RecursionError as exc:
        raise WorkerCrash("the expression is nested too deeply to evaluate", False) from exc
    except Exception as exc:
        if (said := worded(exc)) is not None:
            raise WorkerCrash(said, False) from exc
        raise


_MIXED_INDICES = re.compile(r"Different # of indices: d\((\w+)\[")


def worded(exc: BaseException) -> str | None:
    """What a failure SymPy raises on a document's own notation means, in words; None for any
    other (a failure of ours, reported as such)."""
    from sympy.tensor.indexed import IndexException

    if isinstance(exc, IndexException) and (m := _MIXED_INDICES.search(str(exc))):
        return mixed_indices_words(m.group(1))
    return None


def mixed_indices_words(name: str) -> str:
    """Why a step that writes one name with different numbers of indices is not worked out."""
    from derive.latex.printer import point_latex

    return (f"`{point_latex(name)}` is written with one index in one place and two in "
            f"another, two quantities under one name: the step cannot be worked out")


class soft_limit:
    """Context manager: raise SoftTimeout after ``seconds`` of this process's CPU time (main
    thread only; elsewhere no limit). CPU time, not the clock: a busy machine does not make the
    same work run out of time. Nested limits keep the outer one."""

    _depth = 0

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._armed = False

    def _fire(self, signum, frame):
        raise SoftTimeout()

    def __enter__(self):
        if soft_limit._depth:
            return self
        try:
            self._old = signal.signal(signal.SIGPROF, self._fire)
            signal.setitimer(signal.ITIMER_PROF, self.seconds)
            self._armed = True
            soft_limit._depth += 1
        except ValueError:  # not in the main thread
            self._armed = False
        return self

    def __exit__(self, *exc):
        if self._armed:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, self._old)
            soft_limit._depth -= 1
        return False
