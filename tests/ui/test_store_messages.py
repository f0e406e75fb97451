"""What the window says of a cache it cannot read (issue 18): a wrong key admits its unsent
changes cannot be exported; a damaged page met while working is a message, not a bug."""

from __future__ import annotations


def test_a_wrong_key_says_the_unsent_changes_cannot_be_exported(qapp, tmp_path):
    from bigcust_desktop.store.engine import StoreKeyError
    from bigcust_desktop.ui.errors import user_message

    text = user_message(StoreKeyError(tmp_path / "cache.db"))
    assert text is not None and "cannot be read, nor exported" in text


def test_a_damaged_page_met_while_working_is_not_called_a_bug(qapp):
    import sqlcipher3

    from bigcust_desktop.ui.errors import user_message

    text = user_message(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert text is not None and "damaged" in text and "rebuild" in text
