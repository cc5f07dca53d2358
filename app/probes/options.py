"""What one probe run does: transports, ports, methods, timers, deadline."""

from __future__ import annotations

from app.core.constants import CONTROL_PORT
from app.core.model import Mode, PortRole, Transport
from app.core.record import Record
from app.probes.messages import METHODS


class ProbeOptions(Record):
    timeout: float = 5.0
    t1: float = 0.5  # RFC 3261 §17.1.1.1 default
    t2: float = 4.0
    transports: tuple[Transport, ...] = (Transport.UDP, Transport.TCP)
    control_port: int = CONTROL_PORT
    methods: tuple[str, ...] = METHODS
    seed: int | None = None
    restart: float = 1.0  # start a fresh attempt this often while unanswered (attempts.py)


def default_transports(mode: Mode) -> tuple[Transport, ...]:
    """Both transports against a reflector; UDP alone against someone else's server
    (what every phone uses, and the least we ask of a server that owes us nothing)."""
    return (Transport.UDP, Transport.TCP) if mode is Mode.REFLECTOR else (Transport.UDP,)


def prepare_options(mode: Mode, options: ProbeOptions | None) -> ProbeOptions:
    options = options or ProbeOptions()
    if mode is Mode.PROVIDER and options.methods == METHODS:
        options = options._replace(methods=("OPTIONS",))  # only what any server answers safely
    return options


def probe_ports(mode: Mode, sip_port: int, options: ProbeOptions) -> list[tuple[int, PortRole]]:
    """The SIP port, and against a reflector the control port beside it."""
    ports = [(sip_port, PortRole.SIP)]
    if mode is Mode.REFLECTOR and options.control_port != sip_port:
        ports.append((options.control_port, PortRole.CONTROL))
    return ports
