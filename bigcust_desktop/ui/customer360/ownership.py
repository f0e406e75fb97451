"""Who owns a record or a field and why it cannot be edited here, in the user's language.

The facts come from the data-home table (`domain.datahome`); only the wording lives here.
Depends on `ui.qt`, `ui.labels` and `domain.datahome`.
"""

from __future__ import annotations

from bigcust_desktop.domain.datahome import can_write_field, home_of
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QCoreApplication


def owner_text(entity: str) -> str:
    """``Source: Provincial CRM · read-only here`` for a caption under a panel."""
    home = home_of(entity)
    system = label("system", home.system)
    if home.editable_here and not home.create_only:
        return QCoreApplication.translate("Ownership", "Source: %1 · edited here").replace(
            "%1", system
        )
    return QCoreApplication.translate("Ownership", "Source: %1 · read-only here").replace(
        "%1", system
    )


def why_read_only_text(entity: str) -> str:
    """Why records of ``entity`` cannot be edited on this computer ("" when they can)."""
    home = home_of(entity)
    what = label("entity", entity)
    system = label("system", home.system)
    if home.via_change_request:
        text = QCoreApplication.translate(
            "Ownership",
            "%1 master data belongs to the %2 and is read-only here. Propose a correction "
            "with a change request; the province approves or rejects it.",
        )
    elif home.create_only:
        text = QCoreApplication.translate(
            "Ownership", "A submitted %1 is decided by the %2 and cannot be edited."
        )
    elif not home.editable_here:
        text = QCoreApplication.translate(
            "Ownership", "%1 data belongs to the %2 and is read-only on this computer."
        )
    else:
        return ""
    return text.replace("%1", what).replace("%2", system)


def field_note(entity: str, field: str) -> str:
    """A tooltip for one read-only field: correctable by change request, or not at all."""
    system = label("system", home_of(entity).system)
    if home_of(entity).via_change_request and can_write_field(entity, field):
        text = QCoreApplication.translate(
            "Ownership", "Kept by the %1. Propose a correction with a change request."
        )
    else:
        text = QCoreApplication.translate(
            "Ownership", "Set by the %1; it cannot be corrected from here."
        )
    return text.replace("%1", system)
