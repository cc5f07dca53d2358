"""The report renderings the CLI and the wizard share: JSON, text, summary, HTML, redaction."""

from __future__ import annotations

import json

from app.pipeline.diagnose import conclude
from app.report.bundle import (
    REDACTED,
    Report,
    public_addresses,
    redact,
    summary,
    to_html,
    to_json,
    to_text,
)
from app.ui.demo import PUBLIC, session  # pure-Python canned results (no Qt imported)


def report(alg: bool = True, before: bool = False) -> Report:
    s = session(alg=alg)
    b = session(alg=True) if before else None
    return Report(conclude(s), conclude(b) if b else None)


def test_json_has_the_contract_and_the_context() -> None:
    doc = json.loads(to_json(report()))
    assert doc["verdict"] == "alg_detected"
    assert doc["transports"]["udp"]["status"] == "modified"
    assert {"where", "sent", "received"} <= set(doc["transports"]["udp"]["modifications"][0])
    assert doc["router"]["guide_id"] == "tp-link-archer" and doc["nat"]["mapping"]


def test_redaction_removes_every_public_address_everywhere() -> None:
    r = report(before=True)
    assert PUBLIC[0] in public_addresses(r.session)
    for render in (to_json, to_text, summary, to_html):
        plain = render(r)  # type: ignore[operator]
        hidden = render(r, redact_public=True)  # type: ignore[operator]
        assert PUBLIC[0] in plain and PUBLIC[0] not in hidden and REDACTED in hidden
        assert "192.168.1.23" in hidden  # the private address stays: support needs it


def test_redact_does_not_eat_longer_addresses() -> None:
    assert redact("1.2.3.4 and 11.2.3.45 and 1.2.3.4:5060", {"1.2.3.4"}) == (
        f"{REDACTED} and 11.2.3.45 and {REDACTED}:5060"
    )


def test_html_marks_what_changed_and_shows_before_after() -> None:
    html = to_html(report(alg=False, before=True))
    assert html.startswith("<!DOCTYPE html>") and "Before and after" in html
    changed = to_html(report(alg=True))
    assert "<del>192.168.1.23</del>" in changed and f"<ins>{PUBLIC[0]}</ins>" in changed
    assert "<script" not in changed  # a static, safe page


def test_summary_is_short_and_names_the_router() -> None:
    text = summary(report())
    assert text.splitlines()[0].startswith("SIP ALG Doctor") and "SIP ALG DETECTED" in text
    assert "TP-Link" in text and len(text.splitlines()) <= 20


def test_a_public_service_run_says_what_it_cannot_check() -> None:
    from app.pipeline.servers import TargetReport
    from tests.records import replace as _replace

    r = report(alg=False)
    target = TargetReport("sip2sip.info", "public", "srv", "proxy.sipthor.net", "192.0.2.9:5060")
    public = Report(_replace(r.outcome, target=target))
    text = to_text(public)
    assert "sip2sip.info (public)" in text and "SDP of an INVITE" in text
    assert "SDP of an INVITE" not in to_text(r)
