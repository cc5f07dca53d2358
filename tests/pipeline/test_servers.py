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


def _candidate(host: str, address: str, port: int, transport: str = "udp") -> object:
    from app.probes.locate import Candidate, ResolvedVia

    return Candidate(host, address, port, transport, ResolvedVia.SRV)  # type: ignore[arg-type]


class _Recorder:
    """A session runner that records what it was asked and answers from a table."""

    def __init__(self, answering: set[str]) -> None:
        self.answering = answering
        self.calls: list[tuple[str, object]] = []

    def __call__(self, mode: Mode, target: object, options: object, context: object, **kw: object):  # type: ignore[no-untyped-def]
        from app.ui.demo import session

        address = str(kw["address"])
        self.calls.append((address, context))
        canned = session(alg=False)
        if address in self.answering:
            return canned
        from app.diagnosis.verdict import summarise
        from tests.records import replace

        probe = summarise(mode, address, options.transports, (), 0.1)  # type: ignore[attr-defined]
        return replace(canned, probe=probe)  # the router is found whatever the server does


def test_only_the_runs_transport_is_located_and_stun_follows_the_server() -> None:
    asked: list[object] = []

    def locate(choice: ServerChoice, cancel: object) -> list[object]:
        asked.append(choice.transport)
        return [
            _candidate("pbx1.example", "192.0.2.1", 5070),
            _candidate("pbx2.example", "192.0.2.2", 5070),
        ]

    runner = _Recorder({"192.0.2.2"})
    request = Request(
        Mode.REFLECTOR,
        (ServerChoice("example.net"),),
        options=ProbeOptions(transports=ProbeOptions().transports[:1]),
    )
    outcome = run_diagnosis(request, run=runner, locate=locate)  # type: ignore[arg-type]
    assert asked == ["udp"]
    assert [a for a, _ in runner.calls] == ["192.0.2.1", "192.0.2.2"]
    # each reflector's own STUN responder, not the name typed
    stuns = [ctx.stun for _, ctx in runner.calls]  # type: ignore[attr-defined]
    assert [s[0].host for s in stuns] == ["192.0.2.1", "192.0.2.2"]
    # the router is identified once: the second server is probed without it
    assert [ctx.router for _, ctx in runner.calls] == [True, False]  # type: ignore[attr-defined]
    assert outcome.target is not None and outcome.target.used == "192.0.2.2:5070"
    assert outcome.target.silent == (("pbx1.example", "192.0.2.1:5070"),)


def test_no_more_than_three_servers_are_tried() -> None:
    def locate(choice: ServerChoice, cancel: object) -> list[object]:
        return [_candidate(f"pbx{i}", f"192.0.2.{i}", 5060) for i in range(1, 6)]

    runner = _Recorder(set())
    outcome = run_diagnosis(
        Request(Mode.PROVIDER, (ServerChoice("a.example"), ServerChoice("b.example"))),
        run=runner,
        locate=locate,
    )  # type: ignore[arg-type]
    assert len(runner.calls) == 3
    assert outcome.probe.verdict is Verdict.INCONCLUSIVE


def test_a_truly_silent_server_costs_its_timeout_then_the_next_answers() -> None:
    """Real sockets: a bound UDP port that never answers (no ICMP, no reply)."""
    import socket
    import time

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent, running_reflector() as r:
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        request = Request(
            Mode.PROVIDER,
            (ServerChoice("127.0.0.1", port), ServerChoice("127.0.0.1", r.sip_port)),
            options=ProbeOptions(timeout=0.6, transports=ProbeOptions().transports[:1]),
        )
        started = time.monotonic()
        outcome = run_diagnosis(request, router=False, stun=())
        elapsed = time.monotonic() - started
    assert outcome.probe.verdict is Verdict.NO_ALG_DETECTED
    assert outcome.target is not None and outcome.target.used == f"127.0.0.1:{r.sip_port}"
    assert elapsed >= 0.6  # the silent one was given its whole deadline first


def test_a_retest_goes_back_to_the_server_of_the_first_verdict() -> None:
    from app.core.progress import CancelToken
    from app.pipeline.servers import TargetReport, locate_choice, retest_choices

    first = TargetReport(
        "voip.example",
        "provider",
        "srv",
        "pbx2.voip.example",
        "192.0.2.2:5070",
        "udp",
        label="Example VoIP",
    )
    choices = (ServerChoice("voip.example", source="provider", label="Example VoIP"),)
    pinned, *rest = retest_choices(first, choices)
    assert rest == list(choices)
    (cand,) = locate_choice(pinned, CancelToken())  # no DNS: the address is pinned
    assert (cand.host, cand.address, cand.port, cand.transport) == (
        "pbx2.voip.example",
        "192.0.2.2",
        5070,
        "udp",
    )
    assert retest_choices(None, choices) == choices
