"""The key of the cache missing from the system keyring while the cache exists (issue 18): the
window asks before anything changes, and never replaces the key on its own.

There is no recovery key in this product (docs/security.md): the only way to keep the cache is
to restore the keyring entry (IT, from a backup of the system keyring), then start again. The
other choice downloads the data again into a new cache; the old one is kept aside, renamed,
since it opens again if the key comes back. Depends on `ui.qt` and `ui.errors`; the store's
`salvage.set_aside` runs on the GUI thread (a rename).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.ui.errors import message_box
from bigcust_desktop.ui.qt import QCoreApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from bigcust_desktop.store.profile import Profile

log = logging.getLogger(__name__)


def is_key_missing(exc: BaseException) -> bool:
    return getattr(exc, "code", None) == "store.key_missing"


def ask_about_missing_key(
    parent: QWidget, profile: Profile, done: Callable[[bool], None]
) -> QMessageBox:
    """Explain and ask: 重新下载数据 (a new cache, the old one set aside) calls ``done(True)``;
    退出, the default, changes nothing and calls ``done(False)``."""
    box = message_box(
        parent,
        QCoreApplication.translate("KeyMissing", "Key of the local data missing"),
        QCoreApplication.translate(
            "KeyMissing",
            "The key that opens the local data is missing from the system keyring (for example "
            "after the keyring was reset). Without it the local data, and any changes not yet "
            "sent in it, cannot be read.\n\n"
            "To keep them, quit and ask IT to restore the keyring entry from a backup, then "
            "start the program again.\n\n"
            "Download again: sign in and download your data into new local data. Changes not "
            "yet sent cannot be read without the key and are not sent; the old file is kept "
            "aside, unchanged, in case the key is restored.",
        ),
        QMessageBox.Icon.Warning,
    )
    box.setObjectName("keyMissing")
    again = box.addButton(
        QCoreApplication.translate("KeyMissing", "&Download the data again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    again.setObjectName("downloadAgainButton")
    quit_button = box.addButton(
        QCoreApplication.translate("KeyMissing", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitButton")
    box.setDefaultButton(quit_button)

    def chosen(_result: int) -> None:
        if box.clickedButton() is not again:
            done(False)
            return
        from bigcust_desktop.store.salvage import set_aside

        aside = set_aside(profile, "keyless")
        log.warning("key missing: the cache was set aside as %s", aside.name if aside else None)
        done(True)

    box.finished.connect(chosen)
    box.open()
    return box
