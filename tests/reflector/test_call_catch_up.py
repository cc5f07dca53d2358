"""A reflector whose event loop stalls mid-call still sends every packet it owes.

A loaded host (hundreds of calls, other programs) runs the media clock late.
The packets due meanwhile go out when it resumes, a few per tick, within the
caller's credit, so the caller does not read the stall as loss. A real caller
(the client's own code) against an in-process reflector whose loop we block.
"""

from __future__ import annotations

import threading
import time

from app.probes.call import PATH_LATCHED, CallRecord, place_call
from app.probes.target import Target
from tests.helpers import running_reflector


def test_a_stalled_reflector_catches_up_on_the_packets_it_owes() -> None:
    records: list[CallRecord] = []
    with running_reflector() as r:
        desk = r.reflector.call_desk
        assert desk is not None
        caller = threading.Thread(
            target=lambda: records.append(place_call(Target("127.0.0.1", r.sip_port), 3))
        )
        caller.start()
        deadline = time.monotonic() + 15
        while not r.call(lambda: any(c.rx.received >= 25 for c in desk.calls.values())):
            assert time.monotonic() < deadline, "no media reached the reflector"
            time.sleep(0.02)
        r.call(lambda: time.sleep(1.5))  # 75 ticks without a clock: more than the drain repays
        caller.join(30)
    assert records, "the call did not finish"
    report = records[0].report
    assert report is not None, records[0]
    owed = report.reception.received
    assert owed >= 140  # the caller's 150 packets, a few lost to a busy machine at most
    assert report.to_source.sent >= owed - 3  # the stall cost no packets
    assert report.to_sdp.sent >= owed - 3
    assert len(records[0].arrivals[PATH_LATCHED]) == report.to_source.sent
