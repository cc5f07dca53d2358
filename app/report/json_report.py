"""The JSON report: the fixed contract (docs/architecture.md), plus everything else we know.

Fixed keys (other tools parse them): ``verdict``; ``transports`` -> each probed
transport -> ``status`` and ``modifications`` (each with ``where``, ``sent``,
``received``). Everything else is an addition: per-modification direction,
change kind and a human hint; per-probe details; timings; addresses; the
diagnosis with its findings; and sections other features add (``nat``,
``router``).
"""

from __future__ import annotations

from app import __version__
from app.core.i18n import Translate, identity
from app.core.model import Exchange, PathChange, ProbeResult, TransportResult
from app.core.record import TYPE_CHECKING
from app.diagnosis.findings import Diagnosis

if TYPE_CHECKING:
    from typing import Any

SCHEMA = "https://sip-alg-doctor.invalid/schema/probe-report/1"


def modification_json(ch: PathChange) -> dict[str, Any]:
    m = ch.modification
    return {
        "where": m.where,
        "sent": m.sent,
        "received": m.received,
        "change": m.change.value,
        "direction": ch.direction.value,
        "detail": m.detail,
        "port": ch.port,
        "method": ch.method,
    }


def exchange_json(ex: Exchange) -> dict[str, Any]:
    return {
        "port": ex.port,
        "role": ex.role.value,
        "method": ex.method,
        "answered": ex.answered,
        "status_code": ex.status_code,
        "attempts": ex.attempts,
        "rtt_ms": ex.rtt_ms,
        "error": ex.error,
        "outbound_checked": ex.outbound_checked,
        "inbound_checked": ex.inbound_checked,
        "local": None if ex.local is None else f"{ex.local[0]}:{ex.local[1]}",
        "seen_as": None if ex.seen_as is None else f"{ex.seen_as[0]}:{ex.seen_as[1]}",
        "modifications": len(ex.changes),
    }


def transport_json(tr: TransportResult) -> dict[str, Any]:
    return {
        "status": tr.status.value,
        "modifications": [modification_json(ch) for ch in tr.changes],
        "notes": list(tr.notes),
        "probes": [exchange_json(ex) for ex in tr.exchanges],
    }


def diagnosis_json(diag: Diagnosis, translate: Translate = identity) -> dict[str, Any]:
    return {
        "headline": diag.headline.render(translate),
        "confidence": diag.confidence.value,
        "findings": [
            {
                "id": f.id,
                "severity": f.severity.value,
                "title": f.title.render(translate),
                "detail": f.detail.render(translate),
                "explains": [s.value for s in f.explains],
                "evidence": list(f.evidence),
                "actions": [a.render(translate) for a in f.actions],
            }
            for f in diag.findings
        ],
        "symptoms": {s.value: note.render(translate) for s, note in diag.symptom_notes},
    }


def report_json(
    result: ProbeResult, diag: Diagnosis | None = None, extras: dict[str, Any] | None = None
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "verdict": result.verdict.value,
        "transports": {t.value: transport_json(tr) for t, tr in result.transports.items()},
        "mode": result.mode.value,
        "target": result.target,
        "duration_s": result.duration_s,
        "local_address": result.local_address,
        "public_address": result.public_address,
        "cancelled": result.cancelled,
        "notes": list(result.notes),
        "tool": {"name": "sip-alg-doctor", "version": __version__},
    }
    if diag is not None:
        doc["diagnosis"] = diagnosis_json(diag)
    for key, value in {**result.extras, **(extras or {})}.items():
        doc.setdefault(key, value)
    return doc
