"""The one place where failures become messages: expected ones in the user's language, bugs logged.

Depends on `ui.qt`, sync and store error types; never shows a traceback in a dialog.
"""

from __future__ import annotations

import logging

from bigcust_desktop.store.engine import StoreKeyError
from bigcust_desktop.store.keys import KeyringUnavailable
from bigcust_desktop.store.profile import ProfileError
from bigcust_desktop.sync.errors import LoginThrottled, SyncError
from bigcust_desktop.ui.qt import QCoreApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)
CONTEXT = "Errors"


def _sync_messages() -> dict[str, str]:
    return {
        "sync.network": QCoreApplication.translate(
            "Errors",
            "The server cannot be reached. Your changes are kept and sent at the next sync.",
        ),
        "sync.timeout": QCoreApplication.translate(
            "Errors", "The server did not answer in time. Try again later."
        ),
        "sync.server_error": QCoreApplication.translate(
            "Errors", "The server had a problem. Try again later."
        ),
        "sync.server_busy": QCoreApplication.translate(
            "Errors", "The server is busy. Try again in a few minutes."
        ),
        "sync.protocol": QCoreApplication.translate(
            "Errors", "The server sent an incomplete answer. Try again."
        ),
        "sync.tls": QCoreApplication.translate(
            "Errors",
            "The server's certificate could not be verified. Check the CA bundle in Settings.",
        ),
        "sync.busy": QCoreApplication.translate(
            "Errors", "Another sync of this profile is already running."
        ),
        "sync.cancelled": QCoreApplication.translate("Errors", "Sync cancelled."),
        "sync.rejected": QCoreApplication.translate(
            "Errors", "The server refused the request. See the log file."
        ),
        "auth.required": QCoreApplication.translate(
            "Errors", "Your session has ended. Please sign in again; pending changes are kept."
        ),
        "auth.invalid_credentials": QCoreApplication.translate(
            "Errors", "Wrong user name or password."
        ),
        "auth.account_disabled": QCoreApplication.translate(
            "Errors",
            "This account has been disabled by the operator. The local data has been removed "
            "from this computer.",
        ),
        "auth.not_signed_in": QCoreApplication.translate("Errors", "You are not signed in."),
        "config.bad_url": QCoreApplication.translate(
            "Errors", "The server address is not a valid http(s) address."
        ),
        "config.ca_bundle": QCoreApplication.translate(
            "Errors", "The CA bundle file does not exist."
        ),
        "config.insecure_url": QCoreApplication.translate(
            "Errors",
            "The server address uses plain http:// for another computer. Use https:// in "
            "Settings: http:// would send your password and data unencrypted.",
        ),
        "config.compression": QCoreApplication.translate(
            "Errors",
            "The compression setting in the settings file is not auto, gzip or identity.",
        ),
    }


def _profile_message(exc: ProfileError) -> str:
    folder = str(exc.path or "")
    if exc.code == "profile.not_a_folder":
        text = QCoreApplication.translate(
            "Errors", "The profile %1 is a file, not a folder. Choose a folder with --profile."
        )
    elif exc.code == "profile.foreign_folder":
        text = QCoreApplication.translate(
            "Errors",
            "The folder %1 holds other files and is not a bigcust-desktop profile. Choose an "
            "empty or new folder with --profile.",
        )
    elif exc.code == "profile.empty_path":
        text = QCoreApplication.translate("Errors", "The profile folder is empty: name a folder.")
    else:
        text = QCoreApplication.translate(
            "Errors", "The profile folder %1 cannot be used. Check that it can be written."
        )
    return text.replace("%1", folder)


def user_message(exc: BaseException) -> str | None:
    """A message fit for the user, or None when the failure is a bug."""
    if isinstance(exc, LoginThrottled):
        wait = max(1, round(exc.retry_after))
        return QCoreApplication.translate(
            "Errors", "Too many failed sign-ins. Try again in {seconds} seconds."
        ).format(seconds=wait)
    if isinstance(exc, SyncError):
        messages = _sync_messages()
        return (
            messages.get(exc.code)
            or messages.get(type(exc).code)
            or QCoreApplication.translate("Errors", "Sync failed.")
        )
    if isinstance(exc, ProfileError):
        return _profile_message(exc)
    if isinstance(exc, KeyringUnavailable):
        return QCoreApplication.translate(
            "Errors",
            "No system keyring is available, so the encrypted data cannot be opened. Start the "
            "keyring service (Credential Manager, Keychain or Secret Service) and try again.",
        )
    if isinstance(exc, StoreKeyError):
        return QCoreApplication.translate(
            "Errors",
            "The local data cannot be opened with the key in the keyring. Sign out to remove it "
            "and download your data again.",
        )
    return None


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Expected failures as a plain message; bugs logged with their traceback and a short note."""
    message = user_message(exc)
    if message is None:
        log.error("unexpected error", exc_info=exc)
        message = QCoreApplication.translate(
            "Errors", "Something went wrong. The details were written to the log file."
        )
    elif isinstance(exc, SyncError):
        log.info("sync failed: %s", exc.code)
    box = QMessageBox(QMessageBox.Icon.Warning, "bigcust-desktop", message, parent=parent)
    box.setObjectName("failureMessage")
    box.open()
