"""Which server to test against, found the way a phone finds it, with failover.

A user rarely knows a server's address. What they have is a provider's name
(the directory), a SIP domain from their phone's settings, a copy of the app
preset by their provider, or nothing at all (the public fallback list). Each
becomes one or more :class:`ServerChoice`; each choice is located like a phone
does it (RFC 3263: NAPTR, SRV, A/AAAA, :mod:`app.probes.locate`), and the
candidates are tried in order until one answers at all.

Why fail over only on silence: a server that answered gave evidence, whatever
the verdict; one that never answered says nothing about the user's router, so
the honest move is the next candidate of the same kind, and when none is left
the result stays *inconclusive* with "try another server" as the advice.

:class:`TargetReport` records what was asked for, how it was found
(``resolved_via``), which address produced the verdict and which candidates
were silent, for the report's ``target`` object.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from app.core.addresses import parse_ip
from app.core.constants import SIP_PORT
from app.core.model import Mode, ProbeResult
from app.core.progress import CancelToken
from app.core.record import TYPE_CHECKING, Record
from app.probes.target import (
    Target,
    TargetError,
    call_unless_cancelled,
    parse_target,
    resolve_unless_cancelled,
)
from app.protocols.sip import join_hostport, split_hostport

if TYPE_CHECKING:
    from typing import Any

    from app.probes.candidate import Candidate
    from app.providers.schema import Provider, PublicServerList

# Where a choice came from: what the report and the wizard say about it.
SOURCES = ("typed", "provider", "preset", "public")
MAX_CANDIDATES = 4  # per choice: a phone tries a handful; each silent one costs a probe timeout


class ServerChoice(Record):
    """One server to try. ``port`` None: locate it via DNS (RFC 3263)."""

    host: str
    port: int | None = None
    transport: str | None = None  # "udp" | "tcp" | None (any)
    source: str = "typed"
    label: str = ""  # e.g. the provider's name, for the report
    # Pinned: probe this address (found earlier) under ``host``'s name, without
    # locating again; how a re-test returns to the server that gave the verdict.
    address: str | None = None

    def __str__(self) -> str:
        return join_hostport(self.host, self.port) if self.port else self.host


def parse_choice(text: str, *, source: str = "typed", label: str = "") -> ServerChoice:
    """``HOST``, ``HOST:PORT`` or ``[IPv6]:PORT`` as typed; raises TargetError with one sentence.

    Unlike :func:`parse_target`, no port stays no port: a phone then asks DNS
    which port (and which server) the domain uses.
    """
    target = parse_target(text, default_port=0)
    return ServerChoice(target.host, target.port or None, None, source, label)


class TargetReport(Record):
    """How the server that produced the verdict was chosen and found."""

    requested: str  # what was asked for, e.g. "example.com" or "sipgate (provider directory)"
    source: str  # typed | provider | preset | public
    resolved_via: str | None = None  # literal | a | srv | naptr (None: never located)
    host: str | None = None  # the server's name (an SRV target, the domain, or the literal)
    used: str | None = None  # address:port that produced the verdict
    transport: str | None = None
    silent: tuple[tuple[str, str], ...] = ()  # (host, address:port) of servers that never answered
    errors: tuple[str, ...] = ()  # choices that could not be located, one sentence each
    label: str = ""
    extra: Mapping[str, Any] = MappingProxyType({})  # read-only: a shared default

    def to_json(self) -> dict[str, Any]:
        return {
            "requested": self.requested,
            "source": self.source,
            "label": self.label or None,
            "resolved_via": self.resolved_via,
            "host": self.host,
            "used": self.used,
            "transport": self.transport,
            "silent": [{"host": h, "used": u} for h, u in self.silent],
            "errors": list(self.errors),
        }


def hostport_text(host: str | None, used: str | None) -> str:
    """``pbx.example.net (203.0.113.5:5060)``, or just the address when the name is it."""
    if not host or not used or used.rsplit(":", 1)[0].strip("[]") == host:
        return used or host or ""
    return f"{host} ({used})"


def answered_at_all(probe: ProbeResult) -> bool:
    """True when any probe got any answer: the server is there (whatever it said)."""
    return any(ex.answered for tr in probe.transports.values() for ex in tr.exchanges)


def preset_choices(defaults: Mapping[str, Any]) -> tuple[Mode, tuple[ServerChoice, ...]] | None:
    """A provider's build-time preset from ``resources/defaults.toml``, or None.

    ``reflectors = ["r1.example.net", "r2.example.net:5062"]`` (tried in order,
    the failover list) wins over ``sip_servers``/``sip_server``; the single
    ``reflector = "..."`` of older files still works. Entries that do not parse
    are skipped (a broken preset must not stop the app); none left means no preset.
    """

    def listed(plural: str, single: str) -> list[str]:
        value = defaults.get(plural)
        items = list(value) if isinstance(value, list) else []
        one = defaults.get(single)
        if isinstance(one, str):
            items.append(one)
        return [i for i in items if isinstance(i, str) and i.strip()]

    for mode, plural, single in (
        (Mode.REFLECTOR, "reflectors", "reflector"),
        (Mode.PROVIDER, "sip_servers", "sip_server"),
    ):
        choices = []
        for text in listed(plural, single):
            try:
                choices.append(parse_choice(text, source="preset"))
            except TargetError:
                continue
        if choices:
            return mode, tuple(dict.fromkeys(choices))
    return None


def describe_choices(choices: Iterable[ServerChoice]) -> str:
    names = [c.label or str(c) for c in choices]
    return names[0] if len(names) == 1 else f"{names[0]} (+{len(names) - 1} more)"


def locate_choice(choice: ServerChoice, cancel: CancelToken) -> list[Candidate]:
    """The candidates for one choice, in the order to try them (at most MAX_CANDIDATES).

    An explicit port means the user named the server: its address comes from
    the system resolver (hosts file and mDNS names included), as RFC 3263 §4.2
    allows. Without a port, DNS is asked as a phone asks it; when DNS knows
    nothing of the name (not a time-out), the system resolver gets a last
    chance, for names that live only in the hosts file or on the LAN.
    Returns [] when cancelled. Raises TargetError (LocateError) with one sentence.
    """
    from app.probes.candidate import Candidate, ResolvedVia

    transport: Any = choice.transport

    def system(port: int) -> list[Candidate]:
        target = Target(choice.host, port)
        addresses = resolve_unless_cancelled(target, cancel) or []
        return [
            Candidate(choice.host, a, port, transport or "udp", ResolvedVia.A)
            for a in addresses[:MAX_CANDIDATES]
        ]

    if choice.address is not None:
        port = choice.port or SIP_PORT
        return [
            Candidate(choice.host, choice.address, port, transport or "udp", ResolvedVia.LITERAL)
        ]
    literal = parse_ip(choice.host)
    if literal is not None:  # an IP address is used as it is (RFC 3263 §4.1)
        port = choice.port or SIP_PORT
        return [Candidate(literal, literal, port, transport or "udp", ResolvedVia.LITERAL)]
    if choice.port is not None:
        return system(choice.port)
    # The locator (and dnspython behind it): only when DNS has to be asked.
    from app.probes.locate import LocateError, locate

    try:
        found = call_unless_cancelled(lambda: locate(choice.host, choice.port, transport), cancel)
    except LocateError as exc:
        if exc.kind not in ("nxdomain", "no-records", "no-config", "no-network"):
            raise
        try:
            return system(SIP_PORT)
        except TargetError:
            raise exc from None
    return (found or [])[:MAX_CANDIDATES]


def provider_choices(provider: Provider) -> tuple[ServerChoice, ...]:
    """A directory entry's published servers as choices, UDP/any first (what the
    default provider-mode probe sends); TLS-only servers are left out (the probe
    speaks UDP and TCP). Empty when the provider publishes no server name."""
    targets = [t for t in provider.probe_targets() if t.transport in (None, "udp", "tcp")]
    targets.sort(key=lambda t: t.transport == "tcp")
    return tuple(
        dict.fromkeys(
            ServerChoice(t.host, t.port, t.transport, "provider", provider.name) for t in targets
        )
    )


def public_choices(public: PublicServerList) -> tuple[ServerChoice, ...]:
    """The "I don't know" list: public services that answer an OPTIONS, in order."""
    out: list[ServerChoice] = []
    for service in public.services:
        for t in service.probe_targets():
            if t.transport in (None, "udp", "tcp"):
                out.append(ServerChoice(t.host, t.port, t.transport, "public", service.name))
    return tuple(dict.fromkeys(out))


def retest_choices(
    first: TargetReport | None, choices: tuple[ServerChoice, ...]
) -> tuple[ServerChoice, ...]:
    """The servers for a re-test: the one that produced the first verdict, first.

    A before/after comparison is only fair against the same server; the rest of
    the list stays as failover in case that one has gone quiet meanwhile.
    """
    if first is None or not first.used or not first.host:
        return choices
    address, port = split_hostport(first.used)
    pinned = ServerChoice(
        first.host,
        port,
        first.transport if first.transport in ("udp", "tcp") else None,
        first.source,
        first.label,
        address,
    )
    return (pinned, *choices)
