"""Per-source rate limiting for a service on the open internet.

A token bucket per source IP address: ``rate`` messages per second with a
burst of ``burst``. The table is bounded (``max_sources``) because UDP source
addresses can be spoofed at will; when full, the least recently seen source is
forgotten, which at worst gives a flooder a fresh bucket, never unbounded
memory. The clock is injected so tests need no sleeping.

``limited_sources`` counts episodes: a source that goes over its limit counts
once until it is allowed a message again, so an operator's metric reads "how
many sources were throttled", not "how many datagrams a flood sent".
"""

from __future__ import annotations

import ipaddress
import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from time import monotonic


def source_key(address: str) -> str:
    """Who a limit applies to: an IPv4 address, or an IPv6 host's /64.

    One IPv6 host usually holds a whole /64 and can send from any address in
    it; keyed by full address it would get a fresh burst per address and could
    push everyone else out of the bounded table. IPv4-mapped addresses (a
    dual-stack socket) count as the IPv4 address they carry.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


@dataclass
class RateLimiter:
    rate: float  # tokens per second; <= 0 disables limiting
    burst: float
    max_sources: int = 65_536
    clock: Callable[[], float] = monotonic
    # source -> (tokens, last seen, over the limit now)
    _buckets: OrderedDict[str, tuple[float, float, bool]] = field(default_factory=OrderedDict)
    refused: int = 0
    limited_sources: int = 0

    def __post_init__(self) -> None:
        # NaN compares false with everything, so it would slip past "<= 0" and
        # "tokens >= 1" and quietly disable the limit; infinity does the same.
        if not (math.isfinite(self.rate) and math.isfinite(self.burst)) or self.burst < 1:
            raise ValueError(f"rate limit needs finite numbers and burst >= 1: {self}")

    def allow(self, source: str) -> bool:
        if self.rate <= 0:
            return True
        now = self.clock()
        source = source_key(source)
        tokens, stamp, limited = self._buckets.pop(source, (self.burst, now, False))
        tokens = min(self.burst, tokens + (now - stamp) * self.rate)
        ok = tokens >= 1.0
        if ok:
            tokens -= 1.0
        else:
            self.refused += 1
            if not limited:
                self.limited_sources += 1
        self._buckets[source] = (tokens, now, not ok)
        while len(self._buckets) > self.max_sources:
            self._buckets.popitem(last=False)
        return ok

    def __len__(self) -> int:
        return len(self._buckets)
