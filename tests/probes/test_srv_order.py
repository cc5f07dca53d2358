"""RFC 2782 ordering and RFC 3263 NAPTR selection: pure, seeded, fuzzed."""

from __future__ import annotations

import collections
import random

from hypothesis import example, given
from hypothesis import strategies as st

from app.protocols.naptr_select import NaptrChoice, NaptrRecord, select_naptr
from app.protocols.srv_order import SrvRecord, order_srv, service_refused


class ScriptedDraws:
    """A random source that returns the draws it is given and records the ranges asked for."""

    def __init__(self, *draws: int) -> None:
        self.draws = list(draws)
        self.asked: list[tuple[int, int]] = []

    def randint(self, a: int, b: int) -> int:
        self.asked.append((a, b))
        return self.draws.pop(0)


def rec(target: str, priority: int = 10, weight: int = 0, port: int = 5060) -> SrvRecord:
    return SrvRecord(priority, weight, port, target)


def test_lower_priority_first_whatever_the_weights() -> None:
    records = [rec("b", 20, 100), rec("a", 10, 0), rec("c", 30, 5)]
    assert [r.target for r in order_srv(records, random.Random(1))] == ["a", "b", "c"]


def test_the_running_sum_selection_of_rfc_2782() -> None:
    # In server order b(10), a(0), c(20); weight-0 first: a(0), b(10), c(20).
    # Running sums 0, 10, 30: a draw of 0 takes a; 1..10 take b; 11..30 take c.
    records = [rec("b", weight=10), rec("a", weight=0), rec("c", weight=20)]
    for draw, first in [(0, "a"), (1, "b"), (10, "b"), (11, "c"), (30, "c")]:
        rng = ScriptedDraws(draw, 0, 0)
        assert order_srv(records, rng)[0].target == first, draw
        assert rng.asked[0] == (0, 30)  # from 0 to the sum of the weights, inclusive


def test_weight_zero_is_rarely_first_but_never_lost() -> None:
    rng = random.Random(42)
    firsts = collections.Counter(
        order_srv([rec("heavy", weight=10), rec("zero", weight=0)], rng)[0].target
        for _ in range(11_000)
    )
    # first only on a draw of 0 out of 0..10: 1/11 of the time, about 1000
    assert 850 < firsts["zero"] < 1150, firsts
    assert firsts["zero"] + firsts["heavy"] == 11_000


def test_all_weight_zero_keeps_the_servers_order() -> None:
    records = [rec("x"), rec("y"), rec("z")]
    assert [r.target for r in order_srv(records, random.Random(3))] == ["x", "y", "z"]


def test_weights_are_proportional_within_a_priority() -> None:
    rng = random.Random(7)
    firsts = collections.Counter(
        order_srv([rec("a", weight=10), rec("b", weight=30)], rng)[0].target for _ in range(4000)
    )
    # RFC 2782 draws from 0 to 40 inclusive: 0..10 take a (11 of 41), 11..40 take b (30 of 41)
    assert abs(firsts["b"] - 4000 * 30 / 41) < 150, firsts


def test_the_inclusive_draw_is_kept_exactly_as_the_rfc_writes_it() -> None:
    # With small weights the RFC's inclusive range shows: weights 1 and 3 give the
    # first record the draws 0 and 1, i.e. 2 in 5, not 1 in 4. We follow the RFC.
    rng = random.Random(11)
    firsts = collections.Counter(
        order_srv([rec("a", weight=1), rec("b", weight=3)], rng)[0].target for _ in range(5000)
    )
    assert abs(firsts["a"] - 2000) < 150, firsts


def test_dot_target_means_no_service() -> None:
    assert service_refused([rec(".")])
    assert service_refused([rec("."), rec("", 20)])
    assert not service_refused([])
    assert not service_refused([rec("."), rec("sip.example.com")])
    assert order_srv([rec(".")], random.Random(0)) == []


srv_records = st.lists(
    st.builds(
        SrvRecord,
        priority=st.integers(0, 3) | st.integers(0, 65535),
        weight=st.integers(0, 3) | st.integers(0, 65535),
        port=st.integers(0, 65535),
        target=st.sampled_from([".", "a.example", "b.example", "c.example", "d.example"]),
    ),
    max_size=12,
)


@given(srv_records, st.integers(0, 2**32))
@example([rec(".", 0, 0), rec("a.example", 0, 0)], 0)
def test_order_is_a_priority_sorted_permutation_of_the_real_targets(
    records: list[SrvRecord], seed: int
) -> None:
    ordered = order_srv(records, random.Random(seed))
    wanted = [r for r in records if r.target != "."]
    assert collections.Counter(ordered) == collections.Counter(wanted)
    priorities = [r.priority for r in ordered]
    assert priorities == sorted(priorities)


# --- NAPTR --------------------------------------------------------------------------------


def naptr(
    order: int, pref: int, service: str, repl: str, flags: str = "s", regexp: str = ""
) -> NaptrRecord:
    return NaptrRecord(order, pref, flags, service, regexp, repl)


def test_naptr_by_order_then_preference_sip_only() -> None:
    records = [
        naptr(20, 10, "SIP+D2T", "_sip._tcp.example.com"),
        naptr(10, 20, "SIP+D2U", "_sip._udp.b.example.com"),
        naptr(10, 10, "SIP+D2U", "_sip._udp.a.example.com"),
        naptr(5, 10, "SIPS+D2T", "_sips._tcp.example.com"),  # TLS: not for us
        naptr(1, 1, "E2U+sip", "x.example.com"),  # ENUM: not for us
    ]
    assert select_naptr(records) == [
        NaptrChoice("udp", "s", "_sip._udp.a.example.com"),
        NaptrChoice("udp", "s", "_sip._udp.b.example.com"),
        NaptrChoice("tcp", "s", "_sip._tcp.example.com"),
    ]
    assert select_naptr(records, ("tcp",)) == [NaptrChoice("tcp", "s", "_sip._tcp.example.com")]


def test_naptr_flags_regexp_and_dead_ends() -> None:
    records = [
        naptr(10, 10, "sip+d2u", "host.example.com", flags="A"),  # case-insensitive
        naptr(10, 20, "SIP+D2U", "_sip._udp.example.com", flags="U"),  # URI flag: unusable
        naptr(10, 30, "SIP+D2U", "_sip._udp.example.com", regexp="!^.*$!sip:x!"),
        naptr(10, 40, "SIP+D2U", "."),
        naptr(10, 50, "SIP+D2U", "host.example.com", flags="a"),  # a duplicate
    ]
    assert select_naptr(records) == [NaptrChoice("udp", "a", "host.example.com")]


@given(
    st.lists(
        st.builds(
            NaptrRecord,
            order=st.integers(0, 65535),
            preference=st.integers(0, 65535),
            flags=st.sampled_from(["s", "S", "a", "u", "", "sa"]) | st.text(max_size=3),
            service=st.sampled_from(["SIP+D2U", "SIP+D2T", "SIPS+D2T", "x"]) | st.text(),
            regexp=st.sampled_from(["", "!a!b!"]),
            replacement=st.sampled_from([".", "", "_sip._udp.x.example", "h.example"]),
        ),
        max_size=10,
    ),
    st.sampled_from([("udp",), ("tcp",), ("udp", "tcp")]),
)
def test_naptr_selection_never_raises_and_keeps_only_usable(
    records: list[NaptrRecord], transports: tuple[str, ...]
) -> None:
    chosen = select_naptr(records, transports)
    assert len(chosen) == len(set(chosen))
    for choice in chosen:
        assert choice.transport in transports
        assert choice.flag in ("s", "a")
        assert choice.replacement not in ("", ".")
