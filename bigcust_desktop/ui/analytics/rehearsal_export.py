"""A tariff rehearsal's workbook (资费预演) from the screen: where to write it, and the writing in
the export lane through `reports/rehearsal_workbook.py`, audited as every export. Depends on
`ui.qt`, the app context and the task lanes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bigcust_desktop.store.services.rehearsals import RehearsalRun
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QCoreApplication, QFileDialog, Qt, QWidget
from bigcust_desktop.ui.tasks import Lane


def ask_workbook(ctx: AppContext, parent: QWidget, chosen: Callable[[Path], None]) -> QFileDialog:
    """The save-file dialog (non-native, in the profile's exports folder); ``chosen`` gets the
    path."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("RehearsalExport", "Export the rehearsal to Excel")
    )
    dialog.setObjectName("rehearsalExportDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("RehearsalExport", "Excel workbook (*.xlsx)"))
    dialog.setDefaultSuffix("xlsx")
    dialog.setDirectory(str(ctx.profile.exports_dir))
    name = QCoreApplication.translate("RehearsalExport", "Tariff rehearsal %1.xlsx").replace(
        "%1", f"{dt.date.today()}"
    )
    dialog.selectFile(name)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_run(
    ctx: AppContext,
    owner: QWidget,
    run: RehearsalRun,
    path: Path,
    scope_label: str,
    done: Callable[[str], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Write ``run`` to ``path`` in the export lane; the audit log's change notice goes out as
    after every export, then ``done(path)``."""
    store, user = ctx.store, ctx.user

    def work() -> str:
        from bigcust_desktop.reports.rehearsal_workbook import export_rehearsal

        return str(export_rehearsal(store, user, run, path, scope_label=scope_label).path)

    def written(out: str) -> None:
        ctx.notify({"audit_log"})
        done(out)

    ctx.tasks.run(work, written, failed, lane=Lane.EXPORT, owner=owner)
