"""Fix it: open the router's settings, click or copy addresses, the fitting steps first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QGroupBox, QLabel, QWizard

from app.guides.database import bundled
from app.guides.render import RenderedVariant
from app.netinfo.gateway import Gateway
from app.pipeline.diagnose import conclude
from app.ui.demo import session
from app.ui.fold import Fold
from app.ui.pages import PageId
from app.ui.pages.fixit import linked, router_url
from app.ui.variants import fitting_first
from app.ui.wizard import DoctorWizard
from tests.records import replace

pytestmark = pytest.mark.gui


HOME_GATEWAY = Gateway("192.168.1.1")


def _outcome(gateway: Gateway | None = HOME_GATEWAY) -> Any:
    s = session(alg=True)
    assert s.router is not None
    return conclude(replace(s, router=replace(s.router, gateway=gateway)))


def _fixit(wizard: DoctorWizard, family: str, outcome: Any) -> Any:
    wizard.state.family = bundled().family(family)
    wizard.state.first = outcome
    page = wizard.page_of(PageId.FIXIT)
    opened: list[QUrl] = []
    page.open_url = lambda u: opened.append(u) or True
    page.initializePage()
    return page, opened


def test_open_my_router_opens_the_detected_gateway(wizard: DoctorWizard) -> None:
    page, opened = _fixit(wizard, "tp-link-archer", _outcome(Gateway("192.168.1.1")))
    assert page.open_button is not None and page.open_button.isVisibleTo(page)
    page.open_button.click()
    assert [u.toString() for u in opened] == ["http://192.168.1.1/"]


def test_an_ipv6_gateway_is_bracketed_and_no_gateway_means_no_button(
    wizard: DoctorWizard,
) -> None:
    assert router_url(_outcome(Gateway("fe80::1"))) == "http://[fe80::1]/"
    assert router_url(_outcome(Gateway("not an address<b>"))) is None
    assert router_url(_outcome(Gateway("203.0.113.1"))) is None  # the provider's, not theirs
    page, opened = _fixit(wizard, "tp-link-archer", _outcome(None))
    assert page.open_button is None
    labels = " ".join(w.text() for w in page.content.findChildren(QLabel))
    assert "label on the router" in labels
    assert opened == []


def test_addresses_in_steps_are_links_and_selectable(wizard: DoctorWizard) -> None:
    page, opened = _fixit(wizard, "tp-link-archer", _outcome())
    step = next(w for w in page.content.findChildren(QLabel) if "tplinkwifi.net</a>" in w.text())
    assert not step.openExternalLinks()  # through open_url, which the test records
    assert step.textInteractionFlags() & step.textInteractionFlags().TextSelectableByMouse
    step.linkActivated.emit("http://tplinkwifi.net")
    step.linkActivated.emit("javascript:alert(1)")  # data, never opened
    assert [u.toString() for u in opened] == ["http://tplinkwifi.net"]


def test_linked_escapes_and_leaves_placeholders_alone() -> None:
    assert linked("open http://192.168.0.1.") == (
        'open <a href="http://192.168.0.1">http://192.168.0.1</a>.'
    )
    assert linked("http://<router>/x & <b>") == "http://&lt;router&gt;/x &amp; &lt;b&gt;"
    assert "<img" not in linked('http://a/"><img src=x>')


def test_the_variant_for_the_detected_model_comes_first_and_the_others_fold(
    wizard: DoctorWizard,
) -> None:
    page, _ = _fixit(wizard, "tp-link-archer", _outcome())  # an Archer AX55
    assert page.fitting
    first, *rest = page.variant_boxes
    assert isinstance(first, QGroupBox) and first.title() == "Steps for your Archer AX55 2.0"
    inside = " ".join(w.text() for w in first.findChildren(QLabel))
    assert "Current web interface" in inside and "NAT Forwarding › ALG" in inside
    assert rest and all(isinstance(f, Fold) and not f.is_open() for f in rest)
    fold = rest[0]
    assert fold.header.text() == "Older green web interface"  # the rest is inside, wrapped
    fold.header.click()
    assert fold.is_open() and fold.body.isVisibleTo(fold)


def test_without_a_fitting_model_the_variants_are_offered_to_choose(
    wizard: DoctorWizard,
) -> None:
    page, _ = _fixit(wizard, "tp-link-archer", _outcome())
    page.doctor().state.first = conclude(replace(session(alg=True), router=None))
    page.initializePage()
    assert not page.fitting
    folds = page.variant_boxes
    assert len(folds) >= 2 and all(isinstance(f, Fold) for f in folds)
    assert [f.is_open() for f in folds] == [True] + [False] * (len(folds) - 1)
    labels = " ".join(w.text() for w in page.content.findChildren(QLabel))
    assert f"come in {len(folds)} versions" in labels


def test_fitting_first_picks_by_model_words_and_prefixes_and_refuses_ties() -> None:
    a = RenderedVariant("Current", "web", "Archer and TD-W routers", ())
    b = RenderedVariant("Older green", "web", "Older TL-WR routers", ())
    assert fitting_first([a, b], "TL-WR740N") == ([b, a], True)
    assert fitting_first([a, b], "Archer C7") == ([a, b], True)
    assert fitting_first([a, b], "FRITZ!Box 7590") == ([a, b], False)
    assert fitting_first([a, b], None) == ([a, b], False)
    tie = RenderedVariant("App", "app", "Archer routers", ())
    assert fitting_first([a, tie], "Archer C7") == ([a, tie], False)


def test_the_primary_button_says_what_happens(wizard: DoctorWizard) -> None:
    page, _ = _fixit(wizard, "tp-link-archer", _outcome())
    text = page.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
    assert text == "I've switched it off — test again"
