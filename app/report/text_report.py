"""The plain-text report the CLI prints: verdict, evidence, meaning, next steps.

Order matters for a worried reader: first one sentence that answers "is it
my router?", then the evidence that proves it, then what it means for the
symptoms they have, then what to do. Plain ASCII markers, because Windows
consoles still mangle symbols.
"""

from __future__ import annotations

import textwrap

from app import __version__
from app.core.i18n import Translate, identity
from app.core.model import ProbeResult, Verdict
from app.core.vocabulary import MODE_WORDS, STATUS_WORDS, VERDICT_WORDS
from app.diagnosis.findings import Diagnosis, evidence_line
from app.diagnosis.symptoms import info

MAX_EVIDENCE = 12
_WIDTH = 78


def _wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    ) or [""]


def render_text(
    result: ProbeResult,
    diag: Diagnosis,
    translate: Translate = identity,
    extra_sections: list[tuple[str, list[str]]] | None = None,
) -> str:
    what = MODE_WORDS[result.mode].render(translate)
    lines = [
        f"SIP ALG Doctor {__version__}: test against {what} {result.target} "
        f"({result.duration_s:.2f} s)",
        "",
    ]
    verdict = VERDICT_WORDS[result.verdict].render(translate)
    lines.append(f"RESULT: {verdict} (confidence: {diag.confidence.value})")
    lines += _wrap(diag.headline.render(translate), "")
    lines += ["", "Evidence"]
    for t, tr in result.transports.items():
        lines.append(f"  {t.value.upper()}: {STATUS_WORDS[tr.status].render(translate)}")
        changes = tr.changes
        for ch in changes[:MAX_EVIDENCE]:
            lines += _wrap(evidence_line(ch), "    ")
        if len(changes) > MAX_EVIDENCE:
            lines.append(f"    ... and {len(changes) - MAX_EVIDENCE} more (--json shows all)")
        for note in tr.notes:
            lines += _wrap(note, "    ")
    lines += ["", "What it means"]
    for f in diag.findings:
        lines += _wrap(f"* {f.title.render(translate)}")
        lines += _wrap(f.detail.render(translate), "    ")
    if diag.symptom_notes:
        lines += ["", "Your symptoms"]
        for symptom, relation in diag.symptom_notes:
            label = info(symptom).label.render(translate)
            lines += _wrap(f"* {label}: {relation.render(translate)}")
    for title, body in extra_sections or []:
        lines += ["", title, *body]
    if diag.next_steps:
        lines += ["", "What to do next"]
        for i, step in enumerate(diag.next_steps, 1):
            lines += _wrap(f"{i}. {step.render(translate)}")
    if result.verdict is Verdict.ALG_DETECTED:
        lines += ["", "  Step-by-step guides for 100+ routers: sipalg guide <brand>"]
    return "\n".join(lines) + "\n"
