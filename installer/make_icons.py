"""Render resources/icons/secretary-app.svg to the sizes each platform wants.

Output (in resources/icons/): ``secretary-app-<N>.png`` for N in SIZES (Linux hicolor
theme, the .desktop file), ``secretary-app.ico`` (Windows: 16..256, PNG-compressed
entries, allowed since Vista) and ``secretary-app.icns`` (macOS: PNG-based entries).
Qt's QSvgRenderer (QtSvg, part of PySide6-Essentials) does the rendering, so no extra
package is needed; the ICO and ICNS containers are simple enough to write here.

Run: ``.venv/bin/python installer/make_icons.py`` (the build runs it when an output is
missing or older than the SVG). Offscreen is fine: only QImage and QPainter are used.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "secretary-app.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types that may hold PNG data: (type, pixel size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512), (b"ic10", 1024),
)


def outputs() -> list[Path]:
    return [ICONS / f"secretary-app-{n}.png" for n in SIZES] + [
        ICONS / "secretary-app.ico", ICONS / "secretary-app.icns"]


def up_to_date() -> bool:
    mtime = SVG.stat().st_mtime
    return all(p.exists() and p.stat().st_mtime >= mtime for p in outputs())


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    # ICONDIR, then one ICONDIRENTRY per image (width/height 0 means 256), then the PNGs.
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for n in ICO_SIZES:
        png = pngs[n]
        side = 0 if n >= 256 else n
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[n])) + pngs[n] for kind, n in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--if-needed" in argv and up_to_date():
        print("make_icons: icons are up to date")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs it)
    pngs = {n: render_png(n) for n in sorted(set(SIZES) | {n for _, n in ICNS_TYPES})}
    for n in SIZES:
        write(ICONS / f"secretary-app-{n}.png", pngs[n])
    write(ICONS / "secretary-app.ico", ico_bytes(pngs))
    write(ICONS / "secretary-app.icns", icns_bytes(pngs))
    total = sum(p.stat().st_size for p in outputs())
    print(f"make_icons: wrote {len(outputs())} files to {ICONS.relative_to(ROOT)} ({total / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
