"""Choosing the server: typed text, presets, the directory, failover (real sockets)."""

from __future__ import annotations

import pytest

from app.core.model import Mode, Verdict
from app.pipeline.diagnose import Request, run_diagnosis
from app.pipeline.servers import (
    ServerChoice,
    parse_choice,
    preset_choices,
    provider_choices,
    public_choices,
)
from app.probes.options import ProbeOptions
from app.probes.target import TargetError
from app.providers.database import bundled
from tests.helpers import free_port, running_reflector


def test_typed_text_keeps_no_port_as_no_port() -> None:
    assert parse_choice("sip.example.com") == ServerChoice("sip.example.com", None)
    assert parse_choice(" sip.example.com:5070 ") == ServerChoice("sip.example.com", 5070)
    assert parse_choice("[2001:db8::1]:5062") == ServerChoice("2001:db8::1", 5062)
    with pytest.raises(TargetError, match="port must be a number"):
        parse_choice("sip.example.com:0")
    with pytest.raises(TargetError):
        parse_choice("sip:user@example.com")


def test_presets_list_with_failover_and_the_old_single_keys() -> None:
    mode, choices = preset_choices({"reflectors": ["r1.example.net", "r2.example.net:5062"]})  # type: ignore[misc]
    assert mode is Mode.REFLECTOR
    assert [str(c) for c in choices] == ["r1.example.net", "r2.example.net:5062"]
    assert all(c.source == "preset" for c in choices)
    mode, choices = preset_choices({"reflector": "", "sip_server": "sip.example.net"})  # type: ignore[misc]
    assert mode is Mode.PROVIDER and [str(c) for c in choices] == ["sip.example.net"]
    # a broken entry is skipped; nothing usable left means no preset
    assert preset_choices({"reflectors": ["bad host!", 5060], "sip_servers": []}) is None
    assert preset_choices({"reflectors": [], "sip_servers": []}) is None
    assert preset_choices({}) is None


def test_directory_entries_and_the_public_list_become_choices() -> None:
    directory = bundled()
    for provider in directory:
        choices = provider_choices(provider)
        if provider.no_server_reason:
            assert choices == ()
        assert all(c.source == "provider" and c.label == provider.name for c in choices)
        assert all(c.transport in (None, "udp", "tcp") for c in choices)
    assert directory.public is not None
    public = public_choices(directory.public)
    assert public and all(c.source == "public" for c in public)


def test_a_silent_server_fails_over_to_the_next_and_the_report_says_so() -> None:
    """Real sockets: the first choice is a closed loopback port, the second a real server
    (a reflector in provider mode answers OPTIONS like any SIP server)."""
    dead = free_port()
    with running_reflector() as r:
        request = Request(
            Mode.PROVIDER,
            (ServerChoice("127.0.0.1", dead), ServerChoice("127.0.0.1", r.sip_port)),
            options=ProbeOptions(timeout=3, transports=ProbeOptions().transports[:1]),
        )
        outcome = run_diagnosis(request, router=False, stun=())
    assert outcome.probe.verdict is Verdict.NO_ALG_DETECTED
    assert outcome.target is not None
    assert outcome.target.used == f"127.0.0.1:{r.sip_port}"
    assert outcome.target.resolved_via == "literal"
    assert outcome.target.silent == (("127.0.0.1", f"127.0.0.1:{dead}"),)


def test_when_no_server_answers_the_result_stays_inconclusive() -> None:
    dead1, dead2 = free_port(), free_port()
    request = Request(
        Mode.PROVIDER,
        (ServerChoice("127.0.0.1", dead1), ServerChoice("127.0.0.1", dead2)),
        options=ProbeOptions(timeout=1, transports=ProbeOptions().transports[:1]),
    )
    outcome = run_diagnosis(request, router=False, stun=())
    assert outcome.probe.verdict is Verdict.INCONCLUSIVE
    # the last one tried is `used`; the ones before it are listed as silent
    assert outcome.target is not None and len(outcome.target.silent) == 1
    assert outcome.target.used == f"127.0.0.1:{dead2}"
    assert outcome.diagnosis.next_steps  # what to try instead, never "no ALG"


def test_a_name_that_cannot_be_located_is_the_users_to_fix() -> None:
    def no_such_name(choice: ServerChoice, cancel: object) -> list[object]:
        raise TargetError(f"the name {choice.host!r} does not exist")

    with pytest.raises(TargetError, match="does not exist"):
        run_diagnosis(
            Request(Mode.PROVIDER, (ServerChoice("nope.example"),)),
            locate=no_such_name,  # type: ignore[arg-type]
        )
