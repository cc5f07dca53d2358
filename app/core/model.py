"""The result model shared by probes, diagnosis, report, CLI and wizard.

Immutable records (:class:`app.core.record.Record`, named tuples: cheap to create
at import, see docs/architecture.md) and string enums whose values are exactly the words of the
command-line/JSON contract (docs/architecture.md, "The contract"), so the JSON
writer never has to translate and the contract cannot drift from the code.
This is the bottom layer: it imports nothing else from the application.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from app.core.record import Record


class Mode(StrEnum):
    """What the probe talks to: our reflector (full evidence) or any SIP server."""

    REFLECTOR = "reflector"
    PROVIDER = "provider"  # any standard SIP server, e.g. the user's VoIP provider


class Change(StrEnum):
    REWRITTEN = "rewritten"
    ADDED = "added"
    REMOVED = "removed"
    REORDERED = "reordered"


class Modification(Record):
    """One difference found by the differ. ``sent``/``received`` are ``""`` for
    added/removed parts. Defined here, not in the differ, because every layer
    (probes, diagnosis, reports, the wizard) passes it around."""

    where: str
    change: Change
    sent: str
    received: str
    detail: str = ""


class Transport(StrEnum):
    UDP = "udp"
    TCP = "tcp"


class Status(StrEnum):
    """Per transport (the contract's status words)."""

    CLEAN = "clean"  # arrived and came back unaltered
    MODIFIED = "modified"  # rewritten in either direction
    DROPPED = "dropped"  # SIP port silent while the control port answered
    UNREACHABLE = "unreachable"  # nothing answered at all


class Verdict(StrEnum):
    ALG_DETECTED = "alg_detected"
    NO_ALG_DETECTED = "no_alg_detected"
    SIP_BLOCKED = "sip_blocked"
    INCONCLUSIVE = "inconclusive"


class Direction(StrEnum):
    OUTBOUND = "outbound"  # from this computer to the server
    INBOUND = "inbound"  # from the server back to this computer
    ROUND_TRIP = "round_trip"  # provider mode: changed on the way out or back, cannot tell which


class PortRole(StrEnum):
    SIP = "sip"
    CONTROL = "control"


class PathChange(Record):
    """A modification seen on the path, with where and in which direction."""

    direction: Direction
    port: int
    method: str
    modification: Modification


class Exchange(Record):
    """One request/response transaction of a probe."""

    transport: Transport
    port: int
    role: PortRole
    method: str
    answered: bool
    attempts: int = 0
    rtt_ms: float | None = None
    error: str | None = None  # why there was no answer: "timed out", "connection refused", ...
    changes: tuple[PathChange, ...] = ()
    outbound_checked: bool = False  # the echo carried our request's bytes (or digest)
    inbound_checked: bool = False  # the echo carried the reflector's own response head
    local: tuple[str, int] | None = None  # our address and port as the OS saw it
    seen_as: tuple[str, int] | None = None  # the source address the server saw
    status_code: int | None = None


class TransportResult(Record):
    transport: Transport
    status: Status
    exchanges: tuple[Exchange, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def changes(self) -> tuple[PathChange, ...]:
        """Every modification, deduplicated (the same rewrite seen by several probes)."""
        seen: dict[tuple[object, ...], PathChange] = {}
        for ex in self.exchanges:
            for ch in ex.changes:
                m = ch.modification
                key = (ch.direction, m.where, m.change, m.sent, m.received)
                seen.setdefault(key, ch)
        return tuple(seen.values())


class ProbeResult(Record):
    """Everything one probe run found."""

    mode: Mode
    target: str
    verdict: Verdict
    transports: dict[Transport, TransportResult]
    duration_s: float
    local_address: str | None = None
    public_address: str | None = None
    cancelled: bool = False
    notes: tuple[str, ...] = ()
    extras: Mapping[str, object] = MappingProxyType({})  # read-only: a shared default
