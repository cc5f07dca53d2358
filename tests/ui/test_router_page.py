"""The router page quotes what the LAN sent about the router: as text, never as markup."""

from __future__ import annotations

import pytest

from app.guides.lookup import IdentityMatch
from app.pipeline.diagnose import conclude
from app.ui.demo import session
from app.ui.pages import PageId
from app.ui.wizard import DoctorWizard
from tests.records import replace

pytestmark = pytest.mark.gui

HOSTILE = '<img src="http://evil.example/x.png"><a href="http://evil.example">TP-Link</a>'


def test_network_text_on_the_router_page_is_escaped(wizard: DoctorWizard) -> None:
    canned = session(alg=True)
    router = canned.router
    assert router is not None and router.match is not None and router.upnp is not None
    assert router.upnp.description is not None
    desc = replace(router.upnp.description, model_name=HOSTILE, model_number=None)
    router = replace(
        router,
        upnp=replace(router.upnp, description=desc),
        match=IdentityMatch(router.match.family, 0.9, (f"the page title is {HOSTILE}",)),
    )
    wizard.state.first = conclude(replace(canned, router=router))
    page = wizard.page_of(PageId.ROUTER)
    page.initializePage()
    text = page.identified.text()
    assert "<img" not in text and "<a href" not in text
    assert "&lt;img" in text and "&lt;a href" in text
