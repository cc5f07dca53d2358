"""Render resources/icons/sipalg.svg to the PNG, ICO and ICNS files the app and installers use.

    .venv/bin/python packaging/make_icons.py

Run it after changing the SVG and commit the results (the build does not need
Qt's SVG renderer or any image library). ICO and ICNS files are containers
of PNG images; both formats are simple enough to write directly.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render_pngs() -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "sipalg.svg"))
    out = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        out[size] = bytes(data.data())
    return out


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(sizes)
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    path.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    types = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
             "ic10": 1024}
    body = b""
    for code, size in types.items():
        data = pngs[size]
        body += code.encode() + struct.pack(">I", len(data) + 8) + data
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    pngs = render_pngs()
    for size in (16, 32, 48, 64, 128, 256, 512):
        (ICONS / f"sipalg-{size}.png").write_bytes(pngs[size])
    write_ico(pngs, ICONS / "sipalg.ico")
    write_icns(pngs, ICONS / "sipalg.icns")
    print(ICONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
