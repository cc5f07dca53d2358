"""One report, three renderings: JSON, plain text, HTML — shared by CLI and wizard.

The wizard's "save report" and the CLI's output come from here, so a support
engineer sees the same facts whichever way the user ran the test. Redaction
(for users who do not want their public address in a ticket) works on the
rendered output: every public address we learned is replaced, wherever it
appears, including inside echoed SIP headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from app import __version__
from app.core.i18n import Translate, identity
from app.core.model import Verdict
from app.core.record import TYPE_CHECKING, Record
from app.core.vocabulary import (
    CONFIDENCE_WORDS,
    MODE_WORDS,
    STATUS_SHORT,
    STATUS_WORDS,
    VERDICT_WORDS,
)
from app.diagnosis.findings import Diagnosis, evidence_line
from app.diagnosis.symptoms import Symptom, info
from app.pipeline.diagnose import Outcome
from app.pipeline.servers import TargetReport, hostport_text
from app.pipeline.session import SessionResult
from app.protocols.diff import token_diff
from app.report.context_report import context_text, lifetime_json, nat_json, router_json
from app.report.json_report import report_json

if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

REDACTED = "x.x.x.x"


class Report(Record):
    outcome: Outcome
    before: Outcome | None = None  # the first run, when this is a re-test
    created: datetime | None = None

    @property
    def session(self) -> SessionResult:
        return self.outcome.session

    @property
    def diagnosis(self) -> Diagnosis:
        return self.outcome.diagnosis


def public_addresses(session: SessionResult) -> set[str]:
    found = set()
    if session.probe.public_address:
        found.add(session.probe.public_address)
    if session.nat and session.nat.mapped:
        found.add(session.nat.mapped[0])
    if session.router and session.router.upnp and session.router.upnp.external_ip:
        found.add(session.router.upnp.external_ip)
    return {a for a in found if a}


def redact(text: str, secrets: set[str]) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        text = re.sub(rf"(?<![\d.]){re.escape(secret)}(?![\d])", REDACTED, text)
    return text


def _secrets(report: Report, on: bool) -> set[str]:
    if not on:
        return set()
    out = public_addresses(report.session)
    if report.before is not None:
        out |= public_addresses(report.before.session)
    return out


def to_json(report: Report, *, redact_public: bool = False) -> str:
    s = report.session
    doc: dict[str, Any] = report_json(
        s.probe,
        report.diagnosis,
        {
            "nat": nat_json(s.nat, report.outcome.cgnat),
            "router": router_json(s.router),
            "lifetime": lifetime_json(s.lifetimes),
            "timings": dict(s.timings),
            "timed_out": list(s.timed_out),
            "failed_checks": list(s.failed),
        },
    )
    doc["target"] = _target_json(report.outcome)
    if report.outcome.call is not None:  # asked for: the call, or null and why not
        from app.report.call_section import call_report_json

        doc["call"], doc["link"] = call_report_json(report.outcome.call)
        if report.outcome.call.skipped:
            doc["call_skipped"] = report.outcome.call.skipped.render()
    if report.before is not None:
        b = report.before
        doc["before"] = {
            "verdict": b.probe.verdict.value,
            "transports": {t.value: tr.status.value for t, tr in b.probe.transports.items()},
        }
        if b.call is not None and report.outcome.call is None:  # the re-test makes no call
            from app.report.call_section import call_report_json

            doc["before"]["call"], doc["before"]["link"] = call_report_json(b.call)
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    return redact(text, _secrets(report, redact_public)) + "\n"


def _target_json(outcome: Outcome) -> dict[str, Any]:
    if outcome.target is not None:
        return outcome.target.to_json()
    return TargetReport(outcome.probe.target, "typed", used=outcome.probe.target).to_json()


_VIA_WORDS = {
    "srv": "found via DNS SRV",
    "naptr": "found via DNS NAPTR and SRV",
    "a": "its address from DNS",
    "literal": "an IP address",
}


def target_text(outcome: Outcome) -> list[str]:
    """How the server was found, when there is more to say than the address typed."""
    t = outcome.target
    if t is None or (
        t.resolved_via in (None, "literal")
        and not t.silent
        and not t.errors
        and t.source != "public"
    ):
        return []
    lines = [f"  Asked for: {t.requested}" + (f" ({t.source})" if t.source != "typed" else "")]
    if t.used:
        how = _VIA_WORDS.get(t.resolved_via or "", t.resolved_via or "")
        lines.append(f"  Tested: {hostport_text(t.host, t.used)}, {how}")
    lines += [f"  No answer from: {hostport_text(h, u)}" for h, u in t.silent]
    lines += [f"  Could not use: {e}" for e in t.errors]
    if t.source == "public":
        lines.append(
            "  A public SIP service gets only harmless OPTIONS requests: what an ALG does to a "
            "call's audio description (the SDP of an INVITE) is not checked this way."
        )
    return lines


def to_text(report: Report, translate: Translate = identity, *, redact_public: bool = False) -> str:
    from app.report.text_report import render_text  # the text report: not for --json

    s = report.session
    sections = context_text(s.nat, s.router, s.lifetimes, report.outcome.cgnat)
    if server := target_text(report.outcome):
        sections.insert(0, ("The server", server))
    if s.timed_out or s.failed:
        words = {"nat": "the NAT test (STUN)", "router": "identifying your router"}
        sections.append(
            (
                "Left out",
                [
                    f"  {words.get(n, n)}: took too long (DNS or the network did not answer "
                    "in time); the verdict does not depend on it"
                    for n in s.timed_out
                ]
                + [
                    f"  {words.get(n, n)}: could not be done (an error in SIP ALG Doctor: "
                    "the wizard's log or `sipalg --debug` has the details); the verdict "
                    "does not depend on it"
                    for n in s.failed
                ],
            )
        )
    # The call's rendering (report/call_section.py) loads the call's own model
    # (RTP, SDP, the call, asyncio): imported only when there was a call, so the
    # ALG verdict's path stays lean (tests/cli/test_probe_startup.py).
    if report.outcome.call is not None:
        from app.report.call_section import call_report_lines

        sections.append(("Test call", call_report_lines(report.outcome.call, translate)))
    elif report.before is not None and report.before.call is not None:
        from app.report.call_section import call_report_lines

        lines = call_report_lines(report.before.call, translate)
        sections.append(("Test call (before the fix)", lines))
    if report.before is not None:
        b = report.before.probe
        sections.insert(
            0,
            (
                "Before the fix",
                [
                    f"  {VERDICT_WORDS[b.verdict].render(translate)}: "
                    + ", ".join(
                        f"{t.value.upper()} {tr.status.value}" for t, tr in b.transports.items()
                    )
                ],
            ),
        )
    text = render_text(s.probe, report.diagnosis, translate, extra_sections=sections)
    return redact(text, _secrets(report, redact_public))


def summary(
    report: Report,
    translate: Translate = identity,
    *,
    redact_public: bool = False,
    symptoms: Sequence[Symptom] | None = None,
) -> str:
    """A few lines for a support ticket, in the order a support engineer reads them.

    When it was run, the verdict in one sentence, what the user noticed, which
    server answered (with failover it may not be the one chosen), then the
    evidence; after a fix the "before" evidence stays, since it is the proof
    the provider asks for. Statuses use the words the wizard's screens use
    (``STATUS_SHORT``), so the user and the ticket say the same thing.
    ``symptoms``: the ones the user ticked (the diagnosis only keeps those it
    has a note for); None takes them from the diagnosis.
    """
    s = report.session
    p = s.probe
    d = report.diagnosis
    from datetime import UTC, datetime  # a dated summary only: `sipalg probe` never needs it

    created = (report.created or datetime.now(UTC)).astimezone(UTC)
    confidence = CONFIDENCE_WORDS.get(str(d.confidence.value), CONFIDENCE_WORDS["low"])
    ticked = [n for n, _ in d.symptom_notes] if symptoms is None else list(symptoms)
    named = [info(x).label.render(translate) for x in ticked if x is not Symptom.NOT_SURE]
    lines = [
        f"SIP ALG Doctor {__version__} — {created:%Y-%m-%d %H:%M} UTC",
        f"Result: {VERDICT_WORDS[p.verdict].render(translate)} "
        f"({confidence.render(translate)}). {d.headline.render(translate)}",
        f"Symptoms: {'; '.join(named) if named else 'none given'}",
        *_server_lines(report.outcome, translate),
        *_status_lines(report.outcome, translate),
    ]
    lines += _change_lines(report.outcome)
    if report.before is not None:
        b = report.before.probe
        statuses = ", ".join(
            f"{t.value.upper()} {STATUS_SHORT[tr.status].render(translate)}"
            for t, tr in b.transports.items()
        )
        lines.append(f"Before the fix: {VERDICT_WORDS[b.verdict].render(translate)} — {statuses}")
        lines += _change_lines(report.before)
    if s.router and s.router.match:
        lines.append(
            f"Router: {s.router.brand} {s.router.model or ''} "
            f"(guide {s.router.match.family.id})".replace("  ", " ")
        )
    if s.nat and not s.nat.error:
        lines.append(f"NAT: mapping {s.nat.mapping.value}, filtering {s.nat.filtering.value}")
    for lt in s.lifetimes:
        if lt.estimate is not None:
            lines.append(
                f"UDP binding lifetime ({lt.role}): {lt.estimate:g} s"
                f"{' or more' if lt.at_least else ''}"
            )
    return redact("\n".join(lines) + "\n", _secrets(report, redact_public))


def _server_lines(outcome: Outcome, translate: Translate) -> list[str]:
    """The server that produced the verdict (``Outcome.target``), and the silent ones."""
    t = outcome.target
    where = hostport_text(t.host, t.used) if t is not None and t.used else outcome.probe.target
    if t is not None and t.label and t.label not in (t.host, t.used):
        where = f"{t.label}, {where}"
    kind = MODE_WORDS[outcome.probe.mode].render(translate)
    lines = [f"Server ({kind}): {where}"]
    if t is not None and t.silent:
        lines.append("No answer from: " + ", ".join(hostport_text(h, u) for h, u in t.silent))
    return lines


def _status_lines(outcome: Outcome, translate: Translate) -> list[str]:
    return [
        f"{t.value.upper()}: {STATUS_SHORT[tr.status].render(translate)}"
        for t, tr in outcome.probe.transports.items()
    ]


def _change_lines(outcome: Outcome, limit: int = 8) -> list[str]:
    changes = [ch for tr in outcome.probe.transports.values() for ch in tr.changes]
    lines = [f"  {evidence_line(ch)}" for ch in changes[:limit]]
    if len(changes) > limit:
        lines.append(f"  ... {len(changes) - limit} more changes in the full report")
    return lines


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60em;margin:2em auto;
padding:0 1em;line-height:1.45;color:#1d1d1f;background:#fff}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
.verdict{font-size:1.2em;padding:.8em 1em;border-radius:.4em;background:#f1f3f5}
.alg_detected,.sip_blocked{background:#fdecea}.no_alg_detected{background:#e8f5e9}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ddd;
padding:.3em .5em;vertical-align:top;text-align:left}code,pre{font-family:ui-monospace,
Menlo,Consolas,monospace;font-size:.85em;white-space:pre-wrap;word-break:break-all}
del{background:#ffd7d5;text-decoration:none}ins{background:#ccf0d0;text-decoration:none}
.muted{color:#666}
"""


def _mark(sent: str, received: str) -> tuple[str, str]:
    """Both values as HTML with the differing tokens marked (<del>/<ins>)."""
    import html  # HTML only: the JSON and text reports never load it

    left, right = token_diff(sent, received)
    esc = html.escape
    return (
        "".join(f"<del>{esc(t)}</del>" if c else esc(t) for t, c in left),
        "".join(f"<ins>{esc(t)}</ins>" if c else esc(t) for t, c in right),
    )


def to_html(report: Report, translate: Translate = identity, *, redact_public: bool = False) -> str:
    import html  # HTML only: the JSON and text reports never load it
    from datetime import UTC, datetime

    s, d = report.session, report.diagnosis
    p = s.probe
    esc = html.escape

    def word(v: Verdict) -> str:
        return esc(VERDICT_WORDS[v].render(translate))

    created = (report.created or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>SIP ALG Doctor report — {word(p.verdict)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>SIP ALG Doctor report</h1>",
        f"<p class='muted'>Version {esc(__version__)} · {esc(created)} · test against "
        f"{esc(MODE_WORDS[p.mode].render(translate))} {esc(p.target)}</p>",
        f"<div class='verdict {p.verdict.value}'><strong>{word(p.verdict)}"
        f"</strong> (confidence: {esc(d.confidence.value)})<br>"
        f"{esc(d.headline.render(translate))}</div>",
    ]
    if report.before is not None:
        b = report.before.probe
        out.append(
            "<h2>Before and after</h2><table><tr><th></th><th>Before</th><th>After</th></tr>"
        )
        out.append(f"<tr><td>Verdict</td><td>{word(b.verdict)}</td><td>{word(p.verdict)}</td></tr>")
        for t, tr in p.transports.items():
            before = b.transports.get(t)
            out.append(
                f"<tr><td>{t.value.upper()}</td><td>"
                f"{esc(before.status.value if before else '—')}</td>"
                f"<td>{esc(tr.status.value)}</td></tr>"
            )
        out.append("</table>")
    if server := target_text(report.outcome):
        out.append(f"<h2>The server</h2><pre>{esc(chr(10).join(server))}</pre>")
    out.append("<h2>Evidence</h2>")
    for t, tr in p.transports.items():
        out.append(f"<h3>{t.value.upper()}: {esc(STATUS_WORDS[tr.status].render(translate))}</h3>")
        if tr.changes:
            out.append(
                "<table><tr><th>Where</th><th>Direction</th><th>Sent</th><th>Received</th></tr>"
            )
            for ch in tr.changes:
                m = ch.modification
                left, right = _mark(m.sent, m.received)
                out.append(
                    f"<tr><td>{esc(m.where)}<br><span class='muted'>{esc(ch.method)}, "
                    f"port {ch.port}</span></td><td>{esc(ch.direction.value)}</td>"
                    f"<td><code>{left}</code></td><td><code>{right}</code></td></tr>"
                )
            out.append("</table>")
        for note in tr.notes:
            out.append(f"<p class='muted'>{esc(note)}</p>")
    out.append("<h2>What it means</h2><ul>")
    for f in d.findings:
        out.append(
            f"<li><strong>{esc(f.title.render(translate))}</strong><br>"
            f"{esc(f.detail.render(translate))}</li>"
        )
    out.append("</ul>")
    if d.next_steps:
        out.append("<h2>What to do next</h2><ol>")
        out += [f"<li>{esc(step.render(translate))}</li>" for step in d.next_steps]
        out.append("</ol>")
    for title, lines in context_text(s.nat, s.router, s.lifetimes, report.outcome.cgnat):
        out.append(f"<h2>{esc(title)}</h2><pre>{esc(chr(10).join(lines))}</pre>")
    if report.outcome.call is not None:
        from app.report.call_section import call_report_html

        out.append(call_report_html(report.outcome.call, translate))
    elif report.before is not None and report.before.call is not None:
        from app.report.call_section import call_report_html

        out.append(call_report_html(report.before.call, translate, before=True))
    out.append("</body></html>\n")
    return redact("\n".join(out), _secrets(report, redact_public))
