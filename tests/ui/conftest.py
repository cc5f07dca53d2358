"""Shared fixtures of the wizard tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.ui.demo import FakeRunner, session
from app.ui.state import Core
from app.ui.wizard import DoctorWizard


@pytest.fixture(autouse=True)
def reports_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The Report page saves a copy automatically: never into the real Documents folder."""
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setattr("app.ui.pages.report.default_folder", lambda: folder)
    return folder


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
