"""The router guide format: typed records and a strict validator.

Why strict: the guide database is advice people follow on the device that
connects them to the internet. A typo in a field name silently dropping a
warning, or an entry with no source, is worse than a load error. So every
level rejects unknown keys, every family needs a source, and the confidence
level must be backed by a source of that kind.

One TOML file per brand lives in ``resources/guides/``; the file format is
described for contributors in ``resources/guides/README.md``. This module
turns the parsed TOML (plain dicts) into frozen dataclasses or raises
:class:`GuideFormatError` naming the file and the field.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.data_check import DataContext

SCHEMA_VERSION: Final = 1

KINDS: Final = frozenset(
    {
        "consumer-router",
        "isp-gateway",
        "mesh-wifi",
        "business-router",
        "firewall",
        "router-os",
        "cloud-managed",
        "mobile-router",
        "generic",
    }
)
ALG_DEFAULTS: Final = frozenset({"on", "off", "varies", "unknown", "none"})
# "none": the product has no SIP ALG, so there is nothing to switch off. It is
# not "yes": a user told "this can be disabled" goes looking for a switch that
# does not exist. Exactly the families with alg_default = "none" use it.
CAN_DISABLE: Final = frozenset({"yes", "no", "partial", "none"})
REBOOT: Final = frozenset({"required", "recommended", "not-needed"})
METHODS: Final = frozenset({"web", "cli", "app", "none"})
CONFIDENCE: Final = ("vendor-documented", "provider-documented", "community")
SOURCE_KINDS: Final = frozenset({"vendor", "provider", "community"})


class GuideFormatError(ValueError):
    """A guide file does not follow the format; the message names file and field."""


@dataclass(frozen=True, slots=True)
class Step:
    """One numbered instruction.

    ``menu`` is a web-UI path shown as ``A › B › C``; ``command`` is text the
    user types exactly (a CLI block, shown with a copy button).
    """

    text: str
    menu: tuple[str, ...] = ()
    command: str | None = None


@dataclass(frozen=True, slots=True)
class Variant:
    """A way to reach the setting: one firmware generation, UI or tool."""

    name: str
    method: str
    steps: tuple[Step, ...]
    applies_to: str | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """A nearby setting worth changing too (UDP time-outs, consistent NAT, ...)."""

    setting: str
    advice: str


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str
    kind: str


@dataclass(frozen=True, slots=True)
class Family:
    """One product family whose steps are the same: the unit a guide id names."""

    id: str
    brand_id: str
    brand: str
    name: str
    kind: str
    default: bool
    models: tuple[str, ...]
    match: tuple[re.Pattern[str], ...]
    setting_names: tuple[str, ...]
    alg_default: str
    can_disable: str
    reboot: str
    confidence: str
    reviewed: _dt.date
    summary: str
    variants: tuple[Variant, ...]
    verify: tuple[Step, ...]
    related: tuple[Related, ...]
    workarounds: tuple[str, ...]
    warnings: tuple[str, ...]
    sources: tuple[Source, ...]
    notes: str | None = None

    @property
    def label(self) -> str:
        """Brand and family, as a picker shows them."""
        return f"{self.brand} — {self.name}"


@dataclass(frozen=True, slots=True)
class Brand:
    id: str
    name: str
    aliases: tuple[str, ...]
    homepage: str | None
    families: tuple[Family, ...] = field(default=())

    @property
    def default_family(self) -> Family:
        return next(f for f in self.families if f.default)


# --- validation helpers -------------------------------------------------------


class _Ctx(DataContext):
    """Where we are in a file, for error messages ("tp-link.toml: family[2].steps[0]")."""

    error = GuideFormatError
    multiline_ok = True


def _step(ctx: _Ctx, raw: Any, where: str) -> Step:
    if isinstance(raw, str):
        return Step(text=ctx.text(raw, where))
    t = ctx.table(raw, where, {"text"}, {"menu", "command"})
    menu = ctx.texts(t.get("menu", []), f"{where}.menu")
    command = t.get("command")
    if command is not None:
        command = ctx.text(command, f"{where}.command").strip("\n")
    return Step(text=ctx.text(t["text"], f"{where}.text"), menu=menu, command=command)


def _steps(ctx: _Ctx, raw: Any, where: str) -> tuple[Step, ...]:
    if not isinstance(raw, list):
        raise ctx.fail(where, "expected a list of steps")
    return tuple(_step(ctx, s, f"{where}[{i}]") for i, s in enumerate(raw))


def _variant(ctx: _Ctx, raw: Any, where: str) -> Variant:
    t = ctx.table(raw, where, {"name", "method", "steps"}, {"applies_to"})
    method = ctx.choice(t["method"], f"{where}.method", METHODS)
    steps = _steps(ctx, t["steps"], f"{where}.steps")
    if method != "none" and not steps:
        raise ctx.fail(f"{where}.steps", "a variant needs at least one step")
    if method == "cli" and not any(s.command for s in steps):
        raise ctx.fail(f"{where}.steps", "a cli variant needs at least one command")
    applies = t.get("applies_to")
    return Variant(
        name=ctx.text(t["name"], f"{where}.name"),
        method=method,
        steps=steps,
        applies_to=None if applies is None else ctx.text(applies, f"{where}.applies_to"),
    )


def _source(ctx: _Ctx, raw: Any, where: str) -> Source:
    t = ctx.table(raw, where, {"title", "url", "kind"}, set())
    return Source(
        title=ctx.text(t["title"], f"{where}.title"),
        url=ctx.url(t["url"], f"{where}.url"),
        kind=ctx.choice(t["kind"], f"{where}.kind", SOURCE_KINDS),
    )


_FAMILY_REQUIRED: Final = {
    "id",
    "name",
    "kind",
    "setting_names",
    "alg_default",
    "can_disable",
    "reboot",
    "confidence",
    "reviewed",
    "summary",
    "source",
}
_FAMILY_OPTIONAL: Final = {
    "default",
    "models",
    "match",
    "variant",
    "verify",
    "related",
    "workarounds",
    "warnings",
    "notes",
}


def _family(ctx: _Ctx, raw: Any, where: str, brand_id: str, brand: str) -> Family:
    t = ctx.table(raw, where, _FAMILY_REQUIRED, _FAMILY_OPTIONAL)
    fid = ctx.ident(t["id"], f"{where}.id")
    if fid != brand_id and not fid.startswith(brand_id + "-"):
        raise ctx.fail(f"{where}.id", f"{fid!r} must be {brand_id!r} or start with '{brand_id}-'")
    patterns = []
    for i, p in enumerate(ctx.texts(t.get("match", []), f"{where}.match")):
        try:
            patterns.append(re.compile(p, re.IGNORECASE))
        except re.error as exc:
            raise ctx.fail(f"{where}.match[{i}]", f"bad regular expression: {exc}") from None
    reviewed = t["reviewed"]
    if not isinstance(reviewed, _dt.date) or isinstance(reviewed, _dt.datetime):
        raise ctx.fail(f"{where}.reviewed", "expected a date (YYYY-MM-DD, unquoted)")
    if reviewed > _dt.date.today():
        raise ctx.fail(f"{where}.reviewed", "date lies in the future")
    default = t.get("default", False)
    if not isinstance(default, bool):
        raise ctx.fail(f"{where}.default", "expected true or false")

    variants_raw = t.get("variant", [])
    if not isinstance(variants_raw, list):
        raise ctx.fail(f"{where}.variant", "expected [[family.variant]] tables")
    variants = tuple(_variant(ctx, v, f"{where}.variant[{i}]") for i, v in enumerate(variants_raw))
    sources_raw = t["source"]
    if not isinstance(sources_raw, list) or not sources_raw:
        raise ctx.fail(f"{where}.source", "every family needs at least one [[family.source]]")
    sources = tuple(_source(ctx, s, f"{where}.source[{i}]") for i, s in enumerate(sources_raw))
    related_raw = t.get("related", [])
    if not isinstance(related_raw, list):
        raise ctx.fail(f"{where}.related", "expected [[family.related]] tables")
    related = []
    for i, r in enumerate(related_raw):
        rt = ctx.table(r, f"{where}.related[{i}]", {"setting", "advice"}, set())
        related.append(
            Related(
                setting=ctx.text(rt["setting"], f"{where}.related[{i}].setting"),
                advice=ctx.text(rt["advice"], f"{where}.related[{i}].advice"),
            )
        )

    can_disable = ctx.choice(t["can_disable"], f"{where}.can_disable", CAN_DISABLE)
    alg_default = ctx.choice(t["alg_default"], f"{where}.alg_default", ALG_DEFAULTS)
    workarounds = ctx.texts(t.get("workarounds", []), f"{where}.workarounds")
    confidence = ctx.choice(t["confidence"], f"{where}.confidence", CONFIDENCE)

    # The rules that make an entry usable, not just well-typed.
    has_steps = any(v.method != "none" and v.steps for v in variants)
    if (can_disable == "none") != (alg_default == "none"):
        raise ctx.fail(
            where,
            "can_disable = 'none' and alg_default = 'none' go together "
            "(a product without a SIP ALG has nothing to disable)",
        )
    if can_disable == "yes" and not has_steps:
        raise ctx.fail(where, "can_disable = 'yes' but no variant with steps")
    if can_disable in ("no", "partial") and not workarounds:
        raise ctx.fail(where, f"can_disable = {can_disable!r} needs workarounds")
    if can_disable == "partial" and not has_steps:
        raise ctx.fail(where, "needs steps, or can_disable = 'no'")
    kinds = {s.kind for s in sources}
    needed = {"vendor-documented": {"vendor"}, "provider-documented": {"vendor", "provider"}}
    if confidence in needed and not kinds & needed[confidence]:
        raise ctx.fail(
            f"{where}.confidence",
            f"{confidence!r} needs a source of kind {' or '.join(sorted(needed[confidence]))}",
        )

    return Family(
        id=fid,
        brand_id=brand_id,
        brand=brand,
        name=ctx.text(t["name"], f"{where}.name"),
        kind=ctx.choice(t["kind"], f"{where}.kind", KINDS),
        default=default,
        models=ctx.texts(t.get("models", []), f"{where}.models"),
        match=tuple(patterns),
        setting_names=ctx.texts(t["setting_names"], f"{where}.setting_names", allow_empty=False),
        alg_default=alg_default,
        can_disable=can_disable,
        reboot=ctx.choice(t["reboot"], f"{where}.reboot", REBOOT),
        confidence=confidence,
        reviewed=reviewed,
        summary=ctx.text(t["summary"], f"{where}.summary"),
        variants=variants,
        verify=_steps(ctx, t.get("verify", []), f"{where}.verify"),
        related=tuple(related),
        workarounds=workarounds,
        warnings=ctx.texts(t.get("warnings", []), f"{where}.warnings"),
        sources=sources,
        notes=None if t.get("notes") is None else ctx.text(t["notes"], f"{where}.notes"),
    )


def parse_brand(data: Mapping[str, Any], brand_id: str, origin: str) -> Brand:
    """Validate one parsed brand file; ``brand_id`` is the file's stem."""
    ctx = _Ctx(origin)
    ctx.ident(brand_id, "file name")
    t = ctx.table(data, "top level", {"schema_version", "brand", "aliases", "family"}, {"homepage"})
    if t["schema_version"] != SCHEMA_VERSION:
        raise ctx.fail("schema_version", f"expected {SCHEMA_VERSION}, got {t['schema_version']!r}")
    name = ctx.text(t["brand"], "brand")
    fams_raw = t["family"]
    if not isinstance(fams_raw, list) or not fams_raw:
        raise ctx.fail("family", "a brand needs at least one [[family]]")
    families = tuple(
        _family(ctx, f, f"family[{i}]", brand_id, name) for i, f in enumerate(fams_raw)
    )
    defaults = [f.id for f in families if f.default]
    if len(families) == 1 and not defaults:
        families = (_replace_default(families[0]),)
    elif len(defaults) != 1:
        raise ctx.fail("family", f"exactly one family needs default = true (found {len(defaults)})")
    ids = [f.id for f in families]
    if len(set(ids)) != len(ids):
        raise ctx.fail("family", "duplicate family id")
    homepage = t.get("homepage")
    return Brand(
        id=brand_id,
        name=name,
        aliases=ctx.texts(t["aliases"], "aliases"),
        homepage=None if homepage is None else ctx.url(homepage, "homepage"),
        families=families,
    )


def _replace_default(f: Family) -> Family:
    from dataclasses import replace

    return replace(f, default=True)
