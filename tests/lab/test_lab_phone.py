"""Cross-check against a real phone: does what ``sipalg call`` predicts happen to one?

Each scenario builds the lab (tests/lab/netns.py), then, through the same
router:

1. runs ``sipalg call --json`` in the LAN namespace against the reflector
   (203.0.113.2) and reads its prediction;
2. registers a real phone (baresip, tests/lab/baresip.py) from the LAN to a
   provider (Kamailio as registrar and proxy with NAT fixing, at 203.0.113.3,
   tests/lab/provider.py) and calls it from a second baresip on the internet
   side (or the other way round), and records what the phone experienced:
   it rang or not, audio arrived each way or not (the phone's own RTP
   stream and its RTCP summary);
3. asserts the two agree, and that they are what the scenario must give (so
   that two wrong answers that agree fail too).

Scenarios: a clean NAT (also the control for large INVITEs: the phones offer
every codec they have, over 1,500 bytes); a router that forgets idle UDP
mappings after 3 s; a router that drops IP fragments both ways, or only those
from the internet (the prediction must tell the directions apart as the phone
does). These run as root in CI; elsewhere, or without baresip, Kamailio or
conntrack, they skip with the reason.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.lab.baresip import (
    CLOSED,
    CLOSED_BY_PEER,
    ESTABLISHED,
    MANY_CODECS,
    MEDIA_IN,
    PROGRESS,
    RINGS,
    Phone,
    RtpSummary,
    baresip_unavailable,
)
from tests.lab.netns import (
    LAN_IP,
    RTR_WAN_IP,
    WAN_IP,
    Lab,
    Scenario,
    kamailio_unavailable,
    lab_unavailable,
)
from tests.lab.provider import FR_TIMER_MS, PROVIDER_IP, Provider
from tests.lab.router_rules import drop_unsolicited_input, fragments_dropped

pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(lab_unavailable() is not None, reason=str(lab_unavailable())),
    pytest.mark.skipif(kamailio_unavailable() is not None, reason=str(kamailio_unavailable())),
    pytest.mark.skipif(baresip_unavailable() is not None, reason=str(baresip_unavailable())),
    pytest.mark.skipif(
        shutil.which("conntrack") is None,
        reason="conntrack (the tool) is not installed (.ci/setup --test installs it)",
    ),
]

HOME_SIP = (LAN_IP, 5060)
FAR_SIP = (PROVIDER_IP, 5070)
HOME_RTP = (20000, 20998)
FAR_RTP = (30000, 30998)
RING_DEADLINE = 3.0  # through the lab a ring takes milliseconds
# A call that does not ring: the provider gives up on the branch after its fr_timer;
# waiting a second longer than that covers every retransmission it makes.
NO_RING_WAIT = FR_TIMER_MS / 1000 + 1.0
# How long an answered call lasts: the measurement window, as --seconds is for
# `sipalg call`. Long enough for the phones' first RTCP reports (about 5 s), which
# their end-of-call summary needs.
TALK_SECONDS = 6.5
UDP_TIMEOUT = 3  # the forgetful router's nf_conntrack_udp_timeout


# --- the prediction --------------------------------------------------------------


def predict(lb: Lab, *args: str) -> dict[str, Any]:
    res, took = lb.sipalg("call", "--json", "--reflector", WAN_IP, *args, timeout=90)
    assert res.returncode == 0, f"exit {res.returncode}: {res.stderr}"
    call: dict[str, Any] = json.loads(res.stdout)["call"]
    print(f"\nsipalg call {' '.join(args)}: {took:.1f} s")
    return call


def needs(call: dict[str, Any], key: str) -> dict[str, Any]:
    """The part of the prediction a comparison needs; skip, naming it, if absent."""
    part = call.get(key)
    if not isinstance(part, dict):
        pytest.skip(f"`sipalg call --json` has no call.{key} yet (branch callmore)")
    return part


# --- the phones ------------------------------------------------------------------


@dataclass
class PhoneLab:
    lab: Lab
    provider: Provider
    home: Phone  # behind the router
    far: Phone  # on the internet side


class PhoneBench:
    """Builds the phone scenarios' labs and phones, and stops the phones at the end."""

    def __init__(self, lab: Callable[[Scenario], Lab]) -> None:
        self._lab = lab
        self._phones: list[Phone] = []

    def lab(self, scenario: Scenario) -> Lab:
        """The lab with a reflector at 203.0.113.2 (alone on it: Kamailio takes port
        5060 of .3) and the router's firewall dropping unsolicited input."""
        assert scenario.server is None, "the phone lab starts its own servers"
        lb = self._lab(scenario)
        drop_unsolicited_input(lb)
        lb.start_reflector("--listen", WAN_IP)  # the later --listen wins
        return lb

    def phones(self, lb: Lab, *, codecs: tuple[str, ...] = ("g711",)) -> PhoneLab:
        """The provider, and both phones registered to it."""
        provider = Provider(lb)
        home = Phone(lb, lb.lan, "home", HOME_SIP, HOME_RTP, codecs=codecs)
        far = Phone(lb, lb.wan, "far", FAR_SIP, FAR_RTP, codecs=codecs)
        for phone in (home, far):
            self._phones.append(phone)
            phone.start()
        home.registered()
        far.registered()
        return PhoneLab(lb, provider, home, far)

    def close(self) -> None:
        for phone in self._phones:
            phone.stop()
        self._phones.clear()


@pytest.fixture
def bench(lab: Callable[[Scenario], Lab]) -> Iterator[PhoneBench]:
    """Phones are stopped before the lab fixture tears the namespaces down."""
    b = PhoneBench(lab)
    yield b
    b.close()


@dataclass
class Experience:
    """What the home phone's user lived through on one incoming call."""

    rang: bool
    heard_them: bool  # the far phone's audio reached the home phone
    they_heard_you: bool  # the home phone's audio reached the far phone
    home_rtp: RtpSummary | None = None
    far_rtp: RtpSummary | None = None
    far_ended: str | None = None  # how the call ended for the far phone, if it never rang


def incoming_call(pl: PhoneLab) -> Experience:
    """The far phone calls home; if it rings it is answered, both talk, the far end
    hangs up."""
    home, far = pl.home, pl.far
    at_home = home.mark()
    at_far = far.dial(home)
    if home.poll_for(RINGS, RING_DEADLINE, at_home) is None:
        ended = far.wait_for(CLOSED_BY_PEER, NO_RING_WAIT, at_far)
        # Not even late, before the caller gave up (a late ring counts as ringing).
        late = home.poll_for(RINGS, 0, at_home) is not None
        return Experience(late, False, False, far_ended=ended.group(1))
    home.accept()
    home.wait_for(ESTABLISHED, 3, at_home)
    far.wait_for(ESTABLISHED, 3, at_far)
    heard = home.poll_for(MEDIA_IN, 2, at_home) is not None
    they_heard = far.poll_for(MEDIA_IN, 2, at_far) is not None
    time.sleep(TALK_SECONDS)  # the call's length (see TALK_SECONDS), not a wait for an event
    far.hangup()
    home.wait_for(CLOSED, 5, at_home)
    return Experience(True, heard, they_heard, home.summary(at_home), far.summary(at_far))


def outgoing_call_rings(pl: PhoneLab) -> bool:
    """The home phone calls the far one: does it ring (within the no-ring wait)?
    The home phone hangs up either way."""
    at_far = pl.far.mark()
    at_home = pl.home.dial(pl.far)
    rang = pl.far.poll_for(RINGS, NO_RING_WAIT, at_far) is not None
    pl.home.hangup()
    if rang:  # a ringing call is cancelled: both phones close it
        pl.home.wait_for(CLOSED, 5, at_home)
        pl.far.wait_for(CLOSED, 5, at_far)
    return rang


def mapping_forgotten(lb: Lab, ip: str, port: int, timeout: float) -> float:
    """Seconds until the router's conntrack has no UDP entry from ``ip:port`` (the
    phone's registration mapping), polled with a deadline."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        out = lb.ns(lb.rtr, "conntrack", "-L", "-p", "udp", "-s", ip, "--sport", str(port))
        if ip not in out.stdout:
            return time.monotonic() - started
        time.sleep(0.2)  # polling the router's table, bounded by the deadline
    raise TimeoutError(f"the router still maps {ip}:{port} after {timeout} s")


def show(name: str, predicted: dict[str, Any], experienced: dict[str, Any]) -> None:
    print(f"{name}: predicted {predicted}; the phone: {experienced}")


# --- 1. clean NAT -------------------------------------------------------------------


def test_clean_nat_the_phone_rings_and_audio_flows_both_ways_as_predicted(
    bench: PhoneBench,
) -> None:
    started = time.monotonic()
    lb = bench.lab(Scenario("phone-clean", server=None))
    call = predict(lb, "--seconds", "3", "--idle", "3")
    assert call["setup"]["established"], call
    incoming, large = needs(call, "incoming"), needs(call, "large_invite")
    # The prediction is "with a provider that latches": the far end's audio to where
    # ours came from arrives, to the private address our SDP named it does not.
    paths = call["paths"]
    assert paths["back_to_source"]["arrived"] is True, paths
    assert paths["back_to_announced"]["arrived"] is False, paths
    predicted = {
        "rings": incoming["arrived"],
        "heard_them": call["heard_them"],
        "they_heard_you": call["they_heard_you"],
        "large_out": large["outbound"],
        "large_in": large["inbound"],
    }

    # The phones offer every codec they have (INVITEs over 1,500 bytes, fragmented
    # on the way): the control for the fragments scenario.
    pl = bench.phones(lb, codecs=MANY_CODECS)
    out_rang = outgoing_call_rings(pl)
    got = incoming_call(pl)
    experienced = {
        "rings": got.rang,
        "heard_them": got.heard_them,
        "they_heard_you": got.they_heard_you,
        "large_out": "passed" if out_rang else "dropped",
        "large_in": "passed" if got.rang else "dropped",
    }
    show("clean NAT", predicted, experienced)
    assert experienced == predicted
    assert predicted == {
        "rings": True,
        "heard_them": True,
        "they_heard_you": True,
        "large_out": "passed",
        "large_in": "passed",
    }
    invites = {src.rsplit(":", 1)[0]: size for src, size in pl.provider.requests("INVITE")}
    assert invites.keys() == {RTR_WAN_IP, PROVIDER_IP}, invites  # the home phone's via the NAT
    assert min(invites.values()) > 1500, invites
    # The phones' own counts (as of their last RTCP report, about every 5 s): at least
    # four seconds of audio each way, none lost.
    assert got.home_rtp is not None and got.far_rtp is not None, pl.home.tail()
    for who, rtp in (("home", got.home_rtp), ("far", got.far_rtp)):
        assert rtp.received >= 200 and rtp.lost == 0, (who, rtp)
    # The home phone's audio left through the NAT (the provider fixed its SDP to that).
    assert got.far_rtp.remote.startswith(f"{RTR_WAN_IP}:"), got.far_rtp
    print(
        f"INVITE sizes {invites}; phone RTP: home {got.home_rtp}, far {got.far_rtp}; "
        f"{time.monotonic() - started:.1f} s"
    )


# --- 2. a router that forgets idle UDP mappings -------------------------------------


def test_short_udp_timeout_the_idle_phone_misses_the_call_as_predicted(
    bench: PhoneBench,
) -> None:
    started = time.monotonic()
    lb = bench.lab(Scenario("phone-timeout", server=None, udp_timeout=UDP_TIMEOUT))
    idle = 2 * UDP_TIMEOUT
    call = predict(lb, "--seconds", "1", "--idle", str(idle), "--no-large-invite")
    incoming = needs(call, "incoming")
    assert incoming.get("registered") is not False, incoming  # lost after registering
    predicted = {"rings_after_idle": incoming["arrived"]}

    pl = bench.phones(lb)
    # Control: right after registering, the phone rings (the mapping is fresh).
    at_home = pl.home.mark()
    at_far = pl.far.dial(pl.home)
    pl.home.wait_for(RINGS, RING_DEADLINE, at_home)
    pl.far.hangup()
    pl.home.wait_for(CLOSED, 5, at_home)
    pl.far.wait_for(CLOSED, 5, at_far)
    # Idle, with no keep-alive and no re-registration, until the router forgot it.
    idle_s = mapping_forgotten(lb, LAN_IP, HOME_SIP[1], timeout=UDP_TIMEOUT + 30)
    got = incoming_call(pl)
    experienced = {"rings_after_idle": got.rang}
    show(f"UDP time-out {UDP_TIMEOUT} s", predicted, experienced)
    assert experienced == predicted == {"rings_after_idle": False}
    assert idle_s <= incoming["idle_s"], (idle_s, incoming)  # the phone idled no longer
    # The provider did send both calls to the mapping the phone registered from (the
    # NAT's public side), and gave up on the second: for the caller the call failed.
    assert pl.provider.relayed("INVITE") == [f"{RTR_WAN_IP}:{HOME_SIP[1]}"] * 2
    assert got.far_ended is not None and "408" in got.far_ended, got.far_ended
    print(f"phone idle {idle_s:.1f} s; {time.monotonic() - started:.1f} s")


# --- 3. a router that drops IP fragments ---------------------------------------------


@pytest.mark.parametrize("drop", ["both", "in"])
def test_dropped_fragments_fail_large_invites_in_the_predicted_direction(
    bench: PhoneBench, drop: str
) -> None:
    """``both``: fragments are dropped either way; ``in``: only those coming from the
    internet, so the phone's large INVITE goes out but a large one never comes in."""
    started = time.monotonic()
    lb = bench.lab(Scenario(f"phone-fragments-{drop}", server=None, drop_fragments=drop))
    call = predict(lb, "--seconds", "1", "--idle", "0")
    large = needs(call, "large_invite")
    assert large.get("small_passed") is not False and large["size"] > 1500, large
    predicted = {"large_out": large["outbound"], "large_in": large["inbound"]}

    # Both phones offer every codec they have: INVITEs over 1,500 bytes. Their
    # REGISTERs (no SDP) are small and pass the same router.
    pl = bench.phones(lb, codecs=MANY_CODECS)
    before = fragments_dropped(lb)
    # Out: the home phone calls the far one.
    at_home = pl.home.mark()
    out_rang = outgoing_call_rings(pl)
    from_home = pl.provider.requests("INVITE", RTR_WAN_IP)
    out_dropped = fragments_dropped(lb) - before
    # In: the far phone calls home; the provider relays its INVITE through the router.
    relayed_before = len(pl.provider.relayed("INVITE"))
    got = incoming_call(pl)
    from_far = pl.provider.requests("INVITE", PROVIDER_IP)

    experienced = {
        "large_out": "passed" if out_rang else "dropped",
        "large_in": "passed" if got.rang else "dropped",
    }
    show(f"fragments dropped ({drop})", predicted, experienced)
    expected = {"large_out": "dropped" if drop == "both" else "passed", "large_in": "dropped"}
    assert experienced == predicted == expected
    # The evidence behind the phones' experience.
    if drop == "both":  # the home phone's INVITE never reached the provider
        assert from_home == [] and out_dropped > 0, (from_home, out_dropped)
        assert pl.home.poll_for(PROGRESS, 0, at_home) is None  # not even a 100 Trying
    else:
        assert len(from_home) == 1 and from_home[0][1] > 1500, from_home
        assert out_dropped == 0
    assert from_far and all(size > 1500 for _, size in from_far), from_far
    assert pl.provider.relayed("INVITE")[relayed_before:] == [f"{RTR_WAN_IP}:{HOME_SIP[1]}"]
    assert fragments_dropped(lb) > before + out_dropped  # the relayed INVITE's fragments
    assert got.far_ended is not None and "408" in got.far_ended, got.far_ended
    print(
        f"INVITE sizes at the provider: from home {[n for _, n in from_home]}, from far "
        f"{[n for _, n in from_far]}; fragments dropped {fragments_dropped(lb)}; "
        f"{time.monotonic() - started:.1f} s"
    )
