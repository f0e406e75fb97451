"""Loading the interface's language: Qt's own catalogue, our supplement to it, and ours.

Depends on `ui.qt` and the packaged resources. Qt looks a string up in the translator installed
last first, so the supplement (strings Qt's zh_CN catalogue lacks) is installed after Qt's own.
"""

from __future__ import annotations

import logging

from bigcust_desktop.resource_files import resource
from bigcust_desktop.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def translation_path(language: str, catalogue: str = "bigcust") -> str | None:
    """A compiled translation shipped in the package (``bigcust`` or ``qt_supplement``)."""
    path = resource("i18n", f"{catalogue}_{language}.qm")
    return str(path) if path.is_file() else None


def _load(app: QCoreApplication, path_or_name: str, folder: str = "") -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(path_or_name, folder):
        return None
    app.installTranslator(translator)
    return translator


def install_qt_catalogues(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own catalogue of `language` and our supplement to it (its standard dialogs'
    texts). The start-up installs them after the first paint: no standard dialog is open yet,
    and no string of ours is in Qt's contexts, so the order against ours does not matter."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = _load(app, f"qtbase_{language}", qt_folder)
    if qt_own is None:
        log.warning("Qt's own %s catalogue not found in %s", language, qt_folder)
    else:
        installed.append(qt_own)
    supplement = translation_path(language, "qt_supplement")
    if supplement is not None and (translator := _load(app, supplement)) is not None:
        installed.append(translator)
    return installed


def install_translators(
    app: QCoreApplication, language: str, *, qt: bool = True
) -> list[QTranslator]:
    """Install every catalogue of `language` (Qt's only with ``qt``), in lookup order; returns
    them (for removal).

    English is the source language; its catalogue holds only the plural forms (``%n open
    faults``). Dates, month names and number grouping follow the language too.
    """
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    installed = install_qt_catalogues(app, language) if qt else []
    path = translation_path(language)
    ours = _load(app, path) if path is not None else None
    if ours is None:
        if language != "en":
            log.warning("translation %s not found; the interface stays in English", language)
    else:
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))
