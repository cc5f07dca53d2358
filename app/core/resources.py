"""Find the bundled data files (``resources/``) wherever the app runs from.

Three layouts exist: a source checkout or editable install (``resources/``
beside ``app/``), a PyInstaller bundle (``sys._MEIPASS/resources``), and a
wheel install, where the build copies the tree to ``app/_resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent.parent  # app/
    candidates += [here.parent / "resources", here / "_resources"]
    for c in candidates:
        if (c / "guides").is_dir():
            return c
    raise FileNotFoundError(
        "bundled resources not found; looked in " + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
