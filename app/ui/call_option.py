"""Setup's "Also make a test call" option: when it is offered, and when it starts ticked.

A test call needs a SIP ALG Doctor test server (a reflector): an ordinary
provider's server does not take test calls and send sound back. So the box
is enabled only for a reflector choice, and says so plainly otherwise.

It starts ticked when the user said the sound breaks, calls drop or the phone
does not ring, because those are what the call reproduces; once the user
ticks or unticks it themselves, their choice stays (Back to Symptoms and
forward again does not undo it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.diagnosis.symptoms import Symptom
from app.pipeline.test_call import expected_seconds
from app.ui.state import CALL_IDLE, CALL_SECONDS
from app.ui.widgets import hint_label

# What the test call reproduces (diagnosis/call_findings.py has a topic for each).
CALL_SYMPTOMS = frozenset(
    {
        Symptom.ONE_WAY_AUDIO,
        Symptom.DROPS_AFTER_30S,
        Symptom.NO_RING,
        Symptom.VOICEMAIL,
        Symptom.CHOPPY_AUDIO,
    }
)


def call_seconds_shown() -> int:
    """The call's usual length, rounded up to 5 s: what the option promises."""
    return math.ceil(expected_seconds(CALL_SECONDS, CALL_IDLE) / 5) * 5


class CallOption(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(
            QCoreApplication.translate("CallOption", "Also make a test call (about %d seconds)")
            % call_seconds_shown()
        )
        self.box.setObjectName("test-call-option")
        self.box.setAccessibleName(QCoreApplication.translate("CallOption", "Make a test call"))
        self.hint = hint_label("")
        self.hint.setIndent(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        self.touched = False  # the user's own choice wins over the suggestion
        self.wanted = False
        self.box.clicked.connect(self._on_clicked)  # clicks only, not setChecked

    def _on_clicked(self, checked: bool) -> None:
        self.touched = True
        self.wanted = checked

    def update_for(self, reflector: bool, symptoms: Iterable[Symptom]) -> None:
        """Enable for a reflector; suggest (tick) when the symptoms are what a call shows."""
        suggested = bool(CALL_SYMPTOMS.intersection(symptoms))
        if not self.touched:
            self.wanted = suggested
        self.box.setEnabled(reflector)
        self.box.setChecked(reflector and self.wanted)
        if not reflector:
            text = QCoreApplication.translate(
                "CallOption",
                "Needs a SIP ALG Doctor test server (your provider's, or one under “Advanced”): "
                "ordinary phone servers do not take test calls.",
            )
        elif suggested:
            text = QCoreApplication.translate(
                "CallOption",
                "Suggested for what you noticed: a short real call to the test server, with "
                "sound both ways, shows whether each side would hear the other, how good the "
                "sound is and whether calls would drop.",
            )
        else:
            text = QCoreApplication.translate(
                "CallOption",
                "A short real call to the test server, with sound both ways: shows whether "
                "each side would hear the other, how good the sound is and whether calls "
                "would drop.",
            )
        self.hint.setText(text)
        self.box.setAccessibleDescription(text)

    def chosen(self) -> bool:
        return self.box.isEnabled() and self.box.isChecked()
