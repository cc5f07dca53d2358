"""The Fix it page: commands copyable, warnings for routers whose ALG cannot be turned off."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from app.guides.database import bundled
from app.pipeline.diagnose import conclude
from app.ui.demo import session
from app.ui.pages import PageId
from app.ui.widgets import CopyBlock
from app.ui.wizard import DoctorWizard

pytestmark = pytest.mark.gui


def test_fix_it_page_has_copy_buttons_for_commands(wizard: DoctorWizard, qtbot: Any) -> None:
    wizard.state.family = bundled().family("cisco-ios")
    wizard.state.first = conclude(session(alg=True))
    page = wizard.page_of(PageId.FIXIT)
    page.initializePage()
    blocks = page.content.findChildren(CopyBlock)
    assert blocks and any("no ip nat service sip" in b.command for b in blocks)
    blocks[0].button.click()
    assert QGuiApplication.clipboard().text() == blocks[0].command
    assert blocks[0].button.text() == "Copied"


def test_cannot_disable_guides_show_the_warning(wizard: DoctorWizard) -> None:
    wizard.state.family = next(f for f in bundled().families() if f.can_disable == "no")
    page = wizard.page_of(PageId.FIXIT)
    page.initializePage()
    from app.ui.widgets import Notice

    texts = [n.label.text() for n in page.content.findChildren(Notice)]
    assert any("cannot switch its SIP ALG off" in t for t in texts)
