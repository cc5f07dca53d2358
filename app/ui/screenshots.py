"""Render every wizard page, in every verdict state, to PNGs (README, looking at the UI).

    xvfb-run -a .venv/bin/python -m app.ui.screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m app.ui.screenshots docs/screenshots
    LANG=de_DE.UTF-8 xvfb-run -a .venv/bin/python -m app.ui.screenshots docs/screenshots/de

The wizard runs with the canned results of app/ui/demo.py and is walked as a
user would, once per story: an ALG found and fixed (every page, 01–09), no
ALG, the SIP port blocked, no answer at all (inconclusive), an unknown router
whose search finds nothing and an ALG that is still there after the fix, and a
test that cannot start. :data:`SHOTS` names every file; the README shows them
and tests/ui/test_screenshots.py checks that each one is made. The language is
the system's (a settings file of its own: a choice in the user's About box
does not leak in).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QSize, QTimer

from app.core.model import PortRole
from app.pipeline.session import SessionResult
from app.probes.target import TargetError
from app.ui.app import make_app
from app.ui.demo import FakeRunner, lost, session
from app.ui.pages import PageId
from app.ui.pages.report import FOLDER_NAME
from app.ui.state import Core
from app.ui.wizard import PREFERRED_SIZE, DoctorWizard

# Every file made, in order, with what it shows (the README's captions).
SHOTS: dict[str, str] = {
    "01-welcome": "Welcome",
    "02-symptoms": "Symptoms",
    "03-setup": "Setup",
    "04-checking": "Checking",
    "05-results": "Results: SIP ALG found",
    "06-router": "Your router (detected)",
    "07-fix-it": "Fix it",
    "08-verify": "Verify: fixed",
    "09-report": "Report",
    "10-results-no-alg": "Results: no ALG",
    "11-results-sip-blocked": "Results: SIP port blocked",
    "12-results-inconclusive": "Results: no answer (inconclusive)",
    "13-router-not-listed": "Unknown router, search finds nothing",
    "14-checking-cannot-start": "Checking: the test cannot start",
    "15-verify-not-fixed": "Verify: not fixed",
    "16-fix-it-sip-blocked": "Fix it: ALG or firewall",
    "17-report-no-alg": "Report: no ALG",
}

_WAIT_S = 15.0


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _until(ready: Callable[[], bool], what: str) -> None:
    for _ in range(int(_WAIT_S * 1000 / 50)):
        if ready():
            return
        _settle(50)
    raise RuntimeError(f"screenshots: timed out waiting for {what}")


def unknown_router(result: SessionResult) -> SessionResult:
    """``result`` from a router nobody recognised (its address is still known)."""
    router = result.router
    return result._replace(router=replace(router, match=None, upnp=None) if router else None)


class Story:
    """One wizard run with canned results, saving named shots into ``out``."""

    def __init__(self, out: Path, tmp: Path, runner: FakeRunner, size: QSize) -> None:
        self.out = out
        self.saved: list[Path] = []
        settings = QSettings(str(tmp / f"s{id(self)}.ini"), QSettings.Format.IniFormat)
        self.wiz = DoctorWizard(
            core=Core(run_session=runner),
            settings=settings,
            defaults={"reflector": "reflector.example.net"},
        )
        # the automatic copy goes to a stand-in home's Documents, not the user's own
        report = self.wiz.page_of(PageId.REPORT)
        report.home = tmp / "home"
        report.folder = report.home / "Documents" / FOLDER_NAME
        report.folder.mkdir(parents=True, exist_ok=True)
        self.wiz.resize(size)
        self.wiz.show()

    def shot(self, name: str) -> None:
        assert name in SHOTS, name
        _settle()
        path = self.out / f"{name}.png"
        if not self.wiz.grab().save(str(path)):
            raise OSError(f"screenshots: cannot write {path}")
        self.saved.append(path)

    def to(self, pid: PageId) -> None:
        self.wiz.next()
        _until(lambda: self.wiz.currentId() == int(pid), pid.name)

    def to_setup(self, symptoms: int = 2) -> None:
        self.wiz.next()
        boxes = self.wiz.page_of(PageId.SYMPTOMS).boxes
        for s in list(boxes)[:symptoms]:
            boxes[s].setChecked(True)

    def to_results(self) -> None:
        self.to_setup()
        self.to(PageId.SETUP)
        self.wiz.next()
        _until(lambda: self.wiz.currentId() == int(PageId.RESULTS), "the results")

    def retest(self) -> None:
        verify = self.wiz.page_of(PageId.VERIFY)
        verify.run_button.click()
        _until(lambda: verify.retested and verify.isComplete(), "the re-test")

    def close(self) -> None:
        self.wiz.close()
        QCoreApplication.processEvents()


def _alg_fixed(s: Story) -> None:
    s.shot("01-welcome")
    s.to_setup()
    s.shot("02-symptoms")
    s.to(PageId.SETUP)
    s.shot("03-setup")  # the preset (the demo's test server) is selected on the first view
    s.wiz.next()
    _settle(700)
    s.shot("04-checking")
    _until(lambda: s.wiz.currentId() == int(PageId.RESULTS), "the results")
    s.shot("05-results")
    s.to(PageId.ROUTER)
    s.shot("06-router")
    s.to(PageId.FIXIT)
    s.shot("07-fix-it")
    s.to(PageId.VERIFY)
    s.retest()
    s.shot("08-verify")
    s.to(PageId.REPORT)
    s.shot("09-report")


def _no_alg(s: Story) -> None:
    s.to_results()
    s.shot("10-results-no-alg")
    s.to(PageId.REPORT)
    s.shot("17-report-no-alg")


def _blocked(s: Story) -> None:
    s.to_results()
    s.shot("11-results-sip-blocked")
    s.to(PageId.ROUTER)
    s.to(PageId.FIXIT)
    s.shot("16-fix-it-sip-blocked")


def _inconclusive(s: Story) -> None:
    s.to_results()
    s.shot("12-results-inconclusive")


def _unknown_not_fixed(s: Story) -> None:
    s.to_results()
    s.to(PageId.ROUTER)
    s.wiz.page_of(PageId.ROUTER).search.setText("Hyperbox 7")  # no such router
    s.shot("13-router-not-listed")
    s.to(PageId.FIXIT)  # "Not listed / I don't know": the generic guide
    s.to(PageId.VERIFY)
    s.retest()
    s.shot("15-verify-not-fixed")


def _cannot_start(s: Story) -> None:
    s.to_setup()
    s.to(PageId.SETUP)
    s.wiz.next()
    checking = s.wiz.page_of(PageId.CHECKING)
    _until(lambda: checking.done, "the failed start")
    s.shot("14-checking-cannot-start")


def capture(out: Path, *, size: QSize = PREFERRED_SIZE) -> list[Path]:
    """Every shot of :data:`SHOTS` into ``out``; returns the files, in the table's order."""
    out.mkdir(parents=True, exist_ok=True)
    alg, clean = session(alg=True), session(alg=False)
    blocked = lost(PortRole.SIP)
    stories: list[tuple[list[SessionResult], dict[str, Any], Callable[[Story], None]]] = [
        ([alg, clean], {"delay": 0.12}, _alg_fixed),
        ([clean], {}, _no_alg),
        ([blocked, blocked], {}, _blocked),
        ([lost()], {}, _inconclusive),
        ([unknown_router(alg), unknown_router(alg)], {}, _unknown_not_fixed),
        (
            [clean],
            {"fail": TargetError("cannot resolve 'sip.example-provider.net'")},
            _cannot_start,
        ),
    ]
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for results, options, walk in stories:
            story = Story(out, Path(tmp), FakeRunner(results, **options), size)
            try:
                walk(story)
            finally:
                story.close()
            saved += story.saved
    order = list(SHOTS)
    return sorted(saved, key=lambda p: order.index(p.stem))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        # settings of its own: the language is the system's, whatever the About box says
        app = make_app(
            sys.argv[:1], QSettings(str(Path(tmp) / "app.ini"), QSettings.Format.IniFormat)
        )
        for p in capture(out):
            print(p)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
