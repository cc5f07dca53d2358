"""The shipped translations are complete, faithful to their placeholders, and compiled.

For each language in resources/translations: the catalogue holds every message
that `pyside6-lupdate` extracts from the sources today (a string added to the
code without a translation fails here), every message is finished, each
translation keeps the placeholders and markup of its source, the compiled `.qm`
is the one `pyside6-lrelease` makes from the `.ts`, and the wizard shows the
language when the system asks for it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es")
TOOLS = Path(sys.executable).parent
# {name} fields, printf-style and Qt %1 arguments, and markup tags.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[sdn]|%\d|<[^>]+>")

pytestmark = pytest.mark.gui


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def _forms(msg: ET.Element) -> list[str]:
    """A message's translated text: one string, or each plural form (numerus="yes")."""
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms or [tr.text or ""]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, msg.findtext("source") or "")] = msg
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What the sources ask to be translated, extracted afresh."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    return set(_messages(ts))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str, extracted: set[tuple[str, str]]) -> None:
    shipped = _messages(TRANSLATIONS / f"sipalg_{lang}.ts")
    missing = sorted(extracted - set(shipped))
    assert not missing, f"{len(missing)} messages not in sipalg_{lang}.ts: {missing[:5]}"
    unfinished = [
        key
        for key, msg in shipped.items()
        if key in extracted
        and (
            (tr := msg.find("translation")) is None
            or tr.get("type") == "unfinished"
            or not all(form.strip() for form in _forms(msg) or [""])
        )
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}: {unfinished[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_markup(lang: str) -> None:
    wrong = []
    for (ctx, source), msg in _messages(TRANSLATIONS / f"sipalg_{lang}.ts").items():
        for text in _forms(msg):
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                wrong.append((ctx, source[:50], text[:50]))
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append((ctx, source[:50], "keyboard shortcut (&) added or lost"))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TRANSLATIONS / f"sipalg_{lang}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    shipped = TRANSLATIONS / f"sipalg_{lang}.qm"
    assert shipped.exists(), f"run pyside6-lrelease for {lang} (docs/translating.md)"
    assert shipped.read_bytes() == qm.read_bytes(), f"sipalg_{lang}.qm is older than its .ts"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_wizard_speaks_the_systems_language(qtbot: Any, lang: str) -> None:
    """The wizard loads sipalg_<lang>.qm for the system's locale; its own texts change."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from app.ui.pages import PageId
    from app.ui.wizard import DoctorWizard

    translator = QTranslator()
    assert translator.load(QLocale(lang), "sipalg", "_", str(TRANSLATIONS))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        wiz = DoctorWizard(defaults={})
        qtbot.addWidget(wiz)
        welcome = wiz.page_of(PageId.WELCOME)
        english = "Let's find out what is breaking your calls"
        assert welcome.title() and welcome.title() != english
        shipped = _messages(TRANSLATIONS / f"sipalg_{lang}.ts")
        assert welcome.title() == shipped[("WelcomePage", english)].findtext("translation")
    finally:
        app.removeTranslator(translator)
