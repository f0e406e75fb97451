"""What the attachment tests share: a contract of the laptop's own book, a file that passes as a
PDF, and the server's view of an upload.

Depends on the tests' laptop and the store's attachment service.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from bigcust_desktop.store.services.attachments import Attachments
from bigcust_sim.launcher import SimulatorProcess

from .laptop import Laptop

MIB = 1024 * 1024


def own_contract(laptop: Laptop, *, skip: int = 0) -> str:
    """A contract of one of the laptop's own customers (the prefetch fetches its files)."""
    return str(
        laptop.read(
            lambda conn: conn.exec_driver_sql(
                "SELECT k.id FROM contract AS k JOIN customer AS c ON c.id = k.customer_id "
                "WHERE c.manager_id = (SELECT json_extract(value, '$.id') FROM meta "
                "WHERE key = 'user') ORDER BY k.id LIMIT 1 OFFSET ?",
                (skip,),
            ).scalar_one()
        )
    )


def pdf_file(folder: Path, size: int, name: str = "合同扫描件.pdf") -> tuple[Path, bytes]:
    """A file of `size` bytes whose head says PDF, written to `folder`."""
    content = b"%PDF-1.7\n" + os.urandom(size - 9)
    path = folder / name
    path.write_bytes(content)
    return path, content


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def attachments(laptop: Laptop) -> Attachments:
    return laptop.store.attachments


def server_upload(laptop: Laptop, attachment_id: str) -> dict[str, Any]:
    """The server's answer to GET …/upload, asked with the laptop's own session."""
    with laptop.session() as session:
        return session.auth.call(  # type: ignore[no-any-return]
            session.clients["city"], "GET", f"/city/v1/attachments/{attachment_id}/upload"
        )


def server_count(server: SimulatorProcess, entity: str) -> int:
    return int(server.admin("GET", "/counts")["records"][entity])
