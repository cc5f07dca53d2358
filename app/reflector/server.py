"""The reflector service: asyncio UDP and TCP listeners around :func:`reflect`.

It listens on the SIP port (where ALGs act) and on a control port (where they
do not; 5080 by default, the alternative SIP port many providers offer exactly
because ALGs ignore it), over UDP and TCP. It is built to sit on a public
address (docs/architecture.md, "The reflector"):

* every input is hostile: size caps, the parser's own error only, nothing
  answered that is not a well-formed request;
* at most 3x the received bytes go back to an unverified (UDP) source;
* a token bucket per source address limits messages per second;
* TCP connections have an idle time-out, a per-message deadline (against
  slow-loris trickling), a lifetime cap and per-source/total connection caps;
* one JSON object per log line, so journald/Loki/etc. can index it;
* SIGTERM/SIGINT stop the listeners and close connections cleanly, send the
  call-backs due within a short grace period and drop (and log) the rest;
* ``--listen ::`` serves IPv4 and IPv6 on both transports: the sockets are
  made here, dual-stack, because asyncio marks every IPv6 listening socket it
  creates IPv6-only;
* optional Prometheus metrics (metrics.py) read the counters kept here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import socket
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.constants import CONTROL_PORT, SIP_PORT, STUN_ALT_PORT, STUN_PORT
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import StreamFramer
from app.reflector.call import CallConfig, CallDesk
from app.reflector.callback import CallBackMemory, plan_callback
from app.reflector.limits import RateLimiter, source_key
from app.reflector.responder import reflect
from app.reflector.stun_responder import answer_stun

log = logging.getLogger("sipalg.reflector")

# Seconds a call-back's request is remembered after the call-back is sent: RFC 3261's
# Timer F/B (64 x T1), the longest a client retransmits one request.
CALLBACK_MEMORY = 32.0


@dataclass(frozen=True)
class ReflectorConfig:
    listen: str = "0.0.0.0"
    sip_port: int = SIP_PORT
    control_port: int = CONTROL_PORT
    stun_port: int | None = STUN_PORT  # None/0: no STUN responder
    stun_alt_port: int | None = STUN_ALT_PORT  # RFC 5780 needs a second port (and ideally address)
    stun_address: str | None = None  # default: ``listen``
    stun_alt_address: str | None = None  # a second IP for RFC 5780 address changes
    callbacks: bool = True  # binding-lifetime call-backs (callback.py)
    max_callbacks: int = 4096
    max_callbacks_per_source: int = 16
    calls: bool = True  # test calls (call.py): INVITEs marked X-SIPALG-Test-Call
    max_calls: int = 256
    max_calls_per_source: int = 4
    media_ports: tuple[int, int] | None = None  # test-call RTP ports (a range); None: ephemeral
    udp: bool = True
    tcp: bool = True
    rate: float = 50.0
    burst: float = 100.0
    max_message: int = 16_384
    tcp_idle_timeout: float = 10.0
    tcp_message_deadline: float = 10.0
    tcp_lifetime: float = 120.0
    max_tcp_connections: int = 1024
    max_tcp_per_source: int = 16
    # On stop, call-backs due within this many seconds are still sent; later ones are
    # dropped with a log line. Below systemd's and docker's 10 s stop time-outs.
    shutdown_grace: float = 5.0
    metrics: tuple[str, int] | None = None  # (address, port) of the /metrics endpoint

    @property
    def ports(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys((self.sip_port, self.control_port)))

    @property
    def stun_sockets(self) -> tuple[tuple[str, int], ...]:
        if not self.stun_port:
            return ()
        addrs = [self.stun_address or self.listen]
        if self.stun_alt_address:
            addrs.append(self.stun_alt_address)
        ports = [self.stun_port, *([self.stun_alt_port] if self.stun_alt_port else [])]
        return tuple(dict.fromkeys((a, p) for a in addrs for p in ports))


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line: ``{"ts":..., "level":..., "event":..., ...fields}``."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            doc.update(extra)
        if record.exc_info and record.exc_info[1] is not None:
            # The exception on the same line, as fields: a multi-line traceback
            # would break one-object-per-line log shippers.
            exc = record.exc_info[1]
            doc["error"] = f"{type(exc).__name__}: {exc}"[:300]
            frames = traceback.extract_tb(exc.__traceback__)
            if frames:
                doc["where"] = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}"
        return json.dumps(doc, separators=(",", ":"), default=str)


class ListenError(Exception):
    """A socket the configuration asks for cannot be opened (port in use, bad address)."""

    def __init__(self, where: str, exc: OSError) -> None:
        super().__init__(f"{where}: {exc.strerror or exc}")
        self.where = where


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def _any_v6(host: str) -> bool:
    return _family(host) == socket.AF_INET6 and socket.inet_pton(socket.AF_INET6, host) == bytes(16)


def udp_socket(host: str, port: int) -> socket.socket:
    """A bound UDP socket; on the IPv6 wildcard it takes IPv4 too, whatever the OS default."""
    sock = socket.socket(_family(host), socket.SOCK_DGRAM)
    try:
        if _any_v6(host):
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind((host, port))
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def tcp_socket(host: str, port: int, backlog: int) -> socket.socket:
    """A listening TCP socket; dual-stack on the IPv6 wildcard (asyncio would make it v6-only)."""
    dual = _any_v6(host) and socket.has_dualstack_ipv6()
    sock = socket.create_server(
        (host, port), family=_family(host), backlog=backlog, dualstack_ipv6=dual
    )
    sock.setblocking(False)
    return sock


def _plain(addr: Any) -> tuple[str, int]:
    host, port = str(addr[0]), int(addr[1])
    if host.startswith("::ffff:") and "." in host:  # v4-mapped on a dual-stack socket
        host = host[7:]
    return host, port


@dataclass
class Reflector:
    config: ReflectorConfig
    limiter: RateLimiter = field(init=False)
    stats: Counter[str] = field(default_factory=Counter)
    # answered / ignored SIP messages by (transport, local port), for the metrics
    answered_by: Counter[tuple[str, int]] = field(default_factory=Counter)
    ignored_by: Counter[tuple[str, int]] = field(default_factory=Counter)
    metrics_server: Any = None  # metrics.MetricsServer when --metrics is on
    _servers: list[asyncio.AbstractServer] = field(default_factory=list)
    _transports: list[asyncio.DatagramTransport] = field(default_factory=list)
    _tcp_tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _tcp_by_source: Counter[str] = field(default_factory=Counter)
    _tcp_writers: set[asyncio.StreamWriter] = field(default_factory=set)
    _stun_transports: dict[tuple[str, int], asyncio.DatagramTransport] = field(default_factory=dict)
    _callbacks: dict[asyncio.TimerHandle, str] = field(default_factory=dict)
    _callbacks_by_source: Counter[str] = field(default_factory=Counter)
    # requests whose call-back is pending or went out lately: a retransmission is
    # answered again but never schedules a second call-back
    _callback_memory: CallBackMemory = field(init=False)
    bound: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)
    _stopping: bool = False
    _stopped: bool = False
    _callbacks_idle: asyncio.Event | None = None
    call_desk: CallDesk | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.config.rate, self.config.burst)
        self._callback_memory = CallBackMemory(2 * self.config.max_callbacks)
        cfg = self.config
        if cfg.calls and cfg.udp:
            self.call_desk = CallDesk(
                CallConfig(cfg.max_calls, cfg.max_calls_per_source, cfg.media_ports),
                cfg.listen,
                lambda port: udp_socket(cfg.listen, port),
                self.stats,
            )

    @property
    def open_tcp(self) -> int:
        return len(self._tcp_tasks)

    @property
    def pending_callbacks(self) -> int:
        return len(self._callbacks)

    # --- lifecycle ----------------------------------------------------------

    async def start(self) -> None:
        try:
            await self._open()
        except BaseException:
            self._close_sockets()
            raise

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        cfg = self.config
        for port in cfg.ports:
            if cfg.udp:
                sock = self._bind(udp_socket, "udp", cfg.listen, port)
                transport, _ = await loop.create_datagram_endpoint(
                    lambda: _UdpProtocol(self), sock=sock
                )
                self._small_reads(transport)
                self._transports.append(transport)
                self.bound[("udp", port)] = _plain(transport.get_extra_info("sockname"))
            if cfg.tcp:
                sock = self._bind(tcp_socket, "tcp", cfg.listen, port, 512)
                server = await asyncio.start_server(self._on_tcp, sock=sock, backlog=512)
                self._servers.append(server)
                self.bound[("tcp", port)] = _plain(server.sockets[0].getsockname())
        for addr in cfg.stun_sockets:
            sock = self._bind(udp_socket, "stun", *addr)
            stun_transport, _ = await loop.create_datagram_endpoint(
                lambda addr=addr: _StunProtocol(self, addr),  # type: ignore[misc]
                sock=sock,
            )
            self._small_reads(stun_transport)
            self._stun_transports[addr] = stun_transport
            self.bound[("stun", addr[1])] = _plain(stun_transport.get_extra_info("sockname"))
        if cfg.metrics is not None:
            from app.reflector.metrics import start_metrics

            host, port = cfg.metrics
            try:
                self.metrics_server = start_metrics(self, host, port)
            except OSError as exc:
                raise ListenError(f"metrics {host}:{port}", exc) from None
            self.bound[("metrics", port)] = self.metrics_server.address
        log.info(
            "start",
            extra={
                "fields": {
                    "listen": cfg.listen,
                    "sip_port": cfg.sip_port,
                    "control_port": cfg.control_port,
                    "udp": cfg.udp,
                    "tcp": cfg.tcp,
                    "rate": cfg.rate,
                    "burst": cfg.burst,
                    "stun": [f"{a}:{p}" for a, p in cfg.stun_sockets],
                    "metrics": None if cfg.metrics is None else ":".join(map(str, cfg.metrics)),
                }
            },
        )

    def _small_reads(self, transport: asyncio.DatagramTransport) -> None:
        """Read datagrams into buffers of max_message + 1 bytes, not asyncio's 256 KiB.

        asyncio's datagram transport allocates a 256 KiB buffer for every
        datagram and then shrinks it: thousands of times a second that costs
        time, and in a soak the heap's high-water mark crept up. One byte over
        the size cap still tells an oversize datagram (truncated, then dropped
        as before). Linux and macOS truncate quietly; Windows reports an error
        instead, so it keeps asyncio's default.
        """
        if sys.platform != "win32" and hasattr(transport, "max_size"):
            transport.max_size = self.config.max_message + 1

    @staticmethod
    def _bind(make: Callable[..., socket.socket], kind: str, *args: Any) -> socket.socket:
        try:
            return make(*args)
        except OSError as exc:
            raise ListenError(f"{kind} {args[0]}:{args[1]}", exc) from None

    def _close_sockets(self) -> None:
        for t in (*self._transports, *self._stun_transports.values()):
            t.close()
        for s in self._servers:
            s.close()
        if self.metrics_server is not None:
            self.metrics_server.close()
            self.metrics_server = None

    async def stop(self) -> None:
        """Stop taking input, finish or drop pending work, close everything.

        Order matters: listeners close first (nothing new arrives), open TCP
        connections are closed from our side (their handlers see end-of-stream
        and return normally, so no task ends cancelled mid-await, which is what
        printed asyncio tracebacks before), call-backs due within the grace
        period go out on the still-open UDP sockets, and only then do those
        sockets close.
        """
        if self._stopped:
            return
        self._stopped = self._stopping = True
        loop = asyncio.get_running_loop()
        for s in self._servers:
            s.close()
        for w in list(self._tcp_writers):
            w.close()
        await self._settle_callbacks(loop)
        if self.call_desk is not None:
            await self.call_desk.stop()
        if self._tcp_tasks:
            _, pending = await asyncio.wait(set(self._tcp_tasks), timeout=1.0)
            for task in pending:  # stuck in a write to a peer that reads nothing
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        metrics, self.metrics_server = self.metrics_server, None
        self._close_sockets()
        if metrics is not None:  # its shutdown blocks until the serving thread notices
            await loop.run_in_executor(None, metrics.close)
        for s in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(s.wait_closed(), 2.0)
        log.info("stop", extra={"fields": dict(self.stats)})

    async def _settle_callbacks(self, loop: asyncio.AbstractEventLoop) -> None:
        grace = self.config.shutdown_grace
        deadline = loop.time() + grace
        late = [h for h in self._callbacks if h.when() > deadline]
        self._drop_callbacks(late, grace)
        if not self._callbacks:
            return
        log.info(
            "callbacks_finishing",
            extra={"fields": {"pending": len(self._callbacks), "grace_s": grace}},
        )
        self._callbacks_idle = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._callbacks_idle.wait(), grace + 0.5)
        self._drop_callbacks(list(self._callbacks), grace)  # none, unless the clock jumped

    def _drop_callbacks(self, handles: list[asyncio.TimerHandle], grace: float) -> None:
        if not handles:
            return
        for handle in handles:
            handle.cancel()
            self._forget_callback(handle)
        self.stats["callback_dropped"] += len(handles)
        log.warning(
            "callbacks_dropped",
            extra={"fields": {"dropped": len(handles), "grace_s": grace, "why": "shutdown"}},
        )

    def _forget_callback(self, handle: asyncio.TimerHandle) -> None:
        source = self._callbacks.pop(handle, None)
        if source is None:
            return
        self._callbacks_by_source[source] -= 1
        if self._callbacks_by_source[source] <= 0:
            del self._callbacks_by_source[source]
        if not self._callbacks and self._callbacks_idle is not None:
            self._callbacks_idle.set()

    # --- UDP -----------------------------------------------------------------

    def on_datagram(
        self,
        data: bytes,
        addr: Any,
        transport: asyncio.DatagramTransport,
        local: tuple[str, int],
    ) -> None:
        if self._stopping:
            self.stats["shutting_down"] += 1
            return
        source = _plain(addr)
        self.stats["udp_in"] += 1
        if len(data) > self.config.max_message:
            self.stats["oversize"] += 1
            return
        if not self.limiter.allow(source[0]):
            self._refused(source)
            return
        if self.config.callbacks and b"X-SIPALG-Call-Back" in data:
            self._schedule_callback(data, addr, source, local, transport)
            return
        if self.call_desk is not None and self.call_desk.handles(data, source, addr, transport):
            return
        outcome = reflect(
            data,
            transport="udp",
            source=source,
            destination=local,
            verified=False,
            control_port=self.config.control_port,
            stun_port=self.config.stun_port,
        )
        self._log(outcome, "udp", source, local)
        if outcome.response is not None:
            transport.sendto(outcome.response, addr)
            self.stats["udp_out"] += 1
            self.stats["bytes_in_answered"] += len(data)
            self.stats["bytes_out"] += len(outcome.response)

    def _schedule_callback(
        self,
        data: bytes,
        addr: Any,
        source: tuple[str, int],
        local: tuple[str, int],
        transport: asyncio.DatagramTransport,
    ) -> None:
        cfg = self.config
        host = local[0] if local[0] not in ("0.0.0.0", "::") else "reflector.invalid"
        plan = plan_callback(data, source, f"{host}:{local[1]}")
        loop = asyncio.get_running_loop()
        if plan is not None and self._callback_memory.seen(
            (source[0], source[1], plan.call_id), loop.time()
        ):
            transport.sendto(plan.ack, addr)  # a retransmission: no second call-back
            self.stats["callback_repeated"] += 1
            return
        if plan is None or (
            len(self._callbacks) >= cfg.max_callbacks
            or self._callbacks_by_source[source_key(source[0])] >= cfg.max_callbacks_per_source
        ):
            self.stats["callback_refused"] += 1
            return
        transport.sendto(plan.ack, addr)
        self._callback_memory.remember(
            (source[0], source[1], plan.call_id),
            loop.time() + plan.delay + CALLBACK_MEMORY,
            loop.time(),
        )

        def fire() -> None:
            self._forget_callback(handle)
            if not transport.is_closing():
                transport.sendto(plan.callback, addr)
                self.stats["callback_sent"] += 1
                if plan.kind == "invite":
                    self.stats["incoming_call_sent"] += 1

        handle = loop.call_later(plan.delay, fire)
        self._callbacks[handle] = source_key(source[0])
        self._callbacks_by_source[source_key(source[0])] += 1
        self.stats["callback_scheduled"] += 1
        log.info(
            "callback",
            extra={
                "fields": {
                    "src": source[0],
                    "sport": source[1],
                    "port": local[1],
                    "delay": plan.delay,
                    "kind": plan.kind,
                }
            },
        )

    def on_stun(self, data: bytes, addr: Any, local: tuple[str, int]) -> None:
        if self._stopping:
            self.stats["shutting_down"] += 1
            return
        source = _plain(addr)
        self.stats["stun_in"] += 1
        if not self.limiter.allow(source[0]):
            self._refused(source)
            return
        answer = answer_stun(data, source, local, frozenset(self._stun_transports))
        if answer is None:
            self.stats["stun_ignored"] += 1
            return
        out = self._stun_transports.get(answer.via)
        if out is not None:
            out.sendto(answer.data, addr)
            self.stats["stun_out"] += 1

    # --- TCP -----------------------------------------------------------------

    async def _on_tcp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        source = _plain(writer.get_extra_info("peername"))
        local = _plain(writer.get_extra_info("sockname"))
        cfg = self.config
        if self._stopping:
            writer.close()
            return
        if (
            len(self._tcp_tasks) >= cfg.max_tcp_connections
            or self._tcp_by_source[source_key(source[0])] >= cfg.max_tcp_per_source
        ):
            self.stats["tcp_refused"] += 1
            writer.close()
            return
        self._tcp_tasks.add(task)
        self._tcp_writers.add(writer)
        self._tcp_by_source[source_key(source[0])] += 1
        self.stats["tcp_connections"] += 1
        try:
            await asyncio.wait_for(self._serve_tcp(reader, writer, source, local), cfg.tcp_lifetime)
        except TimeoutError:
            self.stats["tcp_lifetime_exceeded"] += 1
        except (ConnectionError, OSError):
            self.stats["tcp_reset"] += 1
        except asyncio.CancelledError:
            # Only stop() cancels these tasks, and only those that did not end when their
            # connection was closed. Ending normally matters: in Python 3.11 asyncio's
            # stream callback prints a traceback for a handler task that ends cancelled.
            if not self._stopping:
                raise
        except Exception:  # a bug must cost one connection, not a traceback per stranger
            self.stats["internal_error"] += 1
            log.exception("internal_error", extra={"fields": {"src": source[0]}})
        finally:
            self._tcp_tasks.discard(task)
            self._tcp_writers.discard(writer)
            self._tcp_by_source[source_key(source[0])] -= 1
            if self._tcp_by_source[source_key(source[0])] <= 0:
                del self._tcp_by_source[source_key(source[0])]
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1.0)

    async def _serve_tcp(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        source: tuple[str, int],
        local: tuple[str, int],
    ) -> None:
        cfg = self.config
        framer = StreamFramer(max_message=cfg.max_message)
        loop = asyncio.get_running_loop()
        pending_since: float | None = None
        while True:
            timeout = cfg.tcp_idle_timeout
            if pending_since is not None:
                timeout = min(timeout, pending_since + cfg.tcp_message_deadline - loop.time())
            try:
                data = await asyncio.wait_for(reader.read(4096), max(timeout, 0.0))
            except TimeoutError:
                self.stats["tcp_idle_closed"] += 1
                return
            if not data:
                return
            try:
                frames = framer.feed(data)
            except RemoteProtocolError as exc:
                self.stats["tcp_garbage"] += 1
                log.info("tcp_garbage", extra={"fields": {"src": source[0], "why": str(exc)}})
                return
            if not framer.pending:
                pending_since = None
            elif frames or pending_since is None:
                pending_since = loop.time()  # a new partial message: its own deadline
            for frame in frames:
                if not self.limiter.allow(source[0]):
                    self._refused(source)
                    continue
                outcome = reflect(
                    frame,
                    transport="tcp",
                    source=source,
                    destination=local,
                    verified=True,
                    control_port=cfg.control_port,
                    stun_port=cfg.stun_port,
                )
                self._log(outcome, "tcp", source, local)
                if outcome.response is not None:
                    writer.write(outcome.response)
                    self.stats["tcp_out"] += 1
                    try:
                        await asyncio.wait_for(writer.drain(), cfg.tcp_idle_timeout)
                    except TimeoutError:
                        self.stats["tcp_stalled"] += 1
                        return

    # --- logging ---------------------------------------------------------------

    def _refused(self, source: tuple[str, int]) -> None:
        self.stats["rate_limited"] += 1
        n = self.stats["rate_limited"]
        if n == 1 or n % 1000 == 0:  # sampled: a flood must not become a log flood
            log.warning("rate_limited", extra={"fields": {"src": source[0], "total": n}})

    def _log(
        self, outcome: Any, transport: str, source: tuple[str, int], local: tuple[str, int]
    ) -> None:
        if outcome.response is not None:
            self.stats["answered"] += 1
            self.answered_by[transport, local[1]] += 1
        else:
            self.stats["ignored"] += 1
            self.ignored_by[transport, local[1]] += 1
        if log.isEnabledFor(logging.INFO):
            log.info(
                "probe" if outcome.response is not None else "ignored",
                extra={
                    "fields": {
                        "transport": transport,
                        "src": source[0],
                        "sport": source[1],
                        "port": local[1],
                        "method": outcome.method,
                        "status": outcome.status,
                        "why": outcome.reason,
                        "trimmed": outcome.trimmed,
                    }
                },
            )


class _StunProtocol(asyncio.DatagramProtocol):
    def __init__(self, reflector: Reflector, local: tuple[str, int]) -> None:
        self.reflector = reflector
        self.local = local

    def datagram_received(self, data: bytes, addr: Any) -> None:
        try:
            self.reflector.on_stun(data, addr, self.local)
        except Exception:  # never let one datagram kill the listener
            self.reflector.stats["internal_error"] += 1
            log.exception("internal_error")

    def error_received(self, exc: Exception) -> None:
        self.reflector.stats["udp_icmp_error"] += 1


class _UdpProtocol(asyncio.DatagramProtocol):
    def __init__(self, reflector: Reflector) -> None:
        self.reflector = reflector
        self.transport: asyncio.DatagramTransport | None = None
        self.local = ("", 0)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # always a datagram transport here
        self.local = _plain(transport.get_extra_info("sockname"))  # once, not per datagram

    def datagram_received(self, data: bytes, addr: Any) -> None:
        assert self.transport is not None
        try:
            self.reflector.on_datagram(data, addr, self.transport, self.local)
        except Exception:  # never let one datagram kill the listener
            self.reflector.stats["internal_error"] += 1
            log.exception("internal_error")

    def error_received(self, exc: Exception) -> None:  # ICMP errors from spoofed sources
        self.reflector.stats["udp_icmp_error"] += 1


def configure_logging(level: str = "info") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    root = logging.getLogger("sipalg")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


async def serve(config: ReflectorConfig, ready: Callable[[Reflector], None] | None = None) -> None:
    """Run until SIGTERM/SIGINT (or cancellation); ``ready`` is called once listening."""
    reflector = Reflector(config)
    await reflector.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    if ready is not None:
        ready(reflector)
    started = time.monotonic()
    try:
        await stop.wait()
    finally:
        await reflector.stop()
        log.info("shutdown", extra={"fields": {"uptime_s": round(time.monotonic() - started, 1)}})
