"""``CancelToken``: Stop from any thread reaches the run at once, and waiters always wake."""

from __future__ import annotations

import threading
import time

import pytest

from app.core.progress import CancelToken


def test_callbacks_run_once_and_late_ones_run_at_once() -> None:
    token = CancelToken()
    calls: list[str] = []
    remove = token.add_callback(lambda: calls.append("a"))
    token.add_callback(lambda: calls.append("b"))
    remove()
    token.cancel()
    token.cancel()
    assert token.cancelled
    assert calls == ["b"]
    token.add_callback(lambda: calls.append("late"))  # already cancelled: runs now
    assert calls == ["b", "late"]


def test_wait_times_out_false_and_returns_true_when_already_cancelled() -> None:
    token = CancelToken()
    started = time.monotonic()
    assert token.wait(0.05) is False
    assert time.monotonic() - started >= 0.04
    token.cancel()
    assert token.wait(10) is True  # at once


def test_a_cancel_from_another_thread_wakes_the_waiter() -> None:
    token = CancelToken()
    waiting = threading.Event()
    result: list[bool] = []

    def waiter() -> None:
        waiting.set()
        result.append(token.wait(10))

    thread = threading.Thread(target=waiter)
    thread.start()
    assert waiting.wait(5)
    started = time.monotonic()
    token.cancel()
    thread.join(5)
    assert result == [True]
    assert time.monotonic() - started < 5


def test_a_failing_callback_does_not_keep_a_waiter_asleep() -> None:
    token = CancelToken()
    result: list[bool] = []
    waiting = threading.Event()

    def boom() -> None:
        raise RuntimeError("a loop that was already closed")

    token.add_callback(boom)

    def waiter() -> None:
        waiting.set()
        result.append(token.wait(10))

    thread = threading.Thread(target=waiter)
    thread.start()
    assert waiting.wait(5)
    with pytest.raises(RuntimeError):
        token.cancel()
    thread.join(5)
    assert result == [True]
