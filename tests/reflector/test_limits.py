"""The per-source token bucket, with an injected clock (no sleeping)."""

from __future__ import annotations

import math

import pytest

from app.reflector.limits import RateLimiter


def test_bucket_refills_at_rate() -> None:
    now = [0.0]
    lim = RateLimiter(rate=10, burst=3, clock=lambda: now[0])
    assert [lim.allow("a") for _ in range(4)] == [True, True, True, False]
    assert lim.allow("b")  # other sources are unaffected
    now[0] = 0.1  # one token back
    assert lim.allow("a") and not lim.allow("a")
    assert lim.refused == 2


def test_table_is_bounded() -> None:
    lim = RateLimiter(rate=1, burst=1, max_sources=100)
    for i in range(1000):
        lim.allow(f"10.0.{i // 256}.{i % 256}")
    assert len(lim) == 100


def test_zero_rate_disables() -> None:
    lim = RateLimiter(rate=0, burst=1)
    assert all(lim.allow("a") for _ in range(1000))


@pytest.mark.parametrize(
    "rate, burst", [(math.nan, 100), (50, math.inf), (math.inf, 100), (50, math.nan), (50, 0.5)]
)
def test_nonsense_limits_are_refused_not_silently_unlimited(rate: float, burst: float) -> None:
    with pytest.raises(ValueError):
        RateLimiter(rate=rate, burst=burst)


def test_limited_sources_counts_episodes_not_messages() -> None:
    now = [0.0]
    lim = RateLimiter(rate=10, burst=1, clock=lambda: now[0])
    assert lim.allow("a")
    assert not any(lim.allow("a") for _ in range(50))  # one flood: one episode
    assert lim.limited_sources == 1 and lim.refused == 50
    assert lim.allow("b") and not lim.allow("b")  # another source, its own episode
    assert lim.limited_sources == 2
    now[0] = 1.0  # a is allowed again, then floods again: a second episode
    assert lim.allow("a") and not lim.allow("a")
    assert lim.limited_sources == 3


def test_an_ipv6_host_is_limited_by_its_64_not_per_address() -> None:
    """One host holds a whole /64: a fresh address must not mean a fresh burst."""
    from app.reflector.limits import source_key

    rl = RateLimiter(rate=1, burst=2, clock=lambda: 0.0)
    assert rl.allow("2001:db8:1:2::1") and rl.allow("2001:db8:1:2::abcd")
    assert not rl.allow("2001:db8:1:2:ffff::9")  # same /64: the burst is spent
    assert rl.allow("2001:db8:1:3::1")  # another /64 is another source
    assert len(rl) == 2
    assert source_key("::ffff:203.0.113.7") == "203.0.113.7"
    assert source_key("203.0.113.7") == "203.0.113.7"
