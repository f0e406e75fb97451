"""The licence texts and notices the bundle ships, generated at build time from the metadata of
the distributions installed in the build environment (importlib.metadata), never kept by hand.

Run by `bigcust-desktop.spec` after the build with the top-level modules the bundle contains;
`python installer/notices.py OUT MODULE...` does the same by hand. Depends on the stdlib only.

pip-licenses was considered: it lists an environment's packages, not what PyInstaller put into
the bundle, cannot add the licences of libraries compiled into a wheel (SQLCipher, OpenSSL), and
does not fail on an unknown licence; what it reads is what this module reads.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SUPPLEMENTS = HERE / "licenses"
PROJECT = "bigcust-desktop"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
LICENSES_DIR = "licenses"
_LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


class NoticeError(Exception):
    """A distribution in the bundle whose licence cannot be told: the build must stop."""


@dataclass(frozen=True)
class Supplement:
    """What a distribution's metadata leaves out: its actual licence, libraries compiled into
    it, and texts to ship with it (files of installer/licenses/)."""

    license: str
    note: str
    texts: tuple[str, ...] = ()


_QT_NOTE = "Qt and its bindings; Qt-source-offer.txt has the licences and the source offer."
_QT = Supplement("LGPL-3.0-only", _QT_NOTE, ("LGPL-3.0.txt", "Qt-source-offer.txt"))
# Qt Charts is offered under the GPL-3.0 (or a commercial licence) only, not the LGPL.
_QT_ADDONS = Supplement(
    "LGPL-3.0-only AND GPL-3.0-only (Qt Charts)",
    _QT_NOTE,
    ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-source-offer.txt"),
)
# The metadata of these is silent or incomplete about what they ship.
SUPPLEMENTS_BY_DIST: dict[str, Supplement] = {
    "sqlcipher3": Supplement(
        license="Zlib AND BSD-3-Clause AND blessing AND Apache-2.0",
        note=(
            "The wheel's metadata names no licence. Its LICENSE file (below) is the zlib-style "
            "licence of pysqlite, from which it derives (its repository's pyproject.toml says "
            "MIT). Compiled into it: SQLCipher (BSD-3-Clause, ZETETIC LLC), SQLite (public "
            "domain) and OpenSSL 3 (Apache-2.0)."
        ),
        texts=("SQLCipher.txt", "SQLite.txt", "OpenSSL.txt", "Apache-2.0.txt"),
    ),
    "pyinstaller": Supplement(
        license="GPL-2.0-or-later WITH Bootloader-exception",
        note=(
            "Only PyInstaller's bootloader is in this program (it is the executable); the "
            "bootloader exception in COPYING.txt allows its use in programs under any licence."
        ),
    ),
    "pyside6-essentials": _QT,
    "pyside6-addons": _QT_ADDONS,
    "shiboken6": _QT,
}


@dataclass
class Entry:
    name: str
    version: str
    license: str
    home: str
    files: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)
    note: str = ""
    texts: tuple[str, ...] = ()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions_of(modules: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these top-level modules (each once)."""
    providers = metadata.packages_distributions()
    names = sorted({d for m in modules for d in providers.get(m.split(".")[0], ())})
    found = {}
    for name in names:
        dist = metadata.distribution(name)
        found[_normal(dist.metadata["Name"])] = dist
    return [found[k] for k in sorted(found)]


def _license(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 100 and text.upper() != "UNKNOWN":
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return " OR ".join(c for c in classifiers if c != "OSI Approved")


def _license_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    found = []
    for path in dist.files or ():
        parts = path.parts
        in_meta = parts and parts[0].endswith(".dist-info")
        if in_meta and ("licenses" in parts or _LICENSE_FILE.search(path.name)):
            located = Path(str(dist.locate_file(path)))
            if located.is_file():
                found.append((path.name, located.read_text(encoding="utf-8", errors="replace")))
    return found


def entry_of(dist: metadata.Distribution) -> Entry:
    meta = dist.metadata
    name = str(meta["Name"])
    urls = dict(
        (label.strip().lower(), url.strip())
        for label, _, url in (u.partition(",") for u in meta.get_all("Project-URL") or [])
    )
    preferred = ("homepage", "home", "source", "source code", "repository", "documentation")
    home = str(
        meta.get("Home-page")
        or next((urls[k] for k in preferred if k in urls), "")
        or next(iter(urls.values()), "")
    )
    entry = Entry(name, str(meta["Version"]), _license(dist), home, _license_files(dist))
    extra = SUPPLEMENTS_BY_DIST.get(_normal(name))
    if extra is not None:
        entry.license, entry.note, entry.texts = extra.license, extra.note, extra.texts
    if not entry.license:
        raise NoticeError(
            f"{name} {entry.version} declares no licence: find its terms and add them to "
            "SUPPLEMENTS_BY_DIST in installer/notices.py"
        )
    if not entry.files and not entry.texts:
        raise NoticeError(f"{name} {entry.version} ships no licence text: add one")
    return entry


def _python_entry() -> Entry:
    """The Python runtime PyInstaller bundles, with CPython's own LICENSE (PSF and the
    licences of the third-party code in it)."""
    version = ".".join(map(str, sys.version_info[:3]))
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt",
    ]
    files = [(p.name, p.read_text(encoding="utf-8")) for p in candidates if p.is_file()][:1]
    if not files:
        raise NoticeError("the Python runtime's LICENSE.txt was not found")
    return Entry("Python", version, "PSF-2.0", "https://www.python.org/", files)


def _qt_version() -> str:
    try:
        from PySide6 import QtCore

        return str(QtCore.qVersion())
    except ImportError:
        return "6"


def write_notices(modules: Iterable[str], out: Path) -> list[Entry]:
    """Write LICENSE.txt (the program's), THIRD-PARTY-NOTICES.txt and licenses/ into `out`
    for the distributions providing `modules`; returns what was written about."""
    dists = [d for d in distributions_of(modules) if _normal(d.metadata["Name"]) != PROJECT]
    entries = [_python_entry(), *(entry_of(d) for d in dists)]
    folder = out / LICENSES_DIR
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copyfile(ROOT / "LICENSE", out / "LICENSE.txt")
    pyside = next((e.version for e in entries if _normal(e.name) == "pyside6-essentials"), "")
    shipped: set[str] = set()
    lines = [
        "bigcust-desktop is free software under the GNU General Public License, version 3 or",
        "later (GPL-3.0-or-later): see LICENSE.txt. It contains the third-party software listed",
        "below, each under its own licence; the full texts are in the licenses/ folder.",
        "Generated at build time from the installed packages' metadata.",
        "",
    ]
    for e in entries:
        lines.append(f"{e.name} {e.version}")
        lines.append(f"    Licence: {e.license}")
        if e.home:
            lines.append(f"    Home: {e.home}")
        if e.note:
            lines.append(f"    Note: {e.note}")
        own = folder / f"{e.name}-{e.version}"
        for file_name, text in e.files:
            own.mkdir(exist_ok=True)
            (own / file_name).write_text(text, encoding="utf-8")
            lines.append(f"    Text: {LICENSES_DIR}/{own.name}/{file_name}")
        for text_name in e.texts:
            lines.append(f"    Text: {LICENSES_DIR}/{text_name}")
            shipped.add(text_name)
        lines.append("")
    for text_name in sorted(shipped):
        source = ROOT / "LICENSE" if text_name == "GPL-3.0.txt" else SUPPLEMENTS / text_name
        text = source.read_text(encoding="utf-8")
        if "{qt_version}" in text:
            text = text.replace("{qt_version}", _qt_version()).replace("{pyside_version}", pyside)
        (folder / text_name).write_text(text, encoding="utf-8")
    (out / NOTICES_FILE).write_text("\n".join(lines), encoding="utf-8")
    return entries


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit("usage: notices.py OUT_FOLDER MODULE...")
    written = write_notices(sys.argv[2:], Path(sys.argv[1]))
    print(f"notices for {len(written)} components in {sys.argv[1]}")
