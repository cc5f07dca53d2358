"""The screenshot module still makes every named shot (so the README's gallery cannot rot)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.ui.screenshots import SHOTS, capture

pytestmark = pytest.mark.gui

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_named_state_is_captured(qtbot: Any, tmp_path: Path) -> None:
    saved = capture(tmp_path)
    assert [p.stem for p in saved] == list(SHOTS)
    digests = set()
    for path in saved:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= 700 and image.height() >= 500, path.name
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    # each state looks different: a walk that got stuck would repeat a page
    assert len(digests) == len(saved)


def test_the_readme_shows_every_shot() -> None:
    text = README.read_text(encoding="utf-8")
    for name in SHOTS:
        assert f"docs/screenshots/{name}.png" in text, name


def test_the_committed_shots_are_the_named_ones() -> None:
    folder = README.parent / "docs" / "screenshots"
    assert sorted(p.stem for p in folder.glob("*.png")) == sorted(SHOTS)
