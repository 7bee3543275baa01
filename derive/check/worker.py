"""Run a function under a hard time limit in a forked worker process.

A signal alarm cannot interrupt SymPy in the middle of big-integer work (``10^{10^{10}}``), so
the checker's work runs in a child process that the parent kills when its budget is spent. The
child is forked once and reused (its SymPy caches stay warm); a killed child is re-forked on the
next call.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable
from typing import Any

from derive.errors import DeriveError

# Address-space cap for the worker: enough for any honest derivation, small enough that a
# runaway expansion fails with MemoryError instead of taking the machine down.
WORKER_MEMORY_BYTES = 4 * 1024**3


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
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", fn(*args)))
        except DeriveError as exc:  # our own, already worded for the user
            conn.send(("said", str(exc)))
        except MemoryError:
            conn.send(("said", "evaluating it needs more memory than a step may use"))
        except RecursionError:
            conn.send(("said", "the expression is nested too deeply to evaluate"))
        except Exception as exc:  # reported to the parent as a result, never swallowed silently
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" at {last[0].name}" if last else ""
            conn.send(("internal", f"{type(exc).__name__}: {str(exc)[:200]}{where}"))


class Worker:
    """One forked child that runs ``fn(*args)`` with a hard timeout."""

    def __init__(self) -> None:
        self._proc = None
        self._conn = None

    def _start(self) -> None:
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child,), daemon=True)
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent

    def kill(self) -> None:
        if self._proc is not None:
            try:
                os.kill(self._proc.pid, signal.SIGKILL)
            except (ProcessLookupError, TypeError):
                pass
            self._proc.join(timeout=1)
            self._conn.close()
        self._proc = self._conn = None

    def call(self, fn: Callable[..., Any], args: tuple, timeout: float) -> Any:
        if self._proc is None or not self._proc.is_alive():
            self._start()
        try:
            self._conn.send((fn, args))
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
        if status != "ok":
            raise WorkerCrash(value, internal=status == "internal")
        return value


_worker: Worker | None = None


def shared_worker() -> Worker:
    global _worker
    if _worker is None:
        _worker = Worker()
        atexit.register(_worker.kill)
    return _worker


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
