"""Load the bundled provider directory into one validated, read-only object.

Entry points for the rest of the app::

    from app.providers.database import load_directory

    directory = load_directory()              # resources/providers, validated
    matches = directory.find("ring central")  # list[Match], best first, [] if unsure
    provider = matches[0].provider
    provider.probe_targets()                  # [ProbeTarget(host, port, transport), ...]
    directory.public.probe_targets()          # the "I don't know" fallback, in order

``ProbeTarget.port`` None means "locate the server via DNS (NAPTR, then SRV,
then A/AAAA, RFC 3263)"; ``ProbeTarget.transport`` None means "whatever the
locator finds". An empty ``probe_targets()`` means the provider publishes no
server name (``Provider.no_server_reason`` says why): ask the user for the
server from the phone's settings rather than guessing one.

Cross-file rules live here because one file cannot see them: provider ids are
unique (they are file names), and a folded name or alias may belong to one
provider only, otherwise a look-up by that alias would be ambiguous.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from app.core.names import name_clash
from app.core.resources import resource_path
from app.providers.lookup import Match, fold, search, suggestions
from app.providers.schema import (
    Provider,
    ProviderFormatError,
    PublicServerList,
    parse_provider,
    parse_public_servers,
)

PUBLIC_FILE: Final = "public_servers.toml"


@dataclass(frozen=True)
class Directory:
    providers: tuple[Provider, ...]
    public: PublicServerList | None = None

    def __post_init__(self) -> None:
        seen_id: set[str] = set()
        owner_of: dict[str, str] = {}
        for provider in self.providers:
            if provider.id in seen_id:
                raise ProviderFormatError(f"{provider.id}: provider id used twice")
            seen_id.add(provider.id)
            clash = name_clash(
                provider.id, (provider.name, provider.id), provider.aliases, fold, owner_of
            )
            if clash:
                raise ProviderFormatError(f"{provider.id}: {clash}")

    def __iter__(self) -> Iterator[Provider]:
        return iter(self.providers)

    def __len__(self) -> int:
        return len(self.providers)

    def get(self, provider_id: str) -> Provider | None:
        key = provider_id.strip().lower()
        return next((p for p in self.providers if p.id == key), None)

    def find(self, query: str, limit: int = 8) -> list[Match]:
        """Providers for what a user typed, best first; [] when nothing is plausible."""
        return search(self.providers, query, limit=limit)

    def suggest(self, query: str, limit: int = 3) -> list[Provider]:
        """Closest names when :meth:`find` found nothing (a hint for the user, never a choice)."""
        return suggestions(self.providers, query, limit=limit)

    def in_country(self, code: str) -> list[Provider]:
        code = code.strip().upper()
        return [p for p in self.providers if code in p.countries]


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ProviderFormatError(f"{path.name}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ProviderFormatError(f"{path}: cannot read: {exc.strerror}") from None


def load_file(path: Path) -> Provider:
    return parse_provider(_read_toml(path), path.stem, path.name)


def load_public_servers(path: Path) -> PublicServerList:
    return parse_public_servers(_read_toml(path), path.name)


def default_path() -> Path:
    return resource_path("providers")


def load_directory(path: Path | None = None) -> Directory:
    """Every ``<id>.toml`` in ``path`` (default: the bundled directory), validated.

    ``public_servers.toml`` in the same folder, when present, becomes
    :attr:`Directory.public`. Raises :class:`ProviderFormatError` naming the
    file and field on the first problem.
    """
    directory = default_path() if path is None else path
    files = sorted(p for p in directory.glob("*.toml") if p.name != PUBLIC_FILE)
    if not files:
        raise ProviderFormatError(f"{directory}: no provider files found")
    public_path = directory / PUBLIC_FILE
    public = load_public_servers(public_path) if public_path.exists() else None
    return Directory(providers=tuple(load_file(p) for p in files), public=public)


@cache
def bundled() -> Directory:
    """The directory shipped in ``resources/providers`` (loaded once per process)."""
    return load_directory()
