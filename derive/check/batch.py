"""Checking many files: in order, on every core, or one text at a time from any worker.

``check_text`` is the unit of work for a grading job: pure (its result depends only on its
arguments), picklable, and safe in any thread or process, because its time limits are a
forked checking process that is killed when a step's budget is spent, never a signal in the
main thread. ``checked_in_order`` runs files in a process pool and hands back each result in
the order of the input as soon as it and those before it are done, so output streams and is
the same bytes for every number of processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from derive.check.document import DEFAULT_TIMEOUT, DOCUMENT_BUDGET, CheckedFile
from derive.errors import DeriveError


def check_path(path: str, timeout: float = DEFAULT_TIMEOUT, budget: float = DOCUMENT_BUDGET,
               jobs: int | None = 1) -> CheckedFile | str:
    """One file checked, or the one-line reason it could not be read."""
    from derive.check.document import check_source
    from derive.check.sources import read_source

    try:
        source = read_source(path)
    except DeriveError as exc:
        return str(exc)
    try:
        return check_source(source, timeout=timeout, budget=budget, jobs=jobs)
    except DeriveError as exc:
        return str(exc)
    except Exception as exc:  # a failure of ours: this file's one-line error, never a traceback
        return f"{path}: derive failed reading this file ({type(exc).__name__}; please report it)"


def check_text(text: str, path: str = "<text>", *, timeout: float = DEFAULT_TIMEOUT,
               budget: float = DOCUMENT_BUDGET, jobs: int | None = 1) -> dict:
    """Check the derivation ``text`` (Markdown, or LaTeX when ``path`` ends in ``.tex``, or a
    notebook's JSON when it ends in ``.ipynb``) and return what ``derive check --format json``
    gives for one file: ``{"path", "claims", "notes", "steps": [{"line", "column", "location",
    "lhs", "rhs", "verdict", "detail", "counterexample", …}], "summary"}``. Safe to call in any
    worker (threads, processes, a Dask cluster); ``jobs`` steps at once within the text.

    >>> check_text("$$\\\\frac{d}{dz} z^2 = 2z$$")["summary"]
    {'proved': 1}
    """
    from derive.check.document import check_source
    from derive.check.sources import from_text
    from derive.render.check import file_dict

    return file_dict(check_source(from_text(path, text), timeout=timeout, budget=budget, jobs=jobs))


def _pool(workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(max_workers=workers,
                               mp_context=multiprocessing.get_context(method))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def check_remote(source, timeout: float, budget: float) -> CheckedFile:
    """What a Dask worker runs: one Source (its text travels, the file need not exist there)."""
    from derive.check.document import check_source

    return check_source(source, timeout=timeout, budget=budget, jobs=1)


def on_dask(items, address: str, *, timeout: float, budget: float):
    """``checked_in_order`` on a dask.distributed cluster: every readable file's text is sent to
    the scheduler at ``address`` and checked there, one task per file; results in input order."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise DeriveError("--dask needs the dask extra: pip install 'derive[dask]'") from exc
    from derive.check.sources import read_source

    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise DeriveError(f"--dask {address}: cannot reach the scheduler ({exc})") from exc
    with client:
        futures = {}
        for k, (path, why) in enumerate(items):
            if why is None:
                try:
                    futures[k] = client.submit(check_remote, read_source(path), timeout, budget,
                                               pure=False)
                except DeriveError as exc:
                    futures[k] = str(exc)
        for k, (path, why) in enumerate(items):
            if why is not None:
                yield path, why
            elif isinstance(futures[k], str):
                yield path, futures[k]
            else:
                yield path, futures[k].result()


def checked_in_order(items: list[tuple[str, str | None]], *, timeout: float = DEFAULT_TIMEOUT,
                     budget: float = DOCUMENT_BUDGET, jobs: int | None = None,
                     dask: str | None = None) -> Iterator[tuple[str, CheckedFile | str]]:
    """``(path, CheckedFile or reason)`` for each ``(path, reason-or-None)`` item, in order.
    Several files go to a pool of ``jobs`` processes (None: one per core, at most 4), one file
    each, its steps one at a time; a single file is checked here, ``jobs`` steps at once.
    Standard input is read here, never in a worker. ``dask``: a scheduler's address, to check
    on that cluster instead."""
    from derive.check.worker import parallel_jobs

    if dask:
        yield from on_dask(items, dask, timeout=timeout, budget=budget)
        return
    todo = [p for p, why in items if why is None]
    workers = min(parallel_jobs() if jobs is None else jobs, len(todo))
    if workers < 2:
        for path, why in items:
            yield path, why if why is not None else check_path(path, timeout, budget, jobs)
        return
    from concurrent.futures.process import BrokenProcessPool

    from derive.check.document import check_source
    from derive.check.sources import STDIN, read_source

    with _pool(workers) as pool:
        futures = {}
        for k, (path, why) in sorted(enumerate(items), key=lambda kv: -_size(kv[1][0])):
            if why is not None:  # the largest files first: no long one is left for the end
                continue
            if path == STDIN:
                try:
                    futures[k] = pool.submit(check_source, read_source(path), timeout=timeout,
                                             budget=budget, jobs=1)
                except DeriveError as exc:
                    futures[k] = str(exc)
                continue
            futures[k] = pool.submit(check_path, path, timeout, budget, 1)
        for k, (path, why) in enumerate(items):
            if why is not None:
                yield path, why
                continue
            job = futures[k]
            if isinstance(job, str):
                yield path, job
                continue
            try:
                yield path, job.result()
            except BrokenProcessPool:  # a worker died (killed, out of memory): check it here
                yield path, check_path(path, timeout, budget, 1)
