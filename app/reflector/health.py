"""``sipalg reflector --check HOST[:PORT]``: does a reflector answer SIP, right now?

A health check for the container file (``HEALTHCHECK``) and the systemd unit
(``ExecStartPost``). It asks what matters, the SIP answer path itself, rather
than an HTTP side door that can be up while the listeners are not: one small
OPTIONS over UDP (retransmitted, as UDP may drop one) and one over TCP, each
answered with a ``200`` carrying our Call-ID. A refused connection or an ICMP
"port unreachable" is retried until the time-out, so a check started together
with the reflector (systemd's ExecStartPost) waits for it to listen. It needs
nothing the reflector's image lacks (slim images have no curl), only the
``sipalg`` command itself.

Plain blocking sockets with deadlines: a one-shot command needs no event loop.
"""

from __future__ import annotations

import secrets
import socket
import time
from dataclasses import dataclass

from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Header, Request, Response, StreamFramer, join_hostport, parse_message

UDP_RETRANSMIT = 0.5  # seconds between UDP attempts, within the overall time-out


class CheckFailed(Exception):
    """One transport did not answer as a reflector does; the message says how."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    transport: str
    seconds: float | None  # round trip, when answered
    problem: str | None = None


def _options(target: str, transport: str, local: tuple[str, int]) -> tuple[bytes, str]:
    call_id = secrets.token_hex(8) + "@sipalg-health"
    branch = "z9hG4bK" + secrets.token_hex(8)
    req = Request(
        "OPTIONS",
        f"sip:{target}",
        (
            Header("Via", f"SIP/2.0/{transport.upper()} {join_hostport(*local)};branch={branch}"),
            Header("Max-Forwards", "70"),
            Header("From", f"<sip:health@sipalg.invalid>;tag={secrets.token_hex(4)}"),
            Header("To", f"<sip:{target}>"),
            Header("Call-ID", call_id),
            Header("CSeq", "1 OPTIONS"),
            Header("Content-Length", "0"),
        ),
    )
    return bytes(req), call_id


def _verify(data: bytes, call_id: str) -> bool:
    try:
        msg = parse_message(data)
    except RemoteProtocolError:
        return False
    return isinstance(msg, Response) and msg.status == 200 and msg.get("Call-ID") == call_id


def _address(
    host: str, port: int, kind: socket.SocketKind
) -> tuple[socket.AddressFamily, tuple[str, int]]:
    try:
        infos = socket.getaddrinfo(host, port, type=kind)
    except socket.gaierror as exc:
        raise CheckFailed(f"cannot resolve {host!r}: {exc.strerror}") from None
    family, _, _, _, sockaddr = infos[0]
    return family, (str(sockaddr[0]), int(sockaddr[1]))


def check_udp(host: str, port: int, timeout: float) -> float:
    family, addr = _address(host, port, socket.SOCK_DGRAM)
    why = ""
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.connect(addr)  # only this peer's datagrams, and ICMP errors reported
        local = sock.getsockname()
        wire, call_id = _options(join_hostport(*addr), "udp", (local[0], local[1]))
        start = time.monotonic()
        deadline = start + timeout
        while (now := time.monotonic()) < deadline:
            resend = min(deadline, now + UDP_RETRANSMIT)
            try:
                sock.send(wire)
                while (left := resend - time.monotonic()) > 0:
                    sock.settimeout(left)
                    if _verify(sock.recv(65536), call_id):
                        return time.monotonic() - start
            except TimeoutError:
                pass
            except (ConnectionRefusedError, ConnectionResetError):
                # Nothing listens (yet: at start-up the check may race the reflector).
                # Linux reports the ICMP error as refused, Windows as reset.
                why = " (ICMP port unreachable: nothing listens there)"
                time.sleep(max(0.0, resend - time.monotonic()))
    raise CheckFailed(f"no answer within {timeout:g} s{why}")


def _connect(addr: tuple[str, int], deadline: float, timeout: float) -> socket.socket:
    """Connect, retrying a refused connection until the deadline (start-up races)."""
    why = ""
    while (left := deadline - time.monotonic()) > 0:
        try:
            return socket.create_connection(addr, timeout=left)
        except TimeoutError:
            break
        except OSError as exc:
            why = f" (cannot connect: {exc.strerror or exc})"
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
    raise CheckFailed(f"no connection within {timeout:g} s{why}")


def check_tcp(host: str, port: int, timeout: float) -> float:
    _, addr = _address(host, port, socket.SOCK_STREAM)
    start = time.monotonic()
    deadline = start + timeout
    with _connect(addr, deadline, timeout) as sock:
        local = sock.getsockname()
        wire, call_id = _options(join_hostport(*addr), "tcp", (local[0], local[1]))
        framer = StreamFramer()
        try:
            sock.sendall(wire)
            while (left := deadline - time.monotonic()) > 0:
                sock.settimeout(left)
                data = sock.recv(65536)
                if not data:
                    raise CheckFailed("connection closed without an answer")
                for frame in framer.feed(data):
                    if _verify(frame, call_id):
                        return time.monotonic() - start
                    raise CheckFailed("the answer is not a reflector's 200 OK")
        except TimeoutError:
            pass
        except RemoteProtocolError as exc:
            raise CheckFailed(f"unreadable answer: {exc}") from None
        except OSError as exc:
            raise CheckFailed(f"connection failed: {exc.strerror or exc}") from None
    raise CheckFailed(f"no answer within {timeout:g} s")


def check(host: str, port: int, transports: tuple[str, ...], timeout: float) -> list[CheckResult]:
    """Check each transport in turn; every result says answered (with the time) or why not."""
    checks = {"udp": check_udp, "tcp": check_tcp}
    results = []
    for transport in transports:
        try:
            results.append(CheckResult(transport, checks[transport](host, port, timeout)))
        except CheckFailed as exc:
            results.append(CheckResult(transport, None, str(exc)))
    return results
