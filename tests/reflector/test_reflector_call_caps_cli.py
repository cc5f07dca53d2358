"""``sipalg reflector --max-calls N --max-calls-per-source N`` reach the running reflector.

The real command runs as its own process; test-call INVITEs come from three
loopback addresses (Linux answers on all of 127.0.0.0/8), and the answers
show which caps apply: 200 while there is room, 503 once a cap is reached.
"""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
import time

import pytest

from app.protocols import call_report
from app.protocols.sdp_offer import build_sdp
from app.protocols.sip import Response, parse_message
from app.reflector.health import check
from tests.helpers import free_port, reflector_command


def _invite(sock: socket.socket, port: int, call_id: str) -> None:
    host, sport = sock.getsockname()
    sdp = build_sdp(address=host, session_id=1, media_port=40_000, formats=(0,))
    wire = (
        f"INVITE sip:echo@127.0.0.1:{port} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP {host}:{sport};branch=z9hG4bK{secrets.token_hex(6)};rport\r\n"
        "Max-Forwards: 70\r\n"
        f"From: <sip:t@{host}:{sport}>;tag=abc\r\n"
        "To: <sip:echo@127.0.0.1>\r\n"
        f"Call-ID: {call_id}\r\n"
        "CSeq: 1 INVITE\r\n"
        f"{call_report.HEADER}: seconds=5\r\n"
        "Content-Type: application/sdp\r\n"
        f"Content-Length: {len(sdp)}\r\n\r\n"
    ).encode() + sdp
    sock.sendto(wire, ("127.0.0.1", port))


def _final(sock: socket.socket, call_id: str) -> int:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        msg = parse_message(sock.recv(65536))
        if isinstance(msg, Response) and msg.get("Call-ID") == call_id and msg.status >= 200:
            return msg.status
    raise AssertionError(f"no final answer for {call_id}")


@pytest.mark.skipif(
    sys.platform != "linux", reason="only Linux answers on all of 127.0.0.0/8 by default"
)
def test_call_caps_from_the_command_line_apply() -> None:
    port, ctl = free_port(), free_port()
    cmd = reflector_command(
        port, ctl, "--rate", "0", "--max-calls", "2", "--max-calls-per-source", "1"
    )
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    socks = []
    try:
        deadline = time.monotonic() + 20
        while any(r.problem for r in check("127.0.0.1", port, ("udp",), 1.0)):
            assert time.monotonic() < deadline and proc.poll() is None, "reflector did not start"
        for host in ("127.0.0.1", "127.0.0.2", "127.0.0.3"):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind((host, 0))
            s.settimeout(5)
            socks.append(s)
        a, b, c = socks
        _invite(a, port, "first")
        assert _final(a, "first") == 200
        _invite(a, port, "same-source")
        assert _final(a, "same-source") == 503  # --max-calls-per-source 1 (default 4)
        _invite(b, port, "second")
        assert _final(b, "second") == 200
        _invite(c, port, "third")
        assert _final(c, "third") == 503  # --max-calls 2 (default 256)
    finally:
        for s in socks:
            s.close()
        proc.terminate()
        proc.wait(20)


def test_a_zero_call_cap_is_a_one_line_usage_error() -> None:
    for opt in ("--max-calls", "--max-calls-per-source"):
        res = subprocess.run(
            [sys.executable, "-m", "app.cli.main", "reflector", opt, "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert res.returncode == 2, res
        assert res.stderr.strip().count("\n") == 0 and opt in res.stderr
