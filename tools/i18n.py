"""Translations: extract strings with pyside6-lupdate, fill them from TSV files, compile with
pyside6-lrelease. The .ts files in resources/i18n are the source of truth.

    python tools/i18n.py update          # refresh the .ts files from the code
    python tools/i18n.py fill FILE.tsv…  # set translations: context<TAB>source<TAB>translation
                                         # (FILE.en.tsv: English plural forms, a|b)
    python tools/i18n.py release         # compile .ts -> .qm (what the app loads)
    python tools/i18n.py check           # exit 1 if a zh_CN string is untranslated
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
BIN = Path(sys.executable).parent


def ts_path(language: str) -> Path:
    return I18N / f"bigcust_{language}.ts"


def sources() -> list[Path]:
    return sorted((ROOT / "bigcust_desktop" / "ui").rglob("*.py"))


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
             "-ts", str(ts_path(language))],
            check=True,
        )  # fmt: skip
        tree = ET.parse(ts_path(language))
        tree.getroot().set("language", language)
        tree.write(ts_path(language), encoding="utf-8", xml_declaration=True)


def _read_tsv(names: list[str]) -> dict[tuple[str, str], str]:
    wanted: dict[tuple[str, str], str] = {}
    for name in names:
        with open(name, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] and not row[0].startswith("#"):
                    source = row[1].replace("\\n", "\n").replace("\\t", "\t")
                    text = row[2].replace("\\n", "\n").replace("\\t", "\t")
                    earlier = wanted.get((row[0], source))
                    if earlier is not None and earlier != text:
                        # Two files disagree: which one wins would depend on the file order.
                        sys.exit(f"{name}: {row[0]} / {source!r} is also {earlier!r} elsewhere")
                    wanted[(row[0], source)] = text
    return wanted


def fill(tsv_files: list[str]) -> None:
    """Chinese from ``*.tsv``; English from ``*.en.tsv`` (the plural forms of ``%n`` strings).

    A plural (numerus) message takes its forms separated by ``|``: ``%n open fault|%n open
    faults`` in English, one form in Chinese.
    """
    by_language: dict[str, list[str]] = {"zh_CN": [], "en": []}
    for name in tsv_files:
        by_language["en" if name.endswith(".en.tsv") else "zh_CN"].append(name)
    for language, names in by_language.items():
        wanted = _read_tsv(names)
        path = ts_path(language)
        tree = ET.parse(path)
        filled = 0
        for context in tree.getroot().iter("context"):
            context_name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                text = wanted.get((context_name, source))
                translation = message.find("translation")
                if text is None or translation is None:
                    continue
                if message.get("numerus") == "yes":
                    for form in list(translation):
                        translation.remove(form)
                    for part in text.split("|"):
                        ET.SubElement(translation, "numerusform").text = part
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{language}: filled {filled} of {len(wanted)} translations")


def untranslated() -> list[tuple[str, str]]:
    tree = ET.parse(ts_path("zh_CN"))
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            text = " ".join(f.text or "" for f in forms) if forms else translation.text  # type: ignore[union-attr]
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (text or "").strip()
            ):
                missing.append((context.findtext("name", ""), message.findtext("source", "")))
    return missing


def catalogues() -> list[Path]:
    """Every .ts the app ships compiled: ours, and the supplement to Qt's own catalogue."""
    return [
        *(ts_path(language) for language in LANGUAGES),
        *sorted(I18N.glob("qt_supplement_*.ts")),
    ]


def release() -> None:
    for ts in catalogues():
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update()
    elif command == "fill":
        fill(rest)
    elif command == "release":
        release()
    elif command == "check":
        missing = untranslated()
        for context, source in missing:
            print(f"untranslated: {context}\t{source}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
