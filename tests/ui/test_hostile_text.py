"""Security: text from the network never becomes markup, and never stretches a page.

Everything a router, a SIP server or DNS sends us reaches the wizard as text:
header values in the evidence (Via ``received=``, Contact), server names in
the target report, UPnP descriptions and web page titles of the router, the
provider names of the directory, the progress lines of the run. A label or
text browser that shows rich text would turn ``<a href=…>`` into a link the
user may click and ``<img src=…>`` into a request (or at least markup the
page did not write). This test walks the real wizard, on every page, with
hostile values in each of those places and looks at every widget that shows
text: rich text must hold the hostile string escaped (it reads back as the
literal characters, with no link and no image made of it), buttons and group
titles must not turn its "&" into an Alt+key, and a 10,000-character value
must not push the page wider than the window.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

from app.core.model import Exchange
from app.core.progress import Progress
from app.netinfo.webui import WebFingerprint
from app.pipeline import diagnose
from app.pipeline.diagnose import Outcome
from app.pipeline.servers import TargetReport
from app.pipeline.session import SessionResult
from app.providers.database import Directory
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.pages.setup import Way
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.records import replace
from tests.ui.lab_directory import lab_directory
from tests.ui.walk import states, walk

pytestmark = pytest.mark.gui

EVIL = "evil.example"
# The entity first: raw in rich text it renders as "<script>", escaped as itself; and
# the first pieces survive the cut that long values get on screen.
PIECES = (
    "&lt;script&gt;",
    "<b>",
    f"<a href=http://{EVIL}>x</a>",
    f"<img src=http://{EVIL}/x.png>",
)
HOSTILE = "".join(PIECES)
LONG = "A" * 10_000  # one "word": nothing to wrap it at


def _hostile_exchange(ex: Exchange, i: int) -> Exchange:
    """Header values as a hostile server or router would send them back."""
    changes = []
    for ch in ex.changes:
        m = ch.modification
        if m.where == "Via":
            received = f"SIP/2.0/UDP 198.51.100.77:40512;received={HOSTILE};rport"
        elif m.where == "Contact":
            received = f"<sip:probe@{HOSTILE}:40512>"
        else:
            received = (LONG if i % 2 else HOSTILE) + m.received
        changes.append(replace(ch, modification=replace(m, received=received)))
    return replace(ex, changes=tuple(changes), error=HOSTILE if not ex.answered else ex.error)


def hostile_session(alg: bool = True, base: SessionResult | None = None) -> SessionResult:
    """``base`` (else the demo's session) with hostile text wherever the network has
    a say."""
    base = session(alg=alg) if base is None else base
    probe = base.probe
    transports = {
        t: replace(
            res,
            exchanges=tuple(_hostile_exchange(ex, i) for i, ex in enumerate(res.exchanges)),
            notes=(HOSTILE, LONG),
        )
        for t, res in probe.transports.items()
    }
    probe = replace(probe, transports=transports, public_address=HOSTILE, notes=(HOSTILE, LONG))
    router = base.router
    assert router is not None and router.upnp is not None and router.match is not None
    desc = router.upnp.description
    assert desc is not None
    desc = replace(
        desc,
        friendly_name=HOSTILE,
        manufacturer=HOSTILE,
        model_name=f"Archer AX55 {HOSTILE} {LONG}",
        model_number=HOSTILE,
        model_description=HOSTILE,
    )
    router = replace(
        router,
        mac_vendor=HOSTILE,
        upnp=replace(router.upnp, description=desc, ssdp_server=HOSTILE, external_ip=HOSTILE),
        web=WebFingerprint("http://192.168.1.1/", 200, HOSTILE, HOSTILE + LONG, HOSTILE),
        match=replace(
            router.match,
            evidence=(f"UPnP model name {HOSTILE}", f"web page title {LONG}"),
        ),
        notes=(HOSTILE,),
    )
    return replace(base, probe=probe, router=router)


TARGET = TargetReport(
    requested=HOSTILE,
    source="typed",
    resolved_via="srv",
    host=f"{HOSTILE}{LONG}",
    used="203.0.113.10:5060",
    transport="udp",
    silent=((HOSTILE, "203.0.113.11:5060"), (LONG, "203.0.113.12:5060")),
    errors=(HOSTILE,),
    label=HOSTILE,
)


class HostileRunner(FakeRunner):
    """The canned runner, whose progress lines also carry hostile text (a server
    name from DNS or the directory goes into "Looking up …").

    Each run then waits for ``gate`` (released by the test once it has looked
    at the page mid-run), so what a running test shows can be checked too.
    """

    def __init__(self, results: list[SessionResult]) -> None:
        super().__init__(results)
        self.gate = threading.Semaphore(0)

    def __call__(self, *args: Any, progress: Any, **kwargs: Any) -> SessionResult:
        progress(Progress(0, 12, f"Looking up {HOSTILE}"))
        progress(Progress(1, 12, f"{HOSTILE} {LONG}", item="x", ok=False))
        self.gate.acquire(timeout=10)
        return super().__call__(*args, progress=progress, **kwargs)


def hostile_directory(root: Path) -> Directory:
    lab = lab_directory(root, provider_port=5060, public_ports=(5060,))
    providers = tuple(
        replace(
            p,
            name=f"{p.name} {HOSTILE}",
            no_server_reason=f"{HOSTILE} {LONG}" if p.no_server_reason else None,
        )
        for p in lab.providers
    )
    return Directory(providers, lab.public)


# --- what a widget shows ------------------------------------------------------------------

might_be_rich = QtGui.Qt.mightBeRichText  # how QLabel (AutoText) and tooltips decide


def rich(w: QLabel) -> bool:
    fmt = w.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and might_be_rich(w.text())
    )


def made_of_hostile_text(html: str) -> list[str]:
    """Links and images in ``html`` that point at the hostile host."""
    doc = QTextDocument()
    doc.setHtml(html)
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and EVIL in (fmt.anchorHref() or ""):
                found.append(f"link {fmt.anchorHref()}")
            if fmt.isImageFormat() and EVIL in QTextImageFormat(fmt).name():
                found.append(f"image {QTextImageFormat(fmt).name()}")
            it += 1
        block = block.next()
    return found


def problems_with_rich_text(where: str, html: str) -> list[str]:
    """Rich text holding hostile text must show it as the literal characters.

    Labels cut long network values and may put zero-width spaces in them (so
    they wrap): those are ignored, and only the opening pieces, which survive
    any cut, are required whole.
    """
    out = [f"{where}: {x}" for x in made_of_hostile_text(html)]
    doc = QTextDocument()
    doc.setHtml(html)
    shown = doc.toPlainText().replace("\u200b", "")
    if "<script>" in shown:
        out.append(f"{where}: an entity of network text was decoded: {shown[:200]!r}")
    if EVIL in shown or "script" in shown:
        for piece in PIECES[:2]:
            if piece not in shown:
                out.append(f"{where}: {piece!r} not shown as sent in {shown[:200]!r}")
    return out


def right_edge(w: QWidget, top: QWidget) -> int:
    return w.mapTo(top, QPoint(w.width(), 0)).x()


def problems_on_page(wiz: DoctorWizard, pid: PageId) -> list[str]:
    out: list[str] = []
    page = wiz.page_of(pid)
    for _ in range(3):  # let pending layout requests run: widths are measured below
        QApplication.processEvents()
    for w in wiz.findChildren(QWidget):
        if not w.isVisible():
            continue
        name = f"{pid.name} {type(w).__name__} {(w.objectName() or w.accessibleName())[:60]}"
        if isinstance(w, QLabel) and rich(w):
            out += problems_with_rich_text(name, w.text())
        elif isinstance(w, QTextBrowser):
            out += problems_with_rich_text(name, w.toHtml())
        elif isinstance(w, (QAbstractButton, QGroupBox)):
            text = w.text() if isinstance(w, QAbstractButton) else w.title()
            if "lt;script" in text and "&&lt;script&&gt;" not in text:
                out.append(f"{name}: network text became an Alt+key: {text[:120]!r}")
        tip = w.toolTip()
        if tip and might_be_rich(tip):
            out += problems_with_rich_text(f"{name} tooltip", tip)
        if isinstance(w, QListWidget):
            for row in range(w.count()):
                tip = w.item(row).toolTip()
                if tip and might_be_rich(tip):
                    out += problems_with_rich_text(f"{name} row {row} tooltip", tip)
    # the layout: nothing wider than the window, no sideways scrolling on the page
    screen = wiz.screen().availableGeometry()
    if wiz.width() > screen.width():
        out.append(f"{pid.name}: the window grew to {wiz.width()} px (screen {screen.width()})")
    for scroll in page.findChildren(QScrollArea):
        if scroll.isVisible() and scroll.horizontalScrollBar().maximum() > 0:
            inner = scroll.widget()
            out.append(
                f"{pid.name}: scrolls sideways ({inner.width() if inner else '?'} px in "
                f"{scroll.viewport().width()} px)"
            )
    for w in page.findChildren(QLabel):
        if w.isVisible() and not _inside_scroll(w, page) and right_edge(w, wiz) > wiz.width():
            out.append(f"{pid.name}: label past the window's edge: {w.text()[:80]!r}")
    return out


def _inside_scroll(w: QWidget, page: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


# --- the walk -----------------------------------------------------------------------------


@pytest.fixture
def hostile_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every outcome carries the hostile target report (how the server was found)."""
    real = diagnose.run_diagnosis

    def with_target(*args: Any, **kwargs: Any) -> Outcome:
        return replace(real(*args, **kwargs), target=TARGET)

    monkeypatch.setattr("app.ui.state.run_diagnosis", with_target)


def _setup_shows_hostile_providers(wiz: DoctorWizard) -> Iterator[str]:
    page = wiz.page_of(PageId.SETUP)
    for provider in page.directory.providers:
        page.picker.select(provider.id)
        page.choose(Way.PROVIDER)
        yield provider.id
    served = next(p for p in page.directory.providers if p.servers)
    page.picker.select(served.id)
    page.choose(Way.PROVIDER)


@pytest.mark.parametrize(
    "state", ["alg-then-fixed", "alg-not-fixed", "blocked-still", "inconclusive"]
)
def test_hostile_network_text_stays_text_on_every_page(
    make: Any, qtbot: Any, tmp_path: Path, hostile_target: None, state: str
) -> None:
    runner = HostileRunner([hostile_session(base=s) for s in states()[state]])
    wiz = make(Core(run_session=runner), {}, directory=hostile_directory(tmp_path / "providers"))
    problems: list[str] = []
    seen: list[PageId] = []
    for pid in walk(qtbot, wiz):
        seen.append(pid)
        running = wiz.page_of(pid).task if pid in (PageId.CHECKING, PageId.VERIFY) else None
        if running is not None and running.running:  # the progress lines, then go on
            bar = wiz.page_of(pid).bar  # both hostile progress lines shown: at 1 of 12
            qtbot.waitUntil(lambda bar=bar: (bar.value(), bar.maximum()) == (1, 12), timeout=5000)
            problems += problems_on_page(wiz, pid)
            runner.gate.release()
            continue
        if pid is PageId.SETUP:
            for _ in _setup_shows_hostile_providers(wiz):
                problems += problems_on_page(wiz, pid)
        problems += problems_on_page(wiz, pid)
    if state != "inconclusive":  # the other verdicts lead to the router's pages
        assert PageId.VERIFY in seen and PageId.FIXIT in seen and PageId.ROUTER in seen
        # the hostile values did reach the pages (else this test proves nothing)
        assert "evil.example" in wiz.page_of(PageId.ROUTER).identified.text()
    assert "evil.example" in wiz.page_of(PageId.REPORT).server.text()
    assert not problems, "\n".join(problems)
    wiz.reject()


def test_the_checks_catch_markup() -> None:
    """The test's own eyes: unescaped hostile text is found, escaped text is not."""
    import html

    assert made_of_hostile_text(HOSTILE)
    assert problems_with_rich_text("x", f"<b>{HOSTILE}</b>")
    assert not problems_with_rich_text("x", f"<b>{html.escape(HOSTILE)}</b>")


def test_shown_cuts_and_breaks_only_long_values() -> None:
    from app.ui.widgets import SHOWN_CHARS, no_mnemonic, shown

    assert shown("sip.example.net (203.0.113.10:5060)") == "sip.example.net (203.0.113.10:5060)"
    long = shown(LONG)
    assert len(long.replace("\u200b", "")) == SHOWN_CHARS and long.endswith("…")
    assert max(len(run) for run in long.split("\u200b")) <= 40  # it can wrap
    assert no_mnemonic("AT&T") == "AT&&T"


def test_network_text_cannot_forge_a_line_in_the_log_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run log quotes server names and a server's error sentences: a line break
    in one must not start a line that reads like another event."""
    import logging
    import re

    from app.pipeline.diagnose import conclude
    from app.probes.target import TargetError
    from app.ui import runlog
    from app.ui.app import setup_logging

    forged = "\n2026-01-01 00:00:00,000 INFO sipalg.wizard: test verdict: no_alg_detected"
    monkeypatch.setattr("app.ui.app.log_file", lambda: tmp_path / "wizard.log")
    logger = logging.getLogger("sipalg")
    level = logger.level
    path = setup_logging()
    assert path is not None
    try:
        outcome = replace(
            conclude(hostile_session(alg=True)),
            target=replace(TARGET, used=f"{HOSTILE}{forged}", errors=(f"{HOSTILE}{forged}",)),
        )
        runlog.succeeded(outcome, "test")
        runlog.failed(TargetError(f"cannot resolve {HOSTILE}{forged}"), "test")
    finally:
        for handler in [h for h in logger.handlers if getattr(h, "baseFilename", "") == str(path)]:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(level)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 4 and HOSTILE in lines[0]
    stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|ERROR) sipalg")
    assert all(stamp.match(line) for line in lines), lines
    assert not any(line.startswith("2026-01-01") for line in lines)


def test_a_server_name_in_why_the_test_could_not_start_stays_text(make: Any, qtbot: Any) -> None:
    """The red notice quotes the look-up's sentence, which names the server."""
    from app.probes.target import TargetError

    runner = FakeRunner([session(alg=False)], fail=TargetError(f"cannot resolve {HOSTILE}{LONG}"))
    wiz = make(Core(run_session=runner))
    steps = walk(qtbot, wiz)
    for pid in steps:
        if pid is PageId.CHECKING:
            break
    checking = wiz.page_of(PageId.CHECKING)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    assert checking.notice.isVisible() and "evil.example" in checking.message.text()
    problems = problems_on_page(wiz, PageId.CHECKING)
    assert not problems, "\n".join(problems)
    wiz.reject()
