"""Installers: the frozen Linux bundle for real, the NSIS script compiled, the dmg settings.

The frozen build takes a minute or two, so it is marked slow; .ci/run runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import running_reflector

ROOT = Path(__file__).resolve().parents[2]
BUILD = [sys.executable, str(ROOT / "packaging" / "build.py")]


def built_path(output: str) -> Path:
    return Path(output.strip().splitlines()[-1])


def test_packaging_folder_is_not_an_importable_package() -> None:
    assert not (ROOT / "packaging" / "__init__.py").exists()
    import packaging.version  # the real library, not our folder

    assert hasattr(packaging.version, "Version")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian: nsis) missing")
def test_windows_installer_script_compiles_around_a_stand_in_payload(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "SIP ALG Doctor.exe").write_bytes(b"MZ stand-in for the frozen GUI")
    (payload / "sipalg.exe").write_bytes(b"MZ stand-in for the frozen CLI")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK")
    res = subprocess.run(
        [*BUILD, "windows", "--nsis-payload", str(payload)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    exe = built_path(res.stdout)
    version = re.search(r'(?m)^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text())
    assert version is not None and exe.name == f"SIP-ALG-Doctor-{version.group(1)}-setup.exe"
    assert exe.read_bytes()[:2] == b"MZ" and exe.stat().st_size > 30_000
    nsi = (exe.parent / "installer.nsi").read_text()
    assert f'!define VERSION "{version.group(1)}"' in nsi
    assert "RequestExecutionLevel user" in nsi and "$SMPROGRAMS" in nsi
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" in nsi


def test_dmg_settings_load_and_describe_the_usual_window() -> None:
    app = "/tmp/out/dist/SIP ALG Doctor.app"
    namespace: dict[str, object] = {"defines": {"app": app}}
    code = (ROOT / "packaging" / "macos" / "dmg_settings.py").read_text()
    exec(compile(code, "dmg_settings.py", "exec"), namespace)  # as dmgbuild does
    assert namespace["files"] == [app]
    assert namespace["symlinks"] == {"Applications": "/Applications"}
    assert namespace["format"] == "UDZO" and namespace["volume_name"] == "SIP ALG Doctor"
    locations = namespace["icon_locations"]
    assert isinstance(locations, dict) and set(locations) == {"SIP ALG Doctor.app", "Applications"}


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_macos_signing_is_skipped_with_a_clear_message_without_secrets() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MACOS_", "APPLE_"))}
    res = subprocess.run(
        ["sh", str(ROOT / "packaging" / "macos" / "sign_and_notarize.sh"), "/nonexistent.app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 0 and "Skipping code signing" in res.stdout


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is built on Linux")
def test_frozen_linux_bundle_runs_the_wizard_and_the_cli(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="needs the packaging extra (.ci/setup --test)")
    res = subprocess.run([*BUILD, "linux"], capture_output=True, text=True, timeout=1800, cwd=ROOT)
    assert res.returncode == 0, res.stderr[-3000:]
    archive = built_path(res.stdout)
    assert archive.suffixes[-2:] == [".tar", ".xz"] and archive.exists()
    folder = ROOT / "packaging" / "out" / "dist" / "sip-alg-doctor"
    # The size targets of packaging/README.md, so growth shows up here, not at release.
    unpacked = sum(f.lstat().st_size for f in folder.rglob("*") if not f.is_dir())
    assert unpacked <= 130_000_000, f"bundle {unpacked / 1e6:.1f} MB unpacked (target 130 MB)"
    assert archive.stat().st_size <= 40_000_000, f"{archive.stat().st_size / 1e6:.1f} MB .tar.xz"
    # Every translation the wizard ships, with Qt's own strings in the same languages;
    # no translator sources.
    shipped = sorted(p.name for p in (ROOT / "resources" / "translations").glob("sipalg_*.qm"))
    bundled = folder / "_internal" / "resources" / "translations"
    assert shipped and sorted(p.name for p in bundled.iterdir()) == shipped
    qt_translations = folder / "_internal" / "PySide6" / "Qt" / "translations"
    langs = {name.removeprefix("sipalg_").removesuffix(".qm") for name in shipped}
    assert {f"qtbase_{lang}.qm" for lang in langs} <= {p.name for p in qt_translations.iterdir()}
    assert not (qt_translations / "qtbase_ja.qm").exists()  # not a language the wizard ships
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SIPALG_SMOKE_TEST": "1",
        "XDG_STATE_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    shown = subprocess.run(
        [str(folder / "sip-alg-doctor")], env=env, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "SIPALG-WINDOW-SHOWN" in shown.stdout and "SIP ALG Doctor" in shown.stdout
    with running_reflector() as r:
        probe = subprocess.run(
            [
                str(folder / "sipalg"),
                "probe",
                *r.probe_args,
                "--no-router",
                "--no-stun",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert probe.returncode == 0, probe.stderr
    assert '"verdict": "no_alg_detected"' in probe.stdout
    guide = subprocess.run(
        [str(folder / "sipalg"), "guide", "juniper"], capture_output=True, text=True, timeout=60
    )
    assert guide.returncode == 0 and "set security alg sip disable" in guide.stdout
    providers = subprocess.run(
        [str(folder / "sipalg"), "providers", "dus.net"], capture_output=True, text=True, timeout=60
    )
    assert providers.returncode == 0 and "secure.dus.net:5061" in providers.stdout
