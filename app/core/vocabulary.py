"""The words for verdicts, statuses and confidence: one vocabulary, translatable.

The CLI's text report, the saved reports and the wizard all name the same
verdicts; when each kept its own table, they drifted ("clean/modified" on one,
"unchanged/changed" on another) and only the wizard's could be translated.
Every rendering now takes its words from here and passes its own translate
function (identity for the CLI, Qt's in the wizard). The context is "Words".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.core.model import Mode, Status, Verdict

# The report's headline word for each verdict (upper case in the text report).
VERDICT_WORDS: Mapping[Verdict, Text] = MappingProxyType(
    {
        Verdict.ALG_DETECTED: QT_TRANSLATE_NOOP("Words", "SIP ALG DETECTED"),
        Verdict.NO_ALG_DETECTED: QT_TRANSLATE_NOOP("Words", "NO SIP ALG DETECTED"),
        Verdict.SIP_BLOCKED: QT_TRANSLATE_NOOP("Words", "SIP BLOCKED"),
        Verdict.INCONCLUSIVE: QT_TRANSLATE_NOOP("Words", "INCONCLUSIVE"),
    }
)
# A sentence-style title for each verdict (the wizard's pages).
VERDICT_TITLES: Mapping[Verdict, Text] = MappingProxyType(
    {
        Verdict.ALG_DETECTED: QT_TRANSLATE_NOOP("Words", "A SIP ALG is changing your calls"),
        Verdict.SIP_BLOCKED: QT_TRANSLATE_NOOP(
            "Words", "Calls on the standard SIP port are blocked"
        ),
        Verdict.NO_ALG_DETECTED: QT_TRANSLATE_NOOP("Words", "No SIP ALG found"),
        Verdict.INCONCLUSIVE: QT_TRANSLATE_NOOP("Words", "Inconclusive: we could not tell"),
    }
)
VERDICT_SHORT: Mapping[Verdict, Text] = MappingProxyType(
    {
        Verdict.ALG_DETECTED: QT_TRANSLATE_NOOP("Words", "✗ SIP ALG found"),
        Verdict.SIP_BLOCKED: QT_TRANSLATE_NOOP("Words", "✗ SIP blocked"),
        Verdict.NO_ALG_DETECTED: QT_TRANSLATE_NOOP("Words", "✓ no SIP ALG"),
        Verdict.INCONCLUSIVE: QT_TRANSLATE_NOOP("Words", "? no answer"),
    }
)
# A transport's status explained (reports) and in short (the wizard's tables).
STATUS_WORDS: Mapping[Status, Text] = MappingProxyType(
    {
        Status.CLEAN: QT_TRANSLATE_NOOP("Words", "clean (arrived and came back unchanged)"),
        Status.MODIFIED: QT_TRANSLATE_NOOP("Words", "modified (rewritten on the way)"),
        Status.DROPPED: QT_TRANSLATE_NOOP(
            "Words", "dropped (the SIP port swallowed it, another port got through)"
        ),
        Status.UNREACHABLE: QT_TRANSLATE_NOOP("Words", "no usable answer"),
    }
)
STATUS_SHORT: Mapping[Status, Text] = MappingProxyType(
    {
        Status.CLEAN: QT_TRANSLATE_NOOP("Words", "✓ unchanged"),
        Status.MODIFIED: QT_TRANSLATE_NOOP("Words", "✗ changed"),
        Status.DROPPED: QT_TRANSLATE_NOOP("Words", "✗ blocked"),
        Status.UNREACHABLE: QT_TRANSLATE_NOOP("Words", "? no answer"),
    }
)
# Keyed by the Confidence values ("high", "medium", "low"); core stays below diagnosis.
CONFIDENCE_WORDS: Mapping[str, Text] = MappingProxyType(
    {
        "high": QT_TRANSLATE_NOOP("Words", "very sure"),
        "medium": QT_TRANSLATE_NOOP("Words", "fairly sure"),
        "low": QT_TRANSLATE_NOOP("Words", "not sure"),
    }
)
MODE_WORDS: Mapping[Mode, Text] = MappingProxyType(
    {
        Mode.REFLECTOR: QT_TRANSLATE_NOOP("Words", "reflector"),
        Mode.PROVIDER: QT_TRANSLATE_NOOP("Words", "SIP server"),
    }
)
