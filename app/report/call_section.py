"""The test call in a report: its figures (report/call_view.py) plus what they mean.

One place renders a :class:`~app.pipeline.test_call.TestCall` for every
report the user can get: ``sipalg call``, ``sipalg probe --call`` and the
saved report (JSON, text, HTML) of the wizard. The findings come from
diagnosis/call_findings.py; here they are only worded and laid out.
"""

from __future__ import annotations

import html
import textwrap
from typing import Any

from app.core.i18n import Translate, identity
from app.diagnosis.call_findings import CallDiagnosis
from app.diagnosis.symptoms import info
from app.pipeline.test_call import TestCall
from app.report.call_view import call_json, link_json, to_text


def call_findings_json(diag: CallDiagnosis, translate: Translate = identity) -> dict[str, Any]:
    """``call.findings`` and friends (docs/json-report.md, "What the call means")."""
    return {
        "findings": [
            {
                "id": c.finding.id,
                "severity": c.finding.severity.value,
                "measured": c.measured,
                "title": c.finding.title.render(translate),
                "detail": c.finding.detail.render(translate),
                "concerns": [s.value for s in c.concerns],
                "explains": [s.value for s in c.finding.explains],
                "evidence": list(c.finding.evidence),
                "actions": [a.render(translate) for a in c.finding.actions],
            }
            for c in diag.findings
        ],
        "symptoms": {s.value: note.render(translate) for s, note in diag.notes},
        "next_steps": [a.render(translate) for a in diag.steps],
    }


def call_report_json(
    call: TestCall | None, translate: Translate = identity
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The report's ``call`` and ``link`` values (None, None: no call, or none made)."""
    if call is None or call.summary is None:
        return None, None
    doc = call_json(call.summary)
    doc.update(call_findings_json(call.diagnosis, translate))
    return doc, link_json(call.summary.link)


def _wrap(text: str, indent: str = "", more: str = "  ") -> list[str]:
    return textwrap.wrap(
        text, 78, initial_indent=indent, subsequent_indent=more, break_on_hyphens=False
    ) or [""]


def findings_lines(diag: CallDiagnosis, translate: Translate = identity) -> list[str]:
    """The "What the call means" part of the text: findings, symptoms, steps."""
    lines: list[str] = []
    if diag.findings:
        lines.append("What the call means")
        for c in diag.findings:
            lines += _wrap(f"* {c.finding.title.render(translate)}")
            lines += _wrap(c.finding.detail.render(translate), "    ", "    ")
    if diag.notes:
        lines.append("Your symptoms and the call")
        for s, note in diag.notes:
            lines += _wrap(f"* {info(s).label.render(translate)}: {note.render(translate)}")
    if diag.steps:
        lines.append("What to do about it")
        for i, a in enumerate(diag.steps, 1):
            lines += _wrap(f"{i}. {a.render(translate)}", "", "   ")
    return lines


def call_report_lines(call: TestCall, translate: Translate = identity) -> list[str]:
    """The "Test call" section of the text report (indented like the other sections)."""
    if call.summary is None:
        why = call.skipped.render(translate) if call.skipped else "not made"
        return [f"  No test call: {why}"]
    body = to_text(call.summary).splitlines() + findings_lines(call.diagnosis, translate)
    return [f"  {line}" if line else "" for line in body]


def call_report_html(
    call: TestCall, translate: Translate = identity, *, before: bool = False
) -> str:
    """The "Test call" section of the HTML report; everything escaped.

    ``before``: the call of the first run, in a report after the fix (the re-test
    makes no call)."""
    esc = html.escape
    title = "<h2>Test call (before the fix)</h2>" if before else "<h2>Test call</h2>"
    if call.summary is None:
        why = call.skipped.render(translate) if call.skipped else "not made"
        return f"{title}<p>No test call: {esc(why)}</p>"
    out = [title, f"<pre>{esc(to_text(call.summary))}</pre>"]
    if call.diagnosis.findings:
        out.append("<ul>")
        for c in call.diagnosis.findings:
            out.append(
                f"<li><strong>{esc(c.finding.title.render(translate))}</strong><br>"
                f"{esc(c.finding.detail.render(translate))}</li>"
            )
        out.append("</ul>")
    if call.diagnosis.steps:
        out.append("<ol>")
        out += [f"<li>{esc(a.render(translate))}</li>" for a in call.diagnosis.steps]
        out.append("</ol>")
    return "\n".join(out)
