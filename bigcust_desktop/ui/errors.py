"""The one place where failures become messages: expected ones in the user's language, bugs logged.

An expected failure carries a stable code (sync, sign-in, the store at open, an export) and gets
a sentence the user can act on. Anything else is a bug: its traceback goes to the log under a
short reference (``E-3F9A1C``) and the user sees one plain sentence with that reference to give
support: never ``str(exc)``, never a traceback, never the server's English. Depends on `ui.qt`;
the error types of store, sync and reports are looked up lazily (the window paints first).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.qt import QCoreApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


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
        # Problem codes of the contract the client cannot fix by retrying (server.<code>).
        "server.invalid_cursor": QCoreApplication.translate(
            "Errors",
            "The server no longer knows where this computer's last download stopped. Sync "
            "again: the data is downloaded afresh.",
        ),
        "server.invalid_request": QCoreApplication.translate(
            "Errors",
            "The server did not understand this program's request; your changes are kept. "
            "Update the program or give the log file to support.",
        ),
        "server.not_found": QCoreApplication.translate(
            "Errors",
            "The server address answers, but not as the CRM. Check the server address in Settings.",
        ),
        "server.method_not_allowed": QCoreApplication.translate(
            "Errors",
            "The server does not accept this program's request: this version may be too old. "
            "Update the program; your changes are kept.",
        ),
        "server.payload_too_large": QCoreApplication.translate(
            "Errors",
            "The server refused a batch of changes as too large; they are kept. Sync again.",
        ),
        "sync.failed": QCoreApplication.translate(
            "Errors", "Sync failed; your changes are kept. Try again, or see the log file."
        ),
        "auth.required": QCoreApplication.translate(
            "Errors", "Your session has ended. Please sign in again; pending changes are kept."
        ),
        "auth.tokens_rejected": QCoreApplication.translate(
            "Errors",
            "The server did not accept this session for now; your sign-in is kept. Try again "
            "later; if it goes on, tell the IT help desk.",
        ),
        "account.unsent_work": QCoreApplication.translate(
            "Errors",
            "This computer holds changes of the previous user that are not on the server yet; "
            "signing in as another user would delete them. Sign in as that user and sync "
            "first, or export them.",
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
        "config.unreadable": QCoreApplication.translate(
            "Errors", "The settings file of this profile cannot be read."
        ),
        "config.unwritable": QCoreApplication.translate(
            "Errors", "The settings file of this profile cannot be written."
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


def _sync_message(code: str) -> str | None:
    messages = _sync_messages()
    # An expired token the refresh could not renew ends the session like any other.
    messages["auth.token_expired"] = messages["auth.required"]
    return messages.get(code)


def _report_messages() -> dict[str, str]:
    """Export failures; %1 is the file's name where the failure is about one file."""
    return {
        "report.file_open": QCoreApplication.translate(
            "Errors", "%1 is open in another program (Excel or WPS): close it and try again."
        ),
        "report.not_writable": QCoreApplication.translate(
            "Errors", "%1 cannot be written: the folder or the file is read-only for you."
        ),
        "report.disk_full": QCoreApplication.translate(
            "Errors", "The disk is full: %1 was not written."
        ),
        "report.write_failed": QCoreApplication.translate("Errors", "%1 could not be written."),
        "report.folder_missing": QCoreApplication.translate("Errors", "The folder does not exist."),
        "report.out_suffix": QCoreApplication.translate(
            "Errors", "The file name must end in .xlsx."
        ),
        "report.name_too_long": QCoreApplication.translate(
            "Errors", "The file name is too long: shorten it."
        ),
        "report.out_is_folder": QCoreApplication.translate(
            "Errors", "Give a file name, not a folder."
        ),
        "report.period_order": QCoreApplication.translate(
            "Errors", "The period starts after it ends."
        ),
        "report.period_invalid": QCoreApplication.translate(
            "Errors", "Choose the period's months from the lists."
        ),
        "report.period_too_long": QCoreApplication.translate(
            "Errors", "The period is too long for this report."
        ),
        "report.days_invalid": QCoreApplication.translate(
            "Errors", "The number of days is out of range."
        ),
        "report.unknown": QCoreApplication.translate(
            "Errors", "This report is not known to this version of the program."
        ),
        "report.none": QCoreApplication.translate("Errors", "Choose at least one report."),
        "report.cancelled": QCoreApplication.translate(
            "Errors", "Export cancelled; no file was left behind."
        ),
        "quote.not_found": QCoreApplication.translate(
            "Errors", "This quote is no longer on this computer."
        ),
    }


def sync_code_message(code: str) -> str:
    """The message of a sync error by its code alone (a stopped sync in the sync log)."""
    return _sync_message(code) or QCoreApplication.translate("Errors", "Sync failed.")


def _report_message(exc: object) -> str:
    code = str(getattr(exc, "code", ""))
    params = getattr(exc, "params", {}) or {}
    text = _report_messages().get(code)
    if text is None:  # a refusal of the report layer this table does not know yet
        log.warning("export refused with a code that has no message: %s", code)
        return QCoreApplication.translate(
            "Errors", "The report could not be made. See the log file."
        )
    file_name = Path(str(params.get("file", ""))).name or QCoreApplication.translate(
        "Errors", "The file"
    )
    return text.replace("%1", file_name)


def _is(exc: BaseException, module: str, name: str) -> bool:
    """isinstance against a class of a module only if that module is loaded: an error of a
    module never imported cannot have been raised, and importing the store's engine just to
    say "no" would cost the start-up half a second."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(exc, getattr(loaded, name))


def _profile_message(exc: Any) -> str:
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
    from bigcust_desktop.sync.errors import LoginThrottled, SyncError  # no dependencies: cheap

    if isinstance(exc, LoginThrottled):
        wait = max(1, round(exc.retry_after))
        return QCoreApplication.translate(
            "Errors", "Too many failed sign-ins. Try again in {seconds} seconds."
        ).format(seconds=wait)
    if isinstance(exc, SyncError):
        return (
            _sync_message(exc.code)
            or _sync_message(type(exc).code)
            or QCoreApplication.translate("Errors", "Sync failed.")
        )
    if _is(exc, "bigcust_desktop.reports.errors", "ReportError"):
        return _report_message(exc)
    environment = _environment_failure(exc)
    if environment is not None:
        return _store_open_messages().get(environment.code)
    if _is_database_error(exc) and "malformed" in str(exc).lower():
        # A damaged page met while working (a sync, a page, a save): not a bug of ours.
        return QCoreApplication.translate(
            "Errors",
            "The local data file is damaged. Quit and start the program again: it checks the "
            "data and offers to rebuild it from the server, keeping the changes not yet sent.",
        )
    if _is(exc, "bigcust_desktop.store.profile", "ProfileError"):
        return _profile_message(exc)
    if _is(exc, "bigcust_desktop.store.keys", "KeyringUnavailable"):
        return QCoreApplication.translate(
            "Errors",
            "No system keyring is available, so the encrypted data cannot be opened. Start the "
            "keyring service (Credential Manager, Keychain or Secret Service) and try again.",
        )
    if _is(exc, "bigcust_desktop.store.engine", "StoreKeyError"):
        return QCoreApplication.translate(
            "Errors",
            "The local data cannot be opened with the key in the keyring: the key is wrong. "
            "Changes not yet sent cannot be read, nor exported, without the right key. If IT "
            "can restore the right key, they are kept; otherwise sign out to remove the data "
            "and download it again, and those changes are lost.",
        )
    if _is(exc, "bigcust_desktop.store.keys", "KeyMissing"):
        return QCoreApplication.translate(
            "Errors",
            "The key of the local data is missing from the system keyring, so the data (and "
            "changes not yet sent) cannot be read. Ask IT to restore the keyring entry; no new "
            "key was made. Otherwise sign out to remove the data and download it again.",
        )
    if _is(exc, "bigcust_desktop.store.engine", "StoreOpenError"):
        return _store_open_messages().get(getattr(exc, "code", ""))
    if _is(exc, "bigcust_desktop.ui.demo", "DemoServerError"):
        return QCoreApplication.translate(
            "Errors", "The demo's simulator did not start. The details are in the log file."
        )
    return None


def _environment_failure(exc: BaseException) -> Any:
    """A full disk, a read-only cache or an unwritable folder met while working (a sync, a
    save, an export): the environment's failure, told by its code, never an internal error."""
    if not isinstance(exc, OSError) and not _is_database_error(exc):
        return None
    from bigcust_desktop.store.engine import environment_failure

    return environment_failure(exc, Path(getattr(exc, "filename", None) or "."))


def _is_database_error(exc: BaseException) -> bool:
    return any(
        cls.__name__ in ("DBAPIError", "DatabaseError", "OperationalError")
        for cls in type(exc).__mro__
    )


def _store_open_messages() -> dict[str, str]:
    """Each reason the local data did not open, with its next step; none advises deleting it."""
    return {
        "store.corrupt": QCoreApplication.translate(
            "Errors",
            "The local data file is damaged (cut short or overwritten). Do not delete it: "
            "changes not yet sent may still be recovered from it. Contact IT.",
        ),
        "store.disk_full": QCoreApplication.translate(
            "Errors",
            "The disk is full, so the local data cannot be written. Free some space, then "
            "start the program again; nothing is lost.",
        ),
        "store.read_only": QCoreApplication.translate(
            "Errors",
            "The local data file is read-only. Give your account write access to it, then start "
            "the program again; nothing is lost.",
        ),
        "store.unwritable": QCoreApplication.translate(
            "Errors",
            "The program cannot write to its data folder. Give your account write access to "
            "it, then start the program again.",
        ),
        "store.io": QCoreApplication.translate(
            "Errors",
            "The system could not open the local data. Start the program again; if it goes on, "
            "contact IT with the log file.",
        ),
    }


def bug_reference(exc: BaseException, doing: str = "") -> str:
    """Log a bug with its traceback under a new short reference, and return the reference."""
    import secrets

    reference = "E-" + secrets.token_hex(3).upper()
    log.error("bug %s%s", reference, f" while {doing}" if doing else "", exc_info=exc)
    return reference


def failure_text(exc: BaseException, doing: str = "") -> str:
    """What to tell the user: the expected failure's message, or a bug's reference."""
    message = user_message(exc)
    if message is not None:
        code = getattr(exc, "code", type(exc).__name__)
        log.info("%s failed: %s", doing or "an action", code)
        return message
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong. The details were written to the log file under the reference "
        "%1; please give it to support.",
    ).replace("%1", bug_reference(exc, doing))


def show_failure(
    parent: QWidget | None, exc: BaseException, *, title: str = "", doing: str = ""
) -> str:
    """Show `failure_text` in a message box (non-modal); returns the text shown."""
    from bigcust_desktop.ui.qt import QMessageBox  # a dozen enums: not with the window

    message = failure_text(exc, doing)
    box = message_box(parent, title or "bigcust-desktop", message, QMessageBox.Icon.Warning)
    box.setObjectName("failureMessage")
    details = failure_details(exc)
    if details:
        box.setDetailedText(details)  # 详情: the server's or the engine's own words
    box.open()
    return message


def message_box(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon | None = None
) -> QMessageBox:
    """A message box showing `text` as plain text (a reason may quote a customer's name or a
    server's words: never read as markup); the caller adds buttons and opens it."""
    from bigcust_desktop.ui.qt import QMessageBox, Qt

    box = QMessageBox(icon or QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def failure_details(exc: BaseException) -> str:
    """An expected failure's raw text (the server's English, the HTTP status), for the 详情
    a user opens or gives to support; a bug has none (its reference is in the message)."""
    if user_message(exc) is None:
        return ""
    code = str(getattr(exc, "code", type(exc).__name__))
    raw = str(getattr(exc, "message", "") or exc)
    return f"[{code}] {raw}".strip()
