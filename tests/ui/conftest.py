"""Shared fixtures of the wizard tests.

``make`` builds wizards the one way most tests need; a module whose wizards
differ (another default core, no preset reflector, a page to drive to)
overrides ``make`` with a fixture of the same name that asks for this one
and passes its own arguments, so the building, showing and closing stay here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.providers.database import Directory
from app.ui.demo import FakeRunner, session
from app.ui.state import Core
from app.ui.wizard import DoctorWizard

# The reflector the wizards are preset with: a name that never resolves to anything real.
REFLECTOR = {"reflector": "reflector.example.net"}


@pytest.fixture(autouse=True)
def reports_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The Report page saves a copy automatically: never into the real Documents folder."""
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setattr("app.ui.pages.report.default_folder", lambda: folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The wizards' settings file, in the test's own folder; shared by every ``make``."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make(qtbot: Any, settings: QSettings) -> Iterator[Callable[..., DoctorWizard]]:
    """``make(core, defaults=REFLECTOR, *, directory=None)``: a shown wizard, closed after
    the test with reject(), which stops a run still going."""
    made: list[DoctorWizard] = []

    def build(
        core: Core,
        defaults: dict[str, Any] | None = None,
        *,
        directory: Directory | None = None,
    ) -> DoctorWizard:
        wiz = DoctorWizard(
            core=core,
            settings=settings,
            defaults=dict(REFLECTOR) if defaults is None else defaults,
            directory=directory,
        )
        qtbot.addWidget(wiz)
        wiz.show()
        made.append(wiz)
        return wiz

    yield build
    for wiz in made:
        wiz.reject()


@pytest.fixture
def wizard(make: Callable[..., DoctorWizard]) -> DoctorWizard:
    """A wizard whose one run finds an ALG."""
    return make(Core(run_session=FakeRunner([session(alg=True)])), {"reflector": "r.example"})
