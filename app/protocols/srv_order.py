"""The order in which to try a service's SRV targets (RFC 2782), without any I/O.

Why this is its own module: the ordering is where the RFC is subtle (weighted
random choice within a priority, weight-0 records placed first so that they
are picked only rarely, a target of "." meaning "no such service here"), so it
is kept pure and tested exhaustively with a seeded random source, apart from
the DNS look-ups that feed it (``app.probes.locate``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class RandomSource(Protocol):
    """What the ordering needs from ``random.Random`` (so tests can seed it)."""

    def randint(self, a: int, b: int) -> int: ...


@dataclass(frozen=True, slots=True)
class SrvRecord:
    """One SRV record: the fields of RFC 2782, target without the trailing dot."""

    priority: int
    weight: int
    port: int
    target: str


def is_no_service(target: str) -> bool:
    """True for the target "." (RFC 2782: the service is decidedly not available)."""
    return target in ("", ".")


def service_refused(records: Iterable[SrvRecord]) -> bool:
    """True when the records say the service is not offered at this name.

    RFC 2782 gives that meaning to a single record whose target is ".". A set
    made only of such records is read the same way (there is nothing to try).
    """
    listed = list(records)
    return bool(listed) and all(is_no_service(r.target) for r in listed)


def order_srv(records: Iterable[SrvRecord], rng: RandomSource) -> list[SrvRecord]:
    """The records in the order a client tries them, per RFC 2782.

    Lowest priority first. Within one priority, repeatedly: put the records
    not yet chosen in a list with the weight-0 ones first, draw a number from
    0 to the sum of their weights (inclusive), and take the first record whose
    running sum of weights reaches it. A weight-0 record is thus taken early
    only when the draw is 0, which is what the RFC intends ("a very small
    chance of being selected"). Records whose target is "." are left out; the
    result is a permutation of the others.
    """
    usable = [r for r in records if not is_no_service(r.target)]
    by_priority: dict[int, list[SrvRecord]] = {}
    for rec in usable:
        by_priority.setdefault(rec.priority, []).append(rec)
    ordered: list[SrvRecord] = []
    for priority in sorted(by_priority):
        # Stable: weight-0 records first, otherwise in the order the server gave.
        pending = sorted(by_priority[priority], key=lambda r: r.weight != 0)
        while pending:
            total = sum(max(r.weight, 0) for r in pending)
            draw = rng.randint(0, total)
            running = 0
            chosen = len(pending) - 1  # only reached with negative weights
            for index, rec in enumerate(pending):
                running += max(rec.weight, 0)
                if running >= draw:
                    chosen = index
                    break
            ordered.append(pending.pop(chosen))
    return ordered
