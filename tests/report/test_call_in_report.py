"""The test call through the real pipeline against the loopback reflector, into every report."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.core.model import Mode
from app.core.progress import Progress
from app.diagnosis.symptoms import Symptom
from app.pipeline.diagnose import Outcome, Request, default_options, run_diagnosis
from app.pipeline.servers import parse_choice
from app.pipeline.session import ContextOptions
from app.pipeline.test_call import CALL_STEP, with_test_call
from app.report.bundle import Report, to_html, to_json, to_text
from tests.helpers import running_reflector
from tests.records import replace

NO_STUN: dict[str, Any] = {"stun_port": None, "stun_alt_port": None}


def diagnose(sip_port: int, control_port: int, mode: Mode = Mode.REFLECTOR) -> Outcome:
    options = replace(default_options(mode), control_port=control_port)
    request = Request(
        mode,
        (parse_choice(f"127.0.0.1:{sip_port}"),),
        (Symptom.ONE_WAY_AUDIO,),
        options,
        ContextOptions(router=False),
        (),
    )
    return run_diagnosis(request)


@pytest.fixture(scope="module")
def called() -> tuple[Outcome, list[Progress]]:
    seen: list[Progress] = []
    with running_reflector(**NO_STUN) as r:
        outcome = diagnose(r.sip_port, r.control_port)
        outcome = with_test_call(outcome, 1, [Symptom.ONE_WAY_AUDIO], progress=seen.append)
    return outcome, seen


def test_the_call_goes_to_the_reflector_that_answered(called: Any) -> None:
    outcome, seen = called
    assert outcome.call is not None and outcome.call.skipped is None
    s = outcome.call.summary
    assert s is not None and s.established and s.heard_them and s.they_heard_you
    assert outcome.target is not None and s.reflector == outcome.target.used
    audio = outcome.call.diagnosis.finding("call-audio-both-ways")
    assert audio is not None and audio.measured
    calls = [p for p in seen if p.item == CALL_STEP]
    assert calls[0].done == 0 and calls[-1].done == calls[-1].total and calls[-1].ok is True
    assert all(p.done <= p.total for p in calls)


def test_json_report_carries_the_call_and_its_findings(called: Any) -> None:
    doc = json.loads(to_json(Report(called[0])))
    call = doc["call"]
    assert call["setup"]["established"] and call["heard_them"] is True
    assert {f["id"] for f in call["findings"]} >= {"call-audio-both-ways", "call-ack-ok"}
    assert call["symptoms"]["one_way_audio"].startswith("The test call did not reproduce it")
    assert call["next_steps"] == []
    assert doc["link"]["kind"] in ("wifi", "wired", "unknown")
    assert "call_skipped" not in doc


def test_text_and_html_reports_have_a_test_call_section(called: Any) -> None:
    text = to_text(Report(called[0]))
    assert "\nTest call\n" in text and "  Their voice reached you: yes" in text
    assert "* Sound went both ways" in text
    page = to_html(Report(called[0]))
    assert "<h2>Test call</h2>" in page and "Sound went both ways" in page


def test_no_call_asked_for_leaves_the_report_as_it_was(called: Any) -> None:
    plain = replace(called[0], call=None)
    assert "call" not in json.loads(to_json(Report(plain)))
    assert "\nTest call\n" not in to_text(Report(plain))


def test_provider_mode_makes_no_call_and_says_why() -> None:
    with running_reflector(**NO_STUN) as r:
        outcome = diagnose(r.sip_port, r.control_port, Mode.PROVIDER)

        def never(*_: Any, **__: Any) -> Any:
            raise AssertionError("no call in provider mode")

        outcome = with_test_call(outcome, 1, place=never)
    assert outcome.call is not None and outcome.call.summary is None
    assert outcome.call.skipped is not None and "test server" in outcome.call.skipped.render()
    doc = json.loads(to_json(Report(outcome)))
    assert doc["call"] is None and "test server" in doc["call_skipped"]
    assert "No test call: A test call needs" in to_text(Report(outcome))


def test_after_a_fix_the_first_runs_call_is_kept_as_before_the_fix(called: Any) -> None:
    after = replace(called[0], call=None)  # the re-test makes no call
    report = Report(after, before=called[0])
    assert "\nTest call (before the fix)\n" in to_text(report)
    assert "<h2>Test call (before the fix)</h2>" in to_html(report)
    doc = json.loads(to_json(report))
    assert "call" not in doc and doc["before"]["call"]["setup"]["established"] is True
