"""Validation messages in the user's language, chosen by the error's stable code.

The domain's English message is the fallback for a code this table does not know yet.
Depends on `ui.qt` and `domain.errors`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ValidationMessage"

# code -> English source with %1, %2 ... placeholders, filled from the error's params in the
# order given by _PARAMS. The texts are marked for pyside6-lupdate and translated when shown.
_TEXTS: dict[str, str] = {
    "field.required": QT_TRANSLATE_NOOP("ValidationMessage", "This field is required."),
    # One wording for one rule: a blank field and a missing choice are "required" too.
    "field.blank": QT_TRANSLATE_NOOP("ValidationMessage", "This field is required."),
    "field.too_long": QT_TRANSLATE_NOOP("ValidationMessage", "At most %1 characters."),
    "field.too_short": QT_TRANSLATE_NOOP("ValidationMessage", "At least %1 characters."),
    "field.range": QT_TRANSLATE_NOOP("ValidationMessage", "Must be from %1 to %2."),
    "field.enum": QT_TRANSLATE_NOOP("ValidationMessage", "Choose one of the listed values."),
    "field.type": QT_TRANSLATE_NOOP("ValidationMessage", "This value has the wrong form."),
    "field.unknown": QT_TRANSLATE_NOOP("ValidationMessage", "This field is not known."),
    "field.read_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This field cannot be changed on this computer."
    ),
    "entity.read_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This record cannot be edited on this computer."
    ),
    "decimal.invalid": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a number."),
    "money.invalid": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Enter an amount in yuan, such as 12800.00."
    ),
    "money.negative": QT_TRANSLATE_NOOP("ValidationMessage", "The amount cannot be negative."),
    "money.too_large": QT_TRANSLATE_NOOP("ValidationMessage", "The amount is too large."),
    "date.invalid": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a real date (YYYY-MM-DD)."),
    "instant.invalid": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a real date and time."),
    "instant.naive": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a real date and time."),
    "month.invalid": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a month (YYYY-MM)."),
    "uscc.required": QT_TRANSLATE_NOOP("ValidationMessage", "The credit code is required."),
    "uscc.length": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A unified social credit code has 18 characters."
    ),
    "uscc.charset": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The credit code contains a character that is not allowed."
    ),
    "uscc.division": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "Characters 3 to 8 of the credit code must be an administrative division code.",
    ),
    "uscc.check_char": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The credit code's check character does not match."
    ),
    "resident_id.required": QT_TRANSLATE_NOOP("ValidationMessage", "The ID number is required."),
    "resident_id.length": QT_TRANSLATE_NOOP(
        "ValidationMessage", "An ID number has 18 digits (or 15 in the old format)."
    ),
    "resident_id.charset": QT_TRANSLATE_NOOP(
        "ValidationMessage", "An ID number has 17 digits followed by a digit or X."
    ),
    "resident_id.birth_date": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The birth date in the ID number is not possible."
    ),
    "resident_id.check_digit": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The ID number's check digit does not match."
    ),
    "resident_id.no_legacy_form": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only people born from 1900 to 1999 had a 15-digit ID number."
    ),
    "mobile.required": QT_TRANSLATE_NOOP("ValidationMessage", "The mobile number is required."),
    "mobile.format": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A mobile number has 11 digits and starts with 13 to 19."
    ),
    "email.format": QT_TRANSLATE_NOOP("ValidationMessage", "Not an e-mail address."),
    "landline.required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The telephone number is required."
    ),
    "landline.format": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "A telephone number is an area code starting with 0 and a 7- or 8-digit number.",
    ),
    "contact.no_phone": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Give a mobile or a landline number."
    ),
    "iot.format": QT_TRANSLATE_NOOP(
        "ValidationMessage", "An IoT number has 13 digits starting with 1064 or 14."
    ),
    "range.order": QT_TRANSLATE_NOOP("ValidationMessage", "The maximum is below the minimum."),
    "dates.order": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The end date cannot be before the start date."
    ),
    "times.order": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The end time cannot be before the start time."
    ),
    "round.after_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Name the earlier round whose targets this round follows up."
    ),
    "task.opportunity": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Name the opportunity that was opened."
    ),
    "task.outcome": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A done task, and only one, carries its outcome."
    ),
    "task.suppression_reason": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A suppressed task, and only one, carries the reason."
    ),
    "todo.done_at": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A done to-do, and only one, has its done time."
    ),
    "todo.source": QT_TRANSLATE_NOOP("ValidationMessage", "Give both the source and its record."),
    "todo.when": QT_TRANSLATE_NOOP("ValidationMessage", "Give a planned time or a due time."),
    "competitor.future": QT_TRANSLATE_NOOP("ValidationMessage", "This date is still to come."),
    "contract.renewal_after_end": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Renewal talks must start before the contract ends."
    ),
    "todo.planned_time": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A planned visit or call needs a time."
    ),
    "contract.circuit_twice": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A circuit is listed once per contract."
    ),
    "contact_role.self": QT_TRANSLATE_NOOP("ValidationMessage", "A person cannot report to self."),
    "stage.unknown": QT_TRANSLATE_NOOP("ValidationMessage", "Unknown sales stage."),
    "stage.move_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "An opportunity cannot move from %1 to %2."
    ),
    "stage.won_final": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A won deal is final: a new deal is a new opportunity."
    ),
    "stage.won_needs_offer": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A deal is won on an offer: move it to proposal or negotiation first."
    ),
    "stage.back_one_step": QT_TRANSLATE_NOOP(
        "ValidationMessage", "An opportunity moves back one stage at a time."
    ),
    "stage.lost_reopens_to_lead": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A lost opportunity reopens as a lead."
    ),
    "opportunity.signed_on": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Give the signing date, today or earlier."
    ),
    "outbox.already_sent": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This change has already been sent to the server: it cannot be undone."
    ),
    "opportunity.lost_reason": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Say why the opportunity was lost."
    ),
    "opportunity.probability": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The probability is a whole percentage from 0 to 100."
    ),
    "quote.discount": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The discount is a percentage from 0 to 100."
    ),
    "quote.quantity": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The quantity is a whole number from %1 to %2."
    ),
    "quote.term": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The term is a whole number of months from %1 to %2."
    ),
    "quote.term_below_minimum": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This product is sold for at least %1 months."
    ),
    "quote.no_lines": QT_TRANSLATE_NOOP("ValidationMessage", "A quote needs at least one line."),
    "quote.move_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This quote cannot change from %1 to %2."
    ),
    "quote.product_unknown": QT_TRANSLATE_NOOP("ValidationMessage", "Pick a product."),
    "quote.product_inactive": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This product is no longer sold."
    ),
    "quote.valid_until_past": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The quote must be valid until today or later."
    ),
    "quote.not_draft": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only a draft quote can be changed; revise it first."
    ),
    "quote.not_editable": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Take the quote back to draft to change its lines."
    ),
    "quote.approver_role": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only a regional or city manager decides on quotes."
    ),
    "quote.approval_forbidden": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The regional manager of the customer's team or the city manager approves or rejects "
        "a quote, never his or her own.",
    ),
    "quote.not_pending": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This quote is not waiting for approval."
    ),
    "quote.reject_note": QT_TRANSLATE_NOOP("ValidationMessage", "Say why the quote is rejected."),
    "quote.revise_draft": QT_TRANSLATE_NOOP("ValidationMessage", "A draft is edited, not revised."),
    "quote.reason_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Say why the price goes below the floor: the approver reads it."
    ),
    "ticket.severity": QT_TRANSLATE_NOOP("ValidationMessage", "This field is required."),
    "ticket.move_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This ticket cannot change from %1 to %2."
    ),
    "ticket.move_not_manager": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This change of status is made by the operations centre."
    ),
    "ticket.reopen_note": QT_TRANSLATE_NOOP("ValidationMessage", "Say what is still not working."),
    "change_request.empty": QT_TRANSLATE_NOOP("ValidationMessage", "Propose at least one change."),
    "change_request.field": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This field cannot be changed by a change request."
    ),
    "change_request.unchanged": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The new value is the same as the current one."
    ),
    "activity.future": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A contact that has not happened yet cannot be logged."
    ),
    "activity.foreign_contact": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This contact person belongs to another customer."
    ),
    "activity.foreign_opportunity": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This opportunity belongs to another customer."
    ),
    "ref.not_found": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The record this points to is not on the server."
    ),
    # The server's own refusals of a pushed change (docs/sync-protocol.md, push): each says
    # what to do next, since the user meets them in the sync panel, after the fact.
    "not_visible": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "This customer is no longer in your book (reassigned to another manager?). Discard "
        "the change, or ask your regional manager.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The server no longer has this record. Discard the change; the next sync tidies up.",
    ),
    "id.invalid": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The record's identifier was refused by the server. Discard the change and enter it again.",
    ),
    "op_id.taken": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The server took this change for someone else's. Discard it and make it again.",
    ),
    "change_request.create_only": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "A sent change request cannot be changed: submit a new one.",
    ),
    "audit_event.create_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A history entry cannot be changed once recorded."
    ),
    "audit_event.future": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The time lies in the future: check this computer's clock, then sync again.",
    ),
    "quote.already_revised": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This quote already has a revision: revise the latest one."
    ),
    "campaign.regional_manager_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only the team's regional manager plans campaigns."
    ),
    "campaign_round.regional_manager_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only the team's regional manager plans campaign rounds."
    ),
    "campaign_task.regional_manager_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only the team's regional manager assigns campaign tasks."
    ),
    "campaign_task.field_forbidden": QT_TRANSLATE_NOOP(
        "ValidationMessage", "On a campaign task you report its outcome only."
    ),
    "campaign_task.assignee": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A task goes to the customer's own account manager."
    ),
    "segment.owner_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only the segment's owner can change it."
    ),
    "segment.visibility_fixed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A shared segment stays shared."
    ),
    "todo.owner": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A to-do is for yourself (a regional manager may assign his team)."
    ),
    "contract.number_taken": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This customer already has a contract with this number."
    ),
    "contact_role.manager_only": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Only the customer's account manager records contacts' roles."
    ),
    "contact_role.exists": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This person already has this role: edit it instead."
    ),
    "contact_role.cycle": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The reporting lines would go round in a circle."
    ),
    "conflict.choice": QT_TRANSLATE_NOOP("ValidationMessage", "Choose mine or theirs."),
    "auth.not_signed_in": QT_TRANSLATE_NOOP("ValidationMessage", "Sign in first."),
    "attachment.type_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Attach a PDF, an image or an office file."
    ),
    "attachment.empty": QT_TRANSLATE_NOOP("ValidationMessage", "The file is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP("ValidationMessage", "A file is at most %1 MB."),
    "attachment.content_mismatch": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The file's content does not match its name."
    ),
    "attachment.unreadable": QT_TRANSLATE_NOOP("ValidationMessage", "The file cannot be read."),
    "attachment.no_contract": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This contract is not on this computer."
    ),
    "attachment.not_signed_in": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Sign in before attaching a file."
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("ValidationMessage", "There is no such setting."),
    "setting.not_integer": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a whole number."),
    "setting.out_of_range": QT_TRANSLATE_NOOP("ValidationMessage", "Enter a number from %1 to %2."),
    "rehearsal.no_lines": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The proposal touches none of this customer's lines."
    ),
    "rehearsal.name_taken": QT_TRANSLATE_NOOP(
        "ValidationMessage", "A saved rehearsal already has this name."
    ),
    "campaign_task.not_open": QT_TRANSLATE_NOOP(
        "ValidationMessage", "This campaign task is already closed."
    ),
    "campaign_task.customer": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The opportunity must be for the task's customer."
    ),
    "campaign.segment_required": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Choose the saved segment whose customers the campaign targets."
    ),
}

# The params that fill %1, %2 ... of each text, in order.
_PARAMS: dict[str, tuple[str, ...]] = {
    "field.too_long": ("max",),
    "field.too_short": ("min",),
    "field.range": ("min", "max"),
    "stage.move_not_allowed": ("from", "to"),
    "quote.quantity": ("min", "max"),
    "quote.term": ("min", "max"),
    "quote.term_below_minimum": ("min",),
    "quote.move_not_allowed": ("from", "to"),
    "ticket.move_not_allowed": ("from", "to"),
    "attachment.too_large": ("max_mb",),
    "setting.out_of_range": ("min", "max"),
}

# The same rules without their figures: a server's refusal names the code, not the params.
_BARE: dict[str, str] = {
    "server.payload_too_large": QT_TRANSLATE_NOOP(
        "ValidationMessage", "Too large for the server to take in one request."
    ),
    "server.invalid_request": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The server could not read this change."
    ),
    "field.too_long": QT_TRANSLATE_NOOP("ValidationMessage", "This text is too long."),
    "field.too_short": QT_TRANSLATE_NOOP("ValidationMessage", "This text is too short."),
    "field.range": QT_TRANSLATE_NOOP("ValidationMessage", "This value is out of range."),
    "stage.move_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The stage rules do not allow this move. Check the stage and save."
    ),
    "quote.move_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The quote's status cannot change this way."
    ),
    "ticket.move_not_allowed": QT_TRANSLATE_NOOP(
        "ValidationMessage",
        "The network operations centre changes this ticket's status, not the account manager.",
    ),
    "quote.quantity": QT_TRANSLATE_NOOP("ValidationMessage", "The quantity is out of range."),
    "quote.term": QT_TRANSLATE_NOOP("ValidationMessage", "The term is out of range."),
    "quote.term_below_minimum": QT_TRANSLATE_NOOP(
        "ValidationMessage", "The term is shorter than the product's minimum."
    ),
}

# Status moves name codes: show their labels, not the codes.
_PARAM_KINDS: dict[str, str] = {
    "stage.move_not_allowed": "stage",
    "quote.move_not_allowed": "quote_status",
    "ticket.move_not_allowed": "ticket_status",
}


def _fill(text: str, code: str, params: Mapping[str, Any]) -> str | None:
    names = _PARAMS.get(code, ())
    if any(name not in params for name in names):
        return None
    kind = _PARAM_KINDS.get(code)
    for number, name in enumerate(names, start=1):
        value = params[name]
        if kind is not None:
            value = label(kind, str(value))
        text = text.replace(f"%{number}", str(value))
    return text


def error_text(error: ValidationError) -> str:
    """The message of one field error in the user's language."""
    source = _TEXTS.get(error.code)
    if source is None:
        return error.message
    filled = _fill(QCoreApplication.translate(CONTEXT, source), error.code, error.params)
    return error.message if filled is None else filled


def owner_name(error: Mapping[str, Any]) -> str:
    """Whom a `not_visible` refusal says the customer went to (contract 1.1), or ""."""
    owner = error.get("owner") if error.get("code") == "not_visible" else None
    name = owner.get("name") if isinstance(owner, Mapping) else None
    return str(name).strip() if name else ""


def reassigned_text(name: str) -> str:
    """客户已划转给 李娜 …: the refusal of a change whose customer was given to `name`."""
    return QCoreApplication.translate(
        "ValidationMessage",
        "The customer was reassigned to %1. Discard the change, or ask %1 to make it.",
    ).replace("%1", name)


def rejection_text(errors: list[dict[str, Any]]) -> str:
    """The server's reasons for refusing a change, in the user's language, one a line: by their
    codes, never the server's English (which stays in the log and the details)."""
    lines = []
    for error in errors:
        code = str(error.get("code") or "")
        new_owner = owner_name(error)
        if new_owner:
            lines.append(reassigned_text(new_owner))
            continue
        known = ValidationError(str(error.get("field") or ""), code, "", {})
        text = error_text(known) if code in _TEXTS else ""
        if not text and code in _BARE:
            text = QCoreApplication.translate(CONTEXT, _BARE[code])
        if not text:
            text = QCoreApplication.translate(
                "ValidationMessage", "The server refused this change (%1). See the details."
            ).replace("%1", code or "?")
        lines.append(text)
    return "\n".join(lines)


def rejection_details(errors: list[dict[str, Any]]) -> str:
    """The server's own words, for the 详情 a user opens or gives to support."""
    return "\n".join(
        f"{e.get('field', '')} [{e.get('code', '')}] {e.get('message', '')}".strip() for e in errors
    )


def known_codes() -> list[str]:
    return list(_TEXTS)
