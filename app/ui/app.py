"""Application start-up: icon, translations, settings, log file, friendly errors."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.core.resources import resource_path
from app.ui.dialogs import ErrorDialog
from app.ui.language import chosen, install_translators

if TYPE_CHECKING:
    from app.ui.wizard import DoctorWizard

ORG = "SIP ALG Doctor"
APP = "SIP ALG Doctor"


def log_file() -> Path:
    from platformdirs import user_log_dir

    path = Path(user_log_dir(APP, appauthor=False)) / "sipalg-wizard.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


class OneLineFormatter(logging.Formatter):
    """One event, one line: a line break inside a message is written as ``\\n``.

    Messages quote network text (server names, a server's error sentence); a
    name holding a line break would otherwise start a line of its own that looks
    like another event ("... verdict: no_alg_detected") in a log sent to support.
    Tracebacks still follow on their own lines: they are ours.
    """

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = record.message.replace("\r", "\\r").replace("\n", "\\n")
        return super().formatMessage(record)


def setup_logging() -> Path | None:
    try:
        path = log_file()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("sipalg")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = resource_path("icons", f"sipalg-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    logging.getLogger("sipalg").error("unhandled error", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        ErrorDialog.from_exception(
            None,
            exc,
            "Something unexpected went wrong. You can keep "
            "using the app; if it happens again, copy the details into "
            "a support request.",
        )


def make_app(argv: list[str], settings: QSettings | None = None) -> QApplication:
    """The application, in the language chosen in the About box (``settings``; the
    user's own settings file when None), else the system's."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    QGuiApplication.setDesktopFileName("sip-alg-doctor")
    app.setWindowIcon(app_icon())
    install_translators(app, chosen(settings if settings is not None else QSettings()))
    return app


def run_app(
    argv: list[str], *, then: Callable[[DoctorWizard], None] | None = None, **wizard_args: Any
) -> int:
    """The program: the window until it closes, then the exit status.

    ``then`` and ``wizard_args`` are for tests that drive the real program (a canned
    core, a settings file of their own; see tests/ui/two_runs_then_close.py):
    ``then`` runs once the event loop has started.
    """
    app = make_app(argv, wizard_args.get("settings"))
    path = setup_logging()
    sys.excepthook = _excepthook
    from app.ui import runlog
    from app.ui.wizard import DoctorWizard

    runlog.opened()

    wizard = DoctorWizard(log_path=str(path or ""), **wizard_args)
    wizard.show()
    if then is not None:
        QTimer.singleShot(0, lambda: then(wizard))
    if os.environ.get("SIPALG_SMOKE_TEST"):
        # For the start-up benchmark and the frozen-app test: say when the window is up,
        # then leave. (QTimer(0) fires once the event loop has shown the window.)
        def shown() -> None:
            print(f"SIPALG-WINDOW-SHOWN {time.time():.6f} {wizard.windowTitle()}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    return int(app.exec())
