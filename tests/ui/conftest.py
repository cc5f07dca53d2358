"""Shared fixtures of the wizard tests.

``make`` builds wizards the one way most tests need; a module whose wizards
differ (another default core, no preset reflector, a page to drive to)
overrides ``make`` with a fixture of the same name that asks for this one
and passes its own arguments, so the building, showing and closing stay here.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.providers.database import Directory
from app.ui.demo import FakeRunner, session
from app.ui.state import Core
from app.ui.wizard import DoctorWizard

# The reflector the wizards are preset with: a name that never resolves to anything real.
REFLECTOR = {"reflector": "reflector.example.net"}


@pytest.fixture(autouse=True)
def reports_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The Report page saves a copy automatically: never into the real Documents folder."""
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setattr("app.ui.pages.report.default_folder", lambda: folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The wizards' settings file, in the test's own folder; shared by every ``make``."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make(qtbot: Any, settings: QSettings) -> Iterator[Callable[..., DoctorWizard]]:
    """``make(core, defaults=REFLECTOR, *, directory=None)``: a shown wizard, closed after
    the test with reject(), which stops a run still going."""
    made: list[DoctorWizard] = []

    def build(
        core: Core,
        defaults: dict[str, Any] | None = None,
        *,
        directory: Directory | None = None,
    ) -> DoctorWizard:
        wiz = DoctorWizard(
            core=core,
            settings=settings,
            defaults=dict(REFLECTOR) if defaults is None else defaults,
            directory=directory,
        )
        qtbot.addWidget(wiz)
        wiz.show()
        made.append(wiz)
        return wiz

    yield build
    for wiz in made:
        wiz.reject()


@pytest.fixture
def wizard(make: Callable[..., DoctorWizard]) -> DoctorWizard:
    """A wizard whose one run finds an ALG."""
    return make(Core(run_session=FakeRunner([session(alg=True)])), {"reflector": "r.example"})


@pytest.fixture(autouse=True)
def stays_on_this_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a wizard test that sends anything beyond loopback or asks DNS for a name.

    The canned sessions name documentation addresses (203.0.113.10 and the
    like). A test whose core lacks a canned step (a test call, a look-up) runs
    the real one against them: on a machine with a default route that waits
    for time-outs, on one without it fails at once, so the test passed or
    failed with the network it ran on. Sockets are patched, not blocked: the
    record is checked when the test ends, since a worker thread's error would
    only reach the wizard.
    """
    outside: list[str] = []
    real = socket.socket.sendto, socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def note(address: object) -> None:
        host = address[0] if isinstance(address, tuple) else None
        if not isinstance(host, str):
            return  # Unix or netlink sockets
        try:
            if ipaddress.ip_address(host.split("%")[0]).is_loopback:
                return
        except ValueError:  # a name; only "localhost" stays here
            if host == "localhost":
                return
        outside.append(host)

    def sendto(self: socket.socket, *args: Any) -> Any:
        note(args[-1])
        return real[0](self, *args)

    def connect(self: socket.socket, address: Any) -> Any:
        note(address)
        return real[1](self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        note(address)
        return real[2](self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if isinstance(host, str):
            try:
                ipaddress.ip_address(host.split("%")[0])  # a literal: no DNS query
            except ValueError:
                if host != "localhost":
                    outside.append(f"DNS {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
    if outside:
        pytest.fail(f"the test sent to {sorted(set(outside))}: give its core a canned step")
