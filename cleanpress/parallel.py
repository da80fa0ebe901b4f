"""Per-document work spread over processes, results in input order, memory bounded.

``ordered_map(fn, items, jobs)`` is ``map(fn, items)``: with ``jobs > 1`` the calls run in worker
processes, at most ``window`` of them queued or running at once, and results come back in input
order. Input is read only as fast as results are taken, so a stream of any length runs in
bounded memory; the output is the same for any ``jobs``. One item of work (a page through a pipe,
a small file) runs in this process: starting workers would cost more than it saves.
"""
from __future__ import annotations

import os
from collections import deque
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int = 1, window: int | None = None,
                initializer: Callable[..., None] | None = None, initargs: tuple = ()) -> Iterator[R]:
    """``fn`` over ``items`` in ``jobs`` processes, yielding results in input order.

    >>> list(ordered_map(abs, [-3, 1, -2], jobs=2))
    [3, 1, 2]
    """
    if jobs > 1:
        items = iter(items)
        head = list(islice(items, 2))
        if len(head) < 2:
            jobs, items = 1, head
        else:
            items = chain(head, items)
    if jobs <= 1:
        if initializer:
            initializer(*initargs)
        yield from map(fn, items)
        return
    # Imported here: a run with one job (a pre-commit hook, a page through a pipe) starts faster.
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    window = window or 4 * jobs
    # fork starts workers fastest and shares the imported library; elsewhere, spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pending: deque[Future[R]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                             initializer=initializer, initargs=initargs) as pool:
        try:
            for item in items:
                if len(pending) >= window:
                    yield pending.popleft().result()
                pending.append(pool.submit(fn, item))
            while pending:
                yield pending.popleft().result()
        finally:
            for f in pending:
                f.cancel()
