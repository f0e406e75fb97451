"""帮助: the user guide (docs/user-guide.md, shipped with the app), the keyboard shortcuts and
the About box.

Depends on `ui.qt` and the packaged resources; the window's own shortcuts are read from its
actions, so the list cannot drift from what the keys do.
"""

from __future__ import annotations

import re
from pathlib import Path

from bigcust_desktop.resource_files import resource
from bigcust_desktop.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# Pictures of the guide are for its readers on the web; the app shows the words.
_PICTURE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$", re.M)


def user_guide_markdown() -> str:
    """The guide as shipped (a wheel or the installer bundle), else the checkout's docs/."""
    shipped = resource("help", "user-guide.md")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
    return checkout.read_text(encoding="utf-8") if checkout.is_file() else ""


class UserGuideDialog(QDialog):
    """The user guide, searchable with Ctrl+F in the text, scrolled with the keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 600)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(_PICTURE.sub("", user_guide_markdown()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()


# Keys that belong to pages and dialogs rather than to the window's menus: (keys, what).
_CONTEXT = "Shortcuts"
PAGE_KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New record on the page shown")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Log a contact (customer 360)")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Refresh the dashboard")),
    ("Ctrl+Shift+B", QT_TRANSLATE_NOOP("Shortcuts", "Opportunities: table or stage board")),
    ("Ctrl+Shift+Right", QT_TRANSLATE_NOOP("Shortcuts", "Stage board: move a card one stage on")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Opportunities: undo the last stage move (unsent)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export the quote to Excel")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the form")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Submit the quote")),
    ("F4", QT_TRANSLATE_NOOP("Shortcuts", "Open the calendar of a date field")),
    ("Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected row")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog without saving")),
)


def _native(keys: QKeySequence | str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: the window's (from its actions) and the pages' and dialogs'."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        rows: list[tuple[str, str]] = []
        for action in window.actions():
            if not action.shortcut().isEmpty() and action.isVisible():
                what = action.text().replace("&", "").rstrip("…").rstrip(".")
                rows.append((what, _native(action.shortcut())))
        rows += [(QCoreApplication.translate(_CONTEXT, what), _native(k)) for k, what in PAGE_KEYS]
        rows.append((self.tr("The underlined letter of a field or button"), self.tr("Alt+letter")))
        self._rows = rows
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for what, keys in rows:
            model.appendRow([QStandardItem(what), QStandardItem(keys)])
        table = QTableView(self)
        table.setObjectName("shortcutsTable")
        table.setModel(model)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(what it does, keys) as listed."""
        return list(self._rows)


def show_about(window: QWidget) -> None:
    """关于: the version and the licence (texts in the window's translation context)."""
    from bigcust_desktop import __version__
    from bigcust_desktop.ui.qt import QMessageBox

    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About bigcust-desktop"),
        QCoreApplication.translate(
            "MainWindow",
            "bigcust-desktop %1\nOffline-first client for big-customer account managers.\n\n"
            "Free software under the GNU General Public License, version 3 or later. The "
            "licence and those of the components it contains are in LICENSE.txt and "
            "THIRD-PARTY-NOTICES.txt in the program folder.",
        ).replace("%1", __version__),
    )
