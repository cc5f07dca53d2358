"""The reflector as operators run it: metrics, both address families, health check, stop.

Everything here is real: a reflector on loopback (in this process or as the
``sipalg reflector`` command), real probes over UDP and TCP, a real HTTP GET of
``/metrics`` parsed with prometheus_client's own parser, real signals.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.probes.messages import Endpoint, build_probe
from app.protocols import stun
from app.protocols.sip import Request, Response, make_headers, parse_message, with_content_length
from app.reflector.callback import HEADER as CALLBACK_HEADER
from tests.helpers import free_port, reflector_command, running_reflector

pytest.importorskip("prometheus_client", reason="the 'reflector' extra (prometheus_client)")
from prometheus_client.parser import text_string_to_metric_families

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _ipv6_loopback() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


HAS_V6 = _ipv6_loopback()


def probe_wire(host: str, port: int, transport: str, method: str = "OPTIONS") -> bytes:
    return build_probe(
        method,
        local=Endpoint(host, 1),
        remote=Endpoint(host, port),
        transport=transport,
        rng=random.Random(),
    ).wire


def udp_ask(host: str, port: int, data: bytes, timeout: float = 2.0) -> bytes | None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(data, (host, port))
        try:
            return s.recv(65536)
        except TimeoutError:
            return None


def tcp_ask(host: str, port: int, data: bytes, timeout: float = 2.0) -> bytes:
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(data)
        return s.recv(65536)


def callback_request(local: tuple[str, int], port: int, delay: int, call_id: str) -> bytes:
    """A binding-lifetime call-back request, as the client's lifetime check sends it."""
    me = f"{local[0]}:{local[1]}"
    req = Request(
        "OPTIONS",
        f"sip:127.0.0.1:{port}",
        make_headers(
            [
                ("Via", f"SIP/2.0/UDP {me};branch=z9hG4bK{os.urandom(8).hex()};rport"),
                ("Max-Forwards", "70"),
                ("From", f"<sip:lifetime@{me}>;tag={os.urandom(4).hex()}"),
                ("To", f"<sip:127.0.0.1:{port}>"),
                ("Call-ID", call_id),
                ("CSeq", "1 OPTIONS"),
                (CALLBACK_HEADER, str(delay)),
            ]
        ),
    )
    return bytes(with_content_length(req))


def scrape(address: tuple[str, int]) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """GET /metrics and parse it: {(sample name, sorted labels): value}."""
    url = f"http://{address[0]}:{address[1]}/metrics"
    with urllib.request.urlopen(url, timeout=5) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"].startswith("text/plain")
        text = resp.read().decode()
    out = {}
    for fam in text_string_to_metric_families(text):
        for sample in fam.samples:
            out[sample.name, tuple(sorted(sample.labels.items()))] = sample.value
    return out


def m(samples: dict, name: str, **labels: str) -> float:  # type: ignore[type-arg]
    return samples["sipalg_reflector_" + name, tuple(sorted(labels.items()))]


def test_metrics_endpoint_counts_real_traffic() -> None:
    stun_port = free_port()
    # burst 6 with a negligible refill: the 7th message from 127.0.0.1 is refused
    with running_reflector(
        metrics=("127.0.0.1", 0),
        rate=0.001,
        burst=6,
        max_message=4096,
        stun_port=stun_port,
        stun_alt_port=free_port(),
    ) as r:
        address = r.reflector.bound["metrics", 0]
        before = scrape(address)
        assert m(before, "probes_answered_total", transport="udp", port=str(r.sip_port)) == 0.0
        lo = "127.0.0.1"
        # 1-2: UDP probes on the SIP and the control port; 3: TCP on the SIP port
        assert udp_ask(lo, r.sip_port, probe_wire(lo, r.sip_port, "udp")) is not None
        assert udp_ask(lo, r.control_port, probe_wire(lo, r.control_port, "udp")) is not None
        assert tcp_ask(lo, r.sip_port, probe_wire(lo, r.sip_port, "tcp")).startswith(b"SIP/2.0")
        # 4: a call-back request (answered at once, sent back in 30 s)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as cb:
            cb.bind((lo, 0))
            cb.settimeout(2)
            cb.sendto(callback_request(cb.getsockname(), r.sip_port, 30, "m1@t"), (lo, r.sip_port))
            ack = parse_message(cb.recv(65536))
            assert isinstance(ack, Response) and ack.status == 200
        # 5: garbage (ignored) then a valid probe (6) proves it was consumed
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(b"\x00garbage\r\n\r\n", (lo, r.sip_port))
            s.sendto(b"x" * 5000, (lo, r.sip_port))  # oversize: dropped before the limiter
        assert udp_ask(lo, r.sip_port, probe_wire(lo, r.sip_port, "udp")) is not None
        # 7-9: over the burst: refused by the rate limiter, unanswered
        for _ in range(3):
            assert udp_ask(lo, r.sip_port, probe_wire(lo, r.sip_port, "udp"), 0.3) is None
        # STUN is limited too, so a fresh reflector answers it below
        held = socket.create_connection((lo, r.control_port))  # an open TCP connection
        try:
            deadline = time.monotonic() + 5
            while r.call(lambda: r.reflector.open_tcp) != 1 and time.monotonic() < deadline:
                time.sleep(0.01)
            after = scrape(address)
        finally:
            held.close()
    sip, ctl = str(r.sip_port), str(r.control_port)
    assert m(after, "probes_answered_total", transport="udp", port=sip) == 2.0
    assert m(after, "probes_answered_total", transport="udp", port=ctl) == 1.0
    assert m(after, "probes_answered_total", transport="tcp", port=sip) == 1.0
    assert m(after, "probes_ignored_total", transport="udp", port=sip) == 1.0
    assert m(after, "callbacks_scheduled_total") == 1.0
    assert m(after, "callbacks_pending") == 1.0
    assert m(after, "rate_limited_total") == 3.0
    assert m(after, "rate_limited_sources_total") == 1.0
    assert m(after, "dropped_total", reason="oversize") == 1.0
    assert m(after, "tcp_connections_open") == 1.0
    assert m(after, "tcp_connections_accepted_total") == 2.0
    assert m(after, "errors_total", kind="internal") == 0.0
    if sys.platform == "linux":  # prometheus_client reads these from /proc
        assert after["process_resident_memory_bytes", ()] > 1e6


def test_metrics_count_stun_answers_and_refused_callbacks() -> None:
    stun_port = free_port()
    with running_reflector(
        metrics=("127.0.0.1", 0), stun_port=stun_port, stun_alt_port=free_port()
    ) as r:
        address = r.reflector.bound["metrics", 0]
        txid = os.urandom(12)
        answer = udp_ask("127.0.0.1", stun_port, stun.binding_request(txid))
        assert answer is not None and stun.is_stun(answer)
        assert udp_ask("127.0.0.1", stun_port, b"not stun at all", 0.3) is None
        # a call-back request with a delay beyond the maximum is refused (no answer)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as cb:
            cb.bind(("127.0.0.1", 0))
            cb.settimeout(0.3)
            wire = callback_request(cb.getsockname(), r.sip_port, 100_000, "m2@t")
            cb.sendto(wire, ("127.0.0.1", r.sip_port))
            with pytest.raises(TimeoutError):
                cb.recv(65536)
        after = scrape(address)
    assert m(after, "stun_answers_total") == 1.0
    assert m(after, "stun_ignored_total") == 1.0
    assert m(after, "callbacks_refused_total") == 1.0


def test_metrics_endpoint_closes_with_the_reflector() -> None:
    with running_reflector(metrics=("127.0.0.1", 0)) as r:
        address = r.reflector.bound["metrics", 0]
        assert scrape(address)
    with pytest.raises(OSError):
        scrape(address)


@pytest.mark.parametrize("transport", ["udp", "tcp"])
@pytest.mark.parametrize(
    "client",
    [
        "127.0.0.1",
        pytest.param(
            "::1", marks=pytest.mark.skipif(not HAS_V6, reason="no IPv6 loopback (::1) here")
        ),
    ],
)
def test_listen_any_v6_serves_both_families(transport: str, client: str) -> None:
    if not HAS_V6:
        pytest.skip("'::' needs IPv6; this machine has no IPv6 loopback (::1)")
    with running_reflector(listen="::", stun_port=None) as r:
        assert r.reflector.bound[transport, r.sip_port][0] == "::"
        wire = probe_wire(client, r.sip_port, transport)
        if transport == "udp":
            answer = udp_ask(client, r.sip_port, wire)
            assert answer is not None
        else:
            answer = tcp_ask(client, r.sip_port, wire)
        reply = parse_message(answer)
        assert isinstance(reply, Response) and reply.status == 200
        # the reflector reports the client's address as plain IPv4, not v4-mapped IPv6
        assert r.call(lambda: dict(r.reflector.answered_by)) == {(transport, r.sip_port): 1}


# --- the command: health check, clean stop, graceful call-backs ----------------------


def sipalg(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", "reflector", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_check_passes_against_a_running_reflector() -> None:
    with running_reflector(stun_port=None) as r:
        res = sipalg("--check", f"127.0.0.1:{r.sip_port}")
        assert res.returncode == 0, res.stdout + res.stderr
        assert res.stdout.startswith(f"reflector 127.0.0.1:{r.sip_port} answers: UDP ")
        assert " TCP " in res.stdout and res.stderr == ""
        # the port may come from --port too, and one transport may be left out
        res = sipalg("--check", "127.0.0.1", "--port", str(r.control_port), "--no-tcp")
        assert res.returncode == 0 and "TCP" not in res.stdout
        answered = r.call(lambda: dict(r.reflector.answered_by))
    assert answered == {("udp", r.sip_port): 1, ("tcp", r.sip_port): 1, ("udp", r.control_port): 1}


def test_check_fails_with_one_line_per_transport_when_nothing_answers() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))  # takes datagrams, never answers
        port = silent.getsockname()[1]
        started = time.monotonic()
        res = sipalg("--check", f"127.0.0.1:{port}", "--check-timeout", "1")
        took = time.monotonic() - started
    assert res.returncode == 1
    udp, tcp = res.stdout.splitlines()
    assert udp == f"reflector check failed: 127.0.0.1:{port} over UDP: no answer within 1 s"
    # the reason is the OS's own words ("Connection refused" on Linux)
    assert tcp.startswith(
        f"reflector check failed: 127.0.0.1:{port} over TCP: no connection within 1 s "
        "(cannot connect: "
    )
    assert 2 <= took < 10  # each transport waited its full second
    port = free_port()  # nothing at all there: ICMP port unreachable, said so
    res = sipalg("--check", f"127.0.0.1:{port}", "--check-timeout", "0.5", "--no-tcp")
    assert res.returncode == 1 and res.stdout.endswith(
        "(ICMP port unreachable: nothing listens there)\n"
    )


@POSIX_ONLY
def test_check_started_before_the_reflector_waits_for_it() -> None:
    """systemd runs ExecStartPost as soon as the reflector's process exists."""
    port = free_port()
    check = subprocess.Popen(
        [
            *(sys.executable, "-m", "app.cli.main", "reflector"),
            *("--check", f"127.0.0.1:{port}", "--check-timeout", "8"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    proc = subprocess.Popen(
        reflector_command(port, free_port(), "--stun-port", "0"), stderr=subprocess.DEVNULL
    )
    try:
        out, _ = check.communicate(timeout=30)
        assert check.returncode == 0, out
        assert out.startswith(f"reflector 127.0.0.1:{port} answers: UDP ")
    finally:
        proc.terminate()
        assert proc.wait(10) == 0


def test_check_fails_when_something_else_answers_on_tcp() -> None:
    with socket.create_server(("127.0.0.1", 0)) as srv:
        port = srv.getsockname()[1]
        proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "app.cli.main", "reflector"),
                *("--check", f"127.0.0.1:{port}", "--no-udp", "--check-timeout", "3"),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        conn, _ = srv.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 1
    assert out.startswith(f"reflector check failed: 127.0.0.1:{port} over TCP: ")


@pytest.mark.parametrize("args, words", [(["--check", "[::1"], "needs ADDR:PORT")])
def test_check_usage_error_is_one_line(args: list[str], words: str) -> None:
    res = sipalg(*args)
    assert res.returncode == 2 and words in res.stderr and res.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args, words",
    [
        (["--metrics", "127.0.0.1"], "the port is missing"),
        (["--metrics", "localhost:9100"], "--metrics needs an IP address"),
        (["--metrics", "127.0.0.1:99999"], "needs ADDR:PORT"),
        (["--shutdown-grace", "nan"], "not a number from 0 to 60"),
    ],
)
def test_metrics_and_grace_usage_errors(args: list[str], words: str) -> None:
    res = sipalg("--listen", "127.0.0.1", *args)
    assert res.returncode == 2 and words in res.stderr and res.stderr.count("\n") == 1


def test_metrics_port_in_use_is_one_line_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        res = subprocess.run(
            [
                *reflector_command(free_port(), free_port(), "--stun-port", "0"),
                *("--metrics", f"127.0.0.1:{port}"),
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
    last = res.stderr.splitlines()[-1]
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert last.endswith(f"cannot listen on metrics 127.0.0.1:{port}: Address already in use")


@pytest.fixture
def reflector_process() -> Iterator[tuple[subprocess.Popen[str], int, int, list[str]]]:
    """``sipalg reflector`` on loopback; yields (process, SIP port, metrics port, stderr lines)."""
    port, metrics = free_port(), free_port()
    proc = subprocess.Popen(
        [
            *reflector_command(port, free_port(), "--stun-port", "0", "--shutdown-grace", "2"),
            *("--metrics", f"127.0.0.1:{metrics}"),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        lines.append(first)
        assert json.loads(first)["event"] == "start", first
        yield proc, port, metrics, lines
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def _finish(proc: subprocess.Popen[str], lines: list[str], timeout: float) -> list[str]:
    assert proc.wait(timeout=timeout) == 0
    assert proc.stderr is not None
    lines += proc.stderr.readlines()
    return lines


@POSIX_ONLY
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_stop_with_open_tcp_connections_is_clean(
    reflector_process: tuple[subprocess.Popen[str], int, int, list[str]], sig: signal.Signals
) -> None:
    proc, port, metrics, lines = reflector_process
    idle = socket.create_connection(("127.0.0.1", port))
    partial = socket.create_connection(("127.0.0.1", port))
    partial.sendall(probe_wire("127.0.0.1", port, "tcp")[:40])  # half a message
    try:
        deadline = time.monotonic() + 5
        while m(scrape(("127.0.0.1", metrics)), "tcp_connections_open") < 2:
            assert time.monotonic() < deadline, "connections not seen by the reflector"
            time.sleep(0.02)
        proc.send_signal(sig)
        err = "".join(_finish(proc, lines, 10))
        idle.settimeout(3)
        assert idle.recv(10) == b""  # closed by the reflector, not left hanging
    finally:
        idle.close()
        partial.close()
    assert "Traceback" not in err and "CancelledError" not in err
    events = [json.loads(line)["event"] for line in err.splitlines()]
    assert events[-2:] == ["stop", "shutdown"]


@POSIX_ONLY
def test_stop_sends_callbacks_due_within_grace_and_drops_the_rest(
    reflector_process: tuple[subprocess.Popen[str], int, int, list[str]],
) -> None:
    proc, port, _, lines = reflector_process
    soon = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    late = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        for sock, delay, call_id in ((soon, 1, "soon@t"), (late, 60, "late@t")):
            sock.bind(("127.0.0.1", 0))
            sock.settimeout(3)
            sock.sendto(
                callback_request(sock.getsockname(), port, delay, call_id), ("127.0.0.1", port)
            )
            ack = parse_message(sock.recv(65536))
            assert isinstance(ack, Response) and ack.get("Call-ID") == call_id
        stopped_at = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        callback = parse_message(soon.recv(65536))  # still sent, during the grace period
        assert isinstance(callback, Request) and callback.get("Call-ID") == "soon@t"
        err = _finish(proc, lines, 10)
        took = time.monotonic() - stopped_at
        late.settimeout(0.2)
        with pytest.raises(TimeoutError):
            late.recv(65536)  # dropped: its time was 60 s away
    finally:
        soon.close()
        late.close()
    assert took < 2 + 1.5  # the grace period, not the 60 s call-back
    docs = [json.loads(line) for line in err]
    dropped = [d for d in docs if d["event"] == "callbacks_dropped"]
    assert len(dropped) == 1 and dropped[0]["dropped"] == 1 and dropped[0]["level"] == "warning"
    stop = next(d for d in docs if d["event"] == "stop")
    assert stop["callback_sent"] == 1 and stop["callback_dropped"] == 1
    assert "Traceback" not in "".join(err)


def test_every_metric_the_operator_guide_names_is_served() -> None:
    """packaging/reflector/README.md (its table and alert rules) names only real metrics."""
    from pathlib import Path

    readme = Path(__file__).resolve().parents[2] / "packaging" / "reflector" / "README.md"
    named = set(re.findall(r"\b(?:sipalg_reflector|process)_[a-z_]+[a-z]", readme.read_text()))
    assert "sipalg_reflector_errors_total" in named and len(named) > 15
    if sys.platform != "linux":  # prometheus_client reads the process metrics from /proc
        named = {n for n in named if not n.startswith("process_")}
    with running_reflector(metrics=("127.0.0.1", 0), stun_port=None) as r:
        served = {name for name, _ in scrape(r.reflector.bound["metrics", 0])}
    assert named <= served, sorted(named - served)


@given(st.text(max_size=80))
def test_fuzz_address_option_parser(text: str) -> None:
    """--metrics / --check text: an address and port, or a one-line CliError; nothing else."""
    from app.cli.common import CliError
    from app.cli.reflector_cmd import _split_address

    try:
        host, port = _split_address("--metrics", text, None)
    except CliError as exc:
        assert "\n" not in str(exc)
    else:
        assert host and 1 <= port <= 65535


@given(st.binary(max_size=600))
def test_fuzz_health_check_answer_reader(data: bytes) -> None:
    """Whatever a server sends back, the check's reader says yes or no, never raises."""
    from app.reflector.health import _verify

    assert _verify(data, "abc@sipalg-health") in (True, False)


def test_check_with_a_typo_is_a_one_line_usage_error() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "reflector", "--check", "a b"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "not a valid host name" in res.stderr
