"""The first window is quick: only the Welcome page and what it needs load before it.

The other pages and the core behind them are built once the Welcome page has
been painted (DoctorWizard.ensure_pages); these tests keep it that way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard

from app.ui.pages import PageId
from app.ui.wizard import DoctorWizard

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# What the Welcome page must not wait for (each costs tens of milliseconds).
HEAVY = (
    "app.pipeline.session",
    "app.pipeline.diagnose",
    "app.probes.runner",
    "app.guides.database",
    "app.providers.database",
    "app.report.bundle",
    "app.ui.pages.results",
    "app.ui.pages.setup",
    "asyncio",
)

PROBE = """
import sys
from app.ui.app import make_app
from app.ui.wizard import DoctorWizard
from PySide6.QtCore import QSettings
app = make_app(sys.argv[:1], QSettings(sys.argv[1], QSettings.Format.IniFormat))
wiz = DoctorWizard(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
wiz.show()
print(" ".join(m for m in {heavy!r} if m in sys.modules))
"""


def test_the_first_window_loads_none_of_the_core(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "", f"loaded before the first window: {res.stdout}"


def test_the_other_pages_are_built_once_welcome_is_painted(qtbot: Any, tmp_path: Path) -> None:
    wiz = DoctorWizard(
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), defaults={}
    )
    qtbot.addWidget(wiz)
    assert wiz.pageIds() == [int(PageId.WELCOME)]
    wiz.show()
    # the button says Next (not Finish) before Symptoms exists
    assert wiz.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wiz.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.waitUntil(lambda: len(wiz.pageIds()) == len(PageId), timeout=5000)
    assert wiz.pageIds() == sorted(int(p) for p in PageId)


def test_next_clicked_at_once_finds_the_next_page(qtbot: Any, tmp_path: Path) -> None:
    """No event loop ran yet (the pages are not built): the click builds them first."""
    wiz = DoctorWizard(
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), defaults={}
    )
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.button(QWizard.WizardButton.NextButton).click()
    assert wiz.currentId() == int(PageId.SYMPTOMS)
