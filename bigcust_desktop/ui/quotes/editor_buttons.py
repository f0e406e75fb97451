"""The quote editor's row of buttons (save, submit, export; revise, new version, sent, accepted;
close) and which of them a quote's status and version allow.

Depends on `ui.qt` and `domain.pricing`'s statuses; the editor binds the clicks. Texts keep the
editor's translation context.
"""

from __future__ import annotations

from bigcust_desktop.domain.pricing import QuoteStatus
from bigcust_desktop.ui.qt import QCoreApplication, QHBoxLayout, QPushButton, QWidget


class EditorButtons(QHBoxLayout):
    """The buttons, laid out: the record's own on the left, its status moves and Close right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__()
        self._parent = parent
        self.save = self._button(
            "saveDraft", QCoreApplication.translate("QuoteEditor", "&Save draft"), "Ctrl+S"
        )
        self.submit = self._button(
            "submitQuote", QCoreApplication.translate("QuoteEditor", "Su&bmit"), "Ctrl+Enter"
        )
        self.export = self._button(
            "exportQuote", QCoreApplication.translate("QuoteEditor", "&Export to Excel"), "Ctrl+E"
        )
        # The submitter takes a pending quote back to edit it (撤回修改); a decided or sent quote is
        # revised as a new version, the earlier one kept.
        self.withdraw = self._button(
            "withdrawQuote", QCoreApplication.translate("QuoteEditor", "Re&vise"), ""
        )
        self.revise = self._button(
            "reviseQuote", QCoreApplication.translate("QuoteEditor", "Ne&w version"), ""
        )
        self.sent = self._button(
            "markSent", QCoreApplication.translate("QuoteEditor", "&Mark as sent"), ""
        )
        self.accepted = self._button(
            "markAccepted", QCoreApplication.translate("QuoteEditor", "Customer a&ccepted"), ""
        )
        self.close = self._button(
            "closeEditor", QCoreApplication.translate("QuoteEditor", "Close"), "Esc"
        )
        for button in (self.save, self.submit, self.export):
            self.addWidget(button)
        self.addStretch(1)
        for button in (self.withdraw, self.revise, self.sent, self.accepted, self.close):
            self.addWidget(button)

    def _button(self, name: str, text: str, keys: str) -> QPushButton:
        button = QPushButton(text, self._parent)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if keys:
            button.setToolTip(f"{text.replace('&', '')} ({keys})")
        return button

    def show_state(
        self,
        status: str,
        *,
        exists: bool,
        editable: bool,
        dirty: bool,
        latest: bool,
        revisable: bool,
    ) -> None:
        """What the quote allows: editing a draft, exporting what is saved, the status moves of
        the latest version."""
        self.save.setEnabled(editable)
        self.submit.setEnabled(editable)
        self.export.setEnabled(exists and not dirty)
        pending = status == QuoteStatus.PENDING_APPROVAL
        self.withdraw.setVisible(exists and pending and latest)
        self.revise.setVisible(exists and status != QuoteStatus.DRAFT and not pending)
        self.revise.setEnabled(exists and revisable)
        self.sent.setVisible(status == QuoteStatus.APPROVED and latest)
        self.accepted.setVisible(status == QuoteStatus.SENT and latest)
