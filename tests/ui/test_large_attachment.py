"""A contract's file above the prefetch size, against the simulator on loopback: not fetched by
the sync, listed with its size and 下载; fetched on request in the sync lane with progress, a
stop that keeps what came, and a second 下载 that goes on from there and opens the file. The
prefetch size is lowered for the test (`TransferPolicy`) rather than moving 20 MiB."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync.attachments_helpers import MIB, own_contract, pdf_file, sha
from sync.laptop import Laptop
from uihelpers import make_context

from bigcust_desktop.domain.attachments import FileState
from bigcust_desktop.sync.attachments import TransferPolicy
from bigcust_desktop.sync.engine import SyncSession
from bigcust_desktop.ui.contracts.attachments import AttachmentsBox
from bigcust_desktop.ui.qt import QDesktopServices, Qt
from bigcust_sim.launcher import SimulatorProcess

WAIT = 30_000


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    data = tmp_path_factory.mktemp("ui-large-file") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


def test_a_large_file_is_fetched_on_request_with_progress_and_a_stop(
    qtbot, server, tmp_path, monkeypatch
):
    office = Laptop(tmp_path / "office", server.base_url, "zhangwei")
    home = Laptop(tmp_path / "home", server.base_url, "zhangwei")
    try:
        office.login()
        office.sync()
        path, content = pdf_file(tmp_path, 3 * MIB)
        contract_id = own_contract(office)
        row = office.store.attachments.add(contract_id, path)
        office.sync()
        home.login()
        with SyncSession(
            home.endpoints, home.secrets, files=TransferPolicy(prefetch_max=MIB)
        ) as session:
            home.sync(session)
        assert home.store.attachments.status(row.id).state is FileState.MISSING

        ctx = make_context(home.store, home.store.meta.user())
        box = AttachmentsBox(ctx)
        qtbot.addWidget(box)
        box.show()
        box.show_contract(contract_id, 1)
        ids = [box.model.row_at(r).id for r in range(box.model.rowCount())]
        box.table.selectRow(ids.index(row.id))
        box.table.clicked.emit(box.table.currentIndex())
        line = ids.index(row.id)
        assert box.model.index(line, 1).data() == "3.0 MB"
        assert box.model.index(line, 3).data() == "Not downloaded"
        assert box.fetch_button.isVisible() and not box.open_button.isEnabled()
        viewed: list = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: viewed.append(url) or True)

        # Stopped at its first chunk (from the sync lane itself, so the stop lands mid-file).
        progress: list[tuple[int, int]] = []
        stop = box.fetch.progressed.connect(
            lambda done, size: (progress.append((done, size)), box.fetch.cancel()),
            Qt.ConnectionType.DirectConnection,
        )
        with qtbot.waitSignal(box.fetch.failed, timeout=WAIT):
            qtbot.mouseClick(box.fetch_button, Qt.MouseButton.LeftButton)
            assert box.stop_button.isVisible() and box.progress.isVisible()
        box.fetch.progressed.disconnect(stop)
        assert progress and progress[0][1] == len(content)
        partly = home.store.attachments.status(row.id)
        assert partly.state is FileState.DOWNLOADING and 0 < partly.done < len(content)
        assert "Stopped" in box.note.text() and box.fetch_button.isVisible() and not viewed

        # 下载 again goes on from there; the file opens, and offline from now on.
        with qtbot.waitSignal(box.opened, timeout=WAIT) as opened:
            qtbot.mouseClick(box.fetch_button, Qt.MouseButton.LeftButton)
        assert sha(Path(opened.args[0]).read_bytes()) == sha(content) and len(viewed) == 1
        assert home.store.attachments.status(row.id).state is FileState.ON_SERVER
        assert box.model.index(line, 3).data() == "Here" and not box.fetch_button.isVisible()
        ctx.tasks.wait()
    finally:
        home.store.attachments.close_copies()
        office.close()
        home.close()
