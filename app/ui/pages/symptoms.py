"""Symptoms: what the user experiences, in plain words (optional)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel

from app.diagnosis.symptoms import SYMPTOMS, Symptom
from app.ui.pages.base import Page
from app.ui.widgets import hint_label


class SymptomsPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What happens with your calls?"))
        self.setSubTitle(
            self.tr(
                "Tick everything that sounds familiar. This is optional; it "
                "helps explain the results."
            )
        )
        layout = self.scrolling_body()
        self.boxes: dict[Symptom, QCheckBox] = {}
        translate = QCoreApplication.translate
        for info in SYMPTOMS:
            box = QCheckBox(info.label.render(translate))
            box.setAccessibleName(info.label.render(translate))
            hint: QLabel = hint_label(info.explanation.render(translate))
            hint.setIndent(24)
            box.setAccessibleDescription(hint.text())
            self.boxes[info.symptom] = box
            layout.addWidget(box)
            layout.addWidget(hint)
        layout.addStretch(1)

    def selected(self) -> list[Symptom]:
        return [s for s, box in self.boxes.items() if box.isChecked()]

    def validatePage(self) -> bool:
        self.doctor().state.symptoms = self.selected()
        return True
