"""``sipalg reflector``: run the server side of the probes."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import ipaddress
from typing import Any

from app.cli.common import (
    COMMANDS,
    CliError,
    number_between,
    port_number,
    port_or_zero,
    positive_float,
    whole_number,
)
from app.core.constants import CONTROL_PORT, SIP_PORT, STUN_ALT_PORT, STUN_PORT


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "reflector",
        help=COMMANDS["reflector"],
        description="Answer probes on the SIP port and a control port, over UDP and TCP. "
        "Built to run on a public address; see packaging/reflector/ for a systemd "
        "unit and a container file.",
    )
    p.add_argument(
        "--listen",
        default="0.0.0.0",
        metavar="ADDR",
        help="address to listen on (default: 0.0.0.0; '::' for IPv6 and IPv4)",
    )
    p.add_argument(
        "--port", type=port_number, default=SIP_PORT, help=f"SIP port (default: {SIP_PORT})"
    )
    p.add_argument(
        "--control-port",
        type=port_number,
        default=CONTROL_PORT,
        help=f"non-SIP control port (default: {CONTROL_PORT})",
    )
    p.add_argument(
        "--stun-port",
        type=port_or_zero,
        default=STUN_PORT,
        metavar="PORT",
        help=f"STUN responder port (default: {STUN_PORT}; 0 disables)",
    )
    p.add_argument(
        "--stun-alt-port",
        type=port_number,
        default=STUN_ALT_PORT,
        metavar="PORT",
        help=f"second STUN port for RFC 5780 behaviour tests (default: {STUN_ALT_PORT})",
    )
    p.add_argument(
        "--stun-alt-address",
        metavar="ADDR",
        default=None,
        help="a second IP address of this host, for RFC 5780 address changes",
    )
    p.add_argument(
        "--no-callbacks", action="store_true", help="refuse binding-lifetime call-back requests"
    )
    p.add_argument("--no-calls", action="store_true", help="refuse test calls (sipalg call)")
    p.add_argument(
        "--media-ports",
        metavar="LOW-HIGH",
        default=None,
        help="UDP ports for test-call audio, e.g. 40000-40999, to open in a firewall "
        "(default: any free port)",
    )
    p.add_argument(
        "--max-calls",
        type=whole_number,
        default=256,
        metavar="N",
        help="test calls in progress at once, in all (default: 256; each holds a media port)",
    )
    p.add_argument(
        "--max-calls-per-source",
        type=whole_number,
        default=4,
        metavar="N",
        help="test calls in progress at once from one address (default: 4)",
    )
    p.add_argument("--no-udp", action="store_true", help="do not listen on UDP")
    p.add_argument("--no-tcp", action="store_true", help="do not listen on TCP")
    p.add_argument(
        "--rate",
        type=number_between(0, 1_000_000),
        default=50.0,
        help="messages per second allowed per source address (0: unlimited)",
    )
    p.add_argument(
        "--burst",
        type=number_between(1, 1_000_000),
        default=100.0,
        help="burst size for --rate (at least 1)",
    )
    p.add_argument(
        "--tcp-idle-timeout",
        type=positive_float,
        default=10.0,
        metavar="S",
        help="close TCP connections idle this long (default: 10)",
    )
    p.add_argument(
        "--metrics",
        metavar="ADDR:PORT",
        default=None,
        help="serve Prometheus metrics at http://ADDR:PORT/metrics (off by default; "
        "needs the 'reflector' extra: pip install 'sip-alg-doctor[reflector]')",
    )
    p.add_argument(
        "--shutdown-grace",
        type=number_between(0, 60, " seconds"),
        default=5.0,
        metavar="S",
        help="on SIGTERM, still send call-backs due within S seconds; drop the rest "
        "with a log line (default: 5)",
    )
    p.add_argument(
        "--check",
        metavar="HOST[:PORT]",
        default=None,
        help="do not serve: check that the reflector at HOST (port --port) answers over "
        "UDP and TCP (minus --no-udp/--no-tcp); exit 0 if it does, 1 if not. For "
        "container and systemd health checks",
    )
    p.add_argument(
        "--check-timeout",
        type=positive_float,
        default=3.0,
        metavar="S",
        help="seconds each --check transport may take (default: 3)",
    )
    p.add_argument(
        "--log-level",
        default="info",
        choices=("debug", "info", "warning", "error"),
        help="structured (JSON lines) log level on stderr (default: info)",
    )


def _ip(opt: str, value: str) -> str:
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        raise CliError(f"{opt} needs an IP address, not {value!r}") from None


def _split_address(opt: str, text: str, default_port: int | None) -> tuple[str, int]:
    """``ADDR:PORT``, ``[v6]:PORT``, or (with a default port) ``ADDR`` / ``v6``."""
    from app.protocols.errors import RemoteProtocolError
    from app.protocols.sip import split_hostport

    bare_v6 = ":" in text and not text.startswith("[") and text.count(":") > 1
    if bare_v6:
        host, port = text, None
    else:
        try:
            host, port = split_hostport(text)
        except RemoteProtocolError:
            raise CliError(f"{opt} needs ADDR:PORT, not {text[:60]!r}") from None
    port = port or default_port
    if port is None:
        raise CliError(f"{opt} needs ADDR:PORT, not {text[:60]!r} (the port is missing)")
    return host, port


def _port_range(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    from app.core.numbers import parse_number

    low, _, high = text.strip().partition("-")
    lo, hi = parse_number(low.strip(), 1024, 65535), parse_number(high.strip(), 1024, 65535)
    if lo is None or hi is None or lo > hi:
        raise CliError(f"--media-ports needs LOW-HIGH between 1024 and 65535, not {text[:30]!r}")
    return lo, hi


def _check(args: argparse.Namespace) -> int:
    from app.probes.target import TargetError, parse_target
    from app.reflector.health import check

    host, port = _split_address("--check", args.check, args.port)
    try:  # a typo is a usage error (one line, exit 2), not a failed health check
        host = parse_target(host).host
    except TargetError as exc:
        raise CliError(f"--check: {exc}") from None
    transports = tuple(t for t, off in (("udp", args.no_udp), ("tcp", args.no_tcp)) if not off)
    results = check(host, port, transports, args.check_timeout)
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    failed = [r for r in results if r.problem is not None]
    if failed:
        for r in failed:
            print(f"reflector check failed: {target} over {r.transport.upper()}: {r.problem}")
        return 1
    times = ", ".join(f"{r.transport.upper()} {1000 * (r.seconds or 0):.1f} ms" for r in results)
    print(f"reflector {target} answers: {times}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.no_udp and args.no_tcp:
        raise CliError("--no-udp and --no-tcp together leave nothing to serve")
    if args.check is not None:
        return _check(args)
    for opt, value in (
        ("--max-calls", args.max_calls),
        ("--max-calls-per-source", args.max_calls_per_source),
    ):
        if value < 1:
            raise CliError(f"{opt} needs at least 1 (--no-calls refuses test calls)")

    from app.reflector.server import ListenError, ReflectorConfig, configure_logging, serve

    for opt, value in (("--listen", args.listen), ("--stun-alt-address", args.stun_alt_address)):
        if value is not None:
            _ip(opt, value)
    metrics = None
    if args.metrics is not None:
        host, port = _split_address("--metrics", args.metrics, None)
        metrics = (_ip("--metrics", host), port)
        if importlib.util.find_spec("prometheus_client") is None:
            raise CliError(
                "--metrics needs the prometheus_client package: "
                "pip install 'sip-alg-doctor[reflector]'"
            )
    configure_logging(args.log_level)
    config = ReflectorConfig(
        listen=args.listen,
        sip_port=args.port,
        control_port=args.control_port,
        udp=not args.no_udp,
        tcp=not args.no_tcp,
        rate=args.rate,
        burst=args.burst,
        tcp_idle_timeout=args.tcp_idle_timeout,
        stun_port=args.stun_port or None,
        stun_alt_port=args.stun_alt_port,
        stun_alt_address=args.stun_alt_address,
        callbacks=not args.no_callbacks,
        calls=not args.no_calls,
        max_calls=args.max_calls,
        max_calls_per_source=args.max_calls_per_source,
        media_ports=_port_range(args.media_ports),
        shutdown_grace=args.shutdown_grace,
        metrics=metrics,
    )
    try:
        asyncio.run(serve(config))
    except ListenError as exc:
        raise CliError(f"cannot listen on {exc}") from None
    except OSError as exc:
        raise CliError(f"cannot listen on {args.listen}: {exc.strerror or exc}") from None
    return 0
