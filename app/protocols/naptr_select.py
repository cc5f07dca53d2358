"""Which of a domain's NAPTR records lead to a SIP server we can use (RFC 3263 §4.1).

A SIP domain may publish NAPTR records that say which transports it offers
and, through their replacement field, which SRV name to look up for each. We
keep the records for plain SIP over UDP ("SIP+D2U") and TCP ("SIP+D2T") that
point on to an SRV name (flag "s") or straight to a host (flag "a"), in the
order the domain asks for (order, then preference). TLS ("SIPS+D2T") and
SCTP are left out: the probe does not speak them. Pure, so it is fuzzed and
unit-tested apart from the look-ups.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

Transport = Literal["udp", "tcp"]

SIP_SERVICES: dict[str, Transport] = {"SIP+D2U": "udp", "SIP+D2T": "tcp"}


@dataclass(frozen=True, slots=True)
class NaptrRecord:
    """One NAPTR record (RFC 3403), text fields decoded, replacement without the final dot."""

    order: int
    preference: int
    flags: str
    service: str
    regexp: str
    replacement: str


@dataclass(frozen=True, slots=True)
class NaptrChoice:
    """A usable record: look up *replacement* as SRV ("s") or as an address ("a")."""

    transport: Transport
    flag: Literal["s", "a"]
    replacement: str


def select_naptr(
    records: Iterable[NaptrRecord], transports: Collection[str] = ("udp", "tcp")
) -> list[NaptrChoice]:
    """The usable records for *transports*, best first, without duplicates.

    Records with a regular expression are skipped: RFC 3263 uses only the
    replacement field, and a regexp there is a misconfiguration we will not
    guess at. A replacement of "." (or empty) leads nowhere and is skipped too.
    """
    ranked = sorted(records, key=lambda r: (r.order, r.preference))
    chosen: list[NaptrChoice] = []
    for rec in ranked:
        transport = SIP_SERVICES.get(rec.service.upper())
        flag = rec.flags.lower()
        if transport is None or transport not in transports or rec.regexp:
            continue
        if flag not in ("s", "a") or rec.replacement in ("", "."):
            continue
        choice = NaptrChoice(transport, "s" if flag == "s" else "a", rec.replacement)
        if choice not in chosen:
            chosen.append(choice)
    return chosen
