"""The reflector as an internet service: real sockets on loopback.

It must keep serving after garbage, oversize datagrams and half-open or
trickling TCP; keep its answers within 3x on UDP; rate-limit per source; and
stop cleanly on SIGTERM.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time

import pytest

from app.core.model import Mode, Status, Transport, Verdict
from app.probes.messages import Endpoint, build_probe
from app.probes.options import ProbeOptions
from app.probes.target import Target
from app.protocols.sip import Response, parse_message
from tests.helpers import free_port, reflector_command, running_reflector


def udp_probe(port: int, data: bytes, timeout: float = 2.0) -> bytes | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(data, ("127.0.0.1", port))
        try:
            return s.recv(65536)
        except TimeoutError:
            return None


def options_wire(port: int) -> bytes:
    return build_probe(
        "OPTIONS",
        local=Endpoint("127.0.0.1", 1),
        remote=Endpoint("127.0.0.1", port),
        transport="udp",
        rng=random.Random(),
    ).wire


def test_full_probe_against_loopback_reflector_is_clean() -> None:
    with running_reflector() as r:
        result = r.probe(timeout=5)
    assert result.verdict is Verdict.NO_ALG_DETECTED
    for t in (Transport.UDP, Transport.TCP):
        tr = result.transports[t]
        assert tr.status is Status.CLEAN
        assert len(tr.exchanges) == 6 and all(ex.answered for ex in tr.exchanges)
        assert all(ex.outbound_checked and ex.inbound_checked for ex in tr.exchanges)


def test_a_failing_side_check_costs_its_section_not_the_verdict(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Router identification reads whatever the LAN sends; a bug there must not end the run."""
    from app.pipeline import session, side_checks

    def broken(wait: float, internet_host: str) -> None:
        raise ValueError("Invalid IPv6 URL")  # what a hostile LOCATION once leaked

    monkeypatch.setattr(side_checks, "_identify_router", broken)  # the side checks' own module
    with running_reflector() as r:
        result = session.run_session(
            Mode.REFLECTOR,
            Target("127.0.0.1", r.sip_port),
            ProbeOptions(timeout=5, control_port=r.control_port),
            session.ContextOptions(stun=(), router=True),
        )
    assert result.probe.verdict is Verdict.NO_ALG_DETECTED
    assert result.router is None
    assert "side check failed" in caplog.text and "Invalid IPv6 URL" in caplog.text


def test_keeps_serving_after_garbage_and_oversize() -> None:
    with running_reflector(max_message=4096) as r:
        rng = random.Random(5)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for batch in range(12):
                for _ in range(25):
                    s.sendto(rng.randbytes(rng.randrange(0, 1400)), ("127.0.0.1", r.sip_port))
                if batch == 6:
                    s.sendto(b"x" * 9000, ("127.0.0.1", r.sip_port))
                # a valid probe after each batch: answered means the batch was consumed
                # (the socket is FIFO), and keeps loopback bursts below the buffer size
                answer = udp_probe(r.sip_port, options_wire(r.sip_port))
                assert answer is not None and isinstance(parse_message(answer), Response)
        stats = r.call(lambda: dict(r.reflector.stats))
        assert stats["oversize"] == 1 and stats["answered"] == 12
        assert stats["ignored"] == stats["udp_in"] - 13 >= 290  # 300 garbage, few may parse
        assert stats.get("internal_error", 0) == 0


def test_amplification_on_udp_is_at_most_3x() -> None:
    with running_reflector() as r:
        sent = received = 0
        for method in ("INVITE", "REGISTER", "OPTIONS"):
            data = build_probe(
                method,
                local=Endpoint("127.0.0.1", 1),
                remote=Endpoint("127.0.0.1", r.sip_port),
                transport="udp",
                rng=random.Random(1),
            ).wire
            answer = udp_probe(r.sip_port, data)
            assert answer is not None
            assert len(answer) <= 3 * len(data)
            sent, received = sent + len(data), received + len(answer)
        assert received / sent <= 3


def test_half_open_and_trickling_tcp_are_closed_and_others_still_served() -> None:
    with (
        running_reflector(tcp_idle_timeout=0.3, tcp_message_deadline=0.6) as r,
        socket.create_connection(("127.0.0.1", r.sip_port)) as idle,
        socket.create_connection(("127.0.0.1", r.sip_port)) as trickle,
    ):
        idle.settimeout(3)
        trickle.settimeout(3)
        # a healthy client is served meanwhile
        result = r.probe(timeout=3, transports=(Transport.TCP,))
        assert result.transports[Transport.TCP].status is Status.CLEAN
        assert idle.recv(10) == b""  # closed by the idle time-out
        deadline = time.monotonic() + 3
        closed = False
        while time.monotonic() < deadline:
            try:
                trickle.send(b"O")  # one byte at a time, never a whole message
            except OSError:
                closed = True
                break
            trickle.settimeout(0.1)
            try:
                if trickle.recv(10) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
            except OSError:  # closed with our unread byte pending: the kernel sends a reset
                closed = True
                break
        assert closed, "a trickling connection must be closed by the message deadline"
        idle.close()
        trickle.close()
        stats = r.call(lambda: dict(r.reflector.stats))
        assert stats["tcp_idle_closed"] >= 2


def test_tcp_garbage_closes_only_that_connection() -> None:
    with running_reflector() as r:
        with socket.create_connection(("127.0.0.1", r.sip_port)) as bad:
            bad.settimeout(3)
            bad.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            assert bad.recv(100) == b""
        with socket.create_connection(("127.0.0.1", r.sip_port)) as good:
            good.settimeout(3)
            wire = build_probe(
                "OPTIONS",
                local=Endpoint("127.0.0.1", 1),
                remote=Endpoint("127.0.0.1", r.sip_port),
                transport="tcp",
                rng=random.Random(2),
            ).wire
            good.sendall(wire)
            assert good.recv(65536).startswith(b"SIP/2.0 200 OK")


def test_rate_limit_per_source() -> None:
    with running_reflector(rate=1, burst=2) as r:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(0.5)
            for _ in range(6):
                s.sendto(options_wire(r.sip_port), ("127.0.0.1", r.sip_port))
            answers = 0
            try:
                while True:
                    s.recv(65536)
                    answers += 1
            except TimeoutError:
                pass
        assert answers == 2
        assert r.call(lambda: r.reflector.stats["rate_limited"]) == 4


def test_tcp_connection_cap_per_source() -> None:
    with running_reflector(max_tcp_per_source=2) as r:
        conns = [socket.create_connection(("127.0.0.1", r.sip_port)) for _ in range(2)]
        extra = socket.create_connection(("127.0.0.1", r.sip_port))
        extra.settimeout(3)
        assert extra.recv(10) == b""  # refused by closing at once
        for c in (*conns, extra):
            c.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_cli_reflector_logs_json_and_stops_on_sigterm() -> None:
    port, ctl = free_port(), free_port()
    proc = subprocess.Popen(
        reflector_command(port, ctl),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        first = json.loads(proc.stderr.readline())
        assert first["event"] == "start" and first["sip_port"] == port
        assert udp_probe(port, options_wire(port)) is not None
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        events = [json.loads(line)["event"] for line in proc.stderr]
        assert "probe" in events and events[-1] == "shutdown"
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def test_cli_reflector_port_in_use_is_one_line_error() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", 0))
        port = busy.getsockname()[1]
        res = subprocess.run(
            reflector_command(port, free_port()),
            capture_output=True,
            text=True,
            timeout=20,
        )
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 + sum('"event"' in ln for ln in res.stderr.splitlines()[:-1])
    assert "cannot listen" in res.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    "args, words",
    [
        (["--listen", "not-an-ip"], "needs an IP address"),
        (["--port", "70000"], "not a port"),
        (["--no-udp", "--no-tcp"], "nothing to serve"),
        # NaN passes every "< 0" check and would switch rate limiting off
        (["--rate", "nan"], "not a number from 0"),
        (["--burst", "inf"], "not a number from 1"),
        (["--burst", "0.5"], "not a number from 1"),
        (["--tcp-idle-timeout", "-5"], "between 0 and 3600"),
        (["--tcp-idle-timeout", "1e309"], "not a number of seconds"),
        (["--stun-port", "٣٤٧٨"], "not a port"),
    ],
)
def test_cli_reflector_usage_errors(args: list[str], words: str) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "reflector", *args],
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert res.returncode == 2 and words in res.stderr and res.stderr.count("\n") == 1
