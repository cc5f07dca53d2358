"""The router picker always has a way on: pinned "Not listed", groups, the detected router."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QListWidgetItem, QWizard

from app.guides.database import bundled
from app.guides.lookup import IdentityMatch
from app.pipeline.diagnose import conclude
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.pages.router import RouterPage
from app.ui.router_picker import GENERIC_ID, HEADER_ROLE, ID_ROLE, group_of
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.records import replace

pytestmark = pytest.mark.gui

NOT_LISTED = "Not listed / I don't know"
HOSTILE = '<img src="http://evil.example/x.png"><a href="http://evil.example">TP-Link</a>'


@pytest.fixture
def make(make: Any, qtbot: Any) -> Any:
    """A wizard driven to the router page after a (canned) ALG-found test."""

    def build(*, detected: bool = True) -> DoctorWizard:
        canned = session(alg=True)
        if not detected:
            canned = replace(canned, router=None)
        wiz: DoctorWizard = make(Core(run_session=FakeRunner([canned])), {"reflector": "r.example"})
        wiz.next()  # symptoms
        symptoms = wiz.page_of(PageId.SYMPTOMS)
        next(iter(symptoms.boxes.values())).setChecked(True)
        wiz.next()  # setup
        checking = wiz.page_of(PageId.CHECKING)
        wiz.next()
        qtbot.waitUntil(lambda: wiz.currentId() != PageId.CHECKING or checking.done, timeout=15000)
        qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
        wiz.next()
        assert wiz.currentId() == PageId.ROUTER
        return wiz

    return build


def router_page(wiz: DoctorWizard) -> RouterPage:
    page = wiz.page_of(PageId.ROUTER)
    assert isinstance(page, RouterPage)
    return page


def click(qtbot: Any, page: RouterPage, item: QListWidgetItem) -> None:
    page.list.scrollToItem(item)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def next_enabled(wiz: DoctorWizard) -> bool:
    return wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def rows(page: RouterPage) -> list[QListWidgetItem]:
    return [page.list.item(r) for r in range(page.list.count())]


def test_not_listed_is_pinned_first_preselected_and_selectable(make: Any, qtbot: Any) -> None:
    wiz = make(detected=False)
    page = router_page(wiz)
    first = page.list.item(0)
    assert first.text() == NOT_LISTED and first.data(ID_ROLE) == GENERIC_ID
    assert first.flags() & Qt.ItemFlag.ItemIsSelectable
    # an unknown router: the way on is already chosen, Next is not grey
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    assert next_enabled(wiz)
    assert "could not tell" in page.identified.text()
    other = next(i for i in rows(page) if i.data(ID_ROLE) == "avm-fritzbox")
    click(qtbot, page, other)
    assert page.chosen() is not None and page.chosen().id == "avm-fritzbox"
    click(qtbot, page, page.list.item(0))
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    # the generic guide is listed once, pinned, not again under a group
    assert [i.data(ID_ROLE) for i in rows(page)].count(GENERIC_ID) == 1


def test_a_search_that_finds_nothing_offers_not_listed_and_goes_on(make: Any, qtbot: Any) -> None:
    wiz = make()
    page = router_page(wiz)
    assert page.chosen() is not None and page.chosen().id == "tp-link-archer"
    qtbot.keyClicks(page.search, "zzzz qqq")
    assert page.list.count() == 1 and page.list.item(0).text() == NOT_LISTED
    assert page.picker.status.isVisible()
    assert "No guide matches “zzzz qqq”" in page.picker.status.text()
    click(qtbot, page, page.list.item(0))
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    assert next_enabled(wiz)
    wiz.next()
    assert wiz.currentId() == PageId.FIXIT
    assert wiz.state.family is not None and wiz.state.family.id == GENERIC_ID


def test_guides_are_grouped_under_headers_that_cannot_be_chosen(make: Any, qtbot: Any) -> None:
    wiz = make(detected=False)
    page = router_page(wiz)
    headers = [i for i in rows(page) if i.data(HEADER_ROLE)]
    titles = [h.text() for h in headers]
    for title in (
        "Home routers",
        "Boxes from your internet provider",
        "Mesh Wi-Fi",
        "Business routers and firewalls",
    ):
        assert title in titles
    assert titles.index("Home routers") < titles.index("Business routers and firewalls")
    for h in headers:
        assert not h.flags() & Qt.ItemFlag.ItemIsSelectable
        assert not h.flags() & Qt.ItemFlag.ItemIsEnabled
        assert h.data(ID_ROLE) is None
    # every guide sits under the header of its kind
    db = bundled()
    group = None
    for item in rows(page)[1:]:
        if item.data(HEADER_ROLE):
            group = item.data(HEADER_ROLE)
            continue
        fam = db.family(item.data(ID_ROLE))
        assert fam is not None and group_of(fam) == group, (fam.id, group)
    kinds = {"eero": "mesh", "sky-hub": "isp", "tp-link-archer": "home"}
    for guide_id, key in kinds.items():
        fam = db.family(guide_id)
        assert fam is not None and group_of(fam) == key
    # clicking a header changes nothing; the arrow key skips it
    click(qtbot, page, headers[0])
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    chosen = page.chosen()
    assert chosen is not None and chosen.id != GENERIC_ID
    assert page.list.currentRow() == 2 and group_of(chosen) == "home"
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    assert next_enabled(wiz)


def test_detected_router_is_preselected_with_its_evidence(make: Any) -> None:
    wiz = make()
    page = router_page(wiz)
    match = wiz.state.first.router.match  # type: ignore[union-attr]
    assert match is not None
    assert page.chosen() is not None and page.chosen().id == match.family.id == "tp-link-archer"
    assert page.list.currentItem().isSelected()
    text = page.identified.text()
    assert "How we know" in text and "TP-Link" in text
    assert match.evidence and all(e.split("\u201c")[0] in text for e in match.evidence)
    assert next_enabled(wiz)


@pytest.mark.parametrize("words", ["my router", "wifi router", "the modem from my provider"])
def test_words_of_my_own_never_select_a_brand(make: Any, qtbot: Any, words: str) -> None:
    wiz = make()  # a TP-Link was detected: the words must not keep or pick any brand
    page = router_page(wiz)
    page.search.setFocus()
    qtbot.keyClicks(page.search, words)
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    assert [i.data(ID_ROLE) for i in rows(page)] == [GENERIC_ID]
    assert "does not name a brand or model" in page.picker.status.text()
    assert next_enabled(wiz)


def test_a_brand_search_selects_its_best_guide_grouped(make: Any, qtbot: Any) -> None:
    wiz = make(detected=False)
    page = router_page(wiz)
    qtbot.keyClicks(page.search, "fritz box")
    assert page.list.item(0).text() == NOT_LISTED  # still pinned first
    assert page.chosen() is not None and page.chosen().id == "avm-fritzbox"
    assert page.list.item(1).data(HEADER_ROLE)  # the best match's group comes first
    page.search.clear()  # back to everything; the choice stays
    assert page.chosen() is not None and page.chosen().id == "avm-fritzbox"


def test_keyboard_type_to_search_arrows_and_return(make: Any, qtbot: Any) -> None:
    wiz = make(detected=False)
    page = router_page(wiz)
    page.list.setFocus()
    qtbot.keyClicks(page.list, "orbi")  # typed in the list: goes to the search field
    assert page.search.text() == "orbi" and page.search.hasFocus()
    assert page.chosen() is not None and page.chosen().id == "netgear-orbi"
    qtbot.keyClick(page.search, Qt.Key.Key_Up)  # arrows move the choice from the field
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    qtbot.keyClick(page.search, Qt.Key.Key_Up)  # stops at the top
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.chosen() is not None and page.chosen().id == "netgear-orbi"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Return goes on with the choice
    assert wiz.currentId() == PageId.FIXIT
    assert wiz.state.family is not None and wiz.state.family.id == "netgear-orbi"


def test_widgets_have_accessible_names(make: Any) -> None:
    page = router_page(make())
    assert page.search.accessibleName() == "Search for your router"
    assert page.list.accessibleName() == "Routers"
    assert page.picker.status.accessibleName()
    header = next(i for i in rows(page) if i.data(HEADER_ROLE))
    assert header.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Group: ")


def test_hostile_network_and_typed_text_stays_text(make: Any, qtbot: Any) -> None:
    wiz = make()
    canned = session(alg=True)
    router = canned.router
    assert router is not None and router.match is not None and router.upnp is not None
    assert router.upnp.description is not None
    long_value = "A" * 5000 + HOSTILE
    desc = replace(router.upnp.description, model_name=HOSTILE, model_number=None)
    router = replace(
        router,
        upnp=replace(router.upnp, description=desc),
        match=IdentityMatch(
            router.match.family, 0.9, (f"its web page is titled {HOSTILE}", long_value)
        ),
    )
    wiz.state.first = conclude(replace(canned, router=router))
    page = router_page(wiz)
    page.initializePage()
    text = page.identified.text()
    assert "<img" not in text and "<a href" not in text
    assert "&lt;img" in text and "&lt;a href" in text
    assert page.chosen() is not None and page.chosen().id == "tp-link-archer"
    # what the user types is shown as typed, never as markup
    page.search.setText('<b>x</b><img src="y">')
    assert page.picker.status.textFormat() == Qt.TextFormat.PlainText
    assert '<img src="y">' in page.picker.status.text()
    for item in rows(page):
        assert item.data(Qt.ItemDataRole.DisplayRole).find("<img") < 0


def test_return_in_the_list_goes_on_once_with_the_choice(make: Any, qtbot: Any) -> None:
    wiz = make()
    page = router_page(wiz)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)  # the detected TP-Link -> the next home router
    chosen = page.chosen()
    assert chosen is not None and chosen.id != "tp-link-archer"
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert wiz.currentId() == PageId.FIXIT  # one page on, not two
    assert wiz.state.family == chosen


def double_click(qtbot: Any, page: RouterPage, item: QListWidgetItem) -> None:
    click(qtbot, page, item)  # a real double click starts with a press and release
    pos = page.list.visualItemRect(item).center()
    qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_goes_on_but_not_on_a_header(make: Any, qtbot: Any) -> None:
    wiz = make(detected=False)
    page = router_page(wiz)
    header = next(i for i in rows(page) if i.data(HEADER_ROLE))
    double_click(qtbot, page, header)
    assert wiz.currentId() == PageId.ROUTER
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID
    double_click(qtbot, page, next(i for i in rows(page) if i.data(ID_ROLE) == "eero"))
    assert wiz.currentId() == PageId.FIXIT
    assert wiz.state.family is not None and wiz.state.family.id == "eero"


def test_a_recognised_router_without_a_guide_says_so(make: Any) -> None:
    wiz = make()
    canned = session(alg=True)
    router = canned.router
    assert router is not None and router.match is not None
    generic = bundled().family(GENERIC_ID)
    assert generic is not None
    evidence = ("the model is a Netgear Orbi mesh Wi-Fi, which has no guide of its own yet",)
    router = replace(router, match=IdentityMatch(generic, 0.8, evidence))
    wiz.state.first = conclude(replace(canned, router=router))
    page = router_page(wiz)
    page.initializePage()
    text = page.identified.text()
    assert "no guide for it yet" in text and "Archer AX55" in text
    assert "Generic / unknown router" not in text and evidence[0] in text
    assert page.chosen() is not None and page.chosen().id == GENERIC_ID


def test_the_guides_are_read_when_the_router_page_first_shows_not_at_start(
    qtbot: Any, tmp_path: Path, make: Any
) -> None:
    """Parsing every guide file is 0.1 s the first window need not wait for."""
    fresh = DoctorWizard(
        core=Core(run_session=FakeRunner([session(alg=True)])),
        settings=QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat),
        defaults={"reflector": "r.example"},
    )
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.page_of(PageId.ROUTER).picker._db is None
    wiz = make()
    assert wiz.page_of(PageId.ROUTER).picker._db is bundled()
