"""Shared test helpers: free ports and an in-process reflector on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace

from app.core.model import ProbeResult
from app.reflector.server import Reflector, ReflectorConfig


def free_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1 (as far as we can tell now)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
            t.bind(("127.0.0.1", 0))
            port = int(t.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
                try:
                    u.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free port")


def reflector_command(port: int, control_port: int, *extra: str) -> list[str]:
    """The ``sipalg reflector`` command line on loopback, as a separate process."""
    return [
        sys.executable,
        "-m",
        "app.cli.main",
        "reflector",
        "--listen",
        "127.0.0.1",
        "--port",
        str(port),
        "--control-port",
        str(control_port),
        # STUN on free ports too, unless the test chose: 3478 may be taken on the machine.
        *(() if "--stun-port" in extra else ("--stun-port", str(free_port()))),
        *(() if "--stun-alt-port" in extra else ("--stun-alt-port", str(free_port()))),
        *extra,
    ]


@dataclass
class RunningReflector:
    reflector: Reflector
    loop: asyncio.AbstractEventLoop
    sip_port: int
    control_port: int
    stun_port: int

    @property
    def probe_args(self) -> tuple[str, ...]:
        """``sipalg probe`` arguments that aim at this reflector (SIP and control port)."""
        return (
            "--reflector",
            f"127.0.0.1:{self.sip_port}",
            "--control-port",
            str(self.control_port),
        )

    def probe(self, **options: object) -> ProbeResult:
        """The ALG probe alone against this reflector, through the real session
        (no STUN, no router look-ups), as ``sipalg probe --no-stun --no-router`` runs it."""
        from app.core.model import Mode
        from app.pipeline.session import ContextOptions, run_session
        from app.probes.options import ProbeOptions
        from app.probes.target import Target

        opts = ProbeOptions(control_port=self.control_port, **options)  # type: ignore[arg-type]
        target = Target("127.0.0.1", self.sip_port)
        return run_session(Mode.REFLECTOR, target, opts, ContextOptions(router=False)).probe

    def call(self, fn):  # type: ignore[no-untyped-def]
        """Run ``fn()`` on the reflector's loop and return its result."""
        fut = asyncio.run_coroutine_threadsafe(_wrap(fn), self.loop)
        return fut.result(5)


async def _wrap(fn):  # type: ignore[no-untyped-def]
    return fn()


@contextlib.contextmanager
def running_reflector(**overrides: object) -> Iterator[RunningReflector]:
    # Every port free and our own: a fixed one (STUN's 3478) collides with anything
    # else on the machine that runs a STUN server or another reflector.
    config = replace(
        ReflectorConfig(
            listen="127.0.0.1",
            sip_port=free_port(),
            control_port=free_port(),
            stun_port=free_port(),
            stun_alt_port=free_port(),
            rate=0,
        ),
        **overrides,
    )
    loop = asyncio.new_event_loop()
    reflector = Reflector(config)
    started = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(reflector.start())
        except BaseException as exc:  # surface bind errors in the test thread
            errors.append(exc)
            started.set()
            return
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert started.wait(10), "reflector did not start"
    if errors:
        thread.join(10)
        loop.close()
        raise errors[0]
    try:
        yield RunningReflector(
            reflector, loop, config.sip_port, config.control_port, config.stun_port or 0
        )
    finally:
        asyncio.run_coroutine_threadsafe(reflector.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
