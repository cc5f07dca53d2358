"""`sipalg providers` as users and scripts run it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import main
from app.providers.database import bundled

PROVIDER_KEYS = {
    "id",
    "name",
    "aliases",
    "countries",
    "kind",
    "phones_register",
    "alg_advice",
    "alg_summary",
    "servers",
    "no_server_reason",
    "probe_targets",
    "homepage",
    "notes",
    "reviewed",
    "sources",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["providers", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_groups_by_country(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 0 and err == ""
    assert out.startswith(f"{len(bundled())} providers in ")
    assert "\nUnited Kingdom (GB)\n" in out and "\nAustralia (AU)\n" in out
    gb = out.split("United Kingdom (GB)\n", 1)[1].split("\n\n", 1)[0]
    assert "gradwell" in gb and "mynetfone" not in gb


def test_country_filter_accepts_uk_and_refuses_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--country", "uk")
    assert code == 0
    assert "United Kingdom (GB)" in out and "Australia" not in out
    code, out, err = run(capsys, "--country", "ZZ")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unknown country code 'ZZ'" in err


def test_lookup_shows_servers_alg_and_probe_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "nextva")
    assert code == 0
    assert out.startswith("Nextiva  (id: nextiva)")
    assert "1. sbc.voipdnsservers.com, port 5062, UDP" in out
    assert "SIP ALG: the provider works around it." in out
    assert "https://www.nextiva.com/support/articles/how-do-i-identify-sip-alg.html" in out


def test_lookup_of_provider_without_servers_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ring central")
    assert code == 0
    assert "Published SIP servers: none" in out
    assert "--sip-server" in out and "would try" not in out


def test_no_match_exits_0_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    # Sipcentric is a real UK provider the directory does not know yet: a name this
    # close to Callcentric must not select Callcentric, only be offered as a hint.
    code, out, err = run(capsys, "sipcentric")
    assert code == 0 and err == ""
    assert out.startswith("No provider in the directory matches 'sipcentric'.")
    assert "Closest names: Callcentric" in out


def test_generic_words_match_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "my voip provider")
    assert code == 0
    assert out.startswith("No provider in the directory matches")
    assert "Closest names" not in out


def test_json_listing_has_stable_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"count", "country", "providers", "by_country", "public_servers"}
    assert doc["count"] == len(doc["providers"]) == len(bundled())
    for p in doc["providers"]:
        assert set(p) == PROVIDER_KEYS
        for t in p["probe_targets"]:
            assert set(t) == {"host", "port", "transport"}
    assert "voip-ms" in doc["by_country"]["CA"]
    public = doc["public_servers"]
    assert public["method"] == "OPTIONS" and public["probe_targets"][0]["host"] == "sip2sip.info"


def test_json_lookup_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sipgate.de", "--json")
    doc = json.loads(out)
    assert code == 0
    assert set(doc) == {
        "query",
        "country",
        "match",
        "score",
        "matched_by",
        "other_matches",
        "suggestions",
    }
    assert doc["match"]["id"] == "sipgate"
    assert doc["match"]["probe_targets"] == [
        {"host": "sipgate.de", "port": 5060, "transport": "udp"}
    ]
    code, out, _ = run(capsys, "zzqqxx", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["match"] is None and doc["suggestions"] == []
    assert set(doc) == {"query", "country", "match", "other_matches", "suggestions"}


def test_country_filter_restricts_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sipgate", "--country", "AU")
    assert code == 0 and out.startswith(
        "No provider in the directory matches 'sipgate' in Australia"
    )


def test_real_process_prints_json_and_exits_0() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "providers", "callcentrc", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["match"]["id"] == "callcentric"
    res = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "providers", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0 and "--country" in res.stdout
