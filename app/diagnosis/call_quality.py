"""The test call's media figures: loss, jitter, round trip and an estimated MOS.

Pure arithmetic over what one side of a media path recorded (sequence
number, RTP timestamp and arrival time of every packet, and the echoed send
times), so every figure is checked against worked examples without a network.

Loss (RFC 3550 Appendix A.1 and A.3)
    The sequence number is extended to 32 bits across wraps with A.1's
    rules (a jump of up to 3000 ahead is a gap, up to 100 behind is a late
    packet; a bigger jump counts only when the next packet confirms it, which
    then restarts the count). ``cumulative_lost`` is A.3's ``expected -
    received``, which duplicates can make negative, exactly as an RTCP
    receiver report would carry it. For people we also count *distinct*
    packets: ``lost`` is the packets never seen (against the number the
    sender says it sent when known, else against the span of sequence
    numbers seen), never negative, with duplicates and late (reordered)
    packets counted on their own.

Jitter (RFC 3550 §6.4.1, Appendix A.8)
    For each packet, in order of arrival, D = (Rj - Ri) - (Sj - Si): arrival
    times (converted to timestamp units) minus RTP timestamps of this packet
    and the one that arrived before it; J += (|D| - J) / 16. The timestamp
    difference is taken modulo 2**32 so a timestamp wrap does no harm.
    Reported in timestamp units (what an RTCP report carries) and in ms.

Round trip
    From the probe payload's echoed send time (protocols/rtp.py):
    ``arrival - echoed send time - hold time``, all on the clock of the side
    that echoes its own time back. Minimum, median and maximum are kept.

Estimated MOS: a simplified ITU-T G.107 E-model
    R = 93.2 - Id - Ie,eff, then G.107 Annex B's R -> MOS polynomial. The
    simplifications, said plainly:

    * 93.2 is G.107's R with every default parameter (Ro - Is at default
      loudness, noise and sidetone; advantage factor A = 0). Nothing about the
      user's handset is known, so nothing else is modelled.
    * Id is only Idd, the impairment of the one-way mouth-to-ear delay Ta:
      0 up to 100 ms, above it 25·((1 + X⁶)^⅙ - 3·(1 + (X/3)⁶)^⅙ + 2) with
      X = log2(Ta / 100) (G.107 with its default mT = 100 ms, sT = 1). The
      echo terms Idte and Idle are left out: they assume analogue echo paths
      a VoIP test cannot see, and modern phones cancel echo.
    * Ta is estimated, not measured: half the measured round trip (assumes a
      symmetric path) + 20 ms of packetisation (one G.711 packet) + a jitter
      buffer of twice the measured jitter. Without a round trip the network
      part is taken as 0 (the figure then says so: ``rtt`` is None).
    * Ie,eff = Ie + (95 - Ie)·Ppl / (Ppl / BurstR + Bpl) with Ie = 0 (G.711),
      BurstR = 1 (random loss: a few seconds of packets cannot tell bursts
      apart reliably) and Bpl = 4.3, the packet-loss robustness factor that
      ITU-T G.113 Appendix I gives for G.711 *without* packet-loss
      concealment. Why that one and not 25.1 (G.711 with PLC): we cannot know
      whether the user's phone conceals loss, and the test call should rather
      warn about loss a cheap phone makes audible than hide it.
    * MOS = 1 + 0.035·R + R·(R - 60)·(100 - R)·7·10⁻⁶ for 0 < R < 100, 1 below,
      4.5 above. The polynomial dips just under 1 for R below about 6.5; we
      clamp it at 1, the bottom of the scale, which also keeps the estimate
      monotone in R.

The formulas were cross-checked against several independent open-source
implementations of G.107; docs/call-quality.md has worked numbers.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, Literal, Protocol

RTP_SEQ_MOD: Final = 1 << 16
MAX_DROPOUT: Final = 3000  # A.1: a jump ahead up to this is a gap
MAX_MISORDER: Final = 100  # A.1: a jump back up to this is a late packet
G711_CLOCK_RATE: Final = 8000
PACKETISATION_MS: Final = 20.0  # one 160-sample G.711 packet
R_DEFAULT: Final = 93.2  # G.107 R with all default parameters
BPL_G711_NO_PLC: Final = 4.3  # G.113 Appendix I, G.711 without PLC, random loss
BPL_G711_PLC: Final = 25.1  # the same table, G.711 with PLC (Appendix I of G.711)


class ReceivedPacket(Protocol):
    """What the receiving side records per packet (any object with these fields will do)."""

    @property
    def sequence(self) -> int: ...
    @property
    def timestamp(self) -> int: ...
    @property
    def arrival(self) -> float: ...  # seconds, receiver's monotonic clock
    @property
    def echoed_send(self) -> float | None: ...  # seconds, same clock as arrival; None: no echo
    @property
    def echo_hold(self) -> float: ...  # seconds the far end held the echoed value


@dataclass(frozen=True, slots=True)
class Arrival:
    """A concrete :class:`ReceivedPacket`."""

    sequence: int
    timestamp: int
    arrival: float
    echoed_send: float | None = None
    echo_hold: float = 0.0


# --- RFC 3550 A.1 / A.3 / A.8 ---


@dataclass
class ReceptionStats:
    """The receiver's state for one source: sequence tracking, loss and jitter.

    :meth:`update` is A.1's ``update_seq`` (without the probation period: the
    test call knows its source) followed by A.8's jitter step.
    """

    clock_rate: int = G711_CLOCK_RATE
    base_seq: int = 0
    max_seq: int = 0
    cycles: int = 0  # count of wraps, shifted left 16 (as A.1 keeps it)
    bad_seq: int = RTP_SEQ_MOD + 1
    received: int = 0  # A.1: every accepted packet, duplicates included
    expected_prior: int = 0
    received_prior: int = 0
    jitter: float = 0.0  # timestamp units
    duplicates: int = 0
    reordered: int = 0
    restarts: int = 0
    _started: bool = False
    _seen: set[int] = field(default_factory=set)  # extended sequence numbers
    _min_ext: int = 0
    _last: tuple[float, int] | None = None  # (arrival in timestamp units, RTP timestamp)

    def _init_seq(self, seq: int) -> None:
        self.base_seq = self.max_seq = seq
        self.bad_seq = RTP_SEQ_MOD + 1
        self.cycles = self.received = self.expected_prior = self.received_prior = 0
        self._seen = set()
        self._min_ext = seq

    @property
    def extended_max(self) -> int:
        return self.cycles + self.max_seq

    def update(self, seq: int, timestamp: int, arrival: float) -> bool:
        """Account for one packet; False when A.1 rejects it (an unconfirmed big jump)."""
        if not 0 <= seq < RTP_SEQ_MOD:
            raise ValueError(f"sequence number out of range: {seq}")
        if not self._started:
            self._started = True
            self._init_seq(seq)
            ext = seq
        else:
            udelta = (seq - self.max_seq) % RTP_SEQ_MOD
            if 0 < udelta < MAX_DROPOUT:
                if seq < self.max_seq:
                    self.cycles += RTP_SEQ_MOD
                self.max_seq = seq
                ext = self.extended_max
            elif udelta == 0 or udelta > RTP_SEQ_MOD - MAX_MISORDER:
                ext = self.extended_max - (RTP_SEQ_MOD - udelta) % RTP_SEQ_MOD
            elif seq == self.bad_seq:
                # Two packets in sequence after a big jump: the sender restarted (A.1).
                self.restarts += 1
                self._init_seq(seq)
                self._last = None
                ext = seq
            else:
                self.bad_seq = (seq + 1) % RTP_SEQ_MOD
                return False
        self.received += 1
        if ext in self._seen:
            self.duplicates += 1
        else:
            if ext < self.extended_max:
                self.reordered += 1
            self._seen.add(ext)
            self._min_ext = min(self._min_ext, ext)
        self._jitter_step(timestamp, arrival)
        return True

    def _jitter_step(self, timestamp: int, arrival: float) -> None:
        """A.8 with §6.4.1's D(i, j); the timestamp difference is signed modulo 2**32."""
        now = arrival * self.clock_rate
        if self._last is not None:
            last_arrival, last_ts = self._last
            ts_delta = (timestamp - last_ts) % (1 << 32)
            if ts_delta >= 1 << 31:
                ts_delta -= 1 << 32
            d = (now - last_arrival) - ts_delta
            self.jitter += (abs(d) - self.jitter) / 16
        self._last = (now, timestamp & 0xFFFF_FFFF)

    @property
    def expected(self) -> int:
        """A.3: extended highest sequence number minus the first, plus one."""
        return self.extended_max - self.base_seq + 1 if self._started else 0

    @property
    def cumulative_lost(self) -> int:
        """A.3: expected - received; negative when duplicates outnumber losses."""
        return self.expected - self.received

    @property
    def unique(self) -> int:
        return len(self._seen)

    @property
    def span(self) -> int:
        """Sequence numbers from the earliest to the latest seen (late packets included)."""
        return self.extended_max - self._min_ext + 1 if self._seen else 0

    def interval_fraction_lost(self) -> int:
        """A.3's 8-bit fraction lost since the previous call (what the next RR would carry)."""
        expected_interval = self.expected - self.expected_prior
        self.expected_prior = self.expected
        received_interval = self.received - self.received_prior
        self.received_prior = self.received
        lost_interval = expected_interval - received_interval
        if expected_interval == 0 or lost_interval <= 0:
            return 0
        return (lost_interval << 8) // expected_interval

    @property
    def jitter_ms(self) -> float:
        return self.jitter * 1000 / self.clock_rate


# --- the E-model ---


def _check_non_negative(name: str, value: float) -> None:
    if not value >= 0 or math.isinf(value):  # also rejects NaN
        raise ValueError(f"{name} must be a finite number >= 0, not {value}")


def delay_impairment(one_way_ms: float) -> float:
    """G.107 Idd for a mouth-to-ear delay Ta in ms (default mT = 100, sT = 1)."""
    _check_non_negative("one-way delay", one_way_ms)
    if one_way_ms <= 100:
        return 0.0
    x = math.log2(one_way_ms / 100)
    return 25 * (math.pow(1 + x**6, 1 / 6) - 3 * math.pow(1 + (x / 3) ** 6, 1 / 6) + 2)


def loss_impairment(
    loss_fraction: float, *, bpl: float = BPL_G711_NO_PLC, burst_ratio: float = 1.0, ie: float = 0.0
) -> float:
    """G.107 Ie,eff for a packet-loss fraction in [0, 1] (Ppl is in percent)."""
    if not 0 <= loss_fraction <= 1:
        raise ValueError(f"loss fraction must be in [0, 1], not {loss_fraction}")
    ppl = loss_fraction * 100
    return ie + (95 - ie) * ppl / (ppl / burst_ratio + bpl)


def r_factor(one_way_ms: float, loss_fraction: float) -> float:
    """R = 93.2 - Id - Ie,eff (the simplification is in the module docstring)."""
    return R_DEFAULT - delay_impairment(one_way_ms) - loss_impairment(loss_fraction)


def mos_from_r(r: float) -> float:
    """G.107 Annex B, clamped to [1, 4.5] (the polynomial dips under 1 near R = 0)."""
    if math.isnan(r):
        raise ValueError("R is not a number")
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    return max(1.0, 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6)


QualityBand = Literal["best", "high", "medium", "low", "poor", "unusable"]
_BANDS: Final[tuple[tuple[float, QualityBand], ...]] = (
    (90, "best"),
    (80, "high"),
    (70, "medium"),
    (60, "low"),
    (50, "poor"),
)


def quality_band(r: float) -> QualityBand:
    """ITU-T G.109's speech-quality categories by R: 90, 80, 70, 60, 50 are the edges.

    Users' satisfaction in G.109's words: best = very satisfied, high =
    satisfied, medium = some dissatisfied, low = many dissatisfied, poor =
    nearly all dissatisfied; below 50 G.109 does not recommend the connection.
    A code, not text: the report and the wizard word it.
    """
    for edge, band in _BANDS:
        if r >= edge:
            return band
    return "unusable"


def estimate_mos(one_way_ms: float, loss_fraction: float) -> float:
    return mos_from_r(r_factor(one_way_ms, loss_fraction))


def mouth_to_ear_ms(rtt_ms: float | None, jitter_ms: float) -> float:
    """Ta estimate: half the round trip + one packet of packetisation + a 2·jitter buffer."""
    _check_non_negative("jitter", jitter_ms)
    network = 0.0 if rtt_ms is None else rtt_ms / 2
    _check_non_negative("round trip", network)
    return network + PACKETISATION_MS + 2 * jitter_ms


# --- one media path ---


@dataclass(frozen=True, slots=True)
class RoundTrip:
    samples: int
    min_ms: float
    median_ms: float
    max_ms: float


@dataclass(frozen=True, slots=True)
class PathFigures:
    """Everything a report says about one direction of media."""

    sent: int | None  # what the sender says it sent (None: unknown)
    received: int  # A.1 count, duplicates included
    unique: int  # distinct packets
    duplicates: int
    reordered: int  # arrived after a later-numbered packet
    expected: int  # A.3 (from sequence numbers)
    cumulative_lost: int  # A.3: expected - received (may be negative)
    lost: int  # distinct packets that never arrived (never negative)
    loss_fraction: float  # lost / (sent, or the sequence span when sent is unknown)
    jitter_ts: float  # RFC 3550 jitter, timestamp units
    jitter_ms: float
    rtt: RoundTrip | None
    mouth_to_ear_ms: float | None  # the E-model's Ta estimate; None when nothing arrived
    r_factor: float | None
    mos: float | None  # None when nothing arrived: silence has no quality


def round_trip(samples_s: Iterable[float]) -> RoundTrip | None:
    """Min, median and max of round-trip samples in seconds (negative ones are dropped)."""
    ms = sorted(s * 1000 for s in samples_s if s >= 0 and math.isfinite(s))
    if not ms:
        return None
    return RoundTrip(len(ms), ms[0], statistics.median(ms), ms[-1])


def _quality(
    lost: int, base: int, jitter_ms: float, rtt: RoundTrip | None, unique: int
) -> tuple[float, float | None, float | None, float | None]:
    fraction = lost / base if base > 0 else (1.0 if unique == 0 else 0.0)
    fraction = min(1.0, fraction)
    if unique == 0:
        return fraction, None, None, None
    ta = mouth_to_ear_ms(None if rtt is None else rtt.median_ms, jitter_ms)
    r = r_factor(ta, fraction)
    return fraction, ta, r, mos_from_r(r)


def summarise_path(
    packets: Iterable[ReceivedPacket],
    *,
    sent: int | None = None,
    clock_rate: int = G711_CLOCK_RATE,
) -> PathFigures:
    """The figures of one direction from the packets its receiver recorded, in arrival order."""
    if sent is not None and sent < 0:
        raise ValueError(f"sent must be >= 0, not {sent}")
    stats = ReceptionStats(clock_rate=clock_rate)
    rtts: list[float] = []
    for p in packets:
        if not stats.update(p.sequence, p.timestamp, p.arrival):
            continue
        if p.echoed_send is not None:
            rtts.append(p.arrival - p.echoed_send - p.echo_hold)
    rtt = round_trip(rtts)
    if sent is not None:
        lost, base = max(0, sent - stats.unique), sent
    else:
        lost, base = stats.span - stats.unique, stats.span
    fraction, ta, r, mos = _quality(lost, base, stats.jitter_ms, rtt, stats.unique)
    return PathFigures(
        sent=sent,
        received=stats.received,
        unique=stats.unique,
        duplicates=stats.duplicates,
        reordered=stats.reordered,
        expected=stats.expected,
        cumulative_lost=stats.cumulative_lost,
        lost=lost,
        loss_fraction=fraction,
        jitter_ts=stats.jitter,
        jitter_ms=stats.jitter_ms,
        rtt=rtt,
        mouth_to_ear_ms=ta,
        r_factor=r,
        mos=mos,
    )


def figures_from_report(
    *,
    sent: int,
    received: int,
    jitter_ts: float,
    rtt: RoundTrip | None = None,
    clock_rate: int = G711_CLOCK_RATE,
) -> PathFigures:
    """Figures for a direction measured by the *far* end, from the counts it reported back.

    For the path we send on, the far end's reception report (an RTCP RR, or
    the reflector's own summary) gives the packets it received and its
    jitter; the loss is judged against what we know we sent.
    """
    if sent < 0 or received < 0:
        raise ValueError("packet counts must be >= 0")
    _check_non_negative("jitter", jitter_ts)
    unique = min(received, sent)
    lost = sent - unique
    jitter_ms = jitter_ts * 1000 / clock_rate
    fraction, ta, r, mos = _quality(lost, sent, jitter_ms, rtt, unique)
    return PathFigures(
        sent=sent,
        received=received,
        unique=unique,
        duplicates=max(0, received - sent),
        reordered=0,
        expected=sent,
        cumulative_lost=sent - received,
        lost=lost,
        loss_fraction=fraction,
        jitter_ts=jitter_ts,
        jitter_ms=jitter_ms,
        rtt=rtt,
        mouth_to_ear_ms=ta,
        r_factor=r,
        mos=mos,
    )
