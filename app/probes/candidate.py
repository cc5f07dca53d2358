"""One place to send the probe, and how it was found: what locating a server yields.

Its own small module so that a literal IP address becomes a candidate without
loading the locator (:mod:`app.probes.locate`), its DNS ordering rules and
its threads: for ``sipalg probe --reflector 192.0.2.1`` that is start-up time
spent on nothing.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every
# string annotation of its fields at import (docs/architecture.md, "Records on the
# probe's path"); real annotations cost nothing.
import enum
from typing import Literal, NamedTuple

from app.protocols.sip import join_hostport

Transport = Literal["udp", "tcp"]


class ResolvedVia(enum.StrEnum):
    """How the target was found; the JSON report's ``target.resolved_via``."""

    LITERAL = "literal"
    A = "a"
    SRV = "srv"
    NAPTR = "naptr"


class Candidate(NamedTuple):
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
