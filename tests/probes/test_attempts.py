"""When the probe starts a fresh attempt, on a fake clock (no sockets, any OS)."""

from __future__ import annotations

import random

from app.probes.attempts import Attempt, AttemptPlan, Next
from app.probes.messages import Endpoint, build_probe

PROBE = build_probe(
    "OPTIONS",
    local=Endpoint("192.168.1.2", 5062),
    remote=Endpoint("203.0.113.5", 5060),
    transport="udp",
    rng=random.Random(1),
)


def test_starts_at_once_then_every_restart_interval() -> None:
    plan = AttemptPlan(restart=1.0, deadline=3.5)
    starts, now = [], 0.0
    while True:
        action, until = plan.decide(now)
        if action is Next.STOP:
            break
        if action is Next.START:
            starts.append(now)
            plan.started(now)
            continue
        now = until  # nothing answered: the clock jumps to the next start
    assert starts == [0.0, 1.0, 2.0, 3.0]
    assert plan.error() == "no answer before the deadline"


def test_an_answer_stops_it_and_wins_even_from_an_older_attempt() -> None:
    plan = AttemptPlan(restart=1.0, deadline=5.0)
    plan.started(0.0)
    plan.started(1.0)
    old = Attempt(PROBE, answer=(b"raw", None), packets=3)  # type: ignore[arg-type]
    plan.finish(Attempt(PROBE, packets=2, error="no answer before the deadline"))
    plan.finish(old)
    assert plan.winner is old
    assert plan.decide(1.5)[0] is Next.STOP


def test_a_refusal_stops_it_and_is_the_reason_given() -> None:
    plan = AttemptPlan(restart=1.0, deadline=5.0)
    plan.started(0.0)
    plan.finish(Attempt(PROBE, packets=1, error="timed out"))
    assert plan.decide(0.5) == (Next.WAIT, 1.0)
    plan.finish(Attempt(PROBE, packets=1, error="connection refused", definitive=True))
    plan.finish(Attempt(PROBE, packets=1, error="timed out"))
    assert plan.decide(0.5)[0] is Next.STOP
    assert plan.error() == "connection refused"


def test_the_last_start_is_never_after_the_deadline() -> None:
    plan = AttemptPlan(restart=1.0, deadline=1.5)
    plan.started(1.0)
    assert plan.next_start == 1.5
    assert plan.decide(1.5)[0] is Next.STOP
