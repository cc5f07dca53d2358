"""The language chosen in the About box is saved and used from the next start."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.core.resources import resource_path
from app.ui.dialogs import AboutDialog
from app.ui.language import KEY, chosen, install_translators
from app.ui.pages import PageId
from app.ui.wizard import DoctorWizard, Restart

pytestmark = pytest.mark.gui

WELCOME = "Let's find out what is breaking your calls"


def _german_welcome() -> str:
    root = ET.parse(resource_path("translations", "sipalg_de.ts")).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "WelcomePage":
            for msg in ctx.iter("message"):
                if msg.findtext("source") == WELCOME:
                    return msg.findtext("translation") or ""
    raise AssertionError("the German catalogue has no welcome title")


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def _start(qtbot: Any, settings: QSettings) -> tuple[DoctorWizard, list[Any]]:
    """What the program does at start-up: translators for the saved choice, then the window."""
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app, chosen(settings))
    wiz = DoctorWizard(settings=settings, defaults={})
    qtbot.addWidget(wiz)
    return wiz, installed


def _remove(installed: list[Any]) -> None:
    for t in installed:
        QApplication.removeTranslator(t)


def _choose(qtbot: Any, settings: QSettings, name: str, restart: Any = None) -> AboutDialog:
    about = AboutDialog(None, "/tmp/log", settings, restart)
    qtbot.addWidget(about)
    index = about.language.findText(name)
    assert index >= 0, f"{name} is not offered"
    about.language.setCurrentIndex(index)
    return about


def test_languages_are_named_in_their_own_language(qtbot: Any, tmp_path: Path) -> None:
    about = AboutDialog(None, "", _settings(tmp_path))
    qtbot.addWidget(about)
    names = [about.language.itemText(i) for i in range(about.language.count())]
    assert names == ["System default", "English", "Deutsch", "Français", "Español"]
    assert about.language.currentIndex() == 0  # nothing chosen yet: the system's


def test_choosing_german_persists_and_the_next_start_is_german(qtbot: Any, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    about = _choose(qtbot, settings, "Deutsch")
    assert about.note.isVisibleTo(about)  # "used from the next start"
    # a fresh reader of the same file: saved, not only held in memory
    assert _settings(tmp_path).value(KEY) == "de"

    wiz, installed = _start(qtbot, _settings(tmp_path))
    try:
        assert wiz.page_of(PageId.WELCOME).title() == _german_welcome()
    finally:
        _remove(installed)


def test_system_default_clears_the_choice(qtbot: Any, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    settings.setValue(KEY, "fr")
    about = _choose(qtbot, settings, "System default")
    assert _settings(tmp_path).value(KEY) is None
    assert chosen(settings) == ""
    # the running app is still in French: the change shows from the next start
    assert about.note.isVisibleTo(about)


def test_english_loads_no_catalogue(qtbot: Any, tmp_path: Path) -> None:
    """Chosen English: none of ours is loaded, whatever the system prefers next."""
    settings = _settings(tmp_path)
    _choose(qtbot, settings, "English")
    wiz, installed = _start(qtbot, _settings(tmp_path))
    try:
        assert not any(t.filePath().endswith(".qm") and "sipalg" in t.filePath() for t in installed)
        assert wiz.page_of(PageId.WELCOME).title() == WELCOME
    finally:
        _remove(installed)


def test_a_hand_edited_choice_falls_back_to_the_system(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    settings.setValue(KEY, "klingon")
    assert chosen(settings) == ""
    settings.setValue(KEY, ["de", "fr"])
    assert chosen(settings) == ""


def test_restart_now_restarts_after_asking(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(Restart, "start", classmethod(lambda cls: started.append(True) or True))
    wiz = DoctorWizard(settings=_settings(tmp_path), defaults={})
    qtbot.addWidget(wiz)
    wiz.show()
    about = _choose(qtbot, wiz.settings, "Español", restart=wiz.restart)
    assert about.restart_button.isVisibleTo(about)
    about.restart_button.click()
    assert started == [True]
    assert not wiz.isVisible()


def test_the_restart_command_repeats_this_start() -> None:
    import sys

    program, args = Restart.command()
    assert program == sys.executable
    assert args == list(sys.orig_argv[1:])
