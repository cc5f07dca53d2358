"""Call-quality arithmetic against hand-worked examples, and its properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.diagnosis import call_quality as cq
from app.diagnosis.call_quality import Arrival


def stream(seqs: list[int], *, start_ts: int = 0, first_seq: int | None = None) -> list[Arrival]:
    """Packets sent every 20 ms that arrive exactly on time, in the order given."""
    first = seqs[0] if first_seq is None else first_seq
    out = []
    for seq in seqs:
        index = (seq - first) % 65536
        out.append(Arrival(seq, (start_ts + 160 * index) % 2**32, 10.0 + 0.020 * index))
    return out


# --- jitter (RFC 3550 §6.4.1 / A.8) ---


def test_jitter_worked_by_hand() -> None:
    # Timestamps 160 apart (20 ms at 8000 Hz). Arrivals in timestamp units 1000, 1168, 1320,
    # 1480, so the transit times are 1000, 1008, 1000, 1000 and |D| is 8, 8, 0:
    #   J1 = 0 + (8 - 0) / 16           = 0.5
    #   J2 = 0.5 + (8 - 0.5) / 16       = 0.96875
    #   J3 = 0.96875 + (0 - 0.96875)/16 = 0.908203125
    stats = cq.ReceptionStats()
    expected = [0.0, 0.5, 0.96875, 0.908203125]
    for i, (units, want) in enumerate(zip([1000, 1168, 1320, 1480], expected, strict=True)):
        stats.update(i, 160 * i, units / 8000)
        assert stats.jitter == pytest.approx(want, abs=1e-9)
    assert stats.jitter_ms == pytest.approx(0.908203125 / 8, abs=1e-9)


def test_jitter_survives_a_timestamp_wrap() -> None:
    start = 2**32 - 320  # the third packet's timestamp wraps to 0
    steady = cq.summarise_path(stream(list(range(10)), start_ts=start))
    assert steady.jitter_ts == pytest.approx(0.0, abs=1e-6)


def test_constant_delay_has_no_jitter_and_alternating_delay_converges() -> None:
    assert cq.summarise_path(stream(list(range(50)))).jitter_ms == pytest.approx(0, abs=1e-6)
    # Every other packet 5 ms late: |D| = 40 units each time; J converges to 40 (5 ms).
    pkts = [Arrival(i, 160 * i, 0.020 * i + (0.005 if i % 2 else 0.0)) for i in range(400)]
    fig = cq.summarise_path(pkts)
    assert fig.jitter_ts == pytest.approx(40, rel=1e-3)
    assert fig.jitter_ms == pytest.approx(5, rel=1e-3)


# --- loss (A.1 / A.3) ---


def test_loss_across_a_sequence_wrap() -> None:
    fig = cq.summarise_path(stream([65533, 65534, 65535, 1, 2]))  # 0 lost
    assert (fig.expected, fig.received, fig.unique) == (6, 5, 5)
    assert (fig.cumulative_lost, fig.lost) == (1, 1)
    assert fig.loss_fraction == pytest.approx(1 / 6)
    stats = cq.ReceptionStats()
    for p in stream([65535, 0]):
        stats.update(p.sequence, p.timestamp, p.arrival)
    assert (stats.cycles, stats.max_seq, stats.extended_max) == (65536, 0, 65536)


def test_duplicates_make_a3_loss_negative_but_not_ours() -> None:
    fig = cq.summarise_path(stream([10, 11, 11, 12, 12, 12]))
    assert (fig.received, fig.unique, fig.duplicates) == (6, 3, 3)
    assert (fig.expected, fig.cumulative_lost, fig.lost, fig.loss_fraction) == (3, -3, 0, 0.0)


def test_reordering_is_counted_and_is_not_loss() -> None:
    fig = cq.summarise_path(stream([1, 3, 2, 5, 4, 6], first_seq=1))
    assert (fig.reordered, fig.lost, fig.expected, fig.duplicates) == (2, 0, 6, 0)
    late_before_first = cq.summarise_path(stream([2, 1, 3], first_seq=1))  # 1 is late
    assert (late_before_first.lost, late_before_first.reordered) == (0, 1)
    assert late_before_first.cumulative_lost == -1  # A.3 counts from the first packet seen


def test_loss_against_what_was_sent_counts_the_tail() -> None:
    fig = cq.summarise_path(stream([0, 1, 2, 4]), sent=10)  # 3 lost mid-stream, 5-9 at the end
    assert (fig.lost, fig.loss_fraction, fig.cumulative_lost) == (6, 0.6, 1)


def test_a_big_jump_counts_only_when_confirmed() -> None:
    stats = cq.ReceptionStats()
    assert stats.update(1, 0, 0.0) and stats.update(2, 160, 0.02)
    assert not stats.update(9000, 0, 0.04)  # one stray packet: ignored
    assert stats.update(3, 320, 0.06) and stats.expected == 3 and stats.restarts == 0
    assert not stats.update(20000, 0, 0.08)
    assert stats.update(20001, 160, 0.10)  # confirmed: the sender restarted
    assert (stats.restarts, stats.base_seq, stats.received, stats.expected) == (1, 20001, 1, 1)


def test_interval_fraction_lost_as_an_rr_carries_it() -> None:
    stats = cq.ReceptionStats()
    for p in stream([0, 1, 3]):  # 1 of 4 lost: 64/256
        stats.update(p.sequence, p.timestamp, p.arrival)
    assert stats.interval_fraction_lost() == 64
    for p in stream([4, 5], first_seq=0):
        stats.update(p.sequence, p.timestamp, p.arrival)
    assert stats.interval_fraction_lost() == 0
    stats.update(5, 0, 1.0)  # a duplicate: more received than expected in the interval
    assert stats.interval_fraction_lost() == 0


def test_nothing_received() -> None:
    fig = cq.summarise_path([], sent=250)
    assert (fig.lost, fig.loss_fraction, fig.mos, fig.rtt, fig.r_factor) == (
        250,
        1.0,
        None,
        None,
        None,
    )
    assert cq.summarise_path([]).loss_fraction == 1.0
    with pytest.raises(ValueError):
        cq.summarise_path([], sent=-1)
    with pytest.raises(ValueError):
        cq.ReceptionStats().update(65536, 0, 0.0)


# --- round trip ---


def test_round_trip_from_echoed_send_times() -> None:
    pkts = [
        Arrival(0, 0, 1.100, echoed_send=1.000, echo_hold=0.040),  # 60 ms
        Arrival(1, 160, 1.120),  # nothing echoed
        Arrival(2, 320, 1.140, echoed_send=1.020, echo_hold=0.020),  # 100 ms
        Arrival(3, 480, 1.160, echoed_send=1.060, echo_hold=0.0),  # 100 ms
        Arrival(4, 640, 1.180, echoed_send=1.200, echo_hold=0.0),  # negative: dropped
    ]
    rtt = cq.summarise_path(pkts).rtt
    assert rtt is not None and rtt.samples == 3
    assert (rtt.min_ms, rtt.median_ms, rtt.max_ms) == pytest.approx((60, 100, 100))
    assert cq.round_trip([]) is None


# --- E-model ---


@pytest.mark.parametrize(
    "r, mos",
    [(93.2, 4.41), (80, 4.02), (70, 3.60), (60, 3.10), (50, 2.58), (0, 1.0), (-5, 1.0), (120, 4.5)],
)
def test_r_to_mos_points_of_g107_annex_b(r: float, mos: float) -> None:
    assert cq.mos_from_r(r) == pytest.approx(mos, abs=0.006)


def test_mos_polynomial_dip_near_zero_is_clamped() -> None:
    # 1 + 0.035*5 + 5*(5-60)*(100-5)*7e-6 = 0.992...: below the scale, shown as 1.
    assert cq.mos_from_r(5) == 1.0
    assert cq.mos_from_r(10) == pytest.approx(1.035)


def test_delay_impairment_worked_values() -> None:
    assert cq.delay_impairment(0) == cq.delay_impairment(100) == 0.0
    # Ta = 200 ms: X = 1, Idd = 25 * (2**(1/6) - 3 * (1 + 1/729)**(1/6) + 2) = 3.044
    assert cq.delay_impairment(200) == pytest.approx(3.044, abs=0.001)
    # Ta = 400 ms: X = 2, Idd = 25 * (65**(1/6) - 3 * (1 + 64/729)**(1/6) + 2) = 24.07
    assert cq.delay_impairment(400) == pytest.approx(24.07, abs=0.01)


def test_loss_impairment_worked_values() -> None:
    # Ie,eff = 95 * Ppl / (Ppl + 4.3): 1 % -> 17.92, 5 % -> 51.08
    assert cq.loss_impairment(0.0) == 0.0
    assert cq.loss_impairment(0.01) == pytest.approx(17.925, abs=0.001)
    assert cq.loss_impairment(0.05) == pytest.approx(51.075, abs=0.001)
    assert cq.loss_impairment(0.01, bpl=cq.BPL_G711_PLC) == pytest.approx(
        3.640, abs=0.001
    )  # 95 / 26.1
    with pytest.raises(ValueError):
        cq.loss_impairment(1.5)
    with pytest.raises(ValueError):
        cq.delay_impairment(float("nan"))


def test_a_clean_path_scores_the_g711_ceiling_and_loss_pulls_it_down() -> None:
    clean = cq.summarise_path(stream(list(range(250))), sent=250)
    assert clean.mouth_to_ear_ms == pytest.approx(20.0, abs=1e-6)  # packetisation only
    assert clean.r_factor == pytest.approx(93.2) and clean.mos == pytest.approx(4.409, abs=0.001)
    one_percent = cq.summarise_path(
        stream([i for i in range(250) if i not in (50, 150)] + [250, 251, 252], first_seq=0),
        sent=253,
    )
    assert one_percent.lost == 2
    # 2/253 = 0.79 % -> Ie,eff = 95 * 0.79 / (0.79 + 4.3) = 14.75 -> R = 78.45 -> MOS 3.96
    assert one_percent.r_factor == pytest.approx(78.45, abs=0.01)
    assert one_percent.mos == pytest.approx(3.96, abs=0.01)


@pytest.mark.parametrize(
    "r, band",
    [
        (93.2, "best"),
        (90, "best"),
        (89.9, "high"),
        (75, "medium"),
        (60, "low"),
        (55, "poor"),
        (49.9, "unusable"),
        (-3, "unusable"),
    ],
)
def test_g109_bands(r: float, band: str) -> None:
    assert cq.quality_band(r) == band


def test_mouth_to_ear_estimate() -> None:
    assert cq.mouth_to_ear_ms(80.0, 5.0) == 40 + 20 + 10
    assert cq.mouth_to_ear_ms(None, 0.0) == 20


def test_figures_from_the_far_ends_report() -> None:
    fig = cq.figures_from_report(sent=250, received=245, jitter_ts=16)
    assert (fig.lost, fig.loss_fraction, fig.jitter_ms) == (5, 0.02, 2.0)
    assert fig.mos == pytest.approx(cq.estimate_mos(24, 0.02))
    silent = cq.figures_from_report(sent=250, received=0, jitter_ts=0)
    assert silent.mos is None and silent.loss_fraction == 1.0


# --- properties ---

delays = st.floats(0, 5000, allow_nan=False)
losses = st.floats(0, 1, allow_nan=False)


@given(delays, losses)
def test_mos_stays_on_the_scale(delay: float, loss: float) -> None:
    assert 1.0 <= cq.estimate_mos(delay, loss) <= 4.5


@given(delays, delays, losses)
def test_mos_never_rises_with_delay(d1: float, d2: float, loss: float) -> None:
    lo, hi = sorted((d1, d2))
    assert cq.estimate_mos(lo, loss) >= cq.estimate_mos(hi, loss) - 1e-9


@given(delays, losses, losses)
def test_mos_never_rises_with_loss(delay: float, l1: float, l2: float) -> None:
    lo, hi = sorted((l1, l2))
    assert cq.estimate_mos(delay, lo) >= cq.estimate_mos(delay, hi) - 1e-9


@given(
    start=st.integers(0, 65535),
    flags=st.lists(
        st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=300
    ),
)
def test_loss_count_is_exact_under_drops_duplicates_and_local_swaps(
    start: int, flags: list[tuple[bool, bool, bool]]
) -> None:
    """Per packet: (dropped, swapped with the next one, duplicated right after)."""
    count = len(flags)
    kept = [i for i in range(count) if not flags[i][0]] or [0]
    order = list(kept)
    for j in range(0, len(order) - 1, 2):  # disjoint pairs: a packet moves by one place at most
        if flags[order[j]][1]:
            order[j], order[j + 1] = order[j + 1], order[j]
    sequence: list[int] = []
    for i in order:
        sequence += [i, i] if flags[i][2] else [i]
    arrivals = [Arrival((start + i) % 65536, 160 * i, 0.02 * n) for n, i in enumerate(sequence)]
    fig = cq.summarise_path(arrivals, sent=count)
    assert fig.unique == len(kept)
    assert fig.lost == count - len(kept)
    assert fig.duplicates == len(sequence) - len(order)
    assert fig.received == len(sequence)
    assert 0.0 <= fig.loss_fraction <= 1.0
    assert fig.mos is not None and 1.0 <= fig.mos <= 4.5
