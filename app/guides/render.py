"""One rendering of a guide entry for every front end.

:func:`render` turns a :class:`Family` into a :class:`RenderedGuide`: numbered
steps (menu paths joined with "›", commands kept apart so the wizard can put
a copy button next to them), verification, related settings, workarounds,
sources, and the warnings a user must not miss — above all "this device
cannot switch it off: here is what to do instead". :func:`to_text` (the CLI)
and :func:`to_json` and the wizard's Fix-it page all start from it, so they
always say the same thing.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, Text, Translate, identity
from app.guides.schema import Family, Step

MENU_SEP = " › "


@dataclass(frozen=True, slots=True)
class RenderedStep:
    number: int
    text: str
    menu: str | None
    command: str | None

    @property
    def line(self) -> str:
        return f"{self.text} ({self.menu})" if self.menu else self.text


@dataclass(frozen=True, slots=True)
class RenderedVariant:
    name: str
    method: str
    applies_to: str | None
    steps: tuple[RenderedStep, ...]


@dataclass(frozen=True, slots=True)
class RenderedGuide:
    family: Family
    title: str
    summary: str
    warnings: tuple[Text | str, ...]
    variants: tuple[RenderedVariant, ...]
    verify: tuple[RenderedStep, ...]
    related: tuple[tuple[str, str], ...]
    workarounds: tuple[str, ...]
    sources: tuple[tuple[str, str, str], ...]  # (title, url, kind)
    facts: tuple[tuple[Text, str], ...]  # (label, value) for a small facts table
    workarounds_heading: Text


def _steps(steps: tuple[Step, ...]) -> tuple[RenderedStep, ...]:
    return tuple(
        RenderedStep(i, s.text, MENU_SEP.join(s.menu) if s.menu else None, s.command)
        for i, s in enumerate(steps, 1)
    )


_CONFIDENCE = {
    "vendor-documented": QT_TRANSLATE_NOOP("Guide", "from the maker's own documentation"),
    "provider-documented": QT_TRANSLATE_NOOP("Guide", "from VoIP providers' help pages"),
    "community": QT_TRANSLATE_NOOP(
        "Guide", "from user reports; check the menu names on your device"
    ),
}
_CAN_DISABLE = {
    "yes": QT_TRANSLATE_NOOP("Guide", "yes"),
    "partial": QT_TRANSLATE_NOOP("Guide", "only partly, or not on every firmware"),
    "no": QT_TRANSLATE_NOOP("Guide", "no: use a workaround"),
    "none": QT_TRANSLATE_NOOP("Guide", "there is none: this product has no SIP ALG"),
}
# The heading over the workarounds: "if it cannot be switched off" reads as
# nonsense for a product that has no SIP ALG in the first place.
_WORKAROUNDS_HEADING = {
    "none": QT_TRANSLATE_NOOP("Guide", "What helps instead"),
}
_WORKAROUNDS_DEFAULT = QT_TRANSLATE_NOOP("Guide", "If it cannot be switched off")
_REBOOT = {
    "required": QT_TRANSLATE_NOOP("Guide", "Restart the router afterwards (required)."),
    "recommended": QT_TRANSLATE_NOOP(
        "Guide", "Restart the router afterwards, so calls set up before the change are forgotten."
    ),
    "not-needed": QT_TRANSLATE_NOOP("Guide", "No restart is needed."),
}


def render(family: Family) -> RenderedGuide:
    warnings: list[Text | str] = []
    if family.can_disable == "no":
        warnings.append(
            QT_TRANSLATE_NOOP(
                "Guide",
                "This device cannot switch its SIP ALG off. Use one of the workarounds "
                "below instead.",
            )
        )
    elif family.can_disable == "partial":
        warnings.append(
            QT_TRANSLATE_NOOP(
                "Guide",
                "This device can only partly switch its SIP ALG off (or not on every "
                "firmware). If the test still finds rewriting afterwards, use a workaround below.",
            )
        )
    elif family.can_disable == "none":
        warnings.append(
            QT_TRANSLATE_NOOP(
                "Guide",
                "This product has no SIP ALG of its own, so there is nothing to switch off. "
                "If the test found one, it is in another device on the path (for example "
                "your internet provider's modem).",
            )
        )
    warnings += list(family.warnings)
    facts = (
        (
            QT_TRANSLATE_NOOP("Guide", "Can it be switched off"),
            _CAN_DISABLE[family.can_disable].template,
        ),
        (QT_TRANSLATE_NOOP("Guide", "The setting is called"), ", ".join(family.setting_names)),
        (
            QT_TRANSLATE_NOOP("Guide", "Source of these steps"),
            _CONFIDENCE[family.confidence].template,
        ),
        (QT_TRANSLATE_NOOP("Guide", "Last checked"), family.reviewed.isoformat()),
        (QT_TRANSLATE_NOOP("Guide", "Restart"), _REBOOT[family.reboot].template),
    )
    return RenderedGuide(
        family=family,
        title=family.label,
        summary=family.summary,
        warnings=tuple(warnings),
        variants=tuple(
            RenderedVariant(v.name, v.method, v.applies_to, _steps(v.steps))
            for v in family.variants
            if v.steps
        ),
        verify=_steps(family.verify),
        related=tuple((r.setting, r.advice) for r in family.related),
        workarounds=family.workarounds,
        sources=tuple((s.title, s.url, s.kind) for s in family.sources),
        facts=facts,
        workarounds_heading=_WORKAROUNDS_HEADING.get(family.can_disable, _WORKAROUNDS_DEFAULT),
    )


def _tr(item: Text | str, translate: Translate) -> str:
    return item.render(translate) if isinstance(item, Text) else item


def _wrap(text: str, indent: str, width: int = 78) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=" " * len(indent),
        break_on_hyphens=False,
        break_long_words=False,
    ) or [indent]


def to_text(guide: RenderedGuide, translate: Translate = identity) -> str:
    fam = guide.family
    out = [guide.title, "=" * min(len(guide.title), 78), *_wrap(guide.summary, ""), ""]
    for w in guide.warnings:
        out += _wrap(_tr(w, translate), "WARNING: ")
    if guide.warnings:
        out.append("")
    for label, value in guide.facts:
        out += _wrap(value, f"{label.render(translate)}: ")
    for v in guide.variants:
        head = v.name + (f" ({v.applies_to})" if v.applies_to else "")
        out += ["", head, "-" * min(len(head), 78)]
        for st in v.steps:
            out += _wrap(st.line, f"{st.number:>2}. ")
            if st.command:
                out += ["", *(f"      {ln}" for ln in st.command.splitlines()), ""]
    if guide.verify:
        out += ["", "Check that it is off"]
        for st in guide.verify:
            out += _wrap(st.line, f"{st.number:>2}. ")
            if st.command:
                out += [*(f"      {ln}" for ln in st.command.splitlines())]
    out += ["", *_wrap("Then run `sipalg probe` again to confirm the fix.", "")]
    if guide.related:
        out += ["", "Also worth changing"]
        for setting, advice in guide.related:
            out += _wrap(f"{setting}: {advice}", "  * ")
    if guide.workarounds:
        out += ["", guide.workarounds_heading.render(translate)]
        for w in guide.workarounds:
            out += _wrap(w, "  * ")
    if fam.notes:
        out += ["", "Notes", *_wrap(fam.notes, "  ")]
    out += ["", "Sources"]
    for title, url, kind in guide.sources:
        out += _wrap(f"{title} [{kind}] {url}", "  * ")
    out.append(f"\nGuide id: {fam.id}")
    return "\n".join(out) + "\n"


def _step_json(st: RenderedStep) -> dict[str, Any]:
    return {"number": st.number, "text": st.text, "menu": st.menu, "command": st.command}


def to_json(guide: RenderedGuide, translate: Translate = identity) -> dict[str, Any]:
    fam = guide.family
    return {
        "id": fam.id,
        "brand": fam.brand,
        "brand_id": fam.brand_id,
        "name": fam.name,
        "kind": fam.kind,
        "models": list(fam.models),
        "setting_names": list(fam.setting_names),
        "alg_default": fam.alg_default,
        "can_disable": fam.can_disable,
        "has_sip_alg": fam.can_disable != "none",
        "reboot": fam.reboot,
        "confidence": fam.confidence,
        "reviewed": fam.reviewed.isoformat(),
        "summary": fam.summary,
        "warnings": [_tr(w, translate) for w in guide.warnings],
        "variants": [
            {
                "name": v.name,
                "method": v.method,
                "applies_to": v.applies_to,
                "steps": [_step_json(s) for s in v.steps],
            }
            for v in guide.variants
        ],
        "verify": [_step_json(s) for s in guide.verify],
        "related": [{"setting": s, "advice": a} for s, a in guide.related],
        "workarounds": list(guide.workarounds),
        "notes": fam.notes,
        "sources": [{"title": t, "url": u, "kind": k} for t, u, k in guide.sources],
    }
