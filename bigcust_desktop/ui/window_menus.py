"""The main window's menus and their keyboard shortcuts: File (sync now, find, settings, sign out,
quit), New (opportunity, quote, fault report), Go (one page per Ctrl+digit, back) and Help (user
guide, keyboard shortcuts, about).

The shortcuts and icons are set once the window has painted (`finish`): making Qt's key enums
and drawing the SVG icons would cost the first paint. Texts keep the window's translation
context. Depends on `ui.qt` and, from `finish`, `ui.icons`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.qt import QAction, QCoreApplication, QKeySequence, QObject

if TYPE_CHECKING:
    from bigcust_desktop.ui.main_window import MainWindow

# The Go menu: Ctrl+1..8 as users learned them; 审批 (approvals, regional managers only) is Ctrl+9,
# 流失预警 (the at-risk worklist) Ctrl+0; 待办, 合同 and 营销活动 are in the menu (Alt+G, then their
# letter) without a digit of their own.
GO_KEYS: dict[str, int | None] = {
    "dashboard": 1, "customers": 2, "opportunities": 3, "quotes": 4, "approvals": 9,
    "tickets": 5, "activities": 6, "todos": None, "contracts": None, "campaigns": None,
    "atrisk": 0, "reports": 7,
    "sync": 8,
}  # fmt: skip


class WindowMenus(QObject):
    """Builds the window's actions (children of the window) and menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._shortcuts: list[tuple[QAction, str]] = []
        self._icons: list[tuple[QAction, str]] = []
        self.needs_store: list[QAction] = []  # enabled once the store is open
        self._build()

    def action(
        self,
        text: str,
        name: str,
        shortcut: str | None,
        slot: Callable[[], Any],
        icon: str | None = None,
    ) -> QAction:
        """An action of the window; ``shortcut`` is a key sequence or the name of a standard
        key ("Find"), and ``icon`` the name of one of `ui.icons`, both set by `finish`."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        if icon is not None:
            self._icons.append((action, icon))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def finish(self) -> None:
        """Set the keyboard shortcuts and the icons (once the window has painted)."""
        from bigcust_desktop.ui.icons import icon

        shortcuts, self._shortcuts = self._shortcuts, []
        for action, shortcut in shortcuts:
            standard = getattr(QKeySequence.StandardKey, shortcut, None)
            action.setShortcut(QKeySequence(standard if standard is not None else shortcut))
        icons, self._icons = self._icons, []
        for action, name in icons:
            action.setIcon(icon(name))

    def show_page_action(self, name: str, visible: bool) -> None:
        """Show or hide a page's Go action (审批 for regional managers only)."""
        self.go_actions[name].setVisible(visible)

    def enable_store(self, enabled: bool) -> None:
        for action in self.needs_store:
            action.setEnabled(enabled)

    def _build(self) -> None:
        w = self._window
        bar = w.menuBar()
        self.sync_action = self.action(
            QCoreApplication.translate("MainWindow", "&Sync now"), "syncAction", "F5", w.start_sync
        )
        find = self.action(
            QCoreApplication.translate("MainWindow", "&Find customer"), "findAction", "Find", w.find
        )
        settings = self.action(
            QCoreApplication.translate("MainWindow", "S&ettings…"),
            "settingsAction",
            "Ctrl+,",
            w.open_settings,
        )
        sign_in = self.action(
            QCoreApplication.translate("MainWindow", "Sign &in…"),
            "signInAction",
            None,
            w.sign_in_requested.emit,
        )
        sign_out = self.action(
            QCoreApplication.translate("MainWindow", "Sign &out…"),
            "signOutAction",
            None,
            w.sign_out,
        )
        quit_action = self.action(
            QCoreApplication.translate("MainWindow", "&Quit"), "quitAction", "Quit", w.close
        )
        self.needs_store += [self.sync_action, find, sign_in, sign_out]
        menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        for action in (self.sync_action, find, settings):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(sign_in)
        menu.addAction(sign_out)
        menu.addAction(quit_action)

        new = bar.addMenu(QCoreApplication.translate("MainWindow", "&New"))
        for text, name, shortcut, start in (
            (QCoreApplication.translate("MainWindow", "&Opportunity…"), "newOpportunityAction",
             "Ctrl+Shift+O", w.new_opportunity),
            (QCoreApplication.translate("MainWindow", "&Quote…"), "newQuoteAction",
             "Ctrl+Shift+Q", w.new_quote),
            (QCoreApplication.translate("MainWindow", "&Fault report…"), "newFaultAction",
             "Ctrl+Shift+F", w.report_fault),
        ):  # fmt: skip
            action = self.action(
                text, name, shortcut, lambda _c=False, s=start: s(w.current_customer())
            )
            new.addAction(action)
            self.needs_store.append(action)

        go = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        back = self.action(
            QCoreApplication.translate("MainWindow", "&Back"), "backAction", "Back", w.go_back,
            icon="back",
        )  # fmt: skip
        self.go_actions: dict[str, QAction] = {}
        for name, number in GO_KEYS.items():
            # `triggered` passes `checked`: it must not land in `n`.
            action = self.action(
                w.page_title(name), f"go_{name}", None if number is None else f"Ctrl+{number}",
                lambda _checked=False, n=name: w.show_page(n), icon=name,
            )  # fmt: skip
            action.setVisible(not w.page_hidden(name))
            self.go_actions[name] = action
            go.addAction(action)
        go.addSeparator()
        go.addAction(back)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(
            self.action(QCoreApplication.translate("MainWindow", "&User guide"),
                        "userGuideAction", "HelpContents", w.user_guide, icon="guide")
        )  # fmt: skip
        help_menu.addAction(
            self.action(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                        "shortcutsAction", None, w.keyboard_shortcuts, icon="shortcuts")
        )  # fmt: skip
        help_menu.addSeparator()
        help_menu.addAction(
            self.action(QCoreApplication.translate("MainWindow", "&About"), "aboutAction", None,
                        w.about)
        )  # fmt: skip
