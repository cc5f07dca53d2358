"""RFC 3263 server location against a real DNS server (dnsmasq on loopback).

The zone is in ``conftest.py``. Every look-up goes to dnsmasq over real UDP;
failures come from real servers too: NXDOMAIN and REFUSED from dnsmasq
itself, SERVFAIL from a validating dnsmasq, timeouts from a socket that
never answers, "no network" from a network namespace with its loopback down.
"""

from __future__ import annotations

import collections
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time

import dns.resolver
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.probes.locate import (
    Candidate,
    LocateError,
    ResolvedVia,
    _checked_name,
    locate,
)
from app.probes.target import TargetError
from tests.probes.conftest import DnsServer


def _dead_resolver(port: int) -> dns.resolver.Resolver:
    res = dns.resolver.Resolver(configure=False)
    res.nameservers = ["127.0.0.1"]
    res.port = port
    return res


def _where(cands: list[Candidate]) -> list[tuple[str, str, int, str, str]]:
    return [(c.host, c.address, c.port, c.transport, str(c.resolved_via)) for c in cands]


# --- literals: no DNS at all -------------------------------------------------------------


def test_ip_literal_is_used_as_it_is_without_dns(silent_dns: int) -> None:
    start = time.monotonic()
    cands = locate("192.0.2.7", resolver=_dead_resolver(silent_dns), deadline=5)
    assert time.monotonic() - start < 2.0  # a DNS query would have hung until the 5 s deadline
    assert _where(cands) == [("192.0.2.7", "192.0.2.7", 5060, "udp", "literal")]
    v6 = locate("[2001:db8::1]", 5062, "tcp", resolver=_dead_resolver(silent_dns))
    assert _where(v6) == [("2001:db8::1", "2001:db8::1", 5062, "tcp", "literal")]
    assert v6[0].hostport == "[2001:db8::1]:5062"


# --- SRV --------------------------------------------------------------------------------


def test_srv_priority_order_and_ports_learned_from_srv(sipalg_zone: DnsServer) -> None:
    cands = locate("srv.sipalg.test", resolver=sipalg_zone.resolver())
    assert _where(cands) == [
        ("c.sipalg.test", "127.0.0.13", 5090, "udp", "srv"),
        ("a.sipalg.test", "127.0.0.11", 5070, "udp", "srv"),
        ("b.sipalg.test", "127.0.0.12", 5080, "udp", "srv"),
        ("a.sipalg.test", "127.0.0.11", 5071, "tcp", "srv"),
    ]
    assert cands[0].hostport == "127.0.0.13:5090"
    assert cands[0].resolved_via is ResolvedVia.SRV


def test_transport_preference_limits_the_srv_search(sipalg_zone: DnsServer) -> None:
    cands = locate("srv.sipalg.test", transport="tcp", resolver=sipalg_zone.resolver())
    assert _where(cands) == [("a.sipalg.test", "127.0.0.11", 5071, "tcp", "srv")]


def test_explicit_port_skips_naptr_and_srv(sipalg_zone: DnsServer) -> None:
    # srv.sipalg.test has SRV records on 5070-5090; with a port, its own A record is used.
    cands = locate("srv.sipalg.test", 5099, resolver=sipalg_zone.resolver())
    assert _where(cands) == [("srv.sipalg.test", "127.0.0.99", 5099, "udp", "a")]


def test_srv_weights_are_drawn_in_proportion(sipalg_zone: DnsServer) -> None:
    rng = random.Random(2026)
    res = sipalg_zone.resolver()
    draws = 600
    first: collections.Counter[str] = collections.Counter()
    for _ in range(draws):
        cands = locate("weight.sipalg.test", transport="udp", resolver=res, rng=rng)
        assert len(cands) == 4
        assert cands[-1].host == "c.sipalg.test"  # priority 20 always after priority 10
        first[cands[0].host] += 1
    # Weights 60/30/10; RFC 2782 draws 0..100 inclusive, so the first pick is w1 with
    # 61 chances in 101, w2 30, w3 10: about 362/178/59 of 600 (standard deviations 12/11/7).
    assert abs(first["w1.sipalg.test"] - 362) < 50, first
    assert abs(first["w2.sipalg.test"] - 178) < 45, first
    assert abs(first["w3.sipalg.test"] - 59) < 30, first


def test_without_naptr_or_srv_the_domain_itself_on_5060(sipalg_zone: DnsServer) -> None:
    cands = locate("plain.sipalg.test", resolver=sipalg_zone.resolver())
    assert _where(cands) == [("plain.sipalg.test", "127.0.0.30", 5060, "udp", "a")]


def test_ipv4_addresses_come_before_ipv6(sipalg_zone: DnsServer) -> None:
    cands = locate("dual.sipalg.test", resolver=sipalg_zone.resolver())
    assert [c.address for c in cands] == ["127.0.0.14", "::1"]
    assert cands[1].hostport == "[::1]:5060"


def test_srv_target_dot_means_no_sip_service(sipalg_zone: DnsServer) -> None:
    with pytest.raises(LocateError) as err:
        locate("noservice.sipalg.test", resolver=sipalg_zone.resolver())
    assert err.value.kind == "no-service"
    assert "offers no SIP service" in str(err.value)


def test_srv_pointing_to_a_missing_name(sipalg_zone: DnsServer) -> None:
    with pytest.raises(LocateError) as err:
        locate("dangling.sipalg.test", resolver=sipalg_zone.resolver())
    assert err.value.kind == "no-records"
    assert str(err.value) == (
        "the SRV records of 'dangling.sipalg.test' point to names that have no address"
    )


def test_a_target_that_cannot_be_looked_up_does_not_hide_the_others(
    sipalg_zone: DnsServer,
) -> None:
    cands = locate("mixed.sipalg.test", resolver=sipalg_zone.resolver())
    assert _where(cands) == [("a.sipalg.test", "127.0.0.11", 5072, "udp", "srv")]
    with pytest.raises(LocateError) as err:
        locate("refusedonly.sipalg.test", resolver=sipalg_zone.resolver())
    assert err.value.kind == "refused"
    assert "'pbx.elsewhere.test'" in str(err.value)


# --- NAPTR ------------------------------------------------------------------------------


def test_naptr_is_preferred_over_plain_srv(sipalg_zone: DnsServer) -> None:
    cands = locate("naptr.sipalg.test", resolver=sipalg_zone.resolver())
    # the plain _sip._udp.naptr.sipalg.test SRV (a:5070) is not used; SIPS+D2T is skipped
    assert _where(cands) == [
        ("b.sipalg.test", "127.0.0.12", 5090, "udp", "naptr"),
        ("c.sipalg.test", "127.0.0.13", 5091, "tcp", "naptr"),
    ]


def test_naptr_respects_the_transport_preference(sipalg_zone: DnsServer) -> None:
    cands = locate("naptr.sipalg.test", transport="tcp", resolver=sipalg_zone.resolver())
    assert _where(cands) == [("c.sipalg.test", "127.0.0.13", 5091, "tcp", "naptr")]


# --- failures: one sentence each ----------------------------------------------------------


def _one_sentence(err: LocateError) -> str:
    text = str(err)
    assert "\n" not in text and "Traceback" not in text and len(text) < 400
    return text


def test_nxdomain_says_the_name_does_not_exist(sipalg_zone: DnsServer) -> None:
    with pytest.raises(TargetError) as err:  # callers catching TargetError keep working
        locate("nope.sipalg.test", resolver=sipalg_zone.resolver())
    assert isinstance(err.value, LocateError) and err.value.kind == "nxdomain"
    assert _one_sentence(err.value) == (
        "the name 'nope.sipalg.test' does not exist — check the spelling"
    )
    with pytest.raises(LocateError, match="does not exist"):
        locate("nope.sipalg.test", 5060, resolver=sipalg_zone.resolver())


def test_servfail_gives_one_clear_sentence(servfail_dns: DnsServer) -> None:
    with pytest.raises(LocateError) as err:
        locate("srv.sipalg.test", resolver=servfail_dns.resolver(), deadline=3)
    assert err.value.kind == "servfail"
    assert _one_sentence(err.value).startswith(
        "the DNS server could not look up 'srv.sipalg.test' (SERVFAIL)"
    )


def test_refused_gives_one_clear_sentence(sipalg_zone: DnsServer) -> None:
    # The zone's dnsmasq answers for sipalg.test only and refuses everything else.
    with pytest.raises(LocateError) as err:
        locate("example.org", resolver=sipalg_zone.resolver())
    assert err.value.kind == "refused"
    assert "refused to look up 'example.org'" in _one_sentence(err.value)


@pytest.mark.parametrize("deadline", [0.3, 1.0])
def test_silent_dns_server_fails_within_the_deadline(silent_dns: int, deadline: float) -> None:
    start = time.monotonic()
    with pytest.raises(LocateError) as err:
        locate("srv.sipalg.test", resolver=_dead_resolver(silent_dns), deadline=deadline)
    took = time.monotonic() - start
    assert took < deadline + 0.6, took
    assert took >= deadline * 0.9  # it did wait for an answer
    assert err.value.kind == "timeout"
    assert f"no DNS answer for 'srv.sipalg.test' within {deadline:g} s" in _one_sentence(err.value)


def _netns_unavailable() -> str | None:
    if os.geteuid() != 0:
        return "needs root to create a network namespace"
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    return None


@pytest.mark.skipif(_netns_unavailable() is not None, reason=str(_netns_unavailable()))
def test_no_network_gives_one_clear_sentence() -> None:
    # A fresh network namespace has only a loopback interface, and it is down.
    code = (
        "import dns.resolver\n"
        "from app.probes.locate import LocateError, locate\n"
        "r = dns.resolver.Resolver(configure=False); r.nameservers = ['127.0.0.1']\n"
        "try:\n"
        "    locate('srv.sipalg.test', resolver=r, deadline=2)\n"
        "except LocateError as e:\n"
        "    print(e.kind); print(e)\n"
    )
    res = subprocess.run(
        ["unshare", "--net", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    kind, message = res.stdout.strip().split("\n")
    assert kind == "no-network"
    assert message.startswith("cannot look up 'srv.sipalg.test': no network")


@pytest.mark.parametrize("bad", ["", "  ", "exa mple.com", "a..b", "x" * 64 + ".com"])
def test_invalid_names_are_refused_before_any_lookup(bad: str, silent_dns: int) -> None:
    start = time.monotonic()
    with pytest.raises(LocateError) as err:
        locate(bad, resolver=_dead_resolver(silent_dns), deadline=5)
    assert time.monotonic() - start < 2.0  # well before the 5 s deadline
    assert err.value.kind == "invalid"
    _one_sentence(err.value)


def test_bad_port_and_transport_are_refused() -> None:
    with pytest.raises(LocateError, match="out of range"):
        locate("192.0.2.1", 70000)
    with pytest.raises(LocateError, match="unknown transport"):
        locate("192.0.2.1", transport="sctp")  # type: ignore[arg-type]


# --- a DNS server far away: the look-ups of one step go out together ----------------------


class SlowRelay:
    """Relays DNS datagrams to a real server, each one answered *delay* seconds late.

    The delay stands for a DNS server across the internet (round trip time);
    the bytes are dnsmasq's own, untouched.
    """

    def __init__(self, upstream_port: int, delay: float) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.delay = delay
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = int(self.sock.getsockname()[1])
        self.queries = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.stopped.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            self.queries += 1
            threading.Thread(target=self.answer, args=(data, peer), daemon=True).start()

    def answer(self, data: bytes, peer: tuple[str, int]) -> None:
        if self.stopped.wait(self.delay):  # the network's latency, not a guess at timing
            return
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as up:
            up.settimeout(2)
            up.sendto(data, self.upstream)
            reply = up.recv(4096)
        if not self.stopped.is_set():
            self.sock.sendto(reply, peer)

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=2)
        self.sock.close()


def test_lookups_of_one_step_go_out_together(sipalg_zone: DnsServer) -> None:
    # srv.sipalg.test takes at least nine queries (NAPTR, two SRV, A and AAAA of three
    # targets): one after another at 150 ms each, 1.35 s or more; in two rounds, 0.3 s.
    relay = SlowRelay(sipalg_zone.port, 0.15)
    try:
        res = _dead_resolver(relay.port)
        start = time.monotonic()
        cands = locate("srv.sipalg.test", resolver=res, deadline=5)
        took = time.monotonic() - start
    finally:
        relay.close()
    assert [c.port for c in cands] == [5090, 5070, 5080, 5071]
    assert relay.queries >= 9
    assert 0.3 <= took < 1.2, took  # one after another would take 1.35 s or more


# --- what users type: never a traceback -----------------------------------------------------


@given(st.text(max_size=300))
@example("bücher.example")
@example("[::1")
@example("sip:example.com")
def test_any_typed_name_is_a_name_or_one_clear_error(text: str) -> None:
    # The part of locate() that runs before any DNS query; the rest is tested above.
    try:
        name = _checked_name(text)
    except LocateError as err:
        assert err.kind == "invalid"
        _one_sentence(err)
    else:
        assert name.isascii() and name and ":" not in name and not name.endswith(".")
