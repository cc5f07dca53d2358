"""`sipalg probe` as users and scripts run it: the command-line/JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import free_port, running_reflector

# Tests on the host never look at the real network around it: no router identification
# (it would query this machine's real gateway) and STUN only against our own reflector.
OFFLINE = ("--no-router",)


def sipalg(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_json_contract_against_a_reflector() -> None:
    with running_reflector() as r:
        res = sipalg(
            "probe",
            *r.probe_args,
            "--json",
            "--stun",
            f"127.0.0.1:{r.stun_port}",
            *OFFLINE,
        )
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "no_alg_detected"
    assert set(doc["transports"]) == {"udp", "tcp"}
    for tr in doc["transports"].values():
        assert tr["status"] == "clean" and tr["modifications"] == []
    assert doc["diagnosis"]["confidence"] == "high"
    assert doc["router"] is None and doc["lifetime"] is None
    assert doc["nat"]["public"].startswith("127.0.0.1:") and doc["nat"]["nat_present"] is False
    assert doc["nat"]["rfc5780"] is False  # one address: no OTHER-ADDRESS


def test_human_output_leads_with_the_verdict() -> None:
    with running_reflector() as r:
        res = sipalg(
            "probe",
            *r.probe_args,
            "--transport",
            "udp",
            "--symptom",
            "choppy_audio",
            "--no-stun",
            *OFFLINE,
        )
    assert res.returncode == 0
    lines = res.stdout.splitlines()
    assert lines[2].startswith("RESULT: NO SIP ALG DETECTED")
    assert "Evidence" in lines and "What it means" in lines
    assert "Choppy or robotic audio" in res.stdout  # the symptom is related to the finding


def test_lifetime_on_loopback_reports_at_least_the_longest_delay() -> None:
    with running_reflector() as r:
        res = sipalg(
            "probe",
            *r.probe_args,
            "--transport",
            "udp",
            "--no-stun",
            "--lifetime",
            "--lifetime-max",
            "6",
            "--json",
            *OFFLINE,
            timeout=60,
        )
    doc = json.loads(res.stdout)
    assert doc["lifetime"]["sip"]["at_least"] is True
    assert doc["lifetime"]["sip"]["seconds"] == 6.0
    assert [t["delay"] for t in doc["lifetime"]["control"]["tried"]] == [5.0, 6.0]


def test_server_down_is_a_completed_inconclusive_diagnosis() -> None:
    port = free_port()
    res = sipalg(
        "probe",
        "--reflector",
        f"127.0.0.1:{port}",
        "--control-port",
        str(free_port()),
        "--json",
        "--timeout",
        "2",
        "--no-stun",
        *OFFLINE,
    )
    assert res.returncode == 0
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "inconclusive"
    assert {t["status"] for t in doc["transports"].values()} == {"unreachable"}


@pytest.mark.parametrize(
    "args, words",
    [
        (["--reflector", "host:99999"], "port must be"),
        (["--reflector", "host:²"], "port must be"),
        (["--reflector", "h", "--control-port", "٥٠٨٠"], "not a port"),
        (["--reflector", "bad host name"], "not a valid host"),
        (["--reflector", "sip:alice@example.com"], "not a URL"),
        (["--sip-server", "example.com", "--control-port", "5080"], "only applies"),
        (["--reflector", "h", "--timeout", "-1"], "between 0 and 3600"),
        (["--reflector", "h", "--transport", "sctp"], "invalid choice"),
        ([], "one of the arguments"),
        (["--reflector", ""], "no address given"),
        (["--sip-server", "  "], "no address given"),
        (["--reflector", "h", "--timeout", "nan"], "not a number of seconds"),
        (["--reflector", "h", "--timeout", "1_0"], "not a number of seconds"),
        (["--reflector", "h.invalid", "--lifetime-max", "٥٠"], "not a whole number"),
        (["--reflector", "h.invalid", "--stun", "x:0"], "--stun"),
        (["--reflector", "h.invalid", "--stun", "a", "--no-stun"], "contradict"),
        (["--reflector", "h.invalid", "--lifetime-max", "1"], "between 5 and 900"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], words: str) -> None:
    res = sipalg("probe", *args, *OFFLINE)
    assert res.returncode == 2
    assert res.stdout == ""
    assert res.stderr.count("\n") == 1 and words in res.stderr, res.stderr


def test_unresolvable_name_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process, with the resolver failing as it does for a typo: no DNS query leaves."""
    import socket

    from app.cli.main import main

    def fail(*_: object, **__: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    assert main(["probe", "--reflector", "sip.exmaple.com:5060", *OFFLINE, "--no-stun"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "sipalg probe: error: cannot resolve 'sip.exmaple.com': Name or service not known\n"
    )


def test_no_command_prints_help_and_exits_2() -> None:
    res = sipalg()
    assert res.returncode == 2 and "probe" in res.stdout


def test_probe_with_a_test_call_adds_call_and_link() -> None:
    """`--call`: after the ALG verdict, a short real call to the same reflector."""
    with running_reflector() as r:
        res = sipalg(
            "probe",
            *r.probe_args,
            "--json",
            "--no-stun",
            *OFFLINE,
            "--call",
            "--call-seconds",
            "1",
            timeout=60,
        )
        text = sipalg(
            "probe",
            *r.probe_args,
            "--no-stun",
            *OFFLINE,
            "--call",
            "--call-seconds",
            "1",
            timeout=60,
        )
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "no_alg_detected"
    assert doc["call"]["setup"]["established"] is True
    assert doc["call"]["they_heard_you"] is True and doc["call"]["heard_them"] is True
    assert "link" in doc
    assert "Test call" in text.stdout and "Their voice reached you: yes" in text.stdout
    # the call code's extra checks come along (10 s idle by default)
    assert doc["call"]["incoming"]["arrived"] is True
    assert doc["call"]["large_invite"]["outbound"] == doc["call"]["large_invite"]["inbound"]
    assert doc["call"]["large_invite"]["inbound"] == "passed"
    assert "Incoming call after 10 s idle: your phone would ring" in text.stdout


def test_a_test_call_needs_a_reflector() -> None:
    res = sipalg("probe", "--sip-server", "127.0.0.1:9", "--call", *OFFLINE)
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "--call" in res.stderr
