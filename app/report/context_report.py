"""JSON and text for the network context: ``nat``, ``router`` and ``lifetime``."""

from __future__ import annotations

from app.core.record import TYPE_CHECKING
from app.protocols.sip import join_hostport

if TYPE_CHECKING:
    from typing import Any

    from app.diagnosis.context import CgnatHint
    from app.netinfo.router import RouterInfo
    from app.probes.lifetime import LifetimeResult
    from app.probes.nat import NatReport


def _addr(a: tuple[str, int] | None) -> str | None:
    if a is None:
        return None
    return join_hostport(*a)


def nat_json(nat: NatReport | None, hint: CgnatHint | None) -> dict[str, Any] | None:
    if nat is None:
        return None
    return {
        "stun_server": nat.server,
        "local": _addr(nat.local),
        "public": _addr(nat.mapped),
        "nat_present": nat.nat_present,
        "mapping": nat.mapping.value,
        "filtering": nat.filtering.value,
        "port_preserved": nat.port_preserved,
        "hairpinning": nat.hairpinning,
        "rfc5780": nat.rfc5780,
        "cgnat": None if hint is None else {"kind": hint.kind, "evidence": hint.evidence},
        "error": nat.error,
        "notes": list(nat.notes),
    }


def router_json(info: RouterInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    up = info.upnp
    desc = up.description if up else None
    match = info.match
    return {
        "gateway": info.gateway.ip if info.gateway else None,
        "gateway_mac": info.gateway.mac if info.gateway else None,
        "second_hop": info.second_hop,
        "mac_vendor": info.mac_vendor,
        "brand": info.brand,
        "model": info.model,
        "guide_id": match.family.id if match else None,
        "confidence": match.confidence if match else 0.0,
        "evidence": list(match.evidence) if match else [],
        "upnp": None
        if up is None
        else {
            "responder": up.responder,
            "server": up.ssdp_server,
            "manufacturer": desc.manufacturer if desc else None,
            "model_name": desc.model_name if desc else None,
            "model_number": desc.model_number if desc else None,
            "friendly_name": desc.friendly_name if desc else None,
            "external_ip": up.external_ip,
            "error": up.error,
        },
        "web": None
        if info.web is None
        else {
            "url": info.web.url,
            "status": info.web.status,
            "server": info.web.server,
            "title": info.web.title,
            "realm": info.web.realm,
            "error": info.web.error,
        },
        "notes": list(info.notes),
    }


def lifetime_json(results: tuple[LifetimeResult, ...]) -> dict[str, Any] | None:
    if not results:
        return None
    return {
        r.role: {
            "port": r.port,
            "seconds": r.estimate,
            "at_least": r.at_least,
            "longest_ok": r.longest_ok,
            "first_failed": r.first_failed,
            "tried": [{"delay": d, "arrived": ok} for d, ok in r.tried],
            "error": r.error,
        }
        for r in results
    }


def context_text(
    nat: NatReport | None,
    router: RouterInfo | None,
    lifetimes: tuple[LifetimeResult, ...],
    hint: CgnatHint | None = None,
) -> list[tuple[str, list[str]]]:
    sections: list[tuple[str, list[str]]] = []
    if nat is not None:
        lines = []
        if nat.error:
            lines.append(f"  NAT test via {nat.server}: {nat.error}")
        else:
            lines += [
                f"  Seen on the internet as {_addr(nat.mapped)} (STUN: {nat.server})",
                f"  Mapping: {nat.mapping.value}; filtering: {nat.filtering.value}",
                f"  Port preserved: {'yes' if nat.port_preserved else 'no'}; "
                f"hairpinning: {'yes' if nat.hairpinning else 'no'}",
            ]
            if hint:
                kind = "Carrier-grade NAT" if hint.kind == "cgnat" else "Double NAT"
                lines.append(f"  {kind}: {hint.evidence}")
            lines += [f"  Note: {n}" for n in nat.notes]
        sections.append(("Your connection (NAT)", lines))
    if router is not None:
        lines = []
        if router.gateway:
            mac = f" ({router.gateway.mac})" if router.gateway.mac else ""
            lines.append(f"  Gateway: {router.gateway.ip}{mac}")
        if router.match:
            model = f" {router.model}" if router.model else ""
            lines.append(
                f"  Looks like: {router.brand}{model} (confidence {router.match.confidence:.0%})"
            )
            lines += [f"    - {e}" for e in router.match.evidence]
            lines.append(f"  Guide: sipalg guide {router.match.family.id}")
        else:
            lines.append("  Could not tell which router this is; `sipalg guide` lists them all.")
        sections.append(("Your router", lines))
    if lifetimes:
        lines = []
        for lt in lifetimes:
            what = "SIP port" if lt.role == "sip" else "other ports"
            if lt.error:
                lines.append(f"  {what} ({lt.port}): {lt.error}")
            elif lt.at_least:
                lines.append(f"  {what} ({lt.port}): kept open for at least {lt.estimate:g} s")
            else:
                lines.append(
                    f"  {what} ({lt.port}): forgotten after about {lt.estimate:g} s "
                    f"(between {lt.longest_ok:g} and {lt.first_failed:g} s)"
                )
        sections.append(("How long the router remembers an idle phone", lines))
    return sections
