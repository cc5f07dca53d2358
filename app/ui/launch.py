"""Start the wizard, or say in one sentence why it cannot start here."""

from __future__ import annotations

import os
import sys


def display_problem() -> str | None:
    """Why no window can open (None if one can), checked before Qt aborts on it."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "The wizard needs a graphical desktop, and this session has none "
            "(no DISPLAY or WAYLAND_DISPLAY); use `sipalg probe` here instead."
        )
    return None


def launch(argv: list[str] | None = None) -> int:
    problem = display_problem()
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return 2
    from app.ui.app import run_app

    return run_app(argv if argv is not None else sys.argv[:1])
