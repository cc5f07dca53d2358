"""The app as a desktop program: translations, no display, start-up, icon."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from app.ui.app import app_icon
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.state import Core
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
