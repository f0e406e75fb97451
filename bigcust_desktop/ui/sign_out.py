"""Sign-out as the window asks it: how many changes are not on the server, sync first or export
them, and the safe answer (Cancel) as the default (issue 11, DESIGN §7).

Depends on `ui.qt` and the sync panel's export; the wipe itself is the window's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bigcust_desktop.ui.qt import QCoreApplication, QMessageBox, QPushButton, Qt

if TYPE_CHECKING:
    from bigcust_desktop.ui.main_window import MainWindow


def ask_sign_out(window: MainWindow) -> None:
    """Count the unsent changes (read lane), then ask."""
    store = window.store
    window.ctx.read(
        lambda: store.outbox.unsent_total,
        lambda count: _question(window, int(count)),
        lambda exc: _question(window, -1),
        owner=window,
    )


def _question(window: MainWindow, unsent: int) -> QMessageBox:
    box = QMessageBox(window)
    box.setObjectName("signOutQuestion")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning if unsent else QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SignOut", "Sign out"))
    wipe_text = QCoreApplication.translate(
        "SignOut",
        "Signing out removes all data of this account from this computer, with the reports "
        "in the profile's exports folder and the log files; reports saved elsewhere stay.",
    )
    if unsent > 0:
        lost = QCoreApplication.translate(
            "SignOut",
            "%1 change(s) are not on the server yet and would be lost. Sync first to send "
            "them, or export them to a file you keep.",
        ).replace("%1", str(unsent))
        box.setText(lost + "\n\n" + wipe_text)
    elif unsent < 0:
        box.setText(
            QCoreApplication.translate(
                "SignOut", "Whether changes wait to be sent could not be read."
            )
            + "\n\n"
            + wipe_text
        )
    else:
        box.setText(wipe_text)
    sync_first = export_first = None
    if unsent != 0:
        sync_first = QPushButton(QCoreApplication.translate("SignOut", "S&ync, then sign out"), box)
        sync_first.setObjectName("syncThenSignOut")
        box.addButton(sync_first, QMessageBox.ButtonRole.AcceptRole)
        export_first = QPushButton(
            QCoreApplication.translate("SignOut", "&Export, then sign out…"), box
        )
        export_first.setObjectName("exportThenSignOut")
        box.addButton(export_first, QMessageBox.ButtonRole.AcceptRole)
        wipe = QPushButton(
            QCoreApplication.translate("SignOut", "Sign out and &delete %1 change(s)").replace(
                "%1", str(max(unsent, 0)) if unsent > 0 else "?"
            ),
            box,
        )
    else:
        wipe = QPushButton(QCoreApplication.translate("SignOut", "&Sign out"), box)
    wipe.setObjectName("signOutNow")
    box.addButton(wipe, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is wipe:
            window.wipe_signed_out()
        elif clicked is not None and clicked is sync_first:
            _sync_then_sign_out(window)
        elif clicked is not None and clicked is export_first:
            from bigcust_desktop.ui.sync_panel.unsent_dialogs import export_unsent

            export_unsent(window, window.ctx, lambda _count: window.wipe_signed_out())

    box.finished.connect(answered)
    box.open()
    return box


def _sync_then_sign_out(window: MainWindow) -> None:
    """Sync; once it has finished, ask again with what is still unsent (nothing: sign out)."""

    def synced(_report: object) -> None:
        window.synced.disconnect(synced)
        store = window.store
        window.ctx.read(
            lambda: store.outbox.unsent_total,
            lambda count: window.wipe_signed_out() if not count else _question(window, int(count)),
            lambda exc: _question(window, -1),
            owner=window,
        )

    window.synced.connect(synced)
    window.start_sync()
