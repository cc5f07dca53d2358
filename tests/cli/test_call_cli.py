"""`sipalg call` as users and scripts run it: plain words and the JSON keys."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import free_port, running_reflector


def sipalg(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_plain_words_against_a_reflector() -> None:
    with running_reflector() as r:
        res = sipalg(
            "call", "--reflector", f"127.0.0.1:{r.sip_port}", "--seconds", "1", "--idle", "1"
        )
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert "Large call set-ups (2200 bytes, more than one packet holds): pass both ways" in lines
    assert any(
        ln.startswith("Incoming call after 1 s idle: your phone would ring (it arrived after 1.")
        and ln.endswith(" s, unchanged)")
        for ln in lines
    ), lines
    assert lines[0] == f"Test call to 127.0.0.1:{r.sip_port} (1 s of audio each way)"
    assert "Call set-up: answered (100, 180, 200); our ACK reached the far end unchanged" in lines
    assert "Your voice reached them: yes (loss 0 %, jitter " in res.stdout
    assert "Their voice reached you: yes" in lines
    assert any(ln.startswith("Call quality: ") and "(MOS 4." in ln for ln in lines), lines
    assert any(ln.startswith("Your connection: ") for ln in lines)


def test_json_keys() -> None:
    with running_reflector() as r:
        res = sipalg(
            "call", "--json", "--reflector", f"127.0.0.1:{r.sip_port}", "--seconds", "1", "--idle=1"
        )
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert set(doc) == {"call", "link", "tool"}
    call = doc["call"]
    assert set(call) >= {"setup", "sdp", "ack", "paths", "heard_them", "they_heard_you", "mos"}
    assert call["setup"]["established"] and call["ack"]["seen"] and call["ack"]["unchanged"]
    assert set(call["paths"]) == {"to_far_end", "back_to_announced", "back_to_source"}
    for path in call["paths"].values():
        assert path["arrived"] is True and path["figures"]["loss_percent"] == 0
        assert set(path["figures"]) >= {"sent", "received", "lost", "jitter_ms", "rtt_ms", "mos"}
    assert doc["link"]["kind"] in ("wifi", "wired", "unknown")
    # the contract another front end codes against (docs/json-report.md)
    incoming = call["incoming"]
    assert set(incoming) >= {"idle_s", "arrived", "after_s", "rewritten", "note"}
    assert incoming["idle_s"] == 1.0 and incoming["arrived"] is True
    assert 0.9 <= incoming["after_s"] <= 1.5 and incoming["rewritten"] is False
    assert incoming["note"] is None
    large = call["large_invite"]
    assert set(large) >= {"size", "outbound", "inbound"}
    assert (large["size"], large["outbound"], large["inbound"]) == (2200, "passed", "passed")


def test_idle_0_and_no_large_invite_leave_them_out() -> None:
    with running_reflector() as r:
        args = ("--reflector", f"127.0.0.1:{r.sip_port}", "--seconds", "1", "--idle", "0")
        res = sipalg("call", "--json", *args, "--no-large-invite")
        text = sipalg("call", *args, "--no-large-invite")
    call = json.loads(res.stdout)["call"]
    assert call["incoming"] == {
        **call["incoming"],
        "idle_s": 0.0,
        "arrived": None,
        "after_s": None,
        "rewritten": None,
        "tested": False,
    }
    assert call["large_invite"] == {
        **call["large_invite"],
        "outbound": "unknown",
        "inbound": "unknown",
        "tested": False,
    }
    assert "Incoming call" not in text.stdout and "Large call set-ups" not in text.stdout


def test_a_dead_reflector_is_reported_not_a_traceback() -> None:
    res = sipalg("call", "--reflector", f"127.0.0.1:{free_port()}", "--seconds", "1")
    assert res.returncode == 0 and res.stderr == ""
    assert "Call set-up: failed" in res.stdout


def test_usage_errors_are_one_line() -> None:
    for args in (
        ("call", "--reflector", "127.0.0.1", "--seconds", "31"),
        ("call", "--reflector", "no such host!"),
        ("call", "--reflector", "127.0.0.1", "--seconds", "x"),
        ("call", "--reflector", "127.0.0.1", "--idle", "601"),
        ("call", "--reflector", "127.0.0.1", "--idle", "-1"),
        ("reflector", "--media-ports", "5000-4000"),
    ):
        res = sipalg(*args)
        assert res.returncode == 2, (args, res)
        assert res.stdout == "" and len(res.stderr.strip().splitlines()) == 1, (args, res.stderr)
