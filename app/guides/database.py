"""Load the bundled guide files into one validated, read-only database.

Cross-file rules live here (a single file cannot see them): family ids are
unique across the database, and an alias may identify only one brand —
otherwise identifying a router from its UPnP manufacturer string would be
ambiguous.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.core.names import name_clash
from app.core.resources import resource_path
from app.guides.schema import Brand, Family, GuideFormatError, parse_brand


def fold(text: str) -> str:
    """Case- and punctuation-insensitive key: "TP-Link" and "tp link" -> "tplink".

    Letters and digits of every script stay, accents included ("Télécom" ->
    "télécom"). The provider directory has a fold of its own
    (providers/lookup.py) that drops accents and other scripts, on purpose, and
    the two are not one function: router identification compares what a router
    says about itself (UPnP names, web page titles, in any script) with the
    aliases, and an alias or a name in another script must stay a key here,
    where the provider fold would make it "" (a guide the validator rejects, a
    router never recognised). For every bundled guide the two folds agree today.
    """
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class GuideDatabase:
    brands: tuple[Brand, ...]

    def __post_init__(self) -> None:
        seen_family: dict[str, str] = {}
        seen_alias: dict[str, str] = {}
        for brand in self.brands:
            for fam in brand.families:
                if fam.id in seen_family:
                    raise GuideFormatError(
                        f"{brand.id}: family id {fam.id!r} also used by {seen_family[fam.id]}"
                    )
                seen_family[fam.id] = brand.id
            clash = name_clash(brand.id, (brand.name, brand.id), brand.aliases, fold, seen_alias)
            if clash:
                raise GuideFormatError(f"{brand.id}: {clash}")

    def families(self) -> Iterator[Family]:
        for brand in self.brands:
            yield from brand.families

    def family(self, guide_id: str) -> Family | None:
        return next((f for f in self.families() if f.id == guide_id), None)

    def brand(self, brand_id: str) -> Brand | None:
        return next((b for b in self.brands if b.id == brand_id), None)


def load_file(path: Path) -> Brand:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise GuideFormatError(f"{path.name}: not valid TOML: {exc}") from None
    return parse_brand(data, path.stem, path.name)


def load_directory(directory: Path) -> GuideDatabase:
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise GuideFormatError(f"{directory}: no guide files found")
    return GuideDatabase(brands=tuple(load_file(p) for p in files))


@cache
def bundled() -> GuideDatabase:
    """The database shipped in ``resources/guides`` (loaded once per process)."""
    return load_directory(resource_path("guides"))
