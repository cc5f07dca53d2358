"""Turn an answered probe into the report's evidence record, and OS errors into words."""

from __future__ import annotations

from app.core.model import Exchange, PortRole, Transport
from app.probes.analysis import analyse_answer
from app.probes.messages import BuiltProbe
from app.protocols.sip import Response, parse_via


def answered_exchange(
    probe: BuiltProbe,
    *,
    transport: Transport,
    port: int,
    role: PortRole,
    local: tuple[str, int],
    answer_raw: bytes,
    answer: Response,
    attempts: int,
    rtt: float,
    server_host: str,
) -> Exchange:
    """One answered probe as evidence.

    A function of its own (not part of a runner) so the wizard's demo sessions
    build their canned evidence through exactly the same analysis as a real probe.
    """
    ev = analyse_answer(
        sent=probe.wire,
        request=probe.request,
        answer_raw=answer_raw,
        answer=answer,
        transport=transport.value,
        port=port,
        local=local,
        server_host=server_host,
    )
    return Exchange(
        transport=transport,
        port=port,
        role=role,
        method=probe.method,
        answered=True,
        attempts=attempts,
        rtt_ms=round(rtt * 1000, 2),
        changes=ev.changes,
        outbound_checked=ev.outbound_checked,
        inbound_checked=ev.inbound_checked,
        local=local,
        seen_as=ev.seen_as,
        status_code=answer.status,
    )


def probe_local(probe: BuiltProbe) -> tuple[str, int]:
    """The local address a probe announced in its top Via (the one it was sent from)."""
    via = parse_via(probe.request.get_all("Via")[0])
    return via.host, via.port or 0


def describe_oserror(exc: OSError) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (nothing listens on that port)"
    if isinstance(exc, TimeoutError):
        return "timed out"
    text = exc.strerror or exc.__class__.__name__
    return text[:1].lower() + text[1:]
