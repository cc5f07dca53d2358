"""Saving a report never destroys the previous one."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.report.save import save_text


def test_saves_new_and_replaces_old(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    save_text(target, "first ✓")
    assert target.read_text(encoding="utf-8") == "first ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's private 0600
    target.chmod(0o640)
    save_text(target, "second")
    assert target.read_text() == "second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        save_text(tmp_path, "x")


def test_missing_directory_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        save_text(tmp_path / "nope" / "r.json", "x")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_keeps_the_previous_report(tmp_path: Path) -> None:
    """Simulated with a file-size limit in a child process: the write fails half-way."""
    target = tmp_path / "report.html"
    target.write_text("complete old report")
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))\n"
        "from app.report.save import save_text\n"
        "try:\n"
        f"    save_text({str(target)!r}, 'x' * 100_000)\n"
        "except OSError as exc:\n"
        "    print('refused', exc.errno)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert res.stdout.startswith("refused"), res.stderr
    assert target.read_text() == "complete old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
