"""Providers as text for a terminal and as JSON for scripts.

The JSON keys are part of the CLI's contract (tests pin them): scripts and the
wizard read ``probe_targets`` to know where ``sipalg probe --provider`` will
send its requests.
"""

from __future__ import annotations

from typing import Any

from app.providers.schema import (
    COUNTRY_NAMES,
    ProbeTarget,
    Provider,
    PublicServerList,
    Server,
    Source,
)

_ALG_TEXT = {
    "disable": "the provider says to switch it off",
    "avoids-alg": "the provider works around it",
    "no-statement": "we found no statement by the provider",
}
_PHONES_TEXT = {
    "yes": "yes, customers' phones register to it directly",
    "no": "no, a PBX or gateway connects to it, not individual phones",
    "varies": "depends on the product",
}


def target_json(t: ProbeTarget) -> dict[str, Any]:
    return {"host": t.host, "port": t.port, "transport": t.transport}


def _source_json(s: Source) -> dict[str, Any]:
    return {
        "title": s.title,
        "url": s.url,
        "kind": s.kind,
        "checked": s.checked.isoformat(),
        "says": s.says,
    }


def _server_json(s: Server) -> dict[str, Any]:
    return {
        "host": s.host,
        "role": s.role,
        "port": s.port,
        "transports": list(s.transports),
        "note": s.note,
    }


def provider_json(p: Provider) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "aliases": list(p.aliases),
        "countries": list(p.countries),
        "kind": p.kind,
        "phones_register": p.phones_register,
        "alg_advice": p.alg_advice,
        "alg_summary": p.alg_summary,
        "servers": [_server_json(s) for s in p.servers],
        "no_server_reason": p.no_server_reason,
        "probe_targets": [target_json(t) for t in p.probe_targets()],
        "homepage": p.homepage,
        "notes": p.notes,
        "reviewed": p.reviewed.isoformat(),
        "sources": [_source_json(s) for s in p.sources],
    }


def public_json(public: PublicServerList) -> dict[str, Any]:
    return {
        "method": public.method,
        "cannot_check": list(public.cannot_check),
        "services": [
            {
                "id": s.id,
                "name": s.name,
                "host": s.host,
                "port": s.port,
                "transports": list(s.transports),
                "why": s.why,
                "sources": [_source_json(x) for x in s.sources],
            }
            for s in public.services
        ],
        "probe_targets": [target_json(t) for t in public.probe_targets()],
    }


def country_label(code: str) -> str:
    return f"{COUNTRY_NAMES.get(code, code)} ({code})"


def _target_text(t: ProbeTarget) -> str:
    port = f"port {t.port}" if t.port is not None else "port from DNS (SRV)"
    transport = t.transport.upper() if t.transport else "any transport"
    return f"{t.host}, {port}, {transport}"


def _server_line(s: Server) -> str:
    port = f":{s.port}" if s.port is not None else ""
    transports = "/".join(t.upper() for t in s.transports) if s.transports else "any transport"
    line = f"  {s.host}{port} ({s.role}, {transports})"
    return line + (f" - {s.note}" if s.note else "")


def provider_text(p: Provider) -> str:
    lines = [f"{p.name}  (id: {p.id})"]
    if p.aliases:
        lines.append(f"Also known as: {', '.join(p.aliases)}")
    lines.append(f"Countries: {', '.join(COUNTRY_NAMES[c] for c in p.countries)}")
    lines.append(f"Kind: {p.kind}")
    lines.append(f"Phones register directly: {_PHONES_TEXT[p.phones_register]}")
    if p.homepage:
        lines.append(f"Homepage: {p.homepage}")
    lines.append("")
    if p.servers:
        lines.append("Published SIP servers:")
        lines += [_server_line(s) for s in p.servers]
        lines.append("")
        lines.append(f"`sipalg probe --provider {p.id}` would try, in order:")
        lines += [f"  {i}. {_target_text(t)}" for i, t in enumerate(p.probe_targets(), 1)]
    else:
        lines.append("Published SIP servers: none")
        lines.append(f"  {p.no_server_reason}")
        lines.append(
            "  To test against this provider, use the server shown in your phone's "
            "or adapter's SIP settings: sipalg probe --sip-server NAME"
        )
    lines.append("")
    lines.append(f"SIP ALG: {_ALG_TEXT[p.alg_advice]}.")
    if p.alg_summary:
        lines.append(f"  {p.alg_summary}")
    if p.notes:
        lines += ["", f"Notes: {p.notes}"]
    lines += ["", "Sources:"]
    for s in p.sources:
        lines.append(f"  [{s.kind}] {s.title}")
        lines.append(f"    {s.url} (checked {s.checked.isoformat()})")
    lines.append(f"Entry reviewed: {p.reviewed.isoformat()}")
    return "\n".join(lines) + "\n"


def _summary(p: Provider) -> str:
    if p.servers:
        where = p.servers[0].host + (f" (+{len(p.servers) - 1})" if len(p.servers) > 1 else "")
    else:
        where = "no published server"
    return f"{p.name} - {p.kind}; {where}"


def listing_text(providers: list[Provider], countries: list[str]) -> str:
    width = max((len(p.id) for p in providers), default=10) + 2
    n_countries = len(countries)
    head = (
        f"{len(providers)} providers in {n_countries} "
        f"{'country' if n_countries == 1 else 'countries'}. "
        "Look one up with: sipalg providers <name>"
    )
    lines = [head]
    for code in countries:
        lines += ["", country_label(code)]
        members = sorted(
            (p for p in providers if code in p.countries), key=lambda p: p.name.casefold()
        )
        lines += [f"  {p.id:<{width}}{_summary(p)}" for p in members]
    return "\n".join(lines) + "\n"
