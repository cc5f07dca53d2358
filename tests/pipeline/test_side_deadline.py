"""Side checks never hold the verdict hostage: a router check and STUN name look-ups that
hang are left out at the deadline, and the report says so (the lab repeats this with a
real dead DNS server, tests/lab/test_lab_locate.py)."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.core.model import Mode, Verdict
from app.pipeline import session, side_checks
from app.pipeline.session import ContextOptions
from app.probes.options import ProbeOptions
from app.probes.target import Target
from tests.helpers import running_reflector


def test_hanging_side_checks_end_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def hanging_router(wait: float, internet_host: str) -> None:
        release.wait(10)  # like a gateway that never finishes answering

    def dead_dns(*args: object, **kwargs: object) -> object:
        release.wait(10)  # getaddrinfo with a DNS server that never answers
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(side_checks, "_identify_router", hanging_router)
    monkeypatch.setattr(socket, "getaddrinfo", dead_dns)
    context = ContextOptions(
        stun=(Target("stun1.example", 3478), Target("stun2.example", 3478)), side_deadline=0.8
    )
    try:
        with running_reflector() as r:
            started = time.monotonic()
            result = session.run_session(
                Mode.REFLECTOR,
                Target("127.0.0.1", r.sip_port),
                ProbeOptions(timeout=3, control_port=r.control_port),
                context,
                address="127.0.0.1",
            )
            elapsed = time.monotonic() - started
    finally:
        release.set()
    assert result.probe.verdict is Verdict.NO_ALG_DETECTED
    assert "router" in result.timed_out
    assert result.router is None
    assert result.nat is None or result.nat.error
    assert elapsed < 2.0, f"the side checks held the verdict for {elapsed:.1f} s"
