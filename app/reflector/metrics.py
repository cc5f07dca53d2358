"""Prometheus metrics for the reflector (``sipalg reflector --metrics ADDR:PORT``).

The reflector already counts everything it does in plain counters on the event
loop (``Reflector.stats`` and friends). Rather than counting a second time
through ``prometheus_client.Counter`` objects, whose every increment takes a
lock on the hot path of a service meant to answer thousands of probes per
second, this module registers a *custom collector* (prometheus_client's own
mechanism for exporting counts kept elsewhere) that reads those counters when
Prometheus scrapes. Probes cost nothing extra; a scrape costs a few dict reads.

The HTTP endpoint runs in prometheus_client's own thread. It reads the
counters while the event loop writes them: single ``dict.get`` calls and
``dict(...)`` copies of plain dicts are atomic under the GIL, so a scrape sees
each value whole, never a torn one.

prometheus_client is an optional dependency (the ``reflector`` extra): the
desktop app never serves metrics, so it is imported only when this module is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from threading import Thread
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, ProcessCollector, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from app.reflector.server import Reflector

PREFIX = "sipalg_reflector_"

# (metric name, help, stats key) for the plain counters without labels.
_COUNTERS: tuple[tuple[str, str, str], ...] = (
    (
        "callbacks_scheduled",
        "Binding-lifetime call-backs accepted and scheduled.",
        "callback_scheduled",
    ),
    (
        "callbacks_refused",
        "Call-back requests refused (malformed, too large or over a cap).",
        "callback_refused",
    ),
    ("callbacks_sent", "Scheduled call-backs sent.", "callback_sent"),
    ("callbacks_dropped", "Call-backs still pending at shutdown and not sent.", "callback_dropped"),
    (
        "callbacks_repeated",
        "Retransmitted call-back requests answered again without a second call-back.",
        "callback_repeated",
    ),
    (
        "incoming_test_calls_sent",
        "Incoming test-call INVITEs sent (call-backs asked for by a REGISTER).",
        "incoming_call_sent",
    ),
    ("test_calls_started", "Test calls answered (sipalg call).", "call_started"),
    (
        "test_calls_refused",
        "Test-call INVITEs refused (over a cap, malformed, no media port).",
        "call_refused",
    ),
    ("test_calls_expired", "Test calls ended by their lifetime, without a BYE.", "call_expired"),
    (
        "test_call_media_packets",
        "RTP packets sent on test calls' return streams.",
        "call_media_out",
    ),
    ("rate_limited", "Messages refused by the per-source rate limit.", "rate_limited"),
    ("stun_answers", "STUN binding requests answered.", "stun_out"),
    (
        "stun_ignored",
        "STUN datagrams not answered (not a binding request, or over budget).",
        "stun_ignored",
    ),
    ("tcp_connections_accepted", "TCP connections accepted.", "tcp_connections"),
    (
        "tcp_connections_refused",
        "TCP connections refused by the per-source or total cap.",
        "tcp_refused",
    ),
)
# errors_total{kind=...}: what went wrong, by kind; "internal" is a bug in the reflector.
_ERRORS: tuple[tuple[str, str], ...] = (
    ("internal", "internal_error"),
    ("icmp", "udp_icmp_error"),
    ("tcp_reset", "tcp_reset"),
    ("tcp_stalled", "tcp_stalled"),
)
# dropped_total{reason=...}: hostile or broken input, dropped unanswered.
_DROPPED: tuple[tuple[str, str], ...] = (
    ("oversize", "oversize"),
    ("tcp_garbage", "tcp_garbage"),
    ("tcp_idle", "tcp_idle_closed"),
    ("tcp_lifetime", "tcp_lifetime_exceeded"),
    ("shutting_down", "shutting_down"),
)


class ReflectorCollector(Collector):
    """Turns one reflector's counters into Prometheus metric families at scrape time."""

    def __init__(self, reflector: Reflector) -> None:
        self.reflector = reflector

    def collect(self) -> Iterator[Metric]:
        r = self.reflector
        stats = r.stats
        cfg = r.config
        transports = [t for t, on in (("udp", cfg.udp), ("tcp", cfg.tcp)) if on]
        listening = [(t, p) for p in cfg.ports for t in transports]
        for name, doc, counts in (
            ("probes_answered", "SIP probes answered, by transport and local port.", r.answered_by),
            (
                "probes_ignored",
                "SIP messages not answered (not a well-formed request).",
                r.ignored_by,
            ),
        ):
            fam = CounterMetricFamily(PREFIX + name, doc, labels=("transport", "port"))
            seen = dict(counts)
            # Every listening socket gets its series from the start, at zero: an
            # absent series reads as "no data" in rate() and in alerts, not as 0.
            for listener in listening:
                seen.setdefault(listener, 0)
            for (transport, port), n in sorted(seen.items()):
                fam.add_metric((transport, str(port)), n)
            yield fam
        for name, doc, key in _COUNTERS:
            yield CounterMetricFamily(PREFIX + name, doc, value=stats.get(key, 0))
        errors = CounterMetricFamily(
            PREFIX + "errors", "Errors, by kind (internal: a reflector bug).", labels=("kind",)
        )
        for kind, key in _ERRORS:
            errors.add_metric((kind,), stats.get(key, 0))
        yield errors
        dropped = CounterMetricFamily(
            PREFIX + "dropped", "Input dropped unanswered, by reason.", labels=("reason",)
        )
        for reason, key in _DROPPED:
            dropped.add_metric((reason,), stats.get(key, 0))
        yield dropped
        yield CounterMetricFamily(
            PREFIX + "rate_limited_sources",
            "Times a source address went over the rate limit (one per episode, not per message).",
            value=r.limiter.limited_sources,
        )
        yield GaugeMetricFamily(
            PREFIX + "rate_limiter_sources",
            "Source addresses the rate limiter currently tracks.",
            value=len(r.limiter),
        )
        yield GaugeMetricFamily(
            PREFIX + "test_calls_active",
            "Test calls in progress now.",
            value=0 if r.call_desk is None else r.call_desk.active,
        )
        yield GaugeMetricFamily(
            PREFIX + "tcp_connections_open", "TCP connections open now.", value=r.open_tcp
        )
        yield GaugeMetricFamily(
            PREFIX + "callbacks_pending",
            "Call-backs scheduled and not yet sent.",
            value=r.pending_callbacks,
        )


@dataclass
class MetricsServer:
    """The running HTTP endpoint; :meth:`close` stops it (the reflector's shutdown does)."""

    server: Any  # wsgiref's server; typed loosely, prometheus_client does not export its type
    thread: Thread
    address: tuple[str, int]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(2.0)


def start_metrics(reflector: Reflector, host: str, port: int) -> MetricsServer:
    """Serve ``/metrics`` for ``reflector`` on ``host:port`` (port 0: any); raises OSError."""
    registry = CollectorRegistry(auto_describe=True)
    registry.register(ReflectorCollector(reflector))
    # Memory, CPU and open files of this process: what a soak or a leak shows first.
    ProcessCollector(registry=registry)
    server, thread = start_http_server(port, addr=host, registry=registry)
    bound = server.server_address
    return MetricsServer(server, thread, (str(bound[0]), int(bound[1])))
