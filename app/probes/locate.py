"""Find a domain's SIP servers the way a phone does (RFC 3263 §4), under a hard deadline.

Why: users (and the provider directory) give a SIP *domain* such as
``example.com``, and the server that phones actually reach is published in
DNS: NAPTR records say which transports the domain offers and where to look
next, SRV records (RFC 2782) give the hosts, ports, priorities and weights,
and only when neither exists is the domain's own address used on port 5060.
Testing the domain's A record instead would test the wrong machine, or none.

The steps, as RFC 3263 §4 orders them:

* an IP address literal is used as it is (``literal``);
* a port given explicitly skips NAPTR and SRV: A/AAAA of the name (``a``);
* NAPTR records for "SIP+D2U"/"SIP+D2T", best first, each followed to its
  SRV name (flag "s") or host (flag "a") (``naptr``);
* otherwise SRV at ``_sip._udp.<domain>`` and ``_sip._tcp.<domain>`` (``srv``);
* otherwise A/AAAA of the domain on port 5060 (``a``).

The result is every candidate in the order to try them; trying them ("the
next target when one is silent") is the pipeline's job
(:func:`app.pipeline.diagnose.run_diagnosis`). The ordering rules
themselves are pure and live in ``app.protocols.srv_order`` and
``app.protocols.naptr_select``.

All look-ups share one deadline, enforced through dnspython's ``lifetime``,
so a dead or silent DNS server costs at most that long, never the ten seconds
and more that ``getaddrinfo`` can block. Failures become a
:class:`LocateError` with one sentence for the user. dnspython is imported
only when a name has to be looked up, so an IP address costs no import.

Names are looked up in DNS only: entries in the hosts file are not seen.
"""

from __future__ import annotations

import errno
import ipaddress
import random
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from app.probes.candidate import Candidate, ResolvedVia
from app.probes.target import TargetError, parse_target
from app.protocols.naptr_select import NaptrRecord, Transport, select_naptr
from app.protocols.srv_order import RandomSource, SrvRecord, order_srv, service_refused

if TYPE_CHECKING:
    from concurrent.futures import Future

    import dns.resolver

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_PORT",
    "Candidate",
    "LocateError",
    "ResolvedVia",
    "Transport",
    "locate",
]

DEFAULT_PORT = 5060
DEFAULT_DEADLINE = 3.0
MAX_SRV_TARGETS = 8  # per SRV set: a phone tries a handful, and each costs look-ups


FailureKind = Literal[
    "invalid",
    "nxdomain",
    "servfail",
    "refused",
    "timeout",
    "no-network",
    "no-config",
    "no-records",
    "no-service",
    "dns-error",
]


class LocateError(TargetError):
    """The server cannot be located; ``str()`` is one sentence for the user.

    A :class:`TargetError`, so callers that already report a bad address
    report this the same way. ``kind`` lets a caller tell the cases apart
    (e.g. a timeout is worth a retry, a name that does not exist is not).
    """

    def __init__(self, message: str, kind: FailureKind) -> None:
        super().__init__(message)
        self.kind: FailureKind = kind


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def _strip_dot(name: str) -> str:
    return name[:-1] if name.endswith(".") and name != "." else name


class _Dns:
    """dnspython look-ups sharing one deadline, failures turned into LocateError."""

    def __init__(self, resolver: dns.resolver.Resolver | None, seconds: float) -> None:
        import dns.resolver

        self.seconds = seconds
        self.end = time.monotonic() + seconds
        if resolver is None:
            try:
                resolver = dns.resolver.Resolver()
            except dns.resolver.NoResolverConfiguration:
                raise LocateError(
                    "no DNS server is configured on this computer — connect to a network "
                    "or give the server's IP address",
                    "no-config",
                ) from None
        self.resolver = resolver

    def timed_out(self, name: str) -> LocateError:
        return LocateError(
            f"no DNS answer for {name!r} within {self.seconds:g} s — check the network "
            "connection or give the server's IP address",
            "timeout",
        )

    def query(self, name: str, rdtype: str) -> list[Any] | None:
        """The *rdtype* records at *name*: [] if there are none, None if *name* does not exist."""
        import dns.exception
        import dns.resolver

        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise self.timed_out(name)
        try:
            answer = self.resolver.resolve(
                name, rdtype, lifetime=remaining, raise_on_no_answer=False, search=False
            )
        except dns.resolver.NXDOMAIN:
            return None
        except dns.exception.Timeout:
            raise self.timed_out(name) from None
        except dns.resolver.NoNameservers as exc:
            raise _no_nameservers(name, exc.kwargs.get("errors") or []) from None
        except dns.exception.DNSException as exc:
            raise LocateError(f"the DNS look-up of {name!r} failed: {exc}", "dns-error") from None
        except OSError as exc:
            raise _os_error(name, exc) from None
        return list(answer.rrset) if answer.rrset is not None else []

    def start(self, name: str, rdtype: str) -> Future[list[Any] | None]:
        """:meth:`query` in a daemon thread: the result (or error) arrives in the future.

        Daemon threads, not an executor: a query still waiting when the caller
        has its answer (or has given up) must not hold up the program's exit;
        it ends by itself at the shared deadline.
        """
        from concurrent.futures import Future

        future: Future[list[Any] | None] = Future()

        def run() -> None:
            try:
                future.set_result(self.query(name, rdtype))
            except BaseException as exc:  # handed over to whoever reads the future
                future.set_exception(exc)

        threading.Thread(target=run, name=f"dns-{rdtype}", daemon=True).start()
        return future


def _no_nameservers(name: str, errors: Sequence[tuple[Any, ...]]) -> LocateError:
    """One sentence for "every DNS server failed", from what each one did."""
    outcomes = [err[3] for err in errors if len(err) > 3]
    for outcome in outcomes:
        if isinstance(outcome, OSError):
            return _os_error(name, outcome)
    if "SERVFAIL" in outcomes:
        return LocateError(
            f"the DNS server could not look up {name!r} (SERVFAIL) — the domain's DNS is "
            "broken or unreachable; try again later or give the server's IP address",
            "servfail",
        )
    if "REFUSED" in outcomes:
        return LocateError(
            f"the DNS server refused to look up {name!r} (REFUSED) — check this "
            "computer's DNS settings or give the server's IP address",
            "refused",
        )
    return LocateError(f"no DNS server gave a usable answer for {name!r}", "dns-error")


_NO_NETWORK = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EADDRNOTAVAIL}


def _os_error(name: str, exc: OSError) -> LocateError:
    if exc.errno in _NO_NETWORK:
        return LocateError(
            f"cannot look up {name!r}: no network (the DNS server is unreachable) — "
            "check the connection",
            "no-network",
        )
    reason = exc.strerror or str(exc)
    return LocateError(f"cannot look up {name!r}: {reason}", "dns-error")


Records = list[Any] | None  # what _Dns.query returns
HostEntry = tuple[str, int, Transport, ResolvedVia]  # a name to turn into candidates


class _Locator:
    """One run of RFC 3263 §4 for one domain; gathers candidates as it goes.

    The look-ups of one step go out together (RFC 3263 orders the steps, not
    the queries within one), and the NAPTR, SRV and A/AAAA queries for the
    domain itself go out at once: with a DNS server 30 ms away that is three
    round trips instead of seven or more. Answers are still *used* in the
    RFC's order, so a speculative answer that the RFC would not have asked
    for is simply ignored.
    """

    def __init__(self, dns_: _Dns, domain: str, rng: RandomSource) -> None:
        self.dns = dns_
        self.domain = domain
        self.rng = rng
        self.found: list[Candidate] = []

    def add(self, cand: Candidate) -> None:
        if all(
            (c.address, c.port, c.transport) != (cand.address, cand.port, cand.transport)
            for c in self.found
        ):
            self.found.append(cand)

    def start_addresses(self, name: str) -> tuple[Future[Records], Future[Records]]:
        return self.dns.start(name, "A"), self.dns.start(name, "AAAA")

    @staticmethod
    def addresses(looked_up: tuple[Future[Records], Future[Records]]) -> list[str] | None:
        """IPv4 addresses first, then IPv6 (NAT is an IPv4 matter); None: no such name."""
        v4, v6 = looked_up[0].result(), looked_up[1].result()
        if v4 is None and v6 is None:
            return None
        return [r.address for r in (v4 or [])] + [r.address for r in (v6 or [])]

    def add_hosts(self, entries: Sequence[HostEntry]) -> None:
        """Candidates for each entry, in the entries' order; a name without address is skipped."""
        pending = {name: self.start_addresses(name) for name, _, _, _ in entries}
        failure: LocateError | None = None
        for name, port, transport, via in entries:
            try:
                addrs = self.addresses(pending[name]) or []
            except LocateError as exc:
                if exc.kind == "timeout":
                    raise  # the deadline is spent: the caller keeps what was found
                failure = failure or exc  # one broken target must not hide the others
                continue
            for addr in addrs:
                self.add(Candidate(name, addr, port, transport, via))
        if failure is not None and not self.found:
            raise failure

    @staticmethod
    def srv(looked_up: Future[Records]) -> list[SrvRecord]:
        return [
            SrvRecord(r.priority, r.weight, r.port, _strip_dot(r.target.to_text()))
            for r in looked_up.result() or []
        ]

    def srv_entries(
        self, records: list[SrvRecord], transport: Transport, via: ResolvedVia
    ) -> list[HostEntry]:
        ordered = order_srv(records, self.rng)[:MAX_SRV_TARGETS]
        return [(rec.target, rec.port, transport, via) for rec in ordered]

    def domain_only(
        self,
        port: int,
        transport: Transport,
        via: ResolvedVia,
        looked_up: tuple[Future[Records], Future[Records]] | None = None,
    ) -> None:
        addrs = self.addresses(looked_up or self.start_addresses(self.domain))
        if addrs is None:
            raise _nxdomain(self.domain)
        if not addrs:
            raise LocateError(
                f"the name {self.domain!r} has no address (no A or AAAA record in DNS)",
                "no-records",
            )
        for addr in addrs:
            self.add(Candidate(self.domain, addr, port, transport, via))

    def run(self, transports: Sequence[Transport], preferred: Transport | None) -> None:
        naptr_q = self.dns.start(self.domain, "NAPTR")
        srv_q = {t: self.dns.start(f"_sip._{t}.{self.domain}", "SRV") for t in transports}
        domain_q = self.start_addresses(self.domain)

        naptr = naptr_q.result()
        if naptr is None:
            raise _nxdomain(self.domain)
        choices = select_naptr(
            [
                NaptrRecord(
                    r.order,
                    r.preference,
                    r.flags.decode("ascii", "replace"),
                    r.service.decode("ascii", "replace"),
                    r.regexp.decode("ascii", "replace"),
                    _strip_dot(r.replacement.to_text()),
                )
                for r in naptr
            ],
            transports,
        )
        next_q = {c: self.dns.start(c.replacement, "SRV") for c in choices if c.flag == "s"}
        entries: list[HostEntry] = []
        for choice in choices:
            if choice.flag == "s":
                srv = self.srv(next_q[choice])
                entries += self.srv_entries(srv, choice.transport, ResolvedVia.NAPTR)
            else:
                entries.append(
                    (choice.replacement, DEFAULT_PORT, choice.transport, ResolvedVia.NAPTR)
                )
        self.add_hosts(entries)
        if self.found:
            return

        usable_seen = refused = False
        entries = []
        for transport in transports:
            records = self.srv(srv_q[transport])
            if service_refused(records):
                refused = True
                continue
            usable_seen = usable_seen or bool(records)
            entries += self.srv_entries(records, transport, ResolvedVia.SRV)
        self.add_hosts(entries)
        if self.found:
            return
        if usable_seen:
            raise LocateError(
                f"the SRV records of {self.domain!r} point to names that have no address",
                "no-records",
            )
        if refused:
            raise LocateError(
                f"{self.domain!r} publishes that it offers no SIP service (its SRV record "
                "points to '.')",
                "no-service",
            )
        self.domain_only(DEFAULT_PORT, preferred or "udp", ResolvedVia.A, domain_q)


def _nxdomain(name: str) -> LocateError:
    return LocateError(f"the name {name!r} does not exist — check the spelling", "nxdomain")


def locate(
    host: str,
    port: int | None = None,
    transport: Transport | None = None,
    *,
    deadline: float = DEFAULT_DEADLINE,
    resolver: dns.resolver.Resolver | None = None,
    rng: RandomSource | None = None,
) -> list[Candidate]:
    """The candidates for *host*, in the order to try them (never empty).

    *transport* limits the search to UDP or TCP; without it UDP candidates
    come before TCP ones from the same step. *deadline* (seconds) bounds all
    the look-ups together; if it runs out after some candidates were found,
    those are returned, otherwise :class:`LocateError` says so. *resolver* is
    a ``dns.resolver.Resolver`` (the system's by default; tests point one at
    their own server) and is not modified. *rng* draws the SRV weights.
    """
    if transport not in (None, "udp", "tcp"):
        raise LocateError(f"unknown transport {transport!r} (use udp or tcp)", "invalid")
    if port is not None and not 1 <= port <= 65535:
        raise LocateError(f"port {port} is out of range (1 to 65535)", "invalid")
    name = host.strip()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    literal = _literal(name)
    if literal is not None:
        return [
            Candidate(
                literal, literal, port or DEFAULT_PORT, transport or "udp", ResolvedVia.LITERAL
            )
        ]
    domain = _checked_name(name)
    locator = _Locator(_Dns(resolver, deadline), domain, rng or random.Random())
    transports: tuple[Transport, ...] = (transport,) if transport else ("udp", "tcp")
    try:
        if port is not None:
            locator.domain_only(port, transport or "udp", ResolvedVia.A)
        else:
            locator.run(transports, transport)
    except LocateError as exc:
        if exc.kind != "timeout" or not locator.found:
            raise
    return locator.found


def _checked_name(name: str) -> str:
    """The name in the ASCII form DNS uses, checked as the rest of the app checks names.

    :func:`parse_target` holds the one definition of a valid host name (and
    converts internationalised names), so a name refused here is refused
    with the same words everywhere. A colon cannot be part of a name (the
    port is its own argument here).
    """
    if not name.strip(" ."):
        raise LocateError("no server name given", "invalid")
    shown = repr(name if len(name) <= 60 else name[:59] + "…")
    if ":" in name:
        raise LocateError(f"{shown} is not a valid host name or IP address", "invalid")
    try:
        return _strip_dot(parse_target(name).host)
    except TargetError as exc:
        raise LocateError(str(exc), "invalid") from None
