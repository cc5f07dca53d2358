"""Keyboard and screen-reader access: every input named, the walk works without a mouse."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QWidget

from app.ui.pages import PageId
from app.ui.wizard import DoctorWizard

pytestmark = pytest.mark.gui


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
