"""Renders the app icon (resources/icons/bigcust-desktop.svg) into the PNG and Windows .ico files.

Build-time tool, run by hand when the SVG changes; depends on PySide6 (QtSvg) and the stdlib only.

    .venv/bin/python installer/make_icons.py

Pillow is not a dependency of the project, so the .ico is written directly: an ICO file may hold
PNG images (Windows Vista and later read them), which needs only a 6-byte header and a 16-byte
directory entry per size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "bigcust-desktop.svg"
PNG = SVG.with_suffix(".png")
ICO = ROOT / "installer" / "windows" / "bigcust-desktop.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images: ICONDIR, one ICONDIRENTRY per size, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        # Width and height are one byte each; 0 stands for 256.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render_png(renderer, size) for size in ICO_SIZES}
    PNG.write_bytes(images[256])
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes(images))
    print(f"wrote {PNG.relative_to(ROOT)} and {ICO.relative_to(ROOT)} ({len(images)} sizes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
