"""The RFC 3261 client transaction on a fake clock: every timer path, no sockets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.protocols.transaction import ClientTransaction, State, Step


def sends_until(tx: ClientTransaction, end: float) -> list[float]:
    """Drive the transaction on a fake clock that jumps to each wake-up; the send times."""
    now, sent = tx.started, []
    while now <= end:
        step = tx.poll(now)
        if step is Step.SEND:
            sent.append(round(now, 6))
            continue
        if step is not Step.WAIT:
            break
        now = tx.wake_at
    return sent


def test_timer_a_doubles_without_a_cap_for_invite() -> None:
    tx = ClientTransaction(invite=True, started=0.0, deadline=100.0, t1=0.5, t2=4.0)
    assert sends_until(tx, 20) == [0.0, 0.5, 1.5, 3.5, 7.5, 15.5]


def test_timer_e_caps_at_t2_for_other_requests() -> None:
    tx = ClientTransaction(invite=False, started=0.0, deadline=100.0, t1=0.5, t2=4.0)
    assert sends_until(tx, 20) == [0.0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5]


def test_timer_b_gives_up_64_t1_after_the_start() -> None:
    tx = ClientTransaction(invite=True, started=10.0, deadline=1000.0, t1=0.5)
    assert tx.deadline == 10.0 + 32.0
    sends_until(tx, 1000)
    assert tx.poll(42.0) is Step.TIMEOUT and tx.state is State.TIMED_OUT


def test_timer_f_and_the_callers_deadline_whichever_is_first() -> None:
    tx = ClientTransaction(invite=False, started=0.0, deadline=5.0, t1=0.5, t2=4.0)
    assert sends_until(tx, 4.9) == [0.0, 0.5, 1.5, 3.5]
    assert tx.poll(4.99) is Step.WAIT and tx.wake_at == 5.0
    assert tx.poll(5.0) is Step.TIMEOUT


def test_a_provisional_answer_stops_invite_retransmissions() -> None:
    tx = ClientTransaction(invite=True, started=0.0, deadline=30.0)
    assert tx.poll(0.0) is Step.SEND
    assert tx.receive(100) is Step.WAIT and tx.state is State.PROCEEDING
    assert tx.wake_at == 30.0  # only the deadline is left
    assert tx.poll(29.0) is Step.WAIT
    assert tx.receive(486) is Step.ACK and tx.state is State.COMPLETED
    assert tx.sends == 1


def test_a_provisional_answer_moves_other_requests_to_t2() -> None:
    tx = ClientTransaction(invite=False, started=0.0, deadline=30.0, t1=0.5, t2=4.0)
    assert tx.poll(0.0) is Step.SEND
    assert tx.receive(183) is Step.WAIT
    # the pending timer E still fires at 0.5; after that every T2 (RFC 3261 §17.1.2.2)
    assert sends_until(tx, 10) == [0.5, 4.5, 8.5]
    assert tx.receive(200) is Step.DONE


def test_final_answers_end_it_and_late_ones_change_nothing() -> None:
    tx = ClientTransaction(invite=False, started=0.0, deadline=5.0)
    tx.poll(0.0)
    assert tx.receive(200) is Step.DONE
    assert tx.receive(500) is Step.DONE and tx.poll(99.0) is Step.DONE
    late = ClientTransaction(invite=True, started=0.0, deadline=1.0)
    late.poll(0.0)
    assert late.poll(1.0) is Step.TIMEOUT
    assert late.receive(200) is Step.TIMEOUT  # too late: the probe has moved on


@given(
    invite=st.booleans(),
    t1=st.floats(0.01, 2.0),
    deadline=st.floats(0.0, 60.0),
    answers=st.lists(st.tuples(st.floats(0.0, 70.0), st.integers(100, 699)), max_size=5),
)
def test_never_sends_after_the_deadline_or_an_answer(
    invite: bool, t1: float, deadline: float, answers: list[tuple[float, int]]
) -> None:
    tx = ClientTransaction(invite=invite, started=0.0, deadline=deadline, t1=t1, t2=4 * t1)
    events = sorted(answers)
    now, final_at = 0.0, None
    for _ in range(500):
        while events and events[0][0] <= now:
            _, status = events.pop(0)
            if tx.receive(status) in (Step.DONE, Step.ACK) and final_at is None:
                final_at = now
        step = tx.poll(now)
        if step is Step.SEND:
            assert now < tx.deadline or now == 0.0
            assert final_at is None
            continue
        if step is not Step.WAIT:
            break
        now = min(tx.wake_at, events[0][0]) if events else tx.wake_at
    assert tx.state is not State.CALLING or tx.poll(tx.deadline) is Step.TIMEOUT
