"""Build the SIP ALG Doctor installers: ``packaging/build.py {linux,windows,macos}``.

Run it with the project environment's Python (after ``.ci/setup --test``, which
installs PyInstaller), on the platform you build for:

    .venv/bin/python packaging/build.py linux      # -> .tar.xz of the one-folder app
    .venv/bin/python packaging/build.py windows    # -> per-user NSIS installer .exe
    .venv/bin/python packaging/build.py macos      # -> .app in a drag-to-Applications .dmg

The last line printed is the path of what was built. The version comes from
pyproject.toml (the single source). ``--nsis-payload DIR`` compiles the Windows
installer around an existing folder (the tests use a stand-in payload, since
the Windows build itself needs Windows).

This folder is deliberately not a Python package: it would shadow the widely
used ``packaging`` library.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "out"
SPEC = ROOT / "packaging" / "pyinstaller" / "sipalg.spec"


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'(?ms)^\[project\].*?^version\s*=\s*"([^"]+)"', text)
    if not found:
        raise SystemExit("build: no version in pyproject.toml")
    return found.group(1)


def run(argv: list[str], **kw: object) -> None:
    print("+", " ".join(argv), file=sys.stderr, flush=True)
    subprocess.run(argv, check=True, **kw)  # type: ignore[call-overload]


def freeze(target: str) -> Path:
    env = {**os.environ, "SIPALG_TARGET": target, "SIPALG_VERSION": version()}
    run([sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
         "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "build")], env=env)
    folder = OUT / "dist" / "sip-alg-doctor"
    # PyInstaller leaves top-level links to libraries the spec pruned: dead weight.
    for link in folder.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return folder


def build_linux() -> Path:
    folder = freeze("linux")
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "icons").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "packaging" / "linux" / "sip-alg-doctor.desktop", share / "applications")
    shutil.copy(ROOT / "resources" / "icons" / "sipalg-256.png",
                share / "icons" / "sip-alg-doctor.png")
    arch = platform.machine() or "x86_64"
    archive = OUT / f"sip-alg-doctor-{version()}-linux-{arch}.tar.xz"
    with tarfile.open(archive, "w:xz", preset=6) as tar:
        tar.add(folder, arcname=f"sip-alg-doctor-{version()}")
    return archive


def version4(v: str) -> str:
    """NSIS's VIProductVersion wants exactly four numbers."""
    nums = [int(n) for n in re.findall(r"\d+", v)[:4]]
    return ".".join(str(n) for n in (nums + [0, 0, 0, 0])[:4])


def nsis(payload: Path) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("build: makensis not found (Debian: apt install nsis; Windows: "
                         "choco install nsis)")
    out = OUT / f"SIP-ALG-Doctor-{version()}-setup.exe"
    OUT.mkdir(parents=True, exist_ok=True)
    script = (ROOT / "packaging" / "windows" / "installer.nsi.in").read_text(encoding="utf-8")
    for key, value in {"VERSION": version(), "VERSION4": version4(version()),
                       "PAYLOAD": str(payload), "OUTFILE": str(out),
                       "ICON": str(ROOT / "resources" / "icons" / "sipalg.ico")}.items():
        script = script.replace(f"@{key}@", value)
    nsi = OUT / "installer.nsi"
    nsi.write_text(script, encoding="utf-8")
    run([makensis, "-V2", "-WX", str(nsi)])
    return out


def build_windows() -> Path:
    return nsis(freeze("windows"))


def build_macos() -> Path:
    freeze("macos")
    app = OUT / "dist" / "SIP ALG Doctor.app"
    dmg = OUT / f"SIP-ALG-Doctor-{version()}-macos-{platform.machine() or 'universal'}.dmg"
    signer = ROOT / "packaging" / "macos" / "sign_and_notarize.sh"
    run([str(signer), str(app)])  # signs the app if the secrets are there, else says so
    run([sys.executable, "-m", "dmgbuild", "-s", str(ROOT / "packaging" / "macos" /
                                                     "dmg_settings.py"),
         "-D", f"app={app}", "SIP ALG Doctor", str(dmg)])
    run([str(signer), str(app), str(dmg)])  # signs and notarises the dmg, or skips
    return dmg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the SIP ALG Doctor installers.")
    ap.add_argument("platform", choices=("linux", "windows", "macos"))
    ap.add_argument("--nsis-payload", type=Path,
                    help="windows: compile the installer around this folder (no freezing)")
    args = ap.parse_args(argv)
    if args.nsis_payload is not None:
        if args.platform != "windows":
            ap.error("--nsis-payload is for the windows installer")
        result = nsis(args.nsis_payload.resolve())
    else:
        result = {"linux": build_linux, "windows": build_windows,
                  "macos": build_macos}[args.platform]()
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
