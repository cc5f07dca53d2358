"""The wizard: pages, shared state, settings, and the About box."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QProcess,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from app.core.resources import resource_path
from app.ui.dialogs import show_about
from app.ui.pages import PageId
from app.ui.pages.base import Doctor
from app.ui.pages.welcome import WelcomePage
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.providers.database import Directory
    from app.ui.state import Core, WizardState

# The size the window opens at when the screen allows: Results (verdict card, steps
# and the folded proof) fits without a scroll bar inside the page's own scroll area.
PREFERRED_SIZE = QSize(900, 700)
MINIMUM_SIZE = QSize(720, 560)
# Room for the window manager's title bar and borders, which resize() does not count.
FRAME_ALLOWANCE = QSize(16, 48)


def opening_size(available: QRect | None) -> tuple[QSize, QSize]:
    """(size, minimum size) for a screen whose usable area is ``available``.

    Never larger than the screen: on a small one (a 1024×600 netbook, a large
    font scaling) both shrink to fit, frame included, rather than opening a
    window whose buttons are off the bottom of the screen.
    """
    if available is None or available.isEmpty():
        return PREFERRED_SIZE, MINIMUM_SIZE
    room = available.size() - FRAME_ALLOWANCE
    return PREFERRED_SIZE.boundedTo(room), MINIMUM_SIZE.boundedTo(room)


class CloseQuestion:
    """ "Close and lose …?" — behind a classmethod so tests can answer it (or click it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        """True when the user chose to close anyway; keeping the window open is the default."""

        box = QMessageBox(parent)
        box.setObjectName("close-question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("CloseQuestion", "Close SIP ALG Doctor?"))
        box.setText(text)
        close = box.addButton(
            QCoreApplication.translate("CloseQuestion", "Close &anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("CloseQuestion", "&Keep it open"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)  # a second Escape keeps the window, never closes it
        box.exec()
        return box.clickedButton() is close


class Restart:
    """Start the program again, as it was started (behind a classmethod for tests)."""

    @staticmethod
    def command() -> tuple[str, list[str]]:
        # orig_argv keeps "-m app.cli.main wizard"; a frozen app is its own executable
        return sys.executable, list(sys.orig_argv[1:])

    @classmethod
    def start(cls) -> bool:
        program, args = cls.command()
        ok, _pid = QProcess.startDetached(program, args)
        return bool(ok)


class DoctorWizard(QWizard):
    """The window. Only the Welcome page is built before it first shows.

    The other pages (and the core modules they import: the probe pipeline, the
    guide and provider readers, the report writer) take longer to load than the
    whole first window; they are built right after the Welcome page is first
    painted (:meth:`ensure_pages`), while the user reads it, or at once when
    anything asks for a page.
    """

    def __init__(
        self,
        *,
        core: Core | None = None,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
        defaults: dict[str, Any] | None = None,
        directory: Directory | None = None,
        log_path: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # core, state and defaults come from modules the first page does not need:
        # made on first use (see the properties below)
        self._core = core
        self._state: WizardState | None = None
        self._defaults = defaults
        self.runner = runner or TaskRunner()
        self.settings = settings or QSettings()
        # None: the bundled directory, read when the Setup page first needs it (start-up
        # stays fast); tests pass a small one pointing at loopback.
        self._directory = directory
        self._directory_tried = directory is not None
        self.log_path = log_path
        self.setWindowTitle(self.tr("SIP ALG Doctor"))
        if sys.platform != "darwin":  # macOS keeps its native wizard look
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
            logo = resource_path("icons", "sipalg-64.png")
            if logo.exists():
                self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QPixmap(str(logo)))
        screen = self.screen() or QGuiApplication.primaryScreen()
        size, minimum = opening_size(screen.availableGeometry() if screen else None)
        self.setMinimumSize(minimum)
        self.resize(size)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&About"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.helpRequested.connect(
            lambda: show_about(self, self.log_path, self.settings, self.restart)
        )
        # Cancel asks first, like Escape and the window's close button (see closing_loses).
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()
        cancel.clicked.connect(self._on_cancel_clicked)
        welcome = WelcomePage(first_painted=self._welcome_painted)
        self._pages: dict[PageId, Any] = {PageId.WELCOME: welcome}
        self.setPage(int(PageId.WELCOME), welcome)
        self.setStartId(int(PageId.WELCOME))
        # A click on Next (mouse, keyboard or a test's click()) presses first: the
        # pages are there before the wizard moves on, even with no event loop yet.
        self.button(QWizard.WizardButton.NextButton).pressed.connect(self.ensure_pages)
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):  # a hand-edited file can hold anything
            # the user's own size wins; Qt refuses (False) what it cannot read and
            # moves a window that was on a screen no longer there
            self.restoreGeometry(geometry)
        self.finished.connect(lambda _: self.settings.setValue("geometry", self.saveGeometry()))

    # --- built on first use ------------------------------------------------------------

    @property
    def core(self) -> Core:
        if self._core is None:
            from app.ui.state import Core

            self._core = Core()
        return self._core

    @core.setter
    def core(self, core: Core) -> None:
        self._core = core

    @property
    def state(self) -> WizardState:
        if self._state is None:
            from app.ui.state import WizardState

            self._state = WizardState()
        return self._state

    @state.setter
    def state(self, state: WizardState) -> None:
        self._state = state

    @property
    def defaults(self) -> dict[str, Any]:
        if self._defaults is None:
            from app.ui.state import bundled_defaults

            self._defaults = bundled_defaults()
        return self._defaults

    @defaults.setter
    def defaults(self, defaults: dict[str, Any]) -> None:
        self._defaults = defaults

    @property
    def pages(self) -> dict[PageId, Any]:
        """Every page, built now if it was not yet."""
        self.ensure_pages()
        return self._pages

    def ensure_pages(self) -> None:
        """Build the pages after Welcome (once); see the class's docstring."""
        if len(self._pages) > 1:
            return
        # plain import statements (not importlib): PyInstaller sees them and bundles the pages
        from app.ui.pages.checking import CheckingPage
        from app.ui.pages.fixit import FixItPage
        from app.ui.pages.report import ReportPage
        from app.ui.pages.results import ResultsPage
        from app.ui.pages.router import RouterPage
        from app.ui.pages.setup import SetupPage
        from app.ui.pages.symptoms import SymptomsPage
        from app.ui.pages.verify import VerifyPage

        later: tuple[tuple[PageId, type[QWizardPage]], ...] = (
            (PageId.SYMPTOMS, SymptomsPage),
            (PageId.SETUP, SetupPage),
            (PageId.CHECKING, CheckingPage),
            (PageId.RESULTS, ResultsPage),
            (PageId.ROUTER, RouterPage),
            (PageId.FIXIT, FixItPage),
            (PageId.VERIFY, VerifyPage),
            (PageId.REPORT, ReportPage),
        )
        for pid, cls in later:
            page = cls()
            self._pages[pid] = page
            self.setPage(int(pid), page)

    def _welcome_painted(self) -> None:
        # after the paint: the window is on screen before the rest is built
        QTimer.singleShot(0, self.ensure_pages)

    def remembered(self, key: str) -> str:
        """A remembered text field: the user's last value, else the bundled default.

        QSettings hands back whatever the file holds: "a, b" comes back as a
        list, "@Rect(...)" as a QRect. Anything but a string is ignored, since
        passing a list or a rect on to a text field crashes the app.
        """
        for value in (self.settings.value(key), self.defaults.get(key)):
            if isinstance(value, str):
                return value  # the field cuts it to its maximum length
        return ""

    def provider_directory(self) -> Directory | None:
        if not self._directory_tried:
            self._directory_tried = True
            from app.providers.database import bundled
            from app.providers.schema import ProviderFormatError

            try:
                self._directory = bundled()
            except (OSError, ProviderFormatError):
                # The Setup page then offers the typed server and the test server only.
                logging.getLogger("sipalg").exception("the provider directory cannot be read")
        return self._directory

    def page_of(self, pid: PageId) -> Any:
        return self.pages[pid]

    def next(self) -> None:
        self.ensure_pages()
        super().next()

    def restart(self) -> None:
        """ "Restart now" in the About box: a new language shows from the next start.

        Asks first, like closing, when that would lose a test or results."""
        if not self.may_close():
            return
        if Restart.start():
            self.done(int(QWizard.DialogCode.Rejected))
        else:
            from app.ui.dialogs import ErrorDialog

            ErrorDialog.show(
                self,
                self.tr("SIP ALG Doctor could not start again. Close it and start it yourself."),
            )

    # --- closing -----------------------------------------------------------------------

    def closing_loses(self) -> str | None:
        """What closing now would lose, said to the user; None when nothing would be lost.

        A running test (its result), or results not yet in a saved report. The
        Report page saves a copy on its own, so once it holds the latest results
        closing loses nothing and the window closes without a question.
        """
        if any(self._running(pid) for pid in (PageId.CHECKING, PageId.VERIFY)):
            return self.tr("A test is still running. Closing now stops it and loses its result.")
        if (
            self._state is not None
            and self._state.latest is not None
            and not self.pages[PageId.REPORT].holds_results()
        ):
            return self.tr(
                "Your results are not saved yet. Closing now loses them; the last page "
                "saves a report for your provider."
            )
        return None

    def _running(self, pid: PageId) -> bool:
        page = self._pages.get(pid)  # a page never built runs nothing
        task = page.task if page is not None else None
        return task is not None and task.running and not task.discarded

    def may_close(self) -> bool:
        """Ask before a user's Escape, Cancel or close button loses a test or results."""
        loses = self.closing_loses()
        return loses is None or CloseQuestion.ask(self, loses)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if self.may_close():
                self.reject()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Spontaneous: the window manager's close button. A programmatic close() (the
        # app quitting, tests, screenshots) is the program's own decision: no question.
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def _on_cancel_clicked(self) -> None:
        if self.may_close():
            self.reject()

    def done(self, result: int) -> None:
        """Close, Cancel, Escape and the window's close button all end here."""
        for pid in (PageId.CHECKING, PageId.VERIFY):
            if pid in self._pages:
                self._pages[pid].cancel()  # never leave a probe running behind a closed window
        super().done(result)


if TYPE_CHECKING:

    def _pages_see_a_doctor(wizard: DoctorWizard) -> Doctor:
        """mypy checks here that the wizard offers everything pages.base.Doctor promises."""
        return wizard
