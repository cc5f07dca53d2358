"""Cancellation and progress, shared by the CLI and the wizard.

The probes run in a worker thread (a selectors loop, or an asyncio loop for the
side checks); the wizard's cancel button lives on the GUI thread.
:class:`CancelToken` bridges the two without polling: ``cancel()`` may be
called from any thread and runs the registered callbacks there, and each
runner's callback wakes its own loop (a byte on a socket pair, or
``call_soon_threadsafe``). So "cancel" takes effect within milliseconds, not
at the next poll.
"""

from __future__ import annotations

# threading's own lock, without threading: importing threading is about 1 ms of
# the ALG verdict's start-up, and a token needs only the lock (wait() loads it).
import _thread
from collections.abc import Callable

from app.core.record import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from threading import Event


class CancelToken:
    def __init__(self) -> None:
        self._lock = _thread.allocate_lock()  # what threading.Lock() returns
        self._cancelled = False
        self._callbacks: list[Callable[[], None]] = []
        self._woken: Event | None = None  # made by the first wait()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            callbacks = list(self._callbacks)
            woken = self._woken
        if woken is not None:  # waiters first: a slow or failing callback must not hold them
            woken.set()
        for cb in callbacks:
            cb()

    def add_callback(self, cb: Callable[[], None]) -> Callable[[], None]:
        """Call ``cb`` on cancellation (now, if already cancelled); returns a remover."""
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(cb)

                def remove() -> None:
                    with self._lock:
                        if cb in self._callbacks:
                            self._callbacks.remove(cb)

                return remove
        cb()
        return lambda: None

    def wait(self, timeout: float) -> bool:
        """Block until cancelled or ``timeout`` seconds have passed; True if cancelled."""
        import threading

        with self._lock:
            if self._cancelled:
                return True
            if self._woken is None:
                self._woken = threading.Event()
            woken = self._woken
        return woken.wait(timeout)


class Progress(Record):
    """``done`` of ``total`` steps; ``message`` says what is happening now."""

    done: int
    total: int
    message: str
    item: str | None = None  # e.g. "udp:5060:INVITE" when a probe finished
    ok: bool | None = None  # that probe's outcome: answered (True) or not (False)


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """The default progress sink."""
