"""The window's opening size: about 900×700 where the screen allows, never larger than it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.wizard import MINIMUM_SIZE, PREFERRED_SIZE, DoctorWizard, opening_size

pytestmark = pytest.mark.gui


def test_a_large_screen_gets_the_preferred_size() -> None:
    size, minimum = opening_size(QRect(0, 0, 1920, 1050))
    assert size == QSize(900, 700) == PREFERRED_SIZE and minimum == MINIMUM_SIZE


@pytest.mark.parametrize(
    "screen", [QRect(0, 0, 1366, 738), QRect(0, 0, 1024, 570), QRect(0, 0, 800, 600)]
)
def test_a_small_screen_gets_a_window_that_fits_frame_included(screen: QRect) -> None:
    size, minimum = opening_size(screen)
    for s in (size, minimum):
        assert s.width() + 16 <= screen.width() and s.height() + 48 <= screen.height()
    assert minimum.width() <= size.width() and minimum.height() <= size.height()
    assert size.height() >= min(700, screen.height() - 48)  # as tall as it may be


def test_no_screen_information_gives_the_preferred_size() -> None:
    assert opening_size(None) == (PREFERRED_SIZE, MINIMUM_SIZE)
    assert opening_size(QRect()) == (PREFERRED_SIZE, MINIMUM_SIZE)


def _wizard(make: Any) -> DoctorWizard:
    """A wizard on the test's settings file (conftest's ``settings``): a second one
    opened in the same test finds what the first saved."""
    wiz: DoctorWizard = make(
        Core(run_session=FakeRunner([session(alg=False)])), {"reflector": "r.example"}
    )
    return wiz


def test_the_window_opens_within_the_screen(make: Any) -> None:
    wiz = _wizard(make)
    screen = wiz.screen().availableGeometry()
    expected, _ = opening_size(screen)
    assert wiz.width() <= screen.width() and wiz.height() <= screen.height()
    # the pages' own minimum may ask for more than the expected size, never the screen
    assert wiz.width() >= expected.width() and wiz.height() >= expected.height()
    wiz.reject()


def test_a_remembered_size_wins(make: Any) -> None:
    first = _wizard(make)
    first.resize(first.minimumSize())
    remembered = first.size()
    first.reject()  # saves the geometry
    assert remembered != opening_size(first.screen().availableGeometry())[0]
    second = _wizard(make)
    assert second.size() == remembered
    second.reject()


def _results_at_opening_size(qtbot: Any, make: Any, state: str) -> Any:
    from tests.ui.walk import states

    wiz = make(Core(run_session=FakeRunner(states()[state])), {"reflector": "r.example"})
    wiz.resize(PREFERRED_SIZE)  # the test screen may be smaller than a real one
    for _ in range(3):
        wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=10000)
    qtbot.wait(50)  # the page's layout settles
    return wiz


STATES = ["alg-then-fixed", "no-alg", "blocked-still", "inconclusive"]


@pytest.mark.parametrize("state", STATES)
def test_results_fit_the_opening_size_without_scrolling(qtbot: Any, make: Any, state: str) -> None:
    wiz = _results_at_opening_size(qtbot, make, state)
    page = wiz.page_of(PageId.RESULTS)
    outer = page.findChildren(QScrollArea)[0]
    assert outer.verticalScrollBar().maximum() == 0, state
    wiz.reject()


@pytest.mark.parametrize("state", STATES)
def test_results_have_no_nested_scroll_bar_at_the_opening_size(
    qtbot: Any, make: Any, state: str
) -> None:
    wiz = _results_at_opening_size(qtbot, make, state)
    page = wiz.page_of(PageId.RESULTS)
    outer = page.findChildren(QScrollArea)[0]
    nested = [
        type(w).__name__
        for w in page.findChildren(QAbstractScrollArea)
        if w is not outer and w.isVisible() and w.verticalScrollBar().maximum() > 0
    ]
    wiz.reject()
    assert not nested, (state, nested)
