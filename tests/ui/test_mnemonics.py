"""Keyboard: no two visible controls on a page answer to the same Alt+letter.

Qt gives the first of two duplicates the focus and ignores the other's action
(a user pressing Alt+C for "Copy" got "Close" once), so a duplicate is a
control the keyboard cannot reach the way its label promises.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from app.ui.demo import FakeRunner
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.ui.walk import states, walk

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str | None:
    """The Alt+key a Qt label gives itself: the character after a single "&"
    ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def test_mnemonic_parsing() -> None:
    assert mnemonic("&Next >") == "n"
    assert mnemonic("Copy for my &provider") == "p"
    assert mnemonic("AT&&T") is None
    assert mnemonic("AT&&T &gateways") == "g"
    assert mnemonic("Close") is None and mnemonic("end&") is None


def visible_mnemonics(wiz: DoctorWizard) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for w in wiz.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled():
            continue
        if isinstance(w, QAbstractButton):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        elif isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        else:
            continue
        key = mnemonic(text)
        if key is not None:
            keys.setdefault(key, []).append(text)
    return keys


@pytest.mark.parametrize("state", list(states()))
def test_no_page_has_a_duplicate_mnemonic(make: Any, qtbot: Any, state: str) -> None:
    wiz = make(Core(run_session=FakeRunner(states()[state], delay=0.05)))
    seen = []
    for pid in walk(qtbot, wiz):
        seen.append(pid)
        dupes = {k: v for k, v in visible_mnemonics(wiz).items() if len(v) > 1}
        assert not dupes, (state, pid.name, dupes)
    assert len(seen) >= 6
    wiz.reject()


def test_no_duplicate_mnemonic_when_the_test_cannot_start(make: Any, qtbot: Any) -> None:
    from app.probes.target import TargetError
    from app.ui.demo import session
    from app.ui.pages import PageId

    runner = FakeRunner([session(alg=False)], fail=TargetError("cannot resolve 'x'"))
    wiz = make(Core(run_session=runner))
    for pid in walk(qtbot, wiz):
        if pid is PageId.CHECKING:
            break
    checking = wiz.page_of(PageId.CHECKING)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    keys = visible_mnemonics(wiz)
    assert keys.get("c") == ["&Change the server"]  # the way on is reachable by Alt+C
    assert not {k: v for k, v in keys.items() if len(v) > 1}
    wiz.reject()
