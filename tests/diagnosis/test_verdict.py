"""Statuses and verdict follow the contract exactly; missing evidence is never "no ALG"."""

from __future__ import annotations

import pytest

from app.core.model import Direction, Exchange, PathChange, PortRole, Status, Transport, Verdict
from app.diagnosis.verdict import transport_status, verdict
from app.protocols.diff import Change, Modification

MOD = PathChange(
    Direction.OUTBOUND, 5060, "INVITE", Modification("Via", Change.REWRITTEN, "a", "b")
)


def ex(
    role: PortRole,
    method: str,
    answered: bool,
    changes: tuple[PathChange, ...] = (),
    error: str | None = None,
) -> Exchange:
    port = 5060 if role is PortRole.SIP else 5080
    return Exchange(
        Transport.UDP,
        port,
        role,
        method,
        answered,
        changes=changes,
        error=error if not answered else None,
    )


S, C = PortRole.SIP, PortRole.CONTROL


@pytest.mark.parametrize(
    "exchanges, status",
    [
        ([ex(S, "INVITE", True), ex(C, "INVITE", True)], Status.CLEAN),
        ([ex(S, "INVITE", True, (MOD,)), ex(C, "INVITE", True)], Status.MODIFIED),
        ([ex(S, "INVITE", True), ex(C, "INVITE", True, (MOD,))], Status.MODIFIED),
        ([ex(S, "INVITE", False, error="t"), ex(C, "INVITE", True)], Status.DROPPED),
        (
            [ex(S, "INVITE", False, error="t"), ex(S, "OPTIONS", True), ex(C, "INVITE", True)],
            Status.DROPPED,
        ),
        (
            [ex(S, "INVITE", False, error="t"), ex(C, "INVITE", False, error="t")],
            Status.UNREACHABLE,
        ),
        ([ex(S, "INVITE", True)], Status.CLEAN),  # provider mode: no control port
        ([], Status.UNREACHABLE),
    ],
)
def test_transport_status(exchanges: list[Exchange], status: Status) -> None:
    assert transport_status(exchanges)[0] is status


@pytest.mark.parametrize(
    "statuses, expected",
    [
        ([Status.CLEAN, Status.CLEAN], Verdict.NO_ALG_DETECTED),
        ([Status.CLEAN, Status.MODIFIED], Verdict.ALG_DETECTED),
        ([Status.DROPPED, Status.MODIFIED], Verdict.ALG_DETECTED),
        ([Status.DROPPED, Status.CLEAN], Verdict.SIP_BLOCKED),
        ([Status.CLEAN, Status.UNREACHABLE], Verdict.INCONCLUSIVE),
        ([Status.UNREACHABLE], Verdict.INCONCLUSIVE),
        ([], Verdict.INCONCLUSIVE),
    ],
)
def test_verdict(statuses: list[Status], expected: Verdict) -> None:
    assert verdict(statuses) is expected
