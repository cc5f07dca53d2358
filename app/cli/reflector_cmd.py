"""``sipalg reflector``: run the server side of the probes."""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
from typing import Any

from app.cli.common import (
    CliError,
    number_between,
    port_number,
    port_or_zero,
    positive_float,
)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "reflector",
        help="run the reflector (the server side of the probes)",
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
    p.add_argument("--port", type=port_number, default=5060, help="SIP port (default: 5060)")
    p.add_argument(
        "--control-port",
        type=port_number,
        default=5080,
        help="non-SIP control port (default: 5080)",
    )
    p.add_argument(
        "--stun-port",
        type=port_or_zero,
        default=3478,
        metavar="PORT",
        help="STUN responder port (default: 3478; 0 disables)",
    )
    p.add_argument(
        "--stun-alt-port",
        type=port_number,
        default=3479,
        metavar="PORT",
        help="second STUN port for RFC 5780 behaviour tests (default: 3479)",
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
        "--log-level",
        default="info",
        choices=("debug", "info", "warning", "error"),
        help="structured (JSON lines) log level on stderr (default: info)",
    )


def run(args: argparse.Namespace) -> int:
    from app.reflector.server import ReflectorConfig, configure_logging, serve

    for opt, value in (("--listen", args.listen), ("--stun-alt-address", args.stun_alt_address)):
        if value is None:
            continue
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise CliError(f"{opt} needs an IP address, not {value!r}") from None
    if args.no_udp and args.no_tcp:
        raise CliError("--no-udp and --no-tcp together leave nothing to serve")
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
    )
    try:
        asyncio.run(serve(config))
    except OSError as exc:
        raise CliError(f"cannot listen on {args.listen}: {exc.strerror or exc}") from None
    return 0
