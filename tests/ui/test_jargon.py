"""No unexplained jargon on screen: every protocol word a page shows is explained.

The issue's rule: SIP, UDP/TCP, NAT, RTP, binding lifetime, reflector and
provider mode are either avoided or explained in a "What's this?" tooltip;
protocol words belong in the support report. So this walks the wizard through
every verdict (and the states a test cannot start, the router search that
finds nothing, the other ways of choosing a server), reads every visible label,
button and group title, and fails when a jargon word appears that neither the
widget's own tooltip nor a "What's this?" beside it (same parent, or a parent
of it) explains. Texts the user typed, network text, the report (a text box
meant for support) and the proof folded away "for your provider" are not
labels a user reads on the way and are not scanned.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableWidget, QWidget, QWizard

from app.ui.demo import FakeRunner, session
from app.ui.jargon import WhatsThis, explanation, table_texts, terms_in
from app.ui.pages import PageId
from app.ui.pages.setup import Way
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.ui.walk import states, walk

pytestmark = pytest.mark.gui


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&", "")


def _texts(w: QWidget) -> list[str]:
    if isinstance(w, WhatsThis):
        return []
    if isinstance(w, QAbstractButton):
        return [w.text()]
    if isinstance(w, QGroupBox):
        return [w.title()]
    if isinstance(w, QLabel):
        return [w.text()]
    if isinstance(w, QTableWidget):
        return table_texts(w)
    return []


def _explained_by(w: QWidget, term: str, helpers: list[WhatsThis]) -> bool:
    if explanation((term,)) and explanation((term,)) in w.toolTip():
        return True
    for h in helpers:
        holder = h.parentWidget()
        if term in h.terms and holder is not None and (holder is w or holder.isAncestorOf(w)):
            return True
    return False


def unexplained(wiz: DoctorWizard) -> list[tuple[str, str]]:
    """(term, text) for each jargon word shown on the current page without an explanation."""
    page = wiz.currentPage()
    assert page is not None
    helpers = [h for h in page.findChildren(WhatsThis) if h.isVisible()]
    found: list[tuple[str, str]] = []
    for title in (page.title(), page.subTitle()):
        for term in terms_in(_plain(title)):
            if not any(term in h.terms for h in helpers):
                found.append((term, title))
    widgets = [*page.findChildren(QWidget)]
    widgets += [wiz.button(b) for b in (QWizard.WizardButton.NextButton,)]
    for w in widgets:
        if not w.isVisible():
            continue
        for text in _texts(w):
            for term in terms_in(_plain(text)):
                if not _explained_by(w, term, helpers):
                    found.append((term, text))
    return found


def test_terms_are_spotted() -> None:
    assert terms_in("Your SIP ALG rewrote it") == ("SIP", "ALG")
    assert terms_in("over UDP") == ("UDP/TCP",)
    assert terms_in("the reflector answered") == ("reflector",)
    assert terms_in("Provider mode") == ("provider mode",)
    assert terms_in("a sip of tea") == ()  # words, in their case


@pytest.mark.parametrize("state", list(states()))
def test_every_page_explains_its_jargon(make: Any, qtbot: Any, state: str) -> None:
    wiz = make(Core(run_session=FakeRunner(states()[state], delay=0.05)))
    seen = []
    for pid in walk(qtbot, wiz):
        seen.append(pid)
        if pid is PageId.SETUP:
            setup = wiz.page_of(PageId.SETUP)
            for button in setup.findChildren(QAbstractButton):
                # every way of choosing a server shows its own fields and notes
                if button.isVisible() and button.isCheckable() and button.isEnabled():
                    button.click()
                    assert not unexplained(wiz), (state, pid.name, button.text())
            # back to the preset server for the rest of the walk; the idle-connection
            # box stays ticked, so Checking shows its (jargon-laden) estimate too
            setup.choose(Way.PRESET)
        if pid is PageId.ROUTER:
            picker = wiz.page_of(PageId.ROUTER).picker
            picker.search.setText("zzzz no such router")  # "not listed" is what remains
            assert not unexplained(wiz), (state, pid.name, "empty search")
            picker.search.clear()
        assert not unexplained(wiz), (state, pid.name)
    assert len(seen) >= 6
    wiz.reject()


def test_the_checking_page_explains_its_jargon_when_the_test_cannot_start(
    make: Any, qtbot: Any
) -> None:
    from app.probes.target import TargetError

    runner = FakeRunner([session(alg=False)], fail=TargetError("cannot resolve 'x'"))
    wiz = make(Core(run_session=runner))
    for pid in walk(qtbot, wiz):
        if pid is PageId.CHECKING:
            break
    checking = wiz.page_of(PageId.CHECKING)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    assert not unexplained(wiz)
    wiz.reject()


def test_the_scan_catches_an_unexplained_word(make: Any) -> None:
    """The check itself can fail: a bare "NAT" on a page is reported."""
    wiz = make(Core(run_session=FakeRunner([session(alg=True)])))
    welcome = wiz.currentPage()
    assert welcome is not None
    label = QLabel("Your NAT is fine", welcome)
    label.show()
    assert ("NAT", "Your NAT is fine") in unexplained(wiz)
    label.setToolTip(explanation(("NAT",)))
    assert not unexplained(wiz)
    wiz.reject()
