"""A countdown the Verify page shows while the connection comes back.

After a router restart the internet returns in its own time (often a minute
or more); a re-test in that window finds no answer at all, which used to end
the check with "could not reach the server". The page now waits in steps,
counting down where the user can see it, and tests again. The tick length is
a constructor argument so tests run the same code in milliseconds; the app
uses whole seconds from a QTimer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class Countdown(QObject):
    """Counts whole steps ("seconds") down to zero on a QTimer.

    Signals:
        ticked(int): the seconds left, at the start and after each tick
        elapsed(): the count reached zero (not emitted after :meth:`stop`)
    """

    ticked = Signal(int)
    elapsed = Signal()

    def __init__(self, parent: QObject | None = None, *, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def set_tick_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def start(self, seconds: int) -> None:
        self.left = max(1, seconds)
        self.ticked.emit(self.left)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.left = 0

    def active(self) -> bool:
        return self.timer.isActive()

    def _tick(self) -> None:
        self.left -= 1
        if self.left > 0:
            self.ticked.emit(self.left)
            return
        self.timer.stop()
        self.elapsed.emit()
