"""The strict validator: every way a contributor can get a file wrong is one clear error."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from app.providers import check
from app.providers.database import Directory, load_directory, load_file, load_public_servers
from app.providers.schema import ProviderFormatError

HEAD = """\
schema_version = 1
name = "Example Voice"
aliases = ["ExampleVoice"]
countries = ["GB"]
kind = "residential"
phones_register = "yes"
alg_advice = "no-statement"
reviewed = 2026-11-30
"""
SERVER = """
[[server]]
host = "sip.example.net"
role = "registrar"
port = 5060
transports = ["udp", "tcp"]
"""
SOURCE = """
[[source]]
title = "Example Voice help"
url = "https://help.example.net/setup"
kind = "provider"
checked = 2026-11-30
says = "Register to sip.example.net on port 5060."
"""
GOOD = HEAD + SERVER + SOURCE


def write(tmp_path: Path, text: str, name: str = "example-voice") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str, name: str = "example-voice") -> str:
    with pytest.raises(ProviderFormatError) as info:
        load_file(write(tmp_path, text, name))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_the_good_example_loads(tmp_path: Path) -> None:
    p = load_file(write(tmp_path, GOOD))
    assert p.id == "example-voice" and p.servers[0].transports == ("udp", "tcp")
    assert p.sources[0].checked == dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD + 'colour = "blue"\n', "unknown field(s): colour"),
        (HEAD + SERVER.replace("port = 5060", "port = 5060\nprot = 1") + SOURCE, "server[0]"),
        (GOOD.replace('says = "Register', 'sayz = "x"\nsays = "Register'), "source[0]: unknown"),
        (HEAD.replace('kind = "residential"\n', "") + SERVER + SOURCE, "missing field(s): kind"),
    ],
)
def test_unknown_and_missing_fields(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in error_of(tmp_path, text)


@pytest.mark.parametrize("port", ["0", "65536", "-1", '"5060"', "true", "5060.0", "70000"])
def test_bad_ports(tmp_path: Path, port: str) -> None:
    message = error_of(tmp_path, GOOD.replace("port = 5060", f"port = {port}"))
    assert "server[0].port" in message and "not a port" in message


@pytest.mark.parametrize(
    ("transports", "expected"),
    [
        ('["sctp"]', "not one of tcp, tls, udp"),
        ('["UDP"]', "not one of"),
        ('["udp", "udp"]', "listed twice"),
        ('"udp"', "expected a list"),
        ("[5060]", "expected non-empty text"),
    ],
)
def test_bad_transports(tmp_path: Path, transports: str, expected: str) -> None:
    text = GOOD.replace('transports = ["udp", "tcp"]', f"transports = {transports}")
    assert expected in error_of(tmp_path, text)


@pytest.mark.parametrize(
    "host",
    [
        "sip://sip.example.net",
        "sip.example.net:5060",
        "{example}.pstn.twilio.com",
        "<your-trunk>.example.net",
        "SIP.Example.net",
        "localhost",
        "sip.example.net/path",
        "sip..example.net",
        "-sip.example.net",
        "1.2.3",
        " sip.example.net",
    ],
)
def test_bad_hosts_are_refused(tmp_path: Path, host: str) -> None:
    message = error_of(tmp_path, GOOD.replace('host = "sip.example.net"', f'host = "{host}"'))
    assert "server[0].host" in message


@pytest.mark.parametrize("host", ["203.0.113.7", "2001:db8::1", "sip.example.co.uk"])
def test_ip_literals_and_long_names_are_hosts(tmp_path: Path, host: str) -> None:
    p = load_file(write(tmp_path, GOOD.replace('host = "sip.example.net"', f'host = "{host}"')))
    assert p.servers[0].host == host


def test_missing_or_empty_sources(tmp_path: Path) -> None:
    assert "missing field(s): source" in error_of(tmp_path, HEAD + SERVER)
    assert "at least one [[source]]" in error_of(tmp_path, HEAD + "source = []\n" + SERVER)


def test_source_needs_date_and_what_it_says(tmp_path: Path) -> None:
    assert "missing field(s): checked" in error_of(
        tmp_path, GOOD.replace("checked = 2026-11-30\n", "")
    )
    assert "expected a date" in error_of(
        tmp_path, GOOD.replace("checked = 2026-11-30", 'checked = "2026-11-30"')
    )
    future = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=2)).isoformat()
    assert "future" in error_of(
        tmp_path, GOOD.replace("checked = 2026-11-30", f"checked = {future}")
    )
    assert "missing field(s): says" in error_of(tmp_path, re.sub(r'says = ".*"\n', "", GOOD))


def test_servers_xor_reason(tmp_path: Path) -> None:
    assert "no_server_reason" in error_of(tmp_path, HEAD + SOURCE)
    text = HEAD + 'no_server_reason = "Provisioned phones."\n' + SERVER + SOURCE
    assert "only for entries without [[server]]" in error_of(tmp_path, text)
    ok = load_file(write(tmp_path, HEAD + 'no_server_reason = "Provisioned phones."\n' + SOURCE))
    assert ok.servers == () and ok.probe_targets() == []


def test_alg_advice_needs_summary_and_a_provider_source(tmp_path: Path) -> None:
    disable = GOOD.replace('alg_advice = "no-statement"', 'alg_advice = "disable"')
    assert "needs alg_summary" in error_of(tmp_path, disable)
    with_summary = disable.replace("reviewed =", 'alg_summary = "Switch it off."\nreviewed =')
    assert load_file(write(tmp_path, with_summary)).alg_advice == "disable"
    community = with_summary.replace('kind = "provider"', 'kind = "community"')
    assert "source of kind 'provider'" in error_of(tmp_path, community)
    summary_without_advice = GOOD.replace("reviewed =", 'alg_summary = "x y"\nreviewed =')
    assert "cannot have a summary" in error_of(tmp_path, summary_without_advice)
    assert "not one of" in error_of(
        tmp_path, GOOD.replace('alg_advice = "no-statement"', 'alg_advice = "maybe"')
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('countries = ["GB"]', 'countries = ["UK"]', "not a country code"),
        ('countries = ["GB"]', 'countries = ["gb"]', "not a country code"),
        ('countries = ["GB"]', "countries = []", "must not be empty"),
        ('countries = ["GB"]', 'countries = ["GB", "GB"]', "listed twice"),
        ('kind = "residential"', 'kind = "mobile"', "not one of"),
        ('phones_register = "yes"', "phones_register = true", "not one of"),
        ('aliases = ["ExampleVoice"]', 'aliases = ["SIP Trunk"]', "only of generic words"),
        ('aliases = ["ExampleVoice"]', 'aliases = ["my voip provider"]', "generic"),
        ("schema_version = 1", "schema_version = 2", "expected 1"),
        ('name = "Example Voice"', 'name = ""', "non-empty"),
        ('name = "Example Voice"', 'name = " Example"', "white space"),
    ],
)
def test_top_level_values(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert expected in error_of(tmp_path, GOOD.replace(old, new))


def test_file_name_is_the_id(tmp_path: Path) -> None:
    assert "file name" in error_of(tmp_path, GOOD, name="Example_Voice")


def test_invalid_toml_is_one_line(tmp_path: Path) -> None:
    message = error_of(tmp_path, GOOD + "[[server]\n")
    assert message.startswith("example-voice.toml: not valid TOML")


def test_cross_file_alias_clash(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    write(tmp_path, GOOD.replace('name = "Example Voice"', 'name = "Other"'), name="other")
    with pytest.raises(ProviderFormatError, match="also a name or alias of 'example-voice'"):
        load_directory(tmp_path)


def test_alias_listed_twice_in_one_file(tmp_path: Path) -> None:
    text = GOOD.replace('aliases = ["ExampleVoice"]', 'aliases = ["Ex Voice", "ex-voice"]')
    with pytest.raises(ProviderFormatError, match="alias listed twice"):
        Directory(providers=(load_file(write(tmp_path, text)),))


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ProviderFormatError, match="no provider files"):
        load_directory(tmp_path)


def test_check_exits_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, GOOD.replace("port = 5060", "port = 0"))
    assert check.main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "server[0].port" in err


PUBLIC = """\
schema_version = 1
method = "OPTIONS"
cannot_check = ["No INVITE, so no SDP."]

[[service]]
id = "example"
name = "Example public SIP"
host = "sip.example.org"
why = "It invites public use."

[[service.source]]
title = "Example"
url = "https://example.org/"
kind = "provider"
checked = 2026-11-30
says = "Free public SIP accounts."
"""


def test_public_servers_format(tmp_path: Path) -> None:
    path = tmp_path / "public_servers.toml"
    path.write_text(PUBLIC, encoding="utf-8")
    public = load_public_servers(path)
    assert public.probe_targets()[0].host == "sip.example.org"
    for old, new, expected in [
        ('method = "OPTIONS"', 'method = "INVITE"', "not one of OPTIONS"),
        ('cannot_check = ["No INVITE, so no SDP."]', "cannot_check = []", "must not be empty"),
        ('why = "It invites public use."', 'why = "x"\nport = 0', "not a port"),
        ('id = "example"', 'id = "example"\nurl = "x"', "unknown field(s): url"),
    ]:
        path.write_text(PUBLIC.replace(old, new), encoding="utf-8")
        with pytest.raises(ProviderFormatError, match=re.escape(expected)):
            load_public_servers(path)
    path.write_text(PUBLIC.split("[[service.source]]", maxsplit=1)[0], encoding="utf-8")
    with pytest.raises(ProviderFormatError, match="missing field"):
        load_public_servers(path)
