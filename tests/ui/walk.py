"""Walk the real wizard through every page it shows, in every verdict state.

Shared by the keyboard test (no duplicate mnemonics on a page) and the
hostile-text test: each step yields the page just shown, after the wizard
has laid it out, so a test looks at what a user would see at that moment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.core.model import PortRole
from app.pipeline.session import SessionResult
from app.ui.demo import lost, session
from app.ui.pages import PageId
from app.ui.wizard import DoctorWizard


def states() -> dict[str, list[SessionResult]]:
    """Every verdict the Results page can show, with the re-test that follows it."""
    alg, clean = session(alg=True), session(alg=False)
    return {
        "alg-then-fixed": [alg, clean],
        "alg-not-fixed": [alg, alg],
        "no-alg": [clean],
        "blocked-then-fixed": [lost(PortRole.SIP), clean],
        "blocked-still": [lost(PortRole.SIP), lost(PortRole.SIP)],
        "inconclusive": [lost()],
    }


def walk(qtbot: Any, wiz: DoctorWizard) -> Iterator[PageId]:
    """Next, Next, … from Welcome to Report as a user would; yields each page shown.

    Checking is yielded while its test runs (the runner should have a ``delay``, or
    wait for the test to say so); Verify three times: before, during and after its
    re-test.
    """
    assert wiz.currentId() == PageId.WELCOME
    yield PageId.WELCOME
    wiz.next()
    symptoms = wiz.page_of(PageId.SYMPTOMS)
    for box in list(symptoms.boxes.values())[:2]:
        box.setChecked(True)
    yield PageId.SYMPTOMS
    wiz.next()
    assert wiz.currentId() == PageId.SETUP
    yield PageId.SETUP
    wiz.next()
    assert wiz.currentId() == PageId.CHECKING
    yield PageId.CHECKING
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=15000)
    yield PageId.RESULTS
    wiz.next()
    if wiz.currentId() == PageId.ROUTER:
        yield PageId.ROUTER
        wiz.next()
        assert wiz.currentId() == PageId.FIXIT
        yield PageId.FIXIT
        wiz.next()
        assert wiz.currentId() == PageId.VERIFY
        yield PageId.VERIFY
        verify = wiz.page_of(PageId.VERIFY)
        verify.run_button.click()
        yield PageId.VERIFY  # while the re-test runs
        qtbot.waitUntil(lambda: verify.retested and verify.isComplete(), timeout=15000)
        yield PageId.VERIFY
        wiz.next()
    assert wiz.currentId() == PageId.REPORT
    yield PageId.REPORT
