"""The probe runner: sockets, retransmission, one deadline, cancellation, progress.

For each transport (UDP, TCP), run concurrently, we open one socket per port
(the SIP port and, against a reflector, the control port) and send each probe
request as its own SIP client transaction:

* UDP retransmits on RFC 3261 timer A/E (T1, 2·T1, 4·T1, … capped at T2;
  §17.1.1.2, §17.1.2.2) until a final answer or the deadline. A provisional
  answer to an INVITE stops the retransmissions (§17.1.1.2). A non-2xx final
  answer to an INVITE is ACKed (§17.1.1.3).
* TCP sends the requests one after another on one connection (as a phone
  does) and cuts the stream with :class:`StreamFramer`. Connecting with the
  local port known lets the probe put the *real* source port in Via and
  Contact, which is what a kernel ALG matches before rewriting.

One deadline covers everything; an exchange that has not finished by then
counts as unanswered. Cancellation comes from a :class:`CancelToken` (any
thread) and takes effect immediately via ``call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.core.model import (
    Exchange,
    PortRole,
    ProbeResult,
    Status,
    Transport,
    TransportResult,
    Verdict,
)
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.diagnosis.verdict import transport_status, verdict
from app.probes.analysis import analyse_answer
from app.probes.messages import METHODS, BuiltProbe, Endpoint, build_ack, build_probe
from app.probes.target import Target, resolve
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Response, StreamFramer, parse_message, parse_via

DEFAULT_CONTROL_PORT = 5080


@dataclass(frozen=True)
class ProbeOptions:
    timeout: float = 5.0
    t1: float = 0.5  # RFC 3261 §17.1.1.1 default
    t2: float = 4.0
    transports: tuple[Transport, ...] = (Transport.UDP, Transport.TCP)
    control_port: int = DEFAULT_CONTROL_PORT
    methods: tuple[str, ...] = METHODS
    seed: int | None = None


@dataclass
class _Run:
    """Shared state of one probe run."""

    mode: str
    target: Target
    address: str
    options: ProbeOptions
    progress: ProgressCallback
    rng: random.Random
    deadline: float
    total: int
    done: int = 0
    finished: list[Exchange] = field(default_factory=list)

    def remaining(self) -> float:
        return max(0.0, self.deadline - asyncio.get_running_loop().time())

    def record(self, ex: Exchange) -> Exchange:
        self.finished.append(ex)
        self.done += 1
        what = "answered" if ex.answered else (ex.error or "no answer")
        self.progress(Progress(
            self.done, self.total,
            f"{ex.transport.value.upper()} port {ex.port}: {ex.method} {what}",
            item=f"{ex.transport.value}:{ex.port}:{ex.method}", ok=ex.answered,
        ))
        return ex

    def build(self, method: str, local: tuple[str, int], port: int, transport: str) -> BuiltProbe:
        return build_probe(
            method, local=Endpoint(*local), remote=Endpoint(self.address, port),
            transport=transport, rng=self.rng, remote_name=self.target.host,
            to_server=self.mode == "provider",
        )

    def evidence_exchange(self, probe: BuiltProbe, transport: Transport, port: int,
                          role: PortRole, local: tuple[str, int], answer_raw: bytes,
                          answer: Response, attempts: int, rtt: float) -> Exchange:
        ev = analyse_answer(
            sent=probe.wire, request=probe.request, answer_raw=answer_raw, answer=answer,
            transport=transport.value, port=port, local=local, server_host=self.address,
        )
        return Exchange(
            transport=transport, port=port, role=role, method=probe.method, answered=True,
            attempts=attempts, rtt_ms=round(rtt * 1000, 2), changes=ev.changes,
            outbound_checked=ev.outbound_checked, inbound_checked=ev.inbound_checked,
            local=local, seen_as=ev.seen_as, status_code=answer.status,
        )


def _describe_oserror(exc: OSError) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (nothing listens on that port)"
    if isinstance(exc, TimeoutError):
        return "timed out"
    text = exc.strerror or exc.__class__.__name__
    return text[:1].lower() + text[1:]


# --- UDP ------------------------------------------------------------------------------


class _UdpClient(asyncio.DatagramProtocol):
    """Delivers each answer to the transaction whose Via branch / Call-ID it carries."""

    def __init__(self) -> None:
        self.waiters: dict[str, asyncio.Queue[tuple[bytes, Response]]] = {}
        self.error: OSError | None = None
        self.error_event = asyncio.Event()

    def datagram_received(self, data: bytes, addr: object) -> None:
        try:
            msg = parse_message(data)
        except RemoteProtocolError:
            return  # garbage on our port: not an answer to anything
        if not isinstance(msg, Response):
            return
        keys = [msg.get("Call-ID") or ""]
        vias = msg.get_all("Via")
        if vias:
            with contextlib.suppress(RemoteProtocolError):
                keys.insert(0, parse_via(vias[0]).param("branch") or "")
        for key in keys:
            queue = self.waiters.get(key)
            if queue is not None:
                queue.put_nowait((data, msg))
                return

    def error_received(self, exc: Exception) -> None:
        if isinstance(exc, OSError):  # ICMP: port unreachable, host unreachable, ...
            self.error = exc
            self.error_event.set()


async def _udp_transaction(run: _Run, proto: _UdpClient, sock: asyncio.DatagramTransport,
                           probe: BuiltProbe, port: int, role: PortRole,
                           local: tuple[str, int]) -> Exchange:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[bytes, Response]] = asyncio.Queue()
    proto.waiters[probe.branch] = queue
    proto.waiters[probe.call_id] = queue
    attempts = 0
    interval = run.options.t1
    retransmit = True
    started = loop.time()
    next_send = started
    error: str | None = None
    try:
        while True:
            now = loop.time()
            if retransmit and now >= next_send:
                try:
                    sock.sendto(probe.wire)
                except OSError as exc:
                    error = _describe_oserror(exc)
                    break
                attempts += 1
                next_send = now + interval
                interval = min(interval * 2, run.options.t2)
            wait_until = min(run.deadline, next_send) if retransmit else run.deadline
            if wait_until <= now:
                if now >= run.deadline:
                    error = "no answer before the deadline"
                    break
                continue
            get = asyncio.ensure_future(queue.get())
            err = asyncio.ensure_future(proto.error_event.wait())
            done, _ = await asyncio.wait({get, err}, timeout=wait_until - now,
                                         return_when=asyncio.FIRST_COMPLETED)
            for fut in (get, err):
                if fut not in done:
                    fut.cancel()
            if get in done:
                raw, answer = get.result()
                if answer.status < 200:
                    if probe.method == "INVITE":
                        retransmit = False  # §17.1.1.2: provisional answer, wait for the final one
                    continue
                rtt = loop.time() - started
                if probe.method == "INVITE":
                    with contextlib.suppress(OSError):
                        sock.sendto(build_ack(probe, answer.get("To") or ""))
                return run.record(run.evidence_exchange(
                    probe, Transport.UDP, port, role, local, raw, answer, attempts, rtt))
            if err in done and proto.error is not None:
                error = _describe_oserror(proto.error)
                if isinstance(proto.error, ConnectionRefusedError):
                    error = "port closed (the server host said nothing listens there)"
                break
    finally:
        proto.waiters.pop(probe.branch, None)
        proto.waiters.pop(probe.call_id, None)
    return run.record(Exchange(Transport.UDP, port, role, probe.method, answered=False,
                               attempts=attempts, error=error, local=local))


async def _udp_port(run: _Run, port: int, role: PortRole) -> list[Exchange]:
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in run.address else socket.AF_INET
    try:
        sock, proto = await loop.create_datagram_endpoint(
            _UdpClient, remote_addr=(run.address, port), family=family)
    except OSError as exc:
        reason = _describe_oserror(exc)
        return [run.record(Exchange(Transport.UDP, port, role, m, answered=False, error=reason))
                for m in run.options.methods]
    try:
        name = sock.get_extra_info("sockname")
        local = (str(name[0]), int(name[1]))
        probes = [run.build(m, local, port, "udp") for m in run.options.methods]
        return list(await asyncio.gather(
            *(_udp_transaction(run, proto, sock, p, port, role, local) for p in probes)))
    finally:
        sock.close()


# --- TCP ------------------------------------------------------------------------------


async def _tcp_port(run: _Run, port: int, role: PortRole) -> list[Exchange]:
    methods = list(run.options.methods)
    out: list[Exchange] = []

    def fail_rest(reason: str, local: tuple[str, int] | None = None) -> list[Exchange]:
        for m in methods[len(out):]:
            out.append(run.record(Exchange(Transport.TCP, port, role, m, answered=False,
                                           error=reason, local=local)))
        return out

    loop = asyncio.get_running_loop()
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(run.address, port), timeout=run.remaining())
    except TimeoutError:
        return fail_rest("the connection attempt got no answer before the deadline")
    except OSError as exc:
        return fail_rest(_describe_oserror(exc))
    name = writer.get_extra_info("sockname")
    local = (str(name[0]), int(name[1]))
    framer = StreamFramer()
    try:
        for method in methods:
            probe = run.build(method, local, port, "tcp")
            started = loop.time()
            writer.write(probe.wire)
            answer: tuple[bytes, Response] | None = None
            while answer is None:
                data = await asyncio.wait_for(reader.read(65536), timeout=run.remaining())
                if not data:
                    return fail_rest("the server closed the connection", local)
                for frame in framer.feed(data):
                    msg = parse_message(frame, stream=True)
                    if isinstance(msg, Response) and msg.status >= 200 and (
                            msg.get("Call-ID") == probe.call_id):
                        answer = (frame, msg)
            raw, resp = answer
            if method == "INVITE":
                writer.write(build_ack(probe, resp.get("To") or ""))
            out.append(run.record(run.evidence_exchange(
                probe, Transport.TCP, port, role, local, raw, resp, 1, loop.time() - started)))
        return out
    except TimeoutError:
        return fail_rest("no answer before the deadline", local)
    except RemoteProtocolError as exc:
        return fail_rest(f"the answer was not valid SIP ({exc})", local)
    except OSError as exc:
        return fail_rest(_describe_oserror(exc), local)
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 0.2)


# --- the run --------------------------------------------------------------------------


def _ports(mode: str, target: Target, options: ProbeOptions) -> list[tuple[int, PortRole]]:
    ports = [(target.port, PortRole.SIP)]
    if mode == "reflector" and options.control_port != target.port:
        ports.append((options.control_port, PortRole.CONTROL))
    return ports


async def _run(run: _Run, cancel: CancelToken) -> tuple[list[Exchange], bool]:
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    assert main is not None
    remove = cancel.add_callback(lambda: loop.call_soon_threadsafe(main.cancel))
    jobs = []
    for transport in run.options.transports:
        for port, role in _ports(run.mode, run.target, run.options):
            job = _udp_port if transport is Transport.UDP else _tcp_port
            jobs.append(asyncio.ensure_future(job(run, port, role)))
    cancelled = False
    try:
        await asyncio.gather(*jobs)
    except asyncio.CancelledError:
        cancelled = True
        for j in jobs:
            j.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        # We asked for this cancellation ourselves; the run ends normally with what it has.
        main.uncancel()
    finally:
        remove()
    return run.finished, cancelled


def summarise(mode: str, target: Target, options: ProbeOptions, exchanges: Sequence[Exchange],
              duration: float, cancelled: bool = False) -> ProbeResult:
    """Statuses and verdict from the exchanges (pure)."""
    transports: dict[Transport, TransportResult] = {}
    for t in options.transports:
        mine = tuple(ex for ex in exchanges if ex.transport is t)
        status, notes = transport_status(mine)
        transports[t] = TransportResult(t, status, mine, notes)
    v = verdict(tr.status for tr in transports.values())
    if cancelled and v is not Verdict.ALG_DETECTED:
        v = Verdict.INCONCLUSIVE  # partial evidence never proves the absence of an ALG
    local = next((ex.local[0] for ex in exchanges if ex.local), None)
    public = next((ex.seen_as[0] for ex in exchanges if ex.seen_as), None)
    notes: list[str] = []
    if cancelled:
        notes.append("cancelled before all probes finished")
    return ProbeResult(mode=mode, target=str(target), verdict=v, transports=transports,
                       duration_s=round(duration, 3), local_address=local,
                       public_address=public, cancelled=cancelled, notes=tuple(notes))


def run_probe(mode: str, target: Target, options: ProbeOptions | None = None, *,
              cancel: CancelToken | None = None,
              progress: ProgressCallback = no_progress) -> ProbeResult:
    """Run a whole probe (``mode`` "reflector" or "provider") and summarise it.

    Blocking; call it from a worker thread in a GUI. Raises
    :class:`~app.probes.target.TargetError` for a host that does not resolve.
    """
    options = options or ProbeOptions()
    if mode == "provider" and options.methods == METHODS:
        options = replace(options, methods=("OPTIONS",))
    cancel = cancel or CancelToken()
    started = time.monotonic()
    progress(Progress(0, 1, f"Looking up {target.host}"))
    address = resolve(target)[0]
    n_ports = len(_ports(mode, target, options))
    total = len(options.transports) * n_ports * len(options.methods)

    async def main() -> tuple[list[Exchange], bool]:
        loop = asyncio.get_running_loop()
        run = _Run(mode, target, address, options, progress,
                   random.Random(options.seed), loop.time() + options.timeout, total)
        progress(Progress(0, total, f"Sending test calls to {target}"))
        return await _run(run, cancel)

    if cancel.cancelled:
        exchanges, cancelled = [], True
    else:
        exchanges, cancelled = asyncio.run(main())
    result = summarise(mode, target, options, exchanges, time.monotonic() - started, cancelled)
    progress(Progress(total, total, "Done"))
    return result


__all__ = ["ProbeOptions", "Status", "run_probe", "summarise"]
