"""Run the wizard as a program, test twice, close the window (for tests/ui/test_exit.py).

``python -m tests.ui.two_runs_then_close verify|back SETTINGS [STEPS]``: the real
program (``run_app``: log file, error hook, event loop) with the canned core,
offscreen; the second test is either "Test again" on Verify or Back to Setup
and Next. Each run reports ``STEPS`` progress updates, as a real run with many
attempts does. The script ends the way the real program does (``app.exec()``
returns when the window closes, then the interpreter shuts down), so the exit
status is what a user's desktop would see.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QTimer

from app.core.progress import Progress
from app.ui.app import run_app
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.wizard import DoctorWizard


class ChattyRunner(FakeRunner):
    """The canned runner, with as many progress updates as a long real run."""

    steps: int = 0

    def __call__(self, *args: Any, progress: Callable[[Progress], None], **kw: Any) -> Any:
        for i in range(self.steps):
            progress(Progress(i, self.steps, "Waiting for an answer"))
        return super().__call__(*args, progress=progress, **kw)


def main(argv: list[str]) -> int:
    how = argv[1]
    settings_file = argv[2]
    runner = ChattyRunner([session(alg=True), session(alg=False)])
    runner.steps = int(argv[3]) if len(argv) > 3 else 0

    def drive(wiz: DoctorWizard) -> None:
        def when(ready: Callable[[], bool], then: Callable[[], None]) -> None:
            def poll() -> None:
                if ready():
                    then()
                else:
                    QTimer.singleShot(10, poll)

            poll()

        def second() -> None:
            if how == "verify":
                for _ in range(3):  # router, fix it, verify
                    wiz.next()
                verify = wiz.page_of(PageId.VERIFY)
                verify.run_button.click()
                when(lambda: wiz.state.after is not None and verify.isComplete(), close)
            else:
                while wiz.currentId() != PageId.SETUP:
                    wiz.back()
                wiz.next()
                when(lambda: wiz.currentId() == PageId.RESULTS and runner.calls == 2, close)

        def close() -> None:
            print(f"two runs done: {runner.calls}", flush=True)
            wiz.close()

        wiz.next()  # symptoms
        symptoms = wiz.page_of(PageId.SYMPTOMS)
        symptoms.boxes[next(iter(symptoms.boxes))].setChecked(True)
        wiz.next()  # setup
        wiz.next()  # checking
        when(lambda: wiz.currentId() == PageId.RESULTS, second)

    return run_app(
        argv[:1],
        then=drive,
        core=Core(run_session=runner),
        settings=QSettings(settings_file, QSettings.Format.IniFormat),
        defaults={"reflector": "reflector.example.net"},
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
