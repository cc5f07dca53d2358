"""The provider directory format: typed records and a strict validator.

Why strict: a host name in this directory is something the app will send
packets to on the user's behalf, and a sentence about SIP ALG is advice the
user may act on. A misspelt field silently dropping a port, a guessed host
name, or an entry with no source is worse than a load error. So every level
rejects unknown keys, every entry needs a dated source, and an entry without
servers must say *why* it has none (``no_server_reason``) instead of leaving
the list empty by accident.

Two file kinds live in ``resources/providers/``:

* ``<id>.toml``, one provider each (:func:`parse_provider`);
* ``public_servers.toml``, the ordered "I don't know my provider" list of
  public SIP services that answer an unauthenticated OPTIONS
  (:func:`parse_public_servers`).

The format is described for contributors in ``resources/providers/README.md``.
This module has no dependency on the router-guide package on purpose: the two
data sets evolve separately.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from app.core.data_check import DataContext

SCHEMA_VERSION: Final = 1

KINDS: Final = frozenset({"residential", "hosted-pbx", "sip-trunk", "ucaas"})
TRANSPORTS: Final = ("udp", "tcp", "tls")
ROLES: Final = frozenset({"domain", "registrar", "proxy", "outbound-proxy", "trunk"})
PHONES_REGISTER: Final = frozenset({"yes", "no", "varies"})
# What the provider itself says about SIP ALG on the customer's router.
ALG_ADVICE: Final = frozenset(
    {
        "disable",  # the provider tells customers to switch it off
        "avoids-alg",  # the provider works around it (non-standard port, TLS, ...)
        "no-statement",  # we found no statement by the provider
    }
)
SOURCE_KINDS: Final = frozenset({"vendor", "provider", "community"})

# The countries the directory covers, with the names the listing prints. A
# code outside this table is an error rather than a silently unnamed group;
# add the country here when an entry needs it.
COUNTRY_NAMES: Final[Mapping[str, str]] = {
    "AT": "Austria",
    "AU": "Australia",
    "BE": "Belgium",
    "CA": "Canada",
    "CH": "Switzerland",
    "DE": "Germany",
    "ES": "Spain",
    "FR": "France",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "IT": "Italy",
    "LU": "Luxembourg",
    "NL": "Netherlands",
    "NZ": "New Zealand",
    "US": "United States",
}

# Words that name the *kind* of thing, not a provider. An alias made only of
# them would let "my voip provider" select somebody, so the validator refuses
# such aliases and the look-up ignores these words.
GENERIC_WORDS: Final = frozenset(
    {
        "a",
        "account",
        "business",
        "call",
        "calls",
        "carrier",
        "cloud",
        "co",
        "com",
        "communications",
        "company",
        "de",
        "digital",
        "fixed",
        "home",
        "hosted",
        "http",
        "https",
        "internet",
        "ip",
        "landline",
        "line",
        "my",
        "net",
        "network",
        "of",
        "office",
        "online",
        "org",
        "our",
        "pbx",
        "phone",
        "phones",
        "provider",
        "service",
        "services",
        "sip",
        "system",
        "tel",
        "telco",
        "telecom",
        "telecoms",
        "telefon",
        "telefonie",
        "telephone",
        "telephony",
        "the",
        "trunk",
        "trunking",
        "uk",
        "voice",
        "voip",
        "www",
    }
)

_LABEL_RE: Final = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_OLDEST_SOURCE: Final = _dt.date(2000, 1, 1)


class ProviderFormatError(ValueError):
    """A directory file does not follow the format; the message names file and field."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from, what it says (in our words) and when we checked it."""

    title: str
    url: str
    kind: str
    checked: _dt.date
    says: str


class ProbeTarget(NamedTuple):
    """One place to send a probe: ``port`` None means "locate via DNS (NAPTR/SRV)"
    and ``transport`` None means "any transport the locator finds".

    A named tuple so callers can write ``host, port, transport = target``.
    """

    host: str
    port: int | None
    transport: str | None


@dataclass(frozen=True, slots=True)
class Server:
    """A SIP domain or server name the provider publishes for customer equipment."""

    host: str
    role: str
    port: int | None = None
    transports: tuple[str, ...] = ()
    note: str | None = None

    def targets(self) -> tuple[ProbeTarget, ...]:
        if not self.transports:
            return (ProbeTarget(self.host, self.port, None),)
        return tuple(ProbeTarget(self.host, self.port, t) for t in self.transports)


@dataclass(frozen=True, slots=True)
class Provider:
    id: str
    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    kind: str
    phones_register: str
    alg_advice: str
    servers: tuple[Server, ...]
    sources: tuple[Source, ...]
    reviewed: _dt.date
    alg_summary: str | None = None
    no_server_reason: str | None = None
    homepage: str | None = None
    notes: str | None = None

    def probe_targets(self) -> list[ProbeTarget]:
        """Where ``sipalg probe --provider`` should send its probes, in order.

        Servers in file order (the file lists the one customers are told to
        use first); within a server one target per published transport, or a
        single transport-less target when none is published. Duplicates are
        dropped. Empty when the provider publishes no server name
        (``no_server_reason`` says why): the caller must ask the user for the
        server from the phone's settings instead of guessing.
        """
        out: list[ProbeTarget] = []
        for server in self.servers:
            for target in server.targets():
                if target not in out:
                    out.append(target)
        return out


@dataclass(frozen=True, slots=True)
class PublicServer:
    """A public SIP service the "I don't know" mode may send one OPTIONS to."""

    id: str
    name: str
    host: str
    port: int | None
    transports: tuple[str, ...]
    why: str
    sources: tuple[Source, ...]

    def probe_targets(self) -> list[ProbeTarget]:
        return list(Server(self.host, "domain", self.port, self.transports).targets())


@dataclass(frozen=True, slots=True)
class PublicServerList:
    """The ordered fallback list and what testing against it cannot show."""

    method: str
    cannot_check: tuple[str, ...]
    services: tuple[PublicServer, ...]

    def probe_targets(self) -> list[ProbeTarget]:
        out: list[ProbeTarget] = []
        for service in self.services:
            out += [t for t in service.probe_targets() if t not in out]
        return out


# --- validation helpers -------------------------------------------------------


class _Ctx(DataContext):
    """Where we are in a file, for error messages ("sipgate.toml: server[1].port")."""

    error = ProviderFormatError

    def date(self, value: Any, where: str) -> _dt.date:
        if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
            raise self.fail(where, "expected a date (YYYY-MM-DD, unquoted)")
        # A day of slack: a date checked "today" in UTC is still tomorrow for a
        # contributor (or CI machine) west of Greenwich.
        latest = _dt.datetime.now(_dt.UTC).date() + _dt.timedelta(days=1)
        if value > latest:
            raise self.fail(where, "date lies in the future")
        if value < _OLDEST_SOURCE:
            raise self.fail(where, "date before 2000; is it a typo?")
        return value

    def port(self, value: Any, where: str) -> int:
        # bool is an int in Python; "port = true" is a typo, not port 1.
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
            raise self.fail(where, f"{value!r} is not a port (a whole number 1-65535)")
        return value

    def host(self, value: Any, where: str) -> str:
        text = self.text(value, where)
        if text != text.lower():
            raise self.fail(where, f"{text!r}: write host names in lower case")
        if not is_host_name(text):
            raise self.fail(
                where,
                f"{text!r} is not a host name or IP address (no ports, schemes, "
                "paths or placeholders here; the port has its own field)",
            )
        return text

    def transports(self, value: Any, where: str) -> tuple[str, ...]:
        items = self.texts(value, where)
        for i, t in enumerate(items):
            self.choice(t, f"{where}[{i}]", TRANSPORTS)
        if len(set(items)) != len(items):
            raise self.fail(where, "a transport is listed twice")
        return items

    def sources(self, raw: Any, where: str) -> tuple[Source, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail(where, "needs at least one [[source]] (no source, no entry)")
        return tuple(self.source(s, f"{where}[{i}]") for i, s in enumerate(raw))

    def source(self, raw: Any, where: str) -> Source:
        t = self.table(raw, where, {"title", "url", "kind", "checked", "says"}, set())
        return Source(
            title=self.text(t["title"], f"{where}.title"),
            url=self.url(t["url"], f"{where}.url"),
            kind=self.choice(t["kind"], f"{where}.kind", SOURCE_KINDS),
            checked=self.date(t["checked"], f"{where}.checked"),
            says=self.text(t["says"], f"{where}.says"),
        )


def is_host_name(text: str) -> bool:
    """A DNS name with at least two labels, or an IP address literal."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        pass
    else:
        return True
    if len(text) > 253 or "." not in text:
        return False
    labels = text.split(".")
    return all(_LABEL_RE.match(label) for label in labels) and not labels[-1].isdigit()


def _server(ctx: _Ctx, raw: Any, where: str) -> Server:
    t = ctx.table(raw, where, {"host", "role"}, {"port", "transports", "note"})
    port = t.get("port")
    return Server(
        host=ctx.host(t["host"], f"{where}.host"),
        role=ctx.choice(t["role"], f"{where}.role", ROLES),
        port=None if port is None else ctx.port(port, f"{where}.port"),
        transports=ctx.transports(t.get("transports", []), f"{where}.transports"),
        note=ctx.optional_text(t.get("note"), f"{where}.note"),
    )


def _countries(ctx: _Ctx, raw: Any, where: str) -> tuple[str, ...]:
    codes = ctx.texts(raw, where, allow_empty=False)
    for i, code in enumerate(codes):
        if code not in COUNTRY_NAMES:
            raise ctx.fail(
                f"{where}[{i}]",
                f"{code!r} is not a country code this directory knows "
                "(upper-case ISO 3166 code; add new ones to COUNTRY_NAMES)",
            )
    if len(set(codes)) != len(codes):
        raise ctx.fail(where, "a country is listed twice")
    return codes


def _aliases(ctx: _Ctx, raw: Any, where: str) -> tuple[str, ...]:
    aliases = ctx.texts(raw, where)
    for i, alias in enumerate(aliases):
        words = [w for w in re.split(r"[^0-9a-z]+", alias.casefold()) if w]
        if not words or all(w in GENERIC_WORDS for w in words):
            raise ctx.fail(
                f"{where}[{i}]",
                f"{alias!r} is made only of generic words; it would match any provider",
            )
    return aliases


_PROVIDER_REQUIRED: Final = {
    "schema_version",
    "name",
    "aliases",
    "countries",
    "kind",
    "phones_register",
    "alg_advice",
    "reviewed",
    "source",
}
_PROVIDER_OPTIONAL: Final = {
    "alg_summary",
    "server",
    "no_server_reason",
    "homepage",
    "notes",
}


def parse_provider(data: Mapping[str, Any], provider_id: str, origin: str) -> Provider:
    """Validate one parsed provider file; ``provider_id`` is the file's stem."""
    ctx = _Ctx(origin)
    ctx.ident(provider_id, "file name")
    t = ctx.table(data, "top level", _PROVIDER_REQUIRED, _PROVIDER_OPTIONAL)
    if t["schema_version"] != SCHEMA_VERSION:
        raise ctx.fail("schema_version", f"expected {SCHEMA_VERSION}, got {t['schema_version']!r}")
    servers_raw = t.get("server", [])
    if not isinstance(servers_raw, list):
        raise ctx.fail("server", "expected [[server]] tables")
    servers = tuple(_server(ctx, s, f"server[{i}]") for i, s in enumerate(servers_raw))
    reason = ctx.optional_text(t.get("no_server_reason"), "no_server_reason")
    if not servers and reason is None:
        raise ctx.fail(
            "server",
            "no [[server]]: say why in no_server_reason (never guess a host name)",
        )
    if servers and reason is not None:
        raise ctx.fail("no_server_reason", "only for entries without [[server]]")
    advice = ctx.choice(t["alg_advice"], "alg_advice", ALG_ADVICE)
    summary = ctx.optional_text(t.get("alg_summary"), "alg_summary")
    if advice != "no-statement" and summary is None:
        raise ctx.fail("alg_summary", f"alg_advice = {advice!r} needs alg_summary")
    if advice == "no-statement" and summary is not None:
        raise ctx.fail("alg_summary", "alg_advice = 'no-statement' cannot have a summary")
    sources = ctx.sources(t["source"], "source")
    if advice != "no-statement" and not any(s.kind == "provider" for s in sources):
        raise ctx.fail(
            "alg_advice",
            "what the provider says about SIP ALG needs a source of kind 'provider'",
        )
    homepage = t.get("homepage")
    return Provider(
        id=provider_id,
        name=ctx.text(t["name"], "name"),
        aliases=_aliases(ctx, t["aliases"], "aliases"),
        countries=_countries(ctx, t["countries"], "countries"),
        kind=ctx.choice(t["kind"], "kind", KINDS),
        phones_register=ctx.choice(t["phones_register"], "phones_register", PHONES_REGISTER),
        alg_advice=advice,
        alg_summary=summary,
        servers=servers,
        no_server_reason=reason,
        sources=sources,
        reviewed=ctx.date(t["reviewed"], "reviewed"),
        homepage=None if homepage is None else ctx.url(homepage, "homepage"),
        notes=ctx.optional_text(t.get("notes"), "notes"),
    )


def parse_public_servers(data: Mapping[str, Any], origin: str) -> PublicServerList:
    """Validate the parsed ``public_servers.toml``."""
    ctx = _Ctx(origin)
    t = ctx.table(data, "top level", {"schema_version", "method", "cannot_check", "service"}, set())
    if t["schema_version"] != SCHEMA_VERSION:
        raise ctx.fail("schema_version", f"expected {SCHEMA_VERSION}, got {t['schema_version']!r}")
    method = ctx.choice(t["method"], "method", frozenset({"OPTIONS"}))
    cannot = ctx.texts(t["cannot_check"], "cannot_check", allow_empty=False)
    raw = t["service"]
    if not isinstance(raw, list) or not raw:
        raise ctx.fail("service", "needs at least one [[service]]")
    services = []
    for i, s in enumerate(raw):
        where = f"service[{i}]"
        st = ctx.table(s, where, {"id", "name", "host", "why", "source"}, {"port", "transports"})
        port = st.get("port")
        services.append(
            PublicServer(
                id=ctx.ident(st["id"], f"{where}.id"),
                name=ctx.text(st["name"], f"{where}.name"),
                host=ctx.host(st["host"], f"{where}.host"),
                port=None if port is None else ctx.port(port, f"{where}.port"),
                transports=ctx.transports(st.get("transports", []), f"{where}.transports"),
                why=ctx.text(st["why"], f"{where}.why"),
                sources=ctx.sources(st["source"], f"{where}.source"),
            )
        )
    ids = [s.id for s in services]
    if len(set(ids)) != len(ids):
        raise ctx.fail("service", "duplicate service id")
    return PublicServerList(method=method, cannot_check=cannot, services=tuple(services))
