"""What users expect of a desktop app: translations, no-display message, icon, copy buttons,
keyboard access, accessible names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QWidget

from app.guides.database import bundled
from app.pipeline.diagnose import conclude
from app.ui.app import app_icon
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.widgets import CopyBlock
from app.ui.wizard import DoctorWizard

pytestmark = pytest.mark.gui

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>WelcomePage</name>
<message><source>Let&apos;s find out what is breaking your calls</source>
<translation>Finden wir heraus, was Ihre Anrufe stört</translation></message>
</context>
<context><name>Findings</name>
<message><source>No SIP ALG found: your calls pass through unchanged.</source>
<translation>Kein SIP-ALG gefunden: Ihre Anrufe kommen unverändert durch.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def wizard(qtbot: Any, tmp_path: Path) -> DoctorWizard:
    wiz = DoctorWizard(
        core=Core(run_session=FakeRunner([session(alg=True)])),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        defaults={"reflector": "r.example"},
    )
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def test_a_second_language_needs_no_code_change(qtbot: Any, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    ts, qm = tmp_path / "sipalg_de.ts", tmp_path / "sipalg_de.qm"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        wiz = DoctorWizard(
            core=Core(run_session=FakeRunner([session(alg=False)])),
            settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        )
        qtbot.addWidget(wiz)
        assert wiz.page_of(PageId.WELCOME).title() == "Finden wir heraus, was Ihre Anrufe stört"
        from app.diagnosis.findings import diagnose

        diag = diagnose(session(alg=False).probe)
        assert diag.headline.render(QCoreApplication.translate).startswith("Kein SIP-ALG")
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="only X11/Wayland sessions can lack a display"
)
def test_no_display_gives_one_clear_sentence() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    res = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "wizard"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "graphical desktop" in res.stderr


def test_wizard_starts_with_window_shown_smoke_mode() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SIPALG_SMOKE_TEST": "1",
        "XDG_STATE_HOME": "/tmp/sipalg-test-state",
        "XDG_CONFIG_HOME": "/tmp/sipalg-test-cfg",
    }
    res = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "wizard"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert "SIPALG-WINDOW-SHOWN" in res.stdout and "SIP ALG Doctor" in res.stdout


def test_icon_and_window_basics(wizard: DoctorWizard) -> None:
    assert not app_icon().isNull()
    assert wizard.minimumSize().width() >= 700 and wizard.minimumSize().height() >= 500


def test_every_input_has_an_accessible_name(wizard: DoctorWizard) -> None:
    for pid in PageId:
        page = wizard.page_of(pid)
        for w in page.findChildren(QWidget):
            if isinstance(w.parent(), QLineEdit) or w.objectName().startswith("qt_"):
                continue  # Qt's own helper widgets (clear button, table corner)
            if isinstance(w, (QLineEdit, QCheckBox)) or (
                isinstance(w, QAbstractButton) and not w.text()
            ):
                assert w.accessibleName() or (isinstance(w, QCheckBox) and w.text()), (
                    pid,
                    type(w).__name__,
                    w.objectName(),
                )


def test_keyboard_only_walk_to_setup(wizard: DoctorWizard, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    wizard.activateWindow()
    wizard.button(wizard.WizardButton.NextButton).setFocus()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == PageId.SYMPTOMS
    first = next(iter(wizard.page_of(PageId.SYMPTOMS).boxes.values()))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Return anywhere on the page means Next
    assert wizard.currentId() == PageId.SETUP


def test_fix_it_page_has_copy_buttons_for_commands(wizard: DoctorWizard, qtbot: Any) -> None:
    wizard.state.family = bundled().family("cisco-ios")
    wizard.state.first = conclude(session(alg=True))
    page = wizard.page_of(PageId.FIXIT)
    page.initializePage()
    blocks = page.content.findChildren(CopyBlock)
    assert blocks and any("no ip nat service sip" in b.command for b in blocks)
    blocks[0].button.click()
    assert QGuiApplication.clipboard().text() == blocks[0].command
    assert blocks[0].button.text() == "Copied"


def test_cannot_disable_guides_show_the_warning(wizard: DoctorWizard) -> None:
    wizard.state.family = next(f for f in bundled().families() if f.can_disable == "no")
    page = wizard.page_of(PageId.FIXIT)
    page.initializePage()
    from app.ui.widgets import Notice

    texts = [n.label.text() for n in page.content.findChildren(Notice)]
    assert any("cannot switch its SIP ALG off" in t for t in texts)
