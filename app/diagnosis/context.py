"""Findings from the network context: NAT type, carrier-grade NAT, binding lifetime.

Pure functions over the measurements. The CGNAT hint combines two views of
"our public address": what the router says its WAN address is (UPnP
GetExternalIPAddress) and what a STUN server on the internet sees. A WAN
address in 100.64.0.0/10 (RFC 6598, reserved for carrier-grade NAT) or a
private one means another NAT beyond the router; two different public
addresses mean the same.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.addresses import is_lan_address, parse_ip
from app.core.i18n import QT_TRANSLATE_NOOP
from app.diagnosis.findings import Finding, Severity
from app.diagnosis.symptoms import Symptom

if TYPE_CHECKING:  # types only: importing these would cost the plain ALG probe ~80 ms
    from app.netinfo.router import RouterInfo
    from app.probes.lifetime import LifetimeResult
    from app.probes.nat import NatReport

SHARED = ipaddress.ip_network("100.64.0.0/10")


@dataclass(frozen=True, slots=True)
class CgnatHint:
    """Another NAT beyond the router: ``kind`` is "cgnat" or "double-nat"."""

    kind: str
    evidence: str


def _ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    canonical = parse_ip(text)
    return ipaddress.ip_address(canonical) if canonical else None


def cgnat_hint(nat: NatReport | None, router: RouterInfo | None) -> CgnatHint | None:
    """What points to a second NAT, or None. Computed once per run by the pipeline."""
    found = _cgnat(nat, router)
    return None if found is None else CgnatHint(*found)


def _cgnat(nat: NatReport | None, router: RouterInfo | None) -> tuple[str, str] | None:
    wan = _ip(router.upnp.external_ip) if router and router.upnp else None
    mapped = _ip(nat.mapped[0]) if nat and nat.mapped else None
    hop = _ip(router.second_hop) if router else None
    gateway = _ip(router.gateway.ip) if router and router.gateway else None
    if wan is not None and wan.version == 4 and wan in SHARED:
        return "cgnat", f"the router's internet address {wan} is in 100.64.0.0/10 (RFC 6598)"
    if hop is not None and hop.version == 4 and hop in SHARED:
        return "cgnat", (
            f"the first router beyond yours answers from {hop}, an address "
            "reserved for carrier-grade NAT (RFC 6598)"
        )
    if mapped is not None and mapped.version == 4 and mapped in SHARED:
        return "cgnat", f"the STUN server saw you as {mapped}, an RFC 6598 shared address"
    if wan is not None and is_lan_address(str(wan)):
        return "double-nat", f"the router's internet address {wan} is a private address"
    if (
        hop is not None
        and is_lan_address(str(hop))
        and gateway is not None
        and is_lan_address(str(gateway))
        and nat is not None
        and nat.nat_present
    ):
        return "double-nat", (
            f"both your router ({gateway}) and the next router ({hop}) have "
            "private addresses: probably two routers doing NAT in a row"
        )
    if wan is not None and mapped is not None and wan != mapped:
        return "cgnat", (
            f"the router says its internet address is {wan}, but the internet sees {mapped}"
        )
    return None


def context_findings(
    nat: NatReport | None,
    lifetimes: Sequence[LifetimeResult] = (),
    cgnat: CgnatHint | None = None,
) -> list[Finding]:
    out: list[Finding] = []
    if cgnat is not None:
        kind, evidence = cgnat.kind, cgnat.evidence
        title = (
            QT_TRANSLATE_NOOP(
                "Findings",
                "Your provider shares one public address among many customers (carrier-grade NAT)",
            )
            if kind == "cgnat"
            else QT_TRANSLATE_NOOP(
                "Findings", "Your router sits behind another router (double NAT)"
            )
        )
        out.append(
            Finding(
                f"{kind}",
                Severity.WARNING,
                title,
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "There is a second address translation beyond your "
                    "router. Switching off your router's SIP ALG may not be enough: "
                    "the other device can have one too, and incoming calls rely on "
                    "keep-alives.",
                ),
                (Symptom.NO_RING, Symptom.VOICEMAIL, Symptom.REGISTRATION_DROPS),
                (evidence,),
                (
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "Put the provider's modem in bridge (modem-only) mode, "
                        "or ask your provider whether a public IPv4 address is "
                        "available.",
                    ),
                ),
            )
        )
    # Behaviour is a StrEnum: compare with its value, no import needed
    if nat is not None and nat.mapping == "address-and-port-dependent":
        out.append(
            Finding(
                "symmetric-nat",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "Findings", "Your router uses a new port for every destination (symmetric NAT)"
                ),
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "That is not an ALG, but it defeats STUN: phones must "
                    "rely on the provider's NAT handling (most hosted VoIP services "
                    "do this). If you hear one-way audio, ask the provider about it.",
                ),
                (Symptom.ONE_WAY_AUDIO,),
                (f"mapping: {nat.mapping.value}",),
            )
        )
    for lt in lifetimes:
        est = lt.estimate
        if est is None:
            continue
        where = "SIP port" if lt.role == "sip" else "other ports"
        if lt.at_least:
            out.append(
                Finding(
                    f"udp-lifetime-{lt.role}",
                    Severity.OK,
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "Your router keeps idle phone connections open long enough ({where})",
                    ).with_(where=where),
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "Connections stayed open for every delay we tried (up to {seconds} s).",
                    ).with_(seconds=int(est)),
                    evidence=tuple(f"{d:g} s: {'ok' if ok else 'lost'}" for d, ok in lt.tried),
                )
            )
            continue
        severity = Severity.PROBLEM if est < 120 else Severity.INFO
        out.append(
            Finding(
                f"udp-lifetime-{lt.role}",
                severity,
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "Your router forgets an idle phone after about {seconds} s ({where})",
                ).with_(seconds=round(est), where=where),
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "If your phone re-registers less often than every "
                    "{seconds} s (many phones default to 3600 s), the provider cannot "
                    "reach it in between and incoming calls fail or go to voicemail.",
                ).with_(seconds=round(est)),
                (Symptom.NO_RING, Symptom.VOICEMAIL, Symptom.REGISTRATION_DROPS),
                tuple(f"{d:g} s: {'ok' if ok else 'lost'}" for d, ok in lt.tried),
                (
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "Raise the router's UDP time-out to at least 300 s, "
                        "or set the phone's registration interval (or NAT keep-alive) "
                        "below {seconds} s.",
                    ).with_(seconds=int(est * 0.8)),
                ),
            )
        )
    return out
