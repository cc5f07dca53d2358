"""The interface language: the system's, unless the user chose one in the About box.

The choice is one QSettings key (``language``: a code from :data:`CHOICES`, or
absent for the system's language). It is applied when the application starts
(:func:`install_translators`): every page sets its texts once, when it is
built, so switching a running wizard would mean rebuilding every page and
losing the test in progress. The About box says so and offers to restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.core.resources import resource_path

KEY = "language"
# (code, name in its own language); "" is the system's language, named in the
# current one (see system_name). English is the source text: no catalogue.
CHOICES: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
)
CODES = frozenset(code for code, _ in CHOICES)


def system_name() -> str:
    return QCoreApplication.translate("Language", "System default")


def chosen(settings: QSettings) -> str:
    """The saved choice, "" (the system's language) when none or not one we offer."""
    value = settings.value(KEY)
    return value if isinstance(value, str) and value in CODES else ""


def choose(settings: QSettings, code: str) -> None:
    """Save ``code`` ("" forgets the choice: the system's language again)."""
    if code and code in CODES:
        settings.setValue(KEY, code)
    else:
        settings.remove(KEY)
    settings.sync()


def install_translators(app: QCoreApplication, code: str = "") -> list[QTranslator]:
    """Qt's own strings and ours (resources/translations/sipalg_<lang>.qm) for ``code``
    (the system's locale when ""); returns what was installed, so tests can remove it."""
    locale = QLocale(code) if code else QLocale.system()
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if code == "en":
        # Chosen English: no catalogue at all (a system whose preferred languages say
        # "en, de" would otherwise get German from the second preference).
        return installed
    ours = QTranslator(app)
    if ours.load(locale, "sipalg", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
