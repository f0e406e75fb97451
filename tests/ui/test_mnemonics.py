"""Keyboard: no two visible controls of one window share a mnemonic letter (Alt+S must not sign
in when it should reach the server field), in Chinese and in English; nor two items of a menu."""

from __future__ import annotations

from collections import defaultdict

import pytest
from screens import language, screens

from bigcust_desktop.ui.qt import (
    QAbstractButton,
    QGroupBox,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Alt+key -> the texts of the visible controls of ``top`` that answer it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        if key := _key(text):
            found[key].append(text)

    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if buddied or (isinstance(widget, QAbstractButton) and widget.isEnabled()):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    add(widget.tabText(index))
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text())
    return found


def menu_mnemonics(top: QWidget) -> dict[str, dict[str, list[str]]]:
    menus: dict[str, dict[str, list[str]]] = {}
    if not isinstance(top, QMainWindow):
        return menus
    for title in top.menuBar().actions():
        menu = title.menu()
        if not isinstance(menu, QMenu):
            continue
        keys: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isVisible() and (key := _key(action.text())):
                keys[key].append(action.text())
        menus[title.text()] = keys
    return menus


def clashes(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_window_or_menu_has_a_duplicate_mnemonic(qtbot, qapp, small_store, lang):
    found: dict[str, dict[str, list[str]]] = {}
    with language(qapp, lang):
        for name, top in screens(qtbot, small_store):
            if bad := clashes(window_mnemonics(top)):
                found[name] = bad
            for menu, keys in menu_mnemonics(top).items():
                if bad := clashes(keys):
                    found[f"{name}: menu {menu}"] = bad
    assert not found, "\n".join(f"{name}: {bad}" for name, bad in found.items())
