"""Icons of the navigation and menus: Tabler Icons (MIT, resources/icons/tabler/LICENSE),
drawn in the palette's text colour. Depends on `ui.qt` and the packaged resources.
"""

from __future__ import annotations

import functools

from bigcust_desktop.resource_files import resource
from bigcust_desktop.ui.qt import QApplication, QIcon, QPalette, QPixmap

# Page (or action) -> Tabler icon name. One outline set, one stroke, one colour.
ICONS = {
    "dashboard": "layout-dashboard",
    "customers": "users",
    "customer360": "user-circle",
    "opportunities": "briefcase",
    "quotes": "file-invoice",
    "approvals": "checklist",
    "tickets": "alert-triangle",
    "activities": "message-circle",
    "atrisk": "trending-down",
    "todos": "calendar-check",
    "contracts": "file-certificate",
    "campaigns": "speakerphone",
    "reports": "chart-bar",
    "sync": "refresh",
    "help": "help",
    "guide": "book",
    "shortcuts": "keyboard",
    "back": "arrow-left",
}
_SIZES = (16, 20, 24, 32)


@functools.cache
def icon(name: str) -> QIcon:
    """The icon of a page or action (an empty icon for a name without one)."""
    file = resource("icons", "tabler", f"{ICONS.get(name, name)}.svg")
    if not file.is_file():
        return QIcon()
    # Tabler draws with `currentColor`, which Qt's SVG renderer does not resolve: set it here.
    app = QApplication.instance()
    colour = (
        app.palette().color(QPalette.ColorRole.WindowText).name()  # type: ignore[union-attr]
        if isinstance(app, QApplication)
        else "#2b2b2b"
    )
    svg = file.read_text(encoding="utf-8").replace("currentColor", colour).encode()
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        if pixmap.loadFromData(svg, "SVG"):
            result.addPixmap(pixmap.scaled(size, size))
    return result
