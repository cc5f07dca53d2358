"""The Setup page: a usable server preselected, the provider picker, and the three
default paths (preset, provider from the directory, "I don't know") run for real
against a reflector on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from app.core.model import Mode, Verdict
from app.pipeline.servers import ServerChoice
from app.providers.database import Directory
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.pages.setup import SetupPage, Way
from app.ui.state import Core, bundled_defaults
from app.ui.wizard import DoctorWizard
from tests.helpers import free_port, running_reflector
from tests.ui.lab_directory import lab_directory

pytestmark = pytest.mark.gui


@pytest.fixture
def directory(tmp_path: Path) -> Directory:
    return lab_directory(tmp_path / "providers", provider_port=5999, public_ports=(5998,))


@pytest.fixture
def make(make: Any) -> Any:
    """The shared ``make`` with this page's starting point: no reflector preset (the
    page's own defaults are under test) and a run that finds no ALG."""

    def build(
        core: Core | None = None,
        *,
        defaults: dict[str, Any] | None = None,
        directory: Directory | None = None,
    ) -> DoctorWizard:
        core = core or Core(run_session=FakeRunner([session(alg=False)]))
        return make(core, {} if defaults is None else defaults, directory=directory)

    return build


def to_setup(wiz: DoctorWizard) -> SetupPage:
    wiz.next()  # welcome -> symptoms
    wiz.next()  # symptoms -> setup (no symptom ticked is allowed)
    assert wiz.currentId() == PageId.SETUP
    page: SetupPage = wiz.page_of(PageId.SETUP)
    return page


def next_enabled(wiz: DoctorWizard) -> bool:
    button = wiz.button(QWizard.WizardButton.NextButton)
    return button.isVisible() and button.isEnabled()


# --- the first view ---------------------------------------------------------------------


def test_next_is_enabled_on_first_view_with_the_shipped_defaults(make: Any) -> None:
    """The general build: no preset, nothing remembered -> "I don't know" (public list)."""
    shipped = bundled_defaults()
    assert shipped.get("reflectors") == [] and shipped.get("sip_servers") == []
    wiz = make(defaults=shipped)  # and the bundled provider directory
    page = to_setup(wiz)
    assert page.way() is Way.PUBLIC and page.public.isChecked()
    assert next_enabled(wiz)
    assert not page.preset_choice.isVisible()
    sentence = page.contacted.text()
    assert "SIP OPTIONS" in sentence and "sip2sip.info" in sentence
    assert page.public_hint.isVisible() and "INVITE" in page.public_hint.text()
    assert page.validatePage()
    assert wiz.state.mode is Mode.PROVIDER
    assert [c.source for c in wiz.state.servers] == ["public"] * len(wiz.state.servers)
    assert len(wiz.state.servers) >= 2  # a failover list


def test_a_preset_is_preselected_and_named(make: Any, directory: Directory) -> None:
    wiz = make(
        defaults={"reflectors": ["r1.example.net:5062", "r2.example.net"]}, directory=directory
    )
    page = to_setup(wiz)
    assert page.way() is Way.PRESET and page.preset_choice.isVisible()
    assert "Your provider's test server" in page.preset_choice.text()
    assert "r1.example.net:5062" in page.preset_choice.text()
    assert "r1.example.net:5062" in page.contacted.text()
    assert next_enabled(wiz)
    assert page.validatePage()
    assert wiz.state.mode is Mode.REFLECTOR
    assert [str(c) for c in wiz.state.servers] == ["r1.example.net:5062", "r2.example.net"]


def test_a_preset_sip_server_wins_over_a_remembered_choice(
    make: Any, directory: Directory, settings: QSettings
) -> None:
    settings.setValue("choice", "typed")
    settings.setValue("sip_server", "sip.elsewhere.example")
    wiz = make(defaults={"sip_servers": ["sip.example.net"]}, directory=directory)
    page = to_setup(wiz)
    assert page.way() is Way.PRESET
    assert page.preset_choice.text() == "Your provider's server (sip.example.net)"
    assert page.contacted.text() == (
        "We will send a few harmless test messages (SIP OPTIONS) to sip.example.net."
    )
    assert page.validatePage() and wiz.state.mode is Mode.PROVIDER
    assert wiz.state.servers == (ServerChoice("sip.example.net", source="preset"),)


def test_a_remembered_provider_comes_back(
    make: Any, directory: Directory, settings: QSettings
) -> None:
    settings.setValue("choice", "provider")
    settings.setValue("provider", "lab-voip")
    wiz = make(directory=directory)
    page = to_setup(wiz)
    assert page.way() is Way.PROVIDER
    assert page.picker.chosen() is not None and page.picker.chosen().id == "lab-voip"
    assert next_enabled(wiz)


def test_a_remembered_provider_that_is_gone_falls_back_to_i_dont_know(
    make: Any, directory: Directory, settings: QSettings
) -> None:
    settings.setValue("choice", "provider")
    settings.setValue("provider", "no-such-provider")
    wiz = make(directory=directory)
    page = to_setup(wiz)
    assert page.way() is Way.PUBLIC and next_enabled(wiz)


def test_the_old_settings_file_still_selects_the_typed_server(
    make: Any, directory: Directory, settings: QSettings
) -> None:
    """Written by the two-radio page: mode and the field's text, no "choice"."""
    settings.setValue("mode", "provider")
    settings.setValue("sip_server", "sip.provider.example")
    wiz = make(directory=directory)
    page = to_setup(wiz)
    assert page.way() is Way.TYPED and page.sip_server.text() == "sip.provider.example"
    assert next_enabled(wiz)


# --- the provider picker ------------------------------------------------------------------


def test_the_picker_filters_and_selects(make: Any, directory: Directory) -> None:
    wiz = make(directory=directory)
    page = to_setup(wiz)
    picker = page.picker
    picker.search.setFocus()
    picker.search.textEdited.emit("labvoice")  # as typed: the alias
    picker.search.setText("labvoice")
    assert page.way() is Way.PROVIDER
    rows = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert rows == ["Lab VoIP — Germany, Austria"]
    assert picker.chosen() is not None and picker.chosen().name == "Lab VoIP"
    assert next_enabled(wiz)
    assert "Lab VoIP" in page.contacted.text() and "127.0.0.1:5999" in page.contacted.text()
    assert page.validatePage()
    assert wiz.state.servers == (ServerChoice("127.0.0.1", 5999, "udp", "provider", "Lab VoIP"),)


def test_an_empty_search_lists_providers_of_the_users_country(
    make: Any, directory: Directory, qtbot: Any
) -> None:
    wiz = make(directory=directory)
    page = to_setup(wiz)
    picker = page.picker
    picker.country = "GB"
    picker.refresh()
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == [
        "Quiet Telecom — United Kingdom"
    ]
    picker.country = "ZZ"  # nobody there: the whole directory, never an empty list
    picker.refresh()
    assert picker.list.count() == len(directory) == 2
    assert "search all 2 providers" in picker.status.text()
    assert page.way() is Way.PUBLIC and picker.chosen() is None  # browsing is no choice
    item = picker.list.item(0)
    qtbot.mouseClick(
        picker.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=picker.list.visualItemRect(item).center(),
    )
    assert page.way() is Way.PROVIDER and picker.chosen().id == "lab-voip"
    assert next_enabled(wiz)


def test_tabbing_through_the_list_chooses_nothing_and_arrow_keys_choose(
    make: Any, directory: Directory, qtbot: Any
) -> None:
    """Qt makes the first row current when the list gets the focus by Tab; that must not
    replace "I don't know" with the first provider of the alphabet."""
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    wiz = make(directory=directory)
    wiz.activateWindow()
    page = to_setup(wiz)
    picker = page.picker
    picker.list.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.sendEvent(
        picker.list, QFocusEvent(QFocusEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason)
    )
    qtbot.waitUntil(picker.list.hasFocus, timeout=2000)
    assert picker.list.currentRow() == 0 and picker.chosen() is None
    assert page.way() is Way.PUBLIC and next_enabled(wiz)
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    assert picker.chosen() is not None and page.way() is Way.PROVIDER


def test_a_search_that_finds_nothing_offers_the_other_ways_on(
    make: Any, directory: Directory
) -> None:
    wiz = make(directory=directory)
    page = to_setup(wiz)
    page.choose(Way.PROVIDER)
    page.picker.search.setText("zzqq telecom")
    assert page.picker.chosen() is None and not next_enabled(wiz)
    assert "zzqq telecom" in page.picker.status.text()
    assert page.picker.typed_button.isVisible() and page.picker.public_button.isVisible()
    page.picker.typed_button.click()
    assert page.way() is Way.TYPED and wiz.focusWidget() is page.sip_server
    page.choose(Way.PROVIDER)
    page.picker.public_button.click()
    assert page.way() is Way.PUBLIC and next_enabled(wiz)


def test_a_provider_without_a_server_says_why_and_points_to_the_phone(
    make: Any, directory: Directory
) -> None:
    wiz = make(directory=directory)
    page = to_setup(wiz)
    page.choose(Way.PROVIDER)
    page.picker.search.setText("quiet telecom")
    assert page.picker.chosen() is not None and page.picker.chosen().id == "quiet-telecom"
    assert "names no server" in page.picker.status.text()
    assert "phone's settings" in page.picker.status.text()
    assert page.picker.typed_button.isVisible()
    assert not next_enabled(wiz)  # nothing to test against; the ways on are offered
    assert "publishes no server" in page.contacted.text()


def test_the_typed_server_is_checked_and_remembered(
    make: Any, directory: Directory, settings: QSettings
) -> None:
    wiz = make(directory=directory)
    page = to_setup(wiz)
    page.sip_server.textEdited.emit("x")  # typing selects its way
    page.sip_server.setText("sip:alice@provider.example")
    assert page.way() is Way.TYPED and next_enabled(wiz)
    wiz.next()
    assert wiz.currentId() == PageId.SETUP  # refused, with the reason under the field
    assert page.error.isVisible() and "URL" in page.error.text()
    page.sip_server.setText("sip.provider.example:5070")
    assert not page.error.isVisible()
    assert "sip.provider.example:5070" in page.contacted.text()
    assert page.validatePage()
    assert wiz.state.mode is Mode.PROVIDER
    assert [str(c) for c in wiz.state.servers] == ["sip.provider.example:5070"]
    assert settings.value("choice") == "typed"
    assert settings.value("sip_server") == "sip.provider.example:5070"


def test_the_test_server_waits_under_advanced(make: Any, directory: Directory) -> None:
    wiz = make(directory=directory)
    page = to_setup(wiz)
    assert not page.advanced_box.isVisible()
    page.advanced.click()
    assert page.advanced_box.isVisible()
    page.reflector.textEdited.emit("r")
    page.reflector.setText("bad host name!")
    assert page.way() is Way.REFLECTOR and next_enabled(wiz)
    assert not page.validatePage()
    assert page.reflector_error.isVisible() and not page.error.isVisible()
    page.reflector.setText("reflector.example.net")
    assert "SIP ALG Doctor test server reflector.example.net" in page.contacted.text()
    assert page.validatePage() and wiz.state.mode is Mode.REFLECTOR


def test_an_unreadable_directory_still_leaves_the_typed_ways(
    make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.providers import database
    from app.providers.schema import ProviderFormatError

    def broken() -> Directory:
        raise ProviderFormatError("x.toml: top level: missing field(s): name")

    monkeypatch.setattr(database, "bundled", broken)
    wiz = make()
    page = to_setup(wiz)
    assert not page.public.isVisible()
    assert "could not be read" in page.picker.status.text()
    assert page.picker.typed_button.isVisible()
    page.picker.typed_button.click()
    page.sip_server.setText("sip.provider.example")
    assert next_enabled(wiz)


# --- the three default paths, for real on loopback ------------------------------------------


# The STUN ports are fixed (3478/3479) and other tests on the machine may hold them;
# these runs do not use STUN.
NO_STUN: dict[str, Any] = {"stun_port": None, "stun_alt_port": None}


def real_core(control_port: int | None = None) -> Core:
    from app.pipeline import session as real
    from tests.records import replace

    def run(mode: Mode, target: Any, options: Any, context: Any, **kw: Any) -> Any:
        if control_port is not None:  # the loopback reflector's control port is random
            options = replace(options, control_port=control_port)
        return real.run_session(mode, target, options, context, **kw)

    # no router look-ups or STUN on a CI host; explicit ports and literals: no DNS
    return Core(run_session=run, context_overrides={"router": False, "stun": ()})


def run_to_results(qtbot: Any, wiz: DoctorWizard, page: SetupPage) -> None:
    assert next_enabled(wiz)  # nothing typed, nothing clicked but Next
    wiz.next()
    assert wiz.currentId() == PageId.CHECKING
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=20000)


def test_preset_reflector_path_reaches_a_verdict(make: Any, qtbot: Any) -> None:
    with running_reflector(**NO_STUN) as r:
        wiz = make(real_core(r.control_port), defaults={"reflectors": [f"127.0.0.1:{r.sip_port}"]})
        page = to_setup(wiz)
        assert page.way() is Way.PRESET
        run_to_results(qtbot, wiz, page)
    outcome = wiz.state.first
    assert outcome.probe.verdict is Verdict.NO_ALG_DETECTED
    assert outcome.target is not None and outcome.target.source == "preset"
    assert outcome.target.used == f"127.0.0.1:{r.sip_port}"
    assert f"127.0.0.1:{r.sip_port}" in wiz.page_of(PageId.RESULTS).server.text()


def test_provider_path_reaches_a_verdict(make: Any, qtbot: Any, tmp_path: Path) -> None:
    """A provider picked from a test directory; the reflector answers OPTIONS like any
    SIP server."""
    with running_reflector(**NO_STUN) as r:
        directory = lab_directory(
            tmp_path / "dir", provider_port=r.sip_port, public_ports=(free_port(),)
        )
        wiz = make(real_core(), directory=directory)
        page = to_setup(wiz)
        page.picker.search.textEdited.emit("lab voip")
        page.picker.search.setText("lab voip")
        assert page.way() is Way.PROVIDER
        run_to_results(qtbot, wiz, page)
    outcome = wiz.state.first
    assert outcome.probe.verdict is Verdict.NO_ALG_DETECTED
    assert outcome.target is not None and outcome.target.source == "provider"
    assert outcome.target.label == "Lab VoIP"
    server = wiz.page_of(PageId.RESULTS).server.text()
    assert server == f"Tested against Lab VoIP (127.0.0.1:{r.sip_port})."


def test_i_dont_know_path_fails_over_to_the_public_server_that_answers(
    make: Any, qtbot: Any, tmp_path: Path
) -> None:
    silent_port = free_port()  # nothing listens there
    with running_reflector(**NO_STUN) as r:
        directory = lab_directory(
            tmp_path / "dir", provider_port=r.sip_port, public_ports=(silent_port, r.sip_port)
        )
        wiz = make(real_core(), directory=directory)
        page = to_setup(wiz)
        assert page.way() is Way.PUBLIC
        assert "public SIP services such as 127.0.0.1" in page.contacted.text()
        run_to_results(qtbot, wiz, page)
    outcome = wiz.state.first
    assert outcome.probe.verdict is Verdict.NO_ALG_DETECTED
    assert outcome.target is not None and outcome.target.source == "public"
    assert outcome.target.used == f"127.0.0.1:{r.sip_port}"
    assert outcome.target.silent == (("127.0.0.1", f"127.0.0.1:{silent_port}"),)
    server = wiz.page_of(PageId.RESULTS).server.text()
    assert f"Lab public service 2 (127.0.0.1:{r.sip_port})" in server
    assert f"No answer from: 127.0.0.1:{silent_port}" in server
    wiz.next()  # no ALG: straight to the report, which names the same server
    assert wiz.currentId() == PageId.REPORT
    assert "Lab public service 2" in wiz.page_of(PageId.REPORT).server.text()


def test_server_names_from_the_network_stay_plain_text(make: Any, qtbot: Any) -> None:
    """Names in the target come from DNS and data files: never markup on the pages."""
    from app.pipeline.diagnose import conclude
    from app.pipeline.servers import TargetReport
    from tests.records import replace

    wiz = make()
    hostile = '<img src="x"><a href="http://evil.example">click</a>'
    target = TargetReport(
        requested=hostile,
        source="public",
        host=hostile,
        used="192.0.2.1:5060",
        silent=((hostile, "192.0.2.2:5060"),),
        label=hostile,
    )
    wiz.state.first = replace(conclude(session(alg=False)), target=target)
    for pid in (PageId.RESULTS, PageId.REPORT):
        page = wiz.page_of(pid)
        page.initializePage()
        assert page.server.textFormat() == Qt.TextFormat.PlainText
        assert page.server.text().startswith(f"Tested against {hostile} (192.0.2.1:5060).")
        assert f"No answer from: {hostile} (192.0.2.2:5060)." in page.server.text()
