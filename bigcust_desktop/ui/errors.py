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

from bigcust_desktop.ui.qt import QCoreApplication, QWidget

log = logging.getLogger(__name__)
CONTEXT = "Errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _sync_messages() -> dict[str, str]:
    return {
        "sync.network": _tr(
            "The server cannot be reached. Your changes are kept and sent at the next sync."
        ),
        "sync.timeout": _tr("The server did not answer in time. Try again later."),
        "sync.server_error": _tr("The server had a problem. Try again later."),
        "sync.server_busy": _tr("The server is busy. Try again in a few minutes."),
        "sync.protocol": _tr("The server sent an incomplete answer. Try again."),
        "sync.tls": _tr(
            "The server's certificate could not be verified. Check the CA bundle in Settings."
        ),
        "sync.busy": _tr("Another sync of this profile is already running."),
        "sync.cancelled": _tr("Sync cancelled."),
        "sync.rejected": _tr("The server refused the request. See the log file."),
        "auth.required": _tr(
            "Your session has ended. Please sign in again; pending changes are kept."
        ),
        "auth.invalid_credentials": _tr("Wrong user name or password."),
        "auth.account_disabled": _tr(
            "This account has been disabled by the operator. The local data has been removed "
            "from this computer."
        ),
        "auth.not_signed_in": _tr("You are not signed in."),
        "config.bad_url": _tr("The server address is not a valid http(s) address."),
        "config.ca_bundle": _tr("The CA bundle file does not exist."),
        "config.unreadable": _tr("The settings file of this profile cannot be read."),
        "config.unwritable": _tr("The settings file of this profile cannot be written."),
    }


def _report_messages() -> dict[str, str]:
    """Export failures; %1 is the file's name where the failure is about one file."""
    return {
        "report.file_open": _tr(
            "%1 is open in another program (Excel or WPS): close it and try again."
        ),
        "report.not_writable": _tr(
            "%1 cannot be written: the folder or the file is read-only for you."
        ),
        "report.disk_full": _tr("The disk is full: %1 was not written."),
        "report.write_failed": _tr("%1 could not be written."),
        "report.folder_missing": _tr("The folder does not exist."),
        "report.out_suffix": _tr("The file name must end in .xlsx."),
        "report.out_is_folder": _tr("Give a file name, not a folder."),
        "report.period_order": _tr("The period starts after it ends."),
        "report.period_invalid": _tr("Choose the period's months from the lists."),
        "report.period_too_long": _tr("The period is too long for this report."),
        "report.days_invalid": _tr("The number of days is out of range."),
        "report.unknown": _tr("This report is not known to this version of the program."),
        "report.none": _tr("Choose at least one report."),
        "report.cancelled": _tr("Export cancelled; no file was left behind."),
        "quote.not_found": _tr("This quote is no longer on this computer."),
    }


def _report_message(exc: object) -> str:
    code = str(getattr(exc, "code", ""))
    params = getattr(exc, "params", {}) or {}
    text = _report_messages().get(code)
    if text is None:  # a refusal of the report layer this table does not know yet
        log.warning("export refused with a code that has no message: %s", code)
        return _tr("The report could not be made. See the log file.")
    file_name = Path(str(params.get("file", ""))).name or _tr("The file")
    return text.replace("%1", file_name)


def _is(exc: BaseException, module: str, name: str) -> bool:
    """isinstance against a class of a module only if that module is loaded: an error of a
    module never imported cannot have been raised, and importing the store's engine just to
    say "no" would cost the start-up half a second."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(exc, getattr(loaded, name))


def user_message(exc: BaseException) -> str | None:
    """A message fit for the user, or None when the failure is a bug."""
    from bigcust_desktop.sync.errors import SyncError  # no dependencies: cheap

    if isinstance(exc, SyncError):
        messages = _sync_messages()
        return messages.get(exc.code) or messages.get(type(exc).code) or _tr("Sync failed.")
    if _is(exc, "bigcust_desktop.reports.errors", "ReportError"):
        return _report_message(exc)
    if _is(exc, "bigcust_desktop.store.keys", "KeyringUnavailable"):
        return _tr(
            "No system keyring is available, so the encrypted data cannot be opened. Start the "
            "keyring service (Credential Manager, Keychain or Secret Service) and try again."
        )
    if _is(exc, "bigcust_desktop.store.engine", "StoreKeyError"):
        return _tr(
            "The local data cannot be opened with the key in the keyring. Sign out to remove it "
            "and download your data again."
        )
    if _is(exc, "bigcust_desktop.ui.demo", "DemoServerError"):
        return _tr("The demo's simulator did not start. The details are in the log file.")
    return None


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
    return _tr(
        "Something went wrong. The details were written to the log file under the reference "
        "%1; please give it to support."
    ).replace("%1", bug_reference(exc, doing))


def show_failure(
    parent: QWidget | None, exc: BaseException, *, title: str = "", doing: str = ""
) -> str:
    """Show `failure_text` in a message box (non-modal); returns the text shown."""
    from bigcust_desktop.ui.qt import QMessageBox  # a dozen enums: not with the window

    message = failure_text(exc, doing)
    box = QMessageBox(QMessageBox.Icon.Warning, title or "bigcust-desktop", message, parent=parent)
    box.setObjectName("failureMessage")
    box.open()
    return message
