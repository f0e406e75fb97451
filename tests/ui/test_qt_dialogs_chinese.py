"""Qt's own dialogs speak Chinese too: the file chooser, message boxes, standard buttons, a line
edit's context menu, the calendar. Qt's zh_CN catalogue lacks some strings (the file chooser's
"&Look in:" and "Files of &type:", among others); our supplement to it supplies them."""

from __future__ import annotations

import re

from screens import language

from bigcust_desktop.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    Qt,
    QWidget,
)

# Words that are the same in Chinese software: file patterns, units, the product's acronyms.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_ALLOWED = re.compile(
    r"\(\*[^)]*\)|\*\.\w+|&[A-Za-z]|^/\S*$"
    r"|\b(?:Ctrl|Shift|Alt|Excel|CA|CRM|BOSS|URL|KiB|MiB|GiB)\b"
)


def _english(text: str) -> bool:
    return bool(_LATIN_WORD.search(_ALLOWED.sub("", text or "")))


def texts_of(top: QWidget) -> list[str]:
    """What a user reads in ``top``: labels, buttons, combo items, headers, tooltips of buttons."""
    seen: list[str] = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        if isinstance(widget, QLabel):
            seen.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            seen += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QComboBox):
            seen += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            seen += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
    return [t for t in seen if t]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if _english(t)]


def test_the_file_chooser_is_in_chinese(qtbot, qapp, tmp_path):
    (tmp_path / "报表.xlsx").write_bytes(b"x")
    (tmp_path / "子目录").mkdir()
    with language(qapp, "zh_CN"):
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            dialog = QFileDialog(None, "选择文件", str(tmp_path), "Excel 工作簿 (*.xlsx)")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dialog.setAcceptMode(mode)
            dialog.setViewMode(QFileDialog.ViewMode.Detail)
            qtbot.addWidget(dialog)
            dialog.show()
            assert not _english_in(texts_of(dialog)), (mode, _english_in(texts_of(dialog)))
            # The detail view: a folder's type reads in Chinese too. (Sizes and dates follow
            # the computer's own locale, as in every other program on it.)
            tree = dialog.findChild(QAbstractItemView, "treeView")
            model, root = tree.model(), tree.rootIndex()
            qtbot.waitUntil(lambda m=model, r=root: m.rowCount(r) == 2, timeout=5000)
            types = [str(model.index(row, 2, root).data() or "") for row in range(2)]
            assert "文件夹" in types and not _english_in(types), types
            dialog.close()


def test_message_boxes_and_standard_buttons_are_in_chinese(qtbot, qapp):
    buttons = QDialogButtonBox.StandardButton
    with language(qapp, "zh_CN"):
        box = QMessageBox(QMessageBox.Icon.Question, "退出", "确定退出吗？")
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        box.show()
        assert not _english_in(texts_of(box))
        every = QDialogButtonBox(
            buttons.Ok | buttons.Save | buttons.Cancel | buttons.Close | buttons.Discard
            | buttons.Apply | buttons.Reset | buttons.Help | buttons.Open | buttons.Retry
            | buttons.Ignore | buttons.Abort | buttons.YesToAll | buttons.NoToAll
            | buttons.RestoreDefaults | buttons.SaveAll
        )  # fmt: skip
        qtbot.addWidget(every)
        every.show()
        assert not _english_in(texts_of(every)), _english_in(texts_of(every))
        about = QMessageBox(QMessageBox.Icon.Information, "关于", "说明")
        about.setDetailedText("详情")
        qtbot.addWidget(about)
        about.show()
        assert not _english_in(texts_of(about)), _english_in(texts_of(about))


def test_a_line_edit_context_menu_is_in_chinese(qtbot, qapp):
    with language(qapp, "zh_CN"):
        edit = QLineEdit("文字")
        qtbot.addWidget(edit)
        edit.show()
        menu = edit.createStandardContextMenu()
        assert not _english_in(menu_texts(menu)), menu_texts(menu)


def test_the_calendar_is_in_chinese(qtbot, qapp):
    with language(qapp, "zh_CN"):
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        calendar.show()
        tips = [b.toolTip() for b in calendar.findChildren(QAbstractButton)]
        names = [w.accessibleName() for w in calendar.findChildren(QWidget)]
        assert not _english_in(tips + names), _english_in(tips + names)
