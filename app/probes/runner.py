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
from collections.abc import Awaitable, Callable, Sequence
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
    restart: float = 1.0  # start a fresh attempt this often while unanswered (see _repeat)


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
        self.progress(
            Progress(
                self.done,
                self.total,
                f"{ex.transport.value.upper()} port {ex.port}: {ex.method} {what}",
                item=f"{ex.transport.value}:{ex.port}:{ex.method}",
                ok=ex.answered,
            )
        )
        return ex

    def build(self, method: str, local: tuple[str, int], port: int, transport: str) -> BuiltProbe:
        return build_probe(
            method,
            local=Endpoint(*local),
            remote=Endpoint(self.address, port),
            transport=transport,
            rng=self.rng,
            remote_name=self.target.host,
            to_server=self.mode == "provider",
        )


def answered_exchange(
    probe: BuiltProbe,
    *,
    transport: Transport,
    port: int,
    role: PortRole,
    local: tuple[str, int],
    answer_raw: bytes,
    answer: Response,
    attempts: int,
    rtt: float,
    server_host: str,
) -> Exchange:
    """Turn one answered probe into the report's evidence record.

    Module-level (not a method of the run) so the wizard's demo sessions build
    their canned evidence through exactly the same analysis as a real probe.
    """
    ev = analyse_answer(
        sent=probe.wire,
        request=probe.request,
        answer_raw=answer_raw,
        answer=answer,
        transport=transport.value,
        port=port,
        local=local,
        server_host=server_host,
    )
    return Exchange(
        transport=transport,
        port=port,
        role=role,
        method=probe.method,
        answered=True,
        attempts=attempts,
        rtt_ms=round(rtt * 1000, 2),
        changes=ev.changes,
        outbound_checked=ev.outbound_checked,
        inbound_checked=ev.inbound_checked,
        local=local,
        seen_as=ev.seen_as,
        status_code=answer.status,
    )


def _describe_oserror(exc: OSError) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (nothing listens on that port)"
    if isinstance(exc, TimeoutError):
        return "timed out"
    text = exc.strerror or exc.__class__.__name__
    return text[:1].lower() + text[1:]


# --- attempts ---------------------------------------------------------------------------


@dataclass
class _Attempt:
    """The outcome of one transaction (UDP) or one connection (TCP)."""

    probe: BuiltProbe
    answer: tuple[bytes, Response] | None = None
    packets: int = 0
    rtt: float = 0.0
    error: str | None = None
    definitive: bool = False  # the far end said "nothing here": retrying cannot help


async def _repeat(
    run: _Run,
    start_attempt: Callable[[], Awaitable[_Attempt]],
    transport: Transport,
    port: int,
    role: PortRole,
    method: str,
    local_of: Callable[[], tuple[str, int] | None],
) -> Exchange:
    """Start a fresh attempt every ``restart`` seconds until one is answered.

    Why not just retransmit: under random loss a whole run of retransmissions
    of one transaction can vanish (25 % loss each way loses all four UDP
    sends of a 5-second transaction about 4 % of the time), and a silent SIP
    port next to an answering control port would then read as "dropped". New,
    independent attempts (fresh Call-ID, branch and media port; a fresh TCP
    connection) make that practically impossible, while a real drop still
    drops every one of them. Answers come in milliseconds on a healthy path,
    so a clean run never starts a second attempt.
    """
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Future[_Attempt]] = set()
    finished: list[_Attempt] = []
    winner: _Attempt | None = None
    try:
        while winner is None:
            now = loop.time()
            if now >= run.deadline or any(a.definitive for a in finished):
                break
            pending.add(asyncio.ensure_future(start_attempt()))
            next_start = min(now + run.options.restart, run.deadline)
            while pending and winner is None and loop.time() < next_start:
                done, pending = await asyncio.wait(
                    pending, timeout=next_start - loop.time(), return_when=asyncio.FIRST_COMPLETED
                )
                for fut in done:
                    attempt = fut.result()
                    finished.append(attempt)
                    if attempt.answer is not None and winner is None:
                        winner = attempt
                if any(a.definitive for a in finished):
                    break
            if (
                not pending
                and winner is None
                and loop.time() < next_start
                and not any(a.definitive for a in finished)
            ):
                await asyncio.sleep(max(0.0, next_start - loop.time()))
    finally:
        for fut in pending:
            fut.cancel()
        if pending:
            rest = await asyncio.gather(*pending, return_exceptions=True)
            finished += [a for a in rest if isinstance(a, _Attempt)]
    packets = sum(a.packets for a in finished)
    if winner is not None and winner.answer is not None:
        raw, answer = winner.answer
        ex = answered_exchange(
            winner.probe,
            transport=transport,
            port=port,
            role=role,
            local=winner_local(winner),
            answer_raw=raw,
            answer=answer,
            attempts=packets,
            rtt=winner.rtt,
            server_host=run.address,
        )
        return run.record(ex)
    errors = [a.error for a in finished if a.error]
    error = next((a.error for a in finished if a.definitive), None) or (
        errors[-1] if errors else "no answer before the deadline"
    )
    return run.record(
        Exchange(
            transport,
            port,
            role,
            method,
            answered=False,
            attempts=packets,
            error=error,
            local=local_of(),
        )
    )


def winner_local(attempt: _Attempt) -> tuple[str, int]:
    via = parse_via(attempt.probe.request.get_all("Via")[0])
    return via.host, via.port or 0


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


async def _udp_transaction(
    run: _Run, proto: _UdpClient, sock: asyncio.DatagramTransport, probe: BuiltProbe
) -> _Attempt:
    """One client transaction with RFC 3261 retransmissions, until answer or deadline."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[bytes, Response]] = asyncio.Queue()
    proto.waiters[probe.branch] = queue
    proto.waiters[probe.call_id] = queue
    attempt = _Attempt(probe)
    interval = run.options.t1
    retransmit = True
    started = loop.time()
    next_send = started
    try:
        while True:
            now = loop.time()
            if retransmit and now >= next_send:
                try:
                    sock.sendto(probe.wire)
                except OSError as exc:
                    attempt.error = _describe_oserror(exc)
                    attempt.definitive = True
                    return attempt
                attempt.packets += 1
                next_send = now + interval
                interval = min(interval * 2, run.options.t2)
            if now >= run.deadline:
                attempt.error = "no answer before the deadline"
                return attempt
            wait_until = min(run.deadline, next_send) if retransmit else run.deadline
            get = asyncio.ensure_future(queue.get())
            err = asyncio.ensure_future(proto.error_event.wait())
            try:
                done, _ = await asyncio.wait(
                    {get, err},
                    timeout=max(0.0, wait_until - now),
                    return_when=asyncio.FIRST_COMPLETED,
                )
            finally:
                get.cancel()
                err.cancel()
            if get in done:
                raw, answer = get.result()
                if answer.status < 200:
                    if probe.method == "INVITE":
                        retransmit = False  # §17.1.1.2: provisional answer, wait for the final one
                    continue
                attempt.rtt = loop.time() - started
                attempt.answer = (raw, answer)
                if probe.method == "INVITE":
                    with contextlib.suppress(OSError):
                        sock.sendto(build_ack(probe, answer.get("To") or ""))
                return attempt
            if err in done and proto.error is not None:
                attempt.definitive = isinstance(proto.error, ConnectionRefusedError)
                attempt.error = (
                    "port closed (the server host said nothing listens there)"
                    if attempt.definitive
                    else _describe_oserror(proto.error)
                )
                return attempt
    finally:
        proto.waiters.pop(probe.branch, None)
        proto.waiters.pop(probe.call_id, None)


async def _udp_port(run: _Run, port: int, role: PortRole) -> list[Exchange]:
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in run.address else socket.AF_INET
    try:
        sock, proto = await loop.create_datagram_endpoint(
            _UdpClient, remote_addr=(run.address, port), family=family
        )
    except OSError as exc:
        reason = _describe_oserror(exc)
        return [
            run.record(Exchange(Transport.UDP, port, role, m, answered=False, error=reason))
            for m in run.options.methods
        ]
    try:
        name = sock.get_extra_info("sockname")
        local = (str(name[0]), int(name[1]))

        def starter(method: str) -> Callable[[], Awaitable[_Attempt]]:
            return lambda: _udp_transaction(run, proto, sock, run.build(method, local, port, "udp"))

        return list(
            await asyncio.gather(
                *(
                    _repeat(run, starter(m), Transport.UDP, port, role, m, lambda: local)
                    for m in run.options.methods
                )
            )
        )
    finally:
        sock.close()


# --- TCP ------------------------------------------------------------------------------


async def _tcp_attempt(
    run: _Run, port: int, method: str, locals_seen: list[tuple[str, int]]
) -> _Attempt:
    """One connection: connect, send the request (built with the real local port), await
    the final answer, ACK an INVITE's answer, close."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    placeholder = run.build(method, ("0.0.0.0", 9), port, "tcp")
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(run.address, port), timeout=run.remaining()
        )
    except TimeoutError:
        return _Attempt(
            placeholder, packets=1, error="the connection attempt got no answer before the deadline"
        )
    except ConnectionRefusedError as exc:
        return _Attempt(placeholder, packets=1, error=_describe_oserror(exc), definitive=True)
    except OSError as exc:
        return _Attempt(placeholder, packets=1, error=_describe_oserror(exc))
    name = writer.get_extra_info("sockname")
    local = (str(name[0]), int(name[1]))
    locals_seen.append(local)
    probe = run.build(method, local, port, "tcp")
    attempt = _Attempt(probe, packets=1)
    framer = StreamFramer()
    try:
        writer.write(probe.wire)
        while attempt.answer is None:
            data = await asyncio.wait_for(reader.read(65536), timeout=run.remaining())
            if not data:
                attempt.error = "the server closed the connection"
                return attempt
            for frame in framer.feed(data):
                msg = parse_message(frame, stream=True)
                if (
                    isinstance(msg, Response)
                    and msg.status >= 200
                    and (msg.get("Call-ID") == probe.call_id)
                ):
                    attempt.answer = (frame, msg)
        attempt.rtt = loop.time() - started
        if method == "INVITE":
            writer.write(build_ack(probe, attempt.answer[1].get("To") or ""))
        return attempt
    except TimeoutError:
        attempt.error = "connected, but no answer before the deadline"
    except RemoteProtocolError as exc:
        attempt.error = f"the answer was not valid SIP ({exc})"
    except OSError as exc:
        attempt.error = _describe_oserror(exc)
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 0.2)
    return attempt


async def _tcp_port(run: _Run, port: int, role: PortRole) -> list[Exchange]:
    async def one(method: str) -> Exchange:
        seen: list[tuple[str, int]] = []
        return await _repeat(
            run,
            lambda: _tcp_attempt(run, port, method, seen),
            Transport.TCP,
            port,
            role,
            method,
            lambda: seen[-1] if seen else None,
        )

    return list(await asyncio.gather(*(one(m) for m in run.options.methods)))


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

    def on_cancel() -> None:
        loop.call_soon_threadsafe(main.cancel)

    remove = cancel.add_callback(on_cancel)
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


def summarise(
    mode: str,
    target: Target,
    options: ProbeOptions,
    exchanges: Sequence[Exchange],
    duration: float,
    cancelled: bool = False,
) -> ProbeResult:
    """Statuses and verdict from the exchanges (pure)."""
    transports: dict[Transport, TransportResult] = {}
    for t in options.transports:
        mine = tuple(ex for ex in exchanges if ex.transport is t)
        status, why = transport_status(mine)
        transports[t] = TransportResult(t, status, mine, why)
    v = verdict(tr.status for tr in transports.values())
    if cancelled and v is not Verdict.ALG_DETECTED:
        v = Verdict.INCONCLUSIVE  # partial evidence never proves the absence of an ALG
    local = next((ex.local[0] for ex in exchanges if ex.local), None)
    public = next((ex.seen_as[0] for ex in exchanges if ex.seen_as), None)
    notes: list[str] = []
    if cancelled:
        notes.append("cancelled before all probes finished")
    return ProbeResult(
        mode=mode,
        target=str(target),
        verdict=v,
        transports=transports,
        duration_s=round(duration, 3),
        local_address=local,
        public_address=public,
        cancelled=cancelled,
        notes=tuple(notes),
    )


def prepare_options(mode: str, options: ProbeOptions | None) -> ProbeOptions:
    options = options or ProbeOptions()
    if mode == "provider" and options.methods == METHODS:
        options = replace(options, methods=("OPTIONS",))  # only what any server answers safely
    return options


async def probe_async(
    mode: str,
    target: Target,
    address: str,
    options: ProbeOptions,
    cancel: CancelToken,
    progress: ProgressCallback = no_progress,
) -> ProbeResult:
    """The probe inside a running event loop (so a session can run other checks beside it)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    n_ports = len(_ports(mode, target, options))
    total = len(options.transports) * n_ports * len(options.methods)
    run = _Run(
        mode,
        target,
        address,
        options,
        progress,
        random.Random(options.seed),
        started + options.timeout,
        total,
    )
    progress(Progress(0, total, f"Sending test calls to {target}"))
    exchanges: list[Exchange]
    if cancel.cancelled:
        exchanges, cancelled = [], True
    else:
        exchanges, cancelled = await _run(run, cancel)
    result = summarise(mode, target, options, exchanges, loop.time() - started, cancelled)
    progress(Progress(total, total, "Done"))
    return result


def run_probe(
    mode: str,
    target: Target,
    options: ProbeOptions | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> ProbeResult:
    """Run a whole probe (``mode`` "reflector" or "provider") and summarise it.

    Blocking; call it from a worker thread in a GUI. Raises
    :class:`~app.probes.target.TargetError` for a host that does not resolve.
    """
    options = prepare_options(mode, options)
    cancel = cancel or CancelToken()
    progress(Progress(0, 1, f"Looking up {target.host}"))
    address = resolve(target)[0]
    return asyncio.run(probe_async(mode, target, address, options, cancel, progress))


__all__ = ["ProbeOptions", "Status", "probe_async", "run_probe", "summarise"]
