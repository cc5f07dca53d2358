"""Run core callables off the GUI thread and report back through signals.

Picard's ``run_task`` is the model: a plain Python callable runs on a
``QThreadPool`` and its outcome is posted back to the GUI thread. Workers
never touch widgets; widgets never touch sockets. Each task gets a
:class:`CancelToken` (the core's own), and progress callbacks from the worker
thread arrive as queued signals in the GUI thread.

Signals (of :class:`Task`):
    progress(object): a ``Progress`` from the core
    succeeded(object): the callable's return value
    failed(object): the exception it raised
    finished(): after ``succeeded`` or ``failed``
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.progress import CancelToken, Progress


class Task(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self.running = False
        self.discarded = False

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def discard(self) -> None:
        """Cancel, and deliver nothing more to the handlers given to ``start``.

        For a page that starts a new run while the old one is still winding
        down (Back, then Next): the old run's late result must not land on top
        of the new one. Signals already queued are dropped at delivery, which
        a plain ``disconnect`` would not guarantee.
        """
        self.discarded = True
        self.cancel()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[CancelToken, Callable[[Progress], None]], Any]):
        super().__init__()
        self.task = task
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: emit only, touch nothing else
        task = self.task
        try:
            result = self.fn(task.cancel_token, task.progress.emit)
        except BaseException as exc:  # reported to the GUI, never raised in a pool thread
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)
        finally:
            task.finished.emit()


def _unless_discarded(task: Task, slot: Callable[..., None]) -> Callable[..., None]:
    def deliver(*args: Any) -> None:
        if not task.discarded:
            slot(*args)

    return deliver


class TaskRunner:
    """Starts tasks on a thread pool; tests may swap in a synchronous runner."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()

    def start(
        self,
        fn: Callable[[CancelToken, Callable[[Progress], None]], Any],
        parent: QObject | None = None,
        *,
        progress: Callable[[Progress], None] | None = None,
        succeeded: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> Task:
        """Connect the handlers, *then* start: a fast job must not finish (and emit)
        before anyone listens (a race that lost results under load)."""
        task = Task(parent)
        task.running = True
        task.finished.connect(lambda: setattr(task, "running", False))
        for signal, slot in (
            (task.progress, progress),
            (task.succeeded, succeeded),
            (task.failed, failed),
            (task.finished, finished),
        ):
            if slot is not None:
                signal.connect(_unless_discarded(task, slot))
        self.pool.start(_Runnable(task, fn))
        return task
