"""The test call's figures linked to the user's symptoms: every link, and missing evidence."""

from __future__ import annotations

from dataclasses import replace

from app.diagnosis.call_findings import CallDiagnosis, call_findings
from app.diagnosis.call_summary import AckResult
from app.diagnosis.findings import Severity
from app.diagnosis.symptoms import Symptom
from app.netinfo.link import LinkInfo
from app.probes.lifetime import LifetimeResult
from tests.call_samples import (
    choppy_call,
    failed_call,
    good_call,
    one_way_call,
    path,
    with_extras,
    with_paths,
)

ALL = tuple(Symptom)


def ids(d: CallDiagnosis) -> list[str]:
    return [c.finding.id for c in d.findings]


def note(d: CallDiagnosis, s: Symptom) -> str:
    return next(n.render() for sym, n in d.notes if sym is s)


def steps(d: CallDiagnosis) -> str:
    return " ".join(a.render() for a in d.steps)


# --- no call, a call that failed ---------------------------------------------------------------


def test_no_call_says_nothing() -> None:
    assert call_findings(None, ALL) == CallDiagnosis((), (), ())


def test_a_call_that_was_not_set_up_checks_nothing_and_says_what_to_do() -> None:
    d = call_findings(failed_call(), [Symptom.ONE_WAY_AUDIO, Symptom.NO_RING])
    assert ids(d) == ["call-not-set-up"]
    assert d.findings[0].finding.severity is Severity.WARNING and not d.findings[0].measured
    assert "no answer" in d.findings[0].finding.detail.render()
    assert note(d, Symptom.ONE_WAY_AUDIO).startswith("The test call could not check it")
    assert "Run the test again" in steps(d)


def test_a_refused_call_names_the_answer() -> None:
    d = call_findings(failed_call(answered=True, final_status=486, final_reason="Busy Here"))
    assert "486 Busy Here" in d.findings[0].finding.detail.render()


def test_a_stopped_call_is_said_so() -> None:
    d = call_findings(failed_call(cancelled=True))
    assert ids(d) == ["call-cancelled"]


# --- one-way audio <-> the media paths ----------------------------------------------------------


def test_good_call_sound_both_ways_does_not_reproduce_one_way_audio() -> None:
    d = call_findings(good_call(), [Symptom.ONE_WAY_AUDIO])
    audio = d.finding("call-audio-both-ways")
    assert audio is not None and audio.finding.severity is Severity.OK and audio.measured
    assert note(d, Symptom.ONE_WAY_AUDIO).startswith("The test call did not reproduce it")
    assert d.steps == ()


def test_only_latched_audio_arrives_means_the_provider_must_latch() -> None:
    d = call_findings(one_way_call(), [Symptom.ONE_WAY_AUDIO])
    f = d.finding("call-audio-needs-latching")
    assert f is not None and f.finding.severity is Severity.WARNING
    detail = f.finding.detail.render()
    assert "192.168.1.10:20000" in detail and "latching" in detail
    assert Symptom.ONE_WAY_AUDIO in f.finding.explains
    assert note(d, Symptom.ONE_WAY_AUDIO).startswith("The test call reproduced it")
    assert "symmetric RTP" in steps(d) and "SIP ALG" not in steps(d)


def test_only_latched_audio_with_a_rewritten_sdp_blames_the_alg() -> None:
    d = call_findings(one_way_call(alg=True), [Symptom.ONE_WAY_AUDIO])
    f = d.finding("call-audio-needs-latching")
    assert f is not None and f.finding.severity is Severity.PROBLEM
    assert "wrote a wrong one" in f.finding.detail.render()
    assert "203.0.113.99:20000" in f.finding.detail.render()
    assert steps(d).startswith("Turn off the SIP ALG")


def test_our_voice_lost_is_one_way_audio_outbound() -> None:
    s = with_paths(good_call(), to_far_end=path("to_far_end", received=0))
    d = call_findings(s, [Symptom.ONE_WAY_AUDIO])
    assert "call-audio-out-lost" in ids(d)
    assert "outgoing UDP" in steps(d)


def test_both_return_paths_lost_is_one_way_audio_inbound() -> None:
    s = with_paths(
        good_call(),
        back_to_announced=path("back_to_announced", received=0),
        back_to_source=path("back_to_source", received=0),
    )
    d = call_findings(s, [Symptom.ONE_WAY_AUDIO])
    assert "call-audio-back-lost" in ids(d)
    assert d.finding("call-quality-not-measured") is None  # choppy not ticked: not listed


def test_nothing_either_way() -> None:
    s = with_paths(
        good_call(),
        to_far_end=path("to_far_end", received=0),
        back_to_announced=path("back_to_announced", received=0),
        back_to_source=path("back_to_source", received=0),
    )
    assert "call-audio-none" in ids(call_findings(s))


def test_latched_audio_lost_but_announced_arrives() -> None:
    s = with_paths(good_call(), back_to_source=path("back_to_source", received=0))
    assert "call-audio-latched-lost" in ids(call_findings(s))


def test_announced_path_refused_is_not_measured_not_lost() -> None:
    refused = path("back_to_announced", None, figures=None, refused="a third party's address")
    d = call_findings(with_paths(good_call(), back_to_announced=refused), [Symptom.ONE_WAY_AUDIO])
    f = d.finding("call-audio-latched-only-measured")
    assert f is not None and "not measured (a third party's address)" in f.finding.detail.render()
    assert f.finding.severity is Severity.OK and d.steps == ()


def test_no_media_figures_at_all_is_not_measured() -> None:
    none = {n: path(n, None, figures=None) for n in ("to_far_end", "back_to_announced")}
    s = with_paths(good_call(), back_to_source=path("back_to_source", None, figures=None), **none)
    d = call_findings(s, [Symptom.ONE_WAY_AUDIO, Symptom.CHOPPY_AUDIO])
    assert "call-audio-not-measured" in ids(d) and "call-quality-not-measured" in ids(d)
    assert note(d, Symptom.ONE_WAY_AUDIO).startswith("The test call could not check it")
    assert note(d, Symptom.CHOPPY_AUDIO).startswith("The test call could not check it")
    assert "fine" not in " ".join(n.render() for _, n in d.notes)


# --- drops after 30 s <-> ACK and BYE ---------------------------------------------------------


def test_lost_ack_explains_drops() -> None:
    d = call_findings(
        good_call(ack=AckResult(True, False, None, None, ())), [Symptom.DROPS_AFTER_30S]
    )
    f = d.finding("call-ack-lost")
    assert f is not None and f.finding.severity is Severity.PROBLEM
    assert "32 seconds" in f.finding.detail.render()
    assert note(d, Symptom.DROPS_AFTER_30S).startswith("The test call reproduced it")


def test_rewritten_ack_explains_drops_with_the_changed_lines() -> None:
    changes = ("-Via: SIP/2.0/UDP 192.168.1.10:5062", "+Via: SIP/2.0/UDP 203.0.113.1:5062")
    d = call_findings(good_call(ack=AckResult(True, True, False, "203.0.113.1:5062", changes)))
    f = d.finding("call-ack-rewritten")
    assert f is not None and set(changes) <= set(f.finding.evidence)
    assert Symptom.DROPS_AFTER_30S in f.finding.explains


def test_unanswered_bye_is_a_warning() -> None:
    d = call_findings(good_call(bye_answered=False), [Symptom.DROPS_AFTER_30S])
    f = d.finding("call-bye-unanswered")
    assert f is not None and f.finding.severity is Severity.WARNING


def test_intact_ack_says_the_call_was_short() -> None:
    d = call_findings(good_call(), [Symptom.DROPS_AFTER_30S])
    f = d.finding("call-ack-ok")
    assert f is not None and "lasted 5 s" in f.finding.detail.render()
    assert note(d, Symptom.DROPS_AFTER_30S).startswith("The test call did not reproduce it")


def test_no_report_means_the_ack_is_not_measured() -> None:
    s = good_call(ack=AckResult(True, None, None, None, ()), report_error="no report")
    d = call_findings(s, [Symptom.DROPS_AFTER_30S])
    assert "call-ack-not-measured" in ids(d) and "call-ack-ok" not in ids(d)
    assert note(d, Symptom.DROPS_AFTER_30S).startswith("The test call could not check it")


# --- no ring / voicemail <-> incoming call, large INVITE, lifetime --------------------------


def test_without_incoming_facts_ringing_is_not_measured() -> None:
    d = call_findings(good_call(), [Symptom.NO_RING])
    assert "call-incoming-not-measured" in ids(d)
    assert "not tested" in note(d, Symptom.NO_RING)


def test_untested_and_unticked_topics_are_left_out() -> None:
    assert "call-incoming-not-measured" not in ids(call_findings(good_call(), ()))


def test_lost_incoming_call_explains_no_ring_and_voicemail() -> None:
    s = with_extras(
        good_call(), incoming={"idle_s": 10, "arrived": False, "after_s": None, "rewritten": None}
    )
    d = call_findings(s, [Symptom.NO_RING, Symptom.VOICEMAIL])
    f = d.finding("call-incoming-lost")
    assert f is not None and f.finding.title.render() == (
        "An incoming call after 10 s of quiet did not arrive"
    )
    assert set(f.finding.explains) == {Symptom.NO_RING, Symptom.VOICEMAIL}
    assert note(d, Symptom.VOICEMAIL).startswith("The test call reproduced it")
    assert "keep-alives" in steps(d)


def test_arrived_incoming_call() -> None:
    inc = {"idle_s": 10, "arrived": True, "after_s": 10.2, "rewritten": False}
    d = call_findings(with_extras(good_call(), incoming=inc), [Symptom.NO_RING])
    assert "call-incoming-ok" in ids(d)
    assert note(d, Symptom.NO_RING).startswith("The test call did not reproduce it")


def test_rewritten_incoming_call() -> None:
    inc = {"idle_s": 10, "arrived": True, "after_s": 10.2, "rewritten": True}
    assert "call-incoming-rewritten" in ids(call_findings(with_extras(good_call(), incoming=inc)))


def test_incoming_not_known_is_not_measured() -> None:
    inc = {"idle_s": 10, "arrived": None, "note": "no binding"}
    d = call_findings(with_extras(good_call(), incoming=inc), [Symptom.NO_RING])
    assert "call-incoming-not-measured" in ids(d)


def test_large_invite_dropped_inbound_explains_no_ring() -> None:
    big = {"size": 2400, "outbound": "passed", "inbound": "dropped"}
    d = call_findings(with_extras(good_call(), large_invite=big), [Symptom.NO_RING])
    f = d.finding("call-large-invite-dropped")
    assert f is not None and "on the way in" in f.finding.detail.render()
    assert Symptom.NO_RING in f.finding.explains
    assert f.finding.title.render() == "Large call set-ups are blocked by your router"


def test_large_invite_dropped_outbound_explains_no_symptom_but_is_a_problem() -> None:
    big = {"size": 2400, "outbound": "dropped", "inbound": "unknown"}
    d = call_findings(with_extras(good_call(), large_invite=big))
    f = d.finding("call-large-invite-dropped")
    assert f is not None and f.finding.explains == () and "on the way out" in str(f.finding.detail)


def test_large_invite_unknown_both_ways_is_left_out() -> None:
    big = {"size": 2400, "outbound": "unknown", "inbound": "unknown"}
    assert not any(
        "large" in i for i in ids(call_findings(with_extras(good_call(), large_invite=big)))
    )


def test_the_idle_connection_test_adds_to_the_ringing_note() -> None:
    short = LifetimeResult(5060, "sip", 30.0, 60.0)
    d = call_findings(good_call(), [Symptom.NO_RING], [short])
    assert "forgets a quiet phone connection after about 45 s" in note(d, Symptom.NO_RING)


# --- choppy audio <-> loss, jitter, MOS, Wi-Fi ---------------------------------------------------


def test_choppy_call_on_wifi() -> None:
    d = call_findings(choppy_call(wifi=True), [Symptom.CHOPPY_AUDIO])
    f = d.finding("call-quality-poor")
    assert f is not None and Symptom.CHOPPY_AUDIO in f.finding.explains
    detail = f.finding.detail.render()
    assert "% of the sound was lost" in detail and "jitter" in detail
    assert "wlan0" in " ".join(f.finding.evidence) and "-78 dBm" in " ".join(f.finding.evidence)
    assert "Wi-Fi" in steps(d)
    assert note(d, Symptom.CHOPPY_AUDIO).startswith("The test call reproduced it")


def test_choppy_call_on_cable_gives_no_wifi_advice() -> None:
    d = call_findings(choppy_call(wifi=False), [Symptom.CHOPPY_AUDIO])
    assert "Wi-Fi" not in steps(d) and "Pause big downloads" in steps(d)


def test_good_quality_on_wifi_mentions_wifi_without_claiming_a_problem() -> None:
    d = call_findings(good_call(link=LinkInfo("wifi", "wlan0")), [Symptom.CHOPPY_AUDIO])
    f = d.finding("call-quality-good")
    assert f is not None and f.finding.severity is Severity.OK
    assert f.finding.title.render().startswith("Call quality: excellent (4.")
    assert "Wi-Fi" in f.finding.detail.render() and d.steps == ()


def test_no_round_trip_says_delay_is_not_counted() -> None:
    from tests.call_samples import figures

    s = with_paths(
        good_call(),
        **{n: path(n, figures=figures(rtt=None)) for n in ("to_far_end", "back_to_source")},
        back_to_announced=path("back_to_announced", figures=figures(rtt=None)),
    )
    f = call_findings(s).finding("call-quality-good")
    assert f is not None and "round trip was not measured" in f.finding.detail.render()


def test_one_way_audio_leaves_quality_not_measured() -> None:
    s = with_paths(good_call(), to_far_end=path("to_far_end", figures=None))
    d = call_findings(s, [Symptom.CHOPPY_AUDIO])
    assert "call-quality-not-measured" in ids(d)


def test_not_sure_and_registration_get_no_call_note() -> None:
    d = call_findings(good_call(), [Symptom.NOT_SURE, Symptom.REGISTRATION_DROPS])
    assert d.notes == ()


def test_steps_are_not_repeated() -> None:
    s = replace(
        one_way_call(alg=True), ack=AckResult(True, True, False, "203.0.113.1:5062", ("-a", "+b"))
    )
    rendered = [a.render() for a in call_findings(s).steps]
    assert len(rendered) == len(set(rendered))


def test_sound_both_ways_through_an_alg_still_advises_switching_it_off() -> None:
    s = good_call(sdp_seen_by_far_end="203.0.113.99:20000", sdp_rewritten=True)
    d = call_findings(s, [Symptom.ONE_WAY_AUDIO])
    f = d.finding("call-audio-both-ways-rewritten")
    assert f is not None and f.finding.severity is Severity.WARNING and f.finding.explains == ()
    assert "192.168.1.10:20000 became 203.0.113.99:20000" in f.finding.detail.render()
    assert note(d, Symptom.ONE_WAY_AUDIO).startswith(
        "The test call found a related problem: Sound went both ways, but your router"
    )
    assert steps(d).startswith("Turn off the SIP ALG")


def test_untested_incoming_and_large_invite_are_not_measured_never_fine() -> None:
    s = with_extras(
        good_call(),
        incoming={"idle_s": 0.0, "arrived": None, "note": "not tested"},
        large_invite={"size": 0, "outbound": "unknown", "inbound": "unknown", "tested": False},
    )
    d = call_findings(s, [Symptom.NO_RING])
    assert "call-incoming-not-measured" in ids(d)
    assert not any(i.startswith("call-large-invite") for i in ids(d))
    assert note(d, Symptom.NO_RING).startswith("The test call could not check it")


def test_large_invite_passing_one_way_says_the_other_was_not_measured() -> None:
    big = {"size": 2400, "outbound": "passed", "inbound": "unknown"}
    f = call_findings(with_extras(good_call(), large_invite=big)).finding("call-large-invite-ok")
    assert f is not None and "the way back was not measured" in f.finding.detail.render()


def test_a_call_stopped_midway_claims_nothing_from_its_partial_figures() -> None:
    d = call_findings(good_call(cancelled=True), [Symptom.ONE_WAY_AUDIO])
    assert ids(d) == ["call-cancelled"]
    assert note(d, Symptom.ONE_WAY_AUDIO).startswith("The test call could not check it")
