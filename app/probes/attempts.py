"""Fresh attempts under loss: when to start one, and the loop that runs them.

Why not just retransmit: under random loss a whole run of retransmissions of
one transaction can vanish (25 % loss each way loses all four UDP sends of a
5-second transaction about 4 % of the time), and a silent SIP port next to an
answering control port would then read as "dropped". New, independent
attempts (fresh Call-ID, branch and media port; a fresh TCP connection) make
that practically impossible, while a real drop still drops every one of them.
Answers come in milliseconds on a healthy path, so a clean run never starts a
second attempt.

:class:`AttemptPlan` holds the rule and takes the time as an argument, so it
is tested with a fake clock; :class:`app.probes.runner.ExchangeJob` drives it
in the probe's selector loop.
"""

from __future__ import annotations

from enum import Enum

from app.probes.messages import BuiltProbe
from app.protocols.sip import Response


class Attempt:
    """The outcome of one transaction (UDP) or one connection (TCP).

    Filled in while the attempt runs, so a plain class with slots rather than a
    record (the probe's path creates no dataclasses: docs/architecture.md).
    """

    __slots__ = ("answer", "definitive", "error", "packets", "probe", "rtt")

    def __init__(
        self,
        probe: BuiltProbe,
        answer: tuple[bytes, Response] | None = None,
        packets: int = 0,
        rtt: float = 0.0,
        error: str | None = None,
        definitive: bool = False,
    ) -> None:
        self.probe = probe
        self.answer = answer
        self.packets = packets
        self.rtt = rtt
        self.error = error
        self.definitive = definitive  # the far end said "nothing here": retrying cannot help


# Seconds: when the plan stops without an answer (a refusal), attempts still in
# flight may report what they sent and why they failed for this long, instead
# of vanishing from the evidence unfinished.
GRACE = 0.05


class Next(Enum):
    START = "start"
    WAIT = "wait"
    STOP = "stop"


class AttemptPlan:
    """Start an attempt now, then another every ``restart`` seconds, until one is
    answered, one is refused outright, or the deadline passes."""

    __slots__ = ("deadline", "finished", "next_start", "restart", "winner")

    def __init__(self, restart: float, deadline: float) -> None:
        self.restart = restart
        self.deadline = deadline
        self.winner: Attempt | None = None
        self.finished: list[Attempt] = []
        self.next_start: float | None = None

    @property
    def refused(self) -> bool:
        return any(a.definitive for a in self.finished)

    def decide(self, now: float) -> tuple[Next, float]:
        """What to do at ``now``, and until when to wait if the answer is WAIT."""
        if self.winner is not None or self.refused or now >= self.deadline:
            return Next.STOP, now
        if self.next_start is None or now >= self.next_start:
            return Next.START, now
        return Next.WAIT, self.next_start

    def started(self, now: float) -> None:
        self.next_start = min(now + self.restart, self.deadline)

    def finish(self, attempt: Attempt) -> None:
        self.finished.append(attempt)
        if attempt.answer is not None and self.winner is None:
            self.winner = attempt

    def error(self) -> str:
        """Why nothing was answered: a refusal first, else the latest error."""
        refusal = next((a.error for a in self.finished if a.definitive and a.error), None)
        errors = [a.error for a in self.finished if a.error]
        return refusal or (errors[-1] if errors else "no answer before the deadline")
