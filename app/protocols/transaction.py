"""The RFC 3261 client transaction over UDP, as a state machine without I/O.

The probe's UDP driver owns the socket and the event loop; this class owns
the rules, so every timer path can be tested with a fake clock on any OS:

* Timer A (INVITE, §17.1.1.2) and Timer E (non-INVITE, §17.1.2.2): the
  request is retransmitted after T1, then 2·T1, 4·T1, … An INVITE doubles
  without a cap; a non-INVITE request caps the interval at T2.
* A provisional answer stops an INVITE's retransmissions (§17.1.1.2, the
  "Proceeding" state). A non-INVITE request keeps retransmitting, every T2
  (§17.1.2.2).
* Timer B (INVITE) and Timer F (non-INVITE): the transaction gives up 64·T1
  after it started, or at the caller's own deadline if that comes first.
* A final answer ends it; for an INVITE the driver then sends the ACK
  (§17.1.1.3 for non-2xx; for a 2xx the ACK belongs to the dialog, and the
  probe sends it all the same so the far end stops retransmitting).

Time is a float the caller passes in (seconds, any monotonic origin).
"""

from __future__ import annotations

from enum import Enum


class Step(Enum):
    SEND = "send"  # (re)transmit the request now
    WAIT = "wait"  # nothing to do before :attr:`ClientTransaction.wake_at`
    DONE = "done"  # a final answer arrived
    ACK = "ack"  # a final answer to an INVITE arrived: send the ACK, then done
    TIMEOUT = "timeout"  # Timer B/F or the caller's deadline fired


class State(Enum):
    CALLING = "calling"  # INVITE sent, nothing heard (RFC: Calling / Trying)
    PROCEEDING = "proceeding"  # a provisional answer arrived
    COMPLETED = "completed"  # a final answer arrived
    TIMED_OUT = "timed_out"


class ClientTransaction:
    """One client transaction's timers and state: a state machine, so a plain class
    with slots (the probe's path creates no dataclasses: docs/architecture.md)."""

    __slots__ = (
        "_interval",
        "_next_send",
        "deadline",
        "invite",
        "sends",
        "started",
        "state",
        "t1",
        "t2",
    )

    def __init__(
        self,
        invite: bool,
        started: float,
        deadline: float,  # the caller's own deadline (absolute)
        t1: float = 0.5,  # RFC 3261 §17.1.1.1 default
        t2: float = 4.0,
    ) -> None:
        self.invite = invite
        self.started = started
        self.t1 = t1
        self.t2 = t2
        self.state = State.CALLING
        self.sends = 0
        self._next_send: float | None = started
        self._interval = t1
        # Timer B / F: 64·T1 after the start, unless the caller's deadline is sooner.
        self.deadline = min(deadline, started + 64 * t1)

    @property
    def retransmitting(self) -> bool:
        return self._next_send is not None and self.state in (State.CALLING, State.PROCEEDING)

    @property
    def wake_at(self) -> float:
        """When :meth:`poll` next has something to do."""
        if self.retransmitting and self._next_send is not None:
            return min(self._next_send, self.deadline)
        return self.deadline

    def poll(self, now: float) -> Step:
        """What to do at ``now``: send, wait, or give up."""
        if self.state is State.COMPLETED:
            return Step.DONE
        if self.state is State.TIMED_OUT:
            return Step.TIMEOUT
        if now >= self.deadline and self.sends > 0:
            self.state = State.TIMED_OUT  # nothing sent now could be answered in time
            return Step.TIMEOUT
        if self.retransmitting and self._next_send is not None and now >= self._next_send:
            self.sends += 1
            self._next_send = now + self._interval
            self._interval = self._interval * 2 if self.invite else min(self._interval * 2, self.t2)
            if self.state is State.PROCEEDING:  # non-INVITE only: §17.1.2.2
                self._interval = self.t2
            return Step.SEND
        return Step.WAIT

    def receive(self, status: int) -> Step:
        """An answer with this status code arrived."""
        if self.state in (State.COMPLETED, State.TIMED_OUT):
            return Step.DONE if self.state is State.COMPLETED else Step.TIMEOUT
        if status < 200:
            self.state = State.PROCEEDING
            if self.invite:
                self._next_send = None  # §17.1.1.2: stop retransmitting
            else:
                self._interval = self.t2  # §17.1.2.2: keep going, every T2
            return Step.WAIT
        self.state = State.COMPLETED
        return Step.ACK if self.invite else Step.DONE
