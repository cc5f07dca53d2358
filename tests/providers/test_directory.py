"""The bundled provider directory: complete enough, sourced, and safe to probe."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from app.providers import check
from app.providers.database import bundled, default_path, load_directory
from app.providers.schema import COUNTRY_NAMES, GENERIC_WORDS, ProbeTarget

ROOT = Path(__file__).resolve().parents[2]
MIN_PROVIDERS = 40
# The markets issue 10 names; each needs at least one provider.
MARKETS = {"US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "NL", "BE", "IT", "ES", "AU", "NZ"}


def test_bundled_directory_loads_and_is_large_enough() -> None:
    directory = bundled()
    assert len(directory) >= MIN_PROVIDERS, f"only {len(directory)} providers"
    assert directory.public is not None


def test_every_market_has_a_provider() -> None:
    covered = {c for p in bundled() for c in p.countries}
    assert covered >= MARKETS
    assert set(COUNTRY_NAMES) >= covered


def test_every_entry_has_a_dated_source_and_says_something() -> None:
    today = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # as the validator
    for p in bundled():
        assert p.sources, p.id
        for s in p.sources:
            assert dt.date(2020, 1, 1) <= s.checked <= today, (p.id, s.url)
            assert s.url.startswith(("https://", "http://")), p.id
            assert len(s.says) > 20, (p.id, s.url)
        assert p.reviewed <= today


def test_servers_or_a_reason_never_both() -> None:
    for p in bundled():
        assert bool(p.servers) != bool(p.no_server_reason), p.id
        assert bool(p.probe_targets()) == bool(p.servers), p.id


def test_provider_statements_about_alg_cite_the_provider() -> None:
    for p in bundled():
        if p.alg_advice != "no-statement":
            assert p.alg_summary, p.id
            assert any(s.kind == "provider" for s in p.sources), p.id
        else:
            assert p.alg_summary is None, p.id


def test_probe_targets_follow_file_order_and_transports() -> None:
    dus = bundled().get("dus-net")
    assert dus is not None
    targets = dus.probe_targets()
    assert targets[0] == ProbeTarget("proxy.dus.net", 5060, "udp")
    assert targets[1] == ProbeTarget("proxy.dus.net", 5060, "tcp")
    assert ProbeTarget("secure.dus.net", 5061, "tls") in targets
    assert len(targets) == len(set(targets))
    host, port, transport = targets[-1]  # plain tuples for the probe code
    assert (host, port, transport) == ("secure.dus.net", 5061, "tls")
    # a server without a published port is located via DNS SRV: port None
    callcentric = bundled().get("callcentric")
    assert callcentric is not None
    assert callcentric.probe_targets() == [ProbeTarget("sip.callcentric.net", None, None)]


def test_no_host_is_a_placeholder_or_carries_a_port() -> None:
    for p in bundled():
        for s in p.servers:
            assert s.host == s.host.lower(), p.id
            assert not any(ch in s.host for ch in "{}<>:/@ *"), (p.id, s.host)
            assert "example" not in s.host and "your" not in s.host, (p.id, s.host)


def test_aliases_are_never_only_generic_words() -> None:
    for p in bundled():
        for alias in (p.name, *p.aliases):
            words = set("".join(c if c.isalnum() else " " for c in alias.lower()).split())
            assert words - GENERIC_WORDS, (p.id, alias)


def test_public_servers_are_sourced_ordered_and_honest_about_limits() -> None:
    public = bundled().public
    assert public is not None
    assert public.method == "OPTIONS"
    assert len(public.services) >= 3
    limits = " ".join(public.cannot_check)
    assert "INVITE" in limits and "SDP" in limits
    for service in public.services:
        assert service.sources, service.id
        assert service.why
    hosts = [t.host for t in public.probe_targets()]
    assert hosts[0] == public.services[0].host
    assert len(hosts) == len(set(hosts))


def test_provider_files_only_in_the_directory() -> None:
    folder = default_path()
    names = {p.name for p in folder.iterdir()}
    assert "README.md" in names and "public_servers.toml" in names
    for path in folder.glob("*.toml"):
        with path.open("rb") as fh:
            assert tomllib.load(fh)["schema_version"] == 1, path.name


def test_check_reports_counts_per_country_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert check.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"ok: {len(bundled())} providers")
    assert "United Kingdom: " in out and "sip-trunk: " in out
    assert "public servers (OPTIONS only): sip2sip.info" in out


def test_load_directory_reads_a_test_directory(tmp_path: Path) -> None:
    (tmp_path / "lab.toml").write_text(
        (ROOT / "tests/providers/data/lab.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    directory = load_directory(tmp_path)
    assert [p.id for p in directory] == ["lab"]
    assert directory.public is None
    assert directory.find("lab voip")[0].provider.probe_targets() == [
        ProbeTarget("sip.lab.test", None, None),
        ProbeTarget("10.99.0.2", 5070, "udp"),
    ]


def test_pyproject_ships_the_package_and_its_data() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        setup = tomllib.load(fh)["tool"]["setuptools"]
    assert "app.providers" in setup["packages"]
    data = setup["package-data"]["app._resources"]
    # resources/ ships recursively ("**/*"; tests/packaging/test_wheel.py builds the wheel)
    assert data == ["**/*"] or ("providers/*.toml" in data and "providers/*.md" in data)
    spec = (ROOT / "packaging/pyinstaller/sipalg.spec").read_text(encoding="utf-8")
    assert '"resources" / "providers"' in spec and '"providers"' in spec
