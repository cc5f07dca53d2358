"""Render every wizard page to a PNG, for the README and for looking at the UI.

    xvfb-run -a .venv/bin/python -m app.ui.screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m app.ui.screenshots docs/screenshots

The wizard runs with the canned "ALG found, then fixed" results of
app/ui/demo.py and walks through the pages as a user would.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

from app.ui.app import make_app
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.wizard import DoctorWizard


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_app(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        runner = FakeRunner([session(alg=True), session(alg=False)], delay=0.12)
        wizard = DoctorWizard(
            core=Core(run_session=runner),
            settings=settings,
            defaults={"reflector": "reflector.example.net"},
        )
        report_page = wizard.page_of(PageId.REPORT)
        report_page.folder = Path(tmp)  # the automatic copy stays out of the user's Documents
        wizard.resize(820, 640)
        wizard.show()
        shots: list[Path] = []

        def shot(name: str) -> None:
            _settle()
            path = out / f"{len(shots) + 1:02d}-{name}.png"
            wizard.grab().save(str(path))
            shots.append(path)

        shot("welcome")
        wizard.next()
        symptoms = wizard.page_of(PageId.SYMPTOMS)
        for s in list(symptoms.boxes)[:2]:
            symptoms.boxes[s].setChecked(True)
        shot("symptoms")
        wizard.next()
        shot("setup")  # the preset (the demo's test server) is selected on the first view
        checking = wizard.page_of(PageId.CHECKING)
        wizard.next()
        _settle(700)
        shot("checking")
        for _ in range(100):  # the page moves on by itself when the test is done
            if wizard.currentId() == int(PageId.RESULTS):
                break
            _settle(50)
        del checking
        shot("results")
        wizard.next()
        shot("router")
        wizard.next()
        shot("fix-it")
        wizard.next()
        verify = wizard.page_of(PageId.VERIFY)
        verify.start()
        for _ in range(100):
            if verify.task is not None and not verify.task.running:
                break
            _settle(50)
        shot("verify")
        wizard.next()
        shot("report")
        wizard.close()
    QCoreApplication.processEvents()
    for p in shots:
        print(p)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
