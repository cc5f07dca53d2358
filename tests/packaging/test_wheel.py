"""The wheel: built quietly, offline, with every package and every bundled data file.

A fresh set-up used to print a wall of setuptools warnings (each folder under
resources/ taken for a Python package). The build here runs from a copy of the
sources, without build isolation (so no index is needed), and must print no
warning at all; the wheel must hold every package under app/ and every file
under resources/ (new folders included, with no edit to pyproject.toml), and an
unpacked wheel must find its resources the way an installed copy does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _copy_sources(dest: Path) -> None:
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("app", "resources"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    pytest.importorskip("build", reason="the 'build' package (dev extra) is needed")
    src = tmp_path_factory.mktemp("src")
    _copy_sources(src)
    out = tmp_path_factory.mktemp("dist")
    # PYTHONDONTWRITEBYTECODE makes distutils warn that it skips byte-compiling: the
    # machine's setting, not the project's, so the build runs without it.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    res = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1
    return wheels[0], res.stdout + res.stderr


def test_build_prints_no_setuptools_warning(built_wheel: tuple[Path, str]) -> None:
    _, output = built_wheel
    noisy = [
        line
        for line in output.splitlines()
        if re.search(r"warn|deprecat|is absent from the|!!", line, re.IGNORECASE)
    ]
    assert noisy == []


def test_wheel_holds_every_package_and_resource(built_wheel: tuple[Path, str]) -> None:
    wheel, _ = built_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = {p.relative_to(ROOT).as_posix() for p in (ROOT / "app").rglob("__init__.py")}
    assert packages and packages <= names, sorted(packages - names)
    assert "app/py.typed" in names
    data = {
        "app/_resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    # the guides and the rest of the bundled data, whatever folders they sit in
    assert any(n.startswith("app/_resources/guides/") and n.endswith(".toml") for n in data)
    assert data <= names, sorted(data - names)


def test_unpacked_wheel_finds_its_resources(built_wheel: tuple[Path, str], tmp_path: Path) -> None:
    wheel, _ = built_wheel
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # -S: no site-packages (so not the editable install), -P: not the current folder
    code = (
        "import app.core.resources as r, sys; root = r.resources_root(); "
        "print(root); sys.exit(0 if (root / 'guides' / 'generic.toml').is_file() else 1)"
    )
    res = subprocess.run(
        [sys.executable, "-S", "-P", "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert Path(res.stdout.strip()) == site / "app" / "_resources"
