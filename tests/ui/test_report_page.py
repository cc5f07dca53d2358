"""The Report page: summary order and words, the automatic copy, the primary action, keys."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWizard

from app.diagnosis.symptoms import Symptom
from app.ui.demo import PUBLIC, FakeRunner, session
from app.ui.pages import PageId
from app.ui.pages.report import FOLDER_NAME, default_folder
from app.ui.state import Core
from app.ui.wizard import DoctorWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def make(make: Any) -> Any:
    """The shared ``make``, from the runs' results: True finds an ALG."""

    def build(*results: bool) -> DoctorWizard:
        return make(Core(run_session=FakeRunner([session(alg=a) for a in results])))

    return build


def to_results(qtbot: Any, wiz: DoctorWizard) -> None:
    wiz.next()  # symptoms
    wiz.page_of(PageId.SYMPTOMS).boxes[Symptom.ONE_WAY_AUDIO].setChecked(True)
    wiz.next()  # setup
    wiz.next()  # checking, then results on its own
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)


def to_report_clean(qtbot: Any, wiz: DoctorWizard) -> Any:
    to_results(qtbot, wiz)
    wiz.next()
    assert wiz.currentId() == PageId.REPORT
    return wiz.page_of(PageId.REPORT)


def to_report_after_fix(qtbot: Any, wiz: DoctorWizard) -> Any:
    to_results(qtbot, wiz)
    for _ in range(3):  # router, fix it, verify
        wiz.next()
    verify = wiz.page_of(PageId.VERIFY)
    verify.run_button.click()
    qtbot.waitUntil(lambda: wiz.state.after is not None and verify.isComplete(), timeout=5000)
    wiz.next()
    assert wiz.currentId() == PageId.REPORT
    return wiz.page_of(PageId.REPORT)


def mnemonics(wiz: QWizard) -> list[str]:
    """The Alt+letter of every visible button and check box in the window."""
    keys = []
    for button in wiz.findChildren(QAbstractButton):
        if button.isVisible():
            found = re.search(r"&([^&])", button.text().replace("&&", ""))
            if found:
                keys.append(found.group(1).lower())
    return keys


def test_summary_starts_with_time_verdict_symptoms_and_server(make: Any, qtbot: Any) -> None:
    wiz = make(False)
    page = to_report_clean(qtbot, wiz)
    lines = page.text.toPlainText().splitlines()
    assert re.fullmatch(r"SIP ALG Doctor \S+ — \d{4}-\d\d-\d\d \d\d:\d\d UTC", lines[0])
    assert lines[1].startswith("Result: NO SIP ALG DETECTED (very sure). No SIP ALG found")
    assert lines[2] == "Symptoms: One-way audio"
    assert lines[3].startswith("Server (reflector): ") and "203.0.113.10:5060" in lines[3]
    # the screens' words, not the JSON contract's
    assert "UDP: ✓ unchanged" in lines and "TCP: ✓ unchanged" in lines
    assert not re.search(r"\b(clean|modified)\b", page.text.toPlainText())


def test_after_a_fix_the_summary_keeps_the_before_evidence(make: Any, qtbot: Any) -> None:
    wiz = make(True, False)
    page = to_report_after_fix(qtbot, wiz)
    text = page.text.toPlainText()
    assert "Result: NO SIP ALG DETECTED" in text
    before = text.split("Before the fix: ", 1)[1]
    assert before.startswith("SIP ALG DETECTED — UDP ✗ changed, TCP ✓ unchanged")
    assert "192.168.1.23 → 198.51.100.77" in before  # the proof stays for the provider


def test_a_copy_is_saved_automatically_and_its_place_shown(
    make: Any, qtbot: Any, tmp_path: Path
) -> None:
    wiz = make(False)
    page = to_report_clean(qtbot, wiz)
    saved = list((tmp_path / "reports").glob("sip-alg-report-*.html"))
    assert len(saved) == 1 and page.saved_path == saved[0]
    html = saved[0].read_text(encoding="utf-8")
    assert "<html" in html and "NO SIP ALG DETECTED" in html and PUBLIC[0] in html
    assert str(saved[0]) in page.saved.text()
    assert page.saved.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert page.open_folder.isEnabled() and page.holds_results()
    # hiding the public address re-saves the same file without it
    page.redact.setChecked(True)
    assert list((tmp_path / "reports").glob("*.html")) == saved
    hidden = saved[0].read_text(encoding="utf-8")
    assert PUBLIC[0] not in hidden and "x.x.x.x" in hidden


def test_a_folder_that_cannot_be_written_is_said_not_hidden(
    make: Any, qtbot: Any, tmp_path: Path
) -> None:
    wiz = make(False)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    wiz.page_of(PageId.REPORT).folder = blocker
    page = to_report_clean(qtbot, wiz)
    assert page.saved_path is None and not page.holds_results()
    assert "could not be saved automatically" in page.saved.text()
    assert not page.open_folder.isEnabled()
    assert "NO SIP ALG DETECTED" in page.text.toPlainText()  # the page still works


def test_the_default_folder_is_in_documents_else_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Docs"))
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    assert default_folder() == tmp_path / "Docs" / FOLDER_NAME
    assert (tmp_path / "Docs" / FOLDER_NAME).is_dir()
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "file"))
    (tmp_path / "file").write_text("a file where the folder should be")
    assert default_folder() == tmp_path / "data" / "reports"


def test_copy_for_my_provider_is_the_default_and_return_presses_it(make: Any, qtbot: Any) -> None:
    wiz = make(False)
    page = to_report_clean(qtbot, wiz)
    QApplication.clipboard().setText("")
    assert page.copy.text().replace("&", "") == "Copy for my provider"
    assert page.copy.isDefault()
    assert not wiz.button(QWizard.WizardButton.FinishButton).isDefault()
    qtbot.keyClick(wiz, Qt.Key.Key_Return)
    assert QApplication.clipboard().text() == page.text.toPlainText()
    assert "Copied" in page.status.text() and wiz.isVisible()
    wiz.back()  # leaving the page gives the wizard its default button back
    assert not wiz.testOption(QWizard.WizardOption.NoDefaultButton)


def test_no_two_controls_share_a_mnemonic_on_the_report_page(make: Any, qtbot: Any) -> None:
    wiz = make(True, False)
    to_report_after_fix(qtbot, wiz)
    keys = mnemonics(wiz)
    assert {"p", "c", "b", "h"} <= set(keys)  # copy, close, back, hide
    assert len(keys) == len(set(keys)), keys


# --- the summary itself (pure: no window) ----------------------------------------------------


def test_summary_names_the_server_that_answered_and_the_silent_ones() -> None:
    from app.pipeline.diagnose import conclude
    from app.pipeline.servers import TargetReport
    from app.report.bundle import Report, summary
    from tests.records import replace

    target = TargetReport(
        "sipgate (provider directory)",
        "provider",
        "srv",
        "sipconnect.example.net",
        "192.0.2.9:5060",
        silent=(("down.example.net", "192.0.2.1:5060"),),
        label="sipgate",
    )
    outcome = replace(conclude(session(alg=True), [Symptom.NO_RING]), target=target)
    lines = summary(Report(outcome)).splitlines()
    assert lines[2] == "Symptoms: The phone does not ring"  # from the diagnosis when not given
    assert lines[3] == "Server (reflector): sipgate, sipconnect.example.net (192.0.2.9:5060)"
    assert lines[4] == "No answer from: down.example.net (192.0.2.1:5060)"
    assert "UDP: ✗ changed" in lines and "TCP: ✓ unchanged" in lines


def test_summary_hides_the_public_address_in_the_before_evidence_too() -> None:
    from app.pipeline.diagnose import conclude
    from app.report.bundle import REDACTED, Report, summary

    report = Report(conclude(session(alg=False)), conclude(session(alg=True)))
    assert PUBLIC[0] in summary(report).split("Before the fix", 1)[1]
    hidden = summary(report, redact_public=True)
    assert PUBLIC[0] not in hidden and REDACTED in hidden.split("Before the fix", 1)[1]


def test_closing_from_the_program_never_asks(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app quitting (and the exit test's close()) must not wait on a question."""
    from app.ui.wizard import CloseQuestion

    asked: list[str] = []
    monkeypatch.setattr(CloseQuestion, "ask", classmethod(lambda c, p, t: asked.append(t)))
    wiz = make(True)
    to_results(qtbot, wiz)
    assert wiz.closing_loses() is not None  # unsaved results...
    wiz.close()
    assert not asked and not wiz.isVisible()  # ...yet a programmatic close just closes


def test_open_the_folder_opens_where_the_copy_is(
    make: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QUrl

    from app.ui.pages import report as report_module

    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(report_module, "QDesktopServices", Desktop)
    page = to_report_clean(qtbot, make(False))
    page.open_folder.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "reports")]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows shows the whole path")
def test_the_saved_copy_is_shown_short_under_the_home_folder(tmp_path: Path) -> None:
    from app.ui.pages.report import shown_path

    home = tmp_path / "home"
    inside = home / "Documents" / "SIP ALG Doctor" / "r.html"
    assert shown_path(inside, home) == "~/Documents/SIP ALG Doctor/r.html"
    elsewhere = tmp_path / "reports" / "r.html"
    assert shown_path(elsewhere, home) == str(elsewhere)
