"""Where the shipped resources are: one function for icons and translations, any install kind.

The folder is `resources/` at the top of the repository, installed as `bigcust_desktop.resources`
(a package-dir mapping), so `importlib.resources` resolves it in an editable install, the wheel
and the PyInstaller bundle. Depends on the standard library only.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

PACKAGE = "bigcust_desktop.resources"


def resource(*parts: str) -> Traversable:
    """A shipped file, e.g. ``resource("icons", "bigcust-desktop.svg")`` (it may not exist)."""
    node: Traversable = resources.files(PACKAGE)
    for part in parts:
        node = node / part
    return node
