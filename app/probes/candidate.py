"""One place to send the probe, and how it was found: what locating a server yields.

Its own small module so that a literal IP address becomes a candidate without
loading the locator (:mod:`app.probes.locate`), its DNS ordering rules and
its threads: for ``sipalg probe --reflector 192.0.2.1`` that is start-up time
spent on nothing.
"""

from __future__ import annotations

import enum

from app.core.record import TYPE_CHECKING, Record
from app.protocols.sip import join_hostport

if TYPE_CHECKING:
    from typing import Literal

    Transport = Literal["udp", "tcp"]


class ResolvedVia(enum.StrEnum):
    """How the target was found; the JSON report's ``target.resolved_via``."""

    LITERAL = "literal"
    A = "a"
    SRV = "srv"
    NAPTR = "naptr"


class Candidate(Record):
    """One place to send the probe, in the order :func:`app.probes.locate.locate` returns them."""

    host: str  # the name the address belongs to (an SRV target, the domain, or the literal)
    address: str
    port: int
    transport: Transport
    resolved_via: ResolvedVia

    @property
    def hostport(self) -> str:
        """``address:port``, IPv6 in brackets: what the report says was used."""
        return join_hostport(self.address, self.port)
